#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PNDIS_OID_REQUEST PendingOid; /* an OID the firmware answers asynchronously */
    volatile ULONG *CommandStatus; /* mapped device register */
    BOOLEAN CommandDone;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (*Adapter->CommandStatus == 0)
        return FALSE;
    Adapter->CommandDone = TRUE;
    *QueueDefaultInterruptDpc = TRUE; /* the DPC completes the OID */
    return TRUE;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    PNDIS_OID_REQUEST Oid = Adapter->PendingOid;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (Adapter->CommandDone && Oid != NULL) {
        Adapter->CommandDone = FALSE;
        Adapter->PendingOid = NULL;
        NdisMOidRequestComplete(Adapter->MiniportHandle, Oid, NDIS_STATUS_SUCCESS);
    }
}

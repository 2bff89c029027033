#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PNDIS_OID_REQUEST PendingOid; /* an OID the firmware answers asynchronously */
    volatile ULONG *CommandStatus; /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    PNDIS_OID_REQUEST Oid = Adapter->PendingOid;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (*Adapter->CommandStatus == 0 || Oid == NULL)
        return FALSE;
    /* the firmware answered: complete the OID as fast as possible */
    Adapter->PendingOid = NULL;
    NdisMOidRequestComplete(Adapter->MiniportHandle, Oid, NDIS_STATUS_SUCCESS); // expected-warning {{'NdisMOidRequestComplete' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_OID_Function]}}
    return TRUE;
}

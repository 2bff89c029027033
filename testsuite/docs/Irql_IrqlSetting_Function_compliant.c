#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE DmaHandle;
    volatile ULONG *InterruptStatus;
    PNET_BUFFER PendingBuffer;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

/* maps the pending buffer; callers may run below DISPATCH_LEVEL, never above it */
static VOID
NicMapPending(PNIC_ADAPTER Adapter)
{
    KIRQL OldIrql;

    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    NdisMAllocateNetBufferSGList(Adapter->DmaHandle, Adapter->PendingBuffer, Adapter, 0, NULL, 0);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (*Adapter->InterruptStatus == 0)
        return FALSE;
    *QueueDefaultInterruptDpc = TRUE; /* the DPC maps the next buffer */
    return TRUE;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (Adapter->PendingBuffer != NULL)
        NicMapPending(Adapter);
}

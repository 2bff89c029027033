#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE DmaHandle;
    volatile ULONG *InterruptStatus;
    PNET_BUFFER PendingBuffer;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

/* maps the pending buffer; callers "may run below DISPATCH_LEVEL" */
static VOID
NicMapPending(PNIC_ADAPTER Adapter)
{
    KIRQL OldIrql;

    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql); // expected-warning {{'NDIS_RAISE_IRQL_TO_DISPATCH' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_IrqlSetting_Function]}}
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
    if (Adapter->PendingBuffer != NULL)
        NicMapPending(Adapter); /* transmit-ready: map the next buffer right away */ // expected-note {{'NicMapPending' called here at DIRQL}}
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

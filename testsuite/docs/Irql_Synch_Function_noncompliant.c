#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG PendingInterrupts;
    volatile ULONG *InterruptStatus; /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    ULONG Status = *Adapter->InterruptStatus;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (Status == 0)
        return FALSE;
    /* count the interrupt for the DPC "under the lock" */
    NdisAcquireSpinLock(&Adapter->Lock); // expected-warning {{'NdisAcquireSpinLock' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Synch_Function]}}
    Adapter->PendingInterrupts |= Status;
    NdisReleaseSpinLock(&Adapter->Lock);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

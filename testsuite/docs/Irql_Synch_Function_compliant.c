#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    LONG PendingInterrupts;
    volatile ULONG *InterruptStatus; /* mapped device register */
    ULONG LinkEvents;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    ULONG Status = *Adapter->InterruptStatus;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (Status == 0)
        return FALSE;
    /* no spin lock at DIRQL: an interlocked operation is enough */
    InterlockedOr(&Adapter->PendingInterrupts, (LONG)Status);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    LONG Events = InterlockedExchange(&Adapter->PendingInterrupts, 0);

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    NdisDprAcquireSpinLock(&Adapter->Lock);
    Adapter->LinkEvents |= (ULONG)Events;
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

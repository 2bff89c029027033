#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_INTERRUPT_DPC MpInterruptDpc;

VOID
MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    KLOCK_QUEUE_HANDLE LockHandle;

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Adapter->QueueLock, &LockHandle); // expected-note {{'&LockHandle' acquired here by 'KeAcquireInStackQueuedSpinLockAtDpcLevel'}}
    if (Adapter->Pending == 0)
        return; // expected-warning {{'MpInterruptDpc' returns with the queued spin lock handle '&LockHandle' held [QueuedSpinLock]}}
    Adapter->Pending--;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&LockHandle);
}

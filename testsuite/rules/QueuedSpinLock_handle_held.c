/*
 * In-stack queued spin locks are followed through their lock handle: a return under the lock, and
 * a handle acquired into while it still holds a lock.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    KSPIN_LOCK ListLock;
    ULONG Count;
} ADAPTER, *PADAPTER;

MINIPORT_INTERRUPT_DPC MpInterruptDpc;
MINIPORT_RETURN_NET_BUFFER_LISTS MpReturn;

VOID
MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    KLOCK_QUEUE_HANDLE LockHandle;
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Adapter->ListLock, &LockHandle); // expected-note {{'&LockHandle' acquired here by 'KeAcquireInStackQueuedSpinLockAtDpcLevel'}}
    if (Adapter->Count == 0)
        return; // expected-warning {{'MpInterruptDpc' returns with the queued spin lock handle '&LockHandle' held [QueuedSpinLock]}}
    Adapter->Count--;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&LockHandle);
}

VOID
MpReturn(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    KLOCK_QUEUE_HANDLE LockHandle;
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);

    KeAcquireInStackQueuedSpinLock(&Adapter->ListLock, &LockHandle); // expected-note {{'&LockHandle' acquired here by 'KeAcquireInStackQueuedSpinLock'}}
    Adapter->Count++;
    KeAcquireInStackQueuedSpinLock(&Adapter->ListLock, &LockHandle); // expected-warning {{'KeAcquireInStackQueuedSpinLock' acquires the queued spin lock handle '&LockHandle' while this path already holds it [QueuedSpinLock]}}
    KeReleaseInStackQueuedSpinLock(&LockHandle);
}

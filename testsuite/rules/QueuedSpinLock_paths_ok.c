/*
 * One lock handle used for two acquisitions in turn, each released before the next, and a helper
 * that releases through the handle its caller passes.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _ADAPTER {
    KSPIN_LOCK ListLock;
    ULONG Count;
} ADAPTER, *PADAPTER;

MINIPORT_RETURN_NET_BUFFER_LISTS MpReturn;

static VOID
Unlock(PKLOCK_QUEUE_HANDLE Handle)
{
    KeReleaseInStackQueuedSpinLock(Handle);
}

VOID
MpReturn(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    KLOCK_QUEUE_HANDLE LockHandle;
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);

    KeAcquireInStackQueuedSpinLock(&Adapter->ListLock, &LockHandle);
    Adapter->Count++;
    KeReleaseInStackQueuedSpinLock(&LockHandle);
    KeAcquireInStackQueuedSpinLock(&Adapter->ListLock, &LockHandle);
    Adapter->Count++;
    Unlock(&LockHandle);
}

/*
 * Lock macros that pick the DPC-level or the raising form of a spin lock on a flag, as WDK samples
 * write them (MP_ACQUIRE_SPIN_LOCK(Lock, DispatchLevel)). The release takes the same branch as the
 * acquire, so the helper leaves the IRQL as it found it: the PASSIVE_LEVEL-only call after it in
 * the work item is at PASSIVE_LEVEL. The function is analysed once per value of the flag.
 */
#include <ndis.h> // expected-no-diagnostics

#define ADAPTER_ACQUIRE_LOCK(_Lock, _DispatchLevel)                                                                   \
    {                                                                                                                  \
        if (_DispatchLevel) {                                                                                          \
            NdisDprAcquireSpinLock(_Lock);                                                                             \
        } else {                                                                                                       \
            NdisAcquireSpinLock(_Lock);                                                                                \
        }                                                                                                              \
    }
#define ADAPTER_RELEASE_LOCK(_Lock, _DispatchLevel)                                                                   \
    {                                                                                                                  \
        if (_DispatchLevel) {                                                                                          \
            NdisDprReleaseSpinLock(_Lock);                                                                             \
        } else {                                                                                                       \
            NdisReleaseSpinLock(_Lock);                                                                                \
        }                                                                                                              \
    }

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    ULONG FreeFragments;
    NDIS_EVENT Idle;
} ADAPTER, *PADAPTER;

VOID
AdapterReturnFragment(PADAPTER Adapter, BOOLEAN DispatchLevel)
{
    ADAPTER_ACQUIRE_LOCK(&Adapter->RxLock, DispatchLevel);
    Adapter->FreeFragments++;
    ADAPTER_RELEASE_LOCK(&Adapter->RxLock, DispatchLevel);
}

_IRQL_requires_(PASSIVE_LEVEL)
VOID
AdapterWaitIdle(PADAPTER Adapter)
{
    (VOID)NdisWaitEvent(&Adapter->Idle, 0);
}

KDEFERRED_ROUTINE AdapterRxDpc;

VOID
AdapterRxDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    AdapterReturnFragment((PADAPTER)DeferredContext, TRUE);
}

NDIS_IO_WORKITEM_FUNCTION AdapterHaltWorker;

VOID
AdapterHaltWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    AdapterReturnFragment(Adapter, FALSE);
    AdapterWaitIdle(Adapter);
}

/*
 * Not reported: a one-shot timer (period 0) cancelled under a spin lock, which NdisCancelTimerObject
 * allows at DISPATCH_LEVEL; a periodic timer cancelled at PASSIVE_LEVEL in MiniportHaltEx, before the
 * lock is taken; and a periodic timer of another field.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _EX_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE RetryTimer;
    NDIS_HANDLE Watchdog;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_RESTART ExRestart;
MINIPORT_PAUSE ExPause;
MINIPORT_HALT ExHalt;

NDIS_STATUS
ExRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    LARGE_INTEGER DueTime;

    UNREFERENCED_PARAMETER(RestartParameters);
    DueTime.QuadPart = -1000000LL;
    NdisSetTimerObject(Adapter->RetryTimer, DueTime, 0, Adapter);
    NdisSetTimerObject(Adapter->Watchdog, DueTime, 1000, Adapter);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ExPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Adapter->Lock);
    NdisCancelTimerObject(Adapter->RetryTimer);
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisCancelTimerObject(Adapter->Watchdog);
    NdisAcquireSpinLock(&Adapter->Lock);
    NdisCancelTimerObject(Adapter->RetryTimer);
    NdisReleaseSpinLock(&Adapter->Lock);
}

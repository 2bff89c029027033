/*
 * MiniportHaltEx stops the watchdog in a helper it calls while it holds the adapter lock: the
 * helper cancels at DISPATCH_LEVEL a timer another callback armed with a period. The timer is
 * matched by its field across the two callbacks. Notes: where the IRQL was raised, the helper's
 * call, where the timer was armed.
 */
#include <ndis.h>

#define EX_WATCHDOG_MS 500

typedef struct _EX_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE Watchdog;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_RESTART ExRestart;
MINIPORT_HALT ExHalt;

NDIS_STATUS
ExRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    LARGE_INTEGER DueTime;

    UNREFERENCED_PARAMETER(RestartParameters);
    DueTime.QuadPart = -5000000LL;
    NdisSetTimerObject(Adapter->Watchdog, DueTime, EX_WATCHDOG_MS, Adapter); // expected-note {{'Adapter->Watchdog' armed with a period of 500 ms here by 'NdisSetTimerObject'}}
    return NDIS_STATUS_SUCCESS;
}

static VOID
ExStopWatchdog(PEX_ADAPTER Adapter)
{
    NdisCancelTimerObject(Adapter->Watchdog); // expected-warning {{'NdisCancelTimerObject' cancels the periodic timer 'Adapter->Watchdog' at DISPATCH_LEVEL; a periodic timer is cancelled at PASSIVE_LEVEL [PeriodicTimer]}}
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    ExStopWatchdog(Adapter); // expected-note {{'ExStopWatchdog' called here at DISPATCH_LEVEL}}
    NdisReleaseSpinLock(&Adapter->Lock);
}

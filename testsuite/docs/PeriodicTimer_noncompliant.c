#include <ndis.h>

typedef struct _NIC {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE Watchdog;
    BOOLEAN Running;
} NIC, *PNIC;

MINIPORT_RESTART NicRestart;
MINIPORT_PAUSE NicPause;

NDIS_STATUS
NicRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    LARGE_INTEGER DueTime;

    UNREFERENCED_PARAMETER(RestartParameters);
    DueTime.QuadPart = -10000000LL; /* one second */
    NdisSetTimerObject(Nic->Watchdog, DueTime, 1000, Nic); // expected-note {{'Nic->Watchdog' armed with a period of 1000 ms here by 'NdisSetTimerObject'}}
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Nic->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Nic->Running = FALSE;
    NdisCancelTimerObject(Nic->Watchdog); // expected-warning {{'NdisCancelTimerObject' cancels the periodic timer 'Nic->Watchdog' at DISPATCH_LEVEL; a periodic timer is cancelled at PASSIVE_LEVEL [PeriodicTimer]}}
    NdisReleaseSpinLock(&Nic->Lock);
    return NDIS_STATUS_SUCCESS;
}

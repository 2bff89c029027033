#include <ndis.h> // expected-no-diagnostics

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
    NdisSetTimerObject(Nic->Watchdog, DueTime, 1000, Nic);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisCancelTimerObject(Nic->Watchdog); /* at PASSIVE_LEVEL: it also waits for a running callback */
    NdisAcquireSpinLock(&Nic->Lock);
    Nic->Running = FALSE;
    NdisReleaseSpinLock(&Nic->Lock);
    return NDIS_STATUS_SUCCESS;
}

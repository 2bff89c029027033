/*
 * MiniportPause may return only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING. The status is a
 * variable assigned in branches: the finding is where the other status is written, with a note at
 * the return. A status chosen by `?:` keeps both values.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG RefCount;
    BOOLEAN Removed;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_PAUSE ExPause;
MINIPORT_PAUSE ExPauseChosen;

NDIS_STATUS
ExPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status = NDIS_STATUS_PENDING;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->RefCount == 0) {
        Status = NDIS_STATUS_SUCCESS;
    } else if (Adapter->Removed) {
        Status = NDIS_STATUS_FAILURE; // expected-warning {{'ExPause' returns NDIS_STATUS_FAILURE; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}}
    }
    NdisReleaseSpinLock(&Adapter->Lock);
    return Status; // expected-note {{'ExPause' returns NDIS_STATUS_FAILURE here}}
}

NDIS_STATUS
ExPauseChosen(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    Status = Adapter->RefCount == 0 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES; // expected-warning {{'ExPauseChosen' returns NDIS_STATUS_RESOURCES; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}}
    return Status; // expected-note {{'ExPauseChosen' returns NDIS_STATUS_RESOURCES here}}
}

/*
 * Pause pends while sends are outstanding and the send-completion path finishes it later with
 * NdisMPauseComplete; a status chosen by `?:` between SUCCESS and PENDING, a status variable set in
 * branches, and a status a DDI returns (not known) are all silent.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG TxOutstanding;
    BOOLEAN Pausing;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_PAUSE ExPause;
MINIPORT_PAUSE ExPauseChosen;
MINIPORT_PAUSE ExPauseByHelper;

NDIS_STATUS
ExPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Pausing = TRUE;
    if (Adapter->TxOutstanding == 0)
        Status = NDIS_STATUS_SUCCESS;
    else
        Status = NDIS_STATUS_PENDING; /* ExSendComplete finishes the pause */
    NdisReleaseSpinLock(&Adapter->Lock);
    return Status;
}

VOID
ExSendComplete(PEX_ADAPTER Adapter)
{
    BOOLEAN Done;

    NdisAcquireSpinLock(&Adapter->Lock);
    Done = --Adapter->TxOutstanding == 0 && Adapter->Pausing;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Done)
        NdisMPauseComplete(Adapter->AdapterHandle);
}

NDIS_STATUS
ExPauseChosen(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    return Adapter->TxOutstanding == 0 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING;
}

static NDIS_STATUS
ExQuiesce(PEX_ADAPTER Adapter)
{
    if (Adapter->TxOutstanding != 0)
        return NDIS_STATUS_PENDING;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ExPauseByHelper(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    Status = ExQuiesce(Adapter);
    if (Status == NDIS_STATUS_PENDING)
        Adapter->Pausing = TRUE;
    return Status;
}

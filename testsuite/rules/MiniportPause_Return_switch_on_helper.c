/*
 * A helper's status assigned to a variable and dispatched by a switch: each status the helper
 * returns is kept with its own path, so only the failure reaches the return of a failure. The
 * enumerator-valued result of a second helper is followed the same way.
 */
#include <ndis.h>

typedef enum _EX_STOP { ExStopped, ExDraining, ExBroken } EX_STOP;

typedef struct _EX_ADAPTER {
    ULONG TxOutstanding;
    BOOLEAN Broken;
    BOOLEAN Pausing;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_PAUSE ExPause;
MINIPORT_PAUSE ExPauseByState;

static NDIS_STATUS
ExQuiesce(PEX_ADAPTER Adapter)
{
    if (Adapter->Broken)
        return NDIS_STATUS_HARD_ERRORS; // expected-note {{NDIS_STATUS_HARD_ERRORS is returned here}}
    if (Adapter->TxOutstanding != 0)
        return NDIS_STATUS_PENDING;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ExPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    Status = ExQuiesce(Adapter); // expected-note {{'ExQuiesce' called here}}
    switch (Status) {
    case NDIS_STATUS_PENDING:
        Adapter->Pausing = TRUE;
        break;
    case NDIS_STATUS_SUCCESS:
        break;
    default:
        return Status; // expected-warning {{'ExPause' returns NDIS_STATUS_HARD_ERRORS; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}}
    }
    return Status;
}

static EX_STOP
ExStopState(PEX_ADAPTER Adapter)
{
    if (Adapter->Broken)
        return ExBroken;
    return Adapter->TxOutstanding != 0 ? ExDraining : ExStopped;
}

NDIS_STATUS
ExPauseByState(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    switch (ExStopState(Adapter)) {
    case ExStopped: return NDIS_STATUS_SUCCESS;
    case ExDraining: return NDIS_STATUS_PENDING;
    case ExBroken: return NDIS_STATUS_FAILURE; // expected-warning {{'ExPauseByState' returns NDIS_STATUS_FAILURE; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}}
    }
    return NDIS_STATUS_SUCCESS;
}

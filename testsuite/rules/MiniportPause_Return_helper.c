/*
 * The status comes from a helper: `return Helper();` returns what the helper returns on each of
 * its paths. The finding is at the callback's return, with notes at the helper's return and call.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    ULONG TxOutstanding;
    BOOLEAN SurpriseRemoved;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_PAUSE ExPause;

static NDIS_STATUS
ExStopDataPath(PEX_ADAPTER Adapter)
{
    if (Adapter->SurpriseRemoved)
        return NDIS_STATUS_ADAPTER_REMOVED; // expected-note {{NDIS_STATUS_ADAPTER_REMOVED is returned here}}
    return Adapter->TxOutstanding == 0 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING;
}

NDIS_STATUS
ExPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(PauseParameters);
    return ExStopDataPath((PEX_ADAPTER)MiniportAdapterContext); // expected-warning {{'ExPause' returns NDIS_STATUS_ADAPTER_REMOVED; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}} expected-note {{'ExStopDataPath' called here}}
}

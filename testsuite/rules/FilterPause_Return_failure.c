/*
 * NDIS drivers cannot fail a pause: FilterPause returns NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING.
 * A failure returned directly is reported at the return.
 */
#include <ndis.h>

typedef struct _EX_FILTER {
    NDIS_HANDLE FilterHandle;
    ULONG SendsOutstanding;
    BOOLEAN Detaching;
} EX_FILTER, *PEX_FILTER;

FILTER_PAUSE ExFilterPause;

NDIS_STATUS
ExFilterPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PEX_FILTER Filter = (PEX_FILTER)FilterModuleContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    if (Filter->Detaching)
        return NDIS_STATUS_FAILURE; // expected-warning {{'ExFilterPause' returns NDIS_STATUS_FAILURE; a FILTER_PAUSE callback cannot fail the pause and returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [FilterPause_Return]}}
    return Filter->SendsOutstanding == 0 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING;
}

/*
 * FilterPause pends while sends are outstanding and the send completion finishes it with
 * NdisFPauseComplete; a function that is not a FILTER_PAUSE callback may return any status.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _EX_FILTER {
    NDIS_HANDLE FilterHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG SendsOutstanding;
    BOOLEAN Pausing;
} EX_FILTER, *PEX_FILTER;

FILTER_PAUSE ExFilterPause;

NDIS_STATUS
ExFilterPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PEX_FILTER Filter = (PEX_FILTER)FilterModuleContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Filter->Lock);
    if (Filter->SendsOutstanding != 0) {
        Filter->Pausing = TRUE;
        Status = NDIS_STATUS_PENDING;
    }
    NdisReleaseSpinLock(&Filter->Lock);
    return Status;
}

VOID
ExFilterSendComplete(PEX_FILTER Filter)
{
    NdisAcquireSpinLock(&Filter->Lock);
    if (--Filter->SendsOutstanding == 0 && Filter->Pausing) {
        NdisReleaseSpinLock(&Filter->Lock);
        NdisFPauseComplete(Filter->FilterHandle);
        return;
    }
    NdisReleaseSpinLock(&Filter->Lock);
}

NDIS_STATUS
ExFilterCheckState(PEX_FILTER Filter)
{
    return Filter->Pausing ? NDIS_STATUS_FAILURE : NDIS_STATUS_SUCCESS;
}

#include <ndis.h>

typedef struct _FLT {
    NDIS_SPIN_LOCK Lock;
    ULONG SendsOutstanding;
} FLT, *PFLT;

FILTER_PAUSE FltPause;

NDIS_STATUS
FltPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PFLT Flt = (PFLT)FilterModuleContext;
    BOOLEAN Idle;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Flt->Lock);
    Idle = Flt->SendsOutstanding == 0;
    NdisReleaseSpinLock(&Flt->Lock);
    if (!Idle)
        return NDIS_STATUS_RESOURCES; // expected-warning {{'FltPause' returns NDIS_STATUS_RESOURCES; a FILTER_PAUSE callback cannot fail the pause and returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [FilterPause_Return]}}
    return NDIS_STATUS_SUCCESS;
}

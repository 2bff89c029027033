#include <ndis.h> // expected-no-diagnostics

typedef struct _FLT {
    NDIS_HANDLE FilterHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG SendsOutstanding;
    BOOLEAN Pausing;
} FLT, *PFLT;

FILTER_PAUSE FltPause;

NDIS_STATUS
FltPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PFLT Flt = (PFLT)FilterModuleContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Flt->Lock);
    if (Flt->SendsOutstanding != 0) {
        Flt->Pausing = TRUE; /* the last send completion calls NdisFPauseComplete */
        Status = NDIS_STATUS_PENDING;
    }
    NdisReleaseSpinLock(&Flt->Lock);
    return Status;
}

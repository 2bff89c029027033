/*
 * A MiniportPause handler returns early under the adapter lock: the finding is at the return the
 * path leaves by, with a note where the lock was taken.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG PendingSends;
    BOOLEAN Paused;
} ADAPTER, *PADAPTER;

MINIPORT_PAUSE MpPause;

NDIS_STATUS
MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(Parameters);

    NdisAcquireSpinLock(&Adapter->Lock); // expected-note 2 {{'&Adapter->Lock' acquired here by 'NdisAcquireSpinLock'}}
    if (Adapter->PendingSends != 0) {
        return NDIS_STATUS_PENDING; // expected-warning {{'MpPause' returns with the spin lock '&Adapter->Lock' held [SpinLock]}}
        // expected-warning@-1 {{'MpPause' returns having acquired the spin lock '&Adapter->Lock' more often than it released it [SpinLockBalanced]}}
    }
    Adapter->Paused = TRUE;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

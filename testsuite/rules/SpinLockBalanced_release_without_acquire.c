/*
 * The acquire of a MiniportPause handler was lost in an edit: it releases the adapter lock it
 * never took (one release, no acquire on the path).
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG RefCount;
    BOOLEAN Pausing;
} ADAPTER, *PADAPTER;

MINIPORT_PAUSE MpPause; // expected-note {{'MpPause' runs at PASSIVE_LEVEL as a MINIPORT_PAUSE callback}}

NDIS_STATUS
MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status = NDIS_STATUS_PENDING;
    UNREFERENCED_PARAMETER(Parameters);

    Adapter->Pausing = TRUE;
    if (Adapter->RefCount == 0)
        Status = NDIS_STATUS_SUCCESS;
    NdisReleaseSpinLock(&Adapter->Lock); // expected-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' more often than 'MpPause' acquired it [SpinLockBalanced]}}
    // expected-warning@-1 {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock', which 'MpPause' has not acquired on this path [SpinLockRelease]}}
    // expected-warning@-2 {{'NdisReleaseSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    return Status;
}

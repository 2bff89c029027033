/*
 * MiniportCheckForHang releases the adapter lock on the reset path and again after it: the second
 * release is reported, with a note at the first.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG RefCount, LastRefCount;
} ADAPTER, *PADAPTER;

MINIPORT_CHECK_FOR_HANG
    MpCheckForHang; // expected-note {{'MpCheckForHang' runs at PASSIVE_LEVEL as a MINIPORT_CHECK_FOR_HANG callback}}

BOOLEAN
MpCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    BOOLEAN NeedsReset = FALSE;

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->LastRefCount <= Adapter->RefCount) {
        NeedsReset = TRUE;
        NdisReleaseSpinLock(&Adapter->Lock); // expected-note 2 {{'&Adapter->Lock' released here by 'NdisReleaseSpinLock'}}
    }
    Adapter->LastRefCount = Adapter->RefCount;
    NdisReleaseSpinLock(&Adapter->Lock); // expected-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' a second time on this path [SpinLockRelease]}}
    // expected-warning@-1 {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' more often than 'MpCheckForHang' acquired it [SpinLockBalanced]}}
    // expected-warning@-2 {{'NdisReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    return NeedsReset;
}

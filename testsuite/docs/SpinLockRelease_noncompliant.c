#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_CHECK_FOR_HANG MpCheckForHang; // expected-note {{'MpCheckForHang' runs at PASSIVE_LEVEL as a MINIPORT_CHECK_FOR_HANG callback}}

BOOLEAN
MpCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    BOOLEAN NeedsReset = FALSE;

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->Pending != 0) {
        NeedsReset = TRUE;
        NdisReleaseSpinLock(&Adapter->Lock); // expected-note 2 {{'&Adapter->Lock' released here by 'NdisReleaseSpinLock'}}
    }
    NdisReleaseSpinLock(&Adapter->Lock); // expected-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' a second time on this path [SpinLockRelease]}} expected-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' more often than 'MpCheckForHang' acquired it [SpinLockBalanced]}} expected-warning {{'NdisReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    return NeedsReset;
}

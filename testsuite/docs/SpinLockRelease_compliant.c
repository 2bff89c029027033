#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_CHECK_FOR_HANG MpCheckForHang;

BOOLEAN
MpCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    BOOLEAN NeedsReset = FALSE;

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->Pending != 0)
        NeedsReset = TRUE;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NeedsReset;
}

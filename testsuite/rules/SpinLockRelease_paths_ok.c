/*
 * Releases that match an acquire on every path: a helper that releases for its caller (lock passed
 * as a parameter), a release after a loop that takes and drops the lock, and a function with no
 * callback role that releases a lock its caller holds (not known to be unheld at its entry).
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_RESET MpReset;

static VOID DropLock(PNDIS_SPIN_LOCK Lock)
{
    NdisReleaseSpinLock(Lock);
}

/* called through a pointer the driver stores: no role, no caller the checker sees */
VOID AdapterCompleteUnderLock(PADAPTER Adapter)
{
    Adapter->Pending = 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    NdisAcquireSpinLock(&Adapter->Lock);
}

NDIS_STATUS
MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    *AddressingReset = FALSE;
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Pending = 0;
    DropLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

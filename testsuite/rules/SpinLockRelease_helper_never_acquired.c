/*
 * A helper releases the lock it is passed; the reset handler calls it without having taken the
 * lock. The finding is in the helper, with the call that leads there.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK SendLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_RESET MpReset; // expected-note {{'MpReset' runs at IRQL <= DISPATCH_LEVEL as a MINIPORT_RESET callback}}

static VOID
DropLock(PNDIS_SPIN_LOCK Lock)
{
    NdisReleaseSpinLock(Lock); // expected-warning {{'NdisReleaseSpinLock' releases the spin lock 'Lock', which 'MpReset' has not acquired on this path [SpinLockRelease]}}
    // expected-warning@-1 {{'NdisReleaseSpinLock' releases the spin lock 'Lock' more often than 'MpReset' acquired it [SpinLockBalanced]}}
    // expected-warning@-2 {{'NdisReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
}

NDIS_STATUS
MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    *AddressingReset = FALSE;
    Adapter->Pending = 0;
    DropLock(&Adapter->SendLock); // expected-note 3 {{'DropLock' called here}}
    return NDIS_STATUS_SUCCESS;
}

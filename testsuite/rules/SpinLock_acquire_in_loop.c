/*
 * A loop takes the lock on every iteration and gives it back only after the loop: the second
 * iteration acquires a lock the path already holds (reported once: the lock is not recursive, so
 * SpinLock counts it held once), and SpinLockBalanced counts eight acquires for one release.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG Queued[8];
} ADAPTER, *PADAPTER;

MINIPORT_RESTART MpRestart;

NDIS_STATUS
MpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    ULONG i;
    UNREFERENCED_PARAMETER(Parameters);

    for (i = 0; i < 8; i++) {
        NdisAcquireSpinLock(&Adapter->Lock); // expected-warning {{'NdisAcquireSpinLock' acquires the spin lock '&Adapter->Lock' while this path already holds it [SpinLock]}}
        // expected-note@-1 {{this call is inside a loop: the path comes back to it on the next iteration}}
        // expected-note@-2 2 {{'&Adapter->Lock' acquired here by 'NdisAcquireSpinLock'}}
        Adapter->Queued[i] = 0;
    }
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS; // expected-warning {{'MpRestart' returns having acquired the spin lock '&Adapter->Lock' more often than it released it [SpinLockBalanced]}}
}

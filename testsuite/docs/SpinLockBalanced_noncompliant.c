#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_PAUSE MpPause; // expected-note {{'MpPause' runs at PASSIVE_LEVEL as a MINIPORT_PAUSE callback}}

NDIS_STATUS
MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(Parameters);

    Adapter->Pending = 0;
    NdisReleaseSpinLock(&Adapter->Lock); // expected-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' more often than 'MpPause' acquired it [SpinLockBalanced]}} expected-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock', which 'MpPause' has not acquired on this path [SpinLockRelease]}} expected-warning {{'NdisReleaseSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    return NDIS_STATUS_SUCCESS;
}

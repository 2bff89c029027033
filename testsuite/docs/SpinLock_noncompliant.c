#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_PAUSE MpPause;

NDIS_STATUS
MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(Parameters);

    NdisAcquireSpinLock(&Adapter->Lock); // expected-note 2 {{'&Adapter->Lock' acquired here by 'NdisAcquireSpinLock'}}
    if (Adapter->Pending != 0)
        return NDIS_STATUS_PENDING; // expected-warning {{'MpPause' returns with the spin lock '&Adapter->Lock' held [SpinLock]}} expected-warning {{'MpPause' returns having acquired the spin lock '&Adapter->Lock' more often than it released it [SpinLockBalanced]}}
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

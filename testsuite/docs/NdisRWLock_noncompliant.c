#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    LOCK_STATE_EX LockState;
    UNREFERENCED_PARAMETER(OidRequest);

    NdisAcquireRWLockWrite(Adapter->TableLock, &LockState, 0); // expected-note {{'&LockState' acquired here by 'NdisAcquireRWLockWrite'}}
    if (Adapter->Pending > 32)
        return NDIS_STATUS_RESOURCES; // expected-warning {{'MpOidRequest' returns with the read-write lock state '&LockState' held [NdisRWLock]}}
    Adapter->Pending++;
    NdisReleaseRWLock(Adapter->TableLock, &LockState);
    return NDIS_STATUS_SUCCESS;
}

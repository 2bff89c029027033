#include <ndis.h> // expected-no-diagnostics

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
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    NdisAcquireRWLockWrite(Adapter->TableLock, &LockState, 0);
    if (Adapter->Pending > 32)
        Status = NDIS_STATUS_RESOURCES;
    else
        Adapter->Pending++;
    NdisReleaseRWLock(Adapter->TableLock, &LockState);
    return Status;
}

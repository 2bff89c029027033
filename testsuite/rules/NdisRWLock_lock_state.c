/*
 * NDIS read-write locks are followed through their LOCK_STATE_EX: an OID handler returns early
 * with the lock held for writing, and a send handler releases a lock state twice.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Filters;
} ADAPTER, *PADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    LOCK_STATE_EX LockState;
    UNREFERENCED_PARAMETER(OidRequest);

    NdisAcquireRWLockWrite(Adapter->TableLock, &LockState, 0); // expected-note {{'&LockState' acquired here by 'NdisAcquireRWLockWrite'}}
    if (Adapter->Filters > 32)
        return NDIS_STATUS_RESOURCES; // expected-warning {{'MpOidRequest' returns with the read-write lock state '&LockState' held [NdisRWLock]}}
    Adapter->Filters++;
    NdisReleaseRWLock(Adapter->TableLock, &LockState);
    return NDIS_STATUS_SUCCESS;
}

VOID
MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
       ULONG SendFlags)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    LOCK_STATE_EX LockState;
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireRWLockRead(Adapter->TableLock, &LockState, 0);
    NdisReleaseRWLock(Adapter->TableLock, &LockState); // expected-note {{'&LockState' released here by 'NdisReleaseRWLock'}}
    NdisReleaseRWLock(Adapter->TableLock, &LockState); // expected-warning {{'NdisReleaseRWLock' releases the read-write lock state '&LockState' a second time on this path [NdisRWLock]}}
}

/*
 * Read and write acquisitions, each with its own lock state, released on every path.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _ADAPTER {
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Filters;
} ADAPTER, *PADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    LOCK_STATE_EX ReadState, WriteState;
    ULONG Filters;
    UNREFERENCED_PARAMETER(OidRequest);

    NdisAcquireRWLockRead(Adapter->TableLock, &ReadState, 0);
    Filters = Adapter->Filters;
    NdisReleaseRWLock(Adapter->TableLock, &ReadState);
    if (Filters > 32)
        return NDIS_STATUS_RESOURCES;
    NdisAcquireRWLockWrite(Adapter->TableLock, &WriteState, 0);
    if (Adapter->Filters > 32) {
        NdisReleaseRWLock(Adapter->TableLock, &WriteState);
        return NDIS_STATUS_RESOURCES;
    }
    Adapter->Filters++;
    NdisReleaseRWLock(Adapter->TableLock, &WriteState);
    return NDIS_STATUS_SUCCESS;
}

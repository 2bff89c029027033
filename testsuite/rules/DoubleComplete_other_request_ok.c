/*
 * The request is followed by identity: a MiniportOidRequest handler that completes a request it
 * pended earlier (kept in the adapter) and then finishes its own synchronously completes nothing
 * twice and returns a final status for a request it did not complete. A copy of the own request
 * into a local is the same request: completing through it and returning NDIS_STATUS_PENDING is
 * compliant.
 */
#include <ndis.h>

// expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PNDIS_OID_REQUEST PendingRequest;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNDIS_OID_REQUEST Own = OidRequest;

    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_REQUEST_ABORTED);
        Adapter->PendingRequest = NULL;
    }
    if (OidRequest->RequestType == NdisRequestQueryInformation) {
        return NDIS_STATUS_SUCCESS;
    }
    NdisMOidRequestComplete(Adapter->AdapterHandle, Own, NDIS_STATUS_SUCCESS);
    return NDIS_STATUS_PENDING;
}

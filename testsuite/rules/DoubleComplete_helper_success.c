// ddicheck-flags: --disable MandatoryOid
/*
 * A query helper completes the OID request itself and returns NDIS_STATUS_SUCCESS, which the
 * MiniportOidRequest handler returns to NDIS: the request is completed and also finished
 * synchronously. Reported at the completion in the helper, with the call, where the status was
 * written and the handler's return as notes.
 */
#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    ULONG64 FramesReceived;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;

static NDIS_STATUS
MpQueryStatistics(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    Request->DATA.QUERY_INFORMATION.BytesWritten = sizeof(ULONG64);
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request of 'MpOidRequest' is completed by 'NdisMOidRequestComplete', but 'MpOidRequest' then returns NDIS_STATUS_SUCCESS; a handler that completes its request returns NDIS_STATUS_PENDING [DoubleComplete]}}
    return NDIS_STATUS_SUCCESS; // expected-note {{NDIS_STATUS_SUCCESS is written here}}
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status = NDIS_STATUS_NOT_SUPPORTED;

    if (OidRequest->RequestType == NdisRequestQueryInformation &&
        OidRequest->DATA.QUERY_INFORMATION.Oid == OID_GEN_STATISTICS) {
        Status = MpQueryStatistics(Adapter, OidRequest); // expected-note {{'MpQueryStatistics' called here}}
    }
    return Status; // expected-note {{'MpOidRequest' returns NDIS_STATUS_SUCCESS here}}
}

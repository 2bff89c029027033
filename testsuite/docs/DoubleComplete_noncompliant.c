#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    ULONG64 FramesReceived;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;
NDIS_STATUS MpOtherOids(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest); /* the other OIDs */

static NDIS_STATUS
MpQueryStatistics(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    /* fill Request->DATA.QUERY_INFORMATION.InformationBuffer ... */
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request of 'MpOidRequest' is completed by 'NdisMOidRequestComplete', but 'MpOidRequest' then returns NDIS_STATUS_SUCCESS; a handler that completes its request returns NDIS_STATUS_PENDING [DoubleComplete]}}
    return NDIS_STATUS_SUCCESS; // expected-note {{NDIS_STATUS_SUCCESS is written here}}
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType == NdisRequestQueryInformation &&
        OidRequest->DATA.QUERY_INFORMATION.Oid == OID_GEN_STATISTICS) {
        return MpQueryStatistics(Adapter, OidRequest); // expected-note {{'MpQueryStatistics' called here}} expected-note {{'MpOidRequest' returns NDIS_STATUS_SUCCESS here}}
    }
    return MpOtherOids(MiniportAdapterContext, OidRequest);
}

/*
 * The rule covers every OID request handler of rules/facts/oid-requests.tsv: a FilterOidRequest
 * handler that completes with NdisFOidRequestComplete, a MiniportCoOidRequest handler with
 * NdisMCoOidRequestComplete and a ProtocolCoOidRequest handler with NdisCoOidRequestComplete,
 * each then returning a final status.
 */
#include <ndis.h>

typedef struct _FLT_MODULE {
    NDIS_HANDLE FilterHandle;
    ULONG PacketFilter;
} FLT_MODULE, *PFLT_MODULE;

FILTER_OID_REQUEST FltOidRequest;
MINIPORT_CO_OID_REQUEST McoOidRequest;
PROTOCOL_CO_OID_REQUEST CmCoOidRequest;

NDIS_STATUS
FltOidRequest(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    if (OidRequest->RequestType == NdisRequestSetInformation &&
        OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
        NdisFOidRequestComplete(Module->FilterHandle, OidRequest, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request of 'FltOidRequest' is completed by 'NdisFOidRequestComplete', but 'FltOidRequest' then returns NDIS_STATUS_SUCCESS; a handler that completes its request returns NDIS_STATUS_PENDING [DoubleComplete]}}
        return NDIS_STATUS_SUCCESS; // expected-note {{'FltOidRequest' returns NDIS_STATUS_SUCCESS here}}
    }
    return NdisFOidRequest(Module->FilterHandle, OidRequest);
}

NDIS_STATUS
McoOidRequest(NDIS_HANDLE MiniportAdapterContext, NDIS_HANDLE MiniportVcContext, PNDIS_OID_REQUEST NdisRequest)
{
    NdisMCoOidRequestComplete(MiniportAdapterContext, MiniportVcContext, NdisRequest, NDIS_STATUS_NOT_SUPPORTED); // expected-warning {{the OID request of 'McoOidRequest' is completed by 'NdisMCoOidRequestComplete', but 'McoOidRequest' then returns NDIS_STATUS_NOT_SUPPORTED; a handler that completes its request returns NDIS_STATUS_PENDING [DoubleComplete]}}
    return NDIS_STATUS_NOT_SUPPORTED; // expected-note {{'McoOidRequest' returns NDIS_STATUS_NOT_SUPPORTED here}}
}

NDIS_STATUS
CmCoOidRequest(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext, NDIS_HANDLE ProtocolPartyContext,
               PNDIS_OID_REQUEST OidRequest)
{
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    NdisCoOidRequestComplete(ProtocolAfContext, ProtocolVcContext, NULL, OidRequest, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request of 'CmCoOidRequest' is completed by 'NdisCoOidRequestComplete', but 'CmCoOidRequest' then returns NDIS_STATUS_SUCCESS; a handler that completes its request returns NDIS_STATUS_PENDING [DoubleComplete]}}
    return NDIS_STATUS_SUCCESS; // expected-note {{'CmCoOidRequest' returns NDIS_STATUS_SUCCESS here}}
}

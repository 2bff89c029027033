#include <ndis.h> // expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    ULONG64 FramesReceived;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;
NDIS_STATUS MpOtherOids(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest); /* the other OIDs */

static NDIS_STATUS
MpQueryStatistics(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    UNREFERENCED_PARAMETER(Adapter);
    UNREFERENCED_PARAMETER(Request);
    /* fill Request->DATA.QUERY_INFORMATION.InformationBuffer ... */
    return NDIS_STATUS_SUCCESS;         /* the handler returns it; NDIS completes the request */
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType == NdisRequestQueryInformation &&
        OidRequest->DATA.QUERY_INFORMATION.Oid == OID_GEN_STATISTICS) {
        return MpQueryStatistics(Adapter, OidRequest);
    }
    return MpOtherOids(MiniportAdapterContext, OidRequest);
}

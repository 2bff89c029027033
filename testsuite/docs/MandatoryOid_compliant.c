/*
 * The mandatory OIDs are answered in helpers the handler calls with the request; the default of
 * each helper answers NDIS_STATUS_NOT_SUPPORTED, but only for OIDs that are not mandatory: silent.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    ULONG PacketFilter;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_OID_REQUEST ExOidRequest;

static NDIS_STATUS
ExQuery(PEX_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    NDIS_OID Oid = Request->DATA.QUERY_INFORMATION.Oid;

    UNREFERENCED_PARAMETER(Adapter);
    switch (Oid) {
    case OID_GEN_XMIT_OK:
    case OID_GEN_RCV_OK:
    case OID_GEN_STATISTICS:
    case OID_GEN_MAXIMUM_FRAME_SIZE:
    case OID_GEN_MAXIMUM_TOTAL_SIZE:
    case OID_GEN_RECEIVE_BLOCK_SIZE:
    case OID_GEN_TRANSMIT_BLOCK_SIZE:
    case OID_GEN_RECEIVE_BUFFER_SPACE:
    case OID_GEN_TRANSMIT_BUFFER_SPACE:
    case OID_GEN_VENDOR_ID:
    case OID_GEN_VENDOR_DESCRIPTION:
    case OID_GEN_VENDOR_DRIVER_VERSION:
    case OID_GEN_INTERRUPT_MODERATION:
    case OID_GEN_LINK_PARAMETERS: return NDIS_STATUS_SUCCESS;
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
}

static NDIS_STATUS
ExSet(PEX_ADAPTER Adapter, NDIS_OID Oid)
{
    if (Oid == OID_GEN_CURRENT_PACKET_FILTER) {
        Adapter->PacketFilter = 0;
        return NDIS_STATUS_SUCCESS;
    }
    if (Oid == OID_GEN_CURRENT_LOOKAHEAD || Oid == OID_GEN_INTERRUPT_MODERATION || Oid == OID_GEN_LINK_PARAMETERS)
        return NDIS_STATUS_SUCCESS;
    return NDIS_STATUS_INVALID_OID;
}

NDIS_STATUS
ExOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    switch (Request->RequestType) {
    case NdisRequestQueryInformation:
    case NdisRequestQueryStatistics: return ExQuery(Adapter, Request);
    case NdisRequestSetInformation: return ExSet(Adapter, Request->DATA.SET_INFORMATION.Oid);
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
}
// expected-no-diagnostics

/*
 * An Ethernet miniport: nothing in it compares an OID with a native 802.11 OID, so it is not shown
 * to be a native 802.11 miniport, and its default NDIS_STATUS_NOT_SUPPORTED is not judged against
 * the 802.11 list.
 */
#include <ndis.h>

MINIPORT_OID_REQUEST ExOidRequest;

NDIS_STATUS
ExOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    if (Request->RequestType != NdisRequestQueryInformation)
        return NDIS_STATUS_SUCCESS;
    switch (Request->DATA.QUERY_INFORMATION.Oid) {
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
    case OID_GEN_LINK_PARAMETERS:
        return NDIS_STATUS_SUCCESS;
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
}
// expected-no-diagnostics

/*
 * A query handler whose switch on the Oid leaves two mandatory OIDs to the default, which answers
 * NDIS_STATUS_NOT_SUPPORTED: reported at the write in the default, naming both OIDs. The sets are
 * all handled.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    ULONG64 TxOk, RxOk;
    ULONG PacketFilter, Lookahead;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_OID_REQUEST ExOidRequest;

NDIS_STATUS
ExOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (Request->RequestType == NdisRequestSetInformation) {
        switch (Request->DATA.SET_INFORMATION.Oid) {
        case OID_GEN_CURRENT_PACKET_FILTER:
        case OID_GEN_CURRENT_LOOKAHEAD:
        case OID_GEN_INTERRUPT_MODERATION:
        case OID_GEN_LINK_PARAMETERS: break;
        default: Status = NDIS_STATUS_INVALID_OID; break;
        }
        return Status;
    }
    switch (Request->DATA.QUERY_INFORMATION.Oid) {
    case OID_GEN_XMIT_OK: Request->DATA.QUERY_INFORMATION.BytesWritten = sizeof(ULONG64); break;
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
    case OID_GEN_VENDOR_DRIVER_VERSION: Request->DATA.QUERY_INFORMATION.BytesWritten = sizeof(ULONG); break;
    default:
        Status = NDIS_STATUS_NOT_SUPPORTED; // expected-warning {{'ExOidRequest' answers NDIS_STATUS_NOT_SUPPORTED to a query of the mandatory OID_GEN_INTERRUPT_MODERATION [MandatoryOid]}}
        break;
    }
    UNREFERENCED_PARAMETER(Adapter);
    return Status; // expected-note {{'ExOidRequest' returns NDIS_STATUS_NOT_SUPPORTED here}}
}

/*
 * The switch is on a local copy of the Oid, in a helper: the pinned value follows the copy and the
 * parameter. The set of OID_GEN_INTERRUPT_MODERATION is refused by its own case, which is reported too,
 * at the return of the callback, with notes at the helper's write and call.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    ULONG PacketFilter;
    BOOLEAN LinkParamsSupported;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_OID_REQUEST ExOidRequest;

static NDIS_STATUS
ExSet(PEX_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    NDIS_OID Oid;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    Oid = Request->DATA.SET_INFORMATION.Oid;
    switch (Oid) {
    case OID_GEN_CURRENT_PACKET_FILTER: Adapter->PacketFilter = 1; break;
    case OID_GEN_CURRENT_LOOKAHEAD:
    case OID_GEN_LINK_PARAMETERS: break;
    case OID_GEN_INTERRUPT_MODERATION:
        Status = NDIS_STATUS_NOT_SUPPORTED; // expected-note {{NDIS_STATUS_NOT_SUPPORTED is returned here}}
        break;
    default: Status = NDIS_STATUS_NOT_SUPPORTED; break;
    }
    return Status;
}

NDIS_STATUS
ExOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    if (Request->RequestType == NdisRequestSetInformation)
        return ExSet(Adapter, Request); // expected-warning {{'ExOidRequest' answers NDIS_STATUS_NOT_SUPPORTED to a set of the mandatory OID_GEN_INTERRUPT_MODERATION [MandatoryOid]}} expected-note {{'ExSet' called here}}
    return NDIS_STATUS_SUCCESS;
}

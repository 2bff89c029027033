// ddicheck-flags: --disable MandatoryOid
/*
 * NdisMNetPnPEvent straight from MiniportOidRequest, on one branch of its switch.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
} NIC, *PNIC;

MINIPORT_OID_REQUEST NicOidRequest; // expected-note {{'NicOidRequest' runs as a MINIPORT_OID_REQUEST callback}}

NDIS_STATUS
NicOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    NET_PNP_EVENT_NOTIFICATION Event;

    switch (OidRequest->DATA.SET_INFORMATION.Oid) {
    case OID_GEN_CURRENT_LOOKAHEAD:
        NdisZeroMemory(&Event, sizeof(Event));
        Event.NetPnPEvent.NetEvent = NetEventReconfigure;
        NdisMNetPnPEvent(Nic->MiniportHandle, &Event); // expected-warning {{'NdisMNetPnPEvent' is called in the MINIPORT_OID_REQUEST callback 'NicOidRequest' while it processes an OID request [NdisMNetPnPEventInOIDRequest]}}
        return NDIS_STATUS_SUCCESS;
    default:
        return NDIS_STATUS_NOT_SUPPORTED;
    }
}

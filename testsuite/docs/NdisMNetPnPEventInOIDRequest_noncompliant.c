#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    ULONG PacketFilter;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_OID_REQUEST NicOidRequest; // expected-note {{'NicOidRequest' runs as a MINIPORT_OID_REQUEST callback}}
NDIS_STATUS NicOtherOidRequest(PNIC_ADAPTER Adapter, PNDIS_OID_REQUEST OidRequest); /* the other OIDs */

static VOID
NicAnnounceFilterChange(PNIC_ADAPTER Adapter)
{
    NET_PNP_EVENT_NOTIFICATION Event;

    NdisZeroMemory(&Event, sizeof(Event));
    Event.NetPnPEvent.NetEvent = NetEventReconfigure;
    NdisMNetPnPEvent(Adapter->MiniportHandle, &Event); // expected-warning {{'NdisMNetPnPEvent' is called in the MINIPORT_OID_REQUEST callback 'NicOidRequest' while it processes an OID request [NdisMNetPnPEventInOIDRequest]}}
}

NDIS_STATUS
NicOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType == NdisRequestSetInformation &&
        OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
        Adapter->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
        NicAnnounceFilterChange(Adapter); /* tell the protocols above right away */ // expected-note {{'NicAnnounceFilterChange' called here}}
        return NDIS_STATUS_SUCCESS;
    }
    return NicOtherOidRequest(Adapter, OidRequest);
}

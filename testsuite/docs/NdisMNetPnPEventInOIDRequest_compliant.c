#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    NDIS_HANDLE AnnounceWorkItem; /* NdisAllocateIoWorkItem in MiniportInitializeEx */
    ULONG PacketFilter;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_OID_REQUEST NicOidRequest;
NDIS_STATUS NicOtherOidRequest(PNIC_ADAPTER Adapter, PNDIS_OID_REQUEST OidRequest); /* the other OIDs */
NDIS_IO_WORKITEM_FUNCTION NicAnnounceWorker;

VOID
NicAnnounceWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)WorkItemContext;
    NET_PNP_EVENT_NOTIFICATION Event;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisZeroMemory(&Event, sizeof(Event));
    Event.NetPnPEvent.NetEvent = NetEventReconfigure;
    NdisMNetPnPEvent(Adapter->MiniportHandle, &Event); /* after the OID request completed */
}

NDIS_STATUS
NicOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType == NdisRequestSetInformation &&
        OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
        Adapter->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
        NdisQueueIoWorkItem(Adapter->AnnounceWorkItem, NicAnnounceWorker, Adapter);
        return NDIS_STATUS_SUCCESS;
    }
    return NicOtherOidRequest(Adapter, OidRequest);
}

/*
 * NdisMNetPnPEvent from MiniportRestart, which processes no OID request: allowed.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
} NIC, *PNIC;

MINIPORT_RESTART NicRestart;

NDIS_STATUS
NicRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    NET_PNP_EVENT_NOTIFICATION Event;

    UNREFERENCED_PARAMETER(RestartParameters);
    NdisZeroMemory(&Event, sizeof(Event));
    Event.NetPnPEvent.NetEvent = NetEventReconfigure;
    NdisMNetPnPEvent(Nic->MiniportHandle, &Event);
    return NDIS_STATUS_SUCCESS;
}

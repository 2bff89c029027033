/*
 * ProtocolNetPnPEvent re-enumerates on a path where its ProtocolBindingContext may be non-NULL (the
 * test is on the wrong side); the NULL test is followed through a copy into a local.
 */
#include <ndis.h>

typedef struct _OPEN {
    NDIS_HANDLE BindingHandle;
} OPEN, *POPEN;

static NDIS_HANDLE ProtocolHandle;

PROTOCOL_NET_PNP_EVENT ProtPnPEvent; // expected-note {{'ProtPnPEvent' runs as a PROTOCOL_NET_PNP_EVENT callback}}

NDIS_STATUS
ProtPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    POPEN Open = (POPEN)ProtocolBindingContext;

    if (NetPnPEventNotification->NetPnPEvent.NetEvent != NetEventReconfigure)
        return NDIS_STATUS_SUCCESS;
    if (Open != NULL)
        NdisReEnumerateProtocolBindings(ProtocolHandle); // expected-warning {{'NdisReEnumerateProtocolBindings' is called in the PROTOCOL_NET_PNP_EVENT callback 'ProtPnPEvent' [NdisReEnumerateProtocolBindings]}}
    return NDIS_STATUS_SUCCESS;
}

#include <ndis.h> // expected-no-diagnostics

typedef struct _PROT_GLOBALS {
    NDIS_HANDLE ProtocolHandle; /* NdisRegisterProtocolDriver */
    ULONG OpenBindings;
} PROT_GLOBALS;

static PROT_GLOBALS Globals;

PROTOCOL_UNBIND_ADAPTER_EX ProtUnbindAdapter;
PROTOCOL_NET_PNP_EVENT ProtPnPEvent;

NDIS_STATUS
ProtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    Globals.OpenBindings--;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ProtPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    /* a global event (no binding): the protocol's own configuration changed */
    if (ProtocolBindingContext == NULL &&
        NetPnPEventNotification->NetPnPEvent.NetEvent == NetEventReconfigure) {
        NdisReEnumerateProtocolBindings(Globals.ProtocolHandle);
        return NDIS_STATUS_SUCCESS;
    }
    return NDIS_STATUS_SUCCESS;
}

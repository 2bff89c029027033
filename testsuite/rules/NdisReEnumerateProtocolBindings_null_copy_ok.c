/*
 * The same handler re-enumerating only when the copy of its ProtocolBindingContext is NULL (a global
 * event), through a helper: allowed.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _OPEN {
    NDIS_HANDLE BindingHandle;
} OPEN, *POPEN;

static NDIS_HANDLE ProtocolHandle;

PROTOCOL_NET_PNP_EVENT ProtPnPEvent;

static VOID
ProtRebind(VOID)
{
    NdisReEnumerateProtocolBindings(ProtocolHandle);
}

NDIS_STATUS
ProtPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    POPEN Open = (POPEN)ProtocolBindingContext;

    if (NetPnPEventNotification->NetPnPEvent.NetEvent != NetEventReconfigure)
        return NDIS_STATUS_SUCCESS;
    if (!Open)
        ProtRebind();
    return NDIS_STATUS_SUCCESS;
}

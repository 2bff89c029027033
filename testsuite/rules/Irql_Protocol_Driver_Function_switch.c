/*
 * A PnP-event handler (PASSIVE_LEVEL) switches on the event code. In the
 * NetEventRestart case it completes a pended PnP event while still holding the
 * spin lock: NdisCompleteNetPnPEvent requires PASSIVE_LEVEL. The other cases
 * release the lock before leaving the switch.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Paused;
    PNET_PNP_EVENT_NOTIFICATION PendingPause;
} BINDING, *PBINDING;

PROTOCOL_NET_PNP_EVENT PrPnPEvent;

NDIS_STATUS
PrPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (Binding == NULL) {
        return NDIS_STATUS_SUCCESS;
    }

    switch (NetPnPEventNotification->NetPnPEvent.NetEvent) {
    case NetEventPause:
        NdisAcquireSpinLock(&Binding->Lock);
        Binding->Paused = TRUE;
        Binding->PendingPause = NetPnPEventNotification;
        NdisReleaseSpinLock(&Binding->Lock);
        Status = NDIS_STATUS_PENDING;
        break;

    case NetEventRestart:
        NdisAcquireSpinLock(&Binding->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
        Binding->Paused = FALSE;
        if (Binding->PendingPause != NULL) {
            NdisCompleteNetPnPEvent(Binding->BindingHandle, Binding->PendingPause, // expected-warning {{'NdisCompleteNetPnPEvent' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
                                    NDIS_STATUS_SUCCESS);
            Binding->PendingPause = NULL;
        }
        NdisReleaseSpinLock(&Binding->Lock);
        break;

    default:
        break;
    }
    return Status;
}

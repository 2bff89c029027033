/*
 * KeAcquireSpinLock raises a PASSIVE_LEVEL bind-path function to exactly
 * DISPATCH_LEVEL: NdisCoGetTapiCallId is legal inside the region.
 * KeReleaseSpinLock restores PASSIVE_LEVEL; NdisCoOidRequest (<= DISPATCH_LEVEL)
 * follows.
 */
#include <ndis.h>

typedef struct _BINDING {
    KSPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE NdisVcHandle;
    ULONG CallIdLength;
    NDIS_OID_REQUEST Request;
} BINDING, *PBINDING;

PROTOCOL_OPEN_ADAPTER_COMPLETE_EX ClOpenComplete;

VOID
ClOpenComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    VAR_STRING CallId;
    KIRQL OldIrql;

    if (Status != NDIS_STATUS_SUCCESS || Binding->NdisVcHandle == NULL) {
        return;
    }

    NdisZeroMemory(&CallId, sizeof(CallId));
    CallId.ulTotalSize = sizeof(CallId);
    KeAcquireSpinLock(&Binding->Lock, &OldIrql);
    if (NdisCoGetTapiCallId(Binding->NdisVcHandle, &CallId) == NDIS_STATUS_SUCCESS) {
        Binding->CallIdLength = CallId.ulStringSize;
    }
    KeReleaseSpinLock(&Binding->Lock, OldIrql);

    (VOID)NdisCoOidRequest(Binding->BindingHandle, Binding->NdisAfHandle, Binding->NdisVcHandle,
                           NULL, &Binding->Request);
}

// expected-no-diagnostics

/*
 * pr5_bind.c - bindings of the sample NDIS 5.1 protocol.
 *
 * NdisOpenAdapter and NdisCloseAdapter require PASSIVE_LEVEL: they run in the
 * bind and unbind handlers. The status handler may run at DISPATCH_LEVEL; it
 * only queues a DPC that records the link state.
 */
#include "pr5.h"

static NDIS_MEDIUM Pr5Media[] = { NdisMedium802_3 };

/* KDEFERRED_ROUTINE, registered with KeInitializeDpc in the bind handler. */
static VOID Pr5LinkDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                       PVOID SystemArgument2);

VOID
Pr5BindAdapter(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
               PVOID SystemSpecific1, PVOID SystemSpecific2)
{
    PPR5_BINDING Binding = NULL;
    NDIS_STATUS OpenErrorStatus;
    ULONG i;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);

    NdisAcquireSpinLock(&Pr5Lock);
    for (i = 0; i < PR5_MAX_BINDINGS; i++) {
        if (!Pr5Bindings[i].InUse) {
            Binding = &Pr5Bindings[i];
            Binding->InUse = TRUE;
            break;
        }
    }
    NdisReleaseSpinLock(&Pr5Lock);

    if (Binding == NULL) {
        *Status = NDIS_STATUS_RESOURCES;
        return;
    }
    Binding->BindContext = BindContext;
    Binding->LinkUp = TRUE;
    Binding->Closing = FALSE;
    Binding->FramesSeen = 0;
    // ndis5_dereg_in_dpc-note@+1 {{'Pr5LinkDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}
    KeInitializeDpc(&Binding->LinkDpc, Pr5LinkDpc, Binding);

    NdisOpenAdapter(Status, &OpenErrorStatus, &Binding->BindingHandle,
                    &Binding->SelectedMediumIndex, Pr5Media,
                    sizeof(Pr5Media) / sizeof(Pr5Media[0]), Pr5ProtocolHandle, Binding,
                    DeviceName, 0, NULL);
    if (*Status != NDIS_STATUS_PENDING && *Status != NDIS_STATUS_SUCCESS) {
        NdisAcquireSpinLock(&Pr5Lock);
        Binding->InUse = FALSE;
        NdisReleaseSpinLock(&Pr5Lock);
    }
}

VOID
Pr5OpenAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status,
                       NDIS_STATUS OpenErrorStatus)
{
    PPR5_BINDING Binding = (PPR5_BINDING)ProtocolBindingContext;

    if (Status != NDIS_STATUS_SUCCESS) {
        NdisAcquireSpinLock(&Pr5Lock);
        Binding->InUse = FALSE;
        NdisReleaseSpinLock(&Pr5Lock);
    }
    NdisCompleteBindAdapter(Binding->BindContext, Status, OpenErrorStatus);
}

VOID
Pr5UnbindAdapter(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
                 NDIS_HANDLE UnbindContext)
{
    PPR5_BINDING Binding = (PPR5_BINDING)ProtocolBindingContext;

    NdisAcquireSpinLock(&Pr5Lock);
    Binding->Closing = TRUE;
    NdisReleaseSpinLock(&Pr5Lock);

    (VOID)KeRemoveQueueDpc(&Binding->LinkDpc);
    Binding->BindContext = UnbindContext;
    NdisCloseAdapter(Status, Binding->BindingHandle);
    if (*Status != NDIS_STATUS_PENDING) {
        NdisAcquireSpinLock(&Pr5Lock);
        Binding->InUse = FALSE;
        NdisReleaseSpinLock(&Pr5Lock);
    }
}

VOID
Pr5CloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PPR5_BINDING Binding = (PPR5_BINDING)ProtocolBindingContext;
    NDIS_HANDLE UnbindContext = Binding->BindContext;

    NdisAcquireSpinLock(&Pr5Lock);
    Binding->InUse = FALSE;
    NdisReleaseSpinLock(&Pr5Lock);
    NdisCompleteUnbindAdapter(UnbindContext, Status);
}

VOID
Pr5Status(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS GeneralStatus, PVOID StatusBuffer,
          UINT StatusBufferSize)
{
    PPR5_BINDING Binding = (PPR5_BINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(StatusBuffer);
    UNREFERENCED_PARAMETER(StatusBufferSize);

    if (GeneralStatus == NDIS_STATUS_MEDIA_CONNECT ||
        GeneralStatus == NDIS_STATUS_MEDIA_DISCONNECT) {
        (VOID)KeInsertQueueDpc(&Binding->LinkDpc,
                               (PVOID)(ULONG_PTR)(GeneralStatus == NDIS_STATUS_MEDIA_CONNECT),
                               NULL);
    }
}

static VOID
Pr5LinkDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PPR5_BINDING Binding = (PPR5_BINDING)DeferredContext;
    BOOLEAN LinkUp = (SystemArgument1 != NULL);

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument2);

    NdisDprAcquireSpinLock(&Pr5Lock);
    Binding->LinkUp = LinkUp;
    if (!LinkUp) {
        Binding->LinkDownCount++;
    }
    NdisDprReleaseSpinLock(&Pr5Lock);

#ifdef FAULT_NDIS5_DEREG_IN_DPC
    /* Releases the adapter as soon as its cable is pulled. */
    if (!LinkUp && !Binding->Closing) {
        NDIS_STATUS Status;

        Binding->Closing = TRUE;
        NdisCloseAdapter(&Status, Binding->BindingHandle); // ndis5_dereg_in_dpc-warning {{'NdisCloseAdapter' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Ndis5_Protocol_Function]}}
    }
#endif
}

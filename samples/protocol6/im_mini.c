/*
 * im_mini.c - the virtual miniport of the NDIS 6 protocol sample (a 1:1 pass-through
 * intermediate driver).
 *
 * MiniportInitializeEx runs when the protocol edge calls NdisIMInitializeDeviceInstanceEx; it
 * finds the binding with NdisIMGetDeviceContext and records the interface stack (the virtual
 * miniport above the adapter below) with NdisIfAddIfStackEntry at PASSIVE_LEVEL. MiniportHaltEx
 * deletes the entry. Sends and returns are passed to the adapter below.
 */
#include "im.h"

MINIPORT_INITIALIZE ImInitializeEx;
MINIPORT_HALT ImHaltEx;
MINIPORT_UNLOAD ImUnload;
MINIPORT_PAUSE ImPause;
MINIPORT_RESTART ImRestart;
MINIPORT_OID_REQUEST ImOidRequest;
MINIPORT_CANCEL_OID_REQUEST ImCancelOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS ImSendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS ImReturnNetBufferLists;
MINIPORT_CANCEL_SEND ImCancelSend;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY ImDevicePnPEventNotify;
MINIPORT_SHUTDOWN ImShutdownEx;

NDIS_HANDLE ImDriverHandle = NULL;

NDIS_STATUS
ImRegisterMiniport(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS,
            .Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
            .Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
        },
        .MajorNdisVersion = 6,
        .MinorNdisVersion = 20,
        .MajorDriverVersion = 1,
        .Flags = NDIS_INTERMEDIATE_DRIVER,
        .InitializeHandlerEx = ImInitializeEx,
        .HaltHandlerEx = ImHaltEx,
        .UnloadHandler = ImUnload,
        .PauseHandler = ImPause,
        .RestartHandler = ImRestart,
        .OidRequestHandler = ImOidRequest,
        .CancelOidRequestHandler = ImCancelOidRequest,
        .SendNetBufferListsHandler = ImSendNetBufferLists,
        .ReturnNetBufferListsHandler = ImReturnNetBufferLists,
        .CancelSendHandler = ImCancelSend,
        .DevicePnPEventNotifyHandler = ImDevicePnPEventNotify,
        .ShutdownHandlerEx = ImShutdownEx,
    };

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &ImDriverHandle);
}

VOID
ImUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    /* NDIS unbinds (and so halts every virtual miniport) before the deregistration returns */
    NdisDeregisterProtocolDriver(ImProtocolHandle);
    ImProtocolHandle = NULL;
    NdisMDeregisterMiniportDriver(ImDriverHandle);
    ImDriverHandle = NULL;
    NdisFreeSpinLock(&ImGlobalLock);
}

NDIS_STATUS
ImInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
               PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    PIM_BINDING Binding = (PIM_BINDING)NdisIMGetDeviceContext(MiniportAdapterHandle);
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Reg;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    NdisZeroMemory(&Reg, sizeof(Reg));
    Reg.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Reg.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.MiniportAdapterContext = Binding;
    Reg.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND;
    Reg.InterfaceType = NdisInterfaceInternal;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Reg);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    Binding->UpperIfIndex = MiniportInitParameters->IfIndex;
#ifdef FAULT_STACK_UNDER_LOCK
    /* "hold the binding lock so the unbind cannot close the adapter below meanwhile" */
    NdisAcquireSpinLock(&Binding->Lock); // stack_under_lock-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Binding->StackEntryAdded = NdisIfAddIfStackEntry(Binding->UpperIfIndex, Binding->LowerIfIndex) == // stack_under_lock-warning {{'NdisIfAddIfStackEntry' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Interfaces_Function]}}
                               NDIS_STATUS_SUCCESS;
    Binding->MiniportHandle = MiniportAdapterHandle;
    Binding->MiniportInitPending = FALSE;
    Binding->MiniportPaused = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);
#else
    Binding->StackEntryAdded =
        NdisIfAddIfStackEntry(Binding->UpperIfIndex, Binding->LowerIfIndex) == NDIS_STATUS_SUCCESS;
    NdisAcquireSpinLock(&Binding->Lock);
    Binding->MiniportHandle = MiniportAdapterHandle;
    Binding->MiniportInitPending = FALSE;
    Binding->MiniportPaused = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);
#endif
    return NDIS_STATUS_SUCCESS;
}

VOID
ImHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Binding->StackEntryAdded)
        NdisIfDeleteIfStackEntry(Binding->UpperIfIndex, Binding->LowerIfIndex);
    Binding->StackEntryAdded = FALSE;
    NdisAcquireSpinLock(&Binding->Lock);
    Binding->MiniportHandle = NULL;
    NdisReleaseSpinLock(&Binding->Lock);
}

NDIS_STATUS
ImPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Binding->Lock);
    Binding->MiniportPaused = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ImRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);
    NdisAcquireSpinLock(&Binding->Lock);
    Binding->MiniportPaused = FALSE;
    NdisReleaseSpinLock(&Binding->Lock);
    ImIndicateLinkState(Binding);
    return NDIS_STATUS_SUCCESS;
}

/* Re-indicates the adapter's link state on the virtual miniport; IRQL <= DISPATCH_LEVEL. */
VOID
ImIndicateLinkState(PIM_BINDING Binding)
{
    NDIS_STATUS_INDICATION Indication;

    if (Binding->MiniportHandle == NULL)
        return;
    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Binding->MiniportHandle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &Binding->LinkState;
    Indication.StatusBufferSize = sizeof(Binding->LinkState);
    NdisMIndicateStatusEx(Binding->MiniportHandle, &Indication);
}

NDIS_STATUS
ImOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;

    if (OidRequest->RequestType == NdisRequestSetInformation &&
        OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
        if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG))
            return NDIS_STATUS_INVALID_LENGTH;
        Binding->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
        return NDIS_STATUS_SUCCESS;
    }
    if (OidRequest->RequestType == NdisRequestSetInformation &&
        (OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_LOOKAHEAD ||
         OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_INTERRUPT_MODERATION ||
         OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_LINK_PARAMETERS))
        return NDIS_STATUS_SUCCESS; /* the lower miniport keeps its own settings */
    return NDIS_STATUS_NOT_SUPPORTED;
}

VOID
ImCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

VOID
ImSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                     ULONG SendFlags)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;
    BOOLEAN DispatchLevel = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags);
    BOOLEAN Blocked;
    PNET_BUFFER_LIST Nbl;

    if (DispatchLevel)
        NdisDprAcquireSpinLock(&Binding->Lock);
    else
        NdisAcquireSpinLock(&Binding->Lock);
    Blocked = Binding->MiniportPaused || Binding->LowerPaused;
    if (DispatchLevel)
        NdisDprReleaseSpinLock(&Binding->Lock);
    else
        NdisReleaseSpinLock(&Binding->Lock);

    if (Blocked) {
        for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl))
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
        NdisMSendNetBufferListsComplete(Binding->MiniportHandle, NetBufferLists,
                                        DispatchLevel ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
        return;
    }
    /* the protocol edge's send-complete handler completes them on the virtual miniport */
    NdisSendNetBufferLists(Binding->BindingHandle, NetBufferLists, PortNumber, SendFlags);
}

VOID
ImReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;

    NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, ReturnFlags);
}

VOID
ImCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    PIM_BINDING Binding = (PIM_BINDING)MiniportAdapterContext;

    NdisCancelSendNetBufferLists(Binding->BindingHandle, CancelId);
}

VOID
ImDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetDevicePnPEvent);
}

VOID
ImShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    /* nothing to quiesce: the adapter below shuts down itself */
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ShutdownAction);
}

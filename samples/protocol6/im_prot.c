/*
 * im_prot.c - driver entry and the protocol edge of the NDIS 6 protocol sample (a 1:1
 * pass-through intermediate driver).
 *
 * ProtocolBindAdapterEx opens the adapter (waiting for a pended open), reads the device instance
 * of the virtual miniport from the binding's UpperBindings value and starts it with
 * NdisIMInitializeDeviceInstanceEx, all at PASSIVE_LEVEL. ProtocolUnbindAdapterEx stops the
 * virtual miniport (or cancels its start) and closes the adapter. A global reconfiguration
 * (ProtocolNetPnPEvent with a NULL binding context) re-enumerates the bindings.
 */
#include "im.h"

// expected-no-diagnostics

DRIVER_INITIALIZE DriverEntry;
static SET_OPTIONS ImSetOptions;
PROTOCOL_BIND_ADAPTER_EX ImBindAdapterEx;
PROTOCOL_UNBIND_ADAPTER_EX ImUnbindAdapterEx; // reenum_in_unbind-note {{'ImUnbindAdapterEx' runs as a PROTOCOL_UNBIND_ADAPTER_EX callback}}
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX ImOpenAdapterCompleteEx;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX ImCloseAdapterCompleteEx;
PROTOCOL_NET_PNP_EVENT ImNetPnPEvent; // reenum_in_binding_event-note {{'ImNetPnPEvent' runs as a PROTOCOL_NET_PNP_EVENT callback}}
PROTOCOL_UNINSTALL ImUninstall;
PROTOCOL_OID_REQUEST_COMPLETE ImOidRequestComplete;
PROTOCOL_STATUS_EX ImStatusEx; // im_init_in_status-note {{'ImStatusEx' runs at IRQL <= DISPATCH_LEVEL as a PROTOCOL_STATUS_EX callback}}
PROTOCOL_RECEIVE_NET_BUFFER_LISTS ImReceiveNetBufferLists;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE ImSendNetBufferListsComplete;

NDIS_HANDLE ImProtocolHandle = NULL;
NDIS_SPIN_LOCK ImGlobalLock;
LIST_ENTRY ImBindings;

static NDIS_MEDIUM ImMediumArray[] = {NdisMedium802_3};

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;

    NdisAllocateSpinLock(&ImGlobalLock);
    InitializeListHead(&ImBindings);
    Status = ImRegisterMiniport(DriverObject, RegistryPath);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&ImGlobalLock);
        return (NTSTATUS)Status;
    }

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 20;
    Chars.MajorDriverVersion = 1;
    NdisInitUnicodeString(&Chars.Name, DDK_WIDE("SamplePassthru"));
    Chars.SetOptionsHandler = ImSetOptions;
    Chars.BindAdapterHandlerEx = ImBindAdapterEx;
    Chars.UnbindAdapterHandlerEx = ImUnbindAdapterEx;
    Chars.OpenAdapterCompleteHandlerEx = ImOpenAdapterCompleteEx;
    Chars.CloseAdapterCompleteHandlerEx = ImCloseAdapterCompleteEx;
    Chars.NetPnPEventHandler = ImNetPnPEvent;
    Chars.UninstallHandler = ImUninstall;
    Chars.OidRequestCompleteHandler = ImOidRequestComplete;
    Chars.StatusHandlerEx = ImStatusEx;
    Chars.ReceiveNetBufferListsHandler = ImReceiveNetBufferLists;
    Chars.SendNetBufferListsCompleteHandler = ImSendNetBufferListsComplete;

    Status = NdisRegisterProtocolDriver(NULL, &Chars, &ImProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(ImDriverHandle);
        NdisFreeSpinLock(&ImGlobalLock);
        return (NTSTATUS)Status;
    }
    /* the virtual miniport's lifetime follows the protocol's bindings */
    NdisIMAssociateMiniport(ImDriverHandle, ImProtocolHandle);
    return STATUS_SUCCESS;
}

static NDIS_STATUS
ImSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

static VOID
ImFreeBinding(PIM_BINDING Binding)
{
    NdisAcquireSpinLock(&ImGlobalLock);
    RemoveEntryList(&Binding->Link);
    NdisReleaseSpinLock(&ImGlobalLock);
    NdisFreeSpinLock(&Binding->Lock);
    NdisFreeMemoryWithTagPriority(ImProtocolHandle, Binding, IM_TAG);
}

/* Copies the binding's UpperBindings value (the virtual miniport's device instance); PASSIVE_LEVEL. */
static NDIS_STATUS
ImReadUpperBinding(PIM_BINDING Binding)
{
    NDIS_CONFIGURATION_OBJECT Config;
    NDIS_HANDLE ConfigHandle;
    PNDIS_CONFIGURATION_PARAMETER Value;
    NDIS_STRING Keyword = NDIS_STRING_CONST("UpperBindings");
    NDIS_STATUS Status;

    NdisZeroMemory(&Config, sizeof(Config));
    Config.Header.Type = NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT;
    Config.Header.Revision = NDIS_CONFIGURATION_OBJECT_REVISION_1;
    Config.Header.Size = NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1;
    Config.NdisHandle = Binding->BindingHandle;
    Status = NdisOpenConfigurationEx(&Config, &ConfigHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NdisReadConfiguration(&Status, &Value, ConfigHandle, &Keyword, NdisParameterString);
    if (Status == NDIS_STATUS_SUCCESS) {
        if (Value->ParameterData.StringData.Length <= sizeof(Binding->DeviceNameBuffer)) {
            NdisMoveMemory(Binding->DeviceNameBuffer, Value->ParameterData.StringData.Buffer,
                           Value->ParameterData.StringData.Length);
            Binding->DeviceName.Buffer = Binding->DeviceNameBuffer;
            Binding->DeviceName.Length = Value->ParameterData.StringData.Length;
            Binding->DeviceName.MaximumLength = sizeof(Binding->DeviceNameBuffer);
        } else {
            Status = NDIS_STATUS_BUFFER_TOO_SHORT;
        }
    }
    NdisCloseConfiguration(ConfigHandle);
    return Status;
}

/* Starts the virtual miniport of a bound adapter; PASSIVE_LEVEL (NdisIMInitializeDeviceInstanceEx). */
NDIS_STATUS
ImStartVirtualMiniport(PIM_BINDING Binding)
{
    NDIS_STATUS Status;

    Binding->MiniportInitPending = TRUE;
    // im_init_in_status-warning@+1 {{'NdisIMInitializeDeviceInstanceEx' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_IM_Function]}}
    Status = NdisIMInitializeDeviceInstanceEx(ImDriverHandle, &Binding->DeviceName, Binding);
    if (Status != NDIS_STATUS_SUCCESS)
        Binding->MiniportInitPending = FALSE;
    return Status;
}

/* Closes the lower adapter, waiting for a pended close; PASSIVE_LEVEL. */
static VOID
ImCloseAdapter(PIM_BINDING Binding)
{
    NDIS_STATUS Status;

    NdisResetEvent(&Binding->RequestDone);
    Status = NdisCloseAdapterEx(Binding->BindingHandle);
    if (Status == NDIS_STATUS_PENDING)
        NdisWaitEvent(&Binding->RequestDone, 0);
    Binding->BindingHandle = NULL;
}

NDIS_STATUS
ImBindAdapterEx(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext, PNDIS_BIND_PARAMETERS BindParameters)
{
    PIM_BINDING Binding;
    NDIS_OPEN_PARAMETERS Open;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    Binding = NdisAllocateMemoryWithTagPriority(ImProtocolHandle, sizeof(*Binding), IM_TAG, NormalPoolPriority);
    if (Binding == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Binding, sizeof(*Binding));
    NdisAllocateSpinLock(&Binding->Lock);
    NdisInitializeEvent(&Binding->RequestDone);
    Binding->LowerIfIndex = BindParameters->BoundIfIndex;
    Binding->LinkState.MediaConnectState = BindParameters->MediaConnectState;
    NdisAcquireSpinLock(&ImGlobalLock);
    InsertTailList(&ImBindings, &Binding->Link);
    NdisReleaseSpinLock(&ImGlobalLock);

    NdisZeroMemory(&Open, sizeof(Open));
    Open.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    Open.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    Open.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    Open.AdapterName = BindParameters->AdapterName;
    Open.MediumArray = ImMediumArray;
    Open.MediumArraySize = 1;
    Open.SelectedMediumIndex = &Binding->SelectedMediumIndex;
    Status = NdisOpenAdapterEx(ImProtocolHandle, Binding, &Open, BindContext, &Binding->BindingHandle);
    if (Status == NDIS_STATUS_PENDING) {
        NdisWaitEvent(&Binding->RequestDone, 0);
        Status = Binding->RequestStatus;
    }
    if (Status != NDIS_STATUS_SUCCESS) {
        ImFreeBinding(Binding);
        return Status;
    }

    Status = ImReadUpperBinding(Binding);
#ifndef FAULT_IM_INIT_IN_STATUS
    if (Status == NDIS_STATUS_SUCCESS)
        Status = ImStartVirtualMiniport(Binding);
#endif
    if (Status != NDIS_STATUS_SUCCESS) {
        ImCloseAdapter(Binding);
        ImFreeBinding(Binding);
    }
    return Status;
}

VOID
ImOpenAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;

    Binding->RequestStatus = Status;
    NdisSetEvent(&Binding->RequestDone);
}

VOID
ImCloseAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;

    NdisSetEvent(&Binding->RequestDone);
}

NDIS_STATUS
ImUnbindAdapterEx(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;
    NDIS_HANDLE Miniport;
    BOOLEAN InitPending;

    UNREFERENCED_PARAMETER(UnbindContext);
    NdisAcquireSpinLock(&Binding->Lock);
    Miniport = Binding->MiniportHandle;
    InitPending = Binding->MiniportInitPending;
    Binding->MiniportInitPending = FALSE;
    NdisReleaseSpinLock(&Binding->Lock);
    /* the virtual miniport's halt handler clears MiniportHandle before this returns */
    if (Miniport != NULL)
        (VOID)NdisIMDeInitializeDeviceInstance(Miniport);
    else if (InitPending)
        (VOID)NdisIMCancelInitializeDeviceInstance(ImDriverHandle, &Binding->DeviceName);

    ImCloseAdapter(Binding);
    ImFreeBinding(Binding);
#ifdef FAULT_REENUM_IN_UNBIND
    /* "let NDIS bind the adapters again right away, so a replacement adapter is picked up" */
    NdisReEnumerateProtocolBindings(ImProtocolHandle); // reenum_in_unbind-warning {{'NdisReEnumerateProtocolBindings' is called in the PROTOCOL_UNBIND_ADAPTER_EX callback 'ImUnbindAdapterEx' [NdisReEnumerateProtocolBindings]}}
#endif
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ImNetPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;
    NET_PNP_EVENT_CODE Event = NetPnPEventNotification->NetPnPEvent.NetEvent;

    if (Binding == NULL) {
        /* a reconfiguration of the protocol itself: bind to the adapters it may now accept */
        if (Event == NetEventReconfigure)
            NdisReEnumerateProtocolBindings(ImProtocolHandle);
        return NDIS_STATUS_SUCCESS;
    }
#ifdef FAULT_REENUM_IN_BINDING_EVENT
    /* "a binding was reconfigured: let NDIS re-evaluate all bindings" */
    if (Event == NetEventReconfigure)
        NdisReEnumerateProtocolBindings(ImProtocolHandle); // reenum_in_binding_event-warning {{'NdisReEnumerateProtocolBindings' is called in the PROTOCOL_NET_PNP_EVENT callback 'ImNetPnPEvent' [NdisReEnumerateProtocolBindings]}}
#endif
    if (Event == NetEventPause || Event == NetEventRestart) {
        NdisAcquireSpinLock(&Binding->Lock);
        Binding->LowerPaused = Event == NetEventPause;
        NdisReleaseSpinLock(&Binding->Lock);
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
ImUninstall(VOID)
{
}

VOID
ImOidRequestComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status)
{
    /* the sample issues no OID requests to the adapter below */
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(OidRequest);
    UNREFERENCED_PARAMETER(Status);
}

VOID
ImStatusEx(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;
    BOOLEAN Started;

    if (StatusIndication->StatusCode != NDIS_STATUS_LINK_STATE ||
        StatusIndication->StatusBufferSize < sizeof(NDIS_LINK_STATE))
        return;
    NdisAcquireSpinLock(&Binding->Lock);
    Binding->LinkState = *(PNDIS_LINK_STATE)StatusIndication->StatusBuffer;
    Started = Binding->MiniportHandle != NULL || Binding->MiniportInitPending;
    NdisReleaseSpinLock(&Binding->Lock);
    if (Started) {
        ImIndicateLinkState(Binding);
        return;
    }
#ifdef FAULT_IM_INIT_IN_STATUS
    /* "bring the virtual miniport up only once the cable is in" */
    if (Binding->LinkState.MediaConnectState == MediaConnectStateConnected)
        (VOID)ImStartVirtualMiniport(Binding); // im_init_in_status-note {{'ImStartVirtualMiniport' called here at DISPATCH_LEVEL}}
#endif
}

VOID
ImReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                        NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;
    BOOLEAN DispatchLevel = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags);
    NDIS_HANDLE Miniport;

    if (DispatchLevel)
        NdisDprAcquireSpinLock(&Binding->Lock);
    else
        NdisAcquireSpinLock(&Binding->Lock);
    Miniport = Binding->MiniportPaused ? NULL : Binding->MiniportHandle;
    if (DispatchLevel)
        NdisDprReleaseSpinLock(&Binding->Lock);
    else
        NdisReleaseSpinLock(&Binding->Lock);

    if (Miniport != NULL) {
        /* the virtual miniport's return handler gives them back to the adapter below */
        NdisMIndicateReceiveNetBufferLists(Miniport, NetBufferLists, PortNumber, NumberOfNetBufferLists, ReceiveFlags);
    } else if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags)) {
        NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists,
                                 DispatchLevel ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
    }
}

VOID
ImSendNetBufferListsComplete(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                             ULONG SendCompleteFlags)
{
    PIM_BINDING Binding = (PIM_BINDING)ProtocolBindingContext;

    NdisMSendNetBufferListsComplete(Binding->MiniportHandle, NetBufferLists, SendCompleteFlags);
}

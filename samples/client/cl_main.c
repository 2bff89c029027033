/*
 * cl_main.c - registration, bindings and address families of the sample CoNDIS client.
 *
 * When a call manager registers an AF, NDIS calls ProtocolCoAfRegisterNotify at
 * PASSIVE_LEVEL. The client claims the binding under the global lock, drops the
 * lock, then opens the AF: NdisClOpenAddressFamilyEx requires PASSIVE_LEVEL.
 * Teardown (call manager request or unbind) deregisters the SAP, then closes the AF.
 */
#include "cl.h"

DRIVER_INITIALIZE DriverEntry;
PROTOCOL_BIND_ADAPTER_EX ClBindAdapterEx;
PROTOCOL_UNBIND_ADAPTER_EX ClUnbindAdapterEx;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX ClOpenAdapterCompleteEx;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX ClCloseAdapterCompleteEx;
PROTOCOL_NET_PNP_EVENT ClNetPnPEvent;
PROTOCOL_CO_AF_REGISTER_NOTIFY ClAfRegisterNotify;
DRIVER_UNLOAD ClUnload;

static NDIS_STATUS ClSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
static VOID ClCoStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                       PNDIS_STATUS_INDICATION StatusIndication);
static VOID ClCoReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext,
                                      NDIS_HANDLE ProtocolVcContext,
                                      PNET_BUFFER_LIST NetBufferLists,
                                      ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
static VOID ClCoSendNetBufferListsComplete(NDIS_HANDLE ProtocolVcContext,
                                           PNET_BUFFER_LIST NetBufferLists,
                                           ULONG SendCompleteFlags);

NDIS_HANDLE ClProtocolHandle = NULL;
PCL_PARAMETERS ClParameters = NULL;
NDIS_SPIN_LOCK ClGlobalLock;
LIST_ENTRY ClBindings;

static NDIS_MEDIUM ClMediumArray[] = { NdisMediumAtm };

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS,
            .Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2,
            .Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2,
        },
        .MajorNdisVersion = 6,
        .MinorNdisVersion = 20,
        .MajorDriverVersion = 1,
        .SetOptionsHandler = ClSetOptions,
        .BindAdapterHandlerEx = ClBindAdapterEx,
        .UnbindAdapterHandlerEx = ClUnbindAdapterEx,
        .OpenAdapterCompleteHandlerEx = ClOpenAdapterCompleteEx,
        .CloseAdapterCompleteHandlerEx = ClCloseAdapterCompleteEx,
        .NetPnPEventHandler = ClNetPnPEvent,
    };

    UNREFERENCED_PARAMETER(RegistryPath);

    NdisAllocateSpinLock(&ClGlobalLock);
    InitializeListHead(&ClBindings);
    NdisInitUnicodeString(&Chars.Name, DDK_WIDE("SampleCoClient"));

    Status = NdisRegisterProtocolDriver(NULL, &Chars, &ClProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&ClGlobalLock);
        return (NTSTATUS)Status;
    }
    ClParameters = NdisAllocateMemoryWithTagPriority(ClProtocolHandle, sizeof(*ClParameters), CL_TAG,
                                                     NormalPoolPriority);
    if (ClParameters == NULL) {
        NdisDeregisterProtocolDriver(ClProtocolHandle);
        ClProtocolHandle = NULL;
        NdisFreeSpinLock(&ClGlobalLock);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ClParameters->SapId = CL_SAP_ID;
    DriverObject->DriverUnload = ClUnload;
    return STATUS_SUCCESS;
}

/*
 * NDIS unbinds every binding before NdisDeregisterProtocolDriver returns, and the
 * protocol handle is invalid afterwards: everything allocated with it is freed first.
 * No bind handler starts once the unload routine runs.
 */
VOID
ClUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

#ifndef FAULT_PROTOCOL_USE_AFTER_DEREG
    NdisFreeMemoryWithTagPriority(ClProtocolHandle, ClParameters, CL_TAG);
    ClParameters = NULL;
#endif
    NdisDeregisterProtocolDriver(ClProtocolHandle); // protocol_use_after_dereg-note {{protocol handle released here by NdisDeregisterProtocolDriver}}
#ifdef FAULT_PROTOCOL_USE_AFTER_DEREG
    /* Frees the parameters only now, "once NDIS can no longer call the bind handler". */
    NdisFreeMemoryWithTagPriority(ClProtocolHandle, ClParameters, CL_TAG); // protocol_use_after_dereg-warning {{protocol handle 'ClProtocolHandle' is passed to 'NdisFreeMemoryWithTagPriority' after the protocol was deregistered [ProtocolHandle_InvalidAfterDeregister]}}
    ClParameters = NULL;
#endif
    ClProtocolHandle = NULL;
    NdisFreeSpinLock(&ClGlobalLock);
}

static NDIS_STATUS
ClSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_CO_CHARACTERISTICS CoChars;

    UNREFERENCED_PARAMETER(DriverContext);

    NdisZeroMemory(&CoChars, sizeof(CoChars));
    CoChars.Header.Type = NDIS_OBJECT_TYPE_CO_PROTOCOL_CHARACTERISTICS;
    CoChars.Header.Revision = NDIS_PROTOCOL_CO_CHARACTERISTICS_REVISION_1;
    CoChars.Header.Size = NDIS_SIZEOF_PROTOCOL_CO_CHARACTERISTICS_REVISION_1;
    CoChars.CoStatusHandlerEx = ClCoStatus;
    CoChars.CoAfRegisterNotifyHandler = ClAfRegisterNotify;
    CoChars.CoReceiveNetBufferListsHandler = ClCoReceiveNetBufferLists;
    CoChars.CoSendNetBufferListsCompleteHandler = ClCoSendNetBufferListsComplete;

    Status = NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&CoChars);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }
    return ClRegisterClientHandlers(NdisDriverHandle);
}

static VOID
ClFreeBinding(PCL_BINDING Binding)
{
    NdisAcquireSpinLock(&ClGlobalLock);
    RemoveEntryList(&Binding->Link);
    NdisReleaseSpinLock(&ClGlobalLock);

    if (Binding->AcceptWorkItem != NULL) {
        NdisFreeIoWorkItem(Binding->AcceptWorkItem);
    }
    NdisFreeMemoryWithTagPriority(ClProtocolHandle, Binding, CL_TAG);
}

NDIS_STATUS
ClBindAdapterEx(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                PNDIS_BIND_PARAMETERS BindParameters)
{
    PCL_BINDING Binding;
    NDIS_OPEN_PARAMETERS OpenParams;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    Binding = NdisAllocateMemoryWithTagPriority(ClProtocolHandle, sizeof(*Binding), CL_TAG,
                                                NormalPoolPriority);
    if (Binding == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Binding, sizeof(*Binding));
    Binding->BindContext = BindContext;
    Binding->SapBuffer.SapId = ClParameters->SapId;
    Binding->AfState = ClAfNone;
    NdisInitializeEvent(&Binding->AfClosedEvent);
    Binding->AcceptWorkItem = NdisAllocateIoWorkItem(ClProtocolHandle);

    NdisAcquireSpinLock(&ClGlobalLock);
    InsertTailList(&ClBindings, &Binding->Link);
    NdisReleaseSpinLock(&ClGlobalLock);

    if (Binding->AcceptWorkItem == NULL) {
        ClFreeBinding(Binding);
        return NDIS_STATUS_RESOURCES;
    }

    NdisZeroMemory(&OpenParams, sizeof(OpenParams));
    OpenParams.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    OpenParams.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    OpenParams.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    OpenParams.AdapterName = BindParameters->AdapterName;
    OpenParams.MediumArray = ClMediumArray;
    OpenParams.MediumArraySize = 1;
    OpenParams.SelectedMediumIndex = &Binding->SelectedMediumIndex;

    Status = NdisOpenAdapterEx(ClProtocolHandle, Binding, &OpenParams, BindContext,
                               &Binding->BindingHandle);
    if (Status != NDIS_STATUS_PENDING && Status != NDIS_STATUS_SUCCESS) {
        ClFreeBinding(Binding);
    }
    return Status;
}

VOID
ClOpenAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    NDIS_HANDLE BindContext = Binding->BindContext;

    if (Status != NDIS_STATUS_SUCCESS) {
        ClFreeBinding(Binding);
    }
    NdisCompleteBindAdapterEx(BindContext, Status);
}

/* Opens the AF on a binding the caller claimed (AfState == ClAfOpening). PASSIVE_LEVEL. */
static NDIS_STATUS
ClOpenAf(PCL_BINDING Binding, PCO_ADDRESS_FAMILY AddressFamily)
{
    NDIS_STATUS Status;

    Status = NdisClOpenAddressFamilyEx(Binding->BindingHandle, AddressFamily, Binding, // openaf_under_lock-warning {{'NdisClOpenAddressFamilyEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
                                       &Binding->NdisAfHandle);
    if (Status != NDIS_STATUS_PENDING) {
        ClOpenAfCompleteEx(Binding, Binding->NdisAfHandle, Status); // openaf_under_lock-note 2 {{'ClOpenAfCompleteEx' called here}}
    }
    return Status;
}

VOID
ClAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    BOOLEAN Claimed = FALSE;

    if (AddressFamily->AddressFamily != CO_ADDRESS_FAMILY_Q2931) {
        return;
    }

    NdisAcquireSpinLock(&ClGlobalLock); // openaf_under_lock-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}} openaf_under_lock-note {{'&ClGlobalLock' acquired here by 'NdisAcquireSpinLock'}}
    if (Binding->AfState == ClAfNone && !Binding->Unbinding) {
        Binding->AfState = ClAfOpening;
        Claimed = TRUE;
    }
#ifdef FAULT_OPENAF_UNDER_LOCK
    /* Opens the AF before dropping the lock, so an unbind cannot slip in between. */
    if (Claimed) {
        (VOID)ClOpenAf(Binding, AddressFamily); // openaf_under_lock-note {{'ClOpenAf' called here at DISPATCH_LEVEL}} openaf_under_lock-note 2 {{'ClOpenAf' called here}}
    }
    NdisReleaseSpinLock(&ClGlobalLock); // openaf_under_lock-warning {{'NdisReleaseSpinLock' releases the spin lock '&ClGlobalLock' a second time on this path [SpinLockRelease]}}
#else
    NdisReleaseSpinLock(&ClGlobalLock);
    if (Claimed) {
        (VOID)ClOpenAf(Binding, AddressFamily);
    }
#endif
}

/*
 * Starts closing the AF of a binding: deregister the SAP first; the SAP's
 * completion closes the AF. Callable at IRQL <= DISPATCH_LEVEL.
 */
VOID
ClStartAfTeardown(PCL_BINDING Binding)
{
    NDIS_STATUS Status;
    BOOLEAN Start = FALSE;

    NdisAcquireSpinLock(&ClGlobalLock);
    if (Binding->AfState == ClAfOpen) {
        Binding->AfState = ClAfClosing;
        Start = TRUE;
    }
    NdisReleaseSpinLock(&ClGlobalLock);

    if (!Start) {
        return;
    }
    if (Binding->NdisSapHandle != NULL) {
        Status = NdisClDeregisterSap(Binding->NdisSapHandle); // client_dereg_use-note {{SAP handle given up here by NdisClDeregisterSap}}
        if (Status == NDIS_STATUS_PENDING) {
            return;                         /* ClDeregisterSapComplete goes on */
        }
        Binding->NdisSapHandle = NULL;
    }
    if (Binding->CloseRequested) {
        NdisClNotifyCloseAddressFamilyComplete(Binding->NdisAfHandle, NDIS_STATUS_SUCCESS);
    }
    Status = NdisClCloseAddressFamily(Binding->NdisAfHandle);
    if (Status != NDIS_STATUS_PENDING) {
        Binding->NdisAfHandle = NULL;
        NdisSetEvent(&Binding->AfClosedEvent);
    }
}

NDIS_STATUS
ClUnbindAdapterEx(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    BOOLEAN WaitForAf;
    NDIS_STATUS Status;

    NdisAcquireSpinLock(&ClGlobalLock);
    Binding->Unbinding = TRUE;
    WaitForAf = (Binding->AfState != ClAfNone);
    NdisReleaseSpinLock(&ClGlobalLock);

    if (WaitForAf) {
        ClStartAfTeardown(Binding); // client_dereg_use-note {{'ClStartAfTeardown' called here}}
#ifdef FAULT_CLIENT_DEREG_USE
        /*
         * ClStartAfTeardown does nothing when the call manager's close request got there
         * first: make sure the SAP is gone before waiting for the AF.
         */
        if (Binding->NdisSapHandle != NULL) {
            (VOID)NdisClDeregisterSap(Binding->NdisSapHandle); // client_dereg_use-warning {{SAP handle 'Binding->NdisSapHandle' is passed to 'NdisClDeregisterSap' after it became invalid [SapHandle_InvalidAfterComplete]}}
        }
#endif
        (VOID)NdisWaitEvent(&Binding->AfClosedEvent, 0);
    }

    Binding->BindContext = UnbindContext;
    Status = NdisCloseAdapterEx(Binding->BindingHandle);
    if (Status != NDIS_STATUS_PENDING) {
        ClFreeBinding(Binding);
    }
    return Status;
}

VOID
ClCloseAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    NDIS_HANDLE UnbindContext = Binding->BindContext;

    ClFreeBinding(Binding);
    NdisCompleteUnbindAdapterEx(UnbindContext);
}

NDIS_STATUS
ClNetPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetPnPEventNotification);
    return NDIS_STATUS_SUCCESS;
}

static VOID
ClCoStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
           PNDIS_STATUS_INDICATION StatusIndication)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(StatusIndication);
}

static VOID
ClCoReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                          PNET_BUFFER_LIST NetBufferLists, ULONG NumberOfNetBufferLists,
                          ULONG ReceiveFlags)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
    UNREFERENCED_PARAMETER(ReceiveFlags);
}

static VOID
ClCoSendNetBufferListsComplete(NDIS_HANDLE ProtocolVcContext, PNET_BUFFER_LIST NetBufferLists,
                               ULONG SendCompleteFlags)
{
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(SendCompleteFlags);
}

// expected-no-diagnostics

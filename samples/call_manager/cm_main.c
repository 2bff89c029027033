/*
 * cm_main.c - protocol registration and the binding lifecycle of the sample
 * stand-alone call manager.
 *
 * Bind: open the adapter (possibly pending), then register the address family
 * with NdisCmRegisterAddressFamilyEx, which requires PASSIVE_LEVEL. Unbind: ask
 * the client to close the AF, wait for it, close the adapter.
 */
#include "cm.h"

DRIVER_INITIALIZE DriverEntry;
PROTOCOL_BIND_ADAPTER_EX CmBindAdapterEx;
PROTOCOL_UNBIND_ADAPTER_EX CmUnbindAdapterEx;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX CmOpenAdapterCompleteEx;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX CmCloseAdapterCompleteEx;
PROTOCOL_NET_PNP_EVENT CmNetPnPEvent;
PROTOCOL_UNINSTALL CmUninstall;

/* Registered only through the characteristics struct. */
static NDIS_STATUS CmSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
static VOID CmCoStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                       PNDIS_STATUS_INDICATION StatusIndication);
static VOID CmCoReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext,
                                      NDIS_HANDLE ProtocolVcContext,
                                      PNET_BUFFER_LIST NetBufferLists,
                                      ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
static VOID CmCoSendNetBufferListsComplete(NDIS_HANDLE ProtocolVcContext,
                                           PNET_BUFFER_LIST NetBufferLists,
                                           ULONG SendCompleteFlags);

NDIS_HANDLE CmProtocolHandle = NULL;

static NDIS_MEDIUM CmMediumArray[] = { NdisMediumAtm, NdisMediumCoWan };

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 20;
    Chars.MajorDriverVersion = 1;
    Chars.MinorDriverVersion = 0;
    NdisInitUnicodeString(&Chars.Name, DDK_WIDE("SampleCallManager"));
    Chars.SetOptionsHandler = CmSetOptions;
    Chars.BindAdapterHandlerEx = CmBindAdapterEx;
    Chars.UnbindAdapterHandlerEx = CmUnbindAdapterEx;
    Chars.OpenAdapterCompleteHandlerEx = CmOpenAdapterCompleteEx;
    Chars.CloseAdapterCompleteHandlerEx = CmCloseAdapterCompleteEx;
    Chars.NetPnPEventHandler = CmNetPnPEvent;
    Chars.UninstallHandler = CmUninstall;

    Status = NdisRegisterProtocolDriver(NULL, &Chars, &CmProtocolHandle);
    return (NTSTATUS)Status;
}

static NDIS_STATUS
CmSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_CO_CHARACTERISTICS CoChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_CO_PROTOCOL_CHARACTERISTICS,
            .Revision = NDIS_PROTOCOL_CO_CHARACTERISTICS_REVISION_1,
            .Size = NDIS_SIZEOF_PROTOCOL_CO_CHARACTERISTICS_REVISION_1,
        },
        .CoStatusHandlerEx = CmCoStatus,
        .CoReceiveNetBufferListsHandler = CmCoReceiveNetBufferLists,
        .CoSendNetBufferListsCompleteHandler = CmCoSendNetBufferListsComplete,
    };

    UNREFERENCED_PARAMETER(DriverContext);

    Status = NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&CoChars);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }
    return CmpRegisterCallManagerHandlers(NdisDriverHandle);
}

static VOID
CmFreeBinding(PCM_BINDING Binding)
{
    CmpFreeBindingSaps(Binding);
    NdisFreeSpinLock(&Binding->Lock);
    NdisFreeMemoryWithTagPriority(CmProtocolHandle, Binding, CM_TAG);
}

/* Registers the address family on an open binding. PASSIVE_LEVEL only. */
static NDIS_STATUS
CmpRegisterAf(PCM_BINDING Binding)
{
    NDIS_STATUS Status;
    CO_ADDRESS_FAMILY Af;
#ifdef FAULT_RAISED_REGION
    KIRQL OldIrql;
#endif

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    Af.MinorVersion = 1;

#ifdef FAULT_RAISED_REGION
    /*
     * Keeps the SAP timer, which runs at DISPATCH_LEVEL on this processor,
     * from seeing a half-registered AF.
     */
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql); // raised_region-note {{IRQL raised to DISPATCH_LEVEL by KeRaiseIrql here}}
    Binding->AfRegistering = TRUE;
    Status = NdisCmRegisterAddressFamilyEx(Binding->BindingHandle, &Af); // raised_region-warning {{'NdisCmRegisterAddressFamilyEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_CallManager_Function]}}
    Binding->AfRegistering = FALSE;
    KeLowerIrql(OldIrql);
#else
    Binding->AfRegistering = TRUE;
    Status = NdisCmRegisterAddressFamilyEx(Binding->BindingHandle, &Af);
    Binding->AfRegistering = FALSE;
#endif

    if (Status == NDIS_STATUS_SUCCESS) {
        Binding->AfRegistered = TRUE;
    }
    return Status;
}

/* Second half of the bind, after NdisOpenAdapterEx completed. PASSIVE_LEVEL. */
static NDIS_STATUS
CmpBindingOpened(PCM_BINDING Binding, NDIS_STATUS OpenStatus)
{
    NDIS_STATUS Status;

    if (OpenStatus != NDIS_STATUS_SUCCESS) {
        CmFreeBinding(Binding);
        return OpenStatus;
    }

    Status = CmpRegisterAf(Binding);
    if (Status != NDIS_STATUS_SUCCESS) {
        /* The binding stays usable for OIDs; clients just see no AF on it. */
        Binding->AfRegistered = FALSE;
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
CmBindAdapterEx(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                PNDIS_BIND_PARAMETERS BindParameters)
{
    PCM_BINDING Binding;
    NDIS_OPEN_PARAMETERS OpenParams;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    Binding = NdisAllocateMemoryWithTagPriority(CmProtocolHandle, sizeof(*Binding), CM_TAG,
                                                NormalPoolPriority);
    if (Binding == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Binding, sizeof(*Binding));
    Binding->BindContext = BindContext;
    NdisAllocateSpinLock(&Binding->Lock);
    InitializeListHead(&Binding->SapList);
    NdisInitializeEvent(&Binding->AfClosedEvent);

    Status = CmpInitBindingSaps(Binding);
    if (Status != NDIS_STATUS_SUCCESS) {
        CmFreeBinding(Binding);
        return Status;
    }

    NdisZeroMemory(&OpenParams, sizeof(OpenParams));
    OpenParams.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    OpenParams.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    OpenParams.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    OpenParams.AdapterName = BindParameters->AdapterName;
    OpenParams.MediumArray = CmMediumArray;
    OpenParams.MediumArraySize = sizeof(CmMediumArray) / sizeof(CmMediumArray[0]);
    OpenParams.SelectedMediumIndex = &Binding->SelectedMediumIndex;

    Status = NdisOpenAdapterEx(CmProtocolHandle, Binding, &OpenParams, BindContext,
                               &Binding->BindingHandle);
    if (Status == NDIS_STATUS_PENDING) {
        return NDIS_STATUS_PENDING;         /* CmOpenAdapterCompleteEx finishes the bind */
    }
    return CmpBindingOpened(Binding, Status);
}

VOID
CmOpenAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PCM_BINDING Binding = (PCM_BINDING)ProtocolBindingContext;
    NDIS_HANDLE BindContext = Binding->BindContext;

    Status = CmpBindingOpened(Binding, Status);
    NdisCompleteBindAdapterEx(BindContext, Status);
}

NDIS_STATUS
CmUnbindAdapterEx(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PCM_BINDING Binding = (PCM_BINDING)ProtocolBindingContext;
    BOOLEAN AfOpen;
    NDIS_STATUS Status;

    NdisAcquireSpinLock(&Binding->Lock);
    AfOpen = Binding->AfOpen;
    NdisReleaseSpinLock(&Binding->Lock);

    if (AfOpen) {
        /* The client closes the AF; CmCloseAf signals the event. */
        Status = NdisCmNotifyCloseAddressFamily(Binding->NdisAfHandle);
        if (Status == NDIS_STATUS_PENDING || Status == NDIS_STATUS_SUCCESS) {
            (VOID)NdisWaitEvent(&Binding->AfClosedEvent, 0);
        }
    }

    Binding->BindContext = UnbindContext;
    Status = NdisCloseAdapterEx(Binding->BindingHandle);
    if (Status == NDIS_STATUS_PENDING) {
        return NDIS_STATUS_PENDING;         /* CmCloseAdapterCompleteEx finishes the unbind */
    }
    CmFreeBinding(Binding);
    return Status;
}

VOID
CmCloseAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext)
{
    PCM_BINDING Binding = (PCM_BINDING)ProtocolBindingContext;
    NDIS_HANDLE UnbindContext = Binding->BindContext;

    CmFreeBinding(Binding);
    NdisCompleteUnbindAdapterEx(UnbindContext);
}

NDIS_STATUS
CmNetPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetPnPEventNotification);
    return NDIS_STATUS_SUCCESS;
}

VOID
CmUninstall(VOID)
{
}

static VOID
CmCoStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
           PNDIS_STATUS_INDICATION StatusIndication)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(StatusIndication);
}

static VOID
CmCoReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
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
CmCoSendNetBufferListsComplete(NDIS_HANDLE ProtocolVcContext, PNET_BUFFER_LIST NetBufferLists,
                               ULONG SendCompleteFlags)
{
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(SendCompleteFlags);
}

// expected-no-diagnostics

/*
 * flt_main.c - registration, attach and detach, pause and restart, PnP and status forwarding of
 * the NDIS 6 lightweight filter sample.
 *
 * FilterRestart pends: the settle timer (DISPATCH_LEVEL) fires 100 ms later and queues the work
 * item, which completes the restart with NdisFRestartComplete at PASSIVE_LEVEL. FilterPause pends
 * while sends are outstanding; the data path completes it (flt_data.c).
 */
#include "flt.h"

// expected-no-diagnostics

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FltUnload;
FILTER_ATTACH FltAttach;
FILTER_DETACH FltDetach;
FILTER_RESTART FltRestart;
FILTER_PAUSE FltPause;
FILTER_NET_PNP_EVENT FltNetPnPEvent;
FILTER_DEVICE_PNP_EVENT_NOTIFY FltDevicePnPEventNotify;
FILTER_STATUS FltStatus;
FILTER_SET_MODULE_OPTIONS FltSetModuleOptions;
NDIS_TIMER_FUNCTION FltSettleTimer; // restart_in_timer-note {{'FltSettleTimer' runs at DISPATCH_LEVEL as an NDIS_TIMER_FUNCTION callback}}
NDIS_IO_WORKITEM_FUNCTION FltRestartWorker;

NDIS_HANDLE FltDriverHandle = NULL;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_FILTER_DRIVER_CHARACTERISTICS Chars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS,
            .Revision = NDIS_FILTER_CHARACTERISTICS_REVISION_1,
            .Size = NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1,
        },
        .MajorNdisVersion = 6,
        .MinorNdisVersion = 20,
        .MajorDriverVersion = 1,
        .SetFilterModuleOptionsHandler = FltSetModuleOptions,
        .AttachHandler = FltAttach,
        .DetachHandler = FltDetach,
        .RestartHandler = FltRestart,
        .PauseHandler = FltPause,
        .SendNetBufferListsHandler = FltSendNetBufferLists,
        .SendNetBufferListsCompleteHandler = FltSendNetBufferListsComplete,
        .CancelSendNetBufferListsHandler = FltCancelSendNetBufferLists,
        .ReceiveNetBufferListsHandler = FltReceiveNetBufferLists,
        .ReturnNetBufferListsHandler = FltReturnNetBufferLists,
        .DevicePnPEventNotifyHandler = FltDevicePnPEventNotify,
        .NetPnPEventHandler = FltNetPnPEvent,
        .StatusHandler = FltStatus,
    };

    UNREFERENCED_PARAMETER(RegistryPath);
    NdisInitUnicodeString(&Chars.FriendlyName, DDK_WIDE("Sample EtherType Filter"));
    NdisInitUnicodeString(&Chars.UniqueName, DDK_WIDE("{5cbf81bd-5055-47cd-9055-a76b2b4e3697}"));
    NdisInitUnicodeString(&Chars.ServiceName, DDK_WIDE("SampleFlt"));

    DriverObject->DriverUnload = FltUnload;
    Status = NdisFRegisterFilterDriver(DriverObject, NULL, &Chars, &FltDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        FltDriverHandle = NULL;
    return (NTSTATUS)Status;
}

VOID
FltUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (FltDriverHandle != NULL)
        NdisFDeregisterFilterDriver(FltDriverHandle);
    FltDriverHandle = NULL;
}

static VOID
FltFreeModule(PFLT_MODULE Module)
{
    if (Module->WorkItem != NULL)
        NdisFreeIoWorkItem(Module->WorkItem);
    if (Module->SettleTimer != NULL)
        NdisFreeTimerObject(Module->SettleTimer);
    NdisFreeSpinLock(&Module->Lock);
    NdisFreeMemory(Module, sizeof(*Module), 0);
}

NDIS_STATUS
FltAttach(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext, PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters)
{
    PFLT_MODULE Module;
    NDIS_STATUS Status;
    NDIS_FILTER_ATTRIBUTES Attributes;
    NDIS_TIMER_CHARACTERISTICS Timer;

    UNREFERENCED_PARAMETER(FilterDriverContext);
    if (AttachParameters->MiniportMediaType != NdisMedium802_3)
        return NDIS_STATUS_INVALID_PARAMETER;
    Module = NdisAllocateMemoryWithTagPriority(NdisFilterHandle, sizeof(*Module), FLT_TAG, NormalPoolPriority);
    if (Module == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Module, sizeof(*Module));
    Module->FilterHandle = NdisFilterHandle;
    Module->State = FltPaused;
    NdisAllocateSpinLock(&Module->Lock);

    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = FLT_TAG;
    Timer.TimerFunction = FltSettleTimer;
    Timer.FunctionContext = Module;
    Status = NdisAllocateTimerObject(FltDriverHandle, &Timer, &Module->SettleTimer);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    Module->WorkItem = NdisAllocateIoWorkItem(NdisFilterHandle);
    if (Module->WorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.Header.Type = NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES;
    Attributes.Header.Revision = NDIS_FILTER_ATTRIBUTES_REVISION_1;
    Attributes.Header.Size = NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1;
    Status = NdisFSetAttributes(NdisFilterHandle, Module, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    return NDIS_STATUS_SUCCESS;

fail:
    FltFreeModule(Module);
    return Status;
}

VOID
FltDetach(NDIS_HANDLE FilterModuleContext)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    /* NDIS detaches a paused module only: the timer and the work item are idle */
    Module->State = FltDetached;
    FltFreeModule(Module);
}

NDIS_STATUS
FltSetModuleOptions(NDIS_HANDLE FilterModuleContext)
{
    UNREFERENCED_PARAMETER(FilterModuleContext);
    return NDIS_STATUS_SUCCESS;
}

/* Ends the restart the settle timer let through; PASSIVE_LEVEL only (NdisFRestartComplete). */
static VOID
FltFinishRestart(PFLT_MODULE Module)
{
    NDIS_STATUS Status;

    NdisAcquireSpinLock(&Module->Lock);
    Status = Module->RestartStatus;
    Module->State = Status == NDIS_STATUS_SUCCESS ? FltRunning : FltPaused;
    NdisReleaseSpinLock(&Module->Lock);
    // restart_in_timer-warning@+1 {{'NdisFRestartComplete' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Filter_Driver_Function]}}
    NdisFRestartComplete(Module->FilterHandle, Status);
}

VOID
FltRestartWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    FltFinishRestart((PFLT_MODULE)WorkItemContext);
}

VOID
FltSettleTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PFLT_MODULE Module = (PFLT_MODULE)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
#ifdef FAULT_RESTART_IN_TIMER
    /* "the timer already waited: finish the restart right here" */
    FltFinishRestart(Module); // restart_in_timer-note {{'FltFinishRestart' called here at DISPATCH_LEVEL}}
#else
    NdisQueueIoWorkItem(Module->WorkItem, FltRestartWorker, Module);
#endif
}

NDIS_STATUS
FltRestart(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    LARGE_INTEGER Due;

    NdisAcquireSpinLock(&Module->Lock);
    Module->State = FltRestarting;
    Module->RestartStatus =
        RestartParameters->MiniportMediaType == NdisMedium802_3 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_NOT_SUPPORTED;
    NdisReleaseSpinLock(&Module->Lock);
    Due.QuadPart = -1000000; /* give the miniport below 100 ms to settle */
    NdisSetTimerObject(Module->SettleTimer, Due, 0, Module);
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS
FltPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Module->Lock);
    if (Module->SendsOutstanding == 0) {
        Module->State = FltPaused;
        Status = NDIS_STATUS_SUCCESS;
    } else {
#ifdef FAULT_PAUSE_REFUSED
        /* "NDIS retries a pause that is refused while sends are in flight" */
        Status = NDIS_STATUS_FAILURE; // pause_refused-warning {{'FltPause' returns NDIS_STATUS_FAILURE; a FILTER_PAUSE callback cannot fail the pause and returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [FilterPause_Return]}}
#else
        Module->State = FltPausing; /* the last send completion calls NdisFPauseComplete */
        Status = NDIS_STATUS_PENDING;
#endif
    }
    NdisReleaseSpinLock(&Module->Lock);
    return Status; // pause_refused-note {{'FltPause' returns NDIS_STATUS_FAILURE here}}
}

NDIS_STATUS
FltNetPnPEvent(NDIS_HANDLE FilterModuleContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    NDIS_STATUS Status;

#ifdef FAULT_NETPNP_UNDER_LOCK
    /* "hold the module lock across the forward so a restart cannot interleave" */
    NdisAcquireSpinLock(&Module->Lock); // netpnp_under_lock-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Status = NdisFNetPnPEvent(Module->FilterHandle, NetPnPEventNotification); // netpnp_under_lock-warning {{'NdisFNetPnPEvent' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Filter_Driver_Function]}}
    NdisReleaseSpinLock(&Module->Lock);
#else
    Status = NdisFNetPnPEvent(Module->FilterHandle, NetPnPEventNotification);
#endif
    return Status;
}

VOID
FltDevicePnPEventNotify(NDIS_HANDLE FilterModuleContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    NdisFDevicePnPEventNotify(Module->FilterHandle, NetDevicePnPEvent);
}

VOID
FltStatus(NDIS_HANDLE FilterModuleContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    NdisFIndicateStatus(Module->FilterHandle, StatusIndication);
}

/*
 * mcm_main.c - driver entry, adapter initialization and teardown, link watchdog.
 *
 * MiniportInitializeEx allocates the adapter, registers the interrupt, starts a
 * watchdog timer and registers the address family of the integrated call manager.
 * When the link stays down, the watchdog asks the client to close the address
 * family; NdisMCmNotifyCloseAddressFamily needs PASSIVE_LEVEL, so the timer
 * defers it to an NDIS I/O work item.
 */
#include "mcm.h"

DRIVER_INITIALIZE DriverEntry;
MINIPORT_SET_OPTIONS McmSetOptions;
MINIPORT_INITIALIZE McmInitializeEx;
MINIPORT_HALT McmHaltEx;
MINIPORT_UNLOAD McmUnload;
MINIPORT_PAUSE McmPause;
MINIPORT_RESTART McmRestart;
MINIPORT_OID_REQUEST McmOidRequest;
MINIPORT_SHUTDOWN McmShutdownEx;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY McmDevicePnPEventNotify;
MINIPORT_CANCEL_OID_REQUEST McmCancelOidRequest;

NDIS_HANDLE McmDriverHandle = NULL;

/* Link state as seen by the watchdog; McmHwRegs stands in for the mapped registers. */
static MCM_HW_REGS McmHwRegs;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS,
            .Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
            .Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
        },
        .MajorNdisVersion = 6,
        .MinorNdisVersion = 20,
        .MajorDriverVersion = 1,
        .MinorDriverVersion = 0,
        .SetOptionsHandler = McmSetOptions,
        .InitializeHandlerEx = McmInitializeEx,
        .HaltHandlerEx = McmHaltEx,
        .UnloadHandler = McmUnload,
        .PauseHandler = McmPause,
        .RestartHandler = McmRestart,
        .OidRequestHandler = McmOidRequest,
        .ShutdownHandlerEx = McmShutdownEx,
        .DevicePnPEventNotifyHandler = McmDevicePnPEventNotify,
        .CancelOidRequestHandler = McmCancelOidRequest,
    };

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                         &McmDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        McmDriverHandle = NULL;
    }
    return (NTSTATUS)Status;
}

NDIS_STATUS
McmSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    UNREFERENCED_PARAMETER(DriverContext);

    /* The call-manager and connection-oriented handlers are optional handlers. */
    return McmRegisterCallManager(NdisDriverHandle);
}

static VOID
McmFreeAdapter(PMCM_ADAPTER Adapter)
{
    if (Adapter->CloseAfWorkItem != NULL) {
        NdisFreeIoWorkItem(Adapter->CloseAfWorkItem);
    }
    if (Adapter->WatchdogTimer != NULL) {
        NdisFreeTimerObject(Adapter->WatchdogTimer);
    }
    if (Adapter->InterruptHandle != NULL) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    }
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemoryWithTagPriority(McmDriverHandle, Adapter, MCM_TAG);
}

NDIS_STATUS
McmInitializeEx(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;
    PMCM_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegAttrs;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT,
            .Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1,
            .Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1,
        },
        // isr_dispatch-note@+2 {{'McmIsr' runs at DIRQL as a MINIPORT_ISR callback}}
        // isr_status-note@+1 {{'McmIsr' runs at DIRQL as a MINIPORT_ISR callback}}
        .InterruptHandler = McmIsr,
        .InterruptDpcHandler = McmInterruptDpc,
        .DisableInterruptHandler = McmDisableInterrupt,
        .EnableInterruptHandler = McmEnableInterrupt,
    };
    NDIS_TIMER_CHARACTERISTICS TimerChars;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    Adapter = NdisAllocateMemoryWithTagPriority(NdisMiniportHandle, sizeof(*Adapter), MCM_TAG,
                                                NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(*Adapter));
    Adapter->MiniportAdapterHandle = NdisMiniportHandle;
    Adapter->Regs = &McmHwRegs;
    NdisAllocateSpinLock(&Adapter->Lock);
    InitializeListHead(&Adapter->SapList);

    NdisZeroMemory(&RegAttrs, sizeof(RegAttrs));
    RegAttrs.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    RegAttrs.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.MiniportAdapterContext = Adapter;
    RegAttrs.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE;
    RegAttrs.CheckForHangTimeInSeconds = 0;
    RegAttrs.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(NdisMiniportHandle,
                                        (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&RegAttrs);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }

    Status = NdisMRegisterInterruptEx(NdisMiniportHandle, Adapter, &IntChars,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        Adapter->InterruptHandle = NULL;
        goto fail;
    }

    NdisZeroMemory(&TimerChars, sizeof(TimerChars));
    TimerChars.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    TimerChars.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.AllocationTag = MCM_TAG;
    // timer_passive_ddi-note@+1 {{'McmWatchdogTimer' runs at DISPATCH_LEVEL as an NDIS_TIMER_FUNCTION callback}}
    TimerChars.TimerFunction = McmWatchdogTimer;
    TimerChars.FunctionContext = Adapter;
    Status = NdisAllocateTimerObject(NdisMiniportHandle, &TimerChars, &Adapter->WatchdogTimer);
    if (Status != NDIS_STATUS_SUCCESS) {
        Adapter->WatchdogTimer = NULL;
        goto fail;
    }

    Adapter->CloseAfWorkItem = NdisAllocateIoWorkItem(NdisMiniportHandle);
    if (Adapter->CloseAfWorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }

    /* Interrupts are live: the client may open the AF as soon as it is registered. */
    Adapter->Regs->IntMask = MCM_INT_SETUP_RECEIVED | MCM_INT_LINK_CHANGE | MCM_INT_SAP_DONE;

    Status = McmRegisterAddressFamily(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }

    {
        LARGE_INTEGER DueTime;
        DueTime.QuadPart = -10000LL * MCM_WATCHDOG_MS;
        NdisSetTimerObject(Adapter->WatchdogTimer, DueTime, MCM_WATCHDOG_MS, Adapter);
    }
    return NDIS_STATUS_SUCCESS;

fail:
    Adapter->Regs->IntMask = 0;
    McmFreeAdapter(Adapter);
    return Status;
}

VOID
McmHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);

    Adapter->Regs->IntMask = 0;
    NdisCancelTimerObject(Adapter->WatchdogTimer);
    McmFreeAdapter(Adapter);
}

VOID
McmUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    NdisMDeregisterMiniportDriver(McmDriverHandle);
}

NDIS_STATUS
McmPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(PauseParameters);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
McmRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RestartParameters);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
McmOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(OidRequest);
    return NDIS_STATUS_NOT_SUPPORTED;
}

VOID
McmCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

VOID
McmShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    Adapter->Regs->IntMask = 0;
}

VOID
McmDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetDevicePnPEvent);
}

/*
 * Masks the link interrupt, restarts link training on the PHY and waits for it to
 * settle, then unmasks it: PASSIVE_LEVEL only. The work item that closes the AF calls
 * it. The other interrupts (SAP completions among them) stay enabled.
 */
_IRQL_requires_(PASSIVE_LEVEL) // annotated_helper-note {{'McmRetrainLink' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
static VOID
McmRetrainLink(_In_ PMCM_ADAPTER Adapter)
{
    ULONG Mask = Adapter->Regs->IntMask;

    Adapter->Regs->IntMask = Mask & ~(ULONG)MCM_INT_LINK_CHANGE;
    Adapter->Regs->IntMask = Mask;
}

/*
 * Runs every MCM_WATCHDOG_MS. After MCM_LINK_LOSS_LIMIT ticks without link the
 * address family is useless; the client is asked to close it.
 */
VOID
McmWatchdogTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                 PVOID SystemSpecific3)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)FunctionContext;
    BOOLEAN NotifyClose = FALSE;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisAcquireSpinLock(&Adapter->Lock); // annotated_helper-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (Adapter->Regs->LinkUp) {
        Adapter->LinkLossTicks = 0;
    } else if (++Adapter->LinkLossTicks >= MCM_LINK_LOSS_LIMIT && Adapter->AfOpen &&
               !Adapter->CloseAfQueued) {
        Adapter->CloseAfQueued = TRUE;
        NotifyClose = TRUE;
    }
#ifdef FAULT_ANNOTATED_HELPER
    /* Retrains the PHY on the first lost tick, with the lock held, instead of from the work item. */
    else if (Adapter->LinkLossTicks == 1)
        McmRetrainLink(Adapter); // annotated_helper-warning {{'McmRetrainLink' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
#endif
    NdisReleaseSpinLock(&Adapter->Lock);

    if (NotifyClose) {
#ifdef FAULT_TIMER_PASSIVE_DDI
        /* Tells the client right here instead of deferring to the work item. */
        NDIS_STATUS Status = NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle); // timer_passive_ddi-warning {{'NdisMCmNotifyCloseAddressFamily' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_MCM_Function]}}
        if (Status != NDIS_STATUS_PENDING) {
            Adapter->CloseAfQueued = FALSE;
        }
#else
        NdisQueueIoWorkItem(Adapter->CloseAfWorkItem, McmCloseAfWorkItem, Adapter);
#endif
    }
}

/* NDIS_IO_WORKITEM_FUNCTION: runs at PASSIVE_LEVEL. */
VOID
McmCloseAfWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)WorkItemContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    McmRetrainLink(Adapter);
    Status = NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle);
    if (Status != NDIS_STATUS_PENDING) {
        /* The client closed it synchronously, or the AF was already going away. */
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->CloseAfQueued = FALSE;
        NdisReleaseSpinLock(&Adapter->Lock);
    }
}

// expected-no-diagnostics

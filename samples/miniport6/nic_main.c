/*
 * nic_main.c - driver entry, adapter initialization and teardown, pause/restart, reset, OID
 * requests and the watchdog of the NDIS 6 Ethernet miniport sample.
 *
 * MiniportInitializeEx maps the registers, allocates the receive ring in shared memory, registers
 * scatter/gather DMA and the interrupt, and allocates the watchdog timer, a work item and the
 * receive NBL pool. MiniportHaltEx undoes all of it; MiniportShutdownEx only quiesces the chip.
 */
#include "nic.h"

// expected-no-diagnostics

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE NicInitializeEx;
MINIPORT_HALT NicHaltEx;
MINIPORT_UNLOAD NicUnload;
MINIPORT_PAUSE NicPause;
MINIPORT_RESTART NicRestart;
// reset_map-note@+2 {{'NicResetEx' runs at IRQL <= DISPATCH_LEVEL as a MINIPORT_RESET callback}}
// reset_map-note@+1 {{'NicResetEx' runs as a MINIPORT_RESET callback}}
MINIPORT_RESET NicResetEx;
MINIPORT_OID_REQUEST NicOidRequest; // oid_pnp_event-note {{'NicOidRequest' runs as a MINIPORT_OID_REQUEST callback}}
MINIPORT_CANCEL_OID_REQUEST NicCancelOidRequest;
// shutdown_free-note@+2 {{'NicShutdownEx' runs at IRQL <= HIGH_LEVEL as a MINIPORT_SHUTDOWN callback}}
// shutdown_free-note@+1 {{'NicShutdownEx' runs as a MINIPORT_SHUTDOWN callback}}
MINIPORT_SHUTDOWN NicShutdownEx;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY NicDevicePnPEventNotify;

NDIS_HANDLE NicDriverHandle = NULL;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 20;
    Chars.MajorDriverVersion = 1;
    Chars.InitializeHandlerEx = NicInitializeEx;
    Chars.HaltHandlerEx = NicHaltEx;
    Chars.UnloadHandler = NicUnload;
    Chars.PauseHandler = NicPause;
    Chars.RestartHandler = NicRestart;
    Chars.ResetHandlerEx = NicResetEx;
    Chars.OidRequestHandler = NicOidRequest;
    Chars.CancelOidRequestHandler = NicCancelOidRequest;
    Chars.SendNetBufferListsHandler = NicSendNetBufferLists;
    Chars.ReturnNetBufferListsHandler = NicReturnNetBufferLists;
    Chars.CancelSendHandler = NicCancelSend;
    Chars.ShutdownHandlerEx = NicShutdownEx;
    Chars.DevicePnPEventNotifyHandler = NicDevicePnPEventNotify;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &NicDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        NicDriverHandle = NULL;
    return (NTSTATUS)Status;
}

VOID
NicUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (NicDriverHandle != NULL)
        NdisMDeregisterMiniportDriver(NicDriverHandle);
    NicDriverHandle = NULL;
}

/* Maps the register window NDIS assigned; MiniportInitializeEx only (NdisMMapIoSpace). */
static NDIS_STATUS
NicMapRegisters(PNIC_ADAPTER Adapter)
{
    // reset_map-warning@+2 {{'NdisMMapIoSpace' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Miniport_Driver_Function]}}
    // reset_map-warning@+1 {{'NdisMMapIoSpace' is called in the MINIPORT_RESET callback 'NicResetEx', but it may only be called in the context of MiniportInitializeEx [NdisMMapIoSpace]}}
    return NdisMMapIoSpace((PVOID *)&Adapter->Regs, Adapter->MiniportHandle, Adapter->RegsPa, NIC_REGS_BYTES);
}

static VOID
NicFreeRing(PNIC_ADAPTER Adapter)
{
    if (Adapter->RingVa != NULL) {
        // shutdown_free-warning@+2 {{'NdisMFreeSharedMemory' may be called at HIGH_LEVEL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Miniport_Driver_Function]}}
        // shutdown_free-warning@+1 {{'NdisMFreeSharedMemory' is called in the MINIPORT_SHUTDOWN callback 'NicShutdownEx'; shared memory must not be freed on shutdown [NdisMFreeSharedMemory]}}
        NdisMFreeSharedMemory(Adapter->MiniportHandle, NIC_RING_BYTES, FALSE, Adapter->RingVa, Adapter->RingPa);
        Adapter->RingVa = NULL;
    }
}

/* Everything MiniportInitializeEx may have set up, in reverse order. PASSIVE_LEVEL. */
static VOID
NicFreeAdapter(PNIC_ADAPTER Adapter)
{
    if (Adapter->RecvSpare != NULL)
        NdisFreeNetBufferList(Adapter->RecvSpare);
    if (Adapter->RecvNblPool != NULL)
        NdisFreeNetBufferListPool(Adapter->RecvNblPool);
    if (Adapter->WorkItem != NULL)
        NdisFreeIoWorkItem(Adapter->WorkItem);
    if (Adapter->WatchdogTimer != NULL)
        NdisFreeTimerObject(Adapter->WatchdogTimer);
    if (Adapter->InterruptRegistered)
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    if (Adapter->DmaRegistered)
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    NicFreeRing(Adapter);
    if (Adapter->Regs != NULL)
        NdisMUnmapIoSpace(Adapter->MiniportHandle, Adapter->Regs, NIC_REGS_BYTES);
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemory(Adapter, sizeof(*Adapter), 0);
}

NDIS_STATUS
NicInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    PNIC_ADAPTER Adapter;
    NDIS_STATUS Status;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Reg;
    NDIS_SG_DMA_DESCRIPTION Dma;
    NDIS_TIMER_CHARACTERISTICS Timer;
    NET_BUFFER_LIST_POOL_PARAMETERS Pool;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
#ifdef FAULT_UNTAGGED_ALLOC
    /* "the tag is only for the debugger" */
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(*Adapter), 0, NormalPoolPriority); // untagged_alloc-warning {{'NdisAllocateMemoryWithTagPriority' is given 0 as its Tag; each allocation needs a nonzero pool tag [NdisAllocateMemoryWithTagPriority]}}
#else
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(*Adapter), NIC_TAG, NormalPoolPriority);
#endif
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(*Adapter));
    Adapter->MiniportHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&Adapter->Lock);
    NdisInitializeEvent(&Adapter->SendsDrained);

    NdisZeroMemory(&Reg, sizeof(Reg));
    Reg.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Reg.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.MiniportAdapterContext = Adapter;
    Reg.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    Reg.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Reg);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;

    Status = NicMapRegisters(Adapter);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    NdisMAllocateSharedMemory(MiniportAdapterHandle, NIC_RING_BYTES, FALSE, &Adapter->RingVa, &Adapter->RingPa);
    if (Adapter->RingVa == NULL) {
        NdisWriteErrorLogEntry(MiniportAdapterHandle, NDIS_ERROR_CODE_OUT_OF_RESOURCES, 1, NIC_RING_BYTES);
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }

    NdisZeroMemory(&Dma, sizeof(Dma));
    Dma.Header.Type = NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION;
    Dma.Header.Revision = NDIS_SG_DMA_DESCRIPTION_REVISION_1;
    Dma.Header.Size = NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1;
    Dma.Flags = NDIS_SG_DMA_64_BIT_ADDRESS;
    Dma.MaximumPhysicalMapping = 1514;
    Dma.ProcessSGListHandler = NicProcessSGList;
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Adapter->DmaHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    Adapter->DmaRegistered = TRUE;

    Status = NicRegisterInterrupt(Adapter);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    Adapter->InterruptRegistered = TRUE;

    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = NIC_TAG;
    Timer.TimerFunction = NicWatchdog;
    Timer.FunctionContext = Adapter;
    Status = NdisAllocateTimerObject(NicDriverHandle, &Timer, &Adapter->WatchdogTimer);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    Adapter->WorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (Adapter->WorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }

    NdisZeroMemory(&Pool, sizeof(Pool));
    Pool.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Pool.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    Pool.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    Pool.fAllocateNetBuffer = TRUE;
    Pool.PoolTag = NIC_TAG;
    Adapter->RecvNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Pool);
    if (Adapter->RecvNblPool == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }
    Adapter->Regs->InterruptMask = NIC_INT_RECV | NIC_INT_SEND | NIC_INT_LINK | NIC_INT_CMD;
    return NDIS_STATUS_SUCCESS;

fail:
    NicFreeAdapter(Adapter);
    return Status;
}

VOID
NicHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisCancelTimerObject(Adapter->WatchdogTimer);
    Adapter->Regs->InterruptMask = 0;
    Adapter->Regs->Control = 0;
    NicFreeAdapter(Adapter);
}

VOID
NicShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    /* Only quiesce the chip: NDIS may call this at HIGH_LEVEL on a bug check. */
    Adapter->Regs->InterruptMask = 0;
    Adapter->Regs->Control = 0;
#ifdef FAULT_SHUTDOWN_FREE
    /* "leave no DMA memory behind at shutdown" */
    // shutdown_free-note@+2 {{'NicFreeRing' called here at HIGH_LEVEL}}
    // shutdown_free-note@+1 {{'NicFreeRing' called here}}
    NicFreeRing(Adapter);
#endif
}

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    BOOLEAN Wait;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Adapter->Lock); // pause_wait_locked-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Adapter->Paused = TRUE; /* the send handler fails new sends from now on */
    Wait = Adapter->SendsPending > 0;
    if (Wait)
        NdisResetEvent(&Adapter->SendsDrained);
#ifdef FAULT_PAUSE_WAIT_LOCKED
    /* "keep the queue stable while we wait" */
    if (Wait)
        NdisWaitEvent(&Adapter->SendsDrained, 0); // pause_wait_locked-warning {{'NdisWaitEvent' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Miscellaneous_Function]}}
    Wait = FALSE;
#endif
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Wait)
        NdisWaitEvent(&Adapter->SendsDrained, 0);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NicRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Paused = FALSE;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NicResetEx(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
#ifdef FAULT_RESET_MAP
    /* a reset after a surprise-removal race: "the register window may be stale", map it again */
    // reset_map-note@+2 {{'NicMapRegisters' called here at DISPATCH_LEVEL}}
    // reset_map-note@+1 {{'NicMapRegisters' called here}}
    if (Adapter->SurpriseRemoved && NicMapRegisters(Adapter) != NDIS_STATUS_SUCCESS)
        return NDIS_STATUS_HARD_ERRORS;
#endif
    NdisAcquireSpinLock(&Adapter->Lock); // reset_sleep-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Adapter->Regs->Control = 1; /* reset the transmit and receive engines */
#ifdef FAULT_RESET_SLEEP
    /* the chip needs 100 us to come out of reset */
    NdisMSleep(100); // reset_sleep-warning {{'NdisMSleep' is called at DISPATCH_LEVEL, but it requires IRQL <= APC_LEVEL [Irql_Miniport_Driver_Function]}}
#elif defined(FAULT_RESET_STALL)
    /* the chip needs 100 us to come out of reset, in one stall */
    NdisStallExecution(NIC_RESET_US); // reset_stall-warning {{'NdisStallExecution' is asked to stall for 100 microseconds, more than 50; the processor busy-waits all that time [NdisStallExecution_Delay]}}
#else
    /* the chip needs 100 us to come out of reset: two stalls of at most 50 us each */
    NdisStallExecution(NIC_RESET_US / 2);
    NdisStallExecution(NIC_RESET_US / 2);
#endif
    Adapter->Regs->Control = 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

/* Raises a reconfiguration event for the protocols above; PASSIVE_LEVEL, no OID request in progress. */
static VOID
NicAnnounceReconfigure(PNIC_ADAPTER Adapter)
{
    NET_PNP_EVENT_NOTIFICATION Event;

    NdisZeroMemory(&Event, sizeof(Event));
    Event.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Event.Header.Revision = NET_PNP_EVENT_NOTIFICATION_REVISION_1;
    Event.Header.Size = NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_1;
    Event.NetPnPEvent.NetEvent = NetEventReconfigure;
    NdisMNetPnPEvent(Adapter->MiniportHandle, &Event); // oid_pnp_event-warning {{'NdisMNetPnPEvent' is called in the MINIPORT_OID_REQUEST callback 'NicOidRequest' while it processes an OID request [NdisMNetPnPEventInOIDRequest]}}
}

VOID
NicWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NicAnnounceReconfigure(Adapter);
}

NDIS_STATUS
NicOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType != NdisRequestSetInformation)
        return NDIS_STATUS_NOT_SUPPORTED;
    switch (OidRequest->DATA.SET_INFORMATION.Oid) {
    case OID_GEN_CURRENT_PACKET_FILTER:
        if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG))
            return NDIS_STATUS_INVALID_LENGTH;
        Adapter->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
#ifdef FAULT_OID_PNP_EVENT
        /* tell the protocols right away */
        NicAnnounceReconfigure(Adapter); // oid_pnp_event-note {{'NicAnnounceReconfigure' called here}}
#else
        NdisQueueIoWorkItem(Adapter->WorkItem, NicWorker, Adapter); /* after this request */
#endif
        return NDIS_STATUS_SUCCESS;
    case OID_GEN_CURRENT_LOOKAHEAD:
        /* the firmware applies it and interrupts with NIC_INT_CMD; the DPC completes the request */
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->PendingOid = OidRequest;
        NdisReleaseSpinLock(&Adapter->Lock);
        Adapter->Regs->Control = 2;
        return NDIS_STATUS_PENDING;
    case OID_GEN_INTERRUPT_MODERATION:
    case OID_GEN_LINK_PARAMETERS:
        /* fixed by the hardware: accepted and left as they are */
        return NDIS_STATUS_SUCCESS;
    default:
        return NDIS_STATUS_NOT_SUPPORTED;
    }
}

/* Completes the pended OID request with the firmware's answer; DISPATCH_LEVEL (the DPC). */
VOID
NicCompleteOid(PNIC_ADAPTER Adapter, NDIS_STATUS Status)
{
    PNDIS_OID_REQUEST Oid;

    NdisDprAcquireSpinLock(&Adapter->Lock); // isr_oid_complete-warning {{'NdisDprAcquireSpinLock' may be called at DIRQL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    Oid = Adapter->PendingOid;
    Adapter->PendingOid = NULL;
    NdisDprReleaseSpinLock(&Adapter->Lock); // isr_oid_complete-warning {{'NdisDprReleaseSpinLock' may be called at DIRQL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    if (Oid != NULL)
        NdisMOidRequestComplete(Adapter->MiniportHandle, Oid, Status); // isr_oid_complete-warning {{'NdisMOidRequestComplete' may be called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_OID_Function]}}
}

VOID
NicCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

VOID
NicDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    if (NetDevicePnPEvent->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved)
        Adapter->SurpriseRemoved = TRUE;
}

VOID
NicWatchdog(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)FunctionContext;
    BOOLEAN Hung;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    NdisDprAcquireSpinLock(&Adapter->Lock);
    Hung = Adapter->SendsPending > 0 && !Adapter->SurpriseRemoved;
    NdisDprReleaseSpinLock(&Adapter->Lock);
    if (Hung)
        NdisMRemoveMiniport(Adapter->MiniportHandle);
}

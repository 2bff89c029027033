/*
 * n6_main.c - driver entry, adapter initialization and halt, pause and restart, reset,
 * check-for-hang, shutdown and the watchdog timer of the sample NDIS 6 miniport.
 *
 * MiniportInitializeEx reads the configuration, sets the registration and general attributes,
 * registers the interrupt and scatter/gather DMA, allocates the receive ring in shared memory
 * with one NBL and MDL per buffer, the watchdog timer and the statistics work item. Restart
 * arms the periodic watchdog; Pause cancels it and completes once every sent NBL is completed
 * and every indicated NBL is returned (NdisMPauseComplete from the DPC or the return handler).
 * Halt waits for the per-use link work items, then releases everything Initialize set up.
 */
// expected-no-diagnostics
// The fault builds (samples/README.md) are found by the runtime model; the checker has the rules of
// sleep_in_timer, pause_busy, hang_never_reported, pause_lock_held, the lock faults, the
// Initialize/Halt faults (below) and the OID completion faults (n6_oid.c),
// and none of the others' yet,
// and stays silent on them:
// status_after_halt-no-diagnostics
// watchdog_not_cancelled-no-diagnostics
#include "n6.h"

DRIVER_INITIALIZE DriverEntry;

NDIS_HANDLE N6DriverHandle = NULL;

/* The mapped registers of the device. */
static N6_HW_REGS N6HwRegs;

static NDIS_OID N6SupportedOids[] = {
    OID_GEN_SUPPORTED_LIST,        OID_GEN_MAXIMUM_FRAME_SIZE,    OID_GEN_MAXIMUM_TOTAL_SIZE,
    OID_GEN_RECEIVE_BLOCK_SIZE,    OID_GEN_TRANSMIT_BLOCK_SIZE,   OID_GEN_RECEIVE_BUFFER_SPACE,
    OID_GEN_TRANSMIT_BUFFER_SPACE, OID_GEN_VENDOR_ID,             OID_GEN_VENDOR_DESCRIPTION,
    OID_GEN_VENDOR_DRIVER_VERSION, OID_GEN_XMIT_OK,               OID_GEN_RCV_OK,
    OID_GEN_STATISTICS,            OID_GEN_INTERRUPT_MODERATION,  OID_GEN_LINK_PARAMETERS,
    OID_GEN_CURRENT_PACKET_FILTER, OID_GEN_CURRENT_LOOKAHEAD,
};

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
        .SetOptionsHandler = N6SetOptions,
        .InitializeHandlerEx = N6InitializeEx,
        .HaltHandlerEx = N6HaltEx,
        .UnloadHandler = N6Unload,
        .PauseHandler = N6Pause,
        .RestartHandler = N6Restart,
        .OidRequestHandler = N6OidRequest,
        .SendNetBufferListsHandler = N6SendNetBufferLists,
        .ReturnNetBufferListsHandler = N6ReturnNetBufferLists,
        .CancelSendHandler = N6CancelSend,
        .CheckForHangHandlerEx = N6CheckForHangEx,
        .ResetHandlerEx = N6ResetEx,
        .DevicePnPEventNotifyHandler = N6DevicePnPEventNotify,
        .ShutdownHandlerEx = N6ShutdownEx,
        .CancelOidRequestHandler = N6CancelOidRequest,
    };

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &N6DriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        N6DriverHandle = NULL;
    }
    return (NTSTATUS)Status;
}

NDIS_STATUS
N6SetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

VOID
N6Unload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(N6DriverHandle);
}

/* Reads the keywords the INF defines; a missing keyword keeps its default. */
static VOID
N6ReadConfiguration(PN6_ADAPTER Adapter)
{
    NDIS_CONFIGURATION_OBJECT ConfigObject;
    NDIS_HANDLE Config = NULL;
    NDIS_STATUS Status;
    PNDIS_CONFIGURATION_PARAMETER Value;
    NDIS_STRING ReceiveBuffers = NDIS_STRING_CONST("*ReceiveBuffers");

    Adapter->RxBufferCount = N6_RX_BUFFERS;
    NdisZeroMemory(&ConfigObject, sizeof(ConfigObject));
    ConfigObject.Header.Type = NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT;
    ConfigObject.Header.Revision = NDIS_CONFIGURATION_OBJECT_REVISION_1;
    ConfigObject.Header.Size = NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1;
    ConfigObject.NdisHandle = Adapter->MiniportAdapterHandle;
    ConfigObject.Flags = 0;
    if (NdisOpenConfigurationEx(&ConfigObject, &Config) != NDIS_STATUS_SUCCESS) {
        return;
    }
    NdisReadConfiguration(&Status, &Value, Config, &ReceiveBuffers, NdisParameterInteger);
    if (Status == NDIS_STATUS_SUCCESS && Value->ParameterData.IntegerData >= 2 &&
        Value->ParameterData.IntegerData <= N6_RX_BUFFERS) {
        Adapter->RxBufferCount = Value->ParameterData.IntegerData;
    }
    NdisCloseConfiguration(Config);
}

static NDIS_STATUS
N6SetAttributes(PN6_ADAPTER Adapter)
{
    NDIS_STATUS Status;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegAttrs;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GenAttrs;
    static const UCHAR MacAddress[6] = {0x02, 0x00, 0x5E, 0x10, 0x00, 0x01};

    NdisZeroMemory(&RegAttrs, sizeof(RegAttrs));
    RegAttrs.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    RegAttrs.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.MiniportAdapterContext = Adapter;
    RegAttrs.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE | NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    RegAttrs.CheckForHangTimeInSeconds = 4;
    RegAttrs.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(Adapter->MiniportAdapterHandle,
                                        (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&RegAttrs);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }

    NdisZeroMemory(&GenAttrs, sizeof(GenAttrs));
    GenAttrs.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    GenAttrs.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    GenAttrs.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    GenAttrs.MediaType = NdisMedium802_3;
    GenAttrs.PhysicalMediumType = NdisPhysicalMedium802_3;
    GenAttrs.MtuSize = N6_MTU;
    GenAttrs.MaxXmitLinkSpeed = GenAttrs.XmitLinkSpeed = N6_LINK_SPEED;
    GenAttrs.MaxRcvLinkSpeed = GenAttrs.RcvLinkSpeed = N6_LINK_SPEED;
    GenAttrs.MediaConnectState = Adapter->Regs->LinkUp ? MediaConnectStateConnected : MediaConnectStateDisconnected;
    GenAttrs.MediaDuplexState = MediaDuplexStateFull;
    GenAttrs.LookaheadSize = N6_MTU;
    GenAttrs.MacOptions = NDIS_MAC_OPTION_NO_LOOPBACK;
    GenAttrs.SupportedPacketFilters = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_MULTICAST |
                                      NDIS_PACKET_TYPE_BROADCAST;
    GenAttrs.MaxMulticastListSize = 32;
    GenAttrs.MacAddressLength = sizeof(MacAddress);
    NdisMoveMemory(GenAttrs.PermanentMacAddress, MacAddress, sizeof(MacAddress));
    NdisMoveMemory(GenAttrs.CurrentMacAddress, MacAddress, sizeof(MacAddress));
    GenAttrs.AccessType = NET_IF_ACCESS_BROADCAST;
    GenAttrs.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    GenAttrs.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    GenAttrs.IfType = IF_TYPE_ETHERNET_CSMACD;
    GenAttrs.IfConnectorPresent = TRUE;
    GenAttrs.SupportedOidList = N6SupportedOids;
    GenAttrs.SupportedOidListLength = sizeof(N6SupportedOids);
    return NdisMSetMiniportAttributes(Adapter->MiniportAdapterHandle,
                                      (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&GenAttrs);
}

/* The receive ring: one shared-memory buffer, an MDL and an NBL per frame. */
static NDIS_STATUS
N6AllocateReceiveRing(PN6_ADAPTER Adapter)
{
    NET_BUFFER_LIST_POOL_PARAMETERS PoolParams;
    ULONG i;

    // rx_ring_unlogged-note@+1 {{'Adapter->RxBuffers' is allocated by NdisMAllocateSharedMemory here; it is NULL when the allocation fails}}
    NdisMAllocateSharedMemory(Adapter->MiniportAdapterHandle, Adapter->RxBufferCount * N6_RX_BUFFER_SIZE, FALSE,
                              &Adapter->RxBuffers, &Adapter->RxBuffersPa);
    if (Adapter->RxBuffers == NULL) {
#ifndef FAULT_RX_RING_UNLOGGED
        NdisWriteErrorLogEntry(Adapter->MiniportAdapterHandle, NDIS_ERROR_CODE_OUT_OF_RESOURCES, 1, 0x10);
#endif
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(&PoolParams, sizeof(PoolParams));
    PoolParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    PoolParams.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    PoolParams.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    PoolParams.ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
    PoolParams.fAllocateNetBuffer = TRUE;
    PoolParams.PoolTag = N6_TAG;
    Adapter->RxPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &PoolParams);
    if (Adapter->RxPool == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    for (i = 0; i < Adapter->RxBufferCount; i++) {
        PUCHAR Buffer = (PUCHAR)Adapter->RxBuffers + i * N6_RX_BUFFER_SIZE;
        Adapter->RxMdl[i] = NdisAllocateMdl(Adapter->MiniportAdapterHandle, Buffer, N6_RX_BUFFER_SIZE);
        if (Adapter->RxMdl[i] == NULL) {
            return NDIS_STATUS_RESOURCES;
        }
        Adapter->RxNbl[i] = NdisAllocateNetBufferAndNetBufferList(Adapter->RxPool, 0, 0, Adapter->RxMdl[i], 0,
                                                                  N6_MAX_FRAME);
        if (Adapter->RxNbl[i] == NULL) {
            return NDIS_STATUS_RESOURCES;
        }
        NET_BUFFER_LIST_NEXT_NBL(Adapter->RxNbl[i]) = Adapter->RxFree;
        Adapter->RxFree = Adapter->RxNbl[i];
    }
    return NDIS_STATUS_SUCCESS;
}

static VOID
N6FreeReceiveRing(PN6_ADAPTER Adapter)
{
    ULONG i;

    for (i = 0; i < N6_RX_BUFFERS; i++) {
        if (Adapter->RxNbl[i] != NULL) {
            NdisFreeNetBufferList(Adapter->RxNbl[i]);
            Adapter->RxNbl[i] = NULL;
        }
        if (Adapter->RxMdl[i] != NULL) {
            NdisFreeMdl(Adapter->RxMdl[i]);
            Adapter->RxMdl[i] = NULL;
        }
    }
    if (Adapter->RxPool != NULL) {
        NdisFreeNetBufferListPool(Adapter->RxPool);
        Adapter->RxPool = NULL;
    }
    if (Adapter->RxBuffers != NULL) {
        NdisMFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->RxBufferCount * N6_RX_BUFFER_SIZE, FALSE,
                              Adapter->RxBuffers, Adapter->RxBuffersPa);
        Adapter->RxBuffers = NULL;
    }
}

/* Releases what Initialize set up; also Initialize's failure path. */
static VOID
N6FreeAdapter(PN6_ADAPTER Adapter)
{
    N6FreeReceiveRing(Adapter);
    if (Adapter->OidWorkItem != NULL) {
        NdisFreeIoWorkItem(Adapter->OidWorkItem);
    }
    if (Adapter->WatchdogTimer != NULL) {
        NdisFreeTimerObject(Adapter->WatchdogTimer);
    }
    if (Adapter->SgDmaRegistered) {
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    }
    if (Adapter->InterruptRegistered) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    }
    if (Adapter->StatsLock != NULL) {
        NdisFreeRWLock(Adapter->StatsLock);
    }
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemoryWithTagPriority(N6DriverHandle, Adapter, N6_TAG);
}

NDIS_STATUS
N6InitializeEx(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
               PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;
    PN6_ADAPTER Adapter;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT,
            .Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1,
            .Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1,
        },
        .InterruptHandler = N6Isr,
        .InterruptDpcHandler = N6InterruptDpc,
        .InterruptType = NDIS_CONNECT_LINE_BASED,
    };
    NDIS_SG_DMA_DESCRIPTION DmaDescription = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION,
            .Revision = NDIS_SG_DMA_DESCRIPTION_REVISION_1,
            .Size = NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1,
        },
        .Flags = NDIS_SG_DMA_64_BIT_ADDRESS,
        .MaximumPhysicalMapping = N6_MAX_FRAME,
        .ProcessSGListHandler = N6ProcessSGList,
    };
    NDIS_TIMER_CHARACTERISTICS TimerChars;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    Adapter = NdisAllocateMemoryWithTagPriority(NdisMiniportHandle, sizeof(*Adapter), N6_TAG, NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(*Adapter));
    Adapter->MiniportAdapterHandle = NdisMiniportHandle;
    Adapter->Regs = &N6HwRegs;
    Adapter->TxTail = &Adapter->TxHead;
    Adapter->PacketFilter = 0;
    Adapter->Lookahead = N6_MTU;
    NdisAllocateSpinLock(&Adapter->Lock);
    KeInitializeSpinLock(&Adapter->RxLock);
    NdisInitializeEvent(&Adapter->LinkWorkDone);
    NdisSetEvent(&Adapter->LinkWorkDone);

    Adapter->StatsLock = NdisAllocateRWLock(NdisMiniportHandle);
    if (Adapter->StatsLock == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }
    N6ReadConfiguration(Adapter);
    Status = N6SetAttributes(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }

    Status = NdisMRegisterInterruptEx(NdisMiniportHandle, Adapter, &IntChars, &Adapter->InterruptHandle); // init_fail_keeps_interrupt-note {{interrupt registered here by 'NdisMRegisterInterruptEx' in 'N6InitializeEx'}} halt_keeps_interrupt-note 2 {{interrupt registered here by 'NdisMRegisterInterruptEx' in 'N6InitializeEx'}}
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    Adapter->InterruptRegistered = TRUE;

    Status = NdisMRegisterScatterGatherDma(NdisMiniportHandle, &DmaDescription, &Adapter->DmaHandle); // halt_keeps_sg-note 2 {{scatter/gather DMA registered here by 'NdisMRegisterScatterGatherDma' in 'N6InitializeEx'}}
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
#ifndef FAULT_HALT_KEEPS_SG
    Adapter->SgDmaRegistered = TRUE;
#endif

    Status = N6AllocateReceiveRing(Adapter); // rx_ring_unlogged-note {{'N6AllocateReceiveRing' called here}}
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }

    NdisZeroMemory(&TimerChars, sizeof(TimerChars));
    TimerChars.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    TimerChars.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.AllocationTag = N6_TAG;
    TimerChars.TimerFunction = N6WatchdogTimer;
    TimerChars.FunctionContext = Adapter;
    Status = NdisAllocateTimerObject(NdisMiniportHandle, &TimerChars, &Adapter->WatchdogTimer);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    Adapter->OidWorkItem = NdisAllocateIoWorkItem(NdisMiniportHandle);
    if (Adapter->OidWorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }

    Adapter->LinkUp = Adapter->Regs->LinkUp ? TRUE : FALSE;
    Adapter->Regs->IntMask = N6_INT_ALL;
    return NDIS_STATUS_SUCCESS; // halt_keeps_sg-warning {{'N6InitializeEx' returns here with the scatter/gather DMA registered, and 'N6HaltEx' returns without deregistering it [Init_RegisterSG]}} halt_keeps_interrupt-warning {{'N6HaltEx' never deregisters the interrupt that 'N6InitializeEx' registered before returning here [Init_DeRegisterInterrupt]}} halt_keeps_interrupt-warning {{'N6InitializeEx' returns here with the interrupt registered, and 'N6HaltEx' returns without deregistering it [Init_RegisterInterrupt]}}

fail:
#ifdef FAULT_INIT_FAIL_KEEPS_INTERRUPT
    /* "the interrupt is only released by Halt" */
    Adapter->InterruptRegistered = FALSE;
#endif
    N6FreeAdapter(Adapter); // halt_keeps_sg-warning {{'N6FreeAdapter' is called here on a failure path of 'N6InitializeEx' and does not deregister the scatter/gather DMA registered on that path [Init_RegisterSG]}} init_fail_keeps_interrupt-warning {{'N6FreeAdapter' is called here on a failure path of 'N6InitializeEx' and does not deregister the interrupt registered on that path [Init_RegisterInterrupt]}}
    return Status; // rx_ring_unlogged-warning {{'N6InitializeEx' returns without calling NdisWriteErrorLogEntry on a path where NdisMAllocateSharedMemory handed back a NULL 'Adapter->RxBuffers' [WriteErrorLog]}} halt_keeps_sg-note {{'N6InitializeEx' returns NDIS_STATUS_RESOURCES here}} init_fail_keeps_interrupt-note {{'N6InitializeEx' returns NDIS_STATUS_RESOURCES here}}
}

VOID
N6HaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) // halt_keeps_sg-note {{'N6HaltEx' returns here without deregistering it by 'NdisMDeregisterScatterGatherDma'}} halt_keeps_interrupt-note 2 {{'N6HaltEx' returns here without deregistering it by 'NdisMDeregisterInterruptEx'}}
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    BOOLEAN Wait;

    UNREFERENCED_PARAMETER(HaltAction);

    Adapter->Regs->IntMask = 0;
#ifndef FAULT_STATUS_AFTER_HALT
    /* A link work item may still be queued: it indicates the link state with our handle. */
    NdisAcquireSpinLock(&Adapter->Lock);
    Wait = Adapter->LinkWorkPending != 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Wait) {
        NdisWaitEvent(&Adapter->LinkWorkDone, 0);
    }
#else
    Wait = FALSE;
    UNREFERENCED_PARAMETER(Wait);
#endif
#ifdef FAULT_WATCHDOG_NOT_CANCELLED
    /* "Pause stops the watchdog" -- not in this build, and the timer stays allocated */
    Adapter->WatchdogTimer = NULL;
#endif
#ifdef FAULT_HALT_KEEPS_INTERRUPT
    /* "the flag is set by the ISR's first interrupt" */
    Adapter->InterruptRegistered = FALSE;
#endif
    N6FreeAdapter(Adapter);
}

VOID
N6ShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    /* Only quiet the device: no memory is freed and no lock is taken here. */
    Adapter->Regs->IntMask = 0;
    Adapter->Regs->TxQueued = Adapter->Regs->TxCompleted;
}

VOID
N6DevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetDevicePnPEvent);
}

/* Completes a pended pause once nothing is outstanding; called with no lock held. */
VOID
N6TryCompletePause(PN6_ADAPTER Adapter)
{
    BOOLEAN Complete = FALSE;
    KLOCK_QUEUE_HANDLE RxLockHandle;
    ULONG RxOutstanding;

    KeAcquireInStackQueuedSpinLock(&Adapter->RxLock, &RxLockHandle);
    RxOutstanding = Adapter->RxOutstanding;
    KeReleaseInStackQueuedSpinLock(&RxLockHandle);

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->PausePending && Adapter->TxOutstanding == 0 && RxOutstanding == 0) {
        Adapter->PausePending = FALSE;
        Complete = TRUE;
    }
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Complete) {
        NdisMPauseComplete(Adapter->MiniportAdapterHandle);
    }
}

NDIS_STATUS
N6Pause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    KLOCK_QUEUE_HANDLE RxLockHandle;
    ULONG RxOutstanding;

    UNREFERENCED_PARAMETER(PauseParameters);

#if !defined(FAULT_WATCHDOG_NOT_CANCELLED) && !defined(FAULT_CANCEL_AT_DISPATCH)
    /* A periodic timer is cancelled at PASSIVE_LEVEL. */
    NdisCancelTimerObject(Adapter->WatchdogTimer);
#endif

    KeAcquireInStackQueuedSpinLock(&Adapter->RxLock, &RxLockHandle); // pause_rx_lock_held-note {{'&RxLockHandle' acquired here by 'KeAcquireInStackQueuedSpinLock'}}
    RxOutstanding = Adapter->RxOutstanding;
#ifdef FAULT_PAUSE_RX_LOCK_HELD
    if (Adapter->Pausing) {
        /* "a second pause request while pausing: nothing to do" */
        return NDIS_STATUS_SUCCESS; // pause_rx_lock_held-warning {{'N6Pause' returns with the queued spin lock handle '&RxLockHandle' held [QueuedSpinLock]}}
    }
#endif
    KeReleaseInStackQueuedSpinLock(&RxLockHandle);

    NdisAcquireSpinLock(&Adapter->Lock); // pause_lock_held-note 2 {{'&Adapter->Lock' acquired here by 'NdisAcquireSpinLock'}} cancel_at_dispatch-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
#ifdef FAULT_CANCEL_AT_DISPATCH
    /* "stop the watchdog while no send can slip in" */
    NdisCancelTimerObject(Adapter->WatchdogTimer); // cancel_at_dispatch-warning {{'NdisCancelTimerObject' cancels the periodic timer 'Adapter->WatchdogTimer' at DISPATCH_LEVEL; a periodic timer is cancelled at PASSIVE_LEVEL [PeriodicTimer]}}
#endif
    Adapter->Pausing = TRUE;
    if (Adapter->TxOutstanding == 0 && RxOutstanding == 0) {
#ifndef FAULT_PAUSE_LOCK_HELD
        NdisReleaseSpinLock(&Adapter->Lock);
#endif
        return NDIS_STATUS_SUCCESS; // pause_lock_held-warning {{'N6Pause' returns with the spin lock '&Adapter->Lock' held [SpinLock]}} pause_lock_held-warning {{'N6Pause' returns having acquired the spin lock '&Adapter->Lock' more often than it released it [SpinLockBalanced]}}
    }
#ifdef FAULT_PAUSE_BUSY
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_FAILURE; // pause_busy-warning {{'N6Pause' returns NDIS_STATUS_FAILURE; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}}
#else
    Adapter->PausePending = TRUE;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_PENDING;
#endif
}

NDIS_STATUS
N6Restart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    LARGE_INTEGER DueTime;

    UNREFERENCED_PARAMETER(RestartParameters);

    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Pausing = FALSE;
    Adapter->HangTicks = 0;
    Adapter->TxHung = FALSE;
    NdisReleaseSpinLock(&Adapter->Lock);

    DueTime.QuadPart = -(LONGLONG)N6_WATCHDOG_MS * 10000;
    NdisSetTimerObject(Adapter->WatchdogTimer, DueTime, N6_WATCHDOG_MS, Adapter); // cancel_at_dispatch-note {{'Adapter->WatchdogTimer' armed with a period of 2000 ms here by 'NdisSetTimerObject'}}
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
N6ResetEx(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->HangTicks = 0;
    Adapter->TxHung = FALSE;
    Adapter->LastTxCompleted = Adapter->Regs->TxCompleted;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

BOOLEAN
N6CheckForHangEx(NDIS_HANDLE MiniportAdapterContext)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    BOOLEAN Hung;

    NdisAcquireSpinLock(&Adapter->Lock);
#ifdef FAULT_HANG_NEVER_REPORTED
    /* "the watchdog recovers the ring itself": the hang is cleared and never reported */
    Hung = FALSE; // hang_never_reported-warning {{'N6CheckForHangEx' returns FALSE on every path; a MINIPORT_CHECK_FOR_HANG callback returns TRUE when the NIC is not operating, so that NDIS resets it [MiniportCheckForHang_Return]}}
    Adapter->TxHung = FALSE;
#else
    Hung = Adapter->TxHung;
#endif
#ifdef FAULT_HANG_DOUBLE_RELEASE
    if (Hung) {
        /* "count again from zero after the reset" */
        Adapter->HangTicks = 0;
        NdisReleaseSpinLock(&Adapter->Lock); // hang_double_release-note 2 {{'&Adapter->Lock' released here by 'NdisReleaseSpinLock'}}
    }
#endif
    NdisReleaseSpinLock(&Adapter->Lock); // hang_double_release-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' a second time on this path [SpinLockRelease]}} hang_double_release-warning {{'NdisReleaseSpinLock' releases the spin lock '&Adapter->Lock' more often than 'N6CheckForHangEx' acquired it [SpinLockBalanced]}} hang_double_release-warning {{'NdisReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    return Hung; // hang_never_reported-note {{'N6CheckForHangEx' returns FALSE here}}
}

/*
 * The watchdog (periodic, may run at DISPATCH_LEVEL): notices a transmit ring that makes no
 * progress for N6_HANG_TICKS periods (CheckForHangEx then asks for a reset).
 */
VOID
N6WatchdogTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)FunctionContext;
    ULONG Completed;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

#ifdef FAULT_SLEEP_IN_TIMER
    /* "give the PHY time to latch its status before the counters are read" */
    NdisMSleep(50); // sleep_in_timer-warning {{'NdisMSleep' is called at DISPATCH_LEVEL, but it requires IRQL <= APC_LEVEL [Irql_Miniport_Driver_Function]}}
#endif
    Completed = Adapter->Regs->TxCompleted;
    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->TxOutstanding != 0 && Completed == Adapter->LastTxCompleted) {
        if (++Adapter->HangTicks >= N6_HANG_TICKS) {
            Adapter->TxHung = TRUE;
        }
    } else {
        Adapter->HangTicks = 0;
    }
    Adapter->LastTxCompleted = Completed;
    NdisReleaseSpinLock(&Adapter->Lock);
}

/*
 * nic_intr.c - interrupt registration, the ISR, the interrupt DPC and the receive path of the
 * NDIS 6 Ethernet miniport sample.
 *
 * The ISR (DIRQL) reads and acknowledges the interrupt status and latches it with an interlocked
 * operation; everything else (receive indications, link-state indications, OID completion,
 * re-arming the watchdog) happens in the DPC at DISPATCH_LEVEL.
 */
#include "nic.h"

static MINIPORT_DISABLE_INTERRUPT NicDisableInterrupt;
static MINIPORT_ENABLE_INTERRUPT NicEnableInterrupt;

NDIS_STATUS
NicRegisterInterrupt(PNIC_ADAPTER Adapter)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Intr = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT,
            .Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1,
            .Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1,
        },
        .InterruptHandler = NicIsr,
        .InterruptDpcHandler = NicInterruptDpc,
        .DisableInterruptHandler = NicDisableInterrupt,
        .EnableInterruptHandler = NicEnableInterrupt,
    };

    return NdisMRegisterInterruptEx(Adapter->MiniportHandle, Adapter, &Intr, &Adapter->InterruptHandle);
}

static VOID
NicDisableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    ((PNIC_ADAPTER)MiniportInterruptContext)->Regs->InterruptMask = 0;
}

static VOID
NicEnableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    ((PNIC_ADAPTER)MiniportInterruptContext)->Regs->InterruptMask =
        NIC_INT_RECV | NIC_INT_SEND | NIC_INT_LINK | NIC_INT_CMD;
}

#ifdef FAULT_ISR_MAP_RAISE
/* Maps a buffer for a transmit the hardware asked for; "callers may run below DISPATCH_LEVEL". */
static VOID
NicMapForHardware(PNIC_ADAPTER Adapter, PNET_BUFFER NetBuffer)
{
    KIRQL OldIrql;

    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql); // isr_map_raise-warning {{'NDIS_RAISE_IRQL_TO_DISPATCH' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_IrqlSetting_Function]}}
    NdisMAllocateNetBufferSGList(Adapter->DmaHandle, NetBuffer, Adapter, 0, NULL, 0);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}
#endif

/* Indicates the current link state to the protocols; IRQL <= DISPATCH_LEVEL. */
VOID
NicIndicateLink(PNIC_ADAPTER Adapter)
{
    NDIS_STATUS_INDICATION Indication;

    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Adapter->MiniportHandle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &Adapter->LinkState;
    Indication.StatusBufferSize = sizeof(Adapter->LinkState);
    Adapter->LinkState.MediaConnectState = Adapter->Regs->LinkUp ? MediaConnectStateConnected
                                                                 : MediaConnectStateDisconnected;
    NdisMIndicateStatusEx(Adapter->MiniportHandle, &Indication); // isr_link_status-warning {{'NdisMIndicateStatusEx' may be called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_StatusIndication_Function]}}
}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    ULONG Status = Adapter->Regs->InterruptStatus;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (Status == 0)
        return FALSE; /* a shared line: not ours */
    Adapter->Regs->InterruptStatus = Status; /* acknowledge */
#ifdef FAULT_ISR_SPINLOCK
    /* "count the interrupts under the adapter lock" */
    NdisAcquireSpinLock(&Adapter->Lock); // isr_spinlock-warning {{'NdisAcquireSpinLock' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Synch_Function]}}
    Adapter->PendingInterrupts |= (LONG)Status;
    NdisReleaseSpinLock(&Adapter->Lock);
#else
    InterlockedOr(&Adapter->PendingInterrupts, (LONG)Status);
#endif
#ifdef FAULT_ISR_LINK_STATUS
    if (Status & NIC_INT_LINK)
        /* "no DPC round trip for a cable event" */
        NicIndicateLink(Adapter); // isr_link_status-note {{'NicIndicateLink' called here at DIRQL}}
#endif
#ifdef FAULT_ISR_OID_COMPLETE
    if (Status & NIC_INT_CMD)
        /* "answer the OID as fast as possible" */
        NicCompleteOid(Adapter, NDIS_STATUS_SUCCESS); // isr_oid_complete-note 3 {{'NicCompleteOid' called here at DIRQL}}
#endif
#ifdef FAULT_ISR_WATCHDOG
    if (Status & NIC_INT_SEND) {
        LARGE_INTEGER Due;

        Due.QuadPart = -20000000; /* "re-arm the hang watchdog at every transmit interrupt" */
        NdisSetTimerObject(Adapter->WatchdogTimer, Due, 0, Adapter); // isr_watchdog-warning {{'NdisSetTimerObject' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Timer_Function]}}
    }
#endif
#ifdef FAULT_ISR_INDICATE
    if ((Status & NIC_INT_RECV) && Adapter->RecvSpare != NULL) {
        /* "low-latency receive": hand the frame up straight from the interrupt */
        // isr_indicate-warning@+1 {{'NdisMIndicateReceiveNetBufferLists' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_SendRcv_Function]}}
        NdisMIndicateReceiveNetBufferLists(Adapter->MiniportHandle, Adapter->RecvSpare, NDIS_DEFAULT_PORT_NUMBER, 1,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
        Adapter->RecvSpare = NULL;
    }
#endif
#ifdef FAULT_ISR_ALLOC_NBL
    if ((Status & NIC_INT_RECV) && Adapter->RecvSpare == NULL)
        /* "wrap the frame while its length is fresh; the DPC indicates it" */
        // isr_alloc_nbl-warning@+1 {{'NdisAllocateNetBufferAndNetBufferList' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_NetBuffer_Function]}}
        Adapter->RecvSpare = NdisAllocateNetBufferAndNetBufferList(Adapter->RecvNblPool, 0, 0, Adapter->RecvMdl, 0,
                                                                   Adapter->Regs->RecvIndex);
#endif
#ifdef FAULT_ISR_MAP_RAISE
    if (Status & NIC_INT_SEND)
        NicMapForHardware(Adapter, NULL); // isr_map_raise-note {{'NicMapForHardware' called here at DIRQL}}
#endif
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

/* Indicates the frames the chip received since the last DPC; DISPATCH_LEVEL. */
static VOID
NicIndicateReceives(PNIC_ADAPTER Adapter)
{
    ULONG Index = Adapter->Regs->RecvIndex;
    PNET_BUFFER_LIST Nbl;

    while (Adapter->RecvIndex != Index) {
        Nbl = NdisAllocateNetBufferAndNetBufferList(Adapter->RecvNblPool, 0, 0, Adapter->RecvMdl, 0, 1514);
        if (Nbl == NULL)
            break;
        Nbl->SourceHandle = Adapter->MiniportHandle;
        NdisMIndicateReceiveNetBufferLists(Adapter->MiniportHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 1,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
        Adapter->RecvIndex = (Adapter->RecvIndex + 1) % NIC_RECV_SLOTS;
    }
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    LONG Events = InterlockedExchange(&Adapter->PendingInterrupts, 0);
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
#ifdef FAULT_DPC_DEREGISTER_INTERRUPT
    if (Adapter->SurpriseRemoved && Adapter->InterruptRegistered) {
        /* "the card is gone: stop taking its interrupts right away" */
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle); // dpc_deregister_interrupt-warning {{'NdisMDeregisterInterruptEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Interrupt_Function]}}
        Adapter->InterruptRegistered = FALSE;
        return;
    }
#endif
    if (Events & NIC_INT_RECV)
        NicIndicateReceives(Adapter);
    if (Events & NIC_INT_LINK)
        NicIndicateLink(Adapter);
    if (Events & NIC_INT_CMD)
        NicCompleteOid(Adapter, Adapter->Regs->CommandResult == 0 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE);
    if (Events & NIC_INT_SEND) {
        Due.QuadPart = -20000000; /* re-arm the 2-second hang watchdog */
        NdisSetTimerObject(Adapter->WatchdogTimer, Due, 0, Adapter);
    }
}

/*
 * n6_data.c - interrupt, DPC and data path of the sample NDIS 6 miniport.
 *
 * The ISR (DIRQL) latches and acknowledges the device's interrupt status; the DPC
 * (DISPATCH_LEVEL) takes the latched bits under the interrupt's lock
 * (NdisMSynchronizeWithInterruptEx) and completes sent NBLs, indicates received frames,
 * completes a pended link-parameters OID and queues a per-use work item for a link change
 * (reading the PHY's speed needs PASSIVE_LEVEL). Sends map each NET_BUFFER with
 * NdisMAllocateNetBufferSGList at DISPATCH_LEVEL; MiniportProcessSGList rings the transmit
 * doorbell. Received NBLs come back in MiniportReturnNetBufferLists.
 */
#include "n6.h"

/* ---------------------------------------------------------------- interrupt */

BOOLEAN
N6Isr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportInterruptContext;
    ULONG Status = Adapter->Regs->IntStatus & Adapter->Regs->IntMask;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (Status == 0) {
        return FALSE;
    }
    Adapter->Regs->IntStatus &= ~Status; /* acknowledge */
    Adapter->IntLatched |= Status;
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

/* Runs at DIRQL under the interrupt's lock: what the ISR latched, for the DPC. */
typedef struct _N6_TAKE_LATCHED {
    PN6_ADAPTER Adapter;
    ULONG Bits;
} N6_TAKE_LATCHED;

static MINIPORT_SYNCHRONIZE_INTERRUPT N6SyncTakeLatched;

static BOOLEAN
N6SyncTakeLatched(NDIS_HANDLE SynchronizeContext)
{
    N6_TAKE_LATCHED *Take = (N6_TAKE_LATCHED *)SynchronizeContext;

    Take->Bits = Take->Adapter->IntLatched;
    Take->Adapter->IntLatched = 0;
    return TRUE;
}

/* Runs at DIRQL: changes the interrupt mask the ISR reads. Context: the adapter; the new mask
 * is in Regs->Moderation's low bit (moderation on: no receive interrupt per frame). */
BOOLEAN
N6SyncSetInterruptMask(NDIS_HANDLE SynchronizeContext)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)SynchronizeContext;

    Adapter->Regs->IntMask = N6_INT_ALL;
    return TRUE;
}

/* Completes the NBLs whose every NET_BUFFER the device has sent. */
static VOID
N6CompleteSends(PN6_ADAPTER Adapter)
{
    PNET_BUFFER_LIST Done = NULL, *DoneTail = &Done, *Link, Nbl;
    ULONG Count = 0;
    LOCK_STATE_EX StatsState;

    NdisDprAcquireSpinLock(&Adapter->Lock);
    Link = &Adapter->TxHead;
    while ((Nbl = *Link) != NULL) {
        if (NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0] != NULL) {
            Link = &NET_BUFFER_LIST_NEXT_NBL(Nbl);
            continue; /* a NET_BUFFER of it still waits for its scatter/gather list */
        }
        *Link = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        *DoneTail = Nbl;
        DoneTail = &NET_BUFFER_LIST_NEXT_NBL(Nbl);
        Count++;
    }
    Adapter->TxTail = Link;
    Adapter->TxOutstanding -= Count;
    NdisDprReleaseSpinLock(&Adapter->Lock);

    for (Nbl = Done; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        PNET_BUFFER Nb;
        for (Nb = NET_BUFFER_LIST_FIRST_NB(Nbl); Nb != NULL; Nb = NET_BUFFER_NEXT_NB(Nb)) {
            NdisMFreeNetBufferSGList(Adapter->DmaHandle, NET_BUFFER_SCATTER_GATHER_LIST(Nb), Nb);
            NET_BUFFER_SCATTER_GATHER_LIST(Nb) = NULL;
        }
        NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_SUCCESS;
    }
    if (Done != NULL) {
        NdisAcquireRWLockWrite(Adapter->StatsLock, &StatsState, NDIS_RWL_AT_DISPATCH_LEVEL);
        Adapter->XmitOk += Count;
        NdisReleaseRWLock(Adapter->StatsLock, &StatsState);
        NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, Done,
                                        NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
}

/* Indicates the frames waiting in the receive ring, as many as there are free NBLs. */
static VOID
N6IndicateReceives(PN6_ADAPTER Adapter)
{
    PNET_BUFFER_LIST Head = NULL, *Tail = &Head;
    ULONG Count = 0, Dropped = 0;
    KLOCK_QUEUE_HANDLE RxLockHandle;
    LOCK_STATE_EX StatsState;

    BOOLEAN Pausing;

    NdisDprAcquireSpinLock(&Adapter->Lock);
    Pausing = Adapter->Pausing;
    NdisDprReleaseSpinLock(&Adapter->Lock);

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Adapter->RxLock, &RxLockHandle);
    while (Adapter->Regs->RxReady != 0) {
        PNET_BUFFER_LIST Nbl = Adapter->RxFree;
        Adapter->Regs->RxReady--;
        if (Nbl == NULL || Pausing) { /* a paused adapter indicates nothing */
            Dropped++;
            continue;
        }
        Adapter->RxFree = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        NET_BUFFER_DATA_LENGTH(NET_BUFFER_LIST_FIRST_NB(Nbl)) = 64;
        *Tail = Nbl;
        Tail = &NET_BUFFER_LIST_NEXT_NBL(Nbl);
        Count++;
    }
    Adapter->RxOutstanding += Count;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&RxLockHandle);

    NdisAcquireRWLockWrite(Adapter->StatsLock, &StatsState, NDIS_RWL_AT_DISPATCH_LEVEL);
    Adapter->RcvOk += Count;
    Adapter->RcvNoBuffer += Dropped;
    NdisReleaseRWLock(Adapter->StatsLock, &StatsState);

    if (Head != NULL) {
        NdisMIndicateReceiveNetBufferLists(Adapter->MiniportAdapterHandle, Head, NDIS_DEFAULT_PORT_NUMBER, Count,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
    }
}

/* A link change: the PHY's speed is read at PASSIVE_LEVEL by a per-use work item. */
static VOID
N6QueueLinkWork(PN6_ADAPTER Adapter)
{
    NDIS_HANDLE WorkItem = NdisAllocateIoWorkItem(Adapter->MiniportAdapterHandle);

    if (WorkItem == NULL) {
        return;
    }
    NdisDprAcquireSpinLock(&Adapter->Lock);
    if (Adapter->LinkWorkPending++ == 0) {
        NdisResetEvent(&Adapter->LinkWorkDone);
    }
    NdisDprReleaseSpinLock(&Adapter->Lock);
    NdisQueueIoWorkItem(WorkItem, N6LinkWorkItem, Adapter);
}

VOID
N6LinkWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)WorkItemContext;
    NDIS_LINK_STATE LinkState;
    NDIS_STATUS_INDICATION Indication;
    BOOLEAN Last;

    NdisMSleep(100); /* MDIO: the PHY latches its status */
    NdisZeroMemory(&LinkState, sizeof(LinkState));
    LinkState.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    LinkState.Header.Revision = NDIS_LINK_STATE_REVISION_1;
    LinkState.Header.Size = NDIS_SIZEOF_LINK_STATE_REVISION_1;
    Adapter->LinkUp = Adapter->Regs->LinkUp ? TRUE : FALSE;
    LinkState.MediaConnectState = Adapter->LinkUp ? MediaConnectStateConnected : MediaConnectStateDisconnected;
    LinkState.MediaDuplexState = MediaDuplexStateFull;
    LinkState.XmitLinkSpeed = LinkState.RcvLinkSpeed = Adapter->LinkUp ? N6_LINK_SPEED : 0;

    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Adapter->MiniportAdapterHandle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &LinkState;
    Indication.StatusBufferSize = sizeof(LinkState);
    NdisMIndicateStatusEx(Adapter->MiniportAdapterHandle, &Indication);

    NdisFreeIoWorkItem(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock);
    Last = --Adapter->LinkWorkPending == 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Last) {
        NdisSetEvent(&Adapter->LinkWorkDone);
    }
}

VOID
N6InterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportInterruptContext;
    N6_TAKE_LATCHED Take = {Adapter, 0};

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, N6SyncTakeLatched, &Take);
    if (Take.Bits & N6_INT_TX_DONE) {
        N6CompleteSends(Adapter);
    }
    if (Take.Bits & N6_INT_RX) {
        N6IndicateReceives(Adapter);
    }
    if (Take.Bits & N6_INT_CMD_DONE) {
        N6CompleteLinkParameters(Adapter);
    }
    if (Take.Bits & N6_INT_LINK) {
        N6QueueLinkWork(Adapter);
    }
    if (Take.Bits & N6_INT_TX_DONE) {
        N6TryCompletePause(Adapter);
    }
}

/* ---------------------------------------------------------------- send */

VOID
N6SendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList, NDIS_PORT_NUMBER PortNumber,
                     ULONG SendFlags)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;
    KIRQL OldIrql = DISPATCH_LEVEL;
    BOOLEAN AtDispatch = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? TRUE : FALSE;

    UNREFERENCED_PARAMETER(PortNumber);

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->Pausing) {
        NdisReleaseSpinLock(&Adapter->Lock);
        for (Nbl = NetBufferList; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
        }
        NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, NetBufferList,
                                        AtDispatch ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
        return;
    }
    /* Queue every NBL first (the DPC may complete one before this loop ends). */
    for (Nbl = NetBufferList; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0] = NET_BUFFER_LIST_FIRST_NB(Nbl); /* not yet mapped */
        Adapter->TxOutstanding++;
    }
    *Adapter->TxTail = NetBufferList;
    for (Nbl = NetBufferList; NET_BUFFER_LIST_NEXT_NBL(Nbl) != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl))
        ;
    Adapter->TxTail = &NET_BUFFER_LIST_NEXT_NBL(Nbl);
    NdisReleaseSpinLock(&Adapter->Lock);

    /* NdisMAllocateNetBufferSGList requires DISPATCH_LEVEL (a no-op raise when already there). */
    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    for (Nbl = NetBufferList; Nbl != NULL; Nbl = Next) {
        PNET_BUFFER Nb = NET_BUFFER_LIST_FIRST_NB(Nbl);
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_MINIPORT_RESERVED(Nb)[0] = Adapter;
        NET_BUFFER_MINIPORT_RESERVED(Nb)[1] = Nbl;
        if (NdisMAllocateNetBufferSGList(Adapter->DmaHandle, Nb, Nb, 0, NULL, 0) != NDIS_STATUS_SUCCESS) {
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_RESOURCES;
            NdisDprAcquireSpinLock(&Adapter->Lock);
            NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0] = NULL; /* the DPC completes it */
            NdisDprReleaseSpinLock(&Adapter->Lock);
        }
    }
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}

/* DISPATCH_LEVEL: the NET_BUFFER is mapped; hand the descriptor to the device. */
VOID
N6ProcessSGList(PDEVICE_OBJECT pDO, PVOID Reserved, PSCATTER_GATHER_LIST pSGL, PVOID Context)
{
    PNET_BUFFER Nb = (PNET_BUFFER)Context;
    PN6_ADAPTER Adapter = (PN6_ADAPTER)NET_BUFFER_MINIPORT_RESERVED(Nb)[0];
    PNET_BUFFER_LIST Nbl = (PNET_BUFFER_LIST)NET_BUFFER_MINIPORT_RESERVED(Nb)[1];

    UNREFERENCED_PARAMETER(pDO);
    UNREFERENCED_PARAMETER(Reserved);

    NET_BUFFER_SCATTER_GATHER_LIST(Nb) = pSGL;
    NdisDprAcquireSpinLock(&Adapter->Lock); // sg_lock_held-note 2 {{'&Adapter->Lock' acquired here by 'NdisDprAcquireSpinLock'}}
#ifdef FAULT_SG_LOCK_HELD
    if (pSGL->NumberOfElements > N6_MAX_SG_ELEMENTS) {
        /* "the device cannot take so many fragments: leave it unmapped, the DPC fails it" */
        return; // sg_lock_held-warning {{'N6ProcessSGList' returns with the spin lock '&Adapter->Lock' held [SpinLockDpr]}} sg_lock_held-warning {{'N6ProcessSGList' returns having acquired the spin lock '&Adapter->Lock' more often than it released it [SpinLockBalanced]}}
    }
#endif
    NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0] = NULL; /* mapped: the device owns it */
    Adapter->Regs->TxQueued++;                        /* doorbell */
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

VOID
N6CancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
    /* The device owns every queued NBL at once: there is nothing to cancel. */
}

/* ---------------------------------------------------------------- receive */

VOID
N6ReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;
#ifdef FAULT_RETURN_KE_LOCK_HELD
    KIRQL OldIrql;
#else
    KLOCK_QUEUE_HANDLE RxLockHandle;
#endif

    UNREFERENCED_PARAMETER(ReturnFlags);

#ifdef FAULT_RETURN_KE_LOCK_HELD
    /* "a plain spin lock is cheaper for a short list" */
    KeAcquireSpinLock(&Adapter->RxLock, &OldIrql); // return_ke_lock_held-note {{'&Adapter->RxLock' acquired here by 'KeAcquireSpinLock'}}
    if (Adapter->RxOutstanding == 0) {
        /* "NDIS returned more than was indicated: ignore it" */
        return; // return_ke_lock_held-warning {{'N6ReturnNetBufferLists' returns with the kernel spin lock '&Adapter->RxLock' held [KeSpinLock]}}
    }
#else
    KeAcquireInStackQueuedSpinLock(&Adapter->RxLock, &RxLockHandle);
#endif
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = Adapter->RxFree;
        Adapter->RxFree = Nbl;
        Adapter->RxOutstanding--;
    }
#ifdef FAULT_RETURN_KE_LOCK_HELD
    KeReleaseSpinLock(&Adapter->RxLock, OldIrql);
#else
    KeReleaseInStackQueuedSpinLock(&RxLockHandle);
#endif
    N6TryCompletePause(Adapter);
}

/*
 * n6_oid.c - OID requests of the sample NDIS 6 miniport.
 *
 * Most queries and sets complete synchronously. OID_GEN_STATISTICS reads the device's
 * statistics mailbox, which needs PASSIVE_LEVEL: MiniportOidRequest pends it and the
 * statistics work item completes it with NdisMOidRequestComplete (the mailbox may still be
 * busy: the work item waits and reads again). OID_GEN_LINK_PARAMETERS is a device command:
 * it pends, and the interrupt DPC completes it when the device signals "command done".
 * NDIS issues one OID request at a time, so one PendingOid slot is enough.
 */
#include "n6.h"

static NDIS_STATUS
N6CopyInfo(PNDIS_OID_REQUEST OidRequest, const VOID *Data, ULONG Length)
{
    if (OidRequest->DATA.QUERY_INFORMATION.InformationBufferLength < Length) {
        OidRequest->DATA.QUERY_INFORMATION.BytesNeeded = Length;
        return NDIS_STATUS_BUFFER_TOO_SHORT;
    }
    NdisMoveMemory(OidRequest->DATA.QUERY_INFORMATION.InformationBuffer, Data, Length);
    OidRequest->DATA.QUERY_INFORMATION.BytesWritten = Length;
    return NDIS_STATUS_SUCCESS; // oid_double_complete-note {{NDIS_STATUS_SUCCESS is written here}}
}

/* The statistics mailbox: NDIS_STATUS_PENDING while the device still fills it. */
static NDIS_STATUS
N6ReadMailbox(PN6_ADAPTER Adapter)
{
    if (Adapter->Regs->MailboxError) {
        Adapter->Regs->MailboxError = 0;
        return NDIS_STATUS_FAILURE;
    }
    if (Adapter->Regs->MailboxBusy) {
        Adapter->Regs->MailboxBusy--;
        return NDIS_STATUS_PENDING;
    }
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS
N6FillStatistics(PN6_ADAPTER Adapter, PNDIS_OID_REQUEST OidRequest)
{
    NDIS_STATISTICS_INFO Stats;
    LOCK_STATE_EX State;

    NdisZeroMemory(&Stats, sizeof(Stats));
    Stats.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Stats.Header.Revision = NDIS_STATISTICS_INFO_REVISION_1;
    Stats.Header.Size = NDIS_SIZEOF_STATISTICS_INFO_REVISION_1;
    Stats.SupportedStatistics = NDIS_STATISTICS_FLAGS_VALID_DIRECTED_FRAMES_RCV;
    NdisAcquireRWLockRead(Adapter->StatsLock, &State, 0);
    Stats.ifHCInUcastPkts = Adapter->RcvOk;
    Stats.ifHCOutUcastPkts = Adapter->XmitOk;
    Stats.ifInDiscards = Adapter->RcvNoBuffer;
    NdisReleaseRWLock(Adapter->StatsLock, &State);
    return N6CopyInfo(OidRequest, &Stats, sizeof(Stats)); // oid_double_complete-note {{'N6CopyInfo' called here}}
}

/* PASSIVE_LEVEL: reads the mailbox and completes the pended OID_GEN_STATISTICS query. */
VOID
N6StatisticsWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)WorkItemContext;
    PNDIS_OID_REQUEST Request;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    NdisAcquireSpinLock(&Adapter->Lock);
    Request = Adapter->PendingOid;
    Adapter->PendingOid = NULL;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Request == NULL) {
        return;
    }

    Status = N6ReadMailbox(Adapter);
#ifndef FAULT_OID_PENDING_FINAL
    while (Status == NDIS_STATUS_PENDING) {
        NdisMSleep(10);
        Status = N6ReadMailbox(Adapter);
    }
#endif
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMOidRequestComplete(Adapter->MiniportAdapterHandle, Request, Status); // oid_pending_final-warning {{'NdisMOidRequestComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the OID request [NdisOidComplete]}} workitem_double_complete-note {{OID request 'Request' completed here by NdisMOidRequestComplete}}
#ifndef FAULT_WORKITEM_DOUBLE_COMPLETE
        return;
#endif
    }
    Status = N6FillStatistics(Adapter, Request);
    NdisMOidRequestComplete(Adapter->MiniportAdapterHandle, Request, Status); // workitem_double_complete-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [DoubleCompleteWorkItem]}}
}

/* DISPATCH_LEVEL (the DPC): the device finished the link-parameters command. */
VOID
N6CompleteLinkParameters(PN6_ADAPTER Adapter)
{
    PNDIS_OID_REQUEST Request;

    NdisDprAcquireSpinLock(&Adapter->Lock);
    Request = Adapter->PendingOid;
    Adapter->PendingOid = NULL;
#ifdef FAULT_LINK_OID_DOUBLE_RELEASE
    if (Request == NULL) {
        /* "a spurious command-done interrupt: nothing to complete, drop the lock at once" */
        NdisDprReleaseSpinLock(&Adapter->Lock); // link_oid_double_release-note 2 {{'&Adapter->Lock' released here by 'NdisDprReleaseSpinLock'}}
    }
#endif
    NdisDprReleaseSpinLock(&Adapter->Lock); // link_oid_double_release-warning {{'NdisDprReleaseSpinLock' releases the spin lock '&Adapter->Lock' a second time on this path [SpinLockDprRelease]}} link_oid_double_release-warning {{'NdisDprReleaseSpinLock' releases the spin lock '&Adapter->Lock' more often than 'N6InterruptDpc' acquired it [SpinLockBalanced]}}
    if (Request != NULL) {
        Request->DATA.SET_INFORMATION.BytesRead = sizeof(NDIS_LINK_PARAMETERS);
        NdisMOidRequestComplete(Adapter->MiniportAdapterHandle, Request, NDIS_STATUS_SUCCESS);
    }
}

static NDIS_STATUS
N6QueryInformation(PN6_ADAPTER Adapter, PNDIS_OID_REQUEST OidRequest)
{
    ULONG Value = 0;
    ULONG64 Counter;
    LOCK_STATE_EX State;
    static const char Description[] = "Sample NDIS 6 Ethernet adapter";

    switch (OidRequest->DATA.QUERY_INFORMATION.Oid) {
    case OID_GEN_SUPPORTED_LIST: {
        static const NDIS_OID List[] = {
            OID_GEN_SUPPORTED_LIST,        OID_GEN_MAXIMUM_FRAME_SIZE,   OID_GEN_MAXIMUM_TOTAL_SIZE,
            OID_GEN_RECEIVE_BLOCK_SIZE,    OID_GEN_TRANSMIT_BLOCK_SIZE,  OID_GEN_RECEIVE_BUFFER_SPACE,
            OID_GEN_TRANSMIT_BUFFER_SPACE, OID_GEN_VENDOR_ID,            OID_GEN_VENDOR_DESCRIPTION,
            OID_GEN_VENDOR_DRIVER_VERSION, OID_GEN_XMIT_OK,              OID_GEN_RCV_OK,
            OID_GEN_STATISTICS,            OID_GEN_INTERRUPT_MODERATION, OID_GEN_LINK_PARAMETERS,
            OID_GEN_CURRENT_PACKET_FILTER, OID_GEN_CURRENT_LOOKAHEAD,
        };
        return N6CopyInfo(OidRequest, List, sizeof(List));
    }
    case OID_GEN_MAXIMUM_FRAME_SIZE: Value = N6_MTU; break;
    case OID_GEN_MAXIMUM_TOTAL_SIZE: Value = N6_MAX_FRAME; break;
    case OID_GEN_RECEIVE_BLOCK_SIZE:
    case OID_GEN_TRANSMIT_BLOCK_SIZE: Value = N6_RX_BUFFER_SIZE; break;
    case OID_GEN_RECEIVE_BUFFER_SPACE: Value = Adapter->RxBufferCount * N6_RX_BUFFER_SIZE; break;
    case OID_GEN_TRANSMIT_BUFFER_SPACE: Value = 64 * N6_RX_BUFFER_SIZE; break;
    case OID_GEN_VENDOR_ID: Value = N6_VENDOR_ID; break;
#ifndef FAULT_VERSION_OID_UNSUPPORTED
    case OID_GEN_VENDOR_DRIVER_VERSION: Value = 0x00010000; break;
#endif
    case OID_GEN_CURRENT_PACKET_FILTER: Value = Adapter->PacketFilter; break;
    case OID_GEN_CURRENT_LOOKAHEAD: Value = Adapter->Lookahead; break;
    case OID_GEN_VENDOR_DESCRIPTION: return N6CopyInfo(OidRequest, Description, sizeof(Description));
    case OID_GEN_XMIT_OK:
    case OID_GEN_RCV_OK:
        NdisAcquireRWLockRead(Adapter->StatsLock, &State, 0);
        Counter = OidRequest->DATA.QUERY_INFORMATION.Oid == OID_GEN_XMIT_OK ? Adapter->XmitOk : Adapter->RcvOk;
#ifdef FAULT_STATS_RELEASE_TWICE
        if (Counter == 0) {
            /* "no traffic yet: nothing to protect, let the DPC in" */
            NdisReleaseRWLock(Adapter->StatsLock, &State); // stats_release_twice-note {{'&State' released here by 'NdisReleaseRWLock'}}
        }
#endif
        NdisReleaseRWLock(Adapter->StatsLock, &State); // stats_release_twice-warning {{'NdisReleaseRWLock' releases the read-write lock state '&State' a second time on this path [NdisRWLock]}}
        return N6CopyInfo(OidRequest, &Counter, sizeof(Counter));
    case OID_GEN_INTERRUPT_MODERATION: {
        NDIS_INTERRUPT_MODERATION_PARAMETERS Moderation;
        NdisZeroMemory(&Moderation, sizeof(Moderation));
        Moderation.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
        Moderation.Header.Revision = NDIS_INTERRUPT_MODERATION_PARAMETERS_REVISION_1;
        Moderation.Header.Size = NDIS_SIZEOF_INTERRUPT_MODERATION_PARAMETERS_REVISION_1;
        Moderation.InterruptModeration = Adapter->Regs->Moderation ? NdisInterruptModerationEnabled
                                                                   : NdisInterruptModerationDisabled;
        return N6CopyInfo(OidRequest, &Moderation, sizeof(Moderation));
    }
    case OID_GEN_LINK_PARAMETERS: {
        NDIS_LINK_PARAMETERS Link;
        NdisZeroMemory(&Link, sizeof(Link));
        Link.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
        Link.Header.Revision = NDIS_LINK_PARAMETERS_REVISION_1;
        Link.Header.Size = NDIS_SIZEOF_LINK_PARAMETERS_REVISION_1;
        Link.MediaDuplexState = MediaDuplexStateFull;
        Link.XmitLinkSpeed = Link.RcvLinkSpeed = N6_LINK_SPEED;
        return N6CopyInfo(OidRequest, &Link, sizeof(Link));
    }
    case OID_GEN_STATISTICS:
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->PendingOid = OidRequest;
        NdisReleaseSpinLock(&Adapter->Lock);
#ifdef FAULT_OID_DOUBLE_COMPLETE
        /* "the cached counters are good enough: answer at once" */
        {
            NDIS_STATUS Status = N6FillStatistics(Adapter, OidRequest); // oid_double_complete-note {{'N6FillStatistics' called here}}
            Adapter->PendingOid = NULL;
            NdisMOidRequestComplete(Adapter->MiniportAdapterHandle, OidRequest, Status); // oid_double_complete-warning {{the OID request of 'N6OidRequest' is completed by 'NdisMOidRequestComplete', but 'N6OidRequest' then returns NDIS_STATUS_SUCCESS; a handler that completes its request returns NDIS_STATUS_PENDING [DoubleComplete]}}
            return Status;
        }
#else
        NdisQueueIoWorkItem(Adapter->OidWorkItem, N6StatisticsWorkItem, Adapter);
        return NDIS_STATUS_PENDING;
#endif
#ifdef FAULT_DOT11_MODE_UNSUPPORTED
    /* the adapter's 802.11 personality: its operation mode is not wired in yet */
    case OID_DOT11_CURRENT_OPERATION_MODE: return NDIS_STATUS_NOT_SUPPORTED;
#endif
    // version_oid_unsupported-note@+2 {{NDIS_STATUS_NOT_SUPPORTED is returned here}}
    // dot11_mode_unsupported-note@+1 {{NDIS_STATUS_NOT_SUPPORTED is returned here}}
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
    return N6CopyInfo(OidRequest, &Value, sizeof(Value));
}

static NDIS_STATUS
N6SetInformation(PN6_ADAPTER Adapter, PNDIS_OID_REQUEST OidRequest)
{
    PVOID Buffer = OidRequest->DATA.SET_INFORMATION.InformationBuffer;
    ULONG Length = OidRequest->DATA.SET_INFORMATION.InformationBufferLength;

    switch (OidRequest->DATA.SET_INFORMATION.Oid) {
    case OID_GEN_CURRENT_PACKET_FILTER:
    case OID_GEN_CURRENT_LOOKAHEAD:
        if (Length < sizeof(ULONG)) {
            OidRequest->DATA.SET_INFORMATION.BytesNeeded = sizeof(ULONG);
            return NDIS_STATUS_INVALID_LENGTH;
        }
        if (OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
            Adapter->PacketFilter = *(PULONG)Buffer;
        } else if (*(PULONG)Buffer <= N6_MTU) {
            Adapter->Lookahead = *(PULONG)Buffer;
        }
        OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
        return NDIS_STATUS_SUCCESS;
    case OID_GEN_INTERRUPT_MODERATION: {
        PNDIS_INTERRUPT_MODERATION_PARAMETERS Moderation = (PNDIS_INTERRUPT_MODERATION_PARAMETERS)Buffer;
        if (Length < NDIS_SIZEOF_INTERRUPT_MODERATION_PARAMETERS_REVISION_1) {
            return NDIS_STATUS_INVALID_LENGTH;
        }
        Adapter->Regs->Moderation = Moderation->InterruptModeration == NdisInterruptModerationEnabled;
        /* the ISR reads the mask: change it under the interrupt's lock */
        NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, N6SyncSetInterruptMask, Adapter);
        OidRequest->DATA.SET_INFORMATION.BytesRead = Length;
        return NDIS_STATUS_SUCCESS;
    }
    case OID_GEN_LINK_PARAMETERS:
        if (Length < NDIS_SIZEOF_LINK_PARAMETERS_REVISION_1) {
            return NDIS_STATUS_INVALID_LENGTH;
        }
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->PendingOid = OidRequest;
        Adapter->Regs->CmdPending = 1; /* the device renegotiates, then raises N6_INT_CMD_DONE */
        NdisReleaseSpinLock(&Adapter->Lock);
        return NDIS_STATUS_PENDING;
    // dot11_mode_unsupported-note@+1 {{NDIS_STATUS_NOT_SUPPORTED is returned here}}
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
}

NDIS_STATUS
N6OidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;

    switch (OidRequest->RequestType) {
    case NdisRequestQueryInformation:
    // version_oid_unsupported-warning@+2 {{'N6OidRequest' answers NDIS_STATUS_NOT_SUPPORTED to a query of the mandatory OID_GEN_VENDOR_DRIVER_VERSION [MandatoryOid]}} version_oid_unsupported-note@+2 {{'N6QueryInformation' called here}}
    // dot11_mode_unsupported-warning@+1 {{'N6OidRequest' answers NDIS_STATUS_NOT_SUPPORTED to a query of the mandatory native 802.11 OID_DOT11_BEACON_PERIOD, OID_DOT11_CURRENT_REG_DOMAIN, OID_DOT11_FRAGMENTATION_THRESHOLD and 22 more [MandatoryWirelessOid]}} dot11_mode_unsupported-note@+1 {{'N6QueryInformation' called here}}
    case NdisRequestQueryStatistics: return N6QueryInformation(Adapter, OidRequest); // oid_double_complete-note {{'N6QueryInformation' called here}} oid_double_complete-note {{'N6OidRequest' returns NDIS_STATUS_SUCCESS here}}
    // dot11_mode_unsupported-warning@+1 {{'N6OidRequest' answers NDIS_STATUS_NOT_SUPPORTED to a set of the mandatory native 802.11 OID_DOT11_FRAGMENTATION_THRESHOLD, OID_DOT11_OPERATIONAL_RATE_SET, OID_DOT11_RTS_THRESHOLD and 22 more [MandatoryWirelessOid]}} dot11_mode_unsupported-note@+1 {{'N6SetInformation' called here}}
    case NdisRequestSetInformation: return N6SetInformation(Adapter, OidRequest);
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
}

#ifdef FAULT_CANCEL_DOUBLE_COMPLETE
/* Takes the pended request out of the adapter and completes it as aborted. */
static VOID
N6AbortPendingOid(PN6_ADAPTER Adapter)
{
    PNDIS_OID_REQUEST Request;

    NdisAcquireSpinLock(&Adapter->Lock);
    Request = Adapter->PendingOid;
    Adapter->PendingOid = NULL;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Request != NULL) {
        NdisMOidRequestComplete(Adapter->MiniportAdapterHandle, Request, NDIS_STATUS_REQUEST_ABORTED); // cancel_double_complete-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [NdisOidDoubleComplete]}}
    }
}
#endif

VOID
N6CancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
#ifdef FAULT_CANCEL_DOUBLE_COMPLETE
    /* "answer the cancellation at once, then drop the pended request" */
    PN6_ADAPTER Adapter = (PN6_ADAPTER)MiniportAdapterContext;
    PNDIS_OID_REQUEST Request = Adapter->PendingOid;

    if (Request != NULL && Request->RequestId == RequestId) {
        NdisMOidRequestComplete(Adapter->MiniportAdapterHandle, Request, NDIS_STATUS_REQUEST_ABORTED); // cancel_double_complete-note {{OID request 'Request' completed here by NdisMOidRequestComplete}}
        N6AbortPendingOid(Adapter); // cancel_double_complete-note {{'N6AbortPendingOid' called here}}
    }
#else
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
    /* Both pended requests finish on their own within milliseconds: nothing to cancel. */
#endif
}

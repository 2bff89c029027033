/*
 * mcm_intr.c - interrupt handling of the sample MCM.
 *
 * The ISR runs at DIRQL: it only latches and acknowledges the interrupt status
 * and asks for the DPC. The DPC, at DISPATCH_LEVEL, completes the SAP requests
 * the call manager pended, offers incoming calls to the client and indicates
 * link-state changes. Every NdisMCm* and NdisMCo* call happens in the DPC.
 */
#include "mcm.h"

BOOLEAN
McmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
       PULONG TargetProcessors)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;
    ULONG IntStatus;

    UNREFERENCED_PARAMETER(TargetProcessors);

    IntStatus = Adapter->Regs->IntStatus & Adapter->Regs->IntMask;
    if (IntStatus == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;                       /* not our interrupt */
    }
    Adapter->Regs->IntStatus &= ~IntStatus; /* acknowledge */

#ifdef FAULT_ISR_DISPATCH
    /*
     * "Fast path": a call re-offered on the VC parked by the DPC is handed to
     * the client straight from the ISR.
     */
    if ((IntStatus & MCM_INT_SETUP_RECEIVED) && Adapter->ParkedVc != NULL) {
        PMCM_VC Vc = Adapter->ParkedVc;
        Adapter->ParkedVc = NULL;
        (VOID)NdisMCmDispatchIncomingCall(Adapter->ParkedSap->NdisSapHandle, Vc->NdisVcHandle, // isr_dispatch-warning {{'NdisMCmDispatchIncomingCall' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
                                          &Vc->CallParams);
        IntStatus &= ~MCM_INT_SETUP_RECEIVED;
    }
#endif

#ifdef FAULT_ISR_STATUS
    /* Reports a lost link at once so the client stops sending. */
    if ((IntStatus & MCM_INT_LINK_CHANGE) && !Adapter->Regs->LinkUp) {
        NDIS_STATUS_INDICATION Indication;

        NdisZeroMemory(&Indication, sizeof(Indication));
        Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
        Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
        Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
        Indication.SourceHandle = Adapter->MiniportAdapterHandle;
        Indication.StatusCode = NDIS_STATUS_MEDIA_DISCONNECT;
        NdisMCoIndicateStatusEx(Adapter->MiniportAdapterHandle, NULL, &Indication); // isr_status-warning {{'NdisMCoIndicateStatusEx' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCO_Function]}}
        IntStatus &= ~MCM_INT_LINK_CHANGE;
    }
#endif

    Adapter->LatchedIntStatus |= IntStatus;
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID
McmEnableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;

    Adapter->Regs->IntMask = MCM_INT_SETUP_RECEIVED | MCM_INT_LINK_CHANGE | MCM_INT_SAP_DONE;
}

VOID
McmDisableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;

    Adapter->Regs->IntMask = 0;
}

/* Deletes a VC the MCM created itself and that no client owns. */
static VOID
McmDropOwnVc(PMCM_VC Vc)
{
    NDIS_HANDLE MiniportAdapterHandle = Vc->Adapter->MiniportAdapterHandle;

    (VOID)NdisMCmDeleteVc(Vc->NdisVcHandle);
    NdisFreeMemoryWithTagPriority(MiniportAdapterHandle, Vc, MCM_TAG);
}

/* Tells NDIS (and so the client) that the SAP is deregistered. Its handle is dead afterwards. */
static VOID
McmFinishDeregistration(PMCM_SAP Sap)
{
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // late_dispatch-note {{SAP handle invalidated here by NdisMCmDeregisterSapComplete}}
}

/*
 * Completes every queued SAP request. Called from the DPC only.
 * A deregistered SAP is unlinked under the lock, completed, then freed; its
 * NdisSapHandle is not used after NdisMCmDeregisterSapComplete.
 */
static VOID
McmCompleteSapRequests(PMCM_ADAPTER Adapter)
{
    PMCM_SAP Done[MCM_MAX_PENDING];
    ULONG Count, i;

    NdisDprAcquireSpinLock(&Adapter->Lock);
    Count = Adapter->PendingCount;
    for (i = 0; i < Count; i++) {
        Done[i] = Adapter->PendingSaps[i];
    }
    Adapter->PendingCount = 0;
    NdisDprReleaseSpinLock(&Adapter->Lock);

    for (i = 0; i < Count; i++) {
        PMCM_SAP Sap = Done[i];
        PMCM_VC Orphan = NULL;

        NdisDprAcquireSpinLock(&Adapter->Lock);
        if (Sap->State == McmSapRegistering) {
            Sap->State = McmSapRegistered;
            NdisDprReleaseSpinLock(&Adapter->Lock);
            NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle, Sap);
            continue;
        }

        /* McmSapDeregistering */
        RemoveEntryList(&Sap->Link);
        if (Adapter->ParkedSap == Sap) {
            Orphan = Adapter->ParkedVc;
            Adapter->ParkedVc = NULL;
            Adapter->ParkedSap = NULL;
        }
        NdisDprReleaseSpinLock(&Adapter->Lock);

#ifdef FAULT_LATE_DISPATCH
        /*
         * The client is told at once that its SAP is gone; a call that was parked
         * on the SAP meanwhile is still offered on it before the context goes.
         */
        McmFinishDeregistration(Sap); // late_dispatch-note {{'McmFinishDeregistration' called here}}
        if (Orphan != NULL) {
            NDIS_STATUS Status;

            Status = NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Orphan->NdisVcHandle, // late_dispatch-warning {{SAP handle 'Sap->NdisSapHandle' is passed to 'NdisMCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                                 &Orphan->CallParams);
            if (Status != NDIS_STATUS_PENDING) {
                McmCmIncomingCallComplete(Status, Orphan, &Orphan->CallParams);
            }
        }
#else
        if (Orphan != NULL) {
            McmDropOwnVc(Orphan);
        }
        McmFinishDeregistration(Sap);
#endif
        NdisFreeMemoryWithTagPriority(Adapter->MiniportAdapterHandle, Sap, MCM_TAG);
    }
}

/* Offers a call that arrived for SapId to the client that registered that SAP. */
static VOID
McmDispatchSetup(PMCM_ADAPTER Adapter, ULONG SapId)
{
    PLIST_ENTRY Entry;
    PMCM_SAP Sap = NULL;
    PMCM_VC Vc = NULL;
    NDIS_HANDLE NdisSapHandle;
    NDIS_STATUS Status;

    NdisDprAcquireSpinLock(&Adapter->Lock);
    for (Entry = Adapter->SapList.Flink; Entry != &Adapter->SapList; Entry = Entry->Flink) {
        PMCM_SAP Candidate = CONTAINING_RECORD(Entry, MCM_SAP, Link);
        if (Candidate->SapId == SapId && Candidate->State == McmSapRegistered) {
            Sap = Candidate;
            break;
        }
    }
    if (Sap == NULL) {
        NdisDprReleaseSpinLock(&Adapter->Lock);
        return;                             /* nobody listens: the hardware rejects it */
    }
    NdisSapHandle = Sap->NdisSapHandle;
    if (Adapter->ParkedSap == Sap) {
        Vc = Adapter->ParkedVc;
        Adapter->ParkedVc = NULL;
        Adapter->ParkedSap = NULL;
    }
    NdisDprReleaseSpinLock(&Adapter->Lock);

    if (Vc == NULL) {
        Vc = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, sizeof(*Vc),
                                               MCM_TAG, NormalPoolPriority);
        if (Vc == NULL) {
            return;
        }
        NdisZeroMemory(Vc, sizeof(*Vc));
        Vc->Adapter = Adapter;
        Status = NdisMCmCreateVc(Adapter->MiniportAdapterHandle, Adapter->NdisAfHandle, Vc,
                                 &Vc->NdisVcHandle);
        if (Status != NDIS_STATUS_SUCCESS) {
            NdisFreeMemoryWithTagPriority(Adapter->MiniportAdapterHandle, Vc, MCM_TAG);
            return;
        }
    }

#ifdef FAULT_CM_FORM_IN_MCM
    /* Offer path taken over from the stand-alone call manager of the same stack. */
    Status = NdisCmDispatchIncomingCall(NdisSapHandle, Vc->NdisVcHandle, &Vc->CallParams); // cm_form_in_mcm-warning {{'NdisCmDispatchIncomingCall' is for stand-alone call managers; a miniport call manager calls 'NdisMCmDispatchIncomingCall' [CallManager_Role]}}
#else
    Status = NdisMCmDispatchIncomingCall(NdisSapHandle, Vc->NdisVcHandle, &Vc->CallParams);
#endif
    if (Status == NDIS_STATUS_PENDING) {
        return;                             /* ProtocolCmIncomingCallComplete follows */
    }
    if (Status == NDIS_STATUS_RESOURCES) {
        /* The client is busy: keep the VC for the re-offer. */
        NdisDprAcquireSpinLock(&Adapter->Lock);
        if (Adapter->ParkedVc == NULL) {
            Adapter->ParkedVc = Vc;
            Adapter->ParkedSap = Sap;
            Vc = NULL;
        }
        NdisDprReleaseSpinLock(&Adapter->Lock);
        if (Vc != NULL) {
            McmDropOwnVc(Vc);
        }
        return;
    }
    McmCmIncomingCallComplete(Status, Vc, &Vc->CallParams);
}

static VOID
McmIndicateLinkState(PMCM_ADAPTER Adapter)
{
    NDIS_STATUS_INDICATION Indication;

    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Adapter->MiniportAdapterHandle;
    Indication.StatusCode = Adapter->Regs->LinkUp ? NDIS_STATUS_MEDIA_CONNECT
                                                  : NDIS_STATUS_MEDIA_DISCONNECT;
    NdisMCoIndicateStatusEx(Adapter->MiniportAdapterHandle, NULL, &Indication);
}

VOID
McmInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;
    ULONG IntStatus;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    IntStatus = Adapter->LatchedIntStatus;
    Adapter->LatchedIntStatus = 0;

    if (IntStatus & MCM_INT_SAP_DONE) {
        McmCompleteSapRequests(Adapter);
    }
    if (IntStatus & MCM_INT_SETUP_RECEIVED) {
        McmDispatchSetup(Adapter, Adapter->Regs->SetupSapId);
    }
    if (IntStatus & MCM_INT_LINK_CHANGE) {
        McmIndicateLinkState(Adapter);
    }
}

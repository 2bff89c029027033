/*
 * cm_sap.c - call-manager handlers of the sample stand-alone call manager.
 *
 * ProtocolCmRegisterSap completes local SAPs synchronously and pends the others:
 * the announce timer (NDIS_TIMER_FUNCTION, up to DISPATCH_LEVEL) completes them
 * with NdisCmRegisterSapComplete. ProtocolCmDeregisterSap pends and an I/O work
 * item completes it with NdisCmDeregisterSapComplete. One registration and one
 * deregistration can be pending per binding at a time.
 */
#include "cm.h"

PROTOCOL_CM_OPEN_AF CmOpenAf;
PROTOCOL_CM_CLOSE_AF CmCloseAf;
PROTOCOL_CM_REG_SAP CmRegisterSap;
PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap; // dereg_never_completed-note {{'CmDeregisterSap' is a PROTOCOL_CM_DEREGISTER_SAP callback}}
PROTOCOL_CM_MAKE_CALL CmMakeCall;
PROTOCOL_CM_CLOSE_CALL CmCloseCall;
PROTOCOL_CM_INCOMING_CALL_COMPLETE CmIncomingCallComplete;
PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE CmNotifyCloseAfComplete;
PROTOCOL_CO_CREATE_VC CmCreateVc;
PROTOCOL_CO_DELETE_VC CmDeleteVc;
NDIS_TIMER_FUNCTION CmpAnnounceTimer;
NDIS_IO_WORKITEM_FUNCTION CmpDeregisterSapWorker;

NDIS_STATUS
CmpRegisterCallManagerHandlers(NDIS_HANDLE NdisDriverHandle)
{
    NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS CmHandlers;

    NdisZeroMemory(&CmHandlers, sizeof(CmHandlers));
    CmHandlers.Header.Type = NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS;
    CmHandlers.Header.Revision = NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1;
    CmHandlers.Header.Size = NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1;
    CmHandlers.CmCreateVcHandler = CmCreateVc;
    CmHandlers.CmDeleteVcHandler = CmDeleteVc;
    CmHandlers.CmOpenAfHandler = CmOpenAf;
    CmHandlers.CmCloseAfHandler = CmCloseAf;
    CmHandlers.CmRegisterSapHandler = CmRegisterSap;
    CmHandlers.CmDeregisterSapHandler = CmDeregisterSap;
    CmHandlers.CmMakeCallHandler = CmMakeCall;
    CmHandlers.CmCloseCallHandler = CmCloseCall;
    CmHandlers.CmIncomingCallCompleteHandler = CmIncomingCallComplete;
    CmHandlers.CmNotifyCloseAfCompleteHandler = CmNotifyCloseAfComplete;

    return NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&CmHandlers);
}

/* Allocates the per-binding timer and work item. Called from the bind handler. */
NDIS_STATUS
CmpInitBindingSaps(PCM_BINDING Binding)
{
    NDIS_STATUS Status;
    NDIS_TIMER_CHARACTERISTICS TimerChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS,
            .Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1,
            .Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1,
        },
        .AllocationTag = CM_TAG,
        .TimerFunction = CmpAnnounceTimer,
        .FunctionContext = Binding,
    };

    Status = NdisAllocateTimerObject(CmProtocolHandle, &TimerChars, &Binding->AnnounceTimer);
    if (Status != NDIS_STATUS_SUCCESS) {
        Binding->AnnounceTimer = NULL;
        return Status;
    }
    Binding->DeregWorkItem = NdisAllocateIoWorkItem(CmProtocolHandle);
    if (Binding->DeregWorkItem == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
CmpFreeBindingSaps(PCM_BINDING Binding)
{
    if (Binding->AnnounceTimer != NULL) {
        NdisCancelTimerObject(Binding->AnnounceTimer);
        NdisFreeTimerObject(Binding->AnnounceTimer);
        Binding->AnnounceTimer = NULL;
    }
    if (Binding->DeregWorkItem != NULL) {
        NdisFreeIoWorkItem(Binding->DeregWorkItem);
        Binding->DeregWorkItem = NULL;
    }
}

NDIS_STATUS
CmOpenAf(NDIS_HANDLE CallMgrBindingContext, PCO_ADDRESS_FAMILY AddressFamily,
         NDIS_HANDLE NdisAfHandle, PNDIS_HANDLE CallMgrAfContext)
{
    PCM_BINDING Binding = (PCM_BINDING)CallMgrBindingContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (AddressFamily->AddressFamily != CO_ADDRESS_FAMILY_Q2931) {
        return NDIS_STATUS_BAD_VERSION;
    }

    NdisAcquireSpinLock(&Binding->Lock);
    if (Binding->AfOpen) {
        Status = NDIS_STATUS_FAILURE;
    } else {
        Binding->AfOpen = TRUE;
        Binding->NdisAfHandle = NdisAfHandle;
        NdisResetEvent(&Binding->AfClosedEvent);
    }
    NdisReleaseSpinLock(&Binding->Lock);

    if (Status == NDIS_STATUS_SUCCESS) {
        *CallMgrAfContext = Binding;
    }
    return Status;
}

NDIS_STATUS
CmCloseAf(NDIS_HANDLE CallMgrAfContext)
{
    PCM_BINDING Binding = (PCM_BINDING)CallMgrAfContext;

    NdisAcquireSpinLock(&Binding->Lock);
    Binding->AfOpen = FALSE;
    Binding->NdisAfHandle = NULL;
    NdisReleaseSpinLock(&Binding->Lock);
    NdisSetEvent(&Binding->AfClosedEvent);
    return NDIS_STATUS_SUCCESS;
}

VOID
CmNotifyCloseAfComplete(NDIS_HANDLE CallMgrAfContext, NDIS_STATUS Status)
{
    PCM_BINDING Binding = (PCM_BINDING)CallMgrAfContext;

    if (Status != NDIS_STATUS_SUCCESS) {
        /* The client refused; unbinding proceeds anyway. */
        NdisSetEvent(&Binding->AfClosedEvent);
    }
}

NDIS_STATUS
CmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
              PNDIS_HANDLE CallMgrSapContext)
{
    PCM_BINDING Binding = (PCM_BINDING)CallMgrAfContext;
    PCM_SAP CmSap;
    BOOLEAN Busy = FALSE;

    if (Sap->SapLength < sizeof(ULONG)) {
        return NDIS_STATUS_INVALID_DATA;
    }
    CmSap = NdisAllocateMemoryWithTagPriority(CmProtocolHandle, sizeof(*CmSap), CM_TAG,
                                              NormalPoolPriority);
    if (CmSap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(CmSap, sizeof(*CmSap));
    CmSap->Binding = Binding;
    CmSap->NdisSapHandle = NdisSapHandle;
    NdisMoveMemory(&CmSap->SapId, Sap->Sap, sizeof(ULONG));
    *CallMgrSapContext = CmSap;

    if (CmSap->SapId < CM_LOCAL_SAP_LIMIT) {
        /* A local service: nothing to announce, register synchronously. */
        NdisAcquireSpinLock(&Binding->Lock);
        CmSap->State = CmSapRegistered;
        InsertTailList(&Binding->SapList, &CmSap->Link);
        NdisReleaseSpinLock(&Binding->Lock);
#ifdef FAULT_SYNC_COMPLETE
        /* Lets the client know right away that its SAP is up. */
        NdisCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, CmSap); // sync_complete-note {{SAP registration completed here by NdisCmRegisterSapComplete}}
#endif
        return NDIS_STATUS_SUCCESS; // sync_complete-warning {{'CmRegisterSap' returns NDIS_STATUS_SUCCESS after completing the SAP registration with 'NdisCmRegisterSapComplete'; a handler that completes its request must return NDIS_STATUS_PENDING [SapComplete_NotPending]}}
    }

    NdisAcquireSpinLock(&Binding->Lock);
    if (Binding->AnnouncingSap != NULL) {
        Busy = TRUE;
    } else {
        CmSap->State = CmSapAnnouncing;
        Binding->AnnouncingSap = CmSap;
    }
    NdisReleaseSpinLock(&Binding->Lock);

    if (Busy) {
        NdisFreeMemoryWithTagPriority(CmProtocolHandle, CmSap, CM_TAG);
        return NDIS_STATUS_RESOURCES;
    }

    {
        LARGE_INTEGER DueTime;
        DueTime.QuadPart = -10000LL * CM_SAP_ANNOUNCE_MS;
        NdisSetTimerObject(Binding->AnnounceTimer, DueTime, 0, Binding);
    }
    return NDIS_STATUS_PENDING;
}

/* The status a SAP's state stands for: what its client is told. Called under Binding->Lock. */
static NDIS_STATUS
CmpSapStatus(PCM_SAP CmSap)
{
    switch (CmSap->State) {
    case CmSapRegistered:
        return NDIS_STATUS_SUCCESS;
    case CmSapAnnouncing:
        return NDIS_STATUS_PENDING;
    default:
        return NDIS_STATUS_FAILURE;
    }
}

/* The network answered the announcement: complete the pending SAP registration. */
VOID
CmpAnnounceTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                 PVOID SystemSpecific3)
{
    PCM_BINDING Binding = (PCM_BINDING)FunctionContext;
    PCM_SAP CmSap;
    NDIS_STATUS Status = NDIS_STATUS_FAILURE;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisAcquireSpinLock(&Binding->Lock);
    CmSap = Binding->AnnouncingSap;
    Binding->AnnouncingSap = NULL;
    if (CmSap != NULL) {
#ifdef FAULT_PENDING_STATUS
        /* Takes the status for the client while the SAP is at hand under the lock,
           before the SAP leaves CmSapAnnouncing: it reads NDIS_STATUS_PENDING. */
        Status = CmpSapStatus(CmSap);
#endif
        if (Binding->AfOpen) {
            CmSap->State = CmSapRegistered;
            InsertTailList(&Binding->SapList, &CmSap->Link);
        } else {
            CmSap->State = CmSapRejected;
        }
#ifndef FAULT_PENDING_STATUS
        Status = CmpSapStatus(CmSap);
#endif
    }
    NdisReleaseSpinLock(&Binding->Lock);

    if (CmSap == NULL) {
        return;
    }
    NdisCmRegisterSapComplete(Status, CmSap->NdisSapHandle, CmSap); // pending_status-warning {{'NdisCmRegisterSapComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the registration [SapComplete_Status]}} failed_reg_use-note {{registration failed on this path: NdisCmRegisterSapComplete completed it with NDIS_STATUS_FAILURE}}
    if (Status != NDIS_STATUS_SUCCESS) {
#ifdef FAULT_FAILED_REG_USE
        /* Also withdraws what NDIS set up for the SAP. */
        NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, CmSap->NdisSapHandle); // failed_reg_use-warning {{SAP handle 'CmSap->NdisSapHandle' is passed to 'NdisCmDeregisterSapComplete' after it became invalid [SapHandle_InvalidAfterComplete]}}
#endif
        /* The handle is dead now; only our own context is left to free. */
        NdisFreeMemoryWithTagPriority(CmProtocolHandle, CmSap, CM_TAG);
    }
}

NDIS_STATUS
CmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PCM_SAP CmSap = (PCM_SAP)CallMgrSapContext;
    PCM_BINDING Binding = CmSap->Binding;
    BOOLEAN Busy = FALSE;

    NdisAcquireSpinLock(&Binding->Lock);
    if (Binding->DeregSap != NULL) {
        Busy = TRUE;
    } else {
        RemoveEntryList(&CmSap->Link);
        Binding->DeregSap = CmSap;
    }
    NdisReleaseSpinLock(&Binding->Lock);

    if (Busy) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisQueueIoWorkItem(Binding->DeregWorkItem, CmpDeregisterSapWorker, Binding);
    return NDIS_STATUS_PENDING; // dereg_never_completed-warning {{'CmDeregisterSap' returns NDIS_STATUS_PENDING, but nothing in the driver calls 'NdisCmDeregisterSapComplete' to complete the SAP deregistration [SapPending_NeverCompleted]}}
}

/* NDIS_IO_WORKITEM_FUNCTION: withdraws the SAP from the network, then completes. */
VOID
CmpDeregisterSapWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCM_BINDING Binding = (PCM_BINDING)WorkItemContext;
    PCM_SAP CmSap;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    NdisAcquireSpinLock(&Binding->Lock);
    CmSap = Binding->DeregSap;
    Binding->DeregSap = NULL;
    NdisReleaseSpinLock(&Binding->Lock);

    if (CmSap != NULL) {
#ifndef FAULT_DEREG_NEVER_COMPLETED
        NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, CmSap->NdisSapHandle);
#else
        /* The completion moved to the network's release confirmation, which
           this build of the signalling code does not handle. */
#endif
        NdisFreeMemoryWithTagPriority(CmProtocolHandle, CmSap, CM_TAG);
    }
}

NDIS_STATUS
CmCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle, PNDIS_HANDLE ProtocolVcContext)
{
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    *ProtocolVcContext = NdisVcHandle;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
CmDeleteVc(NDIS_HANDLE ProtocolVcContext)
{
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
CmMakeCall(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
           NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext)
{
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS
CmCloseCall(NDIS_HANDLE CallMgrVcContext, NDIS_HANDLE CallMgrPartyContext, PVOID CloseData,
            UINT Size)
{
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);
    return NDIS_STATUS_SUCCESS;
}

VOID
CmIncomingCallComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                       PCO_CALL_PARAMETERS CallParameters)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

/*
 * mcm_cm.c - the integrated call manager: address family, SAPs, incoming calls.
 *
 * SAP registration and deregistration need a round trip to the signalling
 * hardware, so ProtocolCmRegisterSap and ProtocolCmDeregisterSap queue the SAP
 * and return NDIS_STATUS_PENDING; the interrupt DPC (mcm_intr.c) completes them.
 * Outgoing calls, parties and QoS changes are not supported.
 */
#include "mcm.h"

PROTOCOL_CM_OPEN_AF McmCmOpenAf;
PROTOCOL_CM_CLOSE_AF McmCmCloseAf;
PROTOCOL_CM_REG_SAP McmCmRegisterSap;
PROTOCOL_CM_DEREGISTER_SAP McmCmDeregisterSap;
PROTOCOL_CM_MAKE_CALL McmCmMakeCall;
PROTOCOL_CM_CLOSE_CALL McmCmCloseCall;
PROTOCOL_CM_INCOMING_CALL_COMPLETE McmCmIncomingCallComplete;
PROTOCOL_CM_ACTIVATE_VC_COMPLETE McmCmActivateVcComplete;
PROTOCOL_CM_DEACTIVATE_VC_COMPLETE McmCmDeactivateVcComplete;
PROTOCOL_CM_MODIFY_QOS_CALL McmCmModifyCallQoS;
PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE McmCmNotifyCloseAfComplete;
PROTOCOL_CO_CREATE_VC McmCmCreateVc;
PROTOCOL_CO_DELETE_VC McmCmDeleteVc;
PROTOCOL_CO_OID_REQUEST McmCmOidRequest;

/* These are registered below only through the handler struct, without a role declaration. */
static NDIS_STATUS McmCmAddParty(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
                                 NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext);
static NDIS_STATUS McmCmDropParty(NDIS_HANDLE CallMgrPartyContext, PVOID CloseData, UINT Size);

NDIS_STATUS
McmRegisterCallManager(NDIS_HANDLE NdisDriverHandle)
{
    NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS CmHandlers = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS,
            .Revision = NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1,
            .Size = NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1,
        },
        .CmCreateVcHandler = McmCmCreateVc,
        .CmDeleteVcHandler = McmCmDeleteVc,
        .CmOpenAfHandler = McmCmOpenAf,
        .CmCloseAfHandler = McmCmCloseAf,
        .CmRegisterSapHandler = McmCmRegisterSap,
        .CmDeregisterSapHandler = McmCmDeregisterSap,
        .CmMakeCallHandler = McmCmMakeCall,
        .CmCloseCallHandler = McmCmCloseCall,
        .CmIncomingCallCompleteHandler = McmCmIncomingCallComplete,
        .CmAddPartyHandler = McmCmAddParty,
        .CmDropPartyHandler = McmCmDropParty,
        .CmActivateVcCompleteHandler = McmCmActivateVcComplete,
        .CmDeactivateVcCompleteHandler = McmCmDeactivateVcComplete,
        .CmModifyCallQoSHandler = McmCmModifyCallQoS,
        .CmOidRequestHandler = McmCmOidRequest,
        .CmNotifyCloseAfCompleteHandler = McmCmNotifyCloseAfComplete,
    };

    return NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&CmHandlers);
}

/* Called from MiniportInitializeEx, at PASSIVE_LEVEL. */
NDIS_STATUS
McmRegisterAddressFamily(PMCM_ADAPTER Adapter)
{
    CO_ADDRESS_FAMILY Af;

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    Af.MinorVersion = 1;
    return NdisMCmRegisterAddressFamilyEx(Adapter->MiniportAdapterHandle, &Af); // cm_form_in_mcm-note {{the driver's kind is known from this call to NdisMCmRegisterAddressFamilyEx}}
}

NDIS_STATUS
McmCmOpenAf(NDIS_HANDLE CallMgrBindingContext, PCO_ADDRESS_FAMILY AddressFamily,
            NDIS_HANDLE NdisAfHandle, PNDIS_HANDLE CallMgrAfContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)CallMgrBindingContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (AddressFamily->AddressFamily != CO_ADDRESS_FAMILY_Q2931) {
        return NDIS_STATUS_BAD_VERSION;
    }

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->AfOpen) {
        Status = NDIS_STATUS_FAILURE;      /* one client per adapter */
    } else {
        Adapter->AfOpen = TRUE;
        Adapter->NdisAfHandle = NdisAfHandle;
        Adapter->LinkLossTicks = 0;
    }
    NdisReleaseSpinLock(&Adapter->Lock);

    if (Status == NDIS_STATUS_SUCCESS) {
        *CallMgrAfContext = Adapter;
    }
    return Status;
}

NDIS_STATUS
McmCmCloseAf(NDIS_HANDLE CallMgrAfContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)CallMgrAfContext;

    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->AfOpen = FALSE;
    Adapter->NdisAfHandle = NULL;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

VOID
McmCmNotifyCloseAfComplete(NDIS_HANDLE CallMgrAfContext, NDIS_STATUS Status)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)CallMgrAfContext;

    UNREFERENCED_PARAMETER(Status);

    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->CloseAfQueued = FALSE;
    NdisReleaseSpinLock(&Adapter->Lock);
}

/*
 * Puts the SAP on the queue the DPC drains and tells the hardware to program it.
 * Returns FALSE when the queue is full. Callable at IRQL <= DISPATCH_LEVEL.
 */
BOOLEAN
McmQueueSapRequest(PMCM_ADAPTER Adapter, PMCM_SAP Sap)
{
    BOOLEAN Queued = FALSE;

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->PendingCount < MCM_MAX_PENDING) {
        Adapter->PendingSaps[Adapter->PendingCount++] = Sap;
        Queued = TRUE;
    }
    NdisReleaseSpinLock(&Adapter->Lock);

    if (Queued) {
        /* The device answers with MCM_INT_SAP_DONE. */
        Adapter->Regs->IntStatus |= MCM_INT_SAP_DONE;
    }
    return Queued;
}

NDIS_STATUS
McmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)CallMgrAfContext;
    PMCM_SAP McmSap;

    if (Sap->SapLength < sizeof(ULONG)) {
        return NDIS_STATUS_INVALID_DATA;
    }

    McmSap = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, sizeof(*McmSap),
                                               MCM_TAG, NormalPoolPriority);
    if (McmSap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(McmSap, sizeof(*McmSap));
    McmSap->Adapter = Adapter;
    McmSap->NdisSapHandle = NdisSapHandle;
    McmSap->State = McmSapRegistering;
    NdisMoveMemory(&McmSap->SapId, Sap->Sap, sizeof(ULONG));

    NdisAcquireSpinLock(&Adapter->Lock);
    InsertTailList(&Adapter->SapList, &McmSap->Link);
    NdisReleaseSpinLock(&Adapter->Lock);

    if (!McmQueueSapRequest(Adapter, McmSap)) {
        NdisAcquireSpinLock(&Adapter->Lock);
        RemoveEntryList(&McmSap->Link);
        NdisReleaseSpinLock(&Adapter->Lock);
        NdisFreeMemoryWithTagPriority(Adapter->MiniportAdapterHandle, McmSap, MCM_TAG);
        return NDIS_STATUS_RESOURCES;
    }

    *CallMgrSapContext = McmSap;
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS
McmCmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PMCM_SAP McmSap = (PMCM_SAP)CallMgrSapContext;
    PMCM_ADAPTER Adapter = McmSap->Adapter;

    NdisAcquireSpinLock(&Adapter->Lock);
    McmSap->State = McmSapDeregistering;
    NdisReleaseSpinLock(&Adapter->Lock);

    if (!McmQueueSapRequest(Adapter, McmSap)) {
        /* Could not reach the hardware: the SAP stays registered. */
        NdisAcquireSpinLock(&Adapter->Lock);
        McmSap->State = McmSapRegistered;
        NdisReleaseSpinLock(&Adapter->Lock);
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS
McmCmCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle,
              PNDIS_HANDLE ProtocolVcContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)ProtocolAfContext;
    PMCM_VC Vc;

    Vc = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, sizeof(*Vc), MCM_TAG,
                                           NormalPoolPriority);
    if (Vc == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Vc, sizeof(*Vc));
    Vc->Adapter = Adapter;
    Vc->NdisVcHandle = NdisVcHandle;
    *ProtocolVcContext = Vc;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
McmCmDeleteVc(NDIS_HANDLE ProtocolVcContext)
{
    PMCM_VC Vc = (PMCM_VC)ProtocolVcContext;

    NdisFreeMemoryWithTagPriority(Vc->Adapter->MiniportAdapterHandle, Vc, MCM_TAG);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
McmCmMakeCall(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
              NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext)
{
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS
McmCmCloseCall(NDIS_HANDLE CallMgrVcContext, NDIS_HANDLE CallMgrPartyContext, PVOID CloseData,
               UINT Size)
{
    PMCM_VC Vc = (PMCM_VC)CallMgrVcContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);

    if (Vc->Active) {
        Vc->Active = FALSE;
        Status = NdisMCmDeactivateVc(Vc->NdisVcHandle);
    }
    return Status;
}

/*
 * The client accepted or rejected a call dispatched by McmDispatchSetup.
 * Also called directly from there when the client answered synchronously.
 */
VOID
McmCmIncomingCallComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                          PCO_CALL_PARAMETERS CallParameters)
{
    PMCM_VC Vc = (PMCM_VC)CallMgrVcContext;

    if (Status != NDIS_STATUS_SUCCESS) {
        (VOID)NdisMCmDeleteVc(Vc->NdisVcHandle);
        NdisFreeMemoryWithTagPriority(Vc->Adapter->MiniportAdapterHandle, Vc, MCM_TAG);
        return;
    }

    Status = NdisMCmActivateVc(Vc->NdisVcHandle, CallParameters);
    if (Status == NDIS_STATUS_SUCCESS) {
        Vc->Active = TRUE;
        NdisMCmDispatchCallConnected(Vc->NdisVcHandle);
    }
}

VOID
McmCmActivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                        PCO_CALL_PARAMETERS CallParameters)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

VOID
McmCmDeactivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(CallMgrVcContext);
}

NDIS_STATUS
McmCmModifyCallQoS(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters)
{
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS
McmCmOidRequest(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext,
                NDIS_HANDLE ProtocolPartyContext, PNDIS_OID_REQUEST OidRequest)
{
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(OidRequest);
    return NDIS_STATUS_NOT_SUPPORTED;
}

static NDIS_STATUS
McmCmAddParty(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
              NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext)
{
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    return NDIS_STATUS_NOT_SUPPORTED;
}

static NDIS_STATUS
McmCmDropParty(NDIS_HANDLE CallMgrPartyContext, PVOID CloseData, UINT Size)
{
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);
    return NDIS_STATUS_NOT_SUPPORTED;
}

/*
 * cl_call.c - CoNDIS client handlers of the sample client: SAP, VCs, incoming calls.
 *
 * Once the AF is open the client registers its SAP. An incoming call is pended
 * and accepted from an I/O work item (PASSIVE_LEVEL), which first records the
 * TAPI call id of the VC; NdisCoGetTapiCallId must run at exactly
 * DISPATCH_LEVEL, so the work item raises the IRQL around it.
 */
#include "cl.h"

PROTOCOL_CL_REGISTER_SAP_COMPLETE ClRegisterSapComplete;
PROTOCOL_CL_DEREGISTER_SAP_COMPLETE ClDeregisterSapComplete;
PROTOCOL_CL_CLOSE_AF_COMPLETE ClCloseAfComplete;
PROTOCOL_CL_NOTIFY_CLOSE_AF ClNotifyCloseAf;
PROTOCOL_CL_INCOMING_CALL ClIncomingCall;
PROTOCOL_CL_CALL_CONNECTED ClCallConnected;
PROTOCOL_CL_INCOMING_CLOSE_CALL ClIncomingCloseCall;
PROTOCOL_CL_CLOSE_CALL_COMPLETE ClCloseCallComplete;
PROTOCOL_CL_MAKE_CALL_COMPLETE ClMakeCallComplete;
PROTOCOL_CO_CREATE_VC ClCreateVc;
PROTOCOL_CO_DELETE_VC ClDeleteVc;

/* The work item is registered only through NdisQueueIoWorkItem. */
static VOID ClAcceptCallWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);

/* One call is accepted at a time; protected by ClGlobalLock. */
static PCL_VC ClPendingAccept;

NDIS_STATUS
ClRegisterClientHandlers(NDIS_HANDLE NdisDriverHandle)
{
    NDIS_CO_CLIENT_OPTIONAL_HANDLERS ClHandlers = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_CO_CLIENT_OPTIONAL_HANDLERS,
            .Revision = NDIS_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1,
            .Size = NDIS_SIZEOF_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1,
        },
        .ClCreateVcHandler = ClCreateVc,
        .ClDeleteVcHandler = ClDeleteVc,
        .ClOpenAfCompleteHandlerEx = ClOpenAfCompleteEx,
        .ClCloseAfCompleteHandler = ClCloseAfComplete,
        .ClRegisterSapCompleteHandler = ClRegisterSapComplete,
        .ClDeregisterSapCompleteHandler = ClDeregisterSapComplete,
        .ClMakeCallCompleteHandler = ClMakeCallComplete,
        .ClCloseCallCompleteHandler = ClCloseCallComplete,
        .ClIncomingCallHandler = ClIncomingCall,
        .ClIncomingCloseCallHandler = ClIncomingCloseCall,
        .ClCallConnectedHandler = ClCallConnected,
        .ClNotifyCloseAfHandler = ClNotifyCloseAf,
    };

    return NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&ClHandlers);
}

VOID
ClOpenAfCompleteEx(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisAfHandle, NDIS_STATUS Status)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolAfContext;

    NdisAcquireSpinLock(&ClGlobalLock); // openaf_under_lock-warning {{'NdisAcquireSpinLock' acquires the spin lock '&ClGlobalLock' while this path already holds it [SpinLock]}}
    Binding->AfState = (Status == NDIS_STATUS_SUCCESS) ? ClAfOpen : ClAfNone;
    NdisReleaseSpinLock(&ClGlobalLock); // openaf_under_lock-note {{'&ClGlobalLock' released here by 'NdisReleaseSpinLock'}}
    if (Status != NDIS_STATUS_SUCCESS) {
        return;
    }
    Binding->NdisAfHandle = NdisAfHandle;

    Binding->SapBuffer.Sap.SapType = 0;
    Binding->SapBuffer.Sap.SapLength = sizeof(ULONG);
    NdisMoveMemory(Binding->SapBuffer.Sap.Sap, &Binding->SapBuffer.SapId, sizeof(ULONG));

    Status = NdisClRegisterSap(NdisAfHandle, Binding, &Binding->SapBuffer.Sap,
                               &Binding->NdisSapHandle);
    if (Status != NDIS_STATUS_PENDING) {
        ClRegisterSapComplete(Status, Binding, &Binding->SapBuffer.Sap, Binding->NdisSapHandle);
    }
}

VOID
ClRegisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext, PCO_SAP Sap,
                      NDIS_HANDLE NdisSapHandle)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolSapContext;

    UNREFERENCED_PARAMETER(Sap);

    Binding->NdisSapHandle = (Status == NDIS_STATUS_SUCCESS) ? NdisSapHandle : NULL;
}

VOID
ClDeregisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolSapContext;

    UNREFERENCED_PARAMETER(Status);

    Binding->NdisSapHandle = NULL;
    if (Binding->CloseRequested) {
        NdisClNotifyCloseAddressFamilyComplete(Binding->NdisAfHandle, NDIS_STATUS_SUCCESS);
    }
    Status = NdisClCloseAddressFamily(Binding->NdisAfHandle);
    if (Status != NDIS_STATUS_PENDING) {
        ClCloseAfComplete(Status, Binding);
    }
}

VOID
ClCloseAfComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolAfContext;

    UNREFERENCED_PARAMETER(Status);

    NdisAcquireSpinLock(&ClGlobalLock);
    Binding->AfState = ClAfNone;
    Binding->NdisAfHandle = NULL;
    NdisReleaseSpinLock(&ClGlobalLock);
    NdisSetEvent(&Binding->AfClosedEvent);
}

NDIS_STATUS
ClNotifyCloseAf(NDIS_HANDLE ProtocolAfContext)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolAfContext;

    Binding->CloseRequested = TRUE;
    ClStartAfTeardown(Binding);
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS
ClCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle, PNDIS_HANDLE ProtocolVcContext)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolAfContext;
    PCL_VC Vc;

    Vc = NdisAllocateMemoryWithTagPriority(ClProtocolHandle, sizeof(*Vc), CL_TAG,
                                           NormalPoolPriority);
    if (Vc == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Vc, sizeof(*Vc));
    Vc->Binding = Binding;
    Vc->NdisVcHandle = NdisVcHandle;
    *ProtocolVcContext = Vc;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ClDeleteVc(NDIS_HANDLE ProtocolVcContext)
{
    NdisFreeMemoryWithTagPriority(ClProtocolHandle, ProtocolVcContext, CL_TAG);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ClIncomingCall(NDIS_HANDLE ProtocolSapContext, NDIS_HANDLE ProtocolVcContext,
               PCO_CALL_PARAMETERS CallParameters)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolSapContext;
    PCL_VC Vc = (PCL_VC)ProtocolVcContext;
    BOOLEAN Busy = FALSE;

    NdisAcquireSpinLock(&ClGlobalLock);
    if (ClPendingAccept != NULL || Binding->AfState != ClAfOpen) {
        Busy = TRUE;
    } else {
        Vc->CallParameters = CallParameters;
        ClPendingAccept = Vc;
    }
    NdisReleaseSpinLock(&ClGlobalLock);

    if (Busy) {
        return NDIS_STATUS_RESOURCES;
    }
    // tapi_callid_passive-note@+1 {{'ClAcceptCallWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}
    NdisQueueIoWorkItem(Binding->AcceptWorkItem, ClAcceptCallWorker, Binding);
    return NDIS_STATUS_PENDING;
}

static VOID
ClAcceptCallWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCL_VC Vc;
    VAR_STRING CallId;
    NDIS_STATUS Status;
#ifndef FAULT_TAPI_CALLID_PASSIVE
    KIRQL OldIrql;
#endif

    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    NdisAcquireSpinLock(&ClGlobalLock);
    Vc = ClPendingAccept;
    ClPendingAccept = NULL;
    NdisReleaseSpinLock(&ClGlobalLock);
    if (Vc == NULL) {
        return;
    }

    NdisZeroMemory(&CallId, sizeof(CallId));
    CallId.ulTotalSize = sizeof(CallId);
#ifdef FAULT_TAPI_CALLID_PASSIVE
    /* The work item already runs at PASSIVE_LEVEL, so the raise was "simplified" away. */
    Status = NdisCoGetTapiCallId(Vc->NdisVcHandle, &CallId); // tapi_callid_passive-warning {{'NdisCoGetTapiCallId' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Connection_Function]}}
#else
    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    Status = NdisCoGetTapiCallId(Vc->NdisVcHandle, &CallId);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
#endif
    UNREFERENCED_PARAMETER(Status);   /* the id is only logged; a VC without one is fine */

    NdisClIncomingCallComplete(NDIS_STATUS_SUCCESS, Vc->NdisVcHandle, Vc->CallParameters);
}

VOID
ClCallConnected(NDIS_HANDLE ProtocolVcContext)
{
    PCL_VC Vc = (PCL_VC)ProtocolVcContext;

    Vc->Connected = TRUE;
}

VOID
ClIncomingCloseCall(NDIS_STATUS CloseStatus, NDIS_HANDLE ProtocolVcContext, PVOID CloseData,
                    UINT Size)
{
    PCL_VC Vc = (PCL_VC)ProtocolVcContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(CloseStatus);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);

    Vc->Connected = FALSE;
    Status = NdisClCloseCall(Vc->NdisVcHandle, NULL, NULL, 0);
    if (Status != NDIS_STATUS_PENDING) {
        ClCloseCallComplete(Status, Vc, NULL);
    }
}

VOID
ClCloseCallComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                    NDIS_HANDLE ProtocolPartyContext)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    /* The call manager created the VC of an incoming call and deletes it. */
}

VOID
ClMakeCallComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                   NDIS_HANDLE ProtocolPartyContext, PCO_CALL_PARAMETERS CallParameters)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

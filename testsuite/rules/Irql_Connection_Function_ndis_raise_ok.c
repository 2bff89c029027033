/*
 * The work item raises to DISPATCH_LEVEL with NDIS_RAISE_IRQL_TO_DISPATCH around
 * NdisCoGetTapiCallId (which requires exactly DISPATCH_LEVEL) and lowers it
 * again with NDIS_LOWER_IRQL; NdisCoDeleteVc (<= DISPATCH_LEVEL) follows.
 */
#include <ndis.h>

typedef struct _CLIENT_VC {
    NDIS_HANDLE NdisVcHandle;
    NDIS_HANDLE WorkItem;
    ULONG CallId;
} CLIENT_VC, *PCLIENT_VC;

PROTOCOL_CL_CALL_CONNECTED ClCallConnected;

static VOID ClLogCallIdWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);

VOID
ClCallConnected(NDIS_HANDLE ProtocolVcContext)
{
    PCLIENT_VC Vc = (PCLIENT_VC)ProtocolVcContext;

    NdisQueueIoWorkItem(Vc->WorkItem, ClLogCallIdWorker, Vc);
}

static VOID
ClLogCallIdWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCLIENT_VC Vc = (PCLIENT_VC)WorkItemContext;
    VAR_STRING CallId;
    NDIS_STATUS Status;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    NdisZeroMemory(&CallId, sizeof(CallId));
    CallId.ulTotalSize = sizeof(CallId);
    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    Status = NdisCoGetTapiCallId(Vc->NdisVcHandle, &CallId);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);

    if (Status == NDIS_STATUS_SUCCESS) {
        Vc->CallId = CallId.ulStringSize;
    } else {
        (VOID)NdisCoDeleteVc(Vc->NdisVcHandle);
    }
}

// expected-no-diagnostics

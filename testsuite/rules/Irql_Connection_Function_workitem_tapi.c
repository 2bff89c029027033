/*
 * An NDIS I/O work item runs at PASSIVE_LEVEL; NdisCoGetTapiCallId requires
 * exactly DISPATCH_LEVEL. Role evidence: the NdisQueueIoWorkItem call that
 * names the work routine.
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

    NdisQueueIoWorkItem(Vc->WorkItem, ClLogCallIdWorker, Vc); // expected-note {{'ClLogCallIdWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}
}

static VOID
ClLogCallIdWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCLIENT_VC Vc = (PCLIENT_VC)WorkItemContext;
    VAR_STRING CallId;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    NdisZeroMemory(&CallId, sizeof(CallId));
    CallId.ulTotalSize = sizeof(CallId);
    if (NdisCoGetTapiCallId(Vc->NdisVcHandle, &CallId) == NDIS_STATUS_SUCCESS) { // expected-warning {{'NdisCoGetTapiCallId' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Connection_Function]}}
        Vc->CallId = CallId.ulStringSize;
    }
}

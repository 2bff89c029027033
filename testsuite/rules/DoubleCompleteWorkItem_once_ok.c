/*
 * Compliant deferrals: MiniportOidRequest returns NDIS_STATUS_PENDING after queueing its request
 * to a work item, which completes it once (on either branch); a DPC drains a queue of pended
 * requests, a new request in each iteration; a timer completes the pended request and clears the
 * pointer before the next iteration could see it again.
 */
#include <ndis.h>

// expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE WorkItem;
    PNDIS_OID_REQUEST PendingRequest;
    LIST_ENTRY RequestQueue;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;
NDIS_IO_WORKITEM_FUNCTION MpOidWorker;
NDIS_TIMER_FUNCTION MpRetryTimer;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

NDIS_STATUS MpProgramHardware(PNDIS_OID_REQUEST Request);
PNDIS_OID_REQUEST MpDequeueRequest(PMP_ADAPTER Adapter);

VOID
MpOidWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNDIS_OID_REQUEST Request = (PNDIS_OID_REQUEST)WorkItemContext;
    NDIS_STATUS Status = MpProgramHardware(Request);

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMOidRequestComplete(NULL, Request, Status);
        return;
    }
    NdisMOidRequestComplete(NULL, Request, NDIS_STATUS_SUCCESS);
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    NdisQueueIoWorkItem(Adapter->WorkItem, MpOidWorker, OidRequest);
    return NDIS_STATUS_PENDING;
}

VOID
MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    PNDIS_OID_REQUEST Request;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    while ((Request = MpDequeueRequest(Adapter)) != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_SUCCESS);
    }
}

VOID
MpRetryTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;
    ULONG i;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    for (i = 0; i < 4; i++) {
        if (Adapter->PendingRequest != NULL) {
            NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_SUCCESS);
            Adapter->PendingRequest = NULL;
        }
    }
}

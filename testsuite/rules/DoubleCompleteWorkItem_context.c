/*
 * MiniportOidRequest hands its request to an NDIS I/O work item through a context block and
 * returns NDIS_STATUS_PENDING; the work item completes it once through the context and once more
 * through a local copy of the pointer: the same request, by identity, completed twice.
 */
#include <ndis.h>

typedef struct _MP_OID_WORK {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE WorkItem;
    PNDIS_OID_REQUEST Request;
    NDIS_STATUS Status;
} MP_OID_WORK, *PMP_OID_WORK;

MINIPORT_OID_REQUEST MpOidRequest;
NDIS_IO_WORKITEM_FUNCTION MpOidWorker;

PMP_OID_WORK MpAllocateOidWork(NDIS_HANDLE MiniportAdapterContext);
NDIS_STATUS MpSetPowerState(PMP_OID_WORK Work);

VOID
MpOidWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_OID_WORK Work = (PMP_OID_WORK)WorkItemContext;
    PNDIS_OID_REQUEST Request = Work->Request;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    Work->Status = MpSetPowerState(Work);
    if (Work->Status != NDIS_STATUS_SUCCESS) {
        NdisMOidRequestComplete(Work->AdapterHandle, Work->Request, Work->Status); // expected-note {{OID request 'Work->Request' completed here by NdisMOidRequestComplete}}
    }
    NdisMOidRequestComplete(Work->AdapterHandle, Request, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [DoubleCompleteWorkItem]}}
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_OID_WORK Work = MpAllocateOidWork(MiniportAdapterContext);

    if (Work == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    Work->Request = OidRequest;
    NdisQueueIoWorkItem(Work->WorkItem, MpOidWorker, Work);
    return NDIS_STATUS_PENDING;
}

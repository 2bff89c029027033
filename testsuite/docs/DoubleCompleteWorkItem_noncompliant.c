#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE OidWorkItem;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;
NDIS_STATUS MpOtherOids(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest); /* the other OIDs */
NDIS_IO_WORKITEM_FUNCTION MpReceiveBufferSpaceWorker;

NDIS_STATUS MpQueryReceiveBufferSpace(PNDIS_OID_REQUEST Request);

VOID
MpReceiveBufferSpaceWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNDIS_OID_REQUEST Request = (PNDIS_OID_REQUEST)WorkItemContext;
    NDIS_STATUS Status = MpQueryReceiveBufferSpace(Request);

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMOidRequestComplete(NULL, Request, Status); // expected-note {{OID request 'Request' completed here by NdisMOidRequestComplete}}
    }
    NdisMOidRequestComplete(NULL, Request, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [DoubleCompleteWorkItem]}}
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (OidRequest->DATA.QUERY_INFORMATION.Oid == OID_GEN_RECEIVE_BUFFER_SPACE) {
        NdisQueueIoWorkItem(Adapter->OidWorkItem, MpReceiveBufferSpaceWorker, OidRequest);
        return NDIS_STATUS_PENDING;
    }
    return MpOtherOids(MiniportAdapterContext, OidRequest);
}

#include <ndis.h> // expected-no-diagnostics

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
    NdisMOidRequestComplete(NULL, Request, Status);     /* once, with the final status */
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

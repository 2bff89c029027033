/*
 * A work item completes the deferred OID request with the status its hardware helper returned;
 * on the path where the helper returned NDIS_STATUS_PENDING that status is handed to the
 * completion, which must carry the final status. A filter passes NDIS_STATUS_PENDING literally.
 */
#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Busy;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_IO_WORKITEM_FUNCTION MpOidWorker;
FILTER_OID_REQUEST FltOidRequest;

static NDIS_STATUS
MpProgramFilter(PMP_ADAPTER Adapter)
{
    if (Adapter->Busy) {
        return NDIS_STATUS_PENDING;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
MpOidWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNDIS_OID_REQUEST Request = (PNDIS_OID_REQUEST)WorkItemContext;
    PMP_ADAPTER Adapter = (PMP_ADAPTER)Request->RequestHandle;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    Status = MpProgramFilter(Adapter);
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, Status); // expected-warning {{'NdisMOidRequestComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the OID request [NdisOidComplete]}}
}

NDIS_STATUS
FltOidRequest(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest)
{
    NdisFOidRequestComplete(FilterModuleContext, OidRequest, NDIS_STATUS_PENDING); // expected-warning {{'NdisFOidRequestComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the OID request [NdisOidComplete]}}
    return NDIS_STATUS_PENDING;
}

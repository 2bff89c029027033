/*
 * Compliant: a status variable that holds NDIS_STATUS_PENDING on one branch is replaced by the
 * final status before the completion; a switch maps the hardware result to final statuses only.
 */
#include <ndis.h>

// expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Busy;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_IO_WORKITEM_FUNCTION MpOidWorker;
MINIPORT_CO_OID_REQUEST McoOidRequest;

static NDIS_STATUS
MpProgramFilter(PMP_ADAPTER Adapter)
{
    if (Adapter->Busy) {
        return NDIS_STATUS_PENDING;
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MpWaitForHardware(PMP_ADAPTER Adapter);

VOID
MpOidWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNDIS_OID_REQUEST Request = (PNDIS_OID_REQUEST)WorkItemContext;
    PMP_ADAPTER Adapter = (PMP_ADAPTER)Request->RequestHandle;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    Status = MpProgramFilter(Adapter);
    if (Status == NDIS_STATUS_PENDING) {
        Status = MpWaitForHardware(Adapter);
        if (Status == NDIS_STATUS_PENDING) {
            Status = NDIS_STATUS_FAILURE;
        }
    }
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, Status);
}

NDIS_STATUS
McoOidRequest(NDIS_HANDLE MiniportAdapterContext, NDIS_HANDLE MiniportVcContext, PNDIS_OID_REQUEST NdisRequest)
{
    NDIS_STATUS Status = MpProgramFilter((PMP_ADAPTER)MiniportAdapterContext);

    switch (Status) {
    case NDIS_STATUS_PENDING:
        return NDIS_STATUS_PENDING;
    default:
        NdisMCoOidRequestComplete(MiniportAdapterContext, MiniportVcContext, NdisRequest, Status);
        return NDIS_STATUS_PENDING;
    }
}

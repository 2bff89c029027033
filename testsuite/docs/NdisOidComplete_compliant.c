#include <ndis.h> // expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    BOOLEAN LinkChanging;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_IO_WORKITEM_FUNCTION MpSetPowerWorker;

static NDIS_STATUS
MpProgramPowerState(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    UNREFERENCED_PARAMETER(Request);
    if (Adapter->LinkChanging) {
        return NDIS_STATUS_PENDING;     /* the link interrupt finishes the transition */
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
MpSetPowerWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNDIS_OID_REQUEST Request = (PNDIS_OID_REQUEST)WorkItemContext;
    PMP_ADAPTER Adapter = (PMP_ADAPTER)Request->RequestHandle;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    Status = MpProgramPowerState(Adapter, Request);
    if (Status == NDIS_STATUS_PENDING) {
        return;                         /* the link interrupt's DPC completes the request */
    }
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, Status);
}

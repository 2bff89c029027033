/*
 * A helper returns NDIS_STATUS_FAILURE on the path that clears the error flag it tested and
 * NDIS_STATUS_SUCCESS on the path where the flag was already clear: both paths leave the same
 * facts, and only the helper's result tells them apart. The work item's failure branch completes
 * the request and falls through to the success completion: the result is kept with each path, so
 * the second completion is seen.
 */
#include <ndis.h>

typedef struct _MP_REGS {
    ULONG MailboxError;
} MP_REGS, *PMP_REGS;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PNDIS_OID_REQUEST PendingRequest;
    PMP_REGS Regs;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_IO_WORKITEM_FUNCTION MpMailboxWorker;

static NDIS_STATUS
MpReadMailbox(PMP_ADAPTER Adapter)
{
    if (Adapter->Regs->MailboxError) {
        Adapter->Regs->MailboxError = 0;
        return NDIS_STATUS_FAILURE;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
MpMailboxWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)WorkItemContext;
    PNDIS_OID_REQUEST Request = Adapter->PendingRequest;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    Adapter->PendingRequest = NULL;
    if (Request == NULL) {
        return;
    }
    Status = MpReadMailbox(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Request, Status); // expected-note {{OID request 'Request' completed here by NdisMOidRequestComplete}}
    }
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [DoubleCompleteWorkItem]}}
}

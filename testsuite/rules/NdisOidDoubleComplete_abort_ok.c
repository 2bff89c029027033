/*
 * Compliant: MiniportHaltEx aborts the pended OID request once and clears the pointer, so the
 * flush that follows sees no request; a MiniportCancelOidRequest completes the request it finds and
 * forgets it. A completion of the handler's own request twice is DoubleComplete's, not this rule's
 * (see DoubleComplete_twice.c).
 */
#include <ndis.h>

// expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PNDIS_OID_REQUEST PendingRequest;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_HALT MpHaltEx;
MINIPORT_CANCEL_OID_REQUEST MpCancelOidRequest;

static VOID
MpAbortPendingRequest(PMP_ADAPTER Adapter)
{
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_REQUEST_ABORTED);
        Adapter->PendingRequest = NULL;
    }
}

VOID
MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    MpAbortPendingRequest(Adapter);
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_REQUEST_ABORTED);
    }
}

VOID
MpCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNDIS_OID_REQUEST Request = Adapter->PendingRequest;

    if (Request != NULL && Request->RequestId == RequestId) {
        Adapter->PendingRequest = NULL;
        NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_REQUEST_ABORTED);
    }
}

/*
 * Compliant MiniportOidRequest handlers: a status variable set to NDIS_STATUS_PENDING in the one
 * branch that completes the request (the other branch finishes it synchronously without a
 * completion); a helper that completes the request while its caller returns NDIS_STATUS_PENDING;
 * a completion before `return NDIS_STATUS_PENDING` on a switch case.
 */
#include <ndis.h>

// expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    ULONG PacketFilter;
    BOOLEAN HardwareBusy;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;
MINIPORT_OID_REQUEST MpOidRequest2;

static VOID
MpCompleteSet(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request, NDIS_STATUS Status)
{
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, Status);
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status;

    if (Adapter->HardwareBusy) {
        Adapter->PacketFilter = 0;
        NdisMOidRequestComplete(Adapter->AdapterHandle, OidRequest, NDIS_STATUS_SUCCESS);
        Status = NDIS_STATUS_PENDING;
    } else {
        Status = NDIS_STATUS_SUCCESS;
    }
    return Status;
}

NDIS_STATUS
MpOidRequest2(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    switch (OidRequest->RequestType) {
    case NdisRequestSetInformation:
        MpCompleteSet(Adapter, OidRequest, NDIS_STATUS_SUCCESS);
        return NDIS_STATUS_PENDING;
    case NdisRequestQueryInformation:
        NdisMOidRequestComplete(Adapter->AdapterHandle, OidRequest, NDIS_STATUS_NOT_SUPPORTED);
        return NDIS_STATUS_PENDING;
    default:
        return NDIS_STATUS_NOT_SUPPORTED;
    }
}

#include <ndis.h> // expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_SPIN_LOCK Lock;
    PNDIS_OID_REQUEST PendingRequest;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_RESET MpReset;

static VOID
MpAbortPendingRequest(PMP_ADAPTER Adapter)
{
    PNDIS_OID_REQUEST Request;

    NdisAcquireSpinLock(&Adapter->Lock);
    Request = Adapter->PendingRequest;
    Adapter->PendingRequest = NULL;         /* nobody else can complete it now */
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Request != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_REQUEST_ABORTED);
    }
}

NDIS_STATUS
MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    MpAbortPendingRequest(Adapter);
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_RESET_IN_PROGRESS);
    }
    return NDIS_STATUS_SUCCESS;
}

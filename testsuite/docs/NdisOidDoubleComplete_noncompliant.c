#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_SPIN_LOCK Lock;
    PNDIS_OID_REQUEST PendingRequest;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_RESET MpReset;

static VOID
MpAbortPendingRequest(PMP_ADAPTER Adapter)
{
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_REQUEST_ABORTED); // expected-note {{OID request 'Adapter->PendingRequest' completed here by NdisMOidRequestComplete}}
    }
}

NDIS_STATUS
MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    MpAbortPendingRequest(Adapter); // expected-note {{'MpAbortPendingRequest' called here}}
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_RESET_IN_PROGRESS); // expected-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [NdisOidDoubleComplete]}}
    }
    return NDIS_STATUS_SUCCESS;
}

/*
 * MiniportHaltEx aborts the OID request the adapter still holds pended, through a helper, and then
 * completes the same pointer again while flushing: a double completion in a function that is
 * neither an OID handler nor a deferred routine.
 */
#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PNDIS_OID_REQUEST PendingRequest;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_HALT MpHaltEx;

static VOID
MpAbortPendingRequest(PMP_ADAPTER Adapter)
{
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_REQUEST_ABORTED); // expected-note {{OID request 'Adapter->PendingRequest' completed here by NdisMOidRequestComplete}}
    }
}

VOID
MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    MpAbortPendingRequest(Adapter); // expected-note {{'MpAbortPendingRequest' called here}}
    if (Adapter->PendingRequest != NULL) {
        NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_REQUEST_ABORTED); // expected-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [NdisOidDoubleComplete]}}
    }
}

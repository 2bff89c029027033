/*
 * A MiniportOidRequest handler that pends its request completes it on an error path and then
 * again on the common path: the second completion is reported, with the first as a note.
 */
#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Halting;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_OID_REQUEST MpOidRequest;

static VOID
MpFailRequest(PMP_ADAPTER Adapter, PNDIS_OID_REQUEST Request)
{
    NdisMOidRequestComplete(Adapter->AdapterHandle, Request, NDIS_STATUS_ADAPTER_NOT_READY); // expected-note {{OID request completed here by NdisMOidRequestComplete}}
}

NDIS_STATUS
MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (Adapter->Halting) {
        MpFailRequest(Adapter, OidRequest); // expected-note {{'MpFailRequest' called here}}
        Status = NDIS_STATUS_ADAPTER_NOT_READY;
    }
    NdisMOidRequestComplete(Adapter->AdapterHandle, OidRequest, Status); // expected-warning {{the OID request is completed a second time by 'NdisMOidRequestComplete' on this path [DoubleComplete]}}
    return NDIS_STATUS_PENDING;
}

/*
 * A timer function completes the adapter's pended OID request in a retry loop without clearing
 * the pointer: the next iteration completes the same request again.
 */
#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PNDIS_OID_REQUEST PendingRequest;
    ULONG Retries;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_TIMER_FUNCTION MpRetryTimer;
BOOLEAN MpLinkSettled(PMP_ADAPTER Adapter);

VOID
MpRetryTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    while (Adapter->Retries > 0) {
        Adapter->Retries--;
        if (MpLinkSettled(Adapter)) {
            NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingRequest, NDIS_STATUS_SUCCESS); // expected-warning {{the OID request is completed again by 'NdisMOidRequestComplete' in the next iteration of the loop [DoubleCompleteWorkItem]}} expected-note {{OID request 'Adapter->PendingRequest' completed here by NdisMOidRequestComplete}}
        }
    }
}

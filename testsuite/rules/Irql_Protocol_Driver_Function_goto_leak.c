/*
 * goto-based cleanup with a leaked lock: the `Closing` check jumps to the
 * cleanup label while the spin lock is still held; the filter check reaches it at
 * PASSIVE_LEVEL. NdisCloseAdapterEx (PASSIVE_LEVEL only) "may be called" at
 * DISPATCH_LEVEL. The lock rules report the leak itself: the `Closing` path reaches the end of the
 * callback with the lock held (at the acquire, the path having no return statement).
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE BindContext;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Closing;
    BOOLEAN Ready;
    BOOLEAN FiltersSet;
} BINDING, *PBINDING;

PROTOCOL_OPEN_ADAPTER_COMPLETE_EX PrOpenComplete;

VOID
PrOpenComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;

    if (Status != NDIS_STATUS_SUCCESS) {
        NdisCompleteBindAdapterEx(Binding->BindContext, Status);
        return;
    }

    NdisAcquireSpinLock(&Binding->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    // expected-warning@-1 {{'PrOpenComplete' returns with the spin lock '&Binding->Lock' held [SpinLock]}}
    // expected-warning@-2 {{'PrOpenComplete' returns having acquired the spin lock '&Binding->Lock' more often than it released it [SpinLockBalanced]}}
    // expected-note@-3 2 {{'&Binding->Lock' acquired here by 'NdisAcquireSpinLock'}}
    // expected-note@-4 2 {{'PrOpenComplete' reaches its end on this path with the lock held}}
    if (Binding->Closing) {
        Status = NDIS_STATUS_CLOSING;
        goto fail;                          /* the lock is still held here */
    }
    Binding->Ready = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);

    if (!Binding->FiltersSet) {
        Status = NDIS_STATUS_FAILURE;
        goto fail;                          /* PASSIVE_LEVEL here */
    }
    NdisCompleteBindAdapterEx(Binding->BindContext, NDIS_STATUS_SUCCESS);
    return;

fail:
    (VOID)NdisCloseAdapterEx(Binding->BindingHandle); // expected-warning {{'NdisCloseAdapterEx' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
    NdisCompleteBindAdapterEx(Binding->BindContext, Status);
}

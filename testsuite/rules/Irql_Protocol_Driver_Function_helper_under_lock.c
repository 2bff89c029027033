/*
 * A CoNDIS client's AF-notify handler (PASSIVE_LEVEL) calls a helper while
 * holding an NDIS spin lock; the helper opens the AF, which requires
 * PASSIVE_LEVEL. Notes: the call site in the caller, then the lock.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN AfOpening;
} BINDING, *PBINDING;

PROTOCOL_CO_AF_REGISTER_NOTIFY ClAfNotify;

static NDIS_STATUS
ClOpenAf(PBINDING Binding, PCO_ADDRESS_FAMILY AddressFamily)
{
    return NdisClOpenAddressFamilyEx(Binding->BindingHandle, AddressFamily, Binding, // expected-warning {{'NdisClOpenAddressFamilyEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
                                     &Binding->NdisAfHandle);
}

VOID
ClAfNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;

    NdisAcquireSpinLock(&Binding->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (!Binding->AfOpening) {
        Binding->AfOpening = TRUE;
        (VOID)ClOpenAf(Binding, AddressFamily); // expected-note {{'ClOpenAf' called here at DISPATCH_LEVEL}}
    }
    NdisReleaseSpinLock(&Binding->Lock);
}

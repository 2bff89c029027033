/*
 * KeAcquireSpinLock raises to DISPATCH_LEVEL and KeReleaseSpinLock restores the
 * IRQL it saved. NdisCloseAdapterEx (PASSIVE_LEVEL only) inside the region is
 * a violation; the one after the release is not.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    KSPIN_LOCK Lock;
    LONG References;
} BINDING, *PBINDING;

PROTOCOL_UNBIND_ADAPTER_EX PrUnbind;

NDIS_STATUS
PrUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    KIRQL OldIrql;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    BOOLEAN Last;

    UNREFERENCED_PARAMETER(UnbindContext);

    KeAcquireSpinLock(&Binding->Lock, &OldIrql); // expected-note {{IRQL raised to DISPATCH_LEVEL by KeAcquireSpinLock here}}
    Last = (--Binding->References == 0);
    if (Last) {
        Status = NdisCloseAdapterEx(Binding->BindingHandle); // expected-warning {{'NdisCloseAdapterEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
    }
    KeReleaseSpinLock(&Binding->Lock, OldIrql);

    if (!Last) {
        Status = NdisCloseAdapterEx(Binding->BindingHandle);
    }
    return Status;
}

/*
 * Cross-TU case, first file: the unbind handler takes the binding lock and
 * calls XtuReleaseBinding, defined in b.c. Verified together with b.c as one
 * driver; the notes of the finding in b.c are here.
 */
#include <ndis.h>

typedef struct _XTU_BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Closing;
} XTU_BINDING, *PXTU_BINDING;

NDIS_STATUS XtuReleaseBinding(PXTU_BINDING Binding);

PROTOCOL_UNBIND_ADAPTER_EX XtuUnbind;

NDIS_STATUS
XtuUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PXTU_BINDING Binding = (PXTU_BINDING)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(UnbindContext);

    NdisAcquireSpinLock(&Binding->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Binding->Closing = TRUE;
    Status = XtuReleaseBinding(Binding); // expected-note {{'XtuReleaseBinding' called here at DISPATCH_LEVEL}}
    NdisReleaseSpinLock(&Binding->Lock);
    return Status;
}

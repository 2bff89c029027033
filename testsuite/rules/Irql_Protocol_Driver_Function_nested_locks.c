/*
 * Two nested NDIS spin locks. Releasing the inner one restores the IRQL saved
 * by its acquire, which is DISPATCH_LEVEL because the outer one is still held:
 * NdisCloseAdapterEx (PASSIVE_LEVEL only) is still called at DISPATCH_LEVEL.
 * The note points at the outer acquire, which raised the IRQL. After the outer
 * release, the second NdisCloseAdapterEx is fine.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Closing;
} BINDING, *PBINDING;

static NDIS_SPIN_LOCK GlobalLock;
static ULONG OpenCount;

PROTOCOL_UNBIND_ADAPTER_EX PrUnbind;

NDIS_STATUS
PrUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(UnbindContext);

    NdisAcquireSpinLock(&GlobalLock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    NdisAcquireSpinLock(&Binding->Lock);
    Binding->Closing = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);
    OpenCount--;
    if (OpenCount == 0) {
        Status = NdisCloseAdapterEx(Binding->BindingHandle); // expected-warning {{'NdisCloseAdapterEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
    }
    NdisReleaseSpinLock(&GlobalLock);

    if (OpenCount != 0) {
        Status = NdisCloseAdapterEx(Binding->BindingHandle);
    }
    return Status;
}

/*
 * The loop body acquires and releases the spin lock on every path, including the
 * path that leaves the loop with `break`; after the loop the IRQL is back at
 * PASSIVE_LEVEL and the PASSIVE_LEVEL-only NdisCloseAdapterEx is fine.
 */
#include <ndis.h>

#define MAX_VCS 8

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE Vcs[MAX_VCS];
    ULONG Busy;
} BINDING, *PBINDING;

PROTOCOL_UNBIND_ADAPTER_EX PrUnbind;

NDIS_STATUS
PrUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    ULONG i;

    UNREFERENCED_PARAMETER(UnbindContext);

    for (i = 0; i < MAX_VCS; i++) {
        NdisAcquireSpinLock(&Binding->Lock);
        if (Binding->Busy > 0) {
            NdisReleaseSpinLock(&Binding->Lock);
            break;
        }
        Binding->Vcs[i] = NULL;
        NdisReleaseSpinLock(&Binding->Lock);
    }

    return NdisCloseAdapterEx(Binding->BindingHandle);
}

// expected-no-diagnostics

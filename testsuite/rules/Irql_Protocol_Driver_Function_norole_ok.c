/*
 * PrShutdownBinding has no callback role and no caller in the driver, so it is
 * assumed to start at PASSIVE_LEVEL; the PASSIVE_LEVEL-only DDIs it calls are
 * fine, including NdisCloseAdapterEx after a lock has been released.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Closed;
} BINDING, *PBINDING;

NDIS_STATUS
PrShutdownBinding(PBINDING Binding, NDIS_HANDLE ProtocolHandle)
{
    BOOLEAN AlreadyClosed;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    NdisAcquireSpinLock(&Binding->Lock);
    AlreadyClosed = Binding->Closed;
    Binding->Closed = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);

    if (!AlreadyClosed) {
        Status = NdisCloseAdapterEx(Binding->BindingHandle);
    }
    NdisDeregisterProtocolDriver(ProtocolHandle);
    return Status;
}

// expected-no-diagnostics

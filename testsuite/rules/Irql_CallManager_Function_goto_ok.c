/*
 * goto-based cleanup: every path that reaches the `out:` label has released the
 * spin lock, so the PASSIVE_LEVEL-only NdisCmRegisterAddressFamilyEx after the
 * label runs at PASSIVE_LEVEL.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Closing;
    BOOLEAN AfRegistered;
    ULONG Retries;
} BINDING, *PBINDING;

PROTOCOL_OPEN_ADAPTER_COMPLETE_EX CmOpenComplete;

VOID
CmOpenComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    CO_ADDRESS_FAMILY Af;
    BOOLEAN Register = FALSE;

    if (Status != NDIS_STATUS_SUCCESS) {
        goto out;
    }

    NdisAcquireSpinLock(&Binding->Lock);
    if (Binding->Closing) {
        NdisReleaseSpinLock(&Binding->Lock);
        goto out;
    }
    if (Binding->AfRegistered) {
        Binding->Retries++;
        NdisReleaseSpinLock(&Binding->Lock);
        goto out;
    }
    Register = TRUE;
    NdisReleaseSpinLock(&Binding->Lock);

out:
    if (!Register) {
        return;
    }
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    if (NdisCmRegisterAddressFamilyEx(Binding->BindingHandle, &Af) == NDIS_STATUS_SUCCESS) {
        Binding->AfRegistered = TRUE;
    }
}

// expected-no-diagnostics

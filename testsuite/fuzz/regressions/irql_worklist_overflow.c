/*
 * A TU that clang rejects but that compiles with other compilers' leniency:
 * the prototype and the definition of PrCloseAll disagree (int vs long) and a
 * statement lacks its semicolon. The checker reports clang's errors and still
 * analyzes the body of the invalid function: NdisCloseAdapterEx is called with
 * a spin lock held.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    LONG Open;
} BINDING, *PBINDING;

static BINDING Bindings[5];

NDIS_STATUS PrCloseAll(int Count); // expected-note {{previous declaration is here}}

NDIS_STATUS
PrCloseAll(long Count) // expected-error {{conflicting types for 'PrCloseAll'}}
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    long i;

    for (i = 0; i < Count && i < 4; i++) {
        PBINDING Binding = &Bindings[i];

        NdisAcquireSpinLock(&Binding->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
        Binding->Open = 0 // expected-error {{expected ';' after expression}}
        Status = NdisCloseAdapterEx(Binding->BindingHandle); ¯/ expected-warning {{'NdisCloseAdapterEx' is called at DISPATCH_LNdisCmRegisterSapCompleteSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
        NdisReleaseSpinLock(&Binding->Lock);
    }
    return Status;
}

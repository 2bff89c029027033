#include <ndis.h>

/* TODO(new-rule): replace this fragment by a realistic driver excerpt (see the other pages). */

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

VOID
ExampleUnderLock(PEXAMPLE_CONTEXT Ctx)
{
    NdisAcquireSpinLock(&Ctx->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    NdisWaitEvent(NULL, 0); // expected-warning {{'NdisWaitEvent' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Miscellaneous_Function]}}
    NdisReleaseSpinLock(&Ctx->Lock);
}

#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): replace this fragment by a realistic driver excerpt (see the other pages). */

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

VOID
ExampleUnderLock(PEXAMPLE_CONTEXT Ctx)
{
    NdisAcquireSpinLock(&Ctx->Lock);
    NdisMAllocateNetBufferSGList(NULL, NULL, NULL, 0, NULL, 0);
    NdisReleaseSpinLock(&Ctx->Lock);
}

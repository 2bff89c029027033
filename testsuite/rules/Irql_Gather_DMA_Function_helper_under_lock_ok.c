/*
 * NdisMAllocateNetBufferSGList requires DISPATCH_LEVEL; a helper called from a spin-lock region
 * runs at DISPATCH_LEVEL, which is allowed.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

static VOID
ExampleHelper(PEXAMPLE_CONTEXT Ctx)
{
    UNREFERENCED_PARAMETER(Ctx);
    NdisMAllocateNetBufferSGList(NULL, NULL, NULL, 0, NULL, 0);
}

VOID
ExampleUnderLock(PEXAMPLE_CONTEXT Ctx)
{
    NdisAcquireSpinLock(&Ctx->Lock);
    ExampleHelper(Ctx);
    NdisReleaseSpinLock(&Ctx->Lock);
}

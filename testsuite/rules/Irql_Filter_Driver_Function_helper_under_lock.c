/*
 * NdisFRestartComplete requires PASSIVE_LEVEL; a helper called from a spin-lock region runs at
 * DISPATCH_LEVEL. The helper's entry IRQL comes from its caller: a caller note, then the note that
 * explains the caller's IRQL.
 */
#include <ndis.h>

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

static VOID
ExampleHelper(PEXAMPLE_CONTEXT Ctx)
{
    UNREFERENCED_PARAMETER(Ctx);
    NdisFRestartComplete(NULL, 0); // expected-warning {{'NdisFRestartComplete' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Filter_Driver_Function]}}
}

VOID
ExampleUnderLock(PEXAMPLE_CONTEXT Ctx)
{
    NdisAcquireSpinLock(&Ctx->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    ExampleHelper(Ctx); // expected-note {{'ExampleHelper' called here at DISPATCH_LEVEL}}
    NdisReleaseSpinLock(&Ctx->Lock);
}

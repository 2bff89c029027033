#include <ndis.h>

/* TODO(new-rule): replace this fragment by a realistic driver excerpt (see the other pages). */

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

VOID
ExampleUnderLock(PEXAMPLE_CONTEXT Ctx)
{
    NdisAcquireSpinLock(&Ctx->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    NdisIMInitializeDeviceInstanceEx(NULL, NULL, NULL); // expected-warning {{'NdisIMInitializeDeviceInstanceEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_IM_Function]}}
    NdisReleaseSpinLock(&Ctx->Lock);
}

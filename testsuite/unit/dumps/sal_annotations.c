// RUN-MODE: --dump-ir
// The IRQL annotations read from the declarations, one "sal" line each after the functions: a
// driver helper pair (raise and save through a parameter, restore from one), WDK 7 spellings with
// __drv_at naming a field, a typedef, and the DDIs called (annotated in <ndis.h>).
#include <ndis.h>

typedef struct _CTX { KSPIN_LOCK Lock; struct { KIRQL OldIrql; } State; } CTX, *PCTX;

_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
VOID CtxLock(PCTX Ctx, _IRQL_saves_ PKIRQL OldIrql) { KeAcquireSpinLock(&Ctx->Lock, OldIrql); }

_IRQL_requires_(DISPATCH_LEVEL)
VOID CtxUnlock(PCTX Ctx, _IRQL_restores_ KIRQL OldIrql) { KeReleaseSpinLock(&Ctx->Lock, OldIrql); }

__drv_maxIRQL(DISPATCH_LEVEL)
__drv_setsIRQL(DISPATCH_LEVEL)
__drv_at((Ctx->State).OldIrql, __drv_savesIRQL)
VOID CtxLock2(PCTX Ctx);

typedef _IRQL_always_function_max_(DISPATCH_LEVEL) VOID CTX_WORK(PCTX Ctx);
CTX_WORK CtxWork;

VOID Use(PCTX Ctx)
{
    KIRQL Old;
    CtxLock(Ctx, &Old);
    CtxUnlock(Ctx, Old);
    CtxLock2(Ctx);
    NdisMSleep(1);
}
// CHECK: function Use
// CHECK: sal CtxLock (definition): requires PASSIVE_LEVEL..DISPATCH_LEVEL raises DISPATCH_LEVEL saves param1
// CHECK: sal CtxUnlock (definition): requires DISPATCH_LEVEL..DISPATCH_LEVEL restores param1
// CHECK: sal typedef CTX_WORK: function-max DISPATCH_LEVEL
// CHECK: sal CtxLock2: requires PASSIVE_LEVEL..DISPATCH_LEVEL raises DISPATCH_LEVEL saves param0->State.OldIrql
// CHECK: sal NdisMSleep: requires PASSIVE_LEVEL..APC_LEVEL

// RUN-MODE: --dump-irql
// Entry IRQLs of annotated functions with no role (marked "annotated"): the join of their callers'
// IRQLs kept within the annotated range (CtxLock, permitted up to DISPATCH_LEVEL, is only called at
// PASSIVE_LEVEL; Passive, also called at DISPATCH_LEVEL, which is reported at that call, runs at
// PASSIVE_LEVEL as annotated); a role's entry stays the role's; an annotated lock helper's effect
// applies at its calls (saved in, restored from the caller's variable).
#include <ndis.h>

typedef struct _CTX { KSPIN_LOCK Lock; } CTX, *PCTX;

_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
VOID CtxLock(PCTX Ctx, _IRQL_saves_ PKIRQL OldIrql) { KeAcquireSpinLock(&Ctx->Lock, OldIrql); }

_IRQL_requires_(DISPATCH_LEVEL)
VOID CtxUnlock(PCTX Ctx, _IRQL_restores_ KIRQL OldIrql) { KeReleaseSpinLock(&Ctx->Lock, OldIrql); }

_IRQL_requires_(PASSIVE_LEVEL)
static VOID Passive(PCTX Ctx) { UNREFERENCED_PARAMETER(Ctx); }

NDIS_IO_WORKITEM_FUNCTION Worker;
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID Worker(PVOID Context, NDIS_HANDLE Handle)
{
    KIRQL Old;
    UNREFERENCED_PARAMETER(Handle);
    CtxLock((PCTX)Context, &Old);
    Passive((PCTX)Context);
    CtxUnlock((PCTX)Context, Old);
    Passive((PCTX)Context);
}
// CHECK: function CtxLock entry PASSIVE_LEVEL..PASSIVE_LEVEL (annotated)
// CHECK: function CtxUnlock entry DISPATCH_LEVEL..DISPATCH_LEVEL (annotated)
// CHECK: function Passive entry PASSIVE_LEVEL..PASSIVE_LEVEL (annotated)
// CHECK: function Worker entry PASSIVE_LEVEL..PASSIVE_LEVEL
// CHECK: 26:5 CtxLock at PASSIVE_LEVEL..PASSIVE_LEVEL
// CHECK: 27:5 Passive at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 28:5 CtxUnlock at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 29:5 Passive at PASSIVE_LEVEL..PASSIVE_LEVEL

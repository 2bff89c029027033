/* The suppression forms teams already write (suppress.h), checked with --verify: every call below
 * is an Irql_MCM_Function finding (an ISR runs at DIRQL); the ones without an expected-warning
 * must be silenced, the others must not. */
#include <ndis.h>

typedef struct _A { NDIS_HANDLE Vc; } A;

MINIPORT_ISR Isr; // expected-note 8 {{'Isr' runs at DIRQL as a MINIPORT_ISR callback}}
BOOLEAN Isr(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)
{
    A *a = (A *)Ctx;
    UNREFERENCED_PARAMETER(Q);
    UNREFERENCED_PARAMETER(T);
    NdisMCmDeactivateVc(a->Vc); // NOLINT
    NdisMCmDeactivateVc(a->Vc); // NOLINT(Irql_MCM_Function)
    NdisMCmDeactivateVc(a->Vc); /* NOLINT(bugprone-branch-clone, Irql_*) */
    NdisMCmDeactivateVc(a->Vc); // NOLINT(bugprone-branch-clone) expected-warning {{'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    NdisMCmDeactivateVc(a->Vc); // NOLINT(SapComplete_Status) expected-warning {{'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    NdisMCmDeactivateVc(a->Vc); // NOLINTNEXTLINE is for the next line only: expected-warning {{'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    NdisMCmDeactivateVc(a->Vc);
    // NOLINTNEXTLINE(Irql_MCM_Function)
    NdisMCmDeactivateVc(a->Vc);
    // NOLINTNEXTLINE(Irql_MCM_Function): a blank line in between and it no longer applies

    NdisMCmDeactivateVc(a->Vc); // expected-warning {{'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    // NOLINTBEGIN(Irql_MCM_Function)
    NdisMCmDeactivateVc(a->Vc);
    NdisMCmDeleteVc(a->Vc);
    // NOLINTEND(Irql_MCM_Function)
    NdisMCmDeleteVc(a->Vc); // expected-warning {{'NdisMCmDeleteVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
#pragma warning(suppress: 28121)
    NdisMCmDeactivateVc(a->Vc);
#pragma warning(suppress: 6011 28120)
    NdisMCmDeactivateVc(a->Vc);
#pragma prefast(suppress: 28121, "the adapter is halted here")
    NdisMCmDeactivateVc(a->Vc);
#pragma warning(suppress: 6011)
    NdisMCmDeactivateVc(a->Vc); // expected-warning {{'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    // ddicheck-suppress Irql_MCM_Function: the old form still works
    NdisMCmDeactivateVc(a->Vc);
    /* text in string literals is no comment: */ DbgPrint("NOLINT ddicheck-suppress Irql_MCM_Function"); NdisMCmDeactivateVc(a->Vc); // expected-warning {{'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    DbgPrint("// NOLINT"); NdisMCmDeleteVc(a->Vc); // expected-warning {{'NdisMCmDeleteVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    return TRUE;
}

/*
 * NdisAcquireSpinLock requires IRQL <= DISPATCH_LEVEL; a helper called from an ISR runs at DIRQL.
 * The helper's entry IRQL comes from its caller: a caller note, then the note that explains the
 * caller's IRQL.
 */
#include <ndis.h>

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

static VOID
ExampleHelper(PEXAMPLE_CONTEXT Ctx)
{
    UNREFERENCED_PARAMETER(Ctx);
    NdisAcquireSpinLock(NULL); // expected-warning {{'NdisAcquireSpinLock' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Synch_Function]}}
}

MINIPORT_ISR ExampleIsr; // expected-note {{'ExampleIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
ExampleIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PEXAMPLE_CONTEXT Ctx = (PEXAMPLE_CONTEXT)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(QueueDefaultInterruptDpc);
    UNREFERENCED_PARAMETER(TargetProcessors);
    ExampleHelper(Ctx); // expected-note {{'ExampleHelper' called here at DIRQL}}
    return FALSE;
}

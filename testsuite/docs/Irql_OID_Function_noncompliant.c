#include <ndis.h>

/* TODO(new-rule): replace this fragment by a realistic driver excerpt (see the other pages). */

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

MINIPORT_ISR ExampleIsr; // expected-note {{'ExampleIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
ExampleIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(QueueDefaultInterruptDpc);
    UNREFERENCED_PARAMETER(TargetProcessors);
    NdisMOidRequestComplete(NULL, NULL, 0); // expected-warning {{'NdisMOidRequestComplete' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_OID_Function]}}
    return FALSE;
}

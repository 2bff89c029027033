/* Input of the report tests: an ISR (DIRQL) calls three DDIs that require IRQL <= DISPATCH_LEVEL.
 * Two of the findings are silenced by ddicheck-suppress comments (the line above, the same line);
 * the third, after a non-ASCII comment, is reported. Checked with --verify by features.sh. */
#include <ndis.h>

typedef struct _ADAPTER { NDIS_HANDLE Vc; } ADAPTER;

MINIPORT_ISR MyIsr; // expected-note {{'MyIsr' runs at DIRQL as a MINIPORT_ISR callback}}
BOOLEAN MyIsr(NDIS_HANDLE Ctx, PBOOLEAN QueueDpc, PULONG Targets)
{
    ADAPTER *a = (ADAPTER *)Ctx;
    UNREFERENCED_PARAMETER(QueueDpc);
    UNREFERENCED_PARAMETER(Targets);
    // ddicheck-suppress Irql_MCM_Function: the report test silences this call
    NdisMCmDispatchIncomingCall(a->Vc, a->Vc, NULL);
    NdisMCmDeactivateVc(a->Vc); /* ddicheck-suppress Irql_*: reviewed */
    /* é ü */ NdisMCmActivateVc(a->Vc, NULL); // expected-warning {{'NdisMCmActivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    return TRUE;
}

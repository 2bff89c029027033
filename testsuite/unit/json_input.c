/* Input of check_json_report.sh: one Irql_MCM_Function finding with one note. */
#include <ndis.h>

typedef struct _ADAPTER { NDIS_HANDLE Vc; } ADAPTER;

/* the role evidence, line 7 */
MINIPORT_ISR MyIsr;
BOOLEAN MyIsr(NDIS_HANDLE Ctx, PBOOLEAN QueueDpc, PULONG Targets)
{
    ADAPTER *a = (ADAPTER *)Ctx;
    UNREFERENCED_PARAMETER(QueueDpc);
    UNREFERENCED_PARAMETER(Targets);
    NdisMCmDispatchIncomingCall(a->Vc, a->Vc, NULL);
    return TRUE;
}

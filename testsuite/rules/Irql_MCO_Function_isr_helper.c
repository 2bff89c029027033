/*
 * The ISR (declared with MINIPORT_ISR) calls a helper that completes a VC
 * activation. The helper's only caller runs at DIRQL, so
 * NdisMCoActivateVcComplete (<= DISPATCH_LEVEL) is called at DIRQL. Notes: the
 * call site in the ISR, then the ISR's role.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE ActivatingVc;
    PCO_CALL_PARAMETERS ActivatingParams;
    volatile ULONG VcReady;
} ADAPTER, *PADAPTER;

MINIPORT_ISR CoIsr; // expected-note {{'CoIsr' runs at DIRQL as a MINIPORT_ISR callback}}

static VOID
CoFinishActivation(PADAPTER Adapter)
{
    NDIS_HANDLE Vc = Adapter->ActivatingVc;

    Adapter->ActivatingVc = NULL;
    NdisMCoActivateVcComplete(NDIS_STATUS_SUCCESS, Vc, Adapter->ActivatingParams); // expected-warning {{'NdisMCoActivateVcComplete' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCO_Function]}}
}

BOOLEAN
CoIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
      PULONG TargetProcessors)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);

    if (Adapter->VcReady && Adapter->ActivatingVc != NULL) {
        CoFinishActivation(Adapter); // expected-note {{'CoFinishActivation' called here at DIRQL}}
    }
    *QueueDefaultInterruptDpc = FALSE;
    return TRUE;
}

#include <ndis.h>

typedef struct _ATM_VC {
    NDIS_HANDLE NdisVcHandle;
} ATM_VC, *PATM_VC;

typedef struct _ATM_ADAPTER ATM_ADAPTER, *PATM_ADAPTER;

BOOLEAN AtmHwInterruptIsOurs(PATM_ADAPTER Adapter);
PNET_BUFFER_LIST AtmHwNextReceive(PATM_ADAPTER Adapter, PATM_VC *Vc);
VOID AtmHwMaskInterrupts(PATM_ADAPTER Adapter);
VOID AtmHwUnmaskInterrupts(PATM_ADAPTER Adapter);

MINIPORT_ISR AtmIsr; // expected-note {{'AtmIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
AtmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
       PULONG TargetProcessors)
{
    PATM_ADAPTER Adapter = (PATM_ADAPTER)MiniportInterruptContext;
    PNET_BUFFER_LIST Nbl;
    PATM_VC Vc;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (!AtmHwInterruptIsOurs(Adapter)) {
        return FALSE;
    }
    while ((Nbl = AtmHwNextReceive(Adapter, &Vc)) != NULL) {
        NdisMCoIndicateReceiveNetBufferLists(Vc->NdisVcHandle, Nbl, 1, 0); // expected-warning {{'NdisMCoIndicateReceiveNetBufferLists' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCO_Function]}}
    }
    *QueueDefaultInterruptDpc = FALSE;
    return TRUE;
}

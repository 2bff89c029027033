#include <ndis.h> // expected-no-diagnostics

typedef struct _ATM_VC {
    NDIS_HANDLE NdisVcHandle;
} ATM_VC, *PATM_VC;

typedef struct _ATM_ADAPTER ATM_ADAPTER, *PATM_ADAPTER;

BOOLEAN AtmHwInterruptIsOurs(PATM_ADAPTER Adapter);
PNET_BUFFER_LIST AtmHwNextReceive(PATM_ADAPTER Adapter, PATM_VC *Vc);
VOID AtmHwMaskInterrupts(PATM_ADAPTER Adapter);
VOID AtmHwUnmaskInterrupts(PATM_ADAPTER Adapter);

MINIPORT_ISR AtmIsr;
MINIPORT_INTERRUPT_DPC AtmInterruptDpc;

BOOLEAN
AtmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
       PULONG TargetProcessors)
{
    PATM_ADAPTER Adapter = (PATM_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (!AtmHwInterruptIsOurs(Adapter)) {
        return FALSE;
    }
    AtmHwMaskInterrupts(Adapter);
    *QueueDefaultInterruptDpc = TRUE;       /* indicate from the DPC */
    return TRUE;
}

VOID
AtmInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PATM_ADAPTER Adapter = (PATM_ADAPTER)MiniportInterruptContext;
    PNET_BUFFER_LIST Nbl;
    PATM_VC Vc;

    while ((Nbl = AtmHwNextReceive(Adapter, &Vc)) != NULL) {
        NdisMCoIndicateReceiveNetBufferLists(Vc->NdisVcHandle, Nbl, 1, 0);
    }
    AtmHwUnmaskInterrupts(Adapter);
}

/*
 * An MCM's ISR completes a SAP deregistration itself. The ISR runs at DIRQL;
 * NdisMCmDeregisterSapComplete (a macro over NdisCmDeregisterSapComplete)
 * requires IRQL <= DISPATCH_LEVEL. The finding names the macro and the MCM rule.
 * Role evidence: the MINIPORT_ISR declaration.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE DoneSapHandle;
    volatile ULONG IntStatus;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE McmInitialize;
MINIPORT_ISR McmIsr; // expected-note {{'McmIsr' runs at DIRQL as a MINIPORT_ISR callback}}

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    CO_ADDRESS_FAMILY Af;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

BOOLEAN
McmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
       PULONG TargetProcessors)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);

    if (Adapter->IntStatus == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;
    }
    if (Adapter->DoneSapHandle != NULL) {
        NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Adapter->DoneSapHandle); // expected-warning {{'NdisMCmDeregisterSapComplete' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
        Adapter->DoneSapHandle = NULL;
    }
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

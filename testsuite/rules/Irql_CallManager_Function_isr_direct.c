/*
 * A miniport call manager whose ISR calls NdisCmDeregisterSapComplete by its
 * function name (code carried over from a stand-alone call manager). The
 * finding names the function as spelled and belongs to
 * Irql_CallManager_Function, not Irql_MCM_Function.
 */
#include <ndis.h>

typedef struct _ADAPTER {
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
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af); // expected-note {{the driver's kind is known from this call to NdisMCmRegisterAddressFamilyEx}}
}

BOOLEAN
McmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
       PULONG TargetProcessors)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);

    if (Adapter->DoneSapHandle != NULL) {
        NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Adapter->DoneSapHandle); // expected-warning {{'NdisCmDeregisterSapComplete' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_CallManager_Function]}}
        // expected-warning@-1 {{'NdisCmDeregisterSapComplete' is for stand-alone call managers; a miniport call manager calls 'NdisMCmDeregisterSapComplete' [CallManager_Role]}}
        Adapter->DoneSapHandle = NULL;
    }
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

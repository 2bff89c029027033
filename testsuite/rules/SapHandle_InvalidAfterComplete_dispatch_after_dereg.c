/* An MCM completes a SAP deregistration and then offers a SETUP that was queued on the
   SAP while the release was in flight: the handle is already invalid. */
#include <ndis.h>

typedef struct _ATM_VC {
    NDIS_HANDLE NdisVcHandle;
    CO_CALL_PARAMETERS CallParameters;
} ATM_VC, *PATM_VC;

typedef struct _ATM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE MiniportAdapterHandle;
    PATM_VC QueuedIncomingVc;
} ATM_SAP, *PATM_SAP;

NDIS_STATUS
AtmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

/* Runs when the switch has confirmed the release of a SAP whose deregistration pended. */
VOID
AtmSapReleaseConfirmed(PATM_SAP Sap)
{
    PATM_VC Vc = Sap->QueuedIncomingVc;

    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // expected-note {{SAP handle invalidated here by NdisMCmDeregisterSapComplete}}

    if (Vc != NULL) {
        Sap->QueuedIncomingVc = NULL;
        (VOID)NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Vc->NdisVcHandle, // expected-warning {{SAP handle 'Sap->NdisSapHandle' is passed to 'NdisMCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                          &Vc->CallParameters);
    }
    NdisFreeMemoryWithTagPriority(Sap->MiniportAdapterHandle, Sap, 'pasA');
}

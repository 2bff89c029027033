/* The deregistration is completed in a helper; the caller then re-offers a parked call. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ParkedVc;
    CO_CALL_PARAMETERS CallParameters;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

static VOID
McmFinishDeregister(PMCM_SAP Sap)
{
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // expected-note {{SAP handle invalidated here by NdisMCmDeregisterSapComplete}}
}

VOID
McmSapDone(PMCM_SAP Sap)
{
    McmFinishDeregister(Sap); // expected-note {{'McmFinishDeregister' called here}}
    if (Sap->ParkedVc != NULL) {
        (VOID)NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->ParkedVc, // expected-warning {{SAP handle 'Sap->NdisSapHandle' is passed to 'NdisMCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                          &Sap->CallParameters);
    }
}

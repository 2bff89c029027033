/* The same SAP reached through two pointer variables: completed through one, used through
   the other. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ParkedVc;
    CO_CALL_PARAMETERS CallParameters;
} MCM_SAP, *PMCM_SAP;

typedef struct _MCM_ADAPTER {
    PMCM_SAP ReleasingSap;
    PMCM_SAP ParkedSap;
} MCM_ADAPTER, *PMCM_ADAPTER;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmReleaseDone(PMCM_ADAPTER Adapter)
{
    PMCM_SAP Sap = Adapter->ReleasingSap;
    PMCM_SAP Parked = Sap;

    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // expected-note {{SAP handle invalidated here by NdisMCmDeregisterSapComplete}}
    if (Parked->ParkedVc != NULL) {
        (VOID)NdisMCmDispatchIncomingCall(Parked->NdisSapHandle, Parked->ParkedVc, // expected-warning {{SAP handle 'Parked->NdisSapHandle' is passed to 'NdisMCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                          &Parked->CallParameters);
    }
}

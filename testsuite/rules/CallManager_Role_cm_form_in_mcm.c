/* An MCM completes the deregistration and activates a VC with the stand-alone call manager's
   names. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af); // expected-note 2 {{the driver's kind is known from this call to NdisMCmRegisterAddressFamilyEx}}
}

VOID
McmSapReleased(PMCM_SAP Sap)
{
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // expected-warning {{'NdisCmDeregisterSapComplete' is for stand-alone call managers; a miniport call manager calls 'NdisMCmDeregisterSapComplete' [CallManager_Role]}}
}

NDIS_STATUS
McmActivate(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters)
{
    return NdisCmActivateVc(NdisVcHandle, CallParameters); // expected-warning {{'NdisCmActivateVc' is for stand-alone call managers; a miniport call manager calls 'NdisMCmActivateVc' [CallManager_Role]}}
}

/* An MCM "completes" a registration the hardware has not confirmed yet with
   NDIS_STATUS_PENDING spelled directly. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN HwBusy;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmSapProgrammed(PMCM_SAP Sap)
{
    if (Sap->HwBusy) {
        NdisMCmRegisterSapComplete(NDIS_STATUS_PENDING, Sap->NdisSapHandle, Sap); // expected-warning {{'NdisMCmRegisterSapComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the registration [SapComplete_Status]}}
        return;
    }
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle, Sap);
}

/* The completion status is a variable; the handle is used only under a later test of that
   same variable for success. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE PendingVc;
    CO_CALL_PARAMETERS CallParameters;
    BOOLEAN Programmed;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmSapProgrammed(PMCM_SAP Sap)
{
    NDIS_STATUS Status = Sap->Programmed ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE;

    NdisMCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
    if (Status == NDIS_STATUS_SUCCESS && Sap->PendingVc != NULL) {
        (VOID)NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->PendingVc, &Sap->CallParameters);
    }
}

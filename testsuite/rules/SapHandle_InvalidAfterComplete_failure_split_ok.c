/* The failure path completes with the failure and returns; only the success path goes on
   to use the handle. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE PendingVc;
    CO_CALL_PARAMETERS CallParameters;
} CM_SAP, *PCM_SAP;

NDIS_STATUS CmSigStatusOf(PCM_SAP Sap);

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSigRegisterReply(PCM_SAP Sap)
{
    NDIS_STATUS Status = CmSigStatusOf(Sap);

    if (Status != NDIS_STATUS_SUCCESS) {
        NdisCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
        return;
    }
    NdisCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
    if (Sap->PendingVc != NULL) {
        (VOID)NdisCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->PendingVc, &Sap->CallParameters);
    }
}

/* goto-based cleanup: the failure label completes with the failure; the success path, which
   uses the handle, never passes through it. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE PendingVc;
    CO_CALL_PARAMETERS CallParameters;
    PVOID SignallingEntry;
} CM_SAP, *PCM_SAP;

NDIS_STATUS CmSigInstall(PCM_SAP Sap);
BOOLEAN CmSigMatches(PCM_SAP Sap);

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmFinishRegistration(PCM_SAP Sap)
{
    NDIS_STATUS Status;

    Status = CmSigInstall(Sap);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    if (!CmSigMatches(Sap)) {
        Status = NDIS_STATUS_INVALID_DATA;
        goto fail;
    }
    NdisCmRegisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle, Sap);
    if (Sap->PendingVc != NULL) {
        (VOID)NdisCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->PendingVc, &Sap->CallParameters);
    }
    return;

fail:
    NdisCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
}

/* A stand-alone call manager completes a pended SAP registration with the signalling
   reply's failure and then still dispatches a call that raced in on the dead handle. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE PendingVc;
    CO_CALL_PARAMETERS CallParameters;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSigRegisterReply(PCM_SAP Sap, BOOLEAN Accepted)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (!Accepted) {
        Status = NDIS_STATUS_FAILURE;
    }
    NdisCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap); // expected-note {{registration failed on this path: NdisCmRegisterSapComplete completed it with NDIS_STATUS_FAILURE}}

    if (!Accepted && Sap->PendingVc != NULL) {
        /* a SETUP arrived while the registration was pending */
        (VOID)NdisCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->PendingVc, // expected-warning {{SAP handle 'Sap->NdisSapHandle' is passed to 'NdisCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                         &Sap->CallParameters);
    }
}

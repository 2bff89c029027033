/* The handle is copied to a local, the deregistration completed with the copy, and the
   stored field used afterwards. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ParkedVc;
    CO_CALL_PARAMETERS CallParameters;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSapReleased(PCM_SAP Sap)
{
    NDIS_HANDLE SapHandle = Sap->NdisSapHandle;

    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, SapHandle); // expected-note {{SAP handle invalidated here by NdisCmDeregisterSapComplete}}
    if (Sap->ParkedVc != NULL) {
        (VOID)NdisCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->ParkedVc, // expected-warning {{SAP handle 'Sap->NdisSapHandle' is passed to 'NdisCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                         &Sap->CallParameters);
    }
}

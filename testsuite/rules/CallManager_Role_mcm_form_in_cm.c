/* A stand-alone call manager completes a SAP registration with the MCM's macro. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN Accepted;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af); // expected-note {{the driver's kind is known from this call to NdisCmRegisterAddressFamilyEx}}
}

VOID
CmSigRegisterReply(PCM_SAP Sap)
{
    NDIS_STATUS Status = Sap->Accepted ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE;

    NdisMCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap); // expected-warning {{'NdisMCmRegisterSapComplete' is for miniport call managers, but this driver is a stand-alone call manager [CallManager_Role]}}
}

/* A status chosen by a conditional expression: either constant may be the one passed. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN Accepted;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmFinishSapRequest(PCM_SAP Sap, BOOLEAN Registering)
{
    if (Registering) {
        NdisCmRegisterSapComplete(Sap->Accepted ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING, Sap->NdisSapHandle, Sap); // expected-warning {{'NdisCmRegisterSapComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the registration [SapComplete_Status]}}
        return;
    }
    NdisCmDeregisterSapComplete(Sap->Accepted ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE, Sap->NdisSapHandle); // expected-warning {{'NdisCmDeregisterSapComplete' is given NDIS_STATUS_FAILURE; it takes NDIS_STATUS_SUCCESS [SapComplete_Status]}}
}

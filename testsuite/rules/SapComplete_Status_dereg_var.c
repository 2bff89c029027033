/* The deregistration completion forwards a status variable that holds a failure on one path. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN StillInUse;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSapReleased(PCM_SAP Sap)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (Sap->StillInUse) {
        Status = NDIS_STATUS_RESOURCES;
    }
    NdisCmDeregisterSapComplete(Status, Sap->NdisSapHandle); // expected-warning {{'NdisCmDeregisterSapComplete' is given NDIS_STATUS_RESOURCES; it takes NDIS_STATUS_SUCCESS [SapComplete_Status]}}
}

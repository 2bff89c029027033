/* Both constants of the conditional are allowed: nothing to report. */
#include <ndis.h>

// expected-no-diagnostics

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
CmFinishRegistration(PCM_SAP Sap)
{
    NdisCmRegisterSapComplete(Sap->Accepted ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES, Sap->NdisSapHandle, Sap);
}

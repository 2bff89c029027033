/* A retry path "keeps the client waiting" by completing with NDIS_STATUS_PENDING held in a
   status variable. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    ULONG Retries;
} CM_SAP, *PCM_SAP;

VOID CmScheduleSapRetry(PCM_SAP Sap);

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSigRegisterTimeout(PCM_SAP Sap)
{
    NDIS_STATUS Status;

    if (Sap->Retries++ < 3) {
        Status = NDIS_STATUS_PENDING;
        CmScheduleSapRetry(Sap);
    } else {
        Status = NDIS_STATUS_FAILURE;
    }
    NdisCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap); // expected-warning {{'NdisCmRegisterSapComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the registration [SapComplete_Status]}}
}

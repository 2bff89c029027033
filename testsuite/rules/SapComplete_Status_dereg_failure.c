/* A deregistration that the switch refused is "completed" with a failure status. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE MiniportAdapterHandle;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmSapReleaseReply(PMCM_SAP Sap, BOOLEAN Released)
{
    if (!Released) {
        NdisMCmDeregisterSapComplete(NDIS_STATUS_FAILURE, Sap->NdisSapHandle); // expected-warning {{'NdisMCmDeregisterSapComplete' is given NDIS_STATUS_FAILURE; it takes NDIS_STATUS_SUCCESS [SapComplete_Status]}}
        return;
    }
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    NdisFreeMemoryWithTagPriority(Sap->MiniportAdapterHandle, Sap, 'pasM');
}

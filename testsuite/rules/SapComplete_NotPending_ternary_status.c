/* A status chosen by ?: and assigned to a variable keeps both arms: the completion under the
   failure arm's branch is seen, and returning a final status after it is reported. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN Ready;
} MCM_SAP, *PMCM_SAP;

PROTOCOL_CM_REG_SAP McmCmRegisterSap;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

NDIS_STATUS
McmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    NDIS_STATUS Status;
    PMCM_SAP Sap = (PMCM_SAP)CallMgrAfContext;
    UNREFERENCED_PARAMETER(CoSap);
    UNREFERENCED_PARAMETER(CallMgrSapContext);

    Status = Sap->Ready ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE;
    if (Status == NDIS_STATUS_FAILURE) {
        NdisMCmRegisterSapComplete(NDIS_STATUS_FAILURE, NdisSapHandle, Sap); // expected-note {{SAP registration completed here by NdisMCmRegisterSapComplete}}
        return NDIS_STATUS_FAILURE; // expected-warning {{'McmCmRegisterSap' returns NDIS_STATUS_FAILURE after completing the SAP registration with 'NdisMCmRegisterSapComplete'; a handler that completes its request must return NDIS_STATUS_PENDING [SapComplete_NotPending]}}
    }
    return NDIS_STATUS_SUCCESS;
}

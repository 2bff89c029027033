/* Completing before returning NDIS_STATUS_PENDING is legal, directly or through a helper;
   early returns of a final status do not complete. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN PvcOnly;
} MCM_SAP, *PMCM_SAP;

PROTOCOL_CM_REG_SAP McmCmRegisterSap;
PROTOCOL_CM_DEREGISTER_SAP McmCmDeregisterSap;

PMCM_SAP McmAllocateSap(NDIS_HANDLE AfContext, NDIS_HANDLE NdisSapHandle);

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

static VOID
McmReleaseSap(PMCM_SAP Sap)
{
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
}

NDIS_STATUS
McmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PMCM_SAP Sap;

    if (CoSap->SapLength < sizeof(ULONG)) {
        return NDIS_STATUS_INVALID_DATA;
    }
    Sap = McmAllocateSap(CallMgrAfContext, NdisSapHandle);
    if (Sap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    *CallMgrSapContext = Sap;
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, Sap);
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS
McmCmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    McmReleaseSap((PMCM_SAP)CallMgrSapContext);
    return NDIS_STATUS_PENDING;
}

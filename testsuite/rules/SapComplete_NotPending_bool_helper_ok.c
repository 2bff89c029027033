/* A helper that returns whether it completed the request: the handler returns
   NDIS_STATUS_PENDING exactly when it did. */
// expected-no-diagnostics
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

static BOOLEAN
CompleteIfReady(PMCM_SAP Sap, NDIS_HANDLE NdisSapHandle)
{
    if (!Sap->Ready)
        return FALSE;
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, Sap);
    return TRUE;
}

NDIS_STATUS
McmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PMCM_SAP Sap = (PMCM_SAP)CallMgrAfContext;
    UNREFERENCED_PARAMETER(CoSap);
    UNREFERENCED_PARAMETER(CallMgrSapContext);

    if (CompleteIfReady(Sap, NdisSapHandle))
        return NDIS_STATUS_PENDING;
    return NDIS_STATUS_RESOURCES;
}

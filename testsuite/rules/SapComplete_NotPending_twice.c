/* The error path completes the registration and falls through to the common completion. */
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN HwRejected;
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
    PMCM_SAP Sap = (PMCM_SAP)CallMgrAfContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(CoSap);
    Sap->NdisSapHandle = NdisSapHandle;
    *CallMgrSapContext = Sap;
    if (Sap->HwRejected) {
        NdisMCmRegisterSapComplete(NDIS_STATUS_INVALID_DATA, NdisSapHandle, Sap); // expected-note {{SAP registration completed here by NdisMCmRegisterSapComplete}} expected-note {{registration failed on this path: NdisMCmRegisterSapComplete completed it with NDIS_STATUS_INVALID_DATA}}
        Status = NDIS_STATUS_INVALID_DATA;
    }
    NdisMCmRegisterSapComplete(Status, NdisSapHandle, Sap); // expected-warning {{the SAP registration is completed a second time by 'NdisMCmRegisterSapComplete' on this path [SapComplete_NotPending]}} expected-warning {{SAP handle 'NdisSapHandle' is passed to 'NdisMCmRegisterSapComplete' after it became invalid [SapHandle_InvalidAfterComplete]}}
    return NDIS_STATUS_PENDING;
}

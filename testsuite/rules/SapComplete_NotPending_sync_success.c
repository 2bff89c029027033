/* A PVC-only SAP is completed synchronously and the handler also returns SUCCESS. */
#include <ndis.h>

typedef struct _ATM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN PvcOnly;
} ATM_SAP, *PATM_SAP;

PROTOCOL_CM_REG_SAP AtmCmRegisterSap;

PATM_SAP AtmAllocateSap(NDIS_HANDLE AfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle);
VOID AtmSigRegisterSap(PATM_SAP Sap);

NDIS_STATUS
AtmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

NDIS_STATUS
AtmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PATM_SAP AtmSap = AtmAllocateSap(CallMgrAfContext, Sap, NdisSapHandle);

    if (AtmSap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    *CallMgrSapContext = AtmSap;
    if (AtmSap->PvcOnly) {
        NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, AtmSap); // expected-note {{SAP registration completed here by NdisMCmRegisterSapComplete}}
        return NDIS_STATUS_SUCCESS; // expected-warning {{'AtmCmRegisterSap' returns NDIS_STATUS_SUCCESS after completing the SAP registration with 'NdisMCmRegisterSapComplete'; a handler that completes its request must return NDIS_STATUS_PENDING [SapComplete_NotPending]}}
    }
    AtmSigRegisterSap(AtmSap);      /* the reply completes the request */
    return NDIS_STATUS_PENDING;
}

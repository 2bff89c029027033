#include <ndis.h>

typedef struct _ATM_AF ATM_AF, *PATM_AF;

typedef struct _ATM_SAP {
    NDIS_HANDLE NdisSapHandle;
} ATM_SAP, *PATM_SAP;

PATM_SAP AtmAllocateSap(PATM_AF Af, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle);
BOOLEAN AtmSapIsPvcOnly(PCO_SAP Sap);
VOID AtmSigRegisterSap(PATM_SAP AtmSap);

PROTOCOL_CM_REG_SAP AtmCmRegisterSap;

NDIS_STATUS
AtmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PATM_AF Af = (PATM_AF)CallMgrAfContext;
    PATM_SAP AtmSap;

    AtmSap = AtmAllocateSap(Af, Sap, NdisSapHandle);
    if (AtmSap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    *CallMgrSapContext = AtmSap;

    if (AtmSapIsPvcOnly(Sap)) {
        /* nothing to signal: the SAP is usable at once */
        NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, AtmSap); // expected-note {{SAP registration completed here by NdisMCmRegisterSapComplete}}
        return NDIS_STATUS_SUCCESS; // expected-warning {{'AtmCmRegisterSap' returns NDIS_STATUS_SUCCESS after completing the SAP registration with 'NdisMCmRegisterSapComplete'; a handler that completes its request must return NDIS_STATUS_PENDING [SapComplete_NotPending]}}
    }
    AtmSigRegisterSap(AtmSap);  /* the reply completes the request */
    return NDIS_STATUS_PENDING;
}

#include <ndis.h> // expected-no-diagnostics

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
    PATM_SAP AtmSap = AtmAllocateSap((PATM_AF)CallMgrAfContext, Sap, NdisSapHandle);

    if (AtmSap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    *CallMgrSapContext = AtmSap;
    if (AtmSapIsPvcOnly(Sap)) {
        return NDIS_STATUS_SUCCESS;     /* final status; NDIS completes the request */
    }
    AtmSigRegisterSap(AtmSap);          /* AtmSigRegisterReply calls NdisMCmRegisterSapComplete */
    return NDIS_STATUS_PENDING;
}

#include <ndis.h> // expected-no-diagnostics

typedef struct _ATM_VC {
    NDIS_HANDLE NdisVcHandle;
    PCO_CALL_PARAMETERS CallParameters;
} ATM_VC, *PATM_VC;

typedef struct _ATM_SAP {
    NDIS_HANDLE NdisSapHandle;
    PATM_VC QueuedIncomingVc;       /* a SETUP that arrived while the SAP was busy */
} ATM_SAP, *PATM_SAP;

#define ATM_CAUSE_NO_ROUTE_TO_DESTINATION 3

VOID AtmSigRejectSetup(PATM_VC Vc, ULONG Cause);
VOID AtmFreeSap(PATM_SAP Sap);

VOID
AtmSapReleaseConfirmed(PATM_SAP Sap)
{
    PATM_VC Vc = Sap->QueuedIncomingVc;

    if (Vc != NULL) {
        /* the SAP is going away: refuse the queued SETUP on the network */
        Sap->QueuedIncomingVc = NULL;
        AtmSigRejectSetup(Vc, ATM_CAUSE_NO_ROUTE_TO_DESTINATION);
    }
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    Sap->NdisSapHandle = NULL;                  /* nothing may use it from here on */
    AtmFreeSap(Sap);
}

#include <ndis.h>

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

/* Runs when the switch has confirmed the release of a SAP that
   AtmCmDeregisterSap answered with NDIS_STATUS_PENDING. */
VOID
AtmSapReleaseConfirmed(PATM_SAP Sap)
{
    PATM_VC Vc = Sap->QueuedIncomingVc;

    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // expected-note {{SAP handle invalidated here by NdisMCmDeregisterSapComplete}}

    if (Vc != NULL) {
        /* a SETUP for this SAP arrived while the release was in flight */
        Sap->QueuedIncomingVc = NULL;
        NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Vc->NdisVcHandle, // expected-warning {{SAP handle 'Sap->NdisSapHandle' is passed to 'NdisMCmDispatchIncomingCall' after it became invalid [SapHandle_InvalidAfterComplete]}}
                                    Vc->CallParameters);
    }
    AtmFreeSap(Sap);
}

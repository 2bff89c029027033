#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    ULONG Retries;
} CM_SAP, *PCM_SAP;

typedef struct _SIG_REPLY {
    ULONG Cause;
} SIG_REPLY, *PSIG_REPLY;

#define SIG_CAUSE_NORMAL            16
#define SIG_CAUSE_TEMPORARY_FAILURE 41
#define CM_SAP_MAX_RETRIES          3

VOID CmScheduleSapRetry(PCM_SAP Sap);
VOID CmLogSapReleaseFailure(PCM_SAP Sap, ULONG Cause);
VOID CmFreeSap(PCM_SAP Sap);

/* Signalling reply for a SAP registration that CmRegisterSap pended. */
VOID
CmSigRegisterReply(PCM_SAP Sap, PSIG_REPLY Reply)
{
    if (Reply->Cause == SIG_CAUSE_TEMPORARY_FAILURE) {
        /* the switch is busy: "keep the client waiting" and retry later */
        NdisCmRegisterSapComplete(NDIS_STATUS_PENDING, Sap->NdisSapHandle, Sap); // expected-warning {{'NdisCmRegisterSapComplete' is given NDIS_STATUS_PENDING; a completion reports the final status of the registration [SapComplete_Status]}}
        CmScheduleSapRetry(Sap);
        return;
    }
    NdisCmRegisterSapComplete(Reply->Cause == SIG_CAUSE_NORMAL ? NDIS_STATUS_SUCCESS
                                                               : NDIS_STATUS_FAILURE,
                              Sap->NdisSapHandle, Sap);
}

/* Signalling reply for a SAP deregistration that CmDeregisterSap pended. */
VOID
CmSigDeregisterReply(PCM_SAP Sap, PSIG_REPLY Reply)
{
    if (Reply->Cause != SIG_CAUSE_NORMAL) {
        NdisCmDeregisterSapComplete(NDIS_STATUS_FAILURE, Sap->NdisSapHandle); // expected-warning {{'NdisCmDeregisterSapComplete' is given NDIS_STATUS_FAILURE; it takes NDIS_STATUS_SUCCESS [SapComplete_Status]}}
        return;
    }
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    CmFreeSap(Sap);
}

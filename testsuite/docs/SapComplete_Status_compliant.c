#include <ndis.h> // expected-no-diagnostics

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

VOID
CmSigRegisterReply(PCM_SAP Sap, PSIG_REPLY Reply)
{
    if (Reply->Cause == SIG_CAUSE_TEMPORARY_FAILURE && Sap->Retries++ < CM_SAP_MAX_RETRIES) {
        CmScheduleSapRetry(Sap);        /* the request simply stays pending */
        return;
    }
    NdisCmRegisterSapComplete(Reply->Cause == SIG_CAUSE_NORMAL ? NDIS_STATUS_SUCCESS
                                                               : NDIS_STATUS_FAILURE,
                              Sap->NdisSapHandle, Sap);
}

VOID
CmSigDeregisterReply(PCM_SAP Sap, PSIG_REPLY Reply)
{
    if (Reply->Cause != SIG_CAUSE_NORMAL) {
        CmLogSapReleaseFailure(Sap, Reply->Cause);  /* the SAP is gone locally anyway */
    }
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    CmFreeSap(Sap);
}

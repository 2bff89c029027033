/* Final statuses only: SUCCESS or a failure chosen by a conditional, a status read from the
   signalling reply that cannot be known, and the deregistration completed with SUCCESS. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_STATUS ReplyStatus;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSigRegisterReply(PCM_SAP Sap, BOOLEAN Accepted)
{
    NdisCmRegisterSapComplete(Accepted ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE,
                              Sap->NdisSapHandle, Sap);
}

VOID
CmSigRegisterReplyRaw(PCM_SAP Sap)
{
    NdisCmRegisterSapComplete(Sap->ReplyStatus, Sap->NdisSapHandle, Sap);
}

VOID
CmSigDeregisterReply(PCM_SAP Sap, BOOLEAN Released)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    if (!Released) {
        Status = NDIS_STATUS_FAILURE;   /* only logged: the SAP is gone locally anyway */
    }
    UNREFERENCED_PARAMETER(Status);
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
}

/* A handler whose paths either return a final status without completing, or complete once
   (in a goto-based cleanup) and return NDIS_STATUS_PENDING; a switch on the status decides. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE AnnounceTimer;
} CM_SAP, *PCM_SAP;

PROTOCOL_CM_REG_SAP CmRegisterSap;
NDIS_TIMER_FUNCTION CmAnnounceTimer;

NDIS_STATUS CmSigAnnounce(PCM_SAP Sap);
PCM_SAP CmAllocateSap(NDIS_HANDLE AfContext, NDIS_HANDLE NdisSapHandle);

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

NDIS_STATUS
CmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
              PNDIS_HANDLE CallMgrSapContext)
{
    PCM_SAP Sap;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(CoSap);
    Sap = CmAllocateSap(CallMgrAfContext, NdisSapHandle);
    if (Sap == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    *CallMgrSapContext = Sap;

    Status = CmSigAnnounce(Sap);
    switch (Status) {
    case NDIS_STATUS_SUCCESS:
        return NDIS_STATUS_SUCCESS;     /* local SAP: NDIS completes the request */
    case NDIS_STATUS_PENDING:
        break;                          /* the timer completes it */
    default:
        goto fail;
    }
    return NDIS_STATUS_PENDING;

fail:
    NdisCmRegisterSapComplete(Status, NdisSapHandle, Sap);
    return NDIS_STATUS_PENDING;
}

VOID
CmAnnounceTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                PVOID SystemSpecific3)
{
    PCM_SAP Sap = (PCM_SAP)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    NdisCmRegisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle, Sap);
}

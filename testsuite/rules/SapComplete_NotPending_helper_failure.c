/* A shared failure helper completes the deregistration, and the handler then also returns
   the failure status to NDIS. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ReleaseWorkItem;
    BOOLEAN LinkUp;
} CM_SAP, *PCM_SAP;

PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap;
NDIS_IO_WORKITEM_FUNCTION CmSapReleaseWorker;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

static VOID
CmFinishDeregistration(PCM_SAP Sap)
{
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle); // expected-note {{SAP deregistration completed here by NdisCmDeregisterSapComplete}}
}

NDIS_STATUS
CmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PCM_SAP Sap = (PCM_SAP)CallMgrSapContext;

    if (!Sap->LinkUp) {
        /* nothing to tell the network */
        CmFinishDeregistration(Sap); // expected-note {{'CmFinishDeregistration' called here}}
        return NDIS_STATUS_FAILURE; // expected-warning {{'CmDeregisterSap' returns NDIS_STATUS_FAILURE after completing the SAP deregistration with 'NdisCmDeregisterSapComplete'; a handler that completes its request must return NDIS_STATUS_PENDING [SapComplete_NotPending]}}
    }
    NdisQueueIoWorkItem(Sap->ReleaseWorkItem, CmSapReleaseWorker, Sap);
    return NDIS_STATUS_PENDING;
}

VOID
CmSapReleaseWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    CmFinishDeregistration((PCM_SAP)WorkItemContext);
}

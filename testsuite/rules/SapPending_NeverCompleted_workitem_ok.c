/* The deregistration pends and the work item completes it. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ReleaseWorkItem;
    NDIS_HANDLE BindingHandle;
} CM_SAP, *PCM_SAP;

PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap;
NDIS_IO_WORKITEM_FUNCTION CmSapReleaseWorker;

VOID CmSigReleaseSap(PCM_SAP Sap);

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

NDIS_STATUS
CmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PCM_SAP Sap = (PCM_SAP)CallMgrSapContext;

    NdisQueueIoWorkItem(Sap->ReleaseWorkItem, CmSapReleaseWorker, Sap);
    return NDIS_STATUS_PENDING;
}

VOID
CmSapReleaseWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCM_SAP Sap = (PCM_SAP)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    CmSigReleaseSap(Sap);
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    NdisFreeMemoryWithTagPriority(Sap->BindingHandle, Sap, 'pSmC');
}

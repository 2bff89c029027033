/* The deregistration pends, but the work item that finishes it never calls the completion. */
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ReleaseWorkItem;
    NDIS_HANDLE BindingHandle;
} CM_SAP, *PCM_SAP;

PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap; // expected-note {{'CmDeregisterSap' is a PROTOCOL_CM_DEREGISTER_SAP callback}}
NDIS_IO_WORKITEM_FUNCTION CmSapReleaseWorker;

/* Signals the switch that the SAP is gone (the driver's own code, not a completion). */
VOID CmSigReleaseSap(PCM_SAP Sap)
{
    UNREFERENCED_PARAMETER(Sap);
}

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
    return NDIS_STATUS_PENDING; // expected-warning {{'CmDeregisterSap' returns NDIS_STATUS_PENDING, but nothing in the driver calls 'NdisCmDeregisterSapComplete' to complete the SAP deregistration [SapPending_NeverCompleted]}}
}

VOID
CmSapReleaseWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCM_SAP Sap = (PCM_SAP)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    CmSigReleaseSap(Sap);           /* tell the switch */
    NdisFreeMemoryWithTagPriority(Sap->BindingHandle, Sap, 'pSmC');
}

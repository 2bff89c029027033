#include <ndis.h> // expected-no-diagnostics

typedef struct _CM_SAP {
    LIST_ENTRY Link;                /* on the address family's SAP list */
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ReleaseWorkItem;
} CM_SAP, *PCM_SAP;

PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap;
NDIS_IO_WORKITEM_FUNCTION CmSapReleaseWorker;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily)
{
    return NdisCmRegisterAddressFamilyEx(NdisBindingHandle, AddressFamily);
}

static VOID
CmSigReleaseSap(PCM_SAP Sap)
{
    UNREFERENCED_PARAMETER(Sap);    /* sends RELEASE to the switch (omitted) */
}

static VOID
CmFreeSap(PCM_SAP Sap)
{
    RemoveEntryList(&Sap->Link);
    NdisFreeMemory(Sap, sizeof(*Sap), 0);
}

NDIS_STATUS
CmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PCM_SAP Sap = (PCM_SAP)CallMgrSapContext;

    NdisQueueIoWorkItem(Sap->ReleaseWorkItem, CmSapReleaseWorker, Sap);
    return NDIS_STATUS_PENDING;         /* completed by CmSapReleaseWorker */
}

VOID
CmSapReleaseWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCM_SAP Sap = (PCM_SAP)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    CmSigReleaseSap(Sap);
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    CmFreeSap(Sap);             /* the handle is invalid now; only local cleanup remains */
}

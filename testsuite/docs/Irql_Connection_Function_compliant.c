#include <ndis.h> // expected-no-diagnostics

typedef struct _CL_VC {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE NdisVcHandle;
} CL_VC, *PCL_VC;

typedef struct _CL_TAPI_QUERY {
    PCL_VC Vc;
    PVAR_STRING CallId;
    NDIS_STATUS Status;
} CL_TAPI_QUERY, *PCL_TAPI_QUERY;

VOID ClTapiQueryDone(PCL_TAPI_QUERY Query);

NDIS_IO_WORKITEM_FUNCTION ClTapiCallIdWorker;

VOID
ClTapiCallIdWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCL_TAPI_QUERY Query = (PCL_TAPI_QUERY)WorkItemContext;
    PCL_VC Vc = Query->Vc;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Vc->Lock);             /* DISPATCH_LEVEL; also keeps the VC alive */
    Query->Status = NdisCoGetTapiCallId(Vc->NdisVcHandle, Query->CallId);
    NdisReleaseSpinLock(&Vc->Lock);
    ClTapiQueryDone(Query);
}

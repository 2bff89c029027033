#include <ndis.h>

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

NDIS_IO_WORKITEM_FUNCTION ClTapiCallIdWorker; // expected-note {{'ClTapiCallIdWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
ClTapiCallIdWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PCL_TAPI_QUERY Query = (PCL_TAPI_QUERY)WorkItemContext;
    PCL_VC Vc = Query->Vc;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    Query->Status = NdisCoGetTapiCallId(Vc->NdisVcHandle, Query->CallId); // expected-warning {{'NdisCoGetTapiCallId' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Connection_Function]}}
    ClTapiQueryDone(Query);
}

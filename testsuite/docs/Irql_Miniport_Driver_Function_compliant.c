#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): replace this fragment by a realistic driver excerpt (see the other pages). */

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

NDIS_IO_WORKITEM_FUNCTION ExampleWorker;

VOID
ExampleWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisMSleep(0);
}

/*
 * NdisMIndicateStatusEx requires IRQL <= DISPATCH_LEVEL; a helper called from a work item runs at
 * PASSIVE_LEVEL, which is allowed.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

static VOID
ExampleHelper(PEXAMPLE_CONTEXT Ctx)
{
    UNREFERENCED_PARAMETER(Ctx);
    NdisMIndicateStatusEx(NULL, NULL);
}

NDIS_IO_WORKITEM_FUNCTION ExampleWorker;

VOID
ExampleWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PEXAMPLE_CONTEXT Ctx = (PEXAMPLE_CONTEXT)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    ExampleHelper(Ctx);
}

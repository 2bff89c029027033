/*
 * NdisMAllocateNetBufferSGList requires DISPATCH_LEVEL; a helper called from a work item runs at
 * PASSIVE_LEVEL. The helper's entry IRQL comes from its caller: a caller note, then the note that
 * explains the caller's IRQL.
 */
#include <ndis.h>

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

static VOID
ExampleHelper(PEXAMPLE_CONTEXT Ctx)
{
    UNREFERENCED_PARAMETER(Ctx);
    NdisMAllocateNetBufferSGList(NULL, NULL, NULL, 0, NULL, 0); // expected-warning {{'NdisMAllocateNetBufferSGList' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Gather_DMA_Function]}}
}

NDIS_IO_WORKITEM_FUNCTION ExampleWorker; // expected-note {{'ExampleWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
ExampleWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PEXAMPLE_CONTEXT Ctx = (PEXAMPLE_CONTEXT)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    ExampleHelper(Ctx); // expected-note {{'ExampleHelper' called here at PASSIVE_LEVEL}}
}

#include <ndis.h>

/* TODO(new-rule): replace this fragment by a realistic driver excerpt (see the other pages). */

typedef struct _EXAMPLE_CONTEXT {
    NDIS_SPIN_LOCK Lock;
} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;

NDIS_IO_WORKITEM_FUNCTION ExampleWorker; // expected-note {{'ExampleWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
ExampleWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisMAllocateNetBufferSGList(NULL, NULL, NULL, 0, NULL, 0); // expected-warning {{'NdisMAllocateNetBufferSGList' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Gather_DMA_Function]}}
}

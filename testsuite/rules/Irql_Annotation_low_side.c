/*
 * A helper annotated to need DISPATCH_LEVEL or above (it takes a lock with the DPC-level routine)
 * is called from a work item, which runs at PASSIVE_LEVEL on every path.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG Rounds;
} ADAPTER, *PADAPTER;

_IRQL_requires_min_(DISPATCH_LEVEL) // expected-note {{'AdapterCountRound' is annotated _IRQL_requires_min_(DISPATCH_LEVEL) here}}
VOID
AdapterCountRound(_In_ PADAPTER Adapter)
{
    NdisDprAcquireSpinLock(&Adapter->Lock);
    Adapter->Rounds++;
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

NDIS_IO_WORKITEM_FUNCTION AdapterRoundWorker; // expected-note {{'AdapterRoundWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
AdapterRoundWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    AdapterCountRound((PADAPTER)WorkItemContext); // expected-warning {{'AdapterCountRound' is called at PASSIVE_LEVEL, but its annotation requires IRQL >= DISPATCH_LEVEL [Irql_Annotation]}}
}

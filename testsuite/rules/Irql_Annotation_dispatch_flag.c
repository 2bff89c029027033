/*
 * The flag-selected lock of Irql_Annotation_dispatch_flag_ok.c, and a PASSIVE_LEVEL-only helper
 * called while the lock is held: reported on the path where the raising form took the lock, with
 * that call as the note.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    ULONG FreeFragments;
} ADAPTER, *PADAPTER;

_IRQL_requires_(PASSIVE_LEVEL) // expected-note {{'AdapterLogState' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
VOID
AdapterLogState(PADAPTER Adapter);

VOID
AdapterReturnFragment(PADAPTER Adapter, BOOLEAN DispatchLevel)
{
    if (DispatchLevel)
        NdisDprAcquireSpinLock(&Adapter->RxLock);
    else
        NdisAcquireSpinLock(&Adapter->RxLock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Adapter->FreeFragments++;
    AdapterLogState(Adapter); // expected-warning {{'AdapterLogState' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
    if (DispatchLevel)
        NdisDprReleaseSpinLock(&Adapter->RxLock);
    else
        NdisReleaseSpinLock(&Adapter->RxLock);
}

NDIS_IO_WORKITEM_FUNCTION AdapterHaltWorker;

VOID
AdapterHaltWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    AdapterReturnFragment((PADAPTER)WorkItemContext, FALSE);
}

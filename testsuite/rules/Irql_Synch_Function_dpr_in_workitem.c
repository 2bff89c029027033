/*
 * NdisDprAcquireSpinLock requires DISPATCH_LEVEL: a work item runs at PASSIVE_LEVEL (the lower
 * bound of an IRQL range is checked too). The release that follows is reported as well.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_SPIN_LOCK Lock;
    ULONG Generation;
} NIC, *PNIC;

NDIS_IO_WORKITEM_FUNCTION NicWorker; // expected-note 2 {{'NicWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
NicWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC Nic = (PNIC)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisDprAcquireSpinLock(&Nic->Lock); // expected-warning {{'NdisDprAcquireSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    Nic->Generation++;
    NdisDprReleaseSpinLock(&Nic->Lock); // expected-warning {{'NdisDprReleaseSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
}

/*
 * The same routine, declared with the role typedef MINIPORT_SYNCHRONIZE_INTERRUPT, called directly
 * from a work item and also passed to NdisMSynchronizeWithInterruptEx: its address is taken, so it
 * keeps its role and runs at DIRQL, where the NDIS spin lock is reported.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE InterruptHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG RssMask;
} NIC, *PNIC;

MINIPORT_SYNCHRONIZE_INTERRUPT NicSetRss; // expected-note {{'NicSetRss' runs at DIRQL as a MINIPORT_SYNCHRONIZE_INTERRUPT callback}}

BOOLEAN
NicSetRss(NDIS_HANDLE SynchronizeContext)
{
    PNIC Nic = (PNIC)SynchronizeContext;

    NdisAcquireSpinLock(&Nic->Lock); // expected-warning {{'NdisAcquireSpinLock' may be called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Synch_Function]}}
    Nic->RssMask = 0xff;
    NdisReleaseSpinLock(&Nic->Lock);
    return TRUE;
}

NDIS_IO_WORKITEM_FUNCTION NicRssWorker;

VOID
NicRssWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC Nic = (PNIC)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    if (Nic->InterruptHandle != NULL) {
        (VOID)NdisMSynchronizeWithInterruptEx(Nic->InterruptHandle, 0, NicSetRss, Nic);
    } else {
        (VOID)NicSetRss(Nic);
    }
}

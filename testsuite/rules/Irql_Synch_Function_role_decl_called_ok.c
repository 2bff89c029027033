/*
 * A routine declared with the role typedef MINIPORT_SYNCHRONIZE_INTERRUPT whose only
 * NdisMSynchronizeWithInterruptEx call is compiled out: the driver calls it directly from a work
 * item and never takes its address, so it is not that callback in this build. It runs at its
 * caller's IRQL (PASSIVE_LEVEL), where the NDIS spin lock is allowed, not at DIRQL.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_HANDLE InterruptHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG RssMask;
} NIC, *PNIC;

MINIPORT_SYNCHRONIZE_INTERRUPT NicSetRss;

BOOLEAN
NicSetRss(NDIS_HANDLE SynchronizeContext)
{
    PNIC Nic = (PNIC)SynchronizeContext;

    NdisAcquireSpinLock(&Nic->Lock);
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
#if 0
    (VOID)NdisMSynchronizeWithInterruptEx(Nic->InterruptHandle, 0, NicSetRss, Nic);
#else
    (VOID)NicSetRss(Nic);
#endif
}

/*
 * In-stack queued spin locks and NDIS read-write locks raise the IRQL to DISPATCH_LEVEL and their
 * releases restore what the KLOCK_QUEUE_HANDLE / LOCK_STATE_EX saved: the Dpr form inside is fine,
 * and NDIS_WAIT_FOR_MUTEX after the releases runs at PASSIVE_LEVEL again.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    KSPIN_LOCK QueueLock;
    NDIS_SPIN_LOCK StatsLock;
    PNDIS_RW_LOCK_EX TableLock;
    NDIS_MUTEX ConfigMutex;
    ULONG Stats, Table;
} NIC, *PNIC;

NDIS_IO_WORKITEM_FUNCTION NicWorker;

VOID
NicWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC Nic = (PNIC)WorkItemContext;
    KLOCK_QUEUE_HANDLE LockHandle;
    LOCK_STATE_EX LockState;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    KeAcquireInStackQueuedSpinLock(&Nic->QueueLock, &LockHandle);
    NdisDprAcquireSpinLock(&Nic->StatsLock);
    Nic->Stats++;
    NdisDprReleaseSpinLock(&Nic->StatsLock);
    KeReleaseInStackQueuedSpinLock(&LockHandle);

    NdisAcquireRWLockWrite(Nic->TableLock, &LockState, 0);
    NdisDprAcquireSpinLock(&Nic->StatsLock);
    Nic->Table = Nic->Stats;
    NdisDprReleaseSpinLock(&Nic->StatsLock);
    NdisReleaseRWLock(Nic->TableLock, &LockState);

    NDIS_WAIT_FOR_MUTEX(&Nic->ConfigMutex);
    NDIS_RELEASE_MUTEX(&Nic->ConfigMutex);
}

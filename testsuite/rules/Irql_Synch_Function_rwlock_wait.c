/*
 * NdisAcquireRWLockRead raises to DISPATCH_LEVEL: NDIS_WAIT_FOR_MUTEX before the release is at
 * DISPATCH_LEVEL, after it at PASSIVE_LEVEL again.
 */
#include <ndis.h>

typedef struct _NIC {
    PNDIS_RW_LOCK_EX TableLock;
    NDIS_MUTEX ConfigMutex;
} NIC, *PNIC;

NDIS_IO_WORKITEM_FUNCTION NicWorker;

VOID
NicWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC Nic = (PNIC)WorkItemContext;
    LOCK_STATE_EX LockState;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireRWLockRead(Nic->TableLock, &LockState, 0); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireRWLockRead here}}
    NDIS_WAIT_FOR_MUTEX(&Nic->ConfigMutex); // expected-warning {{'NDIS_WAIT_FOR_MUTEX' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Synch_Function]}}
    NdisReleaseRWLock(Nic->TableLock, &LockState);
    NDIS_RELEASE_MUTEX(&Nic->ConfigMutex);
}

/*
 * An NDIS read-write lock raises the IRQL to DISPATCH_LEVEL and keeps the previous IRQL in the
 * LOCK_STATE_EX; NdisReleaseRWLock restores it (the annotations of <ndis.h>). A registry read
 * between them is reported, the same read after the release is not.
 */
#include <ndis.h>

typedef struct _FILTER {
    PNDIS_RW_LOCK_EX Lock;
    NDIS_HANDLE FilterHandle;
    ULONG Generation;
} FILTER, *PFILTER;

_IRQL_requires_(PASSIVE_LEVEL) // expected-note {{'FilterReadSettings' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
VOID
FilterReadSettings(_In_ PFILTER Filter);

NDIS_IO_WORKITEM_FUNCTION FilterRefreshWorker;

VOID
FilterRefreshWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PFILTER Filter = (PFILTER)WorkItemContext;
    LOCK_STATE_EX LockState;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireRWLockWrite(Filter->Lock, &LockState, 0); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireRWLockWrite here}}
    Filter->Generation++;
    FilterReadSettings(Filter); // expected-warning {{'FilterReadSettings' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
    NdisReleaseRWLock(Filter->Lock, &LockState);
    FilterReadSettings(Filter);
}

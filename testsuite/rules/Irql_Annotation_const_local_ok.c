/*
 * A local that only ever holds FALSE (`BOOLEAN bFalse = FALSE;`, written to keep the compiler
 * quiet about constant conditions) decides its branches: a lock macro given bFalse takes the
 * raising form, never the DPC-level one (which requires DISPATCH_LEVEL and would be called at
 * PASSIVE_LEVEL on every path through it), and `do { } while (bFalse)` runs once.
 */
#include <ndis.h> // expected-no-diagnostics

#define FILTER_ACQUIRE_LOCK(_Lock, _DispatchLevel)                                                                    \
    {                                                                                                                  \
        if (_DispatchLevel)                                                                                            \
            NdisDprAcquireSpinLock(_Lock);                                                                             \
        else                                                                                                           \
            NdisAcquireSpinLock(_Lock);                                                                                \
    }

typedef struct _FILTER {
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY Link;
} FILTER, *PFILTER;

NDIS_SPIN_LOCK FilterListLock;
LIST_ENTRY FilterList;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
FilterRegisterDevice(VOID);

NDIS_IO_WORKITEM_FUNCTION FilterAttachWorker;

VOID
FilterAttachWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PFILTER Filter = (PFILTER)WorkItemContext;
    BOOLEAN bFalse = FALSE;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    do {
        if (FilterRegisterDevice() != NDIS_STATUS_SUCCESS)
            break;
        FILTER_ACQUIRE_LOCK(&FilterListLock, bFalse);
        InsertHeadList(&FilterList, &Filter->Link);
        NdisReleaseSpinLock(&FilterListLock);
    } while (bFalse);
}

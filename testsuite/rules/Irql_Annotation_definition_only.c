/*
 * The annotation is on the definition only, which comes after the caller; the prototype the call
 * sees has none. The annotations of every declaration of a function count together.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG Generation;
} ADAPTER, *PADAPTER;

static VOID AdapterFlushStatistics(PADAPTER Adapter);

NDIS_IO_WORKITEM_FUNCTION AdapterStatisticsWorker;

VOID
AdapterStatisticsWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Adapter->Generation++;
    AdapterFlushStatistics(Adapter); // expected-warning {{'AdapterFlushStatistics' is called at DISPATCH_LEVEL, but its annotation requires IRQL <= APC_LEVEL [Irql_Annotation]}}
    NdisReleaseSpinLock(&Adapter->Lock);
}

_IRQL_requires_max_(APC_LEVEL) // expected-note {{'AdapterFlushStatistics' is annotated _IRQL_requires_max_(APC_LEVEL) here}}
static VOID
AdapterFlushStatistics(PADAPTER Adapter)
{
    UNREFERENCED_PARAMETER(Adapter);
    NdisMSleep(100);
}

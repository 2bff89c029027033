/*
 * The driver's own lock helpers, annotated like KeAcquireSpinLock: AdapterLock raises to
 * DISPATCH_LEVEL and saves the previous IRQL through its out parameter, AdapterUnlock restores
 * it. Between them the IRQL is DISPATCH_LEVEL, so the PASSIVE_LEVEL-only helper is reported, with
 * the lock helper as the raising call.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    KSPIN_LOCK Lock;
    ULONG PendingResets;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID
AdapterLock(_In_ PADAPTER Adapter, _Out_ _IRQL_saves_ PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Adapter->Lock, OldIrql);
}

_IRQL_requires_(DISPATCH_LEVEL)
VOID
AdapterUnlock(_In_ PADAPTER Adapter, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    KeReleaseSpinLock(&Adapter->Lock, OldIrql);
}

_IRQL_requires_(PASSIVE_LEVEL) // expected-note {{'AdapterReloadConfiguration' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
VOID
AdapterReloadConfiguration(_In_ PADAPTER Adapter);

NDIS_IO_WORKITEM_FUNCTION AdapterResetWorker;

VOID
AdapterResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    AdapterLock(Adapter, &OldIrql); // expected-note {{IRQL raised to DISPATCH_LEVEL by AdapterLock here}}
    if (Adapter->PendingResets > 0) {
        Adapter->PendingResets--;
        AdapterReloadConfiguration(Adapter); // expected-warning {{'AdapterReloadConfiguration' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
    }
    AdapterUnlock(Adapter, OldIrql);
    AdapterReloadConfiguration(Adapter);
}

/*
 * The same bounds kept: the function raises to DISPATCH_LEVEL at most (a spin lock), and the DPC
 * never lowers below DISPATCH_LEVEL. The DPC holds a lock of its own (the adapter lock again would
 * deadlock in AdapterTick).
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    KSPIN_LOCK Lock;
    KSPIN_LOCK TimerLock;
    ULONG Ticks;
} ADAPTER, *PADAPTER;

_IRQL_always_function_max_(DISPATCH_LEVEL)
VOID
AdapterTick(_In_ PADAPTER Adapter)
{
    KIRQL OldIrql;

    KeAcquireSpinLock(&Adapter->Lock, &OldIrql);
    Adapter->Ticks++;
    KeReleaseSpinLock(&Adapter->Lock, OldIrql);
}

KDEFERRED_ROUTINE AdapterTimerDpc;

_IRQL_always_function_min_(DISPATCH_LEVEL)
VOID
AdapterTimerDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    KeAcquireSpinLockAtDpcLevel(&((PADAPTER)DeferredContext)->TimerLock);
    AdapterTick((PADAPTER)DeferredContext);
    KeReleaseSpinLockFromDpcLevel(&((PADAPTER)DeferredContext)->TimerLock);
}

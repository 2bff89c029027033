/*
 * _IRQL_always_function_max_ / _min_ bound the IRQL inside the function itself (PREfast C28150 and
 * C28124): a raise above the maximum and a lowering below the minimum are reported at the call that
 * does it, with a note at the annotation.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    KSPIN_LOCK Lock;
    ULONG Ticks;
} ADAPTER, *PADAPTER;

_IRQL_always_function_max_(DISPATCH_LEVEL) // expected-note {{'AdapterTick' is annotated _IRQL_always_function_max_(DISPATCH_LEVEL) here}}
VOID
AdapterTick(_In_ PADAPTER Adapter)
{
    KIRQL OldIrql;

    KeAcquireSpinLock(&Adapter->Lock, &OldIrql);
    Adapter->Ticks++;
    KeReleaseSpinLock(&Adapter->Lock, OldIrql);
    KeRaiseIrql(HIGH_LEVEL, &OldIrql); // expected-warning {{'KeRaiseIrql' raises the IRQL to HIGH_LEVEL, above the _IRQL_always_function_max_(DISPATCH_LEVEL) of 'AdapterTick' [Irql_Annotation]}}
    Adapter->Ticks++;
    KeLowerIrql(OldIrql);
}

KDEFERRED_ROUTINE AdapterTimerDpc;

_IRQL_always_function_min_(DISPATCH_LEVEL) // expected-note {{'AdapterTimerDpc' is annotated _IRQL_always_function_min_(DISPATCH_LEVEL) here}}
VOID
AdapterTimerDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    KeLowerIrql(PASSIVE_LEVEL); // expected-warning {{'KeLowerIrql' lowers the IRQL to PASSIVE_LEVEL, below the _IRQL_always_function_min_(DISPATCH_LEVEL) of 'AdapterTimerDpc' [Irql_Annotation]}}
    AdapterTick((PADAPTER)DeferredContext);
    KeRaiseIrqlToDpcLevel();
}

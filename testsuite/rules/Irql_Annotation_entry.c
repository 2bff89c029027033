/*
 * A function annotated _IRQL_requires_max_(DISPATCH_LEVEL) and called by nothing in the driver
 * (NDIS calls it through a pointer) starts at PASSIVE_LEVEL..DISPATCH_LEVEL, as annotated: the
 * wait inside it may run at DISPATCH_LEVEL (KeDelayExecutionThread, annotated <= APC_LEVEL and in
 * no SDV list: NdisMSleep is Irql_Miniport_Driver_Function's). The note names the annotation.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    volatile LONG PendingSends;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(DISPATCH_LEVEL) // expected-note {{'AdapterDrainSends' is annotated _IRQL_requires_max_(DISPATCH_LEVEL): it runs at IRQL <= DISPATCH_LEVEL}}
VOID
AdapterDrainSends(_In_ PADAPTER Adapter)
{
    LARGE_INTEGER Interval;

    Interval.QuadPart = -10000; /* 1 ms */
    while (Adapter->PendingSends > 0) {
        KeDelayExecutionThread(KernelMode, FALSE, &Interval); // expected-warning {{'KeDelayExecutionThread' may be called at DISPATCH_LEVEL, but its annotation requires IRQL <= APC_LEVEL [Irql_Annotation]}}
    }
}

/*
 * A function annotated _IRQL_requires_max_(DISPATCH_LEVEL) and called by nothing in the driver
 * (NDIS calls it through a pointer): the annotation permits DISPATCH_LEVEL, and there the wait
 * inside it (KeDelayExecutionThread, annotated <= APC_LEVEL and in no SDV list: NdisMSleep is
 * Irql_Miniport_Driver_Function's) is not allowed: the body contradicts the annotation. The note
 * names the annotation.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    volatile LONG PendingSends;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(DISPATCH_LEVEL) // expected-note {{'AdapterDrainSends' is annotated _IRQL_requires_max_(DISPATCH_LEVEL) here}}
VOID
AdapterDrainSends(_In_ PADAPTER Adapter)
{
    LARGE_INTEGER Interval;

    Interval.QuadPart = -10000; /* 1 ms */
    while (Adapter->PendingSends > 0) {
        KeDelayExecutionThread(KernelMode, FALSE, &Interval); // expected-warning {{'KeDelayExecutionThread' is annotated to require IRQL <= APC_LEVEL, but the annotation _IRQL_requires_max_(DISPATCH_LEVEL) of 'AdapterDrainSends' allows DISPATCH_LEVEL here [Irql_Annotation]}}
    }
}

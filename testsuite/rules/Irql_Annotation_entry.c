/*
 * A function annotated _IRQL_requires_max_(DISPATCH_LEVEL) and called by nothing in the driver
 * (NDIS calls it through a pointer) starts at PASSIVE_LEVEL..DISPATCH_LEVEL, as annotated: the
 * sleep inside it may run at DISPATCH_LEVEL. The note names the annotation.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    volatile LONG PendingSends;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(DISPATCH_LEVEL) // expected-note {{'AdapterDrainSends' is annotated _IRQL_requires_max_(DISPATCH_LEVEL): it runs at IRQL <= DISPATCH_LEVEL}}
VOID
AdapterDrainSends(_In_ PADAPTER Adapter)
{
    while (Adapter->PendingSends > 0) {
        NdisMSleep(1000); // expected-warning {{'NdisMSleep' may be called at DISPATCH_LEVEL, but its annotation requires IRQL <= APC_LEVEL [Irql_Annotation]}}
    }
}

/*
 * The annotation is on the prototype only (as in a driver header); the definition repeats none of
 * it. A DPC (DISPATCH_LEVEL) calls the helper: reported at the call, the note at the prototype.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    KDPC ResetDpc;
} ADAPTER, *PADAPTER;

_IRQL_requires_(PASSIVE_LEVEL) // expected-note {{'AdapterWriteRegistry' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
NDIS_STATUS
AdapterWriteRegistry(_In_ PADAPTER Adapter, _In_ ULONG Value);

KDEFERRED_ROUTINE AdapterResetDpc; // expected-note {{'AdapterResetDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}

VOID
AdapterResetDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    (VOID)AdapterWriteRegistry((PADAPTER)DeferredContext, 1); // expected-warning {{'AdapterWriteRegistry' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
}

NDIS_STATUS
AdapterWriteRegistry(PADAPTER Adapter, ULONG Value)
{
    UNREFERENCED_PARAMETER(Adapter);
    UNREFERENCED_PARAMETER(Value);
    return NDIS_STATUS_SUCCESS;
}

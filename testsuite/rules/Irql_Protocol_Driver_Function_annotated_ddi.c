/*
 * NdisClOpenAddressFamilyEx is in Irql_Protocol_Driver_Function's SDV list and is also annotated
 * _IRQL_requires_(PASSIVE_LEVEL) in <ndis.h>: a call from a DPC is reported once, by the SDV rule,
 * not a second time by Irql_Annotation. KeDelayExecutionThread, annotated but in no SDV list, is
 * reported by Irql_Annotation.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE NdisAfHandle;
    CO_ADDRESS_FAMILY AddressFamily;
} BINDING, *PBINDING;

KDEFERRED_ROUTINE ClRetryDpc; // expected-note 2 {{'ClRetryDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}

VOID
ClRetryDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PBINDING Binding = (PBINDING)DeferredContext;
    LARGE_INTEGER Interval;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    Interval.QuadPart = -100;
    KeDelayExecutionThread(KernelMode, FALSE, &Interval); // expected-warning {{'KeDelayExecutionThread' is called at DISPATCH_LEVEL, but its annotation requires IRQL <= APC_LEVEL [Irql_Annotation]}}
    (VOID)NdisClOpenAddressFamilyEx(Binding->BindingHandle, &Binding->AddressFamily, Binding, // expected-warning {{'NdisClOpenAddressFamilyEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
                                    &Binding->NdisAfHandle);
}

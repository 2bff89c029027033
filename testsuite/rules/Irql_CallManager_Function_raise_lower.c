/*
 * A stand-alone call manager raises the IRQL with KeRaiseIrql around the AF
 * registration: NdisCmRegisterAddressFamilyEx requires PASSIVE_LEVEL. After
 * KeLowerIrql(OldIrql) the IRQL is back at PASSIVE_LEVEL, so the retry below
 * is fine.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    ULONG Generation;
} BINDING, *PBINDING;

PROTOCOL_OPEN_ADAPTER_COMPLETE_EX CmOpenAdapterComplete;

VOID
CmOpenAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    CO_ADDRESS_FAMILY Af;
    KIRQL OldIrql;

    if (Status != NDIS_STATUS_SUCCESS) {
        return;
    }
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql); // expected-note {{IRQL raised to DISPATCH_LEVEL by KeRaiseIrql here}}
    Binding->Generation++;
    Status = NdisCmRegisterAddressFamilyEx(Binding->BindingHandle, &Af); // expected-warning {{'NdisCmRegisterAddressFamilyEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_CallManager_Function]}}
    KeLowerIrql(OldIrql);

    if (Status == NDIS_STATUS_RESOURCES) {
        Status = NdisCmRegisterAddressFamilyEx(Binding->BindingHandle, &Af);
    }
}

/*
 * NDIS_RAISE_IRQL_TO_DISPATCH raises to DISPATCH_LEVEL (the note names the
 * macro as spelled); NdisCmNotifyCloseAddressFamily requires PASSIVE_LEVEL.
 * After NDIS_LOWER_IRQL the NdisCmDeregisterSapComplete call is fine in any case.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE DyingSapHandle;
    ULONG Closes;
} BINDING, *PBINDING;

PROTOCOL_BIND_ADAPTER_EX CmBind;
PROTOCOL_UNBIND_ADAPTER_EX CmUnbind;

NDIS_STATUS
CmBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
       PNDIS_BIND_PARAMETERS BindParameters)
{
    PBINDING Binding = (PBINDING)ProtocolDriverContext;
    CO_ADDRESS_FAMILY Af;

    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisCmRegisterAddressFamilyEx(Binding->BindingHandle, &Af);
}

NDIS_STATUS
CmUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(UnbindContext);

    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql); // expected-note {{IRQL raised to DISPATCH_LEVEL by NDIS_RAISE_IRQL_TO_DISPATCH here}}
    Binding->Closes++;
    (VOID)NdisCmNotifyCloseAddressFamily(Binding->NdisAfHandle); // expected-warning {{'NdisCmNotifyCloseAddressFamily' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_CallManager_Function]}}
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);

    if (Binding->DyingSapHandle != NULL) {
        NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Binding->DyingSapHandle);
    }
    return NDIS_STATUS_SUCCESS;
}

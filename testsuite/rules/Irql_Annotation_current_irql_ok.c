/*
 * A helper that OID requests (PASSIVE_LEVEL..DISPATCH_LEVEL) call tests the current IRQL before it
 * calls the PASSIVE_LEVEL-only routine, directly or through a variable that holds
 * KeGetCurrentIrql(): on those branches the IRQL is PASSIVE_LEVEL.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    ULONG Register;
} ADAPTER, *PADAPTER;

_IRQL_requires_(PASSIVE_LEVEL)
VOID
AdapterWriteRegisterSync(PADAPTER Adapter, ULONG Value);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
AdapterWriteRegisterAsync(PADAPTER Adapter, ULONG Value);

VOID
AdapterWriteRegister(PADAPTER Adapter, ULONG Value)
{
    KIRQL Irql = KeGetCurrentIrql();

    if (KeGetCurrentIrql() > PASSIVE_LEVEL) {
        AdapterWriteRegisterAsync(Adapter, Value);
    } else {
        AdapterWriteRegisterSync(Adapter, Value);
    }
    if (Irql == PASSIVE_LEVEL) {
        AdapterWriteRegisterSync(Adapter, Value);
    }
}

MINIPORT_OID_REQUEST AdapterOidRequest;

NDIS_STATUS
AdapterOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    UNREFERENCED_PARAMETER(OidRequest);
    AdapterWriteRegister((PADAPTER)MiniportAdapterContext, 1);
    return NDIS_STATUS_SUCCESS;
}

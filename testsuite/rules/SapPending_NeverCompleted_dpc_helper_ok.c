/* An MCM pends the registration; the interrupt DPC completes it through a helper in a loop. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_ADAPTER {
    NDIS_HANDLE PendingSap[4];
    ULONG PendingCount;
} MCM_ADAPTER, *PMCM_ADAPTER;

PROTOCOL_CM_REG_SAP McmCmRegisterSap;
MINIPORT_INTERRUPT_DPC McmInterruptDpc;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

NDIS_STATUS
McmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)CallMgrAfContext;

    UNREFERENCED_PARAMETER(CoSap);
    if (Adapter->PendingCount == 4) {
        return NDIS_STATUS_RESOURCES;
    }
    Adapter->PendingSap[Adapter->PendingCount++] = NdisSapHandle;
    *CallMgrSapContext = Adapter;
    return NDIS_STATUS_PENDING;
}

static VOID
McmCompleteOne(PMCM_ADAPTER Adapter, NDIS_HANDLE NdisSapHandle)
{
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, Adapter);
}

VOID
McmInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;
    ULONG i;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    for (i = 0; i < Adapter->PendingCount; i++) {
        McmCompleteOne(Adapter, Adapter->PendingSap[i]);
    }
    Adapter->PendingCount = 0;
}

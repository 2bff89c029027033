/* An MCM pends every SAP registration for the hardware; its DPC only dispatches calls and never
   completes a registration. */
#include <ndis.h>

typedef struct _MCM_ADAPTER {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE IncomingVc;
    CO_CALL_PARAMETERS CallParameters;
} MCM_ADAPTER, *PMCM_ADAPTER;

PROTOCOL_CM_REG_SAP McmCmRegisterSap; // expected-note {{'McmCmRegisterSap' is a PROTOCOL_CM_REG_SAP callback}}
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

    if (CoSap->SapLength == 0) {
        return NDIS_STATUS_INVALID_DATA;
    }
    Adapter->NdisSapHandle = NdisSapHandle;
    *CallMgrSapContext = Adapter;
    return NDIS_STATUS_PENDING; // expected-warning {{'McmCmRegisterSap' returns NDIS_STATUS_PENDING, but nothing in the driver calls 'NdisMCmRegisterSapComplete' to complete the SAP registration [SapPending_NeverCompleted]}}
}

VOID
McmInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (Adapter->IncomingVc != NULL) {
        (VOID)NdisMCmDispatchIncomingCall(Adapter->NdisSapHandle, Adapter->IncomingVc,
                                          &Adapter->CallParameters);
    }
}

/* An MCM that uses only the NdisMCm* names, including the exported NdisMCmCreateVc. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE NdisVcHandle;
    CO_CALL_PARAMETERS CallParameters;
} MCM_ADAPTER, *PMCM_ADAPTER;

NDIS_STATUS
McmRegisterAf(PMCM_ADAPTER Adapter, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(Adapter->MiniportAdapterHandle, Af);
}

VOID
McmOfferCall(PMCM_ADAPTER Adapter)
{
    NDIS_STATUS Status;

    Status = NdisMCmCreateVc(Adapter->MiniportAdapterHandle, Adapter->NdisAfHandle, Adapter,
                             &Adapter->NdisVcHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        return;
    }
    Status = NdisMCmDispatchIncomingCall(Adapter->NdisSapHandle, Adapter->NdisVcHandle,
                                         &Adapter->CallParameters);
    if (Status != NDIS_STATUS_PENDING && Status != NDIS_STATUS_SUCCESS) {
        (VOID)NdisMCmDeleteVc(Adapter->NdisVcHandle);
    }
}

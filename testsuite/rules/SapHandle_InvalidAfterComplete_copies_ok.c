/* A local copy of the handle is used before the completion; afterwards the stored handle is
   cleared. A second pointer variable reaches a different SAP, whose handle stays valid. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ParkedVc;
    CO_CALL_PARAMETERS CallParameters;
} MCM_SAP, *PMCM_SAP;

typedef struct _MCM_ADAPTER {
    PMCM_SAP ReleasingSap;
    PMCM_SAP FallbackSap;
} MCM_ADAPTER, *PMCM_ADAPTER;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmReleaseDone(PMCM_ADAPTER Adapter)
{
    PMCM_SAP Sap = Adapter->ReleasingSap;
    PMCM_SAP Fallback = Adapter->FallbackSap;
    NDIS_HANDLE SapHandle = Sap->NdisSapHandle;
    NDIS_HANDLE Vc = Sap->ParkedVc;

    if (Vc != NULL && Fallback == NULL) {
        /* offered while the SAP is still registered */
        (VOID)NdisMCmDispatchIncomingCall(SapHandle, Vc, &Sap->CallParameters);
        Vc = NULL;
    }
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, SapHandle);
    Sap->NdisSapHandle = NULL;
    if (Vc != NULL) {
        /* moved to the other SAP that listens on the same address */
        (VOID)NdisMCmDispatchIncomingCall(Fallback->NdisSapHandle, Vc, &Sap->CallParameters);
    }
}

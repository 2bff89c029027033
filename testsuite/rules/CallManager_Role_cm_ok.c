/* A stand-alone call manager that uses only the NdisCm* names. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE NdisVcHandle;
    CO_CALL_PARAMETERS CallParameters;
} CM_SAP, *PCM_SAP;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

VOID
CmSigSetup(PCM_SAP Sap)
{
    NDIS_STATUS Status;

    Status = NdisCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->NdisVcHandle,
                                        &Sap->CallParameters);
    if (Status == NDIS_STATUS_SUCCESS) {
        NdisCmDispatchCallConnected(Sap->NdisVcHandle);
    }
}

VOID
CmSigRegisterReply(PCM_SAP Sap, NDIS_STATUS Status)
{
    NdisCmRegisterSapComplete(Status == NDIS_STATUS_SUCCESS ? NDIS_STATUS_SUCCESS
                                                            : NDIS_STATUS_FAILURE,
                              Sap->NdisSapHandle, Sap);
}

/* A switch on the signalling status: only the success case uses the handle after the
   completion; the other cases complete with a failure and stop. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE PendingVc;
    CO_CALL_PARAMETERS CallParameters;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmSapReply(PMCM_SAP Sap, NDIS_STATUS Status)
{
    switch (Status) {
    case NDIS_STATUS_SUCCESS:
        NdisMCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
        if (Sap->PendingVc != NULL) {
            (VOID)NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->PendingVc,
                                              &Sap->CallParameters);
        }
        break;
    case NDIS_STATUS_PENDING:
        break;                      /* no answer yet: stays pending */
    default:
        NdisMCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
        break;
    }
}

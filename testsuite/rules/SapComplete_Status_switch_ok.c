/* A switch on the hardware's answer: PENDING keeps the request open without completing it;
   every completion gets a final status. Loops and early returns around it. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS McmHwSapStatus(PMCM_SAP Sap);

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmPollSaps(PMCM_SAP *Saps, ULONG Count)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        PMCM_SAP Sap = Saps[i];
        NDIS_STATUS Status = McmHwSapStatus(Sap);

        if (Sap == NULL) {
            return;
        }
        switch (Status) {
        case NDIS_STATUS_PENDING:
            continue;                   /* still programming; poll again later */
        case NDIS_STATUS_SUCCESS:
            NdisMCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap);
            break;
        default:
            NdisMCmRegisterSapComplete(NDIS_STATUS_FAILURE, Sap->NdisSapHandle, Sap);
            break;
        }
    }
}

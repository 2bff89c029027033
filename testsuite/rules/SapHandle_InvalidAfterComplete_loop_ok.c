/* A loop completes the deregistration of every SAP on a list; each iteration works on a new
   SAP, so the previous SAP's invalid handle does not taint the next one. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    LIST_ENTRY Link;
    NDIS_HANDLE NdisSapHandle;
    NDIS_HANDLE ParkedVc;
    CO_CALL_PARAMETERS CallParameters;
    BOOLEAN Releasing;
} MCM_SAP, *PMCM_SAP;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

VOID
McmDrainSaps(PLIST_ENTRY SapList)
{
    PLIST_ENTRY Entry = SapList->Flink;

    while (Entry != SapList) {
        PMCM_SAP Sap = CONTAINING_RECORD(Entry, MCM_SAP, Link);

        Entry = Entry->Flink;
        if (Sap->Releasing) {
            RemoveEntryList(&Sap->Link);
            NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
            continue;
        }
        if (Sap->ParkedVc != NULL) {
            (VOID)NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Sap->ParkedVc,
                                              &Sap->CallParameters);
            Sap->ParkedVc = NULL;
        }
    }
}

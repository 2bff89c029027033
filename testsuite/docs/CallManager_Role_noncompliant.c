#include <ndis.h>

typedef struct _CM_ADAPTER {
    NDIS_HANDLE NdisBindingHandle;
} CM_ADAPTER, *PCM_ADAPTER;

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
} CM_SAP, *PCM_SAP;

typedef struct _SIG_REPLY {
    ULONG Cause;
} SIG_REPLY, *PSIG_REPLY;

#define SIG_CAUSE_NORMAL 16

CO_ADDRESS_FAMILY CmAtmAf;

NDIS_STATUS
CmRegisterAf(PCM_ADAPTER Adapter)
{
    return NdisCmRegisterAddressFamilyEx(Adapter->NdisBindingHandle, &CmAtmAf); // expected-note {{the driver's kind is known from this call to NdisCmRegisterAddressFamilyEx}}
}

/* Signalling reply for a SAP registration that CmRegisterSap pended. */
VOID
CmSigRegisterReply(PCM_SAP Sap, PSIG_REPLY Reply)
{
    NDIS_STATUS Status = (Reply->Cause == SIG_CAUSE_NORMAL) ? NDIS_STATUS_SUCCESS
                                                            : NDIS_STATUS_FAILURE;

    NdisMCmRegisterSapComplete(Status, Sap->NdisSapHandle, Sap); // expected-warning {{'NdisMCmRegisterSapComplete' is for miniport call managers, but this driver is a stand-alone call manager [CallManager_Role]}}
}

/* A SAP context is reused: after its deregistration completed, the next ProtocolCmRegisterSap
   stores the new handle NDIS gives it, and the incoming-call path uses that one. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
    BOOLEAN InUse;
} MCM_SAP, *PMCM_SAP;

typedef struct _MCM_ADAPTER {
    MCM_SAP Sap;                    /* one SAP per adapter */
    NDIS_HANDLE NdisAfHandle;
} MCM_ADAPTER, *PMCM_ADAPTER;

PROTOCOL_CM_REG_SAP McmCmRegisterSap;
PROTOCOL_CM_DEREGISTER_SAP McmCmDeregisterSap;

NDIS_STATUS
McmRegisterAf(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, Af);
}

NDIS_STATUS
McmCmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PMCM_SAP Sap = (PMCM_SAP)CallMgrSapContext;

    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    Sap->InUse = FALSE;
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS
McmCmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
                 PNDIS_HANDLE CallMgrSapContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)CallMgrAfContext;

    UNREFERENCED_PARAMETER(CoSap);
    if (Adapter->Sap.InUse) {
        return NDIS_STATUS_RESOURCES;
    }
    Adapter->Sap.InUse = TRUE;
    Adapter->Sap.NdisSapHandle = NdisSapHandle;
    *CallMgrSapContext = &Adapter->Sap;
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle, &Adapter->Sap);
    return NDIS_STATUS_PENDING;
}

/* The client deregistered and registered again: the old handle is dead, the new one is live. */
VOID
McmRecycleSap(PMCM_SAP Sap, NDIS_HANDLE NewSapHandle, NDIS_HANDLE Vc, PCO_CALL_PARAMETERS Params)
{
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
    Sap->NdisSapHandle = NewSapHandle;
    (VOID)NdisMCmDispatchIncomingCall(Sap->NdisSapHandle, Vc, Params);
}

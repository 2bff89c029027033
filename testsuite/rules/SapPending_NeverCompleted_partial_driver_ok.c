/*
 * Only part of a driver: the handler pends and CmFinishDeregistration, defined in another file of
 * the driver that this run does not see, may well complete it. SapPending_NeverCompleted judges
 * the whole driver, so it stays silent when a driver function is called but defined nowhere in
 * the run (a driver that links defines all of its functions).
 */
#include <ndis.h>

// expected-no-diagnostics

typedef struct _CM_SAP {
    NDIS_HANDLE NdisSapHandle;
} CM_SAP, *PCM_SAP;

PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap;

VOID CmFinishDeregistration(PCM_SAP Sap); /* in cm_dpc.c */

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

NDIS_STATUS
CmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PCM_SAP Sap = (PCM_SAP)CallMgrSapContext;

    CmFinishDeregistration(Sap);
    return NDIS_STATUS_PENDING;
}

/* Handlers that never pend need no completion anywhere. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _CM_AF {
    NDIS_HANDLE SapHandles[8];
    ULONG Count;
} CM_AF, *PCM_AF;

PROTOCOL_CM_REG_SAP CmRegisterSap;
PROTOCOL_CM_DEREGISTER_SAP CmDeregisterSap;

NDIS_STATUS
CmRegisterAf(NDIS_HANDLE BindingHandle, PCO_ADDRESS_FAMILY Af)
{
    return NdisCmRegisterAddressFamilyEx(BindingHandle, Af);
}

NDIS_STATUS
CmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP CoSap, NDIS_HANDLE NdisSapHandle,
              PNDIS_HANDLE CallMgrSapContext)
{
    PCM_AF Af = (PCM_AF)CallMgrAfContext;

    UNREFERENCED_PARAMETER(CoSap);
    if (Af->Count == 8) {
        return NDIS_STATUS_RESOURCES;
    }
    Af->SapHandles[Af->Count++] = NdisSapHandle;
    *CallMgrSapContext = Af;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
CmDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    PCM_AF Af = (PCM_AF)CallMgrSapContext;

    if (Af->Count > 0) {
        Af->Count--;
    }
    return NDIS_STATUS_SUCCESS;
}

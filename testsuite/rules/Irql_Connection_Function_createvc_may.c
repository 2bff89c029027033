/*
 * ProtocolCoCreateVc runs at IRQL <= DISPATCH_LEVEL; NdisCoAssignInstanceName
 * requires exactly DISPATCH_LEVEL, so it "may be called" at PASSIVE_LEVEL (the
 * low end of the entry range). Role evidence: the CmCreateVcHandler assignment
 * in NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS.
 */
#include <ndis.h>

typedef struct _CM_VC {
    NDIS_HANDLE NdisVcHandle;
    NDIS_STRING InstanceName;
} CM_VC, *PCM_VC;

static CM_VC TheVc;
static NDIS_STRING BaseName;

static NDIS_STATUS CmCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle,
                              PNDIS_HANDLE ProtocolVcContext);

NDIS_STATUS
CmRegisterHandlers(NDIS_HANDLE NdisDriverHandle)
{
    NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS Handlers;

    NdisZeroMemory(&Handlers, sizeof(Handlers));
    Handlers.Header.Type = NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS;
    Handlers.Header.Revision = NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1;
    Handlers.Header.Size = NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1;
    Handlers.CmCreateVcHandler = CmCreateVc; // expected-note {{'CmCreateVc' runs at IRQL <= DISPATCH_LEVEL as a PROTOCOL_CO_CREATE_VC callback}}
    return NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&Handlers);
}

static NDIS_STATUS
CmCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle, PNDIS_HANDLE ProtocolVcContext)
{
    UNREFERENCED_PARAMETER(ProtocolAfContext);

    TheVc.NdisVcHandle = NdisVcHandle;
    (VOID)NdisCoAssignInstanceName(NdisVcHandle, &BaseName, &TheVc.InstanceName); // expected-warning {{'NdisCoAssignInstanceName' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Connection_Function]}}
    *ProtocolVcContext = &TheVc;
    return NDIS_STATUS_SUCCESS;
}

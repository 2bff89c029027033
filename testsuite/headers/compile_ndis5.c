/*
 * compile_ndis5.c - compile test of the ddicheck header set for a legacy
 * NDIS 5.1 protocol driver and NDIS 5 CoNDIS client / call manager (NDIS51).
 *
 * It declares one function per NDIS 5 role typedef with the typedef, fills
 * NDIS_PROTOCOL_CHARACTERISTICS, NDIS_CALL_MANAGER_CHARACTERISTICS and
 * NDIS_CLIENT_CHARACTERISTICS with designated initializers and calls every
 * NDIS 5 DDI once, including the NdisMCmRequestComplete macro. It must
 * compile without warnings under -Wall -Wextra -Werror; it is never linked
 * or run.
 */
#define NDIS51
#include <ndis.h>

/* One function per role typedef, declared with the typedef. */
PROTOCOL_OPEN_ADAPTER_COMPLETE TestProtocolOpenAdapterComplete;
PROTOCOL_CLOSE_ADAPTER_COMPLETE TestProtocolCloseAdapterComplete;
PROTOCOL_RESET_COMPLETE TestProtocolResetComplete;
PROTOCOL_REQUEST_COMPLETE TestProtocolRequestComplete;
PROTOCOL_STATUS TestProtocolStatus;
PROTOCOL_STATUS_COMPLETE TestProtocolStatusComplete;
PROTOCOL_SEND_COMPLETE TestProtocolSendComplete;
PROTOCOL_WAN_SEND_COMPLETE TestProtocolWanSendComplete;
PROTOCOL_TRANSFER_DATA_COMPLETE TestProtocolTransferDataComplete;
PROTOCOL_WAN_TRANSFER_DATA_COMPLETE TestProtocolWanTransferDataComplete;
PROTOCOL_RECEIVE TestProtocolReceive;
PROTOCOL_WAN_RECEIVE TestProtocolWanReceive;
PROTOCOL_RECEIVE_COMPLETE TestProtocolReceiveComplete;
PROTOCOL_RECEIVE_PACKET TestProtocolReceivePacket;
PROTOCOL_BIND_ADAPTER TestProtocolBindAdapter;
PROTOCOL_UNBIND_ADAPTER TestProtocolUnbindAdapter;
PROTOCOL_PNP_EVENT TestProtocolPnpEvent;
PROTOCOL_UNLOAD TestProtocolUnload;
PROTOCOL_CO_SEND_COMPLETE TestProtocolCoSendComplete;
PROTOCOL_CO_STATUS TestProtocolCoStatus;
PROTOCOL_CO_RECEIVE_PACKET TestProtocolCoReceivePacket;
PROTOCOL_CO_REQUEST TestProtocolCoRequest;
PROTOCOL_CO_REQUEST_COMPLETE TestProtocolCoRequestComplete;
PROTOCOL_CL_OPEN_AF_COMPLETE TestProtocolClOpenAfComplete;
PROTOCOL_CO_AF_REGISTER_NOTIFY TestProtocolCoAfRegisterNotify;
PROTOCOL_CO_CREATE_VC TestProtocolCoCreateVc;
PROTOCOL_CO_DELETE_VC TestProtocolCoDeleteVc;
PROTOCOL_CM_OPEN_AF TestProtocolCmOpenAf;
PROTOCOL_CM_CLOSE_AF TestProtocolCmCloseAf;
PROTOCOL_CM_REG_SAP TestProtocolCmRegSap;
PROTOCOL_CM_DEREGISTER_SAP TestProtocolCmDeregisterSap;
PROTOCOL_CM_MAKE_CALL TestProtocolCmMakeCall;
PROTOCOL_CM_CLOSE_CALL TestProtocolCmCloseCall;
PROTOCOL_CM_INCOMING_CALL_COMPLETE TestProtocolCmIncomingCallComplete;
PROTOCOL_CM_ADD_PARTY TestProtocolCmAddParty;
PROTOCOL_CM_DROP_PARTY TestProtocolCmDropParty;
PROTOCOL_CM_ACTIVATE_VC_COMPLETE TestProtocolCmActivateVcComplete;
PROTOCOL_CM_DEACTIVATE_VC_COMPLETE TestProtocolCmDeactivateVcComplete;
PROTOCOL_CM_MODIFY_QOS_CALL TestProtocolCmModifyQosCall;
PROTOCOL_CL_CLOSE_AF_COMPLETE TestProtocolClCloseAfComplete;
PROTOCOL_CL_REGISTER_SAP_COMPLETE TestProtocolClRegisterSapComplete;
PROTOCOL_CL_DEREGISTER_SAP_COMPLETE TestProtocolClDeregisterSapComplete;
PROTOCOL_CL_MAKE_CALL_COMPLETE TestProtocolClMakeCallComplete;
PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE TestProtocolClModifyCallQosComplete;
PROTOCOL_CL_CLOSE_CALL_COMPLETE TestProtocolClCloseCallComplete;
PROTOCOL_CL_ADD_PARTY_COMPLETE TestProtocolClAddPartyComplete;
PROTOCOL_CL_DROP_PARTY_COMPLETE TestProtocolClDropPartyComplete;
PROTOCOL_CL_INCOMING_CALL TestProtocolClIncomingCall;
PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE TestProtocolClIncomingCallQosChange;
PROTOCOL_CL_INCOMING_CLOSE_CALL TestProtocolClIncomingCloseCall;
PROTOCOL_CL_INCOMING_DROP_PARTY TestProtocolClIncomingDropParty;
PROTOCOL_CL_CALL_CONNECTED TestProtocolClCallConnected;

VOID NDIS_API TestProtocolOpenAdapterComplete(NDIS_HANDLE ProtocolBindingContext,
                                              NDIS_STATUS Status, NDIS_STATUS OpenErrorStatus) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(OpenErrorStatus);
}

VOID NDIS_API TestProtocolCloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext,
                                               NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolResetComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolRequestComplete(NDIS_HANDLE ProtocolBindingContext,
                                          PNDIS_REQUEST NdisRequest, NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NdisRequest);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS GeneralStatus,
                                 PVOID StatusBuffer, UINT StatusBufferSize) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(GeneralStatus);
    UNREFERENCED_PARAMETER(StatusBuffer);
    UNREFERENCED_PARAMETER(StatusBufferSize);
}

VOID NDIS_API TestProtocolStatusComplete(NDIS_HANDLE ProtocolBindingContext) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
}

VOID NDIS_API TestProtocolSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                                       NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Packet);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolWanSendComplete(NDIS_HANDLE ProtocolBindingContext,
                                          PNDIS_WAN_PACKET Packet, NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Packet);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolTransferDataComplete(NDIS_HANDLE ProtocolBindingContext,
                                               PNDIS_PACKET Packet, NDIS_STATUS Status,
                                               UINT BytesTransferred) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Packet);
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(BytesTransferred);
}

VOID NDIS_API TestProtocolWanTransferDataComplete(VOID) {}

NDIS_STATUS NDIS_API TestProtocolReceive(NDIS_HANDLE ProtocolBindingContext,
                                         NDIS_HANDLE MacReceiveContext, PVOID HeaderBuffer,
                                         UINT HeaderBufferSize, PVOID LookAheadBuffer,
                                         UINT LookaheadBufferSize, UINT PacketSize) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(MacReceiveContext);
    UNREFERENCED_PARAMETER(HeaderBuffer);
    UNREFERENCED_PARAMETER(HeaderBufferSize);
    UNREFERENCED_PARAMETER(LookAheadBuffer);
    UNREFERENCED_PARAMETER(LookaheadBufferSize);
    UNREFERENCED_PARAMETER(PacketSize);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolWanReceive(NDIS_HANDLE NdisLinkHandle, PUCHAR Packet,
                                            ULONG PacketSize) {
    UNREFERENCED_PARAMETER(NdisLinkHandle);
    UNREFERENCED_PARAMETER(Packet);
    UNREFERENCED_PARAMETER(PacketSize);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolReceiveComplete(NDIS_HANDLE ProtocolBindingContext) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
}

INT NDIS_API TestProtocolReceivePacket(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Packet);
    return 0;
}

VOID NDIS_API TestProtocolBindAdapter(PNDIS_STATUS Status, NDIS_HANDLE BindContext,
                                      PNDIS_STRING DeviceName, PVOID SystemSpecific1,
                                      PVOID SystemSpecific2) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(DeviceName);
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
}

VOID NDIS_API TestProtocolUnbindAdapter(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
                                        NDIS_HANDLE UnbindContext) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(UnbindContext);
}

NDIS_STATUS NDIS_API TestProtocolPnpEvent(NDIS_HANDLE ProtocolBindingContext,
                                          PNET_PNP_EVENT NetPnPEvent) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetPnPEvent);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolUnload(VOID) {}

VOID NDIS_API TestProtocolCoSendComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                                         PNDIS_PACKET Packet) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(Packet);
}

VOID NDIS_API TestProtocolCoStatus(NDIS_HANDLE ProtocolBindingContext,
                                   NDIS_HANDLE ProtocolVcContext, NDIS_STATUS GeneralStatus,
                                   PVOID StatusBuffer, UINT StatusBufferSize) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(GeneralStatus);
    UNREFERENCED_PARAMETER(StatusBuffer);
    UNREFERENCED_PARAMETER(StatusBufferSize);
}

UINT NDIS_API TestProtocolCoReceivePacket(NDIS_HANDLE ProtocolBindingContext,
                                          NDIS_HANDLE ProtocolVcContext, PNDIS_PACKET Packet) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(Packet);
    return 0;
}

NDIS_STATUS NDIS_API TestProtocolCoRequest(NDIS_HANDLE ProtocolAfContext,
                                           NDIS_HANDLE ProtocolVcContext,
                                           NDIS_HANDLE ProtocolPartyContext,
                                           PNDIS_REQUEST NdisRequest) {
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(NdisRequest);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolCoRequestComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext,
                                            NDIS_HANDLE ProtocolVcContext,
                                            NDIS_HANDLE ProtocolPartyContext,
                                            PNDIS_REQUEST NdisRequest) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(NdisRequest);
}

VOID NDIS_API TestProtocolClOpenAfComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext,
                                           NDIS_HANDLE NdisAfHandle) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(NdisAfHandle);
}

VOID NDIS_API TestProtocolCoAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext,
                                             PCO_ADDRESS_FAMILY AddressFamily) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(AddressFamily);
}

NDIS_STATUS NDIS_API TestProtocolCoCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle,
                                            PNDIS_HANDLE ProtocolVcContext) {
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(NdisVcHandle);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCoDeleteVc(NDIS_HANDLE ProtocolVcContext) {
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmOpenAf(NDIS_HANDLE CallMgrBindingContext,
                                          PCO_ADDRESS_FAMILY AddressFamily,
                                          NDIS_HANDLE NdisAfHandle, PNDIS_HANDLE CallMgrAfContext) {
    UNREFERENCED_PARAMETER(CallMgrBindingContext);
    UNREFERENCED_PARAMETER(AddressFamily);
    UNREFERENCED_PARAMETER(NdisAfHandle);
    UNREFERENCED_PARAMETER(CallMgrAfContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmCloseAf(NDIS_HANDLE CallMgrAfContext) {
    UNREFERENCED_PARAMETER(CallMgrAfContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmRegSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap,
                                          NDIS_HANDLE NdisSapHandle,
                                          PNDIS_HANDLE CallMgrSapContext) {
    UNREFERENCED_PARAMETER(CallMgrAfContext);
    UNREFERENCED_PARAMETER(Sap);
    UNREFERENCED_PARAMETER(NdisSapHandle);
    UNREFERENCED_PARAMETER(CallMgrSapContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmDeregisterSap(NDIS_HANDLE CallMgrSapContext) {
    UNREFERENCED_PARAMETER(CallMgrSapContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmMakeCall(NDIS_HANDLE CallMgrVcContext,
                                            PCO_CALL_PARAMETERS CallParameters,
                                            NDIS_HANDLE NdisPartyHandle,
                                            PNDIS_HANDLE CallMgrPartyContext) {
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmCloseCall(NDIS_HANDLE CallMgrVcContext,
                                             NDIS_HANDLE CallMgrPartyContext, PVOID CloseData,
                                             UINT Size) {
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolCmIncomingCallComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                                                 PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

NDIS_STATUS NDIS_API TestProtocolCmAddParty(NDIS_HANDLE CallMgrVcContext,
                                            PCO_CALL_PARAMETERS CallParameters,
                                            NDIS_HANDLE NdisPartyHandle,
                                            PNDIS_HANDLE CallMgrPartyContext) {
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolCmDropParty(NDIS_HANDLE CallMgrPartyContext, PVOID CloseData,
                                             UINT Size) {
    UNREFERENCED_PARAMETER(CallMgrPartyContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolCmActivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                                               PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

VOID NDIS_API TestProtocolCmDeactivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(CallMgrVcContext);
}

NDIS_STATUS NDIS_API TestProtocolCmModifyQosCall(NDIS_HANDLE CallMgrVcContext,
                                                 PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(CallMgrVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolClCloseAfComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolAfContext);
}

VOID NDIS_API TestProtocolClRegisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext,
                                                PCO_SAP Sap, NDIS_HANDLE NdisSapHandle) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolSapContext);
    UNREFERENCED_PARAMETER(Sap);
    UNREFERENCED_PARAMETER(NdisSapHandle);
}

VOID NDIS_API TestProtocolClDeregisterSapComplete(NDIS_STATUS Status,
                                                  NDIS_HANDLE ProtocolSapContext) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolSapContext);
}

VOID NDIS_API TestProtocolClMakeCallComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                                             NDIS_HANDLE NdisPartyHandle,
                                             PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallParameters);
}

VOID NDIS_API TestProtocolClModifyCallQosComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                                                  PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

VOID NDIS_API TestProtocolClCloseCallComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                                              NDIS_HANDLE ProtocolPartyContext) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
}

VOID NDIS_API TestProtocolClAddPartyComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolPartyContext,
                                             NDIS_HANDLE NdisPartyHandle,
                                             PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallParameters);
}

VOID NDIS_API TestProtocolClDropPartyComplete(NDIS_STATUS Status,
                                              NDIS_HANDLE ProtocolPartyContext) {
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
}

NDIS_STATUS NDIS_API TestProtocolClIncomingCall(NDIS_HANDLE ProtocolSapContext,
                                                NDIS_HANDLE ProtocolVcContext,
                                                PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(ProtocolSapContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolClIncomingCallQosChange(NDIS_HANDLE ProtocolVcContext,
                                                  PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
}

VOID NDIS_API TestProtocolClIncomingCloseCall(NDIS_STATUS CloseStatus,
                                              NDIS_HANDLE ProtocolVcContext, PVOID CloseData,
                                              UINT Size) {
    UNREFERENCED_PARAMETER(CloseStatus);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);
}

VOID NDIS_API TestProtocolClIncomingDropParty(NDIS_STATUS DropStatus,
                                              NDIS_HANDLE ProtocolPartyContext, PVOID CloseData,
                                              UINT Size) {
    UNREFERENCED_PARAMETER(DropStatus);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(CloseData);
    UNREFERENCED_PARAMETER(Size);
}

VOID NDIS_API TestProtocolClCallConnected(NDIS_HANDLE ProtocolVcContext) {
    UNREFERENCED_PARAMETER(ProtocolVcContext);
}

/* Every handler structure, filled with designated initializers. */
NDIS_PROTOCOL_CHARACTERISTICS TestNdisProtocolCharacteristics;
NDIS_PROTOCOL_CHARACTERISTICS TestNdisProtocolCharacteristics = {
    .OpenAdapterCompleteHandler = TestProtocolOpenAdapterComplete,
    .CloseAdapterCompleteHandler = TestProtocolCloseAdapterComplete,
    .SendCompleteHandler = TestProtocolSendComplete,
    .TransferDataCompleteHandler = TestProtocolTransferDataComplete,
    .ResetCompleteHandler = TestProtocolResetComplete,
    .RequestCompleteHandler = TestProtocolRequestComplete,
    .ReceiveHandler = TestProtocolReceive,
    .ReceiveCompleteHandler = TestProtocolReceiveComplete,
    .StatusHandler = TestProtocolStatus,
    .StatusCompleteHandler = TestProtocolStatusComplete,
    .ReceivePacketHandler = TestProtocolReceivePacket,
    .BindAdapterHandler = TestProtocolBindAdapter,
    .UnbindAdapterHandler = TestProtocolUnbindAdapter,
    .PnPEventHandler = TestProtocolPnpEvent,
    .UnloadHandler = TestProtocolUnload,
    .CoSendCompleteHandler = TestProtocolCoSendComplete,
    .CoStatusHandler = TestProtocolCoStatus,
    .CoReceivePacketHandler = TestProtocolCoReceivePacket,
    .CoAfRegisterNotifyHandler = TestProtocolCoAfRegisterNotify,
};

NDIS_CALL_MANAGER_CHARACTERISTICS TestNdisCallManagerCharacteristics;
NDIS_CALL_MANAGER_CHARACTERISTICS TestNdisCallManagerCharacteristics = {
    .CmCreateVcHandler = TestProtocolCoCreateVc,
    .CmDeleteVcHandler = TestProtocolCoDeleteVc,
    .CmOpenAfHandler = TestProtocolCmOpenAf,
    .CmCloseAfHandler = TestProtocolCmCloseAf,
    .CmRegisterSapHandler = TestProtocolCmRegSap,
    .CmDeregisterSapHandler = TestProtocolCmDeregisterSap,
    .CmMakeCallHandler = TestProtocolCmMakeCall,
    .CmCloseCallHandler = TestProtocolCmCloseCall,
    .CmIncomingCallCompleteHandler = TestProtocolCmIncomingCallComplete,
    .CmAddPartyHandler = TestProtocolCmAddParty,
    .CmDropPartyHandler = TestProtocolCmDropParty,
    .CmActivateVcCompleteHandler = TestProtocolCmActivateVcComplete,
    .CmDeactivateVcCompleteHandler = TestProtocolCmDeactivateVcComplete,
    .CmModifyCallQoSHandler = TestProtocolCmModifyQosCall,
    .CmRequestHandler = TestProtocolCoRequest,
    .CmRequestCompleteHandler = TestProtocolCoRequestComplete,
};

NDIS_CLIENT_CHARACTERISTICS TestNdisClientCharacteristics;
NDIS_CLIENT_CHARACTERISTICS TestNdisClientCharacteristics = {
    .ClCreateVcHandler = TestProtocolCoCreateVc,
    .ClDeleteVcHandler = TestProtocolCoDeleteVc,
    .ClRequestHandler = TestProtocolCoRequest,
    .ClRequestCompleteHandler = TestProtocolCoRequestComplete,
    .ClOpenAfCompleteHandler = TestProtocolClOpenAfComplete,
    .ClCloseAfCompleteHandler = TestProtocolClCloseAfComplete,
    .ClRegisterSapCompleteHandler = TestProtocolClRegisterSapComplete,
    .ClDeregisterSapCompleteHandler = TestProtocolClDeregisterSapComplete,
    .ClMakeCallCompleteHandler = TestProtocolClMakeCallComplete,
    .ClModifyCallQoSCompleteHandler = TestProtocolClModifyCallQosComplete,
    .ClCloseCallCompleteHandler = TestProtocolClCloseCallComplete,
    .ClAddPartyCompleteHandler = TestProtocolClAddPartyComplete,
    .ClDropPartyCompleteHandler = TestProtocolClDropPartyComplete,
    .ClIncomingCallHandler = TestProtocolClIncomingCall,
    .ClIncomingCallQoSChangeHandler = TestProtocolClIncomingCallQosChange,
    .ClIncomingCloseCallHandler = TestProtocolClIncomingCloseCall,
    .ClIncomingDropPartyHandler = TestProtocolClIncomingDropParty,
    .ClCallConnectedHandler = TestProtocolClCallConnected,
};

/* Every DDI called once, including the macro spellings. */
void TestCallEveryDdi(void);
void TestCallEveryDdi(void) {

    NdisRegisterProtocol(NULL, NULL, &TestNdisProtocolCharacteristics, 0);
    NdisDeregisterProtocol(NULL, NULL);
    NdisOpenAdapter(NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, 0, NULL);
    NdisCloseAdapter(NULL, NULL);
    NdisCompleteBindAdapter(NULL, NDIS_STATUS_SUCCESS, NDIS_STATUS_SUCCESS);
    NdisCompleteUnbindAdapter(NULL, NDIS_STATUS_SUCCESS);
    NdisRequest(NULL, NULL, NULL);
    NdisClOpenAddressFamily(NULL, NULL, NULL, &TestNdisClientCharacteristics, 0, NULL);
    NdisCmRegisterAddressFamily(NULL, NULL, &TestNdisCallManagerCharacteristics, 0);
    NdisMCmRegisterAddressFamily(NULL, NULL, &TestNdisCallManagerCharacteristics, 0);
    NdisCoRequest(NULL, NULL, NULL, NULL, NULL);
    NdisCoRequestComplete(NDIS_STATUS_SUCCESS, NULL, NULL, NULL, NULL);

    NdisMCmRequestComplete(NDIS_STATUS_SUCCESS, NULL, NULL, NULL, NULL);
}

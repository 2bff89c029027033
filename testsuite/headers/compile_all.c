/*
 * compile_all.c - compile test of the ddicheck header set for NDIS 6 and
 * CoNDIS drivers (a miniport built as NDIS620_MINIPORT, for the 6.20 shape of
 * the message-interrupt DPC; protocol code as NDIS60).
 *
 * It declares one function per role typedef with the typedef, fills every
 * handler structure with designated initializers and calls every declared
 * DDI once, including the NdisMCm* macro spellings and the IRQL macros. It
 * must compile without warnings under -Wall -Wextra -Werror; it is never
 * linked or run.
 */
#define NDIS60
#define NDIS_MINIPORT_DRIVER
#define NDIS620_MINIPORT
#include <ndis.h>

/* One function per role typedef, declared with the typedef. */
KDEFERRED_ROUTINE TestKdeferredRoutine;
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TestDriverUnload;
DRIVER_DISPATCH TestDriverDispatch;
NDIS_TIMER_FUNCTION TestNdisTimerFunction;
NDIS_IO_WORKITEM_FUNCTION TestNdisIoWorkitemFunction;
SET_OPTIONS TestSetOptions;
PROTOCOL_BIND_ADAPTER_EX TestProtocolBindAdapterEx;
PROTOCOL_UNBIND_ADAPTER_EX TestProtocolUnbindAdapterEx;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX TestProtocolOpenAdapterCompleteEx;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX TestProtocolCloseAdapterCompleteEx;
PROTOCOL_NET_PNP_EVENT TestProtocolNetPnpEvent;
PROTOCOL_UNINSTALL TestProtocolUninstall;
PROTOCOL_OID_REQUEST_COMPLETE TestProtocolOidRequestComplete;
PROTOCOL_DIRECT_OID_REQUEST_COMPLETE TestProtocolDirectOidRequestComplete;
PROTOCOL_STATUS_EX TestProtocolStatusEx;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS TestProtocolReceiveNetBufferLists;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE TestProtocolSendNetBufferListsComplete;
MINIPORT_INITIALIZE TestMiniportInitialize;
MINIPORT_HALT TestMiniportHalt;
MINIPORT_UNLOAD TestMiniportUnload;
MINIPORT_PAUSE TestMiniportPause;
MINIPORT_RESTART TestMiniportRestart;
MINIPORT_OID_REQUEST TestMiniportOidRequest;
MINIPORT_DIRECT_OID_REQUEST TestMiniportDirectOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS TestMiniportSendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS TestMiniportReturnNetBufferLists;
MINIPORT_CANCEL_SEND TestMiniportCancelSend;
MINIPORT_CHECK_FOR_HANG TestMiniportCheckForHang;
MINIPORT_RESET TestMiniportReset;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY TestMiniportDevicePnpEventNotify;
MINIPORT_SHUTDOWN TestMiniportShutdown;
MINIPORT_CANCEL_OID_REQUEST TestMiniportCancelOidRequest;
MINIPORT_CANCEL_DIRECT_OID_REQUEST TestMiniportCancelDirectOidRequest;
MINIPORT_ADD_DEVICE TestMiniportAddDevice;
MINIPORT_REMOVE_DEVICE TestMiniportRemoveDevice;
MINIPORT_PNP_IRP TestMiniportPnpIrp;
MINIPORT_PROCESS_SG_LIST TestMiniportProcessSgList;
MINIPORT_ISR TestMiniportIsr;
MINIPORT_INTERRUPT_DPC TestMiniportInterruptDpc;
MINIPORT_DISABLE_INTERRUPT TestMiniportDisableInterrupt;
MINIPORT_ENABLE_INTERRUPT TestMiniportEnableInterrupt;
MINIPORT_MESSAGE_INTERRUPT TestMiniportMessageInterrupt;
MINIPORT_MESSAGE_INTERRUPT_DPC TestMiniportMessageInterruptDpc;
MINIPORT_DISABLE_MESSAGE_INTERRUPT TestMiniportDisableMessageInterrupt;
MINIPORT_ENABLE_MESSAGE_INTERRUPT TestMiniportEnableMessageInterrupt;
MINIPORT_SYNCHRONIZE_INTERRUPT TestMiniportSynchronizeInterrupt;
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
PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE TestProtocolCmNotifyCloseAfComplete;
PROTOCOL_CO_CREATE_VC TestProtocolCoCreateVc;
PROTOCOL_CO_DELETE_VC TestProtocolCoDeleteVc;
PROTOCOL_CO_OID_REQUEST TestProtocolCoOidRequest;
PROTOCOL_CO_OID_REQUEST_COMPLETE TestProtocolCoOidRequestComplete;
PROTOCOL_CO_AF_REGISTER_NOTIFY TestProtocolCoAfRegisterNotify;
PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS TestProtocolCoReceiveNetBufferLists;
PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE TestProtocolCoSendNetBufferListsComplete;
PROTOCOL_CO_STATUS_EX TestProtocolCoStatusEx;
PROTOCOL_CL_OPEN_AF_COMPLETE_EX TestProtocolClOpenAfCompleteEx;
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
PROTOCOL_CL_NOTIFY_CLOSE_AF TestProtocolClNotifyCloseAf;
MINIPORT_CO_CREATE_VC TestMiniportCoCreateVc;
MINIPORT_CO_DELETE_VC TestMiniportCoDeleteVc;
MINIPORT_CO_ACTIVATE_VC TestMiniportCoActivateVc;
MINIPORT_CO_DEACTIVATE_VC TestMiniportCoDeactivateVc;
MINIPORT_CO_SEND_NET_BUFFER_LISTS TestMiniportCoSendNetBufferLists;
MINIPORT_CO_OID_REQUEST TestMiniportCoOidRequest;
MINIPORT_SET_OPTIONS TestMiniportSetOptions;
PROTOCOL_SET_OPTIONS TestProtocolSetOptions;
FILTER_SET_OPTIONS TestFilterSetOptions;
MINIPORT_START_DEVICE TestMiniportStartDevice;
MINIPORT_FILTER_RESOURCE_REQUIREMENTS TestMiniportFilterResourceRequirements;

VOID NDIS_API TestKdeferredRoutine(struct _KDPC *Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                                   PVOID SystemArgument2) {
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
}

NTSTATUS NDIS_API DriverEntry(struct _DRIVER_OBJECT *DriverObject, PUNICODE_STRING RegistryPath) {
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    return STATUS_SUCCESS;
}

VOID NDIS_API TestDriverUnload(struct _DRIVER_OBJECT *DriverObject) {
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS NDIS_API TestDriverDispatch(struct _DEVICE_OBJECT *DeviceObject, struct _IRP *Irp) {
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    return STATUS_SUCCESS;
}

VOID NDIS_API TestNdisTimerFunction(PVOID SystemSpecific1, PVOID FunctionContext,
                                    PVOID SystemSpecific2, PVOID SystemSpecific3) {
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(FunctionContext);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
}

VOID NDIS_API TestNdisIoWorkitemFunction(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle) {
    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
}

NDIS_STATUS NDIS_API TestSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext) {
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolBindAdapterEx(NDIS_HANDLE ProtocolDriverContext,
                                               NDIS_HANDLE BindContext,
                                               PNDIS_BIND_PARAMETERS BindParameters) {
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolUnbindAdapterEx(NDIS_HANDLE UnbindContext,
                                                 NDIS_HANDLE ProtocolBindingContext) {
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolOpenAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext,
                                                NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolCloseAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
}

NDIS_STATUS NDIS_API TestProtocolNetPnpEvent(NDIS_HANDLE ProtocolBindingContext,
                                             PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetPnPEventNotification);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolUninstall(VOID) {}

VOID NDIS_API TestProtocolOidRequestComplete(NDIS_HANDLE ProtocolBindingContext,
                                             PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(OidRequest);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolDirectOidRequestComplete(NDIS_HANDLE ProtocolBindingContext,
                                                   PNDIS_OID_REQUEST OidRequest,
                                                   NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(OidRequest);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolStatusEx(NDIS_HANDLE ProtocolBindingContext,
                                   PNDIS_STATUS_INDICATION StatusIndication) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(StatusIndication);
}

VOID NDIS_API TestProtocolReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext,
                                                PNET_BUFFER_LIST NetBufferLists,
                                                NDIS_PORT_NUMBER PortNumber,
                                                ULONG NumberOfNetBufferLists, ULONG ReceiveFlags) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
    UNREFERENCED_PARAMETER(ReceiveFlags);
}

VOID NDIS_API TestProtocolSendNetBufferListsComplete(NDIS_HANDLE ProtocolBindingContext,
                                                     PNET_BUFFER_LIST NetBufferList,
                                                     ULONG SendCompleteFlags) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetBufferList);
    UNREFERENCED_PARAMETER(SendCompleteFlags);
}

NDIS_STATUS NDIS_API TestMiniportInitialize(NDIS_HANDLE NdisMiniportHandle,
                                            NDIS_HANDLE MiniportDriverContext,
                                            PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestMiniportHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID NDIS_API TestMiniportUnload(PDRIVER_OBJECT DriverObject) {
    UNREFERENCED_PARAMETER(DriverObject);
}

NDIS_STATUS NDIS_API TestMiniportPause(NDIS_HANDLE MiniportAdapterContext,
                                       PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(PauseParameters);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportRestart(NDIS_HANDLE MiniportAdapterContext,
                                         PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RestartParameters);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportOidRequest(NDIS_HANDLE MiniportAdapterContext,
                                            PNDIS_OID_REQUEST OidRequest) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(OidRequest);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportDirectOidRequest(NDIS_HANDLE MiniportAdapterContext,
                                                  PNDIS_OID_REQUEST OidRequest) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(OidRequest);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestMiniportSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                                             PNET_BUFFER_LIST NetBufferList,
                                             NDIS_PORT_NUMBER PortNumber, ULONG SendFlags) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferList);
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);
}

VOID NDIS_API TestMiniportReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                                               PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

VOID NDIS_API TestMiniportCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

BOOLEAN NDIS_API TestMiniportCheckForHang(NDIS_HANDLE MiniportAdapterContext) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    return FALSE;
}

NDIS_STATUS NDIS_API TestMiniportReset(NDIS_HANDLE MiniportAdapterContext,
                                       PBOOLEAN AddressingReset) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(AddressingReset);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestMiniportDevicePnpEventNotify(NDIS_HANDLE MiniportAdapterContext,
                                               PNET_DEVICE_PNP_EVENT NetDevicePnPEvent) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetDevicePnPEvent);
}

VOID NDIS_API TestMiniportShutdown(NDIS_HANDLE MiniportAdapterContext,
                                   NDIS_SHUTDOWN_ACTION ShutdownAction) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ShutdownAction);
}

VOID NDIS_API TestMiniportCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

VOID NDIS_API TestMiniportCancelDirectOidRequest(NDIS_HANDLE MiniportAdapterContext,
                                                 PVOID RequestId) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

NDIS_STATUS NDIS_API TestMiniportAddDevice(NDIS_HANDLE NdisMiniportHandle,
                                           NDIS_HANDLE MiniportDriverContext) {
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestMiniportRemoveDevice(NDIS_HANDLE MiniportAddDeviceContext) {
    UNREFERENCED_PARAMETER(MiniportAddDeviceContext);
}

NDIS_STATUS NDIS_API TestMiniportPnpIrp(NDIS_HANDLE MiniportAddDeviceContext, PIRP Irp) {
    UNREFERENCED_PARAMETER(MiniportAddDeviceContext);
    UNREFERENCED_PARAMETER(Irp);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestMiniportProcessSgList(PDEVICE_OBJECT pDO, PVOID Reserved,
                                        PSCATTER_GATHER_LIST pSGL, PVOID Context) {
    UNREFERENCED_PARAMETER(pDO);
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(pSGL);
    UNREFERENCED_PARAMETER(Context);
}

BOOLEAN NDIS_API TestMiniportIsr(NDIS_HANDLE MiniportInterruptContext,
                                 PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(QueueDefaultInterruptDpc);
    UNREFERENCED_PARAMETER(TargetProcessors);
    return FALSE;
}

VOID NDIS_API TestMiniportInterruptDpc(NDIS_HANDLE MiniportInterruptContext,
                                       PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                                       PVOID NdisReserved2) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

VOID NDIS_API TestMiniportDisableInterrupt(NDIS_HANDLE MiniportInterruptContext) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
}

VOID NDIS_API TestMiniportEnableInterrupt(NDIS_HANDLE MiniportInterruptContext) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
}

BOOLEAN NDIS_API TestMiniportMessageInterrupt(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                                              PBOOLEAN QueueDefaultInterruptDpc,
                                              PULONG TargetProcessors) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(QueueDefaultInterruptDpc);
    UNREFERENCED_PARAMETER(TargetProcessors);
    return FALSE;
}

VOID NDIS_API TestMiniportMessageInterruptDpc(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                                              PVOID MiniportDpcContext,
                                              PVOID ReceiveThrottleParameters,
                                              PVOID NdisReserved2) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

VOID NDIS_API TestMiniportDisableMessageInterrupt(NDIS_HANDLE MiniportInterruptContext,
                                                  ULONG MessageId) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MessageId);
}

VOID NDIS_API TestMiniportEnableMessageInterrupt(NDIS_HANDLE MiniportInterruptContext,
                                                 ULONG MessageId) {
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MessageId);
}

BOOLEAN NDIS_API TestMiniportSynchronizeInterrupt(NDIS_HANDLE SynchronizeContext) {
    UNREFERENCED_PARAMETER(SynchronizeContext);
    return FALSE;
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

VOID NDIS_API TestProtocolCmNotifyCloseAfComplete(NDIS_HANDLE CallMgrAfContext,
                                                  NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(CallMgrAfContext);
    UNREFERENCED_PARAMETER(Status);
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

NDIS_STATUS NDIS_API TestProtocolCoOidRequest(NDIS_HANDLE ProtocolAfContext,
                                              NDIS_HANDLE ProtocolVcContext,
                                              NDIS_HANDLE ProtocolPartyContext,
                                              PNDIS_OID_REQUEST OidRequest) {
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(OidRequest);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestProtocolCoOidRequestComplete(NDIS_HANDLE ProtocolAfContext,
                                               NDIS_HANDLE ProtocolVcContext,
                                               NDIS_HANDLE ProtocolPartyContext,
                                               PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(ProtocolPartyContext);
    UNREFERENCED_PARAMETER(OidRequest);
    UNREFERENCED_PARAMETER(Status);
}

VOID NDIS_API TestProtocolCoAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext,
                                             PCO_ADDRESS_FAMILY AddressFamily) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(AddressFamily);
}

VOID NDIS_API TestProtocolCoReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext,
                                                  NDIS_HANDLE ProtocolVcContext,
                                                  PNET_BUFFER_LIST NetBufferLists,
                                                  ULONG NumberOfNetBufferLists,
                                                  ULONG ReceiveFlags) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
    UNREFERENCED_PARAMETER(ReceiveFlags);
}

VOID NDIS_API TestProtocolCoSendNetBufferListsComplete(NDIS_HANDLE ProtocolVcContext,
                                                       PNET_BUFFER_LIST NetBufferLists,
                                                       ULONG SendCompleteFlags) {
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(SendCompleteFlags);
}

VOID NDIS_API TestProtocolCoStatusEx(NDIS_HANDLE ProtocolBindingContext,
                                     NDIS_HANDLE ProtocolVcContext,
                                     PNDIS_STATUS_INDICATION StatusIndication) {
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(StatusIndication);
}

VOID NDIS_API TestProtocolClOpenAfCompleteEx(NDIS_HANDLE ProtocolAfContext,
                                             NDIS_HANDLE NdisAfHandle, NDIS_STATUS Status) {
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    UNREFERENCED_PARAMETER(NdisAfHandle);
    UNREFERENCED_PARAMETER(Status);
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

NDIS_STATUS NDIS_API TestProtocolClNotifyCloseAf(NDIS_HANDLE ClientAfContext) {
    UNREFERENCED_PARAMETER(ClientAfContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportCoCreateVc(NDIS_HANDLE MiniportAdapterContext,
                                            NDIS_HANDLE NdisVcHandle,
                                            PNDIS_HANDLE MiniportVcContext) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NdisVcHandle);
    UNREFERENCED_PARAMETER(MiniportVcContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportCoDeleteVc(NDIS_HANDLE MiniportVcContext) {
    UNREFERENCED_PARAMETER(MiniportVcContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportCoActivateVc(NDIS_HANDLE MiniportVcContext,
                                              PCO_CALL_PARAMETERS CallParameters) {
    UNREFERENCED_PARAMETER(MiniportVcContext);
    UNREFERENCED_PARAMETER(CallParameters);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportCoDeactivateVc(NDIS_HANDLE MiniportVcContext) {
    UNREFERENCED_PARAMETER(MiniportVcContext);
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API TestMiniportCoSendNetBufferLists(NDIS_HANDLE MiniportVcContext,
                                               PNET_BUFFER_LIST NetBufferLists, ULONG SendFlags) {
    UNREFERENCED_PARAMETER(MiniportVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(SendFlags);
}

NDIS_STATUS NDIS_API TestMiniportCoOidRequest(NDIS_HANDLE MiniportAdapterContext,
                                              NDIS_HANDLE MiniportVcContext,
                                              PNDIS_OID_REQUEST NdisRequest) {
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(MiniportVcContext);
    UNREFERENCED_PARAMETER(NdisRequest);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportSetOptions(NDIS_HANDLE NdisDriverHandle,
                                            NDIS_HANDLE DriverContext) {
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestProtocolSetOptions(NDIS_HANDLE NdisDriverHandle,
                                            NDIS_HANDLE DriverContext) {
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestFilterSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext) {
    UNREFERENCED_PARAMETER(NdisDriverHandle);
    UNREFERENCED_PARAMETER(DriverContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportStartDevice(NDIS_HANDLE MiniportAddDeviceContext, PIRP Irp) {
    UNREFERENCED_PARAMETER(MiniportAddDeviceContext);
    UNREFERENCED_PARAMETER(Irp);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API TestMiniportFilterResourceRequirements(NDIS_HANDLE MiniportAddDeviceContext,
                                                            PIRP Irp) {
    UNREFERENCED_PARAMETER(MiniportAddDeviceContext);
    UNREFERENCED_PARAMETER(Irp);
    return NDIS_STATUS_SUCCESS;
}

/* Every handler structure, filled with designated initializers. */
NDIS_PROTOCOL_DRIVER_CHARACTERISTICS TestNdisProtocolDriverCharacteristics;
NDIS_PROTOCOL_DRIVER_CHARACTERISTICS TestNdisProtocolDriverCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS,
               NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2,
               NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2},
    .SetOptionsHandler = TestSetOptions,
    .BindAdapterHandlerEx = TestProtocolBindAdapterEx,
    .UnbindAdapterHandlerEx = TestProtocolUnbindAdapterEx,
    .OpenAdapterCompleteHandlerEx = TestProtocolOpenAdapterCompleteEx,
    .CloseAdapterCompleteHandlerEx = TestProtocolCloseAdapterCompleteEx,
    .NetPnPEventHandler = TestProtocolNetPnpEvent,
    .UninstallHandler = TestProtocolUninstall,
    .OidRequestCompleteHandler = TestProtocolOidRequestComplete,
    .StatusHandlerEx = TestProtocolStatusEx,
    .ReceiveNetBufferListsHandler = TestProtocolReceiveNetBufferLists,
    .SendNetBufferListsCompleteHandler = TestProtocolSendNetBufferListsComplete,
    .DirectOidRequestCompleteHandler = TestProtocolDirectOidRequestComplete,
};

NDIS_MINIPORT_DRIVER_CHARACTERISTICS TestNdisMiniportDriverCharacteristics;
NDIS_MINIPORT_DRIVER_CHARACTERISTICS TestNdisMiniportDriverCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS,
               NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2,
               NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2},
    .SetOptionsHandler = TestSetOptions,
    .InitializeHandlerEx = TestMiniportInitialize,
    .HaltHandlerEx = TestMiniportHalt,
    .UnloadHandler = TestMiniportUnload,
    .PauseHandler = TestMiniportPause,
    .RestartHandler = TestMiniportRestart,
    .OidRequestHandler = TestMiniportOidRequest,
    .SendNetBufferListsHandler = TestMiniportSendNetBufferLists,
    .ReturnNetBufferListsHandler = TestMiniportReturnNetBufferLists,
    .CancelSendHandler = TestMiniportCancelSend,
    .CheckForHangHandlerEx = TestMiniportCheckForHang,
    .ResetHandlerEx = TestMiniportReset,
    .DevicePnPEventNotifyHandler = TestMiniportDevicePnpEventNotify,
    .ShutdownHandlerEx = TestMiniportShutdown,
    .CancelOidRequestHandler = TestMiniportCancelOidRequest,
    .DirectOidRequestHandler = TestMiniportDirectOidRequest,
    .CancelDirectOidRequestHandler = TestMiniportCancelDirectOidRequest,
};

NDIS_MINIPORT_PNP_CHARACTERISTICS TestNdisMiniportPnpCharacteristics;
NDIS_MINIPORT_PNP_CHARACTERISTICS TestNdisMiniportPnpCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_MINIPORT_PNP_CHARACTERISTICS, NDIS_OBJECT_REVISION_1,
               sizeof(NDIS_MINIPORT_PNP_CHARACTERISTICS)},
    .MiniportAddDeviceHandler = TestMiniportAddDevice,
    .MiniportRemoveDeviceHandler = TestMiniportRemoveDevice,
    .MiniportFilterResourceRequirementsHandler = TestMiniportPnpIrp,
    .MiniportStartDeviceHandler = TestMiniportPnpIrp,
};

NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS TestNdisMiniportInterruptCharacteristics;
NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS TestNdisMiniportInterruptCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT, NDIS_MINIPORT_INTERRUPT_REVISION_1,
               NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1},
    .InterruptHandler = TestMiniportIsr,
    .InterruptDpcHandler = TestMiniportInterruptDpc,
    .DisableInterruptHandler = TestMiniportDisableInterrupt,
    .EnableInterruptHandler = TestMiniportEnableInterrupt,
    .MessageInterruptHandler = TestMiniportMessageInterrupt,
    .MessageInterruptDpcHandler = TestMiniportMessageInterruptDpc,
    .DisableMessageInterruptHandler = TestMiniportDisableMessageInterrupt,
    .EnableMessageInterruptHandler = TestMiniportEnableMessageInterrupt,
};

NDIS_TIMER_CHARACTERISTICS TestNdisTimerCharacteristics;
NDIS_TIMER_CHARACTERISTICS TestNdisTimerCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS, NDIS_TIMER_CHARACTERISTICS_REVISION_1,
               NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1},
    .TimerFunction = TestNdisTimerFunction,
};

NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS TestNdisCoCallManagerOptionalHandlers;
NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS TestNdisCoCallManagerOptionalHandlers = {
    .Header = {NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS,
               NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1,
               NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1},
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
    .CmOidRequestHandler = TestProtocolCoOidRequest,
    .CmOidRequestCompleteHandler = TestProtocolCoOidRequestComplete,
    .CmNotifyCloseAfCompleteHandler = TestProtocolCmNotifyCloseAfComplete,
};

NDIS_CO_CLIENT_OPTIONAL_HANDLERS TestNdisCoClientOptionalHandlers;
NDIS_CO_CLIENT_OPTIONAL_HANDLERS TestNdisCoClientOptionalHandlers = {
    .Header = {NDIS_OBJECT_TYPE_CO_CLIENT_OPTIONAL_HANDLERS,
               NDIS_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1,
               NDIS_SIZEOF_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1},
    .ClCreateVcHandler = TestProtocolCoCreateVc,
    .ClDeleteVcHandler = TestProtocolCoDeleteVc,
    .ClOidRequestHandler = TestProtocolCoOidRequest,
    .ClOidRequestCompleteHandler = TestProtocolCoOidRequestComplete,
    .ClOpenAfCompleteHandlerEx = TestProtocolClOpenAfCompleteEx,
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
    .ClNotifyCloseAfHandler = TestProtocolClNotifyCloseAf,
};

NDIS_PROTOCOL_CO_CHARACTERISTICS TestNdisProtocolCoCharacteristics;
NDIS_PROTOCOL_CO_CHARACTERISTICS TestNdisProtocolCoCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_CO_PROTOCOL_CHARACTERISTICS,
               NDIS_PROTOCOL_CO_CHARACTERISTICS_REVISION_1,
               NDIS_SIZEOF_PROTOCOL_CO_CHARACTERISTICS_REVISION_1},
    .CoStatusHandlerEx = TestProtocolCoStatusEx,
    .CoAfRegisterNotifyHandler = TestProtocolCoAfRegisterNotify,
    .CoReceiveNetBufferListsHandler = TestProtocolCoReceiveNetBufferLists,
    .CoSendNetBufferListsCompleteHandler = TestProtocolCoSendNetBufferListsComplete,
};

NDIS_MINIPORT_CO_CHARACTERISTICS TestNdisMiniportCoCharacteristics;
NDIS_MINIPORT_CO_CHARACTERISTICS TestNdisMiniportCoCharacteristics = {
    .Header = {NDIS_OBJECT_TYPE_CO_MINIPORT_CHARACTERISTICS,
               NDIS_MINIPORT_CO_CHARACTERISTICS_REVISION_1,
               NDIS_SIZEOF_MINIPORT_CO_CHARACTERISTICS_REVISION_1},
    .CoCreateVcHandler = TestMiniportCoCreateVc,
    .CoDeleteVcHandler = TestMiniportCoDeleteVc,
    .CoActivateVcHandler = TestMiniportCoActivateVc,
    .CoDeactivateVcHandler = TestMiniportCoDeactivateVc,
    .CoSendNetBufferListsHandler = TestMiniportCoSendNetBufferLists,
    .CoOidRequestHandler = TestMiniportCoOidRequest,
};

/* Every DDI called once, including the macro spellings. */
void TestCallEveryDdi(void);
void TestCallEveryDdi(void) {
    LARGE_INTEGER DueTime;
    NDIS_STRING String;

    DueTime.QuadPart = 0;
    String.Length = 0;
    String.MaximumLength = 0;
    String.Buffer = NULL;

    KeGetCurrentIrql();
    KfRaiseIrql(PASSIVE_LEVEL);
    KeLowerIrql(PASSIVE_LEVEL);
    KeRaiseIrqlToDpcLevel();
    KeGetCurrentProcessorNumber();
    KeInitializeSpinLock(NULL);
    KeAcquireSpinLockRaiseToDpc(NULL);
    KeReleaseSpinLock(NULL, PASSIVE_LEVEL);
    KeAcquireSpinLockAtDpcLevel(NULL);
    KeReleaseSpinLockFromDpcLevel(NULL);
    KeAcquireInStackQueuedSpinLock(NULL, NULL);
    KeReleaseInStackQueuedSpinLock(NULL);
    KeInitializeDpc(NULL, TestKdeferredRoutine, NULL);
    KeInsertQueueDpc(NULL, NULL, NULL);
    KeRemoveQueueDpc(NULL);
    NdisAllocateMemoryWithTagPriority(NULL, 0, 0, NormalPoolPriority);
    NdisFreeMemory(NULL, 0, 0);
    NdisFreeMemoryWithTagPriority(NULL, NULL, 0);
    NdisZeroMemory(NULL, 0);
    NdisMoveMemory(NULL, NULL, 0);
    NdisFillMemory(NULL, 0, 0);
    NdisEqualMemory(NULL, NULL, 0);
    NdisInitUnicodeString(NULL, NULL);
    NdisInitAnsiString(NULL, NULL);
    NdisInitializeString(NULL, NULL);
    NdisFreeString(String);
    NdisEqualString(NULL, NULL, FALSE);
    NdisEqualUnicodeString(NULL, NULL, FALSE);
    NdisAllocateSpinLock(NULL);
    NdisFreeSpinLock(NULL);
    NdisAcquireSpinLock(NULL);
    NdisReleaseSpinLock(NULL);
    NdisDprAcquireSpinLock(NULL);
    NdisDprReleaseSpinLock(NULL);
    NdisAllocateRWLock(NULL);
    NdisFreeRWLock(NULL);
    NdisAcquireRWLockRead(NULL, NULL, 0);
    NdisAcquireRWLockWrite(NULL, NULL, 0);
    NdisReleaseRWLock(NULL, NULL);
    NdisInitializeEvent(NULL);
    NdisSetEvent(NULL);
    NdisResetEvent(NULL);
    NdisWaitEvent(NULL, 0);
    NdisAllocateTimerObject(NULL, &TestNdisTimerCharacteristics, NULL);
    NdisSetTimerObject(NULL, DueTime, 0, NULL);
    NdisCancelTimerObject(NULL);
    NdisFreeTimerObject(NULL);
    NdisAllocateIoWorkItem(NULL);
    NdisQueueIoWorkItem(NULL, TestNdisIoWorkitemFunction, NULL);
    NdisFreeIoWorkItem(NULL);
    NdisMSleep(0);
    NdisStallExecution(0);
    NdisGetCurrentSystemTime(NULL);
    NdisWriteErrorLogEntry(NULL, 0, 0, 0);
    NdisSystemProcessorCount();
    NdisGetVersion();
    NdisSetOptionalHandlers(NULL, NULL);
    NdisRegisterProtocolDriver(NULL, &TestNdisProtocolDriverCharacteristics, NULL);
    NdisDeregisterProtocolDriver(NULL);
    NdisOpenAdapterEx(NULL, NULL, NULL, NULL, NULL);
    NdisCloseAdapterEx(NULL);
    NdisCompleteBindAdapterEx(NULL, NDIS_STATUS_SUCCESS);
    NdisCompleteUnbindAdapterEx(NULL);
    NdisCompleteNetPnPEvent(NULL, NULL, NDIS_STATUS_SUCCESS);
    NdisUnbindAdapter(NULL);
    NdisOidRequest(NULL, NULL);
    NdisSendNetBufferLists(NULL, NULL, 0, 0);
    NdisReturnNetBufferLists(NULL, NULL, 0);
    NdisCancelSendNetBufferLists(NULL, NULL);
    NdisMRegisterMiniportDriver(NULL, NULL, NULL, &TestNdisMiniportDriverCharacteristics, NULL);
    NdisMDeregisterMiniportDriver(NULL);
    NdisMSetMiniportAttributes(NULL, NULL);
    NdisMRegisterInterruptEx(NULL, NULL, &TestNdisMiniportInterruptCharacteristics, NULL);
    NdisMDeregisterInterruptEx(NULL);
    NdisMSynchronizeWithInterruptEx(NULL, 0, TestMiniportSynchronizeInterrupt, NULL);
    NdisMIndicateStatusEx(NULL, NULL);
    NdisMOidRequestComplete(NULL, NULL, NDIS_STATUS_SUCCESS);
    NdisMSendNetBufferListsComplete(NULL, NULL, 0);
    NdisMIndicateReceiveNetBufferLists(NULL, NULL, 0, 0, 0);
    NdisMPauseComplete(NULL);
    NdisMRestartComplete(NULL, NDIS_STATUS_SUCCESS);
    NdisMResetComplete(NULL, NDIS_STATUS_SUCCESS, FALSE);
    NdisClOpenAddressFamilyEx(NULL, NULL, NULL, NULL);
    NdisClCloseAddressFamily(NULL);
    NdisClRegisterSap(NULL, NULL, NULL, NULL);
    NdisClDeregisterSap(NULL);
    NdisClMakeCall(NULL, NULL, NULL, NULL);
    NdisClCloseCall(NULL, NULL, NULL, 0);
    NdisClAddParty(NULL, NULL, NULL, NULL);
    NdisClDropParty(NULL, NULL, 0);
    NdisClIncomingCallComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisClModifyCallQoS(NULL, NULL);
    NdisClNotifyCloseAddressFamilyComplete(NULL, NDIS_STATUS_SUCCESS);
    NdisClGetProtocolVcContextFromTapiCallId(String, NULL);
    NdisCmRegisterAddressFamilyEx(NULL, NULL);
    NdisCmOpenAddressFamilyComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisCmCloseAddressFamilyComplete(NDIS_STATUS_SUCCESS, NULL);
    NdisCmNotifyCloseAddressFamily(NULL);
    NdisCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, NULL);
    NdisCmMakeCallComplete(NDIS_STATUS_SUCCESS, NULL, NULL, NULL, NULL);
    NdisCmCloseCallComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisCmAddPartyComplete(NDIS_STATUS_SUCCESS, NULL, NULL, NULL);
    NdisCmDropPartyComplete(NDIS_STATUS_SUCCESS, NULL);
    NdisCmDispatchIncomingCall(NULL, NULL, NULL);
    NdisCmDispatchCallConnected(NULL);
    NdisCmModifyCallQoSComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisCmDispatchIncomingCallQoSChange(NULL, NULL);
    NdisCmDispatchIncomingCloseCall(NDIS_STATUS_SUCCESS, NULL, NULL, 0);
    NdisCmDispatchIncomingDropParty(NDIS_STATUS_SUCCESS, NULL, NULL, 0);
    NdisCmActivateVc(NULL, NULL);
    NdisCmDeactivateVc(NULL);
    NdisCoCreateVc(NULL, NULL, NULL, NULL);
    NdisCoDeleteVc(NULL);
    NdisCoOidRequest(NULL, NULL, NULL, NULL, NULL);
    NdisCoOidRequestComplete(NULL, NULL, NULL, NULL, NDIS_STATUS_SUCCESS);
    NdisCoSendNetBufferLists(NULL, NULL, 0);
    NdisCoAssignInstanceName(NULL, NULL, NULL);
    NdisCoGetTapiCallId(NULL, NULL);
    NdisMCmRegisterAddressFamilyEx(NULL, NULL);
    NdisMCmCreateVc(NULL, NULL, NULL, NULL);
    NdisMCmDeleteVc(NULL);
    NdisMCmActivateVc(NULL, NULL);
    NdisMCmDeactivateVc(NULL);
    NdisMCmOidRequest(NULL, NULL, NULL, NULL);
    NdisMCoActivateVcComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisMCoDeactivateVcComplete(NDIS_STATUS_SUCCESS, NULL);
    NdisMCoIndicateReceiveNetBufferLists(NULL, NULL, 0, 0);
    NdisMCoIndicateStatusEx(NULL, NULL, NULL);
    NdisMCoOidRequestComplete(NULL, NULL, NULL, NDIS_STATUS_SUCCESS);
    NdisMCoSendNetBufferListsComplete(NULL, NULL, 0);
    NdisMCompleteDmaTransfer(NULL, NULL, NULL, 0, 0, FALSE);

    NdisMCmOpenAddressFamilyComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    (void)NdisMCmNotifyCloseAddressFamily(NULL);
    NdisMCmCloseAddressFamilyComplete(NDIS_STATUS_SUCCESS, NULL);
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, NULL);
    NdisMCmMakeCallComplete(NDIS_STATUS_SUCCESS, NULL, NULL, NULL, NULL);
    NdisMCmCloseCallComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisMCmAddPartyComplete(NDIS_STATUS_SUCCESS, NULL, NULL, NULL);
    NdisMCmDropPartyComplete(NDIS_STATUS_SUCCESS, NULL);
    (void)NdisMCmDispatchIncomingCall(NULL, NULL, NULL);
    NdisMCmDispatchCallConnected(NULL);
    NdisMCmModifyCallQoSComplete(NDIS_STATUS_SUCCESS, NULL, NULL);
    NdisMCmDispatchIncomingCallQoSChange(NULL, NULL);
    NdisMCmDispatchIncomingCloseCall(NDIS_STATUS_SUCCESS, NULL, NULL, 0);
    NdisMCmDispatchIncomingDropParty(NDIS_STATUS_SUCCESS, NULL, NULL, 0);
    NdisMCmOidRequestComplete(NULL, NULL, NULL, NULL, NDIS_STATUS_SUCCESS);

    {
        KIRQL OldIrql;
        KSPIN_LOCK Lock;

        KeInitializeSpinLock(&Lock);
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        KeLowerIrql(OldIrql);
        KeAcquireSpinLock(&Lock, &OldIrql);
        KeReleaseSpinLock(&Lock, OldIrql);
        NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
        NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
        (void)NDIS_CURRENT_IRQL();
    }

    {
        NDIS_STRING Name = NDIS_STRING_CONST("ddicheck");

        NdisInitUnicodeString(&Name, Name.Buffer);
    }

    {
        NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS *Cm = &TestNdisCoCallManagerOptionalHandlers;

        (void)NdisSetOptionalHandlers(NULL, (PNDIS_DRIVER_OPTIONAL_HANDLERS)Cm);
    }
}

/*
 * ndis_condis.h - NDIS 6 CoNDIS (connection-oriented NDIS) part of the
 * ddicheck header set: address families, SAPs, VCs, calls and parties for
 * clients, stand-alone call managers, miniport call managers (MCM) and
 * CoNDIS miniports.
 *
 * Written for ddicheck from the Windows driver documentation on
 * learn.microsoft.com (https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/
 * nf-ndis-<lowercase DDI name> and nc-ndis-<lowercase role name>); the text
 * is our own. Included by <ndis.h> only.
 *
 * As in the WDK, the NdisMCm*Complete, NdisMCmDispatch* and
 * NdisMCmNotifyCloseAddressFamily / NdisMCmOidRequestComplete names are
 * function-like macros over the NdisCm* / NdisCo* functions, while
 * NdisMCmCreateVc, NdisMCmDeleteVc, NdisMCmActivateVc, NdisMCmDeactivateVc,
 * NdisMCmRegisterAddressFamilyEx and NdisMCmOidRequest are functions.
 *
 * Limits: call-parameter structures keep their documented field names but
 * no media-specific (ATM, TAPI, QoS) parameter layouts; the NDIS 5 CoNDIS
 * interface is in ndis_legacy.h.
 */
#ifndef DDICHECK_NDIS_CONDIS_H
#define DDICHECK_NDIS_CONDIS_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_condis.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Address families, SAPs and call parameters
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_co_address_family
 * ------------------------------------------------------------------------ */

typedef ULONG NDIS_AF, *PNDIS_AF;

typedef struct _CO_ADDRESS_FAMILY {
    NDIS_AF AddressFamily;
    ULONG MajorVersion;
    ULONG MinorVersion;
} CO_ADDRESS_FAMILY, *PCO_ADDRESS_FAMILY;

#define CO_ADDRESS_FAMILY_Q2931 ((NDIS_AF)0x1)
#define CO_ADDRESS_FAMILY_PSCHED ((NDIS_AF)0x2)
#define CO_ADDRESS_FAMILY_L2TP ((NDIS_AF)0x3)
#define CO_ADDRESS_FAMILY_IRDA ((NDIS_AF)0x4)
#define CO_ADDRESS_FAMILY_1394 ((NDIS_AF)0x5)
#define CO_ADDRESS_FAMILY_PPP ((NDIS_AF)0x6)
#define CO_ADDRESS_FAMILY_INFINIBAND ((NDIS_AF)0x7)
#define CO_ADDRESS_FAMILY_TAPI ((NDIS_AF)0x800)
#define CO_ADDRESS_FAMILY_TAPI_PROXY ((NDIS_AF)0x801)
#define CO_ADDRESS_FAMILY_PROXY 0x80000000

typedef struct _CO_SAP {
    ULONG SapType;
    ULONG SapLength;
    UCHAR Sap[1];
} CO_SAP, *PCO_SAP;

typedef struct _CO_SPECIFIC_PARAMETERS {
    ULONG ParamType;
    ULONG Length;
    UCHAR Parameters[1];
} CO_SPECIFIC_PARAMETERS, *PCO_SPECIFIC_PARAMETERS;

typedef ULONG SERVICETYPE;

typedef struct _CO_FLOW_PARAMETERS {
    ULONG TokenRate;
    ULONG TokenBucketSize;
    ULONG PeakBandwidth;
    ULONG Latency;
    ULONG DelayVariation;
    SERVICETYPE ServiceType;
    ULONG MaxSduSize;
    ULONG MinimumPolicedSize;
} CO_FLOW_PARAMETERS, *PCO_FLOW_PARAMETERS;

typedef struct _CO_CALL_MANAGER_PARAMETERS {
    CO_FLOW_PARAMETERS Transmit;
    CO_FLOW_PARAMETERS Receive;
    CO_SPECIFIC_PARAMETERS CallMgrSpecific;
} CO_CALL_MANAGER_PARAMETERS, *PCO_CALL_MANAGER_PARAMETERS;

typedef struct _CO_MEDIA_PARAMETERS {
    ULONG Flags;
    ULONG ReceivePriority;
    ULONG ReceiveSizeHint;
    CO_SPECIFIC_PARAMETERS MediaSpecific;
} CO_MEDIA_PARAMETERS, *PCO_MEDIA_PARAMETERS;

#define RECEIVE_TIME_INDICATION 0x00000001
#define USE_TIME_STAMPS 0x00000002
#define TRANSMIT_VC 0x00000004
#define RECEIVE_VC 0x00000008
#define INDICATE_ERRED_PACKETS 0x00000010
#define INDICATE_END_OF_TX 0x00000020
#define RESERVE_RESOURCES_VC 0x00000040
#define ROUND_DOWN_FLOW 0x00000080
#define ROUND_UP_FLOW 0x00000100

typedef struct _CO_CALL_PARAMETERS {
    ULONG Flags;
    PCO_CALL_MANAGER_PARAMETERS CallMgrParameters;
    PCO_MEDIA_PARAMETERS MediaParameters;
} CO_CALL_PARAMETERS, *PCO_CALL_PARAMETERS;

#define PERMANENT_VC 0x00000001
#define CALL_PARAMETERS_CHANGED 0x00000002
#define QUERY_CALL_PARAMETERS 0x00000004
#define BROADCAST_VC 0x00000008
#define MULTIPOINT_VC 0x00000010

typedef struct _CO_PVC {
    NDIS_HANDLE NdisAfHandle;
    CO_SPECIFIC_PARAMETERS PvcParameters;
} CO_PVC, *PCO_PVC;

typedef struct _CO_AF_TAPI_SAP {
    ULONG ulLineID;
    ULONG ulAddressID;
    ULONG ulMediaModes;
} CO_AF_TAPI_SAP, *PCO_AF_TAPI_SAP;

typedef struct _VAR_STRING {
    ULONG ulTotalSize;
    ULONG ulNeededSize;
    ULONG ulUsedSize;
    ULONG ulStringFormat;
    ULONG ulStringSize;
    ULONG ulStringOffset;
} VAR_STRING, *PVAR_STRING;

/* ------------------------------------------------------------------------
 * Call manager role typedefs (stand-alone CM and MCM)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-protocol_cm_reg_sap
 *
 * Entry IRQL: all <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(PROTOCOL_CM_OPEN_AF) NDIS_STATUS NDIS_API
PROTOCOL_CM_OPEN_AF(NDIS_HANDLE CallMgrBindingContext, PCO_ADDRESS_FAMILY AddressFamily,
                    NDIS_HANDLE NdisAfHandle, PNDIS_HANDLE CallMgrAfContext);
typedef PROTOCOL_CM_OPEN_AF(*CM_OPEN_AF_HANDLER);

typedef _Function_class_(PROTOCOL_CM_CLOSE_AF) NDIS_STATUS NDIS_API
PROTOCOL_CM_CLOSE_AF(NDIS_HANDLE CallMgrAfContext);
typedef PROTOCOL_CM_CLOSE_AF(*CM_CLOSE_AF_HANDLER);

typedef _Function_class_(PROTOCOL_CM_REG_SAP) NDIS_STATUS NDIS_API
PROTOCOL_CM_REG_SAP(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
                    PNDIS_HANDLE CallMgrSapContext);
typedef PROTOCOL_CM_REG_SAP(*CM_REG_SAP_HANDLER);

typedef _Function_class_(PROTOCOL_CM_DEREGISTER_SAP) NDIS_STATUS NDIS_API
PROTOCOL_CM_DEREGISTER_SAP(NDIS_HANDLE CallMgrSapContext);
typedef PROTOCOL_CM_DEREGISTER_SAP(*CM_DEREG_SAP_HANDLER);

typedef _Function_class_(PROTOCOL_CM_MAKE_CALL) NDIS_STATUS NDIS_API
PROTOCOL_CM_MAKE_CALL(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
                      NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext);
typedef PROTOCOL_CM_MAKE_CALL(*CM_MAKE_CALL_HANDLER);

typedef _Function_class_(PROTOCOL_CM_CLOSE_CALL) NDIS_STATUS NDIS_API
PROTOCOL_CM_CLOSE_CALL(NDIS_HANDLE CallMgrVcContext, NDIS_HANDLE CallMgrPartyContext,
                       PVOID CloseData, UINT Size);
typedef PROTOCOL_CM_CLOSE_CALL(*CM_CLOSE_CALL_HANDLER);

typedef _Function_class_(PROTOCOL_CM_INCOMING_CALL_COMPLETE) VOID NDIS_API
PROTOCOL_CM_INCOMING_CALL_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                                   PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_INCOMING_CALL_COMPLETE(*CM_INCOMING_CALL_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CM_ADD_PARTY) NDIS_STATUS NDIS_API
PROTOCOL_CM_ADD_PARTY(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
                      NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext);
typedef PROTOCOL_CM_ADD_PARTY(*CM_ADD_PARTY_HANDLER);

typedef _Function_class_(PROTOCOL_CM_DROP_PARTY) NDIS_STATUS NDIS_API
PROTOCOL_CM_DROP_PARTY(NDIS_HANDLE CallMgrPartyContext, PVOID CloseData, UINT Size);
typedef PROTOCOL_CM_DROP_PARTY(*CM_DROP_PARTY_HANDLER);

typedef _Function_class_(PROTOCOL_CM_ACTIVATE_VC_COMPLETE) VOID NDIS_API
PROTOCOL_CM_ACTIVATE_VC_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext,
                                 PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_ACTIVATE_VC_COMPLETE(*CM_ACTIVATE_VC_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CM_DEACTIVATE_VC_COMPLETE) VOID NDIS_API
PROTOCOL_CM_DEACTIVATE_VC_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext);
typedef PROTOCOL_CM_DEACTIVATE_VC_COMPLETE(*CM_DEACTIVATE_VC_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CM_MODIFY_QOS_CALL) NDIS_STATUS NDIS_API
PROTOCOL_CM_MODIFY_QOS_CALL(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_MODIFY_QOS_CALL(*CM_MODIFY_CALL_QOS_HANDLER);

typedef _Function_class_(PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE) VOID NDIS_API
PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE(NDIS_HANDLE CallMgrAfContext, NDIS_STATUS Status);
typedef PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE(*CM_NOTIFY_CLOSE_AF_COMPLETE_HANDLER);

/* ------------------------------------------------------------------------
 * Role typedefs shared by clients and call managers
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-protocol_co_create_vc
 *
 * Entry IRQL: CoAfRegisterNotify: PASSIVE_LEVEL; the others <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(PROTOCOL_CO_CREATE_VC) NDIS_STATUS NDIS_API
PROTOCOL_CO_CREATE_VC(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle,
                      PNDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CO_CREATE_VC(*CO_CREATE_VC_HANDLER);

typedef _Function_class_(PROTOCOL_CO_DELETE_VC) NDIS_STATUS NDIS_API
PROTOCOL_CO_DELETE_VC(NDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CO_DELETE_VC(*CO_DELETE_VC_HANDLER);

typedef _Function_class_(PROTOCOL_CO_OID_REQUEST) NDIS_STATUS NDIS_API
PROTOCOL_CO_OID_REQUEST(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext,
                        NDIS_HANDLE ProtocolPartyContext, PNDIS_OID_REQUEST OidRequest);
typedef PROTOCOL_CO_OID_REQUEST(*CO_OID_REQUEST_HANDLER);

typedef _Function_class_(PROTOCOL_CO_OID_REQUEST_COMPLETE) VOID NDIS_API
PROTOCOL_CO_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext,
                                 NDIS_HANDLE ProtocolPartyContext,
                                 PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
typedef PROTOCOL_CO_OID_REQUEST_COMPLETE(*CO_OID_REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CO_AF_REGISTER_NOTIFY) VOID NDIS_API
PROTOCOL_CO_AF_REGISTER_NOTIFY(NDIS_HANDLE ProtocolBindingContext,
                               PCO_ADDRESS_FAMILY AddressFamily);
typedef PROTOCOL_CO_AF_REGISTER_NOTIFY(*CO_AF_REGISTER_NOTIFY_HANDLER);

typedef _Function_class_(PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS) VOID NDIS_API
PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE ProtocolBindingContext,
                                     NDIS_HANDLE ProtocolVcContext,
                                     PNET_BUFFER_LIST NetBufferLists,
                                     ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
typedef PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS(*CO_RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE) VOID NDIS_API
PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE ProtocolVcContext,
                                           PNET_BUFFER_LIST NetBufferLists,
                                           ULONG SendCompleteFlags);
typedef PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE(*CO_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CO_STATUS_EX) VOID NDIS_API
PROTOCOL_CO_STATUS_EX(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                      PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_CO_STATUS_EX(*CO_STATUS_HANDLER_EX);

/* ------------------------------------------------------------------------
 * Client role typedefs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-protocol_cl_register_sap_complete
 *
 * Entry IRQL: ClOpenAfCompleteEx: PASSIVE_LEVEL; the others <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(PROTOCOL_CL_OPEN_AF_COMPLETE_EX) VOID NDIS_API
PROTOCOL_CL_OPEN_AF_COMPLETE_EX(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisAfHandle,
                                NDIS_STATUS Status);
typedef PROTOCOL_CL_OPEN_AF_COMPLETE_EX(*CL_OPEN_AF_COMPLETE_HANDLER_EX);

typedef _Function_class_(PROTOCOL_CL_CLOSE_AF_COMPLETE) VOID NDIS_API
PROTOCOL_CL_CLOSE_AF_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext);
typedef PROTOCOL_CL_CLOSE_AF_COMPLETE(*CL_CLOSE_AF_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_REGISTER_SAP_COMPLETE) VOID NDIS_API
PROTOCOL_CL_REGISTER_SAP_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext,
                                  PCO_SAP Sap, NDIS_HANDLE NdisSapHandle);
typedef PROTOCOL_CL_REGISTER_SAP_COMPLETE(*CL_REG_SAP_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_DEREGISTER_SAP_COMPLETE) VOID NDIS_API
PROTOCOL_CL_DEREGISTER_SAP_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext);
typedef PROTOCOL_CL_DEREGISTER_SAP_COMPLETE(*CL_DEREG_SAP_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_MAKE_CALL_COMPLETE) VOID NDIS_API
PROTOCOL_CL_MAKE_CALL_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                               NDIS_HANDLE NdisPartyHandle,
                               PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_MAKE_CALL_COMPLETE(*CL_MAKE_CALL_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE) VOID NDIS_API
PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                                     PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE(*CL_MODIFY_CALL_QOS_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_CLOSE_CALL_COMPLETE) VOID NDIS_API
PROTOCOL_CL_CLOSE_CALL_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                                NDIS_HANDLE ProtocolPartyContext);
typedef PROTOCOL_CL_CLOSE_CALL_COMPLETE(*CL_CLOSE_CALL_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_ADD_PARTY_COMPLETE) VOID NDIS_API
PROTOCOL_CL_ADD_PARTY_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolPartyContext,
                               NDIS_HANDLE NdisPartyHandle,
                               PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_ADD_PARTY_COMPLETE(*CL_ADD_PARTY_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_DROP_PARTY_COMPLETE) VOID NDIS_API
PROTOCOL_CL_DROP_PARTY_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolPartyContext);
typedef PROTOCOL_CL_DROP_PARTY_COMPLETE(*CL_DROP_PARTY_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_INCOMING_CALL) NDIS_STATUS NDIS_API
PROTOCOL_CL_INCOMING_CALL(NDIS_HANDLE ProtocolSapContext, NDIS_HANDLE ProtocolVcContext,
                          PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_INCOMING_CALL(*CL_INCOMING_CALL_HANDLER);

typedef _Function_class_(PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE) VOID NDIS_API
PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE(NDIS_HANDLE ProtocolVcContext,
                                     PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE(*CL_INCOMING_CALL_QOS_CHANGE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_INCOMING_CLOSE_CALL) VOID NDIS_API
PROTOCOL_CL_INCOMING_CLOSE_CALL(NDIS_STATUS CloseStatus, NDIS_HANDLE ProtocolVcContext,
                                PVOID CloseData, UINT Size);
typedef PROTOCOL_CL_INCOMING_CLOSE_CALL(*CL_INCOMING_CLOSE_CALL_HANDLER);

typedef _Function_class_(PROTOCOL_CL_INCOMING_DROP_PARTY) VOID NDIS_API
PROTOCOL_CL_INCOMING_DROP_PARTY(NDIS_STATUS DropStatus, NDIS_HANDLE ProtocolPartyContext,
                                PVOID CloseData, UINT Size);
typedef PROTOCOL_CL_INCOMING_DROP_PARTY(*CL_INCOMING_DROP_PARTY_HANDLER);

typedef _Function_class_(PROTOCOL_CL_CALL_CONNECTED) VOID NDIS_API
PROTOCOL_CL_CALL_CONNECTED(NDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CL_CALL_CONNECTED(*CL_CALL_CONNECTED_HANDLER);

typedef _Function_class_(PROTOCOL_CL_NOTIFY_CLOSE_AF) NDIS_STATUS NDIS_API
PROTOCOL_CL_NOTIFY_CLOSE_AF(NDIS_HANDLE ClientAfContext);
typedef PROTOCOL_CL_NOTIFY_CLOSE_AF(*CL_NOTIFY_CLOSE_AF_HANDLER);

/* ------------------------------------------------------------------------
 * CoNDIS miniport role typedefs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-miniport_co_create_vc
 *
 * Entry IRQL: all <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(MINIPORT_CO_CREATE_VC) NDIS_STATUS NDIS_API
MINIPORT_CO_CREATE_VC(NDIS_HANDLE MiniportAdapterContext, NDIS_HANDLE NdisVcHandle,
                      PNDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_CREATE_VC(*W_CO_CREATE_VC_HANDLER);

typedef _Function_class_(MINIPORT_CO_DELETE_VC) NDIS_STATUS NDIS_API
MINIPORT_CO_DELETE_VC(NDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_DELETE_VC(*W_CO_DELETE_VC_HANDLER);

typedef _Function_class_(MINIPORT_CO_ACTIVATE_VC) NDIS_STATUS NDIS_API
MINIPORT_CO_ACTIVATE_VC(NDIS_HANDLE MiniportVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef MINIPORT_CO_ACTIVATE_VC(*W_CO_ACTIVATE_VC_HANDLER);

typedef _Function_class_(MINIPORT_CO_DEACTIVATE_VC) NDIS_STATUS NDIS_API
MINIPORT_CO_DEACTIVATE_VC(NDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_DEACTIVATE_VC(*W_CO_DEACTIVATE_VC_HANDLER);

typedef _Function_class_(MINIPORT_CO_SEND_NET_BUFFER_LISTS) VOID NDIS_API
MINIPORT_CO_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportVcContext,
                                  PNET_BUFFER_LIST NetBufferLists, ULONG SendFlags);
typedef MINIPORT_CO_SEND_NET_BUFFER_LISTS(*W_CO_SEND_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(MINIPORT_CO_OID_REQUEST) NDIS_STATUS NDIS_API
MINIPORT_CO_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, NDIS_HANDLE MiniportVcContext,
                        PNDIS_OID_REQUEST NdisRequest);
typedef MINIPORT_CO_OID_REQUEST(*W_CO_OID_REQUEST_HANDLER);

/* ------------------------------------------------------------------------
 * Handler structures, registered with NdisSetOptionalHandlers from the
 * driver's SetOptions handler.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_co_call_manager_optional_handlers
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Reserved;
    CO_CREATE_VC_HANDLER CmCreateVcHandler;
    CO_DELETE_VC_HANDLER CmDeleteVcHandler;
    CM_OPEN_AF_HANDLER CmOpenAfHandler;
    CM_CLOSE_AF_HANDLER CmCloseAfHandler;
    CM_REG_SAP_HANDLER CmRegisterSapHandler;
    CM_DEREG_SAP_HANDLER CmDeregisterSapHandler;
    CM_MAKE_CALL_HANDLER CmMakeCallHandler;
    CM_CLOSE_CALL_HANDLER CmCloseCallHandler;
    CM_INCOMING_CALL_COMPLETE_HANDLER CmIncomingCallCompleteHandler;
    CM_ADD_PARTY_HANDLER CmAddPartyHandler;
    CM_DROP_PARTY_HANDLER CmDropPartyHandler;
    CM_ACTIVATE_VC_COMPLETE_HANDLER CmActivateVcCompleteHandler;
    CM_DEACTIVATE_VC_COMPLETE_HANDLER CmDeactivateVcCompleteHandler;
    CM_MODIFY_CALL_QOS_HANDLER CmModifyCallQoSHandler;
    CO_OID_REQUEST_HANDLER CmOidRequestHandler;
    CO_OID_REQUEST_COMPLETE_HANDLER CmOidRequestCompleteHandler;
    CM_NOTIFY_CLOSE_AF_COMPLETE_HANDLER CmNotifyCloseAfCompleteHandler;
} NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS, *PNDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS;

#define NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1       \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS,   \
                             CmNotifyCloseAfCompleteHandler)

typedef struct _NDIS_CO_CLIENT_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Reserved;
    CO_CREATE_VC_HANDLER ClCreateVcHandler;
    CO_DELETE_VC_HANDLER ClDeleteVcHandler;
    CO_OID_REQUEST_HANDLER ClOidRequestHandler;
    CO_OID_REQUEST_COMPLETE_HANDLER ClOidRequestCompleteHandler;
    CL_OPEN_AF_COMPLETE_HANDLER_EX ClOpenAfCompleteHandlerEx;
    CL_CLOSE_AF_COMPLETE_HANDLER ClCloseAfCompleteHandler;
    CL_REG_SAP_COMPLETE_HANDLER ClRegisterSapCompleteHandler;
    CL_DEREG_SAP_COMPLETE_HANDLER ClDeregisterSapCompleteHandler;
    CL_MAKE_CALL_COMPLETE_HANDLER ClMakeCallCompleteHandler;
    CL_MODIFY_CALL_QOS_COMPLETE_HANDLER ClModifyCallQoSCompleteHandler;
    CL_CLOSE_CALL_COMPLETE_HANDLER ClCloseCallCompleteHandler;
    CL_ADD_PARTY_COMPLETE_HANDLER ClAddPartyCompleteHandler;
    CL_DROP_PARTY_COMPLETE_HANDLER ClDropPartyCompleteHandler;
    CL_INCOMING_CALL_HANDLER ClIncomingCallHandler;
    CL_INCOMING_CALL_QOS_CHANGE_HANDLER ClIncomingCallQoSChangeHandler;
    CL_INCOMING_CLOSE_CALL_HANDLER ClIncomingCloseCallHandler;
    CL_INCOMING_DROP_PARTY_HANDLER ClIncomingDropPartyHandler;
    CL_CALL_CONNECTED_HANDLER ClCallConnectedHandler;
    CL_NOTIFY_CLOSE_AF_HANDLER ClNotifyCloseAfHandler;
} NDIS_CO_CLIENT_OPTIONAL_HANDLERS, *PNDIS_CO_CLIENT_OPTIONAL_HANDLERS;

#define NDIS_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SIZEOF_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1     \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CO_CLIENT_OPTIONAL_HANDLERS, \
                             ClNotifyCloseAfHandler)

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_protocol_co_characteristics */
typedef struct _NDIS_PROTOCOL_CO_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    CO_STATUS_HANDLER_EX CoStatusHandlerEx;
    CO_AF_REGISTER_NOTIFY_HANDLER CoAfRegisterNotifyHandler;
    CO_RECEIVE_NET_BUFFER_LISTS_HANDLER CoReceiveNetBufferListsHandler;
    CO_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER CoSendNetBufferListsCompleteHandler;
} NDIS_PROTOCOL_CO_CHARACTERISTICS, *PNDIS_PROTOCOL_CO_CHARACTERISTICS;

#define NDIS_PROTOCOL_CO_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_PROTOCOL_CO_CHARACTERISTICS_REVISION_1      \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_CO_CHARACTERISTICS,  \
                             CoSendNetBufferListsCompleteHandler)

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_miniport_co_characteristics */
typedef struct _NDIS_MINIPORT_CO_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    W_CO_CREATE_VC_HANDLER CoCreateVcHandler;
    W_CO_DELETE_VC_HANDLER CoDeleteVcHandler;
    W_CO_ACTIVATE_VC_HANDLER CoActivateVcHandler;
    W_CO_DEACTIVATE_VC_HANDLER CoDeactivateVcHandler;
    W_CO_SEND_NET_BUFFER_LISTS_HANDLER CoSendNetBufferListsHandler;
    W_CO_OID_REQUEST_HANDLER CoOidRequestHandler;
} NDIS_MINIPORT_CO_CHARACTERISTICS, *PNDIS_MINIPORT_CO_CHARACTERISTICS;

#define NDIS_MINIPORT_CO_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_CO_CHARACTERISTICS_REVISION_1      \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_CO_CHARACTERISTICS,  \
                             CoOidRequestHandler)

/* ------------------------------------------------------------------------
 * Client DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisclregistersap
 *
 * NdisClOpenAddressFamilyEx: PASSIVE_LEVEL.
 * NdisClGetProtocolVcContextFromTapiCallId: DISPATCH_LEVEL.
 * All others: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClOpenAddressFamilyEx(NDIS_HANDLE NdisBindingHandle,
                                                        PCO_ADDRESS_FAMILY AddressFamily,
                                                        NDIS_HANDLE ClientAfContext,
                                                        PNDIS_HANDLE NdisAfHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClCloseAddressFamily(NDIS_HANDLE NdisAfHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClRegisterSap(NDIS_HANDLE NdisAfHandle,
                                                NDIS_HANDLE ProtocolSapContext, PCO_SAP Sap,
                                                PNDIS_HANDLE NdisSapHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClDeregisterSap(NDIS_HANDLE NdisSapHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClMakeCall(NDIS_HANDLE NdisVcHandle,
                                             PCO_CALL_PARAMETERS CallParameters,
                                             NDIS_HANDLE ProtocolPartyContext,
                                             PNDIS_HANDLE NdisPartyHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClCloseCall(NDIS_HANDLE NdisVcHandle,
                                              NDIS_HANDLE NdisPartyHandle, PVOID Buffer,
                                              UINT Size);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClAddParty(NDIS_HANDLE NdisVcHandle,
                                             NDIS_HANDLE ProtocolPartyContext,
                                             PCO_CALL_PARAMETERS CallParameters,
                                             PNDIS_HANDLE NdisPartyHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClDropParty(NDIS_HANDLE NdisPartyHandle, PVOID Buffer,
                                              UINT Size);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisClIncomingCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle,
                                                  PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClModifyCallQoS(NDIS_HANDLE NdisVcHandle,
                                                  PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisClNotifyCloseAddressFamilyComplete(NDIS_HANDLE NdisAfHandle,
                                                              NDIS_STATUS Status);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClGetProtocolVcContextFromTapiCallId(
    UNICODE_STRING TapiCallId, PNDIS_HANDLE ProtocolVcContext);

/* ------------------------------------------------------------------------
 * Stand-alone call manager DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndiscmregistersapcomplete
 *
 * NdisCmRegisterAddressFamilyEx, NdisCmNotifyCloseAddressFamily:
 * PASSIVE_LEVEL. All others: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCmRegisterAddressFamilyEx(NDIS_HANDLE NdisBindingHandle,
                                                            PCO_ADDRESS_FAMILY AddressFamily);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmOpenAddressFamilyComplete(NDIS_STATUS Status,
                                                       NDIS_HANDLE NdisAfHandle,
                                                       NDIS_HANDLE CallMgrAfContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmCloseAddressFamilyComplete(NDIS_STATUS Status,
                                                        NDIS_HANDLE NdisAfHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCmNotifyCloseAddressFamily(NDIS_HANDLE NdisAfHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmRegisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE NdisSapHandle,
                                                 NDIS_HANDLE CallMgrSapContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmDeregisterSapComplete(NDIS_STATUS Status,
                                                   NDIS_HANDLE NdisSapHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmMakeCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle,
                                              NDIS_HANDLE NdisPartyHandle,
                                              NDIS_HANDLE CallMgrPartyContext,
                                              PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmCloseCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle,
                                               NDIS_HANDLE NdisPartyHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmAddPartyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisPartyHandle,
                                              NDIS_HANDLE CallMgrPartyContext,
                                              PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmDropPartyComplete(NDIS_STATUS Status,
                                               NDIS_HANDLE NdisPartyHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCmDispatchIncomingCall(NDIS_HANDLE NdisSapHandle,
                                                         NDIS_HANDLE NdisVcHandle,
                                                         PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmDispatchCallConnected(NDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmModifyCallQoSComplete(NDIS_STATUS Status,
                                                   NDIS_HANDLE NdisVcHandle,
                                                   PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmDispatchIncomingCallQoSChange(NDIS_HANDLE NdisVcHandle,
                                                           PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmDispatchIncomingCloseCall(NDIS_STATUS CloseStatus,
                                                       NDIS_HANDLE NdisVcHandle, PVOID Buffer,
                                                       UINT Size);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCmDispatchIncomingDropParty(NDIS_STATUS DropStatus,
                                                       NDIS_HANDLE NdisPartyHandle,
                                                       PVOID Buffer, UINT Size);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCmActivateVc(NDIS_HANDLE NdisVcHandle,
                                               PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCmDeactivateVc(NDIS_HANDLE NdisVcHandle);

/* ------------------------------------------------------------------------
 * Connection DDIs shared by clients, call managers and MCMs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndiscocreatevc
 *
 * NdisCoAssignInstanceName, NdisCoGetTapiCallId: DISPATCH_LEVEL per the SDV
 * rule table. All others: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCoCreateVc(NDIS_HANDLE NdisBindingHandle,
                                             NDIS_HANDLE NdisAfHandle,
                                             NDIS_HANDLE ProtocolVcContext,
                                             PNDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCoDeleteVc(NDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCoOidRequest(NDIS_HANDLE NdisBindingHandle,
                                               NDIS_HANDLE NdisAfHandle,
                                               NDIS_HANDLE NdisVcHandle,
                                               NDIS_HANDLE NdisPartyHandle,
                                               PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCoOidRequestComplete(NDIS_HANDLE NdisAfHandle,
                                                NDIS_HANDLE NdisVcHandle,
                                                NDIS_HANDLE NdisPartyHandle,
                                                PNDIS_OID_REQUEST OidRequest,
                                                NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCoSendNetBufferLists(NDIS_HANDLE NdisVcHandle,
                                                PNET_BUFFER_LIST NetBufferLists,
                                                ULONG SendFlags);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCoAssignInstanceName(NDIS_HANDLE NdisVcHandle,
                                                       PNDIS_STRING BaseInstanceName,
                                                       PNDIS_STRING VcInstanceName);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCoGetTapiCallId(NDIS_HANDLE NdisVcHandle,
                                                  PVAR_STRING TapiCallId);

/* ------------------------------------------------------------------------
 * Miniport call manager (MCM) DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismcmregistersapcomplete
 *
 * NdisMCmRegisterAddressFamilyEx, NdisMCmNotifyCloseAddressFamily:
 * PASSIVE_LEVEL. All others: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmRegisterAddressFamilyEx(NDIS_HANDLE MiniportAdapterHandle,
                                                             PCO_ADDRESS_FAMILY AddressFamily);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmCreateVc(NDIS_HANDLE MiniportAdapterHandle,
                                              NDIS_HANDLE NdisAfHandle,
                                              NDIS_HANDLE MiniportVcContext,
                                              PNDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmDeleteVc(NDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmActivateVc(NDIS_HANDLE NdisVcHandle,
                                                PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmDeactivateVc(NDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmOidRequest(NDIS_HANDLE NdisAfHandle,
                                                NDIS_HANDLE NdisVcHandle,
                                                NDIS_HANDLE NdisPartyHandle,
                                                PNDIS_OID_REQUEST NdisRequest);

#define NdisMCmOpenAddressFamilyComplete(_Status_, _NdisAfHandle_, _CallMgrAfContext_) \
    NdisCmOpenAddressFamilyComplete(_Status_, _NdisAfHandle_, _CallMgrAfContext_)
#define NdisMCmNotifyCloseAddressFamily(_NdisAfHandle_) \
    NdisCmNotifyCloseAddressFamily(_NdisAfHandle_)
#define NdisMCmCloseAddressFamilyComplete(_Status_, _NdisAfHandle_) \
    NdisCmCloseAddressFamilyComplete(_Status_, _NdisAfHandle_)
#define NdisMCmRegisterSapComplete(_Status_, _NdisSapHandle_, _CallMgrSapContext_) \
    NdisCmRegisterSapComplete(_Status_, _NdisSapHandle_, _CallMgrSapContext_)
#define NdisMCmDeregisterSapComplete(_Status_, _NdisSapHandle_) \
    NdisCmDeregisterSapComplete(_Status_, _NdisSapHandle_)
#define NdisMCmMakeCallComplete(_Status_, _NdisVcHandle_, _NdisPartyHandle_,        \
                                _CallMgrPartyContext_, _CallParameters_)            \
    NdisCmMakeCallComplete(_Status_, _NdisVcHandle_, _NdisPartyHandle_,             \
                           _CallMgrPartyContext_, _CallParameters_)
#define NdisMCmCloseCallComplete(_Status_, _NdisVcHandle_, _NdisPartyHandle_) \
    NdisCmCloseCallComplete(_Status_, _NdisVcHandle_, _NdisPartyHandle_)
#define NdisMCmAddPartyComplete(_Status_, _NdisPartyHandle_, _CallMgrPartyContext_, \
                                _CallParameters_)                                   \
    NdisCmAddPartyComplete(_Status_, _NdisPartyHandle_, _CallMgrPartyContext_,      \
                           _CallParameters_)
#define NdisMCmDropPartyComplete(_Status_, _NdisPartyHandle_) \
    NdisCmDropPartyComplete(_Status_, _NdisPartyHandle_)
#define NdisMCmDispatchIncomingCall(_NdisSapHandle_, _NdisVcHandle_, _CallParameters_) \
    NdisCmDispatchIncomingCall(_NdisSapHandle_, _NdisVcHandle_, _CallParameters_)
#define NdisMCmDispatchCallConnected(_NdisVcHandle_) \
    NdisCmDispatchCallConnected(_NdisVcHandle_)
#define NdisMCmModifyCallQoSComplete(_Status_, _NdisVcHandle_, _CallParameters_) \
    NdisCmModifyCallQoSComplete(_Status_, _NdisVcHandle_, _CallParameters_)
#define NdisMCmDispatchIncomingCallQoSChange(_NdisVcHandle_, _CallParameters_) \
    NdisCmDispatchIncomingCallQoSChange(_NdisVcHandle_, _CallParameters_)
#define NdisMCmDispatchIncomingCloseCall(_CloseStatus_, _NdisVcHandle_, _Buffer_, _Size_) \
    NdisCmDispatchIncomingCloseCall(_CloseStatus_, _NdisVcHandle_, _Buffer_, _Size_)
#define NdisMCmDispatchIncomingDropParty(_DropStatus_, _NdisPartyHandle_, _Buffer_, \
                                         _Size_)                                    \
    NdisCmDispatchIncomingDropParty(_DropStatus_, _NdisPartyHandle_, _Buffer_, _Size_)
#define NdisMCmOidRequestComplete(_NdisAfHandle_, _NdisVcHandle_, _NdisPartyHandle_, \
                                  _OidRequest_, _Status_)                            \
    NdisCoOidRequestComplete(_NdisAfHandle_, _NdisVcHandle_, _NdisPartyHandle_,      \
                             _OidRequest_, _Status_)

/* ------------------------------------------------------------------------
 * CoNDIS miniport DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismcoactivatevccomplete
 *
 * All <= DISPATCH_LEVEL. NdisMCompleteDmaTransfer is listed with these
 * because the SDV Irql_MCO_Function rule covers it.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoActivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle,
                                                 PCO_CALL_PARAMETERS CallParameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoDeactivateVcComplete(NDIS_STATUS Status,
                                                   NDIS_HANDLE NdisVcHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoIndicateReceiveNetBufferLists(NDIS_HANDLE NdisVcHandle,
                                                            PNET_BUFFER_LIST NetBufferLists,
                                                            ULONG NumberOfNetBufferLists,
                                                            ULONG CoReceiveFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle,
                                               NDIS_HANDLE NdisVcHandle,
                                               PNDIS_STATUS_INDICATION StatusIndication);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                 NDIS_HANDLE NdisMiniportVcHandle,
                                                 PNDIS_OID_REQUEST Request,
                                                 NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoSendNetBufferListsComplete(NDIS_HANDLE NdisVcHandle,
                                                         PNET_BUFFER_LIST NetBufferLists,
                                                         ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCompleteDmaTransfer(PNDIS_STATUS Status,
                                                NDIS_HANDLE MiniportDmaHandle,
                                                PNDIS_BUFFER Buffer, ULONG Offset,
                                                ULONG Length, BOOLEAN WriteToDevice);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_CONDIS_H */

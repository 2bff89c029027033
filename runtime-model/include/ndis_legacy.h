/*
 * ndis_legacy.h - legacy NDIS 5.x protocol and NDIS 5 CoNDIS interface of
 * the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation (the NDIS 5.1
 * reference pages under https://learn.microsoft.com/previous-versions/windows/hardware/network/);
 * the text is our own. Included by <ndis.h> when NDIS40, NDIS50 or NDIS51 is
 * defined (NDIS_LEGACY_PROTOCOL is 1).
 *
 * The NDIS 5 DDIs here are deprecated for NDIS 6.0 and later drivers; each
 * group names its NDIS 6 replacement.
 *
 * The packet, buffer and request objects shared with NDIS 5 miniports are in
 * ndis_packet.h, the NDIS 5 miniport interface in ndis_legacy_miniport.h.
 * Limits: NdisSend, NdisSendPackets, NdisTransferData and NdisReset are
 * functions here (macros over the open block in the WDK).
 */
#ifndef DDICHECK_NDIS_LEGACY_H
#define DDICHECK_NDIS_LEGACY_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_legacy.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * NDIS 5 protocol role typedefs
 * NDIS 5.1 reference: https://learn.microsoft.com/previous-versions/windows/hardware/network/
 *
 * Entry IRQL: BindAdapter, UnbindAdapter, PnPEvent, Unload: PASSIVE_LEVEL.
 * OpenAdapterComplete, CloseAdapterComplete, ResetComplete, RequestComplete,
 * Status, StatusComplete, SendComplete, TransferDataComplete: <= DISPATCH_LEVEL.
 * Receive, ReceiveComplete, ReceivePacket: DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE) VOID NDIS_API
PROTOCOL_OPEN_ADAPTER_COMPLETE(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status,
                               NDIS_STATUS OpenErrorStatus);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE(*OPEN_ADAPTER_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE) VOID NDIS_API
PROTOCOL_CLOSE_ADAPTER_COMPLETE(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE(*CLOSE_ADAPTER_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_RESET_COMPLETE) VOID NDIS_API
PROTOCOL_RESET_COMPLETE(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status);
typedef PROTOCOL_RESET_COMPLETE(*RESET_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_REQUEST_COMPLETE) VOID NDIS_API
PROTOCOL_REQUEST_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_REQUEST NdisRequest,
                          NDIS_STATUS Status);
typedef PROTOCOL_REQUEST_COMPLETE(*REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_STATUS) VOID NDIS_API
PROTOCOL_STATUS(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS GeneralStatus,
                PVOID StatusBuffer, UINT StatusBufferSize);
typedef PROTOCOL_STATUS(*STATUS_HANDLER);

typedef _Function_class_(PROTOCOL_STATUS_COMPLETE) VOID NDIS_API
PROTOCOL_STATUS_COMPLETE(NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_STATUS_COMPLETE(*STATUS_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_SEND_COMPLETE) VOID NDIS_API
PROTOCOL_SEND_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                       NDIS_STATUS Status);
typedef PROTOCOL_SEND_COMPLETE(*SEND_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_WAN_SEND_COMPLETE) VOID NDIS_API
PROTOCOL_WAN_SEND_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_WAN_PACKET Packet,
                           NDIS_STATUS Status);
typedef PROTOCOL_WAN_SEND_COMPLETE(*WAN_SEND_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_TRANSFER_DATA_COMPLETE) VOID NDIS_API
PROTOCOL_TRANSFER_DATA_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                                NDIS_STATUS Status, UINT BytesTransferred);
typedef PROTOCOL_TRANSFER_DATA_COMPLETE(*TRANSFER_DATA_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_WAN_TRANSFER_DATA_COMPLETE) VOID NDIS_API
PROTOCOL_WAN_TRANSFER_DATA_COMPLETE(VOID);
typedef PROTOCOL_WAN_TRANSFER_DATA_COMPLETE(*WAN_TRANSFER_DATA_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_RECEIVE) NDIS_STATUS NDIS_API
PROTOCOL_RECEIVE(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE MacReceiveContext,
                 PVOID HeaderBuffer, UINT HeaderBufferSize, PVOID LookAheadBuffer,
                 UINT LookaheadBufferSize, UINT PacketSize);
typedef PROTOCOL_RECEIVE(*RECEIVE_HANDLER);

typedef _Function_class_(PROTOCOL_WAN_RECEIVE) NDIS_STATUS NDIS_API
PROTOCOL_WAN_RECEIVE(NDIS_HANDLE NdisLinkHandle, PUCHAR Packet, ULONG PacketSize);
typedef PROTOCOL_WAN_RECEIVE(*WAN_RECEIVE_HANDLER);

typedef _Function_class_(PROTOCOL_RECEIVE_COMPLETE) VOID NDIS_API
PROTOCOL_RECEIVE_COMPLETE(NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_RECEIVE_COMPLETE(*RECEIVE_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_RECEIVE_PACKET) INT NDIS_API
PROTOCOL_RECEIVE_PACKET(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet);
typedef PROTOCOL_RECEIVE_PACKET(*RECEIVE_PACKET_HANDLER);

typedef _Function_class_(PROTOCOL_BIND_ADAPTER) VOID NDIS_API
PROTOCOL_BIND_ADAPTER(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
                      PVOID SystemSpecific1, PVOID SystemSpecific2);
typedef PROTOCOL_BIND_ADAPTER(*BIND_HANDLER);

typedef _Function_class_(PROTOCOL_UNBIND_ADAPTER) VOID NDIS_API
PROTOCOL_UNBIND_ADAPTER(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
                        NDIS_HANDLE UnbindContext);
typedef PROTOCOL_UNBIND_ADAPTER(*UNBIND_HANDLER);

typedef _Function_class_(PROTOCOL_PNP_EVENT) NDIS_STATUS NDIS_API
PROTOCOL_PNP_EVENT(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT NetPnPEvent);
typedef PROTOCOL_PNP_EVENT(*PNP_EVENT_HANDLER);

typedef _Function_class_(PROTOCOL_UNLOAD) VOID NDIS_API PROTOCOL_UNLOAD(VOID);
typedef PROTOCOL_UNLOAD(*UNLOAD_PROTOCOL_HANDLER);

/* NDIS 5 CoNDIS protocol roles: <= DISPATCH_LEVEL. */
typedef _Function_class_(PROTOCOL_CO_SEND_COMPLETE) VOID NDIS_API
PROTOCOL_CO_SEND_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext,
                          PNDIS_PACKET Packet);
typedef PROTOCOL_CO_SEND_COMPLETE(*CO_SEND_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CO_STATUS) VOID NDIS_API
PROTOCOL_CO_STATUS(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                   NDIS_STATUS GeneralStatus, PVOID StatusBuffer, UINT StatusBufferSize);
typedef PROTOCOL_CO_STATUS(*CO_STATUS_HANDLER);

typedef _Function_class_(PROTOCOL_CO_RECEIVE_PACKET) UINT NDIS_API
PROTOCOL_CO_RECEIVE_PACKET(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                           PNDIS_PACKET Packet);
typedef PROTOCOL_CO_RECEIVE_PACKET(*CO_RECEIVE_PACKET_HANDLER);

typedef _Function_class_(PROTOCOL_CO_REQUEST) NDIS_STATUS NDIS_API
PROTOCOL_CO_REQUEST(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext,
                    NDIS_HANDLE ProtocolPartyContext, PNDIS_REQUEST NdisRequest);
typedef PROTOCOL_CO_REQUEST(*CO_REQUEST_HANDLER);

typedef _Function_class_(PROTOCOL_CO_REQUEST_COMPLETE) VOID NDIS_API
PROTOCOL_CO_REQUEST_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext,
                             NDIS_HANDLE ProtocolVcContext, NDIS_HANDLE ProtocolPartyContext,
                             PNDIS_REQUEST NdisRequest);
typedef PROTOCOL_CO_REQUEST_COMPLETE(*CO_REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_CL_OPEN_AF_COMPLETE) VOID NDIS_API
PROTOCOL_CL_OPEN_AF_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext,
                             NDIS_HANDLE NdisAfHandle);
typedef PROTOCOL_CL_OPEN_AF_COMPLETE(*CL_OPEN_AF_COMPLETE_HANDLER);

typedef struct _NDIS_PROTOCOL_CHARACTERISTICS {
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    USHORT Filler;
    union {
        UINT Reserved;
        UINT Flags;
    };
    OPEN_ADAPTER_COMPLETE_HANDLER OpenAdapterCompleteHandler;
    CLOSE_ADAPTER_COMPLETE_HANDLER CloseAdapterCompleteHandler;
    union {
        SEND_COMPLETE_HANDLER SendCompleteHandler;
        WAN_SEND_COMPLETE_HANDLER WanSendCompleteHandler;
    };
    union {
        TRANSFER_DATA_COMPLETE_HANDLER TransferDataCompleteHandler;
        WAN_TRANSFER_DATA_COMPLETE_HANDLER WanTransferDataCompleteHandler;
    };
    RESET_COMPLETE_HANDLER ResetCompleteHandler;
    REQUEST_COMPLETE_HANDLER RequestCompleteHandler;
    union {
        RECEIVE_HANDLER ReceiveHandler;
        WAN_RECEIVE_HANDLER WanReceiveHandler;
    };
    RECEIVE_COMPLETE_HANDLER ReceiveCompleteHandler;
    STATUS_HANDLER StatusHandler;
    STATUS_COMPLETE_HANDLER StatusCompleteHandler;
    NDIS_STRING Name;
    RECEIVE_PACKET_HANDLER ReceivePacketHandler;
    BIND_HANDLER BindAdapterHandler;
    UNBIND_HANDLER UnbindAdapterHandler;
    PNP_EVENT_HANDLER PnPEventHandler;
    UNLOAD_PROTOCOL_HANDLER UnloadHandler;
    PVOID ReservedHandlers[4];
    CO_SEND_COMPLETE_HANDLER CoSendCompleteHandler;
    CO_STATUS_HANDLER CoStatusHandler;
    CO_RECEIVE_PACKET_HANDLER CoReceivePacketHandler;
    CO_AF_REGISTER_NOTIFY_HANDLER CoAfRegisterNotifyHandler;
} NDIS_PROTOCOL_CHARACTERISTICS, *PNDIS_PROTOCOL_CHARACTERISTICS;

typedef NDIS_PROTOCOL_CHARACTERISTICS NDIS50_PROTOCOL_CHARACTERISTICS;
typedef NDIS_PROTOCOL_CHARACTERISTICS NDIS40_PROTOCOL_CHARACTERISTICS;

/* ------------------------------------------------------------------------
 * NDIS 5 CoNDIS characteristics, passed to NdisCmRegisterAddressFamily,
 * NdisMCmRegisterAddressFamily and NdisClOpenAddressFamily. Handler fields
 * are named like those of the NDIS 6 optional handler structures.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_CALL_MANAGER_CHARACTERISTICS {
    UCHAR MajorVersion;
    UCHAR MinorVersion;
    USHORT Filler;
    UINT Reserved;
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
    CO_REQUEST_HANDLER CmRequestHandler;
    CO_REQUEST_COMPLETE_HANDLER CmRequestCompleteHandler;
} NDIS_CALL_MANAGER_CHARACTERISTICS, *PNDIS_CALL_MANAGER_CHARACTERISTICS;

typedef struct _NDIS_CLIENT_CHARACTERISTICS {
    UCHAR MajorVersion;
    UCHAR MinorVersion;
    USHORT Filler;
    UINT Reserved;
    CO_CREATE_VC_HANDLER ClCreateVcHandler;
    CO_DELETE_VC_HANDLER ClDeleteVcHandler;
    CO_REQUEST_HANDLER ClRequestHandler;
    CO_REQUEST_COMPLETE_HANDLER ClRequestCompleteHandler;
    CL_OPEN_AF_COMPLETE_HANDLER ClOpenAfCompleteHandler;
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
} NDIS_CLIENT_CHARACTERISTICS, *PNDIS_CLIENT_CHARACTERISTICS;

/* ------------------------------------------------------------------------
 * NDIS 5 protocol DDIs
 * NDIS 5.1 reference: https://learn.microsoft.com/previous-versions/windows/hardware/network/
 *
 * PASSIVE_LEVEL: NdisRegisterProtocol (-> NdisRegisterProtocolDriver),
 * NdisDeregisterProtocol (-> NdisDeregisterProtocolDriver), NdisOpenAdapter
 * (-> NdisOpenAdapterEx), NdisCloseAdapter (-> NdisCloseAdapterEx).
 * <= DISPATCH_LEVEL: NdisCompleteBindAdapter (-> NdisCompleteBindAdapterEx),
 * NdisCompleteUnbindAdapter (-> NdisCompleteUnbindAdapterEx), NdisRequest
 * (-> NdisOidRequest).
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisRegisterProtocol(
    PNDIS_STATUS Status, PNDIS_HANDLE NdisProtocolHandle,
    PNDIS_PROTOCOL_CHARACTERISTICS ProtocolCharacteristics, UINT CharacteristicsLength);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisDeregisterProtocol(PNDIS_STATUS Status,
                                              NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisOpenAdapter(PNDIS_STATUS Status, PNDIS_STATUS OpenErrorStatus,
                                       PNDIS_HANDLE NdisBindingHandle,
                                       PUINT SelectedMediumIndex, PNDIS_MEDIUM MediumArray,
                                       UINT MediumArraySize, NDIS_HANDLE NdisProtocolHandle,
                                       NDIS_HANDLE ProtocolBindingContext,
                                       PNDIS_STRING AdapterName, UINT OpenOptions,
                                       PSTRING AddressingInformation);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisCloseAdapter(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCompleteBindAdapter(NDIS_HANDLE BindAdapterContext,
                                               NDIS_STATUS Status, NDIS_STATUS OpenStatus);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCompleteUnbindAdapter(NDIS_HANDLE UnbindAdapterContext,
                                                 NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisRequest(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle,
                                   PNDIS_REQUEST NdisRequest);

/* Data path and miscellany of NDIS 5 protocols: <= DISPATCH_LEVEL, except
 * NdisOpenProtocolConfiguration (PASSIVE_LEVEL).
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff554546(v=vs.85) */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSend(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle,
                                PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSendPackets(NDIS_HANDLE NdisBindingHandle, PPNDIS_PACKET PacketArray,
                                       UINT NumberOfPackets);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisTransferData(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle,
                                        NDIS_HANDLE MacReceiveContext, UINT ByteOffset,
                                        UINT BytesToTransfer, PNDIS_PACKET Packet,
                                        PUINT BytesTransferred);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisReset(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisReturnPackets(PNDIS_PACKET *PacketsToReturn, UINT NumberOfPackets);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNDIS_PACKET NDIS_API NdisGetReceivedPacket(NDIS_HANDLE NdisBindingHandle,
                                                     NDIS_HANDLE MacContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCancelSendPackets(NDIS_HANDLE NdisBindingHandle, PVOID CancelId);
_IRQL_requires_max_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisOpenProtocolConfiguration(PNDIS_STATUS Status,
                                                     PNDIS_HANDLE ConfigurationHandle,
                                                     PNDIS_STRING ProtocolSection);

/* ------------------------------------------------------------------------
 * NDIS 5 CoNDIS DDIs
 * NDIS 5.1 reference: https://learn.microsoft.com/previous-versions/windows/hardware/network/
 *
 * PASSIVE_LEVEL: NdisClOpenAddressFamily (-> NdisClOpenAddressFamilyEx),
 * NdisCmRegisterAddressFamily (-> NdisCmRegisterAddressFamilyEx),
 * NdisMCmRegisterAddressFamily (-> NdisMCmRegisterAddressFamilyEx).
 * <= DISPATCH_LEVEL: NdisCoRequest (-> NdisCoOidRequest),
 * NdisCoRequestComplete and its MCM macro NdisMCmRequestComplete
 * (-> NdisCoOidRequestComplete / NdisMCmOidRequestComplete).
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisClOpenAddressFamily(
    NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily,
    NDIS_HANDLE ProtocolAfContext, PNDIS_CLIENT_CHARACTERISTICS ClCharacteristics,
    UINT SizeOfClCharacteristics, PNDIS_HANDLE NdisAfHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCmRegisterAddressFamily(
    NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily,
    PNDIS_CALL_MANAGER_CHARACTERISTICS CmCharacteristics, UINT SizeOfCmCharacteristics);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMCmRegisterAddressFamily(
    NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY AddressFamily,
    PNDIS_CALL_MANAGER_CHARACTERISTICS CmCharacteristics, UINT SizeOfCmCharacteristics);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCoRequest(NDIS_HANDLE NdisBindingHandle,
                                            NDIS_HANDLE NdisAfHandle, NDIS_HANDLE NdisVcHandle,
                                            NDIS_HANDLE NdisPartyHandle,
                                            PNDIS_REQUEST NdisRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCoRequestComplete(NDIS_STATUS Status, NDIS_HANDLE NdisAfHandle,
                                             NDIS_HANDLE NdisVcHandle,
                                             NDIS_HANDLE NdisPartyHandle,
                                             PNDIS_REQUEST NdisRequest);

#define NdisMCmRequestComplete(_Status_, _NdisAfHandle_, _NdisVcHandle_,      \
                               _NdisPartyHandle_, _NdisRequest_)              \
    NdisCoRequestComplete(_Status_, _NdisAfHandle_, _NdisVcHandle_,           \
                          _NdisPartyHandle_, _NdisRequest_)

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_LEGACY_H */

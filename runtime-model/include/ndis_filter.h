/*
 * ndis_filter.h - NDIS 6 filter drivers (lightweight filters) of the ddicheck
 * header set: filter role typedefs, attach/pause/restart parameters, the
 * filter driver characteristics and the NdisF* DDIs.
 *
 * Written for ddicheck from the filter driver reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-filter_attach
 * and https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisfregisterfilterdriver);
 * names, members, parameter lists, constant values and IRQL requirements
 * follow it, the text is our own. Included by <ndis.h>.
 *
 * Entry IRQL of the roles: Attach, Detach, Restart, Pause, SetOptions,
 * DevicePnPEventNotify, NetPnPEvent: PASSIVE_LEVEL. The data path, OID
 * request and status roles, SetModuleOptions: <= DISPATCH_LEVEL.
 */
#ifndef DDICHECK_NDIS_FILTER_H
#define DDICHECK_NDIS_FILTER_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_filter.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Parameters
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_STRING FilterModuleGuidName;
    NET_IFINDEX BaseMiniportIfIndex;
    PNDIS_STRING BaseMiniportInstanceName;
    PNDIS_STRING BaseMiniportName;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    NDIS_HANDLE MiniportMediaSpecificAttributes;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NET_LUID BaseMiniportNetLuid;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
    PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PDEVICE_OBJECT MiniportPhysicalDeviceObject;
    PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;

#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_1 1
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2 2
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3 3
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, Flags)
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, HDSplitCurrentConfig)
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, NicSwitchCapabilities)
#define NDIS_FILTER_ATTACH_FLAGS_IGNORE_MANDATORY 0x00000001

typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

#define NDIS_FILTER_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_RESTART_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_RESTART_PARAMETERS, Flags)

typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

#define NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_PAUSE_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PAUSE_PARAMETERS, PauseReason)

typedef struct _NDIS_FILTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;

#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTRIBUTES, Flags)

/* ------------------------------------------------------------------------
 * Role typedefs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-filter_attach
 * ------------------------------------------------------------------------ */

typedef _Function_class_(FILTER_ATTACH) NDIS_STATUS NDIS_API
FILTER_ATTACH(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
              PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef FILTER_ATTACH(*FILTER_ATTACH_HANDLER);

typedef _Function_class_(FILTER_DETACH) VOID NDIS_API FILTER_DETACH(NDIS_HANDLE FilterModuleContext);
typedef FILTER_DETACH(*FILTER_DETACH_HANDLER);

typedef _Function_class_(FILTER_SET_MODULE_OPTIONS) NDIS_STATUS NDIS_API
FILTER_SET_MODULE_OPTIONS(NDIS_HANDLE FilterModuleContext);
typedef FILTER_SET_MODULE_OPTIONS(*FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER);

typedef _Function_class_(FILTER_RESTART) NDIS_STATUS NDIS_API
FILTER_RESTART(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef FILTER_RESTART(*FILTER_RESTART_HANDLER);

typedef _Function_class_(FILTER_PAUSE) NDIS_STATUS NDIS_API
FILTER_PAUSE(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef FILTER_PAUSE(*FILTER_PAUSE_HANDLER);

typedef _Function_class_(FILTER_OID_REQUEST) NDIS_STATUS NDIS_API
FILTER_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest);
typedef FILTER_OID_REQUEST(*FILTER_OID_REQUEST_HANDLER);

typedef _Function_class_(FILTER_CANCEL_OID_REQUEST) VOID NDIS_API
FILTER_CANCEL_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PVOID RequestId);
typedef FILTER_CANCEL_OID_REQUEST(*FILTER_CANCEL_OID_REQUEST_HANDLER);

typedef _Function_class_(FILTER_SEND_NET_BUFFER_LISTS) VOID NDIS_API
FILTER_SEND_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferList,
                             NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS(*FILTER_SEND_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(FILTER_CANCEL_SEND_NET_BUFFER_LISTS) VOID NDIS_API
FILTER_CANCEL_SEND_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PVOID CancelId);
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS(*FILTER_CANCEL_SEND_HANDLER);

typedef _Function_class_(FILTER_RETURN_NET_BUFFER_LISTS) VOID NDIS_API
FILTER_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
                               ULONG ReturnFlags);
typedef FILTER_RETURN_NET_BUFFER_LISTS(*FILTER_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE) VOID NDIS_API
FILTER_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE FilterModuleContext,
                                      PNET_BUFFER_LIST NetBufferList, ULONG SendCompleteFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE(*FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

typedef _Function_class_(FILTER_RECEIVE_NET_BUFFER_LISTS) VOID NDIS_API
FILTER_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
                                NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
                                ULONG ReceiveFlags);
typedef FILTER_RECEIVE_NET_BUFFER_LISTS(*FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(FILTER_DEVICE_PNP_EVENT_NOTIFY) VOID NDIS_API
FILTER_DEVICE_PNP_EVENT_NOTIFY(NDIS_HANDLE FilterModuleContext,
                               PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY(*FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef _Function_class_(FILTER_NET_PNP_EVENT) NDIS_STATUS NDIS_API
FILTER_NET_PNP_EVENT(NDIS_HANDLE FilterModuleContext,
                     PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef FILTER_NET_PNP_EVENT(*FILTER_NET_PNP_EVENT_HANDLER);

typedef _Function_class_(FILTER_STATUS) VOID NDIS_API
FILTER_STATUS(NDIS_HANDLE FilterModuleContext, PNDIS_STATUS_INDICATION StatusIndication);
typedef FILTER_STATUS(*FILTER_STATUS_HANDLER);

typedef _Function_class_(FILTER_OID_REQUEST_COMPLETE) VOID NDIS_API
FILTER_OID_REQUEST_COMPLETE(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
                            NDIS_STATUS Status);
typedef FILTER_OID_REQUEST_COMPLETE(*FILTER_OID_REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(FILTER_DIRECT_OID_REQUEST) NDIS_STATUS NDIS_API
FILTER_DIRECT_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest);
typedef FILTER_DIRECT_OID_REQUEST(*FILTER_DIRECT_OID_REQUEST_HANDLER);

typedef _Function_class_(FILTER_DIRECT_OID_REQUEST_COMPLETE) VOID NDIS_API
FILTER_DIRECT_OID_REQUEST_COMPLETE(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
                                   NDIS_STATUS Status);
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE(*FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(FILTER_CANCEL_DIRECT_OID_REQUEST) VOID NDIS_API
FILTER_CANCEL_DIRECT_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PVOID RequestId);
typedef FILTER_CANCEL_DIRECT_OID_REQUEST(*FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER);

/* ------------------------------------------------------------------------
 * Characteristics
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_filter_driver_characteristics
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING FriendlyName;
    NDIS_STRING UniqueName;
    NDIS_STRING ServiceName;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
    FILTER_ATTACH_HANDLER AttachHandler;
    FILTER_DETACH_HANDLER DetachHandler;
    FILTER_RESTART_HANDLER RestartHandler;
    FILTER_PAUSE_HANDLER PauseHandler;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    FILTER_OID_REQUEST_HANDLER OidRequestHandler;
    FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    FILTER_STATUS_HANDLER StatusHandler;
    FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
    FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#define NDIS_FILTER_DRIVER_MANDATORY 0x00000001

typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;

#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PARTIAL_CHARACTERISTICS, ReturnNetBufferListsHandler)

/* ------------------------------------------------------------------------
 * DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisfregisterfilterdriver
 * PASSIVE_LEVEL: NdisFRegisterFilterDriver, NdisFDeregisterFilterDriver,
 * NdisFSetAttributes, NdisFRestartComplete, NdisFDevicePnPEventNotify,
 * NdisFNetPnPEvent, NdisEnumerateFilterModules. The others: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisFRegisterFilterDriver(
    PDRIVER_OBJECT DriverObject, NDIS_HANDLE FilterDriverContext,
    PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
    PNDIS_HANDLE NdisFilterDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisFDeregisterFilterDriver(NDIS_HANDLE NdisFilterDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisFSetAttributes(NDIS_HANDLE NdisFilterHandle,
                                                 NDIS_HANDLE FilterModuleContext,
                                                 PNDIS_FILTER_ATTRIBUTES FilterAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisFRestartFilter(NDIS_HANDLE NdisFilterHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisFRestartComplete(NDIS_HANDLE NdisFilterHandle, NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFPauseComplete(NDIS_HANDLE NdisFilterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFSendNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                               PNET_BUFFER_LIST NetBufferList,
                                               NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFReturnNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                                 PNET_BUFFER_LIST NetBufferLists,
                                                 ULONG ReturnFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFSendNetBufferListsComplete(NDIS_HANDLE NdisFilterHandle,
                                                       PNET_BUFFER_LIST NetBufferList,
                                                       ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFIndicateReceiveNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                                          PNET_BUFFER_LIST NetBufferLists,
                                                          NDIS_PORT_NUMBER PortNumber,
                                                          ULONG NumberOfNetBufferLists,
                                                          ULONG ReceiveFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFCancelSendNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                                     PVOID CancelId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisFOidRequest(NDIS_HANDLE NdisFilterHandle,
                                              PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFOidRequestComplete(NDIS_HANDLE NdisFilterHandle,
                                               PNDIS_OID_REQUEST OidRequest,
                                               NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFCancelOidRequest(NDIS_HANDLE NdisFilterHandle, PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisFDirectOidRequest(NDIS_HANDLE NdisFilterHandle,
                                                    PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFDirectOidRequestComplete(NDIS_HANDLE NdisFilterHandle,
                                                     PNDIS_OID_REQUEST OidRequest,
                                                     NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFCancelDirectOidRequest(NDIS_HANDLE NdisFilterHandle,
                                                   PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFIndicateStatus(NDIS_HANDLE NdisFilterHandle,
                                           PNDIS_STATUS_INDICATION StatusIndication);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisFDevicePnPEventNotify(NDIS_HANDLE NdisFilterHandle,
                                                 PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisFNetPnPEvent(NDIS_HANDLE NdisFilterHandle,
                                               PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisEnumerateFilterModules(NDIS_HANDLE NdisHandle,
                                                         PVOID InterfaceBuffer,
                                                         ULONG InterfaceBufferLength,
                                                         PULONG BytesNeeded,
                                                         PULONG BytesWritten);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_FILTER_H */

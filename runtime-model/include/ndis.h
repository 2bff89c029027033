/*
 * ndis.h - NDIS 6 and CoNDIS subset for the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation on
 * learn.microsoft.com (one page per DDI under
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/): DDI names,
 * parameter lists, role typedef names, handler structure field names, IRQL
 * requirements and NDIS_STATUS values follow the documentation; the text is
 * our own. Samples, tests, the runtime model and the checker all compile
 * against this one header set.
 *
 * Version selection follows the WDK's macros (see "Version selection"
 * below). NDIS 6 declarations are always visible. The NDIS 5 packet and
 * buffer interface (ndis_packet.h) is visible when NDIS_LEGACY_DRIVER is 1,
 * the NDIS 5 protocol and CoNDIS interface (ndis_legacy.h) when
 * NDIS_LEGACY_PROTOCOL is 1 (NDIS40, NDIS50, NDIS51), and the NDIS 5
 * miniport interface (ndis_legacy_miniport.h) when NDIS_LEGACY_MINIPORT is 1
 * (NDIS40_MINIPORT, NDIS50_MINIPORT, NDIS51_MINIPORT).
 *
 * Limits:
 * - A subset: registration, bindings, OID requests, status indications,
 *   send/receive completion, spin locks, timers, work items, memory, and all
 *   CoNDIS DDIs (ndis_condis.h). Filter drivers, DMA, NET_BUFFER pool
 *   management, configuration and file DDIs are not declared.
 * - Structures drivers only pass through are reduced to their documented
 *   leading fields; sizes and layouts do not match the WDK.
 * - Handler structure fields do not depend on the NDIS minor version.
 */
#ifndef DDICHECK_NDIS_H
#define DDICHECK_NDIS_H

#include "ntddk.h"
#include "ntddndis.h"
#include "xfilter.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Version selection
 *
 * The driver's build defines the version it is written for, as with the
 * WDK: a miniport defines NDIS_MINIPORT_DRIVER and one of NDIS40_MINIPORT,
 * NDIS50_MINIPORT, NDIS51_MINIPORT, NDIS60_MINIPORT, NDIS61_MINIPORT,
 * NDIS620_MINIPORT, NDIS630_MINIPORT (up to NDIS688_MINIPORT); a protocol or
 * filter defines one of NDIS40, NDIS50, NDIS51, NDIS60, NDIS61, NDIS620,
 * NDIS630 (up to NDIS688). The highest one given wins. From them follow
 * NDIS_MINIPORT_MAJOR/MINOR_VERSION, NDIS_PROTOCOL_MAJOR/MINOR_VERSION,
 * NDIS_FILTER_MAJOR/MINOR_VERSION, NDIS_LEGACY_MINIPORT,
 * NDIS_LEGACY_PROTOCOL, NDIS_LEGACY_DRIVER and NDIS_SUPPORT_NDIS6x.
 *
 * Differences from the WDK, kept on purpose:
 * - with no version macro at all the header behaves as NDIS 6.0 (the WDK
 *   falls back to an NDIS 4.0 protocol), so that test programs need none;
 *   DDK_NDIS_VERSION_DEFAULTED is then 1 and the few prototypes that
 *   changed shape in a later 6.x (the message-interrupt DPC, 6.20) take
 *   their latest shape;
 * - the NDIS 6 declarations stay visible to NDIS 5 drivers (the WDK hides
 *   them); the NDIS 5 interface is visible only when selected.
 * ------------------------------------------------------------------------ */

#ifndef NDIS_WDM
#define NDIS_WDM 0
#endif
#ifndef BINARY_COMPATIBLE
#define BINARY_COMPATIBLE 0
#endif

#if defined(NDIS688) || defined(NDIS688_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 88
#elif defined(NDIS687) || defined(NDIS687_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 87
#elif defined(NDIS686) || defined(NDIS686_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 86
#elif defined(NDIS685) || defined(NDIS685_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 85
#elif defined(NDIS684) || defined(NDIS684_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 84
#elif defined(NDIS683) || defined(NDIS683_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 83
#elif defined(NDIS682) || defined(NDIS682_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 82
#elif defined(NDIS681) || defined(NDIS681_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 81
#elif defined(NDIS680) || defined(NDIS680_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 80
#elif defined(NDIS670) || defined(NDIS670_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 70
#elif defined(NDIS660) || defined(NDIS660_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 60
#elif defined(NDIS650) || defined(NDIS650_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 50
#elif defined(NDIS640) || defined(NDIS640_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 40
#elif defined(NDIS630) || defined(NDIS630_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 30
#elif defined(NDIS620) || defined(NDIS620_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 20
#elif defined(NDIS61) || defined(NDIS61_MINIPORT)
#define NDIS_MODEL_MINOR_VERSION 1
#else
#define NDIS_MODEL_MINOR_VERSION 0
#endif

/* Miniport interface version. */
#if defined(NDIS_MINIPORT_DRIVER)
#if defined(NDIS688_MINIPORT) || defined(NDIS687_MINIPORT) || defined(NDIS686_MINIPORT) ||      \
    defined(NDIS685_MINIPORT) || defined(NDIS684_MINIPORT) || defined(NDIS683_MINIPORT) ||      \
    defined(NDIS682_MINIPORT) || defined(NDIS681_MINIPORT) || defined(NDIS680_MINIPORT) ||      \
    defined(NDIS670_MINIPORT) || defined(NDIS660_MINIPORT) || defined(NDIS650_MINIPORT) ||      \
    defined(NDIS640_MINIPORT) || defined(NDIS630_MINIPORT) || defined(NDIS620_MINIPORT) ||      \
    defined(NDIS61_MINIPORT) || defined(NDIS60_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION NDIS_MODEL_MINOR_VERSION
#elif defined(NDIS51_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 5
#define NDIS_MINIPORT_MINOR_VERSION 1
#elif defined(NDIS50_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 5
#define NDIS_MINIPORT_MINOR_VERSION 0
#elif defined(NDIS40_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 4
#define NDIS_MINIPORT_MINOR_VERSION 0
#elif defined(NDIS60_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 0
#else
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION NDIS_MODEL_MINOR_VERSION
#define DDK_NDIS_VERSION_DEFAULTED 1
#endif
#endif

/* Protocol and filter interface version. */
#if defined(NDIS688) || defined(NDIS687) || defined(NDIS686) || defined(NDIS685) ||            \
    defined(NDIS684) || defined(NDIS683) || defined(NDIS682) || defined(NDIS681) ||            \
    defined(NDIS680) || defined(NDIS670) || defined(NDIS660) || defined(NDIS650) ||            \
    defined(NDIS640) || defined(NDIS630) || defined(NDIS620) || defined(NDIS61) || defined(NDIS60)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION NDIS_MODEL_MINOR_VERSION
#define NDIS_FILTER_MAJOR_VERSION 6
#define NDIS_FILTER_MINOR_VERSION NDIS_MODEL_MINOR_VERSION
#elif defined(NDIS51)
#define NDIS_PROTOCOL_MAJOR_VERSION 5
#define NDIS_PROTOCOL_MINOR_VERSION 1
#elif defined(NDIS50)
#define NDIS_PROTOCOL_MAJOR_VERSION 5
#define NDIS_PROTOCOL_MINOR_VERSION 0
#elif defined(NDIS40)
#define NDIS_PROTOCOL_MAJOR_VERSION 4
#define NDIS_PROTOCOL_MINOR_VERSION 0
#elif !defined(NDIS_MINIPORT_DRIVER)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION NDIS_MODEL_MINOR_VERSION
#define NDIS_FILTER_MAJOR_VERSION 6
#define NDIS_FILTER_MINOR_VERSION NDIS_MODEL_MINOR_VERSION
#define DDK_NDIS_VERSION_DEFAULTED 1
#endif
#ifndef DDK_NDIS_VERSION_DEFAULTED
#define DDK_NDIS_VERSION_DEFAULTED 0
#endif

#if defined(NDIS_MINIPORT_MAJOR_VERSION) && (NDIS_MINIPORT_MAJOR_VERSION < 6)
#define NDIS_LEGACY_MINIPORT 1
#else
#define NDIS_LEGACY_MINIPORT 0
#endif

#if defined(NDIS_PROTOCOL_MAJOR_VERSION) && (NDIS_PROTOCOL_MAJOR_VERSION < 6)
#define NDIS_LEGACY_PROTOCOL 1
#else
#define NDIS_LEGACY_PROTOCOL 0
#endif

#define NDIS_LEGACY_DRIVER (NDIS_LEGACY_MINIPORT || NDIS_LEGACY_PROTOCOL)

#if (defined(NDIS_MINIPORT_MAJOR_VERSION) && (NDIS_MINIPORT_MAJOR_VERSION >= 6)) ||            \
    (defined(NDIS_PROTOCOL_MAJOR_VERSION) && (NDIS_PROTOCOL_MAJOR_VERSION >= 6))
#define NDIS_SUPPORT_NDIS6 1
#else
#define NDIS_SUPPORT_NDIS6 0
#endif
#define NDIS_SUPPORT_NDIS61 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 1)
#define NDIS_SUPPORT_NDIS620 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 20)
#define NDIS_SUPPORT_NDIS630 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 30)
#define NDIS_SUPPORT_NDIS640 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 40)
#define NDIS_SUPPORT_NDIS650 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 50)
#define NDIS_SUPPORT_NDIS660 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 60)
#define NDIS_SUPPORT_NDIS680 (NDIS_SUPPORT_NDIS6 && NDIS_MODEL_MINOR_VERSION >= 80)
#define NDIS_SUPPORT_60_COMPATIBLE_API 1

/* ------------------------------------------------------------------------
 * DDI declaration hook
 *
 * Every NDIS DDI in this header set is declared through NDIS_DDI. This is
 * the single place where a runtime-model build that defines
 * NDIS_MODEL_CAPTURE_CALLSITE attaches call-site (__FILE__/__LINE__)
 * capture: the declarations stay plain external functions in both
 * configurations, and with the macro defined the end of this header
 * includes ndis_model_callsite.h, which wraps each DDI call in a macro that
 * records the site and the name spelled there (see runtime-model/README.md).
 * ------------------------------------------------------------------------ */

#if defined(NDIS_MODEL_CAPTURE_CALLSITE)
#define NDIS_DDI extern
#else
#define NDIS_DDI extern
#endif

/* ------------------------------------------------------------------------
 * Basic NDIS types
 * ------------------------------------------------------------------------ */

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef STRING NDIS_ANSI_STRING, *PNDIS_ANSI_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef struct _SCATTER_GATHER_LIST *PNDIS_SG_LIST;
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
typedef struct _NDIS_MINIPORT_BLOCK NDIS_MINIPORT_BLOCK, *PNDIS_MINIPORT_BLOCK;
typedef struct _NDIS_PROTOCOL_BLOCK NDIS_PROTOCOL_BLOCK, *PNDIS_PROTOCOL_BLOCK;
typedef struct _NDIS_OPEN_BLOCK NDIS_OPEN_BLOCK, *PNDIS_OPEN_BLOCK;
typedef struct _NDIS_M_DRIVER_BLOCK NDIS_M_DRIVER_BLOCK, *PNDIS_M_DRIVER_BLOCK;

#define NDIS_STRING_CONST(x) \
    {sizeof(DDK_WIDE(x)) - sizeof(WCHAR), sizeof(DDK_WIDE(x)), DDK_WIDE(x)}

/* NDIS_NT: this header set describes Windows NT-family NDIS. */
#define NDIS_NT 1

/* Payloads of the WAN miniport status indications NDIS_STATUS_WAN_LINE_UP,
 * _LINE_DOWN, _FRAGMENT and _GET_STATS. */
typedef struct _NDIS_WAN_LINE_UP {
    ULONG LinkSpeed; /* 100 bps units */
    ULONG MaximumTotalSize;
    NDIS_WAN_QUALITY Quality;
    USHORT SendWindow;
    UCHAR RemoteAddress[6];
    UCHAR LocalAddress[6];
    ULONG ProtocolBufferLength;
    PUCHAR ProtocolBuffer;
    USHORT ProtocolType;
    NDIS_STRING DeviceName;
} NDIS_WAN_LINE_UP, *PNDIS_WAN_LINE_UP;

typedef struct _NDIS_WAN_LINE_DOWN {
    UCHAR RemoteAddress[6];
    UCHAR LocalAddress[6];
} NDIS_WAN_LINE_DOWN, *PNDIS_WAN_LINE_DOWN;

typedef struct _NDIS_WAN_FRAGMENT {
    UCHAR RemoteAddress[6];
    UCHAR LocalAddress[6];
} NDIS_WAN_FRAGMENT, *PNDIS_WAN_FRAGMENT;

typedef struct _NDIS_WAN_GET_STATS {
    UCHAR LocalAddress[6];
    ULONG BytesSent;
    ULONG BytesRcvd;
    ULONG FramesSent;
    ULONG FramesRcvd;
    ULONG CRCErrors;
    ULONG TimeoutErrors;
    ULONG AlignmentErrors;
    ULONG SerialOverrunErrors;
    ULONG FramingErrors;
    ULONG BufferOverrunErrors;
    ULONG BytesTransmittedUncompressed;
    ULONG BytesReceivedUncompressed;
    ULONG BytesTransmittedCompressed;
    ULONG BytesReceivedCompressed;
} NDIS_WAN_GET_STATS, *PNDIS_WAN_GET_STATS;

typedef enum _NDIS_INTERFACE_TYPE {
    NdisInterfaceInternal = 0,
    NdisInterfaceIsa = 1,
    NdisInterfaceEisa = 2,
    NdisInterfaceMca = 3,
    NdisInterfaceTurboChannel = 4,
    NdisInterfacePci = 5,
    NdisInterfacePcMcia = 8,
    NdisInterfaceCBus = 9,
    NdisInterfaceMPIBus = 10,
    NdisInterfaceMPSABus = 11,
    NdisInterfaceProcessorInternal = 12,
    NdisInterfaceInternalPowerBus = 13,
    NdisInterfacePNPISABus = 14,
    NdisInterfacePNPBus = 15,
    NdisInterfaceUSB,
    NdisInterfaceIrda,
    NdisInterface1394,
    NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef enum _NDIS_REQUEST_TYPE {
    NdisRequestQueryInformation,
    NdisRequestSetInformation,
    NdisRequestQueryStatistics,
    NdisRequestOpen,
    NdisRequestClose,
    NdisRequestSend,
    NdisRequestTransferData,
    NdisRequestReset,
    NdisRequestGeneric1,
    NdisRequestGeneric2,
    NdisRequestGeneric3,
    NdisRequestGeneric4,
    NdisRequestMethod
} NDIS_REQUEST_TYPE, *PNDIS_REQUEST_TYPE;

/* ------------------------------------------------------------------------
 * NDIS_STATUS values
 * https://learn.microsoft.com/windows-hardware/drivers/network/ndis-status-values
 * ------------------------------------------------------------------------ */

#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0x00000000L)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)0x00000103L)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)0x40230001L)

#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013L)
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)

#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)0x80000005L)

#define NDIS_STATUS_FAILURE ((NDIS_STATUS)0xC0000001L)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)0xC000000DL)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)0xC0000010L)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)0xC000009AL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)0xC00000BBL)
#define NDIS_STATUS_REQUEST_ABORTED_BY_CANCEL ((NDIS_STATUS)0xC0000120L)
#define NDIS_STATUS_NETWORK_UNREACHABLE ((NDIS_STATUS)0xC000023CL)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0010002L)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0010004L)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0010005L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0010006L)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0010007L)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0010008L)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0010009L)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC001000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC001000BL)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC001000CL)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC001000DL)
#define NDIS_STATUS_CLOSING_INDICATING ((NDIS_STATUS)0xC001000EL)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC001000FL)
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0010011L)
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0010012L)
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0010013L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0010015L)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0010016L)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0010017L)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0010018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0010019L)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC001001AL)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC001001BL)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC001001CL)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC001001DL)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC001001EL)
#define NDIS_STATUS_NO_CABLE ((NDIS_STATUS)0xC001001FL)
#define NDIS_STATUS_INVALID_SAP ((NDIS_STATUS)0xC0010020L)
#define NDIS_STATUS_SAP_IN_USE ((NDIS_STATUS)0xC0010021L)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0010022L)
#define NDIS_STATUS_VC_NOT_ACTIVATED ((NDIS_STATUS)0xC0010023L)
#define NDIS_STATUS_DEST_OUT_OF_ORDER ((NDIS_STATUS)0xC0010024L)
#define NDIS_STATUS_VC_NOT_AVAILABLE ((NDIS_STATUS)0xC0010025L)
#define NDIS_STATUS_CELLRATE_NOT_AVAILABLE ((NDIS_STATUS)0xC0010026L)
#define NDIS_STATUS_INCOMPATABLE_QOS ((NDIS_STATUS)0xC0010027L)
#define NDIS_STATUS_AAL_PARAMS_UNSUPPORTED ((NDIS_STATUS)0xC0010028L)
#define NDIS_STATUS_NO_ROUTE_TO_DESTINATION ((NDIS_STATUS)0xC0010029L)
#define NDIS_STATUS_TOKEN_RING_OPEN_ERROR ((NDIS_STATUS)0xC0011000L)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002AL)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)0xC023002BL)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)0xC023002CL)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)0xC023002DL)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)0xC023002EL)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC023002FL)

/* Status indications and completion codes of NDIS 6 (offload, 802.11,
 * power management). */
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019L)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022L)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023L)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024L)
#define NDIS_STATUS_WAN_CO_MTULINKPARAMS ((NDIS_STATUS)0x40010025L)
#define NDIS_STATUS_IP_OPER_STATUS ((NDIS_STATUS)0x40010026L)
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001L)
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002L)
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003L)
#define NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS ((NDIS_STATUS)0x40020004L)
#define NDIS_STATUS_OFFLOAD_STATE_INVALID ((NDIS_STATUS)0x40020005L)
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020006L)
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020007L)
#define NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE ((NDIS_STATUS)0x40020008L)
#define NDIS_STATUS_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x4002000BL)
#define NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG ((NDIS_STATUS)0x4002000CL)
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000DL)
#define NDIS_STATUS_OFFLOAD_IM_RESERVED1 ((NDIS_STATUS)0x40020100L)
#define NDIS_STATUS_OFFLOAD_IM_RESERVED2 ((NDIS_STATUS)0x40020101L)
#define NDIS_STATUS_OFFLOAD_IM_RESERVED3 ((NDIS_STATUS)0x40020102L)
#define NDIS_STATUS_DOT11_SCAN_CONFIRM ((NDIS_STATUS)0x40030000L)
#define NDIS_STATUS_DOT11_MPDU_MAX_LENGTH_CHANGED ((NDIS_STATUS)0x40030001L)
#define NDIS_STATUS_DOT11_ASSOCIATION_START ((NDIS_STATUS)0x40030002L)
#define NDIS_STATUS_DOT11_ASSOCIATION_COMPLETION ((NDIS_STATUS)0x40030003L)
#define NDIS_STATUS_DOT11_CONNECTION_START ((NDIS_STATUS)0x40030004L)
#define NDIS_STATUS_DOT11_CONNECTION_COMPLETION ((NDIS_STATUS)0x40030005L)
#define NDIS_STATUS_DOT11_ROAMING_START ((NDIS_STATUS)0x40030006L)
#define NDIS_STATUS_DOT11_ROAMING_COMPLETION ((NDIS_STATUS)0x40030007L)
#define NDIS_STATUS_DOT11_DISASSOCIATION ((NDIS_STATUS)0x40030008L)
#define NDIS_STATUS_DOT11_TKIPMIC_FAILURE ((NDIS_STATUS)0x40030009L)
#define NDIS_STATUS_DOT11_PMKID_CANDIDATE_LIST ((NDIS_STATUS)0x4003000AL)
#define NDIS_STATUS_DOT11_PHY_STATE_CHANGED ((NDIS_STATUS)0x4003000BL)
#define NDIS_STATUS_DOT11_LINK_QUALITY ((NDIS_STATUS)0x4003000CL)
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_STARTED ((NDIS_STATUS)0x4003000DL)
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_REQUEST_RECEIVED ((NDIS_STATUS)0x4003000EL)
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_COMPLETION ((NDIS_STATUS)0x4003000FL)
#define NDIS_STATUS_DOT11_STOP_AP ((NDIS_STATUS)0x40030010L)
#define NDIS_STATUS_DOT11_PHY_FREQUENCY_ADOPTED ((NDIS_STATUS)0x40030011L)
#define NDIS_STATUS_DOT11_CAN_SUSTAIN_AP ((NDIS_STATUS)0x40030012L)
#define NDIS_STATUS_PM_WOL_PATTERN_REJECTED ((NDIS_STATUS)0x40030051L)
#define NDIS_STATUS_PM_OFFLOAD_REJECTED ((NDIS_STATUS)0x40030052L)
#define NDIS_STATUS_PM_CAPABILITIES_CHANGE ((NDIS_STATUS)0x40030053L)
#define NDIS_STATUS_SEND_ABORTED ((NDIS_STATUS)0xC023000CL)
#define NDIS_STATUS_MEDIA_DISCONNECTED ((NDIS_STATUS)0xC023001FL)
#define NDIS_STATUS_UPLOAD_IN_PROGRESS ((NDIS_STATUS)0xC0231001L)
#define NDIS_STATUS_REQUEST_UPLOAD ((NDIS_STATUS)0xC0231002L)
#define NDIS_STATUS_UPLOAD_REQUESTED ((NDIS_STATUS)0xC0231003L)
#define NDIS_STATUS_OFFLOAD_TCP_ENTRIES ((NDIS_STATUS)0xC0231004L)
#define NDIS_STATUS_OFFLOAD_PATH_ENTRIES ((NDIS_STATUS)0xC0231005L)
#define NDIS_STATUS_OFFLOAD_NEIGHBOR_ENTRIES ((NDIS_STATUS)0xC0231006L)
#define NDIS_STATUS_OFFLOAD_IP_ADDRESS_ENTRIES ((NDIS_STATUS)0xC0231007L)
#define NDIS_STATUS_OFFLOAD_HW_ADDRESS_ENTRIES ((NDIS_STATUS)0xC0231008L)
#define NDIS_STATUS_OFFLOAD_VLAN_ENTRIES ((NDIS_STATUS)0xC0231009L)
#define NDIS_STATUS_OFFLOAD_TCP_XMIT_BUFFER ((NDIS_STATUS)0xC023100AL)
#define NDIS_STATUS_OFFLOAD_TCP_RCV_BUFFER ((NDIS_STATUS)0xC023100BL)
#define NDIS_STATUS_OFFLOAD_TCP_RCV_WINDOW ((NDIS_STATUS)0xC023100CL)
#define NDIS_STATUS_OFFLOAD_VLAN_MISMATCH ((NDIS_STATUS)0xC023100DL)
#define NDIS_STATUS_OFFLOAD_DATA_NOT_ACCEPTED ((NDIS_STATUS)0xC023100EL)
#define NDIS_STATUS_OFFLOAD_POLICY ((NDIS_STATUS)0xC023100FL)
#define NDIS_STATUS_OFFLOAD_DATA_PARTIALLY_ACCEPTED ((NDIS_STATUS)0xC0231010L)
#define NDIS_STATUS_OFFLOAD_REQUEST_RESET ((NDIS_STATUS)0xC0231011L)
#define NDIS_STATUS_OFFLOAD_CONNECTION_REJECTED ((NDIS_STATUS)0xC0231012L)
#define NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED ((NDIS_STATUS)0xC0232000L)
#define NDIS_STATUS_DOT11_MEDIA_IN_USE ((NDIS_STATUS)0xC0232001L)
#define NDIS_STATUS_DOT11_POWER_STATE_INVALID ((NDIS_STATUS)0xC0232002L)
#define NDIS_STATUS_INVALID_STATE ((NDIS_STATUS)0xC0000184L)
#define NDIS_STATUS_PM_WOL_PATTERN_LIST_FULL ((NDIS_STATUS)0xC0232003L)
#define NDIS_STATUS_PM_PROTOCOL_OFFLOAD_LIST_FULL ((NDIS_STATUS)0xC0232004L)

/* The NDIS 6 data path: NET_BUFFER and NET_BUFFER_LIST (ndis_nbl.h). */
#define DDICHECK_NDIS_H_INNER
#include "ndis_nbl.h"

/* ------------------------------------------------------------------------
 * OID requests and status indications
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/oidrequest/ns-oidrequest-ndis_oid_request
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header;
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _OID_REQUEST_DATA {
        struct _QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
        struct _METHOD {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            ULONG InputBufferLength;
            ULONG OutputBufferLength;
            ULONG MethodId;
            UINT BytesWritten;
            UINT BytesRead;
            UINT BytesNeeded;
        } METHOD_INFORMATION;
    } DATA;
    UCHAR NdisReserved[16 * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)

typedef struct _NDIS_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE SourceHandle;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_STATUS StatusCode;
    ULONG Flags;
    NDIS_HANDLE DestinationHandle;
    PVOID RequestId;
    PVOID StatusBuffer;
    ULONG StatusBufferSize;
    GUID Guid;
    PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;

#define NDIS_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_STATUS_INDICATION, NdisReserved)

/* ------------------------------------------------------------------------
 * PnP events
 * ------------------------------------------------------------------------ */

typedef enum _NET_PNP_EVENT_CODE {
    NetEventSetPower,
    NetEventQueryPower,
    NetEventQueryRemoveDevice,
    NetEventCancelRemoveDevice,
    NetEventReconfigure,
    NetEventBindList,
    NetEventBindsComplete,
    NetEventPnPCapabilities,
    NetEventPause,
    NetEventRestart,
    NetEventPortActivation,
    NetEventPortDeactivation,
    NetEventIMReEnableDevice,
    NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;

typedef struct _NET_PNP_EVENT {
    NET_PNP_EVENT_CODE NetEvent;
    PVOID Buffer;
    ULONG BufferLength;
    ULONG_PTR NdisReserved[4];
    ULONG_PTR TransportReserved[4];
    ULONG_PTR TdiReserved[4];
    ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;

typedef struct _NET_PNP_EVENT_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NET_PNP_EVENT NetPnPEvent;
    ULONG Flags;
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

#define NET_PNP_EVENT_NOTIFICATION_REVISION_1 1
#define NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_PNP_EVENT_NOTIFICATION, NetPnPEvent)

typedef enum _NDIS_DEVICE_PNP_EVENT {
    NdisDevicePnPEventQueryRemoved,
    NdisDevicePnPEventRemoved,
    NdisDevicePnPEventSurpriseRemoved,
    NdisDevicePnPEventQueryStopped,
    NdisDevicePnPEventStopped,
    NdisDevicePnPEventPowerProfileChanged,
    NdisDevicePnPEventFilterListChanged,
    NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;

typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

/* ------------------------------------------------------------------------
 * IRQL macros
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndis_raise_irql_to_dispatch
 *
 * NDIS_RAISE_IRQL_TO_DISPATCH: <= DISPATCH_LEVEL, raises to DISPATCH_LEVEL.
 * NDIS_LOWER_IRQL: at DISPATCH_LEVEL, lowers to the saved IRQL.
 * NDIS_CURRENT_IRQL: any IRQL.
 * ------------------------------------------------------------------------ */

#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql_) KeRaiseIrql(DISPATCH_LEVEL, _pIrql_)
#define NDIS_LOWER_IRQL(_OldIrql_, _CurIrql_)   \
    do {                                        \
        if ((_OldIrql_) != (_CurIrql_))         \
            KeLowerIrql(_OldIrql_);             \
    } while (0)

/* ------------------------------------------------------------------------
 * Memory and strings
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisallocatememorywithtagpriority
 *
 * NdisAllocateMemoryWithTagPriority, NdisFreeMemory,
 * NdisFreeMemoryWithTagPriority, NdisEqualMemory, NdisInitUnicodeString,
 * NdisInitAnsiString: <= DISPATCH_LEVEL (nonpaged memory).
 * NdisZeroMemory, NdisMoveMemory, NdisFillMemory: any IRQL on resident
 * memory (< DISPATCH_LEVEL on pageable memory).
 * NdisInitializeString, NdisFreeString, NdisEqualString,
 * NdisEqualUnicodeString: PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PVOID NDIS_API NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length,
                                                          ULONG Tag, EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle,
                                                     PVOID VirtualAddress, ULONG Tag);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisZeroMemory(PVOID Destination, SIZE_T Length);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMoveMemory(PVOID Destination, CONST VOID *Source, SIZE_T Length);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFillMemory(PVOID Destination, SIZE_T Length, UCHAR Fill);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI BOOLEAN NDIS_API NdisEqualMemory(CONST VOID *Source1, CONST VOID *Source2,
                                          SIZE_T Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitUnicodeString(PNDIS_STRING DestinationString,
                                             PCWSTR SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitAnsiString(PNDIS_ANSI_STRING DestinationString,
                                          PCSTR SourceString);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitializeString(PNDIS_STRING Destination, PUCHAR Source);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeString(NDIS_STRING String);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI BOOLEAN NDIS_API NdisEqualString(PNDIS_STRING String1, PNDIS_STRING String2,
                                          BOOLEAN CaseInsensitive);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI BOOLEAN NDIS_API NdisEqualUnicodeString(PNDIS_STRING String1, PNDIS_STRING String2,
                                                 BOOLEAN CaseInsensitive);

/* ------------------------------------------------------------------------
 * Spin locks
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisacquirespinlock
 *
 * NdisAllocateSpinLock, NdisFreeSpinLock: any IRQL.
 * NdisAcquireSpinLock: <= DISPATCH_LEVEL, raises to DISPATCH_LEVEL and saves
 * the old IRQL in the lock. NdisReleaseSpinLock: DISPATCH_LEVEL, restores the
 * saved IRQL. NdisDprAcquireSpinLock / NdisDprReleaseSpinLock: DISPATCH_LEVEL,
 * no IRQL change.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAllocateSpinLock(PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeSpinLock(PNDIS_SPIN_LOCK SpinLock);
/* NDIS 6 headers make NdisFreeSpinLock a macro that expands to nothing (an
 * NDIS spin lock holds no resource), so a driver's argument is never
 * evaluated; drivers get the same here. The runtime model, which defines the
 * routine and records calls to it, keeps the function. */
#if NDIS_SUPPORT_NDIS6 && !defined(NDIS_MODEL_CAPTURE_CALLSITE) && !defined(NM_INTERNAL_H)
#define NdisFreeSpinLock(_SpinLock)
#endif
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, SpinLock)
NDIS_DDI VOID NDIS_API NdisAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(OldIrql, SpinLock)
NDIS_DDI VOID NDIS_API NdisReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);

/* ------------------------------------------------------------------------
 * Reader/writer locks (NDIS 6.20)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisacquirerwlockread
 *
 * NdisAllocateRWLock / NdisFreeRWLock: <= DISPATCH_LEVEL.
 * NdisAcquireRWLockRead / NdisAcquireRWLockWrite: <= DISPATCH_LEVEL, raise to
 * DISPATCH_LEVEL unless NDIS_RWL_AT_DISPATCH_LEVEL is passed.
 * NdisReleaseRWLock: DISPATCH_LEVEL, restores the IRQL saved in LockState.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;

typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;

#define NDIS_RWL_AT_DISPATCH_LEVEL 1

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNDIS_RW_LOCK_EX NDIS_API NdisAllocateRWLock(NDIS_HANDLE NdisHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeRWLock(PNDIS_RW_LOCK_EX Lock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, LockState)
NDIS_DDI VOID NDIS_API NdisAcquireRWLockRead(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState,
                                             UCHAR Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(OldIrql, LockState)
NDIS_DDI VOID NDIS_API NdisAcquireRWLockWrite(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState,
                                              UCHAR Flags);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(OldIrql, LockState)
NDIS_DDI VOID NDIS_API NdisReleaseRWLock(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState);

/* ------------------------------------------------------------------------
 * Events
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndiswaitevent
 *
 * NdisInitializeEvent: PASSIVE_LEVEL. NdisSetEvent / NdisResetEvent:
 * <= DISPATCH_LEVEL. NdisWaitEvent: PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitializeEvent(PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSetEvent(PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisResetEvent(PNDIS_EVENT Event);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI BOOLEAN NDIS_API NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait);

/* ------------------------------------------------------------------------
 * Timer objects
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisallocatetimerobject
 *
 * NdisAllocateTimerObject, NdisSetTimerObject, NdisCancelTimerObject,
 * NdisFreeTimerObject: <= DISPATCH_LEVEL. The timer function runs at
 * DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(NDIS_TIMER_FUNCTION) VOID NDIS_API
NDIS_TIMER_FUNCTION(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                    PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION(*PNDIS_TIMER_FUNCTION);

typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;

#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisAllocateTimerObject(
    NDIS_HANDLE NdisHandle, PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
    PNDIS_HANDLE pTimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
/* MillisecondsPeriod is a LONG (at most MAXLONG; 0 for a one-shot timer). */
NDIS_DDI BOOLEAN NDIS_API NdisSetTimerObject(NDIS_HANDLE TimerObject, LARGE_INTEGER DueTime,
                                             LONG MillisecondsPeriod, PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI BOOLEAN NDIS_API NdisCancelTimerObject(NDIS_HANDLE TimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeTimerObject(NDIS_HANDLE TimerObject);

/* ------------------------------------------------------------------------
 * I/O work items
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisqueueioworkitem
 *
 * NdisAllocateIoWorkItem, NdisQueueIoWorkItem, NdisFreeIoWorkItem:
 * <= DISPATCH_LEVEL. The work item function runs at PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(NDIS_IO_WORKITEM_FUNCTION) VOID NDIS_API
NDIS_IO_WORKITEM_FUNCTION(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION(*NDIS_IO_WORKITEM_ROUTINE);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle,
                                           NDIS_IO_WORKITEM_ROUTINE Routine,
                                           PVOID WorkItemContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle);

/* ------------------------------------------------------------------------
 * Miscellaneous
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismsleep
 *
 * NdisMSleep: <= APC_LEVEL.
 * NdisStallExecution: any IRQL. NdisGetCurrentSystemTime: any IRQL.
 * NdisWriteErrorLogEntry: <= DISPATCH_LEVEL.
 * NdisSystemProcessorCount: PASSIVE_LEVEL. NdisGetVersion: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(APC_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSleep(ULONG MicrosecondsToSleep);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisStallExecution(UINT MicrosecondsToStall);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetCurrentSystemTime(PLARGE_INTEGER pSystemTime);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle,
                                              NDIS_ERROR_CODE ErrorCode,
                                              ULONG NumberOfErrorValues, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI CCHAR NDIS_API NdisSystemProcessorCount(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI UINT NDIS_API NdisGetVersion(VOID);

/* Error log codes (the EVENT_NDIS_* message numbers of netevent.h). */
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT ((NDIS_ERROR_CODE)0xC0001388L)
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES ((NDIS_ERROR_CODE)0xC0001389L)
#define NDIS_ERROR_CODE_HARDWARE_FAILURE ((NDIS_ERROR_CODE)0xC000138AL)
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND ((NDIS_ERROR_CODE)0xC000138BL)
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT ((NDIS_ERROR_CODE)0xC000138CL)
#define NDIS_ERROR_CODE_DRIVER_FAILURE ((NDIS_ERROR_CODE)0xC000138DL)
#define NDIS_ERROR_CODE_BAD_VERSION ((NDIS_ERROR_CODE)0xC000138EL)
#define NDIS_ERROR_CODE_TIMEOUT ((NDIS_ERROR_CODE)0x8000138FL)
#define NDIS_ERROR_CODE_NETWORK_ADDRESS ((NDIS_ERROR_CODE)0xC0001390L)
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION ((NDIS_ERROR_CODE)0xC0001391L)
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER ((NDIS_ERROR_CODE)0xC0001392L)
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER ((NDIS_ERROR_CODE)0xC0001393L)
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS ((NDIS_ERROR_CODE)0xC0001394L)
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL ((NDIS_ERROR_CODE)0x40001395L)
#define NDIS_ERROR_CODE_ADAPTER_DISABLED ((NDIS_ERROR_CODE)0x80001396L)

/* Timers, work items, locks, memory and other support routines (ndis_util.h),
 * configuration access (ndis_config.h). */
#include "ndis_util.h"
#include "ndis_config.h"

/* ------------------------------------------------------------------------
 * Optional handlers and the generic SET_OPTIONS role
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndissetoptionalhandlers
 *
 * NdisSetOptionalHandlers: PASSIVE_LEVEL, only from a SetOptions handler.
 * Drivers pass a specific handler structure (for example
 * NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS) cast to
 * PNDIS_DRIVER_OPTIONAL_HANDLERS; its Header.Type says which one it is.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisSetOptionalHandlers(
    NDIS_HANDLE NdisHandle, PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

/* Runs at PASSIVE_LEVEL. */
typedef _Function_class_(SET_OPTIONS) NDIS_STATUS NDIS_API
SET_OPTIONS(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
typedef SET_OPTIONS(*SET_OPTIONS_HANDLER);
typedef SET_OPTIONS MINIPORT_SET_OPTIONS;
typedef SET_OPTIONS PROTOCOL_SET_OPTIONS;
typedef SET_OPTIONS FILTER_SET_OPTIONS;

/* ------------------------------------------------------------------------
 * NDIS 6 protocol driver: role typedefs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-protocol_bind_adapter_ex
 *
 * Entry IRQL: BindAdapterEx, UnbindAdapterEx, OpenAdapterCompleteEx,
 * CloseAdapterCompleteEx, NetPnPEvent, Uninstall: PASSIVE_LEVEL. The others:
 * <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_BIND_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING ProtocolSection;
    PNDIS_STRING AdapterName;
    PDEVICE_OBJECT PhysicalDeviceObject;
    NDIS_MEDIUM MediaType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
    NET_LUID BoundIfNetluid;
    NET_IFINDEX BoundIfIndex;
    NET_LUID LowestIfNetluid;
    NET_IFINDEX LowestIfIndex;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    struct _NDIS_PORT *ActivePorts;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    ULONG MacOptions;
    NET_IF_COMPARTMENT_ID CompartmentId;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadCapabilities;
    PNDIS_STRING BoundAdapterName;
    PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
    struct _NDIS_NIC_SWITCH_CAPABILITIES *NicSwitchCapabilities;
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;

#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, BoundAdapterName)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, HDSplitCurrentConfig)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchCapabilities)

typedef struct _NDIS_OPEN_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING AdapterName;
    PNDIS_MEDIUM MediumArray;
    UINT MediumArraySize;
    PUINT SelectedMediumIndex;
    PNET_FRAME_TYPE FrameTypeArray;
    UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;

#define NDIS_OPEN_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

typedef _Function_class_(PROTOCOL_BIND_ADAPTER_EX) NDIS_STATUS NDIS_API
PROTOCOL_BIND_ADAPTER_EX(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                         PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX(*BIND_HANDLER_EX);

typedef _Function_class_(PROTOCOL_UNBIND_ADAPTER_EX) NDIS_STATUS NDIS_API
PROTOCOL_UNBIND_ADAPTER_EX(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX(*UNBIND_HANDLER_EX);

typedef _Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX) VOID NDIS_API
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(*OPEN_ADAPTER_COMPLETE_HANDLER_EX);

typedef _Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX) VOID NDIS_API
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(*CLOSE_ADAPTER_COMPLETE_HANDLER_EX);

typedef _Function_class_(PROTOCOL_NET_PNP_EVENT) NDIS_STATUS NDIS_API
PROTOCOL_NET_PNP_EVENT(NDIS_HANDLE ProtocolBindingContext,
                       PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT(*NET_PNP_EVENT_HANDLER);

typedef _Function_class_(PROTOCOL_UNINSTALL) VOID NDIS_API PROTOCOL_UNINSTALL(VOID);
typedef PROTOCOL_UNINSTALL(*UNINSTALL_PROTOCOL_HANDLER);

typedef _Function_class_(PROTOCOL_OID_REQUEST_COMPLETE) VOID NDIS_API
PROTOCOL_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST OidRequest,
                              NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE(*OID_REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE) VOID NDIS_API
PROTOCOL_DIRECT_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolBindingContext,
                                     PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE(*DIRECT_OID_REQUEST_COMPLETE_HANDLER);

typedef _Function_class_(PROTOCOL_STATUS_EX) VOID NDIS_API
PROTOCOL_STATUS_EX(NDIS_HANDLE ProtocolBindingContext,
                   PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX(*STATUS_HANDLER_EX);

typedef _Function_class_(PROTOCOL_RECEIVE_NET_BUFFER_LISTS) VOID NDIS_API
PROTOCOL_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE ProtocolBindingContext,
                                  PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                                  ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS(*RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE) VOID NDIS_API
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE ProtocolBindingContext,
                                        PNET_BUFFER_LIST NetBufferList,
                                        ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(*SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_protocol_driver_characteristics */
typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING Name;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    BIND_HANDLER_EX BindAdapterHandlerEx;
    UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
    OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
    CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
    NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
    OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    STATUS_HANDLER_EX StatusHandlerEx;
    RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;

#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1                 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS,             \
                             SendNetBufferListsCompleteHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2                 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS,             \
                             DirectOidRequestCompleteHandler)

/* ------------------------------------------------------------------------
 * NDIS 6 protocol driver: DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisregisterprotocoldriver
 *
 * PASSIVE_LEVEL: NdisRegisterProtocolDriver, NdisDeregisterProtocolDriver,
 * NdisOpenAdapterEx, NdisCloseAdapterEx, NdisCompleteNetPnPEvent.
 * <= DISPATCH_LEVEL: NdisCompleteBindAdapterEx, NdisCompleteUnbindAdapterEx,
 * NdisOidRequest, NdisSendNetBufferLists, NdisReturnNetBufferLists,
 * NdisCancelSendNetBufferLists, NdisUnbindAdapter.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisRegisterProtocolDriver(
    NDIS_HANDLE ProtocolDriverContext,
    PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
    PNDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisDeregisterProtocolDriver(NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisOpenAdapterEx(NDIS_HANDLE NdisProtocolHandle,
                                                NDIS_HANDLE ProtocolBindingContext,
                                                PNDIS_OPEN_PARAMETERS OpenParameters,
                                                NDIS_HANDLE BindContext,
                                                PNDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCloseAdapterEx(NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCompleteBindAdapterEx(NDIS_HANDLE BindAdapterContext,
                                                 NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCompleteUnbindAdapterEx(NDIS_HANDLE UnbindContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisCompleteNetPnPEvent(
    NDIS_HANDLE NdisBindingHandle, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification,
    NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisUnbindAdapter(NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisOidRequest(NDIS_HANDLE NdisBindingHandle,
                                             PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSendNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                                              PNET_BUFFER_LIST NetBufferLists,
                                              NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisReturnNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                                                PNET_BUFFER_LIST NetBufferLists,
                                                ULONG ReturnFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCancelSendNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                                                    PVOID CancelId);

/* The Native 802.11 types used by the miniport attributes below. */
#ifdef __cplusplus
}
#endif
#include "windot11.h"
#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * NDIS 6 miniport driver: parameter structures
 * ------------------------------------------------------------------------ */

typedef enum _NDIS_HALT_ACTION {
    NdisHaltDeviceDisabled,
    NdisHaltDeviceInstanceDeInitialized,
    NdisHaltDevicePoweredDown,
    NdisHaltDeviceSurpriseRemoved,
    NdisHaltDeviceFailed,
    NdisHaltDeviceInitializationFailed,
    NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;

typedef enum _NDIS_SHUTDOWN_ACTION {
    NdisShutdownPowerOff,
    NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

typedef struct _NDIS_PORT NDIS_PORT, *PNDIS_PORT;
typedef struct _NDIS_NIC_SWITCH_CAPABILITIES NDIS_NIC_SWITCH_CAPABILITIES,
    *PNDIS_NIC_SWITCH_CAPABILITIES;

typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_CONTROL_STATE SendControlState;
    NDIS_PORT_CONTROL_STATE RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_AUTHENTICATION_PARAMETERS, *PNDIS_PORT_AUTHENTICATION_PARAMETERS;

typedef struct _NDIS_PCI_DEVICE_CUSTOM_PROPERTIES {
    NDIS_OBJECT_HEADER Header;
    UINT32 DeviceType;
    UINT32 CurrentSpeedAndMode;
    UINT32 CurrentPayloadSize;
    UINT32 MaxPayloadSize;
    UINT32 MaxReadRequestSize;
    UINT32 CurrentLinkSpeed;
    UINT32 CurrentLinkWidth;
    UINT32 MaxLinkSpeed;
    UINT32 MaxLinkWidth;
    UINT32 PciExpressVersion;
    UINT32 InterruptType;
    UINT32 MaxInterruptMessages;
} NDIS_PCI_DEVICE_CUSTOM_PROPERTIES, *PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES;

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PNDIS_RESOURCE_LIST AllocatedResources;
    NDIS_HANDLE IMDeviceInstanceContext;
    NDIS_HANDLE MiniportAddDeviceContext;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
    PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_INIT_PARAMETER_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INIT_PARAMETERS, PciDeviceCustomProperties)

/* Restart attributes: a list of OID-tagged records (NDIS_MINIPORT_RESTART_PARAMETERS,
 * NDIS_FILTER_RESTART_PARAMETERS). */
typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID Oid;
    ULONG DataLength;
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR Data[1];
};

typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG LookaheadSize;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    ULONG Flags;
    NET_IF_CONNECTION_TYPE ConnectionType;
    ULONG SupportedStatistics;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG MaxLookaheadSizeAccessed;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;

#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_RESTART_GENERAL_ATTRIBUTES_MAX_LOOKAHEAD_ACCESSED_DEFINED 0x00000001
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RESTART_GENERAL_ATTRIBUTES, SupportedOidListLength)
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RESTART_GENERAL_ATTRIBUTES, MaxLookaheadSizeAccessed)
#define NDIS_MAX_LOOKAHEAD_SIZE_ACCESSED_UNDEFINED -1

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_PAUSE_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PAUSE_PARAMETERS, PauseReason)

/* Buffer of the NetEventRestart event a protocol driver receives: the
 * filter stack above the miniport and the restart attributes. */
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PUCHAR FilterModuleNameBuffer;
    ULONG FilterModuleNameBufferLength;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;

#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_PROTOCOL_RESTART_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_RESTART_PARAMETERS, Flags)

/* Pause reasons. */
#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#define NDIS_PAUSE_LOW_POWER 0x00000002
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_RESTART_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_RESTART_PARAMETERS, Flags)

#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
    UINT CheckForHangTimeInSeconds;
    NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)


typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAddDeviceContext;
    ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, Flags)

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_MEDIUM MediaType;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    ULONG SupportedStatistics;
    ULONG SupportedPauseFunctions;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG AutoNegotiationFlags;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, AutoNegotiationFlags)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, \
                             PowerManagementCapabilitiesEx)

/* SupportedStatistics bits: one per counter of NDIS_STATISTICS_INFO the
 * miniport fills in (bit n = n-th name below). */
#define NDIS_STATISTICS_XMIT_OK_SUPPORTED 0x00000001
#define NDIS_STATISTICS_RCV_OK_SUPPORTED 0x00000002
#define NDIS_STATISTICS_XMIT_ERROR_SUPPORTED 0x00000004
#define NDIS_STATISTICS_RCV_ERROR_SUPPORTED 0x00000008
#define NDIS_STATISTICS_RCV_NO_BUFFER_SUPPORTED 0x00000010
#define NDIS_STATISTICS_DIRECTED_BYTES_XMIT_SUPPORTED 0x00000020
#define NDIS_STATISTICS_DIRECTED_FRAMES_XMIT_SUPPORTED 0x00000040
#define NDIS_STATISTICS_MULTICAST_BYTES_XMIT_SUPPORTED 0x00000080
#define NDIS_STATISTICS_MULTICAST_FRAMES_XMIT_SUPPORTED 0x00000100
#define NDIS_STATISTICS_BROADCAST_BYTES_XMIT_SUPPORTED 0x00000200
#define NDIS_STATISTICS_BROADCAST_FRAMES_XMIT_SUPPORTED 0x00000400
#define NDIS_STATISTICS_DIRECTED_BYTES_RCV_SUPPORTED 0x00000800
#define NDIS_STATISTICS_DIRECTED_FRAMES_RCV_SUPPORTED 0x00001000
#define NDIS_STATISTICS_MULTICAST_BYTES_RCV_SUPPORTED 0x00002000
#define NDIS_STATISTICS_MULTICAST_FRAMES_RCV_SUPPORTED 0x00004000
#define NDIS_STATISTICS_BROADCAST_BYTES_RCV_SUPPORTED 0x00008000
#define NDIS_STATISTICS_BROADCAST_FRAMES_RCV_SUPPORTED 0x00010000
#define NDIS_STATISTICS_RCV_CRC_ERROR_SUPPORTED 0x00020000
#define NDIS_STATISTICS_TRANSMIT_QUEUE_LENGTH_SUPPORTED 0x00040000
#define NDIS_STATISTICS_BYTES_RCV_SUPPORTED 0x00080000
#define NDIS_STATISTICS_BYTES_XMIT_SUPPORTED 0x00100000
#define NDIS_STATISTICS_RCV_DISCARDS_SUPPORTED 0x00200000
#define NDIS_STATISTICS_GEN_STATISTICS_SUPPORTED 0x00400000
#define NDIS_STATISTICS_XMIT_DISCARDS_SUPPORTED 0x08000000

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_OFFLOAD HardwareOffloadCapabilities;
    PNDIS_TCP_CONNECTION_OFFLOAD DefaultTcpConnectionOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, \
                             TcpConnectionOffloadHardwareCapabilities)

typedef struct _NDIS_HD_SPLIT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG HardwareCapabilities;
    ULONG CurrentCapabilities;
    ULONG HDSplitFlags;
    ULONG BackfillSize;
    ULONG MaxHeaderSize;
} NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;

#define NDIS_HD_SPLIT_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_HD_SPLIT_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_HD_SPLIT_ATTRIBUTES, MaxHeaderSize)

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_HD_SPLIT_ATTRIBUTES HDSplitAttributes;
    PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
    PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, HDSplitAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, \
                             CurrentNicSwitchCapabilities)

/* Native 802.11 miniports (the DOT11_* types are in windot11.h). */
typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG OpModeCapability;
    ULONG NumOfTXBuffers;
    ULONG NumOfRXBuffers;
    BOOLEAN MultiDomainCapabilityImplemented;
    ULONG NumSupportedPhys;
    PDOT11_PHY_ATTRIBUTES SupportedPhyAttributes;
    PDOT11_EXTSTA_ATTRIBUTES ExtSTAAttributes;
    PDOT11_VWIFI_ATTRIBUTES VWiFiAttributes;
    PDOT11_EXTAP_ATTRIBUTES ExtAPAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, ExtSTAAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, ExtAPAttributes)

typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
    NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
    NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES Native_802_11_Attributes;
    NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

/* ------------------------------------------------------------------------
 * NDIS 6 miniport driver: role typedefs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nc-ndis-miniport_initialize
 *
 * Entry IRQL: Initialize, Halt, Pause, Restart, SetOptions, Unload,
 * DevicePnPEventNotify, AddDevice, StartDevice, RemoveDevice: PASSIVE_LEVEL.
 * OidRequest, DirectOidRequest, Reset, CancelSend, CheckForHang,
 * CancelOidRequest, SendNetBufferLists, ReturnNetBufferLists:
 * <= DISPATCH_LEVEL. Shutdown: PASSIVE_LEVEL (or DIRQL on bug check).
 * ------------------------------------------------------------------------ */

typedef _Function_class_(MINIPORT_INITIALIZE) NDIS_STATUS NDIS_API
MINIPORT_INITIALIZE(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE(*MINIPORT_INITIALIZE_HANDLER);

typedef _Function_class_(MINIPORT_HALT) VOID NDIS_API
MINIPORT_HALT(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT(*MINIPORT_HALT_HANDLER);

typedef _Function_class_(MINIPORT_UNLOAD) VOID NDIS_API
MINIPORT_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD(*MINIPORT_DRIVER_UNLOAD);

typedef _Function_class_(MINIPORT_PAUSE) NDIS_STATUS NDIS_API
MINIPORT_PAUSE(NDIS_HANDLE MiniportAdapterContext,
               PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE(*MINIPORT_PAUSE_HANDLER);

typedef _Function_class_(MINIPORT_RESTART) NDIS_STATUS NDIS_API
MINIPORT_RESTART(NDIS_HANDLE MiniportAdapterContext,
                 PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART(*MINIPORT_RESTART_HANDLER);

typedef _Function_class_(MINIPORT_OID_REQUEST) NDIS_STATUS NDIS_API
MINIPORT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST(*MINIPORT_OID_REQUEST_HANDLER);

typedef _Function_class_(MINIPORT_DIRECT_OID_REQUEST) NDIS_STATUS NDIS_API
MINIPORT_DIRECT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_DIRECT_OID_REQUEST(*MINIPORT_DIRECT_OID_REQUEST_HANDLER);

typedef _Function_class_(MINIPORT_SEND_NET_BUFFER_LISTS) VOID NDIS_API
MINIPORT_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
                               PNET_BUFFER_LIST NetBufferList, NDIS_PORT_NUMBER PortNumber,
                               ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS(*MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(MINIPORT_RETURN_NET_BUFFER_LISTS) VOID NDIS_API
MINIPORT_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
                                 PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS(*MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef _Function_class_(MINIPORT_CANCEL_SEND) VOID NDIS_API
MINIPORT_CANCEL_SEND(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId);
typedef MINIPORT_CANCEL_SEND(*MINIPORT_CANCEL_SEND_HANDLER);

typedef _Function_class_(MINIPORT_CHECK_FOR_HANG) BOOLEAN NDIS_API
MINIPORT_CHECK_FOR_HANG(NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG(*MINIPORT_CHECK_FOR_HANG_HANDLER);

typedef _Function_class_(MINIPORT_RESET) NDIS_STATUS NDIS_API
MINIPORT_RESET(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset);
typedef MINIPORT_RESET(*MINIPORT_RESET_HANDLER);

typedef _Function_class_(MINIPORT_DEVICE_PNP_EVENT_NOTIFY) VOID NDIS_API
MINIPORT_DEVICE_PNP_EVENT_NOTIFY(NDIS_HANDLE MiniportAdapterContext,
                                 PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY(*MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef _Function_class_(MINIPORT_SHUTDOWN) VOID NDIS_API
MINIPORT_SHUTDOWN(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN(*MINIPORT_SHUTDOWN_HANDLER);

typedef _Function_class_(MINIPORT_CANCEL_OID_REQUEST) VOID NDIS_API
MINIPORT_CANCEL_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST(*MINIPORT_CANCEL_OID_REQUEST_HANDLER);

typedef _Function_class_(MINIPORT_CANCEL_DIRECT_OID_REQUEST) VOID NDIS_API
MINIPORT_CANCEL_DIRECT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId);
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST(*MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER);

typedef _Function_class_(MINIPORT_ADD_DEVICE) NDIS_STATUS NDIS_API
MINIPORT_ADD_DEVICE(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE(*MINIPORT_ADD_DEVICE_HANDLER);

typedef _Function_class_(MINIPORT_REMOVE_DEVICE) VOID NDIS_API
MINIPORT_REMOVE_DEVICE(NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE(*MINIPORT_REMOVE_DEVICE_HANDLER);

typedef _Function_class_(MINIPORT_PNP_IRP) NDIS_STATUS NDIS_API
MINIPORT_PNP_IRP(NDIS_HANDLE MiniportAddDeviceContext, PIRP Irp);
typedef MINIPORT_PNP_IRP(*MINIPORT_PNP_IRP_HANDLER);
typedef MINIPORT_PNP_IRP MINIPORT_START_DEVICE;
typedef MINIPORT_PNP_IRP(*MINIPORT_START_DEVICE_HANDLER);
typedef MINIPORT_PNP_IRP MINIPORT_FILTER_RESOURCE_REQUIREMENTS;
typedef MINIPORT_PNP_IRP(*MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER);

/* Runs at DISPATCH_LEVEL, from NdisMAllocateNetBufferSGList. */
typedef _Function_class_(MINIPORT_PROCESS_SG_LIST) VOID NDIS_API
MINIPORT_PROCESS_SG_LIST(PDEVICE_OBJECT pDO, PVOID Reserved, PSCATTER_GATHER_LIST pSGL,
                         PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST(*MINIPORT_PROCESS_SG_LIST_HANDLER);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_miniport_driver_characteristics */
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
    MINIPORT_HALT_HANDLER HaltHandlerEx;
    MINIPORT_DRIVER_UNLOAD UnloadHandler;
    MINIPORT_PAUSE_HANDLER PauseHandler;
    MINIPORT_RESTART_HANDLER RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
    MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
    MINIPORT_RESET_HANDLER ResetHandlerEx;
    MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
    MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1              \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,          \
                             CancelOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2              \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,          \
                             CancelDirectOidRequestHandler)

#define NDIS_INTERMEDIATE_DRIVER 0x00000001
#define NDIS_WDM_DRIVER 0x00000002

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_miniport_pnp_characteristics */
typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    MINIPORT_ADD_DEVICE_HANDLER MiniportAddDeviceHandler;
    MINIPORT_REMOVE_DEVICE_HANDLER MiniportRemoveDeviceHandler;
    MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER MiniportFilterResourceRequirementsHandler;
    MINIPORT_START_DEVICE_HANDLER MiniportStartDeviceHandler;
    ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;

#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PNP_CHARACTERISTICS, Flags)

/* ------------------------------------------------------------------------
 * NDIS 6 miniport driver: interrupt roles and characteristics
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ns-ndis-_ndis_miniport_interrupt_characteristics
 *
 * Entry IRQL: ISR, MessageInterrupt, Enable/Disable(Message)Interrupt,
 * SynchronizeInterrupt: DIRQL. InterruptDpc, MessageInterruptDpc:
 * DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(MINIPORT_ISR) BOOLEAN NDIS_API
MINIPORT_ISR(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
             PULONG TargetProcessors);
typedef MINIPORT_ISR(*MINIPORT_ISR_HANDLER);

/* What ReceiveThrottleParameters points to (NDIS 6.20): the most NBLs the
 * DPC may indicate, and the flag it sets when receives remain. */
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
    ULONG MaxNblsToIndicate;
    ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;

#define NDIS_INDICATE_ALL_NBLS (~0UL)

typedef _Function_class_(MINIPORT_INTERRUPT_DPC) VOID NDIS_API
MINIPORT_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                       PVOID ReceiveThrottleParameters, PVOID NdisReserved2);
typedef MINIPORT_INTERRUPT_DPC(*MINIPORT_INTERRUPT_DPC_HANDLER);

typedef _Function_class_(MINIPORT_DISABLE_INTERRUPT) VOID NDIS_API
MINIPORT_DISABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT(*MINIPORT_DISABLE_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_ENABLE_INTERRUPT) VOID NDIS_API
MINIPORT_ENABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT(*MINIPORT_ENABLE_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_MESSAGE_INTERRUPT) BOOLEAN NDIS_API
MINIPORT_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                           PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors);
typedef MINIPORT_MESSAGE_INTERRUPT(*MINIPORT_MSI_ISR_HANDLER);

typedef _Function_class_(MINIPORT_MESSAGE_INTERRUPT_DPC) VOID NDIS_API
MINIPORT_MESSAGE_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                               PVOID MiniportDpcContext,
#if NDIS_SUPPORT_NDIS620 || DDK_NDIS_VERSION_DEFAULTED
                               PVOID ReceiveThrottleParameters, PVOID NdisReserved2
#else
                               PULONG NdisReserved1, PULONG NdisReserved2
#endif
);
typedef MINIPORT_MESSAGE_INTERRUPT_DPC(*MINIPORT_MSI_INTERRUPT_DPC_HANDLER);

typedef _Function_class_(MINIPORT_DISABLE_MESSAGE_INTERRUPT) VOID NDIS_API
MINIPORT_DISABLE_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT(*MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_ENABLE_MESSAGE_INTERRUPT) VOID NDIS_API
MINIPORT_ENABLE_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT(*MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_SYNCHRONIZE_INTERRUPT) BOOLEAN NDIS_API
MINIPORT_SYNCHRONIZE_INTERRUPT(NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT(*MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER);

typedef enum _NDIS_INTERRUPT_TYPE {
    NDIS_CONNECT_LINE_BASED = 1,
    NDIS_CONNECT_MESSAGE_BASED
} NDIS_INTERRUPT_TYPE, *PNDIS_INTERRUPT_TYPE;

typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    MINIPORT_ISR_HANDLER InterruptHandler;
    MINIPORT_INTERRUPT_DPC_HANDLER InterruptDpcHandler;
    MINIPORT_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    MINIPORT_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    BOOLEAN MsiSupported;
    BOOLEAN MsiSyncWithAllMessages;
    MINIPORT_MSI_ISR_HANDLER MessageInterruptHandler;
    MINIPORT_MSI_INTERRUPT_DPC_HANDLER MessageInterruptDpcHandler;
    MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER DisableMessageInterruptHandler;
    MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER EnableMessageInterruptHandler;
    NDIS_INTERRUPT_TYPE InterruptType;
    PVOID MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;

#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, MessageInfoTable)

/* ------------------------------------------------------------------------
 * NDIS 6 miniport driver: DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismregisterminiportdriver
 *
 * PASSIVE_LEVEL: NdisMRegisterMiniportDriver, NdisMDeregisterMiniportDriver,
 * NdisMSetMiniportAttributes, NdisMRegisterInterruptEx,
 * NdisMDeregisterInterruptEx.
 * <= DISPATCH_LEVEL: NdisMIndicateStatusEx, NdisMOidRequestComplete,
 * NdisMSendNetBufferListsComplete, NdisMIndicateReceiveNetBufferLists,
 * NdisMPauseComplete, NdisMRestartComplete, NdisMResetComplete.
 * NdisMSynchronizeWithInterruptEx: <= DIRQL of the interrupt.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterMiniportDriver(
    PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMSetMiniportAttributes(
    NDIS_HANDLE NdisMiniportHandle, PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterInterruptEx(
    NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
    PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    PNDIS_HANDLE NdisInterruptHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle);
_IRQL_requires_max_(DIRQL)
NDIS_DDI BOOLEAN NDIS_API NdisMSynchronizeWithInterruptEx(
    NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
    MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction, PVOID SynchronizeContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle,
                                             PNDIS_STATUS_INDICATION StatusIndication);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                                               PNDIS_OID_REQUEST OidRequest,
                                               NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                       PNET_BUFFER_LIST NetBufferList,
                                                       ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMIndicateReceiveNetBufferLists(
    NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferList,
    NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMPauseComplete(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMRestartComplete(NDIS_HANDLE MiniportAdapterHandle,
                                            NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMResetComplete(NDIS_HANDLE MiniportAdapterHandle,
                                          NDIS_STATUS Status, BOOLEAN AddressingReset);

/* ------------------------------------------------------------------------
 * NDIS 6 miniport driver: more DDIs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismallocateport
 *
 * NdisMAllocatePort, NdisMFreePort, NdisMDirectOidRequestComplete:
 * <= DISPATCH_LEVEL. NdisMNetPnPEvent: PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMAllocatePort(NDIS_HANDLE NdisMiniportHandle,
                                                PNDIS_PORT_CHARACTERISTICS PortCharacteristics);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMFreePort(NDIS_HANDLE NdisMiniportHandle,
                                            NDIS_PORT_NUMBER PortNumber);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMNetPnPEvent(
    NDIS_HANDLE MiniportAdapterHandle, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDirectOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                     PNDIS_OID_REQUEST OidRequest,
                                                     NDIS_STATUS Status);

/* OID requests from protocols and filters: <= DISPATCH_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisallocatecloneoidrequest */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCancelOidRequest(NDIS_HANDLE NdisBindingHandle, PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisDirectOidRequest(NDIS_HANDLE NdisBindingHandle,
                                                   PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCancelDirectOidRequest(NDIS_HANDLE NdisBindingHandle,
                                                  PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisAllocateCloneOidRequest(NDIS_HANDLE SourceHandle,
                                                          PNDIS_OID_REQUEST OidRequest,
                                                          UINT PoolTag,
                                                          PNDIS_OID_REQUEST *ClonedOidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeCloneOidRequest(NDIS_HANDLE SourceHandle,
                                               PNDIS_OID_REQUEST Request);

/* Power profile of NdisDevicePnPEventPowerProfileChanged, device power states
 * of NetEventSetPower / NetEventQueryPower. */
typedef enum _NDIS_POWER_PROFILE {
    NdisPowerProfileBattery,
    NdisPowerProfileAcOnLine
} NDIS_POWER_PROFILE, *PNDIS_POWER_PROFILE;

typedef enum _NET_DEVICE_POWER_STATE {
    NetDeviceStateUnspecified = 0,
    NetDeviceStateD0,
    NetDeviceStateD1,
    NetDeviceStateD2,
    NetDeviceStateD3,
    NetDeviceStateMaximum
} NET_DEVICE_POWER_STATE, *PNET_DEVICE_POWER_STATE;

#ifdef __cplusplus
}
#endif

#define DDICHECK_NDIS_H_INNER
#include "ndis_hw.h"
#include "ndis_filter.h"
#include "ndis_condis.h"
#include "ndis_packet.h"
#if NDIS_LEGACY_PROTOCOL
#include "ndis_legacy.h"
#endif
#include "ndis_legacy_miniport.h"
#undef DDICHECK_NDIS_H_INNER

#if defined(NDIS_MODEL_CAPTURE_CALLSITE)
#include "ndis_model_callsite.h"
#endif

#endif /* DDICHECK_NDIS_H */

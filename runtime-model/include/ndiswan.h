/*
 * ndiswan.h - NDIS WAN miniports (the NDIS 4.0/5.x WAN interface under
 * NDISWAN): link information and line-up/line-down indications, framing,
 * compression and encryption bits, WAN error counters and the WAN medium
 * OIDs' structures.
 *
 * Written for ddicheck from the NDIS WAN reference on learn.microsoft.com
 * (https://learn.microsoft.com/previous-versions/windows/hardware/network/);
 * type, member and constant names and values follow it, the text and order
 * are our own. Include after <ndis.h>.
 */
#ifndef DDICHECK_NDISWAN_H
#define DDICHECK_NDISWAN_H

#include "ndis.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Constants
 * ------------------------------------------------------------------------ */

#define ARAP_FRAMING (ARAP_V1_FRAMING | ARAP_V2_FRAMING)
#define ARAP_V1_FRAMING 0x00000004
#define ARAP_V2_FRAMING 0x00000008
#define BRIDGING_8021D_SPANNING_TREE 0x00000008
#define BRIDGING_8021G_SPANNING_TREE 0x00000010
#define BRIDGING_DEC_LANBRIDGE 0x00000040
#define BRIDGING_FLAG_LANFCS 0x00000001
#define BRIDGING_FLAG_LANID 0x00000002
#define BRIDGING_FLAG_PADDING 0x00000004
#define BRIDGING_LANID 0x00000002
#define BRIDGING_NO_SPANNING_TREE 0x00000004
#define BRIDGING_SOURCE_ROUTING 0x00000020
#define BRIDGING_TINYGRAM 0x00000001
#define BRIDGING_TYPE_8023_CANON 0x00000002
#define BRIDGING_TYPE_8024_CANON 0x00000400
#define BRIDGING_TYPE_8024_NO_CANON 0x00000004
#define BRIDGING_TYPE_8025_CANON 0x00000800
#define BRIDGING_TYPE_8025_NO_CANON 0x00000008
#define BRIDGING_TYPE_FDDI_CANON 0x00001000
#define BRIDGING_TYPE_FDDI_NO_CANON 0x00000010
#define BRIDGING_TYPE_RESERVED 0x00000001
#define COMPTYPE_NONE 255
#define COMPTYPE_NT31RAS 254
#define COMPTYPE_OUI 0
#define LLC_ENCAPSULATION 0x00800000
#define MEDIA_NLPID 0x00040000
#define MEDIA_NRZI_ENCODING 0x00020000
#define MEDIA_NRZ_ENCODING 0x00010000
#define NBF_PRESERVE_MAC_ADDRESS 0x01000000
#define NDISWAN_128_ENCRYPTION 0x00000040
#define NDISWAN_40_ENCRYPTION 0x00000020
#define NDISWAN_56_ENCRYPTION 0x00000080
#define NDISWAN_COMPRESSION 0x00000001
#define NDISWAN_ENCRYPTION 0x00000010
#define NDISWAN_HISTORY_LESS 0x01000000
#define NDIS_STATUS_TAPI_INDICATION ((NDIS_STATUS)0x40010080L)
#define NDIS_USE_WAN_WRAPPER 0x00000001
#define PASS_THROUGH_MODE 0x10000000
#define PPP_ACCM_SUPPORTED 0x00000800
#define PPP_COMPRESS_ADDRESS_CONTROL 0x00000200
#define PPP_COMPRESS_PROTOCOL_FIELD 0x00000400
#define PPP_FRAMING 0x00000100
#define PPP_MC_MULTILINK_FRAMING 0x00000040
#define PPP_MULTILINK_FRAMING 0x00000010
#define PPP_SHORT_SEQUENCE_HDR_FORMAT 0x00000020
#define RAS_COMPRESSION 0x00000002
#define RAS_FRAMING 0x00000001
#define RAW_PASS_THROUGH_MODE 0x20000000
#define RFC_1356_FRAMING 0x00100000
#define RFC_1483_FRAMING 0x00200000
#define RFC_1490_FRAMING 0x00400000
#define SHIVA_FRAMING 0x01000000
#define SLIP_FRAMING 0x00001000
#define SLIP_VJ_AUTODETECT 0x00004000
#define SLIP_VJ_COMPRESSION 0x00002000
#define TAPI_PROVIDER 0x80000000
#define WAN_ERROR_ALIGNMENT ((ULONG)0x00000020)
#define WAN_ERROR_BUFFEROVERRUN ((ULONG)0x00000008)
#define WAN_ERROR_CRC ((ULONG)0x00000001)
#define WAN_ERROR_FRAMING ((ULONG)0x00000002)
#define WAN_ERROR_HARDWAREOVERRUN ((ULONG)0x00000004)
#define WAN_ERROR_TIMEOUT ((ULONG)0x00000010)

/* ------------------------------------------------------------------------
 * NdisMWanInitializeWrapper: the WAN spelling of NdisMInitializeWrapper (a
 * braced statement, as in the WDK). PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */
#define NdisMWanInitializeWrapper(NdisWrapperHandle, SystemSpecific1, SystemSpecific2, \
                                  SystemSpecific3) \
    { \
        NdisMInitializeWrapper((NdisWrapperHandle), (SystemSpecific1), (SystemSpecific2), \
                               (SystemSpecific3)); \
    }

/* ------------------------------------------------------------------------
 * Types
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_WAN_CO_GET_LINK_INFO {
    ULONG MaxSendFrameSize;
    ULONG MaxRecvFrameSize;
    ULONG SendFramingBits;
    ULONG RecvFramingBits;
    ULONG SendCompressionBits;
    ULONG RecvCompressionBits;
    ULONG SendACCM;
    ULONG RecvACCM;
} NDIS_WAN_CO_GET_LINK_INFO, *PNDIS_WAN_CO_GET_LINK_INFO;

typedef struct _NDIS_WAN_CO_SET_LINK_INFO {
    ULONG MaxSendFrameSize;
    ULONG MaxRecvFrameSize;
    ULONG SendFramingBits;
    ULONG RecvFramingBits;
    ULONG SendCompressionBits;
    ULONG RecvCompressionBits;
    ULONG SendACCM;
    ULONG RecvACCM;
} NDIS_WAN_CO_SET_LINK_INFO, *PNDIS_WAN_CO_SET_LINK_INFO;

typedef struct _NDIS_WAN_GET_LINK_INFO {
    NDIS_HANDLE NdisLinkHandle;
    ULONG MaxSendFrameSize;
    ULONG MaxRecvFrameSize;
    ULONG HeaderPadding;
    ULONG TailPadding;
    ULONG SendFramingBits;
    ULONG RecvFramingBits;
    ULONG SendCompressionBits;
    ULONG RecvCompressionBits;
    ULONG SendACCM;
    ULONG RecvACCM;
} NDIS_WAN_GET_LINK_INFO, *PNDIS_WAN_GET_LINK_INFO;

typedef struct _NDIS_WAN_SET_LINK_INFO {
    NDIS_HANDLE NdisLinkHandle;
    ULONG MaxSendFrameSize;
    ULONG MaxRecvFrameSize;
    ULONG HeaderPadding;
    ULONG TailPadding;
    ULONG SendFramingBits;
    ULONG RecvFramingBits;
    ULONG SendCompressionBits;
    ULONG RecvCompressionBits;
    ULONG SendACCM;
    ULONG RecvACCM;
} NDIS_WAN_SET_LINK_INFO, *PNDIS_WAN_SET_LINK_INFO;

typedef struct _WAN_CO_LINKPARAMS {
    ULONG TransmitSpeed;
    ULONG ReceiveSpeed;
    ULONG SendWindow;
} WAN_CO_LINKPARAMS, *PWAN_CO_LINKPARAMS;

typedef struct _NDIS_MAC_FRAGMENT {
    NDIS_HANDLE NdisLinkContext;
    ULONG Errors;
} NDIS_MAC_FRAGMENT, *PNDIS_MAC_FRAGMENT;

typedef struct _NDIS_MAC_LINE_DOWN {
    NDIS_HANDLE NdisLinkContext;
} NDIS_MAC_LINE_DOWN, *PNDIS_MAC_LINE_DOWN;

typedef struct _NDIS_MAC_LINE_UP {
    ULONG LinkSpeed;
    NDIS_WAN_QUALITY Quality;
    USHORT SendWindow;
    NDIS_HANDLE ConnectionWrapperID;
    NDIS_HANDLE NdisLinkHandle;
    NDIS_HANDLE NdisLinkContext;
} NDIS_MAC_LINE_UP, *PNDIS_MAC_LINE_UP;

typedef struct _NDIS_WAN_COMPRESS_INFO {
    UCHAR SessionKey[8];
    ULONG MSCompType;
    UCHAR CompType;
    USHORT CompLength;
    union {
        struct {
            UCHAR CompOUI[3];
            UCHAR CompSubType;
            UCHAR CompValues[32];
        } Proprietary;
        struct {
            UCHAR CompValues[32];
        } Public;
    };
} NDIS_WAN_COMPRESS_INFO;

typedef struct _NDIS_WAN_CO_FRAGMENT {
    ULONG Errors;
} NDIS_WAN_CO_FRAGMENT, *PNDIS_WAN_CO_FRAGMENT;

typedef struct _NDIS_WAN_CO_GET_COMP_INFO {
    NDIS_WAN_COMPRESS_INFO SendCapabilities;
    NDIS_WAN_COMPRESS_INFO RecvCapabilities;
} NDIS_WAN_CO_GET_COMP_INFO, *PNDIS_WAN_CO_GET_COMP_INFO;

typedef struct _NDIS_WAN_CO_GET_STATS_INFO {
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
} NDIS_WAN_CO_GET_STATS_INFO, *PNDIS_WAN_CO_GET_STATS_INFO;

typedef struct _NDIS_WAN_CO_INFO {
    ULONG MaxFrameSize;
    ULONG MaxSendWindow;
    ULONG FramingBits;
    ULONG DesiredACCM;
} NDIS_WAN_CO_INFO, *PNDIS_WAN_CO_INFO;

typedef struct _NDIS_WAN_CO_SET_COMP_INFO {
    NDIS_WAN_COMPRESS_INFO SendCapabilities;
    NDIS_WAN_COMPRESS_INFO RecvCapabilities;
} NDIS_WAN_CO_SET_COMP_INFO, *PNDIS_WAN_CO_SET_COMP_INFO;

typedef struct _NDIS_WAN_GET_BRIDGE_INFO {
    NDIS_HANDLE NdisLinkHandle;
    USHORT LanSegmentNumber;
    UCHAR BridgeNumber;
    UCHAR BridgingOptions;
    ULONG BridgingCapabilities;
    UCHAR BridgingType;
    UCHAR MacBytes[6];
} NDIS_WAN_GET_BRIDGE_INFO, *PNDIS_WAN_GET_BRIDGE_INFO;

typedef struct _NDIS_WAN_GET_COMP_INFO {
    NDIS_HANDLE NdisLinkHandle;
    NDIS_WAN_COMPRESS_INFO SendCapabilities;
    NDIS_WAN_COMPRESS_INFO RecvCapabilities;
} NDIS_WAN_GET_COMP_INFO, *PNDIS_WAN_GET_COMP_INFO;

typedef struct _NDIS_WAN_GET_STATS_INFO {
    NDIS_HANDLE NdisLinkHandle;
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
} NDIS_WAN_GET_STATS_INFO, *PNDIS_WAN_GET_STATS_INFO;

typedef struct _NDIS_WAN_INFO {
    ULONG MaxFrameSize;
    ULONG MaxTransmit;
    ULONG HeaderPadding;
    ULONG TailPadding;
    ULONG Endpoints;
    UINT MemoryFlags;
    NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress;
    ULONG FramingBits;
    ULONG DesiredACCM;
} NDIS_WAN_INFO, *PNDIS_WAN_INFO;

typedef struct _NDIS_WAN_SET_BRIDGE_INFO {
    NDIS_HANDLE NdisLinkHandle;
    USHORT LanSegmentNumber;
    UCHAR BridgeNumber;
    UCHAR BridgingOptions;
    ULONG BridgingCapabilities;
    UCHAR BridgingType;
    UCHAR MacBytes[6];
} NDIS_WAN_SET_BRIDGE_INFO, *PNDIS_WAN_SET_BRIDGE_INFO;

typedef struct _NDIS_WAN_SET_COMP_INFO {
    NDIS_HANDLE NdisLinkHandle;
    NDIS_WAN_COMPRESS_INFO SendCapabilities;
    NDIS_WAN_COMPRESS_INFO RecvCapabilities;
} NDIS_WAN_SET_COMP_INFO, *PNDIS_WAN_SET_COMP_INFO;

typedef NDIS_WAN_COMPRESS_INFO *PNDIS_WAN_COMPRESS_INFO;


#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDISWAN_H */

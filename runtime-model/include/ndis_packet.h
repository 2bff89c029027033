/*
 * ndis_packet.h - the NDIS 5 data path shared by NDIS 5 protocol and
 * miniport drivers: NDIS_PACKET and its out-of-band data, NDIS_BUFFER (MDL)
 * chains, packet and buffer pools, per-packet information, NDIS_REQUEST and
 * the WAN packet.
 *
 * Written for ddicheck from the NDIS 5.1 reference on learn.microsoft.com
 * (https://learn.microsoft.com/previous-versions/windows/hardware/network/);
 * names, members, parameter lists, constant values and IRQL requirements
 * follow it, the text is our own. Included by <ndis.h>; apart from the first
 * section (which NDIS 6 drivers keep, as with the WDK) it is visible only
 * when NDIS_LEGACY_DRIVER is 1. The NDIS 6 replacement of all of this is the
 * NET_BUFFER_LIST data path (ndis_nbl.h).
 *
 * Limits:
 * - Routines the WDK writes as macros over packet fields (NdisQueryPacket,
 *   NdisGetFirstBufferFromPacket, NdisChainBufferAtFront, ...) are declared
 *   as functions with their documented prototypes, so that calls keep their
 *   names; where the WDK's macro is a braced statement, a macro of the same
 *   name wraps the call in braces. The field accessors
 *   (NDIS_GET_PACKET_STATUS, NdisGetPacketFlags, ...) stay macros.
 * - The out-of-band block is reached through Private.NdisPacketOobOffset as
 *   documented; pool internals are opaque.
 */
#ifndef DDICHECK_NDIS_PACKET_H
#define DDICHECK_NDIS_PACKET_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_packet.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Shared with NDIS 6 drivers: media-specific and per-packet information
 * types and the NDIS_BUFFER (MDL) helpers, all <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

/* Media-specific information attached to a packet. */
typedef enum _NDIS_CLASS_ID {
    NdisClass802_3Priority,
    NdisClassWirelessWanMbxMailbox,
    NdisClassIrdaPacketInfo,
    NdisClassAtmAALInfo
} NDIS_CLASS_ID;

typedef struct _MEDIA_SPECIFIC_INFORMATION {
    UINT NextEntryOffset;
    NDIS_CLASS_ID ClassId;
    UINT Size;
    UCHAR ClassInformation[1];
} MEDIA_SPECIFIC_INFORMATION, *PMEDIA_SPECIFIC_INFORMATION;

/* Per-packet information slots. */
typedef enum _NDIS_PER_PACKET_INFO {
    TcpIpChecksumPacketInfo,
    IpSecPacketInfo,
    TcpLargeSendPacketInfo,
    ClassificationHandlePacketInfo,
    NdisReserved,
    ScatterGatherListPacketInfo,
    Ieee8021QInfo,
    OriginalPacketInfo,
    PacketCancelId,
    OriginalNetBufferList,
    CachedNetBufferList,
    ShortPacketPaddingInfo,
    MaxPerPacketInfo
} NDIS_PER_PACKET_INFO, *PNDIS_PER_PACKET_INFO;

typedef struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO {
    union {
        struct {
            ULONG NdisPacketChecksumV4 : 1;
            ULONG NdisPacketChecksumV6 : 1;
            ULONG NdisPacketTcpChecksum : 1;
            ULONG NdisPacketUdpChecksum : 1;
            ULONG NdisPacketIpChecksum : 1;
        } Transmit;
        struct {
            ULONG NdisPacketTcpChecksumFailed : 1;
            ULONG NdisPacketUdpChecksumFailed : 1;
            ULONG NdisPacketIpChecksumFailed : 1;
            ULONG NdisPacketTcpChecksumSucceeded : 1;
            ULONG NdisPacketUdpChecksumSucceeded : 1;
            ULONG NdisPacketIpChecksumSucceeded : 1;
            ULONG NdisPacketLoopback : 1;
        } Receive;
        ULONG Value;
    };
} NDIS_TCP_IP_CHECKSUM_PACKET_INFO, *PNDIS_TCP_IP_CHECKSUM_PACKET_INFO;

typedef struct _NDIS_PACKET_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        PVOID Value;
    };
} NDIS_PACKET_8021Q_INFO, *PNDIS_PACKET_8021Q_INFO;

#define NDIS_BUFFER_LINKAGE(Buf) ((Buf)->Next)
#define NDIS_TASK_OFFLOAD_VERSION 1

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCopyBuffer(PNDIS_STATUS Status, PNDIS_BUFFER *Buffer,
                                      NDIS_HANDLE PoolHandle, PVOID MemoryDescriptor,
                                      UINT Offset, UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeBuffer(PNDIS_BUFFER Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAdjustBufferLength(PNDIS_BUFFER Buffer, UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisBufferLength(PNDIS_BUFFER Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PVOID NDIS_API NdisBufferVirtualAddress(PNDIS_BUFFER Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PVOID NDIS_API NdisBufferVirtualAddressSafe(PNDIS_BUFFER Buffer,
                                                     MM_PAGE_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisQueryBufferSafe(PNDIS_BUFFER Buffer, PVOID *VirtualAddress,
                                           PUINT Length, MM_PAGE_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisQueryBufferOffset(PNDIS_BUFFER Buffer, PUINT Offset, PUINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetNextBuffer(PNDIS_BUFFER CurrentBuffer, PNDIS_BUFFER *NextBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFlushBuffer(PNDIS_BUFFER Buffer, BOOLEAN WriteToDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI UCHAR NDIS_API NdisGeneratePartialCancelId(VOID);

/* Statement forms: the WDK writes these as braced statement macros, so
 * drivers may call them without a trailing semicolon and with any pointer
 * for the outputs. The macros keep both (the output pointers are cast) and
 * still call the routine declared above by name. */
#define NdisGetNextBuffer(CurrentBuffer, NextBuffer) \
    { (NdisGetNextBuffer)((CurrentBuffer), (NextBuffer)); }
#define NdisQueryBufferSafe(Buffer, VirtualAddress, Length, Priority) \
    { (NdisQueryBufferSafe)((Buffer), (PVOID *)(VirtualAddress), (PUINT)(Length), (Priority)); }
#define NdisQueryBufferOffset(Buffer, Offset, Length) \
    { (NdisQueryBufferOffset)((Buffer), (PUINT)(Offset), (PUINT)(Length)); }

#if NDIS_LEGACY_DRIVER

/* ------------------------------------------------------------------------
 * Packets
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff557086(v=vs.85)
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_PACKET_POOL *PNDIS_PACKET_POOL;
typedef struct _NDIS_PACKET NDIS_PACKET, *PNDIS_PACKET, **PPNDIS_PACKET;

typedef struct _NDIS_PACKET_PRIVATE {
    UINT PhysicalCount;
    UINT TotalLength;
    PNDIS_BUFFER Head;
    PNDIS_BUFFER Tail;
    PNDIS_PACKET_POOL Pool;
    UINT Count;
    ULONG Flags;
    BOOLEAN ValidCounts;
    UCHAR NdisPacketFlags;
    USHORT NdisPacketOobOffset;
} NDIS_PACKET_PRIVATE, *PNDIS_PACKET_PRIVATE;

struct _NDIS_PACKET {
    NDIS_PACKET_PRIVATE Private;
    union {
        struct {
            UCHAR MiniportReserved[2 * sizeof(PVOID)];
            UCHAR WrapperReserved[2 * sizeof(PVOID)];
        };
        struct {
            UCHAR MiniportReservedEx[3 * sizeof(PVOID)];
            UCHAR WrapperReservedEx[sizeof(PVOID)];
        };
        struct {
            UCHAR MacReserved[4 * sizeof(PVOID)];
        };
    };
    ULONG_PTR Reserved[2];
    UCHAR ProtocolReserved[1];
};

#define PROTOCOL_RESERVED_SIZE_IN_PACKET (4 * sizeof(PVOID))

/* Private.Flags: the low bits carry the protocol identifier. */
#define NDIS_FLAGS_PROTOCOL_ID_MASK 0x0000000F
#define NDIS_FLAGS_MULTICAST_PACKET 0x00000010
#define NDIS_FLAGS_RESERVED2 0x00000020
#define NDIS_FLAGS_RESERVED3 0x00000040
#define NDIS_FLAGS_DONT_LOOPBACK 0x00000080
#define NDIS_FLAGS_IS_LOOPBACK_PACKET 0x00000100
#define NDIS_FLAGS_LOOPBACK_ONLY 0x00000200
#define NDIS_FLAGS_RESERVED4 0x00000400
#define NDIS_FLAGS_DOUBLE_BUFFERED 0x00000800
#define NDIS_FLAGS_SENT_AT_DPC 0x00001000
#define NDIS_FLAGS_USES_SG_BUFFER_LIST 0x00002000
#define NDIS_FLAGS_USES_ORIGINAL_PACKET 0x00004000
#define NDIS_FLAGS_PADDED 0x00010000
#define NDIS_FLAGS_XLATE_AT_TOP 0x00020000

/* Private.NdisPacketFlags. */
#define fPACKET_WRAPPER_RESERVED 0x3F
#define fPACKET_CONTAINS_MEDIA_SPECIFIC_INFO 0x40
#define fPACKET_ALLOCATED_BY_NDIS 0x80

/* Out-of-band data that follows each packet. */

typedef struct _NDIS_PACKET_OOB_DATA {
    union {
        ULONGLONG TimeToSend;
        ULONGLONG TimeSent;
    };
    ULONGLONG TimeReceived;
    UINT HeaderSize;
    UINT SizeMediaSpecificInfo;
    PVOID MediaSpecificInformation;
    NDIS_STATUS Status;
} NDIS_PACKET_OOB_DATA, *PNDIS_PACKET_OOB_DATA;


typedef struct _NDIS_PACKET_EXTENSION {
    PVOID NdisPacketInfo[MaxPerPacketInfo];
} NDIS_PACKET_EXTENSION, *PNDIS_PACKET_EXTENSION;

typedef struct _NDIS_PACKET_STACK {
    ULONG_PTR IMReserved[2];
    ULONG_PTR NdisReserved[4];
} NDIS_PACKET_STACK, *PNDIS_PACKET_STACK;


/* Field accessors (macros in the WDK as well). */
#define NDIS_OOB_DATA_FROM_PACKET(Pkt) \
    ((PNDIS_PACKET_OOB_DATA)((PUCHAR)(Pkt) + (Pkt)->Private.NdisPacketOobOffset))
#define NDIS_GET_PACKET_HEADER_SIZE(Pkt) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->HeaderSize)
#define NDIS_SET_PACKET_HEADER_SIZE(Pkt, Size) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->HeaderSize = (Size))
#define NDIS_GET_PACKET_STATUS(Pkt) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->Status)
#define NDIS_SET_PACKET_STATUS(Pkt, Sts) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->Status = (Sts))
#define NDIS_GET_PACKET_TIME_TO_SEND(Pkt) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->TimeToSend)
#define NDIS_SET_PACKET_TIME_TO_SEND(Pkt, T) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->TimeToSend = (T))
#define NDIS_GET_PACKET_TIME_SENT(Pkt) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->TimeSent)
#define NDIS_SET_PACKET_TIME_SENT(Pkt, T) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->TimeSent = (T))
#define NDIS_GET_PACKET_TIME_RECEIVED(Pkt) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->TimeReceived)
#define NDIS_SET_PACKET_TIME_RECEIVED(Pkt, T) (NDIS_OOB_DATA_FROM_PACKET(Pkt)->TimeReceived = (T))
#define NDIS_GET_PACKET_MEDIA_SPECIFIC_INFO(Pkt, pInfo, pSize)                      \
    do {                                                                            \
        *(pInfo) = NDIS_OOB_DATA_FROM_PACKET(Pkt)->MediaSpecificInformation;        \
        *(pSize) = NDIS_OOB_DATA_FROM_PACKET(Pkt)->SizeMediaSpecificInfo;           \
    } while (0)
#define NDIS_SET_PACKET_MEDIA_SPECIFIC_INFO(Pkt, Info, Size)                        \
    do {                                                                            \
        (Pkt)->Private.NdisPacketFlags |= fPACKET_CONTAINS_MEDIA_SPECIFIC_INFO;     \
        NDIS_OOB_DATA_FROM_PACKET(Pkt)->MediaSpecificInformation = (Info);          \
        NDIS_OOB_DATA_FROM_PACKET(Pkt)->SizeMediaSpecificInfo = (Size);             \
    } while (0)
#define NDIS_PACKET_EXTENSION_FROM_PACKET(Pkt)                                      \
    ((PNDIS_PACKET_EXTENSION)((PUCHAR)(Pkt) + (Pkt)->Private.NdisPacketOobOffset +  \
                              sizeof(NDIS_PACKET_OOB_DATA)))
#define NDIS_PER_PACKET_INFO_FROM_PACKET(Pkt, InfoType) \
    (NDIS_PACKET_EXTENSION_FROM_PACKET(Pkt)->NdisPacketInfo[(InfoType)])
#define NDIS_GET_ORIGINAL_PACKET(Pkt) NDIS_PER_PACKET_INFO_FROM_PACKET(Pkt, OriginalPacketInfo)
#define NDIS_SET_ORIGINAL_PACKET(Pkt, Orig) \
    (NDIS_PER_PACKET_INFO_FROM_PACKET(Pkt, OriginalPacketInfo) = (Orig))
#define NDIS_GET_PACKET_CANCEL_ID(Pkt) NDIS_PER_PACKET_INFO_FROM_PACKET(Pkt, PacketCancelId)
#define NDIS_SET_PACKET_CANCEL_ID(Pkt, Id) \
    (NDIS_PER_PACKET_INFO_FROM_PACKET(Pkt, PacketCancelId) = (Id))
#define NDIS_GET_PACKET_PROTOCOL_TYPE(Pkt) ((Pkt)->Private.Flags & NDIS_PROTOCOL_ID_MASK)
#define NDIS_PACKET_FIRST_NDIS_BUFFER(Pkt) ((Pkt)->Private.Head)
#define NDIS_PACKET_LAST_NDIS_BUFFER(Pkt) ((Pkt)->Private.Tail)
#define NDIS_PACKET_VALID_COUNTS(Pkt) ((Pkt)->Private.ValidCounts)
#define NdisSetPacketFlags(Pkt, Flg) ((Pkt)->Private.Flags |= (Flg))
#define NdisClearPacketFlags(Pkt, Flg) ((Pkt)->Private.Flags &= ~(Flg))
#define NdisSetSendFlags(Pkt, Flg) ((Pkt)->Private.Flags = (Flg))
#define NdisQuerySendFlags(Pkt, pFlg) (*(pFlg) = (Pkt)->Private.Flags)
#define NdisSetPacketStatus(Pkt, Sts, Handle, Code) NDIS_SET_PACKET_STATUS(Pkt, Sts)

/* ------------------------------------------------------------------------
 * Packet and buffer pools, packet composition
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff550771(v=vs.85)
 *
 * All <= DISPATCH_LEVEL, except NdisDprAllocatePacket and NdisDprFreePacket
 * (DISPATCH_LEVEL).
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAllocatePacketPool(PNDIS_STATUS Status, PNDIS_HANDLE PoolHandle,
                                              UINT NumberOfDescriptors,
                                              UINT ProtocolReservedLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAllocatePacketPoolEx(PNDIS_STATUS Status, PNDIS_HANDLE PoolHandle,
                                                UINT NumberOfDescriptors,
                                                UINT NumberOfOverflowDescriptors,
                                                UINT ProtocolReservedLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreePacketPool(NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI UINT NDIS_API NdisPacketPoolUsage(NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisGetPoolFromPacket(PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAllocatePacket(PNDIS_STATUS Status, PNDIS_PACKET *Packet,
                                          NDIS_HANDLE PoolHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprAllocatePacket(PNDIS_STATUS Status, PNDIS_PACKET *Packet,
                                             NDIS_HANDLE PoolHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprAllocatePacketNonInterlocked(PNDIS_STATUS Status,
                                                           PNDIS_PACKET *Packet,
                                                           NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreePacket(PNDIS_PACKET Packet);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprFreePacket(PNDIS_PACKET Packet);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprFreePacketNonInterlocked(PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisReinitializePacket(PNDIS_PACKET Packet);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAllocateBufferPool(PNDIS_STATUS Status, PNDIS_HANDLE PoolHandle,
                                              UINT NumberOfDescriptors);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeBufferPool(NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAllocateBuffer(PNDIS_STATUS Status, PNDIS_BUFFER *Buffer,
                                          NDIS_HANDLE PoolHandle, PVOID VirtualAddress,
                                          UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisQueryBuffer(PNDIS_BUFFER Buffer, PVOID *VirtualAddress,
                                       PUINT Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisChainBufferAtFront(PNDIS_PACKET Packet, PNDIS_BUFFER Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisChainBufferAtBack(PNDIS_PACKET Packet, PNDIS_BUFFER Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisUnchainBufferAtFront(PNDIS_PACKET Packet, PNDIS_BUFFER *Buffer);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisUnchainBufferAtBack(PNDIS_PACKET Packet, PNDIS_BUFFER *Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisQueryPacket(PNDIS_PACKET Packet, PUINT PhysicalBufferCount,
                                       PUINT BufferCount, PNDIS_BUFFER *FirstBuffer,
                                       PUINT TotalPacketLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisQueryPacketLength(PNDIS_PACKET Packet, PUINT TotalPacketLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetFirstBufferFromPacket(PNDIS_PACKET Packet,
                                                    PNDIS_BUFFER *FirstBuffer,
                                                    PVOID *FirstBufferVA,
                                                    PUINT FirstBufferLength,
                                                    PUINT TotalBufferLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetFirstBufferFromPacketSafe(PNDIS_PACKET Packet,
                                                        PNDIS_BUFFER *FirstBuffer,
                                                        PVOID *FirstBufferVA,
                                                        PUINT FirstBufferLength,
                                                        PUINT TotalBufferLength,
                                                        MM_PAGE_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisRecalculatePacketCounts(PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI UINT NDIS_API NdisGetPacketFlags(PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCopyFromPacketToPacket(PNDIS_PACKET Destination,
                                                  UINT DestinationOffset, UINT BytesToCopy,
                                                  PNDIS_PACKET Source, UINT SourceOffset,
                                                  PUINT BytesCopied);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCopyFromPacketToPacketSafe(PNDIS_PACKET Destination,
                                                      UINT DestinationOffset, UINT BytesToCopy,
                                                      PNDIS_PACKET Source, UINT SourceOffset,
                                                      PUINT BytesCopied,
                                                      MM_PAGE_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PVOID NDIS_API NdisGetPacketCancelId(PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSetPacketCancelId(PNDIS_PACKET Packet, PVOID CancelId);

/* Statement forms (see NdisGetNextBuffer above). NdisGetPacketFlags is the
 * packet's flags field itself, as in the WDK: drivers assign to it. */
#define NdisQueryBuffer(Buffer, VirtualAddress, Length) \
    { (NdisQueryBuffer)((Buffer), (PVOID *)(VirtualAddress), (PUINT)(Length)); }
#define NdisChainBufferAtFront(Packet, Buffer) \
    { (NdisChainBufferAtFront)((Packet), (Buffer)); }
#define NdisChainBufferAtBack(Packet, Buffer) \
    { (NdisChainBufferAtBack)((Packet), (Buffer)); }
#define NdisQueryPacketLength(Packet, TotalPacketLength) \
    { (NdisQueryPacketLength)((Packet), (TotalPacketLength)); }
#define NdisGetFirstBufferFromPacket(Packet, FirstBuffer, FirstBufferVA, FirstBufferLength, \
                                     TotalBufferLength) \
    { \
        (NdisGetFirstBufferFromPacket)((Packet), (FirstBuffer), (PVOID *)(FirstBufferVA), \
                                       (PUINT)(FirstBufferLength), (PUINT)(TotalBufferLength)); \
    }
#define NdisGetFirstBufferFromPacketSafe(Packet, FirstBuffer, FirstBufferVA, \
                                         FirstBufferLength, TotalBufferLength, Priority) \
    { \
        (NdisGetFirstBufferFromPacketSafe)((Packet), (FirstBuffer), (PVOID *)(FirstBufferVA), \
                                           (PUINT)(FirstBufferLength), \
                                           (PUINT)(TotalBufferLength), (Priority)); \
    }
#define NdisRecalculatePacketCounts(Packet) { (NdisRecalculatePacketCounts)((Packet)); }
#define NdisReinitializePacket(Packet) { (NdisReinitializePacket)((Packet)); }
#define NdisGetPacketFlags(Packet) ((Packet)->Private.Flags)

/* Intermediate drivers: per-packet information and packet stacks. */
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisIMCopySendPerPacketInfo(PNDIS_PACKET DstPacket,
                                                   PNDIS_PACKET SrcPacket);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisIMCopySendCompletePerPacketInfo(PNDIS_PACKET DstPacket,
                                                           PNDIS_PACKET SrcPacket);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNDIS_PACKET_STACK NDIS_API NdisIMGetCurrentPacketStack(PNDIS_PACKET Packet,
                                                                 BOOLEAN *StacksRemaining);

/* ------------------------------------------------------------------------
 * NDIS 5 requests (query/set information)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff557152(v=vs.85)
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_REQUEST {
    UCHAR MacReserved[4 * sizeof(PVOID)];
    NDIS_REQUEST_TYPE RequestType;
    union _DATA {
        struct _QUERY_INFORMATION {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET_INFORMATION {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
    } DATA;
    UCHAR NdisReserved[9 * sizeof(PVOID)];
    union {
        UCHAR CallMgrReserved[2 * sizeof(PVOID)];
        UCHAR ProtocolReserved[2 * sizeof(PVOID)];
    };
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
} NDIS_REQUEST, *PNDIS_REQUEST;

/* ------------------------------------------------------------------------
 * WAN packets (NDIS 5 WAN miniports and NDISWAN)
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_WAN_PACKET {
    LIST_ENTRY WanPacketQueue;
    PUCHAR CurrentBuffer;
    ULONG CurrentLength;
    PUCHAR StartBuffer;
    PUCHAR EndBuffer;
    PVOID ProtocolReserved1;
    PVOID ProtocolReserved2;
    PVOID ProtocolReserved3;
    PVOID ProtocolReserved4;
    PVOID MacReserved1;
    PVOID MacReserved2;
    PVOID MacReserved3;
    PVOID MacReserved4;
} NDIS_WAN_PACKET, *PNDIS_WAN_PACKET;

/* ------------------------------------------------------------------------
 * NDIS 5 task offload (OID_TCP_TASK_OFFLOAD)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff557026(v=vs.85)
 * ------------------------------------------------------------------------ */

typedef enum _NDIS_TASK {
    TcpIpChecksumNdisTask,
    IpSecNdisTask,
    TcpLargeSendNdisTask,
    MaxNdisTask
} NDIS_TASK, *PNDIS_TASK;

typedef enum _NDIS_ENCAPSULATION {
    UNSPECIFIED_Encapsulation,
    NULL_Encapsulation,
    IEEE_802_3_Encapsulation,
    IEEE_802_5_Encapsulation,
    LLC_SNAP_ROUTED_Encapsulation,
    LLC_SNAP_BRIDGED_Encapsulation
} NDIS_ENCAPSULATION;

typedef struct _NDIS_ENCAPSULATION_FORMAT {
    NDIS_ENCAPSULATION Encapsulation;
    struct {
        ULONG FixedHeaderSize : 1;
        ULONG Reserved : 31;
    } Flags;
    ULONG EncapsulationHeaderSize;
} NDIS_ENCAPSULATION_FORMAT, *PNDIS_ENCAPSULATION_FORMAT;

typedef struct _NDIS_TASK_OFFLOAD_HEADER {
    ULONG Version;
    ULONG Size;
    ULONG Reserved;
    ULONG OffsetFirstTask;
    NDIS_ENCAPSULATION_FORMAT EncapsulationFormat;
} NDIS_TASK_OFFLOAD_HEADER, *PNDIS_TASK_OFFLOAD_HEADER;

typedef struct _NDIS_TASK_OFFLOAD {
    ULONG Version;
    ULONG Size;
    NDIS_TASK Task;
    ULONG OffsetNextTask;
    ULONG TaskBufferLength;
    UCHAR TaskBuffer[1];
} NDIS_TASK_OFFLOAD, *PNDIS_TASK_OFFLOAD;

typedef struct _NDIS_TASK_TCP_IP_CHECKSUM {
    struct {
        ULONG IpOptionsSupported : 1;
        ULONG TcpOptionsSupported : 1;
        ULONG TcpChecksum : 1;
        ULONG UdpChecksum : 1;
        ULONG IpChecksum : 1;
    } V4Transmit;
    struct {
        ULONG IpOptionsSupported : 1;
        ULONG TcpOptionsSupported : 1;
        ULONG TcpChecksum : 1;
        ULONG UdpChecksum : 1;
        ULONG IpChecksum : 1;
    } V4Receive;
    struct {
        ULONG IpOptionsSupported : 1;
        ULONG TcpOptionsSupported : 1;
        ULONG TcpChecksum : 1;
        ULONG UdpChecksum : 1;
    } V6Transmit;
    struct {
        ULONG IpOptionsSupported : 1;
        ULONG TcpOptionsSupported : 1;
        ULONG TcpChecksum : 1;
        ULONG UdpChecksum : 1;
    } V6Receive;
} NDIS_TASK_TCP_IP_CHECKSUM, *PNDIS_TASK_TCP_IP_CHECKSUM;

typedef struct _NDIS_TASK_TCP_LARGE_SEND {
    ULONG Version;
    ULONG MaxOffLoadSize;
    ULONG MinSegmentCount;
    BOOLEAN TcpOptions;
    BOOLEAN IpOptions;
} NDIS_TASK_TCP_LARGE_SEND, *PNDIS_TASK_TCP_LARGE_SEND;

#define NDIS_TASK_TCP_LARGE_SEND_V0 0

#endif /* NDIS_LEGACY_DRIVER */

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_PACKET_H */

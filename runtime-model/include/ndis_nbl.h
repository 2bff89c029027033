/*
 * ndis_nbl.h - the NDIS 6 data path of the ddicheck header set: NET_BUFFER,
 * NET_BUFFER_LIST and their contexts, per-NBL information (checksum, LSO,
 * 802.1Q, hash, filtering), pools, allocation, cloning and data-start
 * adjustment, MDL helpers, and the send/receive/return flags.
 *
 * Written for ddicheck from the NET_BUFFER reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/nbl/ and
 * https://learn.microsoft.com/windows-hardware/drivers/network/net-buffer-architecture);
 * names, members, parameter lists, constant values and IRQL requirements
 * follow it, the text is our own. Included by <ndis.h>.
 *
 * Limits:
 * - NET_BUFFER and NET_BUFFER_LIST expose their header fields (Next,
 *   CurrentMdl, DataLength, FirstNetBuffer, ...) directly, as C drivers see
 *   them; the C++ spellings through NetBufferHeader / NetBufferListHeader
 *   are not provided.
 * - Every allocation, free and copy routine here is <= DISPATCH_LEVEL.
 */
#ifndef DDICHECK_NDIS_NBL_H
#define DDICHECK_NDIS_NBL_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_nbl.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MEMORY_ALLOCATION_ALIGNMENT
#if defined(_WIN64) || defined(__x86_64__)
#define MEMORY_ALLOCATION_ALIGNMENT 16
#else
#define MEMORY_ALLOCATION_ALIGNMENT 8
#endif
#endif

/* ------------------------------------------------------------------------
 * Structures
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/nbl/ns-nbl-net_buffer
 * ------------------------------------------------------------------------ */

typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;

typedef union _NET_BUFFER_DATA_LENGTH {
    ULONG DataLength;
    SIZE_T stDataLength;
} NET_BUFFER_DATA_LENGTH, *PNET_BUFFER_DATA_LENGTH;

struct _NET_BUFFER_SHARED_MEMORY {
    PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
};

struct _NET_BUFFER {
    union {
        struct {
            PNET_BUFFER Next;
            PMDL CurrentMdl;
            ULONG CurrentMdlOffset;
            union {
                ULONG DataLength;
                SIZE_T stDataLength;
            };
            PMDL MdlChain;
            ULONG DataOffset;
        };
        SLIST_HEADER Link;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) PVOID NdisReserved[2];
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) PVOID ProtocolReserved[6];
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};

struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR ContextData[1];
};

typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo,
    TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo,
    IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo,
    TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo,
    Ieee8021QNetBufferListInfo,
    NetBufferListCancelId,
    MediaSpecificInformation,
    NetBufferListFrameType,
    NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue,
    NetBufferListHashInfo,
    WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo,
    IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId,
    NetBufferListFilteringInfo,
    MediaSpecificInformationEx,
    NblOriginalInterfaceIfIndex,
    NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
    TcpReceiveBytesTransferred,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

struct _NET_BUFFER_LIST {
    union {
        struct {
            PNET_BUFFER_LIST Next;
            PNET_BUFFER FirstNetBuffer;
        };
        SLIST_HEADER Link;
    };
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) PVOID NdisReserved[2];
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) PVOID ProtocolReserved[4];
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    NDIS_STATUS Status;
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

/* ------------------------------------------------------------------------
 * Accessors (macros in the WDK as well)
 * ------------------------------------------------------------------------ */

#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_CHECKSUM_BIAS(_NB) ((_NB)->ChecksumBias)
#define NET_BUFFER_DATA_PHYSICAL_ADDRESS(_NB) ((_NB)->DataPhysicalAddress)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB) ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SCATTER_GATHER_LIST(_NB) ((_NB)->ScatterGatherList)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI) ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI) ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI) ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI) ((_SHI)->SharedMemoryLength)

#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) \
    ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) (((_NBL)->Context)->Size)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL) (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId) \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId) = (_CancelId))
#define NET_BUFFER_LIST_GET_HASH_VALUE(_NBL) \
    ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashValue))
#define NET_BUFFER_LIST_SET_HASH_VALUE(_NBL, _HashValue) \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashValue) = (PVOID)(ULONG_PTR)(_HashValue))
#define NET_BUFFER_LIST_GET_HASH_TYPE(_NBL) \
    ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) & (NDIS_HASH_TYPE_MASK))
#define NET_BUFFER_LIST_GET_HASH_FUNCTION(_NBL)                                    \
    ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) &         \
     (NDIS_HASH_FUNCTION_MASK))
#define NET_BUFFER_LIST_SET_HASH_TYPE(_NBL, _HashType)                             \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) = (PVOID)(ULONG_PTR)(       \
         ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) &    \
          ~(ULONG)(NDIS_HASH_TYPE_MASK)) |                                         \
         ((_HashType) & (NDIS_HASH_TYPE_MASK))))
#define NET_BUFFER_LIST_SET_HASH_FUNCTION(_NBL, _HashFunction)                     \
    (NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) = (PVOID)(ULONG_PTR)(       \
         ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) &    \
          ~(ULONG)(NDIS_HASH_FUNCTION_MASK)) |                                     \
         ((_HashFunction) & (NDIS_HASH_FUNCTION_MASK))))
#define NdisSetNetBufferListProtocolId(_NBL, _ProtocolId) \
    (*((PUCHAR)(&NET_BUFFER_LIST_INFO(_NBL, NetBufferListProtocolId))) = (_ProtocolId))

/* NET_BUFFER_LIST flags. */
#define NBL_FLAGS_PROTOCOL_RESERVED 0xFFF00000
#define NBL_FLAGS_MINIPORT_RESERVED 0x0000F000
#define NBL_FLAGS_SCRATCH 0x000F0000
#define NBL_FLAGS_NDIS_RESERVED 0x00000FFF
#define NBL_PROT_RSVD_FLAGS NBL_FLAGS_PROTOCOL_RESERVED
#define NBL_SET_PROTOCOL_RSVD_FLAG(_NBL, _F) \
    ((_NBL)->Flags |= ((_F) & NBL_FLAGS_PROTOCOL_RESERVED))
#define NBL_CLEAR_PROTOCOL_RSVD_FLAG(_NBL, _F) \
    ((_NBL)->Flags &= ~((_F) & NBL_FLAGS_PROTOCOL_RESERVED))
#define NBL_TEST_PROTOCOL_RSVD_FLAG(_NBL, _F) \
    (((_NBL)->Flags & ((_F) & NBL_FLAGS_PROTOCOL_RESERVED)) != 0)
#define NBL_SET_PROT_RSVD_FLAG(_NBL, _F) NBL_SET_PROTOCOL_RSVD_FLAG(_NBL, _F)
#define NBL_CLEAR_PROT_RSVD_FLAG(_NBL, _F) NBL_CLEAR_PROTOCOL_RSVD_FLAG(_NBL, _F)
#define NBL_TEST_PROT_RSVD_FLAG(_NBL, _F) NBL_TEST_PROTOCOL_RSVD_FLAG(_NBL, _F)
#define NBL_SET_FLAG(_NBL, _F) ((_NBL)->Flags |= (_F))
#define NBL_CLEAR_FLAG(_NBL, _F) ((_NBL)->Flags &= ~(_F))
#define NBL_TEST_FLAG(_NBL, _F) (((_NBL)->Flags & (_F)) != 0)

#define NDIS_NBL_FLAGS_SEND_READ_ONLY 0x00000001
#define NDIS_NBL_FLAGS_RECV_READ_ONLY 0x00000002
#define NDIS_NBL_FLAGS_HD_SPLIT 0x00000100
#define NDIS_NBL_FLAGS_IS_IPV4 0x00000200
#define NDIS_NBL_FLAGS_IS_IPV6 0x00000400
#define NDIS_NBL_FLAGS_IS_TCP 0x00000800
#define NDIS_NBL_FLAGS_IS_UDP 0x00001000
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_HEADER 0x00002000
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_PAYLOAD 0x00004000
#define NDIS_NBL_FLAGS_IS_LOOPBACK_PACKET 0x00008000
#define NdisSetNblFlag(_NBL, _F) ((_NBL)->NblFlags |= (_F))
#define NdisTestNblFlag(_NBL, _F) (((_NBL)->NblFlags & (_F)) != 0)
#define NdisClearNblFlag(_NBL, _F) ((_NBL)->NblFlags &= ~(_F))

/* Send, receive, return and send-complete flags. */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE 0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00002000
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE 0x00000002

#define NDIS_TEST_SEND_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags) \
    NDIS_TEST_SEND_FLAG((_Flags), NDIS_SEND_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags) \
    NDIS_TEST_SEND_COMPLETE_FLAG((_Flags), NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RECEIVE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags) \
    NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags) \
    NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_RESOURCES)
#define NDIS_TEST_RECEIVE_CAN_PEND(_Flags) (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)
#define NDIS_TEST_RETURN_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RETURN_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags) \
    NDIS_TEST_RETURN_FLAG((_Flags), NDIS_RETURN_FLAGS_DISPATCH_LEVEL)

/* ------------------------------------------------------------------------
 * Per-NBL information structures
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/nblinfo/
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 WMMInfo : 4;
            UINT32 Reserved : 12;
        } WLanTagHeader;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

typedef struct _NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO {
    union {
        PVOID MediaSpecificInfo;
        PVOID NativeWifiSpecificInfo;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO, *PNDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO;

typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
    union {
        struct {
            USHORT FilterId;
            USHORT QueueId;
        } FilteringInfo;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;

#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL)                                     \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(                  \
          _NBL, NetBufferListFilteringInfo))->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL)                                      \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(                  \
          _NBL, NetBufferListFilteringInfo))->FilteringInfo.QueueId)

typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG IsIPv4 : 1;
            ULONG IsIPv6 : 1;
            ULONG TcpChecksum : 1;
            ULONG UdpChecksum : 1;
            ULONG IpHeaderChecksum : 1;
            ULONG Reserved : 11;
            ULONG TcpHeaderOffset : 10;
        } Transmit;
        struct {
            ULONG TcpChecksumFailed : 1;
            ULONG UdpChecksumFailed : 1;
            ULONG IpChecksumFailed : 1;
            ULONG TcpChecksumSucceeded : 1;
            ULONG UdpChecksumSucceeded : 1;
            ULONG IpChecksumSucceeded : 1;
            ULONG Loopback : 1;
        } Receive;
        PVOID Value;
    };
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO, *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

#define NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE 1
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6 1

typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG Unused : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } Transmit;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1Transmit;
        struct {
            ULONG TcpPayload : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1TransmitComplete;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG IPVersion : 1;
        } LsoV2Transmit;
        struct {
            ULONG Reserved : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV2TransmitComplete;
        PVOID Value;
    };
} NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO,
    *PNDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;

/* ------------------------------------------------------------------------
 * Pools
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/nblapi/nf-nblapi-ndisallocatenetbufferlistpool
 * ------------------------------------------------------------------------ */

typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;

#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)

typedef struct _NET_BUFFER_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;

#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)

/* MDL callbacks of NdisRetreatNetBufferDataStart / NdisAdvanceNetBufferDataStart. */
typedef PMDL (*NET_BUFFER_ALLOCATE_MDL_HANDLER)(PULONG BufferSize);
typedef VOID (*NET_BUFFER_FREE_MDL_HANDLER)(PMDL Mdl);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisAllocateNetBufferListPool(
    NDIS_HANDLE NdisHandle, const NET_BUFFER_LIST_POOL_PARAMETERS *Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisAllocateNetBufferPool(NDIS_HANDLE NdisHandle,
                                                        PNET_BUFFER_POOL_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeNetBufferPool(NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisGetPoolFromNetBufferList(const NET_BUFFER_LIST *NetBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisGetPoolFromNetBuffer(PNET_BUFFER NetBuffer);

/* ------------------------------------------------------------------------
 * Allocation, cloning, fragmentation
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisallocatenetbufferandnetbufferlist
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER_LIST NDIS_API NdisAllocateNetBufferList(NDIS_HANDLE PoolHandle,
                                                             USHORT ContextSize,
                                                             USHORT ContextBackFill);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER_LIST NDIS_API NdisAllocateNetBufferAndNetBufferList(
    NDIS_HANDLE PoolHandle, USHORT ContextSize, USHORT ContextBackFill, PMDL MdlChain,
    ULONG DataOffset, SIZE_T DataLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeNetBufferList(PNET_BUFFER_LIST NetBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER NDIS_API NdisAllocateNetBuffer(NDIS_HANDLE PoolHandle, PMDL MdlChain,
                                                    ULONG DataOffset, SIZE_T DataLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER NDIS_API NdisAllocateNetBufferMdlAndData(NDIS_HANDLE PoolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeNetBuffer(PNET_BUFFER NetBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisAllocateNetBufferListContext(PNET_BUFFER_LIST NetBufferList,
                                                               USHORT ContextSize,
                                                               USHORT ContextBackFill,
                                                               ULONG PoolTag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeNetBufferListContext(PNET_BUFFER_LIST NetBufferList,
                                                    USHORT ContextSize);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER_LIST NDIS_API NdisAllocateCloneNetBufferList(
    PNET_BUFFER_LIST OriginalNetBufferList, NDIS_HANDLE NetBufferListPoolHandle,
    NDIS_HANDLE NetBufferPoolHandle, ULONG AllocateCloneFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeCloneNetBufferList(PNET_BUFFER_LIST CloneNetBufferList,
                                                  ULONG FreeCloneFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER_LIST NDIS_API NdisAllocateFragmentNetBufferList(
    PNET_BUFFER_LIST OriginalNetBufferList, NDIS_HANDLE NetBufferListPool,
    NDIS_HANDLE NetBufferPool, ULONG StartOffset, ULONG MaximumLength, ULONG DataOffsetDelta,
    ULONG DataBackFill, ULONG AllocateFragmentFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeFragmentNetBufferList(PNET_BUFFER_LIST FragmentNetBufferList,
                                                     ULONG DataOffsetDelta,
                                                     ULONG FreeFragmentFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PNET_BUFFER_LIST NDIS_API NdisAllocateReassembledNetBufferList(
    PNET_BUFFER_LIST FragmentNetBufferList, NDIS_HANDLE NetBufferAndNetBufferListPoolHandle,
    ULONG StartOffset, ULONG DataOffsetDelta, ULONG DataBackFill,
    ULONG AllocateReassembleFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeReassembledNetBufferList(
    PNET_BUFFER_LIST ReassembledNetBufferList, ULONG DataOffsetDelta, ULONG FreeReassembleFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCopySendNetBufferListInfo(PNET_BUFFER_LIST DestNetBufferList,
                                                     PNET_BUFFER_LIST SrcNetBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCopyReceiveNetBufferListInfo(PNET_BUFFER_LIST DestNetBufferList,
                                                        PNET_BUFFER_LIST SrcNetBufferList);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI UCHAR NDIS_API NdisGetNetBufferListProtocolId(PNET_BUFFER_LIST NetBufferList);

#define NDIS_CLONE_FLAGS_RESERVED 0x00000001
#define NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS 0x00000002

/* ------------------------------------------------------------------------
 * Data access and data-start adjustment
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisgetdatabuffer
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PVOID NDIS_API NdisGetDataBuffer(PNET_BUFFER NetBuffer, ULONG BytesNeeded,
                                          PVOID Storage, UINT AlignMultiple, UINT AlignOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisRetreatNetBufferDataStart(
    PNET_BUFFER NetBuffer, ULONG DataOffsetDelta, ULONG DataBackFill,
    NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAdvanceNetBufferDataStart(PNET_BUFFER NetBuffer,
                                                     ULONG DataOffsetDelta, BOOLEAN FreeMdl,
                                                     NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisRetreatNetBufferListDataStart(
    PNET_BUFFER_LIST NetBufferList, ULONG DataOffsetDelta, ULONG DataBackFill,
    NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler,
    NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAdvanceNetBufferListDataStart(
    PNET_BUFFER_LIST NetBufferList, ULONG DataOffsetDelta, BOOLEAN FreeMdl,
    NET_BUFFER_FREE_MDL_HANDLER FreeMdlMdlHandler);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisCopyFromNetBufferToNetBuffer(PNET_BUFFER Destination,
                                                               ULONG DestinationOffset,
                                                               ULONG BytesToCopy,
                                                               PNET_BUFFER Source,
                                                               ULONG SourceOffset,
                                                               PULONG BytesCopied);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisQueryNetBufferPhysicalCount(PNET_BUFFER NetBuffer);

/* ------------------------------------------------------------------------
 * MDLs
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisallocatemdl
 * NdisAllocateMdl, NdisFreeMdl: <= DISPATCH_LEVEL. The query and linkage
 * helpers are macros over the MDL fields, as in the WDK.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI PMDL NDIS_API NdisAllocateMdl(NDIS_HANDLE NdisHandle, PVOID VirtualAddress,
                                       UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeMdl(PMDL Mdl);

#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) (*(_NextMdl) = (_CurrentMdl)->Next)
#define NdisAdjustMdlLength(_Mdl, _Length) ((_Mdl)->ByteCount = (_Length))
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority)                       \
    do {                                                                              \
        if (ARGUMENT_PRESENT(_VirtualAddress))                                        \
            *(PVOID *)(_VirtualAddress) = MmGetSystemAddressForMdlSafe(_Mdl, _Priority); \
        *(_Length) = MmGetMdlByteCount(_Mdl);                                         \
    } while (0)
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length)                                    \
    do {                                                                              \
        *(_Offset) = MmGetMdlByteOffset(_Mdl);                                        \
        *(_Length) = MmGetMdlByteCount(_Mdl);                                         \
    } while (0)

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_NBL_H */

/*
 * xfilter.h - Ethernet and Token Ring address helpers of NDIS: address
 * lengths, multicast/broadcast tests, the ordering and equality comparisons
 * and the address copy that miniport and protocol drivers use on MAC
 * addresses. <ndis.h> includes this file; drivers may include it directly.
 *
 * Written for ddicheck from the NDIS documentation (macro names, argument
 * order, result conventions); the implementations are our own: the
 * comparisons are byte loops in inline helpers instead of unaligned word
 * loads.
 *
 * Result conventions: the *_COMPARE_NETWORK_ADDRESSES macros store a value
 * < 0, 0 or > 0 through their third argument (the order is fixed but carries
 * no meaning: the last byte is the most significant); the *_EQ variants store
 * 0 when the addresses are equal and 1 when they differ. Like the WDK's,
 * these statement macros expand to a braced block.
 */
#ifndef DDICHECK_XFILTER_H
#define DDICHECK_XFILTER_H

#include "ddk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ETH_LENGTH_OF_ADDRESS 6
#define TR_LENGTH_OF_ADDRESS 6
#define TR_LENGTH_OF_FUNCTIONAL 4

/* Token Ring functional and group addresses: the low 32 bits only (the
 * first two bytes are always C0-00). */
typedef ULONG TR_FUNCTIONAL_ADDRESS;
typedef ULONG TR_GROUP_ADDRESS;

/* Orders two 6-byte addresses from the last byte to the first. */
static __inline int ddk_mac_order(const UCHAR *a, const UCHAR *b)
{
    int i;
    for (i = 5; i >= 0; i--) {
        if (a[i] != b[i])
            return a[i] > b[i] ? 1 : -1;
    }
    return 0;
}

/* 1 when the two 6-byte addresses differ, 0 when they are equal. */
static __inline int ddk_mac_differ(const UCHAR *a, const UCHAR *b)
{
    int i;
    for (i = 0; i < 6; i++) {
        if (a[i] != b[i])
            return 1;
    }
    return 0;
}

/* Group bit: the low bit of the first byte. */
#define ETH_IS_MULTICAST(Address) \
    ((BOOLEAN)(((const UCHAR *)(Address))[0] & 0x01))

#define ETH_IS_BROADCAST(Address) \
    (((const UCHAR *)(Address))[0] == 0xFF && \
     ((const UCHAR *)(Address))[1] == 0xFF && \
     ((const UCHAR *)(Address))[2] == 0xFF && \
     ((const UCHAR *)(Address))[3] == 0xFF && \
     ((const UCHAR *)(Address))[4] == 0xFF && \
     ((const UCHAR *)(Address))[5] == 0xFF)

#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result) \
    { \
        *(_Result) = ddk_mac_order((const UCHAR *)(_A), (const UCHAR *)(_B)); \
    }

#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result) \
    { \
        *(_Result) = ddk_mac_differ((const UCHAR *)(_A), (const UCHAR *)(_B)); \
    }

#define ETH_COPY_NETWORK_ADDRESS(_D, _S) \
    { \
        int ddk_i_; \
        for (ddk_i_ = 0; ddk_i_ < 6; ddk_i_++) \
            ((UCHAR *)(_D))[ddk_i_] = ((const UCHAR *)(_S))[ddk_i_]; \
    }

/* Token Ring: the high bit of byte 0 marks a non-directed address (and in
 * a source address, source routing); byte 2's high bit separates group from
 * functional addresses. */
#define TR_IS_NOT_DIRECTED(_Address, _Result) \
    { \
        *(_Result) = (BOOLEAN)(((_Address)[0] & 0x80) != 0); \
    }

#define TR_IS_FUNCTIONAL(_Address, _Result) \
    { \
        *(_Result) = (BOOLEAN)(((_Address)[0] & 0x80) != 0 && \
                               ((_Address)[2] & 0x80) == 0); \
    }

#define TR_IS_GROUP(_Address, _Result) \
    { \
        *(_Result) = (BOOLEAN)(((_Address)[0] & 0x80) != 0 && \
                               ((_Address)[2] & 0x80) != 0); \
    }

#define TR_IS_SOURCE_ROUTING(_Address, _Result) \
    { \
        *(_Result) = (BOOLEAN)(((_Address)[0] & 0x80) != 0); \
    }

/* MAC frame: frame-control byte (byte 1) with its top six bits clear. */
#define TR_IS_MAC_FRAME(_PacketHeader) \
    ((((const UCHAR *)(_PacketHeader))[1] & 0xFC) == 0)

/* Broadcast: FF-FF or C0-00 followed by FF-FF-FF-FF. */
#define TR_IS_BROADCAST(_Address, _Result) \
    { \
        *(_Result) = (BOOLEAN)( \
            (((_Address)[0] == 0xFF && (_Address)[1] == 0xFF) || \
             ((_Address)[0] == 0xC0 && (_Address)[1] == 0x00)) && \
            (_Address)[2] == 0xFF && (_Address)[3] == 0xFF && \
            (_Address)[4] == 0xFF && (_Address)[5] == 0xFF); \
    }

#define TR_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result) \
    ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result)
#define TR_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result) \
    ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result)
#define TR_COPY_NETWORK_ADDRESS(_D, _S) ETH_COPY_NETWORK_ADDRESS(_D, _S)

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_XFILTER_H */

/*
 * Not reported: a four-character tag, a tag kept in the adapter (not known), and a tag chosen
 * when the caller passes 0 ("use the default").
 */
#include <ndis.h> // expected-no-diagnostics

#define NIC_TAG 'ciNM'

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    ULONG PoolTag;
} NIC, *PNIC;

PVOID
NicAlloc(PNIC Nic, UINT Length, ULONG Tag)
{
    if (Tag == 0)
        Tag = NIC_TAG;
    return NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, Length, Tag, NormalPoolPriority);
}

PVOID
NicAllocRing(PNIC Nic)
{
    PVOID Rx = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 2048, NIC_TAG, NormalPoolPriority);
    PVOID Tx = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 2048, Nic->PoolTag, NormalPoolPriority);
    if (Tx)
        NdisFreeMemory(Tx, 0, 0);
    return Rx;
}

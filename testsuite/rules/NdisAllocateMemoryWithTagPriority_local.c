/*
 * Tags ddicheck knows to be 0: a literal, the driver's own macro, a local assigned on the path.
 */
#include <ndis.h>

#define NIC_TAG 0

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    PVOID Ring;
    PVOID Stats;
    PVOID Scratch;
} NIC, *PNIC;

NDIS_STATUS
NicAllocate(PNIC Nic, BOOLEAN WithScratch)
{
    ULONG Tag = 0;

    Nic->Ring = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 4096, 0, NormalPoolPriority); // expected-warning {{'NdisAllocateMemoryWithTagPriority' is given 0 as its Tag; each allocation needs a nonzero pool tag [NdisAllocateMemoryWithTagPriority]}}
    Nic->Stats = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 256, NIC_TAG, NormalPoolPriority); // expected-warning {{'NdisAllocateMemoryWithTagPriority' is given 0 as its Tag; each allocation needs a nonzero pool tag [NdisAllocateMemoryWithTagPriority]}}
    if (WithScratch)
        Nic->Scratch = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 64, Tag, LowPoolPriority); // expected-warning {{'NdisAllocateMemoryWithTagPriority' is given 0 as its Tag; each allocation needs a nonzero pool tag [NdisAllocateMemoryWithTagPriority]}}
    return Nic->Ring && Nic->Stats ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

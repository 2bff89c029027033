#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    PVOID RxRing;
} NIC, *PNIC;

NDIS_STATUS
NicAllocateRing(PNIC Nic)
{
    Nic->RxRing = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 4096, 0, NormalPoolPriority); // expected-warning {{'NdisAllocateMemoryWithTagPriority' is given 0 as its Tag; each allocation needs a nonzero pool tag [NdisAllocateMemoryWithTagPriority]}}
    return Nic->RxRing ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

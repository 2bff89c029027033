#include <ndis.h> // expected-no-diagnostics

#define NIC_RING_TAG 'gniR'

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    PVOID RxRing;
} NIC, *PNIC;

NDIS_STATUS
NicAllocateRing(PNIC Nic)
{
    Nic->RxRing = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, 4096, NIC_RING_TAG, NormalPoolPriority);
    return Nic->RxRing ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

/*
 * The same helper called from MiniportHaltEx only: not a shutdown context.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    PVOID RingVa;
    NDIS_PHYSICAL_ADDRESS RingPa;
} NIC, *PNIC;

MINIPORT_HALT NicHalt;

static VOID
NicFreeRing(PNIC Nic)
{
    NdisMFreeSharedMemory(Nic->MiniportHandle, 4096, FALSE, Nic->RingVa, Nic->RingPa);
}

VOID
NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(HaltAction);
    NicFreeRing((PNIC)MiniportAdapterContext);
}

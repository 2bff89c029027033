#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PVOID RingVa;                 /* NdisMAllocateSharedMemory in MiniportInitializeEx */
    NDIS_PHYSICAL_ADDRESS RingPa;
    ULONG RingLength;
    volatile ULONG *Control;      /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_SHUTDOWN NicShutdown;
MINIPORT_HALT NicHalt;

static VOID
NicReleaseRing(PNIC_ADAPTER Adapter)
{
    if (Adapter->RingVa != NULL) {
        NdisMFreeSharedMemory(Adapter->MiniportHandle, Adapter->RingLength, FALSE, Adapter->RingVa, Adapter->RingPa);
        Adapter->RingVa = NULL;
    }
}

VOID
NicShutdown(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    *Adapter->Control = 0; /* only quiesce the hardware; the memory stays until MiniportHaltEx */
}

VOID
NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    *Adapter->Control = 0;
    NicReleaseRing(Adapter);
}

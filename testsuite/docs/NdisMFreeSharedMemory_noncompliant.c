#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PVOID RingVa;                 /* NdisMAllocateSharedMemory in MiniportInitializeEx */
    NDIS_PHYSICAL_ADDRESS RingPa;
    ULONG RingLength;
    volatile ULONG *Control;      /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_SHUTDOWN NicShutdown; // expected-note {{'NicShutdown' runs at IRQL <= HIGH_LEVEL as a MINIPORT_SHUTDOWN callback}} // expected-note {{'NicShutdown' runs as a MINIPORT_SHUTDOWN callback}}

static VOID
NicReleaseRing(PNIC_ADAPTER Adapter)
{
    if (Adapter->RingVa != NULL) {
        NdisMFreeSharedMemory(Adapter->MiniportHandle, Adapter->RingLength, FALSE, Adapter->RingVa, Adapter->RingPa); // expected-warning {{'NdisMFreeSharedMemory' may be called at HIGH_LEVEL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Miniport_Driver_Function]}} // expected-warning {{'NdisMFreeSharedMemory' is called in the MINIPORT_SHUTDOWN callback 'NicShutdown'; shared memory must not be freed on shutdown [NdisMFreeSharedMemory]}}
        Adapter->RingVa = NULL;
    }
}

VOID
NicShutdown(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    *Adapter->Control = 0; /* stop DMA */
    NicReleaseRing(Adapter); /* "leave nothing behind" */ // expected-note {{'NicReleaseRing' called here at HIGH_LEVEL}} // expected-note {{'NicReleaseRing' called here}}
}

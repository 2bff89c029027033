// ddicheck-flags: -DNDIS_MINIPORT_DRIVER -DNDIS51_MINIPORT
/*
 * An NDIS 5 shutdown handler registered with NdisMRegisterAdapterShutdownHandler (a callback
 * argument) frees shared memory through a helper: reported, with the helper's call site.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    PVOID RingVa;
    NDIS_PHYSICAL_ADDRESS RingPa;
} NIC, *PNIC;

static VOID
NicFreeRing(PNIC Nic)
{
    NdisMFreeSharedMemory(Nic->MiniportHandle, 4096, FALSE, Nic->RingVa, Nic->RingPa); // expected-warning {{'NdisMFreeSharedMemory' is called in the ADAPTER_SHUTDOWN_HANDLER callback 'NicShutdown'; shared memory must not be freed on shutdown [NdisMFreeSharedMemory]}} // expected-warning {{'NdisMFreeSharedMemory' may be called at HIGH_LEVEL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Miniport_Driver_Function]}}
}

static VOID
NicShutdown(PVOID ShutdownContext)
{
    NicFreeRing((PNIC)ShutdownContext); // expected-note {{'NicFreeRing' called here at HIGH_LEVEL}} // expected-note {{'NicFreeRing' called here}}
}

VOID
NicRegisterShutdown(PNIC Nic)
{
    NdisMRegisterAdapterShutdownHandler(Nic->MiniportHandle, Nic, NicShutdown); // expected-note {{'NicShutdown' runs as an ADAPTER_SHUTDOWN_HANDLER callback}} // expected-note {{'NicShutdown' runs at IRQL <= HIGH_LEVEL as an ADAPTER_SHUTDOWN_HANDLER callback}}
}

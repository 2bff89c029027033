/*
 * KeGetCurrentIrql (spelled NDIS_CURRENT_IRQL) two calls below MiniportSendNetBufferLists, which is
 * registered through NDIS_MINIPORT_DRIVER_CHARACTERISTICS: reported with the chain of calls.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    ULONG Queued;
} NIC, *PNIC;

static BOOLEAN
NicAtDispatch(VOID)
{
    return NDIS_CURRENT_IRQL() == DISPATCH_LEVEL; // expected-warning {{'KeGetCurrentIrql' is called in the MINIPORT_SEND_NET_BUFFER_LISTS callback 'NicSend', whose flags parameter already tells whether it runs at DISPATCH_LEVEL [Flags_Irql]}}
}

static VOID
NicQueue(PNIC Nic, PNET_BUFFER_LIST Nbl)
{
    Nic->Queued += NicAtDispatch() ? 1 : 2; // expected-note {{'NicAtDispatch' called here}}
    NdisMSendNetBufferListsComplete(Nic->MiniportHandle, Nbl, 0);
}

static VOID
NicSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
        ULONG SendFlags)
{
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);
    NicQueue((PNIC)MiniportAdapterContext, NetBufferLists); // expected-note {{'NicQueue' called here}}
}

NDIS_STATUS
NicRegister(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath, PNDIS_HANDLE DriverHandle)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {
        .MajorNdisVersion = 6,
        .SendNetBufferListsHandler = NicSend, // expected-note {{'NicSend' runs as a MINIPORT_SEND_NET_BUFFER_LISTS callback}}
    };
    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, DriverHandle);
}

#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE DmaHandle; /* NdisMRegisterScatterGatherDma */
    NDIS_HANDLE MiniportHandle;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_SEND_NET_BUFFER_LISTS NicSendNetBufferLists; // expected-note {{'NicSendNetBufferLists' runs at IRQL <= DISPATCH_LEVEL as a MINIPORT_SEND_NET_BUFFER_LISTS callback}}

VOID
NicSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
                      NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER NetBuffer = NET_BUFFER_LIST_FIRST_NB(NetBufferList);

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);
    /* map the packet for DMA; MiniportProcessSGList programs the descriptors */
    if (NdisMAllocateNetBufferSGList(Adapter->DmaHandle, NetBuffer, NetBufferList, 0, NULL, 0) != // expected-warning {{'NdisMAllocateNetBufferSGList' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Gather_DMA_Function]}}
        NDIS_STATUS_SUCCESS)
        NdisMSendNetBufferListsComplete(Adapter->MiniportHandle, NetBufferList, 0);
}

#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE DmaHandle; /* NdisMRegisterScatterGatherDma */
    NDIS_HANDLE MiniportHandle;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_SEND_NET_BUFFER_LISTS NicSendNetBufferLists;

VOID
NicSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
                      NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER NetBuffer = NET_BUFFER_LIST_FIRST_NB(NetBufferList);
    KIRQL OldIrql = DISPATCH_LEVEL;

    UNREFERENCED_PARAMETER(PortNumber);
    /* NdisMAllocateNetBufferSGList needs exactly DISPATCH_LEVEL */
    if (!NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags))
        NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    if (NdisMAllocateNetBufferSGList(Adapter->DmaHandle, NetBuffer, NetBufferList, 0, NULL, 0) !=
        NDIS_STATUS_SUCCESS)
        NdisMSendNetBufferListsComplete(Adapter->MiniportHandle, NetBufferList,
                                        NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}

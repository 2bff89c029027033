#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK RecvLock;
    LIST_ENTRY FreeRecvList;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_RETURN_NET_BUFFER_LISTS NicReturnNetBufferLists;

static VOID
NicRecycle(PNIC_ADAPTER Adapter, PNET_BUFFER_LIST Nbl, BOOLEAN DispatchLevel)
{
    if (DispatchLevel) {
        NdisDprAcquireSpinLock(&Adapter->RecvLock);
        InsertTailList(&Adapter->FreeRecvList, (PLIST_ENTRY)NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl));
        NdisDprReleaseSpinLock(&Adapter->RecvLock);
    } else {
        NdisAcquireSpinLock(&Adapter->RecvLock);
        InsertTailList(&Adapter->FreeRecvList, (PLIST_ENTRY)NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl));
        NdisReleaseSpinLock(&Adapter->RecvLock);
    }
}

VOID
NicReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;
    /* NDIS says in the flags whether it calls at DISPATCH_LEVEL */
    BOOLEAN DispatchLevel = NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(ReturnFlags);

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NicRecycle(Adapter, Nbl, DispatchLevel);
    }
}

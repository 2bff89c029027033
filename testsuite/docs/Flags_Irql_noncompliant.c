#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK RecvLock;
    LIST_ENTRY FreeRecvList;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_RETURN_NET_BUFFER_LISTS NicReturnNetBufferLists; // expected-note {{'NicReturnNetBufferLists' runs as a MINIPORT_RETURN_NET_BUFFER_LISTS callback}}

static VOID
NicRecycle(PNIC_ADAPTER Adapter, PNET_BUFFER_LIST Nbl)
{
    /* take the lock in the cheaper form when already at DISPATCH_LEVEL */
    if (KeGetCurrentIrql() == DISPATCH_LEVEL) { // expected-warning {{'KeGetCurrentIrql' is called in the MINIPORT_RETURN_NET_BUFFER_LISTS callback 'NicReturnNetBufferLists', whose flags parameter already tells whether it runs at DISPATCH_LEVEL [Flags_Irql]}}
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

    UNREFERENCED_PARAMETER(ReturnFlags);
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NicRecycle(Adapter, Nbl); // expected-note {{'NicRecycle' called here}}
    }
}

/*
 * The return handler raises only when NDIS did not call it at DISPATCH_LEVEL and lowers with the
 * IRQL the raise saved: the dispatch-level flag and the saved IRQL keep both macros in range.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_SPIN_LOCK RecvLock;
    ULONG Returned;
} NIC, *PNIC;

MINIPORT_RETURN_NET_BUFFER_LISTS NicReturn;

VOID
NicReturn(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    KIRQL OldIrql = DISPATCH_LEVEL;

    UNREFERENCED_PARAMETER(NetBufferLists);
    if (!NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(ReturnFlags))
        NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    NdisDprAcquireSpinLock(&Nic->RecvLock);
    Nic->Returned++;
    NdisDprReleaseSpinLock(&Nic->RecvLock);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}

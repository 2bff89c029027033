/*
 * A helper that takes its spin lock only when asked to (`if (Protect == TRUE)`), as descriptor ring
 * helpers do. The ISR asks it not to, with the constant FALSE: in that calling context the lock is
 * not reached at DIRQL. The send path (PASSIVE_LEVEL..DISPATCH_LEVEL) asks with TRUE, where the
 * lock is allowed.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_SPIN_LOCK TxLock;
    ULONG NextDesc;
    NDIS_HANDLE AdapterHandle;
} NIC, *PNIC;

static ULONG
NicNextTxDesc(PNIC Nic, BOOLEAN Protect)
{
    ULONG Desc;

    if (Protect == TRUE) {
        NdisAcquireSpinLock(&Nic->TxLock);
    }
    Desc = Nic->NextDesc++;
    if (Protect == TRUE) {
        NdisReleaseSpinLock(&Nic->TxLock);
    }
    return Desc;
}

MINIPORT_ISR NicIsr;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC Nic = (PNIC)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    (VOID)NicNextTxDesc(Nic, FALSE);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

MINIPORT_SEND_NET_BUFFER_LISTS NicSendNetBufferLists;

VOID
NicSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                      ULONG SendFlags)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PortNumber);
    (VOID)NicNextTxDesc(Nic, TRUE);
    NdisMSendNetBufferListsComplete(Nic->AdapterHandle, NetBufferLists,
                                    NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
}

#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_SPIN_LOCK Lock;
    ULONG TxCompleted, LastTxCompleted;
    ULONG TxOutstanding;
} NIC, *PNIC;

MINIPORT_CHECK_FOR_HANG NicCheckForHang;

BOOLEAN
NicCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    BOOLEAN NeedsReset = FALSE;

    NdisAcquireSpinLock(&Nic->Lock);
    if (Nic->TxOutstanding != 0 && Nic->TxCompleted == Nic->LastTxCompleted) {
        /* the transmit ring made no progress for a whole period */
        NeedsReset = TRUE;
    }
    Nic->LastTxCompleted = Nic->TxCompleted;
    NdisReleaseSpinLock(&Nic->Lock);
    return NeedsReset;
}

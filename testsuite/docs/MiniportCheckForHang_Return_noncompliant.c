#include <ndis.h>

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
    BOOLEAN NeedsReset = FALSE; // expected-note {{'NeedsReset' is set to FALSE here}}

    NdisAcquireSpinLock(&Nic->Lock);
    if (Nic->TxOutstanding != 0 && Nic->TxCompleted == Nic->LastTxCompleted) {
        /* the transmit ring made no progress for a whole period */
        NeedsReset = FALSE; // expected-warning {{'NicCheckForHang' returns FALSE on every path; a MINIPORT_CHECK_FOR_HANG callback returns TRUE when the NIC is not operating, so that NDIS resets it [MiniportCheckForHang_Return]}}
    }
    Nic->LastTxCompleted = Nic->TxCompleted;
    NdisReleaseSpinLock(&Nic->Lock);
    return NeedsReset; // expected-note {{'NicCheckForHang' returns FALSE here}}
}

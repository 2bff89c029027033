/*
 * MiniportCheckForHangEx returns TRUE when the NIC is not operating. Here the "needs reset" branch
 * assigns FALSE, so every path returns FALSE: reported once, at the FALSE written last, with notes
 * at the other FALSE and at the return. A second callback returns FALSE from every return statement.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG LastTxCompleted, TxCompleted;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_CHECK_FOR_HANG ExCheckForHang;
MINIPORT_CHECK_FOR_HANG ExCheckForHangEarly;

BOOLEAN
ExCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    BOOLEAN NeedsReset = FALSE; // expected-note {{'NeedsReset' is set to FALSE here}}

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->LastTxCompleted == Adapter->TxCompleted) {
        NeedsReset = FALSE; // expected-warning {{'ExCheckForHang' returns FALSE on every path; a MINIPORT_CHECK_FOR_HANG callback returns TRUE when the NIC is not operating, so that NDIS resets it [MiniportCheckForHang_Return]}}
    }
    Adapter->LastTxCompleted = Adapter->TxCompleted;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NeedsReset; // expected-note {{'ExCheckForHang' returns FALSE here}}
}

BOOLEAN
ExCheckForHangEarly(NDIS_HANDLE MiniportAdapterContext)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    if (Adapter->LastTxCompleted != Adapter->TxCompleted) {
        Adapter->LastTxCompleted = Adapter->TxCompleted;
        return FALSE; // expected-note {{'ExCheckForHangEarly' returns FALSE here}}
    }
    return FALSE; // expected-warning {{'ExCheckForHangEarly' returns FALSE on every path; a MINIPORT_CHECK_FOR_HANG callback returns TRUE when the NIC is not operating, so that NDIS resets it [MiniportCheckForHang_Return]}}
}

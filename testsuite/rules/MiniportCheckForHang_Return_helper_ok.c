/*
 * The TRUE comes from a helper, from a flag the DPC sets, or from a comparison: some path can
 * return TRUE (or a value ddicheck does not know), so nothing is reported.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG LastTxCompleted, TxCompleted;
    BOOLEAN TxHung;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_CHECK_FOR_HANG ExCheckForHang;
MINIPORT_CHECK_FOR_HANG ExCheckForHangFlag;
MINIPORT_CHECK_FOR_HANG ExCheckForHangCompare;

static BOOLEAN
ExTxRingStalled(PEX_ADAPTER Adapter)
{
    if (Adapter->LastTxCompleted == Adapter->TxCompleted)
        return TRUE;
    Adapter->LastTxCompleted = Adapter->TxCompleted;
    return FALSE;
}

BOOLEAN
ExCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    BOOLEAN NeedsReset = FALSE;

    NdisAcquireSpinLock(&Adapter->Lock);
    if (ExTxRingStalled(Adapter))
        NeedsReset = TRUE;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NeedsReset;
}

BOOLEAN
ExCheckForHangFlag(NDIS_HANDLE MiniportAdapterContext)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;
    BOOLEAN Hung;

    NdisAcquireSpinLock(&Adapter->Lock);
    Hung = Adapter->TxHung;
    Adapter->TxHung = FALSE;
    NdisReleaseSpinLock(&Adapter->Lock);
    return Hung;
}

BOOLEAN
ExCheckForHangCompare(NDIS_HANDLE MiniportAdapterContext)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    return (BOOLEAN)(Adapter->LastTxCompleted == Adapter->TxCompleted);
}

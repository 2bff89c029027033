/*
 * Two locks taken in order and released in reverse on every path, one of them dropped and taken
 * again around an indication: as many acquires as releases on each path.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_SPIN_LOCK SendLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_RESET MpReset;

NDIS_STATUS
MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    *AddressingReset = FALSE;

    NdisAcquireSpinLock(&Adapter->Lock);
    NdisDprAcquireSpinLock(&Adapter->SendLock);
    if (Adapter->Pending == 0) {
        NdisDprReleaseSpinLock(&Adapter->SendLock);
        NdisReleaseSpinLock(&Adapter->Lock);
        return NDIS_STATUS_SUCCESS;
    }
    NdisDprReleaseSpinLock(&Adapter->SendLock);
    Adapter->Pending = 0;
    NdisDprAcquireSpinLock(&Adapter->SendLock);
    NdisDprReleaseSpinLock(&Adapter->SendLock);
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_PENDING;
}

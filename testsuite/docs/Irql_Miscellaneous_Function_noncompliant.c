#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK SendLock;
    NDIS_EVENT SendsDrained; /* set when the last send completes */
    ULONG SendsPending;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_PAUSE NicPause;

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Adapter->SendLock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (Adapter->SendsPending > 0)
        NdisWaitEvent(&Adapter->SendsDrained, 0); /* no new sends while the lock is held */ // expected-warning {{'NdisWaitEvent' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Miscellaneous_Function]}}
    NdisReleaseSpinLock(&Adapter->SendLock);
    return NDIS_STATUS_SUCCESS;
}

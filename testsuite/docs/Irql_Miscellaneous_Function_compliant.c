#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK SendLock;
    NDIS_EVENT SendsDrained; /* set when the last send completes */
    ULONG SendsPending;
    BOOLEAN Pausing;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_PAUSE NicPause;

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    BOOLEAN Wait;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Adapter->SendLock);
    Adapter->Pausing = TRUE; /* the send handler fails new sends from now on */
    Wait = Adapter->SendsPending > 0;
    NdisReleaseSpinLock(&Adapter->SendLock);
    if (Wait)
        NdisWaitEvent(&Adapter->SendsDrained, 0); /* at PASSIVE_LEVEL */
    return NDIS_STATUS_SUCCESS;
}

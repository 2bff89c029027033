#include <ndis.h>

typedef struct _NIC {
    NDIS_SPIN_LOCK Lock;
    ULONG TxOutstanding;
} NIC, *PNIC;

MINIPORT_PAUSE NicPause;

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Nic->Lock);
    if (Nic->TxOutstanding == 0)
        Status = NDIS_STATUS_SUCCESS;
    else
        Status = NDIS_STATUS_FAILURE; // expected-warning {{'NicPause' returns NDIS_STATUS_FAILURE; a MINIPORT_PAUSE callback returns only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING [MiniportPause_Return]}}
    NdisReleaseSpinLock(&Nic->Lock);
    return Status; // expected-note {{'NicPause' returns NDIS_STATUS_FAILURE here}}
}

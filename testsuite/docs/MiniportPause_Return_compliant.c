#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_HANDLE AdapterHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG TxOutstanding;
    BOOLEAN Pausing;
} NIC, *PNIC;

MINIPORT_PAUSE NicPause;

NDIS_STATUS
NicPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);
    NdisAcquireSpinLock(&Nic->Lock);
    Nic->Pausing = TRUE;
    Status = Nic->TxOutstanding == 0 ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING;
    NdisReleaseSpinLock(&Nic->Lock);
    return Status;
}

/* The send-completion path: the last completed send finishes a pending pause. */
VOID
NicSendDone(PNIC Nic)
{
    BOOLEAN Finish;

    NdisAcquireSpinLock(&Nic->Lock);
    Finish = --Nic->TxOutstanding == 0 && Nic->Pausing;
    NdisReleaseSpinLock(&Nic->Lock);
    if (Finish)
        NdisMPauseComplete(Nic->AdapterHandle);
}

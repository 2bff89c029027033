// ddicheck-flags: -DNDIS_MINIPORT_DRIVER -DNDIS51_MINIPORT
/*
 * NDIS 5.1 miniport characteristics (NdisMRegisterMiniport): ISRHandler runs at DIRQL,
 * HandleInterruptHandler at DISPATCH_LEVEL (the W_*_HANDLER roles of rules/facts/role-irql.tsv). The
 * ISR's spin lock is reported; the DPC-level lock in the interrupt handler is not.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_SPIN_LOCK Lock;
    ULONG Pending;
} NIC, *PNIC;

static VOID
NicIsr(PBOOLEAN InterruptRecognized, PBOOLEAN QueueMiniportHandleInterrupt, NDIS_HANDLE MiniportAdapterContext)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    NdisAcquireSpinLock(&Nic->Lock); // expected-warning {{'NdisAcquireSpinLock' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Synch_Function]}}
    Nic->Pending++;
    NdisReleaseSpinLock(&Nic->Lock);
    *InterruptRecognized = TRUE;
    *QueueMiniportHandleInterrupt = TRUE;
}

static VOID
NicHandleInterrupt(NDIS_HANDLE MiniportAdapterContext)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    NdisDprAcquireSpinLock(&Nic->Lock);
    Nic->Pending = 0;
    NdisDprReleaseSpinLock(&Nic->Lock);
}

NDIS_STATUS
NicRegister(NDIS_HANDLE WrapperHandle)
{
    NDIS_MINIPORT_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 5;
    Chars.MinorNdisVersion = 1;
    Chars.ISRHandler = NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a W_ISR_HANDLER callback}}
    Chars.HandleInterruptHandler = NicHandleInterrupt;
    return NdisMRegisterMiniport(WrapperHandle, &Chars, sizeof(Chars));
}

/*
 * A routine passed to NdisMSynchronizeWithInterruptEx runs at the interrupt's DIRQL (a callback
 * argument, rules/facts/callback-args.tsv): an NDIS spin lock there is reported.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE InterruptHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG Mask;
} NIC, *PNIC;

static BOOLEAN
NicSetMask(NDIS_HANDLE SynchronizeContext)
{
    PNIC Nic = (PNIC)SynchronizeContext;

    NdisAcquireSpinLock(&Nic->Lock); // expected-warning {{'NdisAcquireSpinLock' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Synch_Function]}}
    Nic->Mask = 0;
    NdisReleaseSpinLock(&Nic->Lock);
    return TRUE;
}

VOID
NicDisableInterrupts(PNIC Nic)
{
    NdisMSynchronizeWithInterruptEx(Nic->InterruptHandle, 0, NicSetMask, Nic); // expected-note {{'NicSetMask' runs at DIRQL as a MINIPORT_SYNCHRONIZE_INTERRUPT callback}}
}

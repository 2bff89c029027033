// ddicheck-flags: -DNDIS51_MINIPORT
/*
 * The WDK defines NdisInitializeWorkItem as a macro that stores the routine in the work item's
 * Routine field (no call is made); storing a routine there makes it an NDIS_PROC work-item callback,
 * run at PASSIVE_LEVEL. Its second release of the lock (after `break`, the lock is already released)
 * runs at PASSIVE_LEVEL; the lock rules report the same release as a second one.
 */
#include <ndis.h>

/* the WDK's form of the DDI, spelled under another name so that ddicheck's declaration is not used */
#define NIC_INIT_WORK_ITEM(_WI_, _R_, _C_) \
    {                                      \
        (_WI_)->Context = _C_;             \
        (_WI_)->Routine = _R_;             \
    }

typedef struct _NIC {
    NDIS_SPIN_LOCK Lock;
    NDIS_WORK_ITEM ReadWorkItem;
    LONG Pending;
} NIC, *PNIC;

BOOLEAN NicPostRead(PNIC Nic);

VOID NicReadWorker(PNDIS_WORK_ITEM WorkItem, PVOID Context)
{
    PNIC Nic = (PNIC)Context;

    UNREFERENCED_PARAMETER(WorkItem);
    NdisAcquireSpinLock(&Nic->Lock);
    while (Nic->Pending > 0) {
        Nic->Pending--;
        NdisReleaseSpinLock(&Nic->Lock); // expected-note 2 {{'&Nic->Lock' released here by 'NdisReleaseSpinLock'}}
        if (!NicPostRead(Nic))
            break;
        NdisAcquireSpinLock(&Nic->Lock);
    }
    NdisReleaseSpinLock(&Nic->Lock); // expected-warning {{'NdisReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}} expected-warning {{a second time on this path [SpinLockRelease]}} expected-warning {{more often than 'NicReadWorker' acquired it [SpinLockBalanced]}}
}

VOID NicStartReads(PNIC Nic)
{
    NIC_INIT_WORK_ITEM(&Nic->ReadWorkItem, NicReadWorker, Nic); // expected-note {{'NicReadWorker' runs at PASSIVE_LEVEL as an NDIS_PROC callback}}
    NdisScheduleWorkItem(&Nic->ReadWorkItem);
}

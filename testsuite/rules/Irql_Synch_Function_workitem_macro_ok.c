// ddicheck-flags: -DNDIS51_MINIPORT
/*
 * A work-item routine stored through the WDK's macro form of NdisInitializeWorkItem that releases
 * its lock once on every path.
 */
// expected-no-diagnostics
#include <ndis.h>

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
        NdisReleaseSpinLock(&Nic->Lock);
        if (!NicPostRead(Nic))
            return;
        NdisAcquireSpinLock(&Nic->Lock);
    }
    NdisReleaseSpinLock(&Nic->Lock);
}

VOID NicStartReads(PNIC Nic)
{
    NIC_INIT_WORK_ITEM(&Nic->ReadWorkItem, NicReadWorker, Nic);
    NdisScheduleWorkItem(&Nic->ReadWorkItem);
}

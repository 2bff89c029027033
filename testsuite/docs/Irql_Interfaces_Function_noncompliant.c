#include <ndis.h>

typedef struct _VNIC {
    NDIS_SPIN_LOCK Lock;
    UINT32 NetLuidIndex;
    BOOLEAN HasLuid;
} VNIC, *PVNIC;

/* called with nothing held, from the bind handler */
NDIS_STATUS
VnicEnsureLuid(PVNIC Vnic)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    /* hold the lock so that two binds do not both allocate an index */
    NdisAcquireSpinLock(&Vnic->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (!Vnic->HasLuid) {
        Status = NdisIfAllocateNetLuidIndex(IF_TYPE_ETHERNET_CSMACD, &Vnic->NetLuidIndex); // expected-warning {{'NdisIfAllocateNetLuidIndex' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Interfaces_Function]}}
        Vnic->HasLuid = Status == NDIS_STATUS_SUCCESS;
    }
    NdisReleaseSpinLock(&Vnic->Lock);
    return Status;
}

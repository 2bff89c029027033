#include <ndis.h> // expected-no-diagnostics

typedef struct _VNIC {
    NDIS_SPIN_LOCK Lock;
    UINT32 NetLuidIndex;
    BOOLEAN HasLuid;
} VNIC, *PVNIC;

/* called with nothing held, from the bind handler */
NDIS_STATUS
VnicEnsureLuid(PVNIC Vnic)
{
    UINT32 Index;
    BOOLEAN Keep;
    NDIS_STATUS Status = NdisIfAllocateNetLuidIndex(IF_TYPE_ETHERNET_CSMACD, &Index); /* at PASSIVE_LEVEL */

    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NdisAcquireSpinLock(&Vnic->Lock);
    Keep = !Vnic->HasLuid;
    if (Keep) {
        Vnic->NetLuidIndex = Index;
        Vnic->HasLuid = TRUE;
    }
    NdisReleaseSpinLock(&Vnic->Lock);
    if (!Keep)
        NdisIfFreeNetLuidIndex(IF_TYPE_ETHERNET_CSMACD, Index); /* another bind was first */
    return NDIS_STATUS_SUCCESS;
}

#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    volatile ULONG *Control; /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

#define NIC_CTRL_RESET 0x1

MINIPORT_RESET NicReset;

NDIS_STATUS
NicReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    *Adapter->Control = NIC_CTRL_RESET;
    NdisMSleep(100); /* the chip needs 100 us to come out of reset */ // expected-warning {{'NdisMSleep' is called at DISPATCH_LEVEL, but it requires IRQL <= APC_LEVEL [Irql_Miniport_Driver_Function]}}
    *Adapter->Control = 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

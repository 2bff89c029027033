#include <ndis.h> // expected-no-diagnostics

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
    NdisAcquireSpinLock(&Adapter->Lock);
    *Adapter->Control = NIC_CTRL_RESET;
    NdisStallExecution(50); /* busy-wait: NdisMSleep cannot be called at DISPATCH_LEVEL */
    NdisStallExecution(50);
    *Adapter->Control = 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    volatile ULONG *PhyControl;
} NIC, *PNIC;

/* Called from MiniportResetEx at PASSIVE_LEVEL: pulses the PHY reset line. */
VOID
NicResetPhy(PNIC Nic)
{
    *Nic->PhyControl = 1;
    NdisMSleep(500);
    *Nic->PhyControl = 0;
    NdisStallExecution(10);
}

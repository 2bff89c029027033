#include <ndis.h>

typedef struct _NIC {
    volatile ULONG *PhyControl;
} NIC, *PNIC;

/* Called from MiniportResetEx: pulses the PHY reset line. */
VOID
NicResetPhy(PNIC Nic)
{
    *Nic->PhyControl = 1;
    NdisStallExecution(500); // expected-warning {{'NdisStallExecution' is asked to stall for 500 microseconds, more than 50; the processor busy-waits all that time [NdisStallExecution_Delay]}}
    *Nic->PhyControl = 0;
}

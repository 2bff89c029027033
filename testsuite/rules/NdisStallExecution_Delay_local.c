/*
 * Stall times ddicheck knows: a literal, the driver's own macro, a local assigned on the path, a
 * conditional of two constants.
 */
#include <ndis.h>

#define PHY_SETTLE_US 100

typedef struct _NIC {
    volatile ULONG *Regs;
    BOOLEAN SlowPhy;
} NIC, *PNIC;

VOID
NicResetPhy(PNIC Nic)
{
    Nic->Regs[0] = 1;
    NdisStallExecution(PHY_SETTLE_US); // expected-warning {{'NdisStallExecution' is asked to stall for 100 microseconds, more than 50; the processor busy-waits all that time [NdisStallExecution_Delay]}}
    Nic->Regs[0] = 0;
    NdisStallExecution(1000); // expected-warning {{'NdisStallExecution' is asked to stall for 1000 microseconds, more than 50; the processor busy-waits all that time [NdisStallExecution_Delay]}}
}

VOID
NicWaitLink(PNIC Nic)
{
    ULONG Delay = 60;

    if (Nic->SlowPhy) {
        NdisStallExecution(Delay); // expected-warning {{'NdisStallExecution' is asked to stall for 60 microseconds, more than 50; the processor busy-waits all that time [NdisStallExecution_Delay]}}
    }
    NdisStallExecution(Nic->SlowPhy ? 200 : 20); // expected-warning {{'NdisStallExecution' is asked to stall for 200 microseconds, more than 50; the processor busy-waits all that time [NdisStallExecution_Delay]}}
}

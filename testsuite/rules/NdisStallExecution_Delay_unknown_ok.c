/*
 * Not reported: 50 microseconds and less, a stall time read from the device or the registry (not
 * known), a value capped before the call, and a loop of short stalls.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    volatile ULONG *Regs;
    ULONG ConfiguredDelay;
} NIC, *PNIC;

VOID
NicPoll(PNIC Nic)
{
    ULONG Delay = Nic->ConfiguredDelay;
    ULONG i;

    NdisStallExecution(50);
    NdisStallExecution(Nic->Regs[1]);
    if (Delay > 50)
        Delay = 50;
    NdisStallExecution(Delay);
    for (i = 0; i < 100 && (Nic->Regs[2] & 1) == 0; i++)
        NdisStallExecution(10);
}

#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE WatchdogTimer; /* NdisAllocateTimerObject */
    volatile ULONG *TxStatus;  /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (*Adapter->TxStatus == 0)
        return FALSE;
    /* a transmit started: re-arm the 2-second hang watchdog */
    Due.QuadPart = -20000000;
    NdisSetTimerObject(Adapter->WatchdogTimer, Due, 0, Adapter); // expected-warning {{'NdisSetTimerObject' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_Timer_Function]}}
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

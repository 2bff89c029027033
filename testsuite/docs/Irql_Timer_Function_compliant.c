#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE WatchdogTimer; /* NdisAllocateTimerObject */
    volatile ULONG *TxStatus;  /* mapped device register */
    BOOLEAN TxStarted;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    Adapter->TxStarted = *Adapter->TxStatus != 0;
    *QueueDefaultInterruptDpc = Adapter->TxStarted;
    return Adapter->TxStarted;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (Adapter->TxStarted) {
        Due.QuadPart = -20000000; /* re-arm the 2-second hang watchdog */
        NdisSetTimerObject(Adapter->WatchdogTimer, Due, 0, Adapter);
    }
}

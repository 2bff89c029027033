#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PNET_BUFFER_LIST RecvRing[64];  /* preallocated receive NBLs */
    volatile ULONG *RecvIndex;      /* mapped device register */
    ULONG LatchedIndex;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    Adapter->LatchedIndex = *Adapter->RecvIndex;
    *QueueDefaultInterruptDpc = Adapter->LatchedIndex < 64;
    return *QueueDefaultInterruptDpc;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    NdisMIndicateReceiveNetBufferLists(Adapter->MiniportHandle, Adapter->RecvRing[Adapter->LatchedIndex],
                                       NDIS_DEFAULT_PORT_NUMBER, 1, NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

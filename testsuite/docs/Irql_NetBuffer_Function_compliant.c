#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    NDIS_HANDLE RecvNblPool; /* NdisAllocateNetBufferListPool */
    PMDL RecvMdl;
    volatile ULONG *RecvLength; /* mapped device register */
    ULONG LatchedLength;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    Adapter->LatchedLength = *Adapter->RecvLength;
    if (Adapter->LatchedLength == 0)
        return FALSE;
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    PNET_BUFFER_LIST Nbl;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    Nbl = NdisAllocateNetBufferAndNetBufferList(Adapter->RecvNblPool, 0, 0, Adapter->RecvMdl, 0,
                                                Adapter->LatchedLength);
    if (Nbl != NULL)
        NdisMIndicateReceiveNetBufferLists(Adapter->MiniportHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 1,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

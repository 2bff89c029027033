#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PNET_BUFFER_LIST RecvRing[64];  /* preallocated receive NBLs */
    volatile ULONG *RecvIndex;      /* mapped device register */
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    ULONG Index = *Adapter->RecvIndex;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (Index >= 64)
        return FALSE;
    /* low-latency receive: hand the frame up straight from the interrupt */
    NdisMIndicateReceiveNetBufferLists(Adapter->MiniportHandle, Adapter->RecvRing[Index], NDIS_DEFAULT_PORT_NUMBER, 1, // expected-warning {{'NdisMIndicateReceiveNetBufferLists' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_SendRcv_Function]}}
                                       NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
    return TRUE;
}

#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    NDIS_HANDLE RecvNblPool; /* NdisAllocateNetBufferListPool */
    PMDL RecvMdl;
    volatile ULONG *RecvLength; /* mapped device register */
    PNET_BUFFER_LIST ReadyNbl;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    ULONG Length = *Adapter->RecvLength;

    UNREFERENCED_PARAMETER(TargetProcessors);
    if (Length == 0)
        return FALSE;
    /* wrap the received frame while the length is fresh; the DPC indicates it */
    Adapter->ReadyNbl =
        NdisAllocateNetBufferAndNetBufferList(Adapter->RecvNblPool, 0, 0, Adapter->RecvMdl, 0, Length); // expected-warning {{'NdisAllocateNetBufferAndNetBufferList' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_NetBuffer_Function]}}
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

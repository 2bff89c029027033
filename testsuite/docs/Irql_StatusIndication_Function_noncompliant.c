#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    volatile ULONG *LinkStatus; /* mapped device register */
    NDIS_LINK_STATE LinkState;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr; // expected-note {{'NicIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    NDIS_STATUS_INDICATION Indication;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (*Adapter->LinkStatus == 0)
        return FALSE;
    /* tell the protocols about the cable right away */
    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.SourceHandle = Adapter->MiniportHandle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &Adapter->LinkState;
    Indication.StatusBufferSize = sizeof(Adapter->LinkState);
    NdisMIndicateStatusEx(Adapter->MiniportHandle, &Indication); // expected-warning {{'NdisMIndicateStatusEx' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_StatusIndication_Function]}}
    return TRUE;
}

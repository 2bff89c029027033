#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    volatile ULONG *LinkStatus; /* mapped device register */
    BOOLEAN LinkChanged;
    NDIS_LINK_STATE LinkState;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    Adapter->LinkChanged = *Adapter->LinkStatus != 0;
    *QueueDefaultInterruptDpc = Adapter->LinkChanged;
    return Adapter->LinkChanged;
}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;
    NDIS_STATUS_INDICATION Indication;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (!Adapter->LinkChanged)
        return;
    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.SourceHandle = Adapter->MiniportHandle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &Adapter->LinkState;
    Indication.StatusBufferSize = sizeof(Adapter->LinkState);
    NdisMIndicateStatusEx(Adapter->MiniportHandle, &Indication);
}

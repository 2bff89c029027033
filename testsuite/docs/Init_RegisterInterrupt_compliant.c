#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE DmaHandle;
} NIC, *PNIC;

MINIPORT_INITIALIZE NicInitialize;
MINIPORT_HALT NicHalt;
MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicDpc;

NDIS_STATUS
NicInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;
    NDIS_SG_DMA_DESCRIPTION Dma;
    NDIS_STATUS Status;
    PNIC Nic = (PNIC)MiniportDriverContext; /* allocated and registered as the adapter context elsewhere */

    UNREFERENCED_PARAMETER(MiniportInitParameters);
    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.InterruptHandler = NicIsr;
    Interrupt.InterruptDpcHandler = NicDpc;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Nic, &Interrupt, &Nic->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NdisZeroMemory(&Dma, sizeof(Dma));
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Nic->DmaHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterInterruptEx(Nic->InterruptHandle);
        return Status;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisMDeregisterScatterGatherDma(Nic->DmaHandle);
    NdisMDeregisterInterruptEx(Nic->InterruptHandle);
}

BOOLEAN
NicIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    *QueueDefaultInterruptDpc = TRUE;
    *TargetProcessors = 0;
    return TRUE;
}

VOID
NicDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
       PVOID NdisReserved2)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

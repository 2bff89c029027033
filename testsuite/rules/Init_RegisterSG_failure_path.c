/*
 * Initialize's failure exits after the scatter/gather DMA is registered: one returns the
 * interrupt's failure status directly, the other calls a cleanup helper that deregisters only when
 * a flag of the adapter context is set, and Initialize never set it. NDIS calls no MiniportHaltEx
 * after a failed Initialize, so both leave the DMA registered: the direct one is reported at its
 * return, the other at the call of the helper that should have deregistered it.
 */
#include <ndis.h>

#define EX_SG_REGISTERED 0x4

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE DmaHandle;
    NDIS_HANDLE InterruptHandle;
    ULONG Flags;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;
MINIPORT_HALT ExHalt;
MINIPORT_ISR ExIsr;
MINIPORT_INTERRUPT_DPC ExDpc;

static VOID
ExFreeResources(PEX_ADAPTER Adapter)
{
    if (Adapter->Flags & EX_SG_REGISTERED)
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    NdisFreeMemory(Adapter, 0, 0);
}

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Interrupt;
    NDIS_SG_DMA_DESCRIPTION Dma;
    NDIS_STATUS Status;
    PEX_ADAPTER Adapter;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(EX_ADAPTER), 'xEdN', NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(EX_ADAPTER));
    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.MiniportAdapterContext = (NDIS_HANDLE)Adapter;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Adapter, 0, 0);
        return Status;
    }
    NdisZeroMemory(&Dma, sizeof(Dma));
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Adapter->DmaHandle); // expected-note 2 {{scatter/gather DMA registered here by 'NdisMRegisterScatterGatherDma' in 'ExInitialize'}}
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Adapter, 0, 0);
        return Status;
    }
    NdisZeroMemory(&Interrupt, sizeof(Interrupt));
    Interrupt.InterruptHandler = ExIsr;
    Interrupt.InterruptDpcHandler = ExDpc;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Interrupt, &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        if (MiniportInitParameters->Flags != 0)
            return Status; // expected-warning {{'ExInitialize' returns a status other than NDIS_STATUS_SUCCESS here without deregistering the scatter/gather DMA it registered [Init_RegisterSG]}}
        ExFreeResources(Adapter); // expected-warning {{'ExFreeResources' is called here on a failure path of 'ExInitialize' and does not deregister the scatter/gather DMA registered on that path [Init_RegisterSG]}}
        return Status; // expected-note {{'ExInitialize' returns a status other than NDIS_STATUS_SUCCESS here}}
    }
    Adapter->Flags |= EX_SG_REGISTERED;
    return NDIS_STATUS_SUCCESS;
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    ExFreeResources(Adapter);
}

BOOLEAN
ExIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    *QueueDefaultInterruptDpc = TRUE;
    *TargetProcessors = 0;
    return TRUE;
}

VOID
ExDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
      PVOID NdisReserved2)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

/*
 * Not reported: MiniportHaltEx deregisters the interrupt Initialize registered, in a helper, on
 * every path where Initialize's flag says it is registered.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _EX_ADAPTER {
    NDIS_HANDLE InterruptHandle;
    BOOLEAN InterruptRegistered;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;
MINIPORT_HALT ExHalt;
MINIPORT_ISR ExIsr;

static NDIS_STATUS
ExRegisterInterrupt(NDIS_HANDLE MiniportAdapterHandle, PEX_ADAPTER Adapter)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.InterruptHandler = ExIsr;
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars, &Adapter->InterruptHandle);
}

static VOID
ExReleaseInterrupt(PEX_ADAPTER Adapter)
{
    if (Adapter->InterruptRegistered) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
        Adapter->InterruptRegistered = FALSE;
    }
}

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;
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
    if (Status == NDIS_STATUS_SUCCESS)
        Status = ExRegisterInterrupt(MiniportAdapterHandle, Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Adapter, 0, 0);
        return Status;
    }
    Adapter->InterruptRegistered = TRUE;
    if (MiniportInitParameters->Flags != 0) {
        ExReleaseInterrupt(Adapter);
        NdisFreeMemory(Adapter, 0, 0);
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    ExReleaseInterrupt(Adapter);
    NdisFreeMemory(Adapter, 0, 0);
    return;
}

BOOLEAN
ExIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    *QueueDefaultInterruptDpc = FALSE;
    *TargetProcessors = 0;
    return FALSE;
}

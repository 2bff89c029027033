/*
 * Initialize records the interrupt in a flag, but MiniportHaltEx clears the flag before the cleanup
 * helper that tests it ("the ISR's last call releases it"): every path of Halt returns with the
 * interrupt registered. Init_DeRegisterInterrupt (and Init_RegisterInterrupt) report Initialize's
 * successful return.
 */
#include <ndis.h>

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
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars, &Adapter->InterruptHandle); // expected-note 2 {{interrupt registered here by 'NdisMRegisterInterruptEx' in 'ExInitialize'}}
}

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;
    NDIS_STATUS Status;
    PEX_ADAPTER Adapter;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(EX_ADAPTER), 'xEdN', NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(EX_ADAPTER));
    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.MiniportAdapterContext = (NDIS_HANDLE)Adapter;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
    if (Status == NDIS_STATUS_SUCCESS)
        Status = ExRegisterInterrupt(MiniportAdapterHandle, Adapter); // expected-note 2 {{'ExRegisterInterrupt' called here}}
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Adapter, 0, 0);
        return Status;
    }
    Adapter->InterruptRegistered = TRUE;
    return NDIS_STATUS_SUCCESS; // expected-warning {{'ExInitialize' returns here with the interrupt registered, and 'ExHalt' returns without deregistering it [Init_RegisterInterrupt]}} expected-warning {{'ExHalt' never deregisters the interrupt that 'ExInitialize' registered before returning here [Init_DeRegisterInterrupt]}}
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    Adapter->InterruptRegistered = FALSE;
    if (Adapter->InterruptRegistered) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
        Adapter->InterruptRegistered = FALSE;
    }
    NdisFreeMemory(Adapter, 0, 0);
    return; // expected-note 2 {{'ExHalt' returns here without deregistering it by 'NdisMDeregisterInterruptEx'}}
}

BOOLEAN
ExIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    *QueueDefaultInterruptDpc = FALSE;
    *TargetProcessors = 0;
    return FALSE;
}

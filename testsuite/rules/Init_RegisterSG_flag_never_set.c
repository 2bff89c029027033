/*
 * Initialize registers scatter/gather DMA in a helper and records it in a flag of the adapter
 * context only on one branch that a successful Initialize never takes: the adapter is zeroed, so
 * MiniportHaltEx, which deregisters only when the flag is set, returns with the DMA still
 * registered. The finding is at Initialize's successful return; the notes say where the DMA was
 * registered and where Halt returns.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE DmaHandle;
    BOOLEAN SgRegistered;
    BOOLEAN Verbose;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;
MINIPORT_HALT ExHalt;

static NDIS_STATUS
ExRegisterDma(PEX_ADAPTER Adapter)
{
    NDIS_SG_DMA_DESCRIPTION Dma;
    NdisZeroMemory(&Dma, sizeof(Dma));
    return NdisMRegisterScatterGatherDma(Adapter->AdapterHandle, &Dma, &Adapter->DmaHandle); // expected-note {{scatter/gather DMA registered here by 'NdisMRegisterScatterGatherDma' in 'ExInitialize'}}
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
    Adapter->AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.MiniportAdapterContext = (NDIS_HANDLE)Adapter;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Adapter, 0, 0);
        return Status;
    }
    Status = ExRegisterDma(Adapter); // expected-note {{'ExRegisterDma' called here}}
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Adapter, 0, 0);
        return Status;
    }
    if (Adapter->Verbose)
        Adapter->SgRegistered = TRUE; /* the only place the flag is set */
    return NDIS_STATUS_SUCCESS; // expected-warning {{'ExInitialize' returns here with the scatter/gather DMA registered, and 'ExHalt' returns without deregistering it [Init_RegisterSG]}}
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) // expected-note {{'ExHalt' returns here without deregistering it by 'NdisMDeregisterScatterGatherDma'}}
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Adapter->SgRegistered) {
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
        Adapter->SgRegistered = FALSE;
    }
    NdisFreeMemory(Adapter, 0, 0);
}

#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE DmaHandle;
    BOOLEAN SgRegistered;
} NIC, *PNIC;

MINIPORT_INITIALIZE NicInitialize;
MINIPORT_HALT NicHalt;

NDIS_STATUS
NicInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;
    NDIS_SG_DMA_DESCRIPTION Dma;
    NDIS_STATUS Status;
    PNIC Nic;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    Nic = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(NIC), 'ciNx', NormalPoolPriority);
    if (Nic == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Nic, sizeof(NIC));
    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.MiniportAdapterContext = (NDIS_HANDLE)Nic;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Nic, 0, 0);
        return Status;
    }
    NdisZeroMemory(&Dma, sizeof(Dma));
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Nic->DmaHandle); // expected-note {{scatter/gather DMA registered here by 'NdisMRegisterScatterGatherDma' in 'NicInitialize'}}
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Nic, 0, 0);
        return Status;
    }
    /* the flag Halt tests is never set */
    return NDIS_STATUS_SUCCESS; // expected-warning {{'NicInitialize' returns here with the scatter/gather DMA registered, and 'NicHalt' returns without deregistering it [Init_RegisterSG]}}
}

VOID
NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) // expected-note {{'NicHalt' returns here without deregistering it by 'NdisMDeregisterScatterGatherDma'}}
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Nic->SgRegistered)
        NdisMDeregisterScatterGatherDma(Nic->DmaHandle);
    NdisFreeMemory(Nic, 0, 0);
}

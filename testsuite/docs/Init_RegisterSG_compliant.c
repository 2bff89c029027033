#include <ndis.h> // expected-no-diagnostics

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
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Nic->DmaHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemory(Nic, 0, 0);
        return Status;
    }
    Nic->SgRegistered = TRUE;
    return NDIS_STATUS_SUCCESS;
}

VOID
NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Nic->SgRegistered)
        NdisMDeregisterScatterGatherDma(Nic->DmaHandle);
    NdisFreeMemory(Nic, 0, 0);
}

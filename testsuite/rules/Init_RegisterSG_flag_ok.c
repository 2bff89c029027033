/*
 * Every way a miniport gives its scatter/gather DMA back, none reported: Initialize fails before
 * registering anything (the allocation, the attributes); it deregisters on its own failure path
 * after the registration; it records the registration in a flag of the adapter context (`|=`), and
 * MiniportHaltEx deregisters, in a helper, when the flag is set; another Halt path tests the handle
 * the registration wrote instead of a flag.
 */
#include <ndis.h> // expected-no-diagnostics

#define EX_SG_REGISTERED 0x4
#define EX_ATTRIBUTES_SET 0x1

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE DmaHandle;
    ULONG Flags;
    BOOLEAN UseHandle;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;
MINIPORT_HALT ExHalt;

static NDIS_STATUS
ExReadConfiguration(PEX_ADAPTER Adapter)
{
    return Adapter->AdapterHandle != NULL ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE;
}

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;
    NDIS_SG_DMA_DESCRIPTION Dma;
    NDIS_STATUS Status;
    PEX_ADAPTER Adapter;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(EX_ADAPTER), 'xEdN', NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(EX_ADAPTER));
    Adapter->AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.MiniportAdapterContext = (NDIS_HANDLE)Adapter;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    Adapter->Flags |= EX_ATTRIBUTES_SET;
    NdisZeroMemory(&Dma, sizeof(Dma));
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &Adapter->DmaHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail;
    Adapter->Flags |= EX_SG_REGISTERED;
    Adapter->UseHandle = MiniportInitParameters->Flags != 0;
    Status = ExReadConfiguration(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
        Adapter->Flags &= ~EX_SG_REGISTERED;
        goto fail;
    }
    return NDIS_STATUS_SUCCESS;

fail:
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
}

static VOID
ExReleaseDma(PEX_ADAPTER Adapter)
{
    if (Adapter->UseHandle) {
        if (Adapter->DmaHandle != NULL)
            NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    } else if (Adapter->Flags & EX_SG_REGISTERED) {
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
        Adapter->Flags &= ~EX_SG_REGISTERED;
    }
}

VOID
ExHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PEX_ADAPTER Adapter = (PEX_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    ExReleaseDma(Adapter);
    NdisFreeMemory(Adapter, 0, 0);
}

/*
 * The allocation is in a helper that Initialize calls; the helper tests the address and fails,
 * and Initialize returns the failure without logging: reported at Initialize's return, with notes
 * at the allocation in the helper and at the helper's call.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PVOID RingVa;
    NDIS_PHYSICAL_ADDRESS RingPa;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;

static NDIS_STATUS
ExAllocRing(PEX_ADAPTER Adapter)
{
    NdisMAllocateSharedMemory(Adapter->AdapterHandle, 4096, FALSE, &Adapter->RingVa, &Adapter->RingPa); // expected-note {{'Adapter->RingVa' is allocated by NdisMAllocateSharedMemory here; it is NULL when the allocation fails}}
    if (Adapter->RingVa == NULL)
        return NDIS_STATUS_RESOURCES;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    static EX_ADAPTER Adapter;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    Adapter.AdapterHandle = MiniportAdapterHandle;
    Status = ExAllocRing(&Adapter); // expected-note {{'ExAllocRing' called here}}
    return Status; // expected-warning {{'ExInitialize' returns without calling NdisWriteErrorLogEntry on a path where NdisMAllocateSharedMemory handed back a NULL 'Adapter->RingVa' [WriteErrorLog]}}
}

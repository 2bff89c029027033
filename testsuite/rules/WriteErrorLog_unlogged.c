/*
 * MiniportInitializeEx tests the shared memory's virtual address and fails without logging the
 * error: reported at the return, with a note at the allocation.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PVOID RingVa;
    NDIS_PHYSICAL_ADDRESS RingPa;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    PVOID Va;
    NDIS_PHYSICAL_ADDRESS Pa;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE, &Va, &Pa); // expected-note {{'Va' is allocated by NdisMAllocateSharedMemory here; it is NULL when the allocation fails}}
    if (Va == NULL)
        return NDIS_STATUS_RESOURCES; // expected-warning {{'ExInitialize' returns without calling NdisWriteErrorLogEntry on a path where NdisMAllocateSharedMemory handed back a NULL 'Va' [WriteErrorLog]}}
    return NDIS_STATUS_SUCCESS;
}

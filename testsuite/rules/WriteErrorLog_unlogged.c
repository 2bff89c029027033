/*
 * MiniportInitializeEx tests the shared memory's virtual address and fails without logging the
 * error: reported at the allocation, with a note at the return.
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
    NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE, &Va, &Pa); // expected-warning {{'ExInitialize' can return without calling NdisWriteErrorLogEntry when NdisMAllocateSharedMemory hands back a NULL 'Va' [WriteErrorLog]}}
    if (Va == NULL)
        return NDIS_STATUS_RESOURCES; // expected-note {{'ExInitialize' returns here without calling NdisWriteErrorLogEntry}}
    return NDIS_STATUS_SUCCESS;
}

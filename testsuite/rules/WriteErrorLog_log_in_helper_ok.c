/*
 * The NULL check logs through a helper of the driver before Initialize fails: silent. The
 * non-NULL path needs no log entry.
 */
#include <ndis.h>

typedef struct _EX_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PVOID RingVa;
    NDIS_PHYSICAL_ADDRESS RingPa;
} EX_ADAPTER, *PEX_ADAPTER;

MINIPORT_INITIALIZE ExInitialize;

static VOID
ExLogResourceError(NDIS_HANDLE MiniportAdapterHandle, ULONG Where)
{
    NdisWriteErrorLogEntry(MiniportAdapterHandle, NDIS_ERROR_CODE_OUT_OF_RESOURCES, 1, Where);
}

NDIS_STATUS
ExInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    static EX_ADAPTER Adapter;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    Adapter.AdapterHandle = MiniportAdapterHandle;
    NdisMAllocateSharedMemory(MiniportAdapterHandle, 4096, FALSE, &Adapter.RingVa, &Adapter.RingPa);
    if (!Adapter.RingVa) {
        ExLogResourceError(MiniportAdapterHandle, 1);
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_SUCCESS;
}
// expected-no-diagnostics

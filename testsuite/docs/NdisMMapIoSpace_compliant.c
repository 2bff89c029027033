#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    NDIS_PHYSICAL_ADDRESS RegistersPa; /* from the resource list */
    PVOID Registers;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_INITIALIZE NicInitialize;

static NDIS_STATUS
NicMapRegisters(PNIC_ADAPTER Adapter)
{
    return NdisMMapIoSpace(&Adapter->Registers, Adapter->MiniportHandle, Adapter->RegistersPa, 0x1000);
}

NDIS_STATUS
NicInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    static NIC_ADAPTER Adapter; /* one adapter, to keep the example short */

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    Adapter.MiniportHandle = NdisMiniportHandle;
    return NicMapRegisters(&Adapter); /* in MiniportInitializeEx */
}

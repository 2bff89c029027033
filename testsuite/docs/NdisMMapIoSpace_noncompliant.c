#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    NDIS_PHYSICAL_ADDRESS RegistersPa; /* from the resource list in MiniportInitializeEx */
    PVOID Registers;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_RESTART NicRestart; // expected-note {{'NicRestart' runs as a MINIPORT_RESTART callback}}

NDIS_STATUS
NicRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);
    /* map the registers lazily, on the first restart */
    if (Adapter->Registers == NULL)
        return NdisMMapIoSpace(&Adapter->Registers, Adapter->MiniportHandle, Adapter->RegistersPa, 0x1000); // expected-warning {{'NdisMMapIoSpace' is called in the MINIPORT_RESTART callback 'NicRestart', but it may only be called in the context of MiniportInitializeEx [NdisMMapIoSpace]}}
    return NDIS_STATUS_SUCCESS;
}

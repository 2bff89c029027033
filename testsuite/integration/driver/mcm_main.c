/*
 * mcm_main.c - driver entry and halt of the integration tests' MCM miniport.
 * Everything here runs at PASSIVE_LEVEL: ddicheck finds nothing.
 */
#include "adapter.h"

DRIVER_INITIALIZE DriverEntry;

static NDIS_HANDLE DriverHandle;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 20;
    Chars.InitializeHandlerEx = McmInitialize;
    Chars.HaltHandlerEx = McmHalt;
    return (NTSTATUS)NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                                 &DriverHandle);
}

VOID
McmHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);

    if (Adapter->InterruptHandle != NULL) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
        Adapter->InterruptHandle = NULL;
    }
}

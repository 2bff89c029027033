/*
 * MiniportDriverUnload raises to DISPATCH_LEVEL and deregisters the miniport driver (the seeded
 * defect of SDV's third NDIS fail driver), registered through the driver characteristics.
 */
#include <ndis.h>

static NDIS_HANDLE DriverHandle;

static VOID
NicUnload(PDRIVER_OBJECT DriverObject)
{
    KIRQL Irql = NDIS_CURRENT_IRQL();

    UNREFERENCED_PARAMETER(DriverObject);
    NDIS_RAISE_IRQL_TO_DISPATCH(&Irql); // expected-note {{IRQL raised to DISPATCH_LEVEL by NDIS_RAISE_IRQL_TO_DISPATCH here}}
    NdisMDeregisterMiniportDriver(DriverHandle); // expected-warning {{'NdisMDeregisterMiniportDriver' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Miniport_Driver_Function]}}
    NDIS_LOWER_IRQL(Irql, DISPATCH_LEVEL);
}

NDIS_STATUS
NicRegister(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.UnloadHandler = NicUnload;
    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &DriverHandle);
}

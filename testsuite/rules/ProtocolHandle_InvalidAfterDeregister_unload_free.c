/* The unload routine frees a buffer allocated with the protocol handle after deregistering. */
#include <ndis.h>

NDIS_HANDLE PrProtocolHandle;
PVOID PrStatsBuffer;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PrUnload;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 20;
    Status = NdisRegisterProtocolDriver(NULL, &Chars, &PrProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        return (NTSTATUS)Status;
    }
    PrStatsBuffer = NdisAllocateMemoryWithTagPriority(PrProtocolHandle, 4096, 'tsrP',
                                                      NormalPoolPriority);
    DriverObject->DriverUnload = PrUnload;
    return STATUS_SUCCESS;
}

VOID
PrUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    NdisDeregisterProtocolDriver(PrProtocolHandle); // expected-note {{protocol handle released here by NdisDeregisterProtocolDriver}}
    if (PrStatsBuffer != NULL) {
        NdisFreeMemoryWithTagPriority(PrProtocolHandle, PrStatsBuffer, 'tsrP'); // expected-warning {{protocol handle 'PrProtocolHandle' is passed to 'NdisFreeMemoryWithTagPriority' after the protocol was deregistered [ProtocolHandle_InvalidAfterDeregister]}}
    }
}

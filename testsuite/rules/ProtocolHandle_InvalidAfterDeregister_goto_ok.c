/* One place deregisters (the shared cleanup label) and clears the handle; an early return
   before registration and a loop over adapters opened with the live handle. */
// expected-no-diagnostics
#include <ndis.h>

NDIS_HANDLE CmProtocolHandle;

DRIVER_INITIALIZE DriverEntry;

NDIS_STATUS CmAllocateGlobals(VOID);
NDIS_STATUS CmSetCallManagerHandlers(NDIS_HANDLE ProtocolHandle);

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;
    NDIS_STATUS Status;
    ULONG Attempt;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 6;
    Status = NdisRegisterProtocolDriver(NULL, &Chars, &CmProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        return STATUS_UNSUCCESSFUL;
    }
    Status = CmAllocateGlobals();
    for (Attempt = 0; Attempt < 3 && Status == NDIS_STATUS_SUCCESS; Attempt++) {
        Status = CmSetCallManagerHandlers(CmProtocolHandle);
        if (Status != NDIS_STATUS_RESOURCES) {
            break;
        }
    }
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    return STATUS_SUCCESS;

fail:
    if (CmProtocolHandle != NULL) {
        NdisDeregisterProtocolDriver(CmProtocolHandle);
        CmProtocolHandle = NULL;
    }
    return STATUS_UNSUCCESSFUL;
}

#include <ndis.h>

VOID CmInitProtocolChars(PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars);
NDIS_STATUS CmAllocateGlobals(VOID);
NDIS_STATUS CmSetCallManagerHandlers(NDIS_HANDLE ProtocolHandle);

NDIS_HANDLE CmProtocolHandle;
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CmUnload;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);
    CmInitProtocolChars(&Chars);
    Status = NdisRegisterProtocolDriver(NULL, &Chars, &CmProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        return STATUS_UNSUCCESSFUL;
    }
    Status = CmAllocateGlobals();
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    Status = CmSetCallManagerHandlers(CmProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisDeregisterProtocolDriver(CmProtocolHandle); // expected-note {{protocol handle released here by NdisDeregisterProtocolDriver}}
        goto fail;
    }
    DriverObject->DriverUnload = CmUnload;
    return STATUS_SUCCESS;

fail:
    if (CmProtocolHandle != NULL) {
        NdisDeregisterProtocolDriver(CmProtocolHandle); // expected-warning {{protocol handle 'CmProtocolHandle' is passed to 'NdisDeregisterProtocolDriver' after the protocol was deregistered [ProtocolHandle_InvalidAfterDeregister]}}
    }
    return STATUS_UNSUCCESSFUL;
}

VOID
CmUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(CmProtocolHandle);
}

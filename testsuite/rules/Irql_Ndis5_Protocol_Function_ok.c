// ddicheck-flags: -DNDIS51
/*
 * The NDIS 5.1 protocol lifecycle done right: NdisRegisterProtocol in
 * DriverEntry, NdisOpenAdapter in the bind handler, NdisCloseAdapter in the
 * unbind handler after the lock is released, NdisDeregisterProtocol in unload.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    UINT Medium;
    BOOLEAN Closing;
} BINDING, *PBINDING;

static NDIS_HANDLE ProtocolHandle;
static NDIS_SPIN_LOCK GlobalLock;
static BINDING TheBinding;
static NDIS_MEDIUM Media[] = { NdisMedium802_3 };

DRIVER_INITIALIZE DriverEntry;
PROTOCOL_BIND_ADAPTER PrBind;
PROTOCOL_UNBIND_ADAPTER PrUnbind;
PROTOCOL_UNLOAD PrUnload;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_CHARACTERISTICS Chars;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    NdisAllocateSpinLock(&GlobalLock);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 5;
    Chars.MinorNdisVersion = 1;
    Chars.BindAdapterHandler = PrBind;
    Chars.UnbindAdapterHandler = PrUnbind;
    Chars.UnloadHandler = PrUnload;
    NdisRegisterProtocol(&Status, &ProtocolHandle, &Chars, sizeof(Chars));
    return (NTSTATUS)Status;
}

VOID
PrBind(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
       PVOID SystemSpecific1, PVOID SystemSpecific2)
{
    NDIS_STATUS OpenError;

    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);

    NdisOpenAdapter(Status, &OpenError, &TheBinding.BindingHandle, &TheBinding.Medium, Media, 1,
                    ProtocolHandle, &TheBinding, DeviceName, 0, NULL);
}

VOID
PrUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE UnbindContext)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(UnbindContext);

    NdisAcquireSpinLock(&GlobalLock);
    Binding->Closing = TRUE;
    NdisReleaseSpinLock(&GlobalLock);
    NdisCloseAdapter(Status, Binding->BindingHandle);
}

VOID
PrUnload(VOID)
{
    NDIS_STATUS Status;

    NdisDeregisterProtocol(&Status, ProtocolHandle);
}

// expected-no-diagnostics

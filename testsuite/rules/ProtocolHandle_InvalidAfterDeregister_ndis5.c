// ddicheck-flags: -DNDIS51
/* NDIS 5.1: the unload handler deregisters through a helper and then opens a "last" adapter
   with the stale handle to flush its statistics. */
#include <ndis.h>

NDIS_HANDLE Pr5ProtocolHandle;
NDIS_HANDLE Pr5Binding;
UINT Pr5MediumIndex;
NDIS_MEDIUM Pr5Media[] = { NdisMedium802_3 };
NDIS_STRING Pr5StatsAdapter;

PROTOCOL_UNLOAD Pr5Unload;

static VOID
Pr5Deregister(NDIS_HANDLE ProtocolHandle)
{
    NDIS_STATUS Status;

    NdisDeregisterProtocol(&Status, ProtocolHandle); // expected-note {{protocol handle released here by NdisDeregisterProtocol}}
}

VOID
Pr5Unload(VOID)
{
    NDIS_STATUS Status, OpenErrorStatus;

    Pr5Deregister(Pr5ProtocolHandle); // expected-note {{'Pr5Deregister' called here}}
    NdisOpenAdapter(&Status, &OpenErrorStatus, &Pr5Binding, &Pr5MediumIndex, Pr5Media, 1, // expected-warning {{protocol handle 'Pr5ProtocolHandle' is passed to 'NdisOpenAdapter' after the protocol was deregistered [ProtocolHandle_InvalidAfterDeregister]}}
                    Pr5ProtocolHandle, NULL, &Pr5StatsAdapter, 0, NULL);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 5;
    Chars.MinorNdisVersion = 1;
    Chars.UnloadHandler = Pr5Unload;
    NdisRegisterProtocol(&Status, &Pr5ProtocolHandle, &Chars, sizeof(Chars));
    return (NTSTATUS)Status;
}

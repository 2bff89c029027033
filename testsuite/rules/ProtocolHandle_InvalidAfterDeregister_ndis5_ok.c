// ddicheck-flags: -DNDIS51
/* NDIS 5.1: the bind handler opens adapters with the protocol handle; the unload handler
   deregisters last and clears it. */
// expected-no-diagnostics
#include <ndis.h>

NDIS_HANDLE Pr5ProtocolHandle;
NDIS_HANDLE Pr5Binding;
UINT Pr5MediumIndex;
NDIS_MEDIUM Pr5Media[] = { NdisMedium802_3 };

PROTOCOL_BIND_ADAPTER Pr5BindAdapter;
PROTOCOL_UNLOAD Pr5Unload;

VOID
Pr5BindAdapter(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
               PVOID SystemSpecific1, PVOID SystemSpecific2)
{
    NDIS_STATUS OpenErrorStatus;

    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    NdisOpenAdapter(Status, &OpenErrorStatus, &Pr5Binding, &Pr5MediumIndex, Pr5Media, 1,
                    Pr5ProtocolHandle, NULL, DeviceName, 0, NULL);
}

VOID
Pr5Unload(VOID)
{
    NDIS_STATUS Status;

    NdisDeregisterProtocol(&Status, Pr5ProtocolHandle);
    Pr5ProtocolHandle = NULL;
}

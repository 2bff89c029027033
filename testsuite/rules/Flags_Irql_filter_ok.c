/*
 * A filter's SendNetBufferListsHandler has the miniport's field name but is a FILTER_SEND_NET_BUFFER_LISTS
 * callback (rules/facts/role-fields.tsv keys the field on its struct): Flags_Irql does not apply.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _LWF {
    NDIS_HANDLE FilterHandle;
} LWF, *PLWF;

static VOID
LwfSend(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
        ULONG SendFlags)
{
    PLWF Lwf = (PLWF)FilterModuleContext;

    if (KeGetCurrentIrql() == DISPATCH_LEVEL)
        SendFlags |= NDIS_SEND_FLAGS_DISPATCH_LEVEL;
    NdisFSendNetBufferLists(Lwf->FilterHandle, NetBufferLists, PortNumber, SendFlags);
}

NDIS_STATUS
LwfRegister(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath, PNDIS_HANDLE FilterDriverHandle)
{
    NDIS_FILTER_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.SendNetBufferListsHandler = LwfSend;
    return NdisFRegisterFilterDriver(DriverObject, (NDIS_HANDLE)DriverObject, &Chars, FilterDriverHandle);
}

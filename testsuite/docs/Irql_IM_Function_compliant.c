#include <ndis.h> // expected-no-diagnostics

typedef struct _MUX_BINDING {
    NDIS_HANDLE DriverHandle;     /* from NdisMRegisterMiniportDriver */
    NDIS_STRING VirtualMiniportName;
    NDIS_HANDLE LinkUpWorkItem;   /* NdisAllocateIoWorkItem at bind time */
    BOOLEAN VirtualMiniportUp;
} MUX_BINDING, *PMUX_BINDING;

PROTOCOL_STATUS_EX MuxProtocolStatus;
NDIS_IO_WORKITEM_FUNCTION MuxLinkUpWorker;

VOID
MuxProtocolStatus(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;

    /* status indications may come at DISPATCH_LEVEL: start the virtual miniport at PASSIVE_LEVEL */
    if (StatusIndication->StatusCode == NDIS_STATUS_LINK_STATE && !Binding->VirtualMiniportUp)
        NdisQueueIoWorkItem(Binding->LinkUpWorkItem, MuxLinkUpWorker, Binding);
}

VOID
MuxLinkUpWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMUX_BINDING Binding = (PMUX_BINDING)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    if (NdisIMInitializeDeviceInstanceEx(Binding->DriverHandle, &Binding->VirtualMiniportName, Binding) ==
        NDIS_STATUS_SUCCESS)
        Binding->VirtualMiniportUp = TRUE;
}

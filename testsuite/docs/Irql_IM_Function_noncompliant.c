#include <ndis.h>

typedef struct _MUX_BINDING {
    NDIS_HANDLE DriverHandle;     /* from NdisMRegisterMiniportDriver */
    NDIS_STRING VirtualMiniportName;
    BOOLEAN VirtualMiniportUp;
} MUX_BINDING, *PMUX_BINDING;

PROTOCOL_STATUS_EX MuxProtocolStatus; // expected-note {{'MuxProtocolStatus' runs at IRQL <= DISPATCH_LEVEL as a PROTOCOL_STATUS_EX callback}}

VOID
MuxProtocolStatus(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;

    /* bring the virtual miniport up when the lower adapter's link comes up */
    if (StatusIndication->StatusCode == NDIS_STATUS_LINK_STATE && !Binding->VirtualMiniportUp) {
        if (NdisIMInitializeDeviceInstanceEx(Binding->DriverHandle, &Binding->VirtualMiniportName, Binding) == // expected-warning {{'NdisIMInitializeDeviceInstanceEx' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_IM_Function]}}
            NDIS_STATUS_SUCCESS)
            Binding->VirtualMiniportUp = TRUE;
    }
}

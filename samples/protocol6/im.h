/*
 * im.h - shared declarations of the NDIS 6 protocol sample: the lower (protocol) edge of a 1:1
 * pass-through intermediate driver, with the virtual miniport above it.
 *
 * Each binding to an Ethernet adapter starts one virtual miniport instance with
 * NdisIMInitializeDeviceInstanceEx; its MiniportInitializeEx finds the binding through
 * NdisIMGetDeviceContext and records the interface stack (NdisIfAddIfStackEntry). Sends go down
 * with NdisSendNetBufferLists, receives go up with NdisMIndicateReceiveNetBufferLists, link-state
 * changes are re-indicated on the virtual miniport. The FAULT_* switches (samples/README.md) each
 * seed one rule violation.
 */
#ifndef IM_H
#define IM_H

#include <ndis.h>

#define IM_TAG 'mIpS'
#define IM_NAME_CHARS 128

typedef struct _IM_BINDING {
    LIST_ENTRY Link; /* on ImBindings, under ImGlobalLock */
    NDIS_HANDLE BindingHandle; /* the lower adapter */
    NDIS_HANDLE MiniportHandle; /* the virtual miniport, while it is initialized */
    NDIS_SPIN_LOCK Lock; /* the flags and counters below */
    NDIS_EVENT RequestDone; /* open and close completions */
    NDIS_STATUS RequestStatus;
    UINT SelectedMediumIndex;
    BOOLEAN MiniportInitPending; /* NdisIMInitializeDeviceInstanceEx succeeded, no initialize yet */
    BOOLEAN LowerPaused;
    BOOLEAN MiniportPaused;
    BOOLEAN StackEntryAdded;
    NET_IFINDEX LowerIfIndex;
    NET_IFINDEX UpperIfIndex;
    NDIS_LINK_STATE LinkState;
    ULONG PacketFilter;
    NDIS_STRING DeviceName; /* the virtual miniport's device instance (UpperBindings) */
    WCHAR DeviceNameBuffer[IM_NAME_CHARS];
} IM_BINDING, *PIM_BINDING;

extern NDIS_HANDLE ImDriverHandle; /* NdisMRegisterMiniportDriver */
extern NDIS_HANDLE ImProtocolHandle; /* NdisRegisterProtocolDriver */
extern NDIS_SPIN_LOCK ImGlobalLock;
extern LIST_ENTRY ImBindings;

NDIS_STATUS ImRegisterMiniport(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
NDIS_STATUS ImStartVirtualMiniport(PIM_BINDING Binding);
VOID ImIndicateLinkState(PIM_BINDING Binding);

#endif

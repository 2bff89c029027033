/*
 * pr5.h - private definitions of the sample legacy NDIS 5.1 protocol.
 *
 * A monitoring protocol: it binds to every Ethernet adapter, counts the frames
 * it sees and tracks the link state reported through its status handler.
 * Build with -DNDIS51.
 */
#ifndef PR5_H
#define PR5_H

#include <ndis.h>

#define PR5_TAG          '5rPS'
#define PR5_MAX_BINDINGS 8

typedef struct _PR5_BINDING {
    BOOLEAN       InUse;
    BOOLEAN       LinkUp;
    BOOLEAN       Closing;
    NDIS_HANDLE   BindingHandle;
    NDIS_HANDLE   BindContext;      /* bind, then unbind context while one is pending */
    UINT          SelectedMediumIndex;
    ULONG         FramesSeen;
    ULONG         LinkDownCount;
    KDPC          LinkDpc;
} PR5_BINDING, *PPR5_BINDING;

extern NDIS_HANDLE Pr5ProtocolHandle;
extern NDIS_SPIN_LOCK Pr5Lock;
extern PR5_BINDING Pr5Bindings[PR5_MAX_BINDINGS];

/* pr5_bind.c */
PROTOCOL_BIND_ADAPTER Pr5BindAdapter;
PROTOCOL_UNBIND_ADAPTER Pr5UnbindAdapter;
PROTOCOL_OPEN_ADAPTER_COMPLETE Pr5OpenAdapterComplete;
PROTOCOL_CLOSE_ADAPTER_COMPLETE Pr5CloseAdapterComplete;
PROTOCOL_STATUS Pr5Status;

#endif /* PR5_H */

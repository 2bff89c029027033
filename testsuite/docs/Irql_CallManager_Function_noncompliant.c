#include <ndis.h>

typedef struct _CM_AF {
    struct _CM_AF *Next;
    NDIS_HANDLE NdisAfHandle;
} CM_AF, *PCM_AF;

typedef struct _CM_ADAPTER {
    PCM_AF AfList;
    NDIS_HANDLE LinkDownWorkItem;
} CM_ADAPTER, *PCM_ADAPTER;

BOOLEAN CmLinkIsDown(PNDIS_STATUS_INDICATION StatusIndication);
NDIS_STATUS CmCloseBinding(PCM_ADAPTER Adapter);

PROTOCOL_UNBIND_ADAPTER_EX CmUnbindAdapter;
PROTOCOL_STATUS_EX CmStatus; // expected-note {{'CmStatus' runs at IRQL <= DISPATCH_LEVEL as a PROTOCOL_STATUS_EX callback}}

static VOID
CmCloseClientAfs(PCM_ADAPTER Adapter)
{
    for (PCM_AF Af = Adapter->AfList; Af != NULL; Af = Af->Next) {
        NdisCmNotifyCloseAddressFamily(Af->NdisAfHandle); // expected-warning {{'NdisCmNotifyCloseAddressFamily' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_CallManager_Function]}}
    }
}

NDIS_STATUS
CmUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PCM_ADAPTER Adapter = (PCM_ADAPTER)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(UnbindContext);
    CmCloseClientAfs(Adapter);
    return CmCloseBinding(Adapter);
}

VOID
CmStatus(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PCM_ADAPTER Adapter = (PCM_ADAPTER)ProtocolBindingContext;

    if (CmLinkIsDown(StatusIndication)) {
        CmCloseClientAfs(Adapter); // expected-note {{'CmCloseClientAfs' called here at DISPATCH_LEVEL}}
    }
}

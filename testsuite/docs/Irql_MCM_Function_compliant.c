#include <ndis.h> // expected-no-diagnostics

typedef struct _ATM_ADAPTER {
    NDIS_HANDLE NdisAfHandle;       /* the client's open address family, or NULL */
    NDIS_HANDLE CloseAfWorkItem;
} ATM_ADAPTER, *PATM_ADAPTER;

VOID AtmHwServiceRings(PATM_ADAPTER Adapter);
BOOLEAN AtmHwLinkLost(PATM_ADAPTER Adapter);

MINIPORT_INTERRUPT_DPC AtmMcmInterruptDpc;
NDIS_IO_WORKITEM_FUNCTION AtmMcmCloseAfWorker;

VOID
AtmMcmInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                   PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PATM_ADAPTER Adapter = (PATM_ADAPTER)MiniportInterruptContext;

    AtmHwServiceRings(Adapter);
    if (AtmHwLinkLost(Adapter) && Adapter->NdisAfHandle != NULL) {
        /* NdisMCmNotifyCloseAddressFamily needs PASSIVE_LEVEL: defer it */
        NdisQueueIoWorkItem(Adapter->CloseAfWorkItem, AtmMcmCloseAfWorker, Adapter);
    }
}

VOID
AtmMcmCloseAfWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PATM_ADAPTER Adapter = (PATM_ADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle);
}

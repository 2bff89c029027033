#include <ndis.h>

typedef struct _ATM_ADAPTER {
    NDIS_HANDLE NdisAfHandle;       /* the client's open address family, or NULL */
    NDIS_HANDLE CloseAfWorkItem;
} ATM_ADAPTER, *PATM_ADAPTER;

VOID AtmHwServiceRings(PATM_ADAPTER Adapter);
BOOLEAN AtmHwLinkLost(PATM_ADAPTER Adapter);

MINIPORT_INTERRUPT_DPC AtmMcmInterruptDpc; // expected-note {{'AtmMcmInterruptDpc' runs at DISPATCH_LEVEL as a MINIPORT_INTERRUPT_DPC callback}}

VOID
AtmMcmInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                   PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PATM_ADAPTER Adapter = (PATM_ADAPTER)MiniportInterruptContext;

    AtmHwServiceRings(Adapter);
    if (AtmHwLinkLost(Adapter) && Adapter->NdisAfHandle != NULL) {
        /* the line is gone: ask the client to close its address family */
        NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle); // expected-warning {{'NdisMCmNotifyCloseAddressFamily' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_MCM_Function]}}
    }
}

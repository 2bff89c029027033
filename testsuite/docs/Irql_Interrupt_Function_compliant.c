#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE InterruptHandle; /* NdisMRegisterInterruptEx */
    BOOLEAN InterruptRegistered;
    BOOLEAN SurpriseRemoved;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_INTERRUPT_DPC NicInterruptDpc;
MINIPORT_HALT NicHalt;

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (Adapter->SurpriseRemoved)
        return; /* NDIS halts the miniport next; MiniportHaltEx deregisters the interrupt */
}

VOID
NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Adapter->InterruptRegistered) {
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
        Adapter->InterruptRegistered = FALSE;
    }
}

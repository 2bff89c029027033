#include <ndis.h>

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE InterruptHandle; /* NdisMRegisterInterruptEx */
    BOOLEAN InterruptRegistered;
    BOOLEAN SurpriseRemoved;
} NIC_ADAPTER, *PNIC_ADAPTER;

MINIPORT_INTERRUPT_DPC NicInterruptDpc; // expected-note {{'NicInterruptDpc' runs at DISPATCH_LEVEL as a MINIPORT_INTERRUPT_DPC callback}}

VOID
NicInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                PVOID NdisReserved2)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
    if (Adapter->SurpriseRemoved && Adapter->InterruptRegistered) {
        /* the card is gone: stop taking its interrupts right away */
        NdisMDeregisterInterruptEx(Adapter->InterruptHandle); // expected-warning {{'NdisMDeregisterInterruptEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Interrupt_Function]}}
        Adapter->InterruptRegistered = FALSE;
    }
}

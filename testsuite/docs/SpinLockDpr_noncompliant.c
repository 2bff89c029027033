#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    PNDIS_RW_LOCK_EX TableLock;
    ULONG Pending;
} ADAPTER, *PADAPTER;

MINIPORT_INTERRUPT_DPC MpInterruptDpc;

VOID
MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->Lock); // expected-note 2 {{'&Adapter->Lock' acquired here by 'NdisDprAcquireSpinLock'}}
    if (Adapter->Pending == 0)
        return; // expected-warning {{'MpInterruptDpc' returns with the spin lock '&Adapter->Lock' held [SpinLockDpr]}} expected-warning {{'MpInterruptDpc' returns having acquired the spin lock '&Adapter->Lock' more often than it released it [SpinLockBalanced]}}
    Adapter->Pending--;
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

/*
 * An interrupt DPC takes the receive lock with NdisDprAcquireSpinLock and leaves on the error path
 * without giving it back.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    ULONG RxErrors;
    ULONG RxCount;
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

    NdisDprAcquireSpinLock(&Adapter->RxLock); // expected-note 2 {{'&Adapter->RxLock' acquired here by 'NdisDprAcquireSpinLock'}}
    if (Adapter->RxErrors > 16) {
        return; // expected-warning {{'MpInterruptDpc' returns with the spin lock '&Adapter->RxLock' held [SpinLockDpr]}}
        // expected-warning@-1 {{'MpInterruptDpc' returns having acquired the spin lock '&Adapter->RxLock' more often than it released it [SpinLockBalanced]}}
    }
    Adapter->RxCount++;
    NdisDprReleaseSpinLock(&Adapter->RxLock);
}

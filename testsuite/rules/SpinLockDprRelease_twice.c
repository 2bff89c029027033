/*
 * A receive DPC drops the receive lock to indicate packets and drops it again afterwards.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK RxLock;
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

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    Adapter->RxCount++;
    NdisDprReleaseSpinLock(&Adapter->RxLock); // expected-note 2 {{'&Adapter->RxLock' released here by 'NdisDprReleaseSpinLock'}}
    Adapter->RxCount = 0;
    NdisDprReleaseSpinLock(&Adapter->RxLock); // expected-warning {{'NdisDprReleaseSpinLock' releases the spin lock '&Adapter->RxLock' a second time on this path [SpinLockDprRelease]}}
    // expected-warning@-1 {{'NdisDprReleaseSpinLock' releases the spin lock '&Adapter->RxLock' more often than 'MpInterruptDpc' acquired it [SpinLockBalanced]}}
}

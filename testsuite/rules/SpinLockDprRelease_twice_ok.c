/*
 * The DPC drops the receive lock to indicate packets and takes it again before the last release.
 */
// expected-no-diagnostics
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
    NdisDprReleaseSpinLock(&Adapter->RxLock);
    Adapter->RxCount = 0;
    NdisDprAcquireSpinLock(&Adapter->RxLock);
    NdisDprReleaseSpinLock(&Adapter->RxLock);
}

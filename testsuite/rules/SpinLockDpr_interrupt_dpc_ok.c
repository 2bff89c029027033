/*
 * The same DPC releases the receive lock on its error path too.
 */
// expected-no-diagnostics
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

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    if (Adapter->RxErrors > 16) {
        NdisDprReleaseSpinLock(&Adapter->RxLock);
        return;
    }
    Adapter->RxCount++;
    NdisDprReleaseSpinLock(&Adapter->RxLock);
}

#include <ndis.h> // expected-no-diagnostics

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

    NdisDprAcquireSpinLock(&Adapter->Lock);
    Adapter->Pending++;
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

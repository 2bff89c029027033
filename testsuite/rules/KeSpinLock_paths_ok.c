/*
 * A kernel spin lock taken and released on every path, one release through a helper that gets the
 * lock as a parameter.
 */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _ADAPTER {
    KSPIN_LOCK QueueLock;
    ULONG Queued;
} ADAPTER, *PADAPTER;

MINIPORT_INTERRUPT_DPC MpInterruptDpc;

static VOID
Unlock(PKSPIN_LOCK Lock)
{
    KeReleaseSpinLockFromDpcLevel(Lock);
}

VOID
MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    KeAcquireSpinLockAtDpcLevel(&Adapter->QueueLock);
    if (Adapter->Queued == 0) {
        Unlock(&Adapter->QueueLock);
        return;
    }
    Adapter->Queued--;
    KeReleaseSpinLockFromDpcLevel(&Adapter->QueueLock);
}

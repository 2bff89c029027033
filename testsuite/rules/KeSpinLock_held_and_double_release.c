/*
 * Kernel spin locks in a miniport: a DPC that returns early under KeAcquireSpinLockAtDpcLevel, and
 * a send handler that releases a KeAcquireSpinLock lock twice.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    KSPIN_LOCK QueueLock;
    ULONG Queued;
} ADAPTER, *PADAPTER;

MINIPORT_INTERRUPT_DPC MpInterruptDpc;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

VOID
MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
               PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    KeAcquireSpinLockAtDpcLevel(&Adapter->QueueLock); // expected-note {{'&Adapter->QueueLock' acquired here by 'KeAcquireSpinLockAtDpcLevel'}}
    if (Adapter->Queued == 0)
        return; // expected-warning {{'MpInterruptDpc' returns with the kernel spin lock '&Adapter->QueueLock' held [KeSpinLock]}}
    Adapter->Queued--;
    KeReleaseSpinLockFromDpcLevel(&Adapter->QueueLock);
}

VOID
MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
       ULONG SendFlags)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    KIRQL OldIrql;
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    KeAcquireSpinLock(&Adapter->QueueLock, &OldIrql);
    Adapter->Queued++;
    KeReleaseSpinLock(&Adapter->QueueLock, OldIrql); // expected-note {{'&Adapter->QueueLock' released here by 'KeReleaseSpinLock'}}
    KeReleaseSpinLock(&Adapter->QueueLock, OldIrql); // expected-warning {{'KeReleaseSpinLock' releases the kernel spin lock '&Adapter->QueueLock' a second time on this path [KeSpinLock]}}
}

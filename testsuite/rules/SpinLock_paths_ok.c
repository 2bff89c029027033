/*
 * Every path gives the adapter lock back: released on each early return, released by a helper
 * for its caller, taken and released on the same condition (a parameter, a flags bit, a local
 * flag), taken and released once per iteration of a loop, and taken by a helper for its caller.
 */
// expected-no-diagnostics
#include <ndis.h>

#define ADAPTER_FLAG_SHARED 0x4

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_SPIN_LOCK RxLock;
    ULONG Flags;
    ULONG PendingSends;
    ULONG Count;
    BOOLEAN Paused;
} ADAPTER, *PADAPTER;

#define MP_ACQUIRE_SPIN_LOCK(_Adapter) NdisAcquireSpinLock(&(_Adapter)->Lock)
#define MP_RELEASE_SPIN_LOCK(_Adapter) NdisReleaseSpinLock(&(_Adapter)->Lock)

MINIPORT_PAUSE MpPause;
MINIPORT_RESTART MpRestart;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;
MINIPORT_RETURN_NET_BUFFER_LISTS MpReturn;
MINIPORT_CHECK_FOR_HANG MpCheckForHang;
MINIPORT_HALT MpHalt;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

static VOID AdapterUnlock(PADAPTER Adapter)
{
    NdisReleaseSpinLock(&Adapter->Lock);
}

static VOID AdapterLock(PADAPTER Adapter)
{
    NdisAcquireSpinLock(&Adapter->Lock);
}

static VOID ReleaseLock(PNDIS_SPIN_LOCK Lock)
{
    NdisReleaseSpinLock(Lock);
}

NDIS_STATUS
MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(Parameters);

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->PendingSends != 0) {
        NdisReleaseSpinLock(&Adapter->Lock);
        return NDIS_STATUS_PENDING;
    }
    if (Adapter->Paused) {
        AdapterUnlock(Adapter);
        return NDIS_STATUS_SUCCESS;
    }
    Adapter->Paused = TRUE;
    ReleaseLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
MpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS Parameters)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(Parameters);

    AdapterLock(Adapter);
    Adapter->Paused = FALSE;
    AdapterUnlock(Adapter);
    return NDIS_STATUS_SUCCESS;
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
            ULONG SendFlags)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    MP_ACQUIRE_SPIN_LOCK(Adapter);
    Adapter->PendingSends++;
    MP_RELEASE_SPIN_LOCK(Adapter);
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                    PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (Adapter->Flags & ADAPTER_FLAG_SHARED)
        NdisDprAcquireSpinLock(&Adapter->RxLock);
    Adapter->Count++;
    if (Adapter->Flags & ADAPTER_FLAG_SHARED)
        NdisDprReleaseSpinLock(&Adapter->RxLock);
}

VOID MpReturn(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    BOOLEAN Locked = FALSE;
    UNREFERENCED_PARAMETER(NetBufferLists);

    if (NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(ReturnFlags)) {
        NdisDprAcquireSpinLock(&Adapter->RxLock);
        Locked = TRUE;
    }
    Adapter->Count--;
    if (Locked)
        NdisDprReleaseSpinLock(&Adapter->RxLock);
}

BOOLEAN
MpCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    ULONG i;

    for (i = 0; i < 4; i++) {
        NdisAcquireSpinLock(&Adapter->Lock);
        if (Adapter->PendingSends == 0) {
            NdisReleaseSpinLock(&Adapter->Lock);
            continue;
        }
        Adapter->Count++;
        NdisReleaseSpinLock(&Adapter->Lock);
    }
    return (BOOLEAN)(Adapter->Count > 1000);
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);

    NdisAcquireSpinLock(&Adapter->Lock);
    while (Adapter->PendingSends != 0) {
        NdisReleaseSpinLock(&Adapter->Lock);
        NdisMSleep(1000);
        NdisAcquireSpinLock(&Adapter->Lock);
    }
    NdisReleaseSpinLock(&Adapter->Lock);
}

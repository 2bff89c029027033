/*
 * A DispatchLevel argument handed down through two helpers into a lock macro that picks
 * NdisDprAcquireSpinLock or NdisAcquireSpinLock on it (the Native WiFi samples' MP_ACQUIRE_SPINLOCK).
 * The work item passes the constant FALSE: in that calling context the helpers are analysed with
 * DispatchLevel == FALSE, so the DPC-level forms are not reached at PASSIVE_LEVEL. The DPC passes a
 * value read from memory: its context takes both branches, at DISPATCH_LEVEL, where both are allowed.
 */
#include <ndis.h> // expected-no-diagnostics

#define RX_ACQUIRE_LOCK(_Lock, _DispatchLevel)                                                                        \
    {                                                                                                                  \
        if (_DispatchLevel) {                                                                                          \
            NdisDprAcquireSpinLock(_Lock);                                                                             \
        } else {                                                                                                       \
            NdisAcquireSpinLock(_Lock);                                                                                \
        }                                                                                                              \
    }
#define RX_RELEASE_LOCK(_Lock, _DispatchLevel)                                                                        \
    {                                                                                                                  \
        if (_DispatchLevel) {                                                                                          \
            NdisDprReleaseSpinLock(_Lock);                                                                             \
        } else {                                                                                                       \
            NdisReleaseSpinLock(_Lock);                                                                                \
        }                                                                                                              \
    }

typedef struct _HW {
    NDIS_SPIN_LOCK RxLock;
    ULONG FreeBuffers;
    BOOLEAN InDpc;
} HW, *PHW;

static VOID
HwReturnBuffer(PHW Hw, BOOLEAN DispatchLevel)
{
    RX_ACQUIRE_LOCK(&Hw->RxLock, DispatchLevel);
    Hw->FreeBuffers++;
    RX_RELEASE_LOCK(&Hw->RxLock, DispatchLevel);
}

static VOID
HwFlushReceive(PHW Hw, BOOLEAN DispatchLevel)
{
    ULONG i;

    for (i = 0; i < 4; i++) {
        HwReturnBuffer(Hw, DispatchLevel);
    }
}

NDIS_IO_WORKITEM_FUNCTION HwResetWorker;

VOID
HwResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    HwFlushReceive((PHW)WorkItemContext, FALSE);
}

KDEFERRED_ROUTINE HwRxDpc;

VOID
HwRxDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PHW Hw = (PHW)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    HwFlushReceive(Hw, Hw->InDpc);
}

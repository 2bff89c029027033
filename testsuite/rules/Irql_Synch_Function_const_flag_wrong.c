/*
 * The helpers of Irql_Synch_Function_const_flag_helpers_ok.c, with the work item passing TRUE: in
 * that calling context the DPC-level form is taken at PASSIVE_LEVEL, and reported with the calls
 * that carried the constant down.
 */
#include <ndis.h>

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
    RX_ACQUIRE_LOCK(&Hw->RxLock, DispatchLevel); // expected-warning {{'NdisDprAcquireSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    Hw->FreeBuffers++;
    RX_RELEASE_LOCK(&Hw->RxLock, DispatchLevel); // expected-warning {{'NdisDprReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
}

static VOID
HwFlushReceive(PHW Hw, BOOLEAN DispatchLevel)
{
    ULONG i;

    for (i = 0; i < 4; i++) {
        HwReturnBuffer(Hw, DispatchLevel); // expected-note 2 {{'HwReturnBuffer' called here at PASSIVE_LEVEL}}
    }
}

NDIS_IO_WORKITEM_FUNCTION HwResetWorker; // expected-note 2 {{'HwResetWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
HwResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    HwFlushReceive((PHW)WorkItemContext, TRUE); // expected-note 2 {{'HwFlushReceive' called here at PASSIVE_LEVEL}}
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

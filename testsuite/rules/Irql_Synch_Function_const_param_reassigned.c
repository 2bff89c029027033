/*
 * A constant argument decides a branch of the callee only while the parameter holds it: here the
 * helper overwrites DispatchLevel with a value read from memory (and another passes its address
 * on), so the FALSE the work item passes decides nothing and the DPC-level form is reached at
 * PASSIVE_LEVEL.
 */
#include <ndis.h>

typedef struct _HW {
    NDIS_SPIN_LOCK RxLock;
    ULONG FreeBuffers;
    BOOLEAN InDpc;
} HW, *PHW;

VOID HwGuessLevel(PHW Hw, BOOLEAN *DispatchLevel);

static VOID
HwReturnBuffer(PHW Hw, BOOLEAN DispatchLevel)
{
    DispatchLevel = Hw->InDpc;
    if (DispatchLevel) {
        NdisDprAcquireSpinLock(&Hw->RxLock); // expected-warning {{'NdisDprAcquireSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
        Hw->FreeBuffers++;
        NdisDprReleaseSpinLock(&Hw->RxLock); // expected-warning {{'NdisDprReleaseSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    }
}

static VOID
HwReturnBuffer2(PHW Hw, BOOLEAN DispatchLevel)
{
    HwGuessLevel(Hw, &DispatchLevel);
    if (DispatchLevel) {
        NdisDprAcquireSpinLock(&Hw->RxLock); // expected-warning {{'NdisDprAcquireSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
        Hw->FreeBuffers++;
        NdisDprReleaseSpinLock(&Hw->RxLock); // expected-warning {{'NdisDprReleaseSpinLock' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
    }
}

NDIS_IO_WORKITEM_FUNCTION HwResetWorker; // expected-note 4 {{'HwResetWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
HwResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    HwReturnBuffer((PHW)WorkItemContext, FALSE);  // expected-note 2 {{'HwReturnBuffer' called here at PASSIVE_LEVEL}}
    HwReturnBuffer2((PHW)WorkItemContext, FALSE); // expected-note 2 {{'HwReturnBuffer2' called here at PASSIVE_LEVEL}}
}

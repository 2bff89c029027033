/*
 * A helper that programs the PHY synchronously (NdisMSleep: IRQL <= APC_LEVEL) only when it is
 * given no completion routine, and otherwise queues a work item. The timer always passes a
 * completion routine (a function's address: not NULL), so in its calling context the synchronous
 * branch is not reached at DISPATCH_LEVEL; initialization passes NULL at PASSIVE_LEVEL.
 */
#include <ndis.h> // expected-no-diagnostics

typedef VOID (*PHY_DONE)(PVOID Context);

typedef struct _HW {
    NDIS_HANDLE PhyWorkItem;
    PHY_DONE PhyDone;
    ULONG Channel;
} HW, *PHW;

static VOID
HwSetPhy(PHW Hw)
{
    Hw->Channel++;
    NdisMSleep(100);
}

static VOID
HwProgramPhy(PHW Hw, PHY_DONE Done)
{
    if (Done != NULL) {
        Hw->PhyDone = Done;
        NdisQueueIoWorkItem(Hw->PhyWorkItem, NULL, Hw);
    } else {
        HwSetPhy(Hw);
    }
}

static VOID
HwScanDone(PVOID Context)
{
    UNREFERENCED_PARAMETER(Context);
}

NDIS_TIMER_FUNCTION HwScanTimer;

VOID
HwScanTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    HwProgramPhy((PHW)FunctionContext, HwScanDone);
}

MINIPORT_INITIALIZE HwInitialize;

NDIS_STATUS
HwInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    static HW Hw;

    UNREFERENCED_PARAMETER(MiniportAdapterHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    HwProgramPhy(&Hw, NULL);
    return NDIS_STATUS_SUCCESS;
}

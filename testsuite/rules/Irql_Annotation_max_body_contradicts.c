/*
 * _IRQL_requires_max_(DISPATCH_LEVEL) is a permission for callers, not the IRQL the function runs
 * at. Its only caller, a work item, runs at PASSIVE_LEVEL, so no path reaches NdisMSleep at
 * DISPATCH_LEVEL and the DDI's rule (Irql_Miniport_Driver_Function) says nothing. But the body
 * contradicts the annotation: called at DISPATCH_LEVEL, as the annotation allows, it would sleep.
 * That is reported under Irql_Annotation, at the call, with the annotation as the note.
 */
#include <ndis.h>

typedef struct _HVL {
    NDIS_SPIN_LOCK Lock;
    volatile LONG SwitchPending;
} HVL, *PHVL;

_IRQL_requires_max_(DISPATCH_LEVEL) // expected-note {{'HvlWaitAndLock' is annotated _IRQL_requires_max_(DISPATCH_LEVEL) here}}
static VOID
HvlWaitAndLock(PHVL Hvl)
{
    while (Hvl->SwitchPending > 0) {
        NdisMSleep(1000); // expected-warning {{'NdisMSleep' requires IRQL <= APC_LEVEL, but the annotation _IRQL_requires_max_(DISPATCH_LEVEL) of 'HvlWaitAndLock' allows DISPATCH_LEVEL here [Irql_Annotation]}}
    }
    NdisAcquireSpinLock(&Hvl->Lock);
}

NDIS_IO_WORKITEM_FUNCTION HvlSwitchWorker;

VOID
HvlSwitchWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PHVL Hvl = (PHVL)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    HvlWaitAndLock(Hvl);
    NdisReleaseSpinLock(&Hvl->Lock);
}

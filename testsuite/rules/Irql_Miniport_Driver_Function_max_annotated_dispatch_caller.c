/*
 * The helper of Irql_Annotation_max_body_contradicts.c, also called by a DPC: a real caller reaches
 * it at DISPATCH_LEVEL, so the sleep is reported under the DDI's rule, with the call that brings
 * DISPATCH_LEVEL in as the note, and not a second time as an annotation inconsistency.
 */
#include <ndis.h>

typedef struct _HVL {
    NDIS_SPIN_LOCK Lock;
    volatile LONG SwitchPending;
} HVL, *PHVL;

_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID
HvlWaitAndLock(PHVL Hvl)
{
    while (Hvl->SwitchPending > 0) {
        NdisMSleep(1000); // expected-warning {{'NdisMSleep' may be called at DISPATCH_LEVEL, but it requires IRQL <= APC_LEVEL [Irql_Miniport_Driver_Function]}}
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

KDEFERRED_ROUTINE HvlTimeoutDpc; // expected-note {{'HvlTimeoutDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}

VOID
HvlTimeoutDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PHVL Hvl = (PHVL)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    HvlWaitAndLock(Hvl); // expected-note {{'HvlWaitAndLock' called here at DISPATCH_LEVEL}}
    NdisReleaseSpinLock(&Hvl->Lock);
}

/*
 * The annotations of the Windows 7 WDK (__drv_requiresIRQL, __drv_maxIRQL) on a driver's own
 * functions: a helper that must run at DISPATCH_LEVEL is called from a work item (PASSIVE_LEVEL),
 * and one limited to APC_LEVEL from a DPC.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK TxLock;
    ULONG Queued;
} ADAPTER, *PADAPTER;

__drv_requiresIRQL(DISPATCH_LEVEL) // expected-note {{'TxCompleteQueued' is annotated __drv_requiresIRQL(DISPATCH_LEVEL) here}}
VOID
TxCompleteQueued(__in PADAPTER Adapter)
{
    NdisDprAcquireSpinLock(&Adapter->TxLock);
    Adapter->Queued = 0;
    NdisDprReleaseSpinLock(&Adapter->TxLock);
}

__drv_maxIRQL(APC_LEVEL) // expected-note {{'TxWaitIdle' is annotated __drv_maxIRQL(APC_LEVEL) here}}
VOID
TxWaitIdle(__in PADAPTER Adapter)
{
    UNREFERENCED_PARAMETER(Adapter);
}

NDIS_IO_WORKITEM_FUNCTION TxWorker; // expected-note {{'TxWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
TxWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    TxCompleteQueued((PADAPTER)WorkItemContext); // expected-warning {{'TxCompleteQueued' is called at PASSIVE_LEVEL, but its annotation requires DISPATCH_LEVEL [Irql_Annotation]}}
}

KDEFERRED_ROUTINE TxDpc; // expected-note {{'TxDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}

VOID
TxDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    TxCompleteQueued((PADAPTER)DeferredContext);
    TxWaitIdle((PADAPTER)DeferredContext); // expected-warning {{'TxWaitIdle' is called at DISPATCH_LEVEL, but its annotation requires IRQL <= APC_LEVEL [Irql_Annotation]}}
}

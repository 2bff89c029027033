/*
 * The interrupt DPC (registered with `IntChars.InterruptDpcHandler = ...`) runs
 * at DISPATCH_LEVEL and does the NdisMCo* calls the ISR must not make.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE RxVc;
    PNET_BUFFER_LIST RxList;
    PNET_BUFFER_LIST TxDone;
    NDIS_HANDLE TxVc;
    NDIS_SPIN_LOCK Lock;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE CoInitialize;

static BOOLEAN CoIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
                     PULONG TargetProcessors);
static VOID CoDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                  PVOID ReceiveThrottleParameters, PVOID NdisReserved2);

static ADAPTER TheAdapter;

NDIS_STATUS
CoInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    TheAdapter.MiniportAdapterHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&TheAdapter.Lock);
    NdisZeroMemory(&IntChars, sizeof(IntChars));
    IntChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    IntChars.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    IntChars.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    IntChars.InterruptHandler = CoIsr;
    IntChars.InterruptDpcHandler = CoDpc;
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, &TheAdapter, &IntChars,
                                    &TheAdapter.InterruptHandle);
}

static BOOLEAN
CoIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
      PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

static VOID
CoDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
      PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    PNET_BUFFER_LIST Rx, Tx;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->Lock);
    Rx = Adapter->RxList;
    Adapter->RxList = NULL;
    Tx = Adapter->TxDone;
    Adapter->TxDone = NULL;
    NdisDprReleaseSpinLock(&Adapter->Lock);

    if (Rx != NULL) {
        NdisMCoIndicateReceiveNetBufferLists(Adapter->RxVc, Rx, 1, 0);
    }
    if (Tx != NULL) {
        NdisMCoSendNetBufferListsComplete(Adapter->TxVc, Tx, 0);
    }
}

// expected-no-diagnostics

/*
 * The interrupt DPC (registered through a designated initializer of
 * NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS) runs at DISPATCH_LEVEL. It completes
 * a pended SAP registration and offers an incoming call: every DDI it calls
 * allows IRQL <= DISPATCH_LEVEL. ProtocolCmRegisterSap pends the request.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE PendingSapHandle;
    NDIS_HANDLE ListeningSapHandle;
    NDIS_SPIN_LOCK Lock;
    CO_CALL_PARAMETERS CallParams;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE McmInitialize;
MINIPORT_ISR McmIsr;
PROTOCOL_CM_REG_SAP McmRegisterSap;

static VOID McmDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                   PVOID ReceiveThrottleParameters, PVOID NdisReserved2);

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    static ADAPTER Adapter;
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT,
            .Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1,
            .Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1,
        },
        .InterruptHandler = McmIsr,
        .InterruptDpcHandler = McmDpc,
    };

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    Adapter.MiniportAdapterHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&Adapter.Lock);
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, &Adapter, &IntChars,
                                      &Adapter.InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

BOOLEAN
McmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
       PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

NDIS_STATUS
McmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
               PNDIS_HANDLE CallMgrSapContext)
{
    PADAPTER Adapter = (PADAPTER)CallMgrAfContext;
    NDIS_STATUS Status = NDIS_STATUS_PENDING;

    UNREFERENCED_PARAMETER(Sap);

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->PendingSapHandle != NULL) {
        Status = NDIS_STATUS_RESOURCES;
    } else {
        Adapter->PendingSapHandle = NdisSapHandle;
        *CallMgrSapContext = Adapter;
    }
    NdisReleaseSpinLock(&Adapter->Lock);
    return Status;
}

static VOID
McmDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
       PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    NDIS_HANDLE SapHandle;
    NDIS_HANDLE VcHandle;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->Lock);
    SapHandle = Adapter->PendingSapHandle;
    Adapter->PendingSapHandle = NULL;
    if (SapHandle != NULL) {
        Adapter->ListeningSapHandle = SapHandle;
    }
    NdisDprReleaseSpinLock(&Adapter->Lock);

    if (SapHandle != NULL) {
        NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, SapHandle, Adapter);
        return;
    }

    if (Adapter->ListeningSapHandle == NULL) {
        return;
    }
    Status = NdisMCmCreateVc(Adapter->MiniportAdapterHandle, Adapter->NdisAfHandle, Adapter,
                             &VcHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        return;
    }
    Status = NdisMCmDispatchIncomingCall(Adapter->ListeningSapHandle, VcHandle,
                                         &Adapter->CallParams);
    if (Status != NDIS_STATUS_PENDING && Status != NDIS_STATUS_SUCCESS) {
        (VOID)NdisMCmDeleteVc(VcHandle);
    }
}

// expected-no-diagnostics

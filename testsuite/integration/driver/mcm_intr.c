/*
 * mcm_intr.c - initialization and interrupt handling of the integration tests' MCM miniport.
 * The ISR offers an incoming call itself: it runs at DIRQL, and NdisMCmDispatchIncomingCall
 * requires IRQL <= DISPATCH_LEVEL, so ddicheck reports Irql_MCM_Function there.
 */
#include "adapter.h"

MINIPORT_ISR McmIsr;
MINIPORT_INTERRUPT_DPC McmDpc;

static ADAPTER TheAdapter;

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars;
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    TheAdapter.MiniportAdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&IntChars, sizeof(IntChars));
    IntChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    IntChars.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    IntChars.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    IntChars.InterruptHandler = McmIsr;
    IntChars.InterruptDpcHandler = McmDpc;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, &TheAdapter, &IntChars,
                                      &TheAdapter.InterruptHandle);
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
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);

    if (Adapter->IntStatus == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;
    }
    if (Adapter->ListeningSapHandle != NULL && Adapter->IncomingVcHandle != NULL) {
        /* too early: this belongs in the DPC */
        (VOID)NdisMCmDispatchIncomingCall(Adapter->ListeningSapHandle, Adapter->IncomingVcHandle,
                                          &Adapter->CallParams);
    }
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID
McmDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
       PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    Adapter->IntStatus = 0;
}

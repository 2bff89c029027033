/*
 * A CoNDIS miniport indicates a link change straight from its ISR (DIRQL);
 * NdisMCoIndicateStatusEx requires IRQL <= DISPATCH_LEVEL. Role evidence: the
 * .InterruptHandler designated initializer.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE InterruptHandle;
    volatile ULONG LinkChanged;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE CoInitialize;
MINIPORT_INTERRUPT_DPC CoDpc;

static BOOLEAN CoIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
                     PULONG TargetProcessors);

static ADAPTER TheAdapter;

NDIS_STATUS
CoInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT,
            .Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1,
            .Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1,
        },
        .InterruptHandler = CoIsr, // expected-note {{'CoIsr' runs at DIRQL as a MINIPORT_ISR callback}}
        .InterruptDpcHandler = CoDpc,
    };

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    TheAdapter.MiniportAdapterHandle = MiniportAdapterHandle;
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, &TheAdapter, &IntChars,
                                    &TheAdapter.InterruptHandle);
}

static BOOLEAN
CoIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
      PULONG TargetProcessors)
{
    PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
    NDIS_STATUS_INDICATION Indication;

    UNREFERENCED_PARAMETER(TargetProcessors);

    if (Adapter->LinkChanged) {
        Adapter->LinkChanged = 0;
        NdisZeroMemory(&Indication, sizeof(Indication));
        Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
        Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
        Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
        Indication.SourceHandle = Adapter->MiniportAdapterHandle;
        Indication.StatusCode = NDIS_STATUS_MEDIA_DISCONNECT;
        NdisMCoIndicateStatusEx(Adapter->MiniportAdapterHandle, NULL, &Indication); // expected-warning {{'NdisMCoIndicateStatusEx' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCO_Function]}}
    }
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID
CoDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
      PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

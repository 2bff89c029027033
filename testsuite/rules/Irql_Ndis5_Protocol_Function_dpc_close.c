// ddicheck-flags: -DNDIS51
/*
 * A legacy NDIS 5.1 protocol closes a binding from a DPC (DISPATCH_LEVEL);
 * NdisCloseAdapter requires PASSIVE_LEVEL. Role evidence: KeInitializeDpc.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    KDPC RemovalDpc;
    BOOLEAN Removed;
} BINDING, *PBINDING;


static VOID PrRemovalDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                         PVOID SystemArgument2);

PROTOCOL_STATUS PrStatus;

VOID
PrStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS GeneralStatus, PVOID StatusBuffer,
         UINT StatusBufferSize)
{
    PBINDING Binding = (PBINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(StatusBuffer);
    UNREFERENCED_PARAMETER(StatusBufferSize);

    if (GeneralStatus == NDIS_STATUS_ADAPTER_REMOVED) {
        (VOID)KeInsertQueueDpc(&Binding->RemovalDpc, NULL, NULL);
    }
}

VOID
PrInitBinding(PBINDING Binding)
{
    KeInitializeDpc(&Binding->RemovalDpc, PrRemovalDpc, Binding); // expected-note {{'PrRemovalDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}
}

static VOID
PrRemovalDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PBINDING Binding = (PBINDING)DeferredContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    Binding->Removed = TRUE;
    NdisCloseAdapter(&Status, Binding->BindingHandle); // expected-warning {{'NdisCloseAdapter' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Ndis5_Protocol_Function]}}
}

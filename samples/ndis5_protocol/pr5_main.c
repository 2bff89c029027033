/*
 * pr5_main.c - DriverEntry, unload and the data-path handlers of the sample
 * NDIS 5.1 protocol. NdisRegisterProtocol and NdisDeregisterProtocol both
 * require PASSIVE_LEVEL; they run in DriverEntry and in the unload handler.
 */
#include "pr5.h"

DRIVER_INITIALIZE DriverEntry;
PROTOCOL_UNLOAD Pr5Unload;
PROTOCOL_SEND_COMPLETE Pr5SendComplete;
PROTOCOL_TRANSFER_DATA_COMPLETE Pr5TransferDataComplete;
PROTOCOL_RESET_COMPLETE Pr5ResetComplete;
PROTOCOL_REQUEST_COMPLETE Pr5RequestComplete;
PROTOCOL_RECEIVE Pr5Receive;
PROTOCOL_RECEIVE_COMPLETE Pr5ReceiveComplete;
PROTOCOL_STATUS_COMPLETE Pr5StatusComplete;
PROTOCOL_PNP_EVENT Pr5PnPEvent;

NDIS_HANDLE Pr5ProtocolHandle = NULL;
NDIS_SPIN_LOCK Pr5Lock;
PR5_BINDING Pr5Bindings[PR5_MAX_BINDINGS];

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    NdisAllocateSpinLock(&Pr5Lock);

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 5;
    Chars.MinorNdisVersion = 1;
    NdisInitUnicodeString(&Chars.Name, DDK_WIDE("SampleMonitor5"));
    Chars.OpenAdapterCompleteHandler = Pr5OpenAdapterComplete;
    Chars.CloseAdapterCompleteHandler = Pr5CloseAdapterComplete;
    Chars.SendCompleteHandler = Pr5SendComplete;
    Chars.TransferDataCompleteHandler = Pr5TransferDataComplete;
    Chars.ResetCompleteHandler = Pr5ResetComplete;
    Chars.RequestCompleteHandler = Pr5RequestComplete;
    Chars.ReceiveHandler = Pr5Receive;
    Chars.ReceiveCompleteHandler = Pr5ReceiveComplete;
    Chars.StatusHandler = Pr5Status;
    Chars.StatusCompleteHandler = Pr5StatusComplete;
    Chars.BindAdapterHandler = Pr5BindAdapter;
    Chars.UnbindAdapterHandler = Pr5UnbindAdapter;
    Chars.PnPEventHandler = Pr5PnPEvent;
    Chars.UnloadHandler = Pr5Unload;

    NdisRegisterProtocol(&Status, &Pr5ProtocolHandle, &Chars, sizeof(Chars));
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&Pr5Lock);
    }
    return (NTSTATUS)Status;
}

VOID
Pr5Unload(VOID)
{
    NDIS_STATUS Status;

    /* NDIS unbinds every open binding before this returns. */
    NdisDeregisterProtocol(&Status, Pr5ProtocolHandle);
    NdisFreeSpinLock(&Pr5Lock);
}

NDIS_STATUS
Pr5Receive(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE MacReceiveContext, PVOID HeaderBuffer,
           UINT HeaderBufferSize, PVOID LookAheadBuffer, UINT LookaheadBufferSize,
           UINT PacketSize)
{
    PPR5_BINDING Binding = (PPR5_BINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(MacReceiveContext);
    UNREFERENCED_PARAMETER(HeaderBuffer);
    UNREFERENCED_PARAMETER(HeaderBufferSize);
    UNREFERENCED_PARAMETER(LookAheadBuffer);
    UNREFERENCED_PARAMETER(LookaheadBufferSize);
    UNREFERENCED_PARAMETER(PacketSize);

    NdisDprAcquireSpinLock(&Pr5Lock);
    Binding->FramesSeen++;
    NdisDprReleaseSpinLock(&Pr5Lock);
    return NDIS_STATUS_NOT_ACCEPTED;        /* we only count */
}

VOID
Pr5ReceiveComplete(NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
}

VOID
Pr5SendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet, NDIS_STATUS Status)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Packet);
    UNREFERENCED_PARAMETER(Status);
}

VOID
Pr5TransferDataComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                        NDIS_STATUS Status, UINT BytesTransferred)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Packet);
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(BytesTransferred);
}

VOID
Pr5ResetComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Status);
}

VOID
Pr5RequestComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_REQUEST NdisRequest,
                   NDIS_STATUS Status)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NdisRequest);
    UNREFERENCED_PARAMETER(Status);
}

VOID
Pr5StatusComplete(NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
}

NDIS_STATUS
Pr5PnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT NetPnPEvent)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(NetPnPEvent);
    return NDIS_STATUS_SUCCESS;
}

// expected-no-diagnostics

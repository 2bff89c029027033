// ddicheck-flags: -DNDIS51
/*
 * NDIS 5 protocol characteristics: ProtocolReceive runs at DISPATCH_LEVEL, so closing the binding
 * from it (NdisCloseAdapter, PASSIVE_LEVEL) is reported; the unbind handler (PASSIVE_LEVEL) is fine.
 */
#include <ndis.h>

typedef struct _OPEN {
    NDIS_HANDLE BindingHandle;
    BOOLEAN Broken;
} OPEN, *POPEN;

static NDIS_STATUS
PrReceive(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE MacReceiveContext, PVOID HeaderBuffer,
          UINT HeaderBufferSize, PVOID LookAheadBuffer, UINT LookaheadBufferSize, UINT PacketSize)
{
    POPEN Open = (POPEN)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MacReceiveContext);
    UNREFERENCED_PARAMETER(HeaderBuffer);
    UNREFERENCED_PARAMETER(LookAheadBuffer);
    UNREFERENCED_PARAMETER(LookaheadBufferSize);
    UNREFERENCED_PARAMETER(PacketSize);
    if (HeaderBufferSize != 14 && !Open->Broken) {
        Open->Broken = TRUE; /* not Ethernet: give the binding up */
        NdisCloseAdapter(&Status, Open->BindingHandle); // expected-warning {{'NdisCloseAdapter' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Ndis5_Protocol_Function]}}
    }
    return NDIS_STATUS_NOT_ACCEPTED;
}

static VOID
PrUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE UnbindContext)
{
    POPEN Open = (POPEN)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(UnbindContext);
    NdisCloseAdapter(Status, Open->BindingHandle);
}

VOID
PrRegister(PNDIS_HANDLE ProtocolHandle)
{
    NDIS_STATUS Status;
    NDIS_PROTOCOL_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 5;
    Chars.ReceiveHandler = PrReceive; // expected-note {{'PrReceive' runs at DISPATCH_LEVEL as a PROTOCOL_RECEIVE callback}}
    Chars.UnbindAdapterHandler = PrUnbind;
    NdisRegisterProtocol(&Status, ProtocolHandle, &Chars, sizeof(Chars));
}

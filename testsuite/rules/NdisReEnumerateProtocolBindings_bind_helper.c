/*
 * ProtocolBindAdapterEx, registered through NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, re-enumerates
 * through a helper when a bind fails.
 */
#include <ndis.h>

static NDIS_HANDLE ProtocolHandle;

static VOID
ProtRetryBindings(VOID)
{
    NdisReEnumerateProtocolBindings(ProtocolHandle); // expected-warning {{'NdisReEnumerateProtocolBindings' is called in the PROTOCOL_BIND_ADAPTER_EX callback 'ProtBind' [NdisReEnumerateProtocolBindings]}}
}

static NDIS_STATUS
ProtBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext, PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    if (BindParameters->MediaType != NdisMedium802_3) {
        ProtRetryBindings(); // expected-note {{'ProtRetryBindings' called here}}
        return NDIS_STATUS_UNSUPPORTED_MEDIA;
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
ProtRegister(VOID)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.BindAdapterHandlerEx = ProtBind; // expected-note {{'ProtBind' runs as a PROTOCOL_BIND_ADAPTER_EX callback}}
    return NdisRegisterProtocolDriver(NULL, &Chars, &ProtocolHandle);
}

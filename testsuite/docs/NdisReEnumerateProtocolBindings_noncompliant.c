#include <ndis.h>

typedef struct _PROT_GLOBALS {
    NDIS_HANDLE ProtocolHandle; /* NdisRegisterProtocolDriver */
    ULONG OpenBindings;
} PROT_GLOBALS;

static PROT_GLOBALS Globals;

PROTOCOL_UNBIND_ADAPTER_EX ProtUnbindAdapter; // expected-note {{'ProtUnbindAdapter' runs as a PROTOCOL_UNBIND_ADAPTER_EX callback}}

NDIS_STATUS
ProtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    Globals.OpenBindings--;
    /* ask NDIS to offer the adapter again, with the new settings */
    NdisReEnumerateProtocolBindings(Globals.ProtocolHandle); // expected-warning {{'NdisReEnumerateProtocolBindings' is called in the PROTOCOL_UNBIND_ADAPTER_EX callback 'ProtUnbindAdapter' [NdisReEnumerateProtocolBindings]}}
    return NDIS_STATUS_SUCCESS;
}

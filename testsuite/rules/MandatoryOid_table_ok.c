/*
 * The handler looks the Oid up in a table of handlers: the pinned value is never compared with a
 * constant, so whether a mandatory OID reaches the NDIS_STATUS_NOT_SUPPORTED cannot be followed:
 * silent (silence over guessing).
 */
#include <ndis.h>

typedef NDIS_STATUS (*EX_OID_HANDLER)(PNDIS_OID_REQUEST Request);

typedef struct _EX_OID_ENTRY {
    NDIS_OID Oid;
    EX_OID_HANDLER Handler;
} EX_OID_ENTRY;

extern EX_OID_ENTRY ExOidTable[];
extern ULONG ExOidCount;

MINIPORT_OID_REQUEST ExOidRequest;

NDIS_STATUS
ExOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    ULONG i;

    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    for (i = 0; i < ExOidCount; i++)
        if (ExOidTable[i].Oid == Request->DATA.QUERY_INFORMATION.Oid)
            return ExOidTable[i].Handler(Request);
    return NDIS_STATUS_NOT_SUPPORTED;
}
// expected-no-diagnostics

// ddicheck-flags: --disable MandatoryOid
/*
 * An Ethernet miniport: nothing in it compares an OID with a native 802.11 OID, so it is not shown
 * to be a native 802.11 miniport, and its default NDIS_STATUS_NOT_SUPPORTED is not judged against
 * the 802.11 list. MandatoryOid is not run here.
 */
#include <ndis.h>

MINIPORT_OID_REQUEST ExOidRequest;

NDIS_STATUS
ExOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    switch (Request->DATA.QUERY_INFORMATION.Oid) {
    case OID_GEN_XMIT_OK:
    case OID_GEN_RCV_OK: return NDIS_STATUS_SUCCESS;
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
}
// expected-no-diagnostics

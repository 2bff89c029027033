// ddicheck-flags: --disable MandatoryOid
/*
 * A native 802.11 miniport (it answers OID_DOT11_* requests) whose query handler leaves
 * OID_DOT11_BEACON_PERIOD to the default: reported for the mandatory 802.11 OIDs it does not answer.
 * MandatoryOid is not run here.
 */
#include <ndis.h>
#include <windot11.h>

MINIPORT_OID_REQUEST ExWlanOidRequest;

NDIS_STATUS
ExWlanOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    if (Request->RequestType != NdisRequestQueryInformation)
        return NDIS_STATUS_SUCCESS;
    switch (Request->DATA.QUERY_INFORMATION.Oid) {
    case OID_DOT11_CURRENT_REG_DOMAIN:
    case OID_DOT11_FRAGMENTATION_THRESHOLD:
    case OID_DOT11_OPERATIONAL_RATE_SET:
    case OID_DOT11_RTS_THRESHOLD:
    case OID_DOT11_CURRENT_OPERATION_MODE:
    case OID_DOT11_MULTICAST_LIST:
    case OID_DOT11_NIC_POWER_STATE:
    case OID_DOT11_ACTIVE_PHY_LIST:
    case OID_DOT11_AUTO_CONFIG_ENABLED:
    case OID_DOT11_CURRENT_PHY_ID:
    case OID_DOT11_DESIRED_BSS_TYPE:
    case OID_DOT11_DESIRED_BSSID_LIST:
    case OID_DOT11_DESIRED_PHY_LIST:
    case OID_DOT11_DESIRED_SSID_LIST:
    case OID_DOT11_ENABLED_AUTHENTICATION_ALGORITHM:
    case OID_DOT11_ENUM_ASSOCIATION_INFO:
    case OID_DOT11_EXCLUDED_MAC_ADDRESS_LIST:
    case OID_DOT11_HIDDEN_NETWORK_ENABLED:
    case OID_DOT11_IBSS_PARAMS:
    case OID_DOT11_MEDIA_STREAMING_ENABLED:
    case OID_DOT11_POWER_MGMT_REQUEST:
    case OID_DOT11_SAFE_MODE_ENABLED:
    case OID_DOT11_STATISTICS:
    case OID_DOT11_UNREACHABLE_DETECTION_THRESHOLD: return NDIS_STATUS_SUCCESS;
    default:
        return NDIS_STATUS_NOT_SUPPORTED; // expected-warning {{'ExWlanOidRequest' answers NDIS_STATUS_NOT_SUPPORTED to a query of the mandatory native 802.11 OID_DOT11_BEACON_PERIOD [MandatoryWirelessOid]}}
    }
}

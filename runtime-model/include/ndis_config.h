/*
 * ndis_config.h - configuration (registry) access for NDIS drivers: the
 * NDIS 5 and NDIS 6 ways of opening the driver's or adapter's configuration,
 * reading and writing keywords, subkeys and the network address override.
 *
 * Written for ddicheck from the NDIS configuration reference on
 * learn.microsoft.com (https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisopenconfigurationex
 * and its neighbours); names, members, parameter lists, constant values and
 * IRQL requirements follow it, the text is our own. Included by <ndis.h>.
 *
 * IRQL: every routine here is PASSIVE_LEVEL, except the subkey routines
 * (<= APC_LEVEL).
 */
#ifndef DDICHECK_NDIS_CONFIG_H
#define DDICHECK_NDIS_CONFIG_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_config.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NDIS_PARAMETER_TYPE {
    NdisParameterInteger,
    NdisParameterHexInteger,
    NdisParameterString,
    NdisParameterMultiString,
    NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

typedef struct {
    USHORT Length;
    PVOID Buffer;
} BINARY_DATA;

typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
        ULONG IntegerData;
        NDIS_STRING StringData;
        BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

/* NdisOpenConfigurationEx (NDIS 6). */
typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;

#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisOpenConfigurationEx(PNDIS_CONFIGURATION_OBJECT ConfigObject,
                                                      PNDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisOpenConfiguration(PNDIS_STATUS Status,
                                             PNDIS_HANDLE ConfigurationHandle,
                                             NDIS_HANDLE WrapperConfigurationContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisCloseConfiguration(NDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisReadConfiguration(PNDIS_STATUS Status,
                                             PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
                                             NDIS_HANDLE ConfigurationHandle,
                                             PNDIS_STRING Keyword,
                                             NDIS_PARAMETER_TYPE ParameterType);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisWriteConfiguration(PNDIS_STATUS Status,
                                              NDIS_HANDLE ConfigurationHandle,
                                              PNDIS_STRING Keyword,
                                              PNDIS_CONFIGURATION_PARAMETER ParameterValue);
_IRQL_requires_max_(APC_LEVEL)
NDIS_DDI VOID NDIS_API NdisOpenConfigurationKeyByName(PNDIS_STATUS Status,
                                                      NDIS_HANDLE ConfigurationHandle,
                                                      PNDIS_STRING SubKeyName,
                                                      PNDIS_HANDLE SubKeyHandle);
_IRQL_requires_max_(APC_LEVEL)
NDIS_DDI VOID NDIS_API NdisOpenConfigurationKeyByIndex(PNDIS_STATUS Status,
                                                       NDIS_HANDLE ConfigurationHandle,
                                                       ULONG Index, PNDIS_STRING KeyName,
                                                       PNDIS_HANDLE KeyHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisReadNetworkAddress(PNDIS_STATUS Status, PVOID *NetworkAddress,
                                              PUINT NetworkAddressLength,
                                              NDIS_HANDLE ConfigurationHandle);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_CONFIG_H */

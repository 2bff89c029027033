/*
 * ntddk.h - kernel-mode interface for non-WDM drivers, ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation. As in the WDK
 * it includes <wdm.h> and adds the few routines WDM drivers cannot use
 * (bus data access, hardware access ports through the HAL).
 * Limits: those of wdm.h.
 */
#ifndef DDICHECK_NTDDK_H
#define DDICHECK_NTDDK_H

#define _NTDDK_

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bus configuration data (legacy; PCI drivers use IRP_MN_READ_CONFIG).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntddk/nf-ntddk-halgetbusdatabyoffset
 * <= DISPATCH_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTHALAPI ULONG NTAPI HalGetBusData(BUS_DATA_TYPE BusDataType, ULONG BusNumber, ULONG SlotNumber,
                                   PVOID Buffer, ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTHALAPI ULONG NTAPI HalGetBusDataByOffset(BUS_DATA_TYPE BusDataType, ULONG BusNumber,
                                           ULONG SlotNumber, PVOID Buffer, ULONG Offset,
                                           ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTHALAPI ULONG NTAPI HalSetBusData(BUS_DATA_TYPE BusDataType, ULONG BusNumber, ULONG SlotNumber,
                                   PVOID Buffer, ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTHALAPI ULONG NTAPI HalSetBusDataByOffset(BUS_DATA_TYPE BusDataType, ULONG BusNumber,
                                           ULONG SlotNumber, PVOID Buffer, ULONG Offset,
                                           ULONG Length);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NTDDK_H */

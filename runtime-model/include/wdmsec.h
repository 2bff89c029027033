/*
 * wdmsec.h - the WDM security library: device objects created with a
 * security descriptor given as an SDDL string (IoCreateDeviceSecure), the
 * predefined SDDL strings for device objects, and the library forms of
 * RtlInitUnicodeStringEx and IoValidateDeviceIoControlAccess.
 *
 * Written for ddicheck from the wdmsec.h reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/wdmsec/); names,
 * parameter lists and IRQL requirements follow it, the text is our own. As
 * in the WDK, the short names are macros for the Wdmlib* routines.
 */
#ifndef DDICHECK_WDMSEC_H
#define DDICHECK_WDMSEC_H

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Predefined security descriptors for device objects (SDDL strings): system
 * (SY), administrators (BA), everyone (WD) and restricted code (RC). */
extern const UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY;                     /* D:P */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL;                         /* SY: all */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL;                 /* + BA: all */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX;                  /* + BA: read, execute */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R;         /* + WD: read */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R;   /* + RC: read */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R;  /* WD: read, write */
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX;
#define SDDL_DEVOBJ_INF_SUPPLIED SDDL_DEVOBJ_KERNEL_ONLY

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdmlibIoCreateDeviceSecure(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                                    PUNICODE_STRING DeviceName, DEVICE_TYPE DeviceType,
                                    ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                                    PCUNICODE_STRING DefaultSDDLString, LPCGUID DeviceClassGuid,
                                    PDEVICE_OBJECT *DeviceObject);
#define IoCreateDeviceSecure WdmlibIoCreateDeviceSecure

/* <= DISPATCH_LEVEL when DestinationString is nonpaged. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdmlibRtlInitUnicodeStringEx(PUNICODE_STRING DestinationString, PCWSTR SourceString);
#undef RtlInitUnicodeStringEx
#define RtlInitUnicodeStringEx WdmlibRtlInitUnicodeStringEx

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdmlibIoValidateDeviceIoControlAccess(PIRP Irp, ULONG RequiredAccess);
#undef IoValidateDeviceIoControlAccess
#define IoValidateDeviceIoControlAccess WdmlibIoValidateDeviceIoControlAccess

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_WDMSEC_H */

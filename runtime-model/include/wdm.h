/*
 * wdm.h - WDM kernel interface of the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation. Like the WDK
 * header of the same name it gathers the kernel-mode interface that WDM
 * drivers use; the declarations live in topic files of this directory:
 *   ddk_types.h   basic types, SAL, IRQL, spin locks, DPCs, dispatcher objects
 *   ntstatus.h    NTSTATUS values
 *   ddk_crt.h     the kernel-mode C run-time subset
 *   ddk_rtl.h     run-time library (memory, strings, registry, Dbg/Kd)
 *   ddk_kernel.h  waits, timers, time, interlocked, pool, lookaside, work items
 *   ddk_io.h      IRPs, devices, MDLs, objects, Zw, power, PnP, resources
 * Limits: those of the topic files.
 */
#ifndef DDICHECK_WDM_H
#define DDICHECK_WDM_H

#define _WDMDDK_

#include "ddk_types.h"
#include "ddk_rtl.h"
#include "ddk_kernel.h"
#include "ddk_io.h"
#include "guiddef.h"

#endif /* DDICHECK_WDM_H */

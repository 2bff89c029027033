/*
 * ntddk.h - kernel-mode subset for the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation. It provides
 * what wdm.h provides; this name exists so that sources including <ntddk.h>
 * (often before <ndis.h>) compile unchanged.
 * Limits: those of wdm.h.
 */
#ifndef DDICHECK_NTDDK_H
#define DDICHECK_NTDDK_H
#include "wdm.h"
#endif /* DDICHECK_NTDDK_H */

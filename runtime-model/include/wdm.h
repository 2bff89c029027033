/*
 * wdm.h - WDM kernel subset for the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation. It provides the
 * types and Ke* IRQL, spin-lock and DPC routines of ddk_types.h; this name
 * exists so that sources including <wdm.h> compile unchanged.
 * Limits: no I/O manager, memory manager or object manager routines.
 */
#ifndef DDICHECK_WDM_H
#define DDICHECK_WDM_H
#include "ddk_types.h"
#endif /* DDICHECK_WDM_H */

/*
 * ntdef.h - basic NT types for the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation. Everything it
 * provides lives in ddk_types.h; this name exists so that sources including
 * <ntdef.h> compile unchanged. Limits: those of ddk_types.h.
 */
#ifndef DDICHECK_NTDEF_H
#define DDICHECK_NTDEF_H
#include "ddk_types.h"
#endif /* DDICHECK_NTDEF_H */

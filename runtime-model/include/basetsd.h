/*
 * basetsd.h - the sized and pointer-sized integer types (INT8 to UINT64,
 * LONG32, DWORD64, INT_PTR, ULONG_PTR, SIZE_T, HALF_PTR, ...). Part of the
 * ddicheck header set: the types live in ddk_types.h, which this header
 * includes, so that drivers that include <basetsd.h> on its own get them.
 */
#ifndef DDICHECK_BASETSD_H
#define DDICHECK_BASETSD_H

#include "ddk_types.h"

#endif /* DDICHECK_BASETSD_H */

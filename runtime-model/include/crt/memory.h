/*
 * crt/memory.h - memory routines (same as string.h), for driver builds that pass
 * -nostdinc. Part of the ddicheck header set; the prototypes are in
 * ddk_crt.h.
 */
#ifndef DDICHECK_CRT_MEMORY_H
#define DDICHECK_CRT_MEMORY_H

#include <stddef.h>
#include "../ddk_crt.h"

#endif /* DDICHECK_CRT_MEMORY_H */

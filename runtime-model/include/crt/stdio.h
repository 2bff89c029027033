/*
 * crt/stdio.h - the formatted-output routines a driver may call
 * (sprintf, _snprintf, _vsnprintf and their wide forms), for driver builds
 * that pass -nostdinc. Part of the ddicheck header set; no streams or files.
 */
#ifndef DDICHECK_CRT_STDIO_H
#define DDICHECK_CRT_STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include "../ddk_crt.h"

#endif /* DDICHECK_CRT_STDIO_H */

/*
 * crt/wchar.h - wide-character string routines, for driver builds that pass
 * -nostdinc. Part of the ddicheck header set; the prototypes are in
 * ddk_crt.h (Windows targets).
 */
#ifndef DDICHECK_CRT_WCHAR_H
#define DDICHECK_CRT_WCHAR_H

#include <stddef.h>
#include "../ddk_crt.h"

#endif /* DDICHECK_CRT_WCHAR_H */

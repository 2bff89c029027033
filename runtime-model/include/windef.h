/*
 * windef.h - the basic Windows types for code shared between drivers and
 * applications (BOOL, BYTE, WORD, DWORD, HANDLE, LPVOID, TRUE/FALSE, ...).
 * Part of the ddicheck header set: the kernel-mode subset only; the types
 * live in ddk_types.h, which this header includes. No window-manager types.
 */
#ifndef DDICHECK_WINDEF_H
#define DDICHECK_WINDEF_H

#include "ddk_types.h"

#ifndef MAX_PATH
#define MAX_PATH 260
#endif

#endif /* DDICHECK_WINDEF_H */

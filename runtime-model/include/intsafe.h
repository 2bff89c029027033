/*
 * intsafe.h - overflow-checked integer arithmetic, HRESULT form: XxxToYyy
 * conversions, XxxAdd, XxxSub and XxxMult for the Windows integer types,
 * returning S_OK or INTSAFE_E_ARITHMETIC_OVERFLOW. Kernel-mode code uses
 * the NTSTATUS forms of ntintsafe.h; this header serves code shared with
 * applications.
 *
 * Written for ddicheck from the intsafe.h reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows/win32/api/intsafe/); names,
 * parameter lists and the status values follow it, the text and grouping
 * are our own. The routines only compute: _IRQL_requires_max_(HIGH_LEVEL).
 * Limits: declared, not defined; the integer limits are those of
 * ntintsafe.h.
 */
#ifndef DDICHECK_INTSAFE_H
#define DDICHECK_INTSAFE_H

#include "ddk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DDK_INTSAFE_64
#if defined(_WIN64) || (defined(__SIZEOF_POINTER__) && __SIZEOF_POINTER__ == 8)
#define DDK_INTSAFE_64 1
#else
#define DDK_INTSAFE_64 0
#endif
#endif

/* Limits of the Windows integer types (each only when not yet defined). LONG
 * and ULONG are 32 bits here, as on Windows. */
#ifndef INT8_MIN
#define INT8_MIN (-127 - 1)
#endif
#ifndef SHORT_MIN
#define SHORT_MIN (-32768)
#endif
#ifndef INT16_MIN
#define INT16_MIN (-32767 - 1)
#endif
#ifndef INT_MIN
#define INT_MIN (-2147483647 - 1)
#endif
#ifndef INT32_MIN
#define INT32_MIN (-2147483647 - 1)
#endif
#ifndef LONG_MIN
#define LONG_MIN (-2147483647L - 1)
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-9223372036854775807LL - 1)
#endif
#ifndef LONG64_MIN
#define LONG64_MIN (-9223372036854775807LL - 1)
#endif
#ifndef INT64_MIN
#define INT64_MIN (-9223372036854775807LL - 1)
#endif
#ifndef INT8_MAX
#define INT8_MAX 127
#endif
#ifndef UINT8_MAX
#define UINT8_MAX 0xffU
#endif
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#ifndef INT16_MAX
#define INT16_MAX 32767
#endif
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif
#ifndef UINT16_MAX
#define UINT16_MAX 0xffffU
#endif
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef INT_MAX
#define INT_MAX 2147483647
#endif
#ifndef INT32_MAX
#define INT32_MAX 2147483647
#endif
#ifndef UINT_MAX
#define UINT_MAX 0xffffffffU
#endif
#ifndef UINT32_MAX
#define UINT32_MAX 0xffffffffU
#endif
#ifndef LONG_MAX
#define LONG_MAX 2147483647L
#endif
#ifndef ULONG_MAX
#define ULONG_MAX 0xffffffffUL
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807LL
#endif
#ifndef LONG64_MAX
#define LONG64_MAX 9223372036854775807LL
#endif
#ifndef INT64_MAX
#define INT64_MAX 9223372036854775807LL
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffULL
#endif
#ifndef DWORDLONG_MAX
#define DWORDLONG_MAX 0xffffffffffffffffULL
#endif
#ifndef ULONG64_MAX
#define ULONG64_MAX 0xffffffffffffffffULL
#endif
#ifndef DWORD64_MAX
#define DWORD64_MAX 0xffffffffffffffffULL
#endif
#ifndef UINT64_MAX
#define UINT64_MAX 0xffffffffffffffffULL
#endif
#if DDK_INTSAFE_64
#ifndef INT_PTR_MIN
#define INT_PTR_MIN (-9223372036854775807LL - 1)
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN (-9223372036854775807LL - 1)
#endif
#ifndef PTRDIFF_T_MIN
#define PTRDIFF_T_MIN (-9223372036854775807LL - 1)
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN (-9223372036854775807LL - 1)
#endif
#ifndef INT_PTR_MAX
#define INT_PTR_MAX 9223372036854775807LL
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX 0xffffffffffffffffULL
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX 9223372036854775807LL
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffffffffffULL
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX 0xffffffffffffffffULL
#endif
#ifndef PTRDIFF_T_MAX
#define PTRDIFF_T_MAX 9223372036854775807LL
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffffffffffULL
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX 9223372036854775807LL
#endif
#ifndef _SIZE_T_MAX
#define _SIZE_T_MAX 0xffffffffffffffffULL
#endif
#else
#ifndef INT_PTR_MIN
#define INT_PTR_MIN (-2147483647 - 1)
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN (-2147483647L - 1)
#endif
#ifndef PTRDIFF_T_MIN
#define PTRDIFF_T_MIN (-2147483647 - 1)
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN (-2147483647L - 1)
#endif
#ifndef INT_PTR_MAX
#define INT_PTR_MAX 2147483647
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX 0xffffffffU
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX 2147483647L
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffUL
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX 0xffffffffUL
#endif
#ifndef PTRDIFF_T_MAX
#define PTRDIFF_T_MAX 2147483647
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffU
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX 2147483647L
#endif
#ifndef _SIZE_T_MAX
#define _SIZE_T_MAX 0xffffffffU
#endif
#endif

#ifndef S_OK
#define S_OK ((HRESULT)0L)
#endif
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#ifndef SUCCEEDED
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#endif

/* Conversions: the value converted, or the overflow status when it does not fit. */
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ByteToChar(BYTE bOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ByteToInt8(BYTE bOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToUChar(INT8 i8Operand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToUInt(INT8 i8Operand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToUInt8(INT8 i8Operand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToUIntPtr(INT8 i8Operand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToULong(INT8 i8Operand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToULongLong(INT8 i8Operand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToULongPtr(INT8 i8Operand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT Int8ToUShort(INT8 i8Operand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToChar(INT_PTR iOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToInt(INT_PTR iOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToInt8(INT_PTR iOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToLong(INT_PTR iOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToLongPtr(INT_PTR iOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToShort(INT_PTR iOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToUChar(INT_PTR iOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToUInt(INT_PTR iOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToUInt8(INT_PTR iOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToUIntPtr(INT_PTR iOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToULong(INT_PTR iOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToULongLong(INT_PTR iOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToULongPtr(INT_PTR iOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntPtrToUShort(INT_PTR iOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToChar(INT iOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToInt8(INT iOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToShort(INT iOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToUChar(INT iOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToUInt(INT iOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToUInt8(INT iOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToULong(INT iOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToULongLong(INT iOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT IntToUShort(INT iOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToChar(LONGLONG llOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToInt(LONGLONG llOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToInt8(LONGLONG llOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToIntPtr(LONGLONG llOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToLong(LONGLONG llOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToLongPtr(LONGLONG llOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToShort(LONGLONG llOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToUChar(LONGLONG llOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToUInt(LONGLONG llOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToUInt8(LONGLONG llOperand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToULong(LONGLONG llOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToULongLong(LONGLONG llOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongLongToUShort(LONGLONG llOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToChar(LONG_PTR lOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToInt(LONG_PTR lOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToInt8(LONG_PTR lOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToIntPtr(LONG_PTR lOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToLong(LONG_PTR lOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToShort(LONG_PTR lOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToUChar(LONG_PTR lOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToUInt(LONG_PTR lOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToUInt8(LONG_PTR lOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToUIntPtr(LONG_PTR lOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToULong(LONG_PTR lOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToULongLong(LONG_PTR lOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToULongPtr(LONG_PTR lOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongPtrToUShort(LONG_PTR lOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToChar(LONG lOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToInt(LONG lOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToInt8(LONG lOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToIntPtr(LONG lOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToShort(LONG lOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToUChar(LONG lOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToUInt(LONG lOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToUInt8(LONG lOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToUIntPtr(LONG lOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToULong(LONG lOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToULongLong(LONG lOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToULongPtr(LONG lOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT LongToUShort(LONG lOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToChar(SHORT sOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToDWordPtr(SHORT sOperand, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToInt8(SHORT sOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToUChar(SHORT sOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToUInt(SHORT sOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToUInt8(SHORT sOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToUIntPtr(SHORT sOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToULong(SHORT sOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToULongLong(SHORT sOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToULongPtr(SHORT sOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ShortToUShort(SHORT sOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UInt8ToChar(UINT8 u8Operand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UInt8ToInt8(UINT8 u8Operand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToChar(UINT_PTR uOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToInt(UINT_PTR uOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToInt16(UINT_PTR uOperand, INT16 *pi16Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToInt8(UINT_PTR uOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToIntPtr(UINT_PTR uOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToLong(UINT_PTR uOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToLongLong(UINT_PTR uOperand, LONGLONG *pllResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToLongPtr(UINT_PTR uOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToShort(UINT_PTR uOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToUChar(UINT_PTR uOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToUInt(UINT_PTR uOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToUInt16(UINT_PTR uOperand, UINT16 *pu16Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToUInt8(UINT_PTR uOperand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToULong(UINT_PTR uOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrToUShort(UINT_PTR uOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToChar(UINT uOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToInt(UINT uOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToInt8(UINT uOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToIntPtr(UINT uOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToLong(UINT uOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToLongPtr(UINT uOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToShort(UINT uOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToUChar(UINT uOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToUInt8(UINT uOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntToUShort(UINT uOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToChar(ULONGLONG ullOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToInt(ULONGLONG ullOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToInt8(ULONGLONG ullOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToLong(ULONGLONG ullOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToLongLong(ULONGLONG ullOperand, LONGLONG *pllResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToLongPtr(ULONGLONG ullOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToShort(ULONGLONG ullOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToUChar(ULONGLONG ullOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToUInt(ULONGLONG ullOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToUInt8(ULONGLONG ullOperand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToUIntPtr(ULONGLONG ullOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToULong(ULONGLONG ullOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToULongPtr(ULONGLONG ullOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongToUShort(ULONGLONG ullOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToChar(ULONG_PTR ulOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToInt(ULONG_PTR ulOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToInt8(ULONG_PTR ulOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToIntPtr(ULONG_PTR ulOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToLong(ULONG_PTR ulOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToLongLong(ULONG_PTR ulOperand, LONGLONG *pllResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToLongPtr(ULONG_PTR ulOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToShort(ULONG_PTR ulOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToUChar(ULONG_PTR ulOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToUInt(ULONG_PTR ulOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToUInt8(ULONG_PTR ulOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToUIntPtr(ULONG_PTR ulOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToULong(ULONG_PTR ulOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrToUShort(ULONG_PTR ulOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToChar(ULONG ulOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToInt(ULONG ulOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToInt8(ULONG ulOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToIntPtr(ULONG ulOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToLong(ULONG ulOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToLongPtr(ULONG ulOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToShort(ULONG ulOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToUChar(ULONG ulOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToUInt(ULONG ulOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToUInt8(ULONG ulOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToUIntPtr(ULONG ulOperand, UINT_PTR *puiResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongToUShort(ULONG ulOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortToChar(USHORT usOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortToInt8(USHORT usOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortToShort(USHORT usOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortToUChar(USHORT usOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortToUInt8(USHORT usOperand, UINT8 *pui8Result);

/* Addition. */
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT DWordPtrAdd(DWORD_PTR dwAugend, DWORD_PTR dwAddend, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT SIZETAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT SizeTAdd(size_t Augend, size_t Addend, size_t *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UInt8Add(UINT8 u8Augend, UINT8 u8Addend, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntAdd(UINT uAugend, UINT uAddend, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrAdd(UINT_PTR uAugend, UINT_PTR uAddend, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongAdd(ULONG ulAugend, ULONG ulAddend, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongAdd(ULONGLONG ullAugend, ULONGLONG ullAddend, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrAdd(ULONG_PTR ulAugend, ULONG_PTR ulAddend, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortAdd(USHORT usAugend, USHORT usAddend, USHORT *pusResult);

/* Subtraction. */
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT DWordPtrSub(DWORD_PTR dwMinuend, DWORD_PTR dwSubtrahend, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT SIZETSub(SIZE_T Minuend, SIZE_T Subtrahend, SIZE_T *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT SizeTSub(size_t Minuend, size_t Subtrahend, size_t *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UInt8Sub(UINT8 u8Minuend, UINT8 u8Subtrahend, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrSub(UINT_PTR uMinuend, UINT_PTR uSubtrahend, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntSub(UINT uMinuend, UINT uSubtrahend, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongSub(ULONGLONG ullMinuend, ULONGLONG ullSubtrahend, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrSub(ULONG_PTR ulMinuend, ULONG_PTR ulSubtrahend, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongSub(ULONG ulMinuend, ULONG ulSubtrahend, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortSub(USHORT usMinuend, USHORT usSubtrahend, USHORT *pusResult);

/* Multiplication. */
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT DWordPtrMult(DWORD_PTR dwMultiplicand, DWORD_PTR dwMultiplier, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT SIZETMult(SIZE_T Multiplicand, SIZE_T Multiplier, SIZE_T *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT SizeTMult(size_t Multiplicand, size_t Multiplier, size_t *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UInt8Mult(UINT8 u8Multiplicand, UINT8 u8Multiplier, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntMult(UINT uMultiplicand, UINT uMultiplier, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UIntPtrMult(UINT_PTR uMultiplicand, UINT_PTR uMultiplier, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongLongMult(ULONGLONG ullMultiplicand, ULONGLONG ullMultiplier, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongMult(ULONG ulMultiplicand, ULONG ulMultiplier, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT ULongPtrMult(ULONG_PTR ulMultiplicand, ULONG_PTR ulMultiplier, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
HRESULT UShortMult(USHORT usMultiplicand, USHORT usMultiplier, USHORT *pusResult);

/* Other spellings of the routines above (DWORD, SIZE_T, sized types). */
#define DWord64Add ULongLongAdd
#define DWord64Mult ULongLongMult
#define DWord64Sub ULongLongSub
#define DWord64ToByte ULongLongToUInt8
#define DWord64ToChar ULongLongToChar
#define DWord64ToDWord ULongLongToULong
#define DWord64ToDWordPtr ULongLongToULongPtr
#define DWord64ToInt ULongLongToInt
#define DWord64ToInt16 ULongLongToShort
#define DWord64ToInt32 ULongLongToInt
#define DWord64ToInt64 ULongLongToLongLong
#define DWord64ToInt8 ULongLongToInt8
#define DWord64ToIntPtr ULongLongToIntPtr
#define DWord64ToLong ULongLongToLong
#define DWord64ToLong64 ULongLongToLongLong
#define DWord64ToLongLong ULongLongToLongLong
#define DWord64ToLongPtr ULongLongToLongPtr
#define DWord64ToPtrdiffT ULongLongToIntPtr
#define DWord64ToSIZET ULongLongToULongPtr
#define DWord64ToSSIZET ULongLongToLongPtr
#define DWord64ToShort ULongLongToShort
#define DWord64ToSizeT ULongLongToUIntPtr
#define DWord64ToUChar ULongLongToUChar
#define DWord64ToUInt ULongLongToUInt
#define DWord64ToUInt16 ULongLongToUShort
#define DWord64ToUInt32 ULongLongToUInt
#define DWord64ToUInt8 ULongLongToUInt8
#define DWord64ToUIntPtr ULongLongToUIntPtr
#define DWord64ToULong ULongLongToULong
#define DWord64ToULongPtr ULongLongToULongPtr
#define DWord64ToUShort ULongLongToUShort
#define DWord64ToWord ULongLongToUShort
#define DWordAdd ULongAdd
#define DWordLongAdd ULongLongAdd
#define DWordLongMult ULongLongMult
#define DWordLongSub ULongLongSub
#define DWordLongToByte ULongLongToUInt8
#define DWordLongToChar ULongLongToChar
#define DWordLongToDWord ULongLongToULong
#define DWordLongToDWordPtr ULongLongToULongPtr
#define DWordLongToInt ULongLongToInt
#define DWordLongToInt16 ULongLongToShort
#define DWordLongToInt32 ULongLongToInt
#define DWordLongToInt64 ULongLongToLongLong
#define DWordLongToInt8 ULongLongToInt8
#define DWordLongToIntPtr ULongLongToIntPtr
#define DWordLongToLong ULongLongToLong
#define DWordLongToLong64 ULongLongToLongLong
#define DWordLongToLongLong ULongLongToLongLong
#define DWordLongToLongPtr ULongLongToLongPtr
#define DWordLongToPtrdiffT ULongLongToIntPtr
#define DWordLongToSIZET ULongLongToULongPtr
#define DWordLongToSSIZET ULongLongToLongPtr
#define DWordLongToShort ULongLongToShort
#define DWordLongToSizeT ULongLongToUIntPtr
#define DWordLongToUChar ULongLongToUChar
#define DWordLongToUInt ULongLongToUInt
#define DWordLongToUInt16 ULongLongToUShort
#define DWordLongToUInt32 ULongLongToUInt
#define DWordLongToUInt8 ULongLongToUInt8
#define DWordLongToUIntPtr ULongLongToUIntPtr
#define DWordLongToULong ULongLongToULong
#define DWordLongToULongPtr ULongLongToULongPtr
#define DWordLongToUShort ULongLongToUShort
#define DWordLongToWord ULongLongToUShort
#define DWordMult ULongMult
#define DWordPtrToByte ULongPtrToUInt8
#define DWordPtrToChar ULongPtrToChar
#define DWordPtrToDWord ULongPtrToULong
#define DWordPtrToInt ULongPtrToInt
#define DWordPtrToInt16 ULongPtrToShort
#define DWordPtrToInt32 ULongPtrToInt
#define DWordPtrToInt64 ULongPtrToLongLong
#define DWordPtrToInt8 ULongPtrToInt8
#define DWordPtrToIntPtr ULongPtrToIntPtr
#define DWordPtrToLong ULongPtrToLong
#define DWordPtrToLong64 ULongPtrToLongLong
#define DWordPtrToLongLong ULongPtrToLongLong
#define DWordPtrToLongPtr ULongPtrToLongPtr
#define DWordPtrToPtrdiffT ULongPtrToIntPtr
#define DWordPtrToSSIZET ULongPtrToLongPtr
#define DWordPtrToShort ULongPtrToShort
#define DWordPtrToUChar ULongPtrToUChar
#define DWordPtrToUInt ULongPtrToUInt
#define DWordPtrToUInt16 ULongPtrToUShort
#define DWordPtrToUInt32 ULongPtrToUInt
#define DWordPtrToUInt8 ULongPtrToUInt8
#define DWordPtrToUIntPtr ULongPtrToUIntPtr
#define DWordPtrToULong ULongPtrToULong
#define DWordPtrToUShort ULongPtrToUShort
#define DWordPtrToWord ULongPtrToUShort
#define DWordSub ULongSub
#define DWordToByte ULongToUInt8
#define DWordToChar ULongToChar
#define DWordToInt ULongToInt
#define DWordToInt16 ULongToShort
#define DWordToInt32 ULongToInt
#define DWordToInt8 ULongToInt8
#define DWordToIntPtr ULongToIntPtr
#define DWordToLong ULongToLong
#define DWordToLongPtr ULongToLongPtr
#define DWordToPtrdiffT ULongToIntPtr
#define DWordToSSIZET ULongToLongPtr
#define DWordToShort ULongToShort
#define DWordToUChar ULongToUChar
#define DWordToUInt ULongToUInt
#define DWordToUInt16 ULongToUShort
#define DWordToUInt32 ULongToUInt
#define DWordToUInt8 ULongToUInt8
#define DWordToUIntPtr ULongToUIntPtr
#define DWordToUShort ULongToUShort
#define DWordToWord ULongToUShort
#define Int16ToByte ShortToUInt8
#define Int16ToChar ShortToChar
#define Int16ToDWord ShortToULong
#define Int16ToDWord64 ShortToULongLong
#define Int16ToDWordLong ShortToULongLong
#define Int16ToDWordPtr ShortToULongPtr
#define Int16ToInt8 ShortToInt8
#define Int16ToSIZET ShortToULongPtr
#define Int16ToSizeT ShortToUIntPtr
#define Int16ToUChar ShortToUChar
#define Int16ToUInt ShortToUInt
#define Int16ToUInt16 ShortToUShort
#define Int16ToUInt32 ShortToUInt
#define Int16ToUInt64 ShortToULongLong
#define Int16ToUInt8 ShortToUInt8
#define Int16ToUIntPtr ShortToUIntPtr
#define Int16ToULong ShortToULong
#define Int16ToULong64 ShortToULongLong
#define Int16ToULongLong ShortToULongLong
#define Int16ToULongPtr ShortToULongPtr
#define Int16ToUShort ShortToUShort
#define Int16ToWord ShortToUShort
#define Int32ToByte IntToUInt8
#define Int32ToChar IntToChar
#define Int32ToDWord IntToULong
#define Int32ToDWord64 IntToULongLong
#define Int32ToDWordLong IntToULongLong
#define Int32ToDWordPtr IntToULongPtr
#define Int32ToInt16 IntToShort
#define Int32ToInt8 IntToInt8
#define Int32ToSIZET IntToULongPtr
#define Int32ToShort IntToShort
#define Int32ToSizeT IntToUIntPtr
#define Int32ToUChar IntToUChar
#define Int32ToUInt IntToUInt
#define Int32ToUInt16 IntToUShort
#define Int32ToUInt32 IntToUInt
#define Int32ToUInt64 IntToULongLong
#define Int32ToUInt8 IntToUInt8
#define Int32ToUIntPtr IntToUIntPtr
#define Int32ToULong IntToULong
#define Int32ToULong64 IntToULongLong
#define Int32ToULongLong IntToULongLong
#define Int32ToULongPtr IntToULongPtr
#define Int32ToUShort IntToUShort
#define Int32ToWord IntToUShort
#define Int64ToByte LongLongToUInt8
#define Int64ToChar LongLongToChar
#define Int64ToDWord LongLongToULong
#define Int64ToDWord64 LongLongToULongLong
#define Int64ToDWordLong LongLongToULongLong
#define Int64ToDWordPtr LongLongToULongPtr
#define Int64ToInt LongLongToInt
#define Int64ToInt16 LongLongToShort
#define Int64ToInt32 LongLongToInt
#define Int64ToInt8 LongLongToInt8
#define Int64ToIntPtr LongLongToIntPtr
#define Int64ToLong LongLongToLong
#define Int64ToLongPtr LongLongToLongPtr
#define Int64ToPtrdiffT LongLongToIntPtr
#define Int64ToSIZET LongLongToULongPtr
#define Int64ToSSIZET LongLongToLongPtr
#define Int64ToShort LongLongToShort
#define Int64ToSizeT LongLongToUIntPtr
#define Int64ToUChar LongLongToUChar
#define Int64ToUInt LongLongToUInt
#define Int64ToUInt16 LongLongToUShort
#define Int64ToUInt32 LongLongToUInt
#define Int64ToUInt64 LongLongToULongLong
#define Int64ToUInt8 LongLongToUInt8
#define Int64ToUIntPtr LongLongToUIntPtr
#define Int64ToULong LongLongToULong
#define Int64ToULong64 LongLongToULongLong
#define Int64ToULongLong LongLongToULongLong
#define Int64ToULongPtr LongLongToULongPtr
#define Int64ToUShort LongLongToUShort
#define Int64ToWord LongLongToUShort
#define Int8ToByte Int8ToUInt8
#define Int8ToDWord Int8ToULong
#define Int8ToDWord64 Int8ToULongLong
#define Int8ToDWordLong Int8ToULongLong
#define Int8ToDWordPtr Int8ToULongPtr
#define Int8ToSIZET Int8ToULongPtr
#define Int8ToSizeT Int8ToUIntPtr
#define Int8ToUInt16 Int8ToUShort
#define Int8ToUInt32 Int8ToUInt
#define Int8ToUInt64 Int8ToULongLong
#define Int8ToULong64 Int8ToULongLong
#define Int8ToWord Int8ToUShort
#define IntPtrToByte IntPtrToUInt8
#define IntPtrToDWord IntPtrToULong
#define IntPtrToDWord64 IntPtrToULongLong
#define IntPtrToDWordLong IntPtrToULongLong
#define IntPtrToDWordPtr IntPtrToULongPtr
#define IntPtrToInt16 IntPtrToShort
#define IntPtrToInt32 IntPtrToInt
#define IntPtrToSIZET IntPtrToULongPtr
#define IntPtrToSizeT IntPtrToUIntPtr
#define IntPtrToUInt16 IntPtrToUShort
#define IntPtrToUInt32 IntPtrToUInt
#define IntPtrToUInt64 IntPtrToULongLong
#define IntPtrToULong64 IntPtrToULongLong
#define IntPtrToWord IntPtrToUShort
#define IntToByte IntToUInt8
#define IntToDWord IntToULong
#define IntToDWord64 IntToULongLong
#define IntToDWordLong IntToULongLong
#define IntToDWordPtr IntToULongPtr
#define IntToInt16 IntToShort
#define IntToSIZET IntToULongPtr
#define IntToSizeT IntToUIntPtr
#define IntToUInt16 IntToUShort
#define IntToUInt64 IntToULongLong
#define IntToULong64 IntToULongLong
#define IntToWord IntToUShort
#define Long64ToByte LongLongToUInt8
#define Long64ToChar LongLongToChar
#define Long64ToDWord LongLongToULong
#define Long64ToDWordPtr LongLongToULongPtr
#define Long64ToInt LongLongToInt
#define Long64ToInt16 LongLongToShort
#define Long64ToInt32 LongLongToInt
#define Long64ToInt8 LongLongToInt8
#define Long64ToIntPtr LongLongToIntPtr
#define Long64ToLong LongLongToLong
#define Long64ToLongPtr LongLongToLongPtr
#define Long64ToPtrdiffT LongLongToIntPtr
#define Long64ToSIZET LongLongToULongPtr
#define Long64ToSSIZET LongLongToLongPtr
#define Long64ToShort LongLongToShort
#define Long64ToSizeT LongLongToUIntPtr
#define Long64ToUChar LongLongToUChar
#define Long64ToUInt LongLongToUInt
#define Long64ToUInt16 LongLongToUShort
#define Long64ToUInt32 LongLongToUInt
#define Long64ToUInt8 LongLongToUInt8
#define Long64ToUIntPtr LongLongToUIntPtr
#define Long64ToULong LongLongToULong
#define Long64ToULongLong LongLongToULongLong
#define Long64ToULongPtr LongLongToULongPtr
#define Long64ToUShort LongLongToUShort
#define Long64ToWord LongLongToUShort
#define LongLongToByte LongLongToUInt8
#define LongLongToDWord LongLongToULong
#define LongLongToDWord64 LongLongToULongLong
#define LongLongToDWordLong LongLongToULongLong
#define LongLongToDWordPtr LongLongToULongPtr
#define LongLongToInt16 LongLongToShort
#define LongLongToInt32 LongLongToInt
#define LongLongToPtrdiffT LongLongToIntPtr
#define LongLongToSIZET LongLongToULongPtr
#define LongLongToSSIZET LongLongToLongPtr
#define LongLongToSizeT LongLongToUIntPtr
#define LongLongToUInt16 LongLongToUShort
#define LongLongToUInt32 LongLongToUInt
#define LongLongToUInt64 LongLongToULongLong
#define LongLongToULong64 LongLongToULongLong
#define LongLongToWord LongLongToUShort
#define LongPtrToByte LongPtrToUInt8
#define LongPtrToDWord LongPtrToULong
#define LongPtrToDWord64 LongPtrToULongLong
#define LongPtrToDWordLong LongPtrToULongLong
#define LongPtrToDWordPtr LongPtrToULongPtr
#define LongPtrToInt16 LongPtrToShort
#define LongPtrToInt32 LongPtrToInt
#define LongPtrToSIZET LongPtrToULongPtr
#define LongPtrToSizeT LongPtrToUIntPtr
#define LongPtrToUInt16 LongPtrToUShort
#define LongPtrToUInt32 LongPtrToUInt
#define LongPtrToUInt64 LongPtrToULongLong
#define LongPtrToULong64 LongPtrToULongLong
#define LongPtrToWord LongPtrToUShort
#define LongToByte LongToUInt8
#define LongToDWord LongToULong
#define LongToDWord64 LongToULongLong
#define LongToDWordLong LongToULongLong
#define LongToDWordPtr LongToULongPtr
#define LongToInt16 LongToShort
#define LongToInt32 LongToInt
#define LongToPtrdiffT LongToIntPtr
#define LongToSIZET LongToULongPtr
#define LongToSizeT LongToUIntPtr
#define LongToUInt16 LongToUShort
#define LongToUInt32 LongToUInt
#define LongToUInt64 LongToULongLong
#define LongToULong64 LongToULongLong
#define LongToWord LongToUShort
#define PtrdiffTToByte IntPtrToUInt8
#define PtrdiffTToChar IntPtrToChar
#define PtrdiffTToDWord IntPtrToULong
#define PtrdiffTToDWord64 IntPtrToULongLong
#define PtrdiffTToDWordLong IntPtrToULongLong
#define PtrdiffTToDWordPtr IntPtrToULongPtr
#define PtrdiffTToInt IntPtrToInt
#define PtrdiffTToInt16 IntPtrToShort
#define PtrdiffTToInt32 IntPtrToInt
#define PtrdiffTToInt8 IntPtrToInt8
#define PtrdiffTToLong IntPtrToLong
#define PtrdiffTToLongPtr IntPtrToLongPtr
#define PtrdiffTToSIZET IntPtrToULongPtr
#define PtrdiffTToShort IntPtrToShort
#define PtrdiffTToSizeT IntPtrToUIntPtr
#define PtrdiffTToUChar IntPtrToUChar
#define PtrdiffTToUInt IntPtrToUInt
#define PtrdiffTToUInt16 IntPtrToUShort
#define PtrdiffTToUInt32 IntPtrToUInt
#define PtrdiffTToUInt64 IntPtrToULongLong
#define PtrdiffTToUInt8 IntPtrToUInt8
#define PtrdiffTToUIntPtr IntPtrToUIntPtr
#define PtrdiffTToULong IntPtrToULong
#define PtrdiffTToULong64 IntPtrToULongLong
#define PtrdiffTToULongLong IntPtrToULongLong
#define PtrdiffTToULongPtr IntPtrToULongPtr
#define PtrdiffTToUShort IntPtrToUShort
#define PtrdiffTToWord IntPtrToUShort
#define SIZETToByte ULongPtrToUInt8
#define SIZETToChar ULongPtrToChar
#define SIZETToDWord ULongPtrToULong
#define SIZETToInt ULongPtrToInt
#define SIZETToInt16 ULongPtrToShort
#define SIZETToInt32 ULongPtrToInt
#define SIZETToInt64 ULongPtrToLongLong
#define SIZETToInt8 ULongPtrToInt8
#define SIZETToIntPtr ULongPtrToIntPtr
#define SIZETToLong ULongPtrToLong
#define SIZETToLong64 ULongPtrToLongLong
#define SIZETToLongLong ULongPtrToLongLong
#define SIZETToLongPtr ULongPtrToLongPtr
#define SIZETToPtrdiffT ULongPtrToIntPtr
#define SIZETToSSIZET ULongPtrToLongPtr
#define SIZETToShort ULongPtrToShort
#define SIZETToUChar ULongPtrToUChar
#define SIZETToUInt ULongPtrToUInt
#define SIZETToUInt16 ULongPtrToUShort
#define SIZETToUInt32 ULongPtrToUInt
#define SIZETToUInt8 ULongPtrToUInt8
#define SIZETToUIntPtr ULongPtrToUIntPtr
#define SIZETToULong ULongPtrToULong
#define SIZETToUShort ULongPtrToUShort
#define SIZETToWord ULongPtrToUShort
#define SSIZETToByte LongPtrToUInt8
#define SSIZETToChar LongPtrToChar
#define SSIZETToDWord LongPtrToULong
#define SSIZETToDWord64 LongPtrToULongLong
#define SSIZETToDWordLong LongPtrToULongLong
#define SSIZETToDWordPtr LongPtrToULongPtr
#define SSIZETToInt LongPtrToInt
#define SSIZETToInt16 LongPtrToShort
#define SSIZETToInt32 LongPtrToInt
#define SSIZETToInt8 LongPtrToInt8
#define SSIZETToIntPtr LongPtrToIntPtr
#define SSIZETToLong LongPtrToLong
#define SSIZETToSIZET LongPtrToULongPtr
#define SSIZETToShort LongPtrToShort
#define SSIZETToSizeT LongPtrToUIntPtr
#define SSIZETToUChar LongPtrToUChar
#define SSIZETToUInt LongPtrToUInt
#define SSIZETToUInt16 LongPtrToUShort
#define SSIZETToUInt32 LongPtrToUInt
#define SSIZETToUInt64 LongPtrToULongLong
#define SSIZETToUInt8 LongPtrToUInt8
#define SSIZETToUIntPtr LongPtrToUIntPtr
#define SSIZETToULong LongPtrToULong
#define SSIZETToULong64 LongPtrToULongLong
#define SSIZETToULongLong LongPtrToULongLong
#define SSIZETToULongPtr LongPtrToULongPtr
#define SSIZETToUShort LongPtrToUShort
#define SSIZETToWord LongPtrToUShort
#define ShortToByte ShortToUInt8
#define ShortToDWord ShortToULong
#define ShortToDWord64 ShortToULongLong
#define ShortToDWordLong ShortToULongLong
#define ShortToSIZET ShortToULongPtr
#define ShortToSizeT ShortToUIntPtr
#define ShortToUInt16 ShortToUShort
#define ShortToUInt32 ShortToUInt
#define ShortToUInt64 ShortToULongLong
#define ShortToULong64 ShortToULongLong
#define ShortToWord ShortToUShort
#define SizeTToByte UIntPtrToUInt8
#define SizeTToChar UIntPtrToChar
#define SizeTToDWord UIntPtrToULong
#define SizeTToInt UIntPtrToInt
#define SizeTToInt16 UIntPtrToShort
#define SizeTToInt32 UIntPtrToInt
#define SizeTToInt64 UIntPtrToLongLong
#define SizeTToInt8 UIntPtrToInt8
#define SizeTToIntPtr UIntPtrToIntPtr
#define SizeTToLong UIntPtrToLong
#define SizeTToLong64 UIntPtrToLongLong
#define SizeTToLongLong UIntPtrToLongLong
#define SizeTToLongPtr UIntPtrToLongPtr
#define SizeTToPtrdiffT UIntPtrToIntPtr
#define SizeTToSSIZET UIntPtrToLongPtr
#define SizeTToShort UIntPtrToShort
#define SizeTToUChar UIntPtrToUChar
#define SizeTToUInt UIntPtrToUInt
#define SizeTToUInt16 UIntPtrToUShort
#define SizeTToUInt32 UIntPtrToUInt
#define SizeTToUInt8 UIntPtrToUInt8
#define SizeTToULong UIntPtrToULong
#define SizeTToUShort UIntPtrToUShort
#define SizeTToWord UIntPtrToUShort
#define UInt16Add UShortAdd
#define UInt16Mult UShortMult
#define UInt16Sub UShortSub
#define UInt16ToByte UShortToUInt8
#define UInt16ToChar UShortToChar
#define UInt16ToInt16 UShortToShort
#define UInt16ToInt8 UShortToInt8
#define UInt16ToShort UShortToShort
#define UInt16ToUChar UShortToUChar
#define UInt16ToUInt8 UShortToUInt8
#define UInt32Add UIntAdd
#define UInt32Mult UIntMult
#define UInt32Sub UIntSub
#define UInt32ToByte UInt32ToUInt8
#define UInt32ToChar UIntToChar
#define UInt32ToInt UIntToInt
#define UInt32ToInt16 UIntToShort
#define UInt32ToInt32 UIntToInt
#define UInt32ToInt8 UIntToInt8
#define UInt32ToIntPtr UIntToIntPtr
#define UInt32ToLong UIntToLong
#define UInt32ToLongPtr UIntToLongPtr
#define UInt32ToPtrdiffT UIntToPtrdiffT
#define UInt32ToSSIZET UIntToSSIZET
#define UInt32ToShort UIntToShort
#define UInt32ToUChar UIntToUChar
#define UInt32ToUInt16 UIntToUShort
#define UInt32ToUInt8 UIntToUInt8
#define UInt32ToUShort UIntToUShort
#define UInt32ToWord UIntToUShort
#define UInt64Add ULongLongAdd
#define UInt64Mult ULongLongMult
#define UInt64Sub ULongLongSub
#define UInt64ToByte ULongLongToUInt8
#define UInt64ToChar ULongLongToChar
#define UInt64ToDWord ULongLongToULong
#define UInt64ToDWordPtr ULongLongToULongPtr
#define UInt64ToInt ULongLongToInt
#define UInt64ToInt16 ULongLongToShort
#define UInt64ToInt32 ULongLongToInt
#define UInt64ToInt64 ULongLongToLongLong
#define UInt64ToInt8 ULongLongToInt8
#define UInt64ToIntPtr ULongLongToIntPtr
#define UInt64ToLong ULongLongToLong
#define UInt64ToLong64 ULongLongToLongLong
#define UInt64ToLongLong ULongLongToLongLong
#define UInt64ToLongPtr ULongLongToLongPtr
#define UInt64ToPtrdiffT ULongLongToIntPtr
#define UInt64ToSIZET ULongLongToULongPtr
#define UInt64ToSSIZET ULongLongToLongPtr
#define UInt64ToShort ULongLongToShort
#define UInt64ToSizeT ULongLongToUIntPtr
#define UInt64ToUChar ULongLongToUChar
#define UInt64ToUInt ULongLongToUInt
#define UInt64ToUInt16 ULongLongToUShort
#define UInt64ToUInt32 ULongLongToUInt
#define UInt64ToUInt8 ULongLongToUInt8
#define UInt64ToUIntPtr ULongLongToUIntPtr
#define UInt64ToULong ULongLongToULong
#define UInt64ToULongPtr ULongLongToULongPtr
#define UInt64ToUShort ULongLongToUShort
#define UInt64ToWord ULongLongToUShort
#define UIntPtrToByte UIntPtrToUInt8
#define UIntPtrToDWord UIntPtrToULong
#define UIntPtrToInt32 UIntPtrToInt
#define UIntPtrToInt64 UIntPtrToLongLong
#define UIntPtrToLong64 UIntPtrToLongLong
#define UIntPtrToPtrdiffT UIntPtrToIntPtr
#define UIntPtrToSSIZET UIntPtrToLongPtr
#define UIntPtrToUInt32 UIntPtrToUInt
#define UIntPtrToWord UIntPtrToUShort
#define UIntToByte UIntToUInt8
#define UIntToInt16 UIntToShort
#define UIntToInt32 UIntToInt
#define UIntToPtrdiffT UIntToIntPtr
#define UIntToSSIZET UIntToLongPtr
#define UIntToUInt16 UIntToUShort
#define UIntToWord UIntToUShort
#define ULong64Add ULongLongAdd
#define ULong64Mult ULongLongMult
#define ULong64Sub ULongLongSub
#define ULong64ToByte ULongLongToUInt8
#define ULong64ToChar ULongLongToChar
#define ULong64ToDWord ULongLongToULong
#define ULong64ToDWordPtr ULongLongToULongPtr
#define ULong64ToInt ULongLongToInt
#define ULong64ToInt16 ULongLongToShort
#define ULong64ToInt32 ULongLongToInt
#define ULong64ToInt64 ULongLongToLongLong
#define ULong64ToInt8 ULongLongToInt8
#define ULong64ToIntPtr ULongLongToIntPtr
#define ULong64ToLong ULongLongToLong
#define ULong64ToLong64 ULongLongToLongLong
#define ULong64ToLongLong ULongLongToLongLong
#define ULong64ToLongPtr ULongLongToLongPtr
#define ULong64ToPtrdiffT ULongLongToIntPtr
#define ULong64ToSIZET ULongLongToULongPtr
#define ULong64ToSSIZET ULongLongToLongPtr
#define ULong64ToShort ULongLongToShort
#define ULong64ToSizeT ULongLongToUIntPtr
#define ULong64ToUChar ULongLongToUChar
#define ULong64ToUInt ULongLongToUInt
#define ULong64ToUInt16 ULongLongToUShort
#define ULong64ToUInt32 ULongLongToUInt
#define ULong64ToUInt8 ULongLongToUInt8
#define ULong64ToUIntPtr ULongLongToUIntPtr
#define ULong64ToULong ULongLongToULong
#define ULong64ToULongPtr ULongLongToULongPtr
#define ULong64ToUShort ULongLongToUShort
#define ULong64ToWord ULongLongToUShort
#define ULongLongToByte ULongLongToUInt8
#define ULongLongToDWord ULongLongToULong
#define ULongLongToDWordPtr ULongLongToULongPtr
#define ULongLongToInt16 ULongLongToShort
#define ULongLongToInt32 ULongLongToInt
#define ULongLongToInt64 ULongLongToLongLong
#define ULongLongToLong64 ULongLongToLongLong
#define ULongLongToPtrdiffT ULongLongToIntPtr
#define ULongLongToSIZET ULongLongToULongPtr
#define ULongLongToSSIZET ULongLongToLongPtr
#define ULongLongToSizeT ULongLongToUIntPtr
#define ULongLongToUInt16 ULongLongToUShort
#define ULongLongToUInt32 ULongLongToUInt
#define ULongLongToWord ULongLongToUShort
#define ULongPtrToByte ULongPtrToUInt8
#define ULongPtrToDWord ULongPtrToULong
#define ULongPtrToInt16 ULongPtrToShort
#define ULongPtrToInt32 ULongPtrToInt
#define ULongPtrToInt64 ULongPtrToLongLong
#define ULongPtrToLong64 ULongPtrToLongLong
#define ULongPtrToPtrdiffT ULongPtrToIntPtr
#define ULongPtrToSSIZET ULongPtrToLongPtr
#define ULongPtrToUInt16 ULongPtrToUShort
#define ULongPtrToUInt32 ULongPtrToUInt
#define ULongPtrToWord ULongPtrToUShort
#define ULongToByte ULongToUInt8
#define ULongToInt16 ULongToShort
#define ULongToInt32 ULongToInt
#define ULongToPtrdiffT ULongToIntPtr
#define ULongToSSIZET ULongToLongPtr
#define ULongToUInt16 ULongToUShort
#define ULongToUInt32 ULongToUInt
#define ULongToWord ULongToUShort
#define UShortToByte UShortToUInt8
#define UShortToInt16 UShortToShort
#define WordAdd UShortAdd
#define WordMult UShortMult
#define WordSub UShortSub
#define WordToByte UShortToUInt8
#define WordToChar UShortToChar
#define WordToInt16 UShortToShort
#define WordToInt8 UShortToInt8
#define WordToShort UShortToShort
#define WordToUChar UShortToUChar
#define WordToUInt8 UShortToUInt8

/* Spellings whose routine depends on the pointer size. */
#if DDK_INTSAFE_64
#define IntToUIntPtr IntToULongLong
#define IntToULongPtr IntToULongLong
#define InterlockedAdd _InterlockedAdd
#define InterlockedExchangeAdd _InterlockedExchangeAdd
#define LongLongToUIntPtr LongLongToULongLong
#define LongLongToULongPtr LongLongToULongLong
#define ULongLongToIntPtr ULongLongToLongLong
#else
#define IntToUIntPtr IntToUInt
#define IntToULongPtr IntToULong
#define LongLongToUIntPtr LongLongToUInt
#define LongLongToULongPtr LongLongToULong
#define ULongLongToIntPtr ULongLongToInt
#endif

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_INTSAFE_H */

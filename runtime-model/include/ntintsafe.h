/*
 * ntintsafe.h - overflow-checked integer arithmetic for kernel-mode drivers:
 * RtlXxxToYyy conversions, RtlXxxAdd, RtlXxxSub and RtlXxxMult for the
 * Windows integer types. Each routine stores the result through its last
 * parameter and returns STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW (and
 * stores the type's error value) when the result does not fit.
 *
 * Written for ddicheck from the ntintsafe.h reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/ntintsafe/);
 * names, parameter lists, which spellings are the same routine and the
 * limit values follow it, the text and grouping are our own. The reference
 * gives no IRQL requirement: the routines only compute, so they carry
 * _IRQL_requires_max_(HIGH_LEVEL).
 *
 * Limits: the routines are declared, not defined (the WDK defines them
 * inline); every documented name is a routine of its own on both pointer
 * sizes (the WDK maps some pointer-sized ones onto 32- or 64-bit routines).
 */
#ifndef DDICHECK_NTINTSAFE_H
#define DDICHECK_NTINTSAFE_H

#include "wdm.h"

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

/* Value stored on overflow by the signed and unsigned conversions. */
#define INT8_ERROR (-1)
#define UINT8_ERROR 0xffU
#define BYTE_ERROR 0xff
#define SHORT_ERROR (-1)
#define INT16_ERROR (-1)
#define USHORT_ERROR 0xffff
#define UINT16_ERROR 0xffffU
#define WORD_ERROR 0xffff
#define INT_ERROR (-1)
#define INT32_ERROR (-1)
#define UINT_ERROR 0xffffffffU
#define UINT32_ERROR 0xffffffffU
#define LONG_ERROR (-1L)
#define ULONG_ERROR 0xffffffffUL
#define DWORD_ERROR 0xffffffffUL
#define LONGLONG_ERROR (-1LL)
#define LONG64_ERROR (-1LL)
#define INT64_ERROR (-1LL)
#define ULONGLONG_ERROR 0xffffffffffffffffULL
#define DWORDLONG_ERROR 0xffffffffffffffffULL
#define ULONG64_ERROR 0xffffffffffffffffULL
#define UINT64_ERROR 0xffffffffffffffffULL
#define DWORD64_ERROR 0xffffffffffffffffULL
#define INT_PTR_ERROR (-1)
#define LONG_PTR_ERROR (-1L)
#define PTRDIFF_T_ERROR (-1)
#define SSIZE_T_ERROR (-1L)
#define UINT_PTR_ERROR ((UINT_PTR)-1)
#define ULONG_PTR_ERROR ((ULONG_PTR)-1)
#define DWORD_PTR_ERROR ((DWORD_PTR)-1)
#define SIZE_T_ERROR ((SIZE_T)-1)
#define _SIZE_T_ERROR ((size_t)-1)

/* Conversions: the value converted, or the overflow status when it does not fit. */
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlByteToChar(BYTE bOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlByteToInt8(BYTE bOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToUChar(INT8 i8Operand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToUInt(INT8 i8Operand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToUInt8(INT8 i8Operand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToUIntPtr(INT8 i8Operand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToULong(INT8 i8Operand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToULongLong(INT8 i8Operand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToULongPtr(INT8 i8Operand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlInt8ToUShort(INT8 i8Operand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToChar(INT_PTR iOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToInt(INT_PTR iOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToInt8(INT_PTR iOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToLong(INT_PTR iOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToLongPtr(INT_PTR iOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToShort(INT_PTR iOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToUChar(INT_PTR iOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToUInt(INT_PTR iOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToUInt8(INT_PTR iOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToUIntPtr(INT_PTR iOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToULong(INT_PTR iOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToULongLong(INT_PTR iOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToULongPtr(INT_PTR iOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntPtrToUShort(INT_PTR iOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToChar(INT iOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToInt8(INT iOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToShort(INT iOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToUChar(INT iOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToUInt(INT iOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToUInt8(INT iOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToULong(INT iOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToULongLong(INT iOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlIntToUShort(INT iOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToChar(LONGLONG llOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToInt(LONGLONG llOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToInt8(LONGLONG llOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToIntPtr(LONGLONG llOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToLong(LONGLONG llOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToLongPtr(LONGLONG llOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToShort(LONGLONG llOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToUChar(LONGLONG llOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToUInt(LONGLONG llOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToUInt8(LONGLONG llOperand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToULong(LONGLONG llOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToULongLong(LONGLONG llOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongLongToUShort(LONGLONG llOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToChar(LONG_PTR lOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToInt(LONG_PTR lOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToInt8(LONG_PTR lOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToIntPtr(LONG_PTR lOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToLong(LONG_PTR lOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToShort(LONG_PTR lOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToUChar(LONG_PTR lOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToUInt(LONG_PTR lOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToUInt8(LONG_PTR lOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToUIntPtr(LONG_PTR lOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToULong(LONG_PTR lOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToULongLong(LONG_PTR lOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToULongPtr(LONG_PTR lOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongPtrToUShort(LONG_PTR lOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToChar(LONG lOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToInt(LONG lOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToInt8(LONG lOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToIntPtr(LONG lOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToShort(LONG lOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToUChar(LONG lOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToUInt(LONG lOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToUInt8(LONG lOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToUIntPtr(LONG lOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToULong(LONG lOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToULongLong(LONG lOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToULongPtr(LONG lOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlLongToUShort(LONG lOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToChar(SHORT sOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToDWordPtr(SHORT sOperand, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToInt8(SHORT sOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToUChar(SHORT sOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToUInt(SHORT sOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToUInt8(SHORT sOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToUIntPtr(SHORT sOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToULong(SHORT sOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToULongLong(SHORT sOperand, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToULongPtr(SHORT sOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlShortToUShort(SHORT sOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUInt8ToChar(UINT8 u8Operand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUInt8ToInt8(UINT8 u8Operand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToChar(UINT_PTR uOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToInt(UINT_PTR uOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToInt16(UINT_PTR uOperand, INT16 *pi16Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToInt8(UINT_PTR uOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToIntPtr(UINT_PTR uOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToLong(UINT_PTR uOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToLongLong(UINT_PTR uOperand, LONGLONG *pllResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToLongPtr(UINT_PTR uOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToShort(UINT_PTR uOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToUChar(UINT_PTR uOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToUInt(UINT_PTR uOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToUInt16(UINT_PTR uOperand, UINT16 *pu16Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToUInt8(UINT_PTR uOperand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToULong(UINT_PTR uOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrToUShort(UINT_PTR uOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToChar(UINT uOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToInt(UINT uOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToInt8(UINT uOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToIntPtr(UINT uOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToLong(UINT uOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToLongPtr(UINT uOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToShort(UINT uOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToUChar(UINT uOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToUInt8(UINT uOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntToUShort(UINT uOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToChar(ULONGLONG ullOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToInt(ULONGLONG ullOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToInt8(ULONGLONG ullOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToLong(ULONGLONG ullOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToLongLong(ULONGLONG ullOperand, LONGLONG *pllResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToLongPtr(ULONGLONG ullOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToShort(ULONGLONG ullOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToUChar(ULONGLONG ullOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToUInt(ULONGLONG ullOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToUInt8(ULONGLONG ullOperand, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToUIntPtr(ULONGLONG ullOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToULong(ULONGLONG ullOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToULongPtr(ULONGLONG ullOperand, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongToUShort(ULONGLONG ullOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToChar(ULONG_PTR ulOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToInt(ULONG_PTR ulOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToInt8(ULONG_PTR ulOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToIntPtr(ULONG_PTR ulOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToLong(ULONG_PTR ulOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToLongLong(ULONG_PTR ulOperand, LONGLONG *pllResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToLongPtr(ULONG_PTR ulOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToShort(ULONG_PTR ulOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToUChar(ULONG_PTR ulOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToUInt(ULONG_PTR ulOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToUInt8(ULONG_PTR ulOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToUIntPtr(ULONG_PTR ulOperand, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToULong(ULONG_PTR ulOperand, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrToUShort(ULONG_PTR ulOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToChar(ULONG ulOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToInt(ULONG ulOperand, INT *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToInt8(ULONG ulOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToIntPtr(ULONG ulOperand, INT_PTR *piResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToLong(ULONG ulOperand, LONG *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToLongPtr(ULONG ulOperand, LONG_PTR *plResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToShort(ULONG ulOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToUChar(ULONG ulOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToUInt(ULONG ulOperand, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToUInt8(ULONG ulOperand, UINT8 *pui8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToUIntPtr(ULONG ulOperand, UINT_PTR *puiResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongToUShort(ULONG ulOperand, USHORT *pusResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortToChar(USHORT usOperand, CHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortToInt8(USHORT usOperand, INT8 *pi8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortToShort(USHORT usOperand, SHORT *psResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortToUChar(USHORT usOperand, UCHAR *pch);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortToUInt8(USHORT usOperand, UINT8 *pui8Result);

/* Addition. */
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlDWordPtrAdd(DWORD_PTR dwAugend, DWORD_PTR dwAddend, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlSIZETAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlSizeTAdd(size_t Augend, size_t Addend, size_t *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUInt8Add(UINT8 u8Augend, UINT8 u8Addend, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntAdd(UINT uAugend, UINT uAddend, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrAdd(UINT_PTR uAugend, UINT_PTR uAddend, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongAdd(ULONG ulAugend, ULONG ulAddend, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongAdd(ULONGLONG ullAugend, ULONGLONG ullAddend, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrAdd(ULONG_PTR ulAugend, ULONG_PTR ulAddend, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortAdd(USHORT usAugend, USHORT usAddend, USHORT *pusResult);

/* Subtraction. */
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlDWordPtrSub(DWORD_PTR dwMinuend, DWORD_PTR dwSubtrahend, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlSIZETSub(SIZE_T Minuend, SIZE_T Subtrahend, SIZE_T *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlSizeTSub(size_t Minuend, size_t Subtrahend, size_t *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUInt8Sub(UINT8 u8Minuend, UINT8 u8Subtrahend, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrSub(UINT_PTR uMinuend, UINT_PTR uSubtrahend, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntSub(UINT uMinuend, UINT uSubtrahend, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongSub(ULONGLONG ullMinuend, ULONGLONG ullSubtrahend, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrSub(ULONG_PTR ulMinuend, ULONG_PTR ulSubtrahend, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongSub(ULONG ulMinuend, ULONG ulSubtrahend, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortSub(USHORT usMinuend, USHORT usSubtrahend, USHORT *pusResult);

/* Multiplication. */
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlDWordPtrMult(DWORD_PTR dwMultiplicand, DWORD_PTR dwMultiplier, DWORD_PTR *pdwResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlSIZETMult(SIZE_T Multiplicand, SIZE_T Multiplier, SIZE_T *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlSizeTMult(size_t Multiplicand, size_t Multiplier, size_t *pResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUInt8Mult(UINT8 u8Multiplicand, UINT8 u8Multiplier, UINT8 *pu8Result);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntMult(UINT uMultiplicand, UINT uMultiplier, UINT *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUIntPtrMult(UINT_PTR uMultiplicand, UINT_PTR uMultiplier, UINT_PTR *puResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongLongMult(ULONGLONG ullMultiplicand, ULONGLONG ullMultiplier, ULONGLONG *pullResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongMult(ULONG ulMultiplicand, ULONG ulMultiplier, ULONG *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlULongPtrMult(ULONG_PTR ulMultiplicand, ULONG_PTR ulMultiplier, ULONG_PTR *pulResult);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS RtlUShortMult(USHORT usMultiplicand, USHORT usMultiplier, USHORT *pusResult);

/* Other spellings of the routines above (DWORD, SIZE_T, sized types). */
#define RtlDWord64Add RtlULongLongAdd
#define RtlDWord64Mult RtlULongLongMult
#define RtlDWord64Sub RtlULongLongSub
#define RtlDWord64ToByte RtlULongLongToUInt8
#define RtlDWord64ToChar RtlULongLongToChar
#define RtlDWord64ToDWord RtlULongLongToULong
#define RtlDWord64ToDWordPtr RtlULongLongToULongPtr
#define RtlDWord64ToInt RtlULongLongToInt
#define RtlDWord64ToInt16 RtlULongLongToShort
#define RtlDWord64ToInt32 RtlULongLongToInt
#define RtlDWord64ToInt64 RtlULongLongToLongLong
#define RtlDWord64ToInt8 RtlULongLongToInt8
#define RtlDWord64ToIntPtr RtlULongLongToIntPtr
#define RtlDWord64ToLong RtlULongLongToLong
#define RtlDWord64ToLong64 RtlULongLongToLongLong
#define RtlDWord64ToLongLong RtlULongLongToLongLong
#define RtlDWord64ToLongPtr RtlULongLongToLongPtr
#define RtlDWord64ToPtrdiffT RtlULongLongToIntPtr
#define RtlDWord64ToSIZET RtlULongLongToULongPtr
#define RtlDWord64ToSSIZET RtlULongLongToLongPtr
#define RtlDWord64ToShort RtlULongLongToShort
#define RtlDWord64ToSizeT RtlULongLongToUIntPtr
#define RtlDWord64ToUChar RtlULongLongToUChar
#define RtlDWord64ToUInt RtlULongLongToUInt
#define RtlDWord64ToUInt16 RtlULongLongToUShort
#define RtlDWord64ToUInt32 RtlULongLongToUInt
#define RtlDWord64ToUInt8 RtlULongLongToUInt8
#define RtlDWord64ToUIntPtr RtlULongLongToUIntPtr
#define RtlDWord64ToULong RtlULongLongToULong
#define RtlDWord64ToULongPtr RtlULongLongToULongPtr
#define RtlDWord64ToUShort RtlULongLongToUShort
#define RtlDWord64ToWord RtlULongLongToUShort
#define RtlDWordAdd RtlULongAdd
#define RtlDWordLongAdd RtlULongLongAdd
#define RtlDWordLongMult RtlULongLongMult
#define RtlDWordLongSub RtlULongLongSub
#define RtlDWordLongToByte RtlULongLongToUInt8
#define RtlDWordLongToChar RtlULongLongToChar
#define RtlDWordLongToDWord RtlULongLongToULong
#define RtlDWordLongToDWordPtr RtlULongLongToULongPtr
#define RtlDWordLongToInt RtlULongLongToInt
#define RtlDWordLongToInt16 RtlULongLongToShort
#define RtlDWordLongToInt32 RtlULongLongToInt
#define RtlDWordLongToInt64 RtlULongLongToLongLong
#define RtlDWordLongToInt8 RtlULongLongToInt8
#define RtlDWordLongToIntPtr RtlULongLongToIntPtr
#define RtlDWordLongToLong RtlULongLongToLong
#define RtlDWordLongToLong64 RtlULongLongToLongLong
#define RtlDWordLongToLongLong RtlULongLongToLongLong
#define RtlDWordLongToLongPtr RtlULongLongToLongPtr
#define RtlDWordLongToPtrdiffT RtlULongLongToIntPtr
#define RtlDWordLongToSIZET RtlULongLongToULongPtr
#define RtlDWordLongToSSIZET RtlULongLongToLongPtr
#define RtlDWordLongToShort RtlULongLongToShort
#define RtlDWordLongToSizeT RtlULongLongToUIntPtr
#define RtlDWordLongToUChar RtlULongLongToUChar
#define RtlDWordLongToUInt RtlULongLongToUInt
#define RtlDWordLongToUInt16 RtlULongLongToUShort
#define RtlDWordLongToUInt32 RtlULongLongToUInt
#define RtlDWordLongToUInt8 RtlULongLongToUInt8
#define RtlDWordLongToUIntPtr RtlULongLongToUIntPtr
#define RtlDWordLongToULong RtlULongLongToULong
#define RtlDWordLongToULongPtr RtlULongLongToULongPtr
#define RtlDWordLongToUShort RtlULongLongToUShort
#define RtlDWordLongToWord RtlULongLongToUShort
#define RtlDWordMult RtlULongMult
#define RtlDWordPtrToByte RtlULongPtrToUInt8
#define RtlDWordPtrToChar RtlULongPtrToChar
#define RtlDWordPtrToDWord RtlULongPtrToULong
#define RtlDWordPtrToInt RtlULongPtrToInt
#define RtlDWordPtrToInt16 RtlULongPtrToShort
#define RtlDWordPtrToInt32 RtlULongPtrToInt
#define RtlDWordPtrToInt64 RtlULongPtrToLongLong
#define RtlDWordPtrToInt8 RtlULongPtrToInt8
#define RtlDWordPtrToIntPtr RtlULongPtrToIntPtr
#define RtlDWordPtrToLong RtlULongPtrToLong
#define RtlDWordPtrToLong64 RtlULongPtrToLongLong
#define RtlDWordPtrToLongLong RtlULongPtrToLongLong
#define RtlDWordPtrToLongPtr RtlULongPtrToLongPtr
#define RtlDWordPtrToPtrdiffT RtlULongPtrToIntPtr
#define RtlDWordPtrToSSIZET RtlULongPtrToLongPtr
#define RtlDWordPtrToShort RtlULongPtrToShort
#define RtlDWordPtrToUChar RtlULongPtrToUChar
#define RtlDWordPtrToUInt RtlULongPtrToUInt
#define RtlDWordPtrToUInt16 RtlULongPtrToUShort
#define RtlDWordPtrToUInt32 RtlULongPtrToUInt
#define RtlDWordPtrToUInt8 RtlULongPtrToUInt8
#define RtlDWordPtrToUIntPtr RtlULongPtrToUIntPtr
#define RtlDWordPtrToULong RtlULongPtrToULong
#define RtlDWordPtrToUShort RtlULongPtrToUShort
#define RtlDWordPtrToWord RtlULongPtrToUShort
#define RtlDWordSub RtlULongSub
#define RtlDWordToByte RtlULongToUInt8
#define RtlDWordToChar RtlULongToChar
#define RtlDWordToInt RtlULongToInt
#define RtlDWordToInt16 RtlULongToShort
#define RtlDWordToInt32 RtlULongToInt
#define RtlDWordToInt8 RtlULongToInt8
#define RtlDWordToIntPtr RtlULongToIntPtr
#define RtlDWordToLong RtlULongToLong
#define RtlDWordToLongPtr RtlULongToLongPtr
#define RtlDWordToPtrdiffT RtlULongToIntPtr
#define RtlDWordToSSIZET RtlULongToLongPtr
#define RtlDWordToShort RtlULongToShort
#define RtlDWordToUChar RtlULongToUChar
#define RtlDWordToUInt RtlULongToUInt
#define RtlDWordToUInt16 RtlULongToUShort
#define RtlDWordToUInt32 RtlULongToUInt
#define RtlDWordToUInt8 RtlULongToUInt8
#define RtlDWordToUIntPtr RtlULongToUIntPtr
#define RtlDWordToUShort RtlULongToUShort
#define RtlDWordToWord RtlULongToUShort
#define RtlInt16ToByte RtlShortToUInt8
#define RtlInt16ToChar RtlShortToChar
#define RtlInt16ToDWord RtlShortToULong
#define RtlInt16ToDWord64 RtlShortToULongLong
#define RtlInt16ToDWordLong RtlShortToULongLong
#define RtlInt16ToDWordPtr RtlShortToULongPtr
#define RtlInt16ToInt8 RtlShortToInt8
#define RtlInt16ToSIZET RtlShortToULongPtr
#define RtlInt16ToSizeT RtlShortToUIntPtr
#define RtlInt16ToUChar RtlShortToUChar
#define RtlInt16ToUInt RtlShortToUInt
#define RtlInt16ToUInt16 RtlShortToUShort
#define RtlInt16ToUInt32 RtlShortToUInt
#define RtlInt16ToUInt64 RtlShortToULongLong
#define RtlInt16ToUInt8 RtlShortToUInt8
#define RtlInt16ToUIntPtr RtlShortToUIntPtr
#define RtlInt16ToULong RtlShortToULong
#define RtlInt16ToULong64 RtlShortToULongLong
#define RtlInt16ToULongLong RtlShortToULongLong
#define RtlInt16ToULongPtr RtlShortToULongPtr
#define RtlInt16ToUShort RtlShortToUShort
#define RtlInt16ToWord RtlShortToUShort
#define RtlInt32ToByte RtlIntToUInt8
#define RtlInt32ToChar RtlIntToChar
#define RtlInt32ToDWord RtlIntToULong
#define RtlInt32ToDWord64 RtlIntToULongLong
#define RtlInt32ToDWordLong RtlIntToULongLong
#define RtlInt32ToDWordPtr RtlIntToULongPtr
#define RtlInt32ToInt16 RtlIntToShort
#define RtlInt32ToInt8 RtlIntToInt8
#define RtlInt32ToSIZET RtlIntToULongPtr
#define RtlInt32ToShort RtlIntToShort
#define RtlInt32ToSizeT RtlIntToUIntPtr
#define RtlInt32ToUChar RtlIntToUChar
#define RtlInt32ToUInt RtlIntToUInt
#define RtlInt32ToUInt16 RtlIntToUShort
#define RtlInt32ToUInt32 RtlIntToUInt
#define RtlInt32ToUInt64 RtlIntToULongLong
#define RtlInt32ToUInt8 RtlIntToUInt8
#define RtlInt32ToUIntPtr RtlIntToUIntPtr
#define RtlInt32ToULong RtlIntToULong
#define RtlInt32ToULong64 RtlIntToULongLong
#define RtlInt32ToULongLong RtlIntToULongLong
#define RtlInt32ToULongPtr RtlIntToULongPtr
#define RtlInt32ToUShort RtlIntToUShort
#define RtlInt32ToWord RtlIntToUShort
#define RtlInt64ToByte RtlLongLongToUInt8
#define RtlInt64ToChar RtlLongLongToChar
#define RtlInt64ToDWord RtlLongLongToULong
#define RtlInt64ToDWord64 RtlLongLongToULongLong
#define RtlInt64ToDWordLong RtlLongLongToULongLong
#define RtlInt64ToDWordPtr RtlLongLongToULongPtr
#define RtlInt64ToInt RtlLongLongToInt
#define RtlInt64ToInt16 RtlLongLongToShort
#define RtlInt64ToInt32 RtlLongLongToInt
#define RtlInt64ToInt8 RtlLongLongToInt8
#define RtlInt64ToIntPtr RtlLongLongToIntPtr
#define RtlInt64ToLong RtlLongLongToLong
#define RtlInt64ToLongPtr RtlLongLongToLongPtr
#define RtlInt64ToPtrdiffT RtlLongLongToIntPtr
#define RtlInt64ToSIZET RtlLongLongToULongPtr
#define RtlInt64ToSSIZET RtlLongLongToLongPtr
#define RtlInt64ToShort RtlLongLongToShort
#define RtlInt64ToSizeT RtlLongLongToUIntPtr
#define RtlInt64ToUChar RtlLongLongToUChar
#define RtlInt64ToUInt RtlLongLongToUInt
#define RtlInt64ToUInt16 RtlLongLongToUShort
#define RtlInt64ToUInt32 RtlLongLongToUInt
#define RtlInt64ToUInt64 RtlLongLongToULongLong
#define RtlInt64ToUInt8 RtlLongLongToUInt8
#define RtlInt64ToUIntPtr RtlLongLongToUIntPtr
#define RtlInt64ToULong RtlLongLongToULong
#define RtlInt64ToULong64 RtlLongLongToULongLong
#define RtlInt64ToULongLong RtlLongLongToULongLong
#define RtlInt64ToULongPtr RtlLongLongToULongPtr
#define RtlInt64ToUShort RtlLongLongToUShort
#define RtlInt64ToWord RtlLongLongToUShort
#define RtlInt8ToByte RtlInt8ToUInt8
#define RtlInt8ToDWord RtlInt8ToULong
#define RtlInt8ToDWord64 RtlInt8ToULongLong
#define RtlInt8ToDWordLong RtlInt8ToULongLong
#define RtlInt8ToDWordPtr RtlInt8ToULongPtr
#define RtlInt8ToSIZET RtlInt8ToULongPtr
#define RtlInt8ToSizeT RtlInt8ToUIntPtr
#define RtlInt8ToUInt16 RtlInt8ToUShort
#define RtlInt8ToUInt32 RtlInt8ToUInt
#define RtlInt8ToUInt64 RtlInt8ToULongLong
#define RtlInt8ToULong64 RtlInt8ToULongLong
#define RtlInt8ToWord RtlInt8ToUShort
#define RtlIntPtrToByte RtlIntPtrToUInt8
#define RtlIntPtrToDWord RtlIntPtrToULong
#define RtlIntPtrToDWord64 RtlIntPtrToULongLong
#define RtlIntPtrToDWordLong RtlIntPtrToULongLong
#define RtlIntPtrToDWordPtr RtlIntPtrToULongPtr
#define RtlIntPtrToInt16 RtlIntPtrToShort
#define RtlIntPtrToInt32 RtlIntPtrToInt
#define RtlIntPtrToSIZET RtlIntPtrToULongPtr
#define RtlIntPtrToSizeT RtlIntPtrToUIntPtr
#define RtlIntPtrToUInt16 RtlIntPtrToUShort
#define RtlIntPtrToUInt32 RtlIntPtrToUInt
#define RtlIntPtrToUInt64 RtlIntPtrToULongLong
#define RtlIntPtrToULong64 RtlIntPtrToULongLong
#define RtlIntPtrToWord RtlIntPtrToUShort
#define RtlIntToByte RtlIntToUInt8
#define RtlIntToDWord RtlIntToULong
#define RtlIntToDWord64 RtlIntToULongLong
#define RtlIntToDWordLong RtlIntToULongLong
#define RtlIntToDWordPtr RtlIntToULongPtr
#define RtlIntToInt16 RtlIntToShort
#define RtlIntToSIZET RtlIntToULongPtr
#define RtlIntToSizeT RtlIntToUIntPtr
#define RtlIntToUInt16 RtlIntToUShort
#define RtlIntToUInt64 RtlIntToULongLong
#define RtlIntToULong64 RtlIntToULongLong
#define RtlIntToWord RtlIntToUShort
#define RtlLong64ToByte RtlLongLongToUInt8
#define RtlLong64ToChar RtlLongLongToChar
#define RtlLong64ToDWord RtlLongLongToULong
#define RtlLong64ToDWordPtr RtlLongLongToULongPtr
#define RtlLong64ToInt RtlLongLongToInt
#define RtlLong64ToInt16 RtlLongLongToShort
#define RtlLong64ToInt32 RtlLongLongToInt
#define RtlLong64ToInt8 RtlLongLongToInt8
#define RtlLong64ToIntPtr RtlLongLongToIntPtr
#define RtlLong64ToLong RtlLongLongToLong
#define RtlLong64ToLongPtr RtlLongLongToLongPtr
#define RtlLong64ToPtrdiffT RtlLongLongToIntPtr
#define RtlLong64ToSIZET RtlLongLongToULongPtr
#define RtlLong64ToSSIZET RtlLongLongToLongPtr
#define RtlLong64ToShort RtlLongLongToShort
#define RtlLong64ToSizeT RtlLongLongToUIntPtr
#define RtlLong64ToUChar RtlLongLongToUChar
#define RtlLong64ToUInt RtlLongLongToUInt
#define RtlLong64ToUInt16 RtlLongLongToUShort
#define RtlLong64ToUInt32 RtlLongLongToUInt
#define RtlLong64ToUInt8 RtlLongLongToUInt8
#define RtlLong64ToUIntPtr RtlLongLongToUIntPtr
#define RtlLong64ToULong RtlLongLongToULong
#define RtlLong64ToULongLong RtlLongLongToULongLong
#define RtlLong64ToULongPtr RtlLongLongToULongPtr
#define RtlLong64ToUShort RtlLongLongToUShort
#define RtlLong64ToWord RtlLongLongToUShort
#define RtlLongLongToByte RtlLongLongToUInt8
#define RtlLongLongToDWord RtlLongLongToULong
#define RtlLongLongToDWord64 RtlLongLongToULongLong
#define RtlLongLongToDWordLong RtlLongLongToULongLong
#define RtlLongLongToDWordPtr RtlLongLongToULongPtr
#define RtlLongLongToInt16 RtlLongLongToShort
#define RtlLongLongToInt32 RtlLongLongToInt
#define RtlLongLongToPtrdiffT RtlLongLongToIntPtr
#define RtlLongLongToSIZET RtlLongLongToULongPtr
#define RtlLongLongToSSIZET RtlLongLongToLongPtr
#define RtlLongLongToSizeT RtlLongLongToUIntPtr
#define RtlLongLongToUInt16 RtlLongLongToUShort
#define RtlLongLongToUInt32 RtlLongLongToUInt
#define RtlLongLongToUInt64 RtlLongLongToULongLong
#define RtlLongLongToULong64 RtlLongLongToULongLong
#define RtlLongLongToWord RtlLongLongToUShort
#define RtlLongPtrToByte RtlLongPtrToUInt8
#define RtlLongPtrToDWord RtlLongPtrToULong
#define RtlLongPtrToDWord64 RtlLongPtrToULongLong
#define RtlLongPtrToDWordLong RtlLongPtrToULongLong
#define RtlLongPtrToDWordPtr RtlLongPtrToULongPtr
#define RtlLongPtrToInt16 RtlLongPtrToShort
#define RtlLongPtrToInt32 RtlLongPtrToInt
#define RtlLongPtrToSIZET RtlLongPtrToULongPtr
#define RtlLongPtrToSizeT RtlLongPtrToUIntPtr
#define RtlLongPtrToUInt16 RtlLongPtrToUShort
#define RtlLongPtrToUInt32 RtlLongPtrToUInt
#define RtlLongPtrToUInt64 RtlLongPtrToULongLong
#define RtlLongPtrToULong64 RtlLongPtrToULongLong
#define RtlLongPtrToWord RtlLongPtrToUShort
#define RtlLongToByte RtlLongToUInt8
#define RtlLongToDWord RtlLongToULong
#define RtlLongToDWord64 RtlLongToULongLong
#define RtlLongToDWordLong RtlLongToULongLong
#define RtlLongToDWordPtr RtlLongToULongPtr
#define RtlLongToInt16 RtlLongToShort
#define RtlLongToInt32 RtlLongToInt
#define RtlLongToPtrdiffT RtlLongToIntPtr
#define RtlLongToSIZET RtlLongToULongPtr
#define RtlLongToSizeT RtlLongToUIntPtr
#define RtlLongToUInt16 RtlLongToUShort
#define RtlLongToUInt32 RtlLongToUInt
#define RtlLongToUInt64 RtlLongToULongLong
#define RtlLongToULong64 RtlLongToULongLong
#define RtlLongToWord RtlLongToUShort
#define RtlPtrdiffTToByte RtlIntPtrToUInt8
#define RtlPtrdiffTToChar RtlIntPtrToChar
#define RtlPtrdiffTToDWord RtlIntPtrToULong
#define RtlPtrdiffTToDWord64 RtlIntPtrToULongLong
#define RtlPtrdiffTToDWordLong RtlIntPtrToULongLong
#define RtlPtrdiffTToDWordPtr RtlIntPtrToULongPtr
#define RtlPtrdiffTToInt RtlIntPtrToInt
#define RtlPtrdiffTToInt16 RtlIntPtrToShort
#define RtlPtrdiffTToInt32 RtlIntPtrToInt
#define RtlPtrdiffTToInt8 RtlIntPtrToInt8
#define RtlPtrdiffTToLong RtlIntPtrToLong
#define RtlPtrdiffTToLongPtr RtlIntPtrToLongPtr
#define RtlPtrdiffTToSIZET RtlIntPtrToULongPtr
#define RtlPtrdiffTToShort RtlIntPtrToShort
#define RtlPtrdiffTToSizeT RtlIntPtrToUIntPtr
#define RtlPtrdiffTToUChar RtlIntPtrToUChar
#define RtlPtrdiffTToUInt RtlIntPtrToUInt
#define RtlPtrdiffTToUInt16 RtlIntPtrToUShort
#define RtlPtrdiffTToUInt32 RtlIntPtrToUInt
#define RtlPtrdiffTToUInt64 RtlIntPtrToULongLong
#define RtlPtrdiffTToUInt8 RtlIntPtrToUInt8
#define RtlPtrdiffTToUIntPtr RtlIntPtrToUIntPtr
#define RtlPtrdiffTToULong RtlIntPtrToULong
#define RtlPtrdiffTToULong64 RtlIntPtrToULongLong
#define RtlPtrdiffTToULongLong RtlIntPtrToULongLong
#define RtlPtrdiffTToULongPtr RtlIntPtrToULongPtr
#define RtlPtrdiffTToUShort RtlIntPtrToUShort
#define RtlPtrdiffTToWord RtlIntPtrToUShort
#define RtlSIZETToByte RtlULongPtrToUInt8
#define RtlSIZETToChar RtlULongPtrToChar
#define RtlSIZETToDWord RtlULongPtrToULong
#define RtlSIZETToInt RtlULongPtrToInt
#define RtlSIZETToInt16 RtlULongPtrToShort
#define RtlSIZETToInt32 RtlULongPtrToInt
#define RtlSIZETToInt64 RtlULongPtrToLongLong
#define RtlSIZETToInt8 RtlULongPtrToInt8
#define RtlSIZETToIntPtr RtlULongPtrToIntPtr
#define RtlSIZETToLong RtlULongPtrToLong
#define RtlSIZETToLong64 RtlULongPtrToLongLong
#define RtlSIZETToLongLong RtlULongPtrToLongLong
#define RtlSIZETToLongPtr RtlULongPtrToLongPtr
#define RtlSIZETToPtrdiffT RtlULongPtrToIntPtr
#define RtlSIZETToSSIZET RtlULongPtrToLongPtr
#define RtlSIZETToShort RtlULongPtrToShort
#define RtlSIZETToUChar RtlULongPtrToUChar
#define RtlSIZETToUInt RtlULongPtrToUInt
#define RtlSIZETToUInt16 RtlULongPtrToUShort
#define RtlSIZETToUInt32 RtlULongPtrToUInt
#define RtlSIZETToUInt8 RtlULongPtrToUInt8
#define RtlSIZETToUIntPtr RtlULongPtrToUIntPtr
#define RtlSIZETToULong RtlULongPtrToULong
#define RtlSIZETToUShort RtlULongPtrToUShort
#define RtlSIZETToWord RtlULongPtrToUShort
#define RtlSSIZETToByte RtlLongPtrToUInt8
#define RtlSSIZETToChar RtlLongPtrToChar
#define RtlSSIZETToDWord RtlLongPtrToULong
#define RtlSSIZETToDWord64 RtlLongPtrToULongLong
#define RtlSSIZETToDWordLong RtlLongPtrToULongLong
#define RtlSSIZETToDWordPtr RtlLongPtrToULongPtr
#define RtlSSIZETToInt RtlLongPtrToInt
#define RtlSSIZETToInt16 RtlLongPtrToShort
#define RtlSSIZETToInt32 RtlLongPtrToInt
#define RtlSSIZETToInt8 RtlLongPtrToInt8
#define RtlSSIZETToIntPtr RtlLongPtrToIntPtr
#define RtlSSIZETToLong RtlLongPtrToLong
#define RtlSSIZETToSIZET RtlLongPtrToULongPtr
#define RtlSSIZETToShort RtlLongPtrToShort
#define RtlSSIZETToSizeT RtlLongPtrToUIntPtr
#define RtlSSIZETToUChar RtlLongPtrToUChar
#define RtlSSIZETToUInt RtlLongPtrToUInt
#define RtlSSIZETToUInt16 RtlLongPtrToUShort
#define RtlSSIZETToUInt32 RtlLongPtrToUInt
#define RtlSSIZETToUInt64 RtlLongPtrToULongLong
#define RtlSSIZETToUInt8 RtlLongPtrToUInt8
#define RtlSSIZETToUIntPtr RtlLongPtrToUIntPtr
#define RtlSSIZETToULong RtlLongPtrToULong
#define RtlSSIZETToULong64 RtlLongPtrToULongLong
#define RtlSSIZETToULongLong RtlLongPtrToULongLong
#define RtlSSIZETToULongPtr RtlLongPtrToULongPtr
#define RtlSSIZETToUShort RtlLongPtrToUShort
#define RtlSSIZETToWord RtlLongPtrToUShort
#define RtlShortToByte RtlShortToUInt8
#define RtlShortToDWord RtlShortToULong
#define RtlShortToDWord64 RtlShortToULongLong
#define RtlShortToDWordLong RtlShortToULongLong
#define RtlShortToSIZET RtlShortToULongPtr
#define RtlShortToSizeT RtlShortToUIntPtr
#define RtlShortToUInt16 RtlShortToUShort
#define RtlShortToUInt32 RtlShortToUInt
#define RtlShortToUInt64 RtlShortToULongLong
#define RtlShortToULong64 RtlShortToULongLong
#define RtlShortToWord RtlShortToUShort
#define RtlSizeTToByte RtlUIntPtrToUInt8
#define RtlSizeTToChar RtlUIntPtrToChar
#define RtlSizeTToDWord RtlUIntPtrToULong
#define RtlSizeTToInt RtlUIntPtrToInt
#define RtlSizeTToInt16 RtlUIntPtrToShort
#define RtlSizeTToInt32 RtlUIntPtrToInt
#define RtlSizeTToInt64 RtlUIntPtrToLongLong
#define RtlSizeTToInt8 RtlUIntPtrToInt8
#define RtlSizeTToIntPtr RtlUIntPtrToIntPtr
#define RtlSizeTToLong RtlUIntPtrToLong
#define RtlSizeTToLong64 RtlUIntPtrToLongLong
#define RtlSizeTToLongLong RtlUIntPtrToLongLong
#define RtlSizeTToLongPtr RtlUIntPtrToLongPtr
#define RtlSizeTToPtrdiffT RtlUIntPtrToIntPtr
#define RtlSizeTToSSIZET RtlUIntPtrToLongPtr
#define RtlSizeTToShort RtlUIntPtrToShort
#define RtlSizeTToUChar RtlUIntPtrToUChar
#define RtlSizeTToUInt RtlUIntPtrToUInt
#define RtlSizeTToUInt16 RtlUIntPtrToUShort
#define RtlSizeTToUInt32 RtlUIntPtrToUInt
#define RtlSizeTToUInt8 RtlUIntPtrToUInt8
#define RtlSizeTToULong RtlUIntPtrToULong
#define RtlSizeTToUShort RtlUIntPtrToUShort
#define RtlSizeTToWord RtlUIntPtrToUShort
#define RtlUInt16Add RtlUShortAdd
#define RtlUInt16Mult RtlUShortMult
#define RtlUInt16Sub RtlUShortSub
#define RtlUInt16ToByte RtlUShortToUInt8
#define RtlUInt16ToChar RtlUShortToChar
#define RtlUInt16ToInt16 RtlUShortToShort
#define RtlUInt16ToInt8 RtlUShortToInt8
#define RtlUInt16ToShort RtlUShortToShort
#define RtlUInt16ToUChar RtlUShortToUChar
#define RtlUInt16ToUInt8 RtlUShortToUInt8
#define RtlUInt32Add RtlUIntAdd
#define RtlUInt32Mult RtlUIntMult
#define RtlUInt32Sub RtlUIntSub
#define RtlUInt32ToByte RtlUInt32ToUInt8
#define RtlUInt32ToChar RtlUIntToChar
#define RtlUInt32ToInt RtlUIntToInt
#define RtlUInt32ToInt16 RtlUIntToShort
#define RtlUInt32ToInt32 RtlUIntToInt
#define RtlUInt32ToInt8 RtlUIntToInt8
#define RtlUInt32ToIntPtr RtlUIntToIntPtr
#define RtlUInt32ToLong RtlUIntToLong
#define RtlUInt32ToLongPtr RtlUIntToLongPtr
#define RtlUInt32ToPtrdiffT RtlUIntToPtrdiffT
#define RtlUInt32ToSSIZET RtlUIntToSSIZET
#define RtlUInt32ToShort RtlUIntToShort
#define RtlUInt32ToUChar RtlUIntToUChar
#define RtlUInt32ToUInt16 RtlUIntToUShort
#define RtlUInt32ToUInt8 RtlUIntToUInt8
#define RtlUInt32ToUShort RtlUIntToUShort
#define RtlUInt32ToWord RtlUIntToUShort
#define RtlUInt64Add RtlULongLongAdd
#define RtlUInt64Mult RtlULongLongMult
#define RtlUInt64Sub RtlULongLongSub
#define RtlUInt64ToByte RtlULongLongToUInt8
#define RtlUInt64ToChar RtlULongLongToChar
#define RtlUInt64ToDWord RtlULongLongToULong
#define RtlUInt64ToDWordPtr RtlULongLongToULongPtr
#define RtlUInt64ToInt RtlULongLongToInt
#define RtlUInt64ToInt16 RtlULongLongToShort
#define RtlUInt64ToInt32 RtlULongLongToInt
#define RtlUInt64ToInt64 RtlULongLongToLongLong
#define RtlUInt64ToInt8 RtlULongLongToInt8
#define RtlUInt64ToIntPtr RtlULongLongToIntPtr
#define RtlUInt64ToLong RtlULongLongToLong
#define RtlUInt64ToLong64 RtlULongLongToLongLong
#define RtlUInt64ToLongLong RtlULongLongToLongLong
#define RtlUInt64ToLongPtr RtlULongLongToLongPtr
#define RtlUInt64ToPtrdiffT RtlULongLongToIntPtr
#define RtlUInt64ToSIZET RtlULongLongToULongPtr
#define RtlUInt64ToSSIZET RtlULongLongToLongPtr
#define RtlUInt64ToShort RtlULongLongToShort
#define RtlUInt64ToSizeT RtlULongLongToUIntPtr
#define RtlUInt64ToUChar RtlULongLongToUChar
#define RtlUInt64ToUInt RtlULongLongToUInt
#define RtlUInt64ToUInt16 RtlULongLongToUShort
#define RtlUInt64ToUInt32 RtlULongLongToUInt
#define RtlUInt64ToUInt8 RtlULongLongToUInt8
#define RtlUInt64ToUIntPtr RtlULongLongToUIntPtr
#define RtlUInt64ToULong RtlULongLongToULong
#define RtlUInt64ToULongPtr RtlULongLongToULongPtr
#define RtlUInt64ToUShort RtlULongLongToUShort
#define RtlUInt64ToWord RtlULongLongToUShort
#define RtlUIntPtrToByte RtlUIntPtrToUInt8
#define RtlUIntPtrToDWord RtlUIntPtrToULong
#define RtlUIntPtrToInt32 RtlUIntPtrToInt
#define RtlUIntPtrToInt64 RtlUIntPtrToLongLong
#define RtlUIntPtrToLong64 RtlUIntPtrToLongLong
#define RtlUIntPtrToPtrdiffT RtlUIntPtrToIntPtr
#define RtlUIntPtrToSSIZET RtlUIntPtrToLongPtr
#define RtlUIntPtrToUInt32 RtlUIntPtrToUInt
#define RtlUIntPtrToWord RtlUIntPtrToUShort
#define RtlUIntToByte RtlUIntToUInt8
#define RtlUIntToInt16 RtlUIntToShort
#define RtlUIntToInt32 RtlUIntToInt
#define RtlUIntToPtrdiffT RtlUIntToIntPtr
#define RtlUIntToSSIZET RtlUIntToLongPtr
#define RtlUIntToUInt16 RtlUIntToUShort
#define RtlUIntToWord RtlUIntToUShort
#define RtlULong64Add RtlULongLongAdd
#define RtlULong64Mult RtlULongLongMult
#define RtlULong64Sub RtlULongLongSub
#define RtlULong64ToByte RtlULongLongToUInt8
#define RtlULong64ToChar RtlULongLongToChar
#define RtlULong64ToDWord RtlULongLongToULong
#define RtlULong64ToDWordPtr RtlULongLongToULongPtr
#define RtlULong64ToInt RtlULongLongToInt
#define RtlULong64ToInt16 RtlULongLongToShort
#define RtlULong64ToInt32 RtlULongLongToInt
#define RtlULong64ToInt64 RtlULongLongToLongLong
#define RtlULong64ToInt8 RtlULongLongToInt8
#define RtlULong64ToIntPtr RtlULongLongToIntPtr
#define RtlULong64ToLong RtlULongLongToLong
#define RtlULong64ToLong64 RtlULongLongToLongLong
#define RtlULong64ToLongLong RtlULongLongToLongLong
#define RtlULong64ToLongPtr RtlULongLongToLongPtr
#define RtlULong64ToPtrdiffT RtlULongLongToIntPtr
#define RtlULong64ToSIZET RtlULongLongToULongPtr
#define RtlULong64ToSSIZET RtlULongLongToLongPtr
#define RtlULong64ToShort RtlULongLongToShort
#define RtlULong64ToSizeT RtlULongLongToUIntPtr
#define RtlULong64ToUChar RtlULongLongToUChar
#define RtlULong64ToUInt RtlULongLongToUInt
#define RtlULong64ToUInt16 RtlULongLongToUShort
#define RtlULong64ToUInt32 RtlULongLongToUInt
#define RtlULong64ToUInt8 RtlULongLongToUInt8
#define RtlULong64ToUIntPtr RtlULongLongToUIntPtr
#define RtlULong64ToULong RtlULongLongToULong
#define RtlULong64ToULongPtr RtlULongLongToULongPtr
#define RtlULong64ToUShort RtlULongLongToUShort
#define RtlULong64ToWord RtlULongLongToUShort
#define RtlULongLongToByte RtlULongLongToUInt8
#define RtlULongLongToDWord RtlULongLongToULong
#define RtlULongLongToDWordPtr RtlULongLongToULongPtr
#define RtlULongLongToInt16 RtlULongLongToShort
#define RtlULongLongToInt32 RtlULongLongToInt
#define RtlULongLongToInt64 RtlULongLongToLongLong
#define RtlULongLongToLong64 RtlULongLongToLongLong
#define RtlULongLongToPtrdiffT RtlULongLongToIntPtr
#define RtlULongLongToSIZET RtlULongLongToULongPtr
#define RtlULongLongToSSIZET RtlULongLongToLongPtr
#define RtlULongLongToSizeT RtlULongLongToUIntPtr
#define RtlULongLongToUInt16 RtlULongLongToUShort
#define RtlULongLongToUInt32 RtlULongLongToUInt
#define RtlULongLongToWord RtlULongLongToUShort
#define RtlULongPtrToByte RtlULongPtrToUInt8
#define RtlULongPtrToDWord RtlULongPtrToULong
#define RtlULongPtrToInt16 RtlULongPtrToShort
#define RtlULongPtrToInt32 RtlULongPtrToInt
#define RtlULongPtrToInt64 RtlULongPtrToLongLong
#define RtlULongPtrToLong64 RtlULongPtrToLongLong
#define RtlULongPtrToPtrdiffT RtlULongPtrToIntPtr
#define RtlULongPtrToSSIZET RtlULongPtrToLongPtr
#define RtlULongPtrToUInt16 RtlULongPtrToUShort
#define RtlULongPtrToUInt32 RtlULongPtrToUInt
#define RtlULongPtrToWord RtlULongPtrToUShort
#define RtlULongToByte RtlULongToUInt8
#define RtlULongToInt16 RtlULongToShort
#define RtlULongToInt32 RtlULongToInt
#define RtlULongToPtrdiffT RtlULongToIntPtr
#define RtlULongToSSIZET RtlULongToLongPtr
#define RtlULongToUInt16 RtlULongToUShort
#define RtlULongToUInt32 RtlULongToUInt
#define RtlULongToWord RtlULongToUShort
#define RtlUShortToByte RtlUShortToUInt8
#define RtlUShortToInt16 RtlUShortToShort
#define RtlWordAdd RtlUShortAdd
#define RtlWordMult RtlUShortMult
#define RtlWordSub RtlUShortSub
#define RtlWordToByte RtlUShortToUInt8
#define RtlWordToChar RtlUShortToChar
#define RtlWordToInt16 RtlUShortToShort
#define RtlWordToInt8 RtlUShortToInt8
#define RtlWordToShort RtlUShortToShort
#define RtlWordToUChar RtlUShortToUChar
#define RtlWordToUInt8 RtlUShortToUInt8

/* Spellings whose routine depends on the pointer size. */
#if DDK_INTSAFE_64
#define RtlIntToUIntPtr RtlIntToULongLong
#define RtlIntToULongPtr RtlIntToULongLong
#define RtlLongLongToUIntPtr RtlLongLongToULongLong
#define RtlLongLongToULongPtr RtlLongLongToULongLong
#define RtlULongLongToIntPtr RtlULongLongToLongLong
#else
#define RtlIntToUIntPtr RtlIntToUInt
#define RtlIntToULongPtr RtlIntToULong
#define RtlLongLongToUIntPtr RtlLongLongToUInt
#define RtlLongLongToULongPtr RtlLongLongToULong
#define RtlULongLongToIntPtr RtlULongLongToInt
#endif

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NTINTSAFE_H */

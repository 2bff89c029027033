/*
 * crt/limits.h - integer limits, for driver builds that pass -nostdinc.
 * Part of the ddicheck header set; LONG is 32 bits on Windows targets.
 */
#ifndef DDICHECK_CRT_LIMITS_H
#define DDICHECK_CRT_LIMITS_H

#define CHAR_BIT __CHAR_BIT__
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 0xff
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 0xffff
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 0xffffffffU
#define LONG_MIN (-__LONG_MAX__ - 1L)
#define LONG_MAX __LONG_MAX__
#define ULONG_MAX (__LONG_MAX__ * 2UL + 1UL)
#define LLONG_MIN (-9223372036854775807LL - 1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 0xffffffffffffffffULL
#define _I64_MIN LLONG_MIN
#define _I64_MAX LLONG_MAX
#define _UI64_MAX ULLONG_MAX
#define MB_LEN_MAX 5

#endif /* DDICHECK_CRT_LIMITS_H */

/*
 * crt/stddef.h - size_t, ptrdiff_t, wchar_t, NULL and offsetof, for driver
 * builds that pass -nostdinc. Part of the ddicheck header set.
 */
#ifndef DDICHECK_CRT_STDDEF_H
#define DDICHECK_CRT_STDDEF_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef _PTRDIFF_T_DEFINED
#define _PTRDIFF_T_DEFINED
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif
#if !defined(__cplusplus) && !defined(_WCHAR_T_DEFINED)
#define _WCHAR_T_DEFINED
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL 0
#else
#define NULL ((void *)0)
#endif
#endif
#ifndef offsetof
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif

#endif /* DDICHECK_CRT_STDDEF_H */

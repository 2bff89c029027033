/*
 * crt/stdarg.h - variable argument lists, for driver builds that pass
 * -nostdinc (the kernel build environment's C headers are not used). Part of
 * the ddicheck header set; the compiler's builtins do the work.
 */
#ifndef DDICHECK_CRT_STDARG_H
#define DDICHECK_CRT_STDARG_H

#ifndef _VA_LIST_DEFINED
#define _VA_LIST_DEFINED
typedef __builtin_va_list va_list;
#endif
#ifndef va_start
#define va_start(ap, param) __builtin_va_start(ap, param)
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#endif

#endif /* DDICHECK_CRT_STDARG_H */

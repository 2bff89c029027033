/*
 * ddk_crt.h - the C run-time subset that kernel-mode drivers may call:
 * variable arguments, memory and string routines, formatted output.
 *
 * Written for ddicheck from the C standard and the kernel-mode CRT notes on
 * learn.microsoft.com; the text is our own. Included by ddk_rtl.h (so by
 * <wdm.h>, as the WDK's wdm.h includes <string.h>) and by the substitutes in
 * crt/ (for builds that pass -nostdinc).
 *
 * The prototypes are those of the C standard (compatible with a hosted C
 * library's own declarations, so host programs may include both). Of the C
 * headers' types only va_list is defined here (the WDK's wdm.h provides it
 * too, and drivers rely on that); it is the compiler's own type, so a later
 * <stdarg.h> redefines it to the same type. offsetof and wchar_t are not.
 * Limits: no locale, stream or file routines; the wide-character routines
 * are declared for Windows targets only, where wchar_t is 16 bits.
 */
#ifndef DDICHECK_DDK_CRT_H
#define DDICHECK_DDK_CRT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef __SIZE_TYPE__ ddicheck_crt_size_t;

#ifndef _VA_LIST_DEFINED
#define _VA_LIST_DEFINED
typedef __builtin_va_list va_list;
#endif
/* Windows targets: the WDK's wdm.h brings in the va_* macros as well. */
#if defined(_WIN32) && !defined(va_start)
#define va_start(ap, param) __builtin_va_start(ap, param)
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#endif

void *memcpy(void *dest, const void *src, ddicheck_crt_size_t count);
void *memmove(void *dest, const void *src, ddicheck_crt_size_t count);
void *memset(void *dest, int c, ddicheck_crt_size_t count);
int memcmp(const void *buf1, const void *buf2, ddicheck_crt_size_t count);
void *memchr(const void *buf, int c, ddicheck_crt_size_t count);

ddicheck_crt_size_t strlen(const char *str);
ddicheck_crt_size_t strnlen(const char *str, ddicheck_crt_size_t maxlen);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, ddicheck_crt_size_t count);
char *strcat(char *dest, const char *src);
char *strncat(char *dest, const char *src, ddicheck_crt_size_t count);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, ddicheck_crt_size_t count);
char *strchr(const char *str, int c);
char *strrchr(const char *str, int c);
char *strstr(const char *str, const char *sub);
int _stricmp(const char *s1, const char *s2);
int _strnicmp(const char *s1, const char *s2, ddicheck_crt_size_t count);

int sprintf(char *buffer, const char *format, ...);
int _snprintf(char *buffer, ddicheck_crt_size_t count, const char *format, ...);
int vsprintf(char *buffer, const char *format, __builtin_va_list args);
int _vsnprintf(char *buffer, ddicheck_crt_size_t count, const char *format,
               __builtin_va_list args);
/* Wide-character routines: Windows targets only, where wchar_t is 16 bits. */
#if defined(_WIN32)
ddicheck_crt_size_t wcslen(const __WCHAR_TYPE__ *str);
ddicheck_crt_size_t wcsnlen(const __WCHAR_TYPE__ *str, ddicheck_crt_size_t maxlen);
__WCHAR_TYPE__ *wcscpy(__WCHAR_TYPE__ *dest, const __WCHAR_TYPE__ *src);
__WCHAR_TYPE__ *wcsncpy(__WCHAR_TYPE__ *dest, const __WCHAR_TYPE__ *src, ddicheck_crt_size_t count);
__WCHAR_TYPE__ *wcscat(__WCHAR_TYPE__ *dest, const __WCHAR_TYPE__ *src);
__WCHAR_TYPE__ *wcsncat(__WCHAR_TYPE__ *dest, const __WCHAR_TYPE__ *src, ddicheck_crt_size_t count);
int wcscmp(const __WCHAR_TYPE__ *s1, const __WCHAR_TYPE__ *s2);
int wcsncmp(const __WCHAR_TYPE__ *s1, const __WCHAR_TYPE__ *s2, ddicheck_crt_size_t count);
__WCHAR_TYPE__ *wcschr(const __WCHAR_TYPE__ *str, __WCHAR_TYPE__ c);
__WCHAR_TYPE__ *wcsrchr(const __WCHAR_TYPE__ *str, __WCHAR_TYPE__ c);
__WCHAR_TYPE__ *wcsstr(const __WCHAR_TYPE__ *str, const __WCHAR_TYPE__ *sub);
int _wcsicmp(const __WCHAR_TYPE__ *s1, const __WCHAR_TYPE__ *s2);
int _wcsnicmp(const __WCHAR_TYPE__ *s1, const __WCHAR_TYPE__ *s2, ddicheck_crt_size_t count);

int swprintf(__WCHAR_TYPE__ *buffer, const __WCHAR_TYPE__ *format, ...);
int _snwprintf(__WCHAR_TYPE__ *buffer, ddicheck_crt_size_t count, const __WCHAR_TYPE__ *format, ...);
int _vsnwprintf(__WCHAR_TYPE__ *buffer, ddicheck_crt_size_t count, const __WCHAR_TYPE__ *format,
                __builtin_va_list args);
#endif

#ifdef __cplusplus
}
#endif


#endif /* DDICHECK_DDK_CRT_H */

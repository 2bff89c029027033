/*
 * crt/stdlib.h - conversion and utility routines of the kernel-mode C
 * run-time, for driver builds that pass -nostdinc. Part of the ddicheck
 * header set; no heap, environment or process routines.
 */
#ifndef DDICHECK_CRT_STDLIB_H
#define DDICHECK_CRT_STDLIB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int abs(int n);
long labs(long n);
int atoi(const char *str);
long atol(const char *str);
long strtol(const char *str, char **end, int base);
unsigned long strtoul(const char *str, char **end, int base);
void qsort(void *base, size_t count, size_t size,
           int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));
unsigned short _byteswap_ushort(unsigned short value);
unsigned long _byteswap_ulong(unsigned long value);
unsigned long long _byteswap_uint64(unsigned long long value);
unsigned int _rotl(unsigned int value, int shift);
unsigned int _rotr(unsigned int value, int shift);

#ifdef __cplusplus
}
#endif

#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif

#endif /* DDICHECK_CRT_STDLIB_H */

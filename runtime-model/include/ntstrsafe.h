/*
 * ntstrsafe.h - the kernel-mode safe string routines: byte-counted (Cb) and
 * character-counted (Cch) copy, append, formatted output and length for
 * ANSI (A) and wide (W) buffers, and the UNICODE_STRING routines, each
 * returning an NTSTATUS (STATUS_SUCCESS, STATUS_BUFFER_OVERFLOW on
 * truncation, STATUS_INVALID_PARAMETER).
 *
 * Written for ddicheck from the ntstrsafe.h reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/ntstrsafe/);
 * names, parameter lists, flag values and IRQL requirements (PASSIVE_LEVEL
 * for every routine) follow it, the text and grouping are our own.
 *
 * Limits: the routines are declared, not defined (the WDK defines them
 * inline); the CRT routines they replace are not deprecated here.
 */
#ifndef DDICHECK_NTSTRSAFE_H
#define DDICHECK_NTSTRSAFE_H

#include "wdm.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NTSTRSAFEDDI extern NTSTATUS NTAPI
/* The variadic routines use the C calling convention. */
#define NTSTRSAFEDDIV extern NTSTATUS

/* Largest buffer, in characters, the routines accept (INT_MAX). */
#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_MAX_LENGTH (NTSTRSAFE_MAX_CCH - 1)
/* Largest UNICODE_STRING buffer, in characters. */
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(WCHAR))

/* dwFlags of the *Ex routines; the low byte is the fill pattern. */
#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
/* UNICODE_STRING forms of two of them. */
#define STRSAFE_FILL_BEHIND 0x00000200
#define STRSAFE_ZERO_LENGTH_ON_FAILURE 0x00000800
#define STRSAFE_VALID_FLAGS                                                                        \
    (0x000000FF | STRSAFE_IGNORE_NULLS | STRSAFE_FILL_BEHIND_NULL | STRSAFE_FILL_ON_FAILURE |      \
     STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION)
#define STRSAFE_UNICODE_STRING_VALID_FLAGS                                                         \
    (0x000000FF | STRSAFE_IGNORE_NULLS | STRSAFE_FILL_BEHIND | STRSAFE_FILL_ON_FAILURE |           \
     STRSAFE_ZERO_LENGTH_ON_FAILURE | STRSAFE_NO_TRUNCATION)
#define STRSAFE_FILL_BYTE(x) ((DWORD)(((x) & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STRSAFE_FAILURE_BYTE(x) ((DWORD)(((x) & 0x000000FF) | STRSAFE_FILL_ON_FAILURE))
#define STRSAFE_GET_FILL_PATTERN(dwFlags) ((int)((dwFlags) & 0x000000FF))

/* Null-terminated buffers, and (NZ) buffers that need not be terminated. */
typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef WCHAR *NTSTRSAFE_PWSTR;
typedef const WCHAR *NTSTRSAFE_PCWSTR;
typedef const WCHAR UNALIGNED *NTSTRSAFE_PCUWSTR;
typedef const char *STRSAFE_PCNZCH;
typedef const WCHAR *STRSAFE_PCNZWCH;
typedef const WCHAR UNALIGNED *STRSAFE_PCUNZWCH;

/* Copy into a buffer (strcpy/strncpy replacements). */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyA(NTSTRSAFE_PSTR pszDest, size_t cbDest, NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyA(NTSTRSAFE_PSTR pszDest, size_t cchDest, NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                               NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyExA(NTSTRSAFE_PSTR pszDest, size_t cbDest, NTSTRSAFE_PCSTR pszSrc,
                                NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcbRemaining,
                                DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, NTSTRSAFE_PCWSTR pszSrc,
                                NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcbRemaining,
                                DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyExA(NTSTRSAFE_PSTR pszDest, size_t cchDest, NTSTRSAFE_PCSTR pszSrc,
                                 NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcchRemaining,
                                 DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyExW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                 NTSTRSAFE_PCWSTR pszSrc, NTSTRSAFE_PWSTR *ppszDestEnd,
                                 size_t *pcchRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyNA(NTSTRSAFE_PSTR pszDest, size_t cbDest, STRSAFE_PCNZCH pszSrc,
                               size_t cbToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyNW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, STRSAFE_PCNZWCH pszSrc,
                               size_t cbToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyNA(NTSTRSAFE_PSTR pszDest, size_t cchDest, STRSAFE_PCNZCH pszSrc,
                                size_t cchToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyNW(NTSTRSAFE_PWSTR pszDest, size_t cchDest, STRSAFE_PCNZWCH pszSrc,
                                size_t cchToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyNExA(NTSTRSAFE_PSTR pszDest, size_t cbDest, STRSAFE_PCNZCH pszSrc,
                                 size_t cbToCopy, NTSTRSAFE_PSTR *ppszDestEnd,
                                 size_t *pcbRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyNExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, STRSAFE_PCNZWCH pszSrc,
                                 size_t cbToCopy, NTSTRSAFE_PWSTR *ppszDestEnd,
                                 size_t *pcbRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyNExA(NTSTRSAFE_PSTR pszDest, size_t cchDest, STRSAFE_PCNZCH pszSrc,
                                  size_t cchToCopy, NTSTRSAFE_PSTR *ppszDestEnd,
                                  size_t *pcchRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyNExW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                  STRSAFE_PCNZWCH pszSrc, size_t cchToCopy,
                                  NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcchRemaining,
                                  DWORD dwFlags);

/* Append to a buffer (strcat/strncat replacements). */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatA(NTSTRSAFE_PSTR pszDest, size_t cbDest, NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatA(NTSTRSAFE_PSTR pszDest, size_t cchDest, NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatW(NTSTRSAFE_PWSTR pszDest, size_t cchDest, NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatExA(NTSTRSAFE_PSTR pszDest, size_t cbDest, NTSTRSAFE_PCSTR pszSrc,
                               NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcbRemaining,
                               DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, NTSTRSAFE_PCWSTR pszSrc,
                               NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcbRemaining,
                               DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatExA(NTSTRSAFE_PSTR pszDest, size_t cchDest, NTSTRSAFE_PCSTR pszSrc,
                                NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcchRemaining,
                                DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatExW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                NTSTRSAFE_PCWSTR pszSrc, NTSTRSAFE_PWSTR *ppszDestEnd,
                                size_t *pcchRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatNA(NTSTRSAFE_PSTR pszDest, size_t cbDest, STRSAFE_PCNZCH pszSrc,
                              size_t cbToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatNW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, STRSAFE_PCNZWCH pszSrc,
                              size_t cbToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatNA(NTSTRSAFE_PSTR pszDest, size_t cchDest, STRSAFE_PCNZCH pszSrc,
                               size_t cchToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatNW(NTSTRSAFE_PWSTR pszDest, size_t cchDest, STRSAFE_PCNZWCH pszSrc,
                               size_t cchToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatNExA(NTSTRSAFE_PSTR pszDest, size_t cbDest, STRSAFE_PCNZCH pszSrc,
                                size_t cbToAppend, NTSTRSAFE_PSTR *ppszDestEnd,
                                size_t *pcbRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCatNExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest, STRSAFE_PCNZWCH pszSrc,
                                size_t cbToAppend, NTSTRSAFE_PWSTR *ppszDestEnd,
                                size_t *pcbRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatNExA(NTSTRSAFE_PSTR pszDest, size_t cchDest, STRSAFE_PCNZCH pszSrc,
                                 size_t cchToAppend, NTSTRSAFE_PSTR *ppszDestEnd,
                                 size_t *pcchRemaining, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCatNExW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                 STRSAFE_PCNZWCH pszSrc, size_t cchToAppend,
                                 NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcchRemaining,
                                 DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCatN(PUNICODE_STRING DestinationString,
                                    PCUNICODE_STRING SourceString, size_t cbToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCatNEx(PUNICODE_STRING DestinationString,
                                      PCUNICODE_STRING SourceString, size_t cbToAppend,
                                      PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCatStringN(PUNICODE_STRING DestinationString,
                                          NTSTRSAFE_PCWSTR pszSrc, size_t cbToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCatStringNEx(PUNICODE_STRING DestinationString,
                                            NTSTRSAFE_PCWSTR pszSrc, size_t cbToAppend,
                                            PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCatN(PUNICODE_STRING DestinationString,
                                     PCUNICODE_STRING SourceString, size_t cchToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCatNEx(PUNICODE_STRING DestinationString,
                                       PCUNICODE_STRING SourceString, size_t cchToAppend,
                                       PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCatStringN(PUNICODE_STRING DestinationString,
                                           NTSTRSAFE_PCWSTR pszSrc, size_t cchToAppend);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCatStringNEx(PUNICODE_STRING DestinationString,
                                             NTSTRSAFE_PCWSTR pszSrc, size_t cchToAppend,
                                             PUNICODE_STRING RemainingString, DWORD dwFlags);

/* Formatted output (sprintf/vsprintf replacements). */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCbPrintfA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                                 NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCbPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                 NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCchPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                  NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCchPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                  NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCbPrintfExA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                                   NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcbRemaining,
                                   DWORD dwFlags, NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCbPrintfExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                   NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcbRemaining,
                                   DWORD dwFlags, NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCchPrintfExA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                    NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcchRemaining,
                                    DWORD dwFlags, NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlStringCchPrintfExW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                    NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcchRemaining,
                                    DWORD dwFlags, NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbVPrintfA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                                 NTSTRSAFE_PCSTR pszFormat, __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbVPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                 NTSTRSAFE_PCWSTR pszFormat, __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchVPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                  NTSTRSAFE_PCSTR pszFormat, __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchVPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                  NTSTRSAFE_PCWSTR pszFormat, __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbVPrintfExA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                                   NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcbRemaining,
                                   DWORD dwFlags, NTSTRSAFE_PCSTR pszFormat,
                                   __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbVPrintfExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                   NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcbRemaining,
                                   DWORD dwFlags, NTSTRSAFE_PCWSTR pszFormat,
                                   __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchVPrintfExA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                                    NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcchRemaining,
                                    DWORD dwFlags, NTSTRSAFE_PCSTR pszFormat,
                                    __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchVPrintfExW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                    NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcchRemaining,
                                    DWORD dwFlags, NTSTRSAFE_PCWSTR pszFormat,
                                    __builtin_va_list argList);

/* Length of a buffer string (strlen replacement). */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbLengthA(STRSAFE_PCNZCH psz, size_t cbMax, size_t *pcbLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbLengthW(STRSAFE_PCNZWCH psz, size_t cbMax, size_t *pcbLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnalignedStringCbLengthW(STRSAFE_PCUNZWCH psz, size_t cbMax, size_t *pcbLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchLengthA(STRSAFE_PCNZCH psz, size_t cchMax, size_t *pcchLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchLengthW(STRSAFE_PCNZWCH psz, size_t cchMax, size_t *pcchLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnalignedStringCchLengthW(STRSAFE_PCUNZWCH psz, size_t cchMax,
                                          size_t *pcchLength);

/* UNICODE_STRING into a buffer. */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyUnicodeString(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                          PCUNICODE_STRING SourceString);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCbCopyUnicodeStringEx(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                            PCUNICODE_STRING SourceString,
                                            NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcbRemaining,
                                            DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyUnicodeString(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                           PCUNICODE_STRING SourceString);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlStringCchCopyUnicodeStringEx(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                             PCUNICODE_STRING SourceString,
                                             NTSTRSAFE_PWSTR *ppszDestEnd,
                                             size_t *pcchRemaining, DWORD dwFlags);

/* UNICODE_STRING routines. */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCat(PUNICODE_STRING DestinationString,
                                 PCUNICODE_STRING SourceString);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCatEx(PUNICODE_STRING DestinationString,
                                   PCUNICODE_STRING SourceString,
                                   PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCatString(PUNICODE_STRING DestinationString,
                                       NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCatStringEx(PUNICODE_STRING DestinationString,
                                         NTSTRSAFE_PCWSTR pszSrc,
                                         PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCopyN(PUNICODE_STRING DestinationString,
                                     PCUNICODE_STRING SourceString, size_t cbToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCopyNEx(PUNICODE_STRING DestinationString,
                                       PCUNICODE_STRING SourceString, size_t cbToCopy,
                                       PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCopyStringN(PUNICODE_STRING DestinationString,
                                           NTSTRSAFE_PCWSTR pszSrc, size_t cbToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCbCopyStringNEx(PUNICODE_STRING DestinationString,
                                             NTSTRSAFE_PCWSTR pszSrc, size_t cbToCopy,
                                             PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCopyN(PUNICODE_STRING DestinationString,
                                      PCUNICODE_STRING SourceString, size_t cchToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCopyNEx(PUNICODE_STRING DestinationString,
                                        PCUNICODE_STRING SourceString, size_t cchToCopy,
                                        PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCopyStringN(PUNICODE_STRING DestinationString,
                                            NTSTRSAFE_PCWSTR pszSrc, size_t cchToCopy);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCchCopyStringNEx(PUNICODE_STRING DestinationString,
                                              NTSTRSAFE_PCWSTR pszSrc, size_t cchToCopy,
                                              PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCopy(PUNICODE_STRING DestinationString,
                                  PCUNICODE_STRING SourceString);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCopyEx(PUNICODE_STRING DestinationString,
                                    PCUNICODE_STRING SourceString,
                                    PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCopyString(PUNICODE_STRING DestinationString,
                                        NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringCopyStringEx(PUNICODE_STRING DestinationString,
                                          NTSTRSAFE_PCWSTR pszSrc,
                                          PUNICODE_STRING RemainingString, DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringInit(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringInitEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                    DWORD dwFlags);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlUnicodeStringPrintf(PUNICODE_STRING DestinationString,
                                     NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDIV RtlUnicodeStringPrintfEx(PUNICODE_STRING DestinationString,
                                       PUNICODE_STRING RemainingString, DWORD dwFlags,
                                       NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringVPrintf(PUNICODE_STRING DestinationString,
                                     NTSTRSAFE_PCWSTR pszFormat, __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringVPrintfEx(PUNICODE_STRING DestinationString,
                                       PUNICODE_STRING RemainingString, DWORD dwFlags,
                                       NTSTRSAFE_PCWSTR pszFormat, __builtin_va_list argList);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringValidate(PCUNICODE_STRING SourceString);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTRSAFEDDI RtlUnicodeStringValidateEx(PCUNICODE_STRING SourceString, DWORD dwFlags);
#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NTSTRSAFE_H */

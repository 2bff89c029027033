/*
 * ddk_rtl.h - run-time library routines of the ddicheck header set: memory
 * and string helpers, counted strings, integer conversion, registry queries,
 * byte order and bit scanning, bitmaps, version queries, and the debugger
 * output routines (DbgPrint, KdPrint).
 *
 * Written for ddicheck from the Rtl and Dbg reference pages on
 * learn.microsoft.com (https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/);
 * names, parameter lists, constant values and IRQL requirements follow it,
 * the text is our own. Included by <wdm.h>.
 *
 * Limits: RtlCopyMemory and friends expand to the C library routines, as in
 * the WDK; KdPrint expands to DbgPrint only when DBG is nonzero.
 */
#ifndef DDICHECK_DDK_RTL_H
#define DDICHECK_DDK_RTL_H

#include "ddk_types.h"
#include "ddk_crt.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DBG
#define DBG 0
#endif

/* ------------------------------------------------------------------------
 * Memory: any IRQL on nonpaged memory.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-rtlcopymemory
 * ------------------------------------------------------------------------ */

#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define RtlEqualMemory(Source1, Source2, Length) (!memcmp((Source1), (Source2), (Length)))
#define RtlCopyBytes RtlCopyMemory
#define RtlZeroBytes RtlZeroMemory
#define RtlFillBytes RtlFillMemory
#define RtlCopyMemoryNonTemporal RtlCopyMemory

_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI SIZE_T NTAPI RtlCompareMemory(const VOID *Source1, const VOID *Source2,
                                       SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE PVOID RtlSecureZeroMemory(PVOID Ptr, SIZE_T Count)
{
    volatile char *p = (volatile char *)Ptr;
    while (Count--)
        *p++ = 0;
    return Ptr;
}

#define RTL_NUMBER_OF_V1(A) (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF_V1(A)
#define RTL_BITS_OF(sizeOfArg) (sizeof(sizeOfArg) * 8)
#define RTL_BITS_OF_FIELD(type, field) (RTL_BITS_OF(RTL_FIELD_TYPE(type, field)))
#define RTL_FIELD_TYPE(type, field) (((type *)0)->field)
#define RTL_NUMBER_OF_FIELD(type, field) (RTL_NUMBER_OF(RTL_FIELD_TYPE(type, field)))
#define RTL_PADDING_BETWEEN_FIELDS(T, F1, F2)                                        \
    ((FIELD_OFFSET(T, F2) > FIELD_OFFSET(T, F1))                                      \
         ? (FIELD_OFFSET(T, F2) - FIELD_OFFSET(T, F1) - RTL_FIELD_SIZE(T, F1))        \
         : (FIELD_OFFSET(T, F1) - FIELD_OFFSET(T, F2) - RTL_FIELD_SIZE(T, F2)))
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment)-1))
#define ALIGN_UP_BY(length, alignment) \
    (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment)-1), (alignment)))
#define ALIGN_DOWN_POINTER_BY(address, alignment) \
    ((PVOID)((ULONG_PTR)(address) & ~((ULONG_PTR)(alignment)-1)))
#define ALIGN_UP_POINTER_BY(address, alignment) \
    (ALIGN_DOWN_POINTER_BY(((ULONG_PTR)(address) + (alignment)-1), (alignment)))
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))

/* ------------------------------------------------------------------------
 * Counted strings
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-rtlinitunicodestring
 * Init/copy/append/compare: <= DISPATCH_LEVEL on nonpaged buffers.
 * Conversions, case mapping, allocation and integer conversion:
 * PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSYSAPI VOID NTAPI RtlInitUnicodeString(PUNICODE_STRING DestinationString,
                                         PCWSTR SourceString);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlInitAnsiString(PANSI_STRING DestinationString, PCSZ SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSYSAPI VOID NTAPI RtlInitString(PSTRING DestinationString, PCSZ SourceString);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlCopyUnicodeString(PUNICODE_STRING DestinationString,
                                         PCUNICODE_STRING SourceString);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlCopyString(PSTRING DestinationString, const STRING *SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeStringToString(PUNICODE_STRING Destination,
                                                       PCUNICODE_STRING Source);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlAppendUnicodeToString(PUNICODE_STRING Destination, PCWSTR Source);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI BOOLEAN NTAPI RtlEqualUnicodeString(PCUNICODE_STRING String1,
                                             PCUNICODE_STRING String2,
                                             BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI LONG NTAPI RtlCompareUnicodeString(PCUNICODE_STRING String1,
                                            PCUNICODE_STRING String2,
                                            BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI BOOLEAN NTAPI RtlEqualString(const STRING *String1, const STRING *String2,
                                      BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI BOOLEAN NTAPI RtlPrefixUnicodeString(PCUNICODE_STRING String1,
                                              PCUNICODE_STRING String2,
                                              BOOLEAN CaseInSensitive);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlUpcaseUnicodeString(PUNICODE_STRING DestinationString,
                                               PCUNICODE_STRING SourceString,
                                               BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlDowncaseUnicodeString(PUNICODE_STRING DestinationString,
                                                 PCUNICODE_STRING SourceString,
                                                 BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI WCHAR NTAPI RtlUpcaseUnicodeChar(WCHAR SourceCharacter);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI CHAR NTAPI RtlUpperChar(CHAR Character);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlAnsiStringToUnicodeString(PUNICODE_STRING DestinationString,
                                                     PCANSI_STRING SourceString,
                                                     BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToAnsiString(PANSI_STRING DestinationString,
                                                     PCUNICODE_STRING SourceString,
                                                     BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI VOID NTAPI RtlFreeUnicodeString(PUNICODE_STRING UnicodeString);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI VOID NTAPI RtlFreeAnsiString(PANSI_STRING AnsiString);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlIntegerToUnicodeString(ULONG Value, ULONG Base,
                                                  PUNICODE_STRING String);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlInt64ToUnicodeString(ULONGLONG Value, ULONG Base,
                                                PUNICODE_STRING String);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlUnicodeStringToInteger(PCUNICODE_STRING String, ULONG Base,
                                                  PULONG Value);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlCharToInteger(PCSZ String, ULONG Base, PULONG Value);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlStringFromGUID(const GUID *Guid, PUNICODE_STRING GuidString);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlGUIDFromString(PCUNICODE_STRING GuidString, GUID *Guid);

#define RtlEqualLuid(L1, L2) \
    (((L1)->LowPart == (L2)->LowPart) && ((L1)->HighPart == (L2)->HighPart))
#define IsEqualGUID(a, b) (!memcmp((a), (b), sizeof(GUID)))
#define InlineIsEqualGUID IsEqualGUID
#define RtlEqualGuid IsEqualGUID

/* ------------------------------------------------------------------------
 * Registry queries (PASSIVE_LEVEL)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-rtlqueryregistryvalues
 * ------------------------------------------------------------------------ */

typedef _Function_class_(RTL_QUERY_REGISTRY_ROUTINE) NTSTATUS
RTL_QUERY_REGISTRY_ROUTINE(PWSTR ValueName, ULONG ValueType, PVOID ValueData,
                           ULONG ValueLength, PVOID Context, PVOID EntryContext);
typedef RTL_QUERY_REGISTRY_ROUTINE *PRTL_QUERY_REGISTRY_ROUTINE;

typedef struct _RTL_QUERY_REGISTRY_TABLE {
    PRTL_QUERY_REGISTRY_ROUTINE QueryRoutine;
    ULONG Flags;
    PWSTR Name;
    PVOID EntryContext;
    ULONG DefaultType;
    PVOID DefaultData;
    ULONG DefaultLength;
} RTL_QUERY_REGISTRY_TABLE, *PRTL_QUERY_REGISTRY_TABLE;

#define RTL_QUERY_REGISTRY_SUBKEY 0x00000001
#define RTL_QUERY_REGISTRY_TOPKEY 0x00000002
#define RTL_QUERY_REGISTRY_REQUIRED 0x00000004
#define RTL_QUERY_REGISTRY_NOVALUE 0x00000008
#define RTL_QUERY_REGISTRY_NOEXPAND 0x00000010
#define RTL_QUERY_REGISTRY_DIRECT 0x00000020
#define RTL_QUERY_REGISTRY_DELETE 0x00000040
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24

#define RTL_REGISTRY_ABSOLUTE 0
#define RTL_REGISTRY_SERVICES 1
#define RTL_REGISTRY_CONTROL 2
#define RTL_REGISTRY_WINDOWS_NT 3
#define RTL_REGISTRY_DEVICEMAP 4
#define RTL_REGISTRY_USER 5
#define RTL_REGISTRY_MAXIMUM 6
#define RTL_REGISTRY_HANDLE 0x40000000
#define RTL_REGISTRY_OPTIONAL 0x80000000

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlQueryRegistryValues(ULONG RelativeTo, PCWSTR Path,
                                               PRTL_QUERY_REGISTRY_TABLE QueryTable,
                                               PVOID Context, PVOID Environment);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlWriteRegistryValue(ULONG RelativeTo, PCWSTR Path,
                                              PCWSTR ValueName, ULONG ValueType,
                                              PVOID ValueData, ULONG ValueLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlDeleteRegistryValue(ULONG RelativeTo, PCWSTR Path,
                                               PCWSTR ValueName);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlCreateRegistryKey(ULONG RelativeTo, PWSTR Path);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlCheckRegistryKey(ULONG RelativeTo, PWSTR Path);

/* Registry value types. */
#define REG_NONE 0
#define REG_SZ 1
#define REG_EXPAND_SZ 2
#define REG_BINARY 3
#define REG_DWORD 4
#define REG_DWORD_LITTLE_ENDIAN 4
#define REG_DWORD_BIG_ENDIAN 5
#define REG_LINK 6
#define REG_MULTI_SZ 7
#define REG_RESOURCE_LIST 8
#define REG_FULL_RESOURCE_DESCRIPTOR 9
#define REG_RESOURCE_REQUIREMENTS_LIST 10
#define REG_QWORD 11
#define REG_QWORD_LITTLE_ENDIAN 11

/* ------------------------------------------------------------------------
 * Byte order, bit scanning, bitmaps: any IRQL.
 * ------------------------------------------------------------------------ */

/* Compiler intrinsics the byte-swap routines map to on x86 and x64. */
unsigned short _byteswap_ushort(unsigned short Value);
unsigned long _byteswap_ulong(unsigned long Value);
unsigned long long _byteswap_uint64(unsigned long long Value);

_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI USHORT FASTCALL RtlUshortByteSwap(USHORT Source);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG FASTCALL RtlUlongByteSwap(ULONG Source);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONGLONG FASTCALL RtlUlonglongByteSwap(ULONGLONG Source);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI CCHAR NTAPI RtlFindLeastSignificantBit(ULONGLONG Set);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI CCHAR NTAPI RtlFindMostSignificantBit(ULONGLONG Set);

typedef struct _RTL_BITMAP {
    ULONG SizeOfBitMap;
    PULONG Buffer;
} RTL_BITMAP, *PRTL_BITMAP;

_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlInitializeBitMap(PRTL_BITMAP BitMapHeader, PULONG BitMapBuffer,
                                        ULONG SizeOfBitMap);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlClearAllBits(PRTL_BITMAP BitMapHeader);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlSetAllBits(PRTL_BITMAP BitMapHeader);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlClearBits(PRTL_BITMAP BitMapHeader, ULONG StartingIndex,
                                 ULONG NumberToClear);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlSetBits(PRTL_BITMAP BitMapHeader, ULONG StartingIndex,
                               ULONG NumberToSet);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG NTAPI RtlFindClearBits(PRTL_BITMAP BitMapHeader, ULONG NumberToFind,
                                      ULONG HintIndex);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG NTAPI RtlFindClearBitsAndSet(PRTL_BITMAP BitMapHeader, ULONG NumberToFind,
                                            ULONG HintIndex);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG NTAPI RtlNumberOfSetBits(PRTL_BITMAP BitMapHeader);
#define RtlCheckBit(BMH, BP) (((((PULONG)(BMH)->Buffer)[(BP) / 32]) >> ((BP) % 32)) & 0x1)

/* Atomic flag updates on a LONG (any IRQL). */
#define RtlInterlockedSetBits(Flags, Flag) InterlockedOr((PLONG)(Flags), (LONG)(Flag))
#define RtlInterlockedAndBits(Flags, Flag) InterlockedAnd((PLONG)(Flags), (LONG)(Flag))
#define RtlInterlockedClearBits(Flags, Flag) RtlInterlockedAndBits(Flags, ~(Flag))
#define RtlInterlockedXorBits(Flags, Flag) InterlockedXor((PLONG)(Flags), (LONG)(Flag))
#define RtlInterlockedSetBitsDiscardReturn(Flags, Flag) \
    ((void)RtlInterlockedSetBits(Flags, Flag))
#define RtlInterlockedAndBitsDiscardReturn(Flags, Flag) \
    ((void)RtlInterlockedAndBits(Flags, Flag))
#define RtlInterlockedClearBitsDiscardReturn(Flags, Flag) \
    RtlInterlockedAndBitsDiscardReturn(Flags, ~(Flag))

/* ------------------------------------------------------------------------
 * Version, time and miscellany
 * ------------------------------------------------------------------------ */

typedef struct _OSVERSIONINFOW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW, RTL_OSVERSIONINFOW,
    *PRTL_OSVERSIONINFOW;

typedef struct _OSVERSIONINFOEXW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
    USHORT wServicePackMajor;
    USHORT wServicePackMinor;
    USHORT wSuiteMask;
    UCHAR wProductType;
    UCHAR wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, *LPOSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW,
    *PRTL_OSVERSIONINFOEXW;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlGetVersion(PRTL_OSVERSIONINFOW lpVersionInformation);
_IRQL_requires_(PASSIVE_LEVEL)
NTSYSAPI BOOLEAN NTAPI RtlIsNtDdiVersionAvailable(ULONG Version);

typedef struct _TIME_FIELDS {
    SHORT Year;
    SHORT Month;
    SHORT Day;
    SHORT Hour;
    SHORT Minute;
    SHORT Second;
    SHORT Milliseconds;
    SHORT Weekday;
} TIME_FIELDS, *PTIME_FIELDS;

_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlTimeToTimeFields(PLARGE_INTEGER Time, PTIME_FIELDS TimeFields);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI BOOLEAN NTAPI RtlTimeFieldsToTime(PTIME_FIELDS TimeFields, PLARGE_INTEGER Time);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlGetCallersAddress(PVOID *CallersAddress, PVOID *CallersCaller);
_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI ULONG NTAPI RtlRandomEx(PULONG Seed);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI RtlAssert(PVOID VoidFailedAssertion, PVOID VoidFileName, ULONG LineNumber,
                              PSTR MutableMessage);

#define RtlConvertLongToLargeInteger(v) ((LARGE_INTEGER){.QuadPart = (LONGLONG)(LONG)(v)})

/* ------------------------------------------------------------------------
 * Debugger output: any IRQL (DbgPrint at most DIRQL).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-dbgprintex
 * ------------------------------------------------------------------------ */

#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2
#define DPFLTR_INFO_LEVEL 3
#define DPFLTR_MASK 0x80000000

typedef enum _DPFLTR_TYPE {
    DPFLTR_IHVDRIVER_ID = 77,
    DPFLTR_IHVVIDEO_ID = 78,
    DPFLTR_IHVAUDIO_ID = 79,
    DPFLTR_IHVNETWORK_ID = 80,
    DPFLTR_IHVSTREAMING_ID = 81,
    DPFLTR_IHVBUS_ID = 82,
    DPFLTR_DEFAULT_ID = 101,
    DPFLTR_NDIS_ID = 120
} DPFLTR_TYPE;

/* The format is PCSTR from Windows Vista on; earlier kits declared PCH. */
#if NTDDI_VERSION >= NTDDI_VISTA
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG DbgPrint(PCSTR Format, ...);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...);
#else
_IRQL_requires_max_(HIGH_LEVEL)
ULONG DbgPrint(PCH Format, ...);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG DbgPrintEx(ULONG ComponentId, ULONG Level, PCH Format, ...);
#endif
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI ULONG NTAPI vDbgPrintEx(ULONG ComponentId, ULONG Level, PCCH Format,
                                 __builtin_va_list arglist);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI DbgBreakPoint(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTSYSAPI VOID NTAPI DbgBreakPointWithStatus(ULONG Status);

#if DBG
#define KdPrint(args) DbgPrint args
#define KdPrintEx(args) DbgPrintEx args
#define KdBreakPoint() DbgBreakPoint()
#define KdBreakPointWithStatus(s) DbgBreakPointWithStatus(s)
#else
#define KdPrint(args) ((void)0)
#define KdPrintEx(args) ((void)0)
#define KdBreakPoint() ((void)0)
#define KdBreakPointWithStatus(s) ((void)0)
#endif
#define KdRefreshDebuggerNotPresent() ((BOOLEAN)1)
#define KD_DEBUGGER_NOT_PRESENT ((BOOLEAN)1)

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_DDK_RTL_H */

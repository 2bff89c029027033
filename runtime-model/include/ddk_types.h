/*
 * ddk_types.h - basic NT kernel types, SAL annotations, IRQL and spin-lock
 * routines for the ddicheck header set.
 *
 * Written for ddicheck from the Windows driver documentation on
 * learn.microsoft.com: names, signatures, IRQL levels and constant values
 * follow the documented DDIs; the text is our own. It is the common base of
 * <ntdef.h>, <wdm.h>, <ntddk.h> and <ndis.h> in this directory.
 *
 * Limits:
 * - Only the subset that NDIS and CoNDIS drivers commonly use is declared.
 * - LONG/ULONG are 32-bit on every target: long/unsigned long when the target
 *   is Windows (_WIN32, as in the WDK), int/unsigned int elsewhere.
 * - SAL and __drv_* annotations expand to nothing; the checker takes IRQL
 *   facts from its own rule tables, not from annotations.
 * - Structures whose layout drivers never touch are opaque or reduced to
 *   their documented leading fields; sizes do not match the WDK.
 * - IRQL values are the x64 ones.
 * - No system header is included; the NTSTATUS values live in <ntstatus.h>
 *   of this directory, which this file includes.
 */
#ifndef DDICHECK_DDK_TYPES_H
#define DDICHECK_DDK_TYPES_H

#include "sdv_driverspecs.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Calling conventions and storage keywords
 * ------------------------------------------------------------------------ */

#if defined(_MSC_VER) && defined(_M_IX86)
#define NTAPI __stdcall
#else
#define NTAPI
#endif
#define NTSYSAPI
#define NTKERNELAPI
#define NTHALAPI
#define DECLSPEC_IMPORT
#define EXPORT
/* NDIS DDIs and role types spell no calling convention (kit builds make stdcall
 * the default on x86); NDIS_API marks them. */
#define NDIS_API
#define NDISAPI
#define CALLBACK NTAPI
#define WINAPI NTAPI
#define STDCALL NTAPI
#define NTAPI_INLINE NTAPI
#define FASTCALL
#define NTSYSCALLAPI
#define DECLSPEC_NORETURN
#define DECLSPEC_NOINLINE
#define DECLSPEC_SELECTANY
#define DECLSPEC_NOTHROW
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_DEPRECATED_DDK_WINXP
#define PRAGMA_DEPRECATED_DDK 0
#define NTKERNELAPI_INLINE
#define POINTER_64
#define POINTER_32
#define POINTER_SIGNED
#define POINTER_UNSIGNED
#define FIRMWARE_PTR

#if defined(_MSC_VER) || defined(__clang__) || defined(__GNUC__)
#if defined(_MSC_VER) && !defined(__clang__)
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#else
#define DECLSPEC_ALIGN(x) __attribute__((__aligned__(x)))
#endif
#else
#define DECLSPEC_ALIGN(x)
#endif
#define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(SYSTEM_CACHE_ALIGNMENT_SIZE)

/* Compile-time assertion (an array of negative size when e is false). */
#define C_ASSERT(e) typedef char __C_ASSERT__[(e) ? 1 : -1]

#ifndef FORCEINLINE
#if defined(_MSC_VER)
#define FORCEINLINE __forceinline
#elif defined(__GNUC__) || defined(__clang__)
#define FORCEINLINE __inline__ __attribute__((__always_inline__))
#else
#define FORCEINLINE inline
#endif
#endif

#define IN
#define OUT
#define OPTIONAL
#define CONST const
#define UNALIGNED
#define RESTRICTED_POINTER

#ifndef NULL
#define NULL ((void *)0)
#endif

#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define ARGUMENT_PRESENT(ArgumentPointer) ((CHAR *)((ULONG_PTR)(ArgumentPointer)) != (CHAR *)(NULL))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

#ifndef ASSERT
#define ASSERT(x) ((void)0)
#endif
#ifndef ASSERTMSG
#define ASSERTMSG(msg, x) ((void)0)
#endif
#ifndef NT_ASSERT
#define NT_ASSERT(x) ((void)0)
#endif
#ifndef NT_VERIFY
#define NT_VERIFY(x) (x)
#endif
#ifndef ASSERTMSG
#define ASSERTMSG(msg, x) ((void)0)
#endif
#define NT_ASSERTMSG(msg, x) ((void)0)
#define RTL_SOFT_ASSERT(x) ((void)0)
#define RTL_SOFT_ASSERTMSG(msg, x) ((void)0)
#define UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

/* ------------------------------------------------------------------------
 * SAL 2 and driver annotations: all expand to nothing.
 * ------------------------------------------------------------------------ */

#define _In_
#define _Out_
#define _Inout_
#define _In_opt_
#define _Out_opt_
#define _Inout_opt_
#define _In_z_
#define _In_opt_z_
#define _Inout_z_
#define _In_reads_(s)
#define _In_reads_opt_(s)
#define _In_reads_bytes_(s)
#define _In_reads_bytes_opt_(s)
#define _In_range_(l, h)
#define _Out_range_(l, h)
#define _Out_writes_(s)
#define _Out_writes_opt_(s)
#define _Out_writes_bytes_(s)
#define _Out_writes_bytes_opt_(s)
#define _Out_writes_to_(s, c)
#define _Out_writes_bytes_to_(s, c)
#define _Out_writes_bytes_all_(s)
#define _Inout_updates_(s)
#define _Inout_updates_bytes_(s)
#define _Inout_updates_opt_(s)
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_result_bytebuffer_(s)
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_range_(l, h)
#define _Ret_writes_bytes_maybenull_(s)
#define _Result_nullonfailure_
#define _Success_(x)
#define _Check_return_
#define _Must_inspect_result_
#define _Use_decl_annotations_
#define _Function_class_(x)
#define _When_(a, b)
#define _At_(t, a)
#define _Pre_
#define _Post_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Post_maybenull_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_writable_byte_size_(s)
#define _Pre_satisfies_(x)
#define _Post_satisfies_(x)
#define _Analysis_assume_(x)
#define _Field_size_(s)
#define _Field_size_opt_(s)
#define _Field_size_bytes_(s)
#define _Field_size_bytes_opt_(s)
#define _Field_range_(l, h)
#define _Null_terminated_
#define _NullNull_terminated_
#define _Printf_format_string_
#define _Reserved_
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Deref_out_range_(l, h)
#define _Strict_type_match_
#define _Literal_
#define _Notliteral_
#define _Const_
#define _Interlocked_
#define _Guarded_by_(x)
#define _Requires_lock_held_(x)
#define _Requires_lock_not_held_(x)
#define _Acquires_lock_(x)
#define _Releases_lock_(x)
#define _Acquires_exclusive_lock_(x)
#define _Releases_exclusive_lock_(x)
#define _Acquires_shared_lock_(x)
#define _Releases_shared_lock_(x)
#define _Requires_exclusive_lock_held_(x)
#define _Requires_shared_lock_held_(x)
#define _Has_lock_kind_(x)
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_requires_resource_held_(x)
#define _Kernel_requires_resource_not_held_(x)
#define _Kernel_acquires_resource_(x)
#define _Kernel_releases_resource_(x)
#define _Kernel_clear_do_init_(x)
#define _Dispatch_type_(x)
#define _IRQL_requires_(x)
#define _IRQL_requires_max_(x)
#define _IRQL_requires_min_(x)
#define _IRQL_requires_same_
#define _IRQL_raises_(x)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_always_function_min_(x)
#define _IRQL_always_function_max_(x)
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _IRQL_lowers_(x)

#define __drv_maxIRQL(x)
#define __drv_minIRQL(x)
#define __drv_requiresIRQL(x)
#define __drv_raisesIRQL(x)
#define __drv_setsIRQL(x)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_savesIRQLGlobal(kind, param)
#define __drv_restoresIRQLGlobal(kind, param)
#define __drv_sameIRQL
#define __drv_functionClass(x)
#define __drv_dispatchType(x)
#define __drv_when(a, b)
#define __drv_arg(a, b)
#define __drv_aliasesMem
#define __drv_allocatesMem(x)
#define __drv_freesMem(x)
#define __drv_isObjectPointer
#define __drv_in(x)
#define __drv_out(x)
#define __drv_strictTypeMatch(x)
#define __drv_valueIs(x)
#define __drv_acquiresResource(x)
#define __drv_releasesResource(x)
#define __drv_mustHold(x)
#define __drv_neverHold(x)
#define __drv_innerAcquiresResource(x)
#define __drv_innerReleasesResource(x)
#define __drv_preferredFunction(a, b)
#define __drv_reportError(x)
#define __drv_clearDoInit(x)
#define __in
#define __out
#define __inout
#define __in_opt
#define __out_opt
#define __inout_opt
#define __in_bcount(s)
#define __in_ecount(s)
#define __out_bcount(s)
#define __out_ecount(s)
#define __in_bcount_opt(s)
#define __out_bcount_opt(s)
#define __deref_out
#define __deref_out_opt
#define __checkReturn
#define __success(x)
#define __reserved
#define __nullterminated

/* More SAL 2 annotations, and the SAL 1 (__in, __out_bcount, ...) and driver
 * (__drv_*) forms that drivers written for older kits use. Function-like ones take
 * any arguments. */
#define _Analysis_code_type_kernel_driver_
#define _Analysis_noreturn_
#define _Benign_race_begin_
#define _Benign_race_end_
#define _COM_Outptr_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_post_opt_z_
#define _Deref_post_z_
#define _Deref_pre_z_
#define _Field_z_
#define _In_defensive_
#define _Inout_defensive_
#define _Inout_opt_z_
#define _Interlocked_operand_
#define _Kernel_float_used_
#define _Maybenull_
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Notnull_
#define _Null_
#define _Out_defensive_
#define _Out_z_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_buffer_maybenull_
#define _Outptr_result_nullonfailure_
#define _Outptr_result_z_
#define _Points_to_data_
#define _Post_defensive_
#define _Post_equal_to_0_
#define _Post_notnull_
#define _Post_null_
#define _Post_valid_
#define _Post_z_
#define _Pre_defensive_
#define _Pre_invalid_
#define _Pre_valid_
#define _Pre_z_
#define _Requires_no_locks_held_
#define _Ret_null_
#define _Ret_opt_z_
#define _Ret_valid_
#define _Ret_z_
#define _Return_type_success_
#define __allocator
#define __bound
#define __callback
#define __deref_in
#define __deref_inout
#define __deref_inout_z
#define __deref_opt_out
#define __deref_opt_out_opt
#define __deref_out_z
#define __drv_KernelModeOnly
#define __drv_acquiresCancelSpinLock
#define __drv_acquiresCriticalRegion
#define __drv_acquiresPriorityRegion
#define __drv_constant
#define __drv_dispatchType_other
#define __drv_floatRestored
#define __drv_floatSaved
#define __drv_floatUsed
#define __drv_inTry
#define __drv_interlocked
#define __drv_isCancelIRQL
#define __drv_mustHoldCancelSpinLock
#define __drv_mustHoldCriticalRegion
#define __drv_mustHoldPriorityRegion
#define __drv_neverHoldCancelSpinLock
#define __drv_neverHoldCriticalRegion
#define __drv_neverHoldPriorityRegion
#define __drv_nonConstant
#define __drv_notInTry
#define __drv_releasesCancelSpinLock
#define __drv_releasesCriticalRegion
#define __drv_releasesPriorityRegion
#define __drv_useCancelIRQL
#define __exceptthat
#define __execeptthat
#define __fallthrough
#define __format_string
#define __in_nz
#define __in_opt_nz
#define __in_opt_z
#define __in_z
#define __inout_z
#define __kernel_code
#define __kernel_driver
#define __maybenull
#define __maybevalid
#define __nothrow
#define __notnull
#define __nullnullterminated
#define __out_z
#define __out_z_opt
#define __override
#define __possibly_notnullterminated
#define __post
#define __pre
#define __readonly
#define __refparam
#define __user_code
#define __user_driver
#define __valid
#define _Acquires_nonreentrant_lock_(...)
#define _Always_(...)
#define _Analysis_assume_lock_acquired_(...)
#define _Analysis_assume_lock_held_(...)
#define _Analysis_assume_lock_not_held_(...)
#define _Analysis_assume_lock_released_(...)
#define _Analysis_mode_(...)
#define _Create_lock_level_(...)
#define _Curr_(...)
#define _Deref_in_range_(...)
#define _Deref_inout_range_(...)
#define _Field_size_bytes_full_(...)
#define _Field_size_bytes_part_(...)
#define _Field_size_bytes_part_opt_(...)
#define _Field_size_full_(...)
#define _Field_size_part_(...)
#define _Field_size_part_opt_(...)
#define _In_NLS_string_(...)
#define _In_reads_or_z_(...)
#define _In_reads_to_ptr_(...)
#define _In_reads_z_(...)
#define _Inexpressible_(...)
#define _Inout_updates_all_(...)
#define _Inout_updates_bytes_all_(...)
#define _Inout_updates_bytes_opt_(...)
#define _Inout_updates_bytes_to_(...)
#define _Inout_updates_to_(...)
#define _Inout_updates_z_(...)
#define _Kernel_IoGetDmaAdapter_(...)
#define _Kernel_ReleaseSpinLock_(...)
#define _Lock_level_order_(...)
#define _Old_(...)
#define _On_failure_(...)
#define _Out_writes_all_(...)
#define _Out_writes_all_opt_(...)
#define _Out_writes_bytes_all_opt_(...)
#define _Out_writes_bytes_to_opt_(...)
#define _Out_writes_opt_z_(...)
#define _Out_writes_to_opt_(...)
#define _Out_writes_to_ptr_(...)
#define _Out_writes_z_(...)
#define _Outptr_opt_result_buffer_(...)
#define _Outptr_opt_result_bytebuffer_(...)
#define _Outptr_opt_result_bytebuffer_maybenull_(...)
#define _Outptr_result_buffer_(...)
#define _Outptr_result_buffer_to_(...)
#define _Outptr_result_bytebuffer_maybenull_(...)
#define _Outptr_result_bytebuffer_to_(...)
#define _Param_(...)
#define _Post_equal_to_(...)
#define _Post_readable_byte_size_(...)
#define _Post_readable_size_(...)
#define _Post_writable_size_(...)
#define _Pre_equal_to_(...)
#define _Pre_readable_byte_size_(...)
#define _Pre_readable_size_(...)
#define _Pre_writable_byte_size_(...)
#define _Pre_writable_size_(...)
#define _Printf_format_string_params_(...)
#define _Readable_bytes_(...)
#define _Readable_elements_(...)
#define _Releases_nonreentrant_lock_(...)
#define _Ret_maybenull_z_(...)
#define _Ret_writes_(...)
#define _Ret_writes_bytes_(...)
#define _Ret_writes_bytes_to_(...)
#define _Ret_writes_maybenull_(...)
#define _Satisfies_(...)
#define _Scanf_format_string_params_(...)
#define _Scanf_s_format_string_params_(...)
#define _Struct_size_bytes_(...)
#define _Unchanged_(...)
#define _Writable_bytes_(...)
#define _Writable_elements_(...)
#define _Write_guarded_by_(...)
#define __analysis_assert(...)
#define __analysis_assume(...)
#define __analysis_hint(...)
#define __bcount(...)
#define __bcount_opt(...)
#define __byte_readableTo(...)
#define __byte_writableTo(...)
#define __com_entrypoint(...)
#define __control_entrypoint(...)
#define __data_entrypoint(...)
#define __deallocate(...)
#define __deref_in_bcount(...)
#define __deref_in_ecount(...)
#define __deref_in_range(...)
#define __deref_inout_bcount(...)
#define __deref_inout_ecount(...)
#define __deref_inout_range(...)
#define __deref_opt_out_bcount(...)
#define __deref_opt_out_ecount(...)
#define __deref_out_bcount(...)
#define __deref_out_bcount_full(...)
#define __deref_out_bcount_full_opt(...)
#define __deref_out_bcount_opt(...)
#define __deref_out_bcount_part(...)
#define __deref_out_bcount_part_opt(...)
#define __deref_out_ecount(...)
#define __deref_out_ecount_full(...)
#define __deref_out_ecount_full_opt(...)
#define __deref_out_ecount_opt(...)
#define __deref_out_ecount_part(...)
#define __deref_out_range(...)
#define __deref_out_xcount(...)
#define __drv_Mode_impl(...)
#define __drv_acquiresExclusiveResource(...)
#define __drv_acquiresExclusiveResourceGlobal(...)
#define __drv_acquiresResourceGlobal(...)
#define __drv_at(...)
#define __drv_deref(...)
#define __drv_formatString(...)
#define __drv_fun(...)
#define __drv_in_deref(...)
#define __drv_innerAcquiresGlobal(...)
#define __drv_innerMustHold(...)
#define __drv_innerMustHoldGlobal(...)
#define __drv_innerNeverHold(...)
#define __drv_innerNeverHoldGlobal(...)
#define __drv_innerReleasesGlobal(...)
#define __drv_maxFunctionIRQL(...)
#define __drv_minFunctionIRQL(...)
#define __drv_mustHoldGlobal(...)
#define __drv_neverHoldGlobal(...)
#define __drv_out_deref(...)
#define __drv_releasesExclusiveResource(...)
#define __drv_releasesExclusiveResourceGlobal(...)
#define __drv_releasesResourceGlobal(...)
#define __drv_ret(...)
#define __drv_strictType(...)
#define __drv_typeBitset(...)
#define __drv_typeCond(...)
#define __drv_typeConst(...)
#define __drv_typeExpr(...)
#define __drv_unit(...)
#define __ecount(...)
#define __ecount_opt(...)
#define __elem_readableTo(...)
#define __elem_writableTo(...)
#define __field_bcount(...)
#define __field_bcount_full(...)
#define __field_bcount_full_opt(...)
#define __field_bcount_opt(...)
#define __field_bcount_part(...)
#define __field_bcount_part_opt(...)
#define __field_ecount(...)
#define __field_ecount_full(...)
#define __field_ecount_full_opt(...)
#define __field_ecount_opt(...)
#define __field_ecount_part(...)
#define __field_ecount_part_opt(...)
#define __field_range(...)
#define __field_xcount(...)
#define __in_awcount(...)
#define __in_bcount_nz(...)
#define __in_bcount_z(...)
#define __in_bcount_z_opt(...)
#define __in_ecount_nz(...)
#define __in_ecount_opt(...)
#define __in_ecount_z(...)
#define __in_ecount_z_opt(...)
#define __in_range(...)
#define __in_xcount(...)
#define __in_xcount_opt(...)
#define __inexpressible_readableTo(...)
#define __inexpressible_writableTo(...)
#define __inout_bcount(...)
#define __inout_bcount_full(...)
#define __inout_bcount_full_opt(...)
#define __inout_bcount_opt(...)
#define __inout_bcount_part(...)
#define __inout_bcount_part_opt(...)
#define __inout_bcount_z(...)
#define __inout_ecount(...)
#define __inout_ecount_full(...)
#define __inout_ecount_full_opt(...)
#define __inout_ecount_opt(...)
#define __inout_ecount_part(...)
#define __inout_ecount_part_opt(...)
#define __inout_ecount_z(...)
#define __inout_xcount(...)
#define __inout_xcount_opt(...)
#define __out_awcount(...)
#define __out_bcount_full(...)
#define __out_bcount_full_opt(...)
#define __out_bcount_part(...)
#define __out_bcount_part_opt(...)
#define __out_bcount_z(...)
#define __out_bcount_z_opt(...)
#define __out_ecount_full(...)
#define __out_ecount_full_opt(...)
#define __out_ecount_opt(...)
#define __out_ecount_part(...)
#define __out_ecount_part_opt(...)
#define __out_ecount_z(...)
#define __out_ecount_z_opt(...)
#define __out_range(...)
#define __out_xcount(...)
#define __out_xcount_full(...)
#define __out_xcount_opt(...)
#define __out_xcount_part(...)
#define __range(...)
#define __readableTo(...)
#define __rpc_entrypoint(...)
#define __typefix(...)
#define __writableTo(...)
#define __xcount(...)
#define __xcount_opt(...)

/* ------------------------------------------------------------------------
 * Scalar types (Windows data model: LONG is 32-bit everywhere)
 * ------------------------------------------------------------------------ */

typedef void VOID;
typedef void *PVOID;
typedef const void *PCVOID;
typedef void *LPVOID;

typedef char CHAR;
typedef char CCHAR;
typedef unsigned char UCHAR;
typedef signed char SCHAR;
typedef short SHORT;
typedef unsigned short USHORT;
typedef short CSHORT;
typedef int INT;
typedef unsigned int UINT;
#if defined(_WIN32)
typedef long LONG;
typedef unsigned long ULONG;
#else
typedef int LONG;
typedef unsigned int ULONG;
#endif
typedef long long LONGLONG;
typedef unsigned long long ULONGLONG;
typedef long long LONG64;
typedef unsigned long long ULONG64;
typedef unsigned long long DWORD64;
#if defined(_WIN32)
typedef unsigned long DWORD;
#else
typedef unsigned int DWORD;
#endif
typedef unsigned short WORD;
typedef unsigned char BYTE;
typedef signed char INT8;
typedef unsigned char UINT8;
typedef short INT16;
typedef unsigned short UINT16;
typedef int INT32;
typedef unsigned int UINT32;
typedef long long INT64;
typedef unsigned long long UINT64;
typedef unsigned int ULONG32;
typedef int LONG32;
typedef unsigned int DWORD32;
typedef UINT8 *PUINT8;
typedef UINT16 *PUINT16;
typedef UINT32 *PUINT32;
typedef UINT64 *PUINT64;
typedef INT8 *PINT8;
typedef INT16 *PINT16;
typedef INT32 *PINT32;
typedef INT64 *PINT64;
typedef ULONG32 *PULONG32;
typedef LONG32 *PLONG32;
typedef DWORD64 *PDWORD64;
typedef WORD *PWORD;
typedef BYTE *PBYTE;
typedef BYTE *LPBYTE;
typedef float FLOAT;
typedef double DOUBLE;
typedef BYTE FCHAR;
typedef WORD FSHORT;
typedef DWORD FLONG;

typedef UCHAR BOOLEAN;
typedef BOOLEAN *PBOOLEAN;
typedef int BOOL;
typedef BOOL *PBOOL;
typedef BOOL *LPBOOL;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

typedef __INTPTR_TYPE__ INT_PTR;
typedef __UINTPTR_TYPE__ UINT_PTR;
typedef __INTPTR_TYPE__ LONG_PTR;
typedef __UINTPTR_TYPE__ ULONG_PTR;
typedef ULONG_PTR SIZE_T;
typedef LONG_PTR SSIZE_T;
typedef ULONG_PTR KAFFINITY;
#define AFFINITY_MASK(n) ((KAFFINITY)1 << (n))
typedef ULONG_PTR *PULONG_PTR;
typedef SIZE_T *PSIZE_T;
typedef SSIZE_T *PSSIZE_T;
typedef ULONG_PTR DWORD_PTR, *PDWORD_PTR;
typedef LONG_PTR *PLONG_PTR;
typedef INT_PTR *PINT_PTR;
typedef UINT_PTR *PUINT_PTR;
typedef KAFFINITY *PKAFFINITY;
#if defined(_WIN64)
typedef int HALF_PTR;
typedef unsigned int UHALF_PTR;
#else
typedef short HALF_PTR;
typedef unsigned short UHALF_PTR;
#endif
typedef void *PVOID64;
typedef ULONG LCID;
typedef USHORT LANGID;
typedef ULONG EXECUTION_STATE;
typedef LONG KPRIORITY;
typedef ULONG CLONG;

typedef __SIZE_TYPE__ size_t;

/* Pointer and integer conversions (basetsd.h in the WDK). */
#define PtrToUlong(p) ((ULONG)(ULONG_PTR)(p))
#define PtrToLong(p) ((LONG)(LONG_PTR)(p))
#define PtrToUint(p) ((UINT)(UINT_PTR)(p))
#define PtrToInt(p) ((INT)(INT_PTR)(p))
#define PtrToUshort(p) ((unsigned short)(ULONG_PTR)(p))
#define PtrToShort(p) ((short)(LONG_PTR)(p))
#define UlongToPtr(ul) ((PVOID)(ULONG_PTR)(ul))
#define ULongToPtr(ul) UlongToPtr(ul)
#define LongToPtr(l) ((PVOID)(LONG_PTR)(l))
#define UintToPtr(ui) ((PVOID)(UINT_PTR)(ui))
#define IntToPtr(i) ((PVOID)(INT_PTR)(i))
#define HandleToUlong(h) ((ULONG)(ULONG_PTR)(h))
#define HandleToULong(h) HandleToUlong(h)
#define HandleToLong(h) ((LONG)(LONG_PTR)(h))
#define UlongToHandle(ul) ((HANDLE)(ULONG_PTR)(ul))
#define LongToHandle(h) ((HANDLE)(LONG_PTR)(h))
#define PtrToPtr64(p) ((void *)(p))
#define Ptr64ToPtr(p) ((void *)(p))

typedef CHAR *PCHAR;
typedef CHAR *PSTR;
typedef const CHAR *PCSTR;
typedef const CHAR *PCSZ;
typedef CHAR *PCH;
typedef CHAR *LPCH;
typedef const CHAR *PCCH;
typedef const CHAR *LPCCH;
typedef CHAR *LPSTR;
typedef CHAR *PSZ;
typedef const CHAR *LPCSTR;
typedef CHAR *NPSTR;
typedef CCHAR *PCCHAR;
typedef SCHAR *PSCHAR;
typedef CSHORT *PCSHORT;
typedef UCHAR *PUCHAR;
typedef SHORT *PSHORT;
typedef USHORT *PUSHORT;
typedef INT *PINT;
typedef UINT *PUINT;
typedef LONG *PLONG;
typedef ULONG *PULONG;
typedef LONGLONG *PLONGLONG;
typedef ULONGLONG *PULONGLONG;
typedef LONG64 *PLONG64;
typedef ULONG64 *PULONG64;
typedef DWORD *PDWORD;

typedef unsigned short WCHAR;
typedef WCHAR *PWCHAR;
typedef WCHAR *PWSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *PCWSTR;
typedef const WCHAR *LPCWSTR;
typedef WCHAR *PWCH;
typedef WCHAR *LPWCH;
typedef const WCHAR *PCWCH;
typedef const WCHAR *LPCWCH;
typedef WCHAR *PWSZ;
typedef const WCHAR *PCWSZ;
typedef WCHAR *NWPSTR;
typedef WCHAR *PZZWSTR;
typedef const WCHAR *PCZZWSTR;
typedef CHAR *PZZSTR;
typedef const CHAR *PCZZSTR;

typedef LONG NTSTATUS;
typedef NTSTATUS *PNTSTATUS;

typedef void *HANDLE;
typedef HANDLE *PHANDLE;

typedef ULONG LOGICAL;
typedef ULONG *PLOGICAL;
typedef ULONG ACCESS_MASK;
typedef ACCESS_MASK *PACCESS_MASK;
typedef LONG HRESULT;
typedef PVOID PSECURITY_DESCRIPTOR;
typedef PVOID PSID;
typedef UCHAR KPROCESSOR_MODE;
typedef ULONG DEVICE_TYPE;

#define ANYSIZE_ARRAY 1
#define MINCHAR 0x80
#define MAXCHAR 0x7f
#define MINSHORT 0x8000
#define MAXSHORT 0x7fff
#define MINLONG 0x80000000
#define MAXLONG 0x7fffffff
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffff
#define MAXLONGLONG (0x7fffffffffffffffLL)
#define MAXULONGLONG (~(ULONGLONG)0)
#define MAXULONG_PTR (~(ULONG_PTR)0)
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXSIZE_T (~(SIZE_T)0)
#define MAXUINT ((UINT)~((UINT)0))
#define MAXINT ((INT)(MAXUINT >> 1))
#define MAXDWORD 0xffffffff
#define MAXWORD 0xffff
#define MAXBYTE 0xff

#ifndef NOMINMAX
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#endif

#define LOBYTE(w) ((UCHAR)((ULONG_PTR)(w) & 0xff))
#define HIBYTE(w) ((UCHAR)(((ULONG_PTR)(w) >> 8) & 0xff))
#define LOWORD(l) ((USHORT)((ULONG_PTR)(l) & 0xffff))
#define HIWORD(l) ((USHORT)(((ULONG_PTR)(l) >> 16) & 0xffff))
#define MAKEWORD(lo, hi) ((USHORT)(((UCHAR)(lo)) | (((USHORT)((UCHAR)(hi))) << 8)))
#define MAKELONG(lo, hi) ((LONG)(((USHORT)(lo)) | (((ULONG)((USHORT)(hi))) << 16)))

/* Windows version numbers (NTDDI_VERSION / _WIN32_WINNT values). */
#define NTDDI_WIN2K 0x05000000
#define NTDDI_WIN2KSP4 0x05000400
#define NTDDI_WINXP 0x05010000
#define NTDDI_WINXPSP1 0x05010100
#define NTDDI_WINXPSP2 0x05010200
#define NTDDI_WS03 0x05020000
#define NTDDI_WS03SP1 0x05020100
#define NTDDI_VISTA 0x06000000
#define NTDDI_VISTASP1 0x06000100
#define NTDDI_WS08 0x06000100
#define NTDDI_WIN7 0x06010000
#define NTDDI_WIN8 0x06020000
#define NTDDI_WINBLUE 0x06030000
#define NTDDI_WIN10 0x0A000000
#define _WIN32_WINNT_WIN2K 0x0500
#define _WIN32_WINNT_WINXP 0x0501
#define _WIN32_WINNT_WS03 0x0502
#define _WIN32_WINNT_VISTA 0x0600
#define _WIN32_WINNT_WIN7 0x0601
#define _WIN32_WINNT_WIN8 0x0602
#ifndef NTDDI_VERSION
#define NTDDI_VERSION NTDDI_WIN7
#endif

/* Wide string literal usable with WCHAR on targets whose wchar_t is 32 bits. */
#if defined(__WCHAR_MAX__) && (__WCHAR_MAX__ > 0xffff)
#define DDK_WIDE(s) u##s
#else
#define DDK_WIDE(s) L##s
#endif

/* ------------------------------------------------------------------------
 * NTSTATUS values (the ones the NDIS status codes are built on)
 * ------------------------------------------------------------------------ */

#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)

#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_WAIT_0 ((NTSTATUS)0x00000000L)
#define STATUS_TIMEOUT ((NTSTATUS)0x00000102L)
#define STATUS_PENDING ((NTSTATUS)0x00000103L)
#define STATUS_BUFFER_OVERFLOW ((NTSTATUS)0x80000005L)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001L)
#define STATUS_NOT_IMPLEMENTED ((NTSTATUS)0xC0000002L)
#define STATUS_INVALID_HANDLE ((NTSTATUS)0xC0000008L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_INVALID_DEVICE_REQUEST ((NTSTATUS)0xC0000010L)
#define STATUS_ACCESS_DENIED ((NTSTATUS)0xC0000022L)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023L)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)
#define STATUS_DEVICE_NOT_READY ((NTSTATUS)0xC00000A3L)
#define STATUS_CANCELLED ((NTSTATUS)0xC0000120L)
#define STATUS_NETWORK_UNREACHABLE ((NTSTATUS)0xC000023CL)
#define STATUS_NOT_FOUND ((NTSTATUS)0xC0000225L)
#define STATUS_DEVICE_REMOVED ((NTSTATUS)0xC00002B6L)
#include "ntstatus.h"

/* ------------------------------------------------------------------------
 * Compound basic types
 * ------------------------------------------------------------------------ */

typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;
#define UNICODE_NULL ((WCHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define UNICODE_STRING_MAX_CHARS (32767)
#define ANSI_NULL ((CHAR)0)

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING;
typedef const STRING *PCANSI_STRING;

#define RTL_CONSTANT_STRING(s) {sizeof(s) - sizeof((s)[0]), sizeof(s), (s)}
/* A UNICODE_STRING variable with a buffer of _size characters, empty. */
#define DECLARE_UNICODE_STRING_SIZE(_var, _size) \
    WCHAR _var##_buffer[_size];                   \
    UNICODE_STRING _var = {0, (_size) * sizeof(WCHAR), _var##_buffer}
/* A constant UNICODE_STRING variable over a string literal. */
#define DECLARE_CONST_UNICODE_STRING(_var, _string)                                 \
    const WCHAR _var##_buffer[] = _string;                                           \
    const UNICODE_STRING _var = {sizeof(_string) - sizeof(WCHAR), sizeof(_string), \
                                 (PWCH)_var##_buffer}
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(_var, _str) \
    extern const DECLSPEC_SELECTANY UNICODE_STRING _var = RTL_CONSTANT_STRING(_str)

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *RESTRICTED_POINTER PRLIST_ENTRY;

/*
 * Doubly linked list routines (wdm.h documents them as inline functions; any IRQL when the list
 * is in nonpaged memory). Pages: https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/
 * nf-wdm-initializelisthead and its neighbours.
 */
_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE VOID InitializeListHead(PLIST_ENTRY ListHead)
{
    ListHead->Flink = ListHead->Blink = ListHead;
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE BOOLEAN IsListEmpty(const LIST_ENTRY *ListHead)
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE BOOLEAN RemoveEntryList(PLIST_ENTRY Entry)
{
    PLIST_ENTRY Next = Entry->Flink, Prev = Entry->Blink;
    Prev->Flink = Next;
    Next->Blink = Prev;
    return (BOOLEAN)(Next == Prev);
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE PLIST_ENTRY RemoveHeadList(PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Flink;
    RemoveEntryList(Entry);
    return Entry;
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE VOID InsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry)
{
    PLIST_ENTRY Last = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = Last;
    Last->Flink = Entry;
    ListHead->Blink = Entry;
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE VOID InsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry)
{
    PLIST_ENTRY First = ListHead->Flink;
    Entry->Flink = First;
    Entry->Blink = ListHead;
    First->Blink = Entry;
    ListHead->Flink = Entry;
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE PLIST_ENTRY RemoveTailList(PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Blink;
    RemoveEntryList(Entry);
    return Entry;
}

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

/* Singly linked (stack) list: push and pop at the head. */
_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE VOID PushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY Entry)
{
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

_IRQL_requires_max_(HIGH_LEVEL)
static FORCEINLINE PSINGLE_LIST_ENTRY PopEntryList(PSINGLE_LIST_ENTRY ListHead)
{
    PSINGLE_LIST_ENTRY First = ListHead->Next;
    if (First != NULL)
        ListHead->Next = First->Next;
    return First;
}

/* 32 x 32 -> 64-bit products, signed and unsigned. */
#define Int32x32To64(a, b) ((LONGLONG)((LONG)(a)) * (LONGLONG)((LONG)(b)))
#define UInt32x32To64(a, b) ((ULONGLONG)((ULONG)(a)) * (ULONGLONG)((ULONG)(b)))

typedef struct _GUID {
    ULONG Data1;
    USHORT Data2;
    USHORT Data3;
    UCHAR Data4[8];
} GUID, *PGUID, *LPGUID;
typedef const GUID *LPCGUID;

#define FIELD_OFFSET(type, field) ((LONG)__builtin_offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define CONTAINING_RECORD(address, type, field) \
    ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define ARRAYSIZE(a) (sizeof(a) / sizeof((a)[0]))
#define RTL_NUMBER_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------
 * IRQL
 *
 * Values are those of x64. KeRaiseIrql is a macro over KfRaiseIrql, as in
 * the amd64 WDK; the checker sees the KfRaiseIrql call and the KeRaiseIrql
 * spelling at the call site.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-keraiseirql
 * ------------------------------------------------------------------------ */

typedef UCHAR KIRQL;
typedef KIRQL *PKIRQL;

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL 5
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#define PROFILE_LEVEL 15
#define HIGH_LEVEL 15

/* Any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI KIRQL NTAPI KeGetCurrentIrql(VOID);

/* PAGED_CODE() marks a routine that may only run at IRQL <= APC_LEVEL (its
 * code may be paged out). As with the WDK: under _PREFAST_ a marker call,
 * with DBG an IRQL check, otherwise nothing. */
#ifndef NOP_FUNCTION
#define NOP_FUNCTION ((void)0)
#endif
#if defined(_PREFAST_)
void __PREfastPagedCode(void);
void __PREfastPagedCodeLocked(void);
#define PAGED_CODE() __PREfastPagedCode();
#define PAGED_CODE_LOCKED() __PREfastPagedCodeLocked();
#elif defined(DBG) && DBG
#define PAGED_CODE()                                                                               \
    {                                                                                              \
        if (KeGetCurrentIrql() > APC_LEVEL) {                                                      \
            NT_ASSERT(FALSE);                                                                      \
        }                                                                                          \
    }
#define PAGED_CODE_LOCKED() NOP_FUNCTION;
#else
#define PAGED_CODE() NOP_FUNCTION;
#define PAGED_CODE_LOCKED() NOP_FUNCTION;
#endif

/* IRQL <= the new IRQL; returns the previous IRQL. */
_IRQL_requires_max_(HIGH_LEVEL) _IRQL_raises_(NewIrql) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KfRaiseIrql(KIRQL NewIrql);
#define KeRaiseIrql(a, b) *(b) = KfRaiseIrql(a)

/* NewIrql <= current IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeLowerIrql(_IRQL_restores_ KIRQL NewIrql);

/* PASSIVE_LEVEL..DISPATCH_LEVEL; raises to DISPATCH_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID);

/* DISPATCH_LEVEL..HIGH_LEVEL in the checker's rule set. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumber(VOID);

/* ------------------------------------------------------------------------
 * Spin locks
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-keacquirespinlock
 *
 * KeInitializeSpinLock: any IRQL. KeAcquireSpinLock (a macro over
 * KeAcquireSpinLockRaiseToDpc, as on amd64): <= DISPATCH_LEVEL, raises to
 * DISPATCH_LEVEL. KeReleaseSpinLock: DISPATCH_LEVEL, restores the saved IRQL.
 * KeAcquireSpinLockAtDpcLevel / KeReleaseSpinLockFromDpcLevel: at
 * DISPATCH_LEVEL, no IRQL change.
 * ------------------------------------------------------------------------ */

typedef ULONG_PTR KSPIN_LOCK;
typedef KSPIN_LOCK *PKSPIN_LOCK;

typedef struct _KLOCK_QUEUE_HANDLE {
    struct {
        PVOID Next;
        PKSPIN_LOCK Lock;
    } LockQueue;
    KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;

_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeSpinLock(PKSPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
NTKERNELAPI KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock);
#define KeAcquireSpinLock(SpinLock, OldIrql) \
    *(OldIrql) = KeAcquireSpinLockRaiseToDpc(SpinLock)
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeReleaseSpinLock(PKSPIN_LOCK SpinLock, _IRQL_restores_ KIRQL NewIrql);
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_global_(QueuedSpinLock, LockHandle)
NTKERNELAPI VOID NTAPI KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK SpinLock,
                                                      PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_(DISPATCH_LEVEL) _IRQL_restores_global_(QueuedSpinLock, LockHandle)
NTKERNELAPI VOID NTAPI KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE LockHandle);

/* ------------------------------------------------------------------------
 * Kernel objects: DPC, event, timer (reduced)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-keinitializedpc
 * ------------------------------------------------------------------------ */

struct _KDPC;

/* Runs at DISPATCH_LEVEL. */
typedef _Function_class_(KDEFERRED_ROUTINE) VOID
KDEFERRED_ROUTINE(struct _KDPC *Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                  PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;

typedef struct _KDPC {
    UCHAR Type;
    UCHAR Importance;
    USHORT Number;
    LIST_ENTRY DpcListEntry;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    PVOID DpcData;
} KDPC, *PKDPC, *RESTRICTED_POINTER PRKDPC;

typedef struct _DISPATCHER_HEADER {
    UCHAR Type;
    UCHAR Signalling;
    UCHAR Size;
    UCHAR Reserved1;
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER;

typedef struct _KEVENT {
    DISPATCHER_HEADER Header;
} KEVENT, *PKEVENT, *RESTRICTED_POINTER PRKEVENT;

typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    PKDPC Dpc;
    LONG Period;
} KTIMER, *PKTIMER, *RESTRICTED_POINTER PRKTIMER;

typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    PVOID OwnerThread;
    BOOLEAN Abandoned;
    UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, KMUTEX, *PKMUTEX, *RESTRICTED_POINTER PRKMUTEX;

/* KeInitializeDpc: any IRQL. KeInsertQueueDpc / KeRemoveQueueDpc: any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine,
                                       PVOID DeferredContext);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeInsertQueueDpc(PRKDPC Dpc, PVOID SystemArgument1,
                                           PVOID SystemArgument2);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeRemoveQueueDpc(PRKDPC Dpc);

/* ------------------------------------------------------------------------
 * Driver and device objects (reduced)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/ns-wdm-_driver_object
 * ------------------------------------------------------------------------ */

typedef struct _MDL {
    struct _MDL *Next;
    CSHORT Size;
    CSHORT MdlFlags;
    PVOID Process;
    PVOID MappedSystemVa;
    PVOID StartVa;
    ULONG ByteCount;
    ULONG ByteOffset;
} MDL, *PMDL;

/* The I/O objects are defined in ddk_io.h (included by <wdm.h>). */
typedef struct _IRP IRP, *PIRP;
typedef struct _DEVICE_OBJECT DEVICE_OBJECT, *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT DRIVER_OBJECT, *PDRIVER_OBJECT;

#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

/* DriverEntry: PASSIVE_LEVEL. */
typedef _Function_class_(DRIVER_INITIALIZE) NTSTATUS
DRIVER_INITIALIZE(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

/* Unload: PASSIVE_LEVEL. */
typedef _Function_class_(DRIVER_UNLOAD) VOID
DRIVER_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;

/* IRP dispatch routines: PASSIVE_LEVEL for most major functions. */
/* Dispatch routines of the IRPs an NDIS driver's device object handles (create, close, device
 * control) run at PASSIVE_LEVEL (DRIVER_DISPATCH page). */
typedef _Function_class_(DRIVER_DISPATCH) _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ NTSTATUS
DRIVER_DISPATCH(PDEVICE_OBJECT DeviceObject, PIRP Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;


typedef struct _SCATTER_GATHER_ELEMENT {
    PHYSICAL_ADDRESS Address;
    ULONG Length;
    ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;

typedef struct _SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    SCATTER_GATHER_ELEMENT Elements[1];
} SCATTER_GATHER_LIST, *PSCATTER_GATHER_LIST;

typedef enum _POOL_TYPE {
    NonPagedPool = 0,
    NonPagedPoolExecute = 0,
    PagedPool = 1,
    NonPagedPoolMustSucceed = 2,
    DontUseThisType = 3,
    NonPagedPoolCacheAligned = 4,
    PagedPoolCacheAligned = 5,
    NonPagedPoolCacheAlignedMustS = 6,
    MaxPoolType = 7,
    NonPagedPoolSession = 32,
    PagedPoolSession = 33,
    NonPagedPoolNx = 512
} POOL_TYPE;

typedef enum _EX_POOL_PRIORITY {
    LowPoolPriority = 0,
    LowPoolPrioritySpecialPoolOverrun = 8,
    LowPoolPrioritySpecialPoolUnderrun = 9,
    NormalPoolPriority = 16,
    NormalPoolPrioritySpecialPoolOverrun = 24,
    NormalPoolPrioritySpecialPoolUnderrun = 25,
    HighPoolPriority = 32,
    HighPoolPrioritySpecialPoolOverrun = 40,
    HighPoolPrioritySpecialPoolUnderrun = 41
} EX_POOL_PRIORITY;

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_DDK_TYPES_H */

/*
 * ddk_kernel.h - kernel services of the ddicheck header set: dispatcher
 * objects (events, timers, mutexes, semaphores), waits, time, processors,
 * interlocked operations, sequenced lists, pool memory, lookaside lists,
 * system work items, callback objects, fast mutexes, system threads.
 *
 * Written for ddicheck from the kernel-mode DDI reference on
 * learn.microsoft.com (https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/);
 * names, parameter lists, constant values and IRQL requirements follow it,
 * the text and grouping are our own. Included by <wdm.h>.
 *
 * Every routine carries the IRQL annotation of its documented IRQL
 * (_IRQL_requires_max_(HIGH_LEVEL) where any IRQL is allowed).
 *
 * Limits:
 * - Dispatcher objects and lookaside lists keep their documented leading
 *   fields; sizes do not match the WDK.
 * - The Interlocked* routines are plain functions here (in the WDK they map
 *   to compiler intrinsics); the _Interlocked* intrinsic names are not
 *   declared, so the compiler's own built-ins stay usable.
 */
#ifndef DDICHECK_DDK_KERNEL_H
#define DDICHECK_DDK_KERNEL_H

#include "ddk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Threads, processes and processor modes
 * ------------------------------------------------------------------------ */

typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _KPROCESS *PKPROCESS, *PRKPROCESS;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _KAPC_STATE {
    LIST_ENTRY ApcListHead[2];
    PKPROCESS Process;
    BOOLEAN KernelApcInProgress;
    BOOLEAN KernelApcPending;
    BOOLEAN UserApcPending;
} KAPC_STATE, *PKAPC_STATE;

typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;

typedef enum _KWAIT_REASON {
    Executive,
    FreePage,
    PageIn,
    PoolAllocation,
    DelayExecution,
    Suspended,
    UserRequest,
    WrExecutive,
    WrFreePage,
    WrPageIn,
    WrPoolAllocation,
    WrDelayExecution,
    WrSuspended,
    WrUserRequest,
    WrEventPair,
    WrQueue,
    WrLpcReceive,
    WrLpcReply,
    WrVirtualMemory,
    WrPageOut,
    WrRendezvous,
    WrKeyedEvent,
    WrTerminated,
    WrProcessInSwap,
    WrCpuRateControl,
    WrCalloutStack,
    WrKernel,
    WrResource,
    WrPushLock,
    WrMutex,
    WrQuantumEnd,
    WrDispatchInt,
    WrPreempted,
    WrYieldExecution,
    WrFastMutex,
    WrGuardedMutex,
    WrRundown,
    MaximumWaitReason
} KWAIT_REASON;

typedef enum _WAIT_TYPE { WaitAll, WaitAny, WaitNotification, WaitDequeue } WAIT_TYPE;

#define LOW_PRIORITY 0
#define LOW_REALTIME_PRIORITY 16
#define HIGH_PRIORITY 31
#define MAXIMUM_PRIORITY 32

#define THREAD_TERMINATE 0x0001
#define THREAD_SUSPEND_RESUME 0x0002
#define THREAD_ALERT 0x0004
#define THREAD_GET_CONTEXT 0x0008
#define THREAD_SET_CONTEXT 0x0010
#define THREAD_SET_INFORMATION 0x0020
#define THREAD_SET_LIMITED_INFORMATION 0x0400
#define THREAD_QUERY_LIMITED_INFORMATION 0x0800
#define THREAD_ALL_ACCESS (0x000F0000L | 0x00100000L | 0xFFFF)

typedef _Function_class_(KSTART_ROUTINE) VOID KSTART_ROUTINE(PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;

typedef struct _CLIENT_ID {
    HANDLE UniqueProcess;
    HANDLE UniqueThread;
} CLIENT_ID, *PCLIENT_ID;

struct _OBJECT_ATTRIBUTES;

/* PASSIVE_LEVEL. */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsCreateSystemThread(PHANDLE ThreadHandle, ULONG DesiredAccess,
                                                struct _OBJECT_ATTRIBUTES *ObjectAttributes,
                                                HANDLE ProcessHandle, PCLIENT_ID ClientId,
                                                PKSTART_ROUTINE StartRoutine,
                                                PVOID StartContext);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsTerminateSystemThread(NTSTATUS ExitStatus);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PETHREAD NTAPI PsGetCurrentThread(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PEPROCESS NTAPI PsGetCurrentProcess(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI HANDLE NTAPI PsGetCurrentThreadId(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI HANDLE NTAPI PsGetCurrentProcessId(VOID);
_IRQL_requires_(PASSIVE_LEVEL)
NTKERNELAPI BOOLEAN NTAPI PsGetVersion(PULONG MajorVersion, PULONG MinorVersion,
                                       PULONG BuildNumber, PUNICODE_STRING CSDVersion);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI PsIsSystemThread(PETHREAD Thread);

/* <= DISPATCH_LEVEL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PKTHREAD NTAPI KeGetCurrentThread(VOID);
/* PASSIVE_LEVEL. */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI KPRIORITY NTAPI KeSetPriorityThread(PKTHREAD Thread, KPRIORITY Priority);
_IRQL_requires_(PASSIVE_LEVEL)
NTKERNELAPI KPRIORITY NTAPI KeQueryPriorityThread(PKTHREAD Thread);
/* <= APC_LEVEL. */
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI KeEnterCriticalRegion(VOID);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI KeLeaveCriticalRegion(VOID);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI KeEnterGuardedRegion(VOID);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI KeLeaveGuardedRegion(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeAreApcsDisabled(VOID);

/* ------------------------------------------------------------------------
 * Dispatcher objects and waits
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-kewaitforsingleobject
 * ------------------------------------------------------------------------ */

typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;

typedef struct _KSEMAPHORE {
    DISPATCHER_HEADER Header;
    LONG Limit;
} KSEMAPHORE, *PKSEMAPHORE, *RESTRICTED_POINTER PRKSEMAPHORE;

typedef struct _KWAIT_BLOCK {
    LIST_ENTRY WaitListEntry;
    PKTHREAD Thread;
    PVOID Object;
    struct _KWAIT_BLOCK *NextWaitBlock;
    USHORT WaitKey;
    UCHAR WaitType;
    UCHAR BlockState;
} KWAIT_BLOCK, *PKWAIT_BLOCK, *RESTRICTED_POINTER PRKWAIT_BLOCK;

#define THREAD_WAIT_OBJECTS 3
#define MAXIMUM_WAIT_OBJECTS 64

#define EVENT_INCREMENT 1
#define SEMAPHORE_INCREMENT 1
#define MUTANT_INCREMENT 1

/* Any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeEvent(PRKEVENT Event, EVENT_TYPE Type, BOOLEAN State);
/* <= DISPATCH_LEVEL (Wait == TRUE: <= APC_LEVEL on return path). */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeSetEvent(PRKEVENT Event, KPRIORITY Increment, BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeResetEvent(PRKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeClearEvent(PRKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeReadStateEvent(PRKEVENT Event);

_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeMutex(PRKMUTEX Mutex, ULONG Level);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeReleaseMutex(PRKMUTEX Mutex, BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeReadStateMutex(PRKMUTEX Mutex);

_IRQL_requires_(PASSIVE_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeSemaphore(PRKSEMAPHORE Semaphore, LONG Count, LONG Limit);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LONG NTAPI KeReleaseSemaphore(PRKSEMAPHORE Semaphore, KPRIORITY Increment,
                                          LONG Adjustment, BOOLEAN Wait);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI LONG NTAPI KeReadStateSemaphore(PRKSEMAPHORE Semaphore);

/* <= DISPATCH_LEVEL with a zero timeout, otherwise <= APC_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeWaitForSingleObject(PVOID Object, KWAIT_REASON WaitReason,
                                                 KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                                                 PLARGE_INTEGER Timeout);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeWaitForMultipleObjects(ULONG Count, PVOID Object[],
                                                    WAIT_TYPE WaitType,
                                                    KWAIT_REASON WaitReason,
                                                    KPROCESSOR_MODE WaitMode,
                                                    BOOLEAN Alertable, PLARGE_INTEGER Timeout,
                                                    PKWAIT_BLOCK WaitBlockArray);
#define KeWaitForMutexObject KeWaitForSingleObject

/* <= APC_LEVEL. */
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeDelayExecutionThread(KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                                                  PLARGE_INTEGER Interval);

/* ------------------------------------------------------------------------
 * Timers
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-kesettimer
 * KeInitializeTimer(Ex): any IRQL. KeSetTimer(Ex), KeCancelTimer,
 * KeReadStateTimer: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeTimer(PKTIMER Timer);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeTimerEx(PKTIMER Timer, TIMER_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeSetTimer(PKTIMER Timer, LARGE_INTEGER DueTime, PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeSetTimerEx(PKTIMER Timer, LARGE_INTEGER DueTime, LONG Period,
                                       PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeCancelTimer(PKTIMER Timer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeReadStateTimer(PKTIMER Timer);

/* ------------------------------------------------------------------------
 * DPC control (KeInitializeDpc / KeInsertQueueDpc are in ddk_types.h)
 * ------------------------------------------------------------------------ */

typedef enum _KDPC_IMPORTANCE { LowImportance, MediumImportance, HighImportance,
                                MediumHighImportance } KDPC_IMPORTANCE;

typedef struct _KDPC_WATCHDOG_INFORMATION {
    ULONG DpcTimeLimit;
    ULONG DpcTimeCount;
    ULONG DpcWatchdogLimit;
    ULONG DpcWatchdogCount;
    ULONG Reserved;
} KDPC_WATCHDOG_INFORMATION, *PKDPC_WATCHDOG_INFORMATION;

_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeInitializeThreadedDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine,
                                               PVOID DeferredContext);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeSetImportanceDpc(PRKDPC Dpc, KDPC_IMPORTANCE Importance);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeSetTargetProcessorDpc(PRKDPC Dpc, CCHAR Number);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID NTAPI KeFlushQueuedDpcs(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeQueryDpcWatchdogInformation(
    PKDPC_WATCHDOG_INFORMATION WatchdogInformation);

/* ------------------------------------------------------------------------
 * Time and processors
 * ------------------------------------------------------------------------ */

#if defined(_WIN64)
#define MAXIMUM_PROCESSORS 64
#else
#define MAXIMUM_PROCESSORS 32
#endif
#define ALL_PROCESSOR_GROUPS 0xffff

/* Any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeQuerySystemTime(PLARGE_INTEGER CurrentTime);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeQueryTickCount(PLARGE_INTEGER TickCount);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeQueryTimeIncrement(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONGLONG NTAPI KeQueryInterruptTime(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI LARGE_INTEGER NTAPI KeQueryPerformanceCounter(PLARGE_INTEGER PerformanceFrequency);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeStallExecutionProcessor(ULONG MicroSeconds);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI KAFFINITY NTAPI KeQueryActiveProcessors(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeQueryActiveProcessorCount(PKAFFINITY ActiveProcessors);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeQueryActiveProcessorCountEx(USHORT GroupNumber);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeQueryMaximumProcessorCount(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeGetCurrentProcessorNumberEx(PPROCESSOR_NUMBER ProcNumber);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeSetTargetProcessorDpcEx(PKDPC Dpc, PPROCESSOR_NUMBER ProcNumber);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI KeGetProcessorNumberFromIndex(ULONG ProcIndex,
                                                         PPROCESSOR_NUMBER ProcNumber);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI KeGetProcessorIndexFromNumber(PPROCESSOR_NUMBER ProcNumber);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeSetSystemAffinityThread(KAFFINITY Affinity);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI KeRevertToUserAffinityThread(VOID);

/* Full memory barrier. */
#if defined(__GNUC__) || defined(__clang__)
#define KeMemoryBarrier() __sync_synchronize()
#else
#define KeMemoryBarrier() ((void)0)
#endif
#define KeMemoryBarrierWithoutFence() ((void)0)
#define KeFlushIoBuffers(Mdl, ReadOperation, DmaOperation) ((void)(Mdl), (void)(ReadOperation), (void)(DmaOperation))

/* Bug checks: any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeBugCheck(ULONG BugCheckCode);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1,
                                    ULONG_PTR BugCheckParameter2,
                                    ULONG_PTR BugCheckParameter3,
                                    ULONG_PTR BugCheckParameter4);

/* ------------------------------------------------------------------------
 * Interlocked operations: any IRQL, on nonpaged data.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-interlockedincrement
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedIncrement(LONG volatile *Addend);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedDecrement(LONG volatile *Addend);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedExchange(LONG volatile *Target, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedExchangeAdd(LONG volatile *Addend, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedCompareExchange(LONG volatile *Destination, LONG ExChange,
                                      LONG Comperand);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedOr(LONG volatile *Destination, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedAnd(LONG volatile *Destination, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG NTAPI InterlockedXor(LONG volatile *Destination, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL)
PVOID NTAPI InterlockedExchangePointer(PVOID volatile *Target, PVOID Value);
_IRQL_requires_max_(HIGH_LEVEL)
PVOID NTAPI InterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID ExChange,
                                              PVOID Comperand);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedIncrement64(LONG64 volatile *Addend);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedDecrement64(LONG64 volatile *Addend);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedExchange64(LONG64 volatile *Target, LONG64 Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedCompareExchange64(LONG64 volatile *Destination, LONG64 ExChange,
                                          LONG64 Comperand);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedOr64(LONG64 volatile *Destination, LONG64 Value);
_IRQL_requires_max_(HIGH_LEVEL)
LONG64 NTAPI InterlockedAnd64(LONG64 volatile *Destination, LONG64 Value);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN NTAPI InterlockedBitTestAndSet(LONG volatile *Base, LONG Bit);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN NTAPI InterlockedBitTestAndReset(LONG volatile *Base, LONG Bit);
#define InterlockedExchangeAddSizeT(a, b) \
    ((SIZE_T)InterlockedExchangeAdd((LONG volatile *)(a), (LONG)(b)))
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedIncrementRelease InterlockedIncrement
#define InterlockedDecrementAcquire InterlockedDecrement
#define InterlockedDecrementRelease InterlockedDecrement
#define InterlockedCompareExchangeAcquire InterlockedCompareExchange
#define InterlockedCompareExchangeRelease InterlockedCompareExchange
#define InterlockedOrAffinity InterlockedOr64

/* ------------------------------------------------------------------------
 * Sequenced singly linked lists
 * https://learn.microsoft.com/windows-hardware/drivers/kernel/singly-and-doubly-linked-lists
 * ------------------------------------------------------------------------ */

typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
    struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;

typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
    struct {
        SINGLE_LIST_ENTRY Next;
        USHORT Depth;
        USHORT Sequence;
    } Header;
} SLIST_HEADER, *PSLIST_HEADER;

/* Any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI InitializeSListHead(PSLIST_HEADER SListHead);
#define ExInitializeSListHead InitializeSListHead
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI USHORT NTAPI ExQueryDepthSList(PSLIST_HEADER SListHead);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSLIST_ENTRY NTAPI InterlockedPushEntrySList(PSLIST_HEADER ListHead,
                                                         PSLIST_ENTRY ListEntry);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSLIST_ENTRY NTAPI InterlockedPopEntrySList(PSLIST_HEADER ListHead);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSLIST_ENTRY NTAPI InterlockedFlushSList(PSLIST_HEADER ListHead);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSLIST_ENTRY NTAPI ExInterlockedPushEntrySList(PSLIST_HEADER ListHead,
                                                           PSLIST_ENTRY ListEntry,
                                                           PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSLIST_ENTRY NTAPI ExInterlockedPopEntrySList(PSLIST_HEADER ListHead,
                                                          PKSPIN_LOCK Lock);
#define ExInterlockedFlushSList(Head) InterlockedFlushSList(Head)

/* Spin-lock protected list operations: any IRQL. */
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PLIST_ENTRY NTAPI ExInterlockedInsertHeadList(PLIST_ENTRY ListHead,
                                                          PLIST_ENTRY ListEntry,
                                                          PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PLIST_ENTRY NTAPI ExInterlockedInsertTailList(PLIST_ENTRY ListHead,
                                                          PLIST_ENTRY ListEntry,
                                                          PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PLIST_ENTRY NTAPI ExInterlockedRemoveHeadList(PLIST_ENTRY ListHead,
                                                          PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSINGLE_LIST_ENTRY NTAPI ExInterlockedPushEntryList(PSINGLE_LIST_ENTRY ListHead,
                                                                PSINGLE_LIST_ENTRY ListEntry,
                                                                PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI PSINGLE_LIST_ENTRY NTAPI ExInterlockedPopEntryList(PSINGLE_LIST_ENTRY ListHead,
                                                               PKSPIN_LOCK Lock);

/* Singly linked list helpers (inline in the WDK). */
#define PushEntryList(ListHead, Entry) \
    ((Entry)->Next = (ListHead)->Next, (ListHead)->Next = (Entry))
#define PopEntryList(ListHead) \
    ((ListHead)->Next ? ((ListHead)->Next = (ListHead)->Next->Next, (ListHead)->Next) : NULL)

/* ------------------------------------------------------------------------
 * Pool memory
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-exallocatepoolwithtag
 * Allocation and free: <= DISPATCH_LEVEL (<= APC_LEVEL for paged pool).
 * ------------------------------------------------------------------------ */

#define POOL_COLD_ALLOCATION 256
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                              ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithTagPriority(POOL_TYPE PoolType,
                                                      SIZE_T NumberOfBytes, ULONG Tag,
                                                      EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI ExAllocatePoolWithQuotaTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                                   ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI ExAllocatePool(POOL_TYPE PoolType, SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExFreePoolWithTag(PVOID P, ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExFreePool(PVOID P);

/* ------------------------------------------------------------------------
 * Lookaside lists
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-exinitializenpagedlookasidelist
 * Nonpaged: <= DISPATCH_LEVEL. Paged: <= APC_LEVEL.
 * ------------------------------------------------------------------------ */

typedef _Function_class_(ALLOCATE_FUNCTION) PVOID
ALLOCATE_FUNCTION(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
typedef ALLOCATE_FUNCTION *PALLOCATE_FUNCTION;
typedef _Function_class_(FREE_FUNCTION) VOID FREE_FUNCTION(PVOID Buffer);
typedef FREE_FUNCTION *PFREE_FUNCTION;

typedef struct DECLSPEC_CACHEALIGN _GENERAL_LOOKASIDE {
    union {
        SLIST_HEADER ListHead;
        SINGLE_LIST_ENTRY SingleListHead;
    };
    USHORT Depth;
    USHORT MaximumDepth;
    ULONG TotalAllocates;
    union {
        ULONG AllocateMisses;
        ULONG AllocateHits;
    };
    ULONG TotalFrees;
    union {
        ULONG FreeMisses;
        ULONG FreeHits;
    };
    POOL_TYPE Type;
    ULONG Tag;
    ULONG Size;
    PALLOCATE_FUNCTION Allocate;
    PFREE_FUNCTION Free;
    LIST_ENTRY ListEntry;
    ULONG LastTotalAllocates;
    union {
        ULONG LastAllocateMisses;
        ULONG LastAllocateHits;
    };
    ULONG Future[2];
} GENERAL_LOOKASIDE, *PGENERAL_LOOKASIDE;

typedef struct DECLSPEC_CACHEALIGN _NPAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;

typedef struct DECLSPEC_CACHEALIGN _PAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
} PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside,
                                                       PALLOCATE_FUNCTION Allocate,
                                                       PFREE_FUNCTION Free, ULONG Flags,
                                                       SIZE_T Size, ULONG Tag, USHORT Depth);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI PVOID NTAPI ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside,
                                                   PVOID Entry);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside,
                                                      PALLOCATE_FUNCTION Allocate,
                                                      PFREE_FUNCTION Free, ULONG Flags,
                                                      SIZE_T Size, ULONG Tag, USHORT Depth);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI PVOID NTAPI ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside,
                                                  PVOID Entry);

/* ------------------------------------------------------------------------
 * System worker threads
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-exqueueworkitem
 * ExQueueWorkItem: <= DISPATCH_LEVEL; the routine runs at PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

typedef enum _WORK_QUEUE_TYPE {
    CriticalWorkQueue,
    DelayedWorkQueue,
    HyperCriticalWorkQueue,
    NormalWorkQueue,
    BackgroundWorkQueue,
    RealTimeWorkQueue,
    SuperCriticalWorkQueue,
    MaximumWorkQueue
} WORK_QUEUE_TYPE;

typedef _Function_class_(WORKER_THREAD_ROUTINE) VOID WORKER_THREAD_ROUTINE(PVOID Parameter);
typedef WORKER_THREAD_ROUTINE *PWORKER_THREAD_ROUTINE;

typedef struct _WORK_QUEUE_ITEM {
    LIST_ENTRY List;
    PWORKER_THREAD_ROUTINE WorkerRoutine;
    volatile PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;

#define ExInitializeWorkItem(Item, Routine, Context) \
    ((Item)->WorkerRoutine = (Routine), (Item)->Parameter = (Context), (Item)->List.Flink = NULL)

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExQueueWorkItem(PWORK_QUEUE_ITEM WorkItem, WORK_QUEUE_TYPE QueueType);

/* ------------------------------------------------------------------------
 * Callback objects
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-excreatecallback
 * ExCreateCallback, ExRegisterCallback: PASSIVE_LEVEL. ExUnregisterCallback:
 * <= APC_LEVEL. ExNotifyCallback: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef struct _CALLBACK_OBJECT *PCALLBACK_OBJECT;

typedef _Function_class_(CALLBACK_FUNCTION) VOID
CALLBACK_FUNCTION(PVOID CallbackContext, PVOID Argument1, PVOID Argument2);
typedef CALLBACK_FUNCTION *PCALLBACK_FUNCTION;

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ExCreateCallback(PCALLBACK_OBJECT *CallbackObject,
                                            struct _OBJECT_ATTRIBUTES *ObjectAttributes,
                                            BOOLEAN Create, BOOLEAN AllowMultipleCallbacks);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI PVOID NTAPI ExRegisterCallback(PCALLBACK_OBJECT CallbackObject,
                                           PCALLBACK_FUNCTION CallbackFunction,
                                           PVOID CallbackContext);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExUnregisterCallback(PVOID CallbackRegistration);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExNotifyCallback(PVOID CallbackObject, PVOID Argument1,
                                        PVOID Argument2);

/* ------------------------------------------------------------------------
 * Fast mutexes and executive resources
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-exacquirefastmutex
 * ExInitializeFastMutex: <= DISPATCH_LEVEL. ExAcquireFastMutex: <= APC_LEVEL,
 * raises to APC_LEVEL. ExReleaseFastMutex: APC_LEVEL.
 * ------------------------------------------------------------------------ */

typedef struct _FAST_MUTEX {
    volatile LONG Count;
    PKTHREAD Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX, KGUARDED_MUTEX, *PKGUARDED_MUTEX;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExInitializeFastMutex(PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExAcquireFastMutex(PFAST_MUTEX FastMutex);
_IRQL_requires_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseFastMutex(PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExTryToAcquireFastMutex(PFAST_MUTEX FastMutex);
_IRQL_requires_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExAcquireFastMutexUnsafe(PFAST_MUTEX FastMutex);
_IRQL_requires_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseFastMutexUnsafe(PFAST_MUTEX FastMutex);

typedef struct _ERESOURCE {
    LIST_ENTRY SystemResourcesList;
    PVOID OwnerTable;
    SHORT ActiveCount;
    USHORT Flag;
    PVOID SharedWaiters;
    PVOID ExclusiveWaiters;
    ULONG ContentionCount;
    KSPIN_LOCK SpinLock;
} ERESOURCE, *PERESOURCE;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ExInitializeResourceLite(PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI ExDeleteResourceLite(PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceExclusiveLite(PERESOURCE Resource, BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExAcquireResourceSharedLite(PERESOURCE Resource, BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseResourceLite(PERESOURCE Resource);

/* Rundown protection: <= APC_LEVEL for the wait, <= DISPATCH_LEVEL otherwise. */
typedef struct _EX_RUNDOWN_REF {
    union {
        ULONG_PTR Count;
        PVOID Ptr;
    };
} EX_RUNDOWN_REF, *PEX_RUNDOWN_REF;

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExInitializeRundownProtection(PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExAcquireRundownProtection(PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI ExReleaseRundownProtection(PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID NTAPI ExWaitForRundownProtectionRelease(PEX_RUNDOWN_REF RunRef);

/* Any IRQL. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI KPROCESSOR_MODE NTAPI ExGetPreviousMode(VOID);
_IRQL_requires_(PASSIVE_LEVEL)
NTKERNELAPI BOOLEAN NTAPI ExIsProcessorFeaturePresent(ULONG ProcessorFeature);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI LARGE_INTEGER NTAPI ExInterlockedAddLargeInteger(PLARGE_INTEGER Addend,
                                                             LARGE_INTEGER Increment,
                                                             PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI ULONG NTAPI ExInterlockedAddUlong(PULONG Addend, ULONG Increment,
                                              PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI VOID NTAPI ExSystemTimeToLocalTime(PLARGE_INTEGER SystemTime,
                                               PLARGE_INTEGER LocalTime);

/* Queued spin locks at DISPATCH_LEVEL (the raising forms are in ddk_types.h). */
_IRQL_requires_min_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeAcquireInStackQueuedSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock,
                                                                PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI VOID NTAPI KeReleaseInStackQueuedSpinLockFromDpcLevel(
    PKLOCK_QUEUE_HANDLE LockHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
_IRQL_requires_max_(HIGH_LEVEL)
NTKERNELAPI BOOLEAN NTAPI KeTestSpinLock(PKSPIN_LOCK SpinLock);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_DDK_KERNEL_H */

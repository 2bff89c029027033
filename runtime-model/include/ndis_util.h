/*
 * ndis_util.h - NDIS support routines shared by every kind of NDIS driver:
 * NDIS 5 timers and work items, NDIS 5 read/write locks, mutexes,
 * interlocked and list helpers, lookaside lists, memory allocation and
 * mapped-memory copies, physical addresses, string conversion, time and
 * processor information, event logging, device objects for user-mode
 * access, intermediate-driver device instances and interface stacks.
 *
 * Written for ddicheck from the NDIS reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/ and the NDIS
 * 5.1 pages under https://learn.microsoft.com/previous-versions/windows/hardware/network/);
 * names, parameter lists, constant values and IRQL requirements follow it,
 * the text is our own. Included by <ndis.h>.
 *
 * Limits: helpers that are thin macros over kernel routines in the WDK
 * (NdisInterlockedIncrement, NdisInterlockedInsertTailList, the lookaside
 * and string-conversion helpers) are macros here too, over the routines of
 * <wdm.h>; the others are functions.
 */
#ifndef DDICHECK_NDIS_UTIL_H
#define DDICHECK_NDIS_UTIL_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_util.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Code placement in #pragma directives: #pragma NDIS_INIT_FUNCTION(DriverEntry). */
#define NDIS_INIT_FUNCTION(_F) alloc_text(INIT, _F)
#define NDIS_PAGABLE_FUNCTION(_F) alloc_text(PAGE, _F)
#define NDIS_PAGEABLE_FUNCTION(_F) alloc_text(PAGE, _F)

/* ------------------------------------------------------------------------
 * NDIS 5 timers (NDIS 6: NdisAllocateTimerObject)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff554402(v=vs.85)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff552253(v=vs.85)
 * NdisInitializeTimer: PASSIVE_LEVEL (the DDK's page: its callers run at
 * PASSIVE_LEVEL). The others <= DISPATCH_LEVEL; the timer function runs at
 * DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_TIMER {
    KTIMER Timer;
    KDPC Dpc;
} NDIS_TIMER, *PNDIS_TIMER;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitializeTimer(PNDIS_TIMER Timer, PNDIS_TIMER_FUNCTION TimerFunction,
                                           PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSetTimer(PNDIS_TIMER Timer, UINT MillisecondsToDelay);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSetTimerEx(PNDIS_TIMER NdisTimer, UINT MillisecondsToDelay,
                                      PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisSetPeriodicTimer(PNDIS_TIMER NdisTimer, UINT MillisecondsPeriod);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisCancelTimer(PNDIS_TIMER Timer, PBOOLEAN TimerCancelled);

/* ------------------------------------------------------------------------
 * NDIS 5 work items (NDIS 6: NdisAllocateIoWorkItem)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff554383(v=vs.85)
 * NdisInitializeWorkItem: any IRQL. NdisScheduleWorkItem: <= DISPATCH_LEVEL.
 * The routine runs at PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

struct _NDIS_WORK_ITEM;
typedef VOID (*NDIS_PROC)(struct _NDIS_WORK_ITEM *, PVOID);

typedef struct _NDIS_WORK_ITEM {
    PVOID Context;
    NDIS_PROC Routine;
    UCHAR WrapperReserved[8 * sizeof(PVOID)];
} NDIS_WORK_ITEM, *PNDIS_WORK_ITEM;

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitializeWorkItem(PNDIS_WORK_ITEM WorkItem, NDIS_PROC Routine,
                                              PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisScheduleWorkItem(PNDIS_WORK_ITEM WorkItem);

/* ------------------------------------------------------------------------
 * NDIS 5 read/write locks (NDIS 6.20: NdisAllocateRWLock)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisacquirereadwritelock
 * NdisInitializeReadWriteLock: any IRQL. NdisAcquireReadWriteLock:
 * <= DISPATCH_LEVEL, raises to DISPATCH_LEVEL and saves the IRQL in the
 * LOCK_STATE. NdisReleaseReadWriteLock: DISPATCH_LEVEL, restores it.
 * NdisDprAcquireReadWriteLock / NdisDprReleaseReadWriteLock (NDIS 6.0 and
 * 6.1): DISPATCH_LEVEL, no IRQL change.
 * ------------------------------------------------------------------------ */

typedef union _NDIS_RW_LOCK_REFCOUNT {
    UINT RefCount;
    UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
    union {
        struct {
            KSPIN_LOCK SpinLock;
            PVOID Context;
        };
        UCHAR Reserved[16];
    };
    union {
        NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
        ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) * MAXIMUM_PROCESSORS];
        struct {
            KSPIN_LOCK RefCountLock;
            volatile ULONG SharedRefCount;
            volatile BOOLEAN WriterWaiting;
        };
    };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitializeReadWriteLock(PNDIS_RW_LOCK Lock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite,
                                                PLOCK_STATE LockState);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite,
                                                   PLOCK_STATE LockState);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisDprReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState);

/* Mutexes: NDIS_INIT_MUTEX any IRQL, NDIS_WAIT_FOR_MUTEX <= APC_LEVEL,
 * NDIS_RELEASE_MUTEX <= DISPATCH_LEVEL (the kernel mutex rules). */
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(_M_) KeInitializeMutex(_M_, 0xFFFF)
#define NDIS_WAIT_FOR_MUTEX(_M_) KeWaitForSingleObject(_M_, Executive, KernelMode, FALSE, NULL)
#define NDIS_RELEASE_MUTEX(_M_) KeReleaseMutex(_M_, FALSE)

/* ------------------------------------------------------------------------
 * Interlocked operations, lists and lookaside lists: macros over the
 * kernel routines (any IRQL; lookaside lists <= DISPATCH_LEVEL).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisinterlockedincrement
 * ------------------------------------------------------------------------ */

#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddUlong(_Addend, _Increment, _SpinLock) \
    ExInterlockedAddUlong(_Addend, _Increment, &(_SpinLock)->SpinLock)
#define NdisInterlockedInsertHeadList(_ListHead, _ListEntry, _SpinLock) \
    ExInterlockedInsertHeadList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(_ListHead, _ListEntry, _SpinLock) \
    ExInterlockedInsertTailList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(_ListHead, _SpinLock) \
    ExInterlockedRemoveHeadList(_ListHead, &(_SpinLock)->SpinLock)
#define NdisInterlockedPushEntryList(ListHead, ListEntry, Lock) \
    ExInterlockedPushEntryList(ListHead, ListEntry, &(Lock)->SpinLock)
#define NdisInterlockedPopEntryList(ListHead, Lock) \
    ExInterlockedPopEntryList(ListHead, &(Lock)->SpinLock)
#define NdisInitializeListHead(_ListHead) InitializeListHead(_ListHead)

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI LARGE_INTEGER NDIS_API NdisInterlockedAddLargeInteger(PLARGE_INTEGER Addend,
                                                               ULONG Increment,
                                                               PKSPIN_LOCK Lock);


#define NdisInitializeNPagedLookasideList(_L, _AR, _FR, _Fl, _S, _T, _D) \
    ExInitializeNPagedLookasideList(_L, _AR, _FR, _Fl, _S, _T, _D)
#define NdisDeleteNPagedLookasideList(_L) ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L) ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E) ExFreeToNPagedLookasideList(_L, _E)

/* ------------------------------------------------------------------------
 * Memory
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff550767(v=vs.85)
 * NdisAllocateMemoryWithTag, NdisAllocateMemory: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length,
                                                        ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisAllocateMemory(PVOID *VirtualAddress, UINT Length,
                                                 UINT MemoryFlags,
                                                 NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);

#define NdisMoveMappedMemory(Destination, Source, Length) RtlCopyMemory(Destination, Source, Length)
#define NdisZeroMappedMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisMoveToMappedMemory(Destination, Source, Length) \
    NdisMoveMappedMemory(Destination, Source, Length)
#define NdisMoveFromMappedMemory(Destination, Source, Length) \
    NdisMoveMappedMemory(Destination, Source, Length)
#define NdisCopyLookaheadData(Destination, Source, Length, MacOptions) \
    RtlCopyMemory(Destination, Source, Length)
#define NdisStoreUlong(Destination, Value) (*(UNALIGNED ULONG *)(Destination) = (ULONG)(Value))
#define NdisRetrieveUlong(Destination, Source) \
    (*(PULONG)(Destination) = *(UNALIGNED ULONG *)(Source))

/* Physical addresses: any IRQL. */
#define NDIS_PHYSICAL_ADDRESS_CONST(_Low, _High) \
    {{(ULONG)(_Low), (LONG)(_High)}}
#define NdisGetPhysicalAddressHigh(_PhysicalAddress) ((_PhysicalAddress).HighPart)
#define NdisSetPhysicalAddressHigh(_PhysicalAddress, _Value) ((_PhysicalAddress).HighPart) = (_Value)
#define NdisGetPhysicalAddressLow(_PhysicalAddress) ((_PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressLow(_PhysicalAddress, _Value) ((_PhysicalAddress).LowPart) = (_Value)

/* String conversion and case mapping: PASSIVE_LEVEL. */
#define NdisAnsiStringToUnicodeString(_us, _as) RtlAnsiStringToUnicodeString(_us, _as, FALSE)
#define NdisUnicodeStringToAnsiString(_as, _us) RtlUnicodeStringToAnsiString(_as, _us, FALSE)
#define NdisUpcaseUnicodeString(_d, _s) RtlUpcaseUnicodeString(_d, _s, FALSE)

/* ------------------------------------------------------------------------
 * Time and processors
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisgetsystemuptimeex
 * NdisGetSystemUpTime(Ex), NdisGetCurrentProcessorCpuUsage,
 * NdisGetCurrentProcessorCounts: <= DISPATCH_LEVEL.
 * NdisGetProcessorInformation(Ex), NdisGetRoutineAddress: PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

#define NDIS_CURRENT_PROCESSOR_NUMBER KeGetCurrentProcessorNumber()

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetSystemUpTime(PULONG pSystemUpTime);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetSystemUpTimeEx(PLARGE_INTEGER pSystemUpTime);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetCurrentProcessorCpuUsage(PULONG pCpuUsage);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisGetCurrentProcessorCounts(PULONG pIdleCount, PULONG pKernelAndUser,
                                                     PULONG pIndex);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI PVOID NDIS_API NdisGetRoutineAddress(PNDIS_STRING NdisRoutineName);

typedef enum _NDIS_PROCESSOR_TYPE {
    NdisProcessorX86,
    NdisProcessorMips,
    NdisProcessorAlpha,
    NdisProcessorPpc,
    NdisProcessorAmd64,
    NdisProcessorIA64
} NDIS_PROCESSOR_TYPE, *PNDIS_PROCESSOR_TYPE;

typedef enum _NDIS_ENVIRONMENT_TYPE {
    NdisEnvironmentWindows,
    NdisEnvironmentWindowsNt
} NDIS_ENVIRONMENT_TYPE, *PNDIS_ENVIRONMENT_TYPE;

typedef enum _NDIS_PROCESSOR_VENDOR {
    NdisProcessorVendorUnknown,
    NdisProcessorVendorGenuinIntel,
    NdisProcessorVendorGenuineIntel = NdisProcessorVendorGenuinIntel,
    NdisProcessorVendorAuthenticAMD
} NDIS_PROCESSOR_VENDOR, *PNDIS_PROCESSOR_VENDOR;

#define MAXIMUM_PROC_PER_GROUP 64

typedef struct _NDIS_PROCESSOR_INFO {
    ULONG CpuNumber;
    ULONG PhysicalPackageId;
    ULONG CoreId;
    ULONG HyperThreadID;
} NDIS_PROCESSOR_INFO, *PNDIS_PROCESSOR_INFO;

typedef struct _NDIS_SYSTEM_PROCESSOR_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_PROCESSOR_VENDOR ProcessorVendor;
    ULONG NumPhysicalPackages;
    ULONG NumCores;
    ULONG NumCoresPerPhysicalPackage;
    ULONG MaxHyperThreadingCpusPerCore;
    ULONG RssBaseCpu;
    ULONG RssCpuCount;
    PUCHAR RssProcessors;
    NDIS_PROCESSOR_INFO CpuInfo[MAXIMUM_PROC_PER_GROUP];
} NDIS_SYSTEM_PROCESSOR_INFO, *PNDIS_SYSTEM_PROCESSOR_INFO;

#define NDIS_SYSTEM_PROCESSOR_INFO_REVISION_1 1
#define NDIS_SIZEOF_SYSTEM_PROCESSOR_INFO_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SYSTEM_PROCESSOR_INFO, CpuInfo)

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisGetProcessorInformation(
    PNDIS_SYSTEM_PROCESSOR_INFO SystemProcessorInfo);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisGroupMaxProcessorCount(USHORT Group);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisSystemActiveProcessorCount(PKAFFINITY ActiveProcessors);
_IRQL_requires_min_(DISPATCH_LEVEL)
NDIS_DDI PROCESSOR_NUMBER NDIS_API NdisCurrentGroupAndProcessor(VOID);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisProcessorNumberToIndex(PROCESSOR_NUMBER ProcNum);

/* ------------------------------------------------------------------------
 * Event log: <= DISPATCH_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndiswriteeventlogentry
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisWriteEventLogEntry(PVOID LogHandle, NDIS_STATUS EventCode,
                                                     ULONG UniqueEventValue, USHORT NumStrings,
                                                     PVOID StringsList, ULONG DataSize,
                                                     PVOID Data);

/* ------------------------------------------------------------------------
 * Device objects for user-mode access (NDIS 6)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisregisterdeviceex
 * NdisRegisterDeviceEx, NdisDeregisterDeviceEx: PASSIVE_LEVEL.
 * NdisGetDeviceReservedExtension: any IRQL.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING DeviceName;
    PNDIS_STRING SymbolicName;
    PDRIVER_DISPATCH *MajorFunctions;
    ULONG ExtensionSize;
    PCUNICODE_STRING DefaultSDDLString;
    LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;

#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisRegisterDeviceEx(
    NDIS_HANDLE NdisObjectHandle, PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
    PDEVICE_OBJECT *pDeviceObject, PNDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisDeregisterDeviceEx(NDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI PVOID NDIS_API NdisGetDeviceReservedExtension(PDEVICE_OBJECT DeviceObject);

/* ------------------------------------------------------------------------
 * Intermediate drivers, bindings and interface stacks
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisiminitializedeviceinstanceex
 * Device instances, association, PnP notification, interface stack entries,
 * NdisReEnumerateProtocolBindings, NdisMQueryAdapterInstanceName:
 * PASSIVE_LEVEL. NdisIMGetDeviceContext, NdisQueryAdapterInstanceName,
 * NdisQueryPendingIOCount: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIMInitializeDeviceInstanceEx(NDIS_HANDLE DriverHandle,
                                                               PNDIS_STRING DriverInstance,
                                                               NDIS_HANDLE DeviceContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIMCancelInitializeDeviceInstance(NDIS_HANDLE DriverHandle,
                                                                   PNDIS_STRING DeviceInstance);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIMDeInitializeDeviceInstance(NDIS_HANDLE NdisMiniportHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisIMGetDeviceContext(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIMNotifyPnPEvent(NDIS_HANDLE MiniportHandle,
                                                   PNET_PNP_EVENT NetPnPEvent);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisIMAssociateMiniport(NDIS_HANDLE DriverHandle,
                                               NDIS_HANDLE ProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisReEnumerateProtocolBindings(NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisQueryAdapterInstanceName(PNDIS_STRING pAdapterInstanceName,
                                                           NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisQueryBindInstanceName(PNDIS_STRING pAdapterInstanceName,
                                                        NDIS_HANDLE BindingContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMQueryAdapterInstanceName(PNDIS_STRING pAdapterInstanceName,
                                                            NDIS_HANDLE MiniportHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisQueryPendingIOCount(PVOID NdisBindingHandle, PULONG IoCount);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIfAddIfStackEntry(NET_IFINDEX HigherLayerIfIndex,
                                                    NET_IFINDEX LowerLayerIfIndex);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisIfDeleteIfStackEntry(NET_IFINDEX HigherLayerIfIndex,
                                                NET_IFINDEX LowerLayerIfIndex);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIfAllocateNetLuidIndex(NET_IFTYPE ifType,
                                                         PUINT32 pNetLuidIndex);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIfFreeNetLuidIndex(NET_IFTYPE ifType, UINT32 NetLuidIndex);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIfQueryBindingIfIndex(NDIS_HANDLE NdisBindingHandle,
                                                        PNET_IFINDEX pBoundIfIndex,
                                                        PNET_LUID pBoundIfNetLuid,
                                                        PNET_IFINDEX pLowestIfIndex,
                                                        PNET_LUID pLowestIfNetLuid);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_UTIL_H */

/*
 * nm_os.c - the services NDIS gives every driver: memory with tags, strings, events, timers,
 * I/O work items, delays and the error log, with the resource bookkeeping the verifier needs.
 *
 * Memory: every block (NdisAllocateMemoryWithTagPriority, NdisAllocateMemoryWithTag,
 * NdisAllocateMemory, and the NDIS-owned blocks other modules register with nm_mem_track:
 * shared memory, scatter/gather lists, NBL pools, NBLs, MDLs) is recorded with its tag, the
 * driver and adapter that allocated it and the call site. A freed block stays allocated until
 * the end of the run (a driver that reads it after freeing sees its old contents, so one
 * use-after-free cannot crash the run); freeing it twice, or freeing what NDIS never gave, is
 * reported. Timers (NdisAllocateTimerObject / NdisSetTimerObject one-shot and periodic /
 * NdisCancelTimerObject / NdisFreeTimerObject) and work items (NdisAllocateIoWorkItem /
 * NdisQueueIoWorkItem / NdisFreeIoWorkItem) are generation-checked objects whose routines run
 * as scheduler events at their documented entry IRQL (NDIS_TIMER_FUNCTION: the scheduler picks
 * PASSIVE_LEVEL or DISPATCH_LEVEL; NDIS_IO_WORKITEM_FUNCTION: PASSIVE_LEVEL). A periodic timer
 * fires at most nm_timer_ticks times per run.
 *
 * Checks (ids: SDV's where SDV has the rule, the model's own otherwise):
 *   NdisAllocateMemoryWithTagPriority  Tag 0
 *   PeriodicTimer                      a periodic timer cancelled above PASSIVE_LEVEL
 *   NdisStallExecution_Delay           NdisStallExecution for more than 50 microseconds
 *   NdisModel_BadFree                  memory freed twice, or not allocated by NDIS
 *   NdisModel_ResourceLeak             (nm_os_leaks) memory, timers, work items, pools still
 *                                      allocated when the adapter halts or the driver unloads
 *   Init_NdisAllocateIoWorkItem        (nm_os_leaks) a work item allocated in
 *                                      MiniportInitializeEx not freed by Halt (or by Initialize
 *                                      when it fails)
 *   CancelTimerObject                  (nm_os_armed_timers) a timer still set when Halt returns (it is
 *                                      then dropped, and not reported again as leaked)
 * Pages followed (learn.microsoft.com/windows-hardware/drivers/): ddi/ndis/nf-ndis-
 * ndisallocatememorywithtagpriority, nf-ndis-ndissettimerobject, nf-ndis-ndiscanceltimerobject,
 * nf-ndis-ndisqueueioworkitem, devtest/ndis-periodictimer, ndis-canceltimerobject,
 * ndis-init-ndisallocateioworkitem, ndis-ndisstallexecution-delay.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <stdlib.h>
#include <string.h>

#include "nm_ddi_macros.h"

#define INVOKE(drv, role, fnptr, call)                                                                                 \
    do {                                                                                                               \
        struct nm_frame f_;                                                                                            \
        char nb_[96];                                                                                                  \
        nm_invoke_begin(&f_, drv, role, nm_fn_name((void *)(uintptr_t)(fnptr), nb_, sizeof nb_), NULL, 0);             \
        call;                                                                                                          \
        nm_invoke_end(&f_);                                                                                            \
    } while (0)

/* ================================================================ memory */

struct block {
    void *p;
    size_t len;
    ULONG tag;
    const char *what; /* "memory", "shared memory", "NBL pool", ... */
    struct nm_origin org;
    int freed;
};

static struct block *blocks;
static int nblocks, capblocks;

void nm_os_reset(void)
{
    for (int i = 0; i < nblocks; i++)
        free(blocks[i].p);
    free(blocks);
    blocks = NULL;
    nblocks = capblocks = 0;
}

void nm_mem_track(void *p, size_t len, ULONG tag, const char *what, const struct nm_call *c, NDIS_HANDLE handle)
{
    if (nblocks == capblocks) {
        capblocks = capblocks ? capblocks * 2 : 64;
        blocks = realloc(blocks, sizeof *blocks * (size_t)capblocks);
        if (!blocks) {
            fprintf(stderr, "ndis-model: out of memory\n");
            exit(2);
        }
    }
    struct block *b = &blocks[nblocks++];
    memset(b, 0, sizeof *b);
    b->p = p;
    b->len = len;
    b->tag = tag;
    b->what = what;
    b->org.driver = nm_current_driver();
    b->org.adapter = nm_adapter_of(handle);
    struct nm_obj *a = nm_obj(b->org.adapter);
    b->org.in_init = a && a->u.ad.state == NM_AS_INITIALIZING;
    b->org.ddi = c ? c->spelled : "";
    b->org.file = c ? c->file : "";
    b->org.line = c ? c->line : 0;
}

void *nm_mem_alloc(size_t len, ULONG tag, const char *what, const struct nm_call *c, NDIS_HANDLE handle)
{
    void *p = calloc(1, len ? len : 1);
    if (!p) {
        fprintf(stderr, "ndis-model: out of memory\n");
        exit(2);
    }
    nm_mem_track(p, len, tag, what, c, handle);
    return p;
}

int nm_mem_release(void *p, const char *what, const struct nm_call *c)
{
    if (!p)
        return 0;
    for (int i = nblocks - 1; i >= 0; i--)
        if (blocks[i].p == p && !strcmp(blocks[i].what, what)) {
            if (blocks[i].freed) {
                nm_violation("NdisModel_BadFree", c->line, c->file, NULL,
                             "'%s' frees %s that was already freed (allocated by '%s' at %s:%d)", c->spelled, what,
                             blocks[i].org.ddi, blocks[i].org.file[0] ? blocks[i].org.file : "?", blocks[i].org.line);
                return -1;
            }
            blocks[i].freed = 1;
            return 0;
        }
    nm_violation("NdisModel_BadFree", c->line, c->file, NULL, "'%s' frees %s that NDIS did not allocate", c->spelled,
                 what);
    return -1;
}

int nm_mem_live(const void *p, const char *what)
{
    for (int i = nblocks - 1; i >= 0; i--)
        if (blocks[i].p == p && !strcmp(blocks[i].what, what))
            return !blocks[i].freed;
    return 0;
}

static void tag_text(ULONG tag, char *buf)
{
    for (int i = 0; i < 4; i++) {
        unsigned char ch = (unsigned char)(tag >> (8 * i));
        buf[i] = ch >= 32 && ch < 127 ? (char)ch : '.';
    }
    buf[4] = 0;
}

static const char *obj_text(const struct nm_obj *o)
{
    switch (o->kind) {
    case NM_K_TIMER: return "the timer object";
    case NM_K_WORKITEM: return "the work item";
    case NM_K_INTERRUPT: return "the interrupt";
    case NM_K_SGDMA: return "the scatter/gather DMA registration";
    case NM_K_CONFIG: return "the configuration handle";
    case NM_K_NBLPOOL: return "the NBL pool";
    default: return NULL;
    }
}

int nm_os_leaks(int driver, int adapter, const char *when, const char *function)
{
    int n = 0;
    /* A CoNDIS driver's per-call memory lives until its VCs are deleted, which the model's CoNDIS
       scenarios do not always do before an adapter halts or a driver unloads (calls stay up when an
       AF closes): memory is not checked for drivers with call-manager or client handlers. */
    struct nm_obj *d = nm_obj(driver);
    int check_memory = !(d && d->kind == NM_K_DRIVER && (d->u.drv.has_cm || d->u.drv.has_cl));
    for (int i = 0; i < nblocks && check_memory; i++) {
        struct block *b = &blocks[i];
        if (b->freed || b->org.driver != driver || (adapter > 0 && b->org.adapter != adapter))
            continue;
        char tag[8] = "";
        if (b->tag)
            tag_text(b->tag, tag);
        nm_violation("NdisModel_ResourceLeak", b->org.line, b->org.file, function,
                     "%s%s%s%s (%zu bytes) allocated by '%s' is still allocated when %s", b->what,
                     tag[0] ? " tagged '" : "", tag, tag[0] ? "'" : "", b->len, b->org.ddi, when);
        b->freed = 1;
        n++;
    }
    for (int id = 1; id < nm_obj_count(); id++) {
        struct nm_obj *o = nm_obj(id);
        const char *what = obj_text(o);
        if (!what || o->kind == NM_K_INTERRUPT || o->kind == NM_K_SGDMA || o->kind == NM_K_CONFIG)
            continue; /* those have their own rules (nm_miniport.c) */
        if (o->org.driver != driver || (adapter > 0 && o->org.adapter != adapter))
            continue;
        if (o->kind == NM_K_WORKITEM && adapter > 0 && o->u.wi.queued)
            continue; /* pending work: it still runs (what it does after Halt is checked then) */
        if (o->kind == NM_K_WORKITEM && adapter > 0 && o->org.in_init)
            nm_violation("Init_NdisAllocateIoWorkItem", o->org.line, o->org.file, function,
                         "the work item allocated by '%s' in MiniportInitializeEx is not freed when %s", o->org.ddi,
                         when);
        else
            nm_violation("NdisModel_ResourceLeak", o->org.line, o->org.file, function,
                         "%s allocated by '%s' is still allocated when %s", what, o->org.ddi, when);
        nm_obj_free(id);
        n++;
    }
    return n;
}

PVOID NDIS_API NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length, ULONG Tag,
                                                 EX_POOL_PRIORITY Priority)
{
    BEGINQ("NdisAllocateMemoryWithTagPriority");
    (void)Priority;
    H(0, NdisHandle);
    CHECK();
    if (Tag == 0)
        nm_violation("NdisAllocateMemoryWithTagPriority", c->line, c->file, NULL,
                     "'%s' is called with Tag 0; the tag must be nonzero", c->spelled);
    PVOID p = nm_mem_alloc(Length, Tag, "memory", c, NdisHandle);
    END();
    return p;
}

NDIS_STATUS NDIS_API NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length, ULONG Tag)
{
    BEGINQ("NdisAllocateMemoryWithTag");
    *VirtualAddress = nm_mem_alloc(Length, Tag, "memory", c, NULL);
    END();
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API NdisAllocateMemory(PVOID *VirtualAddress, UINT Length, UINT MemoryFlags,
                                        NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress)
{
    BEGINQ("NdisAllocateMemory");
    (void)MemoryFlags;
    (void)HighestAcceptableAddress;
    *VirtualAddress = nm_mem_alloc(Length, 0, "memory", c, NULL);
    END();
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, ULONG Tag)
{
    BEGINQ("NdisFreeMemoryWithTagPriority");
    (void)Tag;
    H(0, NdisHandle);
    CHECK();
    nm_mem_release(VirtualAddress, "memory", c);
    END();
}

VOID NDIS_API NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags)
{
    BEGINQ("NdisFreeMemory");
    (void)Length;
    (void)MemoryFlags;
    nm_mem_release(VirtualAddress, "memory", c);
    END();
}

VOID NDIS_API NdisZeroMemory(PVOID Destination, SIZE_T Length)
{
    memset(Destination, 0, Length);
}
VOID NDIS_API NdisMoveMemory(PVOID Destination, CONST VOID *Source, SIZE_T Length)
{
    memmove(Destination, Source, Length);
}
VOID NDIS_API NdisFillMemory(PVOID Destination, SIZE_T Length, UCHAR Fill)
{
    memset(Destination, Fill, Length);
}
BOOLEAN NDIS_API NdisEqualMemory(CONST VOID *Source1, CONST VOID *Source2, SIZE_T Length)
{
    return memcmp(Source1, Source2, Length) == 0;
}

/* ================================================================ strings */

VOID NDIS_API NdisInitUnicodeString(PNDIS_STRING DestinationString, PCWSTR SourceString)
{
    USHORT n = 0;
    if (SourceString)
        while (SourceString[n])
            n++;
    DestinationString->Buffer = (PWSTR)SourceString;
    DestinationString->Length = (USHORT)(n * sizeof(WCHAR));
    DestinationString->MaximumLength = (USHORT)((n + 1) * sizeof(WCHAR));
}

BOOLEAN NDIS_API NdisEqualString(PNDIS_STRING String1, PNDIS_STRING String2, BOOLEAN CaseInsensitive)
{
    if (String1->Length != String2->Length)
        return FALSE;
    for (USHORT i = 0; i < String1->Length / sizeof(WCHAR); i++) {
        WCHAR a = String1->Buffer[i], b = String2->Buffer[i];
        if (CaseInsensitive) {
            if (a >= 'a' && a <= 'z')
                a = (WCHAR)(a - 32);
            if (b >= 'a' && b <= 'z')
                b = (WCHAR)(b - 32);
        }
        if (a != b)
            return FALSE;
    }
    return TRUE;
}

/* ================================================================ events */

VOID NDIS_API NdisInitializeEvent(PNDIS_EVENT Event)
{
    memset(Event, 0, sizeof *Event);
}
VOID NDIS_API NdisSetEvent(PNDIS_EVENT Event)
{
    BEGINQ("NdisSetEvent");
    Event->Event.Header.SignalState = 1;
    END();
}
VOID NDIS_API NdisResetEvent(PNDIS_EVENT Event)
{
    BEGINQ("NdisResetEvent");
    Event->Event.Header.SignalState = 0;
    END();
}

BOOLEAN NDIS_API NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait)
{
    BEGIN("NdisWaitEvent");
    (void)MsToWait;
    CHECK();
    if (!Event->Event.Header.SignalState && nm_current_irql() > PASSIVE_LEVEL) {
        /* A wait above PASSIVE_LEVEL (already reported by its IRQL rule) cannot let the work that
           would set the event run on this processor: the model returns at once, unsignalled, rather
           than run that work inside the caller's raised region. */
        nm_trace("   waits above PASSIVE_LEVEL: nothing can run; returns unsignalled");
    } else if (!Event->Event.Header.SignalState) {
        nm_trace("   waits: the scheduler runs pending work until the event is set");
        nm_run_nested_until(Event);
    }
    END();
    return Event->Event.Header.SignalState ? TRUE : FALSE;
}

/* ================================================================ delays, time, error log */

VOID NDIS_API NdisMSleep(ULONG MicrosecondsToSleep)
{
    BEGIN("NdisMSleep");
    (void)MicrosecondsToSleep;
    END();
}

VOID NDIS_API NdisStallExecution(UINT MicrosecondsToStall)
{
    BEGINQ("NdisStallExecution");
    if (MicrosecondsToStall > 50)
        nm_violation("NdisStallExecution_Delay", c->line, c->file, NULL,
                     "'%s' stalls for %u microseconds; at most 50 are allowed", c->spelled, MicrosecondsToStall);
    END();
}

VOID NDIS_API NdisGetCurrentSystemTime(PLARGE_INTEGER pSystemTime)
{
    pSystemTime->QuadPart = 133000000000000000LL + (LONGLONG)nm_event_count() * 10000;
}

VOID NDIS_API NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle, NDIS_ERROR_CODE ErrorCode,
                                     ULONG NumberOfErrorValues, ...)
{
    BEGIN("NdisWriteErrorLogEntry");
    (void)NumberOfErrorValues;
    H(0, NdisAdapterHandle);
    CHECK();
    nm_trace("   error log entry 0x%08X", (unsigned)ErrorCode);
    END();
}

/* ================================================================ timers */

static void ev_timer(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_TIMER)
        return;
    struct nm_timer *t = &o->u.tm;
    t->fired++;
    if (!t->period)
        t->armed = 0;
    INVOKE(t->driver, "NDIS_TIMER_FUNCTION", t->fn, t->fn(NULL, t->ctx, NULL, NULL));
    o = nm_obj(e->obj);
    /* a periodic timer stays set; past the run's bound on expirations it just fires no more */
    if (o && o->kind == NM_K_TIMER && o->u.tm.period && o->u.tm.armed && o->u.tm.fired < nm_timer_ticks)
        nm_queue("timer (periodic)", ev_timer, e->obj);
}

NDIS_STATUS NDIS_API NdisAllocateTimerObject(NDIS_HANDLE NdisHandle, PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
                                             PNDIS_HANDLE pTimerObject)
{
    BEGIN("NdisAllocateTimerObject");
    H(0, NdisHandle);
    CHECK();
    int id = nm_obj_new(NM_K_TIMER);
    nm_obj_origin(id, c, NdisHandle);
    struct nm_timer *t = &nm_obj(id)->u.tm;
    t->driver = nm_current_driver();
    t->fn = TimerCharacteristics->TimerFunction;
    t->ctx = TimerCharacteristics->FunctionContext;
    *pTimerObject = nm_handle(id);
    END();
    return NDIS_STATUS_SUCCESS;
}

BOOLEAN NDIS_API NdisSetTimerObject(NDIS_HANDLE TimerObject, LARGE_INTEGER DueTime, LONG MillisecondsPeriod,
                                    PVOID FunctionContext)
{
    BEGIN("NdisSetTimerObject");
    (void)DueTime;
    H(0, TimerObject);
    CHECK();
    int id = nm_resolve(TimerObject, NM_K_TIMER);
    BOOLEAN was = FALSE;
    if (id) {
        struct nm_timer *t = &nm_obj(id)->u.tm;
        if (FunctionContext)
            t->ctx = FunctionContext;
        t->period = MillisecondsPeriod > 0 ? (ULONG)MillisecondsPeriod : 0;
        t->fired = 0;
        t->armed = 1;
        t->set_file = c->file;
        t->set_line = c->line;
        was = nm_unqueue(ev_timer, id) ? TRUE : FALSE;
        nm_queue(MillisecondsPeriod ? "timer (periodic)" : "timer", ev_timer, id);
    }
    END();
    return was;
}

BOOLEAN NDIS_API NdisCancelTimerObject(NDIS_HANDLE TimerObject)
{
    BEGIN("NdisCancelTimerObject");
    H(0, TimerObject);
    CHECK();
    int id = nm_resolve(TimerObject, NM_K_TIMER);
    BOOLEAN was = FALSE;
    if (id) {
        struct nm_timer *t = &nm_obj(id)->u.tm;
        if (t->period && nm_current_irql() > PASSIVE_LEVEL)
            nm_violation("PeriodicTimer", c->line, c->file, NULL,
                         "'%s' cancels a periodic timer (armed at %s:%d) at %s; a periodic timer must be cancelled at "
                         "PASSIVE_LEVEL",
                         c->spelled, t->set_file ? t->set_file : "?", t->set_line, nm_irql_name(nm_current_irql()));
        was = nm_unqueue(ev_timer, id) ? TRUE : FALSE;
        t->armed = 0;
    }
    END();
    return was;
}

VOID NDIS_API NdisFreeTimerObject(NDIS_HANDLE TimerObject)
{
    BEGIN("NdisFreeTimerObject");
    H(0, TimerObject);
    CHECK();
    int id = nm_resolve(TimerObject, NM_K_TIMER);
    if (id) {
        nm_unqueue(ev_timer, id);
        nm_obj_free(id);
    }
    END();
}

int nm_os_armed_timers(int adapter, const char *function)
{
    int n = 0;
    for (int id = 1; id < nm_obj_count(); id++) {
        struct nm_obj *o = nm_obj(id);
        if (o->kind != NM_K_TIMER || !o->u.tm.armed || o->org.adapter != adapter)
            continue;
        nm_violation(
            "CancelTimerObject", o->u.tm.set_line, o->u.tm.set_file ? o->u.tm.set_file : "", function,
            "the timer set here is still set when MiniportHaltEx returns; cancel it with NdisCancelTimerObject "
            "first");
        nm_unqueue(ev_timer, id);
        nm_obj_free(id); /* one finding: the timer is not also reported as leaked */
        n++;
    }
    return n;
}

/* ================================================================ work items */

static void ev_workitem(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_WORKITEM)
        return;
    struct nm_workitem *w = &o->u.wi;
    w->queued = 0;
    NDIS_HANDLE h = nm_handle(e->obj);
    INVOKE(w->driver, "NDIS_IO_WORKITEM_FUNCTION", w->fn, w->fn(w->ctx, h));
}

NDIS_HANDLE NDIS_API NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle)
{
    BEGIN("NdisAllocateIoWorkItem");
    H(0, NdisObjectHandle);
    CHECK();
    int id = nm_obj_new(NM_K_WORKITEM);
    nm_obj_origin(id, c, NdisObjectHandle);
    nm_obj(id)->u.wi.driver = nm_current_driver();
    END();
    return nm_handle(id);
}

VOID NDIS_API NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle, NDIS_IO_WORKITEM_ROUTINE Routine,
                                  PVOID WorkItemContext)
{
    BEGIN("NdisQueueIoWorkItem");
    H(0, NdisIoWorkItemHandle);
    CHECK();
    int id = nm_resolve(NdisIoWorkItemHandle, NM_K_WORKITEM);
    if (id && !nm_obj(id)->u.wi.queued) {
        struct nm_workitem *w = &nm_obj(id)->u.wi;
        w->fn = Routine;
        w->ctx = WorkItemContext;
        w->queued = 1;
        nm_queue("work item", ev_workitem, id);
    }
    END();
}

VOID NDIS_API NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle)
{
    BEGIN("NdisFreeIoWorkItem");
    H(0, NdisIoWorkItemHandle);
    CHECK();
    int id = nm_resolve(NdisIoWorkItemHandle, NM_K_WORKITEM);
    if (id) {
        if (nm_unqueue(ev_workitem, id))
            nm_trace("   note: the queued work item is dropped");
        nm_obj_free(id);
    }
    END();
}

/* ================================================================ interlocked operations */
/* ddi/wdm/nf-wdm-interlocked*: atomic read-modify-write at any IRQL. The model runs one simulated
 * processor, so they need no check; each returns what the documentation says (the new value for
 * Increment/Decrement, the old value for the others). */

LONG NTAPI InterlockedIncrement(LONG volatile *Addend)
{
    return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
LONG NTAPI InterlockedDecrement(LONG volatile *Addend)
{
    return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
LONG NTAPI InterlockedExchange(LONG volatile *Target, LONG Value)
{
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
LONG NTAPI InterlockedExchangeAdd(LONG volatile *Addend, LONG Value)
{
    return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);
}
LONG NTAPI InterlockedCompareExchange(LONG volatile *Destination, LONG ExChange, LONG Comperand)
{
    __atomic_compare_exchange_n(Destination, &Comperand, ExChange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}
LONG NTAPI InterlockedOr(LONG volatile *Destination, LONG Value)
{
    return __atomic_fetch_or(Destination, Value, __ATOMIC_SEQ_CST);
}
LONG NTAPI InterlockedAnd(LONG volatile *Destination, LONG Value)
{
    return __atomic_fetch_and(Destination, Value, __ATOMIC_SEQ_CST);
}
LONG NTAPI InterlockedXor(LONG volatile *Destination, LONG Value)
{
    return __atomic_fetch_xor(Destination, Value, __ATOMIC_SEQ_CST);
}
PVOID NTAPI InterlockedExchangePointer(PVOID volatile *Target, PVOID Value)
{
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
PVOID NTAPI InterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID ExChange, PVOID Comperand)
{
    __atomic_compare_exchange_n(Destination, &Comperand, ExChange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}
LONG64 NTAPI InterlockedIncrement64(LONG64 volatile *Addend)
{
    return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
LONG64 NTAPI InterlockedDecrement64(LONG64 volatile *Addend)
{
    return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
LONG64 NTAPI InterlockedExchange64(LONG64 volatile *Target, LONG64 Value)
{
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
LONG64 NTAPI InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value)
{
    return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);
}
LONG64 NTAPI InterlockedCompareExchange64(LONG64 volatile *Destination, LONG64 ExChange, LONG64 Comperand)
{
    __atomic_compare_exchange_n(Destination, &Comperand, ExChange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}
LONG64 NTAPI InterlockedOr64(LONG64 volatile *Destination, LONG64 Value)
{
    return __atomic_fetch_or(Destination, Value, __ATOMIC_SEQ_CST);
}
LONG64 NTAPI InterlockedAnd64(LONG64 volatile *Destination, LONG64 Value)
{
    return __atomic_fetch_and(Destination, Value, __ATOMIC_SEQ_CST);
}
BOOLEAN NTAPI InterlockedBitTestAndSet(LONG volatile *Base, LONG Bit)
{
    return (__atomic_fetch_or(Base, (LONG)(1UL << Bit), __ATOMIC_SEQ_CST) >> Bit) & 1;
}
BOOLEAN NTAPI InterlockedBitTestAndReset(LONG volatile *Base, LONG Bit)
{
    return (__atomic_fetch_and(Base, (LONG) ~(1UL << Bit), __ATOMIC_SEQ_CST) >> Bit) & 1;
}

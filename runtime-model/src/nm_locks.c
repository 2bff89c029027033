/*
 * nm_locks.c - the simulated IRQL routines and every spin-lock form, with held-lock tracking.
 *
 * IRQL: KeGetCurrentIrql, KfRaiseIrql (KeRaiseIrql and NDIS_RAISE_IRQL_TO_DISPATCH are macros
 * over it), KeLowerIrql, KeRaiseIrqlToDpcLevel. Locks: NDIS spin locks (NdisAcquireSpinLock /
 * NdisReleaseSpinLock raise to DISPATCH_LEVEL and restore the IRQL saved in the lock; the
 * NdisDpr forms require DISPATCH_LEVEL and leave it), kernel spin locks (KeAcquireSpinLock...
 * saves the IRQL in the caller's variable; the AtDpcLevel forms), in-stack queued spin locks
 * (the IRQL is saved in the KLOCK_QUEUE_HANDLE), NDIS 6.20 read-write locks (saved in the
 * LOCK_STATE_EX; NDIS_RWL_AT_DISPATCH_LEVEL skips the raise) and NDIS 5 read-write locks
 * (LOCK_STATE). Acquiring at DIRQL does not lower the IRQL (the IRQL rule reports the call).
 *
 * Every acquisition is recorded with the handler invocation that made it and its call site;
 * the verifier reports (ids: SDV's for NDIS spin locks, the model's own otherwise):
 *   SpinLock                 an NDIS spin lock acquired while this processor holds it, or still
 *                            held when the handler that acquired it returns
 *   SpinLockRelease          an NDIS spin lock released while not held
 *   NdisModel_LockRecursion  a kernel, queued or read-write lock acquired while held (a write
 *                            lock with any holder)
 *   NdisModel_LockHeldAtExit a kernel, queued or read-write lock still held at handler exit
 *   NdisModel_LockNotHeld    a kernel, queued or read-write lock released while not held
 * A lock reported at handler exit is forgotten (as if released), so that one missing release
 * is reported once. Pages followed (learn.microsoft.com/windows-hardware/drivers/):
 * ddi/ndis/nf-ndis-ndisacquirespinlock, nf-ndis-ndisdpracquirespinlock, nf-ndis-ndisacquirerwlockread,
 * ddi/wdm/nf-wdm-keacquireinstackqueuedspinlock, devtest/ndis-spinlock, ndis-spinlockrelease.
 * Limits: one processor; a kernel lock has no call site (the Ke routines are not NDIS DDIs), so
 * its findings name the handler but no line.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <stdlib.h>
#include <string.h>

enum lock_kind { LK_NDIS, LK_KE, LK_QUEUED, LK_RW_READ, LK_RW_WRITE };

struct held {
    const void *lock;  /* the lock's address (the KSPIN_LOCK of an NDIS spin lock) */
    const void *state; /* LOCK_STATE(_EX) or KLOCK_QUEUE_HANDLE, NULL for the others */
    enum lock_kind kind;
    int frame; /* serial of the invocation that acquired it (0: a scenario action) */
    const char *ddi, *file, *handler;
    int line;
};

static struct held *held;
static int nheld, capheld;

void nm_locks_reset(void)
{
    free(held);
    held = NULL;
    nheld = capheld = 0;
}

static int is_ndis(enum lock_kind k)
{
    return k == LK_NDIS;
}

static const char *kind_text(enum lock_kind k)
{
    switch (k) {
    case LK_NDIS: return "NDIS spin lock";
    case LK_KE: return "spin lock";
    case LK_QUEUED: return "queued spin lock";
    case LK_RW_READ: return "read-write lock (read)";
    case LK_RW_WRITE: return "read-write lock (write)";
    }
    return "lock";
}

static int conflicts(const struct held *h, const void *lock, enum lock_kind k)
{
    if (h->lock != lock)
        return 0;
    if (k == LK_RW_READ)
        return h->kind == LK_RW_WRITE;
    return 1;
}

static void acquire(const void *lock, const void *state, enum lock_kind k, const struct nm_call *c)
{
    for (int i = 0; i < nheld; i++)
        if (conflicts(&held[i], lock, k)) {
            nm_violation(is_ndis(k) ? "SpinLock" : "NdisModel_LockRecursion", c->line, c->file, NULL,
                         "'%s' acquires a %s this processor already holds (acquired by '%s' at %s:%d): a deadlock",
                         c->spelled, kind_text(k), held[i].ddi, held[i].file[0] ? held[i].file : "?", held[i].line);
            break;
        }
    const struct nm_frame *f = nm_current_frame();
    if (nheld == capheld) {
        capheld = capheld ? capheld * 2 : 16;
        held = realloc(held, sizeof *held * (size_t)capheld);
        if (!held) {
            fprintf(stderr, "ndis-model: out of memory\n");
            exit(2);
        }
    }
    held[nheld++] = (struct held){lock, state, k, f ? f->serial : 0, c->spelled, c->file, f ? f->handler : "", c->line};
}

static void release(const void *lock, const void *state, enum lock_kind k, const struct nm_call *c)
{
    for (int i = nheld - 1; i >= 0; i--) {
        int match = held[i].lock == lock;
        if (match && (k == LK_RW_READ || k == LK_RW_WRITE || k == LK_QUEUED) && state)
            match = held[i].state == state;
        if (match) {
            memmove(&held[i], &held[i + 1], sizeof *held * (size_t)(nheld - i - 1));
            nheld--;
            return;
        }
    }
    nm_violation(is_ndis(k) ? "SpinLockRelease" : "NdisModel_LockNotHeld", c->line, c->file, NULL,
                 "'%s' releases a %s that is not held", c->spelled, kind_text(k));
}

static int is_held(const void *lock)
{
    for (int i = 0; i < nheld; i++)
        if (held[i].lock == lock)
            return 1;
    return 0;
}

void nm_locks_frame_exit(const struct nm_frame *f)
{
    for (int i = 0; i < nheld;) {
        if (held[i].frame != f->serial) {
            i++;
            continue;
        }
        nm_violation(is_ndis(held[i].kind) ? "SpinLock" : "NdisModel_LockHeldAtExit", held[i].line, held[i].file,
                     f->handler, "the %s acquired by '%s' is still held when %s returns", kind_text(held[i].kind),
                     held[i].ddi, f->handler);
        memmove(&held[i], &held[i + 1], sizeof *held * (size_t)(nheld - i - 1));
        nheld--;
    }
}

/* Raises the simulated IRQL to DISPATCH_LEVEL unless it is higher; returns the old one. */
static KIRQL raise_to_dispatch(void)
{
    int old = nm_current_irql();
    if (old < DISPATCH_LEVEL)
        nm_set_irql(DISPATCH_LEVEL);
    return (KIRQL)old;
}

/* ---------------------------------------------------------------- IRQL */

/* A recorded call (quiet): the call_context rule Flags_Irql is about where it is called. */
KIRQL NTAPI KeGetCurrentIrql(VOID)
{
    struct nm_call *c = nm_ddi_begin_q("KeGetCurrentIrql", 1);
    KIRQL irql = (KIRQL)nm_current_irql();
    nm_ddi_end(c);
    return irql;
}

KIRQL NTAPI KfRaiseIrql(KIRQL NewIrql)
{
    struct nm_call *c = nm_ddi_begin_q("KfRaiseIrql", 1);
    KIRQL old = (KIRQL)nm_current_irql();
    if (NewIrql < old)
        nm_trace("KfRaiseIrql to a lower IRQL (%s)", nm_irql_name(NewIrql));
    nm_set_irql(NewIrql);
    nm_ddi_end(c);
    return old;
}

VOID NTAPI KeLowerIrql(KIRQL NewIrql)
{
    struct nm_call *c = nm_ddi_begin_q("KeLowerIrql", 1);
    if (NewIrql > nm_current_irql())
        nm_trace("KeLowerIrql to a higher IRQL (%s)", nm_irql_name(NewIrql));
    nm_set_irql(NewIrql);
    nm_ddi_end(c);
}

KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID)
{
    struct nm_call *c = nm_ddi_begin_q("KeRaiseIrqlToDpcLevel", 1);
    KIRQL old = raise_to_dispatch();
    nm_ddi_end(c);
    return old;
}

ULONG NTAPI KeGetCurrentProcessorNumber(VOID)
{
    return 0;
}

/* ---------------------------------------------------------------- kernel spin locks */

VOID NTAPI KeInitializeSpinLock(PKSPIN_LOCK SpinLock)
{
    *SpinLock = 0;
}

KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("KeAcquireSpinLockRaiseToDpc", 1);
    KIRQL old = raise_to_dispatch();
    acquire(SpinLock, NULL, LK_KE, c);
    *SpinLock = 1;
    nm_ddi_end(c);
    return old;
}

VOID NTAPI KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql)
{
    struct nm_call *c = nm_ddi_begin_q("KeReleaseSpinLock", 1);
    release(SpinLock, NULL, LK_KE, c);
    *SpinLock = 0;
    nm_set_irql(NewIrql);
    nm_ddi_end(c);
}

VOID NTAPI KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("KeAcquireSpinLockAtDpcLevel", 1);
    acquire(SpinLock, NULL, LK_KE, c);
    *SpinLock = 1;
    nm_ddi_end(c);
}

VOID NTAPI KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("KeReleaseSpinLockFromDpcLevel", 1);
    release(SpinLock, NULL, LK_KE, c);
    *SpinLock = 0;
    nm_ddi_end(c);
}

BOOLEAN NTAPI KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("KeTryToAcquireSpinLockAtDpcLevel", 1);
    BOOLEAN got = FALSE;
    if (!is_held(SpinLock)) {
        acquire(SpinLock, NULL, LK_KE, c);
        *SpinLock = 1;
        got = TRUE;
    }
    nm_ddi_end(c);
    return got;
}

BOOLEAN NTAPI KeTestSpinLock(PKSPIN_LOCK SpinLock)
{
    return is_held(SpinLock) ? FALSE : TRUE;
}

VOID NTAPI KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle)
{
    struct nm_call *c = nm_ddi_begin_q("KeAcquireInStackQueuedSpinLock", 1);
    LockHandle->LockQueue.Lock = SpinLock;
    LockHandle->OldIrql = raise_to_dispatch();
    acquire(SpinLock, LockHandle, LK_QUEUED, c);
    nm_ddi_end(c);
}

VOID NTAPI KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE LockHandle)
{
    struct nm_call *c = nm_ddi_begin_q("KeReleaseInStackQueuedSpinLock", 1);
    release(LockHandle->LockQueue.Lock, LockHandle, LK_QUEUED, c);
    nm_set_irql(LockHandle->OldIrql);
    nm_ddi_end(c);
}

VOID NTAPI KeAcquireInStackQueuedSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle)
{
    struct nm_call *c = nm_ddi_begin_q("KeAcquireInStackQueuedSpinLockAtDpcLevel", 1);
    LockHandle->LockQueue.Lock = SpinLock;
    LockHandle->OldIrql = (KIRQL)nm_current_irql();
    acquire(SpinLock, LockHandle, LK_QUEUED, c);
    nm_ddi_end(c);
}

VOID NTAPI KeReleaseInStackQueuedSpinLockFromDpcLevel(PKLOCK_QUEUE_HANDLE LockHandle)
{
    struct nm_call *c = nm_ddi_begin_q("KeReleaseInStackQueuedSpinLockFromDpcLevel", 1);
    release(LockHandle->LockQueue.Lock, LockHandle, LK_QUEUED, c);
    nm_ddi_end(c);
}

/* ---------------------------------------------------------------- NDIS spin locks */

VOID NDIS_API NdisAllocateSpinLock(PNDIS_SPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisAllocateSpinLock", 1);
    SpinLock->SpinLock = 0;
    SpinLock->OldIrql = 0;
    nm_ddi_end(c);
}

VOID NDIS_API NdisFreeSpinLock(PNDIS_SPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisFreeSpinLock", 1);
    if (is_held(&SpinLock->SpinLock))
        nm_violation("SpinLock", c->line, c->file, NULL, "'%s' frees an NDIS spin lock that is held", c->spelled);
    nm_ddi_end(c);
}

VOID NDIS_API NdisAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisAcquireSpinLock", 1);
    nm_ddi_check(c);
    KIRQL old = raise_to_dispatch();
    acquire(&SpinLock->SpinLock, NULL, LK_NDIS, c);
    SpinLock->SpinLock = 1;
    SpinLock->OldIrql = old;
    nm_ddi_end(c);
}

VOID NDIS_API NdisReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisReleaseSpinLock", 1);
    nm_ddi_check(c);
    release(&SpinLock->SpinLock, NULL, LK_NDIS, c);
    SpinLock->SpinLock = 0;
    nm_set_irql(SpinLock->OldIrql);
    nm_ddi_end(c);
}

VOID NDIS_API NdisDprAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisDprAcquireSpinLock", 1);
    if (nm_current_irql() != DISPATCH_LEVEL)
        nm_trace("!! NdisDprAcquireSpinLock at %s (it requires DISPATCH_LEVEL)", nm_irql_name(nm_current_irql()));
    acquire(&SpinLock->SpinLock, NULL, LK_NDIS, c);
    SpinLock->SpinLock = 1;
    nm_ddi_end(c);
}

VOID NDIS_API NdisDprReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisDprReleaseSpinLock", 1);
    release(&SpinLock->SpinLock, NULL, LK_NDIS, c);
    SpinLock->SpinLock = 0;
    nm_ddi_end(c);
}

/* ---------------------------------------------------------------- read-write locks */

struct _NDIS_RW_LOCK_EX {
    int readers, writer;
};

PNDIS_RW_LOCK_EX NDIS_API NdisAllocateRWLock(NDIS_HANDLE NdisHandle)
{
    struct nm_call *c = nm_ddi_begin_q("NdisAllocateRWLock", 1);
    nm_arg_handle(c, 0, NdisHandle, "NdisHandle");
    nm_ddi_check(c);
    PNDIS_RW_LOCK_EX l = calloc(1, sizeof *l);
    nm_ddi_end(c);
    return l;
}

VOID NDIS_API NdisFreeRWLock(PNDIS_RW_LOCK_EX Lock)
{
    struct nm_call *c = nm_ddi_begin_q("NdisFreeRWLock", 1);
    if (is_held(Lock))
        nm_violation("NdisModel_LockRecursion", c->line, c->file, NULL, "'%s' frees a read-write lock that is held",
                     c->spelled);
    free(Lock);
    nm_ddi_end(c);
}

static void rw_acquire(const char *ddi, PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState, UCHAR Flags, int write)
{
    struct nm_call *c = nm_ddi_begin_q(ddi, 1);
    KIRQL old = (KIRQL)nm_current_irql();
    if (!(Flags & NDIS_RWL_AT_DISPATCH_LEVEL))
        old = raise_to_dispatch();
    LockState->OldIrql = old;
    LockState->Flags = Flags;
    acquire(Lock, LockState, write ? LK_RW_WRITE : LK_RW_READ, c);
    nm_ddi_end(c);
}

VOID NDIS_API NdisAcquireRWLockRead(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState, UCHAR Flags)
{
    rw_acquire("NdisAcquireRWLockRead", Lock, LockState, Flags, 0);
}

VOID NDIS_API NdisAcquireRWLockWrite(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState, UCHAR Flags)
{
    rw_acquire("NdisAcquireRWLockWrite", Lock, LockState, Flags, 1);
}

VOID NDIS_API NdisReleaseRWLock(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState)
{
    struct nm_call *c = nm_ddi_begin_q("NdisReleaseRWLock", 1);
    release(Lock, LockState, LK_RW_READ, c);
    if (!(LockState->Flags & NDIS_RWL_AT_DISPATCH_LEVEL))
        nm_set_irql(LockState->OldIrql);
    nm_ddi_end(c);
}

VOID NDIS_API NdisInitializeReadWriteLock(PNDIS_RW_LOCK Lock)
{
    memset(Lock, 0, sizeof *Lock);
}

VOID NDIS_API NdisAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite, PLOCK_STATE LockState)
{
    struct nm_call *c = nm_ddi_begin_q("NdisAcquireReadWriteLock", 1);
    LockState->OldIrql = raise_to_dispatch();
    LockState->LockState = fWrite ? 1 : 0;
    acquire(Lock, LockState, fWrite ? LK_RW_WRITE : LK_RW_READ, c);
    nm_ddi_end(c);
}

VOID NDIS_API NdisReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState)
{
    struct nm_call *c = nm_ddi_begin_q("NdisReleaseReadWriteLock", 1);
    release(Lock, LockState, LockState->LockState ? LK_RW_WRITE : LK_RW_READ, c);
    nm_set_irql(LockState->OldIrql);
    nm_ddi_end(c);
}

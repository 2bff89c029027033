/* irql.c — the IRQL analysis and the IRQL rules (see irql.h). */
#include "irql.h"

#include "sal.h"

#include <stdlib.h>
#include <string.h>

/* ---- lattice ---------------------------------------------------------------------------- */

struct irql_iv irql_bottom(void)
{
    struct irql_iv b = {1, 0, NULL, NULL};
    return b;
}

bool irql_is_bottom(struct irql_iv a)
{
    return a.lo > a.hi;
}

struct irql_iv irql_join(struct irql_iv a, struct irql_iv b)
{
    if (irql_is_bottom(a))
        return b;
    if (irql_is_bottom(b))
        return a;
    struct irql_iv r = a;
    if (b.lo < a.lo) {
        r.lo = b.lo;
        r.why_lo = b.why_lo;
    }
    if (b.hi > a.hi) {
        r.hi = b.hi;
        r.why_hi = b.why_hi;
    }
    return r;
}

bool irql_iv_eq(struct irql_iv a, struct irql_iv b)
{
    if (irql_is_bottom(a) || irql_is_bottom(b))
        return irql_is_bottom(a) == irql_is_bottom(b);
    return a.lo == b.lo && a.hi == b.hi;
}

bool irql_within(struct irql_iv a, struct irql_range req, bool *all_out)
{
    *all_out = a.hi < req.lo || a.lo > req.hi;
    return a.lo >= req.lo && a.hi <= req.hi;
}

/* ---- per-path state ------------------------------------------------------------------------ */

#define MAX_SAVED 16

struct saved {
    const char *path;
    struct irql_iv v;
    bool snap; /* the IRQL of the moment, read by KeGetCurrentIrql() (not one saved before a raise) */
};

struct state {
    bool reach;
    bool vague; /* the IRQL is not known on some path into here */
    struct irql_iv cur;
    int nsaved;
    struct saved saved[MAX_SAVED];
    /* IRQL before the last KfRaiseIrql-style call, for the assignment of its return value */
    int pending_call;
    struct irql_iv pending;
    bool pending_snap; /* `pending` is the current IRQL (KeGetCurrentIrql) */
};

static void st_bottom(struct state *s)
{
    memset(s, 0, sizeof(*s));
    s->cur = irql_bottom();
    s->pending_call = -1;
}

static struct saved *st_find(struct state *s, const char *path)
{
    for (int i = 0; i < s->nsaved; i++)
        if (strcmp(s->saved[i].path, path) == 0)
            return &s->saved[i];
    return NULL;
}

static void st_save(struct state *s, const char *path, struct irql_iv v)
{
    struct saved *sv = st_find(s, path);
    if (!sv) {
        if (s->nsaved == MAX_SAVED)
            return;
        sv = &s->saved[s->nsaved++];
        sv->path = path;
    }
    sv->v = v;
    sv->snap = false;
}

static void st_kill(struct state *s, const char *path)
{
    for (int i = 0; i < s->nsaved; i++)
        if (strcmp(s->saved[i].path, path) == 0) {
            s->saved[i] = s->saved[--s->nsaved];
            return;
        }
}

/* Joins `b` into `a`; returns true if `a` changed. */
static bool st_join_into(struct state *a, const struct state *b)
{
    if (!b->reach)
        return false;
    if (!a->reach) {
        *a = *b;
        a->pending_call = -1;
        return true;
    }
    bool changed = false;
    struct irql_iv j = irql_join(a->cur, b->cur);
    if (!irql_iv_eq(j, a->cur))
        changed = true;
    a->cur = j;
    if (b->vague && !a->vague) {
        a->vague = true;
        changed = true;
    }
    for (int i = 0; i < b->nsaved; i++) {
        struct saved *sv = st_find(a, b->saved[i].path);
        if (!sv) {
            if (a->nsaved < MAX_SAVED) {
                a->saved[a->nsaved++] = b->saved[i];
                changed = true;
            }
            continue;
        }
        struct irql_iv jv = irql_join(sv->v, b->saved[i].v);
        if (!irql_iv_eq(jv, sv->v) || (sv->snap && !b->saved[i].snap))
            changed = true;
        sv->v = jv;
        sv->snap = sv->snap && b->saved[i].snap;
    }
    return changed;
}

/* ---- the analysis ----------------------------------------------------------------------- */

struct memo {
    int lo, hi;
    struct irql_iv exit;
    bool vague;
    struct memo *next;
};

struct fstate {
    struct irql_iv entry;
    bool has_entry;
    bool default_entry; /* no role and no caller: PASSIVE_LEVEL by assumption */
    bool in_summary;    /* summary computation in progress (recursion guard) */
    bool queued;
    bool sal_entry; /* the entry IRQL comes from the function's IRQL annotation */
    struct memo *memo;
};

struct an {
    struct dm_driver *d;
    struct arena arena;
    struct fstate *fs;
    int *queue;
    int qlen;
    struct findings *out;
    FILE *dump;
    struct vec runs; /* struct run: the runs in progress, innermost last */
    /* set by transfer() when it waits for a summary not computed yet */
    int need_func;
    struct irql_iv need_entry;
    /* IRQL annotations (sal.h): the index, each function's own, the rule that reports them */
    struct sal_index sal;
    const struct ir_sal **own_sal;
    const struct rule_def *sal_rule;
    struct fconsts *consts;  /* per function, computed on first use */
    struct fflags *flags;    /* per function, computed on first use */
    unsigned char **argvals; /* find_callsite_values(), on first use */
};

enum mode { M_SUMMARY, M_PROPAGATE, M_CHECK };

static const struct irql_why *mk_why(struct an *a, enum irql_why_kind k, struct ir_loc loc, const char *func,
                                     const char *what, struct irql_range r, const struct irql_why *next)
{
    struct irql_why *w = arena_alloc(&a->arena, sizeof(*w));
    w->kind = k;
    w->loc = loc;
    w->func = func;
    w->what = what;
    w->range = r;
    w->next = next;
    return w;
}

static void push(struct an *a, int f)
{
    if (a->fs[f].queued)
        return;
    a->fs[f].queued = true;
    a->queue[a->qlen++] = f;
}

static const char *arg_path(const struct ir_event *e, int i)
{
    if (i < 0 || i >= e->nargs || e->args[i].kind != IR_V_PATH || !e->args[i].text)
        return NULL;
    const char *p = e->args[i].text;
    return p[0] == '&' ? p + 1 : p;
}

static bool arg_const(const struct ir_event *e, int i, int *lvl)
{
    if (i < 0 || i >= e->nargs || e->args[i].kind != IR_V_CONST)
        return false;
    long long v = e->args[i].cval;
    if (v < 0 || v > 15)
        return false;
    *lvl = (int)v;
    return true;
}

static struct irql_iv point(int lvl, const struct irql_why *w)
{
    struct irql_iv r = {lvl, lvl, w, w};
    return r;
}

static bool summary(struct an *a, int g, struct irql_iv entry, struct irql_iv *exit, bool *vague);
static void check_call(struct an *a, int f, const struct ir_event *e, const struct state *s);
static bool sal_call_effect(struct an *a, int fi, const struct ir_event *e, int ei, struct state *s);
static void sal_check_call(struct an *a, int fi, const struct ir_event *e, const struct state *s);
static void sal_check_level(struct an *a, int fi, const struct ir_event *e, struct irql_iv before,
                            const struct state *s);

/* The IRQL after a call of driver function `g` in state `s`: its summary's exit IRQL for the IRQL at
 * the call. Returns false, leaving `s` alone, when that summary is not computed yet (a->need_func,
 * a->need_entry). */
static bool apply_summary(struct an *a, int g, struct state *s)
{
    bool vg = false;
    struct irql_iv ex;
    if (!summary(a, g, s->cur, &ex, &vg)) {
        a->need_func = g;
        a->need_entry = s->cur;
        return false;
    }
    if (irql_is_bottom(ex))
        return true;
    struct irql_iv nc = ex;
    if (ex.hi == s->cur.hi)
        nc.why_hi = s->cur.why_hi;
    if (ex.lo == s->cur.lo)
        nc.why_lo = s->cur.why_lo;
    s->cur = nc;
    if (vg)
        s->vague = true;
    return true;
}

/* Applies one event to the state. Returns false, leaving the state alone, when the event calls a
 * driver function whose summary for the IRQL at the call is not computed yet (a->need_func,
 * a->need_entry): the caller computes it and applies the event again with `resume` set, which
 * skips what was already done for it (checking the call, passing the IRQL on to the callee). */
static bool transfer(struct an *a, int fi, const struct ir_event *e, int ei, struct state *s, enum mode m, bool resume)
{
    struct dm_driver *d = a->d;
    const struct ir_func *f = d->funcs[fi].ir;
    if (resume)
        return apply_summary(a, dm_resolve(d, f, e->callee), s);
    if (e->kind == IR_ASSIGN) {
        if (!e->lhs)
            return true;
        if (e->rhs.kind == IR_V_CALL && e->rhs.call == s->pending_call) {
            st_save(s, e->lhs, s->pending);
            st_find(s, e->lhs)->snap = s->pending_snap;
            s->pending_call = -1;
            return true;
        }
        if (e->rhs.kind == IR_V_PATH && e->rhs.text) {
            struct saved *src = st_find(s, e->rhs.text);
            if (src) {
                struct irql_iv v = src->v;
                st_save(s, e->lhs, v);
                return true;
            }
        }
        st_kill(s, e->lhs);
        return true;
    }
    if (e->kind != IR_CALL || e->indirect)
        return true;
    if (m == M_CHECK) {
        check_call(a, fi, e, s);
        sal_check_call(a, fi, e, s);
    }
    const char *name = dm_call_name(d, e);
    struct irql_effect *eff = strmap_get(&d->rules->effects, e->callee);
    if (!eff && e->macro)
        eff = strmap_get(&d->rules->effects, e->macro);
    if (eff) {
        int lvl = eff->level;
        if (lvl < 0 && eff->value_arg >= 0 && !arg_const(e, eff->value_arg, &lvl))
            lvl = -1;
        struct irql_range r = {lvl, lvl};
        switch (eff->kind) {
        case EFF_RAISE_SAVE: {
            const char *p = arg_path(e, eff->arg);
            if (p)
                st_save(s, p, s->cur);
            if (lvl < 0) {
                s->vague = true;
                break;
            }
            s->cur = point(lvl, mk_why(a, W_RAISE, e->loc, NULL, name, r, NULL));
            break;
        }
        case EFF_RAISE_RET:
            s->pending = s->cur;
            s->pending_call = ei;
            s->pending_snap = false;
            if (lvl < 0) {
                s->vague = true;
                break;
            }
            s->cur = point(lvl, mk_why(a, W_RAISE, e->loc, NULL, name, r, NULL));
            break;
        case EFF_CURRENT_RET:
            s->pending = s->cur;
            s->pending_call = ei;
            s->pending_snap = true;
            break;
        case EFF_RESTORE:
        case EFF_SET_ARG: {
            int c;
            if (eff->kind == EFF_SET_ARG && arg_const(e, eff->arg, &c)) {
                struct irql_range cr = {c, c};
                s->cur = point(c, mk_why(a, W_LOWER, e->loc, NULL, name, cr, NULL));
                break;
            }
            const char *p = arg_path(e, eff->arg);
            struct saved *sv = p ? st_find(s, p) : NULL;
            if (sv && !irql_is_bottom(sv->v)) {
                s->cur = sv->v;
                if (eff->kind == EFF_RESTORE)
                    st_kill(s, p);
            } else {
                s->vague = true;
                s->cur.lo = 0;
            }
            break;
        }
        }
        return true;
    }
    int g = dm_resolve(d, f, e->callee);
    if (g < 0) {
        sal_call_effect(a, fi, e, ei, s);
        return true;
    }
    if (m == M_PROPAGATE) {
        struct fstate *gs = &a->fs[g];
        const struct irql_why *wh = mk_why(a, W_CALLSITE, e->loc, d->funcs[g].ir->name, NULL,
                                           (struct irql_range){s->cur.lo, s->cur.hi}, s->cur.why_hi);
        const struct irql_why *wl = s->cur.why_lo == s->cur.why_hi
                                        ? wh
                                        : mk_why(a, W_CALLSITE, e->loc, d->funcs[g].ir->name, NULL,
                                                 (struct irql_range){s->cur.lo, s->cur.hi}, s->cur.why_lo);
        struct irql_iv cs = {s->cur.lo, s->cur.hi, wl, wh};
        if (!s->vague && !gs->sal_entry) {
            struct irql_iv j = gs->has_entry ? irql_join(gs->entry, cs) : cs;
            if (!gs->has_entry || !irql_iv_eq(j, gs->entry) || gs->default_entry) {
                gs->entry = gs->default_entry ? cs : j;
                gs->has_entry = true;
                gs->default_entry = false;
                push(a, g);
            }
        }
    }
    if (sal_call_effect(a, fi, e, ei, s)) /* the annotated effect instead of the summary */
        return true;
    return apply_summary(a, g, s);
}

/* False when the edge cannot be taken in state `s`: its condition compares a variable holding a
 * saved IRQL (KIRQL OldIrql) of one known level with a constant, as NDIS_LOWER_IRQL does. */
static bool edge_feasible(const struct ir_block *bl, const struct ir_edge *ed, struct state *s)
{
    const struct ir_cond *c = &bl->cond;
    if ((ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE) || c->kind != IR_COND_CMP || !c->path)
        return true;
    struct saved *sv = st_find(s, c->path);
    if (!sv || irql_is_bottom(sv->v) || sv->v.lo != sv->v.hi)
        return true;
    long long v = sv->v.lo;
    bool r;
    switch (c->op) {
    case IR_EQ: r = v == c->cval; break;
    case IR_NE: r = v != c->cval; break;
    case IR_LT: r = v < c->cval; break;
    case IR_LE: r = v <= c->cval; break;
    case IR_GT: r = v > c->cval; break;
    default: r = v >= c->cval; break;
    }
    if (c->negated)
        r = !r;
    return ed->kind == IR_E_TRUE ? r : !r;
}

/* ---- locals that hold one constant --------------------------------------------------------- */

/* The locals of a function that are assigned exactly once, a constant, and whose address is never
 * taken (`BOOLEAN bFalse = FALSE;`, as WDK samples write to keep `do { } while (FALSE)` and
 * `if (DispatchLevel)` macros free of constant-condition warnings). A branch on one of them can
 * take one way only. */
struct fconsts {
    bool done;
    int n;
    const char **names;
    long long *vals;
};

static bool simple_name(const char *p)
{
    for (; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

/* True if the access path `p` takes the address of local `name` (`&name`, `&name.f`, `&name[]`). */
static bool takes_address(const char *p, const char *name)
{
    size_t l = strlen(name);
    if (!p || p[0] != '&' || strncmp(p + 1, name, l) != 0)
        return false;
    char next = p[1 + l];
    return next == 0 || next == '.' || next == '[' || next == '-';
}

static void find_consts(struct an *a, int fi, struct fconsts *fc)
{
    const struct ir_func *f = a->d->funcs[fi].ir;
    fc->done = true;
    size_t nl = f->locals.len;
    if (!nl)
        return;
    int *count = calloc(nl, sizeof(int));
    bool *bad = calloc(nl, sizeof(bool));
    long long *val = calloc(nl, sizeof(long long));
    if (!count || !bad || !val)
        abort();
    for (size_t bi = 0; bi < f->blocks.len; bi++) {
        const struct ir_block *bl = ir_block(f, (int)bi);
        for (size_t ei = 0; ei < bl->events.len; ei++) {
            const struct ir_event *e = ir_event_at(bl, (int)ei);
            for (size_t li = 0; li < nl; li++) {
                const char *name = *(const char **)vec_at(&f->locals, li);
                if (e->kind == IR_ASSIGN && e->lhs && strcmp(e->lhs, name) == 0) {
                    if (count[li]++ || e->rhs.kind != IR_V_CONST || e->rhs.has_alt)
                        bad[li] = true;
                    val[li] = e->rhs.cval;
                }
                if (e->kind == IR_ASSIGN && e->rhs.kind == IR_V_PATH && takes_address(e->rhs.text, name))
                    bad[li] = true;
                for (int k = 0; e->kind == IR_CALL && k < e->nargs; k++)
                    if (e->args[k].kind == IR_V_PATH && takes_address(e->args[k].text, name))
                        bad[li] = true;
            }
        }
    }
    fc->names = arena_alloc(&a->arena, sizeof(char *) * nl);
    fc->vals = arena_alloc(&a->arena, sizeof(long long) * nl);
    for (size_t li = 0; li < nl; li++)
        if (count[li] == 1 && !bad[li] && simple_name(*(const char **)vec_at(&f->locals, li))) {
            fc->names[fc->n] = *(const char **)vec_at(&f->locals, li);
            fc->vals[fc->n++] = val[li];
        }
    free(count);
    free(bad);
    free(val);
}

/* The truth of condition `c` when the value it tests is `v`. */
static bool cond_value(const struct ir_cond *c, long long v)
{
    bool r;
    switch (c->kind) {
    case IR_COND_TRUTH: r = v != 0; break;
    case IR_COND_SUCCESS: r = (int32_t)v >= 0; break;
    default:
        switch (c->op) {
        case IR_EQ: r = v == c->cval; break;
        case IR_NE: r = v != c->cval; break;
        case IR_LT: r = v < c->cval; break;
        case IR_LE: r = v <= c->cval; break;
        case IR_GT: r = v > c->cval; break;
        default: r = v >= c->cval; break;
        }
    }
    return c->negated ? !r : r;
}

/* False when the edge cannot be taken because its condition tests a constant local. */
static bool const_edge_feasible(struct an *a, int fi, const struct ir_block *bl, const struct ir_edge *ed)
{
    const struct ir_cond *c = &bl->cond;
    if ((ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE) || c->kind == IR_COND_NONE || !c->path)
        return true;
    struct fconsts *fc = &a->consts[fi];
    if (!fc->done)
        find_consts(a, fi, fc);
    int k = 0;
    while (k < fc->n && strcmp(fc->names[k], c->path) != 0)
        k++;
    if (k == fc->n)
        return true;
    return cond_value(c, fc->vals[k]) == (ed->kind == IR_E_TRUE);
}

/* Refines the IRQL along an edge whose condition compares the current IRQL with a constant:
 * `KeGetCurrentIrql() > PASSIVE_LEVEL` (the call's result), or a variable that holds it
 * (`Irql = KeGetCurrentIrql();`) while the IRQL has not changed since. Returns false when no level
 * of `s` satisfies the edge. */
static bool current_edge_refine(const struct dm_driver *d, const struct ir_block *bl, const struct ir_edge *ed,
                                struct state *s)
{
    const struct ir_cond *c = &bl->cond;
    if ((ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE) || c->kind != IR_COND_CMP || s->vague ||
        irql_is_bottom(s->cur))
        return true;
    bool current = false;
    if (c->on_call) {
        const struct ir_event *e = c->call >= 0 && (size_t)c->call < bl->events.len ? ir_event_at(bl, c->call) : NULL;
        const struct irql_effect *eff =
            e && e->kind == IR_CALL && e->callee ? strmap_get(&d->rules->effects, e->callee) : NULL;
        if (!eff && e && e->macro)
            eff = strmap_get(&d->rules->effects, e->macro);
        current = eff && eff->kind == EFF_CURRENT_RET;
    } else if (c->path) {
        const struct saved *sv = st_find(s, c->path);
        current = sv && sv->snap && irql_iv_eq(sv->v, s->cur);
    }
    if (!current)
        return true;
    int lo = s->cur.lo, hi = s->cur.hi, nlo = IRQL_HIGH + 1, nhi = -1;
    for (int v = lo; v <= hi; v++)
        if (cond_value(c, v) == (ed->kind == IR_E_TRUE)) {
            if (nlo > v)
                nlo = v;
            nhi = v;
        }
    if (nhi < 0)
        return false;
    s->cur.lo = nlo;
    s->cur.hi = nhi;
    return true;
}

/* ---- flags: read-only variables a function branches on more than once ------------------------ */

/* A function like
 *     if (DispatchLevel) NdisDprAcquireSpinLock(L); else NdisAcquireSpinLock(L);
 *     ...
 *     if (DispatchLevel) NdisDprReleaseSpinLock(L); else NdisReleaseSpinLock(L);
 * takes both branches of the second test the same way as the first. Joined after the first test,
 * the raise of one branch would meet the no-op release of the other and leave the function at
 * DISPATCH_LEVEL. Such a function is analyzed once per value of up to MAX_FLAGS flags (0 and 1
 * each) and the states are joined per block afterwards. A flag is a parameter the function never
 * assigns, or a local it assigns once in its entry block, whose address it never takes, and that
 * two or more branch conditions test for truth (or compare with 0 or 1). */
#define MAX_FLAGS 2

struct fflags {
    bool done;
    int n;
    const char *path[MAX_FLAGS];
};

static bool flag_cond(const struct ir_cond *c)
{
    return c->path && simple_name(c->path) &&
           (c->kind == IR_COND_TRUTH ||
            (c->kind == IR_COND_CMP && (c->op == IR_EQ || c->op == IR_NE) && (c->cval == 0 || c->cval == 1)));
}

static void find_flags(struct an *a, int fi, struct fflags *ff)
{
    const struct ir_func *f = a->d->funcs[fi].ir;
    ff->done = true;
    int best[MAX_FLAGS] = {0};
    for (size_t bi = 0; bi < f->blocks.len; bi++) {
        const struct ir_cond *c = &ir_block(f, (int)bi)->cond;
        if (!flag_cond(c))
            continue;
        bool seen = false;
        for (size_t bj = 0; bj < bi && !seen; bj++)
            seen = flag_cond(&ir_block(f, (int)bj)->cond) && strcmp(ir_block(f, (int)bj)->cond.path, c->path) == 0;
        if (seen)
            continue;
        int tests = 0;
        for (size_t bj = bi; bj < f->blocks.len; bj++)
            tests += flag_cond(&ir_block(f, (int)bj)->cond) && strcmp(ir_block(f, (int)bj)->cond.path, c->path) == 0;
        if (tests < 2)
            continue;
        bool param = false, local = false;
        for (int i = 0; i < f->nparams; i++)
            param = param || (f->params[i] && strcmp(f->params[i], c->path) == 0);
        for (size_t i = 0; i < f->locals.len; i++)
            local = local || strcmp(*(const char **)vec_at(&f->locals, i), c->path) == 0;
        if (param == local) /* neither, or a local that shadows a parameter */
            continue;
        int assigned = 0;
        bool ok = true;
        for (size_t bj = 0; bj < f->blocks.len && ok; bj++) {
            const struct ir_block *bl = ir_block(f, (int)bj);
            for (size_t ei = 0; ei < bl->events.len && ok; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind == IR_ASSIGN && e->lhs && strcmp(e->lhs, c->path) == 0) {
                    assigned++;
                    ok = local && bj == 0 && assigned == 1;
                }
                if (e->kind == IR_ASSIGN && e->rhs.kind == IR_V_PATH && takes_address(e->rhs.text, c->path))
                    ok = false;
                for (int k = 0; e->kind == IR_CALL && k < e->nargs; k++)
                    if (e->args[k].kind == IR_V_PATH && takes_address(e->args[k].text, c->path))
                        ok = false;
            }
        }
        if (!ok || (local && assigned != 1))
            continue;
        /* keep the MAX_FLAGS most tested */
        int slot = ff->n < MAX_FLAGS ? ff->n++ : -1;
        if (slot < 0) {
            slot = best[0] <= best[1] ? 0 : 1;
            if (best[slot] >= tests)
                continue;
        }
        ff->path[slot] = c->path;
        best[slot] = tests;
    }
}

/* What the direct calls of each driver function pass to its parameters: per parameter, bit 0 a
 * constant 0 (FALSE), bit 1 a constant 1 (TRUE), bit 2 anything else. NULL for a function that
 * may be called otherwise (it has a callback role, or is used as a value: a function pointer, an
 * initializer, a handler field) and for one with no parameter. */
static void find_callsite_values(struct an *a)
{
    struct dm_driver *d = a->d;
    struct ir_program *p = d->prog;
    a->argvals = calloc((size_t)d->nfuncs + 1, sizeof(*a->argvals));
    if (!a->argvals)
        abort();
    struct strmap other; /* names of functions called in other ways */
    strmap_init(&other);
    for (size_t i = 0; i < p->func_refs.len; i++)
        strmap_put(&other, *(const char **)vec_at(&p->func_refs, i), (void *)1);
    for (size_t i = 0; i < p->bindings.len; i++)
        strmap_put(&other, ((struct ir_binding *)vec_at(&p->bindings, i))->func, (void *)1);
    for (size_t i = 0; i < p->role_decls.len; i++)
        strmap_put(&other, ((struct ir_role_decl *)vec_at(&p->role_decls, i))->func, (void *)1);
    for (int i = 0; i < d->nfuncs; i++) {
        const struct ir_func *f = d->funcs[i].ir;
        if (f->nparams > 0 && !d->funcs[i].roles.len && !strmap_get(&other, f->name))
            a->argvals[i] = arena_alloc(&a->arena, (size_t)f->nparams);
    }
    for (int i = 0; i < d->nfuncs; i++) {
        const struct ir_func *f = d->funcs[i].ir;
        for (size_t bi = 0; bi < f->blocks.len; bi++) {
            const struct ir_block *bl = ir_block(f, (int)bi);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                int g = e->kind == IR_CALL && !e->indirect ? dm_resolve(d, f, e->callee) : -1;
                if (g < 0 || !a->argvals[g])
                    continue;
                int np = d->funcs[g].ir->nparams;
                for (int k = 0; k < np; k++) {
                    const struct ir_val *v = k < e->nargs && e->nargs == np ? &e->args[k] : NULL;
                    bool c = v && v->kind == IR_V_CONST && !v->has_alt;
                    a->argvals[g][k] |= c && v->cval == 0 ? 1 : c && v->cval == 1 ? 2 : 4;
                }
            }
        }
    }
    strmap_free(&other);
}

/* False when no direct call of function `fi` passes the values `val` gives its flag parameters
 * (HwResetReceiveEngine(Hw, FALSE) everywhere: its `DispatchLevel` is never TRUE). */
static bool flags_possible(struct an *a, int fi, const struct fflags *ff, int val)
{
    if (!a->argvals)
        find_callsite_values(a);
    const unsigned char *av = a->argvals[fi];
    const struct ir_func *f = a->d->funcs[fi].ir;
    for (int k = 0; av && k < ff->n; k++)
        for (int i = 0; i < f->nparams; i++)
            if (f->params[i] && strcmp(f->params[i], ff->path[k]) == 0 && av[i] && !(av[i] & 4) &&
                !(av[i] & (((val >> k) & 1) ? 2 : 1)))
                return false;
    return true;
}

/* False when the edge contradicts the value run `val` gives to a flag of the function. */
static bool flag_edge_feasible(const struct fflags *ff, int val, const struct ir_block *bl, const struct ir_edge *ed)
{
    const struct ir_cond *c = &bl->cond;
    if ((ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE) || !ff || !ff->n || !flag_cond(c))
        return true;
    for (int k = 0; k < ff->n; k++)
        if (strcmp(ff->path[k], c->path) == 0)
            return cond_value(c, (val >> k) & 1) == (ed->kind == IR_E_TRUE);
    return true;
}

/* One run of the dataflow over a function, in progress. Runs are resumable: when an event waits for
 * the summary of a callee, the run stops at that event, a run of the callee is pushed on the stack
 * of runs (struct an.runs), and the waiting run resumes at the same event once the callee's summary
 * is stored. A chain of calls is thus as deep as the input makes it without deepening the C stack. */
struct run {
    int fi;
    enum mode m;
    struct irql_iv entry;
    int nb;
    struct state *in;
    int *wl;
    bool *inq;
    int head, tail, cap;
    long budget;
    bool checking; /* M_CHECK's final pass over the stable states */
    bool in_block; /* `blk` is being processed from event `ei` on, in state `s` */
    bool resume;   /* event `ei` waits for a summary that is now stored */
    int blk;
    size_t ei;
    struct state s;
    /* the flags of the function (struct fflags): this pass's values, and the states of the passes
     * done (NULL when the function has no flags) */
    const struct fflags *flags;
    int val, nval;
    struct state *acc;
};

static void run_push(struct an *a, int fi, struct irql_iv entry, enum mode m)
{
    const struct ir_func *f = a->d->funcs[fi].ir;
    struct run *r = vec_push(&a->runs);
    r->fi = fi;
    r->m = m;
    r->entry = entry;
    r->nb = (int)f->blocks.len;
    r->in = malloc(sizeof(struct state) * (size_t)r->nb);
    r->wl = malloc(sizeof(int) * ((size_t)r->nb * 2 + 2));
    r->inq = calloc((size_t)r->nb, 1);
    if (!r->in || !r->wl || !r->inq)
        abort();
    for (int i = 0; i < r->nb; i++)
        st_bottom(&r->in[i]);
    r->in[0].reach = true;
    r->in[0].cur = entry;
    r->cap = r->nb * 2 + 2;
    r->wl[r->tail++] = 0;
    r->inq[0] = true;
    r->budget = 200L * r->nb + 1000;
    struct fflags *ff = &a->flags[fi];
    if (!ff->done)
        find_flags(a, fi, ff);
    r->flags = ff->n ? ff : NULL;
    r->nval = 1 << ff->n;
    while (r->val + 1 < r->nval && !flags_possible(a, fi, ff, r->val))
        r->val++;
    if (m == M_SUMMARY)
        a->fs[fi].in_summary = true;
}

/* At the end of a pass of run `r` over the function: keeps its states and, when another value of
 * the flags remains, starts its pass (returns true); after the last pass the states of all passes
 * are the run's (returns false). */
static bool flags_next_pass(struct an *a, struct run *r)
{
    if (r->nval <= 1)
        return false;
    if (!r->acc) {
        r->acc = malloc(sizeof(struct state) * (size_t)r->nb);
        if (!r->acc)
            abort();
        for (int i = 0; i < r->nb; i++)
            st_bottom(&r->acc[i]);
    }
    for (int i = 0; i < r->nb; i++)
        st_join_into(&r->acc[i], &r->in[i]);
    while (++r->val < r->nval && !flags_possible(a, r->fi, r->flags, r->val))
        ;
    if (r->val < r->nval) {
        for (int i = 0; i < r->nb; i++)
            st_bottom(&r->in[i]);
        r->in[0].reach = true;
        r->in[0].cur = r->entry;
        memset(r->inq, 0, (size_t)r->nb);
        r->head = r->tail = 0;
        r->wl[r->tail++] = 0;
        r->inq[0] = true;
        r->budget = 200L * r->nb + 1000;
        return true;
    }
    struct state *t = r->in;
    r->in = r->acc;
    r->acc = t;
    return false;
}

/* Advances run `r` until it finishes (returns true) or an event waits for a summary (false). */
static bool run_step(struct an *a, struct run *r)
{
    const struct ir_func *f = a->d->funcs[r->fi].ir;
    while (!r->checking) {
        if (!r->in_block) {
            if (r->head == r->tail || r->budget-- <= 0) {
                if (flags_next_pass(a, r))
                    continue;
                if (r->m != M_CHECK)
                    return true;
                /* one more pass over the stable states, this time checking the calls (and, for
                 * --dump-irql, printing the IRQL before each of them) */
                r->checking = true;
                r->blk = -1;
                if (a->dump)
                    fprintf(a->dump, "function %s entry %s..%s%s\n", f->name, rule_irql_name(r->entry.lo),
                            rule_irql_name(r->entry.hi),
                            a->fs[r->fi].default_entry ? " (assumed)"
                            : a->fs[r->fi].sal_entry   ? " (annotated)"
                                                       : "");
                break;
            }
            r->blk = r->wl[r->head];
            r->head = (r->head + 1) % r->cap;
            r->inq[r->blk] = false;
            r->s = r->in[r->blk];
            r->ei = 0;
            r->in_block = true;
        }
        const struct ir_block *bl = ir_block(f, r->blk);
        for (; r->ei < bl->events.len; r->ei++, r->resume = false)
            if (!transfer(a, r->fi, ir_event_at(bl, (int)r->ei), (int)r->ei, &r->s, r->m == M_CHECK ? M_SUMMARY : r->m,
                          r->resume))
                return false;
        r->in_block = false;
        for (size_t i = 0; i < bl->succs.len; i++) {
            const struct ir_edge *ed = vec_at(&bl->succs, i);
            struct state es = r->s;
            if (!edge_feasible(bl, ed, &r->s) || !const_edge_feasible(a, r->fi, bl, ed) ||
                !flag_edge_feasible(r->flags, r->val, bl, ed) || !current_edge_refine(a->d, bl, ed, &es))
                continue;
            if (st_join_into(&r->in[ed->target], &es) && !r->inq[ed->target]) {
                r->inq[ed->target] = true;
                r->wl[r->tail] = ed->target;
                r->tail = (r->tail + 1) % r->cap;
            }
        }
    }
    for (;;) {
        if (!r->in_block) {
            do
                r->blk++;
            while (r->blk < r->nb && !r->in[r->blk].reach);
            if (r->blk >= r->nb)
                return true;
            r->s = r->in[r->blk];
            r->ei = 0;
            r->in_block = true;
        }
        const struct ir_block *bl = ir_block(f, r->blk);
        for (; r->ei < bl->events.len; r->ei++, r->resume = false) {
            const struct ir_event *e = ir_event_at(bl, (int)r->ei);
            if (a->dump && !r->resume && e->kind == IR_CALL && !e->indirect)
                fprintf(a->dump, "  %u:%u %s at %s..%s%s\n", e->loc.line, e->loc.col, dm_call_name(a->d, e),
                        rule_irql_name(r->s.cur.lo), rule_irql_name(r->s.cur.hi), r->s.vague ? " (unknown)" : "");
            struct irql_iv before = r->s.cur;
            if (!transfer(a, r->fi, e, (int)r->ei, &r->s, M_CHECK, r->resume))
                return false;
            sal_check_level(a, r->fi, e, before, &r->s);
        }
        r->in_block = false;
    }
}

/* Runs the dataflow of function `fi` from `entry`; returns the state at the exit block. The
 * summaries it needs are computed on the way, on the stack of runs. */
static struct state run(struct an *a, int fi, struct irql_iv entry, enum mode m)
{
    size_t base = a->runs.len;
    struct state out;
    st_bottom(&out);
    run_push(a, fi, entry, m);
    while (a->runs.len > base) {
        struct run *r = vec_at(&a->runs, a->runs.len - 1);
        if (!run_step(a, r)) {
            r->resume = true;
            run_push(a, a->need_func, a->need_entry, M_SUMMARY);
            continue;
        }
        out = r->in[a->d->funcs[r->fi].ir->exit_block];
        if (r->m == M_SUMMARY) {
            struct fstate *gs = &a->fs[r->fi];
            gs->in_summary = false;
            struct memo *mm = arena_alloc(&a->arena, sizeof(*mm));
            mm->lo = r->entry.lo;
            mm->hi = r->entry.hi;
            mm->exit = out.reach ? out.cur : irql_bottom();
            mm->vague = out.vague;
            mm->next = gs->memo;
            gs->memo = mm;
        }
        free(r->in);
        free(r->acc);
        free(r->wl);
        free(r->inq);
        a->runs.len--;
    }
    return out;
}

/* The summary of driver function `g` entered at `entry`: its exit IRQL (bottom if it never
 * returns) and whether the IRQL is unknown on some path. Recursion is cut by taking a function
 * whose summary is being computed to leave the IRQL unchanged. Returns false when the summary
 * has not been computed yet. */
static bool summary(struct an *a, int g, struct irql_iv entry, struct irql_iv *exit, bool *vague)
{
    struct fstate *gs = &a->fs[g];
    *exit = entry;
    if (irql_is_bottom(entry))
        return true;
    for (struct memo *m = gs->memo; m; m = m->next)
        if (m->lo == entry.lo && m->hi == entry.hi) {
            *vague = m->vague;
            *exit = m->exit;
            return true;
        }
    return gs->in_summary;
}

/* ---- reporting ------------------------------------------------------------------------------ */

static void add_notes(struct an *a, struct finding *fd, const struct irql_why *w, bool hi_side)
{
    char buf[512], lv[64];
    for (int depth = 0; w && depth < 16; depth++, w = w->next) {
        switch (w->kind) {
        case W_ROLE:
            rule_irql_range_text(w->range, lv, sizeof(lv));
            snprintf(buf, sizeof(buf), "'%s' runs at %s as %s %s callback", w->func, lv,
                     strncmp(w->what, "NDIS_", 5) == 0 ? "an" : "a", w->what);
            break;
        case W_RAISE:
            snprintf(buf, sizeof(buf), "IRQL raised to %s by %s here", rule_irql_name(w->range.hi), w->what);
            break;
        case W_LOWER:
            snprintf(buf, sizeof(buf), "IRQL lowered to %s by %s here", rule_irql_name(w->range.lo), w->what);
            break;
        case W_CALLSITE:
            snprintf(buf, sizeof(buf), "'%s' called here at %s", w->func,
                     rule_irql_name(hi_side ? w->range.hi : w->range.lo));
            break;
        case W_ANNOT:
            rule_irql_range_text(w->range, lv, sizeof(lv));
            snprintf(buf, sizeof(buf), "'%s' is annotated %s: it runs at %s", w->func, w->what, lv);
            break;
        }
        finding_note(a->out, fd, w->loc, buf);
    }
}

static void check_call(struct an *a, int fi, const struct ir_event *e, const struct state *s)
{
    if (!s->reach || s->vague || irql_is_bottom(s->cur))
        return;
    struct dm_driver *d = a->d;
    const char *name = dm_call_name(d, e);
    if (!name)
        return;
    struct ddi_fact *fact = strmap_get(&d->rules->ddi, name);
    if (!fact)
        return;
    struct rule_def *rd = rule_find(d->rules, fact->rule);
    if (!rd || !rd->enabled)
        return;
    bool all_out;
    if (irql_within(s->cur, fact->req, &all_out))
        return;
    bool hi_side = s->cur.hi > fact->req.hi;
    if (!hi_side && a->fs[fi].default_entry)
        return; /* too low only because nothing says where this function runs */
    int lvl = hi_side ? s->cur.hi : s->cur.lo;
    char req[64], msg[512];
    rule_irql_range_text(fact->req, req, sizeof(req));
    snprintf(msg, sizeof(msg), "'%s' %s at %s, but it requires %s", name, all_out ? "is called" : "may be called",
             rule_irql_name(lvl), req);
    struct finding *fd = finding_add(a->out, rd->id, rd->severity, e->loc, d->funcs[fi].ir->name, msg);
    if (fd)
        add_notes(a, fd, hi_side ? s->cur.why_hi : s->cur.why_lo, hi_side);
}

/* ---- IRQL annotations (SAL, sal.h) ----------------------------------------------------------- */

/* Builds the annotation index, each function's own annotations and finds the irql_annotation rule. */
static void sal_setup(struct an *a)
{
    struct dm_driver *d = a->d;
    sal_index_build(&a->sal, d->prog);
    a->own_sal = calloc((size_t)d->nfuncs + 1, sizeof(*a->own_sal));
    if (!a->own_sal)
        abort();
    for (int i = 0; i < d->nfuncs; i++)
        a->own_sal[i] = sal_find(&a->sal, d->funcs[i].ir->tu_file, d->funcs[i].ir->name);
    a->sal_rule = rule_nth(d->rules, RULE_IRQL_ANNOTATION, 0);
}

/* Annotated functions without a callback role start at their annotated IRQL (sal_entry()), which
 * callers do not change: a caller outside it is reported at its call. */
static void sal_entries(struct an *a)
{
    struct dm_driver *d = a->d;
    for (int i = 0; i < d->nfuncs; i++) {
        const struct ir_sal *sa = a->own_sal[i];
        struct irql_range r;
        if (d->funcs[i].roles.len || !sal_entry(sa, &r))
            continue;
        const struct irql_why *w = mk_why(a, W_ANNOT, sa->req_loc, d->funcs[i].ir->name, sa->req_text, r, NULL);
        struct irql_iv iv = {r.lo, r.hi, w, w};
        a->fs[i].entry = iv;
        a->fs[i].has_entry = true;
        a->fs[i].sal_entry = true;
        push(a, i);
    }
}

/* The key a saved IRQL is kept under for parameter `param` of the call, and field `field` of it
 * (`__drv_at(P->Lock.OldIrql, ...)`); NULL when the argument is not an access path. */
static const char *sal_key(struct an *a, const struct ir_event *e, int param, const char *field)
{
    const char *p = arg_path(e, param);
    if (!p || !field)
        return p;
    return arena_cat(&a->arena, p, "\x1f", field);
}

/* Applies the annotated IRQL effect of the function called (sal.h): its saves, then its restore,
 * then its raise. Returns false, doing nothing, when the callee has none or
 * rules/facts/irql-effects.tsv has it (the caller has applied that row). */
static bool sal_call_effect(struct an *a, int fi, const struct ir_event *e, int ei, struct state *s)
{
    struct dm_driver *d = a->d;
    const struct ir_sal *sa = sal_find(&a->sal, d->funcs[fi].ir->tu_file, e->callee);
    if (!sal_has_effect(sa) || strmap_get(&d->rules->effects, e->callee) ||
        (e->macro && strmap_get(&d->rules->effects, e->macro)))
        return false;
    const char *name = dm_call_name(d, e);
    struct irql_iv before = s->cur;
    if (sa->saves_ret) {
        s->pending = s->cur;
        s->pending_call = ei;
        s->pending_snap = false;
    }
    if (sa->saves_param >= 0) {
        const char *k = sal_key(a, e, sa->saves_param, sa->saves_field);
        if (k)
            st_save(s, k, s->cur);
    }
    if (sa->restores_param >= 0) {
        int c;
        const char *k = sal_key(a, e, sa->restores_param, sa->restores_field);
        struct saved *sv = k ? st_find(s, k) : NULL;
        if (!sa->restores_field && !sa->restores_global && arg_const(e, sa->restores_param, &c)) {
            struct irql_range cr = {c, c};
            s->cur = point(c, mk_why(a, c < before.hi ? W_LOWER : W_RAISE, e->loc, NULL, name, cr, NULL));
        } else if (sv && !irql_is_bottom(sv->v)) {
            s->cur = sv->v;
            if (sa->restores_field || sa->restores_global)
                st_kill(s, k);
        } else {
            s->vague = true;
            s->cur.lo = 0;
        }
    }
    if (sa->raise_level >= 0 || sa->raise_param >= 0) {
        int lvl = sa->raise_level;
        if (sa->raise_param >= 0 && !arg_const(e, sa->raise_param, &lvl))
            lvl = -1;
        if (lvl < 0)
            s->vague = true;
        else {
            struct irql_range r = {lvl, lvl};
            s->cur = point(lvl, mk_why(a, lvl < before.hi ? W_LOWER : W_RAISE, e->loc, NULL, name, r, NULL));
        }
    }
    return true;
}

/* The requirement as the messages word it: `IRQL >= DISPATCH_LEVEL` for a lone minimum. */
static void sal_req_text(struct irql_range r, char *buf, size_t n)
{
    if (r.hi == IRQL_HIGH && r.lo > IRQL_PASSIVE && r.lo < IRQL_HIGH)
        snprintf(buf, n, "IRQL >= %s", rule_irql_name(r.lo));
    else
        rule_irql_range_text(r, buf, n);
}

/* True when a lower bound is the PASSIVE_LEVEL assumed for a function with no role, no annotation
 * and no caller: its reasons are only call sites, back to that function. */
static bool assumed_low(const struct irql_why *w)
{
    for (int depth = 0; w && depth < 10000; depth++, w = w->next)
        if (w->kind != W_CALLSITE)
            return false;
    return w == NULL;
}

static bool sal_rule_on(const struct an *a)
{
    return a->sal_rule && a->sal_rule->enabled;
}

/* A call outside the annotated requirement of the function called (PREfast C28120 / C28121). A DDI
 * of an SDV list (ddi-irql.tsv), by the name spelled or the function called, is left to that rule. */
static void sal_check_call(struct an *a, int fi, const struct ir_event *e, const struct state *s)
{
    if (!sal_rule_on(a) || !s->reach || s->vague || irql_is_bottom(s->cur))
        return;
    struct dm_driver *d = a->d;
    const char *name = dm_call_name(d, e);
    if (!name || strmap_get(&d->rules->ddi, name) || strmap_get(&d->rules->ddi, e->callee) ||
        (e->macro && strmap_get(&d->rules->ddi, e->macro)))
        return;
    const struct ir_sal *sa = sal_find(&a->sal, d->funcs[fi].ir->tu_file, e->callee);
    struct irql_range req;
    if (!sal_requirement(sa, &req))
        return;
    bool all_out;
    if (irql_within(s->cur, req, &all_out))
        return;
    bool hi_side = s->cur.hi > req.hi;
    /* Too low: only when every path is below the requirement (a callback entered over a range such
     * as PASSIVE_LEVEL..DISPATCH_LEVEL tests flags or KeGetCurrentIrql() before it calls a routine
     * that needs DISPATCH_LEVEL, which this analysis does not follow), and not when the low level
     * is only the PASSIVE_LEVEL assumed for a function nothing says anything about (directly or
     * through the callers it was reached from). */
    if (!hi_side && (!all_out || a->fs[fi].default_entry || assumed_low(s->cur.why_lo)))
        return;
    int lvl = hi_side ? s->cur.hi : s->cur.lo;
    char rq[64], msg[512], note[512];
    sal_req_text(req, rq, sizeof(rq));
    snprintf(msg, sizeof(msg), "'%s' %s at %s, but its annotation requires %s", name,
             all_out ? "is called" : "may be called", rule_irql_name(lvl), rq);
    struct finding *fd =
        finding_add(a->out, a->sal_rule->id, a->sal_rule->severity, e->loc, d->funcs[fi].ir->name, msg);
    if (!fd)
        return;
    if (sa->req_loc.file) {
        snprintf(note, sizeof(note), "'%s' is annotated %s here", e->callee, sa->req_text);
        finding_note(a->out, fd, sa->req_loc, note);
    }
    add_notes(a, fd, hi_side ? s->cur.why_hi : s->cur.why_lo, hi_side);
}

/* A call that raises the IRQL above the `_IRQL_always_function_max_` of the function it is in, or
 * lowers it below its `_IRQL_always_function_min_` (PREfast C28150 / C28124). `before` is the
 * IRQL before the call. */
static void sal_check_level(struct an *a, int fi, const struct ir_event *e, struct irql_iv before,
                            const struct state *s)
{
    const struct ir_sal *own = a->own_sal[fi];
    if (!own || (own->fmax < 0 && own->fmin < 0) || !sal_rule_on(a) || e->kind != IR_CALL || !s->reach || s->vague ||
        irql_is_bottom(s->cur) || irql_is_bottom(before))
        return;
    const char *fn = a->d->funcs[fi].ir->name, *name = dm_call_name(a->d, e);
    char msg[512], note[512];
    struct finding *fd = NULL;
    if (own->fmax >= 0 && s->cur.hi > own->fmax && s->cur.hi > before.hi) {
        snprintf(msg, sizeof(msg), "'%s' raises the IRQL to %s, above the %s of '%s'", name, rule_irql_name(s->cur.hi),
                 own->fmax_text, fn);
        fd = finding_add(a->out, a->sal_rule->id, a->sal_rule->severity, e->loc, fn, msg);
        if (fd) {
            snprintf(note, sizeof(note), "'%s' is annotated %s here", fn, own->fmax_text);
            finding_note(a->out, fd, own->fmax_loc, note);
        }
    }
    if (own->fmin >= 0 && s->cur.lo < own->fmin && s->cur.lo < before.lo) {
        snprintf(msg, sizeof(msg), "'%s' lowers the IRQL to %s, below the %s of '%s'", name, rule_irql_name(s->cur.lo),
                 own->fmin_text, fn);
        fd = finding_add(a->out, a->sal_rule->id, a->sal_rule->severity, e->loc, fn, msg);
        if (fd) {
            snprintf(note, sizeof(note), "'%s' is annotated %s here", fn, own->fmin_text);
            finding_note(a->out, fd, own->fmin_loc, note);
        }
    }
}

int irql_run(struct dm_driver *d, struct findings *out, FILE *dump)
{
    struct an a;
    memset(&a, 0, sizeof(a));
    a.d = d;
    a.out = out;
    a.dump = dump;
    int n = d->nfuncs;
    vec_init(&a.runs, sizeof(struct run));
    a.fs = calloc((size_t)n + 1, sizeof(*a.fs));
    a.queue = malloc(sizeof(int) * ((size_t)n + 1));
    a.consts = calloc((size_t)n + 1, sizeof(*a.consts));
    a.flags = calloc((size_t)n + 1, sizeof(*a.flags));
    if (!a.fs || !a.queue || !a.consts || !a.flags)
        abort();
    sal_setup(&a);
    /* roles first */
    for (int i = 0; i < n; i++) {
        struct dm_func *df = &d->funcs[i];
        for (size_t r = 0; r < df->roles.len; r++) {
            struct dm_role *ro = vec_at(&df->roles, r);
            const struct irql_why *w = mk_why(&a, W_ROLE, ro->loc, df->ir->name, ro->role, ro->entry, NULL);
            struct irql_iv iv = {ro->entry.lo, ro->entry.hi, w, w};
            a.fs[i].entry = a.fs[i].has_entry ? irql_join(a.fs[i].entry, iv) : iv;
            a.fs[i].has_entry = true;
        }
        if (a.fs[i].has_entry)
            push(&a, i);
    }
    sal_entries(&a);
    /* functions nobody calls and with no role: PASSIVE_LEVEL by assumption */
    for (int i = 0; i < n; i++)
        if (!a.fs[i].has_entry && d->funcs[i].ncallers == 0) {
            a.fs[i].entry = point(IRQL_PASSIVE, NULL);
            a.fs[i].has_entry = true;
            a.fs[i].default_entry = true;
            push(&a, i);
        }
    int unreached = 0;
    for (;;) {
        while (a.qlen > 0) {
            int f = a.queue[--a.qlen];
            a.fs[f].queued = false;
            run(&a, f, a.fs[f].entry, M_PROPAGATE);
        }
        /* anything left unreached (a cycle no root calls) starts at PASSIVE_LEVEL too; a function
         * once reached stays so, so the search goes on from where it stopped */
        bool more = false;
        for (; unreached < n; unreached++)
            if (!a.fs[unreached].has_entry) {
                int i = unreached;
                a.fs[i].entry = point(IRQL_PASSIVE, NULL);
                a.fs[i].has_entry = true;
                a.fs[i].default_entry = true;
                push(&a, i);
                more = true;
                break;
            }
        if (!more)
            break;
    }
    for (int i = 0; i < n; i++) {
        run(&a, i, a.fs[i].entry, M_CHECK);
    }
    vec_free(&a.runs);
    sal_index_free(&a.sal);
    free(a.own_sal);
    free(a.consts);
    free(a.flags);
    free(a.argvals);
    free(a.fs);
    free(a.queue);
    arena_free(&a.arena);
    return 0;
}

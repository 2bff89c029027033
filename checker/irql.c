/* irql.c — the IRQL analysis and the IRQL rules (see irql.h). */
#include "irql.h"

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
        if (!irql_iv_eq(jv, sv->v))
            changed = true;
        sv->v = jv;
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
    if (m == M_CHECK)
        check_call(a, fi, e, s);
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
            if (lvl < 0) {
                s->vague = true;
                break;
            }
            s->cur = point(lvl, mk_why(a, W_RAISE, e->loc, NULL, name, r, NULL));
            break;
        case EFF_CURRENT_RET:
            s->pending = s->cur;
            s->pending_call = ei;
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
    if (g < 0)
        return true;
    if (m == M_PROPAGATE) {
        struct fstate *gs = &a->fs[g];
        const struct irql_why *wh = mk_why(a, W_CALLSITE, e->loc, d->funcs[g].ir->name, NULL,
                                           (struct irql_range){s->cur.lo, s->cur.hi}, s->cur.why_hi);
        const struct irql_why *wl = s->cur.why_lo == s->cur.why_hi
                                        ? wh
                                        : mk_why(a, W_CALLSITE, e->loc, d->funcs[g].ir->name, NULL,
                                                 (struct irql_range){s->cur.lo, s->cur.hi}, s->cur.why_lo);
        struct irql_iv cs = {s->cur.lo, s->cur.hi, wl, wh};
        if (!s->vague) {
            struct irql_iv j = gs->has_entry ? irql_join(gs->entry, cs) : cs;
            if (!gs->has_entry || !irql_iv_eq(j, gs->entry) || gs->default_entry) {
                gs->entry = gs->default_entry ? cs : j;
                gs->has_entry = true;
                gs->default_entry = false;
                push(a, g);
            }
        }
    }
    return apply_summary(a, g, s);
}

/* False when the edge cannot be taken in state `s`: its condition compares a variable holding a
 * saved IRQL (KIRQL OldIrql) of one known level with a constant, as NDIS_LOWER_IRQL does. */
static bool edge_feasible(const struct ir_block *bl, const struct ir_edge *ed, struct state *s)
{
    const struct ir_cond *c = &bl->cond;
    if ((ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE) || c->kind != IR_COND_CMP)
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
    if (m == M_SUMMARY)
        a->fs[fi].in_summary = true;
}

/* Advances run `r` until it finishes (returns true) or an event waits for a summary (false). */
static bool run_step(struct an *a, struct run *r)
{
    const struct ir_func *f = a->d->funcs[r->fi].ir;
    while (!r->checking) {
        if (!r->in_block) {
            if (r->head == r->tail || r->budget-- <= 0) {
                if (r->m != M_CHECK)
                    return true;
                /* one more pass over the stable states, this time checking the calls (and, for
                 * --dump-irql, printing the IRQL before each of them) */
                r->checking = true;
                r->blk = -1;
                if (a->dump)
                    fprintf(a->dump, "function %s entry %s..%s%s\n", f->name, rule_irql_name(r->entry.lo),
                            rule_irql_name(r->entry.hi), a->fs[r->fi].default_entry ? " (assumed)" : "");
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
            if (!edge_feasible(bl, ed, &r->s))
                continue;
            if (st_join_into(&r->in[ed->target], &r->s) && !r->inq[ed->target]) {
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
            if (!transfer(a, r->fi, e, (int)r->ei, &r->s, M_CHECK, r->resume))
                return false;
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
    if (!a.fs || !a.queue)
        abort();
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
    free(a.fs);
    free(a.queue);
    arena_free(&a.arena);
    return 0;
}

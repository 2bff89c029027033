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

static struct irql_iv summary(struct an *a, int f, struct irql_iv entry, bool *vague);
static void check_call(struct an *a, int f, const struct ir_event *e, const struct state *s);

/* Applies one event to the state. */
static void transfer(struct an *a, int fi, const struct ir_event *e, int ei, struct state *s, enum mode m)
{
    struct dm_driver *d = a->d;
    const struct ir_func *f = d->funcs[fi].ir;
    if (e->kind == IR_ASSIGN) {
        if (!e->lhs)
            return;
        if (e->rhs.kind == IR_V_CALL && e->rhs.call == s->pending_call) {
            st_save(s, e->lhs, s->pending);
            s->pending_call = -1;
            return;
        }
        if (e->rhs.kind == IR_V_PATH && e->rhs.text) {
            struct saved *src = st_find(s, e->rhs.text);
            if (src) {
                struct irql_iv v = src->v;
                st_save(s, e->lhs, v);
                return;
            }
        }
        st_kill(s, e->lhs);
        return;
    }
    if (e->kind != IR_CALL || e->indirect)
        return;
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
        return;
    }
    int g = dm_resolve(d, f, e->callee);
    if (g < 0)
        return;
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
    bool vg = false;
    struct irql_iv ex = summary(a, g, s->cur, &vg);
    if (irql_is_bottom(ex))
        return;
    struct irql_iv nc = ex;
    if (ex.hi == s->cur.hi)
        nc.why_hi = s->cur.why_hi;
    if (ex.lo == s->cur.lo)
        nc.why_lo = s->cur.why_lo;
    s->cur = nc;
    if (vg)
        s->vague = true;
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

/* Runs the dataflow of function `fi` from `entry`; returns the state at the exit block. */
static struct state run(struct an *a, int fi, struct irql_iv entry, enum mode m)
{
    const struct ir_func *f = a->d->funcs[fi].ir;
    int nb = (int)f->blocks.len;
    struct state *in = malloc(sizeof(struct state) * (size_t)nb);
    int *wl = malloc(sizeof(int) * ((size_t)nb * 2 + 2));
    bool *inq = calloc((size_t)nb, 1);
    if (!in || !wl || !inq)
        abort();
    for (int i = 0; i < nb; i++)
        st_bottom(&in[i]);
    in[0].reach = true;
    in[0].cur = entry;
    int head = 0, tail = 0, cap = nb * 2 + 2;
    wl[tail++] = 0;
    inq[0] = true;
    long budget = 200L * nb + 1000;
    while (head != tail && budget-- > 0) {
        int b = wl[head];
        head = (head + 1) % cap;
        inq[b] = false;
        struct state s = in[b];
        const struct ir_block *bl = ir_block(f, b);
        for (size_t i = 0; i < bl->events.len; i++)
            transfer(a, fi, ir_event_at(bl, (int)i), (int)i, &s, m == M_CHECK ? M_SUMMARY : m);
        for (size_t i = 0; i < bl->succs.len; i++) {
            const struct ir_edge *ed = vec_at(&bl->succs, i);
            if (!edge_feasible(bl, ed, &s))
                continue;
            if (st_join_into(&in[ed->target], &s) && !inq[ed->target]) {
                inq[ed->target] = true;
                wl[tail] = ed->target;
                tail = (tail + 1) % cap;
            }
        }
    }
    if (m == M_CHECK) {
        /* one more pass over the stable states, this time checking the calls (and, for
         * --dump-irql, printing the IRQL before each of them) */
        if (a->dump)
            fprintf(a->dump, "function %s entry %s..%s%s\n", f->name, rule_irql_name(entry.lo),
                    rule_irql_name(entry.hi), a->fs[fi].default_entry ? " (assumed)" : "");
        for (int b = 0; b < nb; b++) {
            if (!in[b].reach)
                continue;
            struct state s = in[b];
            const struct ir_block *bl = ir_block(f, b);
            for (size_t i = 0; i < bl->events.len; i++) {
                const struct ir_event *e = ir_event_at(bl, (int)i);
                if (a->dump && e->kind == IR_CALL && !e->indirect)
                    fprintf(a->dump, "  %u:%u %s at %s..%s%s\n", e->loc.line, e->loc.col, dm_call_name(a->d, e),
                            rule_irql_name(s.cur.lo), rule_irql_name(s.cur.hi), s.vague ? " (unknown)" : "");
                transfer(a, fi, e, (int)i, &s, M_CHECK);
            }
        }
    }
    struct state out = in[f->exit_block];
    free(in);
    free(wl);
    free(inq);
    return out;
}

static struct irql_iv summary(struct an *a, int g, struct irql_iv entry, bool *vague)
{
    struct fstate *gs = &a->fs[g];
    if (irql_is_bottom(entry))
        return entry;
    for (struct memo *m = gs->memo; m; m = m->next)
        if (m->lo == entry.lo && m->hi == entry.hi) {
            *vague = m->vague;
            return m->exit;
        }
    if (gs->in_summary)
        return entry;
    gs->in_summary = true;
    struct state out = run(a, g, entry, M_SUMMARY);
    gs->in_summary = false;
    struct memo *m = arena_alloc(&a->arena, sizeof(*m));
    m->lo = entry.lo;
    m->hi = entry.hi;
    m->exit = out.reach ? out.cur : irql_bottom();
    m->vague = out.vague;
    m->next = gs->memo;
    gs->memo = m;
    *vague = m->vague;
    return m->exit;
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
    for (;;) {
        while (a.qlen > 0) {
            int f = a.queue[--a.qlen];
            a.fs[f].queued = false;
            run(&a, f, a.fs[f].entry, M_PROPAGATE);
        }
        /* anything left unreached (a cycle no root calls) starts at PASSIVE_LEVEL too */
        bool more = false;
        for (int i = 0; i < n; i++)
            if (!a.fs[i].has_entry) {
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
    free(a.fs);
    free(a.queue);
    arena_free(&a.arena);
    return 0;
}

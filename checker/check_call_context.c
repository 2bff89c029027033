/* check_call_context.c — kind "call_context": a DDI that must not be called from the callbacks of
 * some roles (Flags_Irql: no KeGetCurrentIrql in MiniportSendNetBufferLists), or only from those of
 * some roles (NdisMMapIoSpace: only from MiniportInitializeEx), directly or through the driver
 * functions they call.
 *
 * "Which callbacks reach this call" comes from the driver model: the roles of the functions from
 * which the call's function is reachable through resolved driver calls (a function is its own
 * ancestor). A function that no callback reaches (called through a pointer, or from nowhere) gives
 * no context and no finding. With "unless_null", a call reached from that role is allowed on the
 * paths of the callback where the given parameter is NULL (NdisReEnumerateProtocolBindings from
 * ProtocolNetPnPEvent with a NULL ProtocolBindingContext): the parameter's nullness follows
 * comparisons with NULL and copies into locals along the callback's paths, up to the call or to the
 * call of the helper that leads to it.
 *
 * A finding names the call, the callback and its role; its notes give the chain of calls from the
 * callback to the call and the evidence of the role.
 */
#include "checks.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A call of driver function `callee` from `caller`, at event `ev` of block `blk`. */
struct edge {
    int caller, callee;
    int blk, ev;
    struct ir_loc loc;
};

struct cc {
    struct dm_driver *d;
    struct findings *out;
    struct vec edges; /* struct edge */
    int *first_in;    /* per callee: index of its first incoming edge in `by_callee`, or -1 */
    int *by_callee;   /* edge indexes sorted by callee */
    int *nin;         /* per callee: number of incoming edges */
    /* reverse search scratch, per function */
    int *seen_mark, mark;
    int *next_edge; /* the edge from this function one step towards the call (-1: the call's own) */
    int *queue;
};

static int cmp_callee(const void *a, const void *b, void *ctx)
{
    const struct edge *ea = vec_at(ctx, (size_t) * (const int *)a), *eb = vec_at(ctx, (size_t) * (const int *)b);
    if (ea->callee != eb->callee)
        return ea->callee < eb->callee ? -1 : 1;
    return *(const int *)a - *(const int *)b;
}

/* The resolved calls between driver functions, grouped by callee. */
static void build_edges(struct cc *c)
{
    struct dm_driver *d = c->d;
    vec_init(&c->edges, sizeof(struct edge));
    for (int f = 0; f < d->nfuncs; f++) {
        const struct ir_func *fn = d->funcs[f].ir;
        for (size_t bi = 0; bi < fn->blocks.len; bi++) {
            const struct ir_block *bl = ir_block(fn, (int)bi);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind != IR_CALL || e->indirect)
                    continue;
                int g = dm_resolve(d, fn, e->callee);
                if (g < 0)
                    continue;
                struct edge *ed = vec_push(&c->edges);
                ed->caller = f;
                ed->callee = g;
                ed->blk = (int)bi;
                ed->ev = (int)ei;
                ed->loc = e->loc;
            }
        }
    }
    size_t n = (size_t)d->nfuncs + 1;
    c->first_in = malloc(sizeof(int) * n);
    c->nin = calloc(n, sizeof(int));
    c->by_callee = malloc(sizeof(int) * (c->edges.len + 1));
    c->seen_mark = calloc(n, sizeof(int));
    c->next_edge = malloc(sizeof(int) * n);
    c->queue = malloc(sizeof(int) * n);
    if (!c->first_in || !c->nin || !c->by_callee || !c->seen_mark || !c->next_edge || !c->queue)
        abort();
    for (size_t i = 0; i < c->edges.len; i++)
        c->by_callee[i] = (int)i;
    if (c->edges.len)
        qsort_r(c->by_callee, c->edges.len, sizeof(int), cmp_callee, &c->edges);
    for (int f = 0; f < d->nfuncs; f++)
        c->first_in[f] = -1;
    for (size_t i = 0; i < c->edges.len; i++) {
        const struct edge *ed = vec_at(&c->edges, (size_t)c->by_callee[i]);
        if (c->first_in[ed->callee] < 0)
            c->first_in[ed->callee] = (int)i;
        c->nin[ed->callee]++;
    }
}

/* ---- nullness of one parameter along a callback's paths ------------------------------------- */

enum { MAY_NULL = 1, MAY_NONNULL = 2 };
#define MAX_ALIAS 8

struct nstate {
    bool reach;
    int bits;
    int nalias;
    const char *alias[MAX_ALIAS]; /* paths holding the parameter's value */
};

static bool is_alias(const struct nstate *s, const char *path)
{
    for (int i = 0; path && i < s->nalias; i++)
        if (strcmp(s->alias[i], path) == 0)
            return true;
    return false;
}

static void alias_drop(struct nstate *s, const char *path)
{
    for (int i = 0; i < s->nalias; i++)
        if (strcmp(s->alias[i], path) == 0) {
            s->alias[i] = s->alias[--s->nalias];
            return;
        }
}

static void n_event(struct nstate *s, const struct ir_event *e)
{
    if (e->kind != IR_ASSIGN || !e->lhs)
        return;
    bool from_alias = e->rhs.kind == IR_V_PATH && is_alias(s, e->rhs.text);
    if (from_alias) {
        if (!is_alias(s, e->lhs) && s->nalias < MAX_ALIAS)
            s->alias[s->nalias++] = e->lhs;
    } else
        alias_drop(s, e->lhs);
}

/* The state after edge `ed` of block `bl`; reach is false when the condition rules the edge out. */
static struct nstate n_edge(const struct ir_block *bl, const struct ir_edge *ed, struct nstate s)
{
    const struct ir_cond *c = &bl->cond;
    if ((ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE) || !is_alias(&s, c->path))
        return s;
    int when_true;
    if (c->kind == IR_COND_TRUTH)
        when_true = MAY_NONNULL;
    else if (c->kind == IR_COND_CMP && c->cval == 0 && (c->op == IR_EQ || c->op == IR_NE))
        when_true = c->op == IR_EQ ? MAY_NULL : MAY_NONNULL;
    else
        return s;
    if (c->negated)
        when_true = MAY_NULL + MAY_NONNULL - when_true;
    s.bits &= ed->kind == IR_E_TRUE ? when_true : MAY_NULL + MAY_NONNULL - when_true;
    if (!s.bits)
        s.reach = false;
    return s;
}

static bool n_join(struct nstate *a, const struct nstate *b)
{
    if (!b->reach)
        return false;
    if (!a->reach) {
        *a = *b;
        return true;
    }
    bool changed = (a->bits | b->bits) != a->bits;
    a->bits |= b->bits;
    for (int i = 0; i < a->nalias;)
        if (!is_alias(b, a->alias[i])) {
            a->alias[i] = a->alias[--a->nalias];
            changed = true;
        } else
            i++;
    return changed;
}

/* True when parameter `param` of function `fi` may be non-NULL when event `ev` of block `blk` is
 * reached (false when no path reaches it). */
static bool param_may_be_nonnull(const struct dm_driver *d, int fi, int param, int blk, int ev)
{
    const struct ir_func *f = d->funcs[fi].ir;
    if (param < 0 || param >= f->nparams || !f->params[param] || !f->params[param][0])
        return true;
    int nb = (int)f->blocks.len;
    struct nstate *in = calloc((size_t)nb, sizeof(*in));
    int *wl = malloc(sizeof(int) * ((size_t)nb + 1));
    bool *inq = calloc((size_t)nb, 1);
    if (!in || !wl || !inq)
        abort();
    in[0].reach = true;
    in[0].bits = MAY_NULL | MAY_NONNULL;
    in[0].alias[in[0].nalias++] = f->params[param];
    int head = 0, tail = 0;
    wl[tail++] = 0;
    inq[0] = true;
    long budget = 64L * nb + 256;
    while (head != tail && budget-- > 0) {
        int b = wl[head];
        head = (head + 1) % (nb + 1);
        inq[b] = false;
        const struct ir_block *bl = ir_block(f, b);
        struct nstate s = in[b];
        for (size_t i = 0; i < bl->events.len; i++)
            n_event(&s, ir_event_at(bl, (int)i));
        for (size_t i = 0; i < bl->succs.len; i++) {
            const struct ir_edge *ed = vec_at(&bl->succs, i);
            struct nstate t = n_edge(bl, ed, s);
            if (n_join(&in[ed->target], &t) && !inq[ed->target]) {
                inq[ed->target] = true;
                wl[tail] = ed->target;
                tail = (tail + 1) % (nb + 1);
            }
        }
    }
    bool r = budget <= 0 || (in[blk].reach && (in[blk].bits & MAY_NONNULL));
    (void)ev; /* the value's nullness does not change inside a block; only its aliases do */
    free(in);
    free(wl);
    free(inq);
    return r;
}

/* ---- the rules --------------------------------------------------------------------------------- */

static const char *fill(struct arena *a, const char *tpl, const char *ddi, const char *role, const char *func)
{
    size_t cap = strlen(tpl) + strlen(ddi) + strlen(role) + strlen(func) * 3 + 16, n = 0;
    char *out = arena_alloc(a, cap * 2);
    for (const char *p = tpl; *p && n + 1 < cap * 2;) {
        const char *v = NULL;
        size_t skip = 0;
        if (strncmp(p, "{ddi}", 5) == 0)
            v = ddi, skip = 5;
        else if (strncmp(p, "{role}", 6) == 0)
            v = role, skip = 6;
        else if (strncmp(p, "{func}", 6) == 0)
            v = func, skip = 6;
        if (v) {
            size_t l = strlen(v);
            if (n + l + 1 >= cap * 2)
                break;
            memcpy(out + n, v, l);
            n += l;
            p += skip;
        } else
            out[n++] = *p++;
    }
    out[n] = 0;
    return out;
}

/* Whether role `role` of callback `a` makes the call (reached from `a` through edge `via`, or, with
 * `via` -1, made in `a` itself at event `ev` of block `blk`) a violation of rule `q`. */
static bool offends(struct cc *c, const struct rule_call_context *q, int a, const char *role, int via, int blk, int ev)
{
    bool listed = rule_names_has(&q->roles, role);
    if (q->allow)
        return !listed;
    if (!listed)
        return false;
    if (q->null_role && strcmp(q->null_role, role) == 0) {
        if (via >= 0) {
            const struct edge *ed = vec_at(&c->edges, (size_t)via);
            blk = ed->blk;
            ev = ed->ev;
        }
        return param_may_be_nonnull(c->d, a, q->null_param, blk, ev);
    }
    return true;
}

static void report(struct cc *c, const struct rule_def *rd, int fi, const struct ir_event *e, const char *name, int a,
                   const struct dm_role *ro)
{
    struct dm_driver *d = c->d;
    const char *msg = fill(&c->out->arena, rd->u.cc.message, name, ro->role, d->funcs[a].ir->name);
    struct finding *fd = finding_add(c->out, rd->id, rd->severity, e->loc, d->funcs[fi].ir->name, msg);
    if (!fd)
        return;
    /* from the call outwards: the calls that lead from the callback to it, then the role evidence */
    int chain[64], n = 0;
    for (int g = a; g != fi && n < 64;) {
        int ei = c->next_edge[g];
        if (ei < 0)
            break;
        chain[n++] = ei;
        g = ((const struct edge *)vec_at(&c->edges, (size_t)ei))->callee;
    }
    char buf[512];
    for (int i = n - 1; i >= 0; i--) {
        const struct edge *ed = vec_at(&c->edges, (size_t)chain[i]);
        snprintf(buf, sizeof(buf), "'%s' called here", d->funcs[ed->callee].ir->name);
        finding_note(c->out, fd, ed->loc, buf);
    }
    snprintf(buf, sizeof(buf), "'%s' runs as %s %s callback", d->funcs[a].ir->name, role_article(ro->role), ro->role);
    finding_note(c->out, fd, ro->loc, buf);
}

/* Checks the call `e` (block `blk`, event `ev` of function `fi`) against rule `rd`: searches the
 * callers backwards, nearest first, and reports the first callback whose role offends. */
static void check_call(struct cc *c, const struct rule_def *rd, int fi, int blk, int ev, const struct ir_event *e,
                       const char *name)
{
    struct dm_driver *d = c->d;
    c->mark++;
    int head = 0, tail = 0;
    c->queue[tail++] = fi;
    c->seen_mark[fi] = c->mark;
    c->next_edge[fi] = -1;
    while (head < tail) {
        int a = c->queue[head++];
        const struct dm_func *df = &d->funcs[a];
        for (size_t r = 0; r < df->roles.len; r++) {
            const struct dm_role *ro = vec_at(&df->roles, r);
            if (offends(c, &rd->u.cc, a, ro->role, c->next_edge[a], blk, ev)) {
                report(c, rd, fi, e, name, a, ro);
                return;
            }
        }
        for (int i = 0; c->first_in[a] >= 0 && i < c->nin[a]; i++) {
            int ei = c->by_callee[c->first_in[a] + i];
            const struct edge *ed = vec_at(&c->edges, (size_t)ei);
            if (c->seen_mark[ed->caller] == c->mark)
                continue;
            c->seen_mark[ed->caller] = c->mark;
            c->next_edge[ed->caller] = ei;
            c->queue[tail++] = ed->caller;
        }
    }
}

/* Runs the enabled call_context rules over the driver and appends their findings to `fs`. */
static int cc_run(struct dm_driver *d, struct findings *fs)
{
    size_t nrules = rule_count(d->rules, RULE_CALL_CONTEXT);
    bool any = false;
    for (size_t i = 0; i < nrules; i++)
        any |= rule_nth(d->rules, RULE_CALL_CONTEXT, i)->enabled;
    if (!any || d->nfuncs == 0)
        return 0;
    struct cc c;
    memset(&c, 0, sizeof(c));
    c.d = d;
    c.out = fs;
    build_edges(&c);
    for (int fi = 0; fi < d->nfuncs; fi++) {
        const struct ir_func *fn = d->funcs[fi].ir;
        for (size_t bi = 0; bi < fn->blocks.len; bi++) {
            const struct ir_block *bl = ir_block(fn, (int)bi);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind != IR_CALL || e->indirect)
                    continue;
                const char *name = dm_call_name(d, e);
                for (size_t r = 0; r < nrules; r++) {
                    const struct rule_def *rd = rule_nth(d->rules, RULE_CALL_CONTEXT, r);
                    if (rd->enabled &&
                        (rule_names_has(&rd->u.cc.ddis, name) || rule_names_has(&rd->u.cc.ddis, e->callee)))
                        check_call(&c, rd, fi, (int)bi, (int)ei, e,
                                   rule_names_has(&rd->u.cc.ddis, name) ? name : e->callee);
                }
            }
        }
    }
    vec_free(&c.edges);
    free(c.first_in);
    free(c.nin);
    free(c.by_callee);
    free(c.seen_mark);
    free(c.next_edge);
    free(c.queue);
    return 0;
}

static int run(struct check_ctx *cx)
{
    return cc_run(cx->d, cx->fs);
}

const struct check check_call_context = {.run = run};

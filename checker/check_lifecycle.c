/* check_lifecycle.c — kind "lifecycle": what a callback of stage "init" registers (facts/lifecycle.tsv:
 * MINIPORT_INITIALIZE of an NDIS 6 miniport) is given back on the callback's own failure exits, and,
 * after its successful exits, by the callback of stage "halt" (MINIPORT_HALT). nc-ndis-miniport_initialize:
 * when MiniportInitializeEx fails NDIS calls nothing else for the adapter, so it must release what it
 * registered; nc-ndis-miniport_halt: MiniportHaltEx "must free all resources that were allocated in
 * MiniportInitializeEx" (Init_RegisterSG, Init_RegisterInterrupt).
 *
 * On the path-sensitive state engine (pathstate.h), in two walks of its own (run()):
 *   1. every init callback: a DDI of the rule's "register" splits the path on its status (succeeded:
 *      the resource is registered and the handle its "out" argument points to is not NULL; failed:
 *      the status is not NDIS_STATUS_SUCCESS); a DDI of "deregister" gives it back. A return of a
 *      failure status with the resource registered on that path is reported (check failure_exit).
 *      A return that may succeed is kept, with what the path knows of the adapter context: the
 *      place stored into MiniportAdapterContext (NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,
 *      given to NdisMSetMiniportAttributes) and the value facts under it (`Adapter->SgRegistered`,
 *      `Adapter->DmaHandle != NULL`, a bit of `Adapter->Flags` known clear).
 *   2. every halt callback starts from those returns (ps_hooks.on_entry), the adapter's places renamed
 *      to its first parameter (MiniportAdapterContext), so that a flag Initialize set, or left clear,
 *      decides Halt's branches on it. When every path of Halt from one successful return of Initialize
 *      ends with the resource still registered, that return is reported (check halt), with a note
 *      where it was registered and where Halt returns.
 * NdisZeroMemory / RtlZeroMemory / memset(p, 0, n) clear the fields of *p that some branch of the
 * driver tests, so that a flag never set after zeroing is known clear.
 *
 * Limits (silence, never a report): a call the engine does not analyze (through a pointer, past the
 * inlining bounds) makes the resource's state unknown; a Halt path that depends on something neither
 * callback decides keeps the rule silent for that return; an adapter context stored outside the init
 * callback's own body carries no flags into Halt; the runs of a root that ran out of budget are
 * dropped; at most 16 distinct successful returns per init callback are followed into Halt.
 */
#include "checks.h"
#include "irql.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The states of a rule's fact (path ""): the resource is registered / is not. */
enum { LC_REG = 1, LC_FREE = 2 };
#define LC_MAX_SNAPS 16
#define LC_MAX_SUFFIXES 256

/* Keys of the path facts "the return this path took" (why: its location), "the successful return
 * of Initialize this Halt path starts from" (state: 1 << its index) and "the adapter context given to
 * NdisMSetMiniportAttributes" (why->msg: its place). */
static const char ret_key, seed_key, adapter_key;

/* A successful (or possibly successful) return of an init callback. */
struct lc_snap {
    const struct ir_func *init;
    struct pstate *s;        /* the disjunct at the return (heap) */
    const char *adapter;     /* the adapter context's place in `s`, or NULL */
    struct ir_loc loc;       /* the return */
    const char *status_text; /* what it returns */
    const char *sig;         /* what Halt would start from, as text: equal returns are followed once */
};

/* Halt paths from one snapshot, per rule. */
struct lc_tally {
    int snap;
    const struct rule_def *def;
    int exits, registered;
    struct ir_loc halt_loc;
};

struct lc_run {
    struct dm_driver *d;
    struct vec defs;     /* const struct rule_def *: the enabled rules */
    struct vec suffixes; /* const char *: "->Flag", ".Flags[&4]": the tested fields */
    struct strmap seen;
    struct arena arena;
    int phase; /* 1: init callbacks, 2: halt callbacks */
    const struct dm_func *root;
    bool *reaches;      /* [rule * nfuncs + func]: the driver function calls a deregister DDI of the rule */
    struct vec snaps;   /* struct lc_snap */
    struct vec tallies; /* struct lc_tally, of the halt root being analyzed */
};

static const struct rule_def *def_at(const struct lc_run *r, size_t i)
{
    return *(const struct rule_def **)vec_at(&r->defs, i);
}

/* True if `f` plays a role of stage `stage` for an NDIS 6 miniport. */
static bool has_stage(const struct rules *rs, const struct dm_func *f, const char *stage)
{
    for (size_t i = 0; i < f->roles.len; i++) {
        const struct dm_role *ro = vec_at(&f->roles, i);
        const char *st = rule_lifecycle_stage(rs, "miniport6", ro->role);
        if (st && strcmp(st, stage) == 0)
            return true;
    }
    return false;
}

/* The part of access path `p` after its leading identifier ("->Flags" of "Adapter->Flags"), or NULL. */
static const char *after_root(const char *p)
{
    if (!p || !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_'))
        return NULL;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')
        p++;
    return (p[0] == '-' && p[1] == '>') || p[0] == '.' ? p : NULL;
}

static void add_suffix(struct lc_run *r, const char *path, const char *bits)
{
    const char *s = after_root(path);
    if (!s || strstr(s, "[]") || r->suffixes.len >= LC_MAX_SUFFIXES)
        return;
    const char *full = bits ? arena_printf(&r->arena, "%s%s", s, bits) : arena_strdup(&r->arena, s);
    if (strmap_get(&r->seen, full))
        return;
    strmap_put(&r->seen, full, (void *)1);
    *(const char **)vec_push(&r->suffixes) = full;
}

/* The fields the driver's branches test (for zeroing). */
static void collect_suffixes(struct lc_run *r)
{
    for (int i = 0; i < r->d->nfuncs; i++) {
        const struct ir_func *f = r->d->funcs[i].ir;
        for (size_t b = 0; b < f->blocks.len; b++) {
            const struct ir_block *bl = ir_block(f, (int)b);
            const struct ir_cond *c = &bl->cond;
            if (c->kind != IR_COND_NONE)
                add_suffix(r, c->path, NULL);
            else if (c->test && c->test->kind == IR_TEST_BITS)
                add_suffix(r, c->test->path, arena_printf(&r->arena, "[&%llx]", (unsigned long long)c->test->cval));
            else if (c->test && c->test->path)
                add_suffix(r, c->test->path, NULL);
        }
    }
}

/* The text of the place an init callback stores into MiniportAdapterContext, or NULL. */
static const char *adapter_text(const struct ir_func *f)
{
    for (size_t b = 0; b < f->blocks.len; b++) {
        const struct ir_block *bl = ir_block(f, (int)b);
        for (size_t i = 0; i < bl->events.len; i++) {
            const struct ir_event *ev = ir_event_at(bl, (int)i);
            if (ev->kind != IR_ASSIGN || !ev->lhs || ev->rhs.kind != IR_V_PATH || !ev->rhs.text)
                continue;
            size_t n = strlen(ev->lhs), k = strlen("MiniportAdapterContext");
            if (n > k && strcmp(ev->lhs + n - k, "MiniportAdapterContext") == 0 &&
                (ev->lhs[n - k - 1] == '.' || ev->lhs[n - k - 1] == '>'))
                return ev->rhs.text;
        }
    }
    return NULL;
}

struct lc_scan {
    const struct lc_run *r;
    const struct rule_def *def;
    const bool *row;
    int from;
    bool hit;
};

static bool calls_dereg(void *ctx, const struct ir_event *call)
{
    struct lc_scan *sc = ctx;
    const char *n = dm_call_name(sc->r->d, call);
    if (n && rule_names_has(&sc->def->u.lc.dereg, n))
        return sc->hit = true;
    int g = dm_resolve(sc->r->d, sc->r->d->funcs[sc->from].ir, call->callee);
    if (g >= 0 && sc->row[g])
        return sc->hit = true;
    return false;
}

/* reaches[]: which driver functions call a deregister DDI of each rule, themselves or through others. */
static void compute_reaches(struct lc_run *r)
{
    int n = r->d->nfuncs;
    r->reaches = calloc(r->defs.len * (size_t)n + 1, sizeof(bool));
    if (!r->reaches)
        abort();
    for (size_t i = 0; i < r->defs.len; i++) {
        bool *row = r->reaches + i * (size_t)n;
        for (bool changed = true; changed;) {
            changed = false;
            for (int f = 0; f < n; f++) {
                if (row[f])
                    continue;
                struct lc_scan sc = {r, def_at(r, i), row, f, false};
                ir_each_call(r->d->funcs[f].ir, calls_dereg, &sc);
                if (sc.hit)
                    row[f] = changed = true;
            }
        }
    }
}

static bool loc_eq(struct ir_loc a, struct ir_loc b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col;
}

/* Key of the path fact "a helper that can deregister the resource of rule i ran here without doing so". */
static const void *cleanup_key(const struct rule_def *d)
{
    return &d->u.lc.dereg;
}

/* A DDI called inside an inlined helper of the init callback: if the helper (as called from the
 * callback's own body) can deregister a resource still registered on this path, remember the call. */
static void note_cleanup(struct lc_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s)
{
    if (r->phase != 1 || !fr->parent)
        return;
    const struct ps_frame *top = fr;
    while (top->parent && top->parent->parent)
        top = top->parent;
    int g = -1;
    for (int k = 0; k < r->d->nfuncs && g < 0; k++)
        if (r->d->funcs[k].ir == top->f)
            g = k;
    if (g < 0)
        return;
    for (size_t i = 0; i < r->defs.len; i++) {
        const struct rule_def *d = def_at(r, i);
        const struct ps_fact *f = ps_fact_find(s, d, "");
        if (!f || f->state != LC_REG || !r->reaches[i * (size_t)r->d->nfuncs + (size_t)g])
            continue;
        struct ps_fact *c = ps_fact_get(s, cleanup_key(d), "", 1);
        c->state = 1;
        if (!c->why || !loc_eq(c->why->loc, top->call_loc))
            c->why = ps_why_new(e, top->call_loc, top->f->name, NULL);
    }
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)data;
    (void)e;
    (void)ddi;
    return false; /* only the roots on_root wants are analyzed */
}

/* Value fact of `p`: known zero. */
static void set_zero(struct pstate *s, const char *p)
{
    struct ps_value *v = ps_value_at(s, p);
    v->known = true;
    v->value = 0;
    v->nexcluded = 0;
    v->why = NULL;
}

static bool is_zeroing(const char *ddi, const struct ir_event *call)
{
    if (strcmp(ddi, "NdisZeroMemory") == 0 || strcmp(ddi, "RtlZeroMemory") == 0)
        return call->nargs >= 1;
    return strcmp(ddi, "memset") == 0 && call->nargs >= 2 && call->args[1].kind == IR_V_CONST &&
           call->args[1].cval == 0;
}

static void zeroing(struct lc_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                    const struct ir_event *call)
{
    const struct ir_val *a = &call->args[0];
    if (a->kind != IR_V_PATH || !a->text || strstr(a->text, "[]"))
        return;
    bool obj = a->text[0] == '&';
    const char *base = ps_path(e, fr, s, obj ? a->text + 1 : a->text);
    if (!base)
        return;
    for (size_t i = 0; i < r->suffixes.len; i++) {
        const char *suf = *(const char **)vec_at(&r->suffixes, i);
        if ((suf[0] == '.') != obj)
            continue;
        set_zero(s, arena_printf(ps_arena(e), "%s%s", base, suf));
    }
}

/* NdisMSetMiniportAttributes(Handle, Attributes): the place the registration attributes' MiniportAdapterContext
 * holds, when the path knows it (an alias), is the adapter context (nf-ndis-ndismsetminiportattributes,
 * ns-ndis-_ndis_miniport_adapter_registration_attributes). */
static void set_attributes(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                           const struct ir_event *call)
{
    if (call->nargs < 2 || call->args[1].kind != IR_V_PATH || !call->args[1].text || strstr(call->args[1].text, "[]"))
        return;
    const char *t = call->args[1].text;
    const char *field = t[0] == '&' ? arena_printf(ps_arena(e), "%s.MiniportAdapterContext", t + 1)
                                    : arena_printf(ps_arena(e), "%s->MiniportAdapterContext", t);
    const char *p = ps_path(e, fr, s, field);
    if (!p || strstr(p, "MiniportAdapterContext") || p[0] == '@' || !after_root(arena_printf(ps_arena(e), "%s->", p)))
        return;
    struct ps_fact *f = ps_fact_get(s, &adapter_key, "", 1);
    f->why = ps_why_new(e, call->loc, p, NULL);
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    struct lc_run *r = data;
    if (is_zeroing(ddi, call)) {
        zeroing(r, e, fr, s, call);
        return;
    }
    if (strcmp(ddi, "NdisMSetMiniportAttributes") == 0) {
        set_attributes(e, fr, s, call);
        return;
    }
    /* a DDI given `&x` may write x (NdisMAllocateSharedMemory's virtual address, an allocated handle) */
    for (int a = 0; a < call->nargs; a++)
        if (call->args[a].kind == IR_V_PATH && call->args[a].text && call->args[a].text[0] == '&' &&
            !strstr(call->args[a].text, "[]"))
            ps_kill_place(s, ps_place(e, fr, s, call->args[a].text + 1));
    note_cleanup(r, e, fr, s);
    bool split = false;
    for (size_t i = 0; i < r->defs.len; i++) {
        const struct rule_def *d = def_at(r, i);
        const struct rule_lifecycle *q = &d->u.lc;
        if (rule_names_has(&q->dereg, ddi)) {
            struct ps_fact *f = ps_fact_find(s, d, "");
            if (f) {
                f->state = LC_FREE;
                f->why = NULL;
            }
            struct ps_fact *c = ps_fact_find(s, cleanup_key(d), "");
            if (c)
                c->state = 0;
            continue;
        }
        if (!rule_names_has(&q->reg, ddi))
            continue;
        if (!split) {
            /* the registration failed on one path (nothing registered), succeeded on the other */
            struct pstate *failed = ps_dup(s);
            ps_value_exclude(&failed->last_result, 0);
            ps_set_add(extra, failed);
            s->last_result.known = true;
            s->last_result.value = 0;
            s->last_result.nexcluded = 0;
            split = true;
        }
        struct ps_fact *f = ps_fact_get(s, d, "", LC_FREE);
        f->state = LC_REG;
        const char *init = r->root ? r->root->ir->name : "?";
        f->why = ps_why_here(
            e, call->loc, rule_fill(ps_arena(e), q->note_reg, "object", q->object, "reg", ddi, "init", init, NULL), fr);
        if (q->reg_out >= 0 && q->reg_out < call->nargs && call->args[q->reg_out].kind == IR_V_PATH &&
            call->args[q->reg_out].text[0] == '&') {
            const char *place = ps_place(e, fr, s, call->args[q->reg_out].text + 1);
            ps_kill_place(s, place);
            ps_value_exclude(ps_value_at(s, place), 0);
        }
    }
}

static void on_opaque(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *call)
{
    (void)e;
    (void)fr;
    (void)call;
    struct lc_run *r = data;
    for (size_t i = 0; i < r->defs.len; i++) {
        struct ps_fact *f = ps_fact_find(s, def_at(r, i), "");
        if (f)
            f->state |= LC_FREE; /* it may have been given back there */
    }
}

static bool is_own(const struct ir_func *f, const char *p);

/* The place a halt callback sees for place `p` of an init callback's path: under the adapter
 * context `adapter`, "@" and the rest ("@->Flags", renamed to the halt callback's first parameter
 * there); a global as it is; NULL for the init callback's own variables. Arena-owned. */
static const char *halt_place(struct ps_engine *e, const struct ir_func *init, const char *p, const char *adapter)
{
    size_t al = adapter ? strlen(adapter) : 0;
    if (!p)
        return NULL;
    if (strstr(p, "[]"))
        return NULL; /* an element of an array stands for many */
    if (al && strncmp(p, adapter, al) == 0 && (p[al] == '.' || (p[al] == '-' && p[al + 1] == '>')))
        return arena_printf(ps_arena(e), "@%s", p + al);
    if (!is_own(init, p) && after_root(p) && !strstr(p, "[]"))
        return p;
    return NULL;
}

/* The facts a halt callback would start from after this return, as text. */
static const char *signature(struct lc_run *r, struct ps_engine *e, const struct ir_func *init, const struct pstate *s,
                             const char *adapter)
{
    const char *sig = "";
    for (size_t i = 0; i < r->defs.len; i++) {
        const struct ps_fact *f = ps_fact_find(s, def_at(r, i), "");
        sig = arena_printf(ps_arena(e), "%s%u;", sig, f ? f->state : 0);
    }
    for (int v = 0; v < s->nvalues; v++) {
        const struct ps_value *val = &s->values[v];
        const char *hp = halt_place(e, init, val->path, adapter);
        if (!hp)
            continue;
        sig = arena_printf(ps_arena(e), "%s%s=%d:%lld/%d", sig, hp, val->known, val->value, val->nexcluded);
        for (int k = 0; k < val->nexcluded; k++)
            sig = arena_printf(ps_arena(e), "%s,%lld", sig, val->excluded[k]);
        sig = arena_printf(ps_arena(e), "%s;", sig);
    }
    return sig;
}

/* Reports the failure exits of an init callback; keeps its successful exits. */
static void init_return(struct lc_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                        const struct ir_event *ret)
{
    bool fails = ret->rhs.kind != IR_V_NONE && ps_value_isnt(&s->ret, 0);
    if (fails) {
        for (size_t i = 0; i < r->defs.len; i++) {
            const struct rule_def *d = def_at(r, i);
            const struct ps_fact *f = ps_fact_find(s, d, "");
            if (!(d->u.lc.checks & LC_FAILURE_EXIT) || !f || f->state != LC_REG)
                continue;
            const char *status = ps_status_text(e, &s->ret, 0);
            const struct ps_fact *c = ps_fact_find(s, cleanup_key(d), "");
            bool helper = c && c->state && c->why;
            const char *msg = rule_fill(ps_arena(e), helper ? d->u.lc.msg_failure_cleanup : d->u.lc.msg_failure_exit,
                                        "init", fr->f->name, "object", d->u.lc.object, "status", status, "cleanup",
                                        helper ? c->why->msg : "?", NULL);
            struct finding *fd = ps_report(e, d, helper ? c->why->loc : ret->loc, fr, msg);
            if (!fd)
                continue;
            ps_story_notes(e, fd, f->why, fr);
            if (helper)
                finding_note(ps_findings(e), fd, ret->loc,
                             arena_printf(ps_arena(e), "'%s' returns %s here", fr->f->name, status));
        }
        return;
    }
    if (r->snaps.len >= LC_MAX_SNAPS || !ps_value_is(&s->ret, 0))
        return; /* only a return known to succeed: a joined path that may fail is no evidence */
    bool any = false;
    for (size_t i = 0; i < r->defs.len && !any; i++) {
        const struct ps_fact *f = ps_fact_find(s, def_at(r, i), "");
        any = f && f->state == LC_REG && (def_at(r, i)->u.lc.checks & LC_HALT);
    }
    if (!any)
        return;
    const struct ps_fact *af = ps_fact_find(s, &adapter_key, "");
    const char *at = adapter_text(fr->f);
    const char *adapter = af && af->why ? af->why->msg : at ? ps_path(e, fr, s, at) : NULL;
    const char *sig = signature(r, e, fr->f, s, adapter);
    for (size_t i = 0; i < r->snaps.len; i++) {
        const struct lc_snap *o = vec_at(&r->snaps, i);
        if (o->init == fr->f && strcmp(o->sig, sig) == 0)
            return;
    }
    struct lc_snap *sn = vec_push(&r->snaps);
    sn->init = fr->f;
    sn->s = ps_dup(s);
    sn->adapter = adapter;
    sn->sig = sig;
    sn->loc = ret->loc;
    sn->status_text = s->ret.known ? ps_status_text(e, &s->ret, 0) : NULL;
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    struct lc_run *r = data;
    if (fr->parent || !r->root)
        return;
    if (r->phase == 1) {
        init_return(r, e, fr, s, ret);
        return;
    }
    struct ps_fact *f = ps_fact_get(s, &ret_key, "", 1);
    f->why = ps_why_new(e, ret->loc, NULL, NULL);
}

/* True if the leading identifier of `p` names a parameter or local of `f` (or `p` is a frame's). */
static bool is_own(const struct ir_func *f, const char *p)
{
    const char *end = after_root(p);
    if (!end)
        return true;
    size_t n = (size_t)(end - p);
    for (int i = 0; i < f->nparams; i++)
        if (f->params[i] && strlen(f->params[i]) == n && strncmp(f->params[i], p, n) == 0)
            return true;
    for (size_t i = 0; i < f->locals.len; i++) {
        const char *l = *(const char **)vec_at(&f->locals, i);
        if (strlen(l) == n && strncmp(l, p, n) == 0)
            return true;
    }
    return false;
}

/* A halt root starts from each kept return of the init callbacks. */
static void on_entry(void *data, struct ps_engine *e, const struct ps_frame *root, struct ps_set *in)
{
    struct lc_run *r = data;
    if (r->phase != 2 || !r->root || r->snaps.len == 0 || in->n != 1)
        return;
    const char *p0 = root->f->nparams > 0 ? root->f->params[0] : NULL;
    struct pstate *empty = ps_dup(in->d[0]);
    ps_set_free(in);
    for (size_t k = 0; k < r->snaps.len; k++) {
        const struct lc_snap *sn = vec_at(&r->snaps, k);
        struct pstate *st = ps_dup(empty);
        for (size_t i = 0; i < r->defs.len; i++) {
            const struct ps_fact *f = ps_fact_find(sn->s, def_at(r, i), "");
            if (!f)
                continue;
            struct ps_fact *g = ps_fact_get(st, def_at(r, i), "", LC_FREE);
            g->state = f->state;
            g->why = f->why;
        }
        struct ps_fact *seed = ps_fact_get(st, &seed_key, "", 0);
        seed->state = 1u << k;
        for (int v = 0; v < sn->s->nvalues; v++) {
            const struct ps_value *val = &sn->s->values[v];
            const char *np = halt_place(e, sn->init, val->path, sn->adapter);
            if (!np || (np[0] == '@' && !p0))
                continue;
            if (np[0] == '@')
                np = arena_printf(ps_arena(e), "%s%s", p0, np + 1);
            struct ps_value *nv = ps_value_at(st, np);
            *nv = *val;
            nv->path = np;
        }
        ps_set_add(in, st);
    }
    ps_free_state(empty);
}

/* Each disjunct at the end of a halt root: tallied per kept return of Initialize and rule. */
static void halt_exit(void *data, struct ps_engine *e, const struct ps_frame *root, const struct pstate *s)
{
    (void)e;
    struct lc_run *r = data;
    if (r->phase != 2 || !r->root)
        return;
    const struct ps_fact *seed = ps_fact_find(s, &seed_key, "");
    if (!seed)
        return;
    bool single = (seed->state & (seed->state - 1)) == 0;
    const struct ps_fact *rf = ps_fact_find(s, &ret_key, "");
    for (int k = 0; k < (int)r->snaps.len; k++) {
        if (!(seed->state & (1u << k)))
            continue;
        for (size_t i = 0; i < r->defs.len; i++) {
            const struct rule_def *d = def_at(r, i);
            if (!(d->u.lc.checks & LC_HALT))
                continue;
            struct lc_tally *t = NULL;
            for (size_t j = 0; j < r->tallies.len && !t; j++) {
                struct lc_tally *x = vec_at(&r->tallies, j);
                if (x->snap == k && x->def == d)
                    t = x;
            }
            if (!t) {
                t = vec_push(&r->tallies);
                memset(t, 0, sizeof(*t));
                t->snap = k;
                t->def = d;
            }
            t->exits++;
            const struct ps_fact *f = ps_fact_find(s, d, "");
            if (single && f && f->state == LC_REG) {
                t->registered++;
                t->halt_loc = rf && rf->why ? rf->why->loc : root->f->loc;
            }
        }
    }
}

/* The findings of the halt root analyzed last. */
static void finish_halt(struct lc_run *r, struct ps_engine *e)
{
    if (r->phase == 2 && r->root && !ps_root_incomplete(e)) {
        struct findings *fs = ps_findings(e);
        for (size_t j = 0; j < r->tallies.len; j++) {
            const struct lc_tally *t = vec_at(&r->tallies, j);
            if (t->exits == 0 || t->registered != t->exits)
                continue;
            const struct lc_snap *sn = vec_at(&r->snaps, (size_t)t->snap);
            const struct rule_lifecycle *q = &t->def->u.lc;
            const struct ps_fact *f = ps_fact_find(sn->s, t->def, "");
            const char *halt = r->root->ir->name;
            const char *dereg = q->dereg.n ? q->dereg.name[0] : "?";
            const char *msg = rule_fill(ps_arena(e), q->msg_halt, "init", sn->init->name, "halt", halt, "object",
                                        q->object, "dereg", dereg, NULL);
            struct finding *fd = finding_add(fs, t->def->id, t->def->severity, sn->loc, sn->init->name, msg);
            if (!fd)
                continue;
            for (const struct ps_why *w = f ? f->why : NULL; w; w = w->next)
                finding_note(fs, fd, w->loc, w->msg);
            finding_note(fs, fd, t->halt_loc,
                         rule_fill(ps_arena(e), q->note_halt, "init", sn->init->name, "halt", halt, "object", q->object,
                                   "dereg", dereg, NULL));
        }
    }
    r->tallies.len = 0;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    struct lc_run *r = data;
    finish_halt(r, e);
    r->root = NULL;
    if (!has_stage(r->d->rules, root, r->phase == 1 ? "init" : "halt"))
        return false;
    r->root = root;
    return true;
}

static void end(void *data, struct ps_engine *e)
{
    finish_halt(data, e);
}

/* The run's data, shared by both walks (begin() of each returns it). */
static struct lc_run *the_run;

static void *begin(struct ps_engine *e)
{
    (void)e;
    return the_run && the_run->defs.len ? the_run : NULL;
}

static const struct ps_hooks hooks = {.begin = begin,
                                      .acts_on = acts_on,
                                      .on_root = on_root,
                                      .on_ddi = on_ddi,
                                      .on_return = on_return,
                                      .on_exit = halt_exit,
                                      .end = end,
                                      .on_opaque = on_opaque,
                                      .on_entry = on_entry};

/* The text that names timer argument `v` across functions: the part after its root variable
 * ("->WatchdogTimer" of "Adapter->WatchdogTimer"), or a global's whole name; NULL for anything else. */
static const char *timer_key(const struct ir_val *v)
{
    if (v->kind != IR_V_PATH || !v->text || strstr(v->text, "[]"))
        return NULL;
    const char *s = after_root(v->text);
    return s ? s : v->text;
}

/* A call of a register DDI of a cancel_passive rule with a nonzero period. */
struct lc_arm {
    const char *key;
    const struct ir_event *call;
    long long period;
};

/* cancel_passive (PeriodicTimer): a timer some call arms with a nonzero period (the constant the
 * rule's "period" argument is given) cancelled by a "deregister" DDI where the IRQL analysis (irql.h,
 * recorded by the irql check into cx->irql_calls) says the IRQL may be above PASSIVE_LEVEL. Timers
 * are matched by the field they live in (Adapter->WatchdogTimer in one function is
 * MiniportAdapterContext's WatchdogTimer in another) or a global's name. nf-ndis-ndiscanceltimerobject:
 * "If the timer object is a periodic timer, NdisCancelTimerObject must be called at
 * IRQL = PASSIVE_LEVEL". */
static void cancel_passive(struct check_ctx *cx, const struct rule_def *d)
{
    const struct rule_lifecycle *q = &d->u.lc;
    struct dm_driver *drv = cx->d;
    struct vec arms;
    vec_init(&arms, sizeof(struct lc_arm));
    for (int i = 0; i < drv->nfuncs; i++) {
        const struct ir_func *f = drv->funcs[i].ir;
        for (size_t b = 0; b < f->blocks.len; b++) {
            const struct ir_block *bl = ir_block(f, (int)b);
            for (size_t k = 0; k < bl->events.len; k++) {
                const struct ir_event *ev = ir_event_at(bl, (int)k);
                const char *n = ev->kind == IR_CALL ? dm_call_name(drv, ev) : NULL;
                if (!n || !rule_names_has(&q->reg, n) || q->reg_period >= ev->nargs || ev->nargs < 1)
                    continue;
                const struct ir_val *pv = &ev->args[q->reg_period];
                const char *key = timer_key(&ev->args[0]);
                if (!key || pv->kind != IR_V_CONST || pv->cval == 0 || (pv->has_alt && pv->alt == 0))
                    continue;
                struct lc_arm *a = vec_push(&arms);
                a->key = key;
                a->call = ev;
                a->period = pv->cval;
            }
        }
    }
    for (size_t i = 0; i < cx->irql_calls.len && arms.len; i++) {
        const struct irql_call *c = vec_at(&cx->irql_calls, i);
        const char *n = dm_call_name(drv, c->e);
        if (!n || !rule_names_has(&q->dereg, n) || c->vague || c->hi <= IRQL_PASSIVE || c->e->nargs < 1)
            continue;
        const char *key = timer_key(&c->e->args[0]);
        const struct lc_arm *arm = NULL;
        for (size_t k = 0; key && k < arms.len && !arm; k++) {
            const struct lc_arm *a = vec_at(&arms, k);
            if (strcmp(a->key, key) == 0)
                arm = a;
        }
        if (!arm)
            continue;
        char period[32];
        snprintf(period, sizeof(period), "%lld", arm->period);
        const char *reg = dm_call_name(drv, arm->call);
        const char *msg =
            rule_fill(&cx->arena, q->msg_cancel_irql, "timer", c->e->args[0].text, "irql", rule_irql_name(c->hi),
                      "period", period, "reg", reg, "dereg", n, "object", q->object, NULL);
        struct finding *fd = finding_add(cx->fs, d->id, d->severity, c->e->loc, drv->funcs[c->func].ir->name, msg);
        if (!fd)
            continue;
        for (int k = 0; k < c->nnotes; k++)
            finding_note(cx->fs, fd, c->note_loc[k], c->note[k]);
        finding_note(cx->fs, fd, arm->call->loc,
                     rule_fill(&cx->arena, q->note_armed, "timer", arm->call->args[0].text, "irql",
                               rule_irql_name(c->hi), "period", period, "reg", reg, "dereg", n, "object", q->object,
                               NULL));
    }
    vec_free(&arms);
}

/* Runs the two walks: the init callbacks, then the halt callbacks from their successful returns. */
static int run(struct check_ctx *cx)
{
    const struct rules *rs = cx->d->rules;
    struct lc_run r;
    memset(&r, 0, sizeof(r));
    r.d = cx->d;
    vec_init(&r.defs, sizeof(const struct rule_def *));
    vec_init(&r.suffixes, sizeof(const char *));
    vec_init(&r.snaps, sizeof(struct lc_snap));
    vec_init(&r.tallies, sizeof(struct lc_tally));
    strmap_init(&r.seen);
    for (size_t i = 0; i < rule_count(rs, RULE_LIFECYCLE); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_LIFECYCLE, i);
        if (d->enabled && (d->u.lc.checks & LC_CANCEL_PASSIVE))
            cancel_passive(cx, d);
        if (d->enabled && (d->u.lc.checks & (LC_FAILURE_EXIT | LC_HALT)))
            *(const struct rule_def **)vec_push(&r.defs) = d;
    }
    struct ps_engine *walk[2] = {NULL, NULL};
    if (r.defs.len == 0)
        goto done;
    collect_suffixes(&r);
    compute_reaches(&r);
    the_run = &r;
    for (int p = 0; p < 2; p++) {
        r.phase = p + 1;
        r.root = NULL;
        walk[p] = ps_new(cx->d, cx->fs);
        ps_add(walk[p], &hooks);
        ps_run(walk[p]);
        if (p == 0 && r.snaps.len == 0)
            break;
    }
    the_run = NULL;
done:
    for (size_t i = 0; i < r.snaps.len; i++)
        ps_free_state(((struct lc_snap *)vec_at(&r.snaps, i))->s);
    for (int p = 0; p < 2; p++)
        if (walk[p])
            ps_free(walk[p]);
    free(r.reaches);
    vec_free(&r.defs);
    vec_free(&r.suffixes);
    vec_free(&r.snaps);
    vec_free(&r.tallies);
    strmap_free(&r.seen);
    arena_free(&r.arena);
    return 0;
}

const struct check check_lifecycle = {.run = run};

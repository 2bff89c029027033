/* irql.c — the IRQL analysis and the IRQL rules (see irql.h). */
#include "irql.h"

#include "sal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- lattice ---------------------------------------------------------------------------- */

struct irql_iv irql_bottom(void)
{
    struct irql_iv b = {1, 0, NULL, NULL, 0};
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
    if (a.tag != b.tag)
        r.tag = 0;
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
#define MAX_IND 8
#define MAX_CONST 12

struct saved {
    const char *path;
    struct irql_iv v;
    bool partial; /* held on some of the paths joined here only */
};

/* A flag that tells an IRQL: `path` (masked with `mask` when nonzero: a flags word) is nonzero
 * exactly when the IRQL value `tag` lies in lo..hi (outside it, with `neg`). */
struct ind {
    const char *path;
    int tag;
    int lo, hi;
    bool neg;
    long long mask;
};

/* A local known to hold a constant. */
/* A local known to hold a constant, or (nonzero) only known not to be 0, as a branch on it tells. */
struct cst {
    const char *path;
    long long v;
    bool nonzero;
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
    int nind, nconst;
    struct ind ind[MAX_IND];
    struct cst consts[MAX_CONST];
    /* the levels the function's entry IRQL (tag 1) can have on the paths of this state: the key by
       which the paths of a function are kept apart (see NPART) */
    int ent_lo, ent_hi;
};

/* Paths whose entry IRQL is known to differ (the DispatchLevel flag set on some, clear on others)
 * are kept in separate states, up to this many per block; more are joined into the first. */
#define NPART 3

static void st_bottom(struct state *s)
{
    memset(s, 0, sizeof(*s));
    s->cur = irql_bottom();
    s->pending_call = -1;
    s->ent_lo = 1;
    s->ent_hi = 0;
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
    sv->partial = false;
}

static void st_kill(struct state *s, const char *path)
{
    for (int i = 0; i < s->nsaved; i++)
        if (strcmp(s->saved[i].path, path) == 0) {
            s->saved[i] = s->saved[--s->nsaved];
            return;
        }
}

static struct ind *ind_find(struct state *s, const char *path)
{
    for (int i = 0; path && i < s->nind; i++)
        if (strcmp(s->ind[i].path, path) == 0)
            return &s->ind[i];
    return NULL;
}

static void ind_kill(struct state *s, const char *path)
{
    for (int i = 0; i < s->nind; i++)
        if (strcmp(s->ind[i].path, path) == 0) {
            s->ind[i] = s->ind[--s->nind];
            return;
        }
}

static void ind_set(struct state *s, struct ind v)
{
    ind_kill(s, v.path);
    if (s->nind < MAX_IND)
        s->ind[s->nind++] = v;
}

static struct cst *const_find(struct state *s, const char *path)
{
    for (int i = 0; path && i < s->nconst; i++)
        if (strcmp(s->consts[i].path, path) == 0)
            return &s->consts[i];
    return NULL;
}

static void const_kill(struct state *s, const char *path)
{
    for (int i = 0; i < s->nconst; i++)
        if (strcmp(s->consts[i].path, path) == 0) {
            s->consts[i] = s->consts[--s->nconst];
            return;
        }
}

static bool ind_same(const struct ind *a, const struct ind *b)
{
    return a->tag == b->tag && a->lo == b->lo && a->hi == b->hi && a->neg == b->neg && a->mask == b->mask;
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
    if (!irql_iv_eq(j, a->cur) || j.tag != a->cur.tag)
        changed = true;
    a->cur = j;
    if (b->ent_lo < a->ent_lo || b->ent_hi > a->ent_hi) {
        a->ent_lo = b->ent_lo < a->ent_lo ? b->ent_lo : a->ent_lo;
        a->ent_hi = b->ent_hi > a->ent_hi ? b->ent_hi : a->ent_hi;
        changed = true;
    }
    /* flags and constants: those both sides agree on */
    for (int i = 0; i < a->nind;) {
        const struct ind *o = ind_find((struct state *)b, a->ind[i].path);
        if (!o || !ind_same(o, &a->ind[i])) {
            a->ind[i] = a->ind[--a->nind];
            changed = true;
        } else
            i++;
    }
    for (int i = 0; i < a->nconst;) {
        const struct cst *o = const_find((struct state *)b, a->consts[i].path);
        if (!o || o->v != a->consts[i].v || o->nonzero != a->consts[i].nonzero) {
            a->consts[i] = a->consts[--a->nconst];
            changed = true;
        } else
            i++;
    }
    if (b->vague && !a->vague) {
        a->vague = true;
        changed = true;
    }
    for (int i = 0; i < a->nsaved; i++)
        if (!a->saved[i].partial && !st_find((struct state *)b, a->saved[i].path)) {
            a->saved[i].partial = true;
            changed = true;
        }
    for (int i = 0; i < b->nsaved; i++) {
        struct saved *sv = st_find(a, b->saved[i].path);
        if (!sv) {
            if (a->nsaved < MAX_SAVED) {
                a->saved[a->nsaved] = b->saved[i];
                a->saved[a->nsaved++].partial = true;
                changed = true;
            }
            continue;
        }
        struct irql_iv jv = irql_join(sv->v, b->saved[i].v);
        if (!irql_iv_eq(jv, sv->v) || jv.tag != sv->v.tag || (b->saved[i].partial && !sv->partial))
            changed = true;
        sv->v = jv;
        sv->partial |= b->saved[i].partial;
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

/* What the callers pass in one parameter: nothing seen yet, a flag about the IRQL at the call
 * (`fl`, its path unused), or something else. */
enum pstate { PI_UNSEEN, PI_FLAG, PI_OTHER };
struct pind {
    enum pstate st;
    struct ind fl;
    struct irql_iv c_true, c_false; /* the IRQLs at the calls passing a nonzero / zero constant */
};

/* One calling context of a driver function, the unit the dataflow runs on. Contexts 0..nfuncs-1
 * are the functions' base contexts (their roles, and the calls that pass nothing known); a call
 * that passes constants in parameters the function tests (struct an.rel) goes to a context of its
 * own, one per set of values, up to MAX_CTX per function (more fall back to the base context); an
 * annotated function whose annotation allows a range of IRQLs also has an annotation context,
 * entered over that range, that only finds where the body contradicts its annotation. */
struct fstate {
    struct irql_iv entry;
    bool has_entry;
    bool default_entry; /* no role and no caller: PASSIVE_LEVEL by assumption */
    bool in_summary;    /* summary computation in progress (recursion guard) */
    bool queued;
    struct memo *memo;
    struct pind *pind; /* per parameter, or NULL: flags the callers pass */
    int func;          /* the driver function analysed */
    int next_ctx;      /* the function's next specialised context (from its base context on), -1 none */
    int nk;            /* the parameters this context knows the values of (path: the parameter) */
    const struct cst *k;
    bool ann; /* the annotation context */
    /* base contexts only */
    int nctx;       /* specialised contexts made */
    int ann_node;   /* the annotation context, -1 none */
    bool reached;   /* some context of the function has an entry */
    bool has_clamp; /* entries from callers are kept within the annotated range `clamp` */
    struct irql_range clamp;
    const struct irql_why *clamp_why;
};

#define MAX_CTX 8

struct an {
    struct dm_driver *d;
    struct arena arena;
    struct fstate *fs; /* the contexts: nfs of room for cap */
    int nfs, cap;
    unsigned char **rel; /* per function, per parameter: a branch tests it (directly or in a callee
                            it is passed to) and nothing assigns it: a constant there is a context */
    unsigned char **esc; /* per function, per parameter: its address is taken (a callee may change it) */
    bool checking_ann;   /* the check pass runs an annotation context */
    int *queue;
    int qlen;
    struct findings *out;
    FILE *dump;
    struct vec runs; /* struct run: the runs in progress, innermost last */
    /* set by transfer() when it waits for a summary not computed yet */
    int need_func;
    struct irql_iv need_entry;
    /* the check pass of one function: the IRQL at each call, joined over the partitions */
    struct strmap seen;    /* event address (as text) -> struct seen_call * */
    struct vec seen_order; /* struct seen_call *, in the order first met */
    /* IRQL annotations (sal.h): the index, each function's own, the rule that reports them */
    struct sal_index sal;
    const struct ir_sal **own_sal;
    const struct rule_def *sal_rule;
    /* irql_run_calls(): the DDIs whose calls are recorded, where, and the arena of their notes */
    const char *const *rec_ddis;
    struct vec *rec;
    struct arena *rec_arena;
};

struct seen_call {
    const struct ir_event *e;
    struct state s; /* reach, vague, cur: before the call */
    /* the same in the annotation context */
    bool ann_reach, ann_vague;
    struct irql_iv ann_cur;
    struct irql_iv after;    /* the IRQL after the call, joined likewise (bottom: never returns) */
    struct irql_iv before_j; /* the IRQL before it, on the paths that return */
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

static struct irql_iv point(int lvl, const struct irql_why *w, int tag)
{
    struct irql_iv r = {lvl, lvl, w, w, tag};
    return r;
}

/* The tag of the IRQL an event sets: its address, made distinct from 0 (unknown) and 1 (entry). */
static int ev_tag(const struct ir_event *e)
{
    return (int)((((uintptr_t)e) >> 3) & 0x3fffffff) | 2;
}

/* The levels `op cval` selects, as an interval (NE: the interval it excludes, with *neg). */
static bool cmp_range(enum ir_cmp op, long long c, int *lo, int *hi, bool *neg)
{
    *neg = false;
    switch (op) {
    case IR_EQ: *lo = *hi = (int)c; break;
    case IR_NE:
        *lo = *hi = (int)c;
        *neg = true;
        break;
    case IR_LT: *lo = 0, *hi = (int)c - 1; break;
    case IR_LE: *lo = 0, *hi = (int)c; break;
    case IR_GT: *lo = (int)c + 1, *hi = IRQL_HIGH; break;
    default: *lo = (int)c, *hi = IRQL_HIGH; break;
    }
    return c >= 0 && c <= IRQL_HIGH;
}

static bool summary(struct an *a, int g, struct irql_iv entry, struct irql_iv *exit, bool *vague);
static bool check_call(struct an *a, int f, const struct ir_event *e, const struct state *s);
static bool sal_call_effect(struct an *a, int fi, const struct ir_event *e, int ei, struct state *s);

/* The check pass meets a call: joins the IRQL at it with what the other partitions had. */
static void note_call(struct an *a, const struct ir_event *e, const struct state *s)
{
    char key[32];
    snprintf(key, sizeof(key), "%p", (const void *)e);
    struct seen_call *sc = strmap_get(&a->seen, key);
    if (!sc) {
        sc = arena_alloc(&a->arena, sizeof(*sc));
        sc->e = e;
        st_bottom(&sc->s);
        sc->after = sc->before_j = irql_bottom();
        sc->ann_cur = irql_bottom();
        strmap_put(&a->seen, arena_strdup(&a->arena, key), sc);
        *(struct seen_call **)vec_push(&a->seen_order) = sc;
    }
    if (!s->reach)
        return;
    if (a->checking_ann) {
        sc->ann_cur = sc->ann_reach ? irql_join(sc->ann_cur, s->cur) : s->cur;
        sc->ann_reach = true;
        sc->ann_vague |= s->vague;
        return;
    }
    if (!sc->s.reach) {
        sc->s.reach = true;
        sc->s.cur = s->cur;
    } else
        sc->s.cur = irql_join(sc->s.cur, s->cur);
    sc->s.vague |= s->vague;
}

/* The check pass has applied a call: joins the IRQL after it (and the one before it on the paths
 * that get past it) with the other partitions', for the checks of _IRQL_always_function_max_/_min_. */
static void note_after(struct an *a, const struct ir_event *e, struct irql_iv before, const struct state *s)
{
    char key[32];
    snprintf(key, sizeof(key), "%p", (const void *)e);
    struct seen_call *sc = strmap_get(&a->seen, key);
    if (a->checking_ann || !sc || !s->reach || s->vague || irql_is_bottom(s->cur) || irql_is_bottom(before))
        return;
    sc->after = irql_is_bottom(sc->after) ? s->cur : irql_join(sc->after, s->cur);
    sc->before_j = irql_is_bottom(sc->before_j) ? before : irql_join(sc->before_j, before);
}

static bool assumed(const struct irql_why *w);

/* The flag facts of an assignment: `lhs` becomes a copy of a flag, a flag made of a dispatch-level
 * bit, of a comparison of a saved or current IRQL with a level (struct ind), or a constant; any
 * other value ends what was known about `lhs`. */
static bool ind_of_value(const struct dm_driver *d, struct state *s, const struct ir_val *v, struct ind *out);

static void assign_facts(const struct dm_driver *d, struct state *s, const struct ir_event *e)
{
    const struct ir_val *v = &e->rhs;
    struct ind nv;
    bool have = ind_of_value(d, s, v, &nv);
    const_kill(s, e->lhs);
    ind_kill(s, e->lhs);
    if (have) {
        nv.path = e->lhs;
        ind_set(s, nv);
    }
    if (v->kind == IR_V_CONST && !v->has_alt && s->nconst < MAX_CONST) {
        s->consts[s->nconst].path = e->lhs;
        s->consts[s->nconst].nonzero = false;
        s->consts[s->nconst++].v = v->cval;
    }
}

/* The flag a value is (struct ind, its path unset): a copy of a flag, a dispatch-level bit of a
 * flags word, a comparison of a saved or current IRQL with a level. False when it is none. */
static bool ind_of_value(const struct dm_driver *d, struct state *s, const struct ir_val *v, struct ind *out)
{
    struct ind nv;
    bool have = false;
    memset(&nv, 0, sizeof(nv));
    if (v->kind == IR_V_PATH && v->text) {
        struct ind *src = ind_find(s, v->text);
        if (src) {
            nv = *src;
            have = true;
        }
    } else if (v->test) {
        const struct ir_test *t = v->test;
        int lo, hi;
        bool neg;
        switch (t->kind) {
        case IR_TEST_TRUTH:
        case IR_TEST_BITS: {
            struct ind *src = ind_find(s, t->path);
            if (src && (t->kind == IR_TEST_TRUTH ? src->mask == 0 : src->mask != 0 && t->cval == src->mask)) {
                nv = *src;
                nv.mask = 0;
                have = true;
            }
            break;
        }
        case IR_TEST_CMP: {
            struct saved *sv = st_find(s, t->path);
            if (sv && cmp_range(t->op, t->cval, &lo, &hi, &neg)) {
                nv.tag = sv->v.tag;
                nv.lo = lo, nv.hi = hi, nv.neg = neg;
                have = true;
            }
            break;
        }
        case IR_TEST_CALL_CMP: {
            struct irql_effect *eff = t->callee ? strmap_get(&d->rules->effects, t->callee) : NULL;
            if (eff && eff->kind == EFF_CURRENT_RET && s->pending_call >= 0 &&
                cmp_range(t->op, t->cval, &lo, &hi, &neg)) {
                nv.tag = s->pending.tag;
                nv.lo = lo, nv.hi = hi, nv.neg = neg;
                have = true;
            }
            break;
        }
        }
        if (have && t->negated)
            nv.neg = !nv.neg;
    }
    *out = nv;
    return have && nv.tag;
}

/* Whether every level of `iv` lies in the truth set of flag `fl` (want true) or outside it. */
static bool flag_agrees(const struct ind *fl, struct irql_iv iv, bool want)
{
    bool all_in = iv.lo >= fl->lo && iv.hi <= fl->hi, all_out = iv.hi < fl->lo || iv.lo > fl->hi;
    bool truthy = fl->neg ? all_out : all_in, falsy = fl->neg ? all_in : all_out;
    return want ? truthy : falsy;
}

static bool pind_consts_agree(const struct pind *p)
{
    return (irql_is_bottom(p->c_true) || flag_agrees(&p->fl, p->c_true, true)) &&
           (irql_is_bottom(p->c_false) || flag_agrees(&p->fl, p->c_false, false));
}

/* At a call of driver function `g` in state `s`: notes which arguments are flags about the IRQL at
 * the call (or constants that agree with such a flag); a parameter every caller passes one of stays
 * a flag inside `g`. Returns true when what `g` knows changed. */
static bool pass_flags(struct an *a, int g, const struct ir_event *e, struct state *s)
{
    const struct ir_func *gf = a->d->funcs[a->fs[g].func].ir;
    int n = gf->nparams < e->nargs ? gf->nparams : e->nargs;
    if (n <= 0)
        return false;
    struct fstate *gs = &a->fs[g];
    if (!gs->pind) {
        gs->pind = arena_alloc(&a->arena, sizeof(struct pind) * (size_t)gf->nparams);
        for (int i = 0; i < gf->nparams; i++) {
            memset(&gs->pind[i], 0, sizeof(struct pind));
            gs->pind[i].c_true = gs->pind[i].c_false = irql_bottom();
        }
    }
    bool changed = false;
    if (assumed(s->cur.why_lo) && assumed(s->cur.why_hi))
        return false; /* a caller whose own IRQL is only assumed says nothing about its arguments */
    for (int i = 0; i < n; i++) {
        struct pind *p = &gs->pind[i];
        if (p->st == PI_OTHER)
            continue;
        const struct ir_val *v = &e->args[i];
        struct ind vin, *in = ind_of_value(a->d, s, v, &vin) ? &vin : NULL;
        if (in && in->tag && in->tag == s->cur.tag) {
            struct ind fl = *in;
            fl.tag = 1;
            fl.path = NULL;
            if (p->st == PI_UNSEEN) {
                p->st = PI_FLAG;
                p->fl = fl;
                if (!pind_consts_agree(p))
                    p->st = PI_OTHER;
                changed = true;
            } else if (!ind_same(&p->fl, &fl)) {
                p->st = PI_OTHER;
                changed = true;
            }
            continue;
        }
        if (v->kind == IR_V_CONST && !v->has_alt) {
            struct irql_iv site = s->cur;
            site.tag = 0;
            struct irql_iv *slot = v->cval != 0 ? &p->c_true : &p->c_false;
            struct irql_iv j = irql_join(*slot, site);
            if (irql_is_bottom(*slot) || !irql_iv_eq(j, *slot)) {
                *slot = j;
                changed = true;
            }
            if (p->st == PI_UNSEEN || pind_consts_agree(p))
                continue;
        }
        p->st = PI_OTHER;
        changed = true;
    }
    return changed;
}

/* The flags a context knows at its entry: the dispatch-level bit of its role's flags parameter
 * (rules/facts/dispatch-flags.tsv; base context only), and the parameters every caller passes a
 * flag in. */
static void entry_flags(struct an *a, int fi, struct state *s)
{
    const struct dm_func *df = &a->d->funcs[a->fs[fi].func];
    const struct ir_func *f = df->ir;
    for (size_t r = 0; fi < a->d->nfuncs && r < df->roles.len; r++) {
        const struct dm_role *ro = vec_at(&df->roles, r);
        for (size_t k = 0; k < a->d->rules->dflags.len; k++) {
            const struct dispatch_flag *df2 = vec_at(&a->d->rules->dflags, k);
            if (strcmp(df2->role, ro->role) != 0 || df2->param >= f->nparams || !f->params[df2->param][0])
                continue;
            struct ind in = {f->params[df2->param], 1, IRQL_DISPATCH, IRQL_DISPATCH, false, df2->mask};
            ind_set(s, in);
        }
    }
    struct fstate *fs = &a->fs[fi];
    const unsigned char *esc = a->esc[fs->func];
    for (int i = 0; fs->pind && i < f->nparams; i++) {
        struct pind *p = &fs->pind[i];
        if (!f->params[i][0] || (esc && esc[i]))
            continue; /* unnamed, or its address is taken: a callee may change it */
        if (p->st == PI_UNSEEN && (!irql_is_bottom(p->c_true) || !irql_is_bottom(p->c_false))) {
            /* only constants: TRUE where the caller runs at DISPATCH_LEVEL, FALSE where it runs
               below, as a DispatchLevel parameter is passed */
            struct ind dl = {NULL, 1, IRQL_DISPATCH, IRQL_DISPATCH, false, 0};
            p->fl = dl;
            if (!pind_consts_agree(p))
                continue;
        } else if (p->st != PI_FLAG)
            continue;
        struct ind in = p->fl;
        in.path = f->params[i];
        ind_set(s, in);
    }
}

/* ---- calling contexts ----------------------------------------------------------------------- */

/* Index of parameter `p` of `f`, or -1. */
static int param_index(const struct ir_func *f, const char *p)
{
    for (int i = 0; p && i < f->nparams; i++)
        if (f->params[i] && f->params[i][0] && strcmp(f->params[i], p) == 0)
            return i;
    return -1;
}

/* The parameter whose address value `v` is (`&P`, `&P.f`, `&P[]`), or -1. */
static int param_address(const struct ir_func *f, const struct ir_val *v)
{
    if (v->kind != IR_V_PATH || !v->text || v->text[0] != '&')
        return -1;
    for (int i = 0; i < f->nparams; i++) {
        const char *pn = f->params[i];
        size_t l = pn ? strlen(pn) : 0;
        if (l && strncmp(v->text + 1, pn, l) == 0 &&
            (v->text[1 + l] == 0 || v->text[1 + l] == '.' || v->text[1 + l] == '[' || v->text[1 + l] == '-'))
            return i;
    }
    return -1;
}

/* The parameter a branch condition tests as `P`, `P OP c` or a test of those forms, or -1. */
static int cond_param(const struct ir_func *f, const struct ir_cond *c)
{
    if (c->kind == IR_COND_TRUTH || c->kind == IR_COND_CMP)
        return param_index(f, c->path);
    if (c->kind == IR_COND_NONE && c->test && (c->test->kind == IR_TEST_TRUTH || c->test->kind == IR_TEST_CMP))
        return param_index(f, c->test->path);
    return -1;
}

/* Fills a->rel: the parameters a constant argument makes a context for. A parameter counts when a
 * branch of the function tests it, or when the function passes it on unchanged to a parameter of
 * a driver function that counts (the DispatchLevel argument handed down through helpers into a
 * lock macro), and when nothing in the function assigns it or takes its address. */
static void ctx_setup(struct an *a)
{
    struct dm_driver *d = a->d;
    int n = d->nfuncs;
    a->rel = calloc((size_t)n + 1, sizeof(*a->rel));
    a->esc = calloc((size_t)n + 1, sizeof(*a->esc));
    unsigned char **mod = calloc((size_t)n + 1, sizeof(*mod));
    if (!a->rel || !a->esc || !mod)
        abort();
    for (int fi = 0; fi < n; fi++) {
        const struct ir_func *f = d->funcs[fi].ir;
        if (f->nparams <= 0)
            continue;
        a->rel[fi] = arena_alloc(&a->arena, (size_t)f->nparams);
        mod[fi] = arena_alloc(&a->arena, (size_t)f->nparams);
        a->esc[fi] = arena_alloc(&a->arena, (size_t)f->nparams);
        memset(a->rel[fi], 0, (size_t)f->nparams);
        memset(mod[fi], 0, (size_t)f->nparams);
        memset(a->esc[fi], 0, (size_t)f->nparams);
        for (size_t bi = 0; bi < f->blocks.len; bi++) {
            const struct ir_block *bl = ir_block(f, (int)bi);
            int p = cond_param(f, &bl->cond);
            if (p >= 0)
                a->rel[fi][p] = 1;
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind == IR_ASSIGN && (p = param_index(f, e->lhs)) >= 0)
                    mod[fi][p] = 1;
                if ((p = param_address(f, &e->rhs)) >= 0)
                    mod[fi][p] = a->esc[fi][p] = 1;
                for (int i = 0; e->kind == IR_CALL && i < e->nargs; i++)
                    if ((p = param_address(f, &e->args[i])) >= 0)
                        mod[fi][p] = a->esc[fi][p] = 1;
            }
        }
    }
    for (int sweep = 0; sweep < 64; sweep++) {
        bool changed = false;
        for (int fi = 0; fi < n; fi++) {
            const struct ir_func *f = d->funcs[fi].ir;
            if (!a->rel[fi])
                continue;
            for (size_t bi = 0; bi < f->blocks.len; bi++) {
                const struct ir_block *bl = ir_block(f, (int)bi);
                for (size_t ei = 0; ei < bl->events.len; ei++) {
                    const struct ir_event *e = ir_event_at(bl, (int)ei);
                    int g = e->kind == IR_CALL && !e->indirect ? dm_resolve(d, f, e->callee) : -1;
                    if (g < 0 || !a->rel[g])
                        continue;
                    for (int i = 0; i < e->nargs && i < d->funcs[g].ir->nparams; i++) {
                        int p = e->args[i].kind == IR_V_PATH ? param_index(f, e->args[i].text) : -1;
                        if (p >= 0 && a->rel[g][i] && !a->rel[fi][p]) {
                            a->rel[fi][p] = 1;
                            changed = true;
                        }
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    for (int fi = 0; fi < n; fi++)
        for (int i = 0; a->rel[fi] && i < d->funcs[fi].ir->nparams; i++)
            if (mod[fi][i])
                a->rel[fi][i] = 0;
    free(mod);
}

/* What argument `v` is known to be at a call in state `s`: an integer constant (a literal, an enum,
 * a macro, NULL), a constant a local or parameter holds on this path, or, for the address of a
 * function or an object, only "not 0". */
static bool arg_known(struct state *s, const struct ir_val *v, struct cst *out)
{
    memset(out, 0, sizeof(*out));
    if (v->kind == IR_V_CONST && !v->has_alt) {
        out->v = v->cval;
        return true;
    }
    if (v->kind == IR_V_FUNC || (v->kind == IR_V_PATH && v->text && v->text[0] == '&')) {
        out->nonzero = true;
        return true;
    }
    const struct cst *c = v->kind == IR_V_PATH ? const_find(s, v->text) : NULL;
    if (c)
        *out = *c;
    return c != NULL;
}

/* The context of driver function `g` a call `e` in state `s` enters: the one for the values it
 * passes in `g`'s parameters that count (a->rel), made on first use; `g`'s base context when it
 * passes none, or when `g` has MAX_CTX contexts already. */
static int ctx_node(struct an *a, int g, const struct ir_event *e, struct state *s)
{
    const struct ir_func *gf = a->d->funcs[g].ir;
    if (!a->rel[g])
        return g;
    struct cst k[MAX_CONST];
    int nk = 0;
    for (int i = 0; i < gf->nparams && i < e->nargs && nk < MAX_CONST / 2; i++) {
        struct cst c;
        if (!a->rel[g][i] || !arg_known(s, &e->args[i], &c))
            continue;
        c.path = gf->params[i];
        k[nk++] = c;
    }
    if (nk == 0)
        return g;
    for (int x = a->fs[g].next_ctx; x >= 0; x = a->fs[x].next_ctx) {
        const struct fstate *xs = &a->fs[x];
        bool same = xs->nk == nk;
        for (int i = 0; same && i < nk; i++)
            same = xs->k[i].path == k[i].path && xs->k[i].v == k[i].v && xs->k[i].nonzero == k[i].nonzero;
        if (same)
            return x;
    }
    if (a->fs[g].nctx >= MAX_CTX || a->nfs >= a->cap)
        return g;
    int x = a->nfs++;
    struct fstate *xs = &a->fs[x];
    memset(xs, 0, sizeof(*xs));
    xs->func = g;
    xs->ann_node = -1;
    xs->nk = nk;
    struct cst *kk = arena_alloc(&a->arena, sizeof(*kk) * (size_t)nk);
    memcpy(kk, k, sizeof(*kk) * (size_t)nk);
    xs->k = kk;
    xs->next_ctx = a->fs[g].next_ctx;
    a->fs[g].next_ctx = x;
    a->fs[g].nctx++;
    return x;
}

/* Keeps the IRQL a caller passes to annotated function `gs` (base context) within its annotated
 * range: a caller outside it is reported at its call (Irql_Annotation), and the body is analysed
 * as the annotation says it runs. */
static void clamp_entry(const struct fstate *gs, struct irql_iv *cs)
{
    if (!gs->has_clamp)
        return;
    struct irql_range r = gs->clamp;
    int lo = cs->lo < r.lo ? r.lo : cs->lo > r.hi ? r.hi : cs->lo;
    int hi = cs->hi > r.hi ? r.hi : cs->hi < r.lo ? r.lo : cs->hi;
    if (lo != cs->lo)
        cs->why_lo = gs->clamp_why;
    if (hi != cs->hi)
        cs->why_hi = gs->clamp_why;
    cs->lo = lo;
    cs->hi = hi;
}

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
    /* a callee that leaves the interval as it was is taken to leave the IRQL itself alone */
    nc.tag = ex.lo == s->cur.lo && ex.hi == s->cur.hi ? s->cur.tag : 0;
    s->cur = nc;
    if (vg)
        s->vague = true;
    return true;
}

/* Applies one event to the state. Returns false, leaving the state alone, when the event calls a
 * driver function whose summary for the IRQL at the call is not computed yet (a->need_func,
 * a->need_entry): the caller computes it and applies the event again with `resume` set, which
 * skips what was already done for it (checking the call, passing the IRQL on to the callee). */
static bool transfer(struct an *a, int ni, const struct ir_event *e, int ei, struct state *s, enum mode m, bool resume)
{
    struct dm_driver *d = a->d;
    int fi = a->fs[ni].func;
    const struct ir_func *f = d->funcs[fi].ir;
    if (resume)
        return apply_summary(a, ctx_node(a, dm_resolve(d, f, e->callee), e, s), s);
    if (e->kind == IR_ASSIGN) {
        if (!e->lhs)
            return true;
        assign_facts(d, s, e);
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
        note_call(a, e, s);
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
            s->cur = point(lvl, mk_why(a, W_RAISE, e->loc, NULL, name, r, NULL), ev_tag(e));
            break;
        }
        case EFF_RAISE_RET:
            s->pending = s->cur;
            s->pending_call = ei;
            if (lvl < 0) {
                s->vague = true;
                break;
            }
            s->cur = point(lvl, mk_why(a, W_RAISE, e->loc, NULL, name, r, NULL), ev_tag(e));
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
                s->cur = point(c, mk_why(a, W_LOWER, e->loc, NULL, name, cr, NULL), ev_tag(e));
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
                s->cur.tag = 0;
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
    int gn = ctx_node(a, g, e, s);
    if (m == M_PROPAGATE) {
        struct fstate *gs = &a->fs[gn];
        const struct irql_why *wh = mk_why(a, W_CALLSITE, e->loc, d->funcs[g].ir->name, NULL,
                                           (struct irql_range){s->cur.lo, s->cur.hi}, s->cur.why_hi);
        const struct irql_why *wl = s->cur.why_lo == s->cur.why_hi
                                        ? wh
                                        : mk_why(a, W_CALLSITE, e->loc, d->funcs[g].ir->name, NULL,
                                                 (struct irql_range){s->cur.lo, s->cur.hi}, s->cur.why_lo);
        struct irql_iv cs = {s->cur.lo, s->cur.hi, wl, wh, 0};
        clamp_entry(&a->fs[g], &cs);
        if (!s->vague) {
            struct irql_iv j = gs->has_entry ? irql_join(gs->entry, cs) : cs;
            bool flags_changed = pass_flags(a, gn, e, s);
            if (!gs->has_entry || !irql_iv_eq(j, gs->entry) || gs->default_entry || flags_changed) {
                gs->entry = gs->default_entry ? cs : j;
                gs->has_entry = true;
                gs->default_entry = false;
                a->fs[g].reached = true;
                push(a, gn);
            }
        }
    }
    if (sal_call_effect(a, fi, e, ei, s)) /* the annotated effect instead of the summary */
        return true;
    return apply_summary(a, gn, s);
}

/* Narrows an interval carrying tag `tag` to the levels where a flag with range lo..hi (outside it
 * with `neg`) has truth `truth`; returns false when nothing is left. Intervals with another tag are
 * left alone. A hole inside the interval is not represented: the interval then stays. */
static bool narrow(struct irql_iv *v, int tag, int lo, int hi, bool neg, bool truth)
{
    if (!tag || v->tag != tag || irql_is_bottom(*v))
        return true;
    bool inside = truth != neg; /* the levels left are those in lo..hi */
    if (inside) {
        if (v->lo < lo)
            v->lo = lo;
        if (v->hi > hi)
            v->hi = hi;
    } else if (v->hi < lo || v->lo > hi) {
        /* nothing to remove */
    } else if (v->lo >= lo && v->hi <= hi) {
        v->lo = 1;
        v->hi = 0;
    } else if (v->lo >= lo) {
        v->lo = hi + 1;
    } else if (v->hi <= hi) {
        v->hi = lo - 1;
    }
    return v->lo <= v->hi;
}

/* Applies "the IRQL value `tag` is (`truth`) / is not in lo..hi" to every copy of that value: the
 * current IRQL, the saved ones, the value a pending KeGetCurrentIrql returned. */
static bool constrain(struct state *s, int tag, int lo, int hi, bool neg, bool truth)
{
    if (tag == 1) {
        struct irql_iv e = {s->ent_lo, s->ent_hi, NULL, NULL, 1};
        if (!narrow(&e, 1, lo, hi, neg, truth))
            return false;
        s->ent_lo = e.lo;
        s->ent_hi = e.hi;
    }
    if (!narrow(&s->cur, tag, lo, hi, neg, truth))
        return false;
    for (int i = 0; i < s->nsaved;) {
        if (narrow(&s->saved[i].v, tag, lo, hi, neg, truth)) {
            i++;
            continue;
        }
        if (!s->saved[i].partial)
            return false;
        s->saved[i] = s->saved[--s->nsaved]; /* not held on the paths left */
    }
    if (s->pending_call >= 0 && !narrow(&s->pending, tag, lo, hi, neg, truth))
        return false;
    return true;
}

/* The condition `c` of a branch, or its test, as a constraint on an IRQL value; false when it says
 * nothing about one. A constant local makes the edge simply possible or not (*fixed). */
static bool cond_constraint(const struct dm_driver *d, struct state *s, const struct ir_cond *c, int *tag, int *lo,
                            int *hi, bool *neg, bool *truth_flip, int *fixed)
{
    *fixed = -1;
    *truth_flip = c->negated;
    enum ir_test_kind k;
    const char *path = NULL, *callee = NULL;
    enum ir_cmp op = IR_NE;
    long long cval = 0;
    if (c->kind == IR_COND_CMP) {
        k = IR_TEST_CMP;
        path = c->path;
        op = c->op;
        cval = c->cval;
    } else if (c->kind == IR_COND_TRUTH) {
        k = IR_TEST_TRUTH;
        path = c->path;
    } else if (c->kind == IR_COND_NONE && c->test) {
        k = c->test->kind;
        path = c->test->path;
        callee = c->test->callee;
        op = c->test->op;
        cval = c->test->cval;
        *truth_flip = c->negated != c->test->negated;
    } else
        return false;
    struct cst *cs = k == IR_TEST_CMP || k == IR_TEST_TRUTH ? const_find(s, path) : NULL;
    if (cs && cs->nonzero) {
        /* only "not 0" is known: it decides a truth test and a comparison with 0 */
        if (k == IR_TEST_TRUTH || (cval == 0 && (op == IR_EQ || op == IR_NE))) {
            *fixed = k == IR_TEST_TRUTH || op == IR_NE;
            return false;
        }
        cs = NULL;
    }
    if (cs) {
        long long v = cs->v;
        bool r;
        switch (k == IR_TEST_TRUTH ? IR_NE : op) {
        case IR_EQ: r = v == (k == IR_TEST_TRUTH ? 0 : cval); break;
        case IR_NE: r = v != (k == IR_TEST_TRUTH ? 0 : cval); break;
        case IR_LT: r = v < cval; break;
        case IR_LE: r = v <= cval; break;
        case IR_GT: r = v > cval; break;
        default: r = v >= cval; break;
        }
        *fixed = r;
        return false;
    }
    switch (k) {
    case IR_TEST_TRUTH:
    case IR_TEST_BITS: {
        struct ind *in = ind_find(s, path);
        if (!in || (k == IR_TEST_BITS ? in->mask == 0 || (cval & in->mask) != in->mask || (cval & ~in->mask) != 0
                                      : in->mask != 0))
            break;
        *tag = in->tag;
        *lo = in->lo;
        *hi = in->hi;
        *neg = in->neg;
        return true;
    }
    case IR_TEST_CMP: {
        struct saved *sv = st_find(s, path);
        if (sv && cmp_range(op, cval, lo, hi, neg)) {
            *tag = sv->v.tag;
            return true;
        }
        /* a flag is 0 or 1: `== FALSE`, `!= FALSE`, `== TRUE`, `!= TRUE` */
        struct ind *in = ind_find(s, path);
        if (in && in->mask == 0 && (cval == 0 || cval == 1) && (op == IR_EQ || op == IR_NE)) {
            *tag = in->tag;
            *lo = in->lo;
            *hi = in->hi;
            *neg = in->neg;
            if ((op == IR_EQ) == (cval == 0))
                *truth_flip = !*truth_flip;
            return true;
        }
        break;
    }
    case IR_TEST_CALL_CMP: {
        struct irql_effect *eff = callee ? strmap_get(&d->rules->effects, callee) : NULL;
        if (eff && eff->kind == EFF_CURRENT_RET && s->pending_call >= 0 && cmp_range(op, cval, lo, hi, neg)) {
            *tag = s->pending.tag;
            return true;
        }
        break;
    }
    }
    return false;
}

/* A local or parameter of `f` (no field, no dereference, not a global, which another thread or a
 * callee may change between two tests): what a branch on it tells stays true until the variable
 * is assigned. */
static bool plain_var(const struct ir_func *f, const char *p)
{
    if (!p || !*p)
        return false;
    for (const char *q = p; *q; q++)
        if (!(*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
            return false;
    for (int i = 0; i < f->nparams; i++)
        if (f->params[i] && strcmp(f->params[i], p) == 0)
            return true;
    for (size_t i = 0; i < f->locals.len; i++)
        if (strcmp(*(const char *const *)vec_at(&f->locals, i), p) == 0)
            return true;
    return false;
}

/* What taking a branch on `if (x)`, `if (x == c)` or `if (x != c)` over a plain variable tells
 * about it: a later test of the same variable on this path is decided (`if (DispatchLevel)
 * NdisDprAcquireSpinLock(...) ... if (DispatchLevel) NdisDprReleaseSpinLock(...)`). */
static void learn_branch(const struct ir_func *f, struct state *s, const struct ir_cond *c, bool taken_true)
{
    if (c->kind != IR_COND_TRUTH && c->kind != IR_COND_CMP)
        return;
    if (!plain_var(f, c->path) || const_find(s, c->path) || s->nconst >= MAX_CONST)
        return;
    bool truth = taken_true != c->negated;
    struct cst k = {c->path, 0, false};
    if (c->kind == IR_COND_TRUTH) {
        k.nonzero = truth; /* x != 0, else x == 0 */
    } else if (c->op == IR_EQ || c->op == IR_NE) {
        bool equal = (c->op == IR_EQ) == truth;
        if (equal)
            k.v = c->cval;
        else if (c->cval == 0)
            k.nonzero = true;
        else
            return; /* x != c for c != 0 says too little */
    } else
        return;
    s->consts[s->nconst++] = k;
}

/* The state along edge `ed` of block `bl` from state `s` into `out`; false when the edge cannot be
 * taken: a test of a constant local, of a saved IRQL or of a flag that tells the IRQL leaves no
 * level (NDIS_LOWER_IRQL's comparison of OldIrql with the current level, `if (DispatchLevel)`). */
static bool edge_refine(const struct dm_driver *d, const struct ir_func *f, const struct ir_block *bl,
                        const struct ir_edge *ed, const struct state *s, struct state *out)
{
    *out = *s;
    if (ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE)
        return true;
    int tag = 0, lo = 0, hi = 0, fixed;
    bool neg = false, flip = false;
    bool is = cond_constraint(d, out, &bl->cond, &tag, &lo, &hi, &neg, &flip, &fixed);
    if (fixed >= 0)
        return (ed->kind == IR_E_TRUE) == ((fixed != 0) != flip);
    learn_branch(f, out, &bl->cond, ed->kind == IR_E_TRUE);
    if (!is)
        return true;
    bool truth = (ed->kind == IR_E_TRUE) != flip;
    return constrain(out, tag, lo, hi, neg, truth);
}

/* The partition of a block's states that state `s` joins: the one whose paths have the same entry
 * IRQL levels and the same known locals, else an unused one, else one with the same entry levels,
 * else the first. */
static bool same_consts(const struct state *a, const struct state *b)
{
    if (a->nconst != b->nconst)
        return false;
    for (int i = 0; i < a->nconst; i++) {
        const struct cst *o = const_find((struct state *)b, a->consts[i].path);
        if (!o || o->v != a->consts[i].v || o->nonzero != a->consts[i].nonzero)
            return false;
    }
    return true;
}

static struct state *part_slot(struct state *slots, const struct state *s)
{
    for (int p = 0; p < NPART; p++)
        if (slots[p].reach && slots[p].ent_lo == s->ent_lo && slots[p].ent_hi == s->ent_hi && same_consts(&slots[p], s))
            return &slots[p];
    for (int p = 0; p < NPART; p++)
        if (!slots[p].reach)
            return &slots[p];
    /* full: keep paths of different entry IRQLs apart before the known locals */
    for (int p = 0; p < NPART; p++)
        if (slots[p].ent_lo == s->ent_lo && slots[p].ent_hi == s->ent_hi)
            return &slots[p];
    return &slots[0];
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
    bool in_block; /* partition `part` of `blk` is being processed from event `ei` on, in state `s` */
    bool resume;   /* event `ei` waits for a summary that is now stored */
    int blk, part;
    size_t ei;
    struct state s;
};

static void run_push(struct an *a, int fi, struct irql_iv entry, enum mode m)
{
    const struct ir_func *f = a->d->funcs[a->fs[fi].func].ir;
    struct run *r = vec_push(&a->runs);
    r->fi = fi;
    r->m = m;
    r->entry = entry;
    r->nb = (int)f->blocks.len;
    r->in = malloc(sizeof(struct state) * (size_t)r->nb * NPART);
    r->wl = malloc(sizeof(int) * ((size_t)r->nb * 2 + 2));
    r->inq = calloc((size_t)r->nb, 1);
    if (!r->in || !r->wl || !r->inq)
        abort();
    for (int i = 0; i < r->nb * NPART; i++)
        st_bottom(&r->in[i]);
    r->in[0].reach = true;
    r->in[0].cur = entry;
    r->in[0].cur.tag = 1;
    r->in[0].ent_lo = entry.lo;
    r->in[0].ent_hi = entry.hi;
    for (int i = 0; i < a->fs[fi].nk && r->in[0].nconst < MAX_CONST; i++)
        r->in[0].consts[r->in[0].nconst++] = a->fs[fi].k[i];
    entry_flags(a, fi, &r->in[0]);
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
    const struct ir_func *f = a->d->funcs[a->fs[r->fi].func].ir;
    while (!r->checking) {
        if (!r->in_block) {
            if (r->head == r->tail || r->budget-- <= 0) {
                if (r->m != M_CHECK)
                    return true;
                /* one more pass over the stable states, this time noting the IRQL at each call */
                r->checking = true;
                r->blk = -1;
                r->part = NPART - 1;
                break;
            }
            r->blk = r->wl[r->head];
            r->head = (r->head + 1) % r->cap;
            r->inq[r->blk] = false;
            r->part = -1;
        }
        if (!r->in_block) {
            /* the next partition of the block */
            do
                r->part++;
            while (r->part < NPART && !r->in[r->blk * NPART + r->part].reach);
            if (r->part >= NPART)
                continue;
            r->s = r->in[r->blk * NPART + r->part];
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
            struct state es;
            if (!edge_refine(a->d, f, bl, ed, &r->s, &es))
                continue;
            if (st_join_into(part_slot(&r->in[ed->target * NPART], &es), &es) && !r->inq[ed->target]) {
                r->inq[ed->target] = true;
                r->wl[r->tail] = ed->target;
                r->tail = (r->tail + 1) % r->cap;
            }
        }
        r->in_block = r->part + 1 < NPART; /* go on with the block's next partition */
        r->ei = 0;
        if (r->in_block) {
            do
                r->part++;
            while (r->part < NPART && !r->in[r->blk * NPART + r->part].reach);
            if (r->part >= NPART)
                r->in_block = false;
            else
                r->s = r->in[r->blk * NPART + r->part];
        }
    }
    for (;;) {
        if (!r->in_block) {
            do {
                if (++r->part >= NPART) {
                    r->part = 0;
                    r->blk++;
                }
            } while (r->blk < r->nb && !r->in[r->blk * NPART + r->part].reach);
            if (r->blk >= r->nb)
                return true;
            r->s = r->in[r->blk * NPART + r->part];
            r->ei = 0;
            r->in_block = true;
        }
        const struct ir_block *bl = ir_block(f, r->blk);
        for (; r->ei < bl->events.len; r->ei++, r->resume = false) {
            const struct ir_event *e = ir_event_at(bl, (int)r->ei);
            struct irql_iv before = r->s.cur;
            if (!transfer(a, r->fi, e, (int)r->ei, &r->s, M_CHECK, r->resume))
                return false;
            if (e->kind == IR_CALL && !e->indirect)
                note_after(a, e, before, &r->s);
        }
        r->in_block = false;
    }
}

static bool sal_check_call(struct an *a, int fi, const struct ir_event *e, const struct state *s);
static void sal_check_level(struct an *a, int fi, const struct ir_event *e, const struct seen_call *sc);

static bool ann_check_call(struct an *a, int fi, const struct ir_event *e, const struct seen_call *sc);

/* After the check pass of function `fi` (all its contexts): checks each call with the IRQL joined
 * over the partitions and the contexts (so that "is called" means every path), then, where that
 * reports nothing, with the IRQL of the annotation context; and prints them for --dump-irql. */
/* The note of one reason (add_notes()), into buf. */
static void why_text(const struct irql_why *w, bool hi_side, char *buf, size_t n);

/* irql_run_calls(): records the IRQL at call `e` of function `fi` when it calls a DDI asked for. */
static void record_call(struct an *a, int fi, const struct ir_event *e, const struct state *s)
{
    if (!a->rec || e->kind != IR_CALL || e->indirect || !s->reach || irql_is_bottom(s->cur))
        return;
    const char *name = dm_call_name(a->d, e);
    bool want = false;
    for (int i = 0; name && a->rec_ddis[i] && !want; i++)
        want = strcmp(a->rec_ddis[i], name) == 0;
    if (!want)
        return;
    struct irql_call *c = vec_push(a->rec);
    c->e = e;
    c->func = fi;
    c->lo = s->cur.lo;
    c->hi = s->cur.hi;
    c->vague = s->vague;
    int n = 0;
    for (const struct irql_why *w = s->cur.why_hi; w && n < 16; w = w->next)
        n++;
    struct ir_loc *locs = arena_alloc(a->rec_arena, sizeof(*locs) * (size_t)(n + 1));
    const char **notes = arena_alloc(a->rec_arena, sizeof(*notes) * (size_t)(n + 1));
    char buf[512];
    int k = 0;
    for (const struct irql_why *w = s->cur.why_hi; w && k < n; w = w->next, k++) {
        why_text(w, true, buf, sizeof(buf));
        locs[k] = w->loc;
        notes[k] = arena_strdup(a->rec_arena, buf);
    }
    c->nnotes = n;
    c->note_loc = locs;
    c->note = notes;
}

static void check_calls(struct an *a, int fi)
{
    for (size_t i = 0; i < a->seen_order.len; i++) {
        const struct seen_call *sc = *(struct seen_call **)vec_at(&a->seen_order, i);
        const struct ir_event *e = sc->e;
        if (a->dump && e->kind == IR_CALL && !e->indirect && sc->s.reach) {
            /* the callee's annotated requirement, when its declaration has one */
            struct irql_range req;
            bool annotated = sal_requirement(sal_find(&a->sal, a->d->funcs[fi].ir->tu_file, e->callee), &req);
            fprintf(a->dump, "  %u:%u %s at %s..%s%s", e->loc.line, e->loc.col, dm_call_name(a->d, e),
                    rule_irql_name(sc->s.cur.lo), rule_irql_name(sc->s.cur.hi), sc->s.vague ? " (unknown)" : "");
            if (annotated)
                fprintf(a->dump, " annotated %s..%s", rule_irql_name(req.lo), rule_irql_name(req.hi));
            fputc('\n', a->dump);
        }
        record_call(a, fi, e, &sc->s);
        bool rep = check_call(a, fi, e, &sc->s);
        rep |= sal_check_call(a, fi, e, &sc->s);
        if (!rep)
            ann_check_call(a, fi, e, sc);
        sal_check_level(a, fi, e, sc);
    }
    strmap_free(&a->seen);
    strmap_init(&a->seen);
    a->seen_order.len = 0;
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
        int xb = a->d->funcs[a->fs[r->fi].func].ir->exit_block;
        out = r->in[xb * NPART];
        for (int p = 1; p < NPART; p++)
            st_join_into(&out, &r->in[xb * NPART + p]);
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
    char buf[512];
    for (int depth = 0; w && depth < 16; depth++, w = w->next) {
        why_text(w, hi_side, buf, sizeof(buf));
        finding_note(a->out, fd, w->loc, buf);
    }
}

static void why_text(const struct irql_why *w, bool hi_side, char *buf, size_t n)
{
    char lv[64];
    switch (w->kind) {
    case W_ROLE:
        rule_irql_range_text(w->range, lv, sizeof(lv));
        snprintf(buf, n, "'%s' runs at %s as %s %s callback", w->func, lv, role_article(w->what), w->what);
        break;
    case W_RAISE: snprintf(buf, n, "IRQL raised to %s by %s here", rule_irql_name(w->range.hi), w->what); break;
    case W_LOWER: snprintf(buf, n, "IRQL lowered to %s by %s here", rule_irql_name(w->range.lo), w->what); break;
    case W_CALLSITE:
        snprintf(buf, n, "'%s' called here at %s", w->func, rule_irql_name(hi_side ? w->range.hi : w->range.lo));
        break;
    case W_ANNOT:
        rule_irql_range_text(w->range, lv, sizeof(lv));
        snprintf(buf, n, "'%s' is annotated %s: it runs at %s", w->func, w->what, lv);
        break;
    }
}

/* True when a bound's story ends in an assumption: the PASSIVE_LEVEL a function with no role and no
 * known caller is taken to start at, passed on through call sites. */
static bool assumed(const struct irql_why *w)
{
    if (!w)
        return true;
    for (int depth = 0; w->next && depth < 64; depth++)
        w = w->next;
    return w->kind == W_CALLSITE;
}

/* Reports the call `e` of function `fi` when the IRQL before it (`s`) is outside the range of the
 * DDI's irql rule; returns true when it does. */
static bool check_call(struct an *a, int fi, const struct ir_event *e, const struct state *s)
{
    if (!s->reach || s->vague || irql_is_bottom(s->cur))
        return false;
    struct dm_driver *d = a->d;
    const char *name = dm_call_name(d, e);
    if (!name)
        return false;
    struct ddi_fact *fact = strmap_get(&d->rules->ddi, name);
    if (!fact)
        return false;
    struct rule_def *rd = rule_find(d->rules, fact->rule);
    if (!rd || !rd->enabled)
        return false;
    bool all_out;
    if (irql_within(s->cur, fact->req, &all_out))
        return false;
    bool hi_side = s->cur.hi > fact->req.hi;
    if (!hi_side && (a->fs[fi].default_entry || assumed(s->cur.why_lo)))
        return false; /* too low only because nothing says where this function (or its caller) runs */
    int lvl = hi_side ? s->cur.hi : s->cur.lo;
    char req[64], msg[512];
    rule_irql_range_text(fact->req, req, sizeof(req));
    snprintf(msg, sizeof(msg), "'%s' %s at %s, but it requires %s", name, all_out ? "is called" : "may be called",
             rule_irql_name(lvl), req);
    struct finding *fd = finding_add(a->out, rd->id, rd->severity, e->loc, d->funcs[fi].ir->name, msg);
    if (fd)
        add_notes(a, fd, hi_side ? s->cur.why_hi : s->cur.why_lo, hi_side);
    return true;
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

/* Annotated functions without a callback role (sal_entry()). An annotation is a contract for the
 * callers, not the IRQL the function runs at: `_IRQL_requires_max_(DISPATCH_LEVEL)` permits
 * DISPATCH_LEVEL, it does not say any caller uses it. So such a function starts, like any other,
 * at the join of its callers' IRQLs, each kept within the annotated range (a caller outside it is
 * reported at its call, and the body is analysed as the annotation says it runs); with no caller,
 * at the lowest level of the range (PASSIVE_LEVEL by assumption when that is PASSIVE_LEVEL). Where
 * the range has more than one level, an annotation context enters the body over the whole range
 * to find what contradicts the annotation (ann_check_call()); it passes nothing on to callees. */
static void sal_entries(struct an *a)
{
    struct dm_driver *d = a->d;
    for (int i = 0; i < d->nfuncs; i++) {
        const struct ir_sal *sa = a->own_sal[i];
        struct irql_range r;
        if (d->funcs[i].roles.len || !sal_entry(sa, &r))
            continue;
        const struct irql_why *w = mk_why(a, W_ANNOT, sa->req_loc, d->funcs[i].ir->name, sa->req_text, r, NULL);
        a->fs[i].has_clamp = true;
        a->fs[i].clamp = r;
        a->fs[i].clamp_why = w;
        if (d->funcs[i].ncallers == 0 && r.lo > IRQL_PASSIVE) {
            struct irql_range lo = {r.lo, r.lo};
            const struct irql_why *wl =
                r.lo == r.hi ? w : mk_why(a, W_ANNOT, sa->req_loc, d->funcs[i].ir->name, sa->req_text, lo, NULL);
            struct irql_iv iv = {r.lo, r.lo, wl, wl, 1};
            a->fs[i].entry = iv;
            a->fs[i].has_entry = a->fs[i].reached = true;
            push(a, i);
        }
        if (r.lo < r.hi && a->nfs < a->cap) {
            int x = a->nfs++;
            struct fstate *xs = &a->fs[x];
            memset(xs, 0, sizeof(*xs));
            xs->func = i;
            xs->next_ctx = xs->ann_node = -1;
            xs->ann = true;
            struct irql_iv iv = {r.lo, r.hi, w, w, 1};
            xs->entry = iv;
            xs->has_entry = true;
            a->fs[i].ann_node = x;
        }
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
            s->cur = point(c, mk_why(a, c < before.hi ? W_LOWER : W_RAISE, e->loc, NULL, name, cr, NULL), ev_tag(e));
        } else if (sv && !irql_is_bottom(sv->v)) {
            s->cur = sv->v;
            if (sa->restores_field || sa->restores_global)
                st_kill(s, k);
        } else {
            s->vague = true;
            s->cur.lo = 0;
            s->cur.tag = 0;
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
            s->cur = point(lvl, mk_why(a, lvl < before.hi ? W_LOWER : W_RAISE, e->loc, NULL, name, r, NULL), ev_tag(e));
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

static bool sal_rule_on(const struct an *a)
{
    return a->sal_rule && a->sal_rule->enabled;
}

/* A call outside the annotated requirement of the function called (PREfast C28120 / C28121). A DDI
 * of an SDV list (ddi-irql.tsv), by the name spelled or the function called, is left to that rule. */
static bool sal_check_call(struct an *a, int fi, const struct ir_event *e, const struct state *s)
{
    if (!sal_rule_on(a) || !s->reach || s->vague || irql_is_bottom(s->cur))
        return false;
    struct dm_driver *d = a->d;
    const char *name = dm_call_name(d, e);
    if (!name || strmap_get(&d->rules->ddi, name) || strmap_get(&d->rules->ddi, e->callee) ||
        (e->macro && strmap_get(&d->rules->ddi, e->macro)))
        return false;
    const struct ir_sal *sa = sal_find(&a->sal, d->funcs[fi].ir->tu_file, e->callee);
    struct irql_range req;
    if (!sal_requirement(sa, &req))
        return false;
    bool all_out;
    if (irql_within(s->cur, req, &all_out))
        return false;
    bool hi_side = s->cur.hi > req.hi;
    /* Too low: only when every path is below the requirement (a callback entered over a range such
     * as PASSIVE_LEVEL..DISPATCH_LEVEL tests flags or KeGetCurrentIrql() before it calls a routine
     * that needs DISPATCH_LEVEL, which this analysis does not follow), and not when the low level
     * is only the PASSIVE_LEVEL assumed for a function nothing says anything about (directly or
     * through the callers it was reached from). */
    if (!hi_side && (!all_out || a->fs[fi].default_entry || assumed(s->cur.why_lo)))
        return false;
    int lvl = hi_side ? s->cur.hi : s->cur.lo;
    char rq[64], msg[512], note[512];
    sal_req_text(req, rq, sizeof(rq));
    snprintf(msg, sizeof(msg), "'%s' %s at %s, but its annotation requires %s", name,
             all_out ? "is called" : "may be called", rule_irql_name(lvl), rq);
    struct finding *fd =
        finding_add(a->out, a->sal_rule->id, a->sal_rule->severity, e->loc, d->funcs[fi].ir->name, msg);
    if (!fd)
        return true;
    if (sa->req_loc.file) {
        snprintf(note, sizeof(note), "'%s' is annotated %s here", e->callee, sa->req_text);
        finding_note(a->out, fd, sa->req_loc, note);
    }
    add_notes(a, fd, hi_side ? s->cur.why_hi : s->cur.why_lo, hi_side);
    return true;
}

/* The root of the story of an interval bound, when it is the annotation a context was entered with
 * (the annotation context's entry, W_ANNOT), else NULL. */
static const struct irql_why *ann_root(const struct irql_why *w)
{
    for (int depth = 0; w && w->next && depth < 64; depth++)
        w = w->next;
    return w && w->kind == W_ANNOT ? w : NULL;
}

/* In the annotation context of function `fi` (entered over the whole range its annotation allows,
 * `_IRQL_requires_max_(DISPATCH_LEVEL)`: PASSIVE_LEVEL..DISPATCH_LEVEL), a call that is outside the
 * range of a DDI of an SDV list or outside the annotated requirement of the function called, at an
 * IRQL that comes from the annotation itself (not from a raise in the body): the body contradicts
 * the annotation (PREfast reports it as C28121 / C28120 inside the function). Reported under
 * Irql_Annotation, only where no real calling context reaches the call outside the range (the
 * caller's check, which the irql rule reports, comes first). A call below a minimum only when every
 * path is below it. Returns true when it reports. */
static bool ann_check_call(struct an *a, int fi, const struct ir_event *e, const struct seen_call *sc)
{
    if (!sal_rule_on(a) || !sc->ann_reach || sc->ann_vague || irql_is_bottom(sc->ann_cur))
        return false;
    struct dm_driver *d = a->d;
    const char *name = dm_call_name(d, e);
    if (!name)
        return false;
    struct irql_range req;
    const struct ir_sal *sa = NULL;
    struct ddi_fact *fact = strmap_get(&d->rules->ddi, name);
    if (fact) {
        struct rule_def *rd = rule_find(d->rules, fact->rule);
        if (!rd || !rd->enabled)
            return false;
        req = fact->req;
    } else {
        if (strmap_get(&d->rules->ddi, e->callee) || (e->macro && strmap_get(&d->rules->ddi, e->macro)))
            return false;
        sa = sal_find(&a->sal, d->funcs[fi].ir->tu_file, e->callee);
        if (!sal_requirement(sa, &req))
            return false;
    }
    struct irql_iv cur = sc->ann_cur;
    bool all_out;
    if (irql_within(cur, req, &all_out))
        return false;
    bool hi_side = cur.hi > req.hi;
    if (!hi_side && !all_out)
        return false;
    const struct irql_why *root = ann_root(hi_side ? cur.why_hi : cur.why_lo);
    if (!root)
        return false;
    int lvl = hi_side ? cur.hi : cur.lo;
    char rq[64], msg[640], note[512];
    sal_req_text(req, rq, sizeof(rq));
    if (fact)
        snprintf(msg, sizeof(msg), "'%s' requires %s, but the annotation %s of '%s' allows %s here", name, rq,
                 root->what, d->funcs[fi].ir->name, rule_irql_name(lvl));
    else
        snprintf(msg, sizeof(msg), "'%s' is annotated to require %s, but the annotation %s of '%s' allows %s here",
                 name, rq, root->what, d->funcs[fi].ir->name, rule_irql_name(lvl));
    struct finding *fd =
        finding_add(a->out, a->sal_rule->id, a->sal_rule->severity, e->loc, d->funcs[fi].ir->name, msg);
    if (!fd)
        return true;
    if (sa && sa->req_loc.file) {
        snprintf(note, sizeof(note), "'%s' is annotated %s here", e->callee, sa->req_text);
        finding_note(a->out, fd, sa->req_loc, note);
    }
    snprintf(note, sizeof(note), "'%s' is annotated %s here", d->funcs[fi].ir->name, root->what);
    finding_note(a->out, fd, root->loc, note);
    return true;
}

/* A call that raises the IRQL above the `_IRQL_always_function_max_` of the function it is in, or
 * lowers it below its `_IRQL_always_function_min_` (PREfast C28150 / C28124), by the IRQLs before
 * and after it that the check pass joined over the partitions (`sc`; paths with an unknown IRQL
 * are left out). */
static void sal_check_level(struct an *a, int fi, const struct ir_event *e, const struct seen_call *sc)
{
    const struct ir_sal *own = a->own_sal[fi];
    if (!own || (own->fmax < 0 && own->fmin < 0) || !sal_rule_on(a) || e->kind != IR_CALL || e->indirect ||
        irql_is_bottom(sc->after) || irql_is_bottom(sc->before_j))
        return;
    struct irql_iv before = sc->before_j, after = sc->after;
    const char *fn = a->d->funcs[fi].ir->name, *name = dm_call_name(a->d, e);
    char msg[512], note[512];
    struct finding *fd = NULL;
    if (own->fmax >= 0 && after.hi > own->fmax && after.hi > before.hi) {
        snprintf(msg, sizeof(msg), "'%s' raises the IRQL to %s, above the %s of '%s'", name, rule_irql_name(after.hi),
                 own->fmax_text, fn);
        fd = finding_add(a->out, a->sal_rule->id, a->sal_rule->severity, e->loc, fn, msg);
        if (fd) {
            snprintf(note, sizeof(note), "'%s' is annotated %s here", fn, own->fmax_text);
            finding_note(a->out, fd, own->fmax_loc, note);
        }
    }
    if (own->fmin >= 0 && after.lo < own->fmin && after.lo < before.lo) {
        snprintf(msg, sizeof(msg), "'%s' lowers the IRQL to %s, below the %s of '%s'", name, rule_irql_name(after.lo),
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
    return irql_run_calls(d, out, dump, NULL, NULL, NULL);
}

int irql_run_calls(struct dm_driver *d, struct findings *out, FILE *dump, const char *const *ddis, struct vec *calls,
                   struct arena *arena)
{
    struct an a;
    memset(&a, 0, sizeof(a));
    a.rec_ddis = ddis;
    a.rec = ddis && calls && arena ? calls : NULL;
    a.rec_arena = arena;
    a.d = d;
    a.out = out;
    a.dump = dump;
    int n = d->nfuncs;
    vec_init(&a.runs, sizeof(struct run));
    a.cap = n * (MAX_CTX + 2) + 1;
    a.nfs = n;
    a.fs = calloc((size_t)a.cap, sizeof(*a.fs));
    a.queue = malloc(sizeof(int) * (size_t)a.cap);
    if (!a.fs || !a.queue)
        abort();
    for (int i = 0; i < n; i++) {
        a.fs[i].func = i;
        a.fs[i].next_ctx = a.fs[i].ann_node = -1;
    }
    sal_setup(&a);
    ctx_setup(&a);
    /* roles first */
    for (int i = 0; i < n; i++) {
        struct dm_func *df = &d->funcs[i];
        for (size_t r = 0; r < df->roles.len; r++) {
            struct dm_role *ro = vec_at(&df->roles, r);
            const struct irql_why *w = mk_why(&a, W_ROLE, ro->loc, df->ir->name, ro->role, ro->entry, NULL);
            struct irql_iv iv = {ro->entry.lo, ro->entry.hi, w, w, 1};
            a.fs[i].entry = a.fs[i].has_entry ? irql_join(a.fs[i].entry, iv) : iv;
            a.fs[i].has_entry = a.fs[i].reached = true;
        }
        if (a.fs[i].has_entry)
            push(&a, i);
    }
    sal_entries(&a);
    /* functions nobody calls and with no role: PASSIVE_LEVEL by assumption */
    for (int i = 0; i < n; i++)
        if (!a.fs[i].has_entry && d->funcs[i].ncallers == 0) {
            a.fs[i].entry = point(IRQL_PASSIVE, NULL, 1);
            a.fs[i].has_entry = a.fs[i].reached = true;
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
            if (!a.fs[unreached].reached) {
                int i = unreached;
                a.fs[i].entry = point(IRQL_PASSIVE, NULL, 1);
                a.fs[i].has_entry = a.fs[i].reached = true;
                a.fs[i].default_entry = true;
                push(&a, i);
                more = true;
                break;
            }
        if (!more)
            break;
    }
    strmap_init(&a.seen);
    vec_init(&a.seen_order, sizeof(struct seen_call *));
    for (int i = 0; i < n; i++) {
        struct irql_iv ent = irql_bottom();
        int nctx = 0;
        for (int x = i; x >= 0; x = a.fs[x].next_ctx)
            if (a.fs[x].has_entry) {
                run(&a, x, a.fs[x].entry, M_CHECK);
                ent = irql_join(ent, a.fs[x].entry);
                nctx++;
            }
        if (a.fs[i].ann_node >= 0) {
            a.checking_ann = true;
            run(&a, a.fs[i].ann_node, a.fs[a.fs[i].ann_node].entry, M_CHECK);
            a.checking_ann = false;
        }
        if (dump && !irql_is_bottom(ent))
            fprintf(dump, "function %s entry %s..%s%s%s\n", d->funcs[i].ir->name, rule_irql_name(ent.lo),
                    rule_irql_name(ent.hi), a.fs[i].default_entry && nctx == 1 ? " (assumed)" : "",
                    a.fs[i].has_clamp ? " (annotated)" : "");
        if (dump && nctx > 1)
            fprintf(dump, "  %d calling contexts\n", nctx);
        check_calls(&a, i);
    }
    strmap_free(&a.seen);
    vec_free(&a.seen_order);
    vec_free(&a.runs);
    sal_index_free(&a.sal);
    free(a.own_sal);
    free(a.rel);
    free(a.esc);
    free(a.fs);
    free(a.queue);
    arena_free(&a.arena);
    return 0;
}

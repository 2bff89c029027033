/* pathstate.c — the path-sensitive state engine (see pathstate.h): disjuncts, places and
 * aliases, value facts and branch refinement, inlining of driver calls, the walk over the roots,
 * and the calls of the kinds' hooks.
 */
#include "pathstate.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many alias steps ps_path() follows (a guard against alias cycles). */
#define PS_MAX_ALIAS_STEPS 8

/* A kind taking part in the run: its hooks and the data its begin() returned. */
struct ps_kind {
    const struct ps_hooks *h;
    void *data;
};

struct ps_engine {
    struct dm_driver *d;
    struct findings *out;
    struct arena arena;
    struct vec kinds; /* struct ps_kind, in the order added; after begin(), only those with data */
    int next_frame;   /* ids of inlined frames, unique in the run */
    long budget;      /* inlined calls left under the current root */
    long work;        /* event transfers left under the current root (PS_ROOT_WORK) */
    bool incomplete;  /* the walk of the current (or last) root stopped before its fixpoint */
};

struct ps_engine *ps_new(struct dm_driver *d, struct findings *fs)
{
    struct ps_engine *e = calloc(1, sizeof(*e));
    if (!e)
        abort();
    e->d = d;
    e->out = fs;
    vec_init(&e->kinds, sizeof(struct ps_kind));
    return e;
}

void ps_add(struct ps_engine *e, const struct ps_hooks *h)
{
    struct ps_kind *k = vec_push(&e->kinds);
    k->h = h;
}

void ps_free(struct ps_engine *e)
{
    if (!e)
        return;
    arena_free(&e->arena);
    vec_free(&e->kinds);
    free(e);
}

struct dm_driver *ps_driver(const struct ps_engine *e)
{
    return e->d;
}

struct findings *ps_findings(const struct ps_engine *e)
{
    return e->out;
}

struct arena *ps_arena(struct ps_engine *e)
{
    return &e->arena;
}

bool ps_root_incomplete(const struct ps_engine *e)
{
    return e->incomplete;
}

long long ps_s32(long long v)
{
    return (long long)(int32_t)(uint32_t)(unsigned long long)v;
}

/* ---- places ------------------------------------------------------------------------------ */

static bool is_boundary(char c)
{
    return c == 0 || c == '-' || c == '.' || c == '[';
}

/* True if place `p` is `pre` or lies under it (`pre->f`, `pre.f`, `pre[]`). */
static bool has_prefix(const char *p, const char *pre)
{
    size_t l = strlen(pre);
    return strncmp(p, pre, l) == 0 && is_boundary(p[l]);
}

/* base + suffix, where suffix starts with "->", "." , "[]" or is empty. */
static const char *compose(struct ps_engine *e, const char *base, const char *suffix)
{
    if (!*suffix)
        return base;
    if (base[0] == '&' && suffix[0] == '-' && suffix[1] == '>')
        return arena_cat(&e->arena, base + 1, ".", suffix + 2);
    if (base[0] == '*' && suffix[0] == '.')
        return arena_cat(&e->arena, base + 1, "->", suffix + 1);
    return arena_cat(&e->arena, base, suffix, NULL);
}

/* Applies the prefix operators `ops` (nops of '&' and '*') to place `p`, right to left, cancelling
 * `*&` and `&*`. */
static const char *apply_ops(struct ps_engine *e, const char *ops, size_t nops, const char *p)
{
    const char *r = p;
    for (size_t i = nops; i-- > 0;) {
        char op = ops[i];
        if ((op == '*' && r[0] == '&') || (op == '&' && r[0] == '*'))
            r = r + 1;
        else
            r = arena_printf(&e->arena, "%c%s", op, r);
    }
    return r;
}

static bool is_local(const struct ir_func *f, const char *root, size_t n)
{
    for (size_t i = 0; i < f->locals.len; i++) {
        const char *l = *(const char **)vec_at(&f->locals, i);
        if (strlen(l) == n && strncmp(l, root, n) == 0)
            return true;
    }
    return false;
}

/* A path of frame `fr` in the run's shared namespace: parameters become the caller's argument
 * places, locals of inlined frames get a frame prefix, globals stay. */
static const char *rename_path(struct ps_engine *e, const struct ps_frame *fr, const char *p)
{
    if (!p)
        return NULL;
    size_t nops = strspn(p, "&*");
    const char *root = p + nops;
    size_t n = 0;
    while (!is_boundary(root[n]))
        n++;
    const char *suffix = root + n;
    const char *base = NULL;
    for (int i = 0; i < fr->f->nparams; i++) {
        if (strlen(fr->f->params[i]) == n && strncmp(fr->f->params[i], root, n) == 0) {
            if (fr->parent && i < fr->nargs && fr->argpath[i])
                base = fr->argpath[i];
            else if (fr->parent)
                base = arena_printf(&e->arena, "@%d:%.*s", fr->id, (int)n, root);
            break;
        }
    }
    if (!base && fr->parent && is_local(fr->f, root, n))
        base = arena_printf(&e->arena, "@%d:%.*s", fr->id, (int)n, root);
    if (!base)
        return p;
    return apply_ops(e, p, nops, compose(e, base, suffix));
}

/* Resolves aliases: the longest aliased prefix is replaced by its target, repeatedly; under
 * leading `&` and `*` (`&p->Lock` with p a copy of q is `&q->Lock`). */
static const char *canon(struct ps_engine *e, const struct pstate *s, const char *p)
{
    size_t nops = p ? strspn(p, "&*") : 0;
    if (nops > 0 && p[nops])
        return apply_ops(e, p, nops, canon(e, s, p + nops));
    for (int iter = 0; iter < PS_MAX_ALIAS_STEPS && p; iter++) {
        int best = -1;
        size_t bl = 0;
        for (int i = 0; i < s->naliases; i++) {
            size_t l = strlen(s->aliases[i].from);
            if (l > bl && strncmp(p, s->aliases[i].from, l) == 0 && is_boundary(p[l])) {
                best = i;
                bl = l;
            }
        }
        if (best < 0)
            break;
        p = compose(e, s->aliases[best].to, p + bl);
    }
    return p;
}

/* The canonical place an assignment writes: aliases of its prefix resolved, not of itself. */
static const char *canon_lhs(struct ps_engine *e, const struct pstate *s, const char *p)
{
    const char *cut = NULL;
    for (const char *q = p; *q; q++)
        if ((q[0] == '-' && q[1] == '>') || q[0] == '.' || q[0] == '[')
            cut = q;
    if (!cut)
        return p;
    const char *prefix = arena_strndup(&e->arena, p, (size_t)(cut - p));
    return compose(e, canon(e, s, prefix), cut);
}

const char *ps_path(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s, const char *text)
{
    return canon(e, s, rename_path(e, fr, text));
}

const char *ps_place(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s, const char *text)
{
    return canon_lhs(e, s, rename_path(e, fr, text));
}

/* ---- the arrays of a disjunct ------------------------------------------------------------ */

/* Makes room for one more item in *items (n used, *cap allocated, `size` bytes each). */
static void *grow(void *items, int n, int *cap, size_t size)
{
    if (n < *cap)
        return items;
    *cap = *cap ? *cap * 2 : 8;
    void *p = realloc(items, (size_t)*cap * size);
    if (!p)
        abort();
    return p;
}

static struct ps_alias *push_alias(struct pstate *s)
{
    s->aliases = grow(s->aliases, s->naliases, &s->cap_aliases, sizeof(*s->aliases));
    return &s->aliases[s->naliases++];
}

static struct ps_fact *push_fact(struct pstate *s)
{
    s->facts = grow(s->facts, s->nfacts, &s->cap_facts, sizeof(*s->facts));
    return &s->facts[s->nfacts++];
}

static struct ps_value *push_value(struct pstate *s)
{
    s->values = grow(s->values, s->nvalues, &s->cap_values, sizeof(*s->values));
    return &s->values[s->nvalues++];
}

/* Equal place names; most equal names are one string shared by the copies of a state. */
static inline bool same_place(const char *a, const char *b)
{
    return a == b || strcmp(a, b) == 0;
}

struct ps_fact *ps_fact_find(const struct pstate *s, const void *key, const char *p)
{
    for (int i = 0; i < s->nfacts; i++)
        if (s->facts[i].key == key && same_place(s->facts[i].path, p))
            return &s->facts[i];
    return NULL;
}

struct ps_fact *ps_fact_get(struct pstate *s, const void *key, const char *p, unsigned init)
{
    struct ps_fact *f = ps_fact_find(s, key, p);
    if (f)
        return f;
    f = push_fact(s);
    f->key = key;
    f->path = p;
    f->state = f->init = init;
    f->why = NULL;
    return f;
}

static struct ps_value *find_value(const struct pstate *s, const char *p)
{
    for (int i = 0; i < s->nvalues; i++)
        if (same_place(s->values[i].path, p))
            return &s->values[i];
    return NULL;
}

struct ps_value *ps_value_at(struct pstate *s, const char *p)
{
    struct ps_value *v = find_value(s, p);
    if (v)
        return v;
    v = push_value(s);
    memset(v, 0, sizeof(*v));
    v->path = p;
    return v;
}

/* Forgets the aliases from, the facts about and the value facts of every place `gone` says is
 * gone (given `arg`). Order is not kept. */
static void forget(struct pstate *s, bool (*gone)(const char *place, const char *arg), const char *arg)
{
    for (int i = 0; i < s->naliases;)
        if (gone(s->aliases[i].from, arg))
            s->aliases[i] = s->aliases[--s->naliases];
        else
            i++;
    for (int i = 0; i < s->nfacts;)
        if (gone(s->facts[i].path, arg))
            s->facts[i] = s->facts[--s->nfacts];
        else
            i++;
    for (int i = 0; i < s->nvalues;)
        if (gone(s->values[i].path, arg))
            s->values[i] = s->values[--s->nvalues];
        else
            i++;
}

void ps_kill_place(struct pstate *s, const char *p)
{
    forget(s, has_prefix, p);
}

/* Before place `p` is overwritten: a variable that copied its old value (`x = p->f; p->f = NULL;`)
 * becomes the home of that value — the facts and value facts under `p` move to it, and other
 * copies of it follow. */
static void rehome(struct ps_engine *e, struct pstate *s, const char *p)
{
    for (int i = 0; i < s->naliases; i++) {
        if (!has_prefix(s->aliases[i].to, p))
            continue;
        const char *home = s->aliases[i].from, *old = s->aliases[i].to;
        size_t ol = strlen(old);
        /* a home under `p` is forgotten with it right after: moving anything there is wasted (and,
           repeated in a loop, made the places grow without bound) */
        bool keep = !has_prefix(home, p);
        for (int k = 0; keep && k < s->nfacts; k++)
            if (has_prefix(s->facts[k].path, old)) {
                struct ps_fact c = s->facts[k];
                c.path = compose(e, home, s->facts[k].path + ol);
                if (!ps_fact_find(s, c.key, c.path))
                    *push_fact(s) = c;
            }
        for (int k = 0; keep && k < s->nvalues; k++)
            if (has_prefix(s->values[k].path, old)) {
                struct ps_value c = s->values[k];
                c.path = compose(e, home, s->values[k].path + ol);
                if (!find_value(s, c.path))
                    *push_value(s) = c;
            }
        for (int k = 0; k < s->naliases; k++)
            if (k != i && strcmp(s->aliases[k].to, old) == 0)
                s->aliases[k].to = home;
        s->aliases[i] = s->aliases[--s->naliases];
        i = -1; /* the table changed: start over */
    }
}

/* True if `place` belongs to the frame whose prefix ("@N:") is `pre`. */
static bool in_frame(const char *place, const char *pre)
{
    /* also a kind's pseudo-place built on one ("#@3:p->Lock", the lock p points to): once the
       frame is gone nothing can name it again, and kept it would make every later state differ */
    place += strspn(place, "#&*");
    return strncmp(place, pre, strlen(pre)) == 0;
}

/* Forgets the places of inlined frame `id` (its parameters and locals). */
static void drop_frame(struct pstate *s, int id)
{
    char pre[32];
    snprintf(pre, sizeof(pre), "@%d:", id);
    forget(s, in_frame, pre);
}

/* ---- disjuncts ------------------------------------------------------------------------------ */

/* A heap copy of `n` items of `size` bytes (NULL for none). */
static void *copy_items(const void *items, int n, size_t size)
{
    if (n == 0)
        return NULL;
    void *p = malloc((size_t)n * size);
    if (!p)
        abort();
    memcpy(p, items, (size_t)n * size);
    return p;
}

struct pstate *ps_dup(const struct pstate *s)
{
    struct pstate *c = malloc(sizeof(*c));
    if (!c)
        abort();
    *c = *s;
    c->aliases = copy_items(s->aliases, s->naliases, sizeof(*s->aliases));
    c->facts = copy_items(s->facts, s->nfacts, sizeof(*s->facts));
    c->values = copy_items(s->values, s->nvalues, sizeof(*s->values));
    c->cap_aliases = s->naliases;
    c->cap_facts = s->nfacts;
    c->cap_values = s->nvalues;
    return c;
}

void ps_free_state(struct pstate *s)
{
    if (!s)
        return;
    free(s->aliases);
    free(s->facts);
    free(s->values);
    free(s);
}

/* A disjunct knowing nothing: the start of a root. */
static struct pstate *empty_state(void)
{
    struct pstate *s = calloc(1, sizeof(*s));
    if (!s)
        abort();
    s->last_call = -1;
    return s;
}

static bool value_eq(const struct ps_value *a, const struct ps_value *b)
{
    if (a->known != b->known || (a->known && a->value != b->value) || a->nexcluded != b->nexcluded)
        return false;
    for (int i = 0; i < a->nexcluded; i++) {
        bool found = false;
        for (int j = 0; j < b->nexcluded && !found; j++)
            found = a->excluded[i] == b->excluded[j];
        if (!found)
            return false;
    }
    return true;
}

static bool alias_in(const struct pstate *s, const struct ps_alias *a)
{
    for (int j = 0; j < s->naliases; j++)
        if (same_place(a->from, s->aliases[j].from) && same_place(a->to, s->aliases[j].to))
            return true;
    return false;
}

/* Equal as far as the analysis is concerned (the last call's result is not compared). */
static bool state_eq(const struct pstate *a, const struct pstate *b)
{
    if (a->naliases != b->naliases || a->nfacts != b->nfacts || a->nvalues != b->nvalues || a->has_ret != b->has_ret)
        return false;
    if (a->has_ret && !value_eq(&a->ret, &b->ret))
        return false;
    /* the outcomes of an inlined call (`st = Helper();` next) stay apart until the result is read */
    if (a->last_call != b->last_call || (a->last_call >= 0 && !value_eq(&a->last_result, &b->last_result)))
        return false;
    /* copies of one state keep its order: try the same index before searching */
    for (int i = 0; i < a->naliases; i++) {
        const struct ps_alias *x = &a->aliases[i], *y = &b->aliases[i];
        if (!(same_place(x->from, y->from) && same_place(x->to, y->to)) && !alias_in(b, x))
            return false;
    }
    for (int i = 0; i < a->nfacts; i++) {
        const struct ps_fact *x = &a->facts[i], *f = &b->facts[i];
        if (f->key != x->key || !same_place(f->path, x->path))
            f = ps_fact_find(b, x->key, x->path);
        if (!f || f->state != x->state)
            return false;
    }
    for (int i = 0; i < a->nvalues; i++) {
        const struct ps_value *v = &b->values[i];
        if (!same_place(v->path, a->values[i].path))
            v = find_value(b, a->values[i].path);
        if (!v || !value_eq(v, &a->values[i]))
            return false;
    }
    return true;
}

/* Joins b into a (used only when a point has too many disjuncts): the aliases and value facts
 * both have, every fact with every state either side may be in. */
static void state_join(struct pstate *a, const struct pstate *b)
{
    for (int i = 0; i < a->naliases;)
        if (!alias_in(b, &a->aliases[i]))
            a->aliases[i] = a->aliases[--a->naliases];
        else
            i++;
    for (int i = 0; i < a->nfacts; i++) {
        const struct ps_fact *f = ps_fact_find(b, a->facts[i].key, a->facts[i].path);
        a->facts[i].state |= f ? f->state : a->facts[i].init;
    }
    for (int j = 0; j < b->nfacts; j++)
        if (!ps_fact_find(a, b->facts[j].key, b->facts[j].path)) {
            struct ps_fact *f = push_fact(a);
            *f = b->facts[j];
            f->state |= f->init;
        }
    for (int i = 0; i < a->nvalues;) {
        const struct ps_value *v = find_value(b, a->values[i].path);
        if (!v || !value_eq(v, &a->values[i]))
            a->values[i] = a->values[--a->nvalues];
        else
            i++;
    }
    if (a->has_ret && (!b->has_ret || !value_eq(&a->ret, &b->ret)))
        memset(&a->ret, 0, sizeof(a->ret));
}

/* How many facts two states disagree on (a fact one has and the other lacks, or has in another
 * state); aliases and value facts aside. 0: joining them keeps every fact as precise as either had
 * it. */
static int facts_distance(const struct pstate *a, const struct pstate *b)
{
    int d = 0;
    for (int i = 0; i < a->nfacts; i++) {
        const struct ps_fact *f = ps_fact_find(b, a->facts[i].key, a->facts[i].path);
        if (!f || f->state != a->facts[i].state)
            d++;
    }
    for (int j = 0; j < b->nfacts; j++)
        if (!ps_fact_find(a, b->facts[j].key, b->facts[j].path))
            d++;
    return d;
}

/* Joins s into set->d[i] (s is consumed); true if d[i] changed. */
static bool join_into(struct ps_set *set, int i, struct pstate *s)
{
    struct pstate *before = ps_dup(set->d[i]);
    state_join(set->d[i], s);
    ps_free_state(s);
    bool changed = !state_eq(before, set->d[i]);
    ps_free_state(before);
    return changed;
}

bool ps_set_add(struct ps_set *set, struct pstate *s)
{
    for (int i = 0; i < set->n; i++)
        if (state_eq(set->d[i], s)) {
            ps_free_state(s);
            return false;
        }
    if (set->n < PS_MAX_DISJUNCTS) {
        set->d[set->n++] = s;
        return true;
    }
    /* Full: join the two states (of the disjuncts and s) whose facts differ least, so that a path
       whose facts no other path shares -- the one return that leaves a lock held, say -- keeps its
       own disjunct rather than being joined into an arbitrary one. Ties: s first, then the later
       disjunct. */
    int bi = set->n - 1, bj = -1, best = facts_distance(set->d[bi], s); /* bj < 0: s */
    for (int i = 0; i < set->n && best > 0; i++) {
        int d = facts_distance(set->d[i], s);
        if (d < best)
            best = d, bi = i, bj = -1;
    }
    for (int i = 0; i < set->n && best > 0; i++)
        for (int j = i + 1; j < set->n && best > 0; j++) {
            int d = facts_distance(set->d[i], set->d[j]);
            if (d < best)
                best = d, bi = i, bj = j;
        }
    if (bj < 0)
        return join_into(set, bi, s);
    struct pstate *dj = set->d[bj];
    set->d[bj] = set->d[--set->n];
    join_into(set, bi, dj);
    set->d[set->n++] = s;
    return true;
}

void ps_set_free(struct ps_set *set)
{
    for (int i = 0; i < set->n; i++)
        ps_free_state(set->d[i]);
    set->n = 0;
}

/* ---- value facts ------------------------------------------------------------------------------ */

struct ps_value ps_value_of(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s,
                            const struct ir_val *iv)
{
    struct ps_value r;
    memset(&r, 0, sizeof(r));
    if (iv->kind == IR_V_CONST) {
        r.known = true;
        r.value = ps_s32(iv->cval);
    } else if (iv->kind == IR_V_PATH && iv->text) {
        const struct ps_value *v = find_value(s, ps_path(e, fr, s, iv->text));
        if (v)
            r = *v;
    } else if (iv->kind == IR_V_CALL && iv->call == s->last_call) {
        r = s->last_result;
    }
    return r;
}

bool ps_value_is(const struct ps_value *v, long long x)
{
    return v->known && v->value == x;
}

bool ps_value_isnt(const struct ps_value *v, long long x)
{
    if (v->known)
        return v->value != x;
    for (int i = 0; i < v->nexcluded; i++)
        if (v->excluded[i] == x)
            return true;
    return false;
}

void ps_value_exclude(struct ps_value *v, long long x)
{
    if (v->known)
        return;
    for (int i = 0; i < v->nexcluded; i++)
        if (v->excluded[i] == x)
            return;
    if (v->nexcluded < PS_MAX_EXCLUDED)
        v->excluded[v->nexcluded++] = x;
}

/* Makes `v` known to be x. */
static void value_set(struct ps_value *v, long long x)
{
    v->known = true;
    v->value = x;
    v->nexcluded = 0;
}

const char *ps_status_text(struct ps_engine *e, const struct ps_value *v, long long other_than)
{
    if (v->known) {
        const char *n = rule_status_name(e->d->rules, v->value);
        return n ? n : arena_printf(&e->arena, "status 0x%08llX", (unsigned long long)(uint32_t)v->value);
    }
    const char *n = rule_status_name(e->d->rules, other_than);
    return arena_printf(&e->arena, "a status other than %s", n ? n : "the expected one");
}

/* ---- reasons and reports --------------------------------------------------------------------- */

const struct ps_why *ps_why_new(struct ps_engine *e, struct ir_loc loc, const char *msg, const struct ps_why *next)
{
    struct ps_why *w = arena_alloc(&e->arena, sizeof(*w));
    w->loc = loc;
    w->msg = msg;
    w->next = next;
    return w;
}

/* "'Helper' called here" for each inlined frame, innermost first. */
static const struct ps_why *frame_chain(struct ps_engine *e, const struct ps_frame *fr)
{
    if (!fr || !fr->parent)
        return NULL;
    struct ps_why *w = (struct ps_why *)ps_why_new(
        e, fr->call_loc, arena_printf(&e->arena, "'%s' called here", fr->f->name), frame_chain(e, fr->parent));
    w->frame = fr->id;
    return w;
}

const struct ps_why *ps_why_here(struct ps_engine *e, struct ir_loc loc, const char *msg, const struct ps_frame *fr)
{
    return ps_why_new(e, loc, msg, frame_chain(e, fr));
}

static bool frame_in(const struct ps_frame *fr, int id)
{
    for (; fr; fr = fr->parent)
        if (fr->parent && fr->id == id)
            return true;
    return false;
}

static bool why_has_frame(const struct ps_why *w, int id)
{
    for (; w; w = w->next)
        if (w->frame == id)
            return true;
    return false;
}

void ps_story_notes(struct ps_engine *e, struct finding *fd, const struct ps_why *w, const struct ps_frame *fr)
{
    for (const struct ps_why *x = w; x; x = x->next)
        if (!x->frame || !frame_in(fr, x->frame))
            finding_note(e->out, fd, x->loc, x->msg);
    for (; fr && fr->parent; fr = fr->parent)
        if (!why_has_frame(w, fr->id))
            finding_note(e->out, fd, fr->call_loc, arena_printf(&e->arena, "'%s' called here", fr->f->name));
}

struct finding *ps_report(struct ps_engine *e, const struct rule_def *def, struct ir_loc loc, const struct ps_frame *fr,
                          const char *msg)
{
    return finding_add(e->out, def->id, def->severity, loc, fr->f->name, msg);
}

/* ---- transfer ------------------------------------------------------------------------------- */

static void run_func(struct ps_engine *e, const struct ps_frame *fr, struct ps_set *in, struct ps_set *out);

/* Resets what is known of the last call's result: event `ei` is a call. */
static void new_call(struct pstate *s, int ei)
{
    s->last_call = ei;
    memset(&s->last_result, 0, sizeof(s->last_result));
}

/* A call to a function outside the driver: the kinds' hooks, in order. */
static void ddi_call(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *ev,
                     int ei, struct ps_set *extra)
{
    const char *name = dm_call_name(e->d, ev);
    new_call(s, ei);
    if (!name)
        return;
    for (size_t k = 0; k < e->kinds.len; k++) {
        const struct ps_kind *kd = vec_at(&e->kinds, k);
        if (kd->h->on_ddi)
            kd->h->on_ddi(kd->data, e, fr, s, ev, name, extra);
    }
}

/* Where event `ev` of frame `fr` writes a constant: its location and the calls that lead there. */
static const struct ps_why *written_here(struct ps_engine *e, const struct ps_frame *fr, const struct ir_event *ev)
{
    return ps_why_here(e, ev->loc, NULL, fr);
}

/* A call whose effect is not known (ps_hooks.on_opaque). */
static void opaque_call(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *ev)
{
    for (size_t k = 0; k < e->kinds.len; k++) {
        const struct ps_kind *kd = vec_at(&e->kinds, k);
        if (kd->h->on_opaque)
            kd->h->on_opaque(kd->data, e, fr, s, ev);
    }
}

/* `l |= C` / `l &= ~C` (ir_event.bits_set / bits_cleared), after `l` was forgotten: the bit tests
 * "l[&m]" known before (`saved`, n of them) that the write leaves known come back, a test of bits the
 * write sets is known true and one of bits it clears known false. */
static void bit_write(struct ps_engine *e, struct pstate *s, const char *l, const struct ir_event *ev,
                      const struct ps_value *saved, int n)
{
    unsigned long long changed = ev->bits_set | ev->bits_cleared;
    for (int i = 0; i < n; i++) {
        unsigned long long m = strtoull(saved[i].path + strlen(l) + 2, NULL, 16);
        struct ps_value *v = ps_value_at(s, saved[i].path);
        if (!(m & changed))
            *v = saved[i];
        else if (m & ev->bits_set)
            ps_value_exclude(v, 0);
        else if ((m & ev->bits_cleared) == m)
            value_set(v, 0);
    }
    if (ev->bits_set)
        ps_value_exclude(ps_value_at(s, arena_printf(&e->arena, "%s[&%llx]", l, ev->bits_set)), 0);
    if (ev->bits_cleared)
        value_set(ps_value_at(s, arena_printf(&e->arena, "%s[&%llx]", l, ev->bits_cleared)), 0);
}

static void assign(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *ev)
{
    if (!ev->lhs)
        return;
    const char *l = ps_place(e, fr, s, ev->lhs);
    struct ps_value keep;
    bool have = false;
    if (ev->rhs.kind == IR_V_CALL && ev->rhs.call == s->last_call) {
        keep = s->last_result;
        have = keep.known || keep.nexcluded;
    }
    const char *r = NULL;
    /* an array element stands for many objects: copying one gives no identity */
    if (ev->rhs.kind == IR_V_PATH && ev->rhs.text && !strstr(ev->rhs.text, "[]"))
        r = ps_path(e, fr, s, ev->rhs.text);
    struct ps_value *bits = NULL; /* the bit tests of l known before a `|=` or `&=` */
    int nbits = 0;
    if (ev->bits_set || ev->bits_cleared) {
        size_t ll = strlen(l);
        bits = malloc(sizeof(*bits) * ((size_t)s->nvalues + 1));
        if (!bits)
            abort();
        for (int i = 0; i < s->nvalues; i++)
            if (strncmp(s->values[i].path, l, ll) == 0 && strncmp(s->values[i].path + ll, "[&", 2) == 0)
                bits[nbits++] = s->values[i];
    }
    rehome(e, s, l);
    ps_kill_place(s, l);
    if (bits) {
        bit_write(e, s, l, ev, bits, nbits);
        free(bits);
    }
    if (r && strcmp(r, l) != 0 && !has_prefix(r, l)) {
        struct ps_alias *a = push_alias(s);
        a->from = l;
        a->to = r;
    }
    if (ev->rhs.kind == IR_V_CONST) {
        struct ps_value *v = ps_value_at(s, l);
        value_set(v, ps_s32(ev->rhs.cval));
        v->why = written_here(e, fr, ev);
    } else if (have) {
        keep.path = l;
        *ps_value_at(s, l) = keep;
    }
}

/* Adds exit disjunct `r` of an inlined call to `after` (r is consumed): as ps_set_add(), but one
 * that differs from a disjunct there only in the call's result (the callee returned FAILURE on a
 * path and SUCCESS on another that left the same facts) is kept apart while the set has room, so
 * that the caller's use of the result (`st = Helper(); if (st != ...)`) still sees both. */
static void add_call_exit(struct ps_set *after, struct pstate *r)
{
    bool differs = false;
    for (int i = 0; i < after->n; i++) {
        if (!state_eq(after->d[i], r))
            continue;
        if (value_eq(&after->d[i]->last_result, &r->last_result)) {
            ps_free_state(r);
            return;
        }
        differs = true;
    }
    if (differs && after->n < PS_MAX_DISJUNCTS) {
        after->d[after->n++] = r;
        return;
    }
    ps_set_add(after, r);
}

/* A call to driver function `g`, analyzed in the caller's context. Returns false when it is not
 * inlined (the call then changes nothing); else the disjuncts after the call are in `after`. */
static bool inline_call(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *ev,
                        int ei, int g, struct ps_set *after)
{
    bool on_stack = false;
    int depth = 0;
    for (const struct ps_frame *p = fr; p; p = p->parent, depth++)
        on_stack |= p->f == e->d->funcs[g].ir;
    if (on_stack || depth >= PS_MAX_INLINE_DEPTH || e->budget <= 0)
        return false;
    e->budget--;
    struct ps_frame callee;
    memset(&callee, 0, sizeof(callee));
    callee.f = e->d->funcs[g].ir;
    callee.id = ++e->next_frame;
    callee.parent = fr;
    callee.call_loc = ev->loc;
    callee.nargs = ev->nargs;
    callee.args = ev->args;
    callee.argpath = arena_alloc(&e->arena, sizeof(char *) * (size_t)(ev->nargs + 1));
    for (int a = 0; a < ev->nargs; a++)
        if (ev->args[a].kind == IR_V_PATH && ev->args[a].text)
            callee.argpath[a] = ps_path(e, fr, s, ev->args[a].text);
    struct ps_set cin = {0}, cout = {0};
    struct pstate *start = ps_dup(s);
    start->has_ret = false;
    /* constant arguments become known values of the callee's parameters */
    for (int a = 0; a < ev->nargs && a < callee.f->nparams; a++)
        if ((ev->args[a].kind == IR_V_CONST && !ev->args[a].has_alt) ||
            (ev->args[a].kind == IR_V_CALL && ev->args[a].call == s->last_call)) {
            struct ps_value v = ps_value_of(e, fr, s, &ev->args[a]);
            if (!v.known && !v.nexcluded)
                continue;
            v.path = arena_printf(&e->arena, "@%d:%s", callee.id, callee.f->params[a]);
            *ps_value_at(start, v.path) = v;
        }
    start->last_call = -1;
    cin.d[cin.n++] = start;
    run_func(e, &callee, &cin, &cout);
    ps_set_free(&cin);
    if (cout.n == 0)
        return false; /* the callee never returns on any path we know: the caller goes on unchanged */
    for (int i = 0; i < cout.n; i++) {
        struct pstate *r = cout.d[i];
        struct ps_value ret = r->ret;
        bool hr = r->has_ret;
        drop_frame(r, callee.id);
        r->has_ret = s->has_ret;
        r->ret = s->ret;
        new_call(r, ei);
        if (hr) {
            r->last_result = ret;
            r->last_result.path = "";
        }
        cout.d[i] = NULL;
        add_call_exit(after, r);
    }
    return true;
}

/* An assignment or a return: the value written, then the kinds' on_return hooks. A two-valued
 * constant counts as its first value here (transfer() splits the disjunct). */
static void write_value(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *ev)
{
    if (ev->kind == IR_ASSIGN) {
        assign(e, fr, s, ev);
        return;
    }
    s->has_ret = true;
    s->ret = ps_value_of(e, fr, s, &ev->rhs);
    if (ev->rhs.kind == IR_V_CONST)
        s->ret.why = written_here(e, fr, ev);
    for (size_t k = 0; k < e->kinds.len; k++) {
        const struct ps_kind *kd = vec_at(&e->kinds, k);
        if (kd->h->on_return)
            kd->h->on_return(kd->data, e, fr, s, ev);
    }
}

/* Applies event `ev` (index `ei` in its block) to disjunct `s`. Split disjuncts go to `extra`;
 * when the event is an inlined call, *replaced is set and the disjuncts after it are in `after`
 * (`s` is then to be dropped). */
static void transfer(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *ev,
                     int ei, struct ps_set *extra, struct ps_set *after, bool *replaced)
{
    *replaced = false;
    switch (ev->kind) {
    case IR_ASSIGN:
    case IR_RETURN:
        if (ev->rhs.kind == IR_V_CONST && ev->rhs.has_alt && ps_s32(ev->rhs.alt) != ps_s32(ev->rhs.cval)) {
            /* `c ? x : y`: one disjunct per value */
            struct ir_event other = *ev;
            other.rhs.cval = ev->rhs.alt;
            other.rhs.has_alt = false;
            struct pstate *d = ps_dup(s);
            write_value(e, fr, d, &other);
            ps_set_add(extra, d);
        }
        write_value(e, fr, s, ev);
        return;
    case IR_CALL: break;
    }
    if (ev->indirect || !ev->callee) {
        opaque_call(e, fr, s, ev);
        return;
    }
    int g = dm_resolve(e->d, fr->f, ev->callee);
    if (g < 0)
        ddi_call(e, fr, s, ev, ei, extra);
    else if (inline_call(e, fr, s, ev, ei, g, after))
        *replaced = true;
    else {
        new_call(s, ei);
        opaque_call(e, fr, s, ev);
    }
}

/* `v` (a place's value fact) on an edge where `v == x` holds (`holds_eq`) or does not: false when
 * the value fact rules the edge out, else the fact learns it. */
static bool refine_eq(struct ps_value *v, long long x, bool holds_eq)
{
    if (holds_eq) {
        if (ps_value_isnt(v, x))
            return false;
        value_set(v, x);
    } else {
        if (ps_value_is(v, x))
            return false;
        ps_value_exclude(v, x);
    }
    return true;
}

/* Branch refinement for a condition the IR keeps only as a test (ir.h, struct ir_test): `p != 0`
 * and `p == / != constant` as for a condition on a place; a bit test `(p & mask) != 0` as the truth
 * of a pseudo-place "p[&mask]" under `p` (an assignment to `p` forgets it), so two tests of the
 * same flags word agree on one path. `taken`: the edge is the one taken when the test holds. */
static bool refine_test(struct ps_engine *e, const struct ps_frame *fr, const struct ir_test *t, bool taken,
                        struct pstate *s)
{
    if (!t || !t->path || strstr(t->path, "[]"))
        return true;
    bool holds = taken != t->negated;
    const char *p = ps_path(e, fr, s, t->path);
    switch (t->kind) {
    case IR_TEST_TRUTH: return refine_eq(ps_value_at(s, p), 0, !holds);
    case IR_TEST_BITS:
        p = arena_printf(&e->arena, "%s[&%llx]", p, (unsigned long long)t->cval);
        return refine_eq(ps_value_at(s, p), 0, !holds);
    case IR_TEST_CMP:
        if (t->op == IR_EQ || t->op == IR_NE)
            return refine_eq(ps_value_at(s, p), ps_s32(t->cval), (t->op == IR_EQ) == holds);
        return true;
    case IR_TEST_CALL_CMP: return true;
    }
    return true;
}

/* Whether `value OP x` holds for an ordering operator (IR_LT, IR_LE, IR_GT; anything else is IR_GE). */
static bool order_holds(enum ir_cmp op, long long value, long long x)
{
    switch (op) {
    case IR_LT: return value < x;
    case IR_LE: return value <= x;
    case IR_GT: return value > x;
    default: return value >= x;
    }
}

/* A branch on the result of the block's call event c->call (`if (Helper(x))`): true when the
 * disjunct can take the edge where the condition is `holds`; refines what is known of the result. */
static bool refine_call(const struct ir_cond *c, bool holds, struct pstate *s)
{
    if (s->last_call != c->call)
        return true; /* another call came after it: its result is not the one kept */
    struct ps_value *v = &s->last_result;
    long long x = c->cval;
    if (c->op != IR_EQ && c->op != IR_NE) {
        if (!v->known)
            return true;
        return order_holds(c->op, v->value, x) == holds;
    }
    bool eq = (c->op == IR_EQ) == holds; /* does result == x hold on this edge? */
    if (eq) {
        if (ps_value_isnt(v, x))
            return false;
        if (!v->known) {
            v->known = true;
            v->value = x;
            v->nexcluded = 0;
            v->why = NULL;
        }
        return true;
    }
    if (ps_value_is(v, x))
        return false;
    ps_value_exclude(v, x);
    return true;
}

/* Branch refinement: false when the edge is impossible for this disjunct. */
static bool refine(struct ps_engine *e, const struct ps_frame *fr, const struct ir_block *bl, const struct ir_edge *ed,
                   struct pstate *s)
{
    const struct ir_cond *c = &bl->cond;
    if (ed->kind == IR_E_CASE || ed->kind == IR_E_DEFAULT) {
        if (!bl->switch_path)
            return true;
        struct ps_value *v = ps_value_at(s, ps_path(e, fr, s, bl->switch_path));
        if (ed->kind == IR_E_CASE) {
            long long x = ps_s32(ed->case_val);
            if (ps_value_isnt(v, x))
                return false;
            value_set(v, x);
            return true;
        }
        for (size_t i = 0; i < bl->succs.len; i++) {
            const struct ir_edge *o = vec_at(&bl->succs, i);
            if (o->kind != IR_E_CASE)
                continue;
            if (ps_value_is(v, ps_s32(o->case_val)))
                return false;
            ps_value_exclude(v, ps_s32(o->case_val));
        }
        return true;
    }
    if (ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE)
        return true;
    if (c->kind == IR_COND_NONE && c->has_call)
        return refine_call(c, ed->kind == IR_E_TRUE, s);
    if (c->kind == IR_COND_NONE)
        return refine_test(e, fr, c->test, ed->kind == IR_E_TRUE, s);
    if (!c->path)
        return true;
    bool want = (ed->kind == IR_E_TRUE) != c->negated;
    struct ps_value *v = ps_value_at(s, ps_path(e, fr, s, c->path));
    long long x = ps_s32(c->cval);
    switch (c->kind) {
    case IR_COND_TRUTH:
        x = 0;
        want = !want; /* "p" is "p != 0" */
        /* fall through */
    case IR_COND_CMP:
        if (c->kind == IR_COND_CMP && c->op != IR_EQ && c->op != IR_NE) {
            if (!v->known)
                return true;
            return order_holds(c->op, v->value, x) == want;
        }
        {
            bool is_eq = c->kind == IR_COND_TRUTH ? true : c->op == IR_EQ;
            bool holds_eq = is_eq ? want : !want; /* does p == x hold on this edge? */
            if (holds_eq) {
                if (ps_value_isnt(v, x))
                    return false;
                value_set(v, x);
            } else {
                if (ps_value_is(v, x))
                    return false;
                ps_value_exclude(v, x);
            }
        }
        return true;
    case IR_COND_SUCCESS:
        if (v->known)
            return (v->value >= 0) == want;
        if (want)
            return true;
        ps_value_exclude(v, 0);
        return true;
    default: return true;
    }
}

/* The kinds' on_edge hooks: disjunct `s` takes edge `ed` of block `bl`. */
static void edge_hooks(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_block *bl,
                       const struct ir_edge *ed)
{
    for (size_t k = 0; k < e->kinds.len; k++) {
        const struct ps_kind *kd = vec_at(&e->kinds, k);
        if (kd->h->on_edge)
            kd->h->on_edge(kd->data, e, fr, s, bl, ed);
    }
}

/* Runs frame `fr` from the disjuncts `in` (borrowed) to a fixpoint; the disjuncts at its exit are
 * added to `out`. */
static void run_func(struct ps_engine *e, const struct ps_frame *fr, struct ps_set *in, struct ps_set *out)
{
    const struct ir_func *f = fr->f;
    int nb = (int)f->blocks.len;
    struct ps_set *at = calloc((size_t)nb, sizeof(*at));
    int *wl = malloc(sizeof(int) * ((size_t)nb + 1));
    bool *inq = calloc((size_t)nb, 1);
    if (!at || !wl || !inq)
        abort();
    for (int i = 0; i < in->n; i++)
        ps_set_add(&at[0], ps_dup(in->d[i]));
    int nwl = 0;
    wl[nwl++] = 0;
    inq[0] = true;
    long steps = 60L * nb + 200; /* a bound on block visits: a guard, never reached on real code */
    while (nwl > 0 && steps-- > 0 && e->budget > 0) {
        int b = wl[--nwl];
        inq[b] = false;
        const struct ir_block *bl = ir_block(f, b);
        struct ps_set cur = {0};
        for (int i = 0; i < at[b].n; i++)
            ps_set_add(&cur, ps_dup(at[b].d[i]));
        for (size_t ei = 0; ei < bl->events.len; ei++) {
            const struct ir_event *ev = ir_event_at(bl, (int)ei);
            struct ps_set next = {0};
            for (int i = 0; i < cur.n; i++) {
                struct ps_set extra = {0}, after = {0};
                bool replaced;
                if (--e->work <= 0)
                    e->budget = 0; /* the walk stops as when the inlining budget is spent */
                transfer(e, fr, cur.d[i], ev, (int)ei, &extra, &after, &replaced);
                if (replaced) {
                    for (int k = 0; k < after.n; k++)
                        add_call_exit(&next, after.d[k]);
                    ps_free_state(cur.d[i]);
                } else
                    ps_set_add(&next, cur.d[i]);
                cur.d[i] = NULL;
                for (int k = 0; k < extra.n; k++)
                    ps_set_add(&next, extra.d[k]);
            }
            cur = next;
        }
        if (b == f->exit_block)
            for (int i = 0; i < cur.n; i++)
                ps_set_add(out, ps_dup(cur.d[i]));
        for (size_t si = 0; si < bl->succs.len; si++) {
            const struct ir_edge *ed = vec_at(&bl->succs, si);
            bool changed = false;
            for (int i = 0; i < cur.n; i++) {
                struct pstate *c = ps_dup(cur.d[i]);
                if (!refine(e, fr, bl, ed, c)) {
                    ps_free_state(c);
                    continue;
                }
                edge_hooks(e, fr, c, bl, ed);
                changed |= ps_set_add(&at[ed->target], c);
            }
            if (changed && !inq[ed->target]) {
                inq[ed->target] = true;
                wl[nwl++] = ed->target;
            }
        }
        ps_set_free(&cur);
    }
    if (nwl > 0)
        e->incomplete = true;
    for (int i = 0; i < nb; i++)
        ps_set_free(&at[i]);
    free(at);
    free(wl);
    free(inq);
}

/* ---- roots -------------------------------------------------------------------------------- */

/* True if some kind acts on call `ev`. */
static bool acted_on(struct ps_engine *e, const struct ir_event *ev)
{
    const char *n = dm_call_name(e->d, ev);
    if (!n)
        return false;
    for (size_t k = 0; k < e->kinds.len; k++) {
        const struct ps_kind *kd = vec_at(&e->kinds, k);
        if (kd->h->acts_on && kd->h->acts_on(kd->data, e, n))
            return true;
    }
    return false;
}

/* The call graph seen backwards, and the functions found relevant (relevant_funcs()). */
struct callers {
    struct ps_engine *e;
    int caller;       /* the function whose calls are being read */
    int *first;       /* per callee: its first caller edge, or -1 */
    struct vec edges; /* int[2]: {caller, next edge of the same callee} */
    bool *rel;
    int *work, nwork; /* relevant functions whose callers are still to be marked */
};

static bool add_call(void *ctx, const struct ir_event *ev)
{
    struct callers *c = ctx;
    const struct dm_driver *d = c->e->d;
    int g = dm_resolve(d, d->funcs[c->caller].ir, ev->callee);
    if (g >= 0) {
        int *ed = vec_push(&c->edges);
        ed[0] = c->caller;
        ed[1] = c->first[g];
        c->first[g] = (int)c->edges.len - 1;
    } else if (!c->rel[c->caller] && acted_on(c->e, ev)) {
        c->rel[c->caller] = true;
        c->work[c->nwork++] = c->caller;
    }
    return false;
}

/* relevant[i]: function i, or a driver function it reaches, calls a DDI some kind acts on. A root
 * reaching none of them can produce no fact and no finding, so it is not analyzed.
 * Marked from the direct callers of the DDIs back along the reverse call graph, each function
 * once: linear in the number of calls however long the call chains are. */
static bool *relevant_funcs(struct ps_engine *e)
{
    int n = e->d->nfuncs;
    struct callers c = {e,
                        0,
                        malloc(sizeof(int) * ((size_t)n + 1)),
                        {0},
                        calloc((size_t)n + 1, sizeof(bool)),
                        malloc(sizeof(int) * ((size_t)n + 1)),
                        0};
    vec_init(&c.edges, sizeof(int[2]));
    if (!c.rel || !c.first || !c.work)
        abort();
    for (int i = 0; i < n; i++)
        c.first[i] = -1;
    for (c.caller = 0; c.caller < n; c.caller++)
        ir_each_call(e->d->funcs[c.caller].ir, add_call, &c);
    while (c.nwork > 0) {
        int g = c.work[--c.nwork];
        for (int k = c.first[g]; k >= 0;) {
            const int *ed = vec_at(&c.edges, (size_t)k);
            if (!c.rel[ed[0]]) {
                c.rel[ed[0]] = true;
                c.work[c.nwork++] = ed[0];
            }
            k = ed[1];
        }
    }
    vec_free(&c.edges);
    free(c.first);
    free(c.work);
    return c.rel;
}

/* The seeded runs of root `df` (ps_hooks.seeded_runs): each with only the kind that asked for it. */
static void seeded_runs(struct ps_engine *e, const struct dm_func *df, const struct ps_frame *root)
{
    struct vec all = e->kinds;
    for (size_t k = 0; k < all.len; k++) {
        struct ps_kind *kd = vec_at(&all, k);
        int n = kd->h->seeded_runs ? kd->h->seeded_runs(kd->data, e, df) : 0;
        e->kinds.data = kd; /* this kind alone */
        e->kinds.len = 1;
        for (int i = 0; i < n; i++) {
            e->budget = PS_ROOT_BUDGET;
            e->work = PS_ROOT_WORK;
            e->incomplete = false;
            struct ps_set in = {0}, out = {0};
            in.d[in.n++] = empty_state();
            kd->h->seed(kd->data, e, df, i, in.d[0]);
            run_func(e, root, &in, &out);
            for (int x = 0; x < out.n; x++)
                if (kd->h->on_exit)
                    kd->h->on_exit(kd->data, e, root, out.d[x]);
            ps_set_free(&in);
            ps_set_free(&out);
        }
        e->kinds = all;
    }
}

void ps_run(struct ps_engine *e)
{
    /* the kinds with something to do */
    size_t nk = 0;
    for (size_t k = 0; k < e->kinds.len; k++) {
        struct ps_kind *kd = vec_at(&e->kinds, k);
        kd->data = kd->h->begin(e);
        if (kd->data)
            *(struct ps_kind *)vec_at(&e->kinds, nk++) = *kd;
    }
    e->kinds.len = nk;
    if (nk == 0)
        return;
    struct dm_driver *d = e->d;
    bool *rel = relevant_funcs(e);
    for (int i = 0; i < d->nfuncs; i++) {
        struct dm_func *df = &d->funcs[i];
        if (df->ncallers > 0 && df->roles.len == 0)
            continue; /* analyzed in its callers' contexts */
        bool wanted = rel[i];
        for (size_t k = 0; k < nk; k++) {
            const struct ps_kind *kd = vec_at(&e->kinds, k);
            if (kd->h->on_root && kd->h->on_root(kd->data, e, df))
                wanted = true;
        }
        if (!wanted)
            continue;
        struct ps_frame root;
        memset(&root, 0, sizeof(root));
        root.f = df->ir;
        e->budget = PS_ROOT_BUDGET;
        e->work = PS_ROOT_WORK;
        e->incomplete = false;
        struct ps_set in = {0}, out = {0};
        in.d[in.n++] = empty_state();
        for (size_t k = 0; k < nk; k++) {
            const struct ps_kind *kd = vec_at(&e->kinds, k);
            if (kd->h->on_entry)
                kd->h->on_entry(kd->data, e, &root, &in);
        }
        run_func(e, &root, &in, &out);
        for (int k = 0; k < out.n; k++)
            for (size_t h = 0; h < nk; h++) {
                const struct ps_kind *kd = vec_at(&e->kinds, h);
                if (kd->h->on_exit)
                    kd->h->on_exit(kd->data, e, &root, out.d[k]);
            }
        ps_set_free(&in);
        ps_set_free(&out);
        seeded_runs(e, df, &root);
    }
    free(rel);
    for (size_t k = 0; k < nk; k++) {
        const struct ps_kind *kd = vec_at(&e->kinds, k);
        if (kd->h->end)
            kd->h->end(kd->data, e);
    }
}

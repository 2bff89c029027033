/* check_call_argument.c — kind "call_argument": an argument of a DDI must not have a given value
 * ("forbid_equal", e.g. NdisAllocateMemoryWithTagPriority: Tag is never 0) or must not exceed one
 * ("forbid_above", e.g. NdisStallExecution_Delay: at most 50 microseconds).
 *
 * A call is reported when the argument's value is known where the call is made: a constant (also
 * through a macro or an enumerator; for `c ? x : y` of two constants, either one), or a local or
 * parameter of the calling function that holds the same constant on every path to the call — a
 * constant propagation over the function's blocks in which an assignment of a constant gives the
 * variable that value, any other assignment (x++ included) or a call given its address makes it
 * unknown, and a branch `if (x == c)`, `if (x != c)` or `if (x)` gives it c (or 0) on the edge
 * where that holds. A value the function does not know (a parameter, a field, a global, a value
 * read from the device) is not reported. Values are compared as the unsigned 32-bit numbers the
 * DDIs' ULONG parameters hold. The propagation is per function and linear in its blocks times its
 * tracked variables; it runs only in functions that call a DDI of an enabled rule.
 */
#include "checks.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The argument's value as the DDI's ULONG parameter holds it. */
static unsigned long long as_ulong(long long v)
{
    return (unsigned long long)(uint32_t)(unsigned long long)v;
}

/* True if value `v` breaks rule `q`. */
static bool breaks(const struct rule_call_argument *q, long long v)
{
    return q->above ? as_ulong(v) > as_ulong(q->limit) : as_ulong(v) == as_ulong(q->limit);
}

/* What is known of a tracked variable at a point: nothing reaches it yet, one constant, or not
 * known. */
enum kn { K_NONE, K_CONST, K_UNKNOWN };
struct val {
    enum kn k;
    long long v;
};

struct cx {
    struct dm_driver *d;
    struct findings *fs;
    const struct ir_func *f;
    const char **vars; /* the tracked variables: locals and parameters passed to a rule's DDI */
    int nvars;
    struct val *in; /* per block, nvars values */
};

/* The enabled rule of `ddi` whose argument is checked, in order; `*from` is where to go on. */
static const struct rule_def *rule_for(const struct rules *rs, const char *ddi, size_t *from)
{
    for (; *from < rule_count(rs, RULE_CALL_ARGUMENT); (*from)++) {
        const struct rule_def *def = rule_nth(rs, RULE_CALL_ARGUMENT, *from);
        if (def->enabled && rule_names_has(&def->u.ca.ddis, ddi))
            return rule_nth(rs, RULE_CALL_ARGUMENT, (*from)++);
    }
    return NULL;
}

static bool is_local(const struct ir_func *f, const char *p)
{
    for (int i = 0; i < f->nparams; i++)
        if (f->params[i] && strcmp(f->params[i], p) == 0)
            return true;
    for (size_t i = 0; i < f->locals.len; i++)
        if (strcmp(*(const char **)vec_at(&f->locals, i), p) == 0)
            return true;
    return false;
}

static int var_index(const struct cx *c, const char *p)
{
    for (int i = 0; p && i < c->nvars; i++)
        if (strcmp(c->vars[i], p) == 0)
            return i;
    return -1;
}

/* Adds the variables the rules' DDI calls of `f` are given to c->vars. Returns true if `f` calls
 * a DDI of an enabled rule at all. */
static bool collect(struct cx *c)
{
    bool any = false;
    for (size_t b = 0; b < c->f->blocks.len; b++) {
        const struct ir_block *bl = ir_block(c->f, (int)b);
        for (size_t i = 0; i < bl->events.len; i++) {
            const struct ir_event *e = ir_event_at(bl, (int)i);
            const char *name = e->kind == IR_CALL && !e->indirect ? dm_call_name(c->d, e) : NULL;
            size_t from = 0;
            for (const struct rule_def *def; name && (def = rule_for(c->d->rules, name, &from));) {
                any = true;
                const struct ir_val *a = def->u.ca.arg < e->nargs ? &e->args[def->u.ca.arg] : NULL;
                if (a && a->kind == IR_V_PATH && a->text && is_local(c->f, a->text) && var_index(c, a->text) < 0) {
                    c->vars = realloc(c->vars, sizeof(*c->vars) * (size_t)(c->nvars + 1));
                    c->vars[c->nvars++] = a->text;
                }
            }
        }
    }
    return any;
}

/* Joins `from` into `to`; true if `to` changed. */
static bool join(struct val *to, const struct val *from, int n)
{
    bool changed = false;
    for (int i = 0; i < n; i++) {
        struct val j = to[i];
        if (from[i].k == K_NONE)
            continue;
        if (j.k == K_NONE)
            j = from[i];
        else if (j.k == K_CONST && (from[i].k != K_CONST || from[i].v != j.v))
            j.k = K_UNKNOWN;
        if (j.k != to[i].k || j.v != to[i].v) {
            to[i] = j;
            changed = true;
        }
    }
    return changed;
}

/* Event `e` on state `s`; with `check`, reports the rules' calls first. */
static void transfer(struct cx *c, const struct ir_event *e, struct val *s, bool check)
{
    if (e->kind == IR_ASSIGN) {
        int x = var_index(c, e->lhs);
        if (x >= 0) {
            s[x].k = e->rhs.kind == IR_V_CONST && !e->rhs.has_alt ? K_CONST : K_UNKNOWN;
            s[x].v = e->rhs.cval;
        }
        return;
    }
    if (e->kind != IR_CALL)
        return;
    const char *name = check && !e->indirect ? dm_call_name(c->d, e) : NULL;
    size_t from = 0;
    for (const struct rule_def *def; name && (def = rule_for(c->d->rules, name, &from));) {
        const struct rule_call_argument *q = &def->u.ca;
        if (q->arg >= e->nargs)
            continue;
        const struct ir_val *a = &e->args[q->arg];
        int x = a->kind == IR_V_PATH ? var_index(c, a->text) : -1;
        long long bad;
        if (a->kind == IR_V_CONST && breaks(q, a->cval))
            bad = a->cval;
        else if (a->kind == IR_V_CONST && a->has_alt && breaks(q, a->alt))
            bad = a->alt;
        else if (x >= 0 && s[x].k == K_CONST && breaks(q, s[x].v))
            bad = s[x].v;
        else
            continue;
        struct arena *ar = &c->fs->arena;
        const char *msg = rule_fill(ar, q->message, "ddi", name, "value", arena_printf(ar, "%llu", as_ulong(bad)),
                                    "limit", arena_printf(ar, "%llu", as_ulong(q->limit)), NULL);
        /* at the argument when the call spans lines (the value is what is wrong), else at the call:
           the same place whether the DDI is a function or, as in the WDK, a macro */
        struct ir_loc at = e->loc;
        if (e->argloc && e->argloc[q->arg].file && e->argloc[q->arg].line != e->loc.line)
            at = e->argloc[q->arg];
        finding_add(c->fs, def->id, def->severity, at, c->f->name, msg);
    }
    /* a callee given the variable's address may change it */
    for (int i = 0; i < e->nargs; i++) {
        const char *t = e->args[i].text;
        if (e->args[i].kind == IR_V_PATH && t && t[0] == '&') {
            int x = var_index(c, t + 1);
            if (x >= 0)
                s[x].k = K_UNKNOWN;
        }
    }
}

/* What edge `ed` of block `bl` tells: the variable its condition tests has the tested value. */
static void refine(struct cx *c, const struct ir_block *bl, const struct ir_edge *ed, struct val *s)
{
    const struct ir_cond *cd = &bl->cond;
    int x = (cd->kind == IR_COND_CMP || cd->kind == IR_COND_TRUTH) ? var_index(c, cd->path) : -1;
    if (x < 0 || (ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE))
        return;
    bool truth = (ed->kind == IR_E_TRUE) != cd->negated;
    if (cd->kind == IR_COND_TRUTH && !truth)
        s[x] = (struct val){K_CONST, 0};
    else if (cd->kind == IR_COND_CMP && cd->op == IR_EQ && truth)
        s[x] = (struct val){K_CONST, cd->cval};
    else if (cd->kind == IR_COND_CMP && cd->op == IR_NE && !truth)
        s[x] = (struct val){K_CONST, cd->cval};
}

/* The propagation over `f`, then a pass that reports. */
static void run_func(struct cx *c)
{
    int nb = (int)c->f->blocks.len, n = c->nvars;
    c->in = calloc((size_t)nb * (size_t)(n ? n : 1), sizeof(struct val));
    struct val *s = calloc((size_t)(n ? n : 1), sizeof(struct val));
    int *wl = malloc(sizeof(int) * (size_t)nb), nwl = 0;
    bool *inq = calloc((size_t)nb, sizeof(bool));
    for (int i = 0; i < n; i++)
        c->in[i].k = K_UNKNOWN; /* entry: parameters and uninitialized locals are not known */
    wl[nwl++] = 0;
    inq[0] = true;
    while (nwl > 0) {
        int b = wl[--nwl];
        inq[b] = false;
        const struct ir_block *bl = ir_block(c->f, b);
        memcpy(s, c->in + (size_t)b * (size_t)n, sizeof(struct val) * (size_t)n);
        for (size_t i = 0; i < bl->events.len; i++)
            transfer(c, ir_event_at(bl, (int)i), s, false);
        for (size_t i = 0; i < bl->succs.len; i++) {
            const struct ir_edge *ed = vec_at(&bl->succs, i);
            struct val *t = malloc(sizeof(struct val) * (size_t)(n ? n : 1));
            memcpy(t, s, sizeof(struct val) * (size_t)n);
            refine(c, bl, ed, t);
            if (join(c->in + (size_t)ed->target * (size_t)n, t, n) && !inq[ed->target]) {
                inq[ed->target] = true;
                wl[nwl++] = ed->target;
            }
            free(t);
        }
    }
    for (int b = 0; b < nb; b++) {
        const struct ir_block *bl = ir_block(c->f, b);
        memcpy(s, c->in + (size_t)b * (size_t)n, sizeof(struct val) * (size_t)n);
        for (size_t i = 0; i < bl->events.len; i++)
            transfer(c, ir_event_at(bl, (int)i), s, true);
    }
    free(c->in);
    free(s);
    free(wl);
    free(inq);
}

static int run(struct check_ctx *cx)
{
    struct rules *rs = cx->d->rules;
    bool any = false;
    for (size_t i = 0; i < rule_count(rs, RULE_CALL_ARGUMENT); i++)
        any |= rule_nth(rs, RULE_CALL_ARGUMENT, i)->enabled;
    for (int fi = 0; any && fi < cx->d->nfuncs; fi++) {
        struct cx c = {.d = cx->d, .fs = cx->fs, .f = cx->d->funcs[fi].ir};
        if (collect(&c))
            run_func(&c);
        free(c.vars);
    }
    return 0;
}

const struct check check_call_argument = {.run = run};

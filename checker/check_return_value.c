/* check_return_value.c — kind "return_value": what a callback returns. Checks:
 *
 *   only       a return of a callback of the rule's roles that yields a status outside the rule's
 *              list (MiniportPause_Return: NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING, nc-ndis-
 *              miniport_pause; FilterPause_Return, nc-ndis-filter_pause). Reported where the value is
 *              written when that is in the callback itself (`Status = NDIS_STATUS_FAILURE;`), else at
 *              the return, with a note at the return and at the helper that produced the value;
 *   some_true  a callback that returns FALSE on every path (MiniportCheckForHang_Return: a hang check
 *              that can never ask for a reset, nc-ndis-miniport_check_for_hang). Reported once, at
 *              the FALSE written last in the callback's source (the verdict of its last test), with a
 *              note at every return and at every other place a returned FALSE is written.
 *
 * On the path-sensitive state engine: each root that plays a role of a rule is analyzed; a return
 * is judged by the value facts at it (pathstate.h), so only a value known on the path counts: a
 * status from a DDI or a computed BOOLEAN is not judged. For some_true, every return statement of
 * the callback must have been reached, by a walk that saw all its paths.
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

/* A return of the current root, for some_true. */
struct rv_ret {
    const struct rule_def *def;
    struct ir_loc loc;        /* the return statement */
    bool maybe_true;          /* its value may be non-zero on some path */
    const struct ps_why *why; /* where the FALSE it returns was written (NULL: unknown) */
};

struct rv_run {
    struct vec active;               /* const struct rule_def *: rules whose roles the current root plays */
    const struct dm_func *root;      /* the current root, or NULL */
    struct vec rets;                 /* struct rv_ret of the current root */
    const struct ir_func *root_func; /* root->ir */
};

static void *begin(struct ps_engine *e)
{
    struct rules *rs = ps_driver(e)->rules;
    if (rule_count(rs, RULE_RETURN_VALUE) == 0)
        return NULL;
    struct rv_run *r = calloc(1, sizeof(*r));
    if (!r)
        abort();
    vec_init(&r->active, sizeof(const struct rule_def *));
    vec_init(&r->rets, sizeof(struct rv_ret));
    return r;
}

static const struct rule_def *active_at(const struct rv_run *r, size_t i)
{
    return *(const struct rule_def **)vec_at(&r->active, i);
}

/* The role of the root that rule `d` applies to, or NULL. */
static const char *role_of(const struct rule_def *d, const struct dm_func *root)
{
    for (size_t i = 0; root && i < root->roles.len; i++) {
        const struct dm_role *ro = vec_at(&root->roles, i);
        if (rule_names_has(&d->u.rv.roles, ro->role))
            return ro->role;
    }
    return NULL;
}

static bool loc_before(struct ir_loc a, struct ir_loc b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static bool loc_eq(struct ir_loc a, struct ir_loc b)
{
    return a.line == b.line && a.col == b.col && a.file == b.file;
}

/* The where-written reason `w` worded as a note chain: "{text}" at its place, then its calls. */
static const struct ps_why *worded(struct ps_engine *e, const struct ps_why *w, const char *text)
{
    return ps_why_new(e, w->loc, text, w->next);
}

/* True if every return statement of `f` is among the returns seen for rule `d`. */
static bool all_returns_seen(const struct rv_run *r, const struct rule_def *d, const struct ir_func *f)
{
    for (size_t b = 0; b < f->blocks.len; b++) {
        const struct ir_block *bl = ir_block(f, (int)b);
        for (size_t i = 0; i < bl->events.len; i++) {
            const struct ir_event *ev = ir_event_at(bl, (int)i);
            if (ev->kind != IR_RETURN)
                continue;
            bool seen = false;
            for (size_t k = 0; k < r->rets.len && !seen; k++) {
                const struct rv_ret *x = vec_at(&r->rets, k);
                seen = x->def == d && loc_eq(x->loc, ev->loc);
            }
            if (!seen)
                return false;
        }
    }
    return true;
}

/* A place the FALSE a callback returns is written: a `return FALSE;`, or an assignment of a
 * constant 0 to the variable a `return x;` returns. */
struct rv_write {
    struct ir_loc loc;
    const char *var; /* the variable assigned, or NULL for a return statement */
};

static void add_write(struct vec *w, struct ir_loc loc, const char *var)
{
    for (size_t i = 0; i < w->len; i++)
        if (loc_eq(((struct rv_write *)vec_at(w, i))->loc, loc))
            return;
    struct rv_write *x = vec_push(w);
    x->loc = loc;
    x->var = var;
}

/* The writes of FALSE in `f` that its returns return (struct rv_write), read from the IR: each
 * return of a constant, and each constant-0 assignment to a variable some return returns. */
static void false_writes(const struct ir_func *f, struct vec *out)
{
    for (size_t b = 0; b < f->blocks.len; b++) {
        const struct ir_block *bl = ir_block(f, (int)b);
        for (size_t i = 0; i < bl->events.len; i++) {
            const struct ir_event *ev = ir_event_at(bl, (int)i);
            if (ev->kind != IR_RETURN)
                continue;
            if (ev->rhs.kind == IR_V_CONST)
                add_write(out, ev->loc, NULL);
            else if (ev->rhs.kind == IR_V_PATH && ev->rhs.text)
                for (size_t b2 = 0; b2 < f->blocks.len; b2++) {
                    const struct ir_block *bl2 = ir_block(f, (int)b2);
                    for (size_t k = 0; k < bl2->events.len; k++) {
                        const struct ir_event *a = ir_event_at(bl2, (int)k);
                        if (a->kind == IR_ASSIGN && a->lhs && strcmp(a->lhs, ev->rhs.text) == 0 &&
                            a->rhs.kind == IR_V_CONST && !a->rhs.has_alt && a->rhs.cval == 0)
                            add_write(out, a->loc, a->lhs);
                    }
                }
        }
    }
}

/* some_true, at the end of a root: every return it reached returns FALSE. */
static void finish_root(struct rv_run *r, struct ps_engine *e)
{
    if (!r->root)
        return;
    for (size_t a = 0; a < r->active.len && !ps_root_incomplete(e); a++) {
        const struct rule_def *d = active_at(r, a);
        if (!d->enabled || d->u.rv.check != RV_SOME_TRUE)
            continue;
        size_t n = 0;
        bool any_true = false;
        for (size_t k = 0; k < r->rets.len; k++) {
            const struct rv_ret *x = vec_at(&r->rets, k);
            if (x->def != d)
                continue;
            n++;
            any_true |= x->maybe_true;
        }
        if (n == 0 || any_true || !all_returns_seen(r, d, r->root_func))
            continue;
        const char *func = r->root_func->name;
        struct vec writes;
        vec_init(&writes, sizeof(struct rv_write));
        false_writes(r->root_func, &writes);
        /* the FALSE written last: the verdict of the callback's last test */
        const struct rv_write *last = NULL;
        for (size_t i = 0; i < writes.len; i++) {
            const struct rv_write *w = vec_at(&writes, i);
            if (!last || loc_before(last->loc, w->loc))
                last = w;
        }
        const char *msg =
            rule_fill(ps_arena(e), d->u.rv.message, "func", func, "value", "FALSE", "role", role_of(d, r->root), NULL);
        struct ir_loc at = last ? last->loc : r->root_func->loc;
        struct finding *fd = finding_add(ps_findings(e), d->id, d->severity, at, func, msg);
        /* notes, in source order: each return and each other write of FALSE */
        for (size_t b = 0; fd && b < r->root_func->blocks.len; b++) {
            const struct ir_block *bl = ir_block(r->root_func, (int)b);
            for (size_t i = 0; i < bl->events.len; i++) {
                const struct ir_event *ev = ir_event_at(bl, (int)i);
                if (ev->kind == IR_RETURN && !loc_eq(ev->loc, at))
                    add_write(&writes, ev->loc, "");
            }
        }
        while (fd) {
            struct rv_write *next = NULL;
            for (size_t i = 0; i < writes.len; i++) {
                struct rv_write *w = vec_at(&writes, i);
                if (w->loc.line && !loc_eq(w->loc, at) && (!next || loc_before(w->loc, next->loc)))
                    next = w;
            }
            if (!next)
                break;
            const char *text = !next->var || !next->var[0]
                                   ? rule_fill(ps_arena(e), d->u.rv.note, "func", func, "value", "FALSE", NULL)
                                   : arena_printf(ps_arena(e), "'%s' is set to FALSE here", next->var);
            finding_note(ps_findings(e), fd, next->loc, text);
            next->loc.line = 0; /* done */
        }
        vec_free(&writes);
    }
    r->rets.len = 0;
    r->active.len = 0;
    r->root = NULL;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    struct rv_run *r = data;
    finish_root(r, e);
    const struct rules *rs = ps_driver(e)->rules;
    for (size_t i = 0; i < rule_count(rs, RULE_RETURN_VALUE); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_RETURN_VALUE, i);
        if (d->enabled && role_of(d, root))
            *(const struct rule_def **)vec_push(&r->active) = d;
    }
    if (r->active.len == 0)
        return false;
    r->root = root;
    r->root_func = root->ir;
    return true;
}

static bool status_listed(const struct rule_return_value *q, long long v)
{
    for (int i = 0; i < q->nstatuses; i++)
        if (ps_s32(q->statuses[i]) == v)
            return true;
    return false;
}

/* only: the return yields a status outside the list. */
static void check_only(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s,
                       const struct ir_event *ret, const struct rule_def *d, const char *role)
{
    if (!s->ret.known || status_listed(&d->u.rv, s->ret.value))
        return;
    const char *value = ps_status_text(e, &s->ret, 0);
    const char *msg = rule_fill(ps_arena(e), d->u.rv.message, "func", fr->f->name, "value", value, "role", role, NULL);
    const struct ps_why *w = s->ret.why;
    bool here = w && !w->next; /* written in the callback itself */
    struct finding *fd = ps_report(e, d, here ? w->loc : ret->loc, fr, msg);
    if (!fd)
        return;
    if (here && !loc_eq(w->loc, ret->loc))
        finding_note(ps_findings(e), fd, ret->loc,
                     arena_printf(ps_arena(e), "'%s' returns %s here", fr->f->name, value));
    else if (!here && w)
        ps_story_notes(e, fd, worded(e, w, arena_printf(ps_arena(e), "%s is returned here", value)), fr);
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    struct rv_run *r = data;
    if (fr->parent || !r->root || fr->f != r->root_func)
        return;
    for (size_t a = 0; a < r->active.len; a++) {
        const struct rule_def *d = active_at(r, a);
        switch (d->u.rv.check) {
        case RV_ONLY: check_only(e, fr, s, ret, d, role_of(d, r->root)); break;
        case RV_SOME_TRUE: {
            bool maybe_true = ret->rhs.kind == IR_V_NONE || !ps_value_is(&s->ret, 0);
            const struct ps_why *why = maybe_true ? NULL : s->ret.why;
            bool dup = false;
            for (size_t k = 0; k < r->rets.len && !dup; k++) {
                const struct rv_ret *o = vec_at(&r->rets, k);
                dup = o->def == d && loc_eq(o->loc, ret->loc) && o->maybe_true == maybe_true &&
                      (o->why == why || (o->why && why && loc_eq(o->why->loc, why->loc)));
            }
            if (dup)
                break;
            struct rv_ret *x = vec_push(&r->rets);
            x->def = d;
            x->loc = ret->loc;
            x->maybe_true = maybe_true;
            x->why = why;
            break;
        }
        }
    }
}

static void end(void *data, struct ps_engine *e)
{
    struct rv_run *r = data;
    finish_root(r, e);
    vec_free(&r->active);
    vec_free(&r->rets);
    free(r);
}

static const struct ps_hooks hooks = {.begin = begin, .on_root = on_root, .on_return = on_return, .end = end};

const struct check check_return_value = {.path = &hooks};

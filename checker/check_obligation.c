/* check_obligation.c — kind "obligation": in a callback of the rule's roles, a DDI that may leave a
 * NULL pointer in its out argument (NdisMAllocateSharedMemory's VirtualAddress) obliges the callback
 * to call a DDI of `discharge` (NdisWriteErrorLogEntry) before it returns, on the paths where the
 * pointer is NULL (WriteErrorLog, MINIPORT_INITIALIZE).
 *
 * On the path-sensitive state engine. At the call (in the callback or a helper it calls), the out
 * argument's place (`&Va`, `&Adapter->SharedVa`) is written by the DDI, so what was known of it is
 * forgotten, and the allocation gets a path fact of its own (a pseudo-place "#ob:LINE:COL" that
 * outlives the helper's frame): open. A branch that refines the place (`if (Va == NULL)`, `if (!Va)`)
 * makes it null on the edge where the place is 0 and settled on the other; a discharge DDI settles
 * every allocation of the path. At a return of the callback, an allocation still null -- or still
 * open, when the driver never tests the address -- is reported at the return, with a note at the
 * allocation (and at the calls that lead to it when it is in a helper). Facts of the path are judged as the engine
 * keeps them: a disjunct that joins a settled and an unsettled path is not reported (silence over guessing).
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

enum { OB_OPEN = 1, OB_NULL = 2, OB_DONE = 4 };

/* An allocation seen under the current root. */
struct ob_site {
    const struct rule_def *def;
    const char *site;  /* its pseudo-place "#ob:..." */
    const char *place; /* the out argument's place (canonical in the frame of the call) */
    const char *ddi;
    const char *out;  /* the out argument as written */
    const char *func; /* the function that makes the call */
    struct ir_loc loc;
    const struct ps_why *chain; /* the calls from the root to that function, innermost first */
};

struct ob_run {
    struct vec active; /* const struct rule_def *: rules whose roles the current root plays */
    const struct dm_func *root;
    struct vec sites; /* struct ob_site */
};

static void *begin(struct ps_engine *e)
{
    const struct rules *rs = ps_driver(e)->rules;
    bool any = false;
    for (size_t i = 0; i < rule_count(rs, RULE_OBLIGATION); i++)
        any |= rule_nth(rs, RULE_OBLIGATION, i)->enabled;
    if (!any)
        return NULL;
    struct ob_run *r = calloc(1, sizeof(*r));
    if (!r)
        abort();
    vec_init(&r->active, sizeof(const struct rule_def *));
    vec_init(&r->sites, sizeof(struct ob_site));
    return r;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)data;
    const struct rules *rs = ps_driver(e)->rules;
    for (size_t i = 0; i < rule_count(rs, RULE_OBLIGATION); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_OBLIGATION, i);
        if (d->enabled && rule_names_has(&d->u.ob.ddis, ddi))
            return true;
    }
    return false;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    struct ob_run *r = data;
    r->active.len = 0;
    r->sites.len = 0;
    r->root = root;
    const struct rules *rs = ps_driver(e)->rules;
    for (size_t i = 0; i < rule_count(rs, RULE_OBLIGATION); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_OBLIGATION, i);
        for (size_t k = 0; d->enabled && k < root->roles.len; k++)
            if (rule_names_has(&d->u.ob.roles, ((const struct dm_role *)vec_at(&root->roles, k))->role)) {
                *(const struct rule_def **)vec_push(&r->active) = d;
                break;
            }
    }
    return false;
}

static const struct rule_def *active_at(const struct ob_run *r, size_t i)
{
    return *(const struct rule_def **)vec_at(&r->active, i);
}

/* The site a fact of `s` is about, or NULL. */
static const struct ob_site *site_of(const struct ob_run *r, const struct ps_fact *f)
{
    for (size_t i = 0; i < r->sites.len; i++) {
        const struct ob_site *x = vec_at(&r->sites, i);
        if (x->def == f->key && x->site == f->path)
            return x;
    }
    return NULL;
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    struct ob_run *r = data;
    for (size_t a = 0; a < r->active.len; a++) {
        const struct rule_def *d = active_at(r, a);
        const struct rule_obligation *q = &d->u.ob;
        if (rule_names_has(&q->discharge, ddi)) {
            for (int i = 0; i < s->nfacts; i++)
                if (s->facts[i].key == d && site_of(r, &s->facts[i]))
                    s->facts[i].state = OB_DONE;
            continue;
        }
        if (!rule_names_has(&q->ddis, ddi) || q->out_arg >= call->nargs)
            continue;
        const struct ir_val *arg = &call->args[q->out_arg];
        if (arg->kind != IR_V_PATH || !arg->text || arg->text[0] != '&' || strstr(arg->text, "[]"))
            continue; /* not `&place`: what it points to is not followed */
        const char *place = ps_place(e, fr, s, arg->text + 1);
        ps_kill_place(s, place);
        const char *site = NULL;
        for (size_t i = 0; i < r->sites.len && !site; i++) {
            const struct ob_site *x = vec_at(&r->sites, i);
            if (x->def == d && x->loc.file == call->loc.file && x->loc.line == call->loc.line &&
                x->loc.col == call->loc.col && strcmp(x->place, place) == 0)
                site = x->site;
        }
        if (!site) {
            struct ob_site *x = vec_push(&r->sites);
            x->def = d;
            x->site = site = arena_printf(ps_arena(e), "#ob:%zu:%d:%d", r->sites.len, call->loc.line, call->loc.col);
            x->place = place;
            x->ddi = ddi;
            x->out = arg->text;
            x->func = fr->f->name;
            x->loc = call->loc;
            x->chain = ps_why_here(e, call->loc, NULL, fr)->next;
        }
        struct ps_fact *f = ps_fact_get(s, d, site, OB_DONE);
        f->state = OB_OPEN;
        f->why = NULL;
    }
}

/* After a branch: an open allocation whose place is now known 0 becomes null, known non-zero settled. */
static void on_edge(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                    const struct ir_block *bl, const struct ir_edge *ed)
{
    (void)e, (void)fr, (void)bl, (void)ed;
    struct ob_run *r = data;
    if (r->sites.len == 0)
        return;
    for (int i = 0; i < s->nfacts; i++) {
        struct ps_fact *f = &s->facts[i];
        if (f->state != OB_OPEN)
            continue;
        const struct ob_site *x = site_of(r, f);
        if (!x)
            continue;
        const struct ps_value *v = NULL;
        for (int k = 0; k < s->nvalues && !v; k++)
            if (strcmp(s->values[k].path, x->place) == 0)
                v = &s->values[k];
        if (!v)
            continue;
        if (ps_value_is(v, 0))
            f->state = OB_NULL;
        else if ((v->known && v->value != 0) || ps_value_isnt(v, 0))
            f->state = OB_DONE;
    }
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    struct ob_run *r = data;
    if (fr->parent || r->sites.len == 0)
        return;
    for (int i = 0; i < s->nfacts; i++) {
        const struct ps_fact *f = &s->facts[i];
        const struct ob_site *x = (f->state == OB_OPEN || f->state == OB_NULL) ? site_of(r, f) : NULL;
        if (!x)
            continue;
        const struct rule_obligation *q = &x->def->u.ob;
        const char *dis = q->discharge.name[0];
        const char *msg = rule_fill(ps_arena(e), q->message, "func", fr->f->name, "ddi", x->ddi, "out", x->out + 1,
                                    "discharge", dis, NULL);
        struct finding *fd = finding_add(ps_findings(e), x->def->id, x->def->severity, ret->loc, fr->f->name, msg);
        if (!fd)
            continue;
        const char *note = rule_fill(ps_arena(e), q->note, "ddi", x->ddi, "out", x->out + 1, NULL);
        finding_note(ps_findings(e), fd, x->loc,
                     f->state == OB_NULL ? note : arena_printf(ps_arena(e), "%s; the address is never tested", note));
        /* the calls that lead to the allocation, outermost last */
        for (const struct ps_why *w = x->chain; w; w = w->next)
            finding_note(ps_findings(e), fd, w->loc, w->msg);
    }
}

static void end(void *data, struct ps_engine *e)
{
    (void)e;
    struct ob_run *r = data;
    vec_free(&r->active);
    vec_free(&r->sites);
    free(r);
}

static const struct ps_hooks hooks = {.begin = begin,
                                      .acts_on = acts_on,
                                      .on_root = on_root,
                                      .on_ddi = on_ddi,
                                      .on_return = on_return,
                                      .end = end,
                                      .on_edge = on_edge};

const struct check check_obligation = {.path = &hooks};

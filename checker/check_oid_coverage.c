/* check_oid_coverage.c — kind "oid_coverage": a MiniportOidRequest (role MINIPORT_OID_REQUEST) that
 * answers NDIS_STATUS_NOT_SUPPORTED or NDIS_STATUS_INVALID_OID for a mandatory OID (MandatoryOid,
 * MandatoryWirelessOid; the OIDs are the rule's rows of facts/mandatory-oids.tsv).
 *
 * On the path-sensitive state engine, with seeded runs (pathstate.h): after its ordinary run, each
 * callback of the rule's roles is run once per row with the request pinned to it: the request
 * parameter's RequestType (NdisRequestQueryInformation or NdisRequestSetInformation) and the Oid of
 * DATA.QUERY_INFORMATION, DATA.SET_INFORMATION and DATA.METHOD_INFORMATION (one field of a union)
 * hold the row's values. The engine follows the value through copies (`Oid = Req->DATA...Oid`) and
 * into helpers (parameters renamed to the caller's places), and prunes the `switch` cases and
 * `==` tests it rules out.
 *
 * A path is judged only when the Oid was followed on it: some branch decided on the pinned value
 * (on_edge) -- a `case` or the `default` of a switch on it, a test `Oid == X` / `Oid != X` -- and no
 * condition the engine cannot read (a loop over a table, a call whose result is unknown) came after
 * the last such decision. A path where the OID was never compared with a constant (dispatch through
 * a table), or where the Oid or the request was handed to a call the engine does not follow (a
 * function the driver declares but does not define, a call through a pointer: it may answer the
 * OID itself), is never reported: silence over guessing.
 * Both a miss (the OID falls to a default that refuses it) and a hit (the OID's own case refuses
 * it) count: the harness asks for the OID and the answer is what matters. Reported: a return
 * of the root that yields a forbidden status known on the path, at the place the status was
 * written when that is in the callback itself, else at the return; and a completion DDI (`complete`,
 * NdisMOidRequestComplete) whose status argument is known to be forbidden, at the call. The OIDs a
 * place answers badly are gathered into one finding per place.
 *
 * "driver": "handles_listed_oid" (MandatoryWirelessOid): the rule applies only to a driver shown to
 * be a native 802.11 miniport: some switch case or equality test in its code compares with an OID of
 * the rule's rows (an OID_DOT11_* code).
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

/* Decisions on the pinned Oid, the states of the path fact keyed by the rule (path ""). */
enum { OC_NONE = 1, OC_HIT = 2, OC_MISS = 4, OC_OPAQUE = 8, OC_UNKNOWN = 16 };

/* A place that answers some OIDs with a forbidden status. */
struct oc_hit {
    const struct rule_def *def;
    struct ir_loc loc;
    const char *func;         /* the function `loc` is in */
    const char *status;       /* the first forbidden status seen there */
    unsigned requests;        /* bits 1 << OID_QUERY / OID_SET */
    struct vec oids;          /* const char *: OID names, in the order of the runs */
    const struct ps_why *why; /* notes: the reason chain, in order */
};

struct oc_run {
    struct vec runs; /* const struct oid_fact *: the runs of the current root */
    const struct dm_func *root;
    const struct oid_fact *cur; /* the row of the seeded run under way, or NULL */
    const char *oid_place[3];   /* the pinned Oid places of the run */
    const char *req_place;      /* the request parameter */
    bool *listed;               /* per rule of the kind (rule_nth order): the driver compares with one of its OIDs */
    struct vec hits;            /* struct oc_hit of the current root */
};

static bool is_listed_value(const struct rules *rs, const struct rule_def *d, long long v)
{
    for (size_t i = 0; i < rs->oids.len; i++) {
        const struct oid_fact *x = vec_at(&rs->oids, i);
        if (x->def == d && ps_s32(x->value) == ps_s32(v))
            return true;
    }
    return false;
}

/* True if some code of the driver compares with an OID of rule `d`: a case label, a condition or
 * a test `p == / != constant`. */
static bool driver_handles_listed(const struct dm_driver *dr, const struct rule_def *d)
{
    for (int f = 0; f < dr->nfuncs; f++) {
        const struct ir_func *fn = dr->funcs[f].ir;
        for (size_t b = 0; fn && b < fn->blocks.len; b++) {
            const struct ir_block *bl = ir_block(fn, (int)b);
            for (size_t k = 0; k < bl->succs.len; k++) {
                const struct ir_edge *ed = vec_at(&bl->succs, k);
                if (ed->kind == IR_E_CASE && is_listed_value(dr->rules, d, ed->case_val))
                    return true;
            }
            const struct ir_cond *c = &bl->cond;
            if (c->kind == IR_COND_CMP && (c->op == IR_EQ || c->op == IR_NE) && is_listed_value(dr->rules, d, c->cval))
                return true;
            if (c->kind == IR_COND_NONE && c->test && c->test->kind == IR_TEST_CMP &&
                (c->test->op == IR_EQ || c->test->op == IR_NE) && is_listed_value(dr->rules, d, c->test->cval))
                return true;
        }
    }
    return false;
}

static void *begin(struct ps_engine *e)
{
    const struct dm_driver *dr = ps_driver(e);
    size_t n = rule_count(dr->rules, RULE_OID_COVERAGE);
    bool any = false;
    for (size_t i = 0; i < n; i++)
        any |= rule_nth(dr->rules, RULE_OID_COVERAGE, i)->enabled;
    if (!any)
        return NULL;
    struct oc_run *r = calloc(1, sizeof(*r));
    if (!r || !(r->listed = calloc(n, sizeof(bool))))
        abort();
    vec_init(&r->runs, sizeof(const struct oid_fact *));
    vec_init(&r->hits, sizeof(struct oc_hit));
    for (size_t i = 0; i < n; i++) {
        const struct rule_def *d = rule_nth(dr->rules, RULE_OID_COVERAGE, i);
        r->listed[i] = d->enabled && (!d->u.oid.if_listed || driver_handles_listed(dr, d));
    }
    return r;
}

/* The role of `root` that rule `d` applies to, or NULL. */
static const char *role_of(const struct rule_def *d, const struct dm_func *root)
{
    for (size_t i = 0; root && i < root->roles.len; i++) {
        const struct dm_role *ro = vec_at(&root->roles, i);
        if (rule_names_has(&d->u.oid.roles, ro->role))
            return ro->role;
    }
    return NULL;
}

/* "OID_A", "OID_A and OID_B", "OID_A, OID_B and OID_C", "OID_A, OID_B, OID_C and N more". */
static const char *oid_list(struct arena *a, const struct vec *oids)
{
    const char *s = "";
    size_t n = oids->len, shown = n > 4 ? 3 : n;
    for (size_t i = 0; i < shown; i++) {
        const char *name = *(const char **)vec_at(oids, i);
        const char *sep = i == 0 ? "" : (i + 1 == shown && shown == n) ? " and " : ", ";
        s = arena_printf(a, "%s%s%s", s, sep, name);
    }
    if (shown < n)
        s = arena_printf(a, "%s and %zu more", s, n - shown);
    return s;
}

/* Reports the hits of the current root, one finding per place. */
static void flush(struct oc_run *r, struct ps_engine *e)
{
    for (size_t i = 0; i < r->hits.len; i++) {
        struct oc_hit *h = vec_at(&r->hits, i);
        const char *req = h->requests == (1u << OID_QUERY) ? "query"
                          : h->requests == (1u << OID_SET) ? "set"
                                                           : "query or set";
        const char *msg = rule_fill(ps_arena(e), h->def->u.oid.message, "func", h->func, "status", h->status, "request",
                                    req, "oid", oid_list(ps_arena(e), &h->oids), NULL);
        struct finding *fd = finding_add(ps_findings(e), h->def->id, h->def->severity, h->loc, h->func, msg);
        for (const struct ps_why *w = h->why; fd && w; w = w->next)
            finding_note(ps_findings(e), fd, w->loc, w->msg);
        vec_free(&h->oids);
    }
    r->hits.len = 0;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    struct oc_run *r = data;
    flush(r, e);
    r->runs.len = 0;
    r->root = NULL;
    r->cur = NULL;
    const struct rules *rs = ps_driver(e)->rules;
    for (size_t i = 0; i < rule_count(rs, RULE_OID_COVERAGE); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_OID_COVERAGE, i);
        if (!r->listed[i] || !role_of(d, root) || d->u.oid.param >= root->ir->nparams)
            continue;
        for (size_t k = 0; k < rs->oids.len; k++) {
            const struct oid_fact *x = vec_at(&rs->oids, k);
            if (x->def == d)
                *(const struct oid_fact **)vec_push(&r->runs) = x;
        }
    }
    if (r->runs.len == 0)
        return false;
    r->root = root;
    return true;
}

static int seeded_runs(void *data, struct ps_engine *e, const struct dm_func *root)
{
    (void)e;
    struct oc_run *r = data;
    return root == r->root ? (int)r->runs.len : 0;
}

static void seed(void *data, struct ps_engine *e, const struct dm_func *root, int run, struct pstate *s)
{
    static const char *const oid_fields[] = {"DATA.QUERY_INFORMATION.Oid", "DATA.SET_INFORMATION.Oid",
                                             "DATA.METHOD_INFORMATION.Oid"};
    struct oc_run *r = data;
    r->cur = *(const struct oid_fact **)vec_at(&r->runs, (size_t)run);
    const char *req = root->ir->params[r->cur->def->u.oid.param];
    r->req_place = req;
    struct ps_value *v = ps_value_at(s, arena_printf(ps_arena(e), "%s->RequestType", req));
    v->known = true;
    v->value = r->cur->request == OID_QUERY ? 0 : 1; /* NdisRequestQueryInformation, NdisRequestSetInformation */
    for (int i = 0; i < 3; i++) {
        r->oid_place[i] = arena_printf(ps_arena(e), "%s->%s", req, oid_fields[i]);
        v = ps_value_at(s, r->oid_place[i]);
        v->known = true;
        v->value = ps_s32(r->cur->value);
    }
    ps_fact_get(s, r->cur->def, "", OC_NONE);
}

static bool is_oid_place(const struct oc_run *r, const char *p)
{
    for (int i = 0; p && i < 3; i++)
        if (strcmp(p, r->oid_place[i]) == 0)
            return true;
    return false;
}

/* The decision edge `ed` of block `bl` makes on the pinned Oid: OC_HIT, OC_MISS, or 0 (none). */
static unsigned decision(struct oc_run *r, struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s,
                         const struct ir_block *bl, const struct ir_edge *ed)
{
    long long oid = ps_s32(r->cur->value);
    if (bl->switch_path && (ed->kind == IR_E_CASE || ed->kind == IR_E_DEFAULT))
        return is_oid_place(r, ps_path(e, fr, s, bl->switch_path)) ? (ed->kind == IR_E_CASE ? OC_HIT : OC_MISS) : 0;
    const struct ir_cond *c = &bl->cond;
    if (ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE)
        return 0;
    if (c->kind == IR_COND_CMP && c->path && (c->op == IR_EQ || c->op == IR_NE) &&
        is_oid_place(r, ps_path(e, fr, s, c->path)))
        return ps_s32(c->cval) == oid ? OC_HIT : OC_MISS;
    if (c->kind == IR_COND_NONE && c->test && c->test->kind == IR_TEST_CMP && c->test->path &&
        (c->test->op == IR_EQ || c->test->op == IR_NE) && is_oid_place(r, ps_path(e, fr, s, c->test->path)))
        return ps_s32(c->test->cval) == oid ? OC_HIT : OC_MISS;
    return 0;
}

/* True if the edges out of `bl` test something the engine cannot read. */
static bool opaque_branch(const struct ir_block *bl, const struct pstate *s)
{
    if (bl->succs.len < 2 || bl->switch_path)
        return false;
    const struct ir_cond *c = &bl->cond;
    if (c->kind != IR_COND_NONE)
        return false;
    if (c->has_call)
        return s->last_call != c->call || !s->last_result.known;
    return !c->test || c->test->kind == IR_TEST_CALL_CMP;
}

static void on_edge(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                    const struct ir_block *bl, const struct ir_edge *ed)
{
    struct oc_run *r = data;
    if (!r->cur)
        return;
    unsigned dec = decision(r, e, fr, s, bl, ed);
    struct ps_fact *f = ps_fact_get(s, r->cur->def, "", OC_NONE);
    if (f->state == OC_UNKNOWN)
        return;
    if (dec)
        f->state = dec;
    else if ((f->state == OC_MISS || f->state == OC_HIT) && opaque_branch(bl, s))
        f->state = OC_OPAQUE;
}

static bool forbidden(const struct rule_oid_coverage *q, const struct ps_value *v)
{
    for (int i = 0; v->known && i < q->nforbid; i++)
        if (ps_s32(q->forbid[i]) == v->value)
            return true;
    return false;
}

static bool same_loc(struct ir_loc a, struct ir_loc b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col;
}

/* Adds the current run's OID to the hit at `loc` (a new one, with the notes `why`, if none: one
 * finding per place names every OID answered badly there, with the notes of the first). */
static void hit(struct oc_run *r, struct ps_engine *e, struct ir_loc loc, const char *func, const struct ps_value *v,
                const struct ps_why *why)
{
    const struct rule_def *d = r->cur->def;
    struct oc_hit *h = NULL;
    for (size_t i = 0; i < r->hits.len && !h; i++) {
        struct oc_hit *x = vec_at(&r->hits, i);
        if (x->def == d && same_loc(x->loc, loc))
            h = x;
    }
    if (!h) {
        h = vec_push(&r->hits);
        h->def = d;
        h->loc = loc;
        h->func = func;
        h->status = ps_status_text(e, v, 0);
        h->why = why;
        vec_init(&h->oids, sizeof(const char *));
    }
    h->requests |= 1u << r->cur->request;
    for (size_t i = 0; i < h->oids.len; i++)
        if (strcmp(*(const char **)vec_at(&h->oids, i), r->cur->oid) == 0)
            return;
    *(const char **)vec_push(&h->oids) = r->cur->oid;
}

static bool followed(const struct oc_run *r, const struct pstate *s)
{
    const struct ps_fact *f = ps_fact_find(s, r->cur->def, "");
    return f && (f->state == OC_MISS || f->state == OC_HIT);
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    struct oc_run *r = data;
    if (!r->cur || fr->parent || !forbidden(&r->cur->def->u.oid, &s->ret) || !followed(r, s))
        return;
    const char *value = ps_status_text(e, &s->ret, 0);
    const struct ps_why *w = s->ret.why;
    bool here = w && !w->next; /* written in the callback itself */
    struct ir_loc at = here ? w->loc : ret->loc;
    const struct ps_why *notes = NULL;
    if (here && (w->loc.line != ret->loc.line || w->loc.col != ret->loc.col))
        notes = ps_why_new(e, ret->loc, arena_printf(ps_arena(e), "'%s' returns %s here", fr->f->name, value), NULL);
    else if (!here && w)
        notes = ps_why_new(e, w->loc, arena_printf(ps_arena(e), "%s is returned here", value), w->next);
    hit(r, e, at, fr->f->name, &s->ret, notes);
}

/* A call the engine does not follow that is handed the pinned Oid or the request (a handler in
 * another module, a call through a pointer) may answer the OID itself: the path is not judged. */
static void unknown_handler(struct oc_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                            const struct ir_event *call)
{
    for (int a = 0; a < call->nargs; a++) {
        const struct ir_val *v = &call->args[a];
        if (v->kind != IR_V_PATH || !v->text)
            continue;
        const char *p = ps_path(e, fr, s, v->text);
        if (is_oid_place(r, p) || (p && strcmp(p, r->req_place) == 0)) {
            ps_fact_get(s, r->cur->def, "", OC_NONE)->state = OC_UNKNOWN;
            return;
        }
    }
}

static void on_opaque(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *call)
{
    struct oc_run *r = data;
    if (r->cur)
        unknown_handler(r, e, fr, s, call);
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    struct oc_run *r = data;
    if (r->cur && !call->sys_callee)
        unknown_handler(r, e, fr, s, call); /* declared by the driver, defined elsewhere */
    const struct rule_oid_coverage *q = r->cur ? &r->cur->def->u.oid : NULL;
    if (!q || !rule_names_has(&q->complete, ddi) || q->status_arg >= call->nargs)
        return;
    struct ps_value v = ps_value_of(e, fr, s, &call->args[q->status_arg]);
    if (!forbidden(q, &v) || !followed(r, s))
        return;
    const struct ps_why *chain = ps_why_here(e, call->loc, NULL, fr)->next;
    hit(r, e, call->loc, fr->f->name, &v, chain);
}

static void end(void *data, struct ps_engine *e)
{
    struct oc_run *r = data;
    flush(r, e);
    vec_free(&r->runs);
    vec_free(&r->hits);
    free(r->listed);
    free(r);
}

static const struct ps_hooks hooks = {.begin = begin,
                                      .on_root = on_root,
                                      .on_ddi = on_ddi,
                                      .on_return = on_return,
                                      .end = end,
                                      .on_edge = on_edge,
                                      .on_opaque = on_opaque,
                                      .seeded_runs = seeded_runs,
                                      .seed = seed};

const struct check check_oid_coverage = {.path = &hooks};

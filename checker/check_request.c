/* check_request.c — kind "request": the SAP requests of rules/facts/sap-requests.tsv. A handler of
 * a request role (ProtocolCmRegisterSap, ProtocolCmDeregisterSap) finishes the request
 * synchronously, or returns NDIS_STATUS_PENDING and completes it later with one of the row's DDIs
 * (nc-ndis-protocol_cm_reg_sap, nc-ndis-protocol_cm_deregister_sap). Two checks:
 *
 *   not_pending      (SapComplete_NotPending) a handler that completes the request on a path and
 *                    then returns anything but NDIS_STATUS_PENDING there, or completes it twice;
 *   never_completed  (SapPending_NeverCompleted) a handler that returns NDIS_STATUS_PENDING while
 *                    nothing in the driver calls a completion DDI of its request. It looks at the
 *                    whole driver, so it stays silent when the run does not hold all of it (a
 *                    partial run, or a driver function called but defined in no file of the run).
 *
 * On the path-sensitive state engine: each root with a request role is analyzed; "completed" is a
 * fact about the path (with the note of where and through which calls), set by a completion DDI
 * in the handler or a helper it calls. Several rules may do the same check.
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

/* The key of the fact "the request has been completed on this path" (state 1, absent: not). */
static const char completed_key;

/* A handler that returns NDIS_STATUS_PENDING, at `loc`. */
struct pending_return {
    const struct sap_request *req;
    const struct ir_func *f;
    struct ir_loc loc;
};

struct rq_run {
    struct vec not_pending, never_completed; /* const struct rule_def *, in id order */
    const struct sap_request *req;           /* the request of the root being analyzed, or NULL */
    long long pending;                       /* NDIS_STATUS_PENDING */
    struct vec returns;                      /* struct pending_return */
};

static void *begin(struct ps_engine *e)
{
    struct rules *rs = ps_driver(e)->rules;
    if (rule_count(rs, RULE_REQUEST) == 0)
        return NULL;
    struct rq_run *r = calloc(1, sizeof(*r));
    if (!r)
        abort();
    vec_init(&r->not_pending, sizeof(const struct rule_def *));
    vec_init(&r->never_completed, sizeof(const struct rule_def *));
    vec_init(&r->returns, sizeof(struct pending_return));
    for (size_t i = 0; i < rule_count(rs, RULE_REQUEST); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_REQUEST, i);
        *(const struct rule_def **)vec_push(d->u.req.check == REQ_NOT_PENDING ? &r->not_pending : &r->never_completed) =
            d;
    }
    if (!rule_status_value(rs, "NDIS_STATUS_PENDING", &r->pending))
        r->pending = 0x103;
    return r;
}

static const struct rule_def *def_at(const struct vec *v, size_t i)
{
    return *(const struct rule_def **)vec_at(v, i);
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)data;
    const struct rules *rs = ps_driver(e)->rules;
    for (size_t q = 0; q < rs->requests.len; q++) {
        const struct sap_request *sq = vec_at(&rs->requests, q);
        for (int k = 0; k < sq->nddis; k++)
            if (strcmp(sq->ddis[k], ddi) == 0)
                return true;
    }
    return false;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    struct rq_run *r = data;
    const struct rules *rs = ps_driver(e)->rules;
    r->req = NULL;
    for (size_t i = 0; i < root->roles.len && !r->req; i++) {
        const struct dm_role *ro = vec_at(&root->roles, i);
        for (size_t q = 0; q < rs->requests.len; q++) {
            const struct sap_request *sq = vec_at(&rs->requests, q);
            if (strcmp(sq->role, ro->role) == 0)
                r->req = sq;
        }
    }
    return r->req != NULL;
}

static bool is_completion(const struct sap_request *q, const char *ddi)
{
    for (int i = 0; i < q->nddis; i++)
        if (strcmp(q->ddis[i], ddi) == 0)
            return true;
    return false;
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    struct rq_run *r = data;
    if (!r->req || r->not_pending.len == 0 || !is_completion(r->req, ddi))
        return;
    struct ps_fact *done = ps_fact_find(s, &completed_key, "");
    for (size_t i = 0; done && i < r->not_pending.len; i++) {
        const struct rule_def *d = def_at(&r->not_pending, i);
        if (!d->enabled)
            continue;
        const char *msg = rule_fill(ps_arena(e), d->u.req.msg_twice, "request", r->req->request, "ddi", ddi, NULL);
        struct finding *fd = ps_report(e, d, call->loc, fr, msg);
        if (fd)
            ps_story_notes(e, fd, done->why, fr);
    }
    done = ps_fact_get(s, &completed_key, "", 0);
    done->state = 1;
    done->why =
        ps_why_here(e, call->loc, arena_printf(ps_arena(e), "%s completed here by %s", r->req->request, ddi), fr);
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    struct rq_run *r = data;
    if (fr->parent || !r->req || ret->rhs.kind == IR_V_NONE)
        return;
    const struct ps_fact *done = ps_fact_find(s, &completed_key, "");
    if (done && ps_value_isnt(&s->ret, r->pending)) {
        /* the completion DDI, as named in the note of the completion */
        const char *cddi = "?";
        for (int i = 0; i < r->req->nddis; i++)
            if (done->why && strstr(done->why->msg, r->req->ddis[i]))
                cddi = r->req->ddis[i];
        for (size_t i = 0; i < r->not_pending.len; i++) {
            const struct rule_def *d = def_at(&r->not_pending, i);
            if (!d->enabled)
                continue;
            const char *msg =
                rule_fill(ps_arena(e), d->u.req.msg_not_pending, "func", fr->f->name, "status",
                          ps_status_text(e, &s->ret, r->pending), "request", r->req->request, "ddi", cddi, NULL);
            struct finding *fd = ps_report(e, d, ret->loc, fr, msg);
            if (fd)
                ps_story_notes(e, fd, done->why, fr);
        }
    }
    if (!ps_value_is(&s->ret, r->pending))
        return;
    for (size_t i = 0; i < r->returns.len; i++) {
        const struct pending_return *p = vec_at(&r->returns, i);
        if (p->f == fr->f && p->loc.line == ret->loc.line)
            return;
    }
    struct pending_return *p = vec_push(&r->returns);
    p->req = r->req;
    p->f = fr->f;
    p->loc = ret->loc;
}

/* A call of driver `d` that names a completion DDI of request `q`? (for ir_each_call) */
struct completion_search {
    const struct dm_driver *d;
    const struct sap_request *q;
};

static bool completes(void *ctx, const struct ir_event *call)
{
    const struct completion_search *cs = ctx;
    const char *n = dm_call_name(cs->d, call);
    for (int k = 0; n && k < cs->q->nddis; k++)
        if (strcmp(cs->q->ddis[k], n) == 0 || (call->callee && strcmp(cs->q->ddis[k], call->callee) == 0))
            return true;
    return false;
}

/* True if some call in the driver names a completion DDI of request `q`. */
static bool driver_calls_any(const struct dm_driver *d, const struct sap_request *q)
{
    struct completion_search cs = {d, q};
    for (int i = 0; i < d->nfuncs; i++)
        if (ir_each_call(d->funcs[i].ir, completes, &cs))
            return true;
    return false;
}

/* The completion DDIs of `q` for this kind of driver, as "'A' or 'B'": NdisMCm* in an MCM,
 * NdisCm* otherwise (both while the kind is unknown). Arena-owned. */
static const char *completions_text(struct ps_engine *e, const struct sap_request *q)
{
    unsigned kind = ps_driver(e)->kind;
    const char *ddis = "";
    for (int k = 0; k < q->nddis; k++) {
        bool mcm_form = strncmp(q->ddis[k], "NdisMCm", 7) == 0;
        if (kind && mcm_form != ((kind & DK_MCM) != 0))
            continue;
        ddis = arena_printf(ps_arena(e), "%s%s'%s'", ddis, ddis[0] ? " or " : "", q->ddis[k]);
    }
    return ddis;
}

/* never_completed: every pending return whose request the driver never completes. */
static void never_completed(struct rq_run *r, struct ps_engine *e, const struct rule_def *d)
{
    struct dm_driver *drv = ps_driver(e);
    if (!d->enabled || drv->partial || drv->missing_func)
        return; /* the completion may be in a file this run does not see */
    /* whether the driver completes each kind of request: one scan per kind, not per handler */
    size_t nreq = drv->rules->requests.len;
    signed char *calls = calloc(nreq + 1, 1); /* 0 unknown, 1 yes, -1 no */
    if (!calls)
        abort();
    for (size_t i = 0; i < r->returns.len; i++) {
        const struct pending_return *p = vec_at(&r->returns, i);
        const struct sap_request *q = p->req;
        size_t qi = (size_t)(q - (const struct sap_request *)drv->rules->requests.data);
        if (!calls[qi])
            calls[qi] = driver_calls_any(drv, q) ? 1 : -1;
        if (calls[qi] > 0)
            continue;
        const char *msg = rule_fill(ps_arena(e), d->u.req.msg_never_completed, "func", p->f->name, "ddis",
                                    completions_text(e, q), "request", q->request, NULL);
        struct finding *fd = finding_add(ps_findings(e), d->id, d->severity, p->loc, p->f->name, msg);
        if (!fd)
            continue;
        for (int k = 0; k < drv->nfuncs; k++) {
            if (drv->funcs[k].ir != p->f)
                continue;
            for (size_t ro = 0; ro < drv->funcs[k].roles.len; ro++) {
                const struct dm_role *role = vec_at(&drv->funcs[k].roles, ro);
                if (strcmp(role->role, q->role) == 0)
                    finding_note(ps_findings(e), fd, role->loc,
                                 arena_printf(ps_arena(e), "'%s' is a %s callback", p->f->name, role->role));
            }
        }
    }
    free(calls);
}

static void end(void *data, struct ps_engine *e)
{
    struct rq_run *r = data;
    for (size_t i = 0; i < r->never_completed.len; i++)
        never_completed(r, e, def_at(&r->never_completed, i));
    vec_free(&r->not_pending);
    vec_free(&r->never_completed);
    vec_free(&r->returns);
    free(r);
}

static const struct ps_hooks hooks = {
    .begin = begin, .acts_on = acts_on, .on_root = on_root, .on_ddi = on_ddi, .on_return = on_return, .end = end};

const struct check check_request = {.path = &hooks};

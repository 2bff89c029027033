/* check_request.c — kind "request": the requests of a request table. A handler of a request role
 * finishes the request synchronously, or returns NDIS_STATUS_PENDING and completes it later, once,
 * with one of the row's DDIs. Two tables:
 *
 *   sap-requests.tsv  ProtocolCmRegisterSap, ProtocolCmDeregisterSap (nc-ndis-protocol_cm_reg_sap,
 *                     nc-ndis-protocol_cm_deregister_sap): the handler's request is the only one on
 *                     its paths, so "completed" is a fact about the whole path;
 *   oid-requests.tsv  MiniportOidRequest, FilterOidRequest, MiniportCoOidRequest, ProtocolCoOidRequest
 *                     (nc-ndis-miniport_oid_request, nf-ndis-ndismoidrequestcomplete, ...): the request
 *                     is followed by identity, the completion's request argument as an access path
 *                     (`OidRequest`, `Ctx->Request`, a local copied from either), so that completing
 *                     another request (one pended earlier) says nothing about the handler's own.
 *
 * Three checks:
 *   not_pending      (SapComplete_NotPending, DoubleComplete) a handler that completes its request
 *                    on a path and then returns anything but NDIS_STATUS_PENDING there, or completes
 *                    it twice; reported at the return, or ("report_at": "completion") at the
 *                    completion with the return as a note;
 *   twice            (DoubleCompleteWorkItem, NdisOidDoubleComplete) a request of the table completed
 *                    twice on one path of a root with one of the rule's roles (work items, DPCs,
 *                    timers: where a handler defers the completion) or, for a rule without roles, of
 *                    any other root (a handler's completion of some other request included). Each
 *                    double completion is reported under one rule: the handler's own request under
 *                    not_pending, the rest under the twice rule whose roles the root has, else under
 *                    the one without roles;
 *   never_completed  (SapPending_NeverCompleted) a handler that returns NDIS_STATUS_PENDING while
 *                    nothing in the driver calls a completion DDI of its request. It looks at the
 *                    whole driver, so it stays silent when the run does not hold all of it (a
 *                    partial run, or a driver function called but defined in no file of the run).
 *
 * On the path-sensitive state engine: "completed" is a fact keyed by the request's place ("" for
 * the SAP table), with the note of where and through which calls, set by a completion DDI in the
 * root or a helper it calls (inlined). A second completion of the same place reports; a completion
 * by the same call as the first is the loop's next iteration and says so. What the engine cannot
 * see (a completion in a helper it does not inline, a request whose place is reassigned between
 * the two completions, an indexed place such as `Queue[i]`) is never a second completion.
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

/* The key of the fact "the request at this place has been completed on this path" (state 1,
 * absent: not). */
static const char completed_key;

/* A handler that returns NDIS_STATUS_PENDING, at `loc`. */
struct pending_return {
    const struct sap_request *req;
    const struct ir_func *f;
    struct ir_loc loc;
};

/* A completion seen: the reason of its fact, the function that makes the call and the DDI. */
struct completion_site {
    const struct ps_why *why;
    const char *func, *ddi;
};

struct rq_run {
    struct vec not_pending, never_completed, twice; /* const struct rule_def *, in id order */
    const struct dm_func *root;                     /* the root being analyzed */
    const struct sap_request *req;                  /* the request of the root being analyzed, or NULL */
    long long pending;                              /* NDIS_STATUS_PENDING */
    struct vec returns;                             /* struct pending_return */
    struct vec sites;                               /* struct completion_site */
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
    vec_init(&r->twice, sizeof(const struct rule_def *));
    vec_init(&r->returns, sizeof(struct pending_return));
    vec_init(&r->sites, sizeof(struct completion_site));
    for (size_t i = 0; i < rule_count(rs, RULE_REQUEST); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_REQUEST, i);
        struct vec *v = d->u.req.check == REQ_NOT_PENDING ? &r->not_pending
                        : d->u.req.check == REQ_TWICE     ? &r->twice
                                                          : &r->never_completed;
        *(const struct rule_def **)vec_push(v) = d;
    }
    if (!rule_status_value(rs, "NDIS_STATUS_PENDING", &r->pending))
        r->pending = 0x103;
    return r;
}

static const struct rule_def *def_at(const struct vec *v, size_t i)
{
    return *(const struct rule_def **)vec_at(v, i);
}

/* The index of `ddi` among the completion DDIs of `q`, or -1. */
static int completion_index(const struct sap_request *q, const char *ddi)
{
    for (int k = 0; k < q->nddis; k++)
        if (strcmp(q->ddis[k], ddi) == 0)
            return k;
    return -1;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)data;
    const struct rules *rs = ps_driver(e)->rules;
    for (size_t q = 0; q < rs->requests.len; q++)
        if (completion_index(vec_at(&rs->requests, q), ddi) >= 0)
            return true;
    return false;
}

static bool has_role(const struct dm_func *f, const char *role)
{
    for (size_t i = 0; f && i < f->roles.len; i++)
        if (strcmp(((const struct dm_role *)vec_at(&f->roles, i))->role, role) == 0)
            return true;
    return false;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    struct rq_run *r = data;
    const struct rules *rs = ps_driver(e)->rules;
    r->root = root;
    r->req = NULL;
    for (size_t i = 0; i < root->roles.len && !r->req; i++) {
        const struct dm_role *ro = vec_at(&root->roles, i);
        for (size_t q = 0; q < rs->requests.len; q++) {
            const struct sap_request *sq = vec_at(&rs->requests, q);
            if (strcmp(sq->role, ro->role) == 0)
                r->req = sq;
        }
    }
    /* never_completed needs every pending return of a handler, whether or not it reaches a
       completion; the other checks need only the roots that do (acts_on) */
    for (size_t i = 0; r->req && i < r->never_completed.len; i++)
        if (strcmp(def_at(&r->never_completed, i)->u.req.table, r->req->table) == 0)
            return true;
    return false;
}

/* The place of the root handler's own request in `s` ("" for a table without identity), or NULL
 * when the handler has no such parameter. */
static const char *own_place(struct rq_run *r, struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s)
{
    if (r->req->param < 0)
        return "";
    while (fr->parent)
        fr = fr->parent;
    if (r->req->param >= fr->f->nparams || !fr->f->params[r->req->param])
        return NULL;
    return ps_path(e, fr, s, fr->f->params[r->req->param]);
}

/* The rules that report a second completion of request row `q` at a place of the root: `own` (the
 * handler's own request) the not_pending rules of its table; else the twice rules whose roles the
 * root has, or, when it has none of them, the twice rules without roles. Pushes them into `out`. */
static void reporters(struct rq_run *r, const struct sap_request *q, bool own, struct vec *out)
{
    if (own) {
        for (size_t i = 0; i < r->not_pending.len; i++)
            if (strcmp(def_at(&r->not_pending, i)->u.req.table, q->table) == 0)
                *(const struct rule_def **)vec_push(out) = def_at(&r->not_pending, i);
        return;
    }
    for (int pass = 0; pass < 2 && out->len == 0; pass++)
        for (size_t i = 0; i < r->twice.len; i++) {
            const struct rule_def *d = def_at(&r->twice, i);
            if (strcmp(d->u.req.table, q->table) != 0 || (pass == 0) != (d->u.req.roles.n > 0))
                continue;
            bool match = pass == 1;
            for (int k = 0; !match && k < d->u.req.roles.n; k++)
                match = has_role(r->root, d->u.req.roles.name[k]);
            if (match)
                *(const struct rule_def **)vec_push(out) = d;
        }
}

static bool same_loc(struct ir_loc a, struct ir_loc b)
{
    return a.line == b.line && a.col == b.col &&
           (a.file == b.file || (a.file && b.file && strcmp(a.file, b.file) == 0));
}

/* A completion of request row `q` (its DDI index `k`) at `call`. */
static void completion(struct rq_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                       const struct ir_event *call, const char *ddi, const struct sap_request *q, int k)
{
    const char *place = "";
    bool own = true;
    if (q->param >= 0) {
        int a = q->ddi_arg[k];
        if (a >= call->nargs || call->args[a].kind != IR_V_PATH || !call->args[a].text)
            return; /* not a place: no identity */
        place = ps_path(e, fr, s, call->args[a].text);
        if (!place || strchr(place, '['))
            return; /* an indexed place names another request when its index changes */
        const char *mine = r->req == q ? own_place(r, e, fr, s) : NULL;
        own = mine && strcmp(mine, place) == 0;
    } else if (r->req != q) {
        return; /* a SAP request is followed in its handler only */
    }
    struct vec who;
    vec_init(&who, sizeof(const struct rule_def *));
    reporters(r, q, own, &who);
    struct ps_fact *done = ps_fact_find(s, &completed_key, place);
    for (size_t i = 0; done && i < who.len; i++) {
        const struct rule_def *d = def_at(&who, i);
        if (!d->enabled)
            continue;
        bool loop = done->why && same_loc(done->why->loc, call->loc);
        const char *msg = rule_fill(ps_arena(e), loop ? d->u.req.msg_twice_loop : d->u.req.msg_twice, "request",
                                    q->request, "ddi", ddi, NULL);
        struct finding *fd = ps_report(e, d, call->loc, fr, msg);
        if (fd)
            ps_story_notes(e, fd, done->why, fr);
    }
    vec_free(&who);
    const char *what = q->param >= 0 && !own
                           ? arena_printf(ps_arena(e), "%s '%s'", q->request, call->args[q->ddi_arg[k]].text)
                           : q->request;
    done = ps_fact_get(s, &completed_key, place, 0);
    done->state = 1;
    done->why = ps_why_here(e, call->loc, arena_printf(ps_arena(e), "%s completed here by %s", what, ddi), fr);
    struct completion_site *cs = vec_push(&r->sites);
    cs->why = done->why;
    cs->func = fr->f->name;
    cs->ddi = ddi;
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    struct rq_run *r = data;
    const struct rules *rs = ps_driver(e)->rules;
    if (r->not_pending.len == 0 && r->twice.len == 0)
        return;
    for (size_t i = 0; i < rs->requests.len; i++) {
        const struct sap_request *q = vec_at(&rs->requests, i);
        int k = completion_index(q, ddi);
        if (k >= 0)
            completion(r, e, fr, s, call, ddi, q, k);
    }
}

/* The completion whose fact has reason `w`, or NULL. */
static const struct completion_site *site_of(const struct rq_run *r, const struct ps_why *w)
{
    for (size_t i = r->sites.len; i-- > 0;) {
        const struct completion_site *cs = vec_at(&r->sites, i);
        if (cs->why == w)
            return cs;
    }
    return NULL;
}

/* not_pending with "report_at": "completion": rule `d` at the completion of `done`, with the calls
 * that lead to it, where the returned status was written and the return as notes. */
static void report_at_completion(struct rq_run *r, struct ps_engine *e, const struct ps_frame *fr,
                                 const struct pstate *s, const struct ir_event *ret, const struct ps_fact *done,
                                 const struct rule_def *d, const char *status)
{
    const struct completion_site *cs = site_of(r, done->why);
    if (!cs)
        return;
    const char *msg = rule_fill(ps_arena(e), d->u.req.msg_not_pending, "func", fr->f->name, "status", status, "request",
                                r->req->request, "ddi", cs->ddi, NULL);
    struct findings *out = ps_findings(e);
    struct finding *fd = finding_add(out, d->id, d->severity, done->why->loc, cs->func, msg);
    if (!fd)
        return;
    for (const struct ps_why *w = done->why->next; w; w = w->next)
        finding_note(out, fd, w->loc, w->msg);
    if (s->ret.why && !same_loc(s->ret.why->loc, ret->loc)) {
        finding_note(out, fd, s->ret.why->loc, arena_printf(ps_arena(e), "%s is written here", status));
        /* the calls that lead to where it was written, but those the completion's notes name */
        for (const struct ps_why *w = s->ret.why->next; w; w = w->next) {
            bool named = same_loc(w->loc, ret->loc);
            for (const struct ps_why *c = done->why; c && !named; c = c->next)
                named = same_loc(c->loc, w->loc);
            if (!named && w->msg)
                finding_note(out, fd, w->loc, w->msg);
        }
    }
    finding_note(out, fd, ret->loc, arena_printf(ps_arena(e), "'%s' returns %s here", fr->f->name, status));
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    struct rq_run *r = data;
    if (fr->parent || !r->req || ret->rhs.kind == IR_V_NONE)
        return;
    const char *mine = own_place(r, e, fr, s);
    const struct ps_fact *done = mine ? ps_fact_find(s, &completed_key, mine) : NULL;
    if (done && ps_value_isnt(&s->ret, r->pending)) {
        /* the completion DDI, as named in the note of the completion */
        const char *cddi = "?";
        for (int i = 0; i < r->req->nddis; i++)
            if (done->why && strstr(done->why->msg, r->req->ddis[i]))
                cddi = r->req->ddis[i];
        const char *status = ps_status_text(e, &s->ret, r->pending);
        for (size_t i = 0; i < r->not_pending.len; i++) {
            const struct rule_def *d = def_at(&r->not_pending, i);
            if (!d->enabled || strcmp(d->u.req.table, r->req->table) != 0)
                continue;
            if (d->u.req.at_completion) {
                report_at_completion(r, e, fr, s, ret, done, d, status);
                continue;
            }
            const char *msg = rule_fill(ps_arena(e), d->u.req.msg_not_pending, "func", fr->f->name, "status", status,
                                        "request", r->req->request, "ddi", cddi, NULL);
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
        if (strcmp(q->table, d->u.req.table) != 0)
            continue;
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
    vec_free(&r->twice);
    vec_free(&r->returns);
    vec_free(&r->sites);
    free(r);
}

static const struct ps_hooks hooks = {
    .begin = begin, .acts_on = acts_on, .on_root = on_root, .on_ddi = on_ddi, .on_return = on_return, .end = end};

const struct check check_request = {.path = &hooks};

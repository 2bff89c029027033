/*
 * nm_core.c - the runtime model's engine: objects and generation-checked handles, the
 * simulated IRQL, handler invocation at documented entry IRQLs, the verifier, the trace
 * and the deterministic scheduler.
 *
 * Verifier: every DDI implementation calls nm_ddi_begin (IRQL rule from
 * facts/ddi-irql.tsv under the name spelled at the call site; CallManager_Role),
 * nm_ddi_check (typestate "use" of a handle in its invalid state, call_status checks, stale
 * handles) and nm_ddi_end (typestate transitions, which take effect when the DDI returns).
 * Request rules (facts/sap-requests.tsv) are tracked by nm_request_*.
 * Scheduler: pending work (timers, work items, DPCs, interrupts, deferred NDIS callbacks,
 * scenario actions) waits in one queue; at each step nm_choose picks the next event, from
 * a seed or from a forced choice list, so every run is reproducible and --explore can
 * enumerate all orders of a small scenario. "<= DISPATCH_LEVEL" handlers called from the
 * scheduler get their entry IRQL from nm_choose too, so both levels are exercised.
 * Limits: one processor (no true preemption: an interrupt runs between events, never in
 * the middle of a handler); DIRQL is simulated as IRQL 5.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct nm_rules nm_R;
int nm_timer_ticks = 6;
static struct nm_rules preloaded; /* nm_rules_preload: loaded once, shared by later runs */
static char *preloaded_dir;
static int rules_borrowed; /* nm_R is a copy of `preloaded` */

static struct nm_obj *objs;
static int nobjs;
static uint32_t next_gen = 1;

static int cur_irql;
static int cur_driver;
static int depth;
static struct nm_frame *cur_frame;
static int frame_serial;

static struct nm_violation *viols;
static int nviols, capviols;
static const char **trace;
static int ntrace, captrace;
static const char **events; /* labels of the scheduler events run, in order */
static int nevents, capevents;
static const char **checks; /* the scenario's failed checks (nm_check) */
static int nchecks, capchecks;

/* The call sites the call-site header recorded and no DDI has consumed yet, newest last. A site
 * of a function the model does not implement is never consumed: beyond this many, the oldest are
 * dropped (a memory bound; a DDI consumes the innermost site of its own name). */
#define NM_MAX_PENDING_SITES 32
static struct {
    const char *file;
    int line;
    const char *ddi;
} sites[NM_MAX_PENDING_SITES];
static int nsites;

static struct nm_ev *queue;
static int steps, max_steps = 400;

/* choices */
static unsigned long long rng;
static const int *forced;
static int nforced, use_forced;
static int trail_taken[2048], trail_n[2048];
static int ntrail;

/* typestate entries: (driver, handle) per rule */
struct ts_entry {
    int driver;
    NDIS_HANDLE h;
    int rule;
    int invalid;
    const char *note;
};
static struct ts_entry *tse;
static int ntse, captse;

/* requests */
struct req {
    int sap;
    const char *role;
    const struct sap_request *row;
    const char *handler;
    int state;
    int completed_in_handler;
    const char *file;
    int line;
    const char *ddi;
};
static struct req *reqs;
static int nreqs, capreqs;

static void *grow(void *p, int *cap, int need, size_t sz)
{
    if (need <= *cap)
        return p;
    int c = *cap ? *cap * 2 : 64;
    while (c < need)
        c *= 2;
    p = realloc(p, sz * (size_t)c);
    if (!p) {
        fprintf(stderr, "ndis-model: out of memory\n");
        exit(2);
    }
    *cap = c;
    return p;
}

/* ---------------------------------------------------------------- text helpers */

/* IRQL names and requirements: the rule database's vocabulary (checker/ruledb.h). */
const char *nm_irql_name(int irql)
{
    return rule_irql_name(irql);
}

const char *nm_fn_name(void *fnptr, char *buf, size_t n)
{
    Dl_info info;
    if (fnptr && dladdr(fnptr, &info) && info.dli_sname)
        return info.dli_sname;
    snprintf(buf, n, "handler@%p", fnptr);
    return buf;
}

static const char *driver_name(int d)
{
    if (d > 0 && d < nobjs && objs[d].kind == NM_K_DRIVER)
        return objs[d].u.drv.name;
    return "ndis";
}

void nm_trace(const char *fmt, ...)
{
    char buf[768], line[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    snprintf(line, sizeof line, "%-14s %-8s %s", nm_irql_name(cur_irql), driver_name(cur_driver), buf);
    trace = grow(trace, &captrace, ntrace + 1, sizeof *trace);
    trace[ntrace++] = nm_strdup(line);
}

void nm_note(const char *fmt, ...)
{
    char buf[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    nm_trace("-- %s", buf);
}

void nm_violation(const char *rule, int line, const char *file, const char *function, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* The same finding at the same place is reported once per run. */
    for (int i = 0; i < nviols; i++)
        if (!strcmp(viols[i].rule, rule) && viols[i].line == line && !strcmp(viols[i].file, file ? file : "") &&
            !strcmp(viols[i].message, buf))
            return;
    int model_only = !nm_rules_has(&nm_R, rule);
    nm_trace("!! VIOLATION [%s]%s %s (%s:%d)", rule, model_only ? " (model-only)" : "", buf, file ? file : "?", line);
    viols = grow(viols, &capviols, nviols + 1, sizeof *viols);
    viols[nviols++] = (struct nm_violation){.rule = nm_strdup(rule),
                                            .model_only = model_only,
                                            .message = nm_strdup(buf),
                                            .irql = cur_irql,
                                            .file = nm_strdup(file ? file : ""),
                                            .line = line,
                                            .function = nm_strdup(function ? function : ""),
                                            .driver = nm_strdup(driver_name(cur_driver)),
                                            .trace_index = ntrace,
                                            .event_index = nevents};
}

int nm_violation_count(void)
{
    return nviols;
}
const struct nm_violation *nm_violation_at(int i)
{
    return i >= 0 && i < nviols ? &viols[i] : NULL;
}
int nm_trace_count(void)
{
    return ntrace;
}
const char *nm_trace_at(int i)
{
    return i >= 0 && i < ntrace ? trace[i] : NULL;
}
int nm_event_count(void)
{
    return nevents;
}
const char *nm_event_at(int i)
{
    return i >= 0 && i < nevents ? events[i] : NULL;
}
int nm_choice_count(void)
{
    return ntrail;
}
void nm_choice_at(int i, int *taken, int *options)
{
    *taken = trail_taken[i];
    *options = trail_n[i];
}

/* ---------------------------------------------------------------- objects and handles */

#define NM_HANDLE_MAGIC 0x4E4D000000000000ULL

int nm_obj_new(enum nm_kind k)
{
    if (nobjs == 0)
        nobjs = 1; /* id 0 means "none" */
    if (nobjs >= NM_MAX_OBJ) {
        fprintf(stderr, "ndis-model: more than %d NDIS objects in one run\n", NM_MAX_OBJ);
        exit(2);
    }
    int id = nobjs++;
    memset(&objs[id], 0, sizeof objs[id]);
    objs[id].kind = k;
    objs[id].gen = next_gen++ & 0xFFFFFF;
    return id;
}

struct nm_obj *nm_obj(int id)
{
    return id > 0 && id < nobjs ? &objs[id] : NULL;
}

void nm_obj_free(int id)
{
    if (id > 0 && id < nobjs && objs[id].kind != NM_K_FREE) {
        objs[id].was = objs[id].kind;
        objs[id].kind = NM_K_FREE;
    }
}

int nm_obj_count(void)
{
    return nobjs;
}

NDIS_HANDLE nm_handle(int id)
{
    if (id <= 0)
        return NULL;
    uint64_t v = NM_HANDLE_MAGIC | ((uint64_t)objs[id].gen << 16) | (uint64_t)id;
    return (NDIS_HANDLE)(uintptr_t)v;
}

static int handle_bits(NDIS_HANDLE h, int *id, uint32_t *gen)
{
    uint64_t v = (uint64_t)(uintptr_t)h;
    if ((v & 0xFFFF000000000000ULL) != NM_HANDLE_MAGIC)
        return 0;
    *id = (int)(v & 0xFFFF);
    *gen = (uint32_t)((v >> 16) & 0xFFFFFF);
    return 1;
}

enum nm_kind nm_handle_was(NDIS_HANDLE h)
{
    int id;
    uint32_t gen;
    if (!handle_bits(h, &id, &gen) || id <= 0 || id >= nobjs || objs[id].gen != gen || objs[id].kind != NM_K_FREE)
        return NM_K_FREE;
    return objs[id].was;
}

void nm_obj_origin(int id, const struct nm_call *c, NDIS_HANDLE ndis_handle)
{
    struct nm_obj *o = nm_obj(id);
    if (!o)
        return;
    o->org.driver = cur_driver;
    o->org.adapter = nm_adapter_of(ndis_handle);
    struct nm_obj *a = nm_obj(o->org.adapter);
    o->org.in_init = a && a->u.ad.state == NM_AS_INITIALIZING;
    o->org.ddi = c ? c->spelled : "";
    o->org.file = c ? c->file : "";
    o->org.line = c ? c->line : 0;
}

int nm_resolve(NDIS_HANDLE h, enum nm_kind k)
{
    int id;
    uint32_t gen;
    if (!handle_bits(h, &id, &gen) || id <= 0 || id >= nobjs)
        return 0;
    if (objs[id].gen != gen || objs[id].kind != k)
        return 0;
    return id;
}

/* ---------------------------------------------------------------- IRQL and invocation */

int nm_current_driver(void)
{
    return cur_driver;
}
int nm_current_irql(void)
{
    return cur_irql;
}
void nm_set_irql(int irql)
{
    cur_irql = irql;
}
const struct nm_frame *nm_current_frame(void)
{
    return cur_frame;
}
int nm_in_role(const char *role)
{
    for (const struct nm_frame *f = cur_frame; f; f = f->up)
        if (f->role && !strcmp(f->role, role))
            return 1;
    return 0;
}

static void ts_track(int driver, NDIS_HANDLE h, int rule, int invalid, const char *note)
{
    for (int i = 0; i < ntse; i++)
        if (tse[i].driver == driver && tse[i].h == h && tse[i].rule == rule) {
            tse[i].invalid = invalid;
            tse[i].note = note;
            return;
        }
    tse = grow(tse, &captse, ntse + 1, sizeof *tse);
    tse[ntse++] = (struct ts_entry){driver, h, rule, invalid, note};
}

static int next_at_highest; /* nm_invoke_next_at_highest: the next handler enters at its role's highest IRQL */

void nm_invoke_next_at_highest(void)
{
    next_at_highest = 1;
}

void nm_invoke_begin(struct nm_frame *f, int driver, const char *role, const char *handler, const NDIS_HANDLE *params,
                     int nparams)
{
    const struct role_fact *row = nm_rules_role(&nm_R, role);
    int lo = row ? row->entry.lo : 0, hi = row ? row->entry.hi : 0, entry;
    f->driver = cur_driver;
    f->irql = cur_irql;
    f->role = role;
    f->handler = nm_strdup(handler);
    f->serial = ++frame_serial;
    f->up = cur_frame;
    f->in_driver = driver;
    f->nparams = nparams < 4 ? (nparams < 0 ? 0 : nparams) : 4;
    for (int i = 0; i < f->nparams; i++)
        f->params[i] = params[i];
    int highest = next_at_highest;
    next_at_highest = 0;
    if (lo >= 3)
        lo = hi = NM_DIRQL;
    if (highest && hi >= 3)
        lo = hi; /* MINIPORT_SHUTDOWN on a bug check: HIGH_LEVEL */
    if (hi >= 3)
        hi = lo; /* MINIPORT_SHUTDOWN: run it at its lowest level unless asked otherwise */
    if (depth > 0 && !highest) {
        entry = (cur_irql >= lo && cur_irql <= hi) ? cur_irql : lo;
    } else if (lo != hi) {
        char what[200];
        snprintf(what, sizeof what, "entry IRQL of %s", handler);
        entry = nm_choose(2, what) ? hi : lo;
    } else {
        entry = lo;
    }
    cur_irql = entry;
    cur_driver = driver;
    cur_frame = f;
    depth++;
    f->entry = entry;
    nm_trace("-> %s [%s]", handler, role);
    for (int r = 0; r < (int)rule_count(&nm_R.db, RULE_TYPESTATE); r++) {
        const struct rule_typestate *ts = &rule_nth(&nm_R.db, RULE_TYPESTATE, (size_t)r)->u.ts;
        for (int c = 0; c < ts->ncreate; c++) {
            const struct rule_ts_create *cr = &ts->create[c];
            if (cr->role && !strcmp(cr->role, role) && cr->param >= 0 && cr->param < nparams && params[cr->param])
                ts_track(driver, params[cr->param], r, 0, NULL);
        }
    }
}

void nm_invoke_end(struct nm_frame *f)
{
    nm_locks_frame_exit(f);
    if (cur_irql != f->entry)
        nm_trace("   (returned at %s, entered at %s)", nm_irql_name(cur_irql), nm_irql_name(f->entry));
    cur_irql = f->irql;
    cur_driver = f->driver;
    cur_frame = f->up;
    depth--;
}

/* ---------------------------------------------------------------- call sites and the verifier */

void nm_site_push(const char *file, int line, const char *ddi)
{
    if (nsites == NM_MAX_PENDING_SITES) { /* drop the oldest (never consumed) site */
        memmove(sites, sites + 1, sizeof sites[0] * (NM_MAX_PENDING_SITES - 1));
        nsites--;
    }
    sites[nsites].file = file;
    sites[nsites].line = line;
    sites[nsites].ddi = ddi;
    nsites++;
}

/* Does the name spelled at a call site denote the function fn? */
static int spelled_matches(const char *spelled, const char *fn)
{
    if (!strcmp(spelled, fn))
        return 1;
    if (!strncmp(spelled, "NdisMCm", 7) && !strncmp(fn, "NdisCm", 6) && !strcmp(spelled + 7, fn + 6))
        return 1;
    if (!strcmp(spelled, "NDIS_RAISE_IRQL_TO_DISPATCH") && !strcmp(fn, "KfRaiseIrql"))
        return 1;
    if (!strcmp(spelled, "NdisMCmOidRequestComplete") && !strcmp(fn, "NdisCoOidRequestComplete"))
        return 1;
    if (!strcmp(spelled, "NdisMCmRequestComplete") && !strcmp(fn, "NdisCoRequestComplete"))
        return 1;
    return 0;
}

/* The DDI calls in progress, innermost last (a DDI's callback may call DDIs); each heap-allocated
 * once and reused, so that a call stays where it is while deeper calls come and go. */
static struct nm_call **callstack;
static int ncalls, capcalls;

static int driver_is_mcm(int d)
{
    struct nm_obj *o = nm_obj(d);
    return o && o->kind == NM_K_DRIVER && o->u.drv.type == NM_DRV_MINIPORT && o->u.drv.has_cm;
}

static const char *driver_kind_text(int d)
{
    struct nm_obj *o = nm_obj(d);
    if (!o || o->kind != NM_K_DRIVER)
        return "not a driver";
    if (o->u.drv.type == NM_DRV_MINIPORT)
        return o->u.drv.has_cm ? "a miniport call manager" : "a miniport driver";
    if (o->u.drv.has_cm)
        return "a stand-alone call manager";
    if (o->u.drv.has_cl)
        return "a CoNDIS client";
    return "a protocol driver";
}

static int driver_kind_known(int d)
{
    struct nm_obj *o = nm_obj(d);
    return o && o->kind == NM_K_DRIVER && o->u.drv.type != NM_DRV_UNKNOWN;
}

/* The call_context rules (rules/defs, kind "call_context") of DDI call c: a DDI of a rule called
 * while a handler of one of its forbidden roles runs in the calling driver (the handler itself or a
 * driver function it calls: every invocation of that driver on the stack counts), or, for an
 * "allow_roles" rule, while none of its roles does. A handler of the rule's "unless_null" role whose
 * named parameter is NULL does not count. A DDI a scenario action calls (no handler running) is not
 * judged. Pages: devtest/ndis-ndismmapiospace, ndis-ndismfreesharedmemory,
 * ndis-ndismnetpnpeventinoidrequest, ndis-flags-irql, ndis-ndisreenumerateprotocolbindings. */
static void call_context_check(const struct nm_call *c, const char *fn)
{
    const struct nm_frame *top = NULL;
    for (const struct nm_frame *f = cur_frame; f && !top; f = f->up)
        if (f->in_driver == c->driver)
            top = f;
    if (!top)
        return;
    for (size_t r = 0; r < rule_count(&nm_R.db, RULE_CALL_CONTEXT); r++) {
        const struct rule_def *d = rule_nth(&nm_R.db, RULE_CALL_CONTEXT, r);
        const struct rule_call_context *q = &d->u.cc;
        if (!rule_names_has(&q->ddis, c->spelled) && !rule_names_has(&q->ddis, fn))
            continue;
        const struct nm_frame *hit = NULL;
        for (const struct nm_frame *f = top; f && !hit; f = f->up) {
            if (f->in_driver != c->driver || !f->role || !rule_names_has(&q->roles, f->role))
                continue;
            if (q->null_role && !strcmp(q->null_role, f->role) && q->null_param >= 0 && q->null_param < f->nparams &&
                !f->params[q->null_param])
                continue;
            hit = f;
        }
        const struct nm_frame *at = q->allow ? (hit ? NULL : top) : hit;
        if (at)
            nm_violation(d->id, c->line, c->file, NULL, "%s",
                         rule_fill(nm_run_arena(), q->message, "ddi", c->spelled, "role", at->role ? at->role : "",
                                   "func", at->handler ? at->handler : "", NULL));
    }
}

struct nm_call *nm_ddi_begin_q(const char *fn, int quiet)
{
    if (ncalls == capcalls) {
        int old = capcalls;
        callstack = grow(callstack, &capcalls, ncalls + 1, sizeof *callstack);
        for (int i = old; i < capcalls; i++)
            if (!(callstack[i] = calloc(1, sizeof **callstack))) {
                fprintf(stderr, "ndis-model: out of memory\n");
                exit(2);
            }
    }
    struct nm_call *c = callstack[ncalls++];
    struct nm_call_handle *h = c->h; /* the argument arrays are kept for reuse */
    struct nm_call_status *st = c->st;
    int cap_h = c->cap_h, cap_st = c->cap_st;
    memset(c, 0, sizeof *c);
    c->h = h;
    c->st = st;
    c->cap_h = cap_h;
    c->cap_st = cap_st;
    c->fn = fn;
    c->spelled = fn;
    c->file = "";
    /* The innermost pending site of this DDI; sites above it were pushed by DDIs that
       record no call (memory, strings) and are dropped. */
    for (int k = nsites - 1; k >= 0; k--)
        if (spelled_matches(sites[k].ddi, fn)) {
            c->spelled = sites[k].ddi;
            c->file = sites[k].file;
            c->line = sites[k].line;
            nsites = k;
            break;
        }
    c->driver = cur_driver;
    c->irql = cur_irql;
    if (!quiet)
        nm_trace("%s()  %s:%d", c->spelled, c->file, c->line);

    const struct ddi_fact *row = nm_rules_irql(&nm_R, c->spelled);
    if (!row)
        row = nm_rules_irql(&nm_R, fn);
    if (row && (cur_irql < row->req.lo || cur_irql > row->req.hi)) {
        char req[64];
        rule_irql_range_text(row->req, req, sizeof req);
        nm_violation(row->rule, c->line, c->file, NULL, "'%s' is called at %s, but it requires %s", c->spelled,
                     nm_irql_name(cur_irql), req);
    }

    call_context_check(c, fn);

    for (size_t r = 0; r < rule_count(&nm_R.db, RULE_DRIVER_ROLE) && driver_kind_known(c->driver); r++) {
        const struct rule_def *d = rule_nth(&nm_R.db, RULE_DRIVER_ROLE, r);
        const struct rule_driver_role *q = &d->u.role;
        size_t pl = strlen(q->mcm_prefix);
        int is_mcm = driver_is_mcm(c->driver);
        if (pl && !strncmp(c->spelled, q->mcm_prefix, pl) && !is_mcm && objs[c->driver].u.drv.type != NM_DRV_MINIPORT)
            nm_violation(
                d->id, c->line, c->file, NULL, "%s",
                rule_fill(nm_run_arena(), q->msg_mcm, "ddi", c->spelled, "kind", driver_kind_text(c->driver), NULL));
        for (int i = 0; i < q->cm_only.n && is_mcm; i++)
            if (!strcmp(q->cm_only.name[i], c->spelled)) {
                char mform[128];
                snprintf(mform, sizeof mform, "NdisMCm%s", c->spelled + 6);
                nm_violation(d->id, c->line, c->file, NULL, "%s",
                             rule_fill(nm_run_arena(), q->msg_cm, "ddi", c->spelled, "mcm_form", mform, NULL));
            }
    }
    return c;
}

struct nm_call *nm_ddi_begin(const char *fn)
{
    return nm_ddi_begin_q(fn, 0);
}

void nm_arg_handle(struct nm_call *c, int idx, NDIS_HANDLE h, const char *param)
{
    c->h = grow(c->h, &c->cap_h, c->nh + 1, sizeof *c->h);
    c->h[c->nh].idx = idx;
    c->h[c->nh].h = h;
    c->h[c->nh].param = param;
    c->nh++;
}

void nm_arg_status(struct nm_call *c, int idx, NDIS_STATUS st)
{
    c->st = grow(c->st, &c->cap_st, c->nst + 1, sizeof *c->st);
    c->st[c->nst].idx = idx;
    c->st[c->nst].st = st;
    c->nst++;
}

static int call_status_arg(const struct nm_call *c, int idx, NDIS_STATUS *st)
{
    for (int i = 0; i < c->nst; i++)
        if (c->st[i].idx == idx) {
            *st = c->st[i].st;
            return 1;
        }
    return 0;
}

static int name_in(const char *name, const char *const *list, int n)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(list[i], name))
            return 1;
    return 0;
}

void nm_ddi_check(struct nm_call *c)
{
    char b1[32];
    for (int i = 0; i < c->nh; i++) {
        NDIS_HANDLE h = c->h[i].h;
        int reported = 0;
        for (int k = 0; k < ntse; k++)
            if (tse[k].driver == c->driver && tse[k].h == h && tse[k].invalid && h) {
                const struct rule_def *t = rule_nth(&nm_R.db, RULE_TYPESTATE, (size_t)tse[k].rule);
                nm_violation(
                    t->id, c->line, c->file, NULL, "%s",
                    rule_fill(nm_run_arena(), t->u.ts.error_msg, "path", c->h[i].param, "ddi", c->spelled, NULL));
                if (tse[k].note)
                    nm_trace("   note: %s", tse[k].note);
                reported = 1;
            }
        int id;
        uint32_t gen;
        if (!reported && h && handle_bits(h, &id, &gen) && id > 0 && id < nobjs &&
            (objs[id].gen != gen || objs[id].kind == NM_K_FREE))
            nm_violation("NdisModel_StaleHandle", c->line, c->file, NULL,
                         "'%s' is given a stale NDIS handle as '%s' (the object it named is gone)", c->spelled,
                         c->h[i].param);
    }
    for (size_t r = 0; r < rule_count(&nm_R.db, RULE_CALL_STATUS); r++) {
        const struct rule_def *d = rule_nth(&nm_R.db, RULE_CALL_STATUS, r);
        for (int k = 0; k < d->u.cs.nchecks; k++) {
            const struct rule_status_check *ck = &d->u.cs.checks[k];
            NDIS_STATUS st, want = (NDIS_STATUS)ck->status_val;
            if (!rule_names_has(&ck->ddis, c->spelled) || !call_status_arg(c, ck->arg, &st))
                continue;
            const char *sname = nm_rules_status_name(&nm_R, st, b1, sizeof b1);
            if (ck->forbid ? st == want : st != want)
                nm_violation(d->id, c->line, c->file, NULL, "%s",
                             rule_fill(nm_run_arena(), ck->message, "ddi", c->spelled, "status", sname, NULL));
        }
    }
}

void nm_arg_out(struct nm_call *c, int idx, NDIS_HANDLE h)
{
    for (int r = 0; r < (int)rule_count(&nm_R.db, RULE_TYPESTATE); r++) {
        const struct rule_typestate *ts = &rule_nth(&nm_R.db, RULE_TYPESTATE, (size_t)r)->u.ts;
        for (int k = 0; k < ts->ncreate; k++) {
            const struct rule_ts_create *cr = &ts->create[k];
            if (cr->ddi && cr->out_arg == idx && (!strcmp(cr->ddi, c->spelled) || !strcmp(cr->ddi, c->fn)))
                ts_track(c->driver, h, r, 0, NULL);
        }
    }
}

void nm_ddi_end(struct nm_call *c)
{
    char b1[32];
    for (int r = 0; r < (int)rule_count(&nm_R.db, RULE_TYPESTATE); r++) {
        const struct rule_typestate *ts = &rule_nth(&nm_R.db, RULE_TYPESTATE, (size_t)r)->u.ts;
        for (int k = 0; k < ts->ntrans; k++) {
            const struct rule_ts_trans *tr = &ts->trans[k];
            if (!rule_names_has(&tr->ddis, c->spelled))
                continue;
            NDIS_HANDLE h = NULL;
            int found = 0;
            for (int i = 0; i < c->nh; i++)
                if (c->h[i].idx == tr->arg) {
                    h = c->h[i].h;
                    found = 1;
                }
            if (!found || !h)
                continue;
            NDIS_STATUS st, ok = (NDIS_STATUS)tr->status_val;
            const char *sname = "";
            if (tr->status_arg >= 0) {
                if (!call_status_arg(c, tr->status_arg, &st) || st == ok)
                    continue;
                sname = nm_rules_status_name(&nm_R, st, b1, sizeof b1);
            }
            char where[64];
            snprintf(where, sizeof where, "%d", c->line);
            const char *note = rule_fill(nm_run_arena(), tr->note, "ddi", c->spelled, "status", sname, NULL);
            ts_track(c->driver, h, r, 1,
                     rule_fill(nm_run_arena(), "{n} ({f}:{l})", "n", note, "f", c->file, "l", where, NULL));
        }
    }
    if (ncalls > 0)
        ncalls--;
}

/* ---------------------------------------------------------------- requests */

void nm_request_begin(int sap, const char *role, const char *handler, void *fnptr)
{
    (void)fnptr;
    const struct sap_request *row = rule_request_of_role(&nm_R.db, role);
    if (!row)
        return;
    reqs = grow(reqs, &capreqs, nreqs + 1, sizeof *reqs);
    reqs[nreqs++] = (struct req){sap, role, row, nm_strdup(handler), 0, 0, "", 0, ""};
}

void nm_request_returned(int sap, const char *role, NDIS_STATUS st)
{
    char b[32];
    for (int i = nreqs - 1; i >= 0; i--) {
        struct req *q = &reqs[i];
        if (q->sap != sap || strcmp(q->role, role) || q->state != 0)
            continue;
        if (q->completed_in_handler) {
            for (size_t r = 0; r < rule_count(&nm_R.db, RULE_REQUEST) && st != NDIS_STATUS_PENDING; r++) {
                const struct rule_def *rr = rule_nth(&nm_R.db, RULE_REQUEST, r);
                if (rr->u.req.check == REQ_NOT_PENDING && strcmp(rr->u.req.table, q->row->table) == 0)
                    nm_violation(rr->id, q->line, q->file, q->handler, "%s",
                                 rule_fill(nm_run_arena(), rr->u.req.msg_not_pending, "func", q->handler, "status",
                                           nm_rules_status_name(&nm_R, st, b, sizeof b), "request", q->row->request,
                                           "ddi", q->ddi, NULL));
            }
            q->state = 2;
        } else {
            q->state = (st == NDIS_STATUS_PENDING) ? 1 : 2;
        }
        return;
    }
}

void nm_request_complete(int sap, const char *ddi_spelled, const char *file, int line)
{
    for (int i = nreqs - 1; i >= 0; i--) {
        struct req *q = &reqs[i];
        if (q->sap != sap || !name_in(ddi_spelled, q->row->ddis, q->row->nddis))
            continue;
        if (q->state == 0 && !q->completed_in_handler) {
            q->completed_in_handler = 1;
        } else if (q->state == 1) {
            q->state = 2;
        } else {
            for (size_t r = 0; r < rule_count(&nm_R.db, RULE_REQUEST); r++) {
                const struct rule_def *rr = rule_nth(&nm_R.db, RULE_REQUEST, r);
                if (rr->u.req.check == REQ_NOT_PENDING && strcmp(rr->u.req.table, q->row->table) == 0)
                    nm_violation(rr->id, line, file, q->handler, "%s",
                                 rule_fill(nm_run_arena(), rr->u.req.msg_twice, "request", q->row->request, "ddi",
                                           ddi_spelled, NULL));
            }
            return;
        }
        q->file = file;
        q->line = line;
        q->ddi = ddi_spelled;
        return;
    }
}

/* ---------------------------------------------------------------- choices and scheduler */

int nm_choose(int n, const char *what)
{
    int k = 0;
    if (n <= 1)
        return 0;
    if (use_forced) {
        k = ntrail < nforced ? forced[ntrail] : 0;
        if (k >= n)
            k = n - 1;
    } else {
        rng ^= rng >> 12;
        rng ^= rng << 25;
        rng ^= rng >> 27;
        k = (int)(((rng * 2685821657736338717ULL) >> 33) % (unsigned long long)n);
    }
    if (ntrail < 2048) {
        trail_taken[ntrail] = k;
        trail_n[ntrail] = n;
    }
    ntrail++;
    nm_trace("   choice %d: %d of %d (%s)", ntrail - 1, k, n, what);
    return k;
}

struct nm_ev *nm_queue(const char *what, nm_ev_fn fn, int obj)
{
    struct nm_ev *e = calloc(1, sizeof *e), **p = &queue;
    if (!e)
        exit(2);
    e->what = what;
    e->fn = fn;
    e->obj = obj;
    while (*p)
        p = &(*p)->next;
    *p = e;
    return e;
}

int nm_unqueue(nm_ev_fn fn, int obj)
{
    for (struct nm_ev **p = &queue; *p; p = &(*p)->next)
        if ((*p)->fn == fn && (*p)->obj == obj) {
            struct nm_ev *e = *p;
            *p = e->next;
            free(e);
            return 1;
        }
    return 0;
}

static int queued(nm_ev_fn fn, int obj)
{
    for (struct nm_ev *e = queue; e; e = e->next)
        if (e->fn == fn && e->obj == obj)
            return 1;
    return 0;
}

void nm_ev_interrupt(struct nm_ev *e);

static void poll_devices(void)
{
    for (int id = 1; id < nobjs; id++) {
        struct nm_obj *o = &objs[id];
        if (o->kind != NM_K_ADAPTER || !o->u.ad.irq_pending || !o->u.ad.interrupt || o->u.ad.halted)
            continue;
        if (!queued(nm_ev_interrupt, o->u.ad.interrupt) && o->u.ad.irq_pending(o->u.ad.context))
            nm_queue("interrupt", nm_ev_interrupt, o->u.ad.interrupt);
    }
}

static int step_once(void)
{
    poll_devices();
    int n = 0;
    for (struct nm_ev *e = queue; e; e = e->next)
        n++;
    if (n == 0 || steps >= max_steps)
        return 0;
    int k = nm_choose(n, "next event");
    struct nm_ev **p = &queue;
    while (k-- > 0)
        p = &(*p)->next;
    struct nm_ev *e = *p;
    *p = e->next;
    steps++;
    int saved = depth;
    struct nm_frame *saved_frame = cur_frame;
    depth = 0;
    cur_frame = NULL;
    nm_trace("== event: %s", e->what);
    events = grow(events, &capevents, nevents + 1, sizeof *events);
    events[nevents++] = e->what;
    e->fn(e);
    depth = saved;
    cur_frame = saved_frame;
    free(e);
    return 1;
}

void nm_run_until_idle(void)
{
    while (step_once())
        ;
    if (steps >= max_steps)
        nm_trace("== step bound (%d) reached", max_steps);
}

int nm_run_until(int (*done)(void *ctx), void *ctx)
{
    int irql = cur_irql, drv = cur_driver;
    while (!done(ctx) && step_once())
        ;
    cur_irql = irql;
    cur_driver = drv;
    return done(ctx);
}

void nm_check(int cond, const char *fmt, ...)
{
    char buf[768];
    va_list ap;
    if (cond)
        return;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    nm_trace("!! CHECK FAILED: %s", buf);
    checks = grow(checks, &capchecks, nchecks + 1, sizeof *checks);
    checks[nchecks++] = nm_strdup(buf);
}

int nm_check_failures(void)
{
    return nchecks;
}

const char *nm_check_failure_at(int i)
{
    return i >= 0 && i < nchecks ? checks[i] : NULL;
}

void nm_set_timer_ticks(int ticks)
{
    if (ticks > 0)
        nm_timer_ticks = ticks;
}

void nm_run_nested_until(PNDIS_EVENT ev)
{
    int irql = cur_irql, drv = cur_driver;
    while (!ev->Event.Header.SignalState && step_once())
        ;
    cur_irql = irql;
    cur_driver = drv;
}

static void ev_action(struct nm_ev *e)
{
    void (*fn)(void *) = (void (*)(void *))(uintptr_t)e->p2;
    fn(e->p1);
}

void nm_queue_action(const char *label, void (*fn)(void *ctx), void *ctx)
{
    struct nm_ev *e = nm_queue(nm_strdup(label), ev_action, 0);
    e->p1 = ctx;
    e->p2 = (void *)(uintptr_t)fn;
}

/* ---------------------------------------------------------------- run lifecycle */

#ifndef NM_DEFAULT_RULES_DIR
#define NM_DEFAULT_RULES_DIR "rules"
#endif

int nm_begin(const struct nm_run_options *opt)
{
    const char *dir = opt && opt->rules_dir ? opt->rules_dir : getenv("NDIS_MODEL_RULES");
    if (!dir)
        dir = NM_DEFAULT_RULES_DIR;
    objs = calloc(NM_MAX_OBJ, sizeof *objs);
    if (!objs)
        return -1;
    nobjs = 1;
    cur_irql = 0;
    cur_driver = 0;
    depth = 0;
    cur_frame = NULL;
    frame_serial = 0;
    nsites = 0;
    steps = 0;
    ntrail = 0;
    rng = (opt ? opt->seed : 0) * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL;
    forced = opt ? opt->choices : NULL;
    nforced = opt ? opt->nchoices : 0;
    use_forced = opt ? opt->use_choices : 0;
    nm_timer_ticks = opt && opt->timer_ticks > 0 ? opt->timer_ticks : 6;
    max_steps = opt && opt->max_steps > 0 ? opt->max_steps : 400;
    if (preloaded_dir && !strcmp(preloaded_dir, dir)) {
        nm_R = preloaded; /* read-only for the run; nm_free leaves it to nm_rules_preload's owner */
        rules_borrowed = 1;
        return 0;
    }
    rules_borrowed = 0;
    if (nm_rules_load(&nm_R, dir))
        return -1;
    return 0;
}

int nm_rules_preload(const char *rules_dir)
{
    const char *dir = rules_dir ? rules_dir : getenv("NDIS_MODEL_RULES");
    if (!dir)
        dir = NM_DEFAULT_RULES_DIR;
    if (preloaded_dir && !strcmp(preloaded_dir, dir))
        return 0;
    if (nm_rules_load(&preloaded, dir))
        return -1;
    preloaded_dir = strdup(dir);
    return preloaded_dir ? 0 : -1;
}

int nm_end(void)
{
    nm_miniport_end();
    nm_filter_end();
    while (queue) {
        struct nm_ev *e = queue;
        queue = e->next;
        nm_trace("== left in the queue at the end: %s", e->what);
        free(e);
    }
    cur_driver = 0;
    cur_irql = 0;
    for (size_t r = 0; r < rule_count(&nm_R.db, RULE_REQUEST); r++) {
        const struct rule_def *rr = rule_nth(&nm_R.db, RULE_REQUEST, r);
        if (rr->u.req.check != REQ_NEVER_COMPLETED)
            continue;
        for (int i = 0; i < nreqs; i++)
            if (reqs[i].state == 1 && strcmp(rr->u.req.table, reqs[i].row->table) == 0) {
                const char *ddis = "";
                for (int k = 0; k < reqs[i].row->nddis; k++)
                    ddis = arena_printf(nm_run_arena(), "%s%s'%s'", ddis, k ? " or " : "", reqs[i].row->ddis[k]);
                nm_violation(rr->id, 0, "", reqs[i].handler, "%s",
                             rule_fill(nm_run_arena(), rr->u.req.msg_never_completed, "func", reqs[i].handler, "ddis",
                                       ddis, "request", reqs[i].row->request, NULL));
            }
    }
    return nviols;
}

void nm_free(void)
{
    while (queue) {
        struct nm_ev *e = queue;
        queue = e->next;
        free(e);
    }
    free(objs);
    objs = NULL;
    nobjs = 0;
    free(viols);
    viols = NULL;
    nviols = capviols = 0;
    free(trace);
    trace = NULL;
    ntrace = captrace = 0;
    free(events);
    events = NULL;
    nevents = capevents = 0;
    free(checks);
    checks = NULL;
    nchecks = capchecks = 0;
    free(tse);
    tse = NULL;
    ntse = captse = 0;
    free(reqs);
    reqs = NULL;
    nreqs = capreqs = 0;
    for (int i = 0; i < capcalls; i++) {
        free(callstack[i]->h);
        free(callstack[i]->st);
        free(callstack[i]);
    }
    free(callstack);
    callstack = NULL;
    ncalls = capcalls = 0;
    nm_locks_reset();
    nm_os_reset();
    nm_miniport_reset_run();
    nm_filter_reset_run();
    if (rules_borrowed)
        memset(&nm_R, 0, sizeof nm_R);
    else
        nm_rules_free(&nm_R);
    rules_borrowed = 0;
    nm_arena_free();
}

/* ---------------------------------------------------------------- kernel DPCs */

static void ev_kdpc(struct nm_ev *e)
{
    PKDPC dpc = e->p1;
    struct nm_frame f;
    char b[64];
    const char *name = nm_fn_name((void *)(uintptr_t)dpc->DeferredRoutine, b, sizeof b);
    dpc->DpcData = NULL;
    nm_invoke_begin(&f, (int)(intptr_t)e->p2, "KDEFERRED_ROUTINE", name, NULL, 0);
    dpc->DeferredRoutine(dpc, dpc->DeferredContext, dpc->SystemArgument1, dpc->SystemArgument2);
    nm_invoke_end(&f);
}

VOID NTAPI KeInitializeDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine, PVOID DeferredContext)
{
    memset(Dpc, 0, sizeof *Dpc);
    Dpc->DeferredRoutine = DeferredRoutine;
    Dpc->DeferredContext = DeferredContext;
}

BOOLEAN NTAPI KeInsertQueueDpc(PRKDPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2)
{
    if (Dpc->DpcData)
        return FALSE;
    Dpc->SystemArgument1 = SystemArgument1;
    Dpc->SystemArgument2 = SystemArgument2;
    Dpc->DpcData = Dpc;
    struct nm_ev *e = nm_queue("DPC", ev_kdpc, 0);
    e->p1 = Dpc;
    e->p2 = (void *)(intptr_t)cur_driver;
    return TRUE;
}

BOOLEAN NTAPI KeRemoveQueueDpc(PRKDPC Dpc)
{
    for (struct nm_ev **p = &queue; *p; p = &(*p)->next)
        if ((*p)->fn == ev_kdpc && (*p)->p1 == Dpc) {
            struct nm_ev *e = *p;
            *p = e->next;
            free(e);
            Dpc->DpcData = NULL;
            return TRUE;
        }
    return FALSE;
}

/* check_call_status.c — kind "call_status": an NDIS_STATUS argument a DDI must not take
 * ("forbid") or must take ("require"), e.g. SapComplete_Status: NdisMCmRegisterSapComplete is
 * never given NDIS_STATUS_PENDING (nf-ndis-ndismcmregistersapcomplete). On the path-sensitive
 * state engine: a call is reported when the status argument is known on the path (a constant, a
 * variable assigned one, a branch that compared it) to break the check; for `c ? X : Y` either
 * constant is enough. A status the path does not know is not reported.
 */
#include "checks.h"

#include <stdlib.h>

/* One check of one rule. */
struct cs_check {
    const struct rule_def *def;
    const struct rule_status_check *c;
};

struct cs_run {
    struct vec checks; /* struct cs_check, of every call_status rule, in id order */
};

static void *begin(struct ps_engine *e)
{
    const struct rules *rs = ps_driver(e)->rules;
    if (rule_count(rs, RULE_CALL_STATUS) == 0)
        return NULL;
    struct cs_run *r = calloc(1, sizeof(*r));
    if (!r)
        abort();
    vec_init(&r->checks, sizeof(struct cs_check));
    for (size_t i = 0; i < rule_count(rs, RULE_CALL_STATUS); i++) {
        const struct rule_def *d = rule_nth(rs, RULE_CALL_STATUS, i);
        for (int k = 0; k < d->u.cs.nchecks; k++) {
            struct cs_check *c = vec_push(&r->checks);
            c->def = d;
            c->c = &d->u.cs.checks[k];
        }
    }
    return r;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)e;
    struct cs_run *r = data;
    for (size_t i = 0; i < r->checks.len; i++)
        if (rule_names_has(&((struct cs_check *)vec_at(&r->checks, i))->c->ddis, ddi))
            return true;
    return false;
}

/* True if value `v` breaks check `c`. */
static bool breaks(const struct rule_status_check *c, const struct ps_value *v)
{
    return c->forbid ? ps_value_is(v, c->status_val) : ps_value_isnt(v, c->status_val);
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    struct cs_run *r = data;
    for (size_t i = 0; i < r->checks.len; i++) {
        const struct cs_check *ck = vec_at(&r->checks, i);
        const struct rule_status_check *c = ck->c;
        if (!ck->def->enabled || !rule_names_has(&c->ddis, ddi) || c->arg >= call->nargs)
            continue;
        const struct ir_val *arg = &call->args[c->arg];
        struct ps_value v = ps_value_of(e, fr, s, arg);
        bool bad = breaks(c, &v);
        if (!bad && arg->kind == IR_V_CONST && arg->has_alt) {
            /* `c ? x : y`: one of the two constants is enough */
            struct ps_value alt = v;
            alt.value = ps_s32(arg->alt);
            if (breaks(c, &alt)) {
                bad = true;
                v = alt;
            }
        }
        if (!bad)
            continue;
        const char *msg =
            rule_fill(ps_arena(e), c->message, "ddi", ddi, "status", ps_status_text(e, &v, c->status_val), NULL);
        struct finding *fd = ps_report(e, ck->def, call->loc, fr, msg);
        if (fd)
            ps_story_notes(e, fd, NULL, fr);
    }
}

static void end(void *data, struct ps_engine *e)
{
    (void)e;
    struct cs_run *r = data;
    vec_free(&r->checks);
    free(r);
}

static const struct ps_hooks hooks = {.begin = begin, .acts_on = acts_on, .on_ddi = on_ddi, .end = end};

static int run(struct check_ctx *cx)
{
    ps_add(cx->path, &hooks);
    return 0;
}

const struct check check_call_status = {run, NULL};

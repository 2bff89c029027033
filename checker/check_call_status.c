/* check_call_status.c — kind "call_status": an NDIS_STATUS argument a DDI must not take
 * ("forbid") or must take ("require"), e.g. SapComplete_Status: NdisMCmRegisterSapComplete is
 * never given NDIS_STATUS_PENDING (nf-ndis-ndismcmregistersapcomplete). On the path-sensitive
 * state engine: a call is reported when the status argument is known on the path (a constant, a
 * variable assigned one, a branch that compared it) to break the check; for `c ? X : Y` either
 * constant is enough. A status the path does not know is not reported.
 */
#include "checks.h"

/* The run data of the kind is the rule database (begin() returns it when it has call_status
 * rules); the checks are those of every call_status rule, in id order. */

static void *begin(struct ps_engine *e)
{
    struct rules *rs = ps_driver(e)->rules;
    return rule_count(rs, RULE_CALL_STATUS) ? rs : NULL;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)e;
    const struct rules *rs = data;
    for (size_t i = 0; i < rule_count(rs, RULE_CALL_STATUS); i++) {
        const struct rule_call_status *cs = &rule_nth(rs, RULE_CALL_STATUS, i)->u.cs;
        for (int k = 0; k < cs->nchecks; k++)
            if (rule_names_has(&cs->checks[k].ddis, ddi))
                return true;
    }
    return false;
}

/* True if value `v` breaks check `c`. */
static bool breaks(const struct rule_status_check *c, const struct ps_value *v)
{
    return c->forbid ? ps_value_is(v, c->status_val) : ps_value_isnt(v, c->status_val);
}

/* Check `c` of rule `def` at `call`. */
static void check(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *call,
                  const char *ddi, const struct rule_def *def, const struct rule_status_check *c)
{
    if (!rule_names_has(&c->ddis, ddi) || c->arg >= call->nargs)
        return;
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
        return;
    const char *msg =
        rule_fill(ps_arena(e), c->message, "ddi", ddi, "status", ps_status_text(e, &v, c->status_val), NULL);
    struct finding *fd = ps_report(e, def, call->loc, fr, msg);
    if (fd)
        ps_story_notes(e, fd, NULL, fr);
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    const struct rules *rs = data;
    for (size_t i = 0; i < rule_count(rs, RULE_CALL_STATUS); i++) {
        const struct rule_def *def = rule_nth(rs, RULE_CALL_STATUS, i);
        for (int k = 0; def->enabled && k < def->u.cs.nchecks; k++)
            check(e, fr, s, call, ddi, def, &def->u.cs.checks[k]);
    }
}

static const struct ps_hooks hooks = {.begin = begin, .acts_on = acts_on, .on_ddi = on_ddi};

const struct check check_call_status = {.path = &hooks};

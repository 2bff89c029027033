/* check_call_argument.c — kind "call_argument": an argument of a DDI must not have a given value
 * ("forbid_equal", e.g. NdisAllocateMemoryWithTagPriority: Tag is never 0) or must not exceed one
 * ("forbid_above", e.g. NdisStallExecution_Delay: at most 50 microseconds). On the path-sensitive
 * state engine, like call_status: a call is reported when the argument's value is known on the
 * path — a constant (also through a macro or an enumerator), a local assigned one, a branch that
 * compared it, a parameter a caller passed one in — and breaks the check; for `c ? X : Y` either
 * constant is enough. A value the path does not know is not reported. Values are compared as the
 * unsigned 32-bit numbers the DDIs' ULONG parameters hold.
 */
#include "checks.h"

#include <stdint.h>

static void *begin(struct ps_engine *e)
{
    struct rules *rs = ps_driver(e)->rules;
    return rule_count(rs, RULE_CALL_ARGUMENT) ? rs : NULL;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)e;
    const struct rules *rs = data;
    for (size_t i = 0; i < rule_count(rs, RULE_CALL_ARGUMENT); i++)
        if (rule_names_has(&rule_nth(rs, RULE_CALL_ARGUMENT, i)->u.ca.ddis, ddi))
            return true;
    return false;
}

/* The argument's value as the DDI's ULONG parameter holds it. */
static unsigned long long as_ulong(long long v)
{
    return (unsigned long long)(uint32_t)(unsigned long long)v;
}

/* True if known value `v` breaks rule `q`. */
static bool breaks(const struct rule_call_argument *q, long long v)
{
    return q->above ? as_ulong(v) > as_ulong(q->limit) : as_ulong(v) == as_ulong(q->limit);
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    const struct rules *rs = data;
    for (size_t i = 0; i < rule_count(rs, RULE_CALL_ARGUMENT); i++) {
        const struct rule_def *def = rule_nth(rs, RULE_CALL_ARGUMENT, i);
        const struct rule_call_argument *q = &def->u.ca;
        if (!def->enabled || !rule_names_has(&q->ddis, ddi) || q->arg >= call->nargs)
            continue;
        const struct ir_val *arg = &call->args[q->arg];
        struct ps_value v = ps_value_of(e, fr, s, arg);
        long long bad_value;
        if (v.known && breaks(q, v.value))
            bad_value = v.value;
        else if (arg->kind == IR_V_CONST && arg->has_alt && breaks(q, arg->alt))
            bad_value = arg->alt; /* `c ? x : y`: one of the two constants is enough */
        else
            continue;
        struct arena *a = ps_arena(e);
        const char *msg = rule_fill(a, q->message, "ddi", ddi, "value", arena_printf(a, "%llu", as_ulong(bad_value)),
                                    "limit", arena_printf(a, "%llu", as_ulong(q->limit)), NULL);
        /* at the argument when the call spans lines (the value is what is wrong) */
        struct finding *fd = ps_report(e, def, call->argloc ? call->argloc[q->arg] : call->loc, fr, msg);
        if (fd)
            ps_story_notes(e, fd, NULL, fr);
    }
}

static const struct ps_hooks hooks = {.begin = begin, .acts_on = acts_on, .on_ddi = on_ddi};

const struct check check_call_argument = {.path = &hooks};

/* check_typestate.c — kind "typestate": a handle (SAP handle, protocol handle) that becomes
 * invalid after a DDI call; passing it to any DDI afterwards is the error
 * (SapHandle_InvalidAfterComplete: "consider NdisSapHandle invalid" once
 * NdisMCmDeregisterSapComplete returns, nf-ndis-ndismcmderegistersapcomplete;
 * ProtocolHandle_InvalidAfterDeregister, nf-ndis-ndisderegisterprotocoldriver).
 *
 * On the path-sensitive state engine (pathstate.h), one fact per rule and handle place: VALID or
 * INVALID (both after a merge of paths that disagree). A DDI of a "create" entry gives the place
 * its out argument points to a new, valid handle; a transition's DDI makes the handle in its
 * argument invalid — when the transition has "when_status", only where the status argument is
 * not the given status: a status the path does not know splits the path (the status is that
 * status on one side, the handle invalid on the other). A handle passed to any DDI while invalid
 * is reported, with the notes of where it became invalid and through which calls. One element of
 * an array of handles (`a[i]`) is not followed.
 */
#include "checks.h"

#include <string.h>

/* The states of a handle fact (bits of ps_fact.state). */
enum { TS_VALID = 1, TS_INVALID = 2 };

/* The run data of the kind is the rule database (begin() returns it when it has typestate rules). */

static size_t nrules(const struct rules *rs)
{
    return rule_count(rs, RULE_TYPESTATE);
}

static const struct rule_def *rule_at(const struct rules *rs, size_t i)
{
    return rule_nth(rs, RULE_TYPESTATE, i);
}

static void *begin(struct ps_engine *e)
{
    struct rules *rs = ps_driver(e)->rules;
    return nrules(rs) ? rs : NULL;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)e;
    const struct rules *rs = data;
    for (size_t i = 0; i < nrules(rs); i++) {
        const struct rule_typestate *ts = &rule_at(rs, i)->u.ts;
        for (int k = 0; k < ts->ntrans; k++)
            if (rule_names_has(&ts->trans[k].ddis, ddi))
                return true;
        for (int c = 0; c < ts->ncreate; c++)
            if (ts->create[c].ddi && strcmp(ts->create[c].ddi, ddi) == 0)
                return true;
    }
    return false;
}

/* Reports every argument of `call` that is a handle some enabled rule knows to be invalid. */
static void check_use(const struct rules *rs, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *call, const char *ddi)
{
    for (size_t i = 0; i < nrules(rs); i++) {
        const struct rule_def *def = rule_at(rs, i);
        if (!def->enabled)
            continue;
        for (int a = 0; a < call->nargs; a++) {
            if (call->args[a].kind != IR_V_PATH || !call->args[a].text)
                continue;
            const struct ps_fact *h = ps_fact_find(s, def, ps_path(e, fr, s, call->args[a].text));
            if (!h || !(h->state & TS_INVALID))
                continue;
            const char *msg = rule_fill(ps_arena(e), def->u.ts.error_msg, "path", call->args[a].text, "ddi", ddi, NULL);
            struct finding *fd = ps_report(e, def, call->loc, fr, msg);
            if (fd)
                ps_story_notes(e, fd, h->why, fr);
        }
    }
}

/* Transition `tr` of rule `def` at `call`, on the handle at place `p`. */
static void transition(struct ps_engine *e, const struct ps_frame *fr, struct pstate *s, const struct ir_event *call,
                       const char *ddi, const struct rule_def *def, const struct rule_ts_trans *tr, const char *p,
                       struct ps_set *extra)
{
    struct arena *a = ps_arena(e);
    if (tr->status_arg < 0 || tr->status_arg >= call->nargs) {
        struct ps_fact *h = ps_fact_get(s, def, p, TS_VALID);
        h->state = TS_INVALID;
        h->why = ps_why_here(e, call->loc, rule_fill(a, tr->note, "ddi", ddi, NULL), fr);
        return;
    }
    ps_fact_get(s, def, p, TS_VALID);
    const struct ir_val *sa = &call->args[tr->status_arg];
    struct ps_value sv = ps_value_of(e, fr, s, sa);
    if (ps_value_is(&sv, tr->status_val))
        return; /* succeeded: the handle stays valid */
    bool must_fail = ps_value_isnt(&sv, tr->status_val);
    struct pstate *failed = must_fail ? s : ps_dup(s);
    struct ps_fact *h = ps_fact_get(failed, def, p, TS_VALID);
    h->state = TS_INVALID;
    h->why = ps_why_here(
        e, call->loc, rule_fill(a, tr->note, "ddi", ddi, "status", ps_status_text(e, &sv, tr->status_val), NULL), fr);
    if (must_fail)
        return;
    if (sa->kind == IR_V_PATH && sa->text) {
        const char *sp = ps_path(e, fr, s, sa->text);
        ps_value_exclude(ps_value_at(failed, sp), tr->status_val);
        struct ps_value *ok = ps_value_at(s, sp);
        memset(ok, 0, sizeof(*ok));
        ok->path = sp;
        ok->known = true;
        ok->value = tr->status_val;
    }
    ps_set_add(extra, failed);
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    const struct rules *rs = data;
    /* creations: the place the out argument points to holds a new handle */
    for (size_t i = 0; i < nrules(rs); i++) {
        const struct rule_def *def = rule_at(rs, i);
        if (!def->enabled)
            continue;
        for (int c = 0; c < def->u.ts.ncreate; c++) {
            const struct rule_ts_create *cr = &def->u.ts.create[c];
            if (!cr->ddi || strcmp(cr->ddi, ddi) != 0 || cr->out_arg >= call->nargs ||
                call->args[cr->out_arg].kind != IR_V_PATH)
                continue;
            const char *out = call->args[cr->out_arg].text;
            if (out[0] != '&')
                continue;
            const char *place = ps_place(e, fr, s, out + 1);
            ps_kill_place(s, place);
            ps_fact_get(s, def, place, TS_VALID);
        }
    }
    /* transitions; the handle is used by the call first (a second completion is a use) */
    bool used = false;
    for (size_t i = 0; i < nrules(rs); i++) {
        const struct rule_def *def = rule_at(rs, i);
        if (!def->enabled)
            continue;
        for (int k = 0; k < def->u.ts.ntrans; k++) {
            const struct rule_ts_trans *tr = &def->u.ts.trans[k];
            if (!rule_names_has(&tr->ddis, ddi) || tr->arg >= call->nargs || call->args[tr->arg].kind != IR_V_PATH)
                continue;
            used = true;
            check_use(rs, e, fr, s, call, ddi);
            const char *p = ps_path(e, fr, s, call->args[tr->arg].text);
            if (strstr(p, "[]"))
                continue; /* one element of an array of handles: not one object */
            transition(e, fr, s, call, ddi, def, tr, p, extra);
        }
    }
    if (!used)
        check_use(rs, e, fr, s, call, ddi);
}

static const struct ps_hooks hooks = {.begin = begin, .acts_on = acts_on, .on_ddi = on_ddi};

const struct check check_typestate = {.path = &hooks};

/* check_driver_role.c — kind "driver_role": DDIs only a miniport call manager calls (NdisMCm*,
 * as spelled at the call site) outside one, and DDIs only a stand-alone call manager calls
 * (NdisCm*, listed in the definition) inside one (CallManager_Role; the NdisMCm* pages say "only
 * miniport call managers call it"). It reads the driver model alone: the kind of driver
 * (model.h: an MCM, a stand-alone call manager, a CoNDIS client, ...) and every direct call; it
 * stays silent while the kind is unknown. Each finding notes the registration call that told the
 * kind.
 */
#include "checks.h"

#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

/* "an MCM miniport", "a stand-alone call manager", ... for messages. */
static void kind_text(unsigned k, char *buf, size_t n)
{
    if (k & DK_CALL_MANAGER)
        snprintf(buf, n, "a stand-alone call manager");
    else if (k & DK_CLIENT)
        snprintf(buf, n, "a CoNDIS client");
    else {
        char kt[200];
        dm_kind_text(k, kt, sizeof(kt));
        bool an = strncmp(kt, "NDIS", 4) == 0 || strncmp(kt, "MCM", 3) == 0;
        snprintf(buf, n, "%s %s", an ? "an" : "a", kt);
    }
}

/* The message of rule `def` for a call spelled `spelled` in a driver of kind `k`, or NULL. */
static const char *message(struct arena *a, const struct rule_def *def, unsigned k, const char *kind,
                           const char *spelled)
{
    const struct rule_driver_role *q = &def->u.role;
    if (!(k & DK_MCM) && q->mcm_only && q->msg_mcm && fnmatch(q->mcm_only, spelled, 0) == 0)
        return rule_fill(a, q->msg_mcm, "ddi", spelled, "kind", kind, NULL);
    if ((k & DK_MCM) && q->msg_cm && rule_names_has(&q->cm_only, spelled))
        return rule_fill(a, q->msg_cm, "ddi", spelled, "mcm_form", arena_printf(a, "NdisM%s", spelled + 4), NULL);
    return NULL;
}

/* One rule over the calls of one function (for ir_each_call). */
struct role_scan {
    struct dm_driver *d;
    struct findings *fs;
    struct arena *a;
    const struct rule_def *def;
    const char *kind; /* the driver's kind, for messages */
    const struct ir_func *f;
};

static bool scan_call(void *ctx, const struct ir_event *call)
{
    struct role_scan *rs = ctx;
    const char *spelled = call->macro ? call->macro : call->callee;
    const char *msg = spelled ? message(rs->a, rs->def, rs->d->kind, rs->kind, spelled) : NULL;
    if (!msg)
        return false;
    struct finding *fd = finding_add(rs->fs, rs->def->id, rs->def->severity, call->loc, rs->f->name, msg);
    if (fd && rs->d->kind_ddi)
        finding_note(rs->fs, fd, rs->d->kind_loc,
                     arena_printf(rs->a, "the driver's kind is known from this call to %s", rs->d->kind_ddi));
    return false;
}

static void check_rule(struct dm_driver *d, struct findings *fs, struct arena *a, const struct rule_def *def)
{
    if (!def->enabled || !d->kind)
        return; /* silent until the kind of driver is known */
    char kind[256];
    kind_text(d->kind, kind, sizeof(kind));
    struct role_scan rs = {d, fs, a, def, kind, NULL};
    for (int i = 0; i < d->nfuncs; i++) {
        rs.f = d->funcs[i].ir;
        ir_each_call(rs.f, scan_call, &rs);
    }
}

static int run(struct check_ctx *cx)
{
    struct arena a = {0};
    for (size_t r = 0; r < rule_count(cx->d->rules, RULE_DRIVER_ROLE); r++)
        check_rule(cx->d, cx->fs, &a, rule_nth(cx->d->rules, RULE_DRIVER_ROLE, r));
    arena_free(&a);
    return 0;
}

const struct check check_driver_role = {.run = run};

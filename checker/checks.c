/* checks.c — the table of checks generated from checks.def, and the loop over it (checks.h). */
#include "checks.h"
#include "irql.h"

#include <stdlib.h>
#include <string.h>

#define CHECK(e, name, ident) extern const struct check check_##ident;
#include "checks.def"
#undef CHECK

const struct check *const checks[RULE_KIND_COUNT] = {
#define CHECK(e, name, ident) [e] = &check_##ident,
#include "checks.def"
#undef CHECK
};

int checks_run(struct dm_driver *d, struct findings *fs, FILE *const *dump)
{
    struct check_ctx cx;
    memset(&cx, 0, sizeof(cx));
    cx.d = d;
    cx.fs = fs;
    vec_init(&cx.irql_calls, sizeof(struct irql_call));
    /* the DDIs whose IRQL a lifecycle rule reads at each call */
    size_t nl = rule_count(d->rules, RULE_LIFECYCLE), n = 0;
    cx.irql_ddis = calloc(nl * 4 + 1, sizeof(char *));
    if (!cx.irql_ddis)
        abort();
    for (size_t i = 0; i < nl; i++) {
        const struct rule_def *rd = rule_nth(d->rules, RULE_LIFECYCLE, i);
        for (int k = 0; rd->enabled && (rd->u.lc.checks & LC_CANCEL_PASSIVE) && k < rd->u.lc.dereg.n && k < 4; k++)
            cx.irql_ddis[n++] = rd->u.lc.dereg.name[k];
    }
    struct ps_engine *path = ps_new(d, fs);
    int rc = 0;
    for (int k = 0; k < RULE_KIND_COUNT; k++) {
        const struct check *c = checks[k];
        FILE *out = dump ? dump[k] : NULL;
        int r = out && c->dump ? c->dump(&cx, out) : c->run ? c->run(&cx) : 0;
        if (r > rc)
            rc = r;
        if (c->path)
            ps_add(path, c->path);
    }
    ps_run(path);
    ps_free(path);
    free(cx.irql_ddis);
    vec_free(&cx.irql_calls);
    arena_free(&cx.arena);
    return rc;
}

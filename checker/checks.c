/* checks.c — the table of checks generated from checks.def, and the loop over it (checks.h). */
#include "checks.h"

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
    struct check_ctx cx = {d, fs};
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
    return rc;
}

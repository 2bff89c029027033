/* api.c — ddicheck as a library (see api.h): the command line's pipeline behind one call, for the
 * compiler wrapper and the clang plugin.
 *
 * The analyses run here in the order main.c runs them. A new analysis is added at the one place
 * marked "analyses" below, exactly as in main.c. Inline suppressions (suppress.h) apply; the
 * configuration file (.ddicheck.json, config.h), baselines and severity overrides do not.
 */
#include "api.h"
#include "config.h"
#include "fileio.h"

#include "frontend.h"
#include "irql.h"
#include "model.h"
#include "report.h"
#include "rules.h"
#include "suppress.h"
#include "typestate.h"

#include <fnmatch.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DDICHECK_SOURCE_DIR
#define DDICHECK_SOURCE_DIR "."
#endif

void ddc_options_init(struct ddc_options *o)
{
    memset(o, 0, sizeof(*o));
    vec_init(&o->enable, sizeof(char *));
    vec_init(&o->disable, sizeof(char *));
}

static void free_strings(struct vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        free(*(char **)vec_at(v, i));
    vec_free(v);
}

void ddc_options_free(struct ddc_options *o)
{
    free_strings(&o->enable);
    free_strings(&o->disable);
}

/* Appends each non-empty comma-separated item of `list` to `v` as a heap copy. */
static void push_patterns(struct vec *v, const char *list)
{
    const char *s = list;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n) {
            char *p = strndup(s, n);
            if (!p)
                abort();
            *(char **)vec_push(v) = p;
        }
        s += n;
        if (*s == ',')
            s++;
    }
}

int ddc_options_parse(struct ddc_options *o, const char *arg)
{
    if (strncmp(arg, "--enable=", 9) == 0)
        push_patterns(&o->enable, arg + 9);
    else if (strncmp(arg, "--disable=", 10) == 0)
        push_patterns(&o->disable, arg + 10);
    else if (strncmp(arg, "--rules-dir=", 12) == 0 && arg[12])
        o->rules_dir = arg + 12;
    else
        return -1;
    return 0;
}

static bool has_rules(const char *dir)
{
    char p[PATH_MAX];
    struct stat st;
    snprintf(p, sizeof(p), "%s/rules/defs", dir);
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *ddc_data_dir(const char *binary, char *buf, size_t n)
{
    const char *env = getenv("DDICHECK_DATA_DIR");
    if (env && has_rules(env)) {
        snprintf(buf, n, "%s", env);
        return buf;
    }
    char exe[PATH_MAX];
    if (binary)
        snprintf(exe, sizeof(exe), "%s", binary);
    else {
        ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
        exe[len > 0 ? len : 0] = 0;
    }
    if (exe[0]) {
        snprintf(buf, n, "%s/../share/ddicheck", dirname(exe));
        if (has_rules(buf))
            return buf;
    }
    snprintf(buf, n, "%s", DDICHECK_SOURCE_DIR);
    return buf;
}

bool ddc_has_ndis_include(const char *const *flags, int n, const char *workdir)
{
    static const char *const sep[] = {"-I", "-isystem", "-iquote", "-idirafter", "/I"};
    for (int i = 0; i < n; i++) {
        const char *dir = NULL;
        for (size_t k = 0; k < sizeof(sep) / sizeof(sep[0]) && !dir; k++) {
            size_t len = strlen(sep[k]);
            if (strncmp(flags[i], sep[k], len) != 0)
                continue;
            if (flags[i][len])
                dir = flags[i] + len;
            else if (i + 1 < n)
                dir = flags[i + 1];
        }
        if (!dir)
            continue;
        char p[PATH_MAX];
        struct stat st;
        if (dir[0] != '/' && workdir)
            snprintf(p, sizeof(p), "%s/%s/ndis.h", workdir, dir);
        else
            snprintf(p, sizeof(p), "%s/ndis.h", dir);
        if (stat(p, &st) == 0)
            return true;
    }
    return false;
}

static int set_error(char **err, const char *fmt, const char *arg)
{
    if (err && asprintf(err, fmt, arg) < 0)
        *err = NULL;
    return 2;
}

/* Applies the options' --enable/--disable patterns to `r`. Returns 0, or 2 with *err set. */
static int apply_patterns(const struct ddc_options *o, struct rules *r, char **err)
{
    if (o->enable.len) {
        rule_set_enabled(r, "*", false);
        for (size_t i = 0; i < o->enable.len; i++) {
            const char *pat = *(char **)vec_at(&o->enable, i);
            if (rule_set_enabled(r, pat, true) == 0)
                return set_error(err, "unknown rule '%s' in --enable", pat);
        }
    }
    for (size_t i = 0; i < o->disable.len; i++) {
        const char *pat = *(char **)vec_at(&o->disable, i);
        if (rule_set_enabled(r, pat, false) == 0)
            return set_error(err, "unknown rule '%s' in --disable", pat);
    }
    return 0;
}

/* Applies a configuration's rule settings unless the caller's options name rules themselves. */
static int apply_config(const struct cfg *c, const struct ddc_options *o, struct rules *r, char **err)
{
    if (!o->enable.len && c->enable.len) {
        rule_set_enabled(r, "*", false);
        for (size_t i = 0; i < c->enable.len; i++)
            if (rule_set_enabled(r, *(const char **)vec_at(&c->enable, i), true) == 0)
                return set_error(err, "unknown rule '%s' in the configuration's \"enable\"",
                                 *(const char **)vec_at(&c->enable, i));
    }
    for (size_t i = 0; !o->enable.len && i < c->disable.len; i++)
        if (rule_set_enabled(r, *(const char **)vec_at(&c->disable, i), false) == 0)
            return set_error(err, "unknown rule '%s' in the configuration's \"disable\"",
                             *(const char **)vec_at(&c->disable, i));
    for (size_t i = 0; i < o->disable.len; i++)
        rule_set_enabled(r, *(char **)vec_at(&o->disable, i), false);
    for (size_t i = 0; i < c->severity.len; i++) {
        const struct cfg_severity *sv = vec_at(&c->severity, i);
        for (size_t k = 0; k < r->defs.len; k++) {
            struct rule_def *d = vec_at(&r->defs, k);
            if (fnmatch(sv->pattern, d->id, 0) == 0)
                d->severity = sv->severity;
        }
    }
    return 0;
}

const char **ddc_clang_argv(const char *file, const char *const *base, int nbase, const char *workdir,
                            const char *include_dir, int *n_out)
{
    const char **argv = calloc((size_t)nbase + 8, sizeof(char *));
    if (!argv)
        abort();
    int n = 0;
    bool have_compiler = nbase > 0 && base[0][0] != '-';
    if (!have_compiler)
        argv[n++] = "clang";
    for (int i = 0; i < nbase; i++)
        argv[n++] = base[i];
    if (!ddc_has_ndis_include(base, nbase, workdir)) {
        argv[n++] = "-isystem";
        argv[n++] = include_dir;
    }
    argv[n++] = "-ferror-limit=0";
    argv[n++] = "-w";
    if (!have_compiler)
        argv[n++] = file;
    *n_out = n;
    return argv;
}

int ddc_analyze(const struct ddc_options *o, const char *const *files, int nfiles, const char *const *flags, int nflags,
                const char *workdir, struct ddc_result *res, char **err)
{
    ir_program_init(&res->prog);
    findings_init(&res->findings);
    res->suppressed = 0;
    if (err)
        *err = NULL;

    char data[PATH_MAX], rdir[PATH_MAX + 16], incdir[PATH_MAX + 32];
    if (o->data_dir)
        snprintf(data, sizeof(data), "%s", o->data_dir);
    else
        ddc_data_dir(NULL, data, sizeof(data));
    snprintf(rdir, sizeof(rdir), "%s/rules", data);
    snprintf(incdir, sizeof(incdir), "%s/runtime-model/include", data);

    struct rules rules;
    struct cfg cfg;
    cfg_init(&cfg);
    char *rerr = NULL;
    const char **base = NULL;
    int rc = 0;
    bool cx_started = false;
    if (rule_load(&rules, o->rules_dir ? o->rules_dir : rdir, &rerr) != 0) {
        rc = set_error(err, "%s", rerr ? rerr : "cannot load the rules");
        free(rerr);
        goto done;
    }
    rc = apply_patterns(o, &rules, err);
    if (rc)
        goto done;
    /* the .ddicheck.json of the first source, as the command line reads it */
    char cpath[PATH_MAX];
    if (nfiles > 0 && cfg_find(files[0], cpath, sizeof(cpath))) {
        char *cerr = NULL;
        if (cfg_load(&cfg, cpath, &cerr) != 0) {
            rc = set_error(err, "%s", cerr ? cerr : "cannot read the configuration");
            free(cerr);
            goto done;
        }
        if ((rc = apply_config(&cfg, o, &rules, err)) != 0)
            goto done;
    }
    if (cx_init() != 0) {
        rc = set_error(err, "%s", "cannot initialise libclang");
        goto done;
    }
    cx_started = true;

    /* clang FLAGS [-isystem DEFAULT] -ferror-limit=0 -w FILE, as main.c builds it */
    /* configuration settings first: flags of the compile command win over them */
    base = calloc((size_t)nflags + cfg.includes.len + cfg.defines.len + 4, sizeof(char *));
    if (!base)
        abort();
    int nb = 0;
    for (size_t i = 0; i < cfg.includes.len; i++)
        base[nb++] = *(const char **)vec_at(&cfg.includes, i);
    for (size_t i = 0; i < cfg.defines.len; i++)
        base[nb++] = *(const char **)vec_at(&cfg.defines, i);
    if (!cfg_has_ndis_define(flags, nflags))
        for (int i = 0; i < cfg.nndis_flags; i++)
            base[nb++] = cfg.ndis_flags[i];
    for (int i = 0; i < nflags; i++)
        base[nb++] = flags[i];
    for (int f = 0; f < nfiles; f++) {
        /* a regular file that can be read: a FIFO would block the parse, a device feed it forever */
        char path[PATH_MAX], msg[512];
        snprintf(path, sizeof(path), "%s%s%s", workdir && files[f][0] != '/' ? workdir : "",
                 workdir && files[f][0] != '/' ? "/" : "", files[f]);
        if (fio_check_source(path, NULL, msg, sizeof(msg)) != 0) {
            struct ir_diag *d = vec_push(&res->prog.diags);
            d->loc.file = ir_intern(&res->prog, files[f]);
            d->message = arena_strdup(&res->prog.arena, msg);
            d->fatal = true;
            rc = 2;
            continue;
        }
        int n = 0;
        const char **argv = ddc_clang_argv(files[f], base, nb, workdir, incdir, &n);
        int r = cx_parse_file(&res->prog, files[f], argv, n, workdir);
        free(argv);
        if (r > rc)
            rc = r;
    }

    struct dm_driver drv;
    dm_build(&drv, &res->prog, &rules);
    drv.partial = true; /* one compile is one part of the driver */
    /* analyses: each appends its rules' findings, in main.c's order */
    irql_run(&drv, &res->findings, NULL);
    if (ts_run(&drv, &res->findings) != 0)
        rc = set_error(err, "%s", "a rule definition is malformed");
    dm_free(&drv);
    findings_sort(&res->findings);
    struct vec suppressed;
    vec_init(&suppressed, sizeof(struct rpt_suppressed));
    res->suppressed = supp_apply(&res->findings, &suppressed);
    supp_free(&suppressed);

done:
    if (cx_started)
        cx_fini();
    free(base);
    rule_free(&rules); /* rule_load() initialises `rules` even when it fails */
    cfg_free(&cfg);
    return rc;
}

void ddc_result_free(struct ddc_result *res)
{
    findings_free(&res->findings);
    ir_program_free(&res->prog);
}

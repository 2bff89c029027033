/* api.c — the pipeline under every front end (see api.h): the command line (main.c), the compiler
 * wrapper and the clang plugin all call ddc_run().
 *
 * Stages, in order: rules and their settings, the compile database, each source's configuration
 * and clang command line, parallel parsing, the driver model, the analyses (each appends its
 * findings; a new analysis is added at the one place marked "analyses" below), sorting, severity
 * overrides, inline suppressions (suppress.h). Baselines, --verify and reports are the callers'.
 */
#include "api.h"
#include "config.h"
#include "fileio.h"

#include "frontend.h"
#include "irql.h"
#include "jsontext.h"
#include "model.h"
#include "report.h"
#include "rules.h"
#include "sal.h"
#include "suppress.h"
#include "typestate.h"

#include <fnmatch.h>
#include <json-c/json.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
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

/* Stores `msg` (heap-allocated, or NULL for `fallback`) as the run's error of kind `kind`.
 * Returns 2. */
static int fail(struct ddc_result *res, char **err, enum ddc_err_kind kind, char *msg, const char *fallback)
{
    if (!msg && !(msg = strdup(fallback)))
        abort();
    res->err_kind = kind;
    if (err)
        *err = msg;
    else
        free(msg);
    return 2;
}

/* fail() with a message formatted from `fmt`. */
static int failf(struct ddc_result *res, char **err, enum ddc_err_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int failf(struct ddc_result *res, char **err, enum ddc_err_kind kind, const char *fmt, ...)
{
    char *msg = NULL;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    return fail(res, err, kind, msg, fmt);
}

/* Queues one parse; `argv` is freed by run_jobs(). */
static void add_job(struct vec *jobs, const char *file, const char **argv, int argc, const char *workdir)
{
    struct cx_job *j = vec_push(jobs);
    j->file = file;
    j->argv = argv;
    j->argc = argc;
    j->workdir = workdir;
}

/* Frees the jobs left in the queue (an error stopped the run before parsing) and the flag arrays
 * their command lines borrow from. */
static void drop_jobs(struct vec *jobs, struct vec *flag_arrays)
{
    for (size_t i = 0; i < jobs->len; i++)
        free((void *)((struct cx_job *)vec_at(jobs, i))->argv);
    vec_free(jobs);
    for (size_t i = 0; i < flag_arrays->len; i++)
        free(*(void **)vec_at(flag_arrays, i));
    vec_free(flag_arrays);
}

/* Parses every queued file, in parallel on `threads` threads (<= 0: $DDICHECK_JOBS, else the
 * machine's cores). */
static int run_jobs(struct ir_program *prog, struct vec *jobs, long threads)
{
    if (threads <= 0) {
        threads = sysconf(_SC_NPROCESSORS_ONLN);
        const char *env = getenv("DDICHECK_JOBS");
        if (env && atoi(env) > 0)
            threads = atoi(env);
    }
    int worst = cx_parse_jobs(prog, jobs->data, (int)jobs->len, threads > 0 ? (int)threads : 1);
    for (size_t i = 0; i < jobs->len; i++)
        free((void *)((struct cx_job *)vec_at(jobs, i))->argv);
    vec_free(jobs);
    return worst;
}

static void dump_model(FILE *out, const struct dm_driver *d)
{
    char kind[256];
    dm_kind_text(d->kind, kind, sizeof(kind));
    fprintf(out, "driver kind: %s\n", kind);
    for (int i = 0; i < d->nfuncs; i++) {
        const struct dm_func *f = &d->funcs[i];
        fprintf(out, "function %s callers=%d", f->ir->name, f->ncallers);
        for (size_t r = 0; r < f->roles.len; r++) {
            const struct dm_role *ro = vec_at(&f->roles, r);
            fprintf(out, " role=%s@%u", ro->role, ro->loc.line);
        }
        fputc('\n', out);
    }
}

/* The configurations read so far (struct cfg *, heap-owned), one per .ddicheck.json. */
struct cfg_cache {
    struct vec items;
    struct cfg none; /* "no configuration" */
};

/* The configuration for `source` (NULL: the current directory): the options' config, else the
 * nearest .ddicheck.json, else the empty one. Sets *rc to 2 and *err to the message of a bad file
 * (heap-allocated "FILE[:LINE]: error: ..."). */
static const struct cfg *config_for(struct cfg_cache *cc, const struct ddc_options *o, const char *source, int *rc,
                                    char **err)
{
    char path[PATH_MAX];
    if (o->no_config)
        return &cc->none;
    if (o->config)
        snprintf(path, sizeof(path), "%s", o->config);
    else if (!cfg_find(source ? source : ".", path, sizeof(path)))
        return &cc->none;
    for (size_t i = 0; i < cc->items.len; i++) {
        struct cfg *c = *(struct cfg **)vec_at(&cc->items, i);
        if (strcmp(c->path, path) == 0)
            return c;
    }
    struct cfg *c = malloc(sizeof(*c));
    if (!c)
        abort();
    cfg_init(c);
    if (cfg_load(c, path, err) != 0) {
        cfg_free(c);
        free(c);
        *rc = 2;
        return &cc->none;
    }
    *(struct cfg **)vec_push(&cc->items) = c;
    return c;
}

static void cfg_cache_free(struct cfg_cache *cc)
{
    for (size_t i = 0; i < cc->items.len; i++) {
        struct cfg *c = *(struct cfg **)vec_at(&cc->items, i);
        cfg_free(c);
        free(c);
    }
    vec_free(&cc->items);
    cfg_free(&cc->none);
}

/* The compiler flags for one source, in the order api.h documents: the compiler of the compile
 * command `pre` (when its first word is not a flag), the configuration's defines and NDIS version
 * macros (unless `pre` or `cli` define one), the rest of `pre` (may be empty), `cli`, then the
 * configuration's include directories. Returns a heap array of *n borrowed strings. */
static const char **config_flags(const struct cfg *c, const char *const *pre, int npre, const char *const *cli,
                                 int ncli, int *n)
{
    const char **argv = calloc((size_t)npre + c->defines.len + 3 + (size_t)ncli + c->includes.len + 1, sizeof(char *));
    if (!argv)
        abort();
    int k = 0, p = 0;
    if (npre > 0 && pre[0][0] != '-')
        argv[k++] = pre[p++]; /* the compiler stays argv[0] */
    for (size_t i = 0; i < c->defines.len; i++)
        argv[k++] = *(const char **)vec_at(&c->defines, i);
    if (!cfg_has_ndis_define(pre, npre) && !cfg_has_ndis_define(cli, ncli))
        for (int i = 0; i < c->nndis_flags; i++)
            argv[k++] = c->ndis_flags[i];
    for (; p < npre; p++)
        argv[k++] = pre[p];
    for (int i = 0; i < ncli; i++)
        argv[k++] = cli[i];
    for (size_t i = 0; i < c->includes.len; i++)
        argv[k++] = *(const char **)vec_at(&c->includes, i);
    *n = k;
    return argv;
}

/* Applies the rule settings: the configuration's enable/disable unless the options enable rules,
 * then the options' enable and disable patterns and the configuration's severity overrides.
 * Returns 0, or 2 with the error stored by fail(). */
static int apply_rule_settings(struct rules *rules, const struct ddc_options *o, const struct cfg *c,
                               struct ddc_result *res, char **err)
{
    const struct vec *en = o->enable.len ? &o->enable : &c->enable;
    if (en->len) {
        rule_set_enabled(rules, "*", false);
        for (size_t i = 0; i < en->len; i++) {
            const char *pat = *(const char **)vec_at(en, i);
            if (rule_set_enabled(rules, pat, true) == 0) {
                if (en == &o->enable)
                    return failf(res, err, DDC_ERR_OPTION, "unknown rule '%s' in --enable (see --list-rules)", pat);
                return failf(res, err, DDC_ERR_INPUT, "%s: error: unknown rule '%s' in \"enable\"", c->path, pat);
            }
        }
    }
    for (size_t i = 0; !o->enable.len && i < c->disable.len; i++) {
        const char *pat = *(const char **)vec_at(&c->disable, i);
        if (rule_set_enabled(rules, pat, false) == 0)
            return failf(res, err, DDC_ERR_INPUT, "%s: error: unknown rule '%s' in \"disable\"", c->path, pat);
    }
    for (size_t i = 0; i < o->disable.len; i++) {
        const char *pat = *(const char **)vec_at(&o->disable, i);
        if (rule_set_enabled(rules, pat, false) == 0)
            return failf(res, err, DDC_ERR_OPTION, "unknown rule '%s' in --disable (see --list-rules)", pat);
    }
    for (size_t i = 0; i < c->severity.len; i++) {
        const struct cfg_severity *sv = vec_at(&c->severity, i);
        int n = 0;
        for (size_t r = 0; r < rules->defs.len; r++) {
            struct rule_def *d = vec_at(&rules->defs, r);
            if (fnmatch(sv->pattern, d->id, 0) == 0) {
                d->severity = sv->severity;
                n++;
            }
        }
        if (n == 0)
            return failf(res, err, DDC_ERR_INPUT, "%s: error: unknown rule '%s' in \"severity\"", c->path, sv->pattern);
    }
    return 0;
}

/* `file` as a path from the current directory: taken against `dir` when relative and `dir` is set.
 * Writes into buf (size n) and returns buf. */
static const char *source_path(const char *dir, const char *file, char *buf, size_t n)
{
    snprintf(buf, n, "%s%s%s", file[0] == '/' || !dir ? "" : dir, file[0] == '/' || !dir ? "" : "/", file);
    return buf;
}

/* ---- inputs: checked before anything reads them (fileio.h) ---- */

/* "a number", "an array", ... for messages about JSON values. */
static const char *json_kind(struct json_object *v)
{
    switch (json_object_get_type(v)) {
    case json_type_null: return "null";
    case json_type_boolean: return "true or false";
    case json_type_int:
    case json_type_double: return "a number";
    case json_type_string: return "a string";
    case json_type_array: return "an array";
    case json_type_object: return "an object";
    }
    return "a value";
}

/* Checks entry `i` (0-based) of a compile database. Returns NULL, or what is wrong with it. */
static const char *compdb_entry_problem(struct json_object *e, char *buf, size_t n)
{
    if (!json_object_is_type(e, json_type_object)) {
        snprintf(buf, n, "it is %s, not an object", json_kind(e));
        return buf;
    }
    static const char *const need[] = {"directory", "file"};
    for (size_t k = 0; k < 2; k++) {
        struct json_object *v;
        if (!json_object_object_get_ex(e, need[k], &v)) {
            snprintf(buf, n, "it has no \"%s\"", need[k]);
            return buf;
        }
        if (!json_object_is_type(v, json_type_string) || !*json_object_get_string(v)) {
            snprintf(buf, n, "\"%s\" must be a non-empty string, but it is %s", need[k],
                     json_object_is_type(v, json_type_string) ? "empty" : json_kind(v));
            return buf;
        }
    }
    struct json_object *args, *cmd, *out;
    bool has_args = json_object_object_get_ex(e, "arguments", &args);
    bool has_cmd = json_object_object_get_ex(e, "command", &cmd);
    if (!has_args && !has_cmd) {
        snprintf(buf, n, "it has neither \"arguments\" nor \"command\"");
        return buf;
    }
    if (has_args) {
        if (!json_object_is_type(args, json_type_array) || json_object_array_length(args) == 0) {
            snprintf(buf, n, "\"arguments\" must be a non-empty array of strings, but it is %s",
                     json_object_is_type(args, json_type_array) ? "empty" : json_kind(args));
            return buf;
        }
        for (size_t k = 0; k < json_object_array_length(args); k++) {
            struct json_object *s = json_object_array_get_idx(args, k);
            if (!json_object_is_type(s, json_type_string)) {
                snprintf(buf, n, "\"arguments\" must be an array of strings, but its element %zu is %s", k + 1,
                         json_kind(s));
                return buf;
            }
        }
    } else if (!json_object_is_type(cmd, json_type_string) || !*json_object_get_string(cmd)) {
        snprintf(buf, n, "\"command\" must be a non-empty string, but it is %s",
                 json_object_is_type(cmd, json_type_string) ? "empty" : json_kind(cmd));
        return buf;
    }
    if (json_object_object_get_ex(e, "output", &out) && !json_object_is_type(out, json_type_string)) {
        snprintf(buf, n, "\"output\" must be a string, but it is %s", json_kind(out));
        return buf;
    }
    return NULL;
}

/* Checks BUILD_DIR/compile_commands.json (`path`) before libclang reads it: a regular file of at
 * most FIO_CAP_COMPDB bytes, valid JSON, an array of entries whose fields have the types the format
 * gives them. Records it in res->inputs. Returns 0, or 2 with a heap-allocated "PATH: error: ..."
 * message in *msg. */
static int check_compdb(const char *path, struct ddc_result *res, char **msg)
{
    char why[256];
    size_t len;
    struct fio_id id;
    *msg = NULL;
    char *text = fio_read_input(path, FIO_CAP_COMPDB, &len, &id, why, sizeof(why));
    if (!text) {
        if (asprintf(msg, "%s: error: cannot read the compile database: %s", path, why) < 0)
            *msg = NULL;
        return 2;
    }
    struct ddc_input *rec = vec_push(&res->inputs);
    rec->id = id;
    rec->name = arena_strdup(&res->prog.arena, path);
    char *jerr = NULL;
    struct json_object *root = json_parse_text(path, text, len, "invalid compile database", &jerr);
    free(text);
    if (!root) {
        *msg = jerr;
        return 2;
    }
    int rc = 0;
    if (!json_object_is_type(root, json_type_array)) {
        if (asprintf(msg, "%s: error: invalid compile database: the top level is %s, not an array of entries", path,
                     json_kind(root)) < 0)
            *msg = NULL;
        rc = 2;
    }
    for (size_t i = 0; rc == 0 && i < json_object_array_length(root); i++) {
        char buf[256];
        const char *problem = compdb_entry_problem(json_object_array_get_idx(root, i), buf, sizeof(buf));
        if (problem) {
            if (asprintf(msg, "%s: error: invalid compile database: entry %zu: %s", path, i + 1, problem) < 0)
                *msg = NULL;
            rc = 2;
        }
    }
    json_object_put(root);
    return rc;
}

/* Checks the source `file` (relative to `workdir` when that is not NULL) before it is queued:
 * on a problem records an error for the report in res->prog.diags and returns 2, else records the
 * file in res->inputs and returns 0. */
static int check_source(struct ddc_result *res, const char *file, const char *workdir)
{
    char path[PATH_MAX], msg[512];
    if (workdir && file[0] != '/')
        snprintf(path, sizeof(path), "%s/%s", workdir, file);
    else
        snprintf(path, sizeof(path), "%s", file);
    struct fio_id id;
    if (fio_check_source(path, &id, msg, sizeof(msg)) == 0) {
        struct ddc_input *rec = vec_push(&res->inputs);
        rec->id = id;
        rec->name = ir_intern(&res->prog, file);
        return 0;
    }
    struct ir_diag *d = vec_push(&res->prog.diags);
    d->loc.file = ir_intern(&res->prog, file);
    d->message = arena_strdup(&res->prog.arena, msg);
    d->fatal = true;
    return 2;
}

static void result_init(struct ddc_result *res)
{
    memset(res, 0, sizeof(*res));
    ir_program_init(&res->prog);
    findings_init(&res->findings);
    vec_init(&res->suppressed, sizeof(struct rpt_suppressed));
    vec_init(&res->inputs, sizeof(struct ddc_input));
    res->fail_on = SEV_NOTE;
}

int ddc_run(const struct ddc_options *o, const struct ddc_inputs *in, struct ddc_result *res, char **err)
{
    result_init(res);
    if (err)
        *err = NULL;
    struct vec cmds;
    vec_init(&cmds, sizeof(struct cx_compile_cmd));
    struct cfg_cache cc;
    vec_init(&cc.items, sizeof(struct cfg *));
    cfg_init(&cc.none);
    struct vec jobs;
    vec_init(&jobs, sizeof(struct cx_job));
    int unreadable = 0;     /* 2 when a source could not be read */
    struct vec flag_arrays; /* arrays from config_flags(), freed after parsing */
    vec_init(&flag_arrays, sizeof(void *));
    int rc = 0;
    char *msg = NULL;

    char databuf[PATH_MAX];
    const char *data = o->data_dir ? o->data_dir : ddc_data_dir(NULL, databuf, sizeof(databuf));
    char rdir[PATH_MAX], incdir[PATH_MAX];
    if (snprintf(rdir, sizeof(rdir), "%s/rules", data) >= (int)sizeof(rdir) ||
        snprintf(incdir, sizeof(incdir), "%s/runtime-model/include", data) >= (int)sizeof(incdir)) {
        rc = failf(res, err, DDC_ERR_TOOL, "data directory path too long: %s", data);
        goto done;
    }
    if (rule_load(&res->rules, o->rules_dir ? o->rules_dir : rdir, &msg) != 0) {
        res->rules_loaded = true; /* rule_load() initialises the rules even when it fails */
        rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot load rules");
        goto done;
    }
    res->rules_loaded = true;
    if (o->rules_only) {
        char path[PATH_MAX];
        const char *source = in->nfiles ? source_path(in->workdir, in->files[0], path, sizeof(path)) : in->workdir;
        const struct cfg *lc = config_for(&cc, o, source, &rc, &msg);
        if (rc)
            rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the configuration");
        else if ((rc = apply_rule_settings(&res->rules, o, lc, res, err)) == 0) {
            res->has_fail_on = lc->has_fail_on;
            res->fail_on = lc->fail_on;
        }
        goto done;
    }
    if (!in->compdb_dir && in->nfiles == 0) {
        rc = failf(res, err, DDC_ERR_OPTION, "no input files (give FILE... or -p BUILD_DIR)");
        goto done;
    }
    if (cx_init() != 0) {
        rc = failf(res, err, DDC_ERR_TOOL, "cannot initialise libclang");
        goto done;
    }
    if (in->compdb_dir) {
        char compdb[PATH_MAX];
        snprintf(compdb, sizeof(compdb), "%s/compile_commands.json", in->compdb_dir);
        if (check_compdb(compdb, res, &msg) != 0) {
            rc = fail(res, err, DDC_ERR_INPUT, msg, "cannot read the compile database");
            cx_fini();
            goto done;
        }
        if (cx_load_compdb(in->compdb_dir, &cmds, &msg) != 0) {
            rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot load the compile database");
            cx_fini();
            goto done;
        }
        if (cmds.len == 0) {
            rc = failf(res, err, DDC_ERR_INPUT, "%s/compile_commands.json: error: the compile database has no entries",
                       in->compdb_dir);
            cx_fini();
            goto done;
        }
    }
    /* rule settings come from the configuration of the run's first source */
    char first[PATH_MAX];
    if (in->nfiles)
        source_path(in->workdir, in->files[0], first, sizeof(first));
    else {
        struct cx_compile_cmd *c0 = vec_at(&cmds, 0);
        source_path(c0->directory, c0->file, first, sizeof(first));
    }
    const struct cfg *runcfg = config_for(&cc, o, first, &rc, &msg);
    if (rc)
        rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the configuration");
    else
        rc = apply_rule_settings(&res->rules, o, runcfg, res, err);
    if (rc) {
        cx_fini();
        goto done;
    }
    res->has_fail_on = runcfg->has_fail_on;
    res->fail_on = runcfg->fail_on;
    if (in->compdb_dir) {
        for (size_t i = 0; i < cmds.len; i++) {
            struct cx_compile_cmd *c = vec_at(&cmds, i);
            if (in->nfiles) {
                bool want = false;
                for (int f = 0; f < in->nfiles && !want; f++) {
                    char a[PATH_MAX], b[PATH_MAX], full[PATH_MAX], given[PATH_MAX];
                    source_path(in->workdir, in->files[f], given, sizeof(given));
                    source_path(c->directory, c->file, full, sizeof(full));
                    want = realpath(given, a) && realpath(full, b) && strcmp(a, b) == 0;
                }
                if (!want)
                    continue;
            }
            /* the caller's flags and the configuration's go around the compile command */
            char full[PATH_MAX];
            const struct cfg *fc =
                config_for(&cc, o, source_path(c->directory, c->file, full, sizeof(full)), &rc, &msg);
            if (rc) {
                rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the configuration");
                cx_fini();
                goto done;
            }
            if (check_source(res, c->file, c->directory) != 0) {
                unreadable = 2;
                continue;
            }
            int n = 0;
            const char **argv2 = config_flags(fc, (const char *const *)c->argv, c->argc, in->flags, in->nflags, &n);
            int m = 0;
            const char **full_argv = ddc_clang_argv(c->file, argv2, n, c->directory, incdir, &m);
            add_job(&jobs, c->file, full_argv, m, c->directory);
            *(void **)vec_push(&flag_arrays) = (void *)argv2;
        }
    } else {
        for (int f = 0; f < in->nfiles; f++) {
            const char *file = in->files[f];
            char path[PATH_MAX];
            const struct cfg *fc = config_for(&cc, o, source_path(in->workdir, file, path, sizeof(path)), &rc, &msg);
            if (rc) {
                rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the configuration");
                cx_fini();
                goto done;
            }
            if (check_source(res, file, in->workdir) != 0) {
                unreadable = 2;
                continue;
            }
            int n = 0;
            const char **flags = config_flags(fc, NULL, 0, in->flags, in->nflags, &n);
            int argc = 0;
            const char **argv = ddc_clang_argv(file, flags, n, in->workdir, incdir, &argc);
            add_job(&jobs, file, argv, argc, in->workdir);
            *(void **)vec_push(&flag_arrays) = (void *)flags;
        }
    }
    cx_fini();
    /* the configuration files read are inputs too */
    for (size_t i = 0; i < cc.items.len; i++) {
        const struct cfg *c = *(struct cfg **)vec_at(&cc.items, i);
        struct ddc_input *rec = vec_push(&res->inputs);
        rec->id = c->id;
        rec->name = arena_strdup(&res->prog.arena, c->path);
    }
    res->unreadable = res->prog.diags.len; /* the errors of check_source(), before clang's */
    rc = run_jobs(&res->prog, &jobs, o->jobs);
    if (unreadable > rc)
        rc = unreadable;

    if (o->dump_ir) {
        for (size_t i = 0; i < res->prog.funcs.len; i++)
            ir_dump_func(o->dump_ir, *(struct ir_func **)vec_at(&res->prog.funcs, i));
        for (size_t i = 0; i < res->prog.sals.len; i++) /* IRQL annotations read, one line each */
            sal_dump(o->dump_ir, vec_at(&res->prog.sals, i));
    }
    struct dm_driver drv;
    dm_build(&drv, &res->prog, &res->rules);
    /* one compile of a build, or only some entries of a compile database: the rest of the driver
     * is not in this run */
    drv.partial = o->partial || (in->compdb_dir && in->nfiles && (size_t)in->nfiles < cmds.len);
    if (o->dump_model)
        dump_model(o->dump_model, &drv);
    /* analyses: each appends its rules' findings */
    irql_run(&drv, &res->findings, o->dump_irql);
    if (ts_run(&drv, &res->findings) != 0)
        rc = failf(res, err, DDC_ERR_TOOL, "a rule definition is malformed");
    dm_free(&drv);
    findings_sort(&res->findings);
    /* severity overrides also apply to findings whose engine did not read the definition */
    for (size_t i = 0; i < res->findings.items.len; i++) {
        struct finding *f = vec_at(&res->findings.items, i);
        struct rule_def *d = rule_find(&res->rules, f->rule);
        if (d && runcfg->severity.len)
            f->severity = d->severity;
    }
    supp_apply(&res->findings, &res->suppressed);
    res->analyzed = true;

done:
    drop_jobs(&jobs, &flag_arrays);
    cfg_cache_free(&cc);
    cx_compile_cmds_free(&cmds);
    return rc;
}

int ddc_analyze(const struct ddc_options *o, const char *const *files, int nfiles, const char *const *flags, int nflags,
                const char *workdir, struct ddc_result *res, char **err)
{
    struct ddc_options part = *o; /* shallow: the patterns stay the caller's */
    part.partial = true;
    struct ddc_inputs in = {files, nfiles, flags, nflags, NULL, workdir};
    return ddc_run(&part, &in, res, err);
}

void ddc_result_free(struct ddc_result *res)
{
    vec_free(&res->inputs);
    supp_free(&res->suppressed);
    findings_free(&res->findings);
    ir_program_free(&res->prog);
    if (res->rules_loaded)
        rule_free(&res->rules);
    res->rules_loaded = false;
}

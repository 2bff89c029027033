/* api.c — the pipeline under every front end (see api.h): the command line (main.c), the compiler
 * wrapper and the clang plugin all call ddc_run().
 *
 * Stages, in order: rules and their settings, the compile database, each source's configuration
 * and clang command line, parallel parsing, the driver model, the analyses (each appends its
 * findings; checks.h: one check per rule kind, registered in checks.def), sorting, severity
 * overrides, inline suppressions (suppress.h). Baselines, --verify and reports are the callers'.
 */
#include "api.h"
#include "checks.h"
#include "compdb.h"
#include "config.h"
#include "fileio.h"
#include "headers.h"
#include "path.h"

#include "frontend.h"
#include "jsontext.h"
#include "model.h"
#include "report.h"
#include "rules.h"
#include "sal.h"
#include "suppress.h"

#include <errno.h>
#include <fnmatch.h>
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
    static const char *const sep[] = {"-I",     "-isystem", "-iquote",     "-idirafter",  "-imsvc",
                                      "/imsvc", "/I",       "/external:I", "-external:I", "--include-directory="};
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
                            const struct ddc_headers *h, int *n_out)
{
    static const char *const msvc[] = {"-fms-extensions", "-fms-compatibility"};
    static const char *const wno[] = {
#define DDC_WNO(group) "-Wno-error=" group,
        DDC_MSVC_ERRORS_DOWNGRADED(DDC_WNO)
#undef DDC_WNO
    };
    const size_t extra = sizeof(msvc) / sizeof(msvc[0]) + sizeof(wno) / sizeof(wno[0]) + 12;
    const char **argv = calloc((size_t)nbase + extra, sizeof(char *));
    if (!argv)
        abort();
    int n = 0;
    bool have_compiler = nbase > 0 && base[0][0] != '-';
    argv[n++] = have_compiler ? base[0] : "clang";
    for (size_t i = 0; i < sizeof(msvc) / sizeof(msvc[0]); i++)
        argv[n++] = msvc[i];
    for (size_t i = 0; i < sizeof(wno) / sizeof(wno[0]); i++)
        argv[n++] = wno[i];
    for (int i = have_compiler ? 1 : 0; i < nbase; i++)
        argv[n++] = base[i];
    bool cl = cdb_cl_mode(argv, n);
    if (!ddc_has_ndis_include(base, nbase, workdir)) {
        const char *inc = cl ? "-imsvc" : "-isystem";
        argv[n++] = inc;
        argv[n++] = h->include_dir;
        if (hdr_wants_crt(argv, n, cl)) {
            argv[n++] = inc;
            argv[n++] = h->crt_dir;
        }
        if (h->overlay) {
            argv[n++] = cl ? "-vfsoverlay" : "-ivfsoverlay";
            argv[n++] = h->overlay;
        }
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
static void add_job(struct vec *jobs, const char *file, const char **argv, int argc, const char *workdir,
                    const char *shown_from, const struct cx_headers *headers)
{
    struct cx_job *j = vec_push(jobs);
    j->file = file;
    j->argv = argv;
    j->argc = argc;
    j->workdir = workdir;
    j->shown_from = shown_from;
    j->headers = headers;
}

/* Keeps one definition of each non-static function of the driver's headers (the first; every
 * translation unit that calls it built its own): the analyses then see one function, called from
 * every file, and report what is in it once. Static ones stay, one per translation unit, as C has
 * them; their findings are at the same places and reported once (finding_add). */
static void drop_duplicate_header_functions(struct ir_program *prog)
{
    struct strmap seen;
    strmap_init(&seen);
    struct arena keys = {0};
    size_t kept = 0;
    for (size_t i = 0; i < prog->funcs.len; i++) {
        struct ir_func *f = *(struct ir_func **)vec_at(&prog->funcs, i);
        if (f->in_header && !f->is_static) {
            const char *key = arena_printf(&keys, "%s\x1f%s:%u", f->name, f->loc.file ? f->loc.file : "", f->loc.line);
            if (strmap_get(&seen, key)) {
                for (size_t b = 0; b < f->blocks.len; b++) {
                    struct ir_block *bl = vec_at(&f->blocks, b);
                    vec_free(&bl->events);
                    vec_free(&bl->succs);
                }
                vec_free(&f->blocks);
                vec_free(&f->locals);
                continue;
            }
            strmap_put(&seen, key, f);
        }
        *(struct ir_func **)vec_at(&prog->funcs, kept++) = f;
    }
    prog->funcs.len = kept;
    strmap_free(&seen);
    arena_free(&keys);
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

/* Parses every queued file, in parallel on o->jobs threads (<= 0: $DDICHECK_JOBS, else the
 * machine's cores), telling o->progress after each. */
static int run_jobs(struct ir_program *prog, struct vec *jobs, const struct ddc_options *o)
{
    long threads = o->jobs;
    if (threads <= 0) {
        threads = sysconf(_SC_NPROCESSORS_ONLN);
        const char *env = getenv("DDICHECK_JOBS");
        if (env && atoi(env) > 0)
            threads = atoi(env);
    }
    int worst = cx_parse_jobs_progress(prog, jobs->data, (int)jobs->len, threads > 0 ? (int)threads : 1, o->progress,
                                       o->progress_ctx);
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
            return failf(res, err, DDC_ERR_INPUT, "%s: error: unknown rule '%s' in \"severity\"",
                         sv->file ? sv->file : c->path, sv->pattern);
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

/* Copies the suppression problems `from` (messages owned by a set about to be freed) into `to`,
 * the messages into the result's arena (`from` may be `to`). */
static void keep_problems(struct ddc_result *res, const struct vec *from, struct vec *to)
{
    for (size_t i = 0; i < from->len; i++) {
        struct supp_problem p = *(struct supp_problem *)vec_at(from, i);
        p.message = arena_strdup(&res->prog.arena, p.message);
        p.loc.file = p.loc.file ? ir_intern(&res->prog, p.loc.file) : NULL;
        if (from == to)
            *(struct supp_problem *)vec_at(to, i) = p;
        else
            *(struct supp_problem *)vec_push(to) = p;
    }
}

static void result_init(struct ddc_result *res)
{
    memset(res, 0, sizeof(*res));
    ir_program_init(&res->prog);
    findings_init(&res->findings);
    vec_init(&res->suppressed, sizeof(struct rpt_suppressed));
    vec_init(&res->supp_problems, sizeof(struct supp_problem));
    vec_init(&res->supp_unused, sizeof(struct supp_problem));
    res->sources = src_cache_new();
    vec_init(&res->inputs, sizeof(struct ddc_input));
    res->fail_on = SEV_NOTE;
}

/* The case-insensitive overlay of ddicheck's headers (headers.h): made once, when the first
 * command line that uses ddicheck's headers is built, and closed when the run ends. */
struct overlay {
    char path[64];
    int fd; /* -1 when there is none */
    bool tried;
    char *msg; /* why it could not be written (heap; not shown: the run goes on without it) */
};

/* Writes the overlay into h->overlay when `flags` (n words; relative directories against `workdir`)
 * name no include directory holding ndis.h and it has not been written yet. When it cannot be
 * made (no memory file, temporary file or /proc), the parses go without it: header names must then
 * match in case, and a mismatch is clang's "file not found" error. */
static void want_overlay(const char *const *flags, int n, const char *workdir, struct ddc_headers *h,
                         struct overlay *ov)
{
    if (ov->tried || ddc_has_ndis_include(flags, n, workdir))
        return;
    ov->tried = true;
    if (hdr_overlay_write(h->include_dir, ov->path, sizeof(ov->path), &ov->fd, &ov->msg) == 0)
        h->overlay = ov->path;
}

int ddc_run(const struct ddc_options *o, const struct ddc_inputs *in, struct ddc_result *res, char **err)
{
    result_init(res);
    if (err)
        *err = NULL;
    struct cdb db;
    memset(&db, 0, sizeof(db));
    struct hdr_cache hc;
    memset(&hc, 0, sizeof(hc));
    struct overlay ov = {.fd = -1};
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
    struct supp_set supp;
    supp_init(&supp);
    struct cx_headers hdr = {.none = o->header_filter && !*o->header_filter};
    const struct cx_headers *hdrp = o->header_filter ? &hdr : NULL;

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
    /* the compile database: named (-p), or found up from the first file's directory */
    char dbpath[PATH_MAX];
    bool use_db = false, found_db = false;
    if (in->compdb) {
        if (cdb_locate(in->compdb, NULL, dbpath, sizeof(dbpath), &msg) != 0) {
            rc = fail(res, err, DDC_ERR_INPUT, msg, "cannot find the compile database");
            goto done;
        }
        use_db = true;
    } else if (in->find_compdb && in->nfiles) {
        char path[PATH_MAX];
        source_path(in->workdir, in->files[0], path, sizeof(path));
        char *slash = strrchr(path, '/');
        if (slash)
            *slash = 0;
        use_db = found_db = cdb_locate(NULL, slash ? path : ".", dbpath, sizeof(dbpath), &msg) == 0;
    }
    if (!use_db && in->nfiles == 0) {
        rc = failf(res, err, DDC_ERR_OPTION, "no input files (give FILE... or -p BUILD_DIR)");
        goto done;
    }
    char cwd[PATH_MAX];
    if (!path_cwd(cwd, sizeof(cwd))) {
        rc = failf(res, err, DDC_ERR_TOOL, "cannot get the current directory: %s", strerror(errno));
        goto done;
    }
    /* ddicheck's headers by an absolute, folded name: entries are parsed in their own directories,
     * and the overlay names them exactly */
    char own_inc[PATH_MAX], own_crt[PATH_MAX];
    if (!path_join(cwd, incdir, own_inc, sizeof(own_inc)) ||
        snprintf(own_crt, sizeof(own_crt), "%s/crt", own_inc) >= (int)sizeof(own_crt)) {
        rc = failf(res, err, DDC_ERR_TOOL, "data directory path too long: %s", data);
        goto done;
    }
    struct ddc_headers hdrs = {own_inc, own_crt, NULL};
    if (cx_init() != 0) {
        rc = failf(res, err, DDC_ERR_TOOL, "cannot initialise libclang");
        goto done;
    }
    if (use_db) {
        if (cdb_load(&db, dbpath, &msg) != 0) {
            rc = fail(res, err, DDC_ERR_INPUT, msg, "cannot read the compile database");
            cx_fini();
            goto done;
        }
        struct ddc_input *rec = vec_push(&res->inputs);
        rec->id = db.id;
        rec->name = arena_strdup(&res->prog.arena, db.path);
    }
    /* rule settings come from the configuration of the run's first source */
    char first[PATH_MAX];
    if (in->nfiles)
        source_path(in->workdir, in->files[0], first, sizeof(first));
    else
        snprintf(first, sizeof(first), "%s", ((struct cdb_entry *)vec_at(&db.entries, 0))->file);
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
    if (o->header_filter && *o->header_filter) {
        int e = regcomp(&hdr.filter, o->header_filter, REG_EXTENDED | REG_NOSUB);
        if (e != 0) {
            char why[256];
            regerror(e, &hdr.filter, why, sizeof(why));
            rc = failf(res, err, DDC_ERR_OPTION, "--header-filter '%s' is not a regular expression: %s",
                       o->header_filter, why);
            cx_fini();
            goto done;
        }
        hdr.use_filter = true;
    }
    if (o->suppressions_list && supp_load_list(&supp, o->suppressions_list, &res->rules, &msg) != 0) {
        rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the suppression file");
        cx_fini();
        goto done;
    }
    /* with files and a database: each file's real path, and whether an entry compiles it */
    char(*given)[PATH_MAX] = calloc((size_t)in->nfiles + 1, PATH_MAX);
    bool *matched = calloc((size_t)in->nfiles + 1, sizeof(bool));
    if (!given || !matched)
        abort();
    for (int f = 0; use_db && f < in->nfiles; f++) {
        char path[PATH_MAX];
        if (!realpath(source_path(in->workdir, in->files[f], path, sizeof(path)), given[f]))
            given[f][0] = 0;
    }
    for (size_t i = 0; use_db && i < db.entries.len; i++) {
        struct cdb_entry *e = vec_at(&db.entries, i);
        if (in->nfiles) {
            char real[PATH_MAX];
            bool want = false;
            if (realpath(e->file, real))
                for (int f = 0; f < in->nfiles; f++)
                    if (given[f][0] && strcmp(given[f], real) == 0)
                        want = matched[f] = true;
            if (!want)
                continue;
        }
        /* the caller's flags and the configuration's go around the compile command */
        const struct cfg *fc = config_for(&cc, o, e->file, &rc, &msg);
        if (rc) {
            rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the configuration");
            break;
        }
        char shown[PATH_MAX];
        const char *name = ir_intern(&res->prog, path_shown(NULL, e->file, cwd, shown, sizeof(shown)));
        if (check_source(res, name, NULL) != 0) {
            unreadable = 2;
            continue;
        }
        int n = 0;
        const char **argv2 = config_flags(fc, (const char *const *)e->argv, e->argc, in->flags, in->nflags, &n);
        *(void **)vec_push(&flag_arrays) = (void *)argv2;
        if (o->own_headers && n > 1)
            n = 1 + hdr_drop_wdk(&hc, argv2 + 1, n - 1, e->cl, e->directory, own_inc);
        want_overlay(argv2, n, e->directory, &hdrs, &ov);
        int m = 0;
        const char **full_argv = ddc_clang_argv(name, argv2, n, e->directory, &hdrs, &m);
        add_job(&jobs, name, full_argv, m, e->directory, ir_intern(&res->prog, cwd), hdrp);
    }
    for (int f = 0; rc == 0 && f < in->nfiles; f++) {
        const char *file = in->files[f];
        if (use_db && matched[f])
            continue;
        if (use_db && !found_db) {
            /* named on the command line, but the database given does not compile it */
            char path[PATH_MAX], why[512];
            struct fio_id id;
            struct ir_diag *d = vec_push(&res->prog.diags);
            d->loc.file = ir_intern(&res->prog, file);
            if (fio_check_source(source_path(in->workdir, file, path, sizeof(path)), &id, why, sizeof(why)) == 0)
                d->message =
                    arena_printf(&res->prog.arena, "no entry of the compile database %s compiles this file", db.path);
            else
                d->message = arena_strdup(&res->prog.arena, why);
            d->fatal = true;
            unreadable = 2;
            continue;
        }
        char path[PATH_MAX];
        const struct cfg *fc = config_for(&cc, o, source_path(in->workdir, file, path, sizeof(path)), &rc, &msg);
        if (rc) {
            rc = fail(res, err, msg ? DDC_ERR_INPUT : DDC_ERR_TOOL, msg, "cannot read the configuration");
            break;
        }
        if (check_source(res, file, in->workdir) != 0) {
            unreadable = 2;
            continue;
        }
        int n = 0;
        const char **flags = config_flags(fc, NULL, 0, in->flags, in->nflags, &n);
        *(void **)vec_push(&flag_arrays) = (void *)flags;
        if (o->own_headers)
            n = hdr_drop_wdk(&hc, flags, n, cdb_cl_mode(flags, n), in->workdir, own_inc);
        want_overlay(flags, n, in->workdir, &hdrs, &ov);
        int argc = 0;
        const char **argv = ddc_clang_argv(file, flags, n, in->workdir, &hdrs, &argc);
        add_job(&jobs, file, argv, argc, in->workdir, NULL, hdrp);
    }
    free(given);
    free(matched);
    if (rc) {
        cx_fini();
        goto done;
    }
    cx_fini();
    /* the configuration files read are inputs too, the ones inherited from included */
    for (size_t i = 0; i < cc.items.len; i++) {
        const struct cfg *c = *(struct cfg **)vec_at(&cc.items, i);
        for (size_t k = 0; k < c->chain.len; k++) {
            const struct cfg_file *cf = vec_at(&c->chain, k);
            struct ddc_input *rec = vec_push(&res->inputs);
            rec->id = cf->id;
            rec->name = arena_strdup(&res->prog.arena, cf->path);
        }
    }
    res->unreadable = res->prog.diags.len; /* the errors of check_source(), before clang's */
    res->nsources = jobs.len;
    rc = run_jobs(&res->prog, &jobs, o);
    if (unreadable > rc)
        rc = unreadable;
    drop_duplicate_header_functions(&res->prog);

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
    drv.partial = o->partial || (use_db && in->nfiles && (size_t)in->nfiles < db.entries.len);
    if (o->dump_model)
        dump_model(o->dump_model, &drv);
    if (o->progress)
        o->progress(o->progress_ctx, "analyze", 0, 1, NULL);
    /* analyses: the check of each rule kind (checks.def) appends its rules' findings */
    FILE *dumps[RULE_KIND_COUNT] = {[RULE_IRQL] = o->dump_irql};
    if (checks_run(&drv, &res->findings, dumps) != 0)
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
    supp_add_comments(&supp, &res->prog.comments, &res->rules);
    supp_apply(&supp, &res->findings, &res->suppressed);
    supp_unused(&supp, &res->rules, &res->supp_unused);
    keep_problems(res, &supp.problems, &res->supp_problems);
    keep_problems(res, &res->supp_unused, &res->supp_unused);
    res->analyzed = true;

done:
    if (hdr.use_filter)
        regfree(&hdr.filter);
    supp_free_set(&supp);
    drop_jobs(&jobs, &flag_arrays);
    cfg_cache_free(&cc);
    cdb_free(&db);
    hdr_cache_free(&hc);
    if (ov.fd >= 0)
        close(ov.fd);
    free(ov.msg);
    return rc;
}

int ddc_analyze(const struct ddc_options *o, const char *const *files, int nfiles, const char *const *flags, int nflags,
                const char *workdir, struct ddc_result *res, char **err)
{
    struct ddc_options part = *o; /* shallow: the patterns stay the caller's */
    part.partial = true;
    struct ddc_inputs in = {files, nfiles, flags, nflags, NULL, workdir, false};
    return ddc_run(&part, &in, res, err);
}

void ddc_result_free(struct ddc_result *res)
{
    vec_free(&res->inputs);
    supp_free(&res->suppressed);
    vec_free(&res->supp_problems);
    vec_free(&res->supp_unused);
    src_cache_free(res->sources);
    res->sources = NULL;
    findings_free(&res->findings);
    ir_program_free(&res->prog);
    if (res->rules_loaded)
        rule_free(&res->rules);
    res->rules_loaded = false;
}

/* main.c — the ddicheck command line: options, inputs, the pipeline, exit codes.
 *
 *   sources + flags -> frontend -> IR -> driver model -> analyses/rules -> findings -> reporter
 *
 * Inputs are checked before anything reads them (fileio.h): sources, the compile database,
 * configuration files and the baseline must be regular files (so a FIFO cannot block the run and
 * /dev/zero cannot fill the memory), the last three within a size cap. The report and the baseline
 * are written through fileio.h too (whole or not at all; never over a device, a symlink or one of
 * the run's inputs), and a write error is an error.
 *
 * Exit codes: 0 no findings, 1 findings, 2 usage error, unreadable input, clang error in an input,
 * bad rule file or compile database, a report that cannot be written (the report still lists
 * everything that was analyzed).
 */
#include "api.h"
#include "baseline.h"
#include "config.h"
#include "fileio.h"
#include "finding.h"
#include "frontend.h"
#include "ir.h"
#include "irql.h"
#include "jsontext.h"
#include "model.h"
#include "report.h"
#include "rules.h"
#include "suppress.h"
#include "typestate.h"
#include "verify.h"

#include <errno.h>
#include <fnmatch.h>
#include <json-c/json.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DDICHECK_VERSION
#define DDICHECK_VERSION "0.0.0"
#endif
#ifndef DDICHECK_SOURCE_DIR
#define DDICHECK_SOURCE_DIR "."
#endif

static const char usage_text[] =
    "usage: ddicheck [options] FILE... [-- COMPILER-FLAGS...]\n"
    "       ddicheck -p BUILD_DIR [options] [FILE...]\n"
    "\n"
    "Checks Windows NDIS / CoNDIS driver sources for DDI-compliance violations: the IRQL rules and\n"
    "the CoNDIS SAP and protocol-handle lifecycle rules (see --list-rules).\n"
    "All files of one run are analyzed together as one driver.\n"
    "\n"
    "Inputs:\n"
    "  -p BUILD_DIR          read BUILD_DIR/compile_commands.json; with FILEs, check only those\n"
    "  -I DIR, -isystem DIR, -D NAME[=VALUE], -U NAME, -include FILE, --target=TRIPLE, -std=STD\n"
    "                        compiler flags (also anything after --)\n"
    "                        without an include path holding ndis.h, ddicheck's own NDIS headers are used\n"
    "Rules:\n"
    "  --list-rules          list the rules and exit\n"
    "  --enable=IDS          enable only these rules (comma-separated ids or globs, e.g. Irql_*)\n"
    "  --disable=IDS         disable these rules\n"
    "  --rules-dir=DIR       read rules from DIR instead of the installed rules/\n"
    "  --explain=ID          print the rule's documentation page and exit (also --explain ID)\n"
    "Configuration:\n"
    "  --config=FILE         use FILE for every source instead of the nearest .ddicheck.json\n"
    "  --no-config           ignore .ddicheck.json files\n"
    "Output:\n"
    "  --format=text|json|sarif  report format (default text)\n"
    "  -o FILE               write the report to FILE (written whole or not at all; - for standard\n"
    "                        output; never over an input file)\n"
    "  --srcroot=DIR         SARIF: locations are relative to DIR (default: the current directory)\n"
    "  --show-suppressed     also list the findings that ddicheck-suppress comments silence\n"
    "  --baseline=FILE       report only findings absent from FILE, an earlier JSON report\n"
    "  --write-baseline=FILE write the current findings to FILE as a baseline (JSON report)\n"
    "  --fail-on=error|warning|note  least severity that makes the exit status 1 (default note)\n"
    "  --verify[=PREFIX]     check the findings against // expected-warning {{...}} comments\n"
    "  --dump-ir             print the IR of every function\n"
    "  --dump-irql           print each function's entry IRQL and the IRQL at each call\n"
    "  --dump-model          print the driver model (roles, driver kind)\n"
    "  --version, --help\n"
    "\n"
    "Exit status: 0 clean, 1 findings (at or above --fail-on), 2 usage or input error.\n";

struct opts {
    const char *pdir;
    const char *format;
    const char *outfile;
    const char *verify_prefix;
    const char *rules_dir;
    const char *srcroot, *baseline, *write_baseline, *explain, *config;
    const char *fail_on; /* NULL = from the configuration, else "error", "warning" or "note" */
    bool list_rules, dump_ir, dump_irql, dump_model, show_suppressed, no_config;
    struct vec files;  /* const char * */
    struct vec cflags; /* const char * */
    struct vec enable, disable;
};

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "ddicheck: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'ddicheck --help'.\n");
    return 2;
}

static void push_str(struct vec *v, const char *s)
{
    *(const char **)vec_push(v) = s;
}

static void push_list(struct vec *v, char *list)
{
    char *save = NULL;
    for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
        push_str(v, t);
}

/* Parses the command line into `o`. Returns 0, 2 after a usage error (printed), or -1 after
 * printing --help or --version (nothing else to do). */
static int parse_args(int argc, char **argv, struct opts *o)
{
    static const char *const with_arg[] = {"-I", "-D", "-U", "-isystem", "-include", "-iquote", "-idirafter"};
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            for (i++; i < argc; i++)
                push_str(&o->cflags, argv[i]);
            break;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage_text, stdout);
            return -1;
        }
        if (strcmp(a, "--version") == 0) {
            printf("ddicheck %s (libclang 19)\n", DDICHECK_VERSION);
            return -1;
        }
        if (strcmp(a, "-p") == 0) {
            if (++i >= argc)
                return usage_error("%s needs a build directory", a);
            o->pdir = argv[i];
        } else if (strncmp(a, "-p", 2) == 0 && a[2] && a[2] != '-')
            o->pdir = a + 2;
        else if (strcmp(a, "-o") == 0) {
            if (++i >= argc)
                return usage_error("%s needs a file name", a);
            o->outfile = argv[i];
        } else if (strncmp(a, "--format=", 9) == 0) {
            o->format = a + 9;
            if (strcmp(o->format, "text") && strcmp(o->format, "json") && strcmp(o->format, "sarif"))
                return usage_error("unknown format '%s' (use text, json or sarif)", o->format);
        } else if (strcmp(a, "--verify") == 0)
            o->verify_prefix = "expected";
        else if (strncmp(a, "--verify=", 9) == 0) {
            o->verify_prefix = a + 9;
            if (!*o->verify_prefix)
                return usage_error("%s needs a prefix", "--verify=");
        } else if (strncmp(a, "--enable=", 9) == 0)
            push_list(&o->enable, a + 9);
        else if (strncmp(a, "--disable=", 10) == 0)
            push_list(&o->disable, a + 10);
        else if (strncmp(a, "--rules-dir=", 12) == 0)
            o->rules_dir = a + 12;
        else if (strcmp(a, "--list-rules") == 0)
            o->list_rules = true;
        else if (strcmp(a, "--explain") == 0) {
            if (++i >= argc)
                return usage_error("%s needs a rule id", a);
            o->explain = argv[i];
        } else if (strncmp(a, "--explain=", 10) == 0)
            o->explain = a + 10;
        else if (strncmp(a, "--srcroot=", 10) == 0)
            o->srcroot = a + 10;
        else if (strncmp(a, "--baseline=", 11) == 0)
            o->baseline = a + 11;
        else if (strncmp(a, "--write-baseline=", 17) == 0)
            o->write_baseline = a + 17;
        else if (strncmp(a, "--config=", 9) == 0)
            o->config = a + 9;
        else if (strcmp(a, "--no-config") == 0)
            o->no_config = true;
        else if (strcmp(a, "--show-suppressed") == 0)
            o->show_suppressed = true;
        else if (strncmp(a, "--fail-on=", 10) == 0) {
            enum rule_severity sev;
            o->fail_on = a + 10;
            if (!cfg_parse_severity(o->fail_on, &sev))
                return usage_error("unknown --fail-on level '%s' (use error, warning or note)", o->fail_on);
        } else if ((strcmp(a, "--srcroot") == 0 || strcmp(a, "--baseline") == 0 || strcmp(a, "--write-baseline") == 0 ||
                    strcmp(a, "--config") == 0)) {
            if (++i >= argc)
                return usage_error("%s needs an argument", a);
            const char **dst = strcmp(a, "--srcroot") == 0    ? &o->srcroot
                               : strcmp(a, "--baseline") == 0 ? &o->baseline
                               : strcmp(a, "--config") == 0   ? &o->config
                                                              : &o->write_baseline;
            *dst = argv[i];
        } else if (strcmp(a, "--dump-ir") == 0)
            o->dump_ir = true;
        else if (strcmp(a, "--dump-irql") == 0)
            o->dump_irql = true;
        else if (strcmp(a, "--dump-model") == 0)
            o->dump_model = true;
        else if (a[0] == '-' && a[1]) {
            bool sep = false;
            for (size_t k = 0; k < sizeof(with_arg) / sizeof(with_arg[0]); k++)
                if (strcmp(a, with_arg[k]) == 0)
                    sep = true;
            if (sep) {
                if (++i >= argc)
                    return usage_error("%s needs an argument", a);
                push_str(&o->cflags, a);
                push_str(&o->cflags, argv[i]);
            } else if (strncmp(a, "-I", 2) == 0 || strncmp(a, "-D", 2) == 0 || strncmp(a, "-U", 2) == 0 ||
                       strncmp(a, "--target=", 9) == 0 || strncmp(a, "-std=", 5) == 0 || strncmp(a, "-f", 2) == 0 ||
                       strncmp(a, "-m", 2) == 0 || strncmp(a, "-W", 2) == 0 || strncmp(a, "-isystem", 8) == 0)
                push_str(&o->cflags, a);
            else
                return usage_error("unknown option '%s'", a);
        } else
            push_str(&o->files, a);
    }
    return 0;
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

/* Frees queued jobs that will not run (an error stopped the run). */
static void drop_jobs(struct vec *jobs, struct vec *flag_arrays)
{
    for (size_t i = 0; i < jobs->len; i++)
        free((void *)((struct cx_job *)vec_at(jobs, i))->argv);
    vec_free(jobs);
    for (size_t i = 0; i < flag_arrays->len; i++)
        free(*(void **)vec_at(flag_arrays, i));
    vec_free(flag_arrays);
}

/* Parses every queued file, in parallel on the machine's cores (or $DDICHECK_JOBS). */
static int run_jobs(struct ir_program *prog, struct vec *jobs)
{
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    const char *env = getenv("DDICHECK_JOBS");
    if (env && atoi(env) > 0)
        threads = atoi(env);
    int worst = cx_parse_jobs(prog, jobs->data, (int)jobs->len, threads > 0 ? (int)threads : 1);
    for (size_t i = 0; i < jobs->len; i++)
        free((void *)((struct cx_job *)vec_at(jobs, i))->argv);
    vec_free(jobs);
    return worst;
}

static void collect_vdiags(struct vec *out, const struct findings *fs, const struct vec *errors, struct arena *a)
{
    for (size_t i = 0; i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        struct vdiag *v = vec_push(out);
        v->file = d->loc.file ? d->loc.file : "";
        v->line = d->loc.line;
        v->severity = d->note ? "note" : "error";
        v->text = d->message;
    }
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        struct vdiag *v = vec_push(out);
        v->file = f->loc.file;
        v->line = f->loc.line;
        v->severity = f->severity == SEV_ERROR ? "error" : f->severity == SEV_NOTE ? "note" : "warning";
        v->text = arena_printf(a, "%s [%s]", f->message, f->rule);
        for (size_t n = 0; n < f->notes.len; n++) {
            const struct note *no = vec_at(&f->notes, n);
            struct vdiag *vn = vec_push(out);
            vn->file = no->loc.file ? no->loc.file : "";
            vn->line = no->loc.line;
            vn->severity = "note";
            vn->text = no->message;
        }
    }
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

/* The configuration for `source` (NULL: the current directory): --config, else the nearest
 * .ddicheck.json, else the empty one. Sets *rc to 2 after printing the error of a bad file. */
static const struct cfg *config_for(struct cfg_cache *cc, const struct opts *o, const char *source, int *rc)
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
    char *err = NULL;
    if (cfg_load(c, path, &err) != 0) {
        fprintf(stderr, "%s\n", err ? err : "ddicheck: error: cannot read the configuration");
        free(err);
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

/* The compiler flags for one source: `pre` (a compile command, may be empty), the configuration's
 * defines and NDIS version macro (unless `pre`/`cli` define one), `cli`, then the configuration's
 * include directories. Returns a heap array of *n borrowed strings. */
static const char **config_flags(const struct cfg *c, const char *const *pre, int npre, const char *const *cli,
                                 int ncli, int *n)
{
    const char **argv = calloc((size_t)npre + c->defines.len + 3 + (size_t)ncli + c->includes.len + 1, sizeof(char *));
    if (!argv)
        abort();
    int k = 0;
    for (int i = 0; i < npre; i++)
        argv[k++] = pre[i];
    for (size_t i = 0; i < c->defines.len; i++)
        argv[k++] = *(const char **)vec_at(&c->defines, i);
    if (!cfg_has_ndis_define(pre, npre) && !cfg_has_ndis_define(cli, ncli))
        for (int i = 0; i < c->nndis_flags; i++)
            argv[k++] = c->ndis_flags[i];
    for (int i = 0; i < ncli; i++)
        argv[k++] = cli[i];
    for (size_t i = 0; i < c->includes.len; i++)
        argv[k++] = *(const char **)vec_at(&c->includes, i);
    *n = k;
    return argv;
}

/* Applies the rule settings: the configuration's enable/disable unless --enable is given, then
 * --enable, --disable and the configuration's severity overrides. Returns 0 or 2 (printed). */
static int apply_rule_settings(struct rules *rules, const struct opts *o, const struct cfg *c)
{
    const struct vec *en = o->enable.len ? &o->enable : &c->enable;
    if (en->len) {
        rule_set_enabled(rules, "*", false);
        for (size_t i = 0; i < en->len; i++) {
            const char *pat = *(const char **)vec_at(en, i);
            if (rule_set_enabled(rules, pat, true) == 0) {
                if (en == &o->enable)
                    return usage_error("unknown rule '%s' in --enable (see --list-rules)", pat);
                fprintf(stderr, "%s: error: unknown rule '%s' in \"enable\"\n", c->path, pat);
                return 2;
            }
        }
    }
    for (size_t i = 0; !o->enable.len && i < c->disable.len; i++) {
        const char *pat = *(const char **)vec_at(&c->disable, i);
        if (rule_set_enabled(rules, pat, false) == 0) {
            fprintf(stderr, "%s: error: unknown rule '%s' in \"disable\"\n", c->path, pat);
            return 2;
        }
    }
    for (size_t i = 0; i < o->disable.len; i++) {
        const char *pat = *(const char **)vec_at(&o->disable, i);
        if (rule_set_enabled(rules, pat, false) == 0)
            return usage_error("unknown rule '%s' in --disable (see --list-rules)", pat);
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
        if (n == 0) {
            fprintf(stderr, "%s: error: unknown rule '%s' in \"severity\"\n", c->path, sv->pattern);
            return 2;
        }
    }
    return 0;
}

/* Prints the documentation page of rule `id`. Returns 0, or 2 for an unknown rule or missing page. */
static int explain_rule(struct rules *rules, const char *id)
{
    struct rule_def *d = rule_find(rules, id);
    if (!d)
        return usage_error("unknown rule '%s' (see --list-rules)", id);
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/%s", rules->dir, d->doc);
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "%s: error: cannot read the documentation of %s: %s\n", path, id, strerror(errno));
        return 2;
    }
    int rc = fwrite(text, 1, len, stdout) == len ? 0 : 2;
    free(text);
    return rc;
}

/* ---- inputs: what the run reads, so that no report is written over it ---- */

struct input {
    struct fio_id id;
    const char *name; /* borrowed */
    bool baseline;    /* the --baseline file, which --write-baseline may refresh */
};

static void add_input(struct vec *inputs, const struct fio_id *id, const char *name, bool baseline)
{
    struct input *in = vec_push(inputs);
    in->id = *id;
    in->name = name;
    in->baseline = baseline;
}

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

/* Checks BUILD_DIR/compile_commands.json before libclang reads it: a regular file of at most
 * FIO_CAP_COMPDB bytes, valid JSON, an array of entries whose fields have the types the format
 * gives them. Records it in `inputs` (`path` must outlive them). Returns 0, or 2 (printed). */
static int check_compdb(const char *path, struct vec *inputs)
{
    char why[256];
    size_t len;
    struct fio_id id;
    char *text = fio_read_input(path, FIO_CAP_COMPDB, &len, &id, why, sizeof(why));
    if (!text) {
        fprintf(stderr, "%s: error: cannot read the compile database: %s\n", path, why);
        return 2;
    }
    add_input(inputs, &id, path, false);
    char *err = NULL;
    struct json_object *root = json_parse_text(path, text, len, "invalid compile database", &err);
    free(text);
    int rc = 0;
    if (!root) {
        fprintf(stderr, "%s\n", err ? err : "ddicheck: error: invalid compile database");
        free(err);
        return 2;
    }
    if (!json_object_is_type(root, json_type_array)) {
        fprintf(stderr, "%s: error: invalid compile database: the top level is %s, not an array of entries\n", path,
                json_kind(root));
        rc = 2;
    }
    for (size_t i = 0; rc == 0 && i < json_object_array_length(root); i++) {
        char buf[256];
        const char *problem = compdb_entry_problem(json_object_array_get_idx(root, i), buf, sizeof(buf));
        if (problem) {
            fprintf(stderr, "%s: error: invalid compile database: entry %zu: %s\n", path, i + 1, problem);
            rc = 2;
        }
    }
    json_object_put(root);
    return rc;
}

/* Checks the source `file` (relative to `workdir` when that is not NULL) before it is queued:
 * on a problem records an error for the report in prog->diags and returns 2, else records the
 * file in `inputs` and returns 0. */
static int check_source(struct ir_program *prog, struct vec *inputs, const char *file, const char *workdir)
{
    char path[PATH_MAX], msg[512];
    if (workdir && file[0] != '/')
        snprintf(path, sizeof(path), "%s/%s", workdir, file);
    else
        snprintf(path, sizeof(path), "%s", file);
    struct fio_id id;
    if (fio_check_source(path, &id, msg, sizeof(msg)) == 0) {
        add_input(inputs, &id, file, false);
        return 0;
    }
    struct ir_diag *d = vec_push(&prog->diags);
    d->loc.file = ir_intern(prog, file);
    d->message = arena_strdup(&prog->arena, msg);
    d->fatal = true;
    return 2;
}

/* Refuses outputs that would replace one of the run's inputs (compared as files: device and
 * inode, so any name of it counts) or each other. --write-baseline may name the --baseline file:
 * that refreshes it, the old one having been read already. Returns 0, or 2 (printed). */
static int check_outputs(const struct opts *o, const struct vec *inputs)
{
    const char *outs[2] = {o->outfile, o->write_baseline};
    const char *opt[2] = {"-o", "--write-baseline"};
    struct fio_id id[2];
    bool exists[2] = {false, false};
    for (int k = 0; k < 2; k++) {
        if (!outs[k])
            continue;
        exists[k] = fio_out_target(outs[k], &id[k]);
        for (size_t i = 0; exists[k] && i < inputs->len; i++) {
            const struct input *in = vec_at(inputs, i);
            if (!fio_same(&id[k], &in->id) || (k == 1 && in->baseline))
                continue;
            fprintf(stderr,
                    "ddicheck: error: %s %s names the input file %s; writing the %s there would replace it "
                    "(nothing was written)\n",
                    opt[k], outs[k], in->name, k ? "baseline" : "report");
            return 2;
        }
    }
    if (outs[0] && outs[1] && ((exists[0] && exists[1] && fio_same(&id[0], &id[1])) || strcmp(outs[0], outs[1]) == 0)) {
        fprintf(stderr, "ddicheck: error: -o and --write-baseline name the same file %s (nothing was written)\n",
                outs[0]);
        return 2;
    }
    return 0;
}

/* Writes the report in `format` to `path` ("-": standard output) through fileio.h: whole or not at
 * all. `what` ("report", "baseline") is for messages. Returns 0, or 2 (printed). */
static int write_report(const char *path, const char *what, const char *format, const struct findings *fs,
                        const struct vec *errors, const struct rpt_context *ctx)
{
    struct fio_out out;
    char why[512];
    const char *target = strcmp(path, "-") == 0 ? "standard output" : path;
    if (fio_out_open(&out, path, why, sizeof(why)) != 0) {
        fprintf(stderr, "ddicheck: error: cannot write the %s to %s: %s\n", what, target, why);
        return 2;
    }
    int rc = 0;
    if (strcmp(format, "json") == 0)
        rc = rpt_json_ex(out.fp, fs, errors, ctx);
    else if (strcmp(format, "sarif") == 0)
        rc = rpt_sarif(out.fp, fs, errors, ctx);
    else
        rpt_text_ex(out.fp, fs, errors, ctx);
    if (rc != 0) { /* the reporter failed: nothing is committed */
        bool write_error = ferror(out.fp);
        int e = errno;
        fio_out_abort(&out);
        if (write_error)
            fprintf(stderr, "ddicheck: error: cannot write the %s to %s: %s\n", what, target, strerror(e));
        return 2;
    }
    if (fio_out_commit(&out, why, sizeof(why)) != 0) {
        fprintf(stderr, "ddicheck: error: cannot write the %s to %s: %s\n", what, target, why);
        return 2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct opts o;
    memset(&o, 0, sizeof(o));
    o.format = "text";
    vec_init(&o.files, sizeof(char *));
    vec_init(&o.cflags, sizeof(char *));
    vec_init(&o.enable, sizeof(char *));
    vec_init(&o.disable, sizeof(char *));
    int rc = parse_args(argc, argv, &o);
    struct rules rules;
    bool rules_loaded = false;
    struct ir_program prog;
    ir_program_init(&prog);
    struct findings fs;
    findings_init(&fs);
    struct vec cmds;
    vec_init(&cmds, sizeof(struct cx_compile_cmd));
    struct vec vd;
    vec_init(&vd, sizeof(struct vdiag));
    struct cfg_cache cc;
    vec_init(&cc.items, sizeof(struct cfg *));
    cfg_init(&cc.none);
    struct vec suppressed;
    vec_init(&suppressed, sizeof(struct rpt_suppressed));
    struct baseline bl;
    bool bl_loaded = false;
    struct vec inputs; /* struct input: every file the run reads */
    vec_init(&inputs, sizeof(struct input));
    struct vec readable; /* const char *: the FILEs that passed check_source(), for --verify */
    vec_init(&readable, sizeof(char *));
    bool write_failed = false; /* a report could not be written (and that was said) */
    char compdb[PATH_MAX];
    if (rc) {
        if (rc < 0) /* --help, --version */
            rc = 0;
        goto out;
    }

    char databuf[PATH_MAX];
    const char *data = ddc_data_dir(NULL, databuf, sizeof(databuf));
    char rdir[PATH_MAX], incdir[PATH_MAX];
    if (snprintf(rdir, sizeof(rdir), "%s/rules", data) >= (int)sizeof(rdir) ||
        snprintf(incdir, sizeof(incdir), "%s/runtime-model/include", data) >= (int)sizeof(incdir)) {
        fprintf(stderr, "ddicheck: error: data directory path too long: %s\n", data);
        rc = 2;
        goto out;
    }
    char *err = NULL;
    if (rule_load(&rules, o.rules_dir ? o.rules_dir : rdir, &err) != 0) {
        fprintf(stderr, "%s\n", err ? err : "ddicheck: error: cannot load rules");
        free(err);
        rule_free(&rules);
        rc = 2;
        goto out;
    }
    rules_loaded = true;
    if (o.explain) {
        rc = explain_rule(&rules, o.explain);
        goto out;
    }
    if (o.list_rules) {
        const struct cfg *lc = config_for(&cc, &o, o.files.len ? *(const char **)vec_at(&o.files, 0) : NULL, &rc);
        if (rc || (rc = apply_rule_settings(&rules, &o, lc)) != 0)
            goto out;
        for (size_t i = 0; i < rules.defs.len; i++) {
            struct rule_def *d = vec_at(&rules.defs, i);
            printf("%-40s %-8s %s%s\n", d->id,
                   d->severity == SEV_ERROR  ? "error"
                   : d->severity == SEV_NOTE ? "note"
                                             : "warning",
                   d->summary, d->enabled ? "" : " (disabled)");
        }
        goto out;
    }
    if (!o.pdir && o.files.len == 0) {
        rc = usage_error("%s", "no input files (give FILE... or -p BUILD_DIR)");
        goto out;
    }
    if (o.baseline) { /* read first: a bad baseline stops the run before the analysis */
        bl_loaded = true;
        if (bl_load(&bl, o.baseline, &err) != 0) {
            fprintf(stderr, "%s\n", err ? err : "ddicheck: error: cannot read the baseline");
            free(err);
            rc = 2;
            goto out;
        }
        add_input(&inputs, &bl.id, o.baseline, true);
    }
    if (cx_init() != 0) {
        fprintf(stderr, "ddicheck: error: cannot initialise libclang\n");
        rc = 2;
        goto out;
    }
    int worst = 0;
    if (o.pdir) {
        snprintf(compdb, sizeof(compdb), "%s/compile_commands.json", o.pdir);
        if (check_compdb(compdb, &inputs) != 0) {
            rc = 2;
            cx_fini();
            goto out;
        }
        if (cx_load_compdb(o.pdir, &cmds, &err) != 0) {
            fprintf(stderr, "%s\n", err ? err : "ddicheck: error: cannot load the compile database");
            free(err);
            rc = 2;
            cx_fini();
            goto out;
        }
        if (cmds.len == 0) {
            fprintf(stderr, "%s/compile_commands.json: error: the compile database has no entries\n", o.pdir);
            rc = 2;
            cx_fini();
            goto out;
        }
    }
    /* rule settings come from the configuration of the run's first source */
    char first[PATH_MAX];
    if (o.files.len)
        snprintf(first, sizeof(first), "%s", *(const char **)vec_at(&o.files, 0));
    else {
        struct cx_compile_cmd *c0 = vec_at(&cmds, 0);
        snprintf(first, sizeof(first), "%s%s%s", c0->file[0] == '/' ? "" : c0->directory, c0->file[0] == '/' ? "" : "/",
                 c0->file);
    }
    const struct cfg *runcfg = config_for(&cc, &o, first, &rc);
    if (rc || (rc = apply_rule_settings(&rules, &o, runcfg)) != 0) {
        cx_fini();
        goto out;
    }
    struct vec jobs;
    vec_init(&jobs, sizeof(struct cx_job));
    struct vec flag_arrays; /* arrays from config_flags(), freed after parsing */
    vec_init(&flag_arrays, sizeof(void *));
    if (o.pdir) {
        for (size_t i = 0; i < cmds.len; i++) {
            struct cx_compile_cmd *c = vec_at(&cmds, i);
            if (o.files.len) {
                bool want = false;
                for (size_t f = 0; f < o.files.len && !want; f++) {
                    char a[PATH_MAX], b[PATH_MAX], full[PATH_MAX];
                    const char *given = *(const char **)vec_at(&o.files, f);
                    if (c->file[0] != '/')
                        snprintf(full, sizeof(full), "%s/%s", c->directory, c->file);
                    else
                        snprintf(full, sizeof(full), "%s", c->file);
                    want = realpath(given, a) && realpath(full, b) && strcmp(a, b) == 0;
                }
                if (!want)
                    continue;
            }
            /* the user's extra flags and the configuration's go after the compile command */
            char full[PATH_MAX];
            snprintf(full, sizeof(full), "%s%s%s", c->file[0] == '/' ? "" : c->directory, c->file[0] == '/' ? "" : "/",
                     c->file);
            const struct cfg *fc = config_for(&cc, &o, full, &rc);
            if (rc) {
                cx_fini();
                drop_jobs(&jobs, &flag_arrays);
                goto out;
            }
            if (check_source(&prog, &inputs, c->file, c->directory) != 0) {
                worst = 2;
                continue;
            }
            int n = 0;
            const char **argv2 = config_flags(fc, (const char *const *)c->argv, c->argc,
                                              (const char *const *)o.cflags.data, (int)o.cflags.len, &n);
            int m = 0;
            const char **full_argv = ddc_clang_argv(c->file, argv2, n, c->directory, incdir, &m);
            add_job(&jobs, c->file, full_argv, m, c->directory);
            *(void **)vec_push(&flag_arrays) = (void *)argv2;
        }
    } else {
        for (size_t f = 0; f < o.files.len; f++) {
            const char *file = *(const char **)vec_at(&o.files, f);
            const struct cfg *fc = config_for(&cc, &o, file, &rc);
            if (rc) {
                cx_fini();
                drop_jobs(&jobs, &flag_arrays);
                goto out;
            }
            if (check_source(&prog, &inputs, file, NULL) != 0) {
                worst = 2;
                continue;
            }
            push_str(&readable, file);
            int n = 0;
            const char **flags = config_flags(fc, NULL, 0, (const char *const *)o.cflags.data, (int)o.cflags.len, &n);
            int argc = 0;
            const char **argv = ddc_clang_argv(file, flags, n, NULL, incdir, &argc);
            add_job(&jobs, file, argv, argc, NULL);
            *(void **)vec_push(&flag_arrays) = (void *)flags;
        }
    }
    cx_fini();
    /* every input is known now: refuse before the analysis to write over one of them */
    for (size_t i = 0; i < cc.items.len; i++) {
        const struct cfg *c = *(struct cfg **)vec_at(&cc.items, i);
        add_input(&inputs, &c->id, c->path, false);
    }
    if ((rc = check_outputs(&o, &inputs)) != 0) {
        drop_jobs(&jobs, &flag_arrays);
        goto out;
    }
    size_t unreadable = prog.diags.len; /* the errors of check_source(), before clang's */
    int parsed = run_jobs(&prog, &jobs);
    if (parsed > worst)
        worst = parsed;
    for (size_t i = 0; i < flag_arrays.len; i++)
        free(*(void **)vec_at(&flag_arrays, i));
    vec_free(&flag_arrays);

    if (o.dump_ir)
        for (size_t i = 0; i < prog.funcs.len; i++)
            ir_dump_func(stdout, *(struct ir_func **)vec_at(&prog.funcs, i));
    struct dm_driver drv;
    dm_build(&drv, &prog, &rules);
    /* only some entries of a compile database: the rest of the driver is not in this run */
    drv.partial = o.pdir && o.files.len && o.files.len < cmds.len;
    if (o.dump_model)
        dump_model(stdout, &drv);
    irql_run(&drv, &fs, o.dump_irql ? stdout : NULL);
    if (ts_run(&drv, &fs) != 0)
        worst = 2;
    dm_free(&drv);
    findings_sort(&fs);
    /* severity overrides also apply to findings whose engine did not read the definition */
    for (size_t i = 0; i < fs.items.len; i++) {
        struct finding *f = vec_at(&fs.items, i);
        struct rule_def *d = rule_find(&rules, f->rule);
        if (d && runcfg->severity.len)
            f->severity = d->severity;
    }
    supp_apply(&fs, &suppressed);

    if (o.verify_prefix) {
        collect_vdiags(&vd, &fs, &prog.diags, &prog.arena);
        /* only files that can be read are searched for expectations (a FIFO would block) */
        struct vec bad_inputs = {prog.diags.data, unreadable, unreadable, prog.diags.item};
        rpt_text_diags(stderr, &bad_inputs);
        rc = verify_run(o.verify_prefix, (const char *const *)readable.data, (int)readable.len, &vd, stdout);
        if (unreadable) /* an input that cannot be read is an input error, as without --verify */
            rc = 2;
        if (rc == 0)
            printf("ddicheck --verify: %zu file(s), %zu finding(s) and %zu error(s) as expected\n", o.files.len,
                   fs.items.len, prog.diags.len);
        goto out;
    }
    struct rpt_context ctx = {
        .rules = &rules, .srcroot = o.srcroot, .suppressed = &suppressed, .show_suppressed = o.show_suppressed};
    const char **fps = bl_fingerprints(&fs, &fs.arena);
    ctx.fingerprints = fps;
    bool to_terminal = !o.outfile || strcmp(o.outfile, "-") == 0;
    if (!to_terminal) /* errors also go to stderr so that a CI log shows them */
        rpt_text_diags(stderr, &prog.diags);
    if (o.write_baseline && write_report(o.write_baseline, "baseline", "json", &fs, &prog.diags, &ctx) != 0) {
        rc = 2;
        write_failed = true;
        goto out;
    }
    if (bl_loaded)
        ctx.nbaselined = bl_filter(&fs, fps, &bl);
    if (write_report(o.outfile ? o.outfile : "-", "report", o.format, &fs, &prog.diags, &ctx) != 0) {
        rc = 2;
        write_failed = true;
    }
    if (suppressed.len && !o.show_suppressed)
        fprintf(stderr,
                "ddicheck: %zu finding(s) silenced by ddicheck-suppress comments (--show-suppressed lists them)\n",
                suppressed.len);
    if (ctx.nbaselined)
        fprintf(stderr, "ddicheck: %zu finding(s) hidden because the baseline %s has them\n", ctx.nbaselined,
                o.baseline);
    if (rc == 0) {
        enum rule_severity fail_on = runcfg->has_fail_on ? runcfg->fail_on : SEV_NOTE;
        if (o.fail_on)
            cfg_parse_severity(o.fail_on, &fail_on);
        bool failing = false;
        for (size_t i = 0; i < fs.items.len && !failing; i++)
            failing = ((const struct finding *)vec_at(&fs.items, i))->severity >= fail_on;
        rc = worst ? 2 : failing ? 1 : 0;
    }

out:
    if (!write_failed) { /* what went to standard output (dumps, lists, --verify) must have got there */
        char why[256];
        if (fio_check_stream(stdout, why, sizeof(why)) != 0) {
            fprintf(stderr, "ddicheck: error: cannot write to standard output: %s\n", why);
            rc = 2;
        }
    }
    vec_free(&inputs);
    vec_free(&readable);
    if (bl_loaded)
        bl_free(&bl);
    supp_free(&suppressed);
    cfg_cache_free(&cc);
    if (rules_loaded)
        rule_free(&rules);
    vec_free(&vd);
    cx_compile_cmds_free(&cmds);
    findings_free(&fs);
    ir_program_free(&prog);
    vec_free(&o.files);
    vec_free(&o.cflags);
    vec_free(&o.enable);
    vec_free(&o.disable);
    return rc;
}

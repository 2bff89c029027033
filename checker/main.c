/* main.c — the ddicheck command line: options, --list-rules and --explain, --verify, baselines,
 * the report and the exit status, over the pipeline every front end shares (api.h, ddc_run):
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
#include "ir.h"
#include "report.h"
#include "rules.h"
#include "verify.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DDICHECK_VERSION
#define DDICHECK_VERSION "0.0.0"
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
    "  -p BUILD_DIR          read BUILD_DIR/compile_commands.json (or the nearest one above it; -p\n"
    "                        also takes the file itself); with FILEs, check only those. Without -p,\n"
    "                        compiler flags and --, FILEs listed in the nearest compile_commands.json\n"
    "                        up from the first FILE are checked with its entries\n"
    "  --own-headers         parse with ddicheck's own WDK headers instead of the include directories\n"
    "                        of a WDK named in the compile commands\n"
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
    bool list_rules, dump_ir, dump_irql, dump_model, show_suppressed, no_config, own_headers;
    bool dashdash;     /* "--" was given: the flags are fixed, no compile database is searched for */
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
            o->dashdash = true;
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
        else if (strcmp(a, "--own-headers") == 0)
            o->own_headers = true;
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

/* Prints the message of a failed pipeline run (api.h) as the command line words it. Returns 2. */
static int run_error(const struct ddc_result *res, char *err)
{
    const char *msg = err ? err : "the analysis failed";
    if (res->err_kind == DDC_ERR_OPTION)
        usage_error("%s", msg);
    else if (res->err_kind == DDC_ERR_INPUT)
        fprintf(stderr, "%s\n", msg);
    else
        fprintf(stderr, "ddicheck: error: %s\n", msg);
    free(err);
    return 2;
}

/* Copies the command line's rule patterns into the pipeline's options. */
static void push_patterns(struct vec *to, const struct vec *from)
{
    for (size_t i = 0; i < from->len; i++) {
        char *p = strdup(*(const char **)vec_at(from, i));
        if (!p)
            abort();
        *(char **)vec_push(to) = p;
    }
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
    struct ddc_options po;
    ddc_options_init(&po);
    struct ddc_result res;
    bool ran = false;
    struct vec vd;
    vec_init(&vd, sizeof(struct vdiag));
    struct baseline bl;
    bool bl_loaded = false;
    struct vec inputs; /* struct input: every file the run reads */
    vec_init(&inputs, sizeof(struct input));
    struct vec readable; /* const char *: the FILEs that can be read, for --verify */
    vec_init(&readable, sizeof(char *));
    bool write_failed = false; /* a report could not be written (and that was said) */
    char *err = NULL;
    if (rc) {
        if (rc < 0) /* --help, --version */
            rc = 0;
        goto out;
    }

    po.rules_dir = o.rules_dir;
    if (o.explain) {
        /* the rules as defined: no configuration, no --enable/--disable */
        struct ddc_inputs none = {0};
        po.no_config = po.rules_only = true;
        ran = true;
        if (ddc_run(&po, &none, &res, &err) != 0)
            rc = run_error(&res, err);
        else
            rc = explain_rule(&res.rules, o.explain);
        goto out;
    }
    push_patterns(&po.enable, &o.enable);
    push_patterns(&po.disable, &o.disable);
    po.config = o.config;
    po.no_config = o.no_config;
    po.own_headers = o.own_headers;
    po.rules_only = o.list_rules;
    po.dump_ir = o.dump_ir ? stdout : NULL;
    po.dump_irql = o.dump_irql ? stdout : NULL;
    po.dump_model = o.dump_model ? stdout : NULL;
    if (!o.list_rules && o.baseline) { /* read first: a bad baseline stops the run before the analysis */
        bl_loaded = true;
        if (bl_load(&bl, o.baseline, &err) != 0) {
            fprintf(stderr, "%s\n", err ? err : "ddicheck: error: cannot read the baseline");
            free(err);
            rc = 2;
            goto out;
        }
        add_input(&inputs, &bl.id, o.baseline, true);
    }
    struct ddc_inputs in = {(const char *const *)o.files.data,
                            (int)o.files.len,
                            (const char *const *)o.cflags.data,
                            (int)o.cflags.len,
                            o.pdir,
                            NULL,
                            !o.pdir && !o.dashdash && o.cflags.len == 0};
    ran = true;
    int worst = ddc_run(&po, &in, &res, &err);
    if (worst && !res.analyzed) {
        rc = run_error(&res, err);
        goto out;
    }
    free(err); /* a failure after the analysis was printed by the engine */
    err = NULL;
    if (o.list_rules) {
        for (size_t i = 0; i < res.rules.defs.len; i++) {
            struct rule_def *d = vec_at(&res.rules.defs, i);
            printf("%-40s %-8s %s%s\n", d->id,
                   d->severity == SEV_ERROR  ? "error"
                   : d->severity == SEV_NOTE ? "note"
                                             : "warning",
                   d->summary, d->enabled ? "" : " (disabled)");
        }
        goto out;
    }
    /* every input is known now: refuse to write over one of them */
    for (size_t i = 0; i < res.inputs.len; i++) {
        const struct ddc_input *ri = vec_at(&res.inputs, i);
        add_input(&inputs, &ri->id, ri->name, false);
    }
    if ((rc = check_outputs(&o, &inputs)) != 0)
        goto out;

    if (o.verify_prefix) {
        collect_vdiags(&vd, &res.findings, &res.prog.diags, &res.prog.arena);
        /* only files that can be read are searched for expectations (a FIFO would block) */
        for (size_t f = 0; f < o.files.len; f++) {
            const char *file = *(const char **)vec_at(&o.files, f);
            char msg[512];
            if (fio_check_source(file, NULL, msg, sizeof(msg)) == 0)
                push_str(&readable, file);
        }
        struct vec bad_inputs = {res.prog.diags.data, res.unreadable, res.unreadable, res.prog.diags.item};
        rpt_text_diags(stderr, &bad_inputs);
        rc = verify_run(o.verify_prefix, (const char *const *)readable.data, (int)readable.len, &vd, stdout);
        if (res.unreadable) /* an input that cannot be read is an input error, as without --verify */
            rc = 2;
        if (rc == 0)
            printf("ddicheck --verify: %zu file(s), %zu finding(s) and %zu error(s) as expected\n", o.files.len,
                   res.findings.items.len, res.prog.diags.len);
        goto out;
    }
    struct rpt_context ctx = {
        .rules = &res.rules, .srcroot = o.srcroot, .suppressed = &res.suppressed, .show_suppressed = o.show_suppressed};
    const char **fps = bl_fingerprints(&res.findings, &res.findings.arena);
    ctx.fingerprints = fps;
    bool to_terminal = !o.outfile || strcmp(o.outfile, "-") == 0;
    if (!to_terminal) /* errors also go to stderr so that a CI log shows them */
        rpt_text_diags(stderr, &res.prog.diags);
    if (o.write_baseline &&
        write_report(o.write_baseline, "baseline", "json", &res.findings, &res.prog.diags, &ctx) != 0) {
        rc = 2;
        write_failed = true;
        goto out;
    }
    if (bl_loaded)
        ctx.nbaselined = bl_filter(&res.findings, fps, &bl);
    if (write_report(o.outfile ? o.outfile : "-", "report", o.format, &res.findings, &res.prog.diags, &ctx) != 0) {
        rc = 2;
        write_failed = true;
    }
    if (res.suppressed.len && !o.show_suppressed)
        fprintf(stderr,
                "ddicheck: %zu finding(s) silenced by ddicheck-suppress comments (--show-suppressed lists them)\n",
                res.suppressed.len);
    if (ctx.nbaselined)
        fprintf(stderr, "ddicheck: %zu finding(s) hidden because the baseline %s has them\n", ctx.nbaselined,
                o.baseline);
    if (rc == 0) {
        enum rule_severity fail_on = res.has_fail_on ? res.fail_on : SEV_NOTE;
        if (o.fail_on)
            cfg_parse_severity(o.fail_on, &fail_on);
        bool failing = false;
        for (size_t i = 0; i < res.findings.items.len && !failing; i++)
            failing = ((const struct finding *)vec_at(&res.findings.items, i))->severity >= fail_on;
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
    if (ran)
        ddc_result_free(&res);
    ddc_options_free(&po);
    vec_free(&vd);
    vec_free(&o.files);
    vec_free(&o.cflags);
    vec_free(&o.enable);
    vec_free(&o.disable);
    return rc;
}

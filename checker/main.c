/* main.c — the ddicheck command line: options, --list-rules and --explain, --verify, baselines,
 * the report and the exit status, over the pipeline every front end shares (api.h, ddc_run):
 *
 *   sources + flags -> frontend -> IR -> driver model -> analyses/rules -> findings -> reporter
 *
 * Options are read with getopt_long after response files are expanded and the compiler flags set
 * apart (cmdline.h); clang-tidy's command line is accepted too (--extra-arg(-before), -p=DIR, a
 * compile command after --, see the --help text below). Directories given as inputs stand for the
 * .c files below them, less --exclude. On a terminal the text report is coloured, a progress line
 * shows runs over a second, and a summary closes the run (all off with -q).
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
#include "cmdline.h"
#include "config.h"
#include "fileio.h"
#include "finding.h"
#include "ir.h"
#include "report.h"
#include "rules.h"
#include "suppress.h"
#include "verify.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef DDICHECK_VERSION
#define DDICHECK_VERSION "0.0.0"
#endif

/* The --help text, grouped as the man page (docs/ddicheck.1, generated from it) shows it. Each
 * option line starts with two spaces and the option; scripts/gen-manpage.py reads that layout. */
/* The --help text: the one source of the man page and the shell completions, which
 * scripts/gen-cli-docs.py generates from it at build time. Its layout is what that script reads:
 * groups are lines ending in ':' without indentation; an option (or variable, or file) line starts
 * with two spaces, its name, and at least two spaces before the description; a description goes on
 * on lines indented further; a metavariable lists its choices as a|b|c; the paragraphs after the
 * groups become sections of the page (the one starting "Exit status:" its EXIT STATUS). */
static const char usage_text[] =
    "usage: ddicheck [options] FILE|DIR... [-- COMPILER-FLAGS...]\n"
    "       ddicheck -p BUILD_DIR [options] [FILE|DIR...]\n"
    "       ddicheck [options] FILE -- COMPILER ARGS...\n"
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
    "  DIR                   every .c file below DIR (hidden directories skipped)\n"
    "  --exclude=GLOB        leave out inputs matching GLOB (a path glob, or a name glob matched\n"
    "                        against every path component); may be repeated\n"
    "  @FILE                 read more arguments from FILE (gcc response-file syntax)\n"
    "  --own-headers         parse with ddicheck's own WDK headers instead of the include directories\n"
    "                        of a WDK named in the compile commands\n"
    "  -I DIR, -isystem DIR, -D NAME[=VALUE], -U NAME, -include FILE, --target=TRIPLE, -std=STD\n"
    "                        compiler flags (also anything after --); without an include path\n"
    "                        holding ndis.h, ddicheck's own NDIS headers are used\n"
    "  --extra-arg=FLAG      add FLAG to every compile, after the other flags (clang-tidy's option)\n"
    "  --extra-arg-before=FLAG  add FLAG to every compile, before the other flags\n"
    "  --header-filter=REGEX\n"
    "                        the driver's own headers (their path matches REGEX; default: every\n"
    "                        header outside the system include paths; '' for none): the functions\n"
    "                        they define (static __inline, FORCEINLINE) are analyzed where called\n"
    "  -j N, --jobs=N        parse N files at a time (default: DDICHECK_JOBS, else the CPUs)\n"
    "Rules:\n"
    "  --list-rules          list the rules and exit\n"
    "  --enable=IDS          enable only these rules (comma-separated ids or globs, e.g. Irql_*)\n"
    "  --disable=IDS         disable these rules\n"
    "  --rules-dir=DIR       read rules from DIR instead of the installed rules/\n"
    "  --explain=ID          print the rule's documentation page and exit (also --explain ID)\n"
    "Configuration:\n"
    "  --config=FILE         use FILE for every source instead of the nearest .ddicheck.json\n"
    "  --no-config           ignore .ddicheck.json files\n"
    "  --dump-config         print the configuration that applies to the first FILE (or to the\n"
    "                        current directory), inherited settings merged, and exit\n"
    "Suppressions:\n"
    "  --suppressions-list=FILE  suppress the findings FILE lists (RuleId:path-glob[:line] lines)\n"
    "  --report-unused-suppressions  warn about suppressions that silence nothing (exit status 1)\n"
    "  --show-suppressed     also list the findings that suppressions silence\n"
    "Output:\n"
    "  --format=text|json|sarif|github|gitlab|checkstyle\n"
    "                        report format (default text); github: workflow commands, gitlab: Code\n"
    "                        Quality JSON, checkstyle: XML for Jenkins\n"
    "  -o FILE               write the report to FILE (written whole or not at all; - for standard\n"
    "                        output; never over an input file)\n"
    "  --color=auto|always|never  colour the text report (default auto: on a terminal, unless\n"
    "                        NO_COLOR is set)\n"
    "  --no-caret            text: no source line and caret under each location\n"
    "  -q, --quiet           print the findings only: no summary, no progress, no counts\n"
    "  --srcroot=DIR         sarif, github, gitlab: paths are relative to DIR (default: the current\n"
    "                        directory)\n"
    "  --baseline=FILE       report only findings absent from FILE, an earlier JSON report\n"
    "  --write-baseline=FILE\n"
    "                        write the current findings to FILE as a baseline (JSON report)\n"
    "  --fail-on=error|warning|note  least severity that makes the exit status 1 (default note)\n"
    "  --verify[=PREFIX]     check the findings against // expected-warning {{...}} comments\n"
    "  --dump-ir             print the IR of every function\n"
    "  --dump-irql           print each function's entry IRQL and the IRQL at each call\n"
    "  --dump-model          print the driver model (roles, driver kind)\n"
    "  --version             print the version and exit\n"
    "  -h, --help            print this help and exit\n"
    "Environment:\n"
    "  DDICHECK_JOBS=N       parsing threads when -j is not given\n"
    "  DDICHECK_DATA_DIR=DIR\n"
    "                        where rules/ and runtime-model/include/ are (default: the installed\n"
    "                        ../share/ddicheck next to the program)\n"
    "  NO_COLOR              no colours under --color=auto (https://no-color.org)\n"
    "Files:\n"
    "  .ddicheck.json        the configuration, looked for from each source's directory up to /\n"
    "\n"
    "Exit status: 0 clean, 1 findings (at or above --fail-on), 2 usage or input error.\n"
    "\n"
    "As CMake's CMAKE_C_CLANG_TIDY, ddicheck gets a compiler command after -- (a first word that is\n"
    "not a flag): its flags and sources are read, and findings give status 0 unless --fail-on is\n"
    "given, as clang-tidy's warnings do.\n";

enum color_when { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct opts {
    const char *pdir;
    const char *format;
    const char *outfile;
    const char *verify_prefix;
    const char *rules_dir;
    const char *srcroot, *baseline, *write_baseline, *explain, *config, *supp_list, *header_filter;
    const char *fail_on; /* NULL = from the configuration, else "error", "warning" or "note" */
    bool list_rules, dump_ir, dump_irql, dump_model, show_suppressed, no_config, quiet, no_caret, report_unused;
    bool compile_mode; /* a compiler command followed `--` (clang-tidy's form) */
    bool dump_config;
    enum color_when color;
    int jobs;
    bool own_headers;
    bool dashdash;     /* "--" was given: the flags are fixed, no compile database is searched for */
    struct vec files;  /* const char * */
    struct vec cflags; /* const char * */
    struct vec enable, disable;
    struct vec excludes; /* const char *: --exclude globs */
    struct arena arena;  /* response-file words, directory entries */
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

enum {
    OPT_FORMAT = 256,
    OPT_VERIFY,
    OPT_ENABLE,
    OPT_DISABLE,
    OPT_RULES_DIR,
    OPT_LIST_RULES,
    OPT_EXPLAIN,
    OPT_SRCROOT,
    OPT_BASELINE,
    OPT_WRITE_BASELINE,
    OPT_CONFIG,
    OPT_NO_CONFIG,
    OPT_SHOW_SUPPRESSED,
    OPT_FAIL_ON,
    OPT_DUMP_IR,
    OPT_DUMP_IRQL,
    OPT_DUMP_MODEL,
    OPT_VERSION,
    OPT_COLOR,
    OPT_NO_CARET,
    OPT_EXCLUDE,
    OPT_SUPP_LIST,
    OPT_REPORT_UNUSED,
    OPT_DUMP_CONFIG,
    OPT_HEADER_FILTER,
    OPT_OWN_HEADERS,
};

static const struct option long_options[] = {
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {"jobs", required_argument, NULL, 'j'},
    {"quiet", no_argument, NULL, 'q'},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"verify", optional_argument, NULL, OPT_VERIFY},
    {"enable", required_argument, NULL, OPT_ENABLE},
    {"disable", required_argument, NULL, OPT_DISABLE},
    {"rules-dir", required_argument, NULL, OPT_RULES_DIR},
    {"list-rules", no_argument, NULL, OPT_LIST_RULES},
    {"explain", required_argument, NULL, OPT_EXPLAIN},
    {"srcroot", required_argument, NULL, OPT_SRCROOT},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"write-baseline", required_argument, NULL, OPT_WRITE_BASELINE},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"no-config", no_argument, NULL, OPT_NO_CONFIG},
    {"show-suppressed", no_argument, NULL, OPT_SHOW_SUPPRESSED},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"dump-ir", no_argument, NULL, OPT_DUMP_IR},
    {"dump-irql", no_argument, NULL, OPT_DUMP_IRQL},
    {"dump-model", no_argument, NULL, OPT_DUMP_MODEL},
    {"color", optional_argument, NULL, OPT_COLOR},
    {"colour", optional_argument, NULL, OPT_COLOR},
    {"use-color", optional_argument, NULL, OPT_COLOR}, /* clang-tidy's spelling */
    {"no-caret", no_argument, NULL, OPT_NO_CARET},
    {"exclude", required_argument, NULL, OPT_EXCLUDE},
    {"suppressions-list", required_argument, NULL, OPT_SUPP_LIST},
    {"report-unused-suppressions", no_argument, NULL, OPT_REPORT_UNUSED},
    {"dump-config", no_argument, NULL, OPT_DUMP_CONFIG},
    {"header-filter", required_argument, NULL, OPT_HEADER_FILTER},
    {"own-headers", no_argument, NULL, OPT_OWN_HEADERS},
    {NULL, 0, NULL, 0},
};

/* The long option `word` ("--name" or "--name=value") names, if it names one exactly or by a
 * unique prefix (as getopt_long reads it); NULL otherwise. */
static const struct option *long_option(const char *word)
{
    if (strncmp(word, "--", 2) != 0)
        return NULL;
    const char *name = word + 2;
    size_t len = strcspn(name, "=");
    const struct option *hit = NULL;
    for (const struct option *o = long_options; o->name; o++) {
        if (strncmp(o->name, name, len) != 0)
            continue;
        if (strlen(o->name) == len)
            return o;
        hit = hit ? (const struct option *)-1 : o;
    }
    return hit == (const struct option *)-1 ? NULL : hit;
}

/* Compiler flags taken on ddicheck's command line: with a separate value, or joined. */
static bool is_compiler_flag(const char *a, bool *separate)
{
    static const char *const with_arg[] = {"-I",       "-D",      "-U",         "-isystem",
                                           "-include", "-iquote", "-idirafter", "-imacros"};
    *separate = false;
    for (size_t k = 0; k < sizeof(with_arg) / sizeof(with_arg[0]); k++)
        if (strcmp(a, with_arg[k]) == 0) {
            *separate = true;
            return true;
        }
    return strncmp(a, "-I", 2) == 0 || strncmp(a, "-D", 2) == 0 || strncmp(a, "-U", 2) == 0 ||
           strncmp(a, "--target=", 9) == 0 || strncmp(a, "-std=", 5) == 0 || strncmp(a, "-f", 2) == 0 ||
           strncmp(a, "-m", 2) == 0 || strncmp(a, "-W", 2) == 0 || strncmp(a, "-isystem", 8) == 0 ||
           strncmp(a, "-iquote", 7) == 0 || strncmp(a, "-idirafter", 10) == 0 || strncmp(a, "--sysroot=", 10) == 0;
}

/* clang-tidy options ddicheck accepts in their single-dash spelling (LLVM's command-line library
 * takes -name and --name alike): the word to hand to getopt_long, or NULL. */
static const char *clang_tidy_alias(struct arena *a, const char *w)
{
    static const char *const names[] = {"-quiet", "-extra-arg=", "-extra-arg-before=", "-use-color", "-header-filter="};
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
        size_t n = strlen(names[k]);
        if (names[k][n - 1] == '=' ? strncmp(w, names[k], n) == 0 : strcmp(w, names[k]) == 0)
            return arena_cat(a, "-", w, NULL);
    }
    return NULL;
}

/* Parses the command line into `o`. Returns 0, 2 after a usage error (printed), or -1 after
 * printing --help or --version (nothing else to do). */
static int parse_args(int argc, char **argv, struct opts *o)
{
    /* response files first, then the words before `--` split into ddicheck's options (for
     * getopt_long) and compiler flags; --extra-arg(-before) collected on the way */
    struct vec words, opt_words, before, after, tail;
    vec_init(&words, sizeof(char *));
    vec_init(&opt_words, sizeof(char *));
    vec_init(&before, sizeof(char *));
    vec_init(&after, sizeof(char *));
    vec_init(&tail, sizeof(char *));
    cl_expand_args((const char *const *)argv, 1, argc, &words, &o->arena, 16);
    push_str(&opt_words, "ddicheck");
    int rc = 0;
    size_t n = words.len, i = 0;
    const char **w = words.data;
    for (; i < n; i++) {
        const char *a = w[i];
        bool separate;
        if (strcmp(a, "--") == 0) {
            o->dashdash = true;
            for (i++; i < n; i++)
                push_str(&tail, w[i]);
            break;
        }
        const char *alias = clang_tidy_alias(&o->arena, a);
        if (alias)
            a = alias;
        if (strncmp(a, "--extra-arg=", 12) == 0)
            push_str(&after, a + 12);
        else if (strncmp(a, "--extra-arg-before=", 19) == 0)
            push_str(&before, a + 19);
        else if (strcmp(a, "--extra-arg") == 0 || strcmp(a, "--extra-arg-before") == 0) {
            if (i + 1 >= n) {
                rc = usage_error("%s needs a compiler flag", a);
                goto done;
            }
            push_str(a[11] ? &before : &after, w[++i]);
        } else if (strncmp(a, "--", 2) != 0 && is_compiler_flag(a, &separate)) {
            if (separate && i + 1 >= n) {
                rc = usage_error("%s needs an argument", a);
                goto done;
            }
            push_str(&o->cflags, a);
            if (separate)
                push_str(&o->cflags, w[++i]);
        } else {
            push_str(&opt_words, a);
            /* an option's separate value goes along, so that it is not taken for a flag */
            const struct option *lo = long_option(a);
            bool takes = (lo && lo->has_arg == required_argument && !strchr(a, '=')) ||
                         (strlen(a) == 2 && (a[1] == 'o' || a[1] == 'p' || a[1] == 'j') && a[0] == '-');
            if (takes && i + 1 < n)
                push_str(&opt_words, w[++i]);
        }
    }

    opterr = 0;
    optind = 1;
    int oargc = (int)opt_words.len;
    push_str(&opt_words, NULL);
    char **oargv = opt_words.data;
    int c;
    while ((c = getopt_long(oargc, oargv, ":hp:o:j:q", long_options, NULL)) != -1) {
        char *arg = optarg;
        switch (c) {
        case 'h':
            fputs(usage_text, stdout);
            rc = -1;
            goto done;
        case OPT_VERSION:
            printf("ddicheck %s (libclang 19)\n", DDICHECK_VERSION);
            rc = -1;
            goto done;
        case 'p': o->pdir = arg[0] == '=' ? arg + 1 : arg; break; /* clang-tidy's -p=DIR */
        case 'o': o->outfile = arg; break;
        case 'j': {
            char *end;
            long v = strtol(arg, &end, 10);
            if (*end || v < 1 || v > 1024) {
                rc = usage_error("-j needs a number of jobs from 1 to 1024, not '%s'", arg);
                goto done;
            }
            o->jobs = (int)v;
            break;
        }
        case 'q': o->quiet = true; break;
        case OPT_FORMAT:
            o->format = arg;
            if (strcmp(arg, "text") && strcmp(arg, "json") && strcmp(arg, "sarif") && strcmp(arg, "github") &&
                strcmp(arg, "gitlab") && strcmp(arg, "checkstyle")) {
                rc = usage_error("unknown format '%s' (use text, json, sarif, github, gitlab or checkstyle)", arg);
                goto done;
            }
            break;
        case OPT_VERIFY:
            o->verify_prefix = arg ? arg : "expected";
            if (!*o->verify_prefix) {
                rc = usage_error("%s needs a prefix", "--verify=");
                goto done;
            }
            break;
        case OPT_ENABLE: push_list(&o->enable, arg); break;
        case OPT_DISABLE: push_list(&o->disable, arg); break;
        case OPT_RULES_DIR: o->rules_dir = arg; break;
        case OPT_LIST_RULES: o->list_rules = true; break;
        case OPT_EXPLAIN: o->explain = arg; break;
        case OPT_SRCROOT: o->srcroot = arg; break;
        case OPT_BASELINE: o->baseline = arg; break;
        case OPT_WRITE_BASELINE: o->write_baseline = arg; break;
        case OPT_CONFIG: o->config = arg; break;
        case OPT_NO_CONFIG: o->no_config = true; break;
        case OPT_SHOW_SUPPRESSED: o->show_suppressed = true; break;
        case OPT_FAIL_ON: {
            enum rule_severity sev;
            o->fail_on = arg;
            if (!rule_parse_severity(arg, &sev)) {
                rc = usage_error("unknown --fail-on level '%s' (use error, warning or note)", arg);
                goto done;
            }
            break;
        }
        case OPT_DUMP_IR: o->dump_ir = true; break;
        case OPT_DUMP_IRQL: o->dump_irql = true; break;
        case OPT_DUMP_MODEL: o->dump_model = true; break;
        case OPT_COLOR:
            if (!arg || strcmp(arg, "always") == 0 || strcmp(arg, "true") == 0)
                o->color = COLOR_ALWAYS;
            else if (strcmp(arg, "never") == 0 || strcmp(arg, "false") == 0)
                o->color = COLOR_NEVER;
            else if (strcmp(arg, "auto") == 0)
                o->color = COLOR_AUTO;
            else {
                rc = usage_error("unknown --color value '%s' (use auto, always or never)", arg);
                goto done;
            }
            break;
        case OPT_NO_CARET: o->no_caret = true; break;
        case OPT_EXCLUDE: push_str(&o->excludes, arg); break;
        case OPT_SUPP_LIST: o->supp_list = arg; break;
        case OPT_REPORT_UNUSED: o->report_unused = true; break;
        case OPT_DUMP_CONFIG: o->dump_config = true; break;
        case OPT_HEADER_FILTER: o->header_filter = arg; break;
        case OPT_OWN_HEADERS: o->own_headers = true; break;
        case ':': rc = usage_error("%s needs an argument", oargv[optind - 1]); goto done;
        default: {
            const char *bad = oargv[optind - 1];
            char shortopt[3] = {'-', (char)optopt, 0};
            if (optopt && strncmp(bad, "--", 2) != 0)
                bad = shortopt;
            const struct option *lo = long_option(bad);
            if (lo && lo->has_arg == no_argument && strchr(bad, '='))
                rc = usage_error("%s takes no value", bad);
            else
                rc = usage_error("unknown option '%s'", bad);
            goto done;
        }
        }
    }
    struct vec given; /* FILE and DIR arguments, as given */
    vec_init(&given, sizeof(char *));
    for (int k = optind; k < oargc; k++)
        push_str(&given, oargv[k]);

    /* after `--`: compiler flags, or a whole compile command (clang-tidy's form) */
    if (tail.len && cl_is_compiler(*(const char **)vec_at(&tail, 0))) {
        struct cl_compile cc;
        cl_compile_init(&cc);
        cl_scan_compile_line((const char *const *)tail.data + 1, (int)tail.len - 1, &cc);
        o->compile_mode = true;
        for (size_t k = 0; k < cc.flags.len; k++)
            push_str(&o->cflags, *(const char **)vec_at(&cc.flags, k));
        for (size_t k = 0; !given.len && k < cc.inputs.len; k++)
            push_str(&given, *(const char **)vec_at(&cc.inputs, k));
        cl_compile_free(&cc);
    } else
        for (size_t k = 0; k < tail.len; k++)
            push_str(&o->cflags, *(const char **)vec_at(&tail, k));
    /* --extra-arg-before flags first, --extra-arg flags last */
    struct vec flags;
    vec_init(&flags, sizeof(char *));
    for (size_t k = 0; k < before.len; k++)
        push_str(&flags, *(const char **)vec_at(&before, k));
    for (size_t k = 0; k < o->cflags.len; k++)
        push_str(&flags, *(const char **)vec_at(&o->cflags, k));
    for (size_t k = 0; k < after.len; k++)
        push_str(&flags, *(const char **)vec_at(&after, k));
    vec_free(&o->cflags);
    o->cflags = flags;

    /* directories become the .c files below them; --exclude leaves paths out */
    const char *why = NULL;
    cl_expand_inputs(&given, &o->excludes, &o->files, &o->arena, &why);
    for (size_t k = 0; !why && k < given.len; k++) {
        const char *g = *(const char **)vec_at(&given, k);
        struct stat st;
        bool any = false;
        if (stat(g, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        size_t gl = strlen(g);
        for (size_t f = 0; f < o->files.len && !any; f++)
            any = strncmp(*(const char **)vec_at(&o->files, f), g, gl) == 0;
        if (!any)
            why = arena_printf(&o->arena, "%s: error: is a directory with no .c file below it%s", g,
                               o->excludes.len ? " (after --exclude)" : "");
    }
    vec_free(&given);
    if (why) {
        fprintf(stderr, "%s\n", why);
        rc = 2;
    }

done:
    /* the strings themselves are argv's or o->arena's */
    vec_free(&words);
    vec_free(&opt_words);
    vec_free(&before);
    vec_free(&after);
    vec_free(&tail);
    return rc;
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

/* Prints the configuration of `source` (NULL: the current directory) as --dump-config does.
 * Returns 0, or 2 for a configuration that does not read (printed). */
static int dump_config(const struct opts *o, const char *source)
{
    struct cfg c;
    cfg_init(&c);
    char path[PATH_MAX];
    char *err = NULL;
    int rc = 0;
    const char *file = o->no_config ? NULL
                       : o->config  ? o->config
                       : cfg_find(source ? source : ".", path, sizeof(path)) ? path
                                                                             : NULL;
    if (file && cfg_load(&c, file, &err) != 0) {
        fprintf(stderr, "%s\n", err ? err : "ddicheck: error: cannot read the configuration");
        rc = 2;
    } else {
        char *text = cfg_dump(&c);
        puts(text);
        free(text);
    }
    free(err);
    cfg_free(&c);
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
    else if (strcmp(format, "github") == 0)
        rc = rpt_github(out.fp, fs, errors, ctx);
    else if (strcmp(format, "gitlab") == 0)
        rc = rpt_gitlab(out.fp, fs, errors, ctx);
    else if (strcmp(format, "checkstyle") == 0)
        rc = rpt_checkstyle(out.fp, fs, errors, ctx);
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

/* ---- progress on a terminal: "[12/61] parsed drv.c", like ninja's status line ---- */

struct progress {
    bool on;    /* standard error is a terminal and -q was not given */
    bool shown; /* a line is on the screen (to be cleared) */
    struct timespec start;
};

static double seconds_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* The pipeline's progress callback (api.h): after the first second, rewrites one status line on
 * standard error, cut to the terminal's width. */
static void show_progress(void *ctx, const char *stage, size_t done, size_t total, const char *file)
{
    struct progress *p = ctx;
    if (!p->on || seconds_since(&p->start) < 1.0)
        return;
    char line[512];
    if (strcmp(stage, "parse") == 0)
        snprintf(line, sizeof(line), "[%zu/%zu] parsed %s", done, total, file ? file : "");
    else
        snprintf(line, sizeof(line), "[%zu/%zu] analyzing the driver", done, total);
    struct winsize ws;
    size_t width = ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 8 ? ws.ws_col - 1 : 79;
    if (strlen(line) > width)
        line[width] = 0;
    fprintf(stderr, "\r%s\033[K", line);
    fflush(stderr);
    p->shown = true;
}

static void clear_progress(struct progress *p)
{
    if (p->shown)
        fputs("\r\033[K", stderr);
    p->shown = false;
}

/* Whether output to `fd` is coloured under --color=WHEN: auto means a terminal (not TERM=dumb)
 * and no NO_COLOR in the environment (https://no-color.org). */
static bool use_color(enum color_when when, int fd)
{
    if (when != COLOR_AUTO)
        return when == COLOR_ALWAYS;
    const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
    return isatty(fd) && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
}

/* Prints the suppression problems `v` (struct supp_problem) to standard error as warnings. */
static void print_supp_problems(const struct vec *v, bool color)
{
    for (size_t i = 0; i < v->len; i++) {
        const struct supp_problem *p = vec_at(v, i);
        fprintf(stderr, "%s%s:%u:%u: %swarning: %s%s [suppression]%s\n", color ? "\033[1m" : "",
                p->loc.file ? p->loc.file : "ddicheck", p->loc.line, p->loc.col ? p->loc.col : 1,
                color ? "\033[0;1;35m" : "", color ? "\033[0m\033[1m" : "", p->message, color ? "\033[0m" : "");
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
    vec_init(&o.excludes, sizeof(char *));
    struct progress prog = {0};
    clock_gettime(CLOCK_MONOTONIC, &prog.start);
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
    if (o.dump_config) {
        rc = dump_config(&o, o.files.len ? *(const char **)vec_at(&o.files, 0) : NULL);
        goto out;
    }
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
    po.jobs = o.jobs;
    po.partial = o.compile_mode; /* one compile of a build, as clang-tidy sees it */
    po.suppressions_list = o.supp_list;
    po.header_filter = o.header_filter;
    po.dump_ir = o.dump_ir ? stdout : NULL;
    po.dump_irql = o.dump_irql ? stdout : NULL;
    po.dump_model = o.dump_model ? stdout : NULL;
    prog.on = !o.quiet && !o.verify_prefix && isatty(STDERR_FILENO);
    po.progress = show_progress;
    po.progress_ctx = &prog;
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
    clear_progress(&prog);
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

    bool err_color = use_color(o.color, STDERR_FILENO);
    print_supp_problems(&res.supp_problems, err_color);
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
    bool to_terminal = !o.outfile || strcmp(o.outfile, "-") == 0;
    struct rpt_context ctx = {.rules = &res.rules,
                              .srcroot = o.srcroot,
                              .suppressed = &res.suppressed,
                              .show_suppressed = o.show_suppressed,
                              .sources = res.sources,
                              .snippets = !o.no_caret,
                              .color = to_terminal && use_color(o.color, STDOUT_FILENO)};
    const char **fps = bl_fingerprints(&res.findings, res.sources, &res.findings.arena);
    ctx.fingerprints = fps;
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
    if (o.report_unused)
        print_supp_problems(&res.supp_unused, err_color);
    if (!o.quiet) {
        if (res.suppressed.len && !o.show_suppressed)
            fprintf(stderr, "ddicheck: %zu finding(s) silenced by suppressions (--show-suppressed lists them)\n",
                    res.suppressed.len);
        if (ctx.nbaselined)
            fprintf(stderr, "ddicheck: %zu finding(s) hidden because the baseline %s has them\n", ctx.nbaselined,
                    o.baseline);
        if (o.report_unused && res.supp_unused.len)
            fprintf(stderr, "ddicheck: %zu suppression(s) silence nothing\n", res.supp_unused.len);
        rpt_summary(stderr, &res.findings, &res.prog.diags, res.nsources, err_color);
    }
    if (rc == 0) {
        enum rule_severity fail_on = res.has_fail_on ? res.fail_on : SEV_NOTE;
        if (o.fail_on)
            rule_parse_severity(o.fail_on, &fail_on);
        bool failing = false;
        for (size_t i = 0; i < res.findings.items.len && !failing; i++)
            failing = ((const struct finding *)vec_at(&res.findings.items, i))->severity >= fail_on;
        if (o.compile_mode && !o.fail_on) /* clang-tidy's way: warnings do not fail the compile */
            failing = false;
        if (o.report_unused && res.supp_unused.len)
            failing = true;
        rc = worst ? 2 : failing ? 1 : 0;
    }

out:
    clear_progress(&prog);
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
    vec_free(&o.excludes);
    arena_free(&o.arena);
    return rc;
}

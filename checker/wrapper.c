/* wrapper.c — ddicheck-cc: a compiler wrapper that checks every C source it compiles.
 *
 * Two ways to use it:
 *   as a launcher:      ddicheck-cc gcc -c x.c -o x.o ...   (CMAKE_C_COMPILER_LAUNCHER=ddicheck-cc)
 *   as the compiler:    ddicheck-cc -c x.c -o x.o ...       (CC=ddicheck-cc; the real compiler is
 *                                                            $DDICHECK_CC, default "cc")
 * The first argument is taken as the compiler when it does not start with '-' or '@' and is not a
 * source, object or library file by its name, and either names an executable (a path, or a program
 * found in PATH) or names no file at all: `ddicheck-cc gcc-typo -c x.c` is a missing compiler
 * (error, exit 127), not an input of the default compiler. The compiler is looked up before the
 * analysis, so a missing one fails at once.
 *
 * For an invocation that compiles C (-c, -S, -fsyntax-only, or compile-and-link), the C inputs — files
 * ending in .c, or any file after `-x c` — are analyzed together, in a child process, with the compile
 * line's flags that change how the source parses: -I -D -U -include -imacros -isystem -iquote
 * -idirafter -isysroot --sysroot --target -target -std -ansi -nostdinc -undef -m32 -m64 -mx32 and the
 * -f flags of the C dialect (-fms-extensions, -fshort-wchar, -funsigned-char, ...). Response files
 * (@FILE) are read for this (cmdline.h: regular files only, so a FIFO is left to the compiler). Findings go to stderr
 * in ddicheck's text format
 * (`file:line:col: warning: MESSAGE [RuleId]` and `note:` lines). Then the real compiler runs with the
 * original arguments, unchanged, through execvp (no shell): it replaces the wrapper, so its exit
 * status is the wrapper's and signals reach it directly.
 *
 * The analysis child (isolate.h) runs in a process group of its own, under a time limit
 * (DDICHECK_TIMEOUT). When the limit passes, the wrapper prints `ddicheck-cc: warning: analysis of
 * FILE exceeded N s; skipped`, kills the child's process group and compiles. SIGINT, SIGTERM and
 * SIGHUP received during the analysis are forwarded to the child's group; once it has ended the
 * wrapper dies by the same signal, without compiling, so no analysis outlives it (and the child is
 * killed if the wrapper is killed outright, by SIGKILL).
 *
 * Inline suppressions and each source's .ddicheck.json apply, as for the command line (api.h).
 * Not analyzed: preprocessing only (-E, -M, -MM), `-###`, invocations without a C input (linking,
 * assembling, C++), stdin (`-`), other -x languages (c-header, cpp-output, ...).
 *
 * Environment:
 *   DDICHECK_CC        the real compiler when used as the compiler (words split on blanks, so
 *                      "ccache gcc" works); default "cc"
 *   DDICHECK_WERROR=1  findings fail the compile: the wrapper exits 1 without running the compiler,
 *                      so no object file is left behind and the next build checks the file again
 *   DDICHECK_FLAGS     ddicheck options: --enable=IDS, --disable=IDS, --rules-dir=DIR; compiler flags
 *                      given here (-I, -D, ...) apply to the analysis only
 *   DDICHECK_DATA_DIR  where rules/ and runtime-model/include/ are (see api.h)
 *   DDICHECK_TIMEOUT   time limit of the analysis in whole seconds; default 60; 0 = none; any other
 *                      value is warned about and the default used
 *   DDICHECK_CC_VERBOSE=1  say on stderr which files are checked and why an invocation is not
 *   DDICHECK_TEST=crash|hang  make the analysis child crash or hang (the testsuite's hook, isolate.h)
 *
 * A checker failure never breaks the build: when the rules cannot be loaded, an option is wrong, a
 * source cannot be parsed, or the analysis crashes or runs out of time, the wrapper prints
 * `ddicheck-cc: warning: ...` and runs the compiler as if it were not there. Exit status: the
 * compiler's; 1 for findings under DDICHECK_WERROR=1; 127 when the compiler is not found
 * (`ddicheck-cc: error: compiler 'NAME' not found`), 126 when it is found but cannot be run; 2 when
 * the wrapper would call itself; 128+N (death by signal N) when interrupted during the analysis.
 */
#include "api.h"
#include "cmdline.h"
#include "isolate.h"
#include "report.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PROG "ddicheck-cc"

/* Every string the wrapper makes (response-file words, DDICHECK_CC and DDICHECK_FLAGS words). */
static struct arena warena;

static void push(struct vec *v, const char *s)
{
    *(const char **)vec_push(v) = s;
}

static bool env_on(const char *name)
{
    const char *v = getenv(name);
    return v && *v && strcmp(v, "0") != 0;
}

static bool is_one_of(const char *a, const char *const *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(a, set[i]) == 0)
            return true;
    return false;
}

/* Resolves a program name as execvp would; writes the path into buf and returns true if found. */
static bool find_program(const char *name, char *buf, size_t n)
{
    if (strchr(name, '/')) {
        snprintf(buf, n, "%s", name);
        return access(buf, X_OK) == 0;
    }
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    while (*path) {
        size_t len = strcspn(path, ":");
        snprintf(buf, n, "%.*s/%s", (int)len, len ? path : ".", name);
        struct stat st;
        if (stat(buf, &st) == 0 && S_ISREG(st.st_mode) && access(buf, X_OK) == 0)
            return true;
        path += len;
        if (*path == ':')
            path++;
    }
    return false;
}

/* True if `name` is this very program (so running it as the compiler would loop). */
static bool is_self(const char *name)
{
    char path[PATH_MAX], a[PATH_MAX], b[PATH_MAX];
    return find_program(name, path, sizeof(path)) && realpath(path, a) && realpath("/proc/self/exe", b) &&
           strcmp(a, b) == 0;
}

/* What the first argument is: a compiler to launch, the name of a compiler that does not exist, or
 * the first argument of the compiler named by DDICHECK_CC. */
enum first_arg { FIRST_COMPILER, FIRST_MISSING_COMPILER, FIRST_ARGUMENT };

static enum first_arg classify_first(const char *a)
{
    static const char *const inputs[] = {".c",   ".h",  ".i",   ".s",   ".S",   ".sx",  ".o",   ".a",
                                         ".so",  ".lo", ".la",  ".cc",  ".cp",  ".cpp", ".cxx", ".c++",
                                         ".C",   ".ii", ".m",   ".mi",  ".mm",  ".obj", ".lib", ".dll",
                                         ".def", ".ld", ".lds", ".map", ".res", ".rsp", ".txt", ".json"};
    if (a[0] == '-' || a[0] == '@' || !a[0])
        return FIRST_ARGUMENT;
    const char *slash = strrchr(a, '/');
    const char *base = slash ? slash + 1 : a;
    const char *dot = strrchr(base, '.');
    if ((dot && is_one_of(dot, inputs, sizeof(inputs) / sizeof(inputs[0]))) || strstr(base, ".so."))
        return FIRST_ARGUMENT;
    char path[PATH_MAX];
    struct stat st;
    if (find_program(a, path, sizeof(path)) && stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return FIRST_COMPILER;
    /* an existing file is an input (a library without an extension, say); a name that is no file
     * at all is a compiler that is not there, not an input the default compiler would miss */
    return stat(a, &st) == 0 ? FIRST_ARGUMENT : FIRST_MISSING_COMPILER;
}

/* Child process: analyzes the inputs and prints findings and warnings to stderr.
 * Exit status: 0 no findings, 1 findings, 3 nothing could be checked (a warning was printed). */
static int analyze(const struct cl_compile *cl, const struct vec *extra)
{
    struct ddc_options o;
    ddc_options_init(&o);
    struct vec flags;
    vec_init(&flags, sizeof(char *));
    for (size_t i = 0; i < extra->len; i++) {
        const char *a = *(const char **)vec_at(extra, i);
        if (ddc_options_parse(&o, a) == 0)
            continue;
        if (a[0] == '-' && a[1] != '-')
            push(&flags, a); /* compiler flags for the analysis only */
        else
            fprintf(stderr, PROG ": warning: ignoring unknown option '%s' in DDICHECK_FLAGS\n", a);
    }
    for (size_t i = 0; i < cl->flags.len; i++)
        push(&flags, *(const char **)vec_at(&cl->flags, i));

    struct ddc_result res;
    char *err = NULL;
    int rc = ddc_analyze(&o, (const char *const *)cl->inputs.data, (int)cl->inputs.len, (const char *const *)flags.data,
                         (int)flags.len, NULL, &res, &err);
    const char *first = *(const char **)vec_at(&cl->inputs, 0);
    int status = res.findings.items.len ? 1 : 0;
    if (err) {
        fprintf(stderr, PROG ": warning: %s was not checked: %s\n", first, err);
        status = 3;
    } else if (rc) {
        /* clang's own errors are the compiler's to report; one line says the check is partial */
        const struct ir_diag *d = NULL;
        for (size_t i = 0; i < res.prog.diags.len && !d; i++) {
            const struct ir_diag *e = vec_at(&res.prog.diags, i);
            if (!e->note)
                d = e;
        }
        const char *what = rc == 2 ? "was not checked" : "was checked in part";
        if (d && d->loc.line)
            fprintf(stderr, PROG ": warning: %s %s: %s:%u:%u: %s\n", d->loc.file, what, d->loc.file, d->loc.line,
                    d->loc.col, d->message);
        else
            fprintf(stderr, PROG ": warning: %s %s: %s\n", d && d->loc.file ? d->loc.file : first, what,
                    d ? d->message : "clang could not parse it");
        if (rc == 2 && !status)
            status = 3;
    }
    if (!err)
        rpt_text(stderr, &res.findings, NULL);
    fflush(stderr);
    free(err);
    ddc_result_free(&res);
    vec_free(&flags);
    ddc_options_free(&o);
    return status;
}

/* What the analysis child works on. */
struct analysis {
    const struct cl_compile *cl;
    const struct vec *extra;
};

static int analysis_child(void *ctx, int fd)
{
    (void)fd; /* everything goes to stderr, which the parent passes on */
    const struct analysis *a = ctx;
    return analyze(a->cl, a->extra);
}

/* Runs analyze() in a child (isolate.h) so that a crash or an endless analysis cannot take the build
 * down, with a limit of `timeout` seconds (0: none), and passes on what it printed. Returns its
 * status (0, 1 or 3); 3 as well when the child could not run, crashed or ran out of time (a warning
 * is printed); -N when the wrapper received signal N during the analysis and survived it. */
static int analyze_isolated(const struct cl_compile *cl, const struct vec *extra, unsigned timeout)
{
    const char *first = *(const char **)vec_at(&cl->inputs, 0);
    struct analysis a = {.cl = cl, .extra = extra};
    struct iso_result r;
    iso_run(analysis_child, &a, timeout, &r);
    fwrite(r.log, 1, r.log_len, stderr);
    int st = 3;
    switch (r.outcome) {
    case ISO_EXITED:
        if (r.code == 0 || r.code == 1 || r.code == 3)
            st = r.code;
        else
            fprintf(stderr, PROG ": warning: analysis of %s failed (exit status %d); skipped\n", first, r.code);
        break;
    case ISO_SIGNALED:
        fprintf(stderr, PROG ": warning: analysis of %s failed (signal %d, %s); skipped\n", first, r.code,
                strsignal(r.code));
        break;
    case ISO_TIMED_OUT:
        fprintf(stderr, PROG ": warning: analysis of %s exceeded %u s; skipped\n", first, timeout);
        break;
    case ISO_INTERRUPTED: st = -r.code; break;
    case ISO_FAILED:
        fprintf(stderr, PROG ": warning: %s was not checked: cannot start the analysis: %s\n", first, strerror(r.code));
        break;
    }
    iso_result_free(&r);
    return st;
}

/* The time limit of the analysis from DDICHECK_TIMEOUT, in seconds (0: none). */
static unsigned analysis_timeout(void)
{
    unsigned t = ISO_DEFAULT_TIMEOUT;
    const char *v = getenv("DDICHECK_TIMEOUT");
    if (v && *v && iso_parse_timeout(v, &t) != 0)
        fprintf(stderr,
                PROG ": warning: DDICHECK_TIMEOUT='%s' is not a whole number of seconds (0 for no limit); "
                     "using %u\n",
                v, ISO_DEFAULT_TIMEOUT);
    return t;
}

int main(int argc, char **argv)
{
    struct vec cmd, expanded, extra;
    vec_init(&cmd, sizeof(char *));      /* the real compiler's argv */
    vec_init(&expanded, sizeof(char *)); /* its arguments with response files read */
    vec_init(&extra, sizeof(char *));    /* DDICHECK_FLAGS */
    struct cl_compile cl;
    cl_compile_init(&cl);
    int rc = 0;

    int first = 1;
    while (first < argc && classify_first(argv[first]) == FIRST_COMPILER && is_self(argv[first]))
        first++;               /* ddicheck-cc ddicheck-cc gcc ...: launching ourselves adds nothing */
    const char *named_by = ""; /* where the compiler's name comes from, for the error message */
    if (first < argc && classify_first(argv[first]) != FIRST_ARGUMENT) {
        push(&cmd, argv[first]);
        first++;
    } else {
        const char *cc = getenv("DDICHECK_CC");
        cl_split_words(cc && *cc ? cc : "cc", &cmd, &warena);
        named_by = cc && *cc ? " (named by DDICHECK_CC)" : " (the default; name the real compiler in DDICHECK_CC)";
        if (cmd.len == 0 || is_self(*(const char **)vec_at(&cmd, 0))) {
            fprintf(stderr, PROG ": error: DDICHECK_CC must name the real compiler, not " PROG " itself\n");
            rc = 2;
            goto done;
        }
    }
    char found_path[PATH_MAX];
    const char *compiler = *(const char **)vec_at(&cmd, 0);
    if (!find_program(compiler, found_path, sizeof(found_path)) &&
        !(strchr(compiler, '/') && access(compiler, F_OK) == 0)) {
        /* as a shell says "command not found": exit 127, before any analysis */
        fprintf(stderr, PROG ": error: compiler '%s' not found%s\n", compiler, named_by);
        rc = 127;
        goto done;
    }
    for (int i = first; i < argc; i++)
        push(&cmd, argv[i]);

    cl_expand_args((const char *const *)argv, first, argc, &expanded, &warena, 8);
    cl_scan_compile_line((const char *const *)expanded.data, (int)expanded.len, &cl);
    bool verbose = env_on("DDICHECK_CC_VERBOSE");
    int found = 0;
    if (cl.skip) {
        if (verbose)
            fprintf(stderr, PROG ": not checking: %s\n", cl.skip);
    } else {
        if (verbose)
            for (size_t i = 0; i < cl.inputs.len; i++)
                fprintf(stderr, PROG ": checking %s\n", *(const char **)vec_at(&cl.inputs, i));
        const char *ef = getenv("DDICHECK_FLAGS");
        if (ef)
            cl_split_words(ef, &extra, &warena);
        int st = analyze_isolated(&cl, &extra, analysis_timeout());
        if (st < 0) {
            rc = 128 - st; /* a signal the wrapper survived ended the analysis: stop as a shell would */
            goto done;
        }
        found = st == 1;
    }
    if (found && env_on("DDICHECK_WERROR")) {
        fprintf(stderr, PROG ": error: ddicheck findings in %s (DDICHECK_WERROR is set)\n",
                *(const char **)vec_at(&cl.inputs, 0));
        rc = 1;
        goto done;
    }

    push(&cmd, NULL);
    fflush(NULL);
    char **cargv = cmd.data;
    execvp(cargv[0], cargv);
    if (errno == ENOENT) {
        fprintf(stderr, PROG ": error: compiler '%s' not found%s\n", cargv[0], named_by);
        rc = 127;
    } else {
        fprintf(stderr, PROG ": error: cannot run the compiler '%s': %s\n", cargv[0], strerror(errno));
        rc = 126;
    }

done:
    cl_compile_free(&cl);
    vec_free(&extra);
    vec_free(&expanded);
    vec_free(&cmd);
    arena_free(&warena);
    return rc;
}

/* api.h — the ddicheck pipeline: one function under every front end.
 *
 * ddc_run() is the whole chain from inputs to findings:
 *   sources + flags, or a compile database -> each source's configuration -> frontend (parallel
 *   parsing; the functions of the driver's headers that the sources call, and the suppression
 *   comments, come along) -> one definition per non-static header function -> driver model ->
 *   analyses -> sorted findings -> severity overrides -> suppressions (comments, pragmas, the
 *   suppression file; suppress.h)
 * The ddicheck command line (main.c), the compiler wrapper (wrapper.c, ddicheck-cc) and the clang
 * plugin (plugin.cpp) all run it — the last two through ddc_analyze() — so the three read
 * `.ddicheck.json` the same way and find the same things (testsuite/integration/parity.sh checks
 * it). It prints nothing but the dumps asked for: the caller reports the findings (report.h), the
 * input errors recorded in the result and the message of a failed run. Verification, baselines,
 * report files and exit statuses are the command line's.
 *
 * Configuration (config.h, docs/usage.md). Each source gets the compiler settings of its own
 * configuration: the options' `config` file, else the nearest `.ddicheck.json` up from the source's
 * directory. The rule settings (enable, disable, severity) and fail_on come from the configuration
 * of the run's first source (the first file, or the first entry of the compile database). The clang
 * command line of a source is, in this order:
 *
 *   COMPILER  MSVC-FLAGS  config-defines  config-NDIS-macros  COMPILE-COMMAND-FLAGS  FLAGS
 *   config-includes  [OWN-HEADERS]  -ferror-limit=0  -w  [FILE]
 *
 * COMPILER and COMPILE-COMMAND-FLAGS are a compile-database entry's (compdb.h: build-only flags
 * removed, "--driver-mode=cl" after a cl or clang-cl compiler; the front ends without a database pass
 * no compiler and get "clang"; their compile's flags are FLAGS). So every flag of the compile wins
 * over the configuration: a -D/-U given there comes later, an -I given there is searched first, an
 * NDISxx macro defined there replaces "ndis_version" (whose macros are then left out); the
 * configuration's include directories are searched in the order the file lists them.
 * MSVC-FLAGS make clang accept what the Microsoft compiler that builds drivers accepts:
 * -fms-extensions -fms-compatibility and -Wno-error=GROUP for each DDC_MSVC_ERRORS_DOWNGRADED below
 * (the diagnostics stay warnings, which -w hides; a flag of the compile such as -Werror=GROUP or
 * -fno-ms-extensions comes later and wins).
 * OWN-HEADERS, when no include directory holds ndis.h (with own_headers set: once the WDK's include
 * directories are taken out, headers.h): -isystem DATA_DIR/runtime-model/include, its crt/ folder
 * when no C library would be found otherwise (headers.h, hdr_wants_crt()), and -ivfsoverlay with a
 * case-insensitive map of them (#include <NDIS.H>; a file without a name, /proc/self/fd/N, left
 * out when none can be made); cl syntax spells them -imsvc and -vfsoverlay.
 * Rule settings, in this order: the options' enable patterns replace the configuration's "enable"
 * and "disable"; without them, "enable" then "disable" apply; then the options' disable patterns;
 * then "severity". A pattern (id or fnmatch glob) that matches no rule is an error, wherever it
 * comes from.
 *
 * Compile databases (compdb.h): the options' `compdb` names the database or a directory (searched
 * upwards, like clang-tidy); without it and with find_compdb, the nearest compile_commands.json up
 * from the first file's directory is used when there is one. Entries are parsed in their own
 * directories and their file names shown relative to the current directory when under it, else
 * absolute (path.h). With files, only the entries compiling them are parsed; a file no entry
 * compiles is an error (exit 2) with a database given, and is parsed as a plain file (FLAGS only)
 * with a database found by the search.
 *
 * Limits: one run at a time per process (the frontend keeps one libclang index per thread); not
 * thread-safe.
 * Memory: the options own their pattern strings and borrow everything else; a result owns
 * everything its findings, errors and rules point to.
 */
#ifndef DDICHECK_API_H
#define DDICHECK_API_H

#include "fileio.h"
#include "finding.h"
#include "ir.h"
#include "rules.h"
#include "srcfile.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How to check. Initialise with ddc_options_init(); every field may stay zero/NULL. */
struct ddc_options {
    const char *data_dir;          /* directory holding rules/ and runtime-model/include/ (borrowed);
                                      NULL: ddc_data_dir(NULL, ...) */
    const char *rules_dir;         /* rules directory (borrowed); NULL: DATA_DIR/rules */
    struct vec enable;             /* char *, heap-owned: rule ids or fnmatch globs; non-empty = only these */
    struct vec disable;            /* char *, heap-owned */
    const char *config;            /* configuration file for every source (borrowed); NULL: the nearest
                                      .ddicheck.json of each source */
    bool no_config;                /* read no configuration file */
    int jobs;                      /* parsing threads; <= 0: $DDICHECK_JOBS if set, else the online CPUs */
    bool partial;                  /* the inputs are one part of a driver (one compile of a build): rules that
                                      need the whole driver stay silent. A compile-database run filtered by
                                      fewer files than the database has entries is partial in any case. */
    bool rules_only;               /* stop once the rules are loaded and the rule settings applied (the
                                      configuration of the first file, or of the current directory without
                                      files); nothing is parsed and the compile database is not read */
    FILE *dump_ir;                 /* when set, the IR of every function is printed there (ir.h) */
    FILE *dump_irql;               /* ... each function's entry IRQL and the IRQL at each call (irql.h) */
    FILE *dump_model;              /* ... the driver model: driver kind, functions, callers, roles */
    const char *suppressions_list; /* a suppression file (suppress.h), read before anything is parsed;
                                      borrowed */
    const char *header_filter;     /* which headers are the driver's (frontend.h, struct cx_headers): a
                                      POSIX extended regex matched against a header's path; "" none;
                                      NULL every header outside the system include paths */
    /* Called as the run advances: stage "parse" after each source is parsed (done of total), then
       stage "analyze" once (0 of 1) before the analyses. From the calling thread or a parsing
       thread, one call at a time. NULL: no calls. */
    void (*progress)(void *ctx, const char *stage, size_t done, size_t total, const char *file);
    void *progress_ctx;
    bool own_headers; /* take the WDK out of every command line and parse with ddicheck's own
                         headers (see OWN-HEADERS above and headers.h) */
};

void ddc_options_init(struct ddc_options *o);
void ddc_options_free(struct ddc_options *o);

/* Applies one option spelled as on the ddicheck command line: `--enable=IDS`, `--disable=IDS`
 * (comma-separated ids or globs) or `--rules-dir=DIR` (DIR is borrowed from `arg`).
 * Returns 0, or -1 when `arg` is none of these (nothing changed). */
int ddc_options_parse(struct ddc_options *o, const char *arg);

/* What to check: explicit files, or the entries of a compile database. All borrowed. */
struct ddc_inputs {
    const char *const *files; /* sources; with a compile database, only the entries naming these
                                 files (compared by real path) are checked */
    int nfiles;
    const char *const *flags; /* compiler flags for every source, without the compiler's name and
                                 the files (-I, -D, -U, -include, -isystem, --target=, -std=, -f...,
                                 as clang's driver takes them); after an entry's own flags */
    int nflags;
    const char *compdb;  /* the compile database: a compile_commands.json (any name), or a directory
                            holding one or below one (compdb.h, cdb_locate()); NULL: none */
    const char *workdir; /* directory relative files and flags are resolved against, NULL for
                            the current one (compile-database entries use their "directory") */
    bool find_compdb;    /* without `compdb`: use the compile_commands.json nearest up from the
                            first file's directory, if any (what clang-tidy does without -p) */
};

/* Finds the directory that holds rules/ and runtime-model/include/: $DDICHECK_DATA_DIR if it has
 * rules/defs, else BINARY's directory/../share/ddicheck (an installed tree) if it has, else the
 * source tree ddicheck was built from. `binary` is the path of the running program or module, or
 * NULL for /proc/self/exe. Writes the result into buf (size n) and returns buf. */
const char *ddc_data_dir(const char *binary, char *buf, size_t n);

/* True if an include directory named in `flags` (-I, -isystem, -iquote, -idirafter, -imsvc,
 * --include-directory=, /I, /imsvc, /external:I; joined or separate) holds ndis.h; relative
 * directories are taken against `workdir` (NULL: the current one). When false, ddicheck adds its
 * own headers (runtime-model/include). */
bool ddc_has_ndis_include(const char *const *flags, int n, const char *workdir);

/* The clang errors that code the Microsoft C compiler accepts (with a warning at most) raises by
 * default, as diagnostic groups, X-macro style: every parse passes -Wno-error=GROUP for each. */
#define DDC_MSVC_ERRORS_DOWNGRADED(X)                                                                                  \
    X("incompatible-function-pointer-types")                                                                           \
    X("incompatible-pointer-types")                                                                                    \
    X("implicit-function-declaration")                                                                                 \
    X("implicit-int")                                                                                                  \
    X("int-conversion")                                                                                                \
    X("return-type")                                                                                                   \
    X("invalid-token-paste")

/* ddicheck's own headers for ddc_clang_argv(). */
struct ddc_headers {
    const char *include_dir; /* DATA_DIR/runtime-model/include */
    const char *crt_dir;     /* its crt/ folder */
    const char *overlay;     /* a case-insensitive overlay of both (headers.h), or NULL */
};

/* The command line ddicheck parses `file` with (the order at the top of this file): `base` (a full
 * compile command whose argv[0] is the compiler and which names the file, or bare flags, which get
 * "clang" before and `file` after) with the MSVC flags after the compiler, then ddicheck's headers
 * from `h` unless an include path already holds ndis.h, `-ferror-limit=0` and `-w`. Returns a heap
 * array (the caller frees it; the strings are borrowed), its length in *n_out. */
const char **ddc_clang_argv(const char *file, const char *const *base, int nbase, const char *workdir,
                            const struct ddc_headers *h, int *n_out);

/* Where the message of a failed run points (ddc_result.err_kind). */
enum ddc_err_kind {
    DDC_ERR_NONE,
    DDC_ERR_OPTION, /* the caller's request: an enable/disable pattern matching no rule, no input */
    DDC_ERR_INPUT,  /* a file, named first: "FILE[:LINE]: error: ..." (rule file, configuration,
                       compile database) */
    DDC_ERR_TOOL,   /* ddicheck itself (libclang does not start, a path too long); no location */
};

/* The outcome of one run. */
/* A file the run read, identified as a file (device and inode: any name of it matches). */
struct ddc_input {
    struct fio_id id;
    const char *name; /* as given, owned by the result's program arena */
};

struct ddc_result {
    struct ir_program prog;    /* owns the file names findings point to; prog.diags holds the errors
                                  clang reported in the inputs (struct ir_diag) */
    struct findings findings;  /* sorted by file, line, column, rule; without the suppressed ones */
    struct vec suppressed;     /* struct rpt_suppressed (report.h): findings silenced by
                                  suppression comments, pragmas or the suppression file (suppress.h) */
    struct vec supp_problems;  /* struct supp_problem (suppress.h): suppression comments that do not
                                  work (an unmatched NOLINTBEGIN, ...); messages owned by prog's arena */
    struct vec supp_unused;    /* struct supp_problem: ddicheck's suppressions that silenced nothing */
    struct src_cache *sources; /* the run's source files as read for suppressions and reports (srcfile.h) */
    size_t nsources;           /* sources parsed */
    struct rules rules;        /* the rules of the run, its rule settings applied (for reports and
                                  --list-rules); valid when rules_loaded */
    bool rules_loaded;
    bool analyzed;    /* the inputs were parsed and analyzed: prog and findings are complete */
    bool has_fail_on; /* "fail_on" of the run's configuration, when it has one */
    enum rule_severity fail_on;
    enum ddc_err_kind err_kind; /* what *err describes */
    struct vec inputs;          /* struct ddc_input: every file the run read (sources, compile database,
                                   configurations), so that a caller writes no report over one */
    size_t unreadable;          /* the first `unreadable` entries of prog.diags are sources that could not
                                   be read (fileio.h); clang's errors follow */
};

/* Runs the pipeline (see the top of this file) on `in` with options `o`.
 * Always initialises `res` (free it with ddc_result_free()). Returns
 *   0 when every source was analyzed without clang errors (or, with rules_only, the rules loaded),
 *   1 when clang reported errors in a source (the rest was analyzed; the errors are in res->prog.diags),
 *   2 when a source could not be analyzed at all (res->prog.diags says why), or when the run
 *     failed: rules that do not load, a configuration that does not read, a rule pattern matching
 *     no rule, a compile database that does not load or has no entries, no inputs, libclang not
 *     starting — then res->analyzed is false, nothing was parsed, and a heap-allocated message is
 *     in *err (caller frees; *err stays NULL otherwise), of the kind res->err_kind says. A rule
 *     definition an analysis cannot use also returns 2 with a message, after the analysis
 *     (res->analyzed is true; the engine has printed the details to stderr). */
int ddc_run(const struct ddc_options *o, const struct ddc_inputs *in, struct ddc_result *res, char **err);

/* ddc_run() on `files` (nfiles >= 1) with `flags` and `workdir` as in struct ddc_inputs, as one
 * part of a driver (o->partial is taken as true): what the compiler wrapper and the clang plugin
 * check for one compile. Returns as ddc_run(). */
int ddc_analyze(const struct ddc_options *o, const char *const *files, int nfiles, const char *const *flags, int nflags,
                const char *workdir, struct ddc_result *res, char **err);

void ddc_result_free(struct ddc_result *res);

#ifdef __cplusplus
}
#endif

#endif

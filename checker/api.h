/* api.h — ddicheck as a library: "analyze these C files with these compiler flags, return the
 * findings". The compiler wrapper (wrapper.c, ddicheck-cc) and the clang plugin (plugin.cpp) use it.
 *
 * It runs the pipeline of the command line — frontend -> driver model -> analyses -> sorted
 * findings -> inline suppressions — on the files of one call, seen together as one driver. The
 * `.ddicheck.json` of the first file applies (enabled rules, severities, includes, defines, NDIS
 * version; the caller's options and flags win over it); baselines are the command line's only.
 * It prints nothing: the caller
 * reports the findings (report.h) and the input errors recorded in the result.
 *
 * Limits: one call at a time per process (the frontend keeps one libclang index); not thread-safe.
 * Memory: the options own their pattern strings; a result owns everything its findings point to.
 */
#ifndef DDICHECK_API_H
#define DDICHECK_API_H

#include "finding.h"
#include "ir.h"
#include "util.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What to check with. Zero-initialise through ddc_options_init(). */
struct ddc_options {
    const char *data_dir;  /* directory holding rules/ and runtime-model/include/ (borrowed);
                              NULL: ddc_data_dir(NULL, ...) */
    const char *rules_dir; /* rules directory (borrowed); NULL: DATA_DIR/rules */
    struct vec enable;     /* char *, heap-owned: rule ids or fnmatch globs; non-empty = only these */
    struct vec disable;    /* char *, heap-owned */
};

void ddc_options_init(struct ddc_options *o);
void ddc_options_free(struct ddc_options *o);

/* Applies one option spelled as on the ddicheck command line: `--enable=IDS`, `--disable=IDS`
 * (comma-separated ids or globs) or `--rules-dir=DIR` (DIR is borrowed from `arg`).
 * Returns 0, or -1 when `arg` is none of these (nothing changed). */
int ddc_options_parse(struct ddc_options *o, const char *arg);

/* Finds the directory that holds rules/ and runtime-model/include/: $DDICHECK_DATA_DIR if it has
 * rules/defs, else BINARY's directory/../share/ddicheck (an installed tree) if it has, else the
 * source tree ddicheck was built from. `binary` is the path of the running program or module, or
 * NULL for /proc/self/exe. Writes the result into buf (size n) and returns buf. */
const char *ddc_data_dir(const char *binary, char *buf, size_t n);

/* True if an include directory named in `flags` (-I, -isystem, -iquote, -idirafter, /I; joined or
 * separate) holds ndis.h; relative directories are taken against `workdir` (NULL: the current
 * one). When false, ddicheck adds its own headers (runtime-model/include). */
bool ddc_has_ndis_include(const char *const *flags, int n, const char *workdir);

/* The command line ddicheck parses `file` with: `base` (a full compile command whose argv[0] is the
 * compiler and which names the file, or bare flags, which get "clang" before and `file` after),
 * then `-isystem include_dir` unless an include path already holds ndis.h, `-ferror-limit=0` and
 * `-w`. Returns a heap array (the caller frees it; the strings are borrowed), its length in *n_out. */
const char **ddc_clang_argv(const char *file, const char *const *base, int nbase, const char *workdir,
                            const char *include_dir, int *n_out);

/* The outcome of one analysis. */
struct ddc_result {
    struct ir_program prog;   /* owns the file names findings point to; prog.diags holds the errors
                                 clang reported in the inputs (struct ir_diag) */
    struct findings findings; /* sorted by file, line, column, rule; without the suppressed ones */
    size_t suppressed;        /* findings silenced by `// ddicheck-suppress RuleId: reason` comments */
};

/* Analyzes `files` (nfiles >= 1) together as one driver.
 *   flags/nflags: compiler flags for every file, without the compiler name and without the files
 *                 (-I, -D, -U, -include, -isystem, --target=, -std=, -f..., as clang's driver takes
 *                 them); without an include directory holding ndis.h, ddicheck's own NDIS headers
 *                 (DATA_DIR/runtime-model/include) are added;
 *   workdir:      directory relative paths are resolved against, or NULL for the current one.
 * Always initialises `res` (free it with ddc_result_free()). Returns
 *   0 when every file was analyzed without clang errors,
 *   1 when clang reported errors in an input (the rest was analyzed; the errors are in res->prog.diags),
 *   2 when an input could not be analyzed at all (res->prog.diags says why), or on a tool error —
 *     rules that do not load, an --enable/--disable pattern matching no rule, libclang failing to
 *     start, a malformed rule definition met by an analysis — described by a heap-allocated message in *err (caller
 * frees; *err stays NULL otherwise). */
int ddc_analyze(const struct ddc_options *o, const char *const *files, int nfiles, const char *const *flags, int nflags,
                const char *workdir, struct ddc_result *res, char **err);

void ddc_result_free(struct ddc_result *res);

#ifdef __cplusplus
}
#endif

#endif

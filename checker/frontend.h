/* frontend.h — the only door to libclang: parses C translation units (compile databases are read
 * by compdb.h).
 *
 * cx_parse_file() turns one TU into IR at once (ir.h) and disposes of every libclang object before it
 * returns: the functions of its main file, those of the driver's own headers that they call
 * (struct cx_headers), and the comments and pragmas that may suppress findings (struct ir_comment,
 * found with clang_tokenize). It keeps going on code clang marks invalid: bodies of invalid declarations are still
 * turned into IR, and only a fatal error (missing file, missing header) stops a TU.
 *
 * Depth: the builder has no recursion whose depth the input controls (it walks a function body
 * with an explicit stack), and each node's facts (constant or not, its value) are computed once,
 * so cost is linear in the size of an expression however it nests. clang's own parser and
 * evaluator do recurse once per level (several KiB each): parsing and building run on a thread of
 * ours with a 1 GiB stack (address space, committed as used), and cx_init()/cx_parse_jobs() set
 * LIBCLANG_NOTHREADS (unless the environment has it) so that libclang parses on that thread
 * rather than on its own 8 MiB one. ddicheck thus reads nesting clang-19 itself crashes on.
 */
#ifndef DDICHECK_FRONTEND_H
#define DDICHECK_FRONTEND_H

#include "ir.h"

#include <regex.h>
#include <stdbool.h>

/* Opens the libclang index for a run. Returns 0, or 2 when libclang cannot be initialised. */
int cx_init(void);
void cx_fini(void);

/* Parses one TU and appends its functions, role declarations, handler bindings, the IRQL
 * annotations (SAL, sal.h) of the functions it defines and calls and of its role typedefs, and
 * its error diagnostics to `prog`.
 *   argv/argc: a full compiler command line, argv[0] being the compiler, including the source file
 *              (the form compile_commands.json and compiler wrappers have);
 *   file:      the source file, as the user named it (used for messages);
 *   workdir:   directory relative paths in argv are resolved against, or NULL for the current one
 *              (given to clang as -working-directory, or for a cl-style command, compdb.h's
 *              cdb_cl_mode(), as /clang:-working-directory=: the process never changes directory).
 * Returns 0 when the TU parsed without errors, 1 when clang reported errors (the TU is analyzed
 * anyway; the errors are in prog->diags), 2 when nothing could be analyzed (a fatal error such as a
 * missing header, also recorded in prog->diags). When clang refuses the command line itself (an
 * option it rejects, an unknown target, two sources in one command), its own error messages are
 * recorded, located at `file`. */
int cx_parse_file(struct ir_program *prog, const char *file, const char *const *argv, int argc, const char *workdir);

/* Which headers are the driver's own: the functions they define (`static __inline` helpers,
 * FORCEINLINE routines) are turned into IR when a function of the source calls them, directly or
 * through another such function, so that they are analyzed where they are called. Their
 * suppression comments are read too. A header in a system include path (-isystem, the compiler's
 * own, ddicheck's NDIS headers) never is. */
struct cx_headers {
    bool none;       /* no header is the driver's */
    bool use_filter; /* only the headers whose path (as clang names it) `filter` matches */
    regex_t filter;  /* POSIX extended regular expression, unanchored (clang-tidy's -header-filter) */
};

/* One file to parse: inputs as for cx_parse_file(); `rc` receives its result. */
struct cx_job {
    const char *file;
    const char *const *argv;
    int argc;
    const char *workdir;
    const char *shown_from; /* NULL: file names as clang gives them; else the current directory
                               (absolute): names are made absolute against `workdir` and shown from
                               it (path.h, path_shown()), and `file` is such a name */
    int rc;
    const struct cx_headers *headers; /* borrowed; NULL: every header outside the system include paths */
};

/* Parses `jobs` on up to `threads` threads (each with its own libclang index) and merges their IR
 * into `prog` in job order, so the result does not depend on scheduling. Returns the worst job
 * result (0, 1 or 2). cx_init() is not needed for it. */
int cx_parse_jobs(struct ir_program *prog, struct cx_job *jobs, int njobs, int threads);
/* cx_parse_jobs() that calls `progress(progress_ctx, "parse", done, njobs, file)` after each job
 * finishes (from the parsing threads, one call at a time; `file` is the job's). */
int cx_parse_jobs_progress(struct ir_program *prog, struct cx_job *jobs, int njobs, int threads,
                           void (*progress)(void *ctx, const char *stage, size_t done, size_t total, const char *file),
                           void *progress_ctx);

#endif

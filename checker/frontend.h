/* frontend.h — the only door to libclang: parses C translation units and reads compile databases.
 *
 * cx_parse_file() turns one TU into IR at once (ir.h) and disposes of every libclang object before it
 * returns. It keeps going on code clang marks invalid: bodies of invalid declarations are still
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

/* Opens the libclang index for a run. Returns 0, or 2 when libclang cannot be initialised. */
int cx_init(void);
void cx_fini(void);

/* Parses one TU and appends its functions, role declarations, handler bindings, the IRQL
 * annotations (SAL, sal.h) of the functions it defines and calls and of its role typedefs, the
 * functions it uses as values, and its error diagnostics to `prog`.
 *   argv/argc: a full compiler command line, argv[0] being the compiler, including the source file
 *              (the form compile_commands.json and compiler wrappers have);
 *   file:      the source file, as the user named it (used for messages);
 *   workdir:   directory relative paths in argv are resolved against, or NULL for the current one.
 * Returns 0 when the TU parsed without errors, 1 when clang reported errors (the TU is analyzed
 * anyway; the errors are in prog->diags), 2 when nothing could be analyzed (a fatal error such as a
 * missing header, also recorded in prog->diags). */
int cx_parse_file(struct ir_program *prog, const char *file, const char *const *argv, int argc, const char *workdir);

/* One file to parse: inputs as for cx_parse_file(); `rc` receives its result. */
struct cx_job {
    const char *file;
    const char *const *argv;
    int argc;
    const char *workdir;
    int rc;
};

/* Parses `jobs` on up to `threads` threads (each with its own libclang index) and merges their IR
 * into `prog` in job order, so the result does not depend on scheduling. Returns the worst job
 * result (0, 1 or 2). cx_init() is not needed for it. */
int cx_parse_jobs(struct ir_program *prog, struct cx_job *jobs, int njobs, int threads);

/* One entry of a compile database: heap-owned; free with cx_compile_cmds_free(). */
struct cx_compile_cmd {
    char *file;      /* absolute or as written in the database */
    char *directory; /* the entry's "directory" */
    int argc;
    char **argv; /* full command line, argv[0] = compiler */
};

/* Loads BUILD_DIR/compile_commands.json (through libclang's compilation-database reader after a
 * json-c syntax check, so that a broken file is reported with its line). Appends entries to `out`
 * (struct cx_compile_cmd). Returns 0, or 2 with a heap-allocated message in *err. */
int cx_load_compdb(const char *build_dir, struct vec *out, char **err);
void cx_compile_cmds_free(struct vec *cmds);

#endif

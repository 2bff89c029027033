/* cmdline.h — command lines as compilers, build tools and clang-tidy write them: response files
 * (@FILE), compile commands (what of `cc -DX -Iinc -o a.o -c a.c` matters to the analysis), and
 * source inputs given as directories or excluded by globs. The ddicheck command line (main.c) and
 * the compiler wrapper (wrapper.c) share it.
 *
 * Response files follow gcc (libiberty's expandargv): words are separated by blanks (space, tab,
 * newline, carriage return), '...' and "..." quote, a backslash escapes the next character
 * (inside "..." too); an @FILE inside a response file is expanded in turn, up to `depth` levels.
 * An @FILE that is not a readable regular file (of at most FIO_CAP_SETTINGS bytes) stays as it is,
 * as the compilers leave it, so that it is then reported as a missing input.
 *
 * Memory: every string these functions create is owned by the caller's arena; the others are
 * borrowed from their arguments.
 */
#ifndef DDICHECK_CMDLINE_H
#define DDICHECK_CMDLINE_H

#include "util.h"

#include <stdbool.h>

/* Appends argv[from..argc) to `out` (const char *) with each readable @FILE replaced by its words,
 * nested up to `depth` levels (see the top of this file). */
void cl_expand_args(const char *const *argv, int from, int argc, struct vec *out, struct arena *a, int depth);

/* Splits `text` into words as gcc reads a response file; appends arena copies to `out`. */
void cl_split_words(const char *text, struct vec *out, struct arena *a);

/* What one compiler command line asks for, as far as checking goes. */
struct cl_compile {
    struct vec inputs; /* const char *: the C sources it compiles (by extension, or -x c) */
    struct vec flags;  /* const char *: the flags the analysis needs (-I, -D, -U, -include, -isystem,
                          --target, -std, the dialect -f flags, -m32/-m64, ...), then "-x c" */
    const char *skip;  /* why nothing is to be checked (-E, -M, no C source), or NULL */
};

void cl_compile_init(struct cl_compile *c);
void cl_compile_free(struct cl_compile *c);
/* Reads a compiler command line without the compiler's name (`args`, response files expanded) into
 * `c` (initialised). Output, dependency and linker options and their values are dropped. */
void cl_scan_compile_line(const char *const *args, int n, struct cl_compile *c);

/* True when `word`, the first word after `--` on ddicheck's command line, is a compiler rather than
 * a compiler flag: it does not start with '-' and does not name a C source (so `-- gcc -DX -c a.c`,
 * as CMake passes it to a clang-tidy, is a compile command). */
bool cl_is_compiler(const char *word);

/* True when `path` matches one of the fnmatch globs `globs` (const char *): tried on the path as
 * given, on its absolute form, and — for a glob without '/' — on each of its components, so
 * `--exclude=vendor` skips everything under a directory named vendor and `--exclude='*_test.c'`
 * every such file. */
bool cl_excluded(const char *path, const struct vec *globs);

/* Appends to `out` (const char *, arena copies) the inputs `inputs` (const char *) with each
 * directory replaced by the `.c` files below it (recursively, in name order, symlinked directories
 * not followed) and the paths `excludes` matches left out. A path that does not exist or is not a
 * directory is kept as given (so that it is reported as a missing input). Returns the number of
 * directories read; an unreadable directory is reported in *why (arena-owned, NULL when none) and
 * skipped. */
size_t cl_expand_inputs(const struct vec *inputs, const struct vec *excludes, struct vec *out, struct arena *a,
                        const char **why);

#endif

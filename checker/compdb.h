/* compdb.h — compile databases (compile_commands.json) as build tools write them: CMake, bear,
 * Meson, MSBuild exports with cl.exe or clang-cl commands.
 *
 * cdb_locate() finds the database the way clang-tidy does: the file named, BUILD_DIR's
 * compile_commands.json, else the nearest one in a parent directory. cdb_load() reads it with json-c
 * (no libclang) and gives, per entry:
 *   - the working directory made absolute (a relative "directory" is taken against the folder
 *     holding the database, as Meson and bear may write it) and the source file made absolute
 *     against that directory;
 *   - the command as an argument vector: "arguments" as is, "command" split as a shell does (POSIX
 *     quoting), or as the Microsoft C runtime does when the compiler is cl or clang-cl; `@FILE`
 *     response files expanded in place (relative to the entry's directory, nested, UTF-8 or UTF-16
 *     with a byte-order mark);
 *   - without the flags that only matter to a build (they would write files, or make clang fail):
 *     dependency output (-M, -MM, -MD, -MMD, -MG, -MP, -MV, -MF/-MT/-MQ/-MJ FILE, -Wp,-M...), the
 *     output (-o FILE, -c, -S, -E), colours, -save-temps, -ftime-trace, -v, -include-pch and
 *     --serialize-diagnostics; for cl syntax /c, /Fo /Fd /Fa /Fe /Fi /Fm /FR /Fr /Fp, /Yc /Yu /Y-,
 *     /Zi /ZI /Z7, /FS, /MP, /Gm, /showIncludes, /sourceDependencies, /analyze, /errorReport (with
 *     '/' or '-'; cl's /MD, /MT and /MDd are run-time library choices and stay);
 *   - for cl syntax, "--driver-mode=cl" right after the compiler, so libclang parses in clang-cl
 *     mode whatever the compiler is called.
 * Limits: one database of at most FIO_CAP_COMPDB bytes; response files nest at most 16 deep.
 * Memory: a struct cdb owns all its strings (free with cdb_free()).
 */
#ifndef DDICHECK_COMPDB_H
#define DDICHECK_COMPDB_H

#include "fileio.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>

/* One compile of the database, ready for the frontend. */
struct cdb_entry {
    size_t index;    /* 1-based position in the database, for messages */
    char *file;      /* the source: "file" made absolute against `directory` (not folded) */
    char *directory; /* the compile's working directory, absolute */
    char **argv;     /* the compile command, argv[0] the compiler (see the top of this file) */
    int argc;
    bool cl; /* cl.exe / clang-cl syntax; argv[1] is "--driver-mode=cl" */
};

struct cdb {
    char *path;         /* the database file as located */
    char *dir;          /* the folder holding it, absolute */
    struct fio_id id;   /* the database file, for "never write over an input" */
    struct vec entries; /* struct cdb_entry */
};

/* Finds a compile database.
 *   `arg` (the -p option) names a file: that file. It names a directory: DIR/compile_commands.json,
 *     else compile_commands.json in the nearest parent directory of DIR.
 *   `arg` is NULL: compile_commands.json in directory `from` or its nearest parent (from a source's
 *     directory, as clang-tidy without -p).
 * Writes the path into buf (size n). Returns 0 when found (a path that exists, whatever its kind: the
 * reader says what is wrong with it), 1 when `arg` is NULL and there is none, 2 when `arg` names
 * something without one, with a heap-allocated "PATH: error: ..." message in *err. */
int cdb_locate(const char *arg, const char *from, char *buf, size_t n, char **err);

/* Reads the database `path` into `db` (initialised here; free it with cdb_free() whatever the
 * result). Returns 0, or 2 with a heap-allocated message in *err: "PATH[:LINE]: error: ..." for a
 * file that cannot be read, is not JSON, has an entry whose fields are missing or of the wrong type
 * ("entry N: ..."), a response file that cannot be read, or no entries. */
int cdb_load(struct cdb *db, const char *path, char **err);
void cdb_free(struct cdb *db);

/* True when `argv` (argc words, argv[0] the compiler) is a cl-style command: the last
 * --driver-mode= says cl, or with none, the compiler's name is cl or clang-cl (any directory,
 * case, ".exe" and "-VERSION" suffix). */
bool cdb_cl_mode(const char *const *argv, int argc);

/* Splits the command line `cmd` into words appended to `out` (char *, heap-owned), as a POSIX shell
 * quotes (backslash, '...', "..."; no expansion) or, when `windows`, as the Microsoft C runtime
 * does ("..." groups, backslashes are literal except before a '"', "" inside quotes is a '"').
 * White space includes newlines (response files). Returns the number of words appended. */
size_t cdb_split(const char *cmd, bool windows, struct vec *out);

/* Removes the build-only flags listed at the top of this file from argv[1..] (in place, freeing
 * the removed strings; cl syntax when `cl`). Returns the new argc. */
int cdb_strip_build_flags(char **argv, int argc, bool cl);

#endif

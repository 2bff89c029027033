/* config.h — `.ddicheck.json`, the per-project configuration.
 *
 * ddicheck looks for `.ddicheck.json` in the directory of each source file and then in each parent
 * directory up to the filesystem root; the nearest file applies to that source. With
 * `"inherit": true` (also spelled "inherit_parent", as clang-tidy's InheritParentConfig) the nearest
 * file above it is read first (and so on up while files inherit): the lists of both are joined
 * (the parent's first), severity entries of the child apply after the parent's, the child's other
 * keys replace the parent's. Keys (all optional; anything else is an error, so typos do not pass
 * silently; the JSON Schema is docs/ddicheck-config.schema.json):
 *   "enable":       [ids or globs]   only these rules run (like --enable)
 *   "disable":      [ids or globs]   these rules do not run (like --disable)
 *   "severity":     {"RuleId": "error"|"warning"|"note"}   severity overrides (ids or globs)
 *   "include":      [dirs]           -I directories, relative to the file's directory
 *   "defines":      ["NAME", "NAME=VALUE"]   -D macros
 *   "ndis_version": "4.0"|"5.0"|"5.1"|"6.0"|"6.1"|"6.20"|...|"6.89"   defines NDIS51, NDIS60, NDIS620, ...
 *   "ndis_miniport": true            with ndis_version: also NDIS_MINIPORT_DRIVER and NDISxx_MINIPORT
 *   "fail_on":      "error"|"warning"|"note"   the least severity that makes the exit status 1
 *   "inherit":      true|false      read the configuration above first (see above)
 *   "$schema", "$comment":  ignored (for editors and people)
 * Compiler settings (include, defines, NDIS version) apply per source file; rule settings and
 * fail_on are taken from the configuration of the run's first source. The pipeline applies them
 * (api.h gives the order), the same for every front end: the compile's own flags (command line,
 * compile-database entry, wrapped compile line, plugin compile) override the file — its -D/-U win
 * over "defines", its -I directories are searched before "include", an NDIS version macro it
 * defines replaces "ndis_version" — and --enable replaces "enable" and "disable", --fail-on
 * replaces "fail_on".
 *
 * Memory: everything is owned by the struct cfg's arena.
 */
#ifndef DDICHECK_CONFIG_H
#define DDICHECK_CONFIG_H

#include "fileio.h"
#include "rules.h"
#include "util.h"

#include <stdbool.h>

#define CFG_FILE_NAME ".ddicheck.json"

/* The URI --dump-config gives as "$schema". */
#define CFG_SCHEMA_URI "https://github.com/ddicheck/ddicheck/blob/main/docs/ddicheck-config.schema.json"

struct cfg_severity {
    const char *pattern;
    enum rule_severity severity;
    const char *file; /* the configuration file that says it */
};

/* One file of an inheritance chain. */
struct cfg_file {
    const char *path;
    struct fio_id id;
};

struct cfg {
    struct arena arena;
    const char *path;         /* the file read, or NULL for "no configuration" */
    struct fio_id id;         /* which file that is (device and inode) */
    struct vec chain;         /* struct cfg_file: every file read, the farthest ancestor first and
                                 `path` last (one entry without "inherit") */
    struct vec enable;        /* const char *: ids or globs */
    struct vec disable;       /* const char * */
    struct vec severity;      /* struct cfg_severity */
    struct vec defines;       /* const char *: "-DNAME[=VALUE]" */
    struct vec includes;      /* const char *: absolute or configuration-relative joined "-I" argument */
    const char *ndis_macro;   /* "NDIS60", ... or NULL */
    const char *ndis_version; /* as written, or NULL */
    bool ndis_miniport;
    const char *ndis_flags[3]; /* the -D flags "ndis_version" (and "ndis_miniport") stand for */
    int nndis_flags;
    bool has_fail_on;
    enum rule_severity fail_on;
};

/* Initialises an empty configuration. */
void cfg_init(struct cfg *c);
void cfg_free(struct cfg *c);
/* Finds the `.ddicheck.json` that applies to `source` (a file path, relative to the current
 * directory or absolute). Returns true and writes its path into buf (size n), or false. */
bool cfg_find(const char *source, char *buf, size_t n);
/* Reads and checks the configuration file `path` into `c` (initialised): a regular file of at most
 * FIO_CAP_SETTINGS bytes (fileio.h), and, when it says "inherit", the files above it. Returns 0, or 2
 * with a heap-allocated "path[:line:col]: error: ..." message in *err (the line and column of the
 * JSON syntax error, or of the key whose value is wrong). */
int cfg_load(struct cfg *c, const char *path, char **err);
/* The configuration `c` as a JSON text that is itself a valid configuration file (heap-allocated,
 * the caller frees it): its settings after inheritance, include directories absolute or as resolved,
 * "$comment" naming the files it was read from. What --dump-config prints. */
char *cfg_dump(const struct cfg *c);
/* True if `argv` defines an NDIS version macro (-DNDIS51, -D NDIS60=1, ...). */
bool cfg_has_ndis_define(const char *const *argv, int argc);

#endif

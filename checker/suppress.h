/* suppress.h — inline suppressions and source lines.
 *
 * A comment `// ddicheck-suppress RuleId: reason` (or a block comment) on the reported line, or on
 * the line just above it when that line holds only the comment, silences that rule's findings on
 * the reported line. Several ids may be given,
 * separated by commas; an id may be an fnmatch glob (`Irql_*`). The reason is the text after the
 * colon, up to the end of the comment; it is optional but recommended. Limits: the marker is found
 * by text search, so a `ddicheck-suppress` inside a string literal counts too, and only the
 * finding's primary line (not its notes' lines) is considered.
 *
 * Memory: struct src_lines owns its text; supp_apply moves suppressed findings into a vector of
 * struct rpt_suppressed whose strings stay owned by the findings list's arena.
 */
#ifndef DDICHECK_SUPPRESS_H
#define DDICHECK_SUPPRESS_H

#include "finding.h"
#include "report.h"

/* A source file split into lines (line 1 = lines[0]); line ends ("\n", "\r\n") are not included. */
struct src_lines {
    char *text; /* the whole file, heap-owned */
    size_t len;
    const char **lines; /* heap-owned array of pointers into text */
    size_t *lens;       /* byte length of each line */
    unsigned n;
};

/* Reads `path` and splits it into lines. Returns 0, or -1 with errno set when it cannot be read
 * (`s` is then empty and safe to free). */
int srcl_load(struct src_lines *s, const char *path);
void srcl_free(struct src_lines *s);
/* Line `line` (1-based) and its byte length in *len; NULL when out of range. */
const char *srcl_line(const struct src_lines *s, unsigned line, size_t *len);

/* Moves every finding of `fs` silenced by a suppression comment into `out` (a vec of struct
 * rpt_suppressed, initialised by the caller), keeping the order of the rest. Files that cannot be
 * read suppress nothing. Returns the number of findings moved. */
size_t supp_apply(struct findings *fs, struct vec *out);
/* Frees the notes owned by the entries of `v` and the vector itself. */
void supp_free(struct vec *v);

#endif

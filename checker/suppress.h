/* suppress.h — suppressions: comments and pragmas in the source, and a suppression file.
 *
 * In the source (comments found by clang's lexer, so text inside string literals never counts;
 * the frontend hands them over as struct ir_comment):
 *   // ddicheck-suppress IDS[: reason]   the comment's line, or the next line when the comment is
 *                                        alone on its line
 *   // NOLINT  /  // NOLINT(IDS)         the comment's line
 *   // NOLINTNEXTLINE[(IDS)]             the next line
 *   // NOLINTBEGIN[(IDS)] ... // NOLINTEND[(IDS)]
 *                                        every line from the BEGIN comment to the matching END
 *                                        comment (same IDS text), as clang-tidy has them
 *   #pragma warning(suppress: N [N...])  the next line, for the rules whose definition lists the
 *   #pragma prefast(suppress: N, "why")  PREfast warning number N ("prefast", rules/defs)
 * IDS are rule ids or fnmatch globs separated by commas (`Irql_*`); a NOLINT without a list
 * silences every rule. The reason is the text after `ids:` of ddicheck-suppress, the text after a
 * NOLINT's closing parenthesis, or a pragma's justification string.
 *
 * In a suppression file (`--suppressions-list=FILE`): one `RuleId:path-glob[:line]` per line;
 * RuleId may be a glob, path-glob is an fnmatch pattern (`*` also crosses '/') matched against the
 * finding's file as reported and as an absolute path, and against its base name when the glob has
 * no '/'; without a line every line of the file matches. Blank lines and lines starting with '#'
 * are ignored; text after " #" is a comment and becomes the reason.
 *
 * Only a finding's primary line counts, not its notes' lines. Each directive remembers whether it
 * silenced anything, so unused ones can be reported: a directive counts as ddicheck's when it
 * names an enabled rule (NOLINT with a list of other tools' checks, a bare NOLINT, and pragma
 * numbers no rule maps are left alone).
 *
 * Memory: a struct supp_set owns its directives (arena); supp_apply() moves suppressed findings
 * into a vector of struct rpt_suppressed whose strings stay owned by the findings' arena and the
 * set's arena (reasons: the caller keeps the set alive as long as that vector, or copies).
 */
#ifndef DDICHECK_SUPPRESS_H
#define DDICHECK_SUPPRESS_H

#include "finding.h"
#include "report.h"
#include "rules.h"

struct supp_set {
    struct arena arena;
    struct vec dirs;       /* struct supp_dir (suppress.c) */
    struct strmap by_file; /* file -> struct vec * of indices into dirs */
    struct vec file_vecs;  /* struct vec *, heap-owned */
    struct strmap seen;    /* "file:offset" of comments already read (headers come once per TU) */
    struct vec problems;   /* struct supp_problem: malformed or unmatched directives */
};

/* Something the user wrote that does not work as a suppression, or that suppresses nothing. */
struct supp_problem {
    struct ir_loc loc;   /* file and line (and column) of the directive */
    const char *message; /* arena-owned, without location or severity */
};

void supp_init(struct supp_set *s);
void supp_free_set(struct supp_set *s);

/* Reads the suppression comments and pragmas `comments` (struct ir_comment) of a program; `rules`
 * (borrowed) maps PREfast numbers to rules and tells which ids are ddicheck's. An unmatched
 * NOLINTBEGIN or NOLINTEND is recorded in s->problems. */
void supp_add_comments(struct supp_set *s, const struct vec *comments, const struct rules *rules);

/* Reads the suppression file `path` (a regular file of at most FIO_CAP_SETTINGS bytes). Returns 0,
 * or 2 with a heap-allocated "path[:line]: error: ..." message in *err (unreadable, a line that is
 * not RuleId:path-glob[:line], a rule pattern that matches no rule of `rules`). */
int supp_load_list(struct supp_set *s, const char *path, const struct rules *rules, char **err);

/* Moves every finding of `fs` that a directive of `s` silences into `out` (a vec of struct
 * rpt_suppressed, initialised by the caller), keeping the order of the rest. Returns the number
 * moved. Time: linear in the findings times the directives of their file plus the file entries. */
size_t supp_apply(struct supp_set *s, struct findings *fs, struct vec *out);

/* Appends to `out` (struct supp_problem) one entry per ddicheck directive of `s` that silenced
 * nothing in the supp_apply() calls so far, in file and line order (suppression-file entries
 * last). `rules` tells which rules are enabled: a directive whose rules all are disabled is not
 * reported. Messages are owned by s->arena. */
void supp_unused(struct supp_set *s, const struct rules *rules, struct vec *out);

/* Frees the notes owned by the entries of `v` (struct rpt_suppressed) and the vector itself. */
void supp_free(struct vec *v);

#endif

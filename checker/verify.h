/* verify.h — `ddicheck --verify[=PREFIX]`: clang's -verify idiom for annotated sources.
 *
 * A source states the diagnostics it must produce in comments:
 *   // PREFIX-warning {{text}}      on the line of the diagnostic
 *   // PREFIX-note@+1 {{text}}      on the next line (@-N before, @N absolute line)
 *   // PREFIX-error 2 {{text}}      twice on this line
 *   // PREFIX-no-diagnostics        the file produces none
 * PREFIX defaults to "expected". `text` must be a substring of "MESSAGE [RuleId]" (warnings) or of
 * the message (notes, errors). Every diagnostic located in a verified file must be expected, and
 * every expectation met; warnings and errors located in other files are unexpected too.
 */
#ifndef DDICHECK_VERIFY_H
#define DDICHECK_VERIFY_H

#include "util.h"

#include <stdio.h>

struct vdiag {
    const char *file;
    unsigned line;
    const char *severity; /* "error", "warning" or "note" */
    const char *text;
};

/* Checks `diags` (struct vdiag) against the directives of `files`. Prints clang-style mismatch
 * reports to `out`. Returns 0 when everything matched, 1 on any mismatch, 2 when a file cannot be
 * read or has a malformed directive (reported with its line). */
int verify_run(const char *prefix, const char *const *files, int nfiles, const struct vec *diags, FILE *out);

#endif

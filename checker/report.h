/* report.h — reporters: GCC-style text, the JSON report (schema: docs/report-schema.json,
 * described in docs/json-report.md) and SARIF 2.1.0 (report_sarif.c).
 * They print findings and input errors; they own nothing.
 *
 * Columns: `ir_loc.col` is clang's 1-based byte column. The JSON report gives it as `column`, plus
 * `column_utf16` (1-based UTF-16 code units, what LSP editors use) and `offset` (0-based byte
 * offset in the file). SARIF gives UTF-16 columns (run.columnKind "utf16CodeUnits").
 */
#ifndef DDICHECK_REPORT_H
#define DDICHECK_REPORT_H

#include "finding.h"
#include "rules.h"

#include <stdbool.h>
#include <stdio.h>

/* The project's home page, given as SARIF tool.driver.informationUri; defined once here. */
#define DDICHECK_INFORMATION_URI "https://github.com/ddicheck/ddicheck"

/* A finding a `// ddicheck-suppress RuleId: reason` comment silenced (suppress.h fills these). */
struct rpt_suppressed {
    struct finding f;      /* strings borrowed from the findings list it came from; owns f.notes */
    const char *reason;    /* the text after "RuleId:", "" when none was given */
    struct ir_loc comment; /* where the suppressing comment is (line and file) */
};

/* What a run adds around its findings. Every field may be zero/NULL. */
struct rpt_context {
    const struct rules *rules;    /* SARIF: tool.driver.rules[] and help text; borrowed */
    const char *srcroot;          /* SARIF: %SRCROOT% directory (absolute or relative to the cwd) */
    const struct vec *suppressed; /* struct rpt_suppressed, listed only when show_suppressed */
    bool show_suppressed;
    size_t nbaselined;               /* findings hidden because the baseline has them */
    const char *const *fingerprints; /* baseline.h fingerprint of each finding, or NULL to compute */
};

/* `file:line:col: warning: MESSAGE [RuleId]` then `file:line:col: note: ...` per note; errors
 * first as `file:line:col: error: MESSAGE`. Control characters in file names and messages are
 * written escaped (\n, \r, \t, \xNN), so every report line is one diagnostic. Write errors are
 * left in `out`'s error flag (ferror). */
void rpt_text(FILE *out, const struct findings *fs, const struct vec *errors);
/* The errors alone, as rpt_text writes them (`file:line:col: error: MESSAGE`, `note:` for notes). */
void rpt_text_diags(FILE *out, const struct vec *errors);
/* rpt_text, then (with ctx->show_suppressed) each suppressed finding as
 * `file:line:col: warning: MESSAGE [RuleId] (suppressed: REASON)`. */
void rpt_text_ex(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);
/* The JSON report, written with json-c. Returns 0, or 2 if it cannot be written. */
int rpt_json(FILE *out, const struct findings *fs, const struct vec *errors);
/* The JSON report with the run's suppression and baseline counts and, with ctx->show_suppressed,
 * the suppressed findings. `ctx` may be NULL. Returns 0, or 2 if it cannot be written. */
int rpt_json_ex(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);
/* SARIF 2.1.0 with one run: tool.driver.rules[] from ctx->rules (all loaded rules), one result per
 * finding with a %SRCROOT%-relative location, partialFingerprints and a codeFlow from the notes;
 * parse errors become invocations[0].toolExecutionNotifications. Returns 0, or 2 if it cannot be
 * written. */
int rpt_sarif(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);

/* 1-based UTF-16 column of the 1-based byte column `col` on line `line` of `file`; 0 when the
 * file cannot be read (or is not a regular file) or the location is unknown. Reads the file on
 * every call: for many locations use struct rpt_cols. */
unsigned rpt_utf16_col(const char *file, unsigned line, unsigned col);

/* UTF-16 columns of many locations: each file is read once, and each column then costs at most
 * 64 bytes of scanning, so a report's columns take time linear in the report and its files. */
struct rpt_cols;
struct rpt_cols *rpt_cols_new(void);
void rpt_cols_free(struct rpt_cols *c);
/* As rpt_utf16_col(); `file` is borrowed and must outlive `c`. */
unsigned rpt_cols_utf16(struct rpt_cols *c, const char *file, unsigned line, unsigned col);

/* GitHub code scanning's primaryLocationLineHash for every line of `text` (`len` bytes, UTF-8):
 * a rolling hash (base 37, modulo 2^64) over the first 100 characters — UTF-16 code units, spaces
 * and tabs skipped, line ends normalized to '\n', an end-of-file mark appended — counted from the
 * start of the line, written as "HEX:N" where N numbers repeated hashes in file order. Calls
 * `fn(line, hash, ctx)` for lines 1, 2, ... in order; `hash` is valid during the call only. */
void rpt_line_hashes(const char *text, size_t len, void (*fn)(unsigned line, const char *hash, void *ctx), void *ctx);

#endif

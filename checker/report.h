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
#include "srcfile.h"

#include <stdbool.h>
#include <stdio.h>

/* The project's home page, given as SARIF tool.driver.informationUri; defined once here. */
#define DDICHECK_INFORMATION_URI "https://github.com/ddicheck/ddicheck"

/* A finding a suppression silenced (suppress.h fills these: a NOLINT or ddicheck-suppress comment,
 * a #pragma warning/prefast(suppress), a line of the suppression file). */
struct rpt_suppressed {
    struct finding f;      /* strings borrowed from the findings list it came from; owns f.notes */
    const char *reason;    /* the suppression's reason, "" when none was given (findings' arena) */
    struct ir_loc comment; /* where the suppression is written (file and line) */
};

/* What a run adds around its findings. Every field may be zero/NULL. */
struct rpt_context {
    const struct rules *rules;    /* SARIF: tool.driver.rules[] and help text; borrowed */
    const char *srcroot;          /* SARIF: %SRCROOT% directory (absolute or relative to the cwd) */
    const struct vec *suppressed; /* struct rpt_suppressed, listed only when show_suppressed */
    bool show_suppressed;
    size_t nbaselined;               /* findings hidden because the baseline has them */
    const char *const *fingerprints; /* baseline.h fingerprint of each finding, or NULL to compute */
    struct src_cache *sources;       /* the run's source files (srcfile.h), borrowed; NULL: the
                                        reporter reads them into a cache of its own */
    bool snippets;                   /* text: the source line and a caret under each location */
    bool color;                      /* text: ANSI colours as clang uses them */
};

/* `file:line:col: warning: MESSAGE [RuleId]` then `file:line:col: note: ...` per note; errors
 * first as `file:line:col: error: MESSAGE`. Control characters in file names and messages are
 * written escaped (\n, \r, \t, \xNN), so every report line is one diagnostic. Write errors are
 * left in `out`'s error flag (ferror). */
void rpt_text(FILE *out, const struct findings *fs, const struct vec *errors);
/* The errors alone, as rpt_text writes them (`file:line:col: error: MESSAGE`, `note:` for notes). */
void rpt_text_diags(FILE *out, const struct vec *errors);
/* rpt_text, then (with ctx->show_suppressed) each suppressed finding as
 * `file:line:col: warning: MESSAGE [RuleId] (suppressed: REASON)`.
 * With ctx->snippets, every diagnostic line with a location is followed, as clang does, by the
 * source line and a caret under the column:
 *      12 |     NdisMCmActivateVc(Vc, Params);
 *         |     ^
 * Tabs are expanded to 8-column stops, control characters shown as <U+XXXX> and bytes that are
 * not UTF-8 as <XX>, so a snippet is one report line; of a line longer than RPT_SNIPPET_BYTES
 * bytes only that many bytes around the column are shown, with "..." at the cut ends (so the
 * cost per location stays bounded). With ctx->color, locations and messages are bold, the
 * severity coloured (error red, warning magenta, note grey) and the caret green. */
void rpt_text_ex(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);

/* Longest source line shown whole in a snippet, in bytes. */
#define RPT_SNIPPET_BYTES 240

/* The closing line of a run, as clang's "N warnings generated.": "3 warnings in 2 files",
 * "1 error and 2 warnings in 1 file", "no findings"; counts of findings by severity and the number
 * of files they are in, then how many files were checked ("(61 files checked)" when `nchecked` is
 * not 0) and the input errors ("; 1 input error"). Written with a newline. */
void rpt_summary(FILE *out, const struct findings *fs, const struct vec *errors, size_t nchecked, bool color);
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

/* CI reports (report_ci.c), each 0 or 2 when it cannot be written; paths relative to ctx->srcroot
 * (else the current directory) where the format wants repository paths.
 * GitHub Actions workflow commands, one line per finding:
 *   ::warning file=PATH,line=L,col=C,title=RuleId::MESSAGE [RuleId]%0APATH:L: note: ...
 * (::error for error findings and input errors, ::notice for note findings), escaped as the
 * workflow-command syntax asks (%25, %0D, %0A; also %3A and %2C in properties). */
int rpt_github(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);
/* GitLab Code Quality: a JSON array of issues with description, check_name, fingerprint (the
 * baseline fingerprint), severity (critical, major, info), location.path, location.lines.begin. */
int rpt_gitlab(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);
/* checkstyle XML 4.3: <file name=...> with <error line= column= severity= message= source=/>, the
 * source being "ddicheck.RuleId"; valid UTF-8 and XML 1.0 whatever the input. */
int rpt_checkstyle(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx);

/* GitHub code scanning's primaryLocationLineHash for every line of `text` (`len` bytes, UTF-8):
 * a rolling hash (base 37, modulo 2^64) over the first 100 characters — UTF-16 code units, spaces
 * and tabs skipped, line ends normalized to '\n', an end-of-file mark appended — counted from the
 * start of the line, written as "HEX:N" where N numbers repeated hashes in file order. Calls
 * `fn(line, hash, ctx)` for lines 1, 2, ... in order; `hash` is valid during the call only. */
void rpt_line_hashes(const char *text, size_t len, void (*fn)(unsigned line, const char *hash, void *ctx), void *ctx);

#endif

/* report.h — reporters: GCC-style text and the JSON report (schema: docs/report-schema.json).
 * They print findings and input errors; they own nothing. */
#ifndef DDICHECK_REPORT_H
#define DDICHECK_REPORT_H

#include "finding.h"

#include <stdio.h>

/* `file:line:col: warning: MESSAGE [RuleId]` then `file:line:col: note: ...` per note; errors
 * first as `file:line:col: error: MESSAGE`. */
void rpt_text(FILE *out, const struct findings *fs, const struct vec *errors);
/* The JSON report, written with json-c. Returns 0, or 2 if it cannot be written. */
int rpt_json(FILE *out, const struct findings *fs, const struct vec *errors);

#endif

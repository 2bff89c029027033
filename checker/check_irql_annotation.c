/* check_irql_annotation.c — kind "irql_annotation": calls and functions that break the IRQL
 * annotations (SAL) of the function called or of the function itself (Irql_Annotation): a call
 * outside the callee's `_IRQL_requires_*` (a driver function, or a DDI in no SDV list of
 * rules/facts/ddi-irql.tsv), a raise above / lower below the caller's
 * `_IRQL_always_function_max_` / `_min_`.
 *
 * The engine is the IRQL dataflow (irql.h), which the annotations feed in any case (annotated
 * entry IRQLs and call effects change the IRQL the irql rules see too): it computes the IRQL at
 * every call once per driver and, in that same run, reports the findings of the enabled
 * irql_annotation rule (at most one rule has the kind; the rule database refuses a second). The
 * run belongs to kind irql (check_irql.c), which comes first in checks.def, so this check has no
 * run of its own: running the dataflow a second time would double its cost for the same IRQLs.
 */
#include "checks.h"

const struct check check_irql_annotation = {.run = NULL};

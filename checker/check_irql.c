/* check_irql.c — kind "irql": the IRQL rules (Irql_*_Function), one DDI list each in
 * rules/facts/ddi-irql.tsv. The IRQL dataflow (irql.h) is the engine: it computes the IRQL
 * interval at every call and reports each call of a DDI of an enabled irql rule that some path
 * reaches outside the DDI's range; this file registers it as the kind's check, with --dump-irql as
 * its dump. The same run reports the enabled irql_annotation rule (check_irql_annotation.c).
 */
#include "checks.h"
#include "irql.h"

static int run(struct check_ctx *cx)
{
    return irql_run_calls(cx->d, cx->fs, NULL, cx->irql_ddis, &cx->irql_calls, &cx->arena);
}

static int dump(struct check_ctx *cx, FILE *out)
{
    return irql_run_calls(cx->d, cx->fs, out, cx->irql_ddis, &cx->irql_calls, &cx->arena);
}

const struct check check_irql = {.run = run, .dump = dump};

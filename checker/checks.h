/* checks.h — the registry of checks: one check per rule kind, listed in checks.def, each defined
 * in its own file check_<kind>.c on top of an engine:
 *
 *   irql         check_irql.c         the IRQL dataflow (irql.h)
 *   call_status  check_call_status.c  the path-sensitive state engine (pathstate.h)
 *   request      check_request.c      the path-sensitive state engine
 *   call_argument check_call_argument.c constant propagation in each calling function
 *   typestate    check_typestate.c    the path-sensitive state engine
 *   driver_role  check_driver_role.c  the driver model (model.h) alone
 *   call_context check_call_context.c the driver model's call graph and callback roles
 *   irql_annotation check_irql_annotation.c  reported by the IRQL dataflow run of kind irql
 *   lifecycle    check_lifecycle.c    two walks of the path-sensitive state engine (init, then halt
 *                                     callbacks) and the IRQL at the calls the irql check recorded
 *
 * checks_run() is what the pipeline (api.c) runs after the driver model: the run() of every check
 * in the order of checks.def, then one pass of the path-sensitive state engine with the hooks of
 * every kind that has them (so the path kinds share one walk of the driver). A check reads only
 * the enabled rules of its kind (ruledb.h) and reports through the findings.
 *
 * Adding a kind: a line in checks.def and a file check_<kind>.c that defines
 * `const struct check check_<kind>`; a kind whose definitions have fields of their own also
 * gives the rule database their typed form (ruledb.h), their reader load_<kind> and field list
 * <kind>_fields (ruledb.c) and their JSON Schema (rules/schema). See docs/adding-a-rule.md.
 */
#ifndef DDICHECK_CHECKS_H
#define DDICHECK_CHECKS_H

#include "finding.h"
#include "model.h"
#include "pathstate.h"

#include <stdio.h>

/* What a check runs on. */
struct check_ctx {
    struct dm_driver *d; /* the driver model (borrowed; its rules are the run's) */
    struct findings *fs; /* where findings go */
    /* the IRQL at each call of the DDIs in irql_ddis (NULL-terminated: the deregister DDIs of the
       lifecycle rules that check the IRQL there), struct irql_call (irql.h), recorded by the irql
       check, which runs first; notes in `arena`; owned by checks_run() */
    const char **irql_ddis;
    struct vec irql_calls;
    struct arena arena;
};

/* A kind's hooks; its enum value and name are its line of checks.def (rule_kind_name()). A kind
 * has run() (an analysis of its own), or `path` (hooks on the path-sensitive state engine), or
 * both. */
struct check {
    /* Runs the kind's enabled rules. Returns 0, or 2 when the analysis cannot run (a message has
     * been printed to stderr). */
    int (*run)(struct check_ctx *cx);
    /* Optional: run() that also prints the kind's facts to `out` (--dump-irql for kind irql). */
    int (*dump)(struct check_ctx *cx, FILE *out);
    /* The kind's hooks on the path-sensitive state engine (pathstate.h), or NULL. */
    const struct ps_hooks *path;
};

/* The checks, indexed by enum rule_kind (generated from checks.def). */
extern const struct check *const checks[RULE_KIND_COUNT];

/* Runs every check over driver `d`, appending to `fs`: each kind's run(), or its dump() when
 * dump[kind] is set (an array of RULE_KIND_COUNT streams, or NULL for none), then the path engine
 * with every kind's path hooks. Returns 0, or 2 if a check could not run. */
int checks_run(struct dm_driver *d, struct findings *fs, FILE *const *dump);

#endif

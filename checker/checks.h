/* checks.h — the registry of checks: one check per rule kind, listed in checks.def, each defined
 * in its own file check_<kind>.c on top of an engine:
 *
 *   irql         check_irql.c         the IRQL dataflow (irql.h)
 *   call_status  check_call_status.c  the path-sensitive state engine (pathstate.h)
 *   request      check_request.c      the path-sensitive state engine
 *   typestate    check_typestate.c    the path-sensitive state engine
 *   driver_role  check_driver_role.c  the driver model (model.h) alone
 *
 * checks_run() is what the pipeline (api.c) runs after the driver model: every check in the order
 * of checks.def, then one pass of the path-sensitive state engine with the hooks the checks
 * registered on it. A check reads only the enabled rules of its kind (ruledb.h) and reports
 * through the findings.
 *
 * Adding a kind: a line in checks.def, a file check_<kind>.c that defines
 * `const struct check check_<kind>`, and the fields of its definitions in the rule database
 * (load_<kind> in ruledb.c); see docs/adding-a-rule.md.
 */
#ifndef DDICHECK_CHECKS_H
#define DDICHECK_CHECKS_H

#include "finding.h"
#include "model.h"
#include "pathstate.h"

#include <stdio.h>

/* What a check runs on. */
struct check_ctx {
    struct dm_driver *d;    /* the driver model (borrowed; its rules are the run's) */
    struct findings *fs;    /* where findings go */
    struct ps_engine *path; /* the path-sensitive state engine: a kind on it adds its hooks
                               (ps_add) in run(); the engine runs after every check's run() */
};

/* A kind's hooks; its enum value and name are its line of checks.def (rule_kind_name()). */
struct check {
    /* Runs the kind's enabled rules, or registers their hooks on cx->path. Returns 0, or 2 when
     * the analysis cannot run (a message has been printed to stderr). */
    int (*run)(struct check_ctx *cx);
    /* Optional: run() that also prints the kind's facts to `out` (--dump-irql for kind irql). */
    int (*dump)(struct check_ctx *cx, FILE *out);
};

/* The checks, indexed by enum rule_kind (generated from checks.def). */
extern const struct check *const checks[RULE_KIND_COUNT];

/* Runs every check over driver `d`, appending to `fs`: each kind's run(), or its dump() when
 * dump[kind] is set (an array of RULE_KIND_COUNT streams, or NULL for none), then the path engine.
 * Returns 0, or 2 if a check could not run. */
int checks_run(struct dm_driver *d, struct findings *fs, FILE *const *dump);

#endif

/* irql.h — the IRQL analysis: the possible IRQL at every program point of every driver function,
 * as an interval of levels (rules.h: PASSIVE_LEVEL 0 .. HIGH_LEVEL 15), and the IRQL rules that
 * read it.
 *
 * Entry IRQL: a function with a callback role starts at its role's documented range; a function
 * called by driver functions at the join of its callers' IRQLs at the call sites (every caller
 * context, across TUs); a function with neither at PASSIVE_LEVEL. Changes come from the DDIs of
 * rules/facts/irql-effects.tsv: NdisAcquireSpinLock saves the IRQL in the lock and raises to
 * DISPATCH_LEVEL, NdisReleaseSpinLock restores it, KeRaiseIrql/KeLowerIrql and the Ke spin locks
 * save and restore through their OldIrql variable. A call to a driver function applies that
 * function's exit IRQL for the caller's IRQL (memoized per entry interval; recursion is cut by
 * assuming the callee leaves the IRQL unchanged). A restore whose saved IRQL is unknown (a lock
 * taken in another function) makes the IRQL "unknown" on that path: nothing is reported there.
 * Calls through function pointers change nothing.
 *
 * Calling contexts: a function is analysed once per calling context. A call that passes a constant
 * (an integer, boolean or enum constant, NULL, the address of a function or an object, or a value
 * a local or parameter is known to hold on that path) in a parameter the callee tests in a branch,
 * or hands on unchanged to a callee that does, and that the callee never assigns nor lets out by
 * address, enters a context of its own for those values: its entry IRQL is the join of those calls
 * only, its branches on the parameter are decided (`HwReturn(Hw, FALSE)` never reaches the
 * `if (DispatchLevel) NdisDprAcquireSpinLock` branch), and its exit IRQL is memoized per context.
 * At most 8 such contexts per function; further calls share the function's base context (roles and
 * calls that pass nothing known), which takes every branch. A call is checked with the IRQL joined
 * over all the contexts of its function.
 *
 * Path facts that refine the interval at branches: constants assigned to locals (`bFalse = FALSE;
 * if (bFalse)`); saved IRQLs compared with a constant (`if (OldIrql == DISPATCH_LEVEL)`); flags
 * that tell the IRQL — the dispatch-level bit of the flags parameter of the roles of
 * rules/facts/dispatch-flags.tsv (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)), a comparison of
 * KeGetCurrentIrql() with a level, a BOOLEAN copied from either, and a parameter of a helper that
 * every caller passes such a flag about its own IRQL.
 *
 * IRQL annotations (SAL, sal.h) of the driver's functions and of the functions they call add to
 * this. An annotation is a permission for callers, not the IRQL a function runs at: an annotated
 * function without a role starts at the join of its callers' IRQLs, each kept within the annotated
 * range (a caller outside it is reported at its call), or with no caller at the range's lowest
 * level (assumed, as for any function, when that is PASSIVE_LEVEL). Where the annotated range has
 * more than one level (`_IRQL_requires_max_(DISPATCH_LEVEL)`) an annotation context also enters
 * the body over the whole range, passing nothing on to callees: a call there outside a DDI's range
 * or a callee's annotation, at a level that comes from the annotation itself, is a body that
 * contradicts its annotation, reported under irql_annotation unless a real context reaches the
 * call outside the range (then the DDI's rule reports it). A call of an annotated function that
 * raises, saves or restores the IRQL has that effect (unless rules/facts/irql-effects.tsv has the
 * DDI: the table wins), instead of the callee's summary; the irql_annotation rule reports a call
 * outside the callee's annotated requirement (unless the DDI is in an SDV list of ddi-irql.tsv:
 * that rule judges it) and a raise above / lower below a
 * function's `_IRQL_always_function_max_` / `_min_`.
 *
 * Every interval bound carries the reason it has that value (role entry, raising call, call site),
 * so a finding's notes tell where the IRQL came from.
 */
#ifndef DDICHECK_IRQL_H
#define DDICHECK_IRQL_H

#include "finding.h"
#include "model.h"

#include <stdbool.h>

enum irql_why_kind { W_ROLE, W_RAISE, W_LOWER, W_CALLSITE, W_ANNOT };

/* Why an interval bound has its value; `next` continues the story in a caller. Arena-owned. */
struct irql_why {
    enum irql_why_kind kind;
    struct ir_loc loc;
    const char *func; /* W_ROLE: the callback; W_CALLSITE: the callee; W_ANNOT: the function */
    const char *what; /* W_ROLE: role typedef; W_RAISE/W_LOWER: the DDI; W_ANNOT: the annotation */
    struct irql_range
        range; /* W_ROLE, W_ANNOT: entry range; W_CALLSITE: IRQL at the call; W_RAISE/W_LOWER: new level */
    const struct irql_why *next;
};

/* An interval of IRQL levels; lo > hi means "no path reaches here" (bottom). `tag` names the value
 * the interval stands for, so that a test of one copy of it refines the others: 1 is the function's
 * entry IRQL, other nonzero tags the IRQL set by one event (a raise, a lower, a call), 0 unknown. A
 * saved OldIrql keeps the tag of the IRQL it saved, so `if (DispatchLevel)` on a flag that says
 * whether the entry IRQL is DISPATCH_LEVEL refines both the current IRQL and what a release will
 * restore. */
struct irql_iv {
    int lo, hi;
    const struct irql_why *why_lo, *why_hi;
    int tag;
};

/* Lattice operations, exposed for the unit tests. */
struct irql_iv irql_bottom(void);
bool irql_is_bottom(struct irql_iv a);
/* Least upper bound; each bound keeps the reason of the side it came from; the tag survives when
 * both sides have it. */
struct irql_iv irql_join(struct irql_iv a, struct irql_iv b);
bool irql_iv_eq(struct irql_iv a, struct irql_iv b);
/* True if every level of `a` lies in `req`; `*all_out` is set when every level lies outside. */
bool irql_within(struct irql_iv a, struct irql_range req, bool *all_out);

/* Runs the analysis over the driver and appends the IRQL rules' findings (enabled rules of kind
 * "irql") to `fs`. With `dump` non-NULL, also prints each function's entry interval and the
 * interval at each call (the --dump-irql form). Returns 0. */
int irql_run(struct dm_driver *d, struct findings *fs, FILE *dump);

/* The IRQL at one reached direct call of a function outside the driver (a DDI), joined over the
 * calling contexts of the calling function `func` (index in the driver), with the notes that tell
 * where its highest level comes from (note_loc[i], note[i]; `vague`: a restore of an unknown saved
 * IRQL makes it unknown). */
struct irql_call {
    const struct ir_event *e;
    int func;
    int lo, hi;
    bool vague;
    int nnotes;
    const struct ir_loc *note_loc;
    const char *const *note;
};

/* irql_run() that also appends a struct irql_call for every reached call of a DDI named in `ddis`
 * (NULL-terminated) to `calls`, its notes allocated from `arena` (both the caller's). */
int irql_run_calls(struct dm_driver *d, struct findings *fs, FILE *dump, const char *const *ddis, struct vec *calls,
                   struct arena *arena);

#endif

/* pathstate.h — the path-sensitive state engine: what is known on each path through a driver
 * function, for the rule kinds that follow handles, statuses and requests (typestate,
 * call_status, request; checks.def). The engine walks the CFG; the kinds never do: each registers
 * hooks (struct ps_hooks) that read and change the state at DDI calls and returns, and report.
 *
 * State. At each program point the engine keeps a set of disjuncts (struct ps_set); one disjunct
 * (struct pstate) describes the paths that reached the point in one way:
 *   - aliases: place `from` holds a copy of place `to` (`h = pSap->NdisSapHandle`, `p2 = p1`), so
 *     that both name the same handle; every place is resolved through them (ps_path());
 *   - value facts (struct ps_value): a place holds a known NDIS_STATUS or integer, or is known not
 *     to hold some values (after `if (Status != NDIS_STATUS_SUCCESS)`, a `switch`, NT_SUCCESS()),
 *     with where the known value was written; a two-valued constant (`ok ? A : B`) assigned or
 *     returned splits the disjunct, one per value;
 *   - facts of the kinds (struct ps_fact): the state of something a rule follows, keyed by what
 *     it is about (e.g. the rule definition) and the place it lives at (a handle), or the whole
 *     path (place "": "the request has been completed");
 *   - the value the function returns and the value of the last call made.
 * Branches that compare a place with a constant refine the value facts and drop the disjuncts that
 * cannot take the edge; disjuncts merge only when equal. A point holds at most PS_MAX_DISJUNCTS
 * (beyond, the newest ones are joined into the last: facts keep every state either side had).
 *
 * Places are access paths in the IR's text form (ir.h). An assignment kills what was known under
 * the place written (a handle stored there gets a new life), after moving it to a variable that
 * copied the old value (`x = p->h; p->h = NULL;`: x now holds the handle).
 *
 * Calls. A call to a driver function is analyzed in the caller's context (inlined): the callee's
 * parameters are renamed to the caller's argument places, its locals get a frame prefix ("@N:x")
 * that is dropped on return, constant arguments become value facts of the parameters; each
 * disjunct at the callee's exit continues in the caller. Not inlined (the call changes nothing):
 * recursion, depth PS_MAX_INLINE_DEPTH, more than PS_ROOT_BUDGET inlined calls under one root,
 * calls through pointers (the kinds' on_opaque hooks hear of each such call). What an inlined callee
 * returns on each of its paths becomes the result of the call on that path, together with that
 * path's effects, so `return Helper();`, `st = Helper(); if (st == ...)` and `if (Helper())` (a branch
 * on a call's result, ir.h's ir_cond.has_call) keep each outcome with its own effects. A call to
 * anything else (a DDI, a library function) goes to the kinds' on_ddi hooks, in the order of checks.def.
 *
 * Roots. Every driver function that is a callback (has a role) or has no caller is analyzed from
 * an empty state, unless no kind acts on anything it reaches (ps_hooks.acts_on, .on_root). A kind
 * may then ask for further runs of a root for itself alone, each from a state it seeds
 * (ps_hooks.seeded_runs, .seed: an OID request's fields pinned to one value). The
 * walk of one root stops after PS_ROOT_WORK event transfers (an event applied to one disjunct) or
 * PS_ROOT_BUDGET inlined calls, whichever comes first; the root is then incomplete
 * (ps_root_incomplete()) and its exit sees only the paths walked so far. This bounds the cost of a
 * large callback that inlines big helpers in loops (an interrupt DPC that services every ring).
 *
 * Notes. A fact carries its reason (struct ps_why): where it got its state and through which
 * calls; ps_story_notes() turns it into a finding's notes.
 *
 * Memory: the engine borrows the driver model and the findings; everything it allocates for the
 * run (places, reasons, messages) is owned by its arena (ps_arena()) and freed by ps_free().
 * Disjuncts are heap-owned by the sets that hold them. Not thread-safe.
 */
#ifndef DDICHECK_PATHSTATE_H
#define DDICHECK_PATHSTATE_H

#include "finding.h"
#include "model.h"

#include <stdbool.h>

/* Precision knobs: more means fewer false reports and more time. */
#define PS_MAX_DISJUNCTS 8    /* disjuncts per program point before they are joined */
#define PS_MAX_EXCLUDED 4     /* values a value fact remembers a place is not */
#define PS_MAX_INLINE_DEPTH 6 /* nested driver calls analyzed in the caller's context */
#define PS_ROOT_BUDGET 400    /* inlined calls per root function */
#define PS_ROOT_WORK 20000    /* event transfers (one event of one disjunct) per root function */

/* Why a fact has its state: a location and a sentence, continued by `next` (the calls that lead
 * there, innermost first). Arena-owned. */
struct ps_why {
    struct ir_loc loc;
    const char *msg;
    int frame; /* for "'F' called here": the id of F's inlined frame, else 0 */
    const struct ps_why *next;
};

/* A value fact: the place `path` holds `value` (known), or holds none of `excluded`. */
struct ps_value {
    const char *path;
    bool known;
    long long value; /* NDIS_STATUS values as signed 32-bit */
    int nexcluded;
    long long excluded[PS_MAX_EXCLUDED];
    /* where a known value was written (a constant assigned or returned, in this frame or an inlined
       helper): the location and the calls that lead there; its msg is NULL (the kinds word it). NULL
       when the value is known from a branch or nothing wrote it. Not compared by the engine. */
    const struct ps_why *why;
};

/* Place `from` holds a copy of place `to`. */
struct ps_alias {
    const char *from, *to;
};

/* A kind's fact about `path` ("" for the path as a whole), keyed by `key` (what it is about: a
 * rule definition, a kind's tag). `state` is the set of states (bits) it may be in; `init` the
 * states it has on a path that knows nothing of it, joined in where such a path merges. */
struct ps_fact {
    const void *key;
    const char *path;
    unsigned state, init;
    const struct ps_why *why;
};

/* One disjunct. Its arrays are heap-owned and grow as needed (ps_free_state()). */
struct pstate {
    int naliases, nfacts, nvalues;
    int cap_aliases, cap_facts, cap_values;
    struct ps_alias *aliases;
    struct ps_fact *facts;
    struct ps_value *values;
    bool has_ret;                /* a return statement was reached: `ret` is what it returns */
    struct ps_value ret;         /* value facts about the returned value (path unused) */
    int last_call;               /* index in its block of the last call event, or -1 */
    struct ps_value last_result; /* what is known of that call's result (path unused) */
};

/* A set of disjuncts, each heap-owned by the set. */
struct ps_set {
    int n;
    struct pstate *d[PS_MAX_DISJUNCTS];
};

/* A function being analyzed: a root (parent NULL) or a callee inlined at `call_loc`. */
struct ps_frame {
    const struct ir_func *f;
    int id; /* 0 for a root */
    const struct ps_frame *parent;
    struct ir_loc call_loc;
    int nargs;
    const char **argpath; /* the caller's canonical argument places (NULL where not a place) */
    const struct ir_val *args;
};

struct ps_engine;

/* A kind's hooks (all optional but begin). `data` is what begin() returned. */
struct ps_hooks {
    /* Before the run: returns the kind's data for the run, or NULL when it has nothing to do
     * (no rule of the kind); then no other hook of it is called. */
    void *(*begin)(struct ps_engine *e);
    /* True if the kind acts on a call to `ddi` (the name it is known by, dm_call_name()): a root
     * that reaches no such call in itself or its callees, and that no kind wants (on_root), is
     * not analyzed. */
    bool (*acts_on)(void *data, struct ps_engine *e, const char *ddi);
    /* A root is about to be analyzed; returns true if the kind needs it analyzed whatever it
     * calls. Called for every root, analyzed or not. */
    bool (*on_root)(void *data, struct ps_engine *e, const struct dm_func *root);
    /* A call to a function outside the driver, known as `ddi`, in disjunct `s` of frame `fr`.
     * May change `s`, report, and split the path: a disjunct added to `extra` continues from the
     * point after the call alongside `s` (it does not go through later kinds' hooks). */
    void (*on_ddi)(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra);
    /* A return statement of frame `fr`, after s->ret was set. */
    void (*on_return)(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret);
    /* Each disjunct that reaches the exit of a root function. */
    void (*on_exit)(void *data, struct ps_engine *e, const struct ps_frame *root, const struct pstate *s);
    /* After the last root: whole-driver conclusions; frees `data`. */
    void (*end)(void *data, struct ps_engine *e);
    /* A call in frame `fr` whose effect the engine does not know: a call through a pointer, or a
     * call to a driver function that is not analyzed in the caller's context (recursion, the
     * inlining depth or budget, a callee with no path to its exit). `s` goes on unchanged by the
     * engine; a kind whose facts such a call may change (a helper that releases a lock) forgets
     * or weakens them here. */
    void (*on_opaque)(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *call);
    /* Disjunct `s` of frame `fr` takes edge `ed` out of block `bl`, after the engine refined it (the
     * edge is possible for `s`): a kind that follows what a branch decided (a `switch` on a place
     * that went to its default) records it in `s` here. */
    void (*on_edge)(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                    const struct ir_block *bl, const struct ir_edge *ed);
    /* Seeded runs: after the run of root `root`, the number of further runs of it the kind wants
     * (0: none). Each run `i` (0-based) starts from an empty disjunct that seed() fills (value facts
     * of the root's parameters, e.g. a request's Oid pinned to one value) and calls only this
     * kind's hooks, on_exit included, so the other kinds see each root once. */
    int (*seeded_runs)(void *data, struct ps_engine *e, const struct dm_func *root);
    void (*seed)(void *data, struct ps_engine *e, const struct dm_func *root, int run, struct pstate *s);
    /* A root is about to be walked from `in` (one empty disjunct): the kind may change that
     * disjunct or add others (ownership passes to the set), to start the root from what an earlier
     * run concluded (check_lifecycle.c: MINIPORT_HALT from MINIPORT_INITIALIZE's successful exits). */
    void (*on_entry)(void *data, struct ps_engine *e, const struct ps_frame *root, struct ps_set *in);
};

/* A new engine over driver `d` reporting into `fs` (both borrowed), with no kinds yet. */
struct ps_engine *ps_new(struct dm_driver *d, struct findings *fs);
/* Adds a kind's hooks (borrowed; they outlive the engine). Kinds are called in the order added. */
void ps_add(struct ps_engine *e, const struct ps_hooks *h);
/* Runs every added kind over the driver: begin, the roots, end. */
void ps_run(struct ps_engine *e);
void ps_free(struct ps_engine *e);

/* The driver, the findings and the run's arena. */
struct dm_driver *ps_driver(const struct ps_engine *e);
struct findings *ps_findings(const struct ps_engine *e);
struct arena *ps_arena(struct ps_engine *e);
/* True when the walk of the root analyzed last stopped before it had seen every path (its budget of
 * inlined calls or of block visits ran out): a conclusion about all its paths cannot be drawn. */
bool ps_root_incomplete(const struct ps_engine *e);

/* ---- places ---------------------------------------------------------------------------- */

/* The canonical place of path `text` (as written in frame `fr`): parameters renamed to the
 * caller's places, locals of inlined frames prefixed, aliases of `s` resolved. NULL stays NULL. */
const char *ps_path(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s, const char *text);
/* The canonical place an assignment to `text` writes: like ps_path(), but the place itself is
 * not resolved through an alias (only its prefix). */
const char *ps_place(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s, const char *text);
/* Forgets everything known at or under place `p` (aliases from it, facts, value facts). */
void ps_kill_place(struct pstate *s, const char *p);

/* ---- value facts ------------------------------------------------------------------------- */

/* What `s` knows of value `v` in frame `fr`: a constant, a place's value fact, the result of the
 * last call; else nothing (known false, no exclusions). The returned path is unspecified. */
struct ps_value ps_value_of(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s,
                            const struct ir_val *v);
/* The value fact of place `p` in `s`, created (knowing nothing) if absent. */
struct ps_value *ps_value_at(struct pstate *s, const char *p);
/* True if `v` is known to be x / known not to be x. */
bool ps_value_is(const struct ps_value *v, long long x);
bool ps_value_isnt(const struct ps_value *v, long long x);
/* Records that `v` is not x (no effect on a known value; at most PS_MAX_EXCLUDED are kept). */
void ps_value_exclude(struct ps_value *v, long long x);
/* An NDIS_STATUS as a signed 32-bit value (how C compares them). */
long long ps_s32(long long v);
/* "NDIS_STATUS_PENDING", "status 0x...", or "a status other than X" for a value known only not
 * to be `other_than`. Arena-owned. */
const char *ps_status_text(struct ps_engine *e, const struct ps_value *v, long long other_than);

/* ---- kinds' facts -------------------------------------------------------------------------- */

/* The fact (key, p) of `s`, or NULL. */
struct ps_fact *ps_fact_find(const struct pstate *s, const void *key, const char *p);
/* The fact (key, p) of `s`, created in state `init` if absent (with `init` as its merge default). */
struct ps_fact *ps_fact_get(struct pstate *s, const void *key, const char *p, unsigned init);

/* ---- disjuncts ------------------------------------------------------------------------------ */

/* A heap copy of `s` (free it with ps_free_state(), or hand it to a set). */
struct pstate *ps_dup(const struct pstate *s);
void ps_free_state(struct pstate *s);
/* Adds `s` to the set (ownership passes) unless an equal disjunct is there; beyond
 * PS_MAX_DISJUNCTS it is joined into the last one. Returns true if the set changed. */
bool ps_set_add(struct ps_set *set, struct pstate *s);
void ps_set_free(struct ps_set *set);

/* ---- reasons and reports ------------------------------------------------------------------ */

/* A reason: `msg` (arena-owned or static) at `loc`, continued by `next`. */
const struct ps_why *ps_why_new(struct ps_engine *e, struct ir_loc loc, const char *msg, const struct ps_why *next);
/* A reason at `loc` followed by "'F' called here" for each inlined frame up from `fr`. */
const struct ps_why *ps_why_here(struct ps_engine *e, struct ir_loc loc, const char *msg, const struct ps_frame *fr);
/* Reports rule `def` at `loc` in the function of frame `fr`. Returns the finding, or NULL if it
 * duplicates one. */
struct finding *ps_report(struct ps_engine *e, const struct rule_def *def, struct ir_loc loc, const struct ps_frame *fr,
                          const char *msg);
/* Adds to finding `fd` the notes that tell how its state came about: the reason chain `w`, then
 * the calls that lead to frame `fr`, leaving out the calls both share. */
void ps_story_notes(struct ps_engine *e, struct finding *fd, const struct ps_why *w, const struct ps_frame *fr);

#endif

/* ruledb.h — the rule database: rules/facts/NAME.tsv and rules/defs/ID.json read once into typed
 * structures, for the checker (ddicheck, ddicheck-cc, the clang plugin) and the runtime model alike.
 * Library `ddicheck_ruledb` (C11 + json-c; no libclang).
 *
 * IRQL vocabulary (x64 values, defined here and nowhere else): PASSIVE_LEVEL 0 (alias LOW_LEVEL),
 * APC_LEVEL 1, DISPATCH_LEVEL 2, a device IRQL (DIRQL) 3..12, CLOCK_LEVEL 13, IPI_LEVEL 14 (alias
 * POWER_LEVEL), HIGH_LEVEL 15.
 *
 * Everything the loader validates is listed in rules/README.md; the JSON Schema of a definition is
 * rules/schema/rule-definition.schema.json. A definition that loads is one some engine implements in
 * full: no unknown kind, severity, field, role, IRQL name, status name or message placeholder, no
 * negative or out-of-range argument index, no duplicate id or table row, a doc page that exists.
 *
 * Memory: everything loaded (strings, typed definitions, their arrays) is owned by `struct rules`
 * and released by rule_free(); the arrays are sized from the files, with no fixed limit.
 */
#ifndef DDICHECK_RULEDB_H
#define DDICHECK_RULEDB_H

#include "util.h"

#include <stdbool.h>

/* ---- IRQL vocabulary -------------------------------------------------------------------- */

enum {
    IRQL_PASSIVE = 0,
    IRQL_APC = 1,
    IRQL_DISPATCH = 2,
    IRQL_DIRQL_LO = 3,
    IRQL_DIRQL_HI = 12,
    IRQL_CLOCK = 13,
    IRQL_IPI = 14,
    IRQL_HIGH = 15
};

struct irql_range {
    int lo, hi; /* inclusive IRQL levels */
};

/* Parses an IRQL name of the tables ("PASSIVE_LEVEL", "DIRQL", ...) into its range of levels
 * (DIRQL is 3..12, every other name one level). Returns false if the name is unknown. */
bool rule_parse_irql(const char *name, struct irql_range *out);
/* Name of one level for messages: "PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL" (3..12),
 * "CLOCK_LEVEL", "IPI_LEVEL", "HIGH_LEVEL"; "an unknown IRQL" outside 0..15. */
const char *rule_irql_name(int level);
/* "an" or "a", the article a role typedef's name takes when read aloud ("an NDIS_TIMER_FUNCTION",
 * "an ADAPTER_SHUTDOWN_HANDLER", "a MINIPORT_ISR", "a W_ISR_HANDLER"). */
const char *role_article(const char *role);
/* Writes a requirement such as "PASSIVE_LEVEL", "IRQL <= DISPATCH_LEVEL" or "DIRQL" into buf
 * (n bytes, always NUL-terminated). */
void rule_irql_range_text(struct irql_range r, char *buf, size_t n);

/* ---- severities ------------------------------------------------------------------------ */

enum rule_severity { SEV_NOTE, SEV_WARNING, SEV_ERROR };

/* "note", "warning" or "error". */
const char *rule_severity_name(enum rule_severity s);
/* Parses "note", "warning" or "error"; false for anything else. */
bool rule_parse_severity(const char *s, enum rule_severity *out);

/* ---- fact tables (rules/facts) ---------------------------------------------------------- */

struct rule_def;

/* facts/ddi-irql.tsv: the IRQL range a DDI requires and the irql rule that checks it. */
struct ddi_fact {
    const char *ddi;
    struct irql_range req;
    const char *rule;           /* rule id */
    const struct rule_def *def; /* its definition (kind irql) */
};

/* facts/role-irql.tsv: the IRQL range a callback role is entered at. */
struct role_fact {
    const char *role;
    struct irql_range entry;
};

/* facts/irql-effects.tsv: how a DDI changes the IRQL. */
enum irql_effect_kind { EFF_RAISE_SAVE, EFF_RAISE_RET, EFF_RESTORE, EFF_SET_ARG, EFF_CURRENT_RET };
struct irql_effect {
    const char *ddi;
    enum irql_effect_kind kind;
    int arg;       /* argument index, or -1 */
    int level;     /* level raised to, or -1 when given by argument `value_arg` (or not at all) */
    int value_arg; /* argument index, or -1 */
};

/* facts/role-fields.tsv: a function stored in `field` of a struct whose name matches `record` (an
 * fnmatch pattern such as NDIS*_MINIPORT_CHARACTERISTICS; NULL: any struct) plays `role`. */
struct field_fact {
    const char *record;
    const char *field;
    const char *role;
    const struct field_fact *next; /* the next row for the same field */
};

/* facts/callback-args.tsv: a function passed as argument `arg` of `ddi` is called in `role`. */
struct callback_arg {
    const char *ddi;
    int arg;
    const char *role;
};

/* facts/dispatch-flags.tsv: a callback of `role` receives in parameter `param` a flags word whose bit
 * `mask` is set exactly when NDIS calls it at DISPATCH_LEVEL (NDIS_SEND_FLAGS_DISPATCH_LEVEL, ...). */
struct dispatch_flag {
    const char *role;
    int param;
    long long mask;
};

/* facts/ndis-status.tsv */
struct status_name {
    const char *name;
    long long value; /* as a signed 32-bit NDIS_STATUS */
};

/* A row of a request table (facts/sap-requests.tsv, facts/oid-requests.tsv): a request handler
 * role and the DDIs that complete its request. The OID table also says which argument is the
 * request (identity): `param` of the handler, `ddi_arg[k]` of completion DDI k; the SAP table
 * does not (param -1, ddi_arg NULL: the handler's request is the only one on its paths). */
struct sap_request {
    const char *role;
    const char *request; /* "SAP registration", "OID request" */
    int nddis;
    const char **ddis;
    const char *table;  /* the table of the row: "sap-requests.tsv" or "oid-requests.tsv" */
    int param;          /* the handler's request parameter, or -1 */
    const int *ddi_arg; /* per DDI: its request argument (NULL when param is -1) */
};

/* facts/lifecycle.tsv: the order in which NDIS calls a driver's callbacks, one row per callback
 * role: the kind of driver (`miniport6`), its place in the order, the role and its stage (`load`,
 * `init`, `run`, `halt`, `unload`). */
struct lifecycle_row {
    const char *driver;
    int order;
    const char *role;
    const char *stage;
};

/* ---- rule definitions (rules/defs), one typed body per kind ----------------------------- */

/* The kinds, one per line of the registry of checks (checks.def): a definition of a kind that
 * has no check does not load. */
enum rule_kind {
#define CHECK(e, name, ident) e,
#include "checks.def"
#undef CHECK
    RULE_KIND_COUNT
};

/* The "kind" string of a kind. */
const char *rule_kind_name(enum rule_kind k);

/* A DDI name or a list of them ("ddi": "X" or "ddi": ["X", "Y"]). */
struct rule_names {
    int n;
    const char **name;
};

/* kind "irql": the DDIs are the rows of facts/ddi-irql.tsv whose rule column names the rule. */
struct rule_irql {
    const char *table;       /* "ddi-irql.tsv" */
    const char *rule_column; /* the rule's id */
};

/* kind "typestate": a handle created by a DDI (its out argument) or handed to a callback role
 * (one of its parameters), made invalid by transitions, reported when used while invalid. */
struct rule_ts_create {
    const char *ddi;  /* created by this DDI through argument `out_arg` (a pointer) ... */
    int out_arg;      /* ... or -1 */
    const char *role; /* handed to a callback of this role as parameter `param` ... */
    int param;        /* ... or -1 */
};
struct rule_ts_trans {
    struct rule_names ddis; /* the DDIs that make the transition */
    int arg;                /* argument holding the handle */
    int status_arg;         /* only when this argument ... (-1: unconditional) */
    long long status_val;   /* ... is not this NDIS_STATUS */
    const char *status_name;
    const char *to;   /* state entered (the error state) */
    const char *note; /* note template: {ddi}, {status} */
};
struct rule_typestate {
    const char *object; /* "SAP handle" */
    struct rule_names states;
    int ncreate, ntrans;
    const struct rule_ts_create *create;
    const struct rule_ts_trans *trans;
    const char *error_event; /* "use" */
    const char *error_state; /* the state a use is reported in */
    const char *error_msg;   /* message template: {path}, {ddi} */
};

/* kind "call_status": an NDIS_STATUS argument of a DDI must not be / must be a given status. */
struct rule_status_check {
    struct rule_names ddis;
    int arg;
    bool forbid;             /* true: "forbid" status_name; false: "require" it */
    const char *status_name; /* "NDIS_STATUS_PENDING" */
    long long status_val;
    const char *message; /* template: {ddi}, {status} */
};
struct rule_call_status {
    int nchecks;
    const struct rule_status_check *checks;
};

/* kind "call_argument": argument `arg` of a DDI of `ddis` must not be `limit` (forbid_equal) or
 * must not exceed it (forbid_above), e.g. NdisStallExecution_Delay: MicrosecondsToStall <= 50. */
struct rule_call_argument {
    struct rule_names ddis;
    int arg;
    bool above;          /* true: "forbid_above" limit; false: "forbid_equal" limit */
    long long limit;     /* as the DDI's parameter type holds it (an unsigned 32-bit value is kept as is) */
    const char *message; /* template: {ddi}, {value}, {limit} */
};

/* kind "request": the requests of a request table (facts/sap-requests.tsv or oid-requests.tsv).
 * Several rules may do the same check (each reports under its own id). REQ_TWICE: a request of the
 * table completed twice on a path of a root that has one of `roles` (none: of any root whose
 * double completion no other rule of the table reports). */
enum rule_request_check { REQ_NOT_PENDING, REQ_NEVER_COMPLETED, REQ_TWICE };
struct rule_request {
    enum rule_request_check check;
    const char *table;               /* "sap-requests.tsv" or "oid-requests.tsv" */
    bool at_completion;              /* not_pending: report at the completion, not at the return */
    struct rule_names roles;         /* twice: the roots' roles (n 0: the other roots) */
    const char *msg_not_pending;     /* not_pending: {func}, {status}, {request}, {ddi} */
    const char *msg_twice;           /* not_pending, twice: {request}, {ddi} */
    const char *msg_twice_loop;      /* the same, when the first completion is the same call (a loop) */
    const char *msg_never_completed; /* never_completed: {func}, {ddis}, {request} */
};

/* kind "driver_role": DDIs only a miniport call manager, or only a stand-alone one, calls. */
struct rule_driver_role {
    const char *mcm_only;   /* "NdisMCm*" as written: a DDI-name prefix and '*' */
    const char *mcm_prefix; /* "NdisMCm" */
    struct rule_names cm_only;
    const char *msg_mcm; /* {ddi}, {kind} */
    const char *msg_cm;  /* {ddi}, {mcm_form} */
};

/* kind "call_context": DDIs that must not be called from the callbacks of some roles, or only from
 * those of some roles, directly or through the driver functions they call. */
struct rule_call_context {
    struct rule_names ddis;
    struct rule_names roles; /* role typedefs */
    bool allow;              /* true: "allow_roles" (only from these); false: "forbid_roles" */
    const char *null_role;   /* "unless_null": from this role the call is allowed on paths where */
    int null_param;          /* this parameter (0-based) is NULL; NULL / -1 when absent */
    const char *message;     /* template: {ddi}, {role}, {func} */
};
/* kind "return_value": what a callback of one of `roles` returns. Checks:
 *   RV_ONLY       a return that yields a status not among `statuses` (MiniportPause_Return);
 *   RV_SOME_TRUE  a callback that returns FALSE (0) on every path (MiniportCheckForHang_Return). */
enum rule_rv_check { RV_ONLY, RV_SOME_TRUE };
struct rule_return_value {
    struct rule_names roles; /* role typedefs */
    enum rule_rv_check check;
    int nstatuses; /* RV_ONLY: the statuses allowed (names and signed 32-bit values) */
    const char **status_names;
    const long long *statuses;
    const char *message; /* {func} {value} {role} */
    const char *note;    /* RV_SOME_TRUE: at each return; {func} {value} */
};
/* kind "lock": a lock (identified by the place its DDIs name: `&Adapter->Lock`, `&g_Lock`, a lock
 * handle `&LockHandle`) taken by a DDI of `acquire` and given back by one of `release`, followed
 * path by path through each callback (check_lock.c). `checks` are the LOCK_* bits the rule reports;
 * `reports_on` (n == 0: every DDI of the rule) the acquire DDIs whose lock the held checks are
 * about and the release DDIs the release checks are about. */
enum { LOCK_HELD = 1, LOCK_RELEASE = 2, LOCK_BALANCED = 4 };
struct rule_lock_op {
    struct rule_names ddis;
    int arg; /* the argument that names the lock (or its lock handle) */
};
struct rule_lock {
    const char *object; /* "NDIS spin lock", for messages */
    int nacquire, nrelease;
    const struct rule_lock_op *acquire, *release;
    unsigned checks; /* LOCK_HELD | LOCK_RELEASE | LOCK_BALANCED */
    struct rule_names reports_on;
    /* message templates with {func} {lock} {object}, and {ddi} (the DDI called) but at the exit */
    const char *msg_held_at_exit, *msg_acquired_twice; /* held */
    const char *msg_not_held, *msg_released_twice;     /* release */
    const char *msg_more_acquires, *msg_more_releases; /* balanced */
};
/* kind "oid_coverage": a callback of one of `roles` (MINIPORT_OID_REQUEST) that answers a request for an
 * OID of the rule's rows of facts/mandatory-oids.tsv with a status of `forbid` (NOT_SUPPORTED,
 * INVALID_OID), by returning it or by completing the request with it (a DDI of `complete`, its
 * argument `status_arg`). The callback is run once per row with the request's fields pinned
 * (check_oid_coverage.c). */
struct rule_oid_coverage {
    struct rule_names roles;
    int param;         /* the role's request parameter (a PNDIS_OID_REQUEST) */
    const char *table; /* "mandatory-oids.tsv" */
    int nforbid;
    const char **forbid_names;
    const long long *forbid; /* signed 32-bit NDIS_STATUS values */
    struct rule_names complete;
    int status_arg;
    bool if_listed;      /* "driver": "handles_listed_oid": only for a driver whose code compares an OID
                            with one of the rule's OIDs (native 802.11); false: "any" */
    const char *message; /* {func} {status} {request} {oid} */
};
/* facts/mandatory-oids.tsv: an OID a callback must answer for a request type, and the rule. */
enum { OID_QUERY, OID_SET };
struct oid_fact {
    const char *oid;
    long long value; /* the 32-bit OID code */
    int request;     /* OID_QUERY or OID_SET */
    const char *rule;
    const struct rule_def *def; /* kind oid_coverage */
};
/* kind "obligation": in a callback of one of `roles`, after a DDI of `ddis` left a NULL pointer in its
 * out argument `out_arg` (NdisMAllocateSharedMemory's VirtualAddress), a DDI of `discharge`
 * (NdisWriteErrorLogEntry) must be called before the callback returns (check_obligation.c). */
struct rule_obligation {
    struct rule_names roles;
    struct rule_names ddis;
    int out_arg;
    struct rule_names discharge;
    const char *message; /* at the return: {func} {ddi} {out} {discharge} */
    const char *note;    /* at the trigger call: {ddi} {out} */
};
/* kind "lifecycle": a resource a DDI of `reg` registers in a callback of stage "init"
 * (facts/lifecycle.tsv) must be given back by a DDI of `dereg` on the callback's failure exits and,
 * after its successful exits, in the callback of stage "halt" (check_lifecycle.c); LC_CANCEL_PASSIVE: a
 * timer a DDI of `reg` arms with a nonzero `reg_period` argument is given back (cancelled) at PASSIVE_LEVEL. `reg_out`
 * is the argument that points to the handle the registration writes (-1: none). `checks` are LC_* bits; message
 * templates with {init} {halt} {object} {reg} {dereg} {status} {cleanup} (a helper called on a failure path that can
 * deregister the resource but does not on that path). */
enum { LC_FAILURE_EXIT = 1, LC_HALT = 2, LC_CANCEL_PASSIVE = 4 };
struct rule_lifecycle {
    const char *object; /* "scatter/gather DMA", for messages */
    struct rule_names reg, dereg;
    int reg_out;
    int reg_period; /* LC_CANCEL_PASSIVE: the argument of `reg` that makes the timer periodic when nonzero */
    unsigned checks;
    const char *msg_failure_exit, *msg_failure_cleanup, *msg_halt, *note_reg, *note_halt;
    const char *msg_cancel_irql, *note_armed; /* LC_CANCEL_PASSIVE: {timer} {irql} {period} {reg} {dereg} */
};
/* kind "irql_annotation": calls and functions that break the IRQL annotations (SAL) of the
 * function called or of the function itself (sal.h). No fields of its own; one rule of the kind. */

struct rule_def {
    const char *id, *kind, *summary, *source, *doc, *file;
    enum rule_kind k;
    enum rule_severity severity;
    bool enabled;
    const int *prefast; /* PREfast warning numbers that `#pragma warning(suppress: N)` maps to this
                           rule ("prefast" in the definition; arena-owned), nprefast of them */
    int nprefast;
    union {
        struct rule_irql irql;
        struct rule_typestate ts;
        struct rule_call_status cs;
        struct rule_request req;
        struct rule_driver_role role;
        struct rule_call_context cc;
        struct rule_call_argument ca;
        struct rule_return_value rv;
        struct rule_lock lock;
        struct rule_oid_coverage oid;
        struct rule_obligation ob;
        struct rule_lifecycle lc;
    } u; /* the member named by `k` */
};

struct rules {
    struct arena arena;
    const char *dir;
    struct vec defs;                     /* struct rule_def, sorted by id */
    struct vec of_kind[RULE_KIND_COUNT]; /* struct rule_def *, per kind, sorted by id */
    struct strmap ddi;                   /* DDI name -> struct ddi_fact * */
    struct strmap roles;                 /* role typedef -> struct role_fact * */
    struct strmap fields;                /* handler field -> struct field_fact * (its rows, in file order) */
    struct strmap effects;               /* DDI -> struct irql_effect * */
    struct strmap spelled;               /* DDIs a definition names that may be macros (call_argument): name -> name */
    struct vec cbargs;                   /* struct callback_arg */
    struct vec dflags;                   /* struct dispatch_flag */
    struct vec statuses;                 /* struct status_name */
    struct vec requests;                 /* struct sap_request, of every request table */
    struct vec oids;                     /* struct oid_fact, in file order (read when an oid_coverage rule loads) */
    struct vec lifecycle;                /* struct lifecycle_row, in file order */
};

/* The role of a function stored in `field` of struct `record` (ir.h's record name, or NULL when
 * unknown): the first row for the field whose struct pattern matches `record`, else the field's row
 * for any struct ("*"), else NULL. With `record` NULL only a row for any struct counts. */
const char *rule_field_role(const struct rules *r, const char *record, const char *field);
/* The NDIS_STATUS name of a value ("NDIS_STATUS_PENDING"), or NULL. */
const char *rule_status_name(const struct rules *r, long long value);
/* The value of an NDIS_STATUS name; false if unknown. */
bool rule_status_value(const struct rules *r, const char *name, long long *value);

/* Loads every table and definition from `dir` (the rules/ directory). Returns 0, or 2 with a
 * heap-allocated "FILE:LINE: error: ..." message in *err (the caller frees it) for a missing,
 * malformed or inconsistent file. `r` is initialised either way: call rule_free() after. */
int rule_load(struct rules *r, const char *dir, char **err);
void rule_free(struct rules *r);
/* The definition with this id, or NULL. */
struct rule_def *rule_find(const struct rules *r, const char *id);
/* Number of definitions of kind k, and the i-th of them (in id order). */
size_t rule_count(const struct rules *r, enum rule_kind k);
struct rule_def *rule_nth(const struct rules *r, enum rule_kind k, size_t i);
/* The stage ("init", "halt", ...) of callback role `role` for driver kind `driver` in
 * facts/lifecycle.tsv, or NULL when the table has no such row. */
const char *rule_lifecycle_stage(const struct rules *r, const char *driver, const char *role);
/* The request row of a callback role (facts/sap-requests.tsv, oid-requests.tsv), or NULL. */
const struct sap_request *rule_request_of_role(const struct rules *r, const char *role);
/* A message of a definition with its placeholders filled: each "{key}" of `tmpl` whose key is in
 * the NULL-terminated list of key, value pairs that follows is replaced by the value (NULL prints
 * "?"); other text is copied as written. Returns a string owned by arena `a`. */
const char *rule_fill(struct arena *a, const char *tmpl, ...);
/* True if `name` is one of `names`. */
bool rule_names_has(const struct rule_names *names, const char *name);
/* Applies --enable/--disable: `pattern` is a rule id or an fnmatch glob. Returns the number of
 * rules it matched (0 = unknown rule, a usage error for the caller). */
int rule_set_enabled(struct rules *r, const char *pattern, bool on);

#endif

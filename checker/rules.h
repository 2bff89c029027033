/* rules.h — loads rules/: the fact tables and the rule definitions (see rules/README.md).
 *
 * IRQL levels are small integers: PASSIVE_LEVEL 0, APC_LEVEL 1, DISPATCH_LEVEL 2, a device IRQL
 * (DIRQL) 3..12, HIGH_LEVEL 15 (x64 values). Everything loaded is owned by `struct rules`.
 */
#ifndef DDICHECK_RULES_H
#define DDICHECK_RULES_H

#include "util.h"

#include <stdbool.h>

enum { IRQL_PASSIVE = 0, IRQL_APC = 1, IRQL_DISPATCH = 2, IRQL_DIRQL_LO = 3, IRQL_DIRQL_HI = 12, IRQL_HIGH = 15 };

struct irql_range {
    int lo, hi; /* inclusive IRQL levels */
};

/* Parses an IRQL name of the tables ("PASSIVE_LEVEL", "DIRQL", ...). Returns false if unknown. */
bool rule_parse_irql(const char *name, struct irql_range *out);
/* Name of one level for messages: "PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL", "HIGH_LEVEL". */
const char *rule_irql_name(int level);
/* Writes a requirement such as "PASSIVE_LEVEL", "IRQL <= DISPATCH_LEVEL" or "DIRQL" into buf. */
void rule_irql_range_text(struct irql_range r, char *buf, size_t n);

enum rule_severity { SEV_NOTE, SEV_WARNING, SEV_ERROR };

struct rule_def {
    const char *id, *kind, *summary, *source, *doc, *file;
    enum rule_severity severity;
    bool enabled;
    void *json; /* the parsed definition (json-c object), for engines that need more */
};

struct ddi_fact {
    const char *ddi;
    struct irql_range req;
    const char *rule;
};

struct role_fact {
    const char *role;
    struct irql_range entry;
};

enum irql_effect_kind { EFF_RAISE_SAVE, EFF_RAISE_RET, EFF_RESTORE, EFF_SET_ARG, EFF_CURRENT_RET };
struct irql_effect {
    const char *ddi;
    enum irql_effect_kind kind;
    int arg;   /* argument index, or -1 */
    int level; /* level raised to, or -1 when given by argument `value_arg` */
    int value_arg;
};

struct callback_arg {
    const char *ddi;
    int arg;
    const char *role;
};

struct status_name {
    const char *name;
    long long value; /* as a signed 32-bit NDIS_STATUS */
};

/* A SAP request handler role and the DDIs that complete its request (facts/sap-requests.tsv). */
struct sap_request {
    const char *role;
    const char *request; /* "SAP registration" */
    int nddis;
    const char *ddis[4];
};

struct rules {
    struct arena arena;
    const char *dir;
    struct vec defs;       /* struct rule_def */
    struct strmap ddi;     /* DDI name -> struct ddi_fact * */
    struct strmap roles;   /* role typedef -> struct role_fact * */
    struct strmap fields;  /* handler field -> role typedef (const char *) */
    struct strmap effects; /* DDI -> struct irql_effect * */
    struct vec cbargs;     /* struct callback_arg */
    struct vec statuses;   /* struct status_name */
    struct vec requests;   /* struct sap_request */
};

/* The NDIS_STATUS name of a value ("NDIS_STATUS_PENDING"), or NULL. */
const char *rule_status_name(const struct rules *r, long long value);
/* The value of an NDIS_STATUS name; false if unknown. */
bool rule_status_value(const struct rules *r, const char *name, long long *value);

/* Loads every table and definition from `dir` (the rules/ directory). Returns 0, or 2 with a
 * heap-allocated "file:line: error: ..." message in *err for a missing or malformed file. */
int rule_load(struct rules *r, const char *dir, char **err);
void rule_free(struct rules *r);
struct rule_def *rule_find(struct rules *r, const char *id);
/* Applies --enable/--disable: `pattern` is a rule id or an fnmatch glob. Returns the number of
 * rules it matched (0 = unknown rule, a usage error for the caller). */
int rule_set_enabled(struct rules *r, const char *pattern, bool on);

#endif

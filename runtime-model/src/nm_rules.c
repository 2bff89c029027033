/*
 * nm_rules.c - the model's view of rules/: the checker's rule database (checker/ruledb.h).
 *
 * The model keeps no copy and no parser of any rule: IRQL ranges (facts/ddi-irql.tsv),
 * callback entry IRQLs (facts/role-irql.tsv), status names (facts/ndis-status.tsv), SAP
 * requests (facts/sap-requests.tsv) and the typed definitions of the stateful rules
 * (typestate, call_status, request, driver_role) come from rule_load(), which validates them
 * exactly as for the checker; a bad file is reported as "FILE:LINE: error: ..." and makes
 * nm_rules_load fail. Also the run arena for the strings of the trace (nm_strdup).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- run arena: every string the trace and the violations need ---- */
static struct arena nm_arena;

char *nm_strdup(const char *s)
{
    return arena_strdup(&nm_arena, s);
}

struct arena *nm_run_arena(void)
{
    return &nm_arena;
}

void nm_arena_free(void)
{
    arena_free(&nm_arena);
}

int nm_rules_load(struct nm_rules *r, const char *dir)
{
    char *err = NULL;
    if (rule_load(&r->db, dir, &err) != 0) {
        fprintf(stderr, "%s\n", err ? err : "ndis-model: error: cannot load the rules");
        free(err);
        rule_free(&r->db);
        memset(r, 0, sizeof *r);
        return -1;
    }
    return 0;
}

void nm_rules_free(struct nm_rules *r)
{
    rule_free(&r->db);
    memset(r, 0, sizeof *r);
}

const struct ddi_fact *nm_rules_irql(const struct nm_rules *r, const char *ddi)
{
    return strmap_get(&r->db.ddi, ddi);
}

const struct role_fact *nm_rules_role(const struct nm_rules *r, const char *role)
{
    return strmap_get(&r->db.roles, role);
}

const char *nm_rules_status_name(const struct nm_rules *r, NDIS_STATUS st, char *buf, size_t n)
{
    const char *name = rule_status_name(&r->db, (long long)st);
    if (name)
        return name;
    snprintf(buf, n, "0x%08X", (unsigned)st);
    return buf;
}

int nm_rules_status_value(const struct nm_rules *r, const char *name, NDIS_STATUS *out)
{
    long long v;
    if (!rule_status_value(&r->db, name, &v))
        return -1;
    *out = (NDIS_STATUS)v;
    return 0;
}

int nm_rules_has(const struct nm_rules *r, const char *id)
{
    return rule_find(&r->db, id) != NULL;
}

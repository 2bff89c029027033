/*
 * nm_rules.c - reads the rule files the checker reads: rules/facts/ and rules/defs/.
 *
 * The model keeps no copy of any rule: IRQL ranges come from facts/ddi-irql.tsv, callback
 * entry IRQLs from facts/role-irql.tsv, status names from facts/ndis-status.tsv, SAP
 * requests from facts/sap-requests.tsv, and the stateful rules (typestate, call_status,
 * request, driver_role) from their defs/<RuleId>.json. A malformed file is reported with
 * its path and line (or json-c's message) and makes nm_rules_load fail.
 * Limits: the fixed table sizes of nm_internal.h (8 typestate rules, 6 transitions each...);
 * exceeding one is reported as an error, not truncated silently.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <dirent.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

/* ---- run arena: every string the rules and the trace need ---- */
struct nm_chunk {
    struct nm_chunk *next;
    size_t used, cap;
    char data[];
};
static struct nm_chunk *arena;

static void *arena_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!arena || arena->used + n > arena->cap) {
        size_t cap = n > 65536 ? n : 65536;
        struct nm_chunk *c = malloc(sizeof(*c) + cap);
        if (!c) {
            fprintf(stderr, "ndis-model: out of memory\n");
            exit(2);
        }
        c->next = arena;
        c->used = 0;
        c->cap = cap;
        arena = c;
    }
    void *p = arena->data + arena->used;
    arena->used += n;
    return p;
}

char *nm_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(n);
    memcpy(p, s, n);
    return p;
}

void nm_arena_free(void);
void nm_arena_free(void)
{
    while (arena) {
        struct nm_chunk *n = arena->next;
        free(arena);
        arena = n;
    }
}

static int irql_value(const char *s, int is_max)
{
    if (!strcmp(s, "PASSIVE_LEVEL"))
        return 0;
    if (!strcmp(s, "APC_LEVEL"))
        return 1;
    if (!strcmp(s, "DISPATCH_LEVEL"))
        return 2;
    if (!strcmp(s, "DIRQL"))
        return is_max ? 14 : 3;
    if (!strcmp(s, "HIGH_LEVEL"))
        return 15;
    return -1;
}

/* Reads a TSV file: calls row(fields, nfields) for each non-comment line. */
static int read_tsv(const char *dir, const char *name, int min_fields, int (*row)(struct nm_rules *, char **, int),
                    struct nm_rules *r)
{
    char path[4096], buf[4096];
    snprintf(path, sizeof path, "%s/facts/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: error: cannot open rule facts: %s\n", path, strerror(errno));
        return -1;
    }
    int lineno = 0, rc = 0;
    while (fgets(buf, sizeof buf, f)) {
        lineno++;
        buf[strcspn(buf, "\r\n")] = 0;
        if (buf[0] == '#' || buf[0] == 0)
            continue;
        char *fields[8];
        int n = 0;
        char *save = NULL;
        for (char *t = strtok_r(buf, "\t", &save); t && n < 8; t = strtok_r(NULL, "\t", &save))
            fields[n++] = t;
        if (n < min_fields || row(r, fields, n) != 0) {
            fprintf(stderr, "%s:%d: error: malformed row (expected %d tab-separated fields)\n", path, lineno,
                    min_fields);
            rc = -1;
            break;
        }
    }
    fclose(f);
    return rc;
}

static int row_irql(struct nm_rules *r, char **f, int n)
{
    (void)n;
    int lo = irql_value(f[1], 0), hi = irql_value(f[2], 1);
    if (lo < 0 || hi < 0)
        return -1;
    r->irql = realloc(r->irql, sizeof(*r->irql) * (r->nirql + 1));
    r->irql[r->nirql++] = (struct nm_irql_row){nm_strdup(f[0]), lo, hi, nm_strdup(f[3])};
    return 0;
}

static int row_role(struct nm_rules *r, char **f, int n)
{
    (void)n;
    int lo = irql_value(f[1], 0), hi = irql_value(f[2], 1);
    if (lo < 0 || hi < 0)
        return -1;
    r->roles = realloc(r->roles, sizeof(*r->roles) * (r->nroles + 1));
    r->roles[r->nroles++] = (struct nm_role_row){nm_strdup(f[0]), lo, hi};
    return 0;
}

static int row_status(struct nm_rules *r, char **f, int n)
{
    (void)n;
    char *end;
    unsigned long v = strtoul(f[1], &end, 16);
    if (*end)
        return -1;
    r->status = realloc(r->status, sizeof(*r->status) * (r->nstatus + 1));
    r->status[r->nstatus++] = (struct nm_status_row){nm_strdup(f[0]), (NDIS_STATUS)(uint32_t)v};
    return 0;
}

static int row_req(struct nm_rules *r, char **f, int n)
{
    (void)n;
    if (r->nreqs >= 8)
        return -1;
    struct nm_req_row *q = &r->reqs[r->nreqs++];
    q->role = nm_strdup(f[0]);
    q->request = nm_strdup(f[1]);
    q->ncomp = 0;
    char *save = NULL;
    for (char *t = strtok_r(f[2], ",", &save); t && q->ncomp < 4; t = strtok_r(NULL, ",", &save))
        q->completions[q->ncomp++] = nm_strdup(t);
    return 0;
}

static const char *jstr(json_object *o, const char *key)
{
    json_object *v;
    if (!o || !json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
        return NULL;
    return nm_strdup(json_object_get_string(v));
}

static int jint(json_object *o, const char *key, int dflt)
{
    json_object *v;
    if (!o || !json_object_object_get_ex(o, key, &v))
        return dflt;
    return json_object_get_int(v);
}

/* Copies a string or an array of strings into out[]; returns the count, -1 if too many. */
static int jstrs(json_object *o, const char *key, const char **out, int max)
{
    json_object *v;
    if (!o || !json_object_object_get_ex(o, key, &v))
        return 0;
    if (json_object_is_type(v, json_type_string)) {
        out[0] = nm_strdup(json_object_get_string(v));
        return 1;
    }
    if (!json_object_is_type(v, json_type_array))
        return -1;
    int n = (int)json_object_array_length(v);
    if (n > max)
        return -1;
    for (int i = 0; i < n; i++)
        out[i] = nm_strdup(json_object_get_string(json_object_array_get_idx(v, i)));
    return n;
}

static int load_typestate(struct nm_rules *r, json_object *o, const char *id)
{
    if (r->nts >= 8)
        return -1;
    struct nm_ts_rule *t = &r->ts[r->nts++];
    memset(t, 0, sizeof *t);
    t->id = id;
    t->object = jstr(o, "object");
    json_object *a, *e;
    if (json_object_object_get_ex(o, "create", &a)) {
        int n = (int)json_object_array_length(a);
        if (n > 4)
            return -1;
        for (int i = 0; i < n; i++) {
            json_object *c = json_object_array_get_idx(a, i);
            t->creates[i] =
                (struct nm_ts_create){jstr(c, "role"), jint(c, "param", -1), jstr(c, "ddi"), jint(c, "out_arg", -1)};
        }
        t->ncreate = n;
    }
    if (json_object_object_get_ex(o, "transitions", &a)) {
        int n = (int)json_object_array_length(a);
        if (n > 6)
            return -1;
        for (int i = 0; i < n; i++) {
            json_object *c = json_object_array_get_idx(a, i), *w;
            struct nm_ts_trans *tr = &t->trans[i];
            tr->nddi = jstrs(c, "ddi", tr->ddis, 4);
            if (tr->nddi < 0)
                return -1;
            tr->arg = jint(c, "arg", 0);
            tr->when_arg = -1;
            tr->when_not = NULL;
            if (json_object_object_get_ex(c, "when_status", &w)) {
                tr->when_arg = jint(w, "arg", 0);
                tr->when_not = jstr(w, "not");
            }
            tr->note = jstr(c, "note");
        }
        t->ntrans = n;
    }
    if (json_object_object_get_ex(o, "error", &e))
        t->message = jstr(e, "message");
    return 0;
}

static int load_def(struct nm_rules *r, const char *path)
{
    json_object *o = json_object_from_file(path);
    if (!o) {
        fprintf(stderr, "%s: error: not valid JSON: %s\n", path, json_util_get_last_err());
        return -1;
    }
    int rc = 0;
    const char *id = jstr(o, "id"), *kind = jstr(o, "kind");
    if (!id || !kind || r->nids >= 64) {
        fprintf(stderr, "%s: error: rule definition needs \"id\" and \"kind\"\n", path);
        json_object_put(o);
        return -1;
    }
    r->ids[r->nids++] = (struct nm_rule_id){id, kind};
    json_object *msgs = NULL, *a;
    json_object_object_get_ex(o, "messages", &msgs);
    if (!strcmp(kind, "typestate")) {
        rc = load_typestate(r, o, id);
    } else if (!strcmp(kind, "call_status")) {
        if (json_object_object_get_ex(o, "checks", &a)) {
            int n = (int)json_object_array_length(a);
            for (int i = 0; i < n && rc == 0; i++) {
                json_object *c = json_object_array_get_idx(a, i);
                if (r->ncs >= 8) {
                    rc = -1;
                    break;
                }
                struct nm_cs_check *k = &r->cs[r->ncs++];
                k->rule = id;
                k->nddi = jstrs(c, "ddi", k->ddis, 4);
                k->arg = jint(c, "arg", 0);
                k->forbid = jstr(c, "forbid");
                k->require = jstr(c, "require");
                k->message = jstr(c, "message");
                if (k->nddi < 0)
                    rc = -1;
            }
        }
    } else if (!strcmp(kind, "request")) {
        if (r->nrq >= 4)
            rc = -1;
        else {
            struct nm_req_rule *q = &r->rq[r->nrq++];
            q->id = id;
            q->check = jstr(o, "check");
            if (q->check && !strcmp(q->check, "not_pending")) {
                q->msg_a = jstr(msgs, "not_pending");
                q->msg_b = jstr(msgs, "twice");
            } else {
                q->msg_a = jstr(msgs, "never_completed");
                q->msg_b = NULL;
            }
        }
    } else if (!strcmp(kind, "driver_role")) {
        struct nm_role_rule *q = &r->role_rule;
        q->id = id;
        q->mcm_prefix = jstr(o, "mcm_only");
        q->ncm = jstrs(o, "cm_only", q->cm_only, 32);
        q->msg_mcm = jstr(msgs, "mcm_only");
        q->msg_cm = jstr(msgs, "cm_only");
        if (q->ncm < 0)
            rc = -1;
        r->has_role_rule = 1;
    }
    if (rc)
        fprintf(stderr, "%s: error: rule definition exceeds the model's tables or is malformed\n", path);
    json_object_put(o);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int nm_rules_load(struct nm_rules *r, const char *dir)
{
    memset(r, 0, sizeof *r);
    if (read_tsv(dir, "ddi-irql.tsv", 4, row_irql, r) || read_tsv(dir, "role-irql.tsv", 3, row_role, r) ||
        read_tsv(dir, "ndis-status.tsv", 2, row_status, r) || read_tsv(dir, "sap-requests.tsv", 3, row_req, r))
        return -1;
    char path[4096];
    snprintf(path, sizeof path, "%s/defs", dir);
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "%s: error: cannot open rule definitions: %s\n", path, strerror(errno));
        return -1;
    }
    char *names[128];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 128) {
        size_t l = strlen(e->d_name);
        if (l > 5 && !strcmp(e->d_name + l - 5, ".json"))
            names[n++] = nm_strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp_str);
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/defs/%s", dir, names[i]);
        if (load_def(r, path))
            return -1;
    }
    return 0;
}

void nm_rules_free(struct nm_rules *r)
{
    free(r->irql);
    free(r->roles);
    free(r->status);
    memset(r, 0, sizeof *r);
}

const struct nm_irql_row *nm_rules_irql(const struct nm_rules *r, const char *ddi)
{
    for (int i = 0; i < r->nirql; i++)
        if (!strcmp(r->irql[i].ddi, ddi))
            return &r->irql[i];
    return NULL;
}

const struct nm_role_row *nm_rules_role(const struct nm_rules *r, const char *role)
{
    for (int i = 0; i < r->nroles; i++)
        if (!strcmp(r->roles[i].role, role))
            return &r->roles[i];
    return NULL;
}

const char *nm_rules_status_name(const struct nm_rules *r, NDIS_STATUS st, char *buf, size_t n)
{
    for (int i = 0; i < r->nstatus; i++)
        if (r->status[i].value == st)
            return r->status[i].name;
    snprintf(buf, n, "0x%08X", (unsigned)st);
    return buf;
}

int nm_rules_status_value(const struct nm_rules *r, const char *name, NDIS_STATUS *out)
{
    for (int i = 0; i < r->nstatus; i++)
        if (!strcmp(r->status[i].name, name)) {
            *out = r->status[i].value;
            return 0;
        }
    return -1;
}

int nm_rules_has(const struct nm_rules *r, const char *id)
{
    for (int i = 0; i < r->nids; i++)
        if (!strcmp(r->ids[i].id, id))
            return 1;
    return 0;
}

/* rules.c — reads the fact tables (rules/facts) and the rule definitions (rules/defs); see rules.h. */
#include "rules.h"

#include "jsontext.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool rule_parse_irql(const char *name, struct irql_range *out)
{
    static const struct {
        const char *n;
        int lo, hi;
    } t[] = {{"PASSIVE_LEVEL", 0, 0},
             {"LOW_LEVEL", 0, 0},
             {"APC_LEVEL", 1, 1},
             {"DISPATCH_LEVEL", 2, 2},
             {"DIRQL", IRQL_DIRQL_LO, IRQL_DIRQL_HI},
             {"HIGH_LEVEL", 15, 15}};
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (strcmp(name, t[i].n) == 0) {
            out->lo = t[i].lo;
            out->hi = t[i].hi;
            return true;
        }
    return false;
}

const char *rule_irql_name(int level)
{
    switch (level) {
    case 0: return "PASSIVE_LEVEL";
    case 1: return "APC_LEVEL";
    case 2: return "DISPATCH_LEVEL";
    case 15: return "HIGH_LEVEL";
    default: return level > 2 && level < 15 ? "DIRQL" : "an unknown IRQL";
    }
}

void rule_irql_range_text(struct irql_range r, char *buf, size_t n)
{
    if (r.lo == r.hi || (r.lo >= IRQL_DIRQL_LO && r.hi <= IRQL_DIRQL_HI))
        snprintf(buf, n, "%s", rule_irql_name(r.lo));
    else if (r.lo == 0)
        snprintf(buf, n, "IRQL <= %s", rule_irql_name(r.hi));
    else
        snprintf(buf, n, "%s..%s", rule_irql_name(r.lo), rule_irql_name(r.hi));
}

/* Splits one TSV line in place into at most `max` fields; returns the count. */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    char *s = line;
    while (n < max) {
        f[n++] = s;
        char *t = strchr(s, '\t');
        if (!t)
            break;
        *t = 0;
        s = t + 1;
    }
    return n;
}

typedef int (*row_fn)(struct rules *r, char **f, int nf, const char *file, int line, char **err);

static int read_tsv(struct rules *r, const char *name, int min_fields, row_fn fn, char **err)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/facts/%s", r->dir, name);
    char *text = read_file(path, NULL);
    if (!text) {
        if (asprintf(err, "%s: error: cannot read rule facts: %s", path, strerror(errno)) < 0)
            *err = NULL;
        return 2;
    }
    const char *file = arena_strdup(&r->arena, path);
    int lineno = 0, rc = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r')
            line[l - 1] = 0;
        if (line[0] == '#' || line[0] == 0)
            continue;
        char *f[8];
        int nf = split_tabs(line, f, 8);
        if (nf < min_fields) {
            if (asprintf(err, "%s:%d: error: expected %d tab-separated columns, found %d", file, lineno, min_fields,
                         nf) < 0)
                *err = NULL;
            rc = 2;
            break;
        }
        for (int i = 0; i < nf; i++)
            f[i] = arena_strdup(&r->arena, f[i]);
        if ((rc = fn(r, f, nf, file, lineno, err)) != 0)
            break;
    }
    free(text);
    return rc;
}

static int bad_irql(const char *file, int line, const char *what, char **err)
{
    if (asprintf(err, "%s:%d: error: unknown IRQL '%s'", file, line, what) < 0)
        *err = NULL;
    return 2;
}

static int row_ddi(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    struct ddi_fact *d = arena_alloc(&r->arena, sizeof(*d));
    struct irql_range lo, hi;
    if (!rule_parse_irql(f[1], &lo))
        return bad_irql(file, line, f[1], err);
    if (!rule_parse_irql(f[2], &hi))
        return bad_irql(file, line, f[2], err);
    d->ddi = f[0];
    d->req.lo = lo.lo;
    d->req.hi = hi.hi;
    d->rule = f[3];
    if (!rule_find(r, d->rule)) {
        if (asprintf(err, "%s:%d: error: rule '%s' has no definition in %s/defs", file, line, d->rule, r->dir) < 0)
            *err = NULL;
        return 2;
    }
    strmap_put(&r->ddi, d->ddi, d);
    return 0;
}

static int row_role(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    struct role_fact *d = arena_alloc(&r->arena, sizeof(*d));
    struct irql_range lo, hi;
    if (!rule_parse_irql(f[1], &lo))
        return bad_irql(file, line, f[1], err);
    if (!rule_parse_irql(f[2], &hi))
        return bad_irql(file, line, f[2], err);
    d->role = f[0];
    d->entry.lo = lo.lo;
    d->entry.hi = hi.hi;
    strmap_put(&r->roles, d->role, d);
    return 0;
}

static int row_field(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    if (!strmap_get(&r->roles, f[1])) {
        if (asprintf(err, "%s:%d: error: role '%s' is not in role-irql.tsv", file, line, f[1]) < 0)
            *err = NULL;
        return 2;
    }
    strmap_put(&r->fields, f[0], f[1]);
    return 0;
}

static int row_cbarg(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    struct callback_arg *c = vec_push(&r->cbargs);
    c->ddi = f[0];
    c->arg = atoi(f[1]);
    c->role = f[2];
    if (!strmap_get(&r->roles, f[2])) {
        if (asprintf(err, "%s:%d: error: role '%s' is not in role-irql.tsv", file, line, f[2]) < 0)
            *err = NULL;
        return 2;
    }
    return 0;
}

static int row_effect(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    struct irql_effect *e = arena_alloc(&r->arena, sizeof(*e));
    e->ddi = f[0];
    if (strcmp(f[1], "raise_save") == 0)
        e->kind = EFF_RAISE_SAVE;
    else if (strcmp(f[1], "raise_ret") == 0)
        e->kind = EFF_RAISE_RET;
    else if (strcmp(f[1], "restore") == 0)
        e->kind = EFF_RESTORE;
    else if (strcmp(f[1], "set_arg") == 0)
        e->kind = EFF_SET_ARG;
    else if (strcmp(f[1], "current_ret") == 0)
        e->kind = EFF_CURRENT_RET;
    else {
        if (asprintf(err, "%s:%d: error: unknown IRQL effect '%s'", file, line, f[1]) < 0)
            *err = NULL;
        return 2;
    }
    e->arg = strcmp(f[2], "-") == 0 ? -1 : atoi(f[2]);
    e->level = -1;
    e->value_arg = -1;
    if (strncmp(f[3], "arg:", 4) == 0)
        e->value_arg = atoi(f[3] + 4);
    else if (strcmp(f[3], "-") != 0) {
        struct irql_range rg;
        if (!rule_parse_irql(f[3], &rg))
            return bad_irql(file, line, f[3], err);
        e->level = rg.lo;
    }
    strmap_put(&r->effects, e->ddi, e);
    return 0;
}

static int row_status(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    char *end;
    unsigned long v = strtoul(f[1], &end, 16);
    if (*end || end == f[1]) {
        if (asprintf(err, "%s:%d: error: bad NDIS_STATUS value '%s'", file, line, f[1]) < 0)
            *err = NULL;
        return 2;
    }
    struct status_name *s = vec_push(&r->statuses);
    s->name = f[0];
    s->value = (long long)(int)(unsigned)v;
    return 0;
}

static int row_request(struct rules *r, char **f, int nf, const char *file, int line, char **err)
{
    (void)nf;
    if (!strmap_get(&r->roles, f[0])) {
        if (asprintf(err, "%s:%d: error: role '%s' is not in role-irql.tsv", file, line, f[0]) < 0)
            *err = NULL;
        return 2;
    }
    struct sap_request *q = vec_push(&r->requests);
    q->role = f[0];
    q->request = f[1];
    char *save = NULL;
    for (char *t = strtok_r(f[2], ",", &save); t && q->nddis < 4; t = strtok_r(NULL, ",", &save))
        q->ddis[q->nddis++] = t;
    return 0;
}

const char *rule_status_name(const struct rules *r, long long value)
{
    for (size_t i = 0; i < r->statuses.len; i++) {
        const struct status_name *s = vec_at(&r->statuses, i);
        if (s->value == value)
            return s->name;
    }
    return NULL;
}

bool rule_status_value(const struct rules *r, const char *name, long long *value)
{
    for (size_t i = 0; i < r->statuses.len; i++) {
        const struct status_name *s = vec_at(&r->statuses, i);
        if (strcmp(s->name, name) == 0) {
            *value = s->value;
            return true;
        }
    }
    return false;
}

static int cmp_defs(const void *a, const void *b)
{
    return strcmp(((const struct rule_def *)a)->id, ((const struct rule_def *)b)->id);
}

static int load_defs(struct rules *r, char **err)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/defs", r->dir);
    DIR *d = opendir(path);
    if (!d) {
        if (asprintf(err, "%s: error: cannot read rule definitions: %s", path, strerror(errno)) < 0)
            *err = NULL;
        return 2;
    }
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 6 || strcmp(de->d_name + l - 5, ".json") != 0)
            continue;
        char file[8192];
        snprintf(file, sizeof(file), "%s/%s", path, de->d_name);
        size_t len;
        char *text = read_file(file, &len);
        if (!text) {
            if (asprintf(err, "%s: error: cannot read: %s", file, strerror(errno)) < 0)
                *err = NULL;
            rc = 2;
            break;
        }
        struct json_object *o = json_parse_text(file, text, len, "invalid rule definition", err);
        free(text);
        if (!o) {
            rc = 2;
            break;
        }
        struct json_object *v;
        const char *need[] = {"id", "kind", "summary", "severity", "source", "doc"};
        const char *got[6];
        for (int i = 0; i < 6; i++) {
            if (!json_object_object_get_ex(o, need[i], &v) || !json_object_is_type(v, json_type_string)) {
                if (asprintf(err, "%s:1: error: invalid rule definition: missing string \"%s\"", file, need[i]) < 0)
                    *err = NULL;
                json_object_put(o);
                closedir(d);
                return 2;
            }
            got[i] = arena_strdup(&r->arena, json_object_get_string(v));
        }
        struct rule_def *def = vec_push(&r->defs);
        def->id = got[0];
        def->kind = got[1];
        def->summary = got[2];
        def->severity = strcmp(got[3], "error") == 0 ? SEV_ERROR : strcmp(got[3], "note") == 0 ? SEV_NOTE : SEV_WARNING;
        def->source = got[4];
        def->doc = got[5];
        def->file = arena_strdup(&r->arena, file);
        def->enabled = true;
        def->json = o;
    }
    closedir(d);
    if (rc == 0)
        qsort(r->defs.data, r->defs.len, r->defs.item, cmp_defs);
    return rc;
}

int rule_load(struct rules *r, const char *dir, char **err)
{
    memset(r, 0, sizeof(*r));
    vec_init(&r->defs, sizeof(struct rule_def));
    vec_init(&r->cbargs, sizeof(struct callback_arg));
    vec_init(&r->statuses, sizeof(struct status_name));
    vec_init(&r->requests, sizeof(struct sap_request));
    strmap_init(&r->ddi);
    strmap_init(&r->roles);
    strmap_init(&r->fields);
    strmap_init(&r->effects);
    r->dir = arena_strdup(&r->arena, dir);
    *err = NULL;
    int rc = load_defs(r, err);
    if (!rc)
        rc = read_tsv(r, "ddi-irql.tsv", 4, row_ddi, err);
    if (!rc)
        rc = read_tsv(r, "role-irql.tsv", 3, row_role, err);
    if (!rc)
        rc = read_tsv(r, "role-fields.tsv", 2, row_field, err);
    if (!rc)
        rc = read_tsv(r, "callback-args.tsv", 3, row_cbarg, err);
    if (!rc)
        rc = read_tsv(r, "irql-effects.tsv", 4, row_effect, err);
    if (!rc)
        rc = read_tsv(r, "ndis-status.tsv", 2, row_status, err);
    if (!rc)
        rc = read_tsv(r, "sap-requests.tsv", 3, row_request, err);
    return rc;
}

void rule_free(struct rules *r)
{
    for (size_t i = 0; i < r->defs.len; i++)
        json_object_put(((struct rule_def *)vec_at(&r->defs, i))->json);
    vec_free(&r->defs);
    vec_free(&r->cbargs);
    vec_free(&r->statuses);
    vec_free(&r->requests);
    strmap_free(&r->ddi);
    strmap_free(&r->roles);
    strmap_free(&r->fields);
    strmap_free(&r->effects);
    arena_free(&r->arena);
}

struct rule_def *rule_find(struct rules *r, const char *id)
{
    for (size_t i = 0; i < r->defs.len; i++) {
        struct rule_def *d = vec_at(&r->defs, i);
        if (strcmp(d->id, id) == 0)
            return d;
    }
    return NULL;
}

int rule_set_enabled(struct rules *r, const char *pattern, bool on)
{
    int n = 0;
    for (size_t i = 0; i < r->defs.len; i++) {
        struct rule_def *d = vec_at(&r->defs, i);
        if (fnmatch(pattern, d->id, 0) == 0) {
            d->enabled = on;
            n++;
        }
    }
    return n;
}

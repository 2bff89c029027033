/* ruledb.c — reads rules/facts/NAME.tsv and rules/defs/ID.json into the typed structures of ruledb.h,
 * validating every field; errors are "FILE:LINE: error: ..." (see ruledb.h).
 *
 * Definitions are parsed with json-c (json_parse_text, which names the line of a syntax error);
 * json-c keeps no positions, so the line of a field with a bad value is found by json_locate(), a
 * scan of the already-valid text along the field's path ("transitions[1].arg").
 */
#include "ruledb.h"

#include "jsontext.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The largest argument index a definition or table may name: a C function has at most 127
 * parameters (C11 5.2.4.1), so indexes are 0..126. */
#define RULE_MAX_ARG 126

/* ---- vocabularies ----------------------------------------------------------------------- */

static const struct {
    const char *name;
    int lo, hi;
} irql_names[] = {{"PASSIVE_LEVEL", IRQL_PASSIVE, IRQL_PASSIVE},
                  {"LOW_LEVEL", IRQL_PASSIVE, IRQL_PASSIVE},
                  {"APC_LEVEL", IRQL_APC, IRQL_APC},
                  {"DISPATCH_LEVEL", IRQL_DISPATCH, IRQL_DISPATCH},
                  {"DIRQL", IRQL_DIRQL_LO, IRQL_DIRQL_HI},
                  {"CLOCK_LEVEL", IRQL_CLOCK, IRQL_CLOCK},
                  {"IPI_LEVEL", IRQL_IPI, IRQL_IPI},
                  {"POWER_LEVEL", IRQL_IPI, IRQL_IPI},
                  {"HIGH_LEVEL", IRQL_HIGH, IRQL_HIGH}};

bool rule_parse_irql(const char *name, struct irql_range *out)
{
    for (size_t i = 0; i < sizeof(irql_names) / sizeof(irql_names[0]); i++)
        if (strcmp(name, irql_names[i].name) == 0) {
            out->lo = irql_names[i].lo;
            out->hi = irql_names[i].hi;
            return true;
        }
    return false;
}

const char *rule_irql_name(int level)
{
    if (level >= IRQL_DIRQL_LO && level <= IRQL_DIRQL_HI)
        return "DIRQL";
    for (size_t i = 0; i < sizeof(irql_names) / sizeof(irql_names[0]); i++)
        if (irql_names[i].lo == level)
            return irql_names[i].name; /* the first name of a level is its canonical one */
    return "an unknown IRQL";
}

const char *role_article(const char *role)
{
    /* NDIS_ reads "en-dis"; other names by their first letter */
    if (!role || strncmp(role, "NDIS_", 5) == 0)
        return "an";
    return strchr("AEIOU", role[0]) && role[0] ? "an" : "a";
}

void rule_irql_range_text(struct irql_range r, char *buf, size_t n)
{
    if (r.lo == r.hi || (r.lo >= IRQL_DIRQL_LO && r.hi <= IRQL_DIRQL_HI))
        snprintf(buf, n, "%s", rule_irql_name(r.lo));
    else if (r.lo == IRQL_PASSIVE)
        snprintf(buf, n, "IRQL <= %s", rule_irql_name(r.hi));
    else
        snprintf(buf, n, "%s..%s", rule_irql_name(r.lo), rule_irql_name(r.hi));
}

static const char *const severity_names[] = {[SEV_NOTE] = "note", [SEV_WARNING] = "warning", [SEV_ERROR] = "error"};

const char *rule_severity_name(enum rule_severity s)
{
    return (unsigned)s < 3 ? severity_names[s] : "warning";
}

bool rule_parse_severity(const char *s, enum rule_severity *out)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(s, severity_names[i]) == 0) {
            *out = (enum rule_severity)i;
            return true;
        }
    return false;
}

static const char *const kind_names[] = {
#define CHECK(e, name, ident) [e] = name,
#include "checks.def"
#undef CHECK
};

const char *rule_kind_name(enum rule_kind k)
{
    return (unsigned)k < RULE_KIND_COUNT ? kind_names[k] : "?";
}

/* ---- errors ----------------------------------------------------------------------------- */

/* Sets *err to "FILE:LINE: error: MESSAGE" (no line when line <= 0); returns 2. */
static int fail(char **err, const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(char **err, const char *file, int line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    free(*err);
    int n = line > 0 ? asprintf(err, "%s:%d: error: %s", file, line, msg) : asprintf(err, "%s: error: %s", file, msg);
    if (n < 0)
        *err = NULL;
    return 2;
}

static bool is_identifier(const char *s)
{
    if (!s || !(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
        return false;
    for (; *s; s++)
        if (!(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
            return false;
    return true;
}

/* Parses a decimal argument index 0..RULE_MAX_ARG; false for anything else. */
static bool parse_index(const char *s, int *out)
{
    if (!*s)
        return false;
    long v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || p - s > 3)
            return false;
        v = v * 10 + (*p - '0');
    }
    if (v > RULE_MAX_ARG)
        return false;
    *out = (int)v;
    return true;
}

/* ---- fact tables ------------------------------------------------------------------------ */

struct tsv {
    struct rules *r;
    const char *file;   /* arena-owned path */
    struct strmap seen; /* first column -> line (intptr_t), for duplicate rows */
    char **err;
};

typedef int (*row_fn)(struct tsv *t, char **f, int line);

static int dup_row(struct tsv *t, const char *key, int line, const char *what)
{
    void *prev = strmap_get(&t->seen, key);
    if (prev)
        return fail(t->err, t->file, line, "%s '%s' already has a row at line %d", what, key, (int)(intptr_t)prev);
    strmap_put(&t->seen, key, (void *)(intptr_t)line);
    return 0;
}

/* Reads facts/NAME: each line that is neither empty nor a "#" comment must have exactly `ncols`
 * tab-separated, non-empty columns; calls fn with arena-owned copies and the 1-based line. */
static int read_tsv(struct rules *r, const char *name, int ncols, row_fn fn, char **err)
{
    char path[4096];
    if (snprintf(path, sizeof(path), "%s/facts/%s", r->dir, name) >= (int)sizeof(path))
        return fail(err, r->dir, 0, "rule directory path too long");
    size_t len = 0;
    char *text = read_file(path, &len);
    if (!text)
        return fail(err, path, 0, "cannot read rule facts: %s", strerror(errno));
    struct tsv t = {r, arena_strdup(&r->arena, path), {0}, err};
    strmap_init(&t.seen);
    int lineno = 0, rc = 0;
    for (char *line = text; rc == 0 && line < text + len;) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        char *next = nl ? nl + 1 : text + len;
        if (nl)
            *nl = 0;
        lineno++;
        size_t l = strlen(line);
        if (l < (size_t)(next - line) - (nl ? 1 : 0)) {
            rc = fail(err, t.file, lineno, "NUL byte in a rule table");
            break;
        }
        if (l && line[l - 1] == '\r')
            line[--l] = 0;
        if (line[0] != '#' && line[0] != 0) {
            char *f[16];
            int nf = 0;
            for (char *s = line; nf < 16;) {
                f[nf++] = s;
                char *tab = strchr(s, '\t');
                if (!tab)
                    break;
                *tab = 0;
                s = tab + 1;
            }
            if (nf != ncols)
                rc = fail(err, t.file, lineno, "expected %d tab-separated columns, found %s%d", ncols,
                          nf == 16 ? "at least " : "", nf);
            for (int i = 0; rc == 0 && i < nf; i++) {
                if (!f[i][0])
                    rc = fail(err, t.file, lineno, "column %d is empty", i + 1);
                f[i] = arena_strdup(&r->arena, f[i]);
            }
            if (rc == 0)
                rc = fn(&t, f, lineno);
        }
        line = next;
    }
    strmap_free(&t.seen);
    free(text);
    return rc;
}

static int need_ident(struct tsv *t, const char *s, int line, const char *what)
{
    if (is_identifier(s))
        return 0;
    return fail(t->err, t->file, line, "%s '%s' is not a C identifier", what, s);
}

static int need_role(struct tsv *t, const char *role, int line)
{
    if (strmap_get(&t->r->roles, role))
        return 0;
    return fail(t->err, t->file, line, "unknown callback role '%s' (not in role-irql.tsv)", role);
}

static int parse_irql_pair(struct tsv *t, char **f, int line, struct irql_range *out)
{
    struct irql_range lo, hi;
    if (!rule_parse_irql(f[0], &lo))
        return fail(t->err, t->file, line, "unknown IRQL '%s'", f[0]);
    if (!rule_parse_irql(f[1], &hi))
        return fail(t->err, t->file, line, "unknown IRQL '%s'", f[1]);
    if (lo.lo > hi.hi)
        return fail(t->err, t->file, line, "minimum IRQL %s is above maximum %s", f[0], f[1]);
    out->lo = lo.lo;
    out->hi = hi.hi;
    return 0;
}

static int row_ddi(struct tsv *t, char **f, int line)
{
    int rc;
    if ((rc = need_ident(t, f[0], line, "DDI")) || (rc = dup_row(t, f[0], line, "DDI")))
        return rc;
    struct ddi_fact *d = arena_alloc(&t->r->arena, sizeof(*d));
    if ((rc = parse_irql_pair(t, f + 1, line, &d->req)))
        return rc;
    d->ddi = f[0];
    d->rule = f[3];
    d->def = rule_find(t->r, d->rule);
    if (!d->def)
        return fail(t->err, t->file, line, "rule '%s' has no definition in %s/defs", d->rule, t->r->dir);
    if (d->def->k != RULE_IRQL)
        return fail(t->err, t->file, line, "rule '%s' is of kind '%s'; the rows of this table belong to irql rules",
                    d->rule, d->def->kind);
    strmap_put(&t->r->ddi, d->ddi, d);
    return 0;
}

static int row_role(struct tsv *t, char **f, int line)
{
    int rc;
    if ((rc = need_ident(t, f[0], line, "role")) || (rc = dup_row(t, f[0], line, "role")))
        return rc;
    struct role_fact *d = arena_alloc(&t->r->arena, sizeof(*d));
    if ((rc = parse_irql_pair(t, f + 1, line, &d->entry)))
        return rc;
    d->role = f[0];
    strmap_put(&t->r->roles, d->role, d);
    return 0;
}

/* A struct-name pattern of role-fields.tsv: "*" or identifier characters with '*' and '?' wildcards. */
static bool is_record_pattern(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(*s == '_' || *s == '*' || *s == '?' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
              (*s >= '0' && *s <= '9')))
            return false;
    return true;
}

static int row_field(struct tsv *t, char **f, int line)
{
    int rc;
    if (!is_record_pattern(f[0]))
        return fail(t->err, t->file, line, "struct '%s' is not a struct name, a pattern of one (with * and ?) or *",
                    f[0]);
    const char *key = arena_printf(&t->r->arena, "%s %s", f[0], f[1]);
    if ((rc = need_ident(t, f[1], line, "handler field")) || (rc = dup_row(t, key, line, "handler field")) ||
        (rc = need_role(t, f[2], line)))
        return rc;
    struct field_fact *ff = arena_alloc(&t->r->arena, sizeof(*ff));
    ff->record = strcmp(f[0], "*") == 0 ? NULL : f[0];
    ff->field = f[1];
    ff->role = f[2];
    /* append, keeping the file's order */
    struct field_fact *head = strmap_get(&t->r->fields, f[1]);
    if (!head)
        strmap_put(&t->r->fields, f[1], ff);
    else {
        while (head->next)
            head = (struct field_fact *)head->next;
        head->next = ff;
    }
    return 0;
}

const char *rule_field_role(const struct rules *r, const char *record, const char *field)
{
    const struct field_fact *any = NULL;
    for (const struct field_fact *ff = strmap_get(&r->fields, field); ff; ff = ff->next) {
        if (!ff->record) {
            if (!any)
                any = ff;
        } else if (record && fnmatch(ff->record, record, 0) == 0)
            return ff->role;
    }
    return any ? any->role : NULL;
}

static int row_cbarg(struct tsv *t, char **f, int line)
{
    int rc, arg;
    if ((rc = need_ident(t, f[0], line, "DDI")))
        return rc;
    if (!parse_index(f[1], &arg))
        return fail(t->err, t->file, line, "bad argument index '%s' (an integer from 0 to %d)", f[1], RULE_MAX_ARG);
    if ((rc = need_role(t, f[2], line)))
        return rc;
    struct callback_arg *c = vec_push(&t->r->cbargs);
    c->ddi = f[0];
    c->arg = arg;
    c->role = f[2];
    return 0;
}

static int row_dflag(struct tsv *t, char **f, int line)
{
    int rc, param;
    if ((rc = need_role(t, f[0], line)) || (rc = dup_row(t, f[0], line, "role")))
        return rc;
    if (!parse_index(f[1], &param))
        return fail(t->err, t->file, line, "bad parameter index '%s' (an integer from 0 to %d)", f[1], RULE_MAX_ARG);
    char *end;
    errno = 0;
    unsigned long long m = strtoull(f[2], &end, 16);
    if (*end || end == f[2] || f[2][0] == '-' || errno || m == 0 || m > 0xFFFFFFFFull)
        return fail(t->err, t->file, line, "bad flag mask '%s' (a nonzero 32-bit hexadecimal number)", f[2]);
    struct dispatch_flag *d = vec_push(&t->r->dflags);
    d->role = f[0];
    d->param = param;
    d->mask = (long long)m;
    return 0;
}

static int row_effect(struct tsv *t, char **f, int line)
{
    static const struct {
        const char *name;
        enum irql_effect_kind kind;
        bool arg, value; /* takes an argument index / an IRQL value */
    } kinds[] = {{"raise_save", EFF_RAISE_SAVE, true, true},
                 {"raise_ret", EFF_RAISE_RET, false, true},
                 {"restore", EFF_RESTORE, true, false},
                 {"set_arg", EFF_SET_ARG, true, false},
                 {"current_ret", EFF_CURRENT_RET, false, false}};
    int rc;
    if ((rc = need_ident(t, f[0], line, "DDI")) || (rc = dup_row(t, f[0], line, "DDI")))
        return rc;
    struct irql_effect *e = arena_alloc(&t->r->arena, sizeof(*e));
    e->ddi = f[0];
    size_t k = 0;
    while (k < sizeof(kinds) / sizeof(kinds[0]) && strcmp(kinds[k].name, f[1]) != 0)
        k++;
    if (k == sizeof(kinds) / sizeof(kinds[0]))
        return fail(t->err, t->file, line,
                    "unknown IRQL effect '%s' (raise_save, raise_ret, restore, set_arg or current_ret)", f[1]);
    e->kind = kinds[k].kind;
    e->arg = e->level = e->value_arg = -1;
    if (kinds[k].arg && !parse_index(f[2], &e->arg))
        return fail(t->err, t->file, line, "effect %s takes an argument index (0 to %d), found '%s'", f[1],
                    RULE_MAX_ARG, f[2]);
    if (!kinds[k].arg && strcmp(f[2], "-") != 0)
        return fail(t->err, t->file, line, "effect %s takes no argument: write '-', found '%s'", f[1], f[2]);
    if (!kinds[k].value) {
        if (strcmp(f[3], "-") != 0)
            return fail(t->err, t->file, line, "effect %s takes no IRQL value: write '-', found '%s'", f[1], f[3]);
    } else if (strncmp(f[3], "arg:", 4) == 0) {
        if (!parse_index(f[3] + 4, &e->value_arg))
            return fail(t->err, t->file, line, "bad argument index in '%s' (arg:N, N from 0 to %d)", f[3],
                        RULE_MAX_ARG);
    } else {
        struct irql_range rg;
        if (!rule_parse_irql(f[3], &rg))
            return fail(t->err, t->file, line, "unknown IRQL '%s' (an IRQL name or arg:N)", f[3]);
        e->level = rg.lo;
    }
    strmap_put(&t->r->effects, e->ddi, e);
    return 0;
}

/* facts/mandatory-oids.tsv: oid, value (32-bit hexadecimal), request (query or set), rule. */
static int row_oid(struct tsv *t, char **f, int line)
{
    int rc;
    if ((rc = need_ident(t, f[0], line, "OID name")) ||
        (rc = dup_row(t, arena_printf(&t->r->arena, "%s %s %s", f[0], f[2], f[3]), line, "OID, request and rule")))
        return rc;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(f[1], &end, 16);
    if (*end || end == f[1] || f[1][0] == '-' || errno || v > 0xFFFFFFFFull)
        return fail(t->err, t->file, line, "bad OID value '%s' (a 32-bit hexadecimal number)", f[1]);
    struct oid_fact *x = vec_push(&t->r->oids);
    x->oid = f[0];
    x->value = (long long)v;
    if (strcmp(f[2], "query") == 0)
        x->request = OID_QUERY;
    else if (strcmp(f[2], "set") == 0)
        x->request = OID_SET;
    else
        return fail(t->err, t->file, line, "bad request type '%s' (query or set)", f[2]);
    x->rule = f[3];
    x->def = rule_find(t->r, x->rule);
    if (!x->def)
        return fail(t->err, t->file, line, "rule '%s' has no definition in %s/defs", x->rule, t->r->dir);
    if (x->def->k != RULE_OID_COVERAGE)
        return fail(t->err, t->file, line,
                    "rule '%s' is of kind '%s'; the rows of this table belong to oid_coverage rules", x->rule,
                    x->def->kind);
    return 0;
}

static int row_status(struct tsv *t, char **f, int line)
{
    int rc;
    if ((rc = need_ident(t, f[0], line, "NDIS_STATUS name")) || (rc = dup_row(t, f[0], line, "NDIS_STATUS name")))
        return rc;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(f[1], &end, 16);
    if (*end || end == f[1] || f[1][0] == '-' || errno || v > 0xFFFFFFFFull)
        return fail(t->err, t->file, line, "bad NDIS_STATUS value '%s' (a 32-bit hexadecimal number)", f[1]);
    struct status_name *s = vec_push(&t->r->statuses);
    s->name = f[0];
    s->value = (long long)(int32_t)(uint32_t)v;
    return 0;
}

static int row_request(struct tsv *t, char **f, int line)
{
    int rc;
    if ((rc = need_role(t, f[0], line)) || (rc = dup_row(t, f[0], line, "role")))
        return rc;
    struct vec names;
    vec_init(&names, sizeof(const char *));
    char *save = NULL;
    for (char *s = strtok_r(f[2], ",", &save); s; s = strtok_r(NULL, ",", &save)) {
        if (!is_identifier(s)) {
            vec_free(&names);
            return fail(t->err, t->file, line, "completion DDI '%s' is not a C identifier", s);
        }
        *(const char **)vec_push(&names) = s;
    }
    struct sap_request *q = vec_push(&t->r->requests);
    q->role = f[0];
    q->request = f[1];
    q->table = "sap-requests.tsv";
    q->param = -1;
    q->nddis = (int)names.len;
    q->ddis = arena_alloc(&t->r->arena, (names.len + 1) * sizeof(const char *));
    if (names.len)
        memcpy(q->ddis, names.data, names.len * sizeof(const char *));
    vec_free(&names);
    if (q->nddis == 0)
        return fail(t->err, t->file, line, "no completion DDI");
    return 0;
}

static int row_lifecycle(struct tsv *t, char **f, int line)
{
    static const char *const stages[] = {"load", "init", "run", "halt", "unload", NULL};
    int rc;
    if ((rc = need_ident(t, f[0], line, "driver kind")) || (rc = need_role(t, f[2], line)) ||
        (rc = dup_row(t, arena_printf(&t->r->arena, "%s %s", f[0], f[2]), line, "driver kind and role")))
        return rc;
    char *end = NULL;
    long order = strtol(f[1], &end, 10);
    if (*end || order < 0 || order > 1000)
        return fail(t->err, t->file, line, "order '%s' is not a number from 0 to 1000", f[1]);
    bool known = false;
    for (int i = 0; stages[i] && !known; i++)
        known = strcmp(stages[i], f[3]) == 0;
    if (!known)
        return fail(t->err, t->file, line, "unknown stage '%s' (load, init, run, halt or unload)", f[3]);
    struct lifecycle_row *q = vec_push(&t->r->lifecycle);
    q->driver = f[0];
    q->order = (int)order;
    q->role = f[2];
    q->stage = f[3];
    return 0;
}

const char *rule_lifecycle_stage(const struct rules *r, const char *driver, const char *role)
{
    for (size_t i = 0; i < r->lifecycle.len; i++) {
        const struct lifecycle_row *q = vec_at(&r->lifecycle, i);
        if (strcmp(q->driver, driver) == 0 && strcmp(q->role, role) == 0)
            return q->stage;
    }
    return NULL;
}

/* facts/oid-requests.tsv: role, request, the handler's request parameter, DDI:ARG,... */
static int row_oid_request(struct tsv *t, char **f, int line)
{
    int rc;
    if ((rc = need_role(t, f[0], line)) || (rc = dup_row(t, f[0], line, "role")))
        return rc;
    if (rule_request_of_role(t->r, f[0]))
        return fail(t->err, t->file, line, "role '%s' already has a request row in sap-requests.tsv", f[0]);
    int param;
    if (!parse_index(f[2], &param))
        return fail(t->err, t->file, line, "bad request parameter index '%s' (0 to %d)", f[2], RULE_MAX_ARG);
    int n = 1;
    for (const char *c = f[3]; *c; c++)
        n += *c == ',';
    const char **ddis = arena_alloc(&t->r->arena, (size_t)n * sizeof(const char *));
    int *args = arena_alloc(&t->r->arena, (size_t)n * sizeof(int));
    int k = 0;
    char *save = NULL;
    for (char *s = strtok_r(f[3], ",", &save); s; s = strtok_r(NULL, ",", &save)) {
        char *colon = strchr(s, ':');
        if (colon)
            *colon = 0;
        if (!is_identifier(s) || !colon || !parse_index(colon + 1, &args[k]))
            return fail(t->err, t->file, line, "completion '%s%s%s' is not DDI:ARG (a C identifier, an argument index)",
                        s, colon ? ":" : "", colon ? colon + 1 : "");
        ddis[k++] = s;
    }
    if (k == 0)
        return fail(t->err, t->file, line, "no completion DDI");
    struct sap_request *q = vec_push(&t->r->requests);
    q->role = f[0];
    q->request = f[1];
    q->table = "oid-requests.tsv";
    q->param = param;
    q->nddis = k;
    q->ddis = ddis;
    q->ddi_arg = args;
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

/* ---- positions in a JSON text ----------------------------------------------------------- */

static const char *json_ws(const char *s, const char *end)
{
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++;
    return s;
}

/* s at '"': returns the position after the closing quote. */
static const char *json_skip_string(const char *s, const char *end)
{
    for (s++; s < end && *s != '"'; s++)
        if (*s == '\\')
            s++;
    return s < end ? s + 1 : end;
}

/* Returns the position after the value starting at s. */
static const char *json_skip_value(const char *s, const char *end)
{
    if (s >= end)
        return end;
    if (*s == '"')
        return json_skip_string(s, end);
    if (*s == '{' || *s == '[') {
        int depth = 0;
        while (s < end) {
            if (*s == '"') {
                s = json_skip_string(s, end);
                continue;
            }
            if (*s == '{' || *s == '[')
                depth++;
            else if ((*s == '}' || *s == ']') && --depth == 0)
                return s + 1;
            s++;
        }
        return end;
    }
    while (s < end && *s != ',' && *s != '}' && *s != ']' && *s != ' ' && *s != '\n' && *s != '\t' && *s != '\r')
        s++;
    return s;
}

/* The offset of the value at `path` ("a.b[2].c"; "" = the root) in a valid JSON text, or of the
 * innermost enclosing value when the path does not exist. */
static size_t json_locate(const char *text, size_t len, const char *path)
{
    const char *end = text + len, *at = json_ws(text, end);
    const char *p = path;
    while (*p && at < end) {
        if (*p == '.')
            p++;
        const char *v = NULL;
        if (*p == '[') {
            long idx = strtol(p + 1, (char **)&p, 10);
            if (*p == ']')
                p++;
            if (*at != '[')
                break;
            const char *s = json_ws(at + 1, end);
            for (long i = 0; s < end && *s != ']'; i++) {
                if (i == idx) {
                    v = s;
                    break;
                }
                s = json_ws(json_skip_value(s, end), end);
                if (s < end && *s == ',')
                    s = json_ws(s + 1, end);
            }
        } else {
            size_t kl = strcspn(p, ".[");
            if (*at != '{')
                break;
            const char *s = json_ws(at + 1, end);
            while (s < end && *s == '"') {
                const char *kend = json_skip_string(s, end);
                bool match = (size_t)(kend - s) == kl + 2 && strncmp(s + 1, p, kl) == 0;
                s = json_ws(kend, end);
                if (s < end && *s == ':')
                    s = json_ws(s + 1, end);
                if (match) {
                    v = s;
                    break;
                }
                s = json_ws(json_skip_value(s, end), end);
                if (s < end && *s == ',')
                    s = json_ws(s + 1, end);
            }
            p += kl;
        }
        if (!v)
            break;
        at = v;
    }
    return (size_t)(at - text);
}

/* ---- rule definitions ------------------------------------------------------------------- */

struct dctx {
    struct rules *r;
    const char *file; /* arena-owned */
    const char *text;
    size_t len;
    char **err;
    const char *id;
};

static int line_at(const struct dctx *c, const char *path)
{
    size_t at = json_locate(c->text, c->len, path);
    int line = 1;
    for (size_t i = 0; i < at && i < c->len; i++)
        line += c->text[i] == '\n';
    return line;
}

/* An error about the field at `path`, reported at its line. */
static int bad(struct dctx *c, const char *path, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int bad(struct dctx *c, const char *path, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return fail(c->err, c->file, line_at(c, path), "invalid rule definition: %s", msg);
}

static const char *sub(struct dctx *c, const char *path, const char *key)
{
    return *path ? arena_printf(&c->r->arena, "%s.%s", path, key) : key;
}

static const char *idx(struct dctx *c, const char *path, size_t i)
{
    return arena_printf(&c->r->arena, "%s[%zu]", path, i);
}

static const char *type_name(struct json_object *v)
{
    switch (json_object_get_type(v)) {
    case json_type_null: return "null";
    case json_type_boolean: return "a boolean";
    case json_type_double: return "a fractional number";
    case json_type_int: return "an integer";
    case json_type_object: return "an object";
    case json_type_array: return "an array";
    case json_type_string: return "a string";
    }
    return "a value";
}

/* Every key of object `o` (at `path`) must be in the NULL-terminated `allowed`. */
static int only_keys(struct dctx *c, struct json_object *o, const char *path, const char *const *allowed)
{
    json_object_object_foreach(o, key, val)
    {
        (void)val;
        bool ok = false;
        for (int i = 0; allowed[i] && !ok; i++)
            ok = strcmp(key, allowed[i]) == 0;
        if (!ok) {
            char list[512] = "";
            for (int i = 0; allowed[i]; i++)
                snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s\"%s\"", i ? ", " : "", allowed[i]);
            return bad(c, sub(c, path, key), "unknown field \"%s\"%s%s (allowed here: %s)", key, *path ? " in " : "",
                       *path ? path : "", list);
        }
    }
    return 0;
}

/* Looks up `key` in object `o`; a missing key is an error when `required`. *out is NULL when
 * the key is absent. */
static int field(struct dctx *c, struct json_object *o, const char *path, const char *key, bool required,
                 enum json_type type, const char *what, struct json_object **out)
{
    *out = NULL;
    struct json_object *v;
    if (!json_object_object_get_ex(o, key, &v)) {
        if (required)
            return bad(c, path, "missing \"%s\"%s%s (%s)", key, *path ? " in " : "", *path ? path : "", what);
        return 0;
    }
    if (!json_object_is_type(v, type))
        return bad(c, sub(c, path, key), "\"%s\" must be %s, found %s", sub(c, path, key), what, type_name(v));
    *out = v;
    return 0;
}

/* A string field; non-empty. */
static int str_field(struct dctx *c, struct json_object *o, const char *path, const char *key, bool required,
                     const char **out)
{
    struct json_object *v;
    int rc = field(c, o, path, key, required, json_type_string, "a string", &v);
    *out = NULL;
    if (rc || !v)
        return rc;
    if (json_object_get_string_len(v) == 0)
        return bad(c, sub(c, path, key), "\"%s\" is an empty string", sub(c, path, key));
    *out = arena_strdup(&c->r->arena, json_object_get_string(v));
    return 0;
}

/* An argument index field: an integer 0..RULE_MAX_ARG. */
static int index_field(struct dctx *c, struct json_object *o, const char *path, const char *key, int *out)
{
    struct json_object *v;
    int rc = field(c, o, path, key, true, json_type_int, "an argument index, an integer", &v);
    if (rc)
        return rc;
    int64_t n = json_object_get_int64(v);
    if (n < 0 || n > RULE_MAX_ARG || json_object_get_string(v)[0] == '-') {
        /* quote the number as written: json-c saturates what does not fit 64 bits */
        const char *at = c->text + json_locate(c->text, c->len, sub(c, path, key));
        size_t l = (size_t)(json_skip_value(at, c->text + c->len) - at);
        return bad(c, sub(c, path, key), "\"%s\" is %.*s; an argument index is an integer from 0 to %d",
                   sub(c, path, key), l > 40 ? 40 : (int)l, at, RULE_MAX_ARG);
    }
    *out = (int)n;
    return 0;
}

static int ddi_name(struct dctx *c, struct json_object *v, const char *path, const char **out)
{
    if (!json_object_is_type(v, json_type_string))
        return bad(c, path, "\"%s\" must be a DDI name (a string), found %s", path, type_name(v));
    const char *s = json_object_get_string(v);
    if (!is_identifier(s))
        return bad(c, path, "\"%s\" is '%s', which is not a DDI name (a C identifier)", path, s);
    *out = arena_strdup(&c->r->arena, s);
    return 0;
}

/* "ddi": "X" or ["X", ...] (non-empty). */
static int names_field(struct dctx *c, struct json_object *o, const char *path, const char *key, bool one_or_many,
                       struct rule_names *out)
{
    struct json_object *v;
    const char *p = sub(c, path, key);
    out->n = 0;
    out->name = NULL;
    if (!json_object_object_get_ex(o, key, &v))
        return bad(c, path, "missing \"%s\"%s%s (%s)", key, *path ? " in " : "", *path ? path : "",
                   one_or_many ? "a DDI name or an array of them" : "an array of DDI names");
    if (one_or_many && json_object_is_type(v, json_type_string)) {
        out->name = arena_alloc(&c->r->arena, sizeof(const char *));
        out->n = 1;
        return ddi_name(c, v, p, &out->name[0]);
    }
    if (!json_object_is_type(v, json_type_array))
        return bad(c, p, "\"%s\" must be %s, found %s", p,
                   one_or_many ? "a DDI name or an array of DDI names" : "an array of DDI names", type_name(v));
    size_t n = json_object_array_length(v);
    if (n == 0)
        return bad(c, p, "\"%s\" is an empty array", p);
    out->name = arena_alloc(&c->r->arena, n * sizeof(const char *));
    for (size_t i = 0; i < n; i++) {
        int rc = ddi_name(c, json_object_array_get_idx(v, i), idx(c, p, i), &out->name[i]);
        if (rc)
            return rc;
        for (size_t k = 0; k < i; k++)
            if (strcmp(out->name[k], out->name[i]) == 0)
                return bad(c, idx(c, p, i), "'%s' is listed twice in \"%s\"", out->name[i], p);
    }
    out->n = (int)n;
    return 0;
}

/* A message template: a non-empty string whose {placeholders} are all in `keys` (NULL-ended). */
static int template_field(struct dctx *c, struct json_object *o, const char *path, const char *key, bool required,
                          const char *dflt, const char *const *keys, const char **out)
{
    int rc = str_field(c, o, path, key, required, out);
    if (rc)
        return rc;
    if (!*out) {
        *out = dflt;
        return 0;
    }
    for (const char *s = strchr(*out, '{'); s; s = strchr(s + 1, '{')) {
        const char *close = strchr(s, '}');
        size_t n = close ? (size_t)(close - s - 1) : 0;
        bool ok = false;
        for (int i = 0; close && keys[i] && !ok; i++)
            ok = strlen(keys[i]) == n && strncmp(s + 1, keys[i], n) == 0;
        if (!ok) {
            char list[256] = "";
            for (int i = 0; keys[i]; i++)
                snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s{%s}", i ? ", " : "", keys[i]);
            return bad(c, sub(c, path, key), "\"%s\": unknown placeholder '%.*s' (known here: %s)", sub(c, path, key),
                       close ? (int)(close - s + 1) : (int)strlen(s), s, list);
        }
    }
    return 0;
}

static int status_field(struct dctx *c, struct json_object *o, const char *path, const char *key, bool required,
                        const char **name, long long *val)
{
    int rc = str_field(c, o, path, key, required, name);
    if (rc || !*name)
        return rc;
    if (!rule_status_value(c->r, *name, val))
        return bad(c, sub(c, path, key), "unknown NDIS_STATUS '%s' in \"%s\" (not in ndis-status.tsv)", *name,
                   sub(c, path, key));
    return 0;
}

static int table_field(struct dctx *c, struct json_object *o, const char *path, const char *key, const char *want)
{
    const char *s;
    int rc = str_field(c, o, path, key, true, &s);
    if (rc)
        return rc;
    if (strcmp(s, want) != 0)
        return bad(c, sub(c, path, key), "\"%s\" is '%s'; rules of this kind read '%s'", sub(c, path, key), s, want);
    return 0;
}

static const char *const irql_fields[] = {"applies_to", NULL};

static int load_irql(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const keys[] = {"table", "rule_column", NULL};
    struct json_object *a;
    int rc = field(c, o, "", "applies_to", true, json_type_object, "an object: {\"table\", \"rule_column\"}", &a);
    if (rc || (rc = only_keys(c, a, "applies_to", keys)) ||
        (rc = table_field(c, a, "applies_to", "table", "ddi-irql.tsv")))
        return rc;
    d->u.irql.table = "ddi-irql.tsv";
    if ((rc = str_field(c, a, "applies_to", "rule_column", true, &d->u.irql.rule_column)))
        return rc;
    if (strcmp(d->u.irql.rule_column, d->id) != 0)
        return bad(c, "applies_to.rule_column",
                   "\"applies_to.rule_column\" is '%s'; it names the rule itself ('%s') in the rule column of "
                   "ddi-irql.tsv",
                   d->u.irql.rule_column, d->id);
    return 0;
}

static bool in_names(const struct rule_names *n, const char *s)
{
    return rule_names_has(n, s);
}

static const char *const typestate_fields[] = {"object", "states", "create", "transitions", "error", NULL};

static int load_typestate(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const create_keys[] = {"ddi", "out_arg", "role", "param", NULL};
    static const char *const trans_keys[] = {"ddi", "arg", "to", "note", "when_status", NULL};
    static const char *const when_keys[] = {"arg", "not", NULL};
    static const char *const error_keys[] = {"event", "state", "message", NULL};
    static const char *const note_ph[] = {"ddi", "status", NULL};
    static const char *const note_ph_uncond[] = {"ddi", NULL};
    static const char *const error_ph[] = {"path", "ddi", NULL};
    struct rule_typestate *ts = &d->u.ts;
    struct json_object *v, *arr, *er;
    int rc;
    if ((rc = str_field(c, o, "", "object", true, &ts->object)))
        return rc;
    /* states */
    if ((rc = field(c, o, "", "states", true, json_type_array, "an array of state names", &v)))
        return rc;
    size_t n = json_object_array_length(v);
    if (n == 0)
        return bad(c, "states", "\"states\" is an empty array");
    ts->states.name = arena_alloc(&c->r->arena, n * sizeof(const char *));
    for (size_t i = 0; i < n; i++) {
        struct json_object *s = json_object_array_get_idx(v, i);
        const char *p = idx(c, "states", i);
        if (!json_object_is_type(s, json_type_string) || json_object_get_string_len(s) == 0)
            return bad(c, p, "\"%s\" must be a state name (a non-empty string), found %s", p, type_name(s));
        ts->states.name[i] = arena_strdup(&c->r->arena, json_object_get_string(s));
        if (in_names(&ts->states, ts->states.name[i]))
            return bad(c, p, "state '%s' is listed twice", ts->states.name[i]);
        ts->states.n = (int)i + 1;
    }
    /* error */
    if ((rc =
             field(c, o, "", "error", true, json_type_object, "an object: {\"event\", \"state\", \"message\"}", &er)) ||
        (rc = only_keys(c, er, "error", error_keys)) ||
        (rc = str_field(c, er, "error", "event", true, &ts->error_event)))
        return rc;
    if (strcmp(ts->error_event, "use") != 0)
        return bad(c, "error.event", "\"error.event\" is '%s'; the engines report \"use\" (a handle passed to a DDI)",
                   ts->error_event);
    if ((rc = str_field(c, er, "error", "state", true, &ts->error_state)))
        return rc;
    if (!in_names(&ts->states, ts->error_state))
        return bad(c, "error.state", "\"error.state\" is '%s', which is not one of \"states\"", ts->error_state);
    if ((rc = template_field(c, er, "error", "message", true, NULL, error_ph, &ts->error_msg)))
        return rc;
    /* create */
    if ((rc = field(c, o, "", "create", false, json_type_array, "an array of creations", &arr)))
        return rc;
    n = arr ? json_object_array_length(arr) : 0;
    struct rule_ts_create *cr = arena_alloc(&c->r->arena, (n + 1) * sizeof(*cr));
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(arr, i), *tmp;
        const char *p = idx(c, "create", i);
        if (!json_object_is_type(e, json_type_object))
            return bad(c, p, "\"%s\" must be an object: {\"ddi\", \"out_arg\"} or {\"role\", \"param\"}, found %s", p,
                       type_name(e));
        if ((rc = only_keys(c, e, p, create_keys)))
            return rc;
        cr[i].out_arg = cr[i].param = -1;
        bool has_ddi = json_object_object_get_ex(e, "ddi", &tmp), has_role = json_object_object_get_ex(e, "role", &tmp);
        if (has_ddi == has_role)
            return bad(c, p, "\"%s\" needs either \"ddi\" and \"out_arg\" or \"role\" and \"param\"", p);
        if (has_ddi) {
            if (json_object_object_get_ex(e, "param", &tmp))
                return bad(c, sub(c, p, "param"), "\"param\" goes with \"role\", not with \"ddi\" (use \"out_arg\")");
            json_object_object_get_ex(e, "ddi", &tmp);
            if ((rc = ddi_name(c, tmp, sub(c, p, "ddi"), &cr[i].ddi)) ||
                (rc = index_field(c, e, p, "out_arg", &cr[i].out_arg)))
                return rc;
        } else {
            if (json_object_object_get_ex(e, "out_arg", &tmp))
                return bad(c, sub(c, p, "out_arg"), "\"out_arg\" goes with \"ddi\", not with \"role\" (use \"param\")");
            if ((rc = str_field(c, e, p, "role", true, &cr[i].role)))
                return rc;
            if (!strmap_get(&c->r->roles, cr[i].role))
                return bad(c, sub(c, p, "role"), "unknown callback role '%s' (not in role-irql.tsv)", cr[i].role);
            if ((rc = index_field(c, e, p, "param", &cr[i].param)))
                return rc;
        }
    }
    ts->create = cr;
    ts->ncreate = (int)n;
    /* transitions */
    if ((rc = field(c, o, "", "transitions", true, json_type_array, "an array of transitions", &arr)))
        return rc;
    n = json_object_array_length(arr);
    if (n == 0)
        return bad(c, "transitions", "\"transitions\" is an empty array: the rule could never report");
    struct rule_ts_trans *tr = arena_alloc(&c->r->arena, n * sizeof(*tr));
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(arr, i), *ws;
        const char *p = idx(c, "transitions", i);
        if (!json_object_is_type(e, json_type_object))
            return bad(c, p, "\"%s\" must be an object, found %s", p, type_name(e));
        if ((rc = only_keys(c, e, p, trans_keys)) || (rc = names_field(c, e, p, "ddi", true, &tr[i].ddis)) ||
            (rc = index_field(c, e, p, "arg", &tr[i].arg)) || (rc = str_field(c, e, p, "to", true, &tr[i].to)))
            return rc;
        if (!in_names(&ts->states, tr[i].to))
            return bad(c, sub(c, p, "to"), "\"%s.to\" is '%s', which is not one of \"states\"", p, tr[i].to);
        if (strcmp(tr[i].to, ts->error_state) != 0)
            return bad(c, sub(c, p, "to"),
                       "\"%s.to\" is '%s'; the engines implement transitions into the error state '%s' only", p,
                       tr[i].to, ts->error_state);
        tr[i].status_arg = -1;
        if ((rc = field(c, e, p, "when_status", false, json_type_object, "an object: {\"arg\", \"not\"}", &ws)))
            return rc;
        if (ws) {
            const char *wp = sub(c, p, "when_status");
            if ((rc = only_keys(c, ws, wp, when_keys)) || (rc = index_field(c, ws, wp, "arg", &tr[i].status_arg)) ||
                (rc = status_field(c, ws, wp, "not", true, &tr[i].status_name, &tr[i].status_val)))
                return rc;
        }
        if ((rc = template_field(c, e, p, "note", false, "handle invalidated here by {ddi}",
                                 ws ? note_ph : note_ph_uncond, &tr[i].note)))
            return rc;
    }
    ts->trans = tr;
    ts->ntrans = (int)n;
    return 0;
}

static const char *const call_status_fields[] = {"checks", NULL};

static int load_call_status(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const keys[] = {"ddi", "arg", "forbid", "require", "message", NULL};
    static const char *const ph[] = {"ddi", "status", NULL};
    struct json_object *arr;
    int rc = field(c, o, "", "checks", true, json_type_array, "an array of checks", &arr);
    if (rc)
        return rc;
    size_t n = json_object_array_length(arr);
    if (n == 0)
        return bad(c, "checks", "\"checks\" is an empty array: the rule could never report");
    struct rule_status_check *ck = arena_alloc(&c->r->arena, n * sizeof(*ck));
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(arr, i), *tmp;
        const char *p = idx(c, "checks", i);
        if (!json_object_is_type(e, json_type_object))
            return bad(c, p, "\"%s\" must be an object, found %s", p, type_name(e));
        if ((rc = only_keys(c, e, p, keys)) || (rc = names_field(c, e, p, "ddi", true, &ck[i].ddis)) ||
            (rc = index_field(c, e, p, "arg", &ck[i].arg)))
            return rc;
        bool f = json_object_object_get_ex(e, "forbid", &tmp), q = json_object_object_get_ex(e, "require", &tmp);
        if (f == q)
            return bad(c, p, "\"%s\" needs exactly one of \"forbid\" and \"require\" (an NDIS_STATUS name)", p);
        ck[i].forbid = f;
        if ((rc = status_field(c, e, p, f ? "forbid" : "require", true, &ck[i].status_name, &ck[i].status_val)) ||
            (rc = template_field(c, e, p, "message", true, NULL, ph, &ck[i].message)))
            return rc;
    }
    d->u.cs.checks = ck;
    d->u.cs.nchecks = (int)n;
    return 0;
}

static const char *const call_argument_fields[] = {"ddi", "arg", "forbid_equal", "forbid_above", "message", NULL};

static int load_call_argument(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const ph[] = {"ddi", "value", "limit", NULL};
    struct rule_call_argument *q = &d->u.ca;
    int rc;
    if ((rc = names_field(c, o, "", "ddi", true, &q->ddis)) || (rc = index_field(c, o, "", "arg", &q->arg)))
        return rc;
    struct json_object *eq, *above;
    if ((rc = field(c, o, "", "forbid_equal", false, json_type_int, "an integer", &eq)) ||
        (rc = field(c, o, "", "forbid_above", false, json_type_int, "an integer", &above)))
        return rc;
    if (!eq == !above)
        return bad(c, "",
                   "a call_argument rule needs exactly one of \"forbid_equal\" and \"forbid_above\" (an integer)");
    q->above = above != NULL;
    q->limit = json_object_get_int64(above ? above : eq);
    /* a DDI the WDK defines as a macro (NdisStallExecution over KeStallExecutionProcessor) is
       known by the name spelled at the call (model.h, dm_call_name) */
    for (int i = 0; i < q->ddis.n; i++)
        strmap_put(&c->r->spelled, q->ddis.name[i], (void *)q->ddis.name[i]);
    return template_field(c, o, "", "message", true, NULL, ph, &q->message);
}

static const char *const request_fields[] = {"check", "requests", "messages", "report_at", "roles", NULL};

static int roles_field(struct dctx *c, struct json_object *o, const char *key, struct rule_names *out);

static int load_request(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const np_keys[] = {"not_pending", "twice", "twice_loop", NULL};
    static const char *const tw_keys[] = {"twice", "twice_loop", NULL};
    static const char *const nc_keys[] = {"never_completed", NULL};
    static const char *const np_ph[] = {"func", "status", "request", "ddi", NULL};
    static const char *const tw_ph[] = {"request", "ddi", NULL};
    static const char *const nc_ph[] = {"func", "ddis", "request", NULL};
    struct rule_request *q = &d->u.req;
    const char *check, *table, *at;
    int rc = str_field(c, o, "", "check", true, &check);
    if (rc)
        return rc;
    if (strcmp(check, "not_pending") == 0)
        q->check = REQ_NOT_PENDING;
    else if (strcmp(check, "never_completed") == 0)
        q->check = REQ_NEVER_COMPLETED;
    else if (strcmp(check, "twice") == 0)
        q->check = REQ_TWICE;
    else
        return bad(c, "check", "unknown request check '%s' (not_pending, never_completed or twice)", check);
    if ((rc = str_field(c, o, "", "requests", true, &table)))
        return rc;
    if (strcmp(table, "sap-requests.tsv") == 0)
        q->table = "sap-requests.tsv";
    else if (strcmp(table, "oid-requests.tsv") == 0)
        q->table = "oid-requests.tsv";
    else
        return bad(c, "requests",
                   "\"requests\" is '%s'; rules of this kind read 'sap-requests.tsv' or 'oid-requests.tsv'", table);
    if (q->check == REQ_TWICE && q->table[0] == 's')
        return bad(c, "check", "a \"twice\" rule follows requests by identity: it reads 'oid-requests.tsv'");
    if ((rc = roles_field(c, o, "roles", &q->roles)))
        return rc;
    if (q->roles.n && q->check != REQ_TWICE)
        return bad(c, "roles", "only a \"twice\" rule has \"roles\"");
    if ((rc = str_field(c, o, "", "report_at", false, &at)))
        return rc;
    if (at && (q->check != REQ_NOT_PENDING || (strcmp(at, "return") != 0 && strcmp(at, "completion") != 0)))
        return bad(c, "report_at", "\"report_at\" is \"return\" or \"completion\", for a not_pending rule");
    q->at_completion = at && strcmp(at, "completion") == 0;
    struct json_object *m;
    if ((rc = field(c, o, "", "messages", false, json_type_object, "an object of message templates", &m)))
        return rc;
    struct json_object *none = json_object_new_object(), *mm = m ? m : none;
    if (q->check == REQ_NOT_PENDING)
        rc = only_keys(c, mm, "messages", np_keys);
    else if (q->check == REQ_TWICE)
        rc = only_keys(c, mm, "messages", tw_keys);
    else
        rc = only_keys(c, mm, "messages", nc_keys);
    if (!rc)
        rc = template_field(c, mm, "messages", "not_pending", false,
                            "'{func}' returns {status} after completing the {request} with '{ddi}'", np_ph,
                            &q->msg_not_pending);
    if (!rc)
        rc = template_field(c, mm, "messages", "twice", false,
                            "the {request} is completed a second time by '{ddi}' on this path", tw_ph, &q->msg_twice);
    if (!rc)
        rc = template_field(c, mm, "messages", "twice_loop", false,
                            "the {request} is completed again by '{ddi}' in the next iteration of the loop", tw_ph,
                            &q->msg_twice_loop);
    if (!rc)
        rc = template_field(c, mm, "messages", "never_completed", false,
                            "'{func}' returns NDIS_STATUS_PENDING, but nothing in the driver calls {ddis}", nc_ph,
                            &q->msg_never_completed);
    json_object_put(none);
    return rc;
}

static const char *const driver_role_fields[] = {"mcm_only", "cm_only", "messages", NULL};

static int load_driver_role(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const msg_keys[] = {"mcm_only", "cm_only", NULL};
    static const char *const mcm_ph[] = {"ddi", "kind", NULL};
    static const char *const cm_ph[] = {"ddi", "mcm_form", NULL};
    struct rule_driver_role *q = &d->u.role;
    int rc = str_field(c, o, "", "mcm_only", true, &q->mcm_only);
    if (rc)
        return rc;
    size_t pl = strlen(q->mcm_only) - 1;
    char *prefix = arena_strndup(&c->r->arena, q->mcm_only, pl);
    if (q->mcm_only[pl] != '*' || !is_identifier(prefix))
        return bad(c, "mcm_only", "\"mcm_only\" is '%s'; it is a DDI-name prefix followed by '*' (\"NdisMCm*\")",
                   q->mcm_only);
    q->mcm_prefix = prefix;
    if ((rc = names_field(c, o, "", "cm_only", false, &q->cm_only)))
        return rc;
    for (int i = 0; i < q->cm_only.n; i++)
        if (strncmp(q->cm_only.name[i], "NdisCm", 6) != 0)
            return bad(c, idx(c, "cm_only", (size_t)i),
                       "'%s' in \"cm_only\" is not an NdisCm* DDI (a miniport call manager's form is NdisMCm*)",
                       q->cm_only.name[i]);
    struct json_object *m;
    if ((rc = field(c, o, "", "messages", false, json_type_object, "an object of message templates", &m)))
        return rc;
    struct json_object *none = json_object_new_object(), *mm = m ? m : none;
    rc = only_keys(c, mm, "messages", msg_keys);
    if (!rc)
        rc = template_field(c, mm, "messages", "mcm_only", false,
                            "'{ddi}' is for miniport call managers, but this driver is {kind}", mcm_ph, &q->msg_mcm);
    if (!rc)
        rc = template_field(c, mm, "messages", "cm_only", false,
                            "'{ddi}' is for stand-alone call managers; a miniport call manager calls '{mcm_form}'",
                            cm_ph, &q->msg_cm);
    json_object_put(none);
    return rc;
}

/* A list of role typedefs (non-empty, each in role-irql.tsv). */
static int roles_field(struct dctx *c, struct json_object *o, const char *key, struct rule_names *out)
{
    struct json_object *v;
    int rc = field(c, o, "", key, false, json_type_array, "an array of callback roles", &v);
    if (rc || !v)
        return rc;
    size_t n = json_object_array_length(v);
    if (n == 0)
        return bad(c, key, "\"%s\" is an empty array", key);
    out->name = arena_alloc(&c->r->arena, n * sizeof(const char *));
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(v, i);
        const char *p = idx(c, key, i);
        if (!json_object_is_type(e, json_type_string))
            return bad(c, p, "\"%s\" must be a callback role (a string), found %s", p, type_name(e));
        const char *role = json_object_get_string(e);
        if (!strmap_get(&c->r->roles, role))
            return bad(c, p, "unknown callback role '%s' (not in role-irql.tsv)", role);
        for (size_t k = 0; k < i; k++)
            if (strcmp(out->name[k], role) == 0)
                return bad(c, p, "'%s' is listed twice in \"%s\"", role, key);
        out->name[i] = arena_strdup(&c->r->arena, role);
    }
    out->n = (int)n;
    return 0;
}

static const char *const call_context_fields[] = {"ddi", "forbid_roles", "allow_roles", "unless_null", "message", NULL};
static int load_call_context(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const ph[] = {"ddi", "role", "func", NULL};
    static const char *const null_keys[] = {"role", "param", NULL};
    struct rule_call_context *q = &d->u.cc;
    q->null_param = -1;
    int rc = names_field(c, o, "", "ddi", true, &q->ddis);
    if (rc)
        return rc;
    struct rule_names forbid = {0}, allow = {0};
    if ((rc = roles_field(c, o, "forbid_roles", &forbid)) || (rc = roles_field(c, o, "allow_roles", &allow)))
        return rc;
    if ((forbid.n > 0) == (allow.n > 0))
        return bad(c, "", "a call_context rule has either \"forbid_roles\" or \"allow_roles\"%s",
                   forbid.n ? ", not both" : "");
    q->allow = allow.n > 0;
    q->roles = q->allow ? allow : forbid;
    struct json_object *un;
    if ((rc = field(c, o, "", "unless_null", false, json_type_object, "an object {role, param}", &un)))
        return rc;
    if (un) {
        if ((rc = only_keys(c, un, "unless_null", null_keys)) ||
            (rc = str_field(c, un, "unless_null", "role", true, &q->null_role)) ||
            (rc = index_field(c, un, "unless_null", "param", &q->null_param)))
            return rc;
        if (!strmap_get(&c->r->roles, q->null_role))
            return bad(c, "unless_null.role", "unknown callback role '%s' (not in role-irql.tsv)", q->null_role);
        if (q->allow || !rule_names_has(&q->roles, q->null_role))
            return bad(c, "unless_null.role", "'%s' is not one of the rule's \"forbid_roles\"", q->null_role);
    }
    return template_field(c, o, "", "message", true, NULL, ph, &q->message);
}

/* kind "return_value": "roles", "check" (only, some_true), "statuses" (only), "message", "note"
 * (some_true). */
static const char *const return_value_fields[] = {"roles", "check", "statuses", "message", "note", NULL};
static int load_return_value(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const ph[] = {"func", "value", "role", NULL};
    static const char *const note_ph[] = {"func", "value", NULL};
    struct rule_return_value *q = &d->u.rv;
    int rc = roles_field(c, o, "roles", &q->roles);
    if (rc)
        return rc;
    if (q->roles.n == 0)
        return bad(c, "", "missing \"roles\" (an array of callback roles)");
    const char *check;
    if ((rc = str_field(c, o, "", "check", true, &check)))
        return rc;
    if (strcmp(check, "only") == 0)
        q->check = RV_ONLY;
    else if (strcmp(check, "some_true") == 0)
        q->check = RV_SOME_TRUE;
    else
        return bad(c, "check", "\"check\" is '%s'; a return_value rule checks \"only\" or \"some_true\"", check);
    struct json_object *st;
    if ((rc = field(c, o, "", "statuses", false, json_type_array, "an array of NDIS_STATUS names", &st)))
        return rc;
    if ((q->check == RV_SOME_TRUE) != !st)
        return bad(c, st ? "statuses" : "", "%s",
                   q->check == RV_SOME_TRUE ? "a \"some_true\" rule has no \"statuses\""
                                            : "an \"only\" rule needs \"statuses\" (NDIS_STATUS names)");
    if (st) {
        size_t n = json_object_array_length(st);
        if (n == 0)
            return bad(c, "statuses", "\"statuses\" is an empty array");
        const char **names = arena_alloc(&c->r->arena, n * sizeof(*names));
        long long *vals = arena_alloc(&c->r->arena, n * sizeof(*vals));
        for (size_t i = 0; i < n; i++) {
            struct json_object *e = json_object_array_get_idx(st, i);
            const char *p = idx(c, "statuses", i);
            if (!json_object_is_type(e, json_type_string))
                return bad(c, p, "\"%s\" must be an NDIS_STATUS name (a string), found %s", p, type_name(e));
            names[i] = arena_strdup(&c->r->arena, json_object_get_string(e));
            if (!rule_status_value(c->r, names[i], &vals[i]))
                return bad(c, p, "unknown NDIS_STATUS '%s' in \"%s\" (not in ndis-status.tsv)", names[i], p);
            for (size_t k = 0; k < i; k++)
                if (vals[k] == vals[i])
                    return bad(c, p, "'%s' is listed twice in \"statuses\"", names[i]);
        }
        q->nstatuses = (int)n;
        q->status_names = names;
        q->statuses = vals;
    }
    if ((rc = template_field(c, o, "", "message", true, NULL, ph, &q->message)))
        return rc;
    if (q->check != RV_SOME_TRUE && json_object_object_get_ex(o, "note", NULL))
        return bad(c, "note", "only a \"some_true\" rule has a \"note\" (at each return)");
    return template_field(c, o, "", "note", false, "'{func}' returns {value} here", note_ph, &q->note);
}

/* A list of NDIS_STATUS names ("statuses": [...]), non-empty, no value twice. */
static int statuses_field(struct dctx *c, struct json_object *o, const char *key, int *n_out, const char ***names_out,
                          const long long **vals_out)
{
    struct json_object *st;
    int rc = field(c, o, "", key, true, json_type_array, "an array of NDIS_STATUS names", &st);
    if (rc)
        return rc;
    size_t n = json_object_array_length(st);
    if (n == 0)
        return bad(c, key, "\"%s\" is an empty array", key);
    const char **names = arena_alloc(&c->r->arena, n * sizeof(*names));
    long long *vals = arena_alloc(&c->r->arena, n * sizeof(*vals));
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(st, i);
        const char *p = idx(c, key, i);
        if (!json_object_is_type(e, json_type_string))
            return bad(c, p, "\"%s\" must be an NDIS_STATUS name (a string), found %s", p, type_name(e));
        names[i] = arena_strdup(&c->r->arena, json_object_get_string(e));
        if (!rule_status_value(c->r, names[i], &vals[i]))
            return bad(c, p, "unknown NDIS_STATUS '%s' in \"%s\" (not in ndis-status.tsv)", names[i], p);
        for (size_t k = 0; k < i; k++)
            if (vals[k] == vals[i])
                return bad(c, p, "'%s' is listed twice in \"%s\"", names[i], key);
    }
    *n_out = (int)n;
    *names_out = names;
    *vals_out = vals;
    return 0;
}

/* kind "oid_coverage": "roles", "request_param", "oids" (the table), "forbid" (statuses),
 * "complete" {"ddi", "status_arg"}, "driver" ("any" or "handles_listed_oid"), "message". */
static const char *const oid_coverage_fields[] = {"roles",    "request_param", "oids",    "forbid",
                                                  "complete", "driver",        "message", NULL};
static int load_oid_coverage(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const ph[] = {"func", "status", "request", "oid", NULL};
    static const char *const complete_keys[] = {"ddi", "status_arg", NULL};
    struct rule_oid_coverage *q = &d->u.oid;
    int rc = roles_field(c, o, "roles", &q->roles);
    if (rc)
        return rc;
    if (q->roles.n == 0)
        return bad(c, "", "missing \"roles\" (an array of callback roles)");
    if ((rc = index_field(c, o, "", "request_param", &q->param)))
        return rc;
    if ((rc = table_field(c, o, "", "oids", "mandatory-oids.tsv")))
        return rc;
    q->table = "mandatory-oids.tsv";
    if ((rc = statuses_field(c, o, "forbid", &q->nforbid, &q->forbid_names, &q->forbid)))
        return rc;
    struct json_object *cm;
    if ((rc = field(c, o, "", "complete", true, json_type_object, "an object {\"ddi\", \"status_arg\"}", &cm)))
        return rc;
    if ((rc = only_keys(c, cm, "complete", complete_keys)) ||
        (rc = names_field(c, cm, "complete", "ddi", true, &q->complete)) ||
        (rc = index_field(c, cm, "complete", "status_arg", &q->status_arg)))
        return rc;
    const char *drv;
    if ((rc = str_field(c, o, "", "driver", true, &drv)))
        return rc;
    if (strcmp(drv, "handles_listed_oid") == 0)
        q->if_listed = true;
    else if (strcmp(drv, "any") != 0)
        return bad(c, "driver",
                   "\"driver\" is '%s'; an oid_coverage rule applies to \"any\" driver or to one that "
                   "\"handles_listed_oid\"",
                   drv);
    return template_field(c, o, "", "message", true, NULL, ph, &q->message);
}

/* kind "obligation": "roles", "trigger" {"ddi", "out_arg"}, "discharge" (DDIs), "message" (at the
 * return), "note" (at the allocation). */
static const char *const obligation_fields[] = {"roles", "trigger", "discharge", "message", "note", NULL};
static int load_obligation(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const ph[] = {"func", "ddi", "out", "discharge", NULL};
    static const char *const note_ph[] = {"ddi", "out", NULL};
    static const char *const trigger_keys[] = {"ddi", "out_arg", NULL};
    struct rule_obligation *q = &d->u.ob;
    int rc = roles_field(c, o, "roles", &q->roles);
    if (rc)
        return rc;
    if (q->roles.n == 0)
        return bad(c, "", "missing \"roles\" (an array of callback roles)");
    struct json_object *tr;
    if ((rc = field(c, o, "", "trigger", true, json_type_object, "an object {\"ddi\", \"out_arg\"}", &tr)))
        return rc;
    if ((rc = only_keys(c, tr, "trigger", trigger_keys)) ||
        (rc = names_field(c, tr, "trigger", "ddi", true, &q->ddis)) ||
        (rc = index_field(c, tr, "trigger", "out_arg", &q->out_arg)))
        return rc;
    if ((rc = names_field(c, o, "", "discharge", true, &q->discharge)))
        return rc;
    if ((rc = template_field(c, o, "", "message", true, NULL, ph, &q->message)))
        return rc;
    return template_field(c, o, "", "note", false, "'{out}' is allocated by {ddi} here", note_ph, &q->note);
}

/* kind "irql_annotation": no fields of its own; the IRQL analysis (irql.c) reports for one such
 * rule, so a second definition of the kind is refused. */
static const char *const lock_fields[] = {"object", "acquire", "release", "check", "reports_on", "messages", NULL};

/* "acquire" / "release": [{"ddi": names, "arg": N}, ...] (non-empty). */
static int lock_ops_field(struct dctx *c, struct json_object *o, const char *key, const struct rule_lock_op **out,
                          int *nout)
{
    static const char *const keys[] = {"ddi", "arg", NULL};
    struct json_object *arr;
    int rc = field(c, o, "", key, true, json_type_array, "an array of {\"ddi\", \"arg\"}", &arr);
    if (rc)
        return rc;
    size_t n = json_object_array_length(arr);
    if (n == 0)
        return bad(c, key, "\"%s\" is an empty array", key);
    struct rule_lock_op *ops = arena_alloc(&c->r->arena, n * sizeof(*ops));
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(arr, i);
        const char *p = idx(c, key, i);
        if (!json_object_is_type(e, json_type_object))
            return bad(c, p, "\"%s\" must be an object, found %s", p, type_name(e));
        if ((rc = only_keys(c, e, p, keys)) || (rc = names_field(c, e, p, "ddi", true, &ops[i].ddis)) ||
            (rc = index_field(c, e, p, "arg", &ops[i].arg)))
            return rc;
    }
    *out = ops;
    *nout = (int)n;
    return 0;
}

static bool lock_names_has(const struct rule_lock_op *ops, int n, const char *ddi)
{
    for (int i = 0; i < n; i++)
        if (rule_names_has(&ops[i].ddis, ddi))
            return true;
    return false;
}

static int load_lock(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const msg_keys[] = {"held_at_exit",  "acquired_twice", "not_held", "released_twice",
                                           "more_acquires", "more_releases",  NULL};
    static const char *const ph[] = {"func", "lock", "ddi", "object", NULL};
    static const char *const exit_ph[] = {"func", "lock", "object", NULL};
    struct rule_lock *q = &d->u.lock;
    int rc;
    if ((rc = str_field(c, o, "", "object", true, &q->object)) ||
        (rc = lock_ops_field(c, o, "acquire", &q->acquire, &q->nacquire)) ||
        (rc = lock_ops_field(c, o, "release", &q->release, &q->nrelease)))
        return rc;
    struct json_object *ck;
    if ((rc = field(c, o, "", "check", true, json_type_array, "an array of \"held\", \"release\", \"balanced\"", &ck)))
        return rc;
    size_t n = json_object_array_length(ck);
    if (n == 0)
        return bad(c, "check", "\"check\" is an empty array: the rule could never report");
    for (size_t i = 0; i < n; i++) {
        struct json_object *v = json_object_array_get_idx(ck, i);
        const char *s = json_object_is_type(v, json_type_string) ? json_object_get_string(v) : "";
        unsigned bit = strcmp(s, "held") == 0       ? LOCK_HELD
                       : strcmp(s, "release") == 0  ? LOCK_RELEASE
                       : strcmp(s, "balanced") == 0 ? LOCK_BALANCED
                                                    : 0;
        if (!bit)
            return bad(c, idx(c, "check", i), "unknown lock check in \"%s\" (held, release or balanced)",
                       idx(c, "check", i));
        if (q->checks & bit)
            return bad(c, idx(c, "check", i), "'%s' is listed twice in \"check\"", s);
        q->checks |= bit;
    }
    struct json_object *ro;
    if (json_object_object_get_ex(o, "reports_on", &ro)) {
        if ((rc = names_field(c, o, "", "reports_on", false, &q->reports_on)))
            return rc;
        for (int i = 0; i < q->reports_on.n; i++)
            if (!lock_names_has(q->acquire, q->nacquire, q->reports_on.name[i]) &&
                !lock_names_has(q->release, q->nrelease, q->reports_on.name[i]))
                return bad(c, idx(c, "reports_on", (size_t)i),
                           "'%s' in \"reports_on\" is neither an acquire nor a release DDI of the rule",
                           q->reports_on.name[i]);
    }
    struct json_object *m;
    if ((rc = field(c, o, "", "messages", false, json_type_object, "an object of message templates", &m)))
        return rc;
    struct json_object *none = json_object_new_object(), *mm = m ? m : none;
    rc = only_keys(c, mm, "messages", msg_keys);
    if (!rc)
        rc = template_field(c, mm, "messages", "held_at_exit", false,
                            "'{func}' returns with the {object} '{lock}' held", exit_ph, &q->msg_held_at_exit);
    if (!rc)
        rc = template_field(c, mm, "messages", "acquired_twice", false,
                            "'{ddi}' acquires the {object} '{lock}' while this path already holds it", ph,
                            &q->msg_acquired_twice);
    if (!rc)
        rc = template_field(c, mm, "messages", "not_held", false,
                            "'{ddi}' releases the {object} '{lock}', which '{func}' has not acquired on this path", ph,
                            &q->msg_not_held);
    if (!rc)
        rc = template_field(c, mm, "messages", "released_twice", false,
                            "'{ddi}' releases the {object} '{lock}' a second time on this path", ph,
                            &q->msg_released_twice);
    if (!rc)
        rc = template_field(c, mm, "messages", "more_acquires", false,
                            "'{func}' returns having acquired the {object} '{lock}' more often than it released it",
                            exit_ph, &q->msg_more_acquires);
    if (!rc)
        rc = template_field(c, mm, "messages", "more_releases", false,
                            "'{ddi}' releases the {object} '{lock}' more often than '{func}' acquired it", ph,
                            &q->msg_more_releases);
    json_object_put(none);
    return rc;
}

static const char *const irql_annotation_fields[] = {NULL};

/* kind "lifecycle": "object", "register" {"ddi", "out"}, "deregister" {"ddi"}, "check" (an array
 * of "failure_exit", "halt") and optional "messages". */
static const char *const lifecycle_fields[] = {"object", "register", "deregister", "check", "messages", NULL};

static int load_lifecycle(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    static const char *const reg_keys[] = {"ddi", "out", "period", NULL};
    static const char *const dereg_keys[] = {"ddi", NULL};
    static const char *const msg_keys[] = {"failure_exit", "failure_cleanup", "halt",  "registered",
                                           "halt_exit",    "cancel_irql",     "armed", NULL};
    static const char *const ph[] = {"init", "halt", "object", "reg", "dereg", "status", "cleanup", NULL};
    static const char *const timer_ph[] = {"timer", "irql", "period", "reg", "dereg", "object", NULL};
    struct rule_lifecycle *q = &d->u.lc;
    struct json_object *reg, *dereg, *ck, *m;
    int rc;
    if ((rc = str_field(c, o, "", "object", true, &q->object)) ||
        (rc = field(c, o, "", "register", true, json_type_object, "an object {\"ddi\", \"out\"}", &reg)) ||
        (rc = only_keys(c, reg, "register", reg_keys)) || (rc = names_field(c, reg, "register", "ddi", true, &q->reg)))
        return rc;
    q->reg_out = -1;
    if (json_object_object_get_ex(reg, "out", NULL) && (rc = index_field(c, reg, "register", "out", &q->reg_out)))
        return rc;
    q->reg_period = -1;
    if (json_object_object_get_ex(reg, "period", NULL) &&
        (rc = index_field(c, reg, "register", "period", &q->reg_period)))
        return rc;
    if ((rc = field(c, o, "", "deregister", true, json_type_object, "an object {\"ddi\"}", &dereg)) ||
        (rc = only_keys(c, dereg, "deregister", dereg_keys)) ||
        (rc = names_field(c, dereg, "deregister", "ddi", true, &q->dereg)))
        return rc;
    if ((rc = field(c, o, "", "check", true, json_type_array, "an array of \"failure_exit\", \"halt\"", &ck)))
        return rc;
    size_t n = json_object_array_length(ck);
    if (n == 0)
        return bad(c, "check", "\"check\" is an empty array: the rule could never report");
    for (size_t i = 0; i < n; i++) {
        struct json_object *v = json_object_array_get_idx(ck, i);
        const char *s = json_object_is_type(v, json_type_string) ? json_object_get_string(v) : "";
        unsigned bit = strcmp(s, "failure_exit") == 0     ? LC_FAILURE_EXIT
                       : strcmp(s, "halt") == 0           ? LC_HALT
                       : strcmp(s, "cancel_passive") == 0 ? LC_CANCEL_PASSIVE
                                                          : 0;
        if (!bit)
            return bad(c, idx(c, "check", i),
                       "unknown lifecycle check in \"%s\" (failure_exit, halt or cancel_passive)", idx(c, "check", i));
        if (q->checks & bit)
            return bad(c, idx(c, "check", i), "'%s' is listed twice in \"check\"", s);
        q->checks |= bit;
    }
    if ((rc = field(c, o, "", "messages", false, json_type_object, "an object of message templates", &m)))
        return rc;
    struct json_object *none = json_object_new_object(), *mm = m ? m : none;
    rc = only_keys(c, mm, "messages", msg_keys);
    if (!rc)
        rc = template_field(c, mm, "messages", "failure_exit", false,
                            "'{init}' returns {status} here without deregistering the {object} it registered", ph,
                            &q->msg_failure_exit);
    if (!rc)
        rc = template_field(c, mm, "messages", "failure_cleanup", false,
                            "'{cleanup}' is called here on a failure path of '{init}' and does not deregister the "
                            "{object} registered on that path",
                            ph, &q->msg_failure_cleanup);
    if (!rc)
        rc = template_field(c, mm, "messages", "halt", false,
                            "'{init}' returns here with the {object} registered, and '{halt}' returns without "
                            "deregistering it",
                            ph, &q->msg_halt);
    if (!rc)
        rc = template_field(c, mm, "messages", "registered", false, "{object} registered here by '{reg}' in '{init}'",
                            ph, &q->note_reg);
    if (!rc)
        rc = template_field(c, mm, "messages", "halt_exit", false,
                            "'{halt}' returns here without deregistering it by '{dereg}'", ph, &q->note_halt);
    if (!rc && (q->checks & LC_CANCEL_PASSIVE) && q->reg_period < 0)
        rc = bad(c, "register",
                 "a rule with the cancel_passive check needs \"period\" in \"register\" (the argument "
                 "that makes the timer periodic)");
    if (!rc)
        rc = template_field(c, mm, "messages", "cancel_irql", false,
                            "'{dereg}' cancels the periodic {object} '{timer}' at {irql}; a periodic {object} is "
                            "cancelled at PASSIVE_LEVEL",
                            timer_ph, &q->msg_cancel_irql);
    if (!rc)
        rc = template_field(c, mm, "messages", "armed", false,
                            "'{timer}' armed with a period of {period} ms here by '{reg}'", timer_ph, &q->note_armed);
    json_object_put(none);
    return rc;
}
static int load_irql_annotation(struct dctx *c, struct json_object *o, struct rule_def *d)
{
    (void)o;
    (void)d;
    for (size_t i = 0; i < c->r->defs.len; i++) {
        const struct rule_def *other = vec_at(&c->r->defs, i);
        if (other->k == RULE_IRQL_ANNOTATION)
            return bad(c, "kind", "a second irql_annotation rule (the first is %s in %s)", other->id, other->file);
    }
    return 0;
}

/* The fields every definition has. */
static const char *const common_fields[] = {"$schema",  "$comment", "id",  "kind",    "summary",
                                            "severity", "source",   "doc", "prefast", NULL};

/* Per kind (checks.def): the reader of its own fields and their names. */
static const struct {
    int (*load)(struct dctx *c, struct json_object *o, struct rule_def *d);
    const char *const *fields;
} kinds[RULE_KIND_COUNT] = {
#define CHECK(e, name, ident) [e] = {load_##ident, ident##_fields},
#include "checks.def"
#undef CHECK
};

/* "irql, typestate, ... or driver_role": the kinds of checks.def, for messages. */
static const char *kind_list(struct arena *a)
{
    const char *list = "";
    for (int k = 0; k < RULE_KIND_COUNT; k++)
        list = arena_printf(a, "%s%s%s", list, k == 0 ? "" : k + 1 < RULE_KIND_COUNT ? ", " : " or ", kind_names[k]);
    return list;
}

/* "prefast": the PREfast for Drivers (/analyze) warning numbers the rule corresponds to, so that
 * `#pragma warning(suppress: N)` silences it (suppress.h). Each must be an integer that the rule's
 * documentation page (`page`) names as "CN", so that only numbers the page explains map to it. */
static int prefast_field(struct dctx *c, struct json_object *o, const char *page, struct rule_def *d)
{
    struct json_object *v;
    int rc = field(c, o, "", "prefast", false, json_type_array, "an array of PREfast warning numbers", &v);
    if (rc || !v)
        return rc;
    size_t n = json_object_array_length(v);
    if (n == 0)
        return bad(c, "prefast", "\"prefast\" is empty; leave it out when no PREfast warning corresponds to the rule");
    char *text = read_file(page, NULL);
    int *nums = arena_alloc(&c->r->arena, n * sizeof(int));
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *e = json_object_array_get_idx(v, i);
        int64_t w = json_object_is_type(e, json_type_int) ? json_object_get_int64(e) : -1;
        char word[32];
        snprintf(word, sizeof(word), "C%lld", (long long)w);
        if (w < 1000 || w > 99999)
            rc = bad(c, idx(c, "prefast", i), "\"%s\" must be a PREfast warning number (an integer such as 28121)",
                     idx(c, "prefast", i));
        else if (!text || !strstr(text, word))
            rc = bad(c, idx(c, "prefast", i), "\"%s\" is %s, which the rule's page %s does not name as %s",
                     idx(c, "prefast", i), word + 1, d->doc, word);
        nums[i] = (int)w;
    }
    free(text);
    d->prefast = nums;
    d->nprefast = rc ? 0 : (int)n;
    return rc;
}

/* Parses and validates one definition file (the text of `file`); appends it to r->defs. */
static int load_def(struct rules *r, const char *file, const char *text, size_t len, char **err)
{
    struct dctx c = {r, file, text, len, err, NULL};
    struct json_object *o = json_parse_text(file, text, len, "invalid rule definition", err);
    if (!o)
        return 2;
    struct rule_def d;
    memset(&d, 0, sizeof(d));
    d.file = file;
    d.enabled = true;
    int rc = 0;
    const char *kind = NULL, *sev = NULL;
    if (!json_object_is_type(o, json_type_object)) {
        rc = bad(&c, "", "a rule definition is a JSON object, found %s", type_name(o));
        goto done;
    }
    if ((rc = str_field(&c, o, "", "id", true, &d.id)))
        goto done;
    if (!is_identifier(d.id)) {
        rc = bad(&c, "id", "rule id '%s' is not an identifier (letters, digits and '_')", d.id);
        goto done;
    }
    struct rule_def *dup = rule_find(r, d.id);
    if (dup) {
        rc = bad(&c, "id", "duplicate rule id '%s' (also defined in %s)", d.id, dup->file);
        goto done;
    }
    c.id = d.id;
    if ((rc = str_field(&c, o, "", "kind", true, &kind)))
        goto done;
    int k = 0;
    while (k < RULE_KIND_COUNT && strcmp(kind_names[k], kind) != 0)
        k++;
    if (k == RULE_KIND_COUNT) {
        rc = bad(&c, "kind", "unknown kind '%s' (%s)", kind, kind_list(&r->arena));
        goto done;
    }
    d.k = (enum rule_kind)k;
    d.kind = kind_names[k];
    if ((rc = str_field(&c, o, "", "severity", true, &sev)))
        goto done;
    if (!rule_parse_severity(sev, &d.severity)) {
        rc = bad(&c, "severity", "unknown severity '%s' (note, warning or error)", sev);
        goto done;
    }
    if ((rc = str_field(&c, o, "", "summary", true, &d.summary)) ||
        (rc = str_field(&c, o, "", "source", true, &d.source)))
        goto done;
    if (strncmp(d.source, "https://", 8) != 0 && strncmp(d.source, "http://", 7) != 0) {
        rc = bad(&c, "source", "\"source\" is '%s'; it is the URL of the documentation the rule follows", d.source);
        goto done;
    }
    if ((rc = str_field(&c, o, "", "doc", true, &d.doc)))
        goto done;
    const char *want_doc = arena_printf(&r->arena, "docs/%s.md", d.id);
    if (strcmp(d.doc, want_doc) != 0) {
        rc = bad(&c, "doc", "\"doc\" is '%s'; the page of rule %s is '%s'", d.doc, d.id, want_doc);
        goto done;
    }
    char page[4096];
    struct stat st;
    snprintf(page, sizeof(page), "%s/%s", r->dir, d.doc);
    if (stat(page, &st) != 0 || !S_ISREG(st.st_mode)) {
        rc = bad(&c, "doc", "missing doc page '%s' (%s: %s)", d.doc, page,
                 stat(page, &st) != 0 ? strerror(errno) : "not a regular file");
        goto done;
    }
    if ((rc = prefast_field(&c, o, page, &d)))
        goto done;
    size_t nc = 0, nk = 0;
    while (common_fields[nc])
        nc++;
    while (kinds[d.k].fields[nk])
        nk++;
    const char **allowed = arena_alloc(&r->arena, (nc + nk + 1) * sizeof(*allowed));
    memcpy(allowed, common_fields, nc * sizeof(*allowed));
    memcpy(allowed + nc, kinds[d.k].fields, nk * sizeof(*allowed));
    if ((rc = only_keys(&c, o, "", allowed)))
        goto done;
    rc = kinds[d.k].load(&c, o, &d);
    if (rc == 0)
        *(struct rule_def *)vec_push(&r->defs) = d;
done:
    json_object_put(o);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_defs(const void *a, const void *b)
{
    return strcmp(((const struct rule_def *)a)->id, ((const struct rule_def *)b)->id);
}

static int load_defs(struct rules *r, char **err)
{
    char dir[4096];
    if (snprintf(dir, sizeof(dir), "%s/defs", r->dir) >= (int)sizeof(dir))
        return fail(err, r->dir, 0, "rule directory path too long");
    DIR *d = opendir(dir);
    if (!d)
        return fail(err, dir, 0, "cannot read rule definitions: %s", strerror(errno));
    struct vec names;
    vec_init(&names, sizeof(char *));
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l > 5 && strcmp(de->d_name + l - 5, ".json") == 0)
            *(char **)vec_push(&names) = arena_strdup(&r->arena, de->d_name);
    }
    closedir(d);
    /* file-name order: the same first error on every file system */
    if (names.len)
        qsort(names.data, names.len, names.item, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < names.len && rc == 0; i++) {
        const char *file = arena_printf(&r->arena, "%s/%s", dir, *(char **)vec_at(&names, i));
        size_t len = 0;
        char *text = read_file(file, &len);
        if (!text) {
            rc = fail(err, file, 0, "cannot read rule definition: %s", strerror(errno));
            break;
        }
        rc = load_def(r, file, text, len, err);
        free(text);
    }
    vec_free(&names);
    if (rc == 0 && r->defs.len)
        qsort(r->defs.data, r->defs.len, r->defs.item, cmp_defs);
    for (size_t i = 0; rc == 0 && i < r->defs.len; i++) {
        struct rule_def *def = vec_at(&r->defs, i);
        *(struct rule_def **)vec_push(&r->of_kind[def->k]) = def;
    }
    return rc;
}

/* ---- the database ----------------------------------------------------------------------- */

int rule_load(struct rules *r, const char *dir, char **err)
{
    memset(r, 0, sizeof(*r));
    vec_init(&r->defs, sizeof(struct rule_def));
    for (int k = 0; k < RULE_KIND_COUNT; k++)
        vec_init(&r->of_kind[k], sizeof(struct rule_def *));
    vec_init(&r->cbargs, sizeof(struct callback_arg));
    vec_init(&r->dflags, sizeof(struct dispatch_flag));
    vec_init(&r->statuses, sizeof(struct status_name));
    vec_init(&r->requests, sizeof(struct sap_request));
    vec_init(&r->oids, sizeof(struct oid_fact));
    vec_init(&r->lifecycle, sizeof(struct lifecycle_row));
    strmap_init(&r->ddi);
    strmap_init(&r->roles);
    strmap_init(&r->fields);
    strmap_init(&r->effects);
    strmap_init(&r->spelled);
    r->dir = arena_strdup(&r->arena, dir);
    *err = NULL;
    /* the tables the definitions refer to first, then the definitions, then the tables that refer
       to definitions or roles */
    int rc = read_tsv(r, "role-irql.tsv", 3, row_role, err);
    if (!rc)
        rc = read_tsv(r, "ndis-status.tsv", 2, row_status, err);
    if (!rc)
        rc = load_defs(r, err);
    if (!rc)
        rc = read_tsv(r, "ddi-irql.tsv", 4, row_ddi, err);
    if (!rc)
        rc = read_tsv(r, "role-fields.tsv", 3, row_field, err);
    if (!rc)
        rc = read_tsv(r, "callback-args.tsv", 3, row_cbarg, err);
    if (!rc)
        rc = read_tsv(r, "irql-effects.tsv", 4, row_effect, err);
    if (!rc)
        rc = read_tsv(r, "dispatch-flags.tsv", 3, row_dflag, err);
    if (!rc)
        rc = read_tsv(r, "sap-requests.tsv", 3, row_request, err);
    if (!rc && rule_count(r, RULE_OID_COVERAGE) > 0)
        rc = read_tsv(r, "mandatory-oids.tsv", 4, row_oid, err);
    if (!rc)
        rc = read_tsv(r, "lifecycle.tsv", 4, row_lifecycle, err);
    if (!rc)
        rc = read_tsv(r, "oid-requests.tsv", 4, row_oid_request, err);
    return rc;
}

void rule_free(struct rules *r)
{
    vec_free(&r->defs);
    for (int k = 0; k < RULE_KIND_COUNT; k++)
        vec_free(&r->of_kind[k]);
    vec_free(&r->cbargs);
    vec_free(&r->dflags);
    vec_free(&r->statuses);
    vec_free(&r->requests);
    vec_free(&r->oids);
    vec_free(&r->lifecycle);
    strmap_free(&r->ddi);
    strmap_free(&r->roles);
    strmap_free(&r->fields);
    strmap_free(&r->effects);
    strmap_free(&r->spelled);
    arena_free(&r->arena);
}

struct rule_def *rule_find(const struct rules *r, const char *id)
{
    for (size_t i = 0; i < r->defs.len; i++) {
        struct rule_def *d = vec_at(&r->defs, i);
        if (strcmp(d->id, id) == 0)
            return d;
    }
    return NULL;
}

size_t rule_count(const struct rules *r, enum rule_kind k)
{
    return (unsigned)k < RULE_KIND_COUNT ? r->of_kind[k].len : 0;
}

struct rule_def *rule_nth(const struct rules *r, enum rule_kind k, size_t i)
{
    return i < rule_count(r, k) ? *(struct rule_def **)vec_at(&r->of_kind[k], i) : NULL;
}

const struct sap_request *rule_request_of_role(const struct rules *r, const char *role)
{
    for (size_t i = 0; i < r->requests.len; i++) {
        const struct sap_request *q = vec_at(&r->requests, i);
        if (strcmp(q->role, role) == 0)
            return q;
    }
    return NULL;
}

const char *rule_fill(struct arena *a, const char *tmpl, ...)
{
    char *out = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&out, &len);
    if (!m)
        abort();
    for (const char *p = tmpl ? tmpl : ""; *p;) {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        const char *val = NULL;
        bool found = false;
        va_list ap;
        va_start(ap, tmpl);
        for (const char *k; close && !found && (k = va_arg(ap, const char *)) != NULL;) {
            val = va_arg(ap, const char *);
            found = strlen(k) == (size_t)(close - p - 1) && strncmp(p + 1, k, (size_t)(close - p - 1)) == 0;
        }
        va_end(ap);
        if (found) {
            fputs(val ? val : "?", m);
            p = close + 1;
        } else
            fputc(*p++, m);
    }
    if (fclose(m) != 0 || !out)
        abort();
    const char *r = arena_strdup(a, out);
    free(out);
    return r;
}

bool rule_names_has(const struct rule_names *names, const char *name)
{
    for (int i = 0; name && i < names->n; i++)
        if (strcmp(names->name[i], name) == 0)
            return true;
    return false;
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

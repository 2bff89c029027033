/* suppress.c — suppression comments, pragmas and files (see suppress.h). */
#include "suppress.h"

#include "fileio.h"

#include <ctype.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARK_DDICHECK "ddicheck-suppress"
#define MARK_NOLINT "NOLINT"

enum dir_kind { D_DDICHECK, D_NOLINT, D_NEXTLINE, D_BEGIN, D_PRAGMA, D_FILE };

/* One suppression: which rules, where. */
struct supp_dir {
    enum dir_kind kind;
    struct ir_loc loc;    /* where it is written (the suppression file's line for D_FILE) */
    const char *spelling; /* how the user wrote it, for messages */
    const char *file;     /* the source it applies to (D_FILE: a glob) */
    unsigned first, last; /* lines it covers; D_FILE: 0 = every line */
    struct vec pats;      /* const char *: rule ids or globs; empty = every rule */
    const char *list;     /* the NOLINTBEGIN/END list as written, to match the two */
    const char *reason;   /* "" when none */
    bool active;          /* indexed (a NOLINTBEGIN only once its NOLINTEND is seen) */
    size_t used;          /* findings it silenced */
};

void supp_init(struct supp_set *s)
{
    memset(s, 0, sizeof(*s));
    vec_init(&s->dirs, sizeof(struct supp_dir));
    strmap_init(&s->by_file);
    vec_init(&s->file_vecs, sizeof(struct vec *));
    strmap_init(&s->seen);
    vec_init(&s->problems, sizeof(struct supp_problem));
}

void supp_free_set(struct supp_set *s)
{
    for (size_t i = 0; i < s->dirs.len; i++)
        vec_free(&((struct supp_dir *)vec_at(&s->dirs, i))->pats);
    vec_free(&s->dirs);
    for (size_t i = 0; i < s->file_vecs.len; i++) {
        struct vec *v = *(struct vec **)vec_at(&s->file_vecs, i);
        vec_free(v);
        free(v);
    }
    vec_free(&s->file_vecs);
    strmap_free(&s->by_file);
    strmap_free(&s->seen);
    vec_free(&s->problems);
    arena_free(&s->arena);
}

static void problem(struct supp_set *s, struct ir_loc loc, const char *fmt, const char *arg)
{
    struct supp_problem *p = vec_push(&s->problems);
    p->loc = loc;
    p->message = arena_printf(&s->arena, fmt, arg);
}

/* True when some rule id matches `pat`. */
static bool names_a_rule(const struct rules *rules, const char *pat)
{
    for (size_t r = 0; rules && r < rules->defs.len; r++)
        if (fnmatch(pat, ((const struct rule_def *)vec_at(&rules->defs, r))->id, 0) == 0)
            return true;
    return false;
}

/* Splits the comma- (and space-) separated ids of [p, e) into d->pats. */
static void add_ids(struct supp_set *s, struct supp_dir *d, const char *p, const char *e)
{
    while (p < e) {
        while (p < e && (isspace((unsigned char)*p) || *p == ','))
            p++;
        const char *q = p;
        while (q < e && !isspace((unsigned char)*q) && *q != ',')
            q++;
        if (q > p)
            *(const char **)vec_push(&d->pats) = arena_strndup(&s->arena, p, (size_t)(q - p));
        p = q;
    }
}

/* The text of [p, e) trimmed of white space, comment closers and leading ':' or '-'. */
static const char *reason_of(struct supp_set *s, const char *p, const char *e)
{
    while (p < e && (isspace((unsigned char)*p) || *p == ':' || *p == '-'))
        p++;
    while (e > p && (isspace((unsigned char)e[-1]) || e[-1] == '/' || e[-1] == '*'))
        e--;
    return arena_strndup(&s->arena, p, (size_t)(e - p));
}

static struct supp_dir *new_dir(struct supp_set *s, enum dir_kind k, struct ir_loc loc, const char *file)
{
    struct supp_dir *d = vec_push(&s->dirs);
    d->kind = k;
    d->loc = loc;
    d->file = file;
    d->reason = "";
    vec_init(&d->pats, sizeof(char *));
    return d;
}

/* Files this set has directives for -> indices into s->dirs. */
static void index_dir(struct supp_set *s, size_t i)
{
    struct supp_dir *d = vec_at(&s->dirs, i);
    d->active = true;
    struct vec *v = strmap_get(&s->by_file, d->file);
    if (!v) {
        v = malloc(sizeof(*v));
        if (!v)
            abort();
        vec_init(v, sizeof(size_t));
        *(struct vec **)vec_push(&s->file_vecs) = v;
        strmap_put(&s->by_file, d->file, v);
    }
    *(size_t *)vec_push(v) = i;
}

/* Reads the directives of one comment `c` (text of `len` bytes). `open` holds the indices of the
 * NOLINTBEGINs of this file not yet closed. */
static void parse_comment(struct supp_set *s, const struct ir_comment *c, struct vec *open)
{
    const char *t = c->text, *end = c->text + strlen(c->text);
    for (const char *p = t; p < end; p++) {
        bool ddc = (size_t)(end - p) >= strlen(MARK_DDICHECK) && memcmp(p, MARK_DDICHECK, strlen(MARK_DDICHECK)) == 0;
        bool nol = (size_t)(end - p) >= strlen(MARK_NOLINT) && memcmp(p, MARK_NOLINT, strlen(MARK_NOLINT)) == 0;
        if (!ddc && !nol)
            continue;
        struct ir_loc loc = c->loc;
        bool first_line = true; /* the marker is on the comment's first line */
        for (const char *q = t; q < p; q++)
            if (*q == '\n') {
                loc.line++;
                first_line = false;
            }
        if (ddc) {
            const char *q = p + strlen(MARK_DDICHECK);
            if (q < end && !isspace((unsigned char)*q))
                continue; /* "ddicheck-suppressions" etc. */
            const char *colon = q;
            while (colon < end && *colon != ':' && *colon != '\n' &&
                   !(colon + 1 < end && colon[0] == '*' && colon[1] == '/'))
                colon++;
            struct supp_dir *d = new_dir(s, D_DDICHECK, loc, c->loc.file);
            add_ids(s, d, q, colon);
            const char *ids = q, *ide = colon;
            while (ids < ide && isspace((unsigned char)*ids))
                ids++;
            while (ide > ids && isspace((unsigned char)ide[-1]))
                ide--;
            d->spelling = arena_printf(&s->arena, MARK_DDICHECK " %.*s", (int)(ide - ids), ids);
            d->first = loc.line;
            d->last = loc.line + (c->alone || !first_line ? 1 : 0);
            if (colon < end && *colon == ':')
                d->reason = reason_of(s, colon + 1, end);
            if (!d->pats.len)
                problem(s, loc, "'%s' names no rule; write ddicheck-suppress RuleId: reason", MARK_DDICHECK);
            index_dir(s, s->dirs.len - 1);
            p = colon - 1;
            continue;
        }
        /* NOLINT, NOLINTNEXTLINE, NOLINTBEGIN, NOLINTEND, as clang-tidy reads them */
        const char *q = p + strlen(MARK_NOLINT);
        enum dir_kind k = D_NOLINT;
        bool is_end = false;
        if (strncmp(q, "NEXTLINE", 8) == 0) {
            k = D_NEXTLINE;
            q += 8;
        } else if (strncmp(q, "BEGIN", 5) == 0) {
            k = D_BEGIN;
            q += 5;
        } else if (strncmp(q, "END", 3) == 0) {
            is_end = true;
            q += 3;
        }
        if (q < end && (isalnum((unsigned char)*q) || *q == '_'))
            continue; /* another word */
        const char *list = "", *after = q;
        if (q < end && *q == '(') {
            const char *close = memchr(q, ')', (size_t)(end - q));
            if (!close) {
                problem(s, loc, "'%s(' has no closing parenthesis; it suppresses nothing", MARK_NOLINT);
                continue;
            }
            list = arena_strndup(&s->arena, q + 1, (size_t)(close - q - 1));
            after = close + 1;
        }
        const char *word = k == D_NEXTLINE ? "NOLINTNEXTLINE"
                           : k == D_BEGIN  ? "NOLINTBEGIN"
                           : is_end        ? "NOLINTEND"
                                           : "NOLINT";
        const char *spelling = *list || (q < end && *q == '(') ? arena_printf(&s->arena, "%s(%s)", word, list) : word;
        if (is_end) {
            size_t k2 = open->len;
            while (k2 > 0 && strcmp(((struct supp_dir *)vec_at(&s->dirs, *(size_t *)vec_at(open, k2 - 1)))->list, list))
                k2--;
            if (k2 == 0) {
                problem(s, loc, "'%s' has no NOLINTBEGIN with the same list before it", spelling);
            } else {
                struct supp_dir *b = vec_at(&s->dirs, *(size_t *)vec_at(open, k2 - 1));
                b->last = loc.line;
                memmove(vec_at(open, k2 - 1), vec_at(open, k2), (open->len - k2) * sizeof(size_t));
                open->len--;
                index_dir(s, (size_t)(b - (struct supp_dir *)s->dirs.data));
            }
            p = after - 1;
            continue;
        }
        struct supp_dir *d = new_dir(s, k, loc, c->loc.file);
        add_ids(s, d, list, list + strlen(list));
        d->list = list;
        d->spelling = spelling;
        const char *eol = memchr(after, '\n', (size_t)(end - after));
        d->reason = reason_of(s, after, eol ? eol : end);
        d->first = d->last = k == D_NEXTLINE ? loc.line + 1 : loc.line;
        if (k == D_BEGIN)
            *(size_t *)vec_push(open) = s->dirs.len - 1; /* indexed once its END is seen */
        else
            index_dir(s, s->dirs.len - 1);
        p = after - 1;
    }
}

/* Reads `#pragma warning(suppress: N ...)` or `#pragma prefast(suppress: N, "why")` (tokens as
 * written, from '#' to the line end): the next line, for the rules that list N. */
static void parse_pragma(struct supp_set *s, const struct ir_comment *c, const struct rules *rules)
{
    const char *t = c->text;
    const char *p = strstr(t, "pragma");
    if (!p)
        return;
    p += 6;
    while (isspace((unsigned char)*p))
        p++;
    if (strncmp(p, "warning", 7) != 0 && strncmp(p, "prefast", 7) != 0)
        return;
    const char *sp = strstr(p, "suppress");
    if (!sp)
        return;
    sp += 8;
    while (isspace((unsigned char)*sp))
        sp++;
    if (*sp != ':')
        return;
    sp++;
    struct supp_dir *d = NULL;
    char nums[128] = "";
    for (;;) {
        while (*sp == ' ' || *sp == '\t' || *sp == ',')
            sp++;
        if (!isdigit((unsigned char)*sp))
            break;
        long n = strtol(sp, (char **)&sp, 10);
        size_t o = strlen(nums);
        snprintf(nums + o, sizeof(nums) - o, "%s%ld", o ? " " : "", n);
        for (size_t r = 0; rules && r < rules->defs.len; r++) {
            const struct rule_def *rd = vec_at(&rules->defs, r);
            for (int k = 0; k < rd->nprefast; k++) {
                if (rd->prefast[k] != n)
                    continue;
                if (!d)
                    d = new_dir(s, D_PRAGMA, c->loc, c->loc.file);
                *(const char **)vec_push(&d->pats) = rd->id;
            }
        }
    }
    if (!d)
        return; /* no ddicheck rule: another tool's warning */
    const char *q1 = strchr(sp, '"');
    const char *q2 = q1 ? strchr(q1 + 1, '"') : NULL;
    if (q2)
        d->reason = arena_strndup(&s->arena, q1 + 1, (size_t)(q2 - q1 - 1));
    d->spelling = arena_printf(&s->arena, "#pragma %.7s(suppress: %s)", p, nums);
    d->first = d->last = c->loc.line + 1;
    index_dir(s, s->dirs.len - 1);
}

void supp_add_comments(struct supp_set *s, const struct vec *comments, const struct rules *rules)
{
    struct vec open;
    vec_init(&open, sizeof(size_t));
    const char *file = NULL;
    for (size_t i = 0; i <= comments->len; i++) {
        const struct ir_comment *c = i < comments->len ? vec_at(comments, i) : NULL;
        if (!c || !c->loc.file || (file && strcmp(file, c->loc.file) != 0)) {
            for (size_t k = 0; k < open.len; k++) { /* the file ended with these open */
                const struct supp_dir *b = vec_at(&s->dirs, *(size_t *)vec_at(&open, k));
                problem(s, b->loc, "'%s' has no NOLINTEND with the same list after it; it suppresses nothing",
                        b->spelling);
            }
            open.len = 0;
            file = NULL;
        }
        if (!c || !c->loc.file)
            continue;
        file = c->loc.file;
        char *key = arena_printf(&s->arena, "%s:%u", c->loc.file, c->loc.offset);
        if (strmap_get(&s->seen, key))
            continue; /* a header's comment, read again by another translation unit */
        strmap_put(&s->seen, key, key);
        if (c->pragma)
            parse_pragma(s, c, rules);
        else
            parse_comment(s, c, &open);
    }
    vec_free(&open);
}

int supp_load_list(struct supp_set *s, const char *path, const struct rules *rules, char **err)
{
    *err = NULL;
    size_t len;
    char why[256];
    char *text = fio_read_input(path, FIO_CAP_SETTINGS, &len, NULL, why, sizeof(why));
    if (!text) {
        if (asprintf(err, "%s: error: cannot read the suppression file: %s", path, why) < 0)
            *err = NULL;
        return 2;
    }
    const char *file = arena_strdup(&s->arena, path);
    const char *nul = memchr(text, 0, len);
    if (nul) {
        unsigned at = 1;
        for (const char *q = text; q < nul; q++)
            at += *q == '\n';
        if (asprintf(err, "%s:%u: error: a NUL byte (this is not a text file)", path, at) < 0)
            *err = NULL;
        free(text);
        return 2;
    }
    unsigned lineno = 0;
    int rc = 0;
    for (char *line = text, *next; line && rc == 0; line = next) {
        lineno++;
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        char *reason = strstr(line, " #");
        if (reason)
            *reason++ = 0;
        char *e = line + strlen(line);
        while (e > line && isspace((unsigned char)e[-1]))
            *--e = 0;
        while (isspace((unsigned char)*line))
            line++;
        if (!*line || *line == '#')
            continue;
        char *c1 = strchr(line, ':');
        char *c2 = c1 ? strrchr(c1 + 1, ':') : NULL;
        unsigned at = 0;
        if (c2) {
            char *endp;
            long v = strtol(c2 + 1, &endp, 10);
            if (*endp || c2[1] == 0 || v <= 0 || v > (long)UINT_MAX)
                c2 = NULL; /* a ':' inside the path glob */
            else
                at = (unsigned)v;
        }
        if (!c1 || c1 == line || c1[1] == 0 || (c2 && c2 == c1 + 1)) {
            if (asprintf(err, "%s:%u: error: expected RuleId:path-glob[:line], found '%s'", path, lineno, line) < 0)
                *err = NULL;
            rc = 2;
            break;
        }
        *c1 = 0;
        if (c2)
            *c2 = 0;
        if (!names_a_rule(rules, line)) {
            if (asprintf(err, "%s:%u: error: unknown rule '%s' (see --list-rules)", path, lineno, line) < 0)
                *err = NULL;
            rc = 2;
            break;
        }
        struct ir_loc loc = {file, lineno, 1, 0};
        struct supp_dir *d = new_dir(s, D_FILE, loc, arena_strdup(&s->arena, c1 + 1));
        *(const char **)vec_push(&d->pats) = arena_strdup(&s->arena, line);
        d->first = d->last = at;
        d->spelling =
            at ? arena_printf(&s->arena, "%s:%s:%u", line, c1 + 1, at) : arena_printf(&s->arena, "%s:%s", line, c1 + 1);
        d->reason = reason ? reason_of(s, reason + 1, reason + strlen(reason)) : "";
    }
    free(text);
    return rc;
}

static bool pats_match(const struct supp_dir *d, const char *rule)
{
    if (!d->pats.len)
        return true;
    for (size_t i = 0; i < d->pats.len; i++)
        if (fnmatch(*(const char **)vec_at(&d->pats, i), rule, 0) == 0)
            return true;
    return false;
}

/* Whether the suppression-file entry `d` names `file`. `abs` is its absolute form (or NULL). */
static bool file_glob_match(const struct supp_dir *d, const char *file, const char *abs)
{
    if (fnmatch(d->file, file, 0) == 0 || (abs && fnmatch(d->file, abs, 0) == 0))
        return true;
    if (strchr(d->file, '/'))
        return false;
    const char *base = strrchr(file, '/');
    return fnmatch(d->file, base ? base + 1 : file, 0) == 0;
}

size_t supp_apply(struct supp_set *s, struct findings *fs, struct vec *out)
{
    size_t kept = 0, moved = 0;
    const char *abs_for = NULL;
    char abs[PATH_MAX];
    bool have_abs = false;
    for (size_t i = 0; i < fs->items.len; i++) {
        struct finding *f = vec_at(&fs->items, i);
        struct supp_dir *hit = NULL;
        if (f->loc.file && f->loc.line) {
            struct vec *v = strmap_get(&s->by_file, f->loc.file);
            for (size_t k = 0; v && k < v->len && !hit; k++) {
                struct supp_dir *d = vec_at(&s->dirs, *(size_t *)vec_at(v, k));
                if (f->loc.line >= d->first && f->loc.line <= d->last && pats_match(d, f->rule))
                    hit = d;
            }
            for (size_t k = 0; k < s->dirs.len && !hit; k++) {
                struct supp_dir *d = vec_at(&s->dirs, k);
                if (d->kind != D_FILE || (d->first && d->first != f->loc.line) || !pats_match(d, f->rule))
                    continue;
                if (abs_for != f->loc.file) {
                    abs_for = f->loc.file;
                    have_abs = realpath(f->loc.file, abs) != NULL;
                }
                if (file_glob_match(d, f->loc.file, have_abs ? abs : NULL))
                    hit = d;
            }
        }
        if (hit) {
            hit->used++;
            struct rpt_suppressed *sp = vec_push(out);
            sp->f = *f;
            sp->reason = arena_strdup(&fs->arena, hit->reason);
            sp->comment = hit->loc;
            sp->comment.file = arena_strdup(&fs->arena, hit->loc.file);
            moved++;
            continue;
        }
        if (kept != i)
            memcpy(vec_at(&fs->items, kept), f, sizeof(*f));
        kept++;
    }
    fs->items.len = kept;
    return moved;
}

/* Whether `d` is ddicheck's own and at least one rule it names is enabled (see suppress.h). */
static bool reportable(const struct supp_dir *d, const struct rules *rules)
{
    if (!d->pats.len)
        return d->kind == D_DDICHECK;
    bool known = false;
    for (size_t r = 0; rules && r < rules->defs.len; r++) {
        const struct rule_def *rd = vec_at(&rules->defs, r);
        if (!pats_match(d, rd->id))
            continue;
        known = true;
        if (rd->enabled)
            return true;
    }
    return !known && (d->kind == D_DDICHECK || d->kind == D_FILE);
}

static int cmp_problem(const void *a, const void *b)
{
    const struct supp_problem *x = a, *y = b;
    int c = strcmp(x->loc.file ? x->loc.file : "", y->loc.file ? y->loc.file : "");
    return c ? c : x->loc.line < y->loc.line ? -1 : x->loc.line > y->loc.line;
}

void supp_unused(struct supp_set *s, const struct rules *rules, struct vec *out)
{
    size_t from = out->len;
    for (int pass = 0; pass < 2; pass++) { /* source directives, then the suppression file's */
        for (size_t i = 0; i < s->dirs.len; i++) {
            const struct supp_dir *d = vec_at(&s->dirs, i);
            if ((d->kind == D_FILE) != (pass == 1) || d->used || !reportable(d, rules))
                continue;
            if (d->kind != D_FILE && !d->active)
                continue; /* a NOLINTBEGIN never closed: reported as a problem already */
            struct supp_problem *p = vec_push(out);
            p->loc = d->loc;
            p->message = arena_printf(&s->arena, "'%s' suppresses no finding", d->spelling);
        }
        if (pass == 0 && out->len - from > 1)
            qsort(vec_at(out, from), out->len - from, out->item, cmp_problem);
    }
}

void supp_free(struct vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        vec_free(&((struct rpt_suppressed *)vec_at(v, i))->f.notes);
    vec_free(v);
}

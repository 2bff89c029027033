/* sal.c — IRQL annotations (SAL): parsing a declaration's tokens and merging per function (see
 * sal.h). */
#include "sal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- the annotations ------------------------------------------------------------------------ */

enum sal_kind {
    SK_NONE,
    SK_REQ,             /* requires exactly L */
    SK_MAX,             /* requires at most L */
    SK_MIN,             /* requires at least L */
    SK_RAISES,          /* leaves the IRQL at L (or at a parameter's value) */
    SK_SAVES,           /* function: the return value; parameter: through it */
    SK_RESTORES,        /* parameter: the IRQL is set from its value */
    SK_SAVES_GLOBAL,    /* (Kind, Param) */
    SK_RESTORES_GLOBAL, /* (Kind, Param) */
    SK_SAME,
    SK_FMAX,
    SK_FMIN,
    SK_AT,     /* (Expr, annotations...): the annotations apply to Expr */
    SK_IGNORED /* conditional forms (_When_, __drv_when): not read, nor what they contain */
};

static const struct {
    const char *name;
    enum sal_kind kind;
} sal_names[] = {
    {"_IRQL_requires_", SK_REQ},
    {"_IRQL_requires_max_", SK_MAX},
    {"_IRQL_requires_min_", SK_MIN},
    {"_IRQL_raises_", SK_RAISES},
    {"_IRQL_saves_", SK_SAVES},
    {"_IRQL_restores_", SK_RESTORES},
    {"_IRQL_saves_global_", SK_SAVES_GLOBAL},
    {"_IRQL_restores_global_", SK_RESTORES_GLOBAL},
    {"_IRQL_requires_same_", SK_SAME},
    {"_IRQL_always_function_max_", SK_FMAX},
    {"_IRQL_always_function_min_", SK_FMIN},
    {"__drv_requiresIRQL", SK_REQ},
    {"__drv_maxIRQL", SK_MAX},
    {"__drv_minIRQL", SK_MIN},
    {"__drv_raisesIRQL", SK_RAISES},
    {"__drv_setsIRQL", SK_RAISES},
    {"__drv_savesIRQL", SK_SAVES},
    {"__drv_restoresIRQL", SK_RESTORES},
    {"__drv_savesIRQLGlobal", SK_SAVES_GLOBAL},
    {"__drv_restoresIRQLGlobal", SK_RESTORES_GLOBAL},
    {"__drv_sameIRQL", SK_SAME},
    {"__drv_maxFunctionIRQL", SK_FMAX},
    {"__drv_minFunctionIRQL", SK_FMIN},
    {"_At_", SK_AT},
    {"__drv_at", SK_AT},
    {"__drv_arg", SK_AT},
    {"_When_", SK_IGNORED},
    {"__drv_when", SK_IGNORED},
};

static enum sal_kind kind_of(const char *name)
{
    /* every annotation name starts with an underscore: most tokens are rejected at once */
    if (name[0] != '_')
        return SK_NONE;
    for (size_t i = 0; i < sizeof(sal_names) / sizeof(sal_names[0]); i++)
        if (strcmp(name, sal_names[i].name) == 0)
            return sal_names[i].kind;
    return SK_NONE;
}

static bool is_ident(const char *t)
{
    return isalpha((unsigned char)t[0]) || t[0] == '_';
}

static bool is(const struct sal_tok *t, const char *s)
{
    return strcmp(t->text, s) == 0;
}

/* An IRQL level named by one token: a level name, SYNCH_LEVEL / PROFILE_LEVEL, or 0..15. */
static bool level_of(const char *t, struct irql_range *r)
{
    if (rule_parse_irql(t, r))
        return true;
    if (strcmp(t, "SYNCH_LEVEL") == 0) {
        r->lo = r->hi = 12;
        return true;
    }
    if (strcmp(t, "PROFILE_LEVEL") == 0) {
        r->lo = r->hi = IRQL_HIGH;
        return true;
    }
    char *end;
    long v = strtol(t, &end, 0);
    if (end == t || *end || v < 0 || v > IRQL_HIGH)
        return false;
    r->lo = r->hi = (int)v;
    return true;
}

static int param_index(const char *t, const char *const *params, int nparams)
{
    for (int i = 0; i < nparams; i++)
        if (params[i] && strcmp(params[i], t) == 0)
            return i;
    return -1;
}

/* What the parser knows while it reads one declaration. */
struct rd {
    struct ir_sal *out;
    struct arena *a;
    const char *const *params;
    int nparams;
    bool any;
};

/* The text of toks[from..to] (inclusive) joined without spaces, arena-owned. */
static const char *join(struct rd *r, const struct sal_tok *toks, int from, int to)
{
    size_t len = 1;
    for (int i = from; i <= to; i++)
        len += strlen(toks[i].text);
    char *s = arena_alloc(r->a, len);
    size_t used = 0;
    for (int i = from; i <= to; i++) {
        size_t l = strlen(toks[i].text);
        memcpy(s + used, toks[i].text, l);
        used += l;
    }
    return s;
}

/* The index of the `)` closing the `(` at toks[open], or -1. */
static int close_of(const struct sal_tok *toks, int n, int open)
{
    int depth = 0;
    for (int i = open; i < n; i++) {
        if (is(&toks[i], "("))
            depth++;
        else if (is(&toks[i], ")") && --depth == 0)
            return i;
    }
    return -1;
}

/* The single-token argument of a group toks[open..close] (the parentheses), or NULL. */
static const char *one_arg(const struct sal_tok *toks, int open, int close)
{
    return close == open + 2 ? toks[open + 1].text : NULL;
}

/* The index of the top-level `,` of the group toks[open..close] after `from`, or `close`. */
static int next_comma(const struct sal_tok *toks, int from, int close)
{
    int depth = 0;
    for (int i = from; i < close; i++) {
        if (is(&toks[i], "(") || is(&toks[i], "["))
            depth++;
        else if (is(&toks[i], ")") || is(&toks[i], "]"))
            depth--;
        else if (depth == 0 && is(&toks[i], ","))
            return i;
    }
    return close;
}

/* `__drv_at(Expr, ...)` / `_At_(Expr, ...)`: Expr is `P`, `*P` or a field reached from parameter
 * P (`(P->Lock).OldIrql`); the saves/restores annotations that follow apply to it. */
static void apply_at(struct rd *r, const struct sal_tok *toks, int open, int close)
{
    int comma = next_comma(toks, open + 1, close);
    int i = open + 1;
    while (i < comma && (is(&toks[i], "(") || is(&toks[i], "*")))
        i++;
    if (i >= comma)
        return;
    int p = param_index(toks[i].text, r->params, r->nparams);
    if (p < 0)
        return;
    /* the field path after P, parentheses dropped: `->Lock.OldIrql` */
    char buf[256];
    size_t used = 0;
    for (int k = i + 1; k < comma; k++) {
        if (is(&toks[k], "(") || is(&toks[k], ")"))
            continue;
        size_t l = strlen(toks[k].text);
        if (used + l >= sizeof(buf))
            return;
        memcpy(buf + used, toks[k].text, l);
        used += l;
    }
    buf[used] = 0;
    const char *field = used ? arena_strdup(r->a, buf) : NULL;
    for (int k = comma + 1; k < close; k++) {
        enum sal_kind sk = is_ident(toks[k].text) ? kind_of(toks[k].text) : SK_NONE;
        if (sk == SK_SAVES) {
            r->out->saves_param = p;
            r->out->saves_field = field;
            r->any = true;
        } else if (sk == SK_RESTORES) {
            r->out->restores_param = p;
            r->out->restores_field = field;
            r->any = true;
        }
    }
}

/* Applies the annotation group toks[at] (name) with arguments toks[open..close] (open == -1 when
 * bare) to the record; `param` is the parameter it is written on, or -1 for the function. */
static void apply(struct rd *r, const struct sal_tok *toks, int at, int open, int close, int param)
{
    struct ir_sal *o = r->out;
    enum sal_kind sk = kind_of(toks[at].text);
    const char *arg = open >= 0 ? one_arg(toks, open, close) : NULL;
    struct irql_range lv;
    bool has_lv = arg && level_of(arg, &lv);
    const char *text = open >= 0 ? join(r, toks, at, close) : toks[at].text;
    switch (sk) {
    case SK_REQ:
    case SK_MAX:
    case SK_MIN:
        if (param >= 0 || !has_lv)
            return;
        if (sk != SK_MAX)
            o->req_lo = lv.lo;
        if (sk != SK_MIN)
            o->req_hi = lv.hi;
        if (!o->req_text) {
            o->req_text = text;
            o->req_loc = toks[at].loc;
        } else
            o->req_text = arena_cat(r->a, o->req_text, " ", text);
        break;
    case SK_RAISES:
        if (param >= 0 || !arg)
            return;
        if (has_lv) {
            o->raise_level = lv.hi;
            o->raise_param = -1;
        } else if ((o->raise_param = param_index(arg, r->params, r->nparams)) < 0)
            return;
        o->raise_text = text;
        o->raise_loc = toks[at].loc;
        break;
    case SK_SAVES:
        if (open >= 0)
            return;
        if (param >= 0) {
            o->saves_param = param;
            o->saves_field = NULL;
        } else
            o->saves_ret = true;
        break;
    case SK_RESTORES:
        if (open >= 0 || param < 0)
            return;
        o->restores_param = param;
        o->restores_field = NULL;
        break;
    case SK_SAVES_GLOBAL:
    case SK_RESTORES_GLOBAL: {
        if (open < 0)
            return;
        int comma = next_comma(toks, open + 1, close);
        if (comma != close - 2)
            return;
        int p = param_index(toks[close - 1].text, r->params, r->nparams);
        if (p < 0)
            return;
        if (sk == SK_SAVES_GLOBAL) {
            o->saves_param = p;
            o->saves_global = true;
        } else {
            o->restores_param = p;
            o->restores_global = true;
        }
        break;
    }
    case SK_SAME:
        if (open >= 0 || param >= 0)
            return;
        o->same = true;
        break;
    case SK_FMAX:
    case SK_FMIN:
        if (param >= 0 || !has_lv)
            return;
        if (sk == SK_FMAX) {
            o->fmax = lv.hi;
            o->fmax_text = text;
            o->fmax_loc = toks[at].loc;
        } else {
            o->fmin = lv.lo;
            o->fmin_text = text;
            o->fmin_loc = toks[at].loc;
        }
        break;
    case SK_AT:
        if (open >= 0)
            apply_at(r, toks, open, close);
        return; /* apply_at sets r->any itself */
    case SK_NONE:
    case SK_IGNORED: return;
    }
    r->any = true;
}

/* Reads toks[from..to) forwards: every annotation group applies, anything else is skipped.
 * `param` as for apply(). */
static void read_forward(struct rd *r, const struct sal_tok *toks, int from, int to, int param)
{
    for (int i = from; i < to; i++) {
        if (toks[i].directive || !is_ident(toks[i].text))
            continue;
        enum sal_kind sk = kind_of(toks[i].text);
        if (sk == SK_NONE)
            continue;
        if (i + 1 < to && is(&toks[i + 1], "(")) {
            int c = close_of(toks, to, i + 1);
            if (c < 0)
                return;
            apply(r, toks, i, i + 1, c, param);
            i = c;
        } else
            apply(r, toks, i, -1, -1, param);
    }
}

/* A directive's name (`if`, `ifdef`, `else`, `endif`, ...): the token after the `#` that starts its
 * line, or NULL when toks[i] is not such a `#`. */
static const char *directive_name(const struct sal_tok *toks, int n, int i)
{
    if (!toks[i].directive || !is(&toks[i], "#") || i + 1 >= n || !toks[i + 1].directive ||
        toks[i + 1].loc.line != toks[i].loc.line ||
        (i > 0 && toks[i - 1].directive && toks[i - 1].loc.line == toks[i].loc.line))
        return NULL;
    return toks[i + 1].text;
}

#define SAL_MAX_GROUPS 64
#define SAL_MAX_DEPTH 16

/* Reads toks[0..end) backwards from its end: annotation groups, other identifiers with or without
 * a parenthesised argument list (`__declspec(dllimport)`, `EXPORT`), and directive lines, up to
 * the first token that is none of those. Conditional blocks are crossed: an annotation inside
 * `#if ... #endif` around it counts (the declaration's own branch is the compiled one), but one in
 * a block with an `#else` or `#elif` does not (which branch is compiled is not known here), and an
 * `#else` / `#elif` of the declaration's own block ends the reading (what is above it belongs to
 * another branch). */
static void read_backward(struct rd *r, const struct sal_tok *toks, int end)
{
    struct {
        int at, open, close, depth;
    } g[SAL_MAX_GROUPS];
    int ng = 0, depth = 0;
    int mark[SAL_MAX_DEPTH + 1]; /* ng when the block at each depth was entered (its #endif) */
    bool amb[SAL_MAX_DEPTH + 1]; /* the block has an #else / #elif */
    int i = end - 1;
    while (i >= 0 && ng < SAL_MAX_GROUPS) {
        if (toks[i].directive) {
            const char *dn = directive_name(toks, end, i);
            if (dn && strcmp(dn, "endif") == 0) {
                if (depth == SAL_MAX_DEPTH)
                    break;
                depth++;
                mark[depth] = ng;
                amb[depth] = false;
            } else if (dn && (strcmp(dn, "else") == 0 || strcmp(dn, "elif") == 0)) {
                if (depth == 0)
                    break;
                amb[depth] = true;
            } else if (dn && strncmp(dn, "if", 2) == 0) {
                if (depth == 0)
                    break; /* the declaration's own block starts here: nothing above is inside it */
                if (amb[depth])
                    ng = mark[depth];
                depth--;
            }
            i--;
            continue;
        }
        int at = i, open = -1, close = -1;
        if (is(&toks[i], ")")) {
            int d = 0, j = i;
            for (; j >= 0; j--) {
                if (toks[j].directive)
                    break;
                if (is(&toks[j], ")"))
                    d++;
                else if (is(&toks[j], "(") && --d == 0)
                    break;
            }
            if (j <= 0 || toks[j].directive || toks[j - 1].directive || !is_ident(toks[j - 1].text))
                break;
            at = j - 1;
            open = j;
            close = i;
        } else if (!is_ident(toks[i].text))
            break;
        if (kind_of(toks[at].text) != SK_NONE) {
            g[ng].at = at;
            g[ng].open = open;
            g[ng].close = close;
            g[ng++].depth = depth;
        }
        i = at - 1;
    }
    /* blocks still open where the reading stopped: an ambiguous one contributes nothing */
    for (; depth > 0; depth--)
        if (amb[depth])
            ng = mark[depth];
    for (int k = ng - 1; k >= 0; k--) /* in source order */
        apply(r, toks, g[k].at, g[k].open, g[k].close, -1);
}

/* Reads the parameter list ptoks[0..np): from its `(`, split at the top-level commas; each part's
 * annotations apply to that parameter, when the parts are as many as the parameters. */
static void read_params(struct rd *r, const struct sal_tok *ptoks, int np)
{
    int open = 0;
    while (open < np && !is(&ptoks[open], "("))
        open++;
    if (open >= np || r->nparams <= 0)
        return;
    int close = close_of(ptoks, np, open);
    int end = close >= 0 ? close : np;
    /* the parts, split at top-level commas: as many as the parameters, or nothing is read */
    int parts = 1, depth = 0;
    for (int i = open + 1; i < end; i++) {
        if (is(&ptoks[i], "(") || is(&ptoks[i], "["))
            depth++;
        else if (is(&ptoks[i], ")") || is(&ptoks[i], "]"))
            depth--;
        else if (depth == 0 && is(&ptoks[i], ","))
            parts++;
    }
    if (parts != r->nparams)
        return;
    int param = 0, start = open + 1;
    depth = 0;
    for (int i = open + 1; i <= end; i++) {
        if (i < end) {
            if (is(&ptoks[i], "(") || is(&ptoks[i], "["))
                depth++;
            else if (is(&ptoks[i], ")") || is(&ptoks[i], "]"))
                depth--;
            if (depth != 0 || !is(&ptoks[i], ","))
                continue;
        }
        read_forward(r, ptoks, start, i, param++);
        start = i + 1;
    }
}

bool sal_read(const struct sal_tok *toks, int n, int inside, const struct sal_tok *ptoks, int np,
              const char *const *params, int nparams, struct arena *a, struct ir_sal *out)
{
    memset(out, 0, sizeof(*out));
    out->req_lo = out->req_hi = out->raise_level = out->fmax = out->fmin = -1;
    out->raise_param = out->saves_param = out->restores_param = -1;
    struct rd r = {out, a, params, nparams, false};
    if (inside < 0)
        inside = 0;
    if (inside > n)
        inside = n;
    read_backward(&r, toks, inside);
    read_forward(&r, toks, inside, n, -1);
    if (ptoks && np > 0)
        read_params(&r, ptoks, np);
    return r.any;
}

/* ---- what an annotation means ---------------------------------------------------------------- */

bool sal_requirement(const struct ir_sal *s, struct irql_range *req)
{
    if (!s || (s->req_lo < 0 && s->req_hi < 0))
        return false;
    req->lo = s->req_lo < 0 ? IRQL_PASSIVE : s->req_lo;
    req->hi = s->req_hi < 0 ? IRQL_HIGH : s->req_hi;
    if (req->lo > req->hi)
        req->lo = req->hi;
    return true;
}

bool sal_entry(const struct ir_sal *s, struct irql_range *entry)
{
    if (!sal_requirement(s, entry))
        return false;
    if (s->req_hi < 0)
        entry->hi = entry->lo;
    return true;
}

bool sal_has_effect(const struct ir_sal *s)
{
    return s && (s->raise_level >= 0 || s->raise_param >= 0 || s->saves_ret || s->saves_param >= 0 ||
                 s->restores_param >= 0);
}

void sal_dump(FILE *out, const struct ir_sal *s)
{
    fprintf(out, "sal %s%s%s:", s->is_typedef ? "typedef " : "", s->name ? s->name : "?",
            s->is_definition ? " (definition)" : "");
    struct irql_range rq;
    if (sal_requirement(s, &rq))
        fprintf(out, " requires %s..%s", rule_irql_name(rq.lo), rule_irql_name(rq.hi));
    if (s->raise_level >= 0)
        fprintf(out, " raises %s", rule_irql_name(s->raise_level));
    if (s->raise_param >= 0)
        fprintf(out, " raises param%d", s->raise_param);
    if (s->saves_ret)
        fprintf(out, " saves return");
    if (s->saves_param >= 0)
        fprintf(out, " saves%s param%d%s", s->saves_global ? " global" : "", s->saves_param,
                s->saves_field ? s->saves_field : "");
    if (s->restores_param >= 0)
        fprintf(out, " restores%s param%d%s", s->restores_global ? " global" : "", s->restores_param,
                s->restores_field ? s->restores_field : "");
    if (s->same)
        fprintf(out, " same");
    if (s->fmax >= 0)
        fprintf(out, " function-max %s", rule_irql_name(s->fmax));
    if (s->fmin >= 0)
        fprintf(out, " function-min %s", rule_irql_name(s->fmin));
    fputc('\n', out);
}

/* ---- merging --------------------------------------------------------------------------------- */

/* Fills what `dst` leaves unset from `src`. */
static void merge(struct ir_sal *dst, const struct ir_sal *src)
{
    if (dst->req_lo < 0 && dst->req_hi < 0 && (src->req_lo >= 0 || src->req_hi >= 0)) {
        dst->req_lo = src->req_lo;
        dst->req_hi = src->req_hi;
        dst->req_text = src->req_text;
        dst->req_loc = src->req_loc;
    }
    if (dst->raise_level < 0 && dst->raise_param < 0 && (src->raise_level >= 0 || src->raise_param >= 0)) {
        dst->raise_level = src->raise_level;
        dst->raise_param = src->raise_param;
        dst->raise_text = src->raise_text;
        dst->raise_loc = src->raise_loc;
    }
    if (!dst->saves_ret && dst->saves_param < 0) {
        dst->saves_ret = src->saves_ret;
        dst->saves_param = src->saves_param;
        dst->saves_field = src->saves_field;
        dst->saves_global = src->saves_global;
    }
    if (dst->restores_param < 0) {
        dst->restores_param = src->restores_param;
        dst->restores_field = src->restores_field;
        dst->restores_global = src->restores_global;
    }
    if (dst->fmax < 0) {
        dst->fmax = src->fmax;
        dst->fmax_text = src->fmax_text;
        dst->fmax_loc = src->fmax_loc;
    }
    if (dst->fmin < 0) {
        dst->fmin = src->fmin;
        dst->fmin_text = src->fmin_text;
        dst->fmin_loc = src->fmin_loc;
    }
    dst->same = dst->same || src->same;
}

static void put(struct sal_index *x, struct strmap *m, const char *key, const struct ir_sal *s)
{
    struct ir_sal *have = strmap_get(m, key);
    if (have) {
        merge(have, s);
        return;
    }
    struct ir_sal *c = arena_alloc(&x->arena, sizeof(*c));
    *c = *s;
    strmap_put(m, arena_strdup(&x->arena, key), c);
}

static const char *func_key(struct sal_index *x, const struct ir_sal *s)
{
    return s->is_static ? arena_printf(&x->arena, "%s\x1f%s", s->tu_file ? s->tu_file : "", s->name) : s->name;
}

void sal_index_build(struct sal_index *x, const struct ir_program *p)
{
    memset(x, 0, sizeof(*x));
    strmap_init(&x->funcs);
    strmap_init(&x->typedefs);
    /* definitions first: their annotations win over a prototype's */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < p->sals.len; i++) {
            const struct ir_sal *s = vec_at(&p->sals, i);
            if (!s->name || s->is_definition != (pass == 0))
                continue;
            if (s->is_typedef)
                put(x, &x->typedefs, s->name, s);
            else
                put(x, &x->funcs, func_key(x, s), s);
        }
    for (size_t i = 0; i < p->role_decls.len; i++) {
        const struct ir_role_decl *rd = vec_at(&p->role_decls, i);
        const struct ir_sal *t = strmap_get(&x->typedefs, rd->role_typedef);
        if (!t)
            continue;
        struct ir_sal s = *t;
        s.name = rd->func;
        s.is_typedef = s.is_static = s.is_definition = false;
        put(x, &x->funcs, rd->func, &s);
    }
}

void sal_index_free(struct sal_index *x)
{
    strmap_free(&x->funcs);
    strmap_free(&x->typedefs);
    arena_free(&x->arena);
}

const struct ir_sal *sal_find(const struct sal_index *x, const char *tu_file, const char *name)
{
    if (!name || !x->funcs.len)
        return NULL;
    char buf[1024];
    if (snprintf(buf, sizeof(buf), "%s\x1f%s", tu_file ? tu_file : "", name) < (int)sizeof(buf)) {
        const struct ir_sal *s = strmap_get(&x->funcs, buf);
        if (s)
            return s;
    }
    return strmap_get(&x->funcs, name);
}

/* frontend.c — libclang 19 -> IR (see frontend.h).
 *
 * Limits: C only. In branch conditions `a && b` and `a || b` get short-circuit edges; elsewhere
 * (`x = a && f()`) and in `c ? x : y` every operand is evaluated; calls through function pointers are recorded as
 * indirect calls with no callee; GNU statement expressions are not descended into. Locations are expansion locations: a
 * call written as a macro (NdisMCmRegisterSapComplete, which the WDK defines over NdisCmRegisterSapComplete) is located
 * at the macro name the user spelled, and that name is recorded in the event.
 */
#include "frontend.h"

#include "jsontext.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <errno.h>
#include <json-c/json.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static _Thread_local CXIndex cx_index;

int cx_init(void)
{
    cx_index = clang_createIndex(0, 0);
    return cx_index ? 0 : 2;
}

void cx_fini(void)
{
    if (cx_index)
        clang_disposeIndex(cx_index);
    cx_index = NULL;
}

/* ---- small libclang helpers ------------------------------------------------------------- */

struct kids {
    CXCursor *c;
    int n, cap;
};

static enum CXChildVisitResult collect_kid(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct kids *k = d;
    if (k->n == k->cap) {
        k->cap = k->cap ? k->cap * 2 : 4;
        CXCursor *nc = realloc(k->c, (size_t)k->cap * sizeof(*nc));
        if (!nc)
            abort();
        k->c = nc;
    }
    k->c[k->n++] = c;
    return CXChildVisit_Continue;
}

static struct kids kids_of(CXCursor c)
{
    struct kids k = {0};
    clang_visitChildren(c, collect_kid, &k);
    return k;
}

static void kids_free(struct kids *k)
{
    free(k->c);
    k->c = NULL;
    k->n = k->cap = 0;
}

/* Copies a CXString into the arena and disposes of it. */
static const char *take_str(struct arena *a, CXString s)
{
    const char *c = clang_getCString(s);
    const char *r = arena_strdup(a, c ? c : "");
    clang_disposeString(s);
    return r;
}

/* ---- the function builder --------------------------------------------------------------- */

struct fb {
    struct ir_program *p;
    struct ir_func *f;
    CXTranslationUnit tu;
    int cur;
    int brk, cont; /* targets of break / continue, -1 if none */
    int sw;        /* block holding the enclosing switch's dispatch, -1 if none */
    bool sw_default;
    struct strmap labels; /* label name -> (block id + 1) */
    CXFile last_file;
    const char *last_name;
};

static struct ir_loc loc_from(struct fb *b, CXSourceLocation l)
{
    struct ir_loc r = {0};
    CXFile file;
    clang_getExpansionLocation(l, &file, &r.line, &r.col, &r.offset);
    if (!file)
        return r;
    if (file == b->last_file && b->last_name) {
        r.file = b->last_name;
        return r;
    }
    CXString s = clang_getFileName(file);
    const char *c = clang_getCString(s);
    r.file = ir_intern(b->p, c ? c : "");
    clang_disposeString(s);
    b->last_file = file;
    b->last_name = r.file;
    return r;
}

static struct ir_loc loc_of(struct fb *b, CXCursor c)
{
    return loc_from(b, clang_getCursorLocation(c));
}

/* The identifier token at the expansion location of `c` (a macro name when `c` comes from a macro
 * expansion), or NULL. */
static const char *token_at_expansion(struct fb *b, CXCursor c)
{
    CXSourceLocation l = clang_getCursorLocation(c);
    CXFile file;
    unsigned off;
    clang_getExpansionLocation(l, &file, NULL, NULL, &off);
    if (!file)
        return NULL;
    CXSourceLocation el = clang_getLocationForOffset(b->tu, file, off);
    CXToken *t = clang_getToken(b->tu, el);
    if (!t)
        return NULL;
    const char *r = NULL;
    if (clang_getTokenKind(*t) == CXToken_Identifier)
        r = take_str(&b->p->arena, clang_getTokenSpelling(b->tu, *t));
    clang_disposeTokens(b->tu, t, 1);
    return r;
}

static bool in_macro(CXCursor c)
{
    CXSourceLocation l = clang_getCursorLocation(c);
    CXFile f1, f2;
    unsigned o1, o2;
    clang_getExpansionLocation(l, &f1, NULL, NULL, &o1);
    clang_getSpellingLocation(l, &f2, NULL, NULL, &o2);
    return f1 != f2 || o1 != o2;
}

static int new_block(struct fb *b)
{
    return ir_block_new(b->f);
}

static struct ir_event *emit(struct fb *b, enum ir_ev_kind k, struct ir_loc loc, int *index)
{
    struct ir_block *bl = ir_block(b->f, b->cur);
    struct ir_event *e = vec_push(&bl->events);
    e->kind = k;
    e->loc = loc;
    if (index)
        *index = (int)bl->events.len - 1;
    return e;
}

static void edge(struct fb *b, int from, int to)
{
    ir_edge_add(b->f, from, to, IR_E_ALWAYS, 0);
}

/* Skips parentheses and implicit/explicit casts. */
static CXCursor strip(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr)
            return c;
        struct kids ks = kids_of(c);
        if (ks.n == 0) {
            kids_free(&ks);
            return c;
        }
        if (k == CXCursor_UnexposedExpr && ks.n != 1) {
            kids_free(&ks);
            return c;
        }
        CXCursor n = ks.c[ks.n - 1];
        kids_free(&ks);
        c = n;
    }
}

/* The access path of an lvalue-ish expression, or NULL. */
static const char *path_of(struct fb *b, CXCursor c)
{
    struct arena *a = &b->p->arena;
    c = strip(c);
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor r = clang_getCursorReferenced(c);
        enum CXCursorKind rk = clang_getCursorKind(r);
        if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl)
            return take_str(a, clang_getCursorSpelling(c));
        return NULL;
    }
    if (k == CXCursor_MemberRefExpr) {
        struct kids ks = kids_of(c);
        const char *member = take_str(a, clang_getCursorSpelling(c));
        const char *r = NULL;
        if (ks.n >= 1) {
            CXType bt = clang_getCanonicalType(clang_getCursorType(ks.c[0]));
            bool arrow = bt.kind == CXType_Pointer;
            const char *base = path_of(b, ks.c[0]);
            if (base) {
                if (arrow && base[0] == '&')
                    r = arena_cat(a, base + 1, ".", member);
                else if (!arrow && base[0] == '*')
                    r = arena_cat(a, base + 1, "->", member);
                else
                    r = arena_cat(a, base, arrow ? "->" : ".", member);
            }
        }
        kids_free(&ks);
        return r;
    }
    if (k == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
        if (op != CXUnaryOperator_AddrOf && op != CXUnaryOperator_Deref)
            return NULL;
        struct kids ks = kids_of(c);
        const char *r = NULL;
        if (ks.n == 1) {
            const char *base = path_of(b, ks.c[0]);
            if (base) {
                if (op == CXUnaryOperator_AddrOf)
                    r = base[0] == '*' ? base + 1 : arena_cat(a, "&", base, NULL);
                else
                    r = base[0] == '&' ? base + 1 : arena_cat(a, "*", base, NULL);
            }
        }
        kids_free(&ks);
        return r;
    }
    if (k == CXCursor_ArraySubscriptExpr) {
        struct kids ks = kids_of(c);
        const char *r = NULL;
        if (ks.n >= 1) {
            const char *base = path_of(b, ks.c[0]);
            if (base)
                r = arena_cat(a, base, "[]", NULL);
        }
        kids_free(&ks);
        return r;
    }
    return NULL;
}

/* Evaluates `c` as an integer constant when it syntactically is one (literals, enumerators,
 * casts and unary minus/complement of them). */
static bool const_value(struct fb *b, CXCursor c, long long *v, const char **text)
{
    CXCursor s = strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    bool ok = false;
    if (k == CXCursor_IntegerLiteral || k == CXCursor_CharacterLiteral)
        ok = true;
    else if (k == CXCursor_DeclRefExpr)
        ok = clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_EnumConstantDecl;
    else if (k == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(s);
        if (op == CXUnaryOperator_Minus || op == CXUnaryOperator_Not || op == CXUnaryOperator_Plus) {
            struct kids ks = kids_of(s);
            if (ks.n == 1) {
                long long dummy;
                const char *t;
                ok = const_value(b, ks.c[0], &dummy, &t);
            }
            kids_free(&ks);
        }
    } else if (k == CXCursor_BinaryOperator) {
        /* a comparison or arithmetic of constants, e.g. `FALSE == TRUE` from a macro argument */
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
        if (op != CXBinaryOperator_Assign && op != CXBinaryOperator_Comma) {
            struct kids ks = kids_of(s);
            long long dummy;
            const char *t;
            ok = ks.n == 2 && const_value(b, ks.c[0], &dummy, &t) && const_value(b, ks.c[1], &dummy, &t);
            kids_free(&ks);
        }
    }
    if (!ok)
        return false;
    CXEvalResult r = clang_Cursor_Evaluate(c);
    if (!r)
        return false;
    bool good = clang_EvalResult_getKind(r) == CXEval_Int;
    if (good)
        *v = clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
    if (!good)
        return false;
    *text = NULL;
    if (k == CXCursor_DeclRefExpr)
        *text = take_str(&b->p->arena, clang_getCursorSpelling(s));
    else if (in_macro(c))
        *text = token_at_expansion(b, c);
    return true;
}

static void scan_init_list(struct fb *b, CXCursor c);
static struct ir_val b_expr(struct fb *b, CXCursor c);

static void b_kids(struct fb *b, CXCursor c)
{
    struct kids ks = kids_of(c);
    for (int i = 0; i < ks.n; i++)
        b_expr(b, ks.c[i]);
    kids_free(&ks);
}

/* For a call spelled through a macro, a constant argument's own macro name (NDIS_STATUS_PENDING)
 * cannot be read from its location, which is the outer macro's; read it from the invocation's
 * tokens instead, argument by argument, when the macro and the function take the same count. */
static void macro_arg_names(struct fb *b, CXCursor call, struct ir_event *e)
{
    for (int i = 0; i < e->nargs; i++)
        if (e->args[i].kind == IR_V_CONST)
            e->args[i].text = NULL;
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(b->tu, clang_getCursorExtent(call), &toks, &n);
    int arg = -1, depth = 0;
    unsigned start = 0;
    for (unsigned i = 0; i < n; i++) {
        CXString s = clang_getTokenSpelling(b->tu, toks[i]);
        const char *t = clang_getCString(s);
        bool open = strcmp(t, "(") == 0, close = strcmp(t, ")") == 0, comma = strcmp(t, ",") == 0;
        clang_disposeString(s);
        if (open && depth++ == 0) {
            arg = 0;
            start = i + 1;
            continue;
        }
        if ((close && --depth == 0) || (comma && depth == 1)) {
            if (arg >= 0 && arg < e->nargs && i == start + 1 && e->args[arg].kind == IR_V_CONST &&
                clang_getTokenKind(toks[start]) == CXToken_Identifier)
                e->args[arg].text = take_str(&b->p->arena, clang_getTokenSpelling(b->tu, toks[start]));
            arg++;
            start = i + 1;
            if (close)
                break;
        }
    }
    if (arg != e->nargs)
        for (int i = 0; i < e->nargs; i++)
            if (e->args[i].kind == IR_V_CONST)
                e->args[i].text = NULL;
    clang_disposeTokens(b->tu, toks, n);
}

static struct ir_val b_call(struct fb *b, CXCursor c)
{
    struct ir_val r = {.kind = IR_V_OTHER};
    int n = clang_Cursor_getNumArguments(c);
    struct ir_val *args = NULL;
    if (n > 0) {
        args = arena_alloc(&b->p->arena, sizeof(*args) * (size_t)n);
        for (int i = 0; i < n; i++)
            args[i] = b_expr(b, clang_Cursor_getArgument(c, (unsigned)i));
    } else
        n = 0;
    CXCursor callee = clang_getCursorReferenced(c);
    struct ir_loc loc = loc_of(b, c);
    int idx;
    struct ir_event *e = emit(b, IR_CALL, loc, &idx);
    e->nargs = n;
    e->args = args;
    if (clang_getCursorKind(callee) == CXCursor_FunctionDecl) {
        e->callee = take_str(&b->p->arena, clang_getCursorSpelling(callee));
        e->sys_callee = clang_Location_isInSystemHeader(clang_getCursorLocation(callee)) != 0;
        const char *tok = token_at_expansion(b, c);
        if (tok && strcmp(tok, e->callee) != 0)
            e->macro = tok;
    } else {
        e->indirect = true;
        /* evaluate the callee expression for calls it may contain */
        struct kids ks = kids_of(c);
        if (ks.n > 0)
            b_expr(b, ks.c[0]);
        kids_free(&ks);
    }
    if (e->macro)
        macro_arg_names(b, c, e);
    r.kind = IR_V_CALL;
    r.call = idx;
    return r;
}

static struct ir_val b_expr(struct fb *b, CXCursor c)
{
    struct ir_val r = {.kind = IR_V_OTHER};
    enum CXCursorKind k = clang_getCursorKind(c);
    switch (k) {
    case CXCursor_CallExpr: return b_call(b, c);
    case CXCursor_IntegerLiteral:
    case CXCursor_CharacterLiteral:
        if (const_value(b, c, &r.cval, &r.text))
            r.kind = IR_V_CONST;
        return r;
    case CXCursor_DeclRefExpr: {
        CXCursor ref = clang_getCursorReferenced(c);
        enum CXCursorKind rk = clang_getCursorKind(ref);
        if (rk == CXCursor_FunctionDecl) {
            r.kind = IR_V_FUNC;
            r.text = take_str(&b->p->arena, clang_getCursorSpelling(c));
        } else if (rk == CXCursor_EnumConstantDecl) {
            if (const_value(b, c, &r.cval, &r.text))
                r.kind = IR_V_CONST;
        } else if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl) {
            r.kind = IR_V_PATH;
            r.text = path_of(b, c);
        }
        return r;
    }
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr: {
        b_kids(b, c);
        const char *p = path_of(b, c);
        if (p) {
            r.kind = IR_V_PATH;
            r.text = p;
        }
        return r;
    }
    case CXCursor_ParenExpr:
    case CXCursor_CStyleCastExpr:
    case CXCursor_UnexposedExpr: {
        long long v;
        const char *t;
        if (k != CXCursor_UnexposedExpr && const_value(b, c, &v, &t)) {
            r.kind = IR_V_CONST;
            r.cval = v;
            r.text = t;
            return r;
        }
        struct kids ks = kids_of(c);
        if (ks.n == 1 || (ks.n > 0 && k == CXCursor_CStyleCastExpr)) {
            CXCursor inner = ks.c[ks.n - 1];
            kids_free(&ks);
            struct ir_val iv = b_expr(b, inner);
            if (iv.kind == IR_V_CONST && !iv.text && in_macro(c))
                iv.text = token_at_expansion(b, c);
            return iv;
        }
        for (int i = 0; i < ks.n; i++)
            b_expr(b, ks.c[i]);
        kids_free(&ks);
        return r;
    }
    case CXCursor_UnaryOperator: {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
        long long v;
        const char *t;
        if ((op == CXUnaryOperator_Minus || op == CXUnaryOperator_Not) && const_value(b, c, &v, &t)) {
            r.kind = IR_V_CONST;
            r.cval = v;
            r.text = t;
            return r;
        }
        struct kids ks = kids_of(c);
        struct ir_val iv = {.kind = IR_V_OTHER};
        if (ks.n == 1)
            iv = b_expr(b, ks.c[0]);
        kids_free(&ks);
        if (op == CXUnaryOperator_AddrOf && iv.kind == IR_V_FUNC)
            return iv;
        if (op == CXUnaryOperator_AddrOf || op == CXUnaryOperator_Deref) {
            const char *p = path_of(b, c);
            if (p) {
                r.kind = IR_V_PATH;
                r.text = p;
            }
        }
        return r;
    }
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator: {
        struct kids ks = kids_of(c);
        if (ks.n != 2) {
            for (int i = 0; i < ks.n; i++)
                b_expr(b, ks.c[i]);
            kids_free(&ks);
            return r;
        }
        CXCursor lhs = ks.c[0], rhs = ks.c[1];
        kids_free(&ks);
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
        if (k == CXCursor_BinaryOperator && op == CXBinaryOperator_Assign) {
            const char *lp = path_of(b, lhs);
            if (!lp)
                b_expr(b, lhs);
            else if (clang_getCursorKind(strip(lhs)) != CXCursor_DeclRefExpr) {
                /* evaluate calls inside the place expression, e.g. a[f()] */
                struct kids lk = kids_of(strip(lhs));
                for (int i = 0; i < lk.n; i++)
                    if (clang_getCursorKind(lk.c[i]) == CXCursor_CallExpr)
                        b_expr(b, lk.c[i]);
                kids_free(&lk);
            }
            struct ir_val rv = b_expr(b, rhs);
            struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, c), NULL);
            e->lhs = lp;
            e->rhs = rv;
            return rv;
        }
        b_expr(b, lhs);
        b_expr(b, rhs);
        if (k == CXCursor_CompoundAssignOperator) {
            const char *lp = path_of(b, lhs);
            if (lp) {
                struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, c), NULL);
                e->lhs = lp;
                e->rhs.kind = IR_V_OTHER;
            }
        } else if (op == CXBinaryOperator_Comma) {
            /* value of the right operand; recomputing it would duplicate events */
        }
        long long v;
        const char *t;
        if (k == CXCursor_BinaryOperator && op != CXBinaryOperator_Comma && const_value(b, c, &v, &t)) {
            r.kind = IR_V_CONST;
            r.cval = v;
        }
        return r;
    }
    case CXCursor_InitListExpr: scan_init_list(b, c); return r;
    case CXCursor_ConditionalOperator: {
        /* `ok ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING`: both constants are kept */
        struct kids ks = kids_of(c);
        if (ks.n == 3) {
            b_expr(b, ks.c[0]);
            struct ir_val x = b_expr(b, ks.c[1]);
            struct ir_val y = b_expr(b, ks.c[2]);
            if (x.kind == IR_V_CONST && y.kind == IR_V_CONST && !x.has_alt && !y.has_alt) {
                r.kind = IR_V_CONST;
                r.cval = x.cval;
                r.text = x.text;
                r.has_alt = true;
                r.alt = y.cval;
            }
        } else
            for (int i = 0; i < ks.n; i++)
                b_expr(b, ks.c[i]);
        kids_free(&ks);
        return r;
    }
    case CXCursor_StmtExpr:
    case CXCursor_UnaryExpr: /* sizeof / alignof: unevaluated */ return r;
    default: b_kids(b, c); return r;
    }
}

/* Records `.Field = Function` designators of an initializer list (any nesting depth) as handler
 * bindings. The model later keeps those whose right-hand side names a function. */
static void scan_init_tokens(struct ir_program *p, CXTranslationUnit tu, CXSourceRange range, struct fb *b)
{
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(tu, range, &toks, &n);
    for (unsigned i = 0; i + 3 < n; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Punctuation)
            continue;
        CXString s0 = clang_getTokenSpelling(tu, toks[i]);
        bool dot = strcmp(clang_getCString(s0), ".") == 0;
        clang_disposeString(s0);
        if (!dot || clang_getTokenKind(toks[i + 1]) != CXToken_Identifier)
            continue;
        CXString s2 = clang_getTokenSpelling(tu, toks[i + 2]);
        bool eq = strcmp(clang_getCString(s2), "=") == 0;
        clang_disposeString(s2);
        if (!eq)
            continue;
        unsigned j = i + 3;
        /* skip `&` and a parenthesised cast */
        for (;;) {
            if (j >= n)
                break;
            CXString sj = clang_getTokenSpelling(tu, toks[j]);
            const char *t = clang_getCString(sj);
            bool amp = strcmp(t, "&") == 0, open = strcmp(t, "(") == 0;
            clang_disposeString(sj);
            if (amp) {
                j++;
                continue;
            }
            if (open) {
                int depth = 0;
                for (; j < n; j++) {
                    CXString sk = clang_getTokenSpelling(tu, toks[j]);
                    const char *tk = clang_getCString(sk);
                    if (strcmp(tk, "(") == 0)
                        depth++;
                    else if (strcmp(tk, ")") == 0)
                        depth--;
                    clang_disposeString(sk);
                    if (depth == 0)
                        break;
                }
                j++;
                continue;
            }
            break;
        }
        if (j >= n || clang_getTokenKind(toks[j]) != CXToken_Identifier)
            continue;
        /* the identifier must end the initializer: followed by `,` or `}` */
        if (j + 1 < n) {
            CXString sn = clang_getTokenSpelling(tu, toks[j + 1]);
            const char *t = clang_getCString(sn);
            bool end = strcmp(t, ",") == 0 || strcmp(t, "}") == 0;
            clang_disposeString(sn);
            if (!end)
                continue;
        }
        struct ir_binding *bd = vec_push(&p->bindings);
        bd->field = take_str(&p->arena, clang_getTokenSpelling(tu, toks[i + 1]));
        bd->func = take_str(&p->arena, clang_getTokenSpelling(tu, toks[j]));
        bd->loc = loc_from(b, clang_getTokenLocation(tu, toks[j]));
    }
    clang_disposeTokens(tu, toks, n);
}

static void scan_init_list(struct fb *b, CXCursor c)
{
    scan_init_tokens(b->p, b->tu, clang_getCursorExtent(c), b);
}

/* ---- statements ----------------------------------------------------------------------- */

static void b_stmt(struct fb *b, CXCursor c);

static int label_block(struct fb *b, const char *name)
{
    intptr_t v = (intptr_t)strmap_get(&b->labels, name);
    if (v)
        return (int)v - 1;
    int id = new_block(b);
    strmap_put(&b->labels, arena_strdup(&b->p->arena, name), (void *)(intptr_t)(id + 1));
    return id;
}

/* Parses a branch condition into `out` after emitting the events it evaluates. Returns the
 * constant truth value (0/1) when the condition is a constant, else -1. */
static int b_cond(struct fb *b, CXCursor c, struct ir_cond *out)
{
    memset(out, 0, sizeof(*out));
    long long v;
    const char *t;
    if (const_value(b, c, &v, &t))
        return v != 0;
    CXCursor s = strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
        struct kids ks = kids_of(s);
        int r = -1;
        if (ks.n == 1) {
            r = b_cond(b, ks.c[0], out);
            if (r >= 0)
                r = !r;
            out->negated = !out->negated;
        }
        kids_free(&ks);
        return r;
    }
    if (k == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
        enum ir_cmp cmp;
        bool is_cmp = true;
        switch (op) {
        case CXBinaryOperator_EQ: cmp = IR_EQ; break;
        case CXBinaryOperator_NE: cmp = IR_NE; break;
        case CXBinaryOperator_LT: cmp = IR_LT; break;
        case CXBinaryOperator_LE: cmp = IR_LE; break;
        case CXBinaryOperator_GT: cmp = IR_GT; break;
        case CXBinaryOperator_GE: cmp = IR_GE; break;
        default:
            is_cmp = false;
            cmp = IR_EQ;
            break;
        }
        if (is_cmp) {
            struct kids ks = kids_of(s);
            if (ks.n == 2) {
                struct ir_val l = b_expr(b, ks.c[0]);
                struct ir_val r = b_expr(b, ks.c[1]);
                if (l.kind == IR_V_CONST && r.kind == IR_V_PATH) {
                    static const enum ir_cmp swap[] = {IR_EQ, IR_NE, IR_GT, IR_GE, IR_LT, IR_LE};
                    struct ir_val tmp = l;
                    l = r;
                    r = tmp;
                    cmp = swap[cmp];
                }
                if (l.kind == IR_V_PATH && r.kind == IR_V_CONST && l.text) {
                    out->kind = IR_COND_CMP;
                    out->op = cmp;
                    out->path = l.text;
                    out->cval = r.cval;
                    out->ctext = r.text;
                }
            }
            kids_free(&ks);
            return -1;
        }
    }
    struct ir_val val = b_expr(b, c);
    if (val.kind == IR_V_PATH && val.text) {
        out->kind = IR_COND_TRUTH;
        out->path = val.text;
    } else if (val.kind == IR_V_CALL) {
        struct ir_event *e = ir_event_at(ir_block(b->f, b->cur), val.call);
        if (e->callee && strcmp(e->callee, "NT_SUCCESS") == 0 && e->nargs == 1 && e->args[0].kind == IR_V_PATH) {
            out->kind = IR_COND_SUCCESS;
            out->path = e->args[0].text;
        }
    }
    return -1;
}

/* Emits the condition into the current block and branches to t / f. `a && b` and `a || b` get
 * their short-circuit edges, so each operand is a condition of its own block. */
static void branch(struct fb *b, CXCursor cond, int t, int f)
{
    CXCursor s = strip(cond);
    enum CXCursorKind k = clang_getCursorKind(s);
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
        struct kids ks = kids_of(s);
        if (ks.n == 1) {
            CXCursor inner = strip(ks.c[0]);
            enum CXCursorKind ik = clang_getCursorKind(inner);
            if (ik == CXCursor_BinaryOperator && (clang_getCursorBinaryOperatorKind(inner) == CXBinaryOperator_LAnd ||
                                                  clang_getCursorBinaryOperatorKind(inner) == CXBinaryOperator_LOr)) {
                CXCursor in = ks.c[0];
                kids_free(&ks);
                branch(b, in, f, t);
                return;
            }
        }
        kids_free(&ks);
    }
    if (k == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
        if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
            struct kids ks = kids_of(s);
            if (ks.n == 2) {
                CXCursor l = ks.c[0], r = ks.c[1];
                kids_free(&ks);
                int mid = new_block(b);
                if (op == CXBinaryOperator_LAnd)
                    branch(b, l, mid, f);
                else
                    branch(b, l, t, mid);
                b->cur = mid;
                branch(b, r, t, f);
                return;
            }
            kids_free(&ks);
        }
    }
    struct ir_cond ic;
    int cv = b_cond(b, cond, &ic);
    if (cv == 1) {
        edge(b, b->cur, t);
        return;
    }
    if (cv == 0) {
        edge(b, b->cur, f);
        return;
    }
    ir_block(b->f, b->cur)->cond = ic;
    ir_edge_add(b->f, b->cur, t, IR_E_TRUE, 0);
    ir_edge_add(b->f, b->cur, f, IR_E_FALSE, 0);
}

static unsigned cursor_offset(CXCursor c)
{
    unsigned off;
    CXFile f;
    clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), &f, NULL, NULL, &off);
    return off;
}

static void b_for(struct fb *b, CXCursor c, struct kids *ks)
{
    /* Children skip absent parts, so place each one by the `;` of the header. */
    CXCursor body = ks->c[ks->n - 1];
    CXSourceRange hdr =
        clang_getRange(clang_getRangeStart(clang_getCursorExtent(c)), clang_getRangeStart(clang_getCursorExtent(body)));
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(b->tu, hdr, &toks, &n);
    unsigned semi[2] = {~0u, ~0u};
    int ns = 0, depth = 0;
    for (unsigned i = 0; i < n && ns < 2; i++) {
        CXString s = clang_getTokenSpelling(b->tu, toks[i]);
        const char *t = clang_getCString(s);
        if (strcmp(t, "(") == 0)
            depth++;
        else if (strcmp(t, ")") == 0)
            depth--;
        else if (strcmp(t, ";") == 0 && depth == 1) {
            CXFile f;
            unsigned off;
            clang_getExpansionLocation(clang_getTokenLocation(b->tu, toks[i]), &f, NULL, NULL, &off);
            semi[ns++] = off;
        }
        clang_disposeString(s);
    }
    clang_disposeTokens(b->tu, toks, n);
    CXCursor init = clang_getNullCursor(), cond = clang_getNullCursor(), inc = clang_getNullCursor();
    for (int i = 0; i < ks->n - 1; i++) {
        unsigned off = cursor_offset(ks->c[i]);
        if (off < semi[0])
            init = ks->c[i];
        else if (off < semi[1])
            cond = ks->c[i];
        else
            inc = ks->c[i];
    }
    if (!clang_Cursor_isNull(init))
        b_stmt(b, init);
    int head = new_block(b), bodyb = new_block(b), incb = new_block(b), exit = new_block(b);
    edge(b, b->cur, head);
    b->cur = head;
    if (!clang_Cursor_isNull(cond))
        branch(b, cond, bodyb, exit);
    else
        edge(b, head, bodyb);
    int obrk = b->brk, ocont = b->cont;
    b->brk = exit;
    b->cont = incb;
    b->cur = bodyb;
    b_stmt(b, body);
    edge(b, b->cur, incb);
    b->cur = incb;
    if (!clang_Cursor_isNull(inc))
        b_expr(b, inc);
    edge(b, incb, head);
    b->brk = obrk;
    b->cont = ocont;
    b->cur = exit;
}

static void b_vardecl(struct fb *b, CXCursor v)
{
    *(const char **)vec_push(&b->f->locals) = take_str(&b->p->arena, clang_getCursorSpelling(v));
    CXCursor init = clang_Cursor_getVarDeclInitializer(v);
    if (clang_Cursor_isNull(init))
        return;
    struct ir_val rv = b_expr(b, init);
    struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, v), NULL);
    e->lhs = take_str(&b->p->arena, clang_getCursorSpelling(v));
    e->rhs = rv;
}

static void b_stmt(struct fb *b, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    struct kids ks;
    switch (k) {
    case CXCursor_CompoundStmt:
        ks = kids_of(c);
        for (int i = 0; i < ks.n; i++)
            b_stmt(b, ks.c[i]);
        kids_free(&ks);
        return;
    case CXCursor_IfStmt: {
        ks = kids_of(c);
        if (ks.n < 2) {
            kids_free(&ks);
            return;
        }
        int tb = new_block(b), join = new_block(b);
        int eb = ks.n > 2 ? new_block(b) : join;
        branch(b, ks.c[0], tb, eb);
        b->cur = tb;
        b_stmt(b, ks.c[1]);
        edge(b, b->cur, join);
        if (ks.n > 2) {
            b->cur = eb;
            b_stmt(b, ks.c[2]);
            edge(b, b->cur, join);
        }
        b->cur = join;
        kids_free(&ks);
        return;
    }
    case CXCursor_WhileStmt: {
        ks = kids_of(c);
        if (ks.n < 2) {
            kids_free(&ks);
            return;
        }
        int head = new_block(b), body = new_block(b), exit = new_block(b);
        edge(b, b->cur, head);
        b->cur = head;
        branch(b, ks.c[0], body, exit);
        int obrk = b->brk, ocont = b->cont;
        b->brk = exit;
        b->cont = head;
        b->cur = body;
        b_stmt(b, ks.c[ks.n - 1]);
        edge(b, b->cur, head);
        b->brk = obrk;
        b->cont = ocont;
        b->cur = exit;
        kids_free(&ks);
        return;
    }
    case CXCursor_DoStmt: {
        ks = kids_of(c);
        if (ks.n < 2) {
            kids_free(&ks);
            return;
        }
        int body = new_block(b), condb = new_block(b), exit = new_block(b);
        edge(b, b->cur, body);
        int obrk = b->brk, ocont = b->cont;
        b->brk = exit;
        b->cont = condb;
        b->cur = body;
        b_stmt(b, ks.c[0]);
        edge(b, b->cur, condb);
        b->cur = condb;
        branch(b, ks.c[1], body, exit);
        b->brk = obrk;
        b->cont = ocont;
        b->cur = exit;
        kids_free(&ks);
        return;
    }
    case CXCursor_ForStmt:
        ks = kids_of(c);
        if (ks.n >= 1)
            b_for(b, c, &ks);
        kids_free(&ks);
        return;
    case CXCursor_SwitchStmt: {
        ks = kids_of(c);
        if (ks.n < 2) {
            kids_free(&ks);
            return;
        }
        struct ir_val v = b_expr(b, ks.c[0]);
        int sw = b->cur;
        if (v.kind == IR_V_PATH)
            ir_block(b->f, sw)->switch_path = v.text;
        int exit = new_block(b);
        int osw = b->sw, obrk = b->brk;
        bool odef = b->sw_default;
        b->sw = sw;
        b->brk = exit;
        b->sw_default = false;
        b->cur = new_block(b); /* code before the first label is unreachable */
        b_stmt(b, ks.c[ks.n - 1]);
        edge(b, b->cur, exit);
        if (!b->sw_default)
            ir_edge_add(b->f, sw, exit, IR_E_DEFAULT, 0);
        b->sw = osw;
        b->brk = obrk;
        b->sw_default = odef;
        b->cur = exit;
        kids_free(&ks);
        return;
    }
    case CXCursor_CaseStmt: {
        ks = kids_of(c);
        int blk = new_block(b);
        edge(b, b->cur, blk);
        if (b->sw >= 0 && ks.n >= 1) {
            long long v = 0;
            const char *t;
            if (const_value(b, ks.c[0], &v, &t))
                ir_edge_add(b->f, b->sw, blk, IR_E_CASE, v);
            else
                ir_edge_add(b->f, b->sw, blk, IR_E_DEFAULT, 0);
        }
        b->cur = blk;
        if (ks.n >= 2)
            b_stmt(b, ks.c[ks.n - 1]);
        kids_free(&ks);
        return;
    }
    case CXCursor_DefaultStmt: {
        ks = kids_of(c);
        int blk = new_block(b);
        edge(b, b->cur, blk);
        if (b->sw >= 0) {
            ir_edge_add(b->f, b->sw, blk, IR_E_DEFAULT, 0);
            b->sw_default = true;
        }
        b->cur = blk;
        if (ks.n >= 1)
            b_stmt(b, ks.c[ks.n - 1]);
        kids_free(&ks);
        return;
    }
    case CXCursor_BreakStmt:
        if (b->brk >= 0)
            edge(b, b->cur, b->brk);
        b->cur = new_block(b);
        return;
    case CXCursor_ContinueStmt:
        if (b->cont >= 0)
            edge(b, b->cur, b->cont);
        b->cur = new_block(b);
        return;
    case CXCursor_ReturnStmt: {
        ks = kids_of(c);
        struct ir_val v = {.kind = IR_V_NONE};
        if (ks.n >= 1)
            v = b_expr(b, ks.c[0]);
        kids_free(&ks);
        struct ir_event *e = emit(b, IR_RETURN, loc_of(b, c), NULL);
        e->rhs = v;
        edge(b, b->cur, b->f->exit_block);
        b->cur = new_block(b);
        return;
    }
    case CXCursor_GotoStmt: {
        CXCursor lbl = clang_getCursorReferenced(c);
        const char *name = take_str(&b->p->arena, clang_getCursorSpelling(lbl));
        edge(b, b->cur, label_block(b, name));
        b->cur = new_block(b);
        return;
    }
    case CXCursor_LabelStmt: {
        const char *name = take_str(&b->p->arena, clang_getCursorSpelling(c));
        int blk = label_block(b, name);
        edge(b, b->cur, blk);
        b->cur = blk;
        ks = kids_of(c);
        if (ks.n >= 1)
            b_stmt(b, ks.c[ks.n - 1]);
        kids_free(&ks);
        return;
    }
    case CXCursor_DeclStmt:
        ks = kids_of(c);
        for (int i = 0; i < ks.n; i++)
            if (clang_getCursorKind(ks.c[i]) == CXCursor_VarDecl)
                b_vardecl(b, ks.c[i]);
        kids_free(&ks);
        return;
    case CXCursor_NullStmt: return;
    default:
        if (clang_isExpression(k))
            b_expr(b, c);
        else if (clang_isStatement(k)) {
            ks = kids_of(c);
            for (int i = 0; i < ks.n; i++)
                b_stmt(b, ks.c[i]);
            kids_free(&ks);
        }
        return;
    }
}

static void build_function(struct fb *b, CXCursor fn, const char *tu_file)
{
    struct ir_program *p = b->p;
    CXString nm = clang_getCursorSpelling(fn);
    struct ir_func *f = ir_func_new(p, clang_getCString(nm));
    clang_disposeString(nm);
    f->tu_file = tu_file;
    f->loc = loc_of(b, fn);
    f->is_static = clang_Cursor_getStorageClass(fn) == CX_SC_Static;
    f->invalid = clang_isInvalidDeclaration(fn) != 0;
    int np = clang_Cursor_getNumArguments(fn);
    if (np > 0) {
        f->nparams = np;
        f->params = arena_alloc(&p->arena, sizeof(char *) * (size_t)np);
        for (int i = 0; i < np; i++)
            f->params[i] = take_str(&p->arena, clang_getCursorSpelling(clang_Cursor_getArgument(fn, (unsigned)i)));
    }
    b->f = f;
    b->brk = b->cont = b->sw = -1;
    b->sw_default = false;
    strmap_init(&b->labels);
    int entry = ir_block_new(f);
    f->exit_block = ir_block_new(f);
    b->cur = entry;
    struct kids ks = kids_of(fn);
    for (int i = 0; i < ks.n; i++)
        if (clang_getCursorKind(ks.c[i]) == CXCursor_CompoundStmt)
            b_stmt(b, ks.c[i]);
    kids_free(&ks);
    edge(b, b->cur, f->exit_block);
    strmap_free(&b->labels);
}

/* ---- translation units ---------------------------------------------------------------- */

struct tu_walk {
    struct fb b;
    const char *tu_file;
};

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct tu_walk *w = d;
    CXSourceLocation l = clang_getCursorLocation(c);
    if (clang_Location_isInSystemHeader(l))
        return CXChildVisit_Continue;
    enum CXCursorKind k = clang_getCursorKind(c);
    bool main_file = clang_Location_isFromMainFile(l) != 0;
    if (k == CXCursor_FunctionDecl) {
        if (clang_isCursorDefinition(c)) {
            if (main_file)
                build_function(&w->b, c, w->tu_file);
            return CXChildVisit_Continue;
        }
        CXType t = clang_getCursorType(c);
        if (t.kind == CXType_Elaborated)
            t = clang_Type_getNamedType(t);
        if (t.kind == CXType_Typedef) {
            struct ir_role_decl *rd = vec_push(&w->b.p->role_decls);
            rd->func = take_str(&w->b.p->arena, clang_getCursorSpelling(c));
            rd->role_typedef = take_str(&w->b.p->arena, clang_getTypeSpelling(t));
            rd->loc = loc_of(&w->b, c);
        }
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_VarDecl && main_file) {
        CXCursor init = clang_Cursor_getVarDeclInitializer(c);
        if (!clang_Cursor_isNull(init) && clang_getCursorKind(init) == CXCursor_InitListExpr)
            scan_init_tokens(w->b.p, w->b.tu, clang_getCursorExtent(init), &w->b);
    }
    return CXChildVisit_Continue;
}

int cx_parse_file(struct ir_program *prog, const char *file, const char *const *argv, int argc, const char *workdir)
{
    struct stat st;
    char path_buf[4096];
    const char *check = file;
    if (workdir && file[0] != '/') {
        snprintf(path_buf, sizeof(path_buf), "%s/%s", workdir, file);
        check = path_buf;
    }
    struct ir_diag *d;
    if (stat(check, &st) != 0) {
        d = vec_push(&prog->diags);
        d->loc.file = ir_intern(prog, file);
        d->message = arena_printf(&prog->arena, "cannot open source file: %s", strerror(errno));
        d->fatal = true;
        return 2;
    }
    if (S_ISDIR(st.st_mode)) {
        d = vec_push(&prog->diags);
        d->loc.file = ir_intern(prog, file);
        d->message = "is a directory, not a C source file";
        d->fatal = true;
        return 2;
    }
    /* A NUL byte in the first 8 KiB marks a binary file; clang would read it as garbage. */
    FILE *fp = fopen(check, "rb");
    if (fp) {
        char head[8192];
        size_t n = fread(head, 1, sizeof(head), fp);
        fclose(fp);
        if (memchr(head, 0, n)) {
            d = vec_push(&prog->diags);
            d->loc.file = ir_intern(prog, file);
            d->message = "is a binary file, not a C source file";
            d->fatal = true;
            return 2;
        }
    }

    const char **args = calloc((size_t)argc + 3, sizeof(char *));
    if (!args)
        abort();
    int na = 0;
    for (int i = 0; i < argc; i++)
        args[na++] = argv[i];
    if (workdir) {
        args[na++] = "-working-directory";
        args[na++] = workdir;
    }
    CXTranslationUnit tu = NULL;
    unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
    enum CXErrorCode ec = clang_parseTranslationUnit2FullArgv(cx_index, NULL, args, na, NULL, 0, opts, &tu);
    free(args);
    if (ec != CXError_Success || !tu) {
        d = vec_push(&prog->diags);
        d->loc.file = ir_intern(prog, file);
        d->message = arena_printf(&prog->arena,
                                  "clang could not parse this file (libclang error %d); "
                                  "check the compiler flags",
                                  (int)ec);
        d->fatal = true;
        return 2;
    }

    struct tu_walk w;
    memset(&w, 0, sizeof(w));
    w.b.p = prog;
    w.b.tu = tu;
    w.tu_file = ir_intern(prog, file);
    int rc = 0;
    unsigned nd = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < nd; i++) {
        CXDiagnostic dg = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(dg);
        if (sev >= CXDiagnostic_Error) {
            d = vec_push(&prog->diags);
            d->loc = loc_from(&w.b, clang_getDiagnosticLocation(dg));
            if (!d->loc.file)
                d->loc.file = w.tu_file;
            d->message = take_str(&prog->arena, clang_getDiagnosticSpelling(dg));
            d->fatal = sev == CXDiagnostic_Fatal;
            if (d->fatal)
                rc = 2;
            else if (rc == 0)
                rc = 1;
            CXDiagnosticSet kids = clang_getChildDiagnostics(dg);
            unsigned nk = clang_getNumDiagnosticsInSet(kids);
            for (unsigned k = 0; k < nk; k++) {
                CXDiagnostic kd = clang_getDiagnosticInSet(kids, k);
                struct ir_diag *nd = vec_push(&prog->diags);
                nd->loc = loc_from(&w.b, clang_getDiagnosticLocation(kd));
                nd->message = take_str(&prog->arena, clang_getDiagnosticSpelling(kd));
                nd->note = true;
                clang_disposeDiagnostic(kd);
            }
        }
        clang_disposeDiagnostic(dg);
    }
    if (rc != 2)
        clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &w);
    clang_disposeTranslationUnit(tu);
    return rc;
}

/* ---- parallel parsing ---------------------------------------------------------------------- */

struct pool {
    struct cx_job *jobs;
    struct ir_program **parts;
    int njobs;
    int next;
    pthread_mutex_t lock;
};

static void *worker(void *arg)
{
    struct pool *pl = arg;
    cx_index = clang_createIndex(0, 0);
    for (;;) {
        pthread_mutex_lock(&pl->lock);
        int j = pl->next++;
        pthread_mutex_unlock(&pl->lock);
        if (j >= pl->njobs)
            break;
        struct cx_job *jb = &pl->jobs[j];
        if (!cx_index) {
            jb->rc = 2;
            struct ir_diag *d = vec_push(&pl->parts[j]->diags);
            d->loc.file = ir_intern(pl->parts[j], jb->file);
            d->message = "cannot initialise libclang";
            d->fatal = true;
            continue;
        }
        jb->rc = cx_parse_file(pl->parts[j], jb->file, jb->argv, jb->argc, jb->workdir);
    }
    if (cx_index)
        clang_disposeIndex(cx_index);
    cx_index = NULL;
    return NULL;
}

int cx_parse_jobs(struct ir_program *prog, struct cx_job *jobs, int njobs, int threads)
{
    struct pool pl = {jobs, calloc((size_t)njobs + 1, sizeof(struct ir_program *)), njobs, 0,
                      PTHREAD_MUTEX_INITIALIZER};
    if (!pl.parts)
        abort();
    for (int j = 0; j < njobs; j++) {
        pl.parts[j] = malloc(sizeof(struct ir_program));
        if (!pl.parts[j])
            abort();
        ir_program_init(pl.parts[j]);
    }
    if (threads > njobs)
        threads = njobs;
    if (threads < 1)
        threads = 1;
    pthread_t tids[64];
    int started = 0;
    for (int i = 1; i < threads && i < 64; i++)
        if (pthread_create(&tids[started], NULL, worker, &pl) == 0)
            started++;
    worker(&pl); /* the calling thread works too */
    for (int i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    int worst = 0;
    for (int j = 0; j < njobs; j++) {
        ir_program_merge(prog, pl.parts[j]);
        if (jobs[j].rc > worst)
            worst = jobs[j].rc;
    }
    free(pl.parts);
    return worst;
}

/* ---- compile databases ------------------------------------------------------------------ */

int cx_load_compdb(const char *build_dir, struct vec *out, char **err)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/compile_commands.json", build_dir);
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        if (asprintf(err, "%s: cannot read compile database: %s", path, strerror(errno)) < 0)
            *err = NULL;
        return 2;
    }
    struct json_object *root = json_parse_text(path, text, len, "invalid compile database", err);
    free(text);
    if (!root)
        return 2;
    if (!json_object_is_type(root, json_type_array)) {
        if (asprintf(err, "%s: error: invalid compile database: the top level is not an array of commands", path) < 0)
            *err = NULL;
        json_object_put(root);
        return 2;
    }
    size_t n = json_object_array_length(root);
    for (size_t i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(root, i), *f, *dir;
        if (!json_object_is_type(e, json_type_object) || !json_object_object_get_ex(e, "file", &f) ||
            !json_object_object_get_ex(e, "directory", &dir) ||
            (!json_object_object_get_ex(e, "arguments", NULL) && !json_object_object_get_ex(e, "command", NULL))) {
            if (asprintf(err,
                         "%s: error: invalid compile database: entry %zu lacks \"directory\", \"file\" "
                         "or \"arguments\"/\"command\"",
                         path, i + 1) < 0)
                *err = NULL;
            json_object_put(root);
            return 2;
        }
    }
    json_object_put(root);

    CXCompilationDatabase_Error dberr;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &dberr);
    if (dberr != CXCompilationDatabase_NoError || !db) {
        if (asprintf(err, "%s: error: libclang cannot load this compile database", path) < 0)
            *err = NULL;
        return 2;
    }
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned nc = clang_CompileCommands_getSize(cmds);
    for (unsigned i = 0; i < nc; i++) {
        CXCompileCommand cc = clang_CompileCommands_getCommand(cmds, i);
        struct cx_compile_cmd *out_c = vec_push(out);
        CXString s = clang_CompileCommand_getFilename(cc);
        out_c->file = strdup(clang_getCString(s));
        clang_disposeString(s);
        s = clang_CompileCommand_getDirectory(cc);
        out_c->directory = strdup(clang_getCString(s));
        clang_disposeString(s);
        unsigned na = clang_CompileCommand_getNumArgs(cc);
        out_c->argc = (int)na;
        out_c->argv = calloc(na + 1, sizeof(char *));
        for (unsigned a = 0; a < na; a++) {
            s = clang_CompileCommand_getArg(cc, a);
            out_c->argv[a] = strdup(clang_getCString(s));
            clang_disposeString(s);
        }
    }
    clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return 0;
}

void cx_compile_cmds_free(struct vec *cmds)
{
    for (size_t i = 0; i < cmds->len; i++) {
        struct cx_compile_cmd *c = vec_at(cmds, i);
        free(c->file);
        free(c->directory);
        for (int a = 0; a < c->argc; a++)
            free(c->argv[a]);
        free(c->argv);
    }
    vec_free(cmds);
}

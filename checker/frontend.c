/* frontend.c — libclang 19 -> IR (see frontend.h).
 *
 * Limits: C only. In branch conditions `a && b` and `a || b` get short-circuit edges; elsewhere
 * (`x = a && f()`) and in `c ? x : y` every operand is evaluated; calls through function pointers are recorded as
 * indirect calls with no callee; GNU statement expressions are not descended into. Locations are expansion locations: a
 * call written as a macro (NdisMCmRegisterSapComplete, which the WDK defines over NdisCmRegisterSapComplete) is located
 * at the macro name the user spelled, and that name is recorded in the event.
 */
#include "frontend.h"
#include "compdb.h"
#include "path.h"

#include "sal.h"

#include <clang-c/Index.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static _Thread_local CXIndex cx_index;

/* Parsing and building run on threads with this much stack (address space; pages are committed
 * only as used): clang's parser and evaluator recurse once per level of an expression's nesting,
 * several KiB each, and a 8 MiB stack ends near 2,000 levels of unary operators or casts. */
#define CX_STACK_SIZE ((size_t)1 << 30)
#define CX_STACK_MIN ((size_t)64 << 20)

static pthread_once_t cx_once = PTHREAD_ONCE_INIT;

/* libclang parses on a thread of its own with an 8 MiB stack unless LIBCLANG_NOTHREADS is set;
 * set, it parses on the calling thread, one of ours with CX_STACK_SIZE. A value the user set stays. */
static void cx_setup(void)
{
    setenv("LIBCLANG_NOTHREADS", "1", 0);
}

int cx_init(void)
{
    pthread_once(&cx_once, cx_setup);
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

/* The builder walks a function body with an explicit stack of frames (struct frame), never with
 * C recursion: statements, conditions and expressions nest as deeply as the input does (a sum of
 * 20,000 terms is 20,000 operator levels, an else-if chain or a run of case labels as many
 * statement levels). What it learns about an expression node (struct node) is kept per function,
 * so that each node is stripped, classified and handed to clang's evaluator at most once. */

/* What the builder knows about one expression node of the function being built. */
struct node {
    CXCursor c;
    unsigned gen; /* struct memo's generation it belongs to; other values mark a free slot */
    bool has_strip;
    CXCursor stripped; /* strip(c), when has_strip */
    signed char sc;    /* syn_const(c): -1 not yet known, else 0 or 1 */
    signed char sub;   /* operands_ok(c): -1 not yet known, else 0 or 1 */
    signed char ev;    /* clang's evaluation of c as an integer: -1 not done, 0 failed, 1 `val` */
    long long val;
};

/* Open-addressing table of nodes keyed by cursor; emptied per function by a new generation. */
struct memo {
    struct node *tab;
    size_t cap, len;
    unsigned gen;
};

/* Work of the explicit stack: what a frame is doing (see the step functions). */
enum op {
    OP_EXPR,   /* an expression: emits its events, leaves its value in fb.rv */
    OP_KIDS,   /* every child as an expression of unused value, then (post) the access path */
    OP_PAREN,  /* parentheses or a cast: the inner value */
    OP_UNARY,  /* a unary operator after its operand */
    OP_ASSIGN, /* `lhs = rhs` */
    OP_BINARY, /* other binary and compound-assignment operators */
    OP_CONDOP, /* `c ? x : y` */
    OP_CALL,   /* a call: arguments, then the call event */
    OP_COND,   /* a branch condition: fb.ri (constant truth value or -1) and fb.rc */
    OP_BRANCH, /* a condition branching to on_true / on_false, with short-circuit edges */
    OP_STMT,   /* a statement */
    OP_SEQ,    /* the children as statements */
    OP_IF,
    OP_WHILE,
    OP_DO,
    OP_FOR,
    OP_SWITCH,
    OP_RETURN,
    OP_DECLS /* the variables of a declaration statement */
};

/* How much of an expression's value its user needs: none (only its events), whether it names a
 * function (the operand of `&`), or all of it. Computing a value that nobody reads (a constant, an
 * access path) at every level of a long operator chain is what made such chains cost O(N^2) and
 * more; the events emitted do not depend on it. */
enum want { W_NONE, W_FUNC, W_ALL };

struct frame {
    enum op op;
    int step; /* where the frame resumes */
    enum want want;
    bool post_path; /* OP_KIDS: the value is the node's access path */
    CXCursor c;     /* the node */
    struct kids ks; /* children kept across steps; freed with the frame */
    int i;          /* next child or argument */
    int on_true, on_false;
    int blk[4]; /* blocks made by the frame */
    int obrk, ocont, osw;
    bool odef;
    int cmp;             /* OP_COND: the comparison */
    struct ir_val v;     /* a value kept across a step */
    struct ir_val *args; /* OP_CALL */
    int nargs;
    const char *path; /* OP_ASSIGN: the assigned access path */
    CXCursor aux[4];  /* OP_ASSIGN: lhs, rhs; OP_FOR: init, cond, inc, body; OP_DECLS: the variable */
};

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
    const char *workdir;    /* the directory clang's relative file names are relative to, or NULL */
    const char *shown_from; /* when set, file names are shown from this directory (path_shown()) */
    struct strmap shown;    /* clang's file name -> the name shown (with shown_from) */
    struct memo memo;
    struct vec chain;        /* CXCursor: nodes passed by strip() and eval_int() */
    struct vec work;         /* CXCursor: work stack of syn_const() and operands_ok() */
    struct vec frames;       /* struct frame: the explicit call stack */
    const char *tu_file;     /* main file of the TU, interned */
    struct strmap sal_seen;  /* declarations whose IRQL annotations were read ("file:offset") */
    struct strmap sal_names; /* callees and typedefs already looked at, by name */
    struct ir_val rv;        /* value of the expression frame that finished last */
    int ri;                  /* OP_COND result: constant truth value, or -1 */
    struct ir_cond rc;       /* OP_COND result: the condition */
};

static void fb_init(struct fb *b)
{
    strmap_init(&b->shown);
    strmap_init(&b->sal_seen);
    strmap_init(&b->sal_names);
    vec_init(&b->chain, sizeof(CXCursor));
    vec_init(&b->work, sizeof(CXCursor));
    vec_init(&b->frames, sizeof(struct frame));
}

static void fb_free(struct fb *b)
{
    strmap_free(&b->shown);
    strmap_free(&b->sal_seen);
    strmap_free(&b->sal_names);
    free(b->memo.tab);
    memset(&b->memo, 0, sizeof(b->memo));
    vec_free(&b->chain);
    vec_free(&b->work);
    for (size_t i = 0; i < b->frames.len; i++)
        kids_free(&((struct frame *)vec_at(&b->frames, i))->ks);
    vec_free(&b->frames);
}

static void memo_reset(struct memo *m)
{
    m->len = 0;
    if (++m->gen == 0) { /* wrapped: the old generations must not look current */
        if (m->tab)
            memset(m->tab, 0, m->cap * sizeof(*m->tab));
        m->gen = 1;
    }
}

/* The node record of `c`, created empty on first use. The pointer is valid until the next call. */
static struct node *memo_get(struct fb *b, CXCursor c)
{
    struct memo *m = &b->memo;
    if ((m->len + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 256;
        struct node *nt = calloc(ncap, sizeof(*nt));
        if (!nt)
            abort();
        for (size_t i = 0; i < m->cap; i++)
            if (m->tab[i].gen == m->gen) {
                size_t j = clang_hashCursor(m->tab[i].c) & (ncap - 1);
                while (nt[j].gen == m->gen)
                    j = (j + 1) & (ncap - 1);
                nt[j] = m->tab[i];
            }
        free(m->tab);
        m->tab = nt;
        m->cap = ncap;
    }
    size_t j = clang_hashCursor(c) & (m->cap - 1);
    for (; m->tab[j].gen == m->gen; j = (j + 1) & (m->cap - 1))
        if (clang_equalCursors(m->tab[j].c, c))
            return &m->tab[j];
    struct node *n = &m->tab[j];
    memset(n, 0, sizeof(*n));
    n->c = c;
    n->gen = m->gen;
    n->sc = n->sub = n->ev = -1;
    m->len++;
    return n;
}

static void cursor_push(struct vec *v, CXCursor c)
{
    *(CXCursor *)vec_push(v) = c;
}

static CXCursor cursor_at(const struct vec *v, size_t i)
{
    return *(CXCursor *)vec_at(v, i);
}

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
    if (b->shown_from) {
        const char *shown = strmap_get(&b->shown, r.file);
        if (!shown) {
            char buf[4096];
            shown = ir_intern(b->p, path_shown(b->workdir, r.file, b->shown_from, buf, sizeof(buf)));
            strmap_put(&b->shown, r.file, (void *)shown);
        }
        r.file = shown;
    }
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

static bool ident_char(char ch)
{
    return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static bool is_plain_ident(const char *s)
{
    if (!*s || (*s >= '0' && *s <= '9'))
        return false;
    for (; *s; s++)
        if (!ident_char(*s))
            return false;
    return true;
}

/* The name of the macro whose `#define` holds the spelling location `l` (a token written in a
 * macro's replacement list), or NULL when `l` is not in one. Reads the file's text through the TU
 * and looks back over the physical lines the definition continues with a backslash (at most 64 KiB:
 * a replacement list is never longer in practice). */
static const char *macro_at_spelling(struct fb *b, CXSourceLocation l)
{
    CXFile file;
    unsigned off;
    clang_getSpellingLocation(l, &file, NULL, NULL, &off);
    if (!file)
        return NULL;
    size_t size = 0;
    const char *text = clang_getFileContents(b->tu, file, &size);
    if (!text || off >= size)
        return NULL;
    size_t s = off, limit = off > 65536 ? off - 65536 : 0;
    while (s > limit && text[s - 1] != '\n')
        s--;
    /* while the line before ends in a backslash, the definition starts further up */
    while (s > limit + 1) {
        size_t q = s - 1; /* the '\n' ending the previous line */
        if (q > 0 && text[q - 1] == '\r')
            q--;
        if (q == 0 || text[q - 1] != '\\')
            break;
        s = q - 1;
        while (s > limit && text[s - 1] != '\n')
            s--;
    }
    size_t i = s;
    while (i < size && (text[i] == ' ' || text[i] == '\t'))
        i++;
    if (i >= size || text[i] != '#')
        return NULL;
    i++;
    while (i < size && (text[i] == ' ' || text[i] == '\t'))
        i++;
    if (size - i < 7 || strncmp(text + i, "define", 6) != 0 || (text[i + 6] != ' ' && text[i + 6] != '\t'))
        return NULL;
    i += 6;
    while (i < size && (text[i] == ' ' || text[i] == '\t'))
        i++;
    size_t n0 = i;
    while (i < size && ident_char(text[i]))
        i++;
    if (i == n0 || off < i)
        return NULL; /* not an identifier, or `l` is the macro's own name */
    return arena_strndup(&b->p->arena, text + n0, i - n0);
}

static void chain_add(struct fb *b, struct ir_event *e, const char *name, int *cap)
{
    if (!name || (e->macro && strcmp(name, e->macro) == 0) || strcmp(name, e->callee) == 0)
        return;
    for (int i = 0; i < e->nmchain; i++)
        if (strcmp(e->mchain[i], name) == 0)
            return;
    if (e->nmchain == *cap) {
        int nc = *cap ? *cap * 2 : 4;
        const char **n = arena_alloc(&b->p->arena, sizeof(*n) * (size_t)nc);
        if (e->nmchain)
            memcpy(n, e->mchain, sizeof(*n) * (size_t)e->nmchain);
        e->mchain = n;
        *cap = nc;
    }
    e->mchain[e->nmchain++] = name;
}

/* For a call written through macros, the macros between the one spelled at the call site and the
 * function: those whose definitions spell the callee's name (first) or the start of an argument.
 * A driver's own `#define CM_COMPLETE(s, h) NdisMCmDeregisterSapComplete(s, h)` thus yields
 * NdisMCmDeregisterSapComplete, and the WDK's NdisAcquireSpinLock over KeAcquireSpinLock yields
 * both. */
static void macro_chain(struct fb *b, CXCursor call, struct ir_event *e)
{
    int cap = 0;
    struct kids ks = kids_of(call);
    if (ks.n > 0)
        chain_add(b, e, macro_at_spelling(b, clang_getCursorLocation(ks.c[0])), &cap);
    kids_free(&ks);
    chain_add(b, e, macro_at_spelling(b, clang_getCursorLocation(call)), &cap);
    int n = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < n; i++)
        chain_add(b, e, macro_at_spelling(b, clang_getCursorLocation(clang_Cursor_getArgument(call, (unsigned)i))),
                  &cap);
}

/* The name handler-field facts know a struct by: its tag without leading underscores, or the typedef
 * name of an untagged struct; an anonymous struct or union member stands for its enclosing named
 * struct. NULL when there is none. Arena-owned. */
static const char *record_name(struct ir_program *p, CXCursor rec)
{
    for (int depth = 0; depth < 8; depth++) {
        enum CXCursorKind k = clang_getCursorKind(rec);
        if (k != CXCursor_StructDecl && k != CXCursor_UnionDecl)
            return NULL;
        if (!clang_Cursor_isAnonymous(rec))
            break;
        rec = clang_getCursorSemanticParent(rec);
    }
    CXString sp = clang_getCursorSpelling(rec);
    const char *n = clang_getCString(sp);
    const char *r = NULL;
    if (n && n[0] && is_plain_ident(n)) {
        while (*n == '_')
            n++;
        r = *n ? arena_strdup(&p->arena, n) : NULL;
        clang_disposeString(sp);
        return r;
    }
    clang_disposeString(sp);
    CXString ts = clang_getTypeSpelling(clang_getCursorType(rec));
    const char *t = clang_getCString(ts);
    if (t && strncmp(t, "struct ", 7) == 0)
        t += 7;
    if (t && is_plain_ident(t)) {
        while (*t == '_')
            t++;
        r = *t ? arena_strdup(&p->arena, t) : NULL;
    }
    clang_disposeString(ts);
    return r;
}

/* The record name (see record_name) of a value of type `t`, or NULL if it is not a struct. */
static const char *record_of_type(struct ir_program *p, CXType t)
{
    return record_name(p, clang_getTypeDeclaration(clang_getCanonicalType(t)));
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

/* ---- facts about expression nodes ---------------------------------------------------------- */

/* Skips parentheses and implicit/explicit casts (an UnexposedExpr only when it has one child). The
 * result is remembered for every node of the chain passed. */
static CXCursor strip(struct fb *b, CXCursor c)
{
    size_t base = b->chain.len;
    CXCursor r;
    for (;;) {
        struct node *n = memo_get(b, c);
        if (n->has_strip) {
            r = n->stripped;
            break;
        }
        cursor_push(&b->chain, c);
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr) {
            r = c;
            break;
        }
        struct kids ks = kids_of(c);
        bool stop = ks.n == 0 || (k == CXCursor_UnexposedExpr && ks.n != 1);
        CXCursor next = stop ? c : ks.c[ks.n - 1];
        kids_free(&ks);
        if (stop) {
            r = c;
            break;
        }
        c = next;
    }
    for (size_t i = base; i < b->chain.len; i++) {
        struct node *n = memo_get(b, cursor_at(&b->chain, i));
        n->has_strip = true;
        n->stripped = r;
    }
    b->chain.len = base;
    return r;
}

/* The operands of a stripped node of constant shape: unary -, ~ or + (one operand) or a binary
 * operator other than `=` and `,` (two). Returns their number, 0 for such an operator with the
 * wrong number of children, -1 for any other node. */
static int const_operands(CXCursor s, CXCursor ops[2])
{
    enum CXCursorKind k = clang_getCursorKind(s);
    int want;
    if (k == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(s);
        if (op != CXUnaryOperator_Minus && op != CXUnaryOperator_Not && op != CXUnaryOperator_Plus)
            return -1;
        want = 1;
    } else if (k == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
        if (op == CXBinaryOperator_Assign || op == CXBinaryOperator_Comma)
            return -1;
        want = 2;
    } else
        return -1;
    struct kids ks = kids_of(s);
    int n = ks.n == want ? want : 0;
    for (int i = 0; i < n; i++)
        ops[i] = ks.c[i];
    kids_free(&ks);
    return n;
}

/* True when `c` has the shape of an integer constant: after strip(), an integer or character
 * literal, an enumerator, or an operator of const_operands() over operands of that shape. Pure
 * syntax; computed bottom-up once per node. */
static bool syn_const(struct fb *b, CXCursor c)
{
    int known = memo_get(b, c)->sc;
    if (known >= 0)
        return known;
    size_t base = b->work.len;
    cursor_push(&b->work, c);
    while (b->work.len > base) {
        CXCursor x = cursor_at(&b->work, b->work.len - 1);
        if (memo_get(b, x)->sc >= 0) {
            b->work.len--;
            continue;
        }
        CXCursor s = strip(b, x), ops[2];
        enum CXCursorKind k = clang_getCursorKind(s);
        int r;
        if (k == CXCursor_IntegerLiteral || k == CXCursor_CharacterLiteral)
            r = 1;
        else if (k == CXCursor_DeclRefExpr)
            r = clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_EnumConstantDecl;
        else {
            int n = const_operands(s, ops);
            r = n > 0;
            for (int i = 0; i < n && r == 1; i++) {
                int o = memo_get(b, ops[i])->sc;
                if (o < 0) {
                    cursor_push(&b->work, ops[i]);
                    r = -1;
                } else
                    r = o;
            }
        }
        if (r >= 0) {
            memo_get(b, x)->sc = (signed char)r;
            b->work.len--;
        }
    }
    return memo_get(b, c)->sc == 1;
}

static bool is_int_type(CXType t)
{
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    return (k >= CXType_Bool && k <= CXType_Int128) || k == CXType_Enum;
}

/* Types whose values clang's evaluator never gives as integers (pointers are lvalues to it). */
static bool never_int_type(CXType t)
{
    switch (clang_getCanonicalType(t).kind) {
    case CXType_Void:
    case CXType_Float:
    case CXType_Double:
    case CXType_LongDouble:
    case CXType_Float128:
    case CXType_Half:
    case CXType_Float16:
    case CXType_BFloat16:
    case CXType_Ibm128:
    case CXType_Complex:
    case CXType_Pointer:
    case CXType_BlockPointer:
    case CXType_Record:
    case CXType_FunctionNoProto:
    case CXType_FunctionProto:
    case CXType_ConstantArray:
    case CXType_IncompleteArray:
    case CXType_VariableArray:
    case CXType_Vector:
    case CXType_ExtVector: return true;
    default: return false;
    }
}

/* clang's evaluation of `x` as an integer, once per node: parentheses share the result of what
 * they enclose (clang evaluates through them), and a type clang never evaluates to an integer
 * fails without asking it. */
static bool eval_int(struct fb *b, CXCursor x, long long *v)
{
    size_t base = b->chain.len;
    signed char ev = -1;
    long long val = 0;
    for (;;) {
        struct node *n = memo_get(b, x);
        if (n->ev >= 0) {
            ev = n->ev;
            val = n->val;
            break;
        }
        cursor_push(&b->chain, x);
        struct kids ks = {0};
        if (clang_getCursorKind(x) == CXCursor_ParenExpr)
            ks = kids_of(x);
        if (ks.n == 1) {
            x = ks.c[0];
            kids_free(&ks);
            continue;
        }
        kids_free(&ks);
        ev = 0;
        if (!never_int_type(clang_getCursorType(x))) {
            CXEvalResult r = clang_Cursor_Evaluate(x);
            if (r) {
                if (clang_EvalResult_getKind(r) == CXEval_Int) {
                    ev = 1;
                    val = clang_EvalResult_getAsLongLong(r);
                }
                clang_EvalResult_dispose(r);
            }
        }
        break;
    }
    for (size_t i = base; i < b->chain.len; i++) {
        struct node *n = memo_get(b, cursor_at(&b->chain, i));
        n->ev = ev;
        n->val = val;
    }
    b->chain.len = base;
    if (ev == 1 && v)
        *v = val;
    return ev == 1;
}

/* For `c` of constant shape (syn_const): whether every operand below it evaluates as an integer,
 * which const_value requires. It does not ask clang about each operand: when clang evaluates `c`
 * to an integer, it has evaluated every operand it reached, and each of those of integer type to
 * an integer. Left to check are the operand types and the operands clang skips, the right-hand
 * sides of `&&` and `||`, which are evaluated on their own. Bottom-up, once per node. */
static bool operands_ok(struct fb *b, CXCursor c)
{
    int known = memo_get(b, c)->sub;
    if (known >= 0)
        return known;
    size_t base = b->work.len;
    cursor_push(&b->work, c);
    while (b->work.len > base) {
        CXCursor x = cursor_at(&b->work, b->work.len - 1);
        if (memo_get(b, x)->sub >= 0) {
            b->work.len--;
            continue;
        }
        CXCursor s = strip(b, x), ops[2];
        int n = const_operands(s, ops), r = 1;
        for (int i = 0; i < n && r == 1; i++) {
            CXType t = clang_getCursorType(ops[i]);
            if (!is_int_type(t) && (never_int_type(t) || !eval_int(b, ops[i], NULL))) {
                r = 0;
                break;
            }
            int o = memo_get(b, ops[i])->sub;
            if (o < 0) {
                cursor_push(&b->work, ops[i]);
                r = -1;
            } else
                r = o;
        }
        if (r == 1 && n == 2) {
            enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
            if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)
                r = eval_int(b, ops[1], NULL);
        }
        if (r >= 0) {
            memo_get(b, x)->sub = (signed char)r;
            b->work.len--;
        }
    }
    return memo_get(b, c)->sub == 1;
}

/* Evaluates `c` as an integer constant when it syntactically is one (literals, enumerators,
 * casts, unary and binary operators over them) and clang evaluates it and every operand to an
 * integer. `text` receives the enumerator or macro name spelled, or NULL. */
static bool const_value(struct fb *b, CXCursor c, long long *v, const char **text)
{
    if (!syn_const(b, c) || !operands_ok(b, c) || !eval_int(b, c, v))
        return false;
    *text = NULL;
    CXCursor s = strip(b, c);
    if (clang_getCursorKind(s) == CXCursor_DeclRefExpr)
        *text = take_str(&b->p->arena, clang_getCursorSpelling(s));
    else if (in_macro(c))
        *text = token_at_expansion(b, c);
    return true;
}

/* A cast to an integer type that clang cannot evaluate: its integer operand cannot be evaluated
 * either (an integer conversion of an integer never fails), which spares evaluating each level of
 * a chain of casts. */
static void cast_failed(struct fb *b, CXCursor cast, CXCursor inner)
{
    if (memo_get(b, cast)->ev != 0 || !is_int_type(clang_getCursorType(cast)) ||
        !is_int_type(clang_getCursorType(inner)))
        return;
    struct node *n = memo_get(b, inner);
    if (n->ev < 0)
        n->ev = 0;
}

/* A growable string. */
struct sbuf {
    char *d;
    size_t n, cap;
};

static void sb_putc(struct sbuf *s, char c)
{
    if (s->n + 2 > s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        char *nd = realloc(s->d, s->cap);
        if (!nd)
            abort();
        s->d = nd;
    }
    s->d[s->n++] = c;
    s->d[s->n] = 0;
}

static void sb_puts(struct sbuf *s, const char *t)
{
    for (; *t; t++)
        sb_putc(s, *t);
}

/* One step from an access path to its base. */
struct path_step {
    char kind; /* '.' member, '&' address-of, '*' dereference, '[' subscript */
    bool arrow;
    const char *member;
};

/* The access path of an lvalue-ish expression, or NULL (normal form: see ir.h). Walks from `c`
 * down to the variable, then writes the path outwards: members and subscripts go to the end of
 * the text, `&` and `*` come and go at its front (a `*&x` or `(&x)->f` collapses). */
static const char *path_of(struct fb *b, CXCursor c)
{
    struct arena *a = &b->p->arena;
    struct vec steps;
    vec_init(&steps, sizeof(struct path_step));
    const char *leaf = NULL;
    c = strip(b, c);
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k == CXCursor_DeclRefExpr) {
            enum CXCursorKind rk = clang_getCursorKind(clang_getCursorReferenced(c));
            if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl)
                leaf = take_str(a, clang_getCursorSpelling(c));
            break;
        }
        struct path_step st = {0};
        if (k == CXCursor_MemberRefExpr)
            st.kind = '.';
        else if (k == CXCursor_ArraySubscriptExpr)
            st.kind = '[';
        else if (k == CXCursor_UnaryOperator) {
            enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
            if (op == CXUnaryOperator_AddrOf)
                st.kind = '&';
            else if (op == CXUnaryOperator_Deref)
                st.kind = '*';
        }
        if (!st.kind)
            break;
        struct kids ks = kids_of(c);
        if (ks.n < 1 || (st.kind == '&' || st.kind == '*' ? ks.n != 1 : false)) {
            kids_free(&ks);
            break;
        }
        if (st.kind == '.') {
            st.member = take_str(a, clang_getCursorSpelling(c));
            st.arrow = clang_getCanonicalType(clang_getCursorType(ks.c[0])).kind == CXType_Pointer;
        }
        CXCursor base = ks.c[0];
        kids_free(&ks);
        *(struct path_step *)vec_push(&steps) = st;
        c = strip(b, base);
    }
    const char *r = NULL;
    if (leaf) {
        struct sbuf front = {0}, body = {0}; /* front: the leading `&`/`*`, last one first */
        sb_puts(&body, leaf);
        for (size_t i = steps.len; i-- > 0;) {
            const struct path_step *st = vec_at(&steps, i);
            char first = front.n ? front.d[front.n - 1] : 0;
            switch (st->kind) {
            case '&':
            case '*':
                if (first == (st->kind == '&' ? '*' : '&'))
                    front.d[--front.n] = 0;
                else
                    sb_putc(&front, st->kind);
                break;
            case '.':
                if (st->arrow && first == '&') {
                    front.d[--front.n] = 0;
                    sb_putc(&body, '.');
                } else if (!st->arrow && first == '*') {
                    front.d[--front.n] = 0;
                    sb_puts(&body, "->");
                } else
                    sb_puts(&body, st->arrow ? "->" : ".");
                sb_puts(&body, st->member);
                break;
            default: sb_puts(&body, "[]"); break;
            }
        }
        char *out = arena_alloc(a, front.n + body.n + 1);
        for (size_t i = 0; i < front.n; i++)
            out[i] = front.d[front.n - 1 - i];
        memcpy(out + front.n, body.d, body.n + 1);
        r = out;
        free(front.d);
        free(body.d);
    }
    vec_free(&steps);
    return r;
}

/* ---- the explicit stack -------------------------------------------------------------------- */

static struct frame *frame_at(struct fb *b, int i)
{
    return vec_at(&b->frames, (size_t)i);
}

/* Pushes a frame; every pointer to a frame is invalid afterwards. */
static void push_frame(struct fb *b, enum op op, CXCursor c, enum want want)
{
    struct frame *f = vec_push(&b->frames);
    f->op = op;
    f->c = c;
    f->want = want;
}

static void push_branch(struct fb *b, CXCursor cond, int on_true, int on_false)
{
    push_frame(b, OP_BRANCH, cond, W_NONE);
    struct frame *f = frame_at(b, (int)b->frames.len - 1);
    f->on_true = on_true;
    f->on_false = on_false;
}

static void pop_frame(struct fb *b)
{
    kids_free(&frame_at(b, (int)b->frames.len - 1)->ks);
    b->frames.len--;
}

static void ret_val(struct fb *b, struct ir_val v)
{
    b->rv = v;
    pop_frame(b);
}

static void ret_cond(struct fb *b, int r, const struct ir_cond *c)
{
    b->ri = r;
    if (c)
        b->rc = *c;
    else
        memset(&b->rc, 0, sizeof(b->rc));
    pop_frame(b);
}

/* ---- IRQL annotations (SAL) ------------------------------------------------------------------ */

/* How far before a declaration its annotations are looked for, in bytes. */
#define SAL_WINDOW 2048

/* The byte offset of the expansion location of `l`, and its file (NULL when it has none). */
static unsigned exp_offset(CXSourceLocation l, CXFile *file)
{
    unsigned off = 0;
    clang_getExpansionLocation(l, file, NULL, NULL, &off);
    return off;
}

/* Marks, for each line of buf[from..to), whether it belongs to a preprocessor directive (its first
 * non-blank character is `#`, or it continues a directive line that ends with a backslash).
 * Returns a heap array indexed by line (0 = the line at `from`); *nlines receives its length. */
static bool *directive_lines(const char *buf, unsigned from, unsigned to, unsigned *nlines)
{
    unsigned n = 1;
    for (unsigned i = from; i < to; i++)
        n += buf[i] == '\n';
    bool *d = calloc(n, sizeof(bool));
    if (!d)
        abort();
    unsigned line = 0, i = from;
    bool cont = false;
    while (i < to && line < n) {
        unsigned j = i;
        while (j < to && (buf[j] == ' ' || buf[j] == '\t'))
            j++;
        d[line] = cont || (j < to && buf[j] == '#');
        unsigned e = j;
        while (e < to && buf[e] != '\n')
            e++;
        unsigned last = e;
        while (last > i && (buf[last - 1] == '\r' || buf[last - 1] == ' '))
            last--;
        cont = d[line] && last > i && buf[last - 1] == '\\';
        i = e + 1;
        line++;
    }
    *nlines = n;
    return d;
}

/* Reads the IRQL annotations (sal.h) written around declaration `decl` (a function, or a function
 * typedef) and appends them to the program when it has any. Each declaration is read once per TU.
 * Cost: a look at the file's bytes before the declaration; only when they hold an annotation-like
 * name (`_IRQL_` or `__drv_`) are they tokenized. */
static void read_sal(struct fb *b, CXCursor decl, bool is_typedef)
{
    CXFile file = NULL, f2 = NULL;
    unsigned name_off = exp_offset(clang_getCursorLocation(decl), &file);
    if (!file)
        return;
    char key[64];
    snprintf(key, sizeof(key), "%p:%u", (void *)file, name_off);
    if (strmap_get(&b->sal_seen, key))
        return;
    strmap_put(&b->sal_seen, arena_strdup(&b->p->arena, key), (void *)1);
    size_t size = 0;
    const char *buf = clang_getFileContents(b->tu, file, &size);
    if (!buf || name_off > size)
        return;
    unsigned start_off = exp_offset(clang_getRangeStart(clang_getCursorExtent(decl)), &f2);
    if (f2 != file || start_off > name_off)
        start_off = name_off;
    unsigned w = start_off > SAL_WINDOW ? start_off - SAL_WINDOW : 0;
    while (w > 0 && buf[w - 1] != '\n')
        w--;
    /* the parameter list ends with the last parameter's extent */
    int nparams = is_typedef ? 0 : clang_Cursor_getNumArguments(decl);
    unsigned pend = name_off;
    if (nparams > 0) {
        CXFile f3 = NULL;
        unsigned e = exp_offset(
            clang_getRangeEnd(clang_getCursorExtent(clang_Cursor_getArgument(decl, (unsigned)nparams - 1))), &f3);
        if (f3 == file && e > name_off && e <= size)
            pend = e;
    }
    if (!memmem(buf + w, pend - w, "_IRQL_", 6) && !memmem(buf + w, pend - w, "__drv_", 6))
        return;

    CXToken *toks = NULL;
    unsigned n = 0;
    CXSourceRange range =
        clang_getRange(clang_getLocationForOffset(b->tu, file, w), clang_getLocationForOffset(b->tu, file, pend));
    clang_tokenize(b->tu, range, &toks, &n);
    unsigned nlines = 0;
    bool *dir = directive_lines(buf, w, pend, &nlines);
    CXString *spell = calloc((size_t)n + 1, sizeof(*spell));
    struct sal_tok *st = calloc((size_t)n + 1, sizeof(*st));
    const char **params = calloc((size_t)(nparams > 0 ? nparams : 0) + 1, sizeof(char *));
    if (!spell || !st || !params)
        abort();
    int nt = 0, npre = 0, inside = -1;
    unsigned line_no = 0, line_start = w;
    for (unsigned i = 0; i < n; i++) {
        CXFile tf = NULL;
        unsigned off = 0;
        clang_getSpellingLocation(clang_getTokenLocation(b->tu, toks[i]), &tf, NULL, NULL, &off);
        if (tf != file || off < w || off >= pend || clang_getTokenKind(toks[i]) == CXToken_Comment)
            continue;
        /* advance the line counter to this token's line */
        for (unsigned k = line_start; k < off; k++)
            if (buf[k] == '\n')
                line_no++;
        line_start = off;
        spell[nt] = clang_getTokenSpelling(b->tu, toks[i]);
        st[nt].text = clang_getCString(spell[nt]);
        if (!st[nt].text)
            st[nt].text = "";
        st[nt].loc = loc_from(b, clang_getTokenLocation(b->tu, toks[i]));
        st[nt].directive = line_no < nlines && dir[line_no];
        if (off < name_off) {
            npre = nt + 1;
            if (inside < 0 && off >= start_off)
                inside = nt;
        }
        nt++;
    }
    if (inside < 0)
        inside = npre;
    for (int i = 0; i < nparams; i++)
        params[i] = take_str(&b->p->arena, clang_getCursorSpelling(clang_Cursor_getArgument(decl, (unsigned)i)));
    /* the declared name is the first token at name_off; the parameter list follows it */
    int pstart = npre < nt ? npre + 1 : nt;
    struct ir_sal sal;
    if (sal_read(st, npre, inside, nparams > 0 ? st + pstart : NULL, nparams > 0 ? nt - pstart : 0, params, nparams,
                 &b->p->arena, &sal)) {
        sal.name = take_str(&b->p->arena, clang_getCursorSpelling(decl));
        sal.tu_file = b->tu_file;
        sal.is_typedef = is_typedef;
        sal.is_static = !is_typedef && clang_Cursor_getStorageClass(decl) == CX_SC_Static;
        sal.is_definition = !is_typedef && clang_isCursorDefinition(decl);
        *(struct ir_sal *)vec_push(&b->p->sals) = sal;
    }
    for (int i = 0; i < nt; i++)
        clang_disposeString(spell[i]);
    free(spell);
    free(st);
    free(params);
    free(dir);
    clang_disposeTokens(b->tu, toks, n);
}

/* Reads the annotations of a function called or defined here: the declaration clang resolved and
 * the first one (a prototype in a header), once per name and TU. */
static void read_func_sal(struct fb *b, CXCursor fn, const char *name)
{
    if (name) {
        if (strmap_get(&b->sal_names, name))
            return;
        strmap_put(&b->sal_names, name, (void *)1);
    }
    read_sal(b, fn, false);
    CXCursor canon = clang_getCanonicalCursor(fn);
    if (!clang_equalCursors(canon, fn))
        read_sal(b, canon, false);
}

/* ---- expressions ----------------------------------------------------------------------------- */

static void scan_init_list(struct fb *b, CXCursor c);

/* Records the functions an initializer list or the initializer of a variable outside any function
 * names (a handler table, `PFN_X Handler = MyHandler;`) as functions whose address is taken (struct
 * ir_program.func_refs). */
static enum CXChildVisitResult visit_init_refs(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct ir_program *p = d;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(c)) == CXCursor_FunctionDecl)
        *(const char **)vec_push(&p->func_refs) = take_str(&p->arena, clang_getCursorSpelling(c));
    return CXChildVisit_Recurse;
}

static void assign_test(struct fb *b, struct ir_event *e, CXCursor rhs);
static const struct ir_test *test_of(struct fb *b, CXCursor c, int depth, bool top);

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

/* OP_EXPR: decides what the expression needs and becomes that frame, or finishes at once. */
static void step_expr(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    CXCursor c = f->c;
    struct ir_val r = {.kind = IR_V_OTHER};
    /* a constant-shaped expression has no events; its value matters only to a user wanting it */
    if (f->want != W_ALL && syn_const(b, c)) {
        ret_val(b, r);
        return;
    }
    bool all = f->want == W_ALL;
    long long v;
    const char *t;
    enum CXCursorKind k = clang_getCursorKind(c);
    switch (k) {
    case CXCursor_CallExpr: f->op = OP_CALL; return;
    case CXCursor_IntegerLiteral:
    case CXCursor_CharacterLiteral:
        if (all && const_value(b, c, &r.cval, &r.text))
            r.kind = IR_V_CONST;
        ret_val(b, r);
        return;
    case CXCursor_DeclRefExpr: {
        enum CXCursorKind rk = clang_getCursorKind(clang_getCursorReferenced(c));
        if (rk == CXCursor_FunctionDecl) {
            r.kind = IR_V_FUNC;
            r.text = take_str(&b->p->arena, clang_getCursorSpelling(c));
            *(const char **)vec_push(&b->p->func_refs) = r.text; /* named, not called: its address */
        } else if (rk == CXCursor_EnumConstantDecl) {
            if (all && const_value(b, c, &r.cval, &r.text))
                r.kind = IR_V_CONST;
        } else if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl) {
            r.kind = IR_V_PATH;
            r.text = path_of(b, c);
        }
        ret_val(b, r);
        return;
    }
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr:
        f->op = OP_KIDS;
        f->ks = kids_of(c);
        f->post_path = all;
        return;
    case CXCursor_ParenExpr:
    case CXCursor_CStyleCastExpr:
    case CXCursor_UnexposedExpr: {
        if (k != CXCursor_UnexposedExpr && all && const_value(b, c, &v, &t)) {
            r.kind = IR_V_CONST;
            r.cval = v;
            r.text = t;
            ret_val(b, r);
            return;
        }
        struct kids ks = kids_of(c);
        if (ks.n == 1 || (ks.n > 0 && k == CXCursor_CStyleCastExpr)) {
            CXCursor inner = ks.c[ks.n - 1];
            kids_free(&ks);
            if (k == CXCursor_CStyleCastExpr && all)
                cast_failed(b, c, inner);
            f = frame_at(b, fi);
            f->op = OP_PAREN;
            push_frame(b, OP_EXPR, inner, f->want);
            return;
        }
        f->op = OP_KIDS;
        f->ks = ks;
        return;
    }
    case CXCursor_UnaryOperator: {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
        if ((op == CXUnaryOperator_Minus || op == CXUnaryOperator_Not) && all && const_value(b, c, &v, &t)) {
            r.kind = IR_V_CONST;
            r.cval = v;
            r.text = t;
            ret_val(b, r);
            return;
        }
        struct kids ks = kids_of(c);
        f = frame_at(b, fi);
        f->op = OP_UNARY;
        if (ks.n == 1) {
            CXCursor inner = ks.c[0];
            kids_free(&ks);
            f->aux[0] = inner;
            f->i = 1; /* aux[0] is the operand */
            push_frame(b, OP_EXPR, inner, op == CXUnaryOperator_AddrOf && f->want != W_NONE ? W_FUNC : W_NONE);
            return;
        }
        kids_free(&ks);
        b->rv = r; /* no operand: the next step sees an unknown one */
        return;
    }
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator: {
        struct kids ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n != 2) {
            f->op = OP_KIDS;
            f->ks = ks;
            return;
        }
        CXCursor lhs = ks.c[0], rhs = ks.c[1];
        kids_free(&ks);
        f->aux[0] = lhs;
        f->aux[1] = rhs;
        if (k == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
            const char *lp = path_of(b, lhs);
            CXCursor place = strip(b, lhs);
            f = frame_at(b, fi);
            f->op = OP_ASSIGN;
            f->path = lp;
            f->step = 2;
            if (!lp)
                push_frame(b, OP_EXPR, lhs, W_NONE);
            else if (clang_getCursorKind(place) != CXCursor_DeclRefExpr) {
                /* evaluate calls inside the place expression, e.g. a[f()] */
                f->ks = kids_of(place);
                f->step = 1;
            }
            return;
        }
        f->op = OP_BINARY;
        f->step = 1;
        push_frame(b, OP_EXPR, lhs, W_NONE);
        return;
    }
    case CXCursor_InitListExpr:
        scan_init_list(b, c);
        clang_visitChildren(c, visit_init_refs, b->p);
        ret_val(b, r);
        return;
    case CXCursor_ConditionalOperator: {
        /* `ok ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING`: both constants are kept */
        struct kids ks = kids_of(c);
        f = frame_at(b, fi);
        f->ks = ks;
        if (ks.n == 3) {
            f->op = OP_CONDOP;
            f->step = 1;
            push_frame(b, OP_EXPR, ks.c[0], W_NONE);
        } else
            f->op = OP_KIDS;
        return;
    }
    case CXCursor_StmtExpr:
    case CXCursor_UnaryExpr: /* sizeof / alignof: unevaluated */ ret_val(b, r); return;
    default:
        f->op = OP_KIDS;
        f->ks = kids_of(c);
        return;
    }
}

/* OP_KIDS: each child for its events, then the value. */
static void step_kids(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->i < f->ks.n) {
        CXCursor k = f->ks.c[f->i++];
        push_frame(b, OP_EXPR, k, W_NONE);
        return;
    }
    struct ir_val r = {.kind = IR_V_OTHER};
    if (f->post_path) {
        const char *p = path_of(b, f->c);
        if (p) {
            r.kind = IR_V_PATH;
            r.text = p;
        }
    }
    ret_val(b, r);
}

/* OP_PAREN: the inner value, named after the macro it was spelled with. */
static void step_paren(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    struct ir_val iv = b->rv;
    if (iv.kind == IR_V_CONST && !iv.text && in_macro(f->c))
        iv.text = token_at_expansion(b, f->c);
    ret_val(b, iv);
}

/* OP_UNARY, after the operand: `&function` is the function; `&x`, `*p` are access paths. */
static void step_unary(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    struct ir_val iv = b->rv, r = {.kind = IR_V_OTHER};
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(f->c);
    if ((op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec || op == CXUnaryOperator_PreInc ||
         op == CXUnaryOperator_PreDec) &&
        f->i == 1) {
        /* `x++` assigns x (a value the analyses do not know) */
        const char *lp = path_of(b, f->aux[0]);
        if (lp) {
            struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, f->c), NULL);
            e->lhs = lp;
            e->rhs.kind = IR_V_OTHER;
            long long m;
            const char *mt;
            enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(f->c);
            if ((op == CXBinaryOperator_OrAssign || op == CXBinaryOperator_AndAssign) &&
                const_value(b, f->aux[1], &m, &mt)) {
                if (op == CXBinaryOperator_OrAssign)
                    e->bits_set = (unsigned long long)m;
                else /* a 32-bit mask (`~FLAG` of an unsigned int) clears bits of the low 32 only */
                    e->bits_cleared = ~(unsigned long long)m & (m >= 0 && m <= 0xffffffffLL ? 0xffffffffULL : ~0ULL);
            }
        }
        f = frame_at(b, fi);
    }
    if (op == CXUnaryOperator_AddrOf && iv.kind == IR_V_FUNC) {
        ret_val(b, iv);
        return;
    }
    if ((op == CXUnaryOperator_AddrOf || op == CXUnaryOperator_Deref) && f->want == W_ALL) {
        const char *p = path_of(b, f->c);
        if (p) {
            r.kind = IR_V_PATH;
            r.text = p;
        }
    }
    ret_val(b, r);
}

/* `x.Field = F` / `p->Field = F`: records the handler binding, with the struct declaring the field. */
static void bind_member(struct fb *b, CXCursor lhs, const char *func, struct ir_loc loc)
{
    CXCursor place = strip(b, lhs);
    if (clang_getCursorKind(place) != CXCursor_MemberRefExpr)
        return;
    CXCursor fld = clang_getCursorReferenced(place);
    if (clang_getCursorKind(fld) != CXCursor_FieldDecl)
        return;
    struct ir_binding *bd = vec_push(&b->p->bindings);
    bd->field = take_str(&b->p->arena, clang_getCursorSpelling(fld));
    bd->func = func;
    bd->record = record_name(b->p, clang_getCursorSemanticParent(fld));
    bd->loc = loc;
}

/* OP_ASSIGN: step 1 the calls inside the place, 2 the right-hand side, 3 the assignment. */
static void step_assign(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    switch (f->step) {
    case 1:
        while (f->i < f->ks.n) {
            CXCursor k = f->ks.c[f->i++];
            if (clang_getCursorKind(k) == CXCursor_CallExpr) {
                push_frame(b, OP_EXPR, k, W_NONE);
                return;
            }
        }
        f->step = 2;
        return;
    case 2:
        f->step = 3;
        push_frame(b, OP_EXPR, f->aux[1], W_ALL);
        return;
    default: {
        struct ir_val rv = b->rv;
        struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, f->c), NULL);
        e->lhs = f->path;
        e->rhs = rv;
        assign_test(b, e, f->aux[1]);
        if (rv.kind == IR_V_FUNC)
            bind_member(b, f->aux[0], rv.text, e->loc);
        ret_val(b, rv);
        return;
    }
    }
}

/* OP_BINARY: step 1 after the left operand, 2 after the right one. */
static void step_binary(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->step == 1) {
        f->step = 2;
        push_frame(b, OP_EXPR, f->aux[1], W_NONE);
        return;
    }
    struct ir_val r = {.kind = IR_V_OTHER};
    enum CXCursorKind k = clang_getCursorKind(f->c);
    if (k == CXCursor_CompoundAssignOperator) {
        const char *lp = path_of(b, f->aux[0]);
        if (lp) {
            struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, f->c), NULL);
            e->lhs = lp;
            e->rhs.kind = IR_V_OTHER;
            long long m;
            const char *mt;
            enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(f->c);
            if ((op == CXBinaryOperator_OrAssign || op == CXBinaryOperator_AndAssign) &&
                const_value(b, f->aux[1], &m, &mt)) {
                if (op == CXBinaryOperator_OrAssign)
                    e->bits_set = (unsigned long long)m;
                else /* a 32-bit mask (`~FLAG` of an unsigned int) clears bits of the low 32 only */
                    e->bits_cleared = ~(unsigned long long)m & (m >= 0 && m <= 0xffffffffLL ? 0xffffffffULL : ~0ULL);
            }
        }
    }
    long long v;
    const char *t;
    if (k == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(f->c) != CXBinaryOperator_Comma &&
        f->want == W_ALL && const_value(b, f->c, &v, &t)) {
        r.kind = IR_V_CONST;
        r.cval = v;
    }
    ret_val(b, r);
}

/* OP_CONDOP: step 1 after the condition, 2 after the second operand, 3 after the third. */
static void step_condop(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    enum want w = f->want == W_ALL ? W_ALL : W_NONE;
    switch (f->step) {
    case 1:
        f->step = 2;
        push_frame(b, OP_EXPR, f->ks.c[1], w);
        return;
    case 2:
        f->v = b->rv;
        f->step = 3;
        push_frame(b, OP_EXPR, f->ks.c[2], w);
        return;
    default: {
        struct ir_val x = f->v, y = b->rv, r = {.kind = IR_V_OTHER};
        if (x.kind == IR_V_CONST && y.kind == IR_V_CONST && !x.has_alt && !y.has_alt) {
            r.kind = IR_V_CONST;
            r.cval = x.cval;
            r.text = x.text;
            r.has_alt = true;
            r.alt = y.cval;
        }
        ret_val(b, r);
        return;
    }
    }
}

/* OP_CALL: step 0 sets up, 1 starts the next argument, 2 keeps its value, 3 emits the call,
 * 4 after the callee expression of a call through a pointer. */
static void step_call(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    CXCursor c = f->c;
    switch (f->step) {
    case 0: {
        int n = clang_Cursor_getNumArguments(c);
        if (n > 0)
            f->args = arena_alloc(&b->p->arena, sizeof(*f->args) * (size_t)n);
        f->nargs = n > 0 ? n : 0;
        f->step = 1;
        return;
    }
    case 1:
        if (f->i < f->nargs) {
            f->step = 2;
            push_frame(b, OP_EXPR, clang_Cursor_getArgument(c, (unsigned)f->i), W_ALL);
            return;
        }
        f->step = 3;
        return;
    case 2:
        f->args[f->i] = b->rv;
        if (b->rv.kind == IR_V_OTHER || (b->rv.kind == IR_V_CONST && b->rv.has_alt))
            f->args[f->i].test = test_of(b, clang_Cursor_getArgument(c, (unsigned)f->i), 0, true);
        f->i++;
        f->step = 1;
        return;
    case 3: {
        struct ir_val r = {.kind = IR_V_CALL};
        CXCursor callee = clang_getCursorReferenced(c);
        struct ir_loc loc = loc_of(b, c);
        struct ir_event *e = emit(b, IR_CALL, loc, &r.call);
        e->nargs = f->nargs;
        e->args = f->args;
        if (clang_getCursorKind(callee) == CXCursor_FunctionDecl) {
            e->callee = take_str(&b->p->arena, clang_getCursorSpelling(callee));
            e->sys_callee = clang_Location_isInSystemHeader(clang_getCursorLocation(callee)) != 0;
            if (e->sys_callee && e->nargs > 0) {
                e->argloc = arena_alloc(&b->p->arena, sizeof(*e->argloc) * (size_t)e->nargs);
                for (int i = 0; i < e->nargs; i++)
                    e->argloc[i] = loc_of(b, clang_Cursor_getArgument(c, (unsigned)i));
            }
            read_func_sal(b, callee, e->callee);
            const char *tok = token_at_expansion(b, c);
            if (tok && strcmp(tok, e->callee) != 0)
                e->macro = tok;
            if (e->macro)
                macro_arg_names(b, c, e);
            if (in_macro(c))
                macro_chain(b, c, e);
            ret_val(b, r);
            return;
        }
        e->indirect = true;
        /* evaluate the callee expression for calls it may contain */
        struct kids ks = kids_of(c);
        if (ks.n == 0) {
            kids_free(&ks);
            ret_val(b, r);
            return;
        }
        CXCursor fn = ks.c[0];
        kids_free(&ks);
        f->v = r;
        f->step = 4;
        push_frame(b, OP_EXPR, fn, W_NONE);
        return;
    }
    default: ret_val(b, f->v); return;
    }
}

/* ---- tests: what an expression compares or masks (struct ir_test) ---------------------------- */

static struct ir_test *test_new(struct fb *b, enum ir_test_kind k)
{
    struct ir_test *t = arena_alloc(&b->p->arena, sizeof(*t));
    memset(t, 0, sizeof(*t));
    t->kind = k;
    return t;
}

static const struct ir_test *test_not(struct fb *b, const struct ir_test *t)
{
    if (!t)
        return NULL;
    struct ir_test *n = test_new(b, t->kind);
    *n = *t;
    n->negated = !t->negated;
    return n;
}

static enum ir_cmp cmp_swap(enum ir_cmp c)
{
    static const enum ir_cmp swap[] = {IR_EQ, IR_NE, IR_GT, IR_GE, IR_LT, IR_LE};
    return swap[c];
}

/* The test `c` is (see struct ir_test in ir.h), or NULL. A plain path is a test only below another
 * form (`x ? TRUE : FALSE`, `!x`): on its own it is a value, not a test. */
static const struct ir_test *test_of(struct fb *b, CXCursor c, int depth, bool top)
{
    long long v;
    const char *t;
    if (depth > 8)
        return NULL;
    c = strip(b, c);
    enum CXCursorKind k = clang_getCursorKind(c);
    if (!top && (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr)) {
        const char *p = path_of(b, c);
        if (!p)
            return NULL;
        struct ir_test *r = test_new(b, IR_TEST_TRUTH);
        r->path = p;
        return r;
    }
    if (k == CXCursor_ConditionalOperator) {
        struct kids ks = kids_of(c);
        const struct ir_test *r = NULL;
        long long x, y;
        if (ks.n == 3 && const_value(b, ks.c[1], &x, &t) && const_value(b, ks.c[2], &y, &t) && (x != 0) != (y != 0)) {
            r = test_of(b, ks.c[0], depth + 1, false);
            if (x == 0)
                r = test_not(b, r);
        }
        kids_free(&ks);
        return r;
    }
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot) {
        struct kids ks = kids_of(c);
        const struct ir_test *r = ks.n == 1 ? test_not(b, test_of(b, ks.c[0], depth + 1, false)) : NULL;
        kids_free(&ks);
        return r;
    }
    if (k != CXCursor_BinaryOperator)
        return NULL;
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    struct kids ks = kids_of(c);
    if (ks.n != 2) {
        kids_free(&ks);
        return NULL;
    }
    CXCursor l = ks.c[0], r = ks.c[1];
    kids_free(&ks);
    bool lc = const_value(b, l, &v, &t), rc = false;
    long long cv = v;
    if (!lc)
        rc = const_value(b, r, &cv, &t);
    if (lc == rc)
        return NULL; /* a test compares or masks one thing with one constant */
    CXCursor x = lc ? r : l;
    if (op == CXBinaryOperator_And) {
        const char *p = path_of(b, x);
        if (!p || cv == 0)
            return NULL;
        struct ir_test *res = test_new(b, IR_TEST_BITS);
        res->path = p;
        res->cval = cv;
        return res;
    }
    enum ir_cmp cmp;
    switch (op) {
    case CXBinaryOperator_EQ: cmp = IR_EQ; break;
    case CXBinaryOperator_NE: cmp = IR_NE; break;
    case CXBinaryOperator_LT: cmp = IR_LT; break;
    case CXBinaryOperator_LE: cmp = IR_LE; break;
    case CXBinaryOperator_GT: cmp = IR_GT; break;
    case CXBinaryOperator_GE: cmp = IR_GE; break;
    default: return NULL;
    }
    if (lc)
        cmp = cmp_swap(cmp);
    CXCursor xs = strip(b, x);
    if (cmp == IR_EQ || cmp == IR_NE) {
        /* `(Flags & BIT) == BIT` */
        const struct ir_test *in = clang_getCursorKind(xs) == CXCursor_BinaryOperator &&
                                           clang_getCursorBinaryOperatorKind(xs) == CXBinaryOperator_And
                                       ? test_of(b, xs, depth + 1, false)
                                       : NULL;
        if (in && in->kind == IR_TEST_BITS && in->cval == cv && cv != 0)
            return cmp == IR_EQ ? in : test_not(b, in);
    }
    if (cv == 0 && (cmp == IR_EQ || cmp == IR_NE)) {
        /* `(Flags & BIT) != 0`, `!= FALSE` over a test */
        enum CXCursorKind xk = clang_getCursorKind(xs);
        if (xk != CXCursor_DeclRefExpr && xk != CXCursor_MemberRefExpr && xk != CXCursor_CallExpr) {
            const struct ir_test *in = test_of(b, x, depth + 1, false);
            return cmp == IR_EQ ? test_not(b, in) : in;
        }
    }
    if (clang_getCursorKind(xs) == CXCursor_CallExpr) {
        CXCursor callee = clang_getCursorReferenced(xs);
        if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
            return NULL;
        struct ir_test *res = test_new(b, IR_TEST_CALL_CMP);
        res->callee = take_str(&b->p->arena, clang_getCursorSpelling(callee));
        res->op = cmp;
        res->cval = cv;
        return res;
    }
    const char *p = path_of(b, x);
    if (!p)
        return NULL;
    struct ir_test *res = test_new(b, IR_TEST_CMP);
    res->path = p;
    res->op = cmp;
    res->cval = cv;
    return res;
}

/* The test of an assigned value that is no constant or path (see struct ir_val.test). */
static void assign_test(struct fb *b, struct ir_event *e, CXCursor rhs)
{
    if (e->rhs.kind == IR_V_OTHER || (e->rhs.kind == IR_V_CONST && e->rhs.has_alt))
        e->rhs.test = test_of(b, rhs, 0, true);
}

/* ---- conditions ------------------------------------------------------------------------------ */

/* OP_COND: parses a branch condition after emitting the events it evaluates. Result: fb.ri the
 * constant truth value (0/1) when the condition is a constant, else -1; fb.rc the condition.
 * Steps: 1 after the operand of `!`, 2 and 3 after the operands of a comparison, 4 after the
 * condition as a plain expression. */
static void step_cond(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    switch (f->step) {
    case 0: {
        long long v;
        const char *t;
        CXCursor c = f->c;
        if (const_value(b, c, &v, &t)) {
            ret_cond(b, v != 0, NULL);
            return;
        }
        CXCursor s = strip(b, c);
        enum CXCursorKind k = clang_getCursorKind(s);
        if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
            struct kids ks = kids_of(s);
            if (ks.n != 1) {
                kids_free(&ks);
                ret_cond(b, -1, NULL);
                return;
            }
            CXCursor inner = ks.c[0];
            kids_free(&ks);
            frame_at(b, fi)->step = 1;
            push_frame(b, OP_COND, inner, W_NONE);
            return;
        }
        if (k == CXCursor_BinaryOperator) {
            enum ir_cmp cmp = IR_EQ;
            bool is_cmp = true;
            switch (clang_getCursorBinaryOperatorKind(s)) {
            case CXBinaryOperator_EQ: cmp = IR_EQ; break;
            case CXBinaryOperator_NE: cmp = IR_NE; break;
            case CXBinaryOperator_LT: cmp = IR_LT; break;
            case CXBinaryOperator_LE: cmp = IR_LE; break;
            case CXBinaryOperator_GT: cmp = IR_GT; break;
            case CXBinaryOperator_GE: cmp = IR_GE; break;
            default: is_cmp = false; break;
            }
            if (is_cmp) {
                struct kids ks = kids_of(s);
                f = frame_at(b, fi);
                if (ks.n != 2) {
                    kids_free(&ks);
                    ret_cond(b, -1, NULL);
                    return;
                }
                f->ks = ks;
                f->cmp = (int)cmp;
                f->step = 2;
                push_frame(b, OP_EXPR, ks.c[0], W_ALL);
                return;
            }
        }
        frame_at(b, fi)->step = 4;
        push_frame(b, OP_EXPR, c, W_ALL);
        return;
    }
    case 1: {
        static const enum ir_cmp complement[] = {IR_NE, IR_EQ, IR_GE, IR_GT, IR_LE, IR_LT};
        int r = b->ri;
        struct ir_cond ic = b->rc;
        if (r >= 0)
            r = !r;
        ic.negated = !ic.negated;
        if (ic.has_call)
            ic.op = complement[ic.op];
        ret_cond(b, r, &ic);
        return;
    }
    case 2:
        f->v = b->rv;
        f->step = 3;
        push_frame(b, OP_EXPR, f->ks.c[1], W_ALL);
        return;
    case 3: {
        struct ir_val l = f->v, r = b->rv;
        enum ir_cmp cmp = (enum ir_cmp)f->cmp;
        struct ir_cond out;
        memset(&out, 0, sizeof(out));
        if (l.kind == IR_V_CONST && r.kind == IR_V_PATH) {
            static const enum ir_cmp swap[] = {IR_EQ, IR_NE, IR_GT, IR_GE, IR_LT, IR_LE};
            struct ir_val tmp = l;
            l = r;
            r = tmp;
            cmp = swap[cmp];
        }
        if (l.kind == IR_V_PATH && r.kind == IR_V_CONST && l.text) {
            out.kind = IR_COND_CMP;
            out.op = cmp;
            out.path = l.text;
            out.cval = r.cval;
            out.ctext = r.text;
        } else if ((l.kind == IR_V_CALL && r.kind == IR_V_CONST && !r.has_alt) ||
                   (r.kind == IR_V_CALL && l.kind == IR_V_CONST && !l.has_alt)) {
            static const enum ir_cmp swap[] = {IR_EQ, IR_NE, IR_GT, IR_GE, IR_LT, IR_LE};
            bool left = l.kind == IR_V_CALL;
            out.has_call = true;
            out.call = left ? l.call : r.call;
            out.op = left ? cmp : swap[cmp];
            out.cval = left ? r.cval : l.cval;
        }
        ret_cond(b, -1, &out);
        return;
    }
    default: {
        struct ir_val val = b->rv;
        struct ir_cond out;
        memset(&out, 0, sizeof(out));
        if (val.kind == IR_V_PATH && val.text) {
            out.kind = IR_COND_TRUTH;
            out.path = val.text;
        } else if (val.kind == IR_V_CALL) {
            struct ir_event *e = ir_event_at(ir_block(b->f, b->cur), val.call);
            if (e->callee && strcmp(e->callee, "NT_SUCCESS") == 0 && e->nargs == 1 && e->args[0].kind == IR_V_PATH) {
                out.kind = IR_COND_SUCCESS;
                out.path = e->args[0].text;
            } else {
                out.has_call = true;
                out.call = val.call;
                out.op = IR_NE;
            }
        }
        ret_cond(b, -1, &out);
        return;
    }
    }
}

/* OP_BRANCH: emits the condition into the current block and branches to on_true / on_false.
 * `a && b` and `a || b` get their short-circuit edges, so each operand is a condition of its own
 * block. Steps: 1 after the left operand of `&&`/`||`, 2 after the condition. */
static void step_branch(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->step == 1) { /* then the right operand, from the middle block, to the same targets */
        b->cur = f->blk[0];
        f->c = f->aux[0];
        f->step = 0;
        return;
    }
    if (f->step == 2) {
        int cv = b->ri;
        struct ir_cond ic = b->rc;
        if (cv == 1)
            edge(b, b->cur, f->on_true);
        else if (cv == 0)
            edge(b, b->cur, f->on_false);
        else {
            if (ic.kind == IR_COND_NONE) {
                /* the test of the whole condition, its `!` included */
                ic.test = test_of(b, f->c, 0, true);
                ic.negated = false;
            }
            ir_block(b->f, b->cur)->cond = ic;
            ir_edge_add(b->f, b->cur, f->on_true, IR_E_TRUE, 0);
            ir_edge_add(b->f, b->cur, f->on_false, IR_E_FALSE, 0);
        }
        pop_frame(b);
        return;
    }
    CXCursor s = strip(b, f->c);
    enum CXCursorKind k = clang_getCursorKind(s);
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
        struct kids ks = kids_of(s);
        if (ks.n == 1) {
            CXCursor inner = strip(b, ks.c[0]);
            if (clang_getCursorKind(inner) == CXCursor_BinaryOperator &&
                (clang_getCursorBinaryOperatorKind(inner) == CXBinaryOperator_LAnd ||
                 clang_getCursorBinaryOperatorKind(inner) == CXBinaryOperator_LOr)) {
                f = frame_at(b, fi);
                f->c = ks.c[0];
                int t = f->on_true;
                f->on_true = f->on_false;
                f->on_false = t;
                kids_free(&ks);
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
                CXCursor l = ks.c[0];
                f = frame_at(b, fi);
                f->aux[0] = ks.c[1];
                kids_free(&ks);
                int mid = new_block(b);
                f->blk[0] = mid;
                f->step = 1;
                if (op == CXBinaryOperator_LAnd)
                    push_branch(b, l, mid, f->on_false);
                else
                    push_branch(b, l, f->on_true, mid);
                return;
            }
            kids_free(&ks);
        }
    }
    f = frame_at(b, fi);
    f->step = 2;
    push_frame(b, OP_COND, f->c, W_NONE);
}

/* ---- statements ----------------------------------------------------------------------- */

static int label_block(struct fb *b, const char *name)
{
    intptr_t v = (intptr_t)strmap_get(&b->labels, name);
    if (v)
        return (int)v - 1;
    int id = new_block(b);
    strmap_put(&b->labels, arena_strdup(&b->p->arena, name), (void *)(intptr_t)(id + 1));
    return id;
}

static unsigned cursor_offset(CXCursor c)
{
    unsigned off;
    CXFile f;
    clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), &f, NULL, NULL, &off);
    return off;
}

/* The parts of a `for` statement: children skip absent parts, so each one is placed by the `;`
 * of the header. aux[0..3] = init, condition, increment (null cursors when absent), body.
 * A `for` that a macro expands to: clang tokenizes the macro's definition (the tokens' spelling
 * locations), while a child's place is where the macro is invoked, so the offsets do not compare;
 * the header's tokens still show which parts are present, and the children come in that order. */
static void for_parts(struct fb *b, CXCursor c, const struct kids *ks, CXCursor aux[4])
{
    CXCursor body = ks->c[ks->n - 1];
    CXSourceRange hdr =
        clang_getRange(clang_getRangeStart(clang_getCursorExtent(c)), clang_getRangeStart(clang_getCursorExtent(body)));
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(b->tu, hdr, &toks, &n);
    unsigned semi[2] = {~0u, ~0u};
    bool present[3] = {false, false, false};
    int ns = 0, depth = 0;
    bool is_for = false, in_place = false;
    if (n > 0) {
        CXString s = clang_getTokenSpelling(b->tu, toks[0]);
        CXFile tf, cf;
        unsigned toff, coff;
        clang_getExpansionLocation(clang_getTokenLocation(b->tu, toks[0]), &tf, NULL, NULL, &toff);
        clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), &cf, NULL, NULL, &coff);
        is_for = strcmp(clang_getCString(s), "for") == 0;
        in_place = is_for && clang_File_isEqual(tf, cf) && toff == coff;
        clang_disposeString(s);
    }
    for (unsigned i = 1; is_for && i < n; i++) {
        CXString s = clang_getTokenSpelling(b->tu, toks[i]);
        const char *t = clang_getCString(s);
        if (strcmp(t, "(") == 0)
            depth++;
        else if (strcmp(t, ")") == 0 && --depth == 0) {
            clang_disposeString(s);
            break; /* the end of the header */
        }
        if (strcmp(t, ";") == 0 && depth == 1 && ns < 2) {
            CXFile f;
            unsigned off;
            clang_getExpansionLocation(clang_getTokenLocation(b->tu, toks[i]), &f, NULL, NULL, &off);
            semi[ns++] = off;
        } else if (depth >= 1 && !(depth == 1 && strcmp(t, "(") == 0))
            present[ns] = true;
        clang_disposeString(s);
    }
    clang_disposeTokens(b->tu, toks, n);
    aux[0] = aux[1] = aux[2] = clang_getNullCursor();
    aux[3] = body;
    if (is_for && !in_place && ns == 2) {
        int k = 0;
        for (int p = 0; p < 3 && k < ks->n - 1; p++)
            if (present[p])
                aux[p] = ks->c[k++];
        if (k == ks->n - 1)
            return;
        aux[0] = aux[1] = aux[2] = clang_getNullCursor();
    }
    for (int i = 0; i < ks->n - 1; i++) {
        unsigned off = cursor_offset(ks->c[i]);
        if (off < semi[0])
            aux[0] = ks->c[i];
        else if (off < semi[1])
            aux[1] = ks->c[i];
        else
            aux[2] = ks->c[i];
    }
}

/* OP_STMT: a statement; the simple ones are done at once, a statement whose work is a single
 * sub-statement at the end (case, default, label) continues as that statement in the same frame,
 * the others become their own frames. */
static void step_stmt(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    CXCursor c = f->c;
    enum CXCursorKind k = clang_getCursorKind(c);
    struct kids ks;
    switch (k) {
    case CXCursor_CompoundStmt:
        f->op = OP_SEQ;
        f->ks = kids_of(c);
        return;
    case CXCursor_IfStmt: {
        ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n < 2) {
            kids_free(&ks);
            pop_frame(b);
            return;
        }
        int tb = new_block(b), join = new_block(b);
        int eb = ks.n > 2 ? new_block(b) : join;
        f->op = OP_IF;
        f->ks = ks;
        f->blk[0] = tb;
        f->blk[1] = join;
        f->blk[2] = eb;
        f->step = 1;
        push_branch(b, ks.c[0], tb, eb);
        return;
    }
    case CXCursor_WhileStmt: {
        ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n < 2) {
            kids_free(&ks);
            pop_frame(b);
            return;
        }
        int head = new_block(b), body = new_block(b), exit = new_block(b);
        edge(b, b->cur, head);
        b->cur = head;
        f->op = OP_WHILE;
        f->ks = ks;
        f->blk[0] = head;
        f->blk[1] = body;
        f->blk[2] = exit;
        f->step = 1;
        push_branch(b, ks.c[0], body, exit);
        return;
    }
    case CXCursor_DoStmt: {
        ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n < 2) {
            kids_free(&ks);
            pop_frame(b);
            return;
        }
        int body = new_block(b), condb = new_block(b), exit = new_block(b);
        edge(b, b->cur, body);
        f->op = OP_DO;
        f->ks = ks;
        f->blk[0] = body;
        f->blk[1] = condb;
        f->blk[2] = exit;
        f->obrk = b->brk;
        f->ocont = b->cont;
        b->brk = exit;
        b->cont = condb;
        b->cur = body;
        f->step = 1;
        push_frame(b, OP_STMT, ks.c[0], W_NONE);
        return;
    }
    case CXCursor_ForStmt:
        ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n < 1) {
            kids_free(&ks);
            pop_frame(b);
            return;
        }
        f->op = OP_FOR;
        f->ks = ks;
        for_parts(b, c, &ks, f->aux);
        f->step = 1;
        if (!clang_Cursor_isNull(f->aux[0]))
            push_frame(b, OP_STMT, f->aux[0], W_NONE);
        return;
    case CXCursor_SwitchStmt:
        ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n < 2) {
            kids_free(&ks);
            pop_frame(b);
            return;
        }
        f->op = OP_SWITCH;
        f->ks = ks;
        f->step = 1;
        push_frame(b, OP_EXPR, ks.c[0], W_ALL);
        return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
        ks = kids_of(c);
        int blk = new_block(b);
        edge(b, b->cur, blk);
        if (k == CXCursor_CaseStmt) {
            if (b->sw >= 0 && ks.n >= 1) {
                long long v = 0;
                const char *t;
                if (const_value(b, ks.c[0], &v, &t))
                    ir_edge_add(b->f, b->sw, blk, IR_E_CASE, v);
                else
                    ir_edge_add(b->f, b->sw, blk, IR_E_DEFAULT, 0);
            }
        } else if (b->sw >= 0) {
            ir_edge_add(b->f, b->sw, blk, IR_E_DEFAULT, 0);
            b->sw_default = true;
        }
        b->cur = blk;
        f = frame_at(b, fi);
        if (ks.n >= (k == CXCursor_CaseStmt ? 2 : 1))
            f->c = ks.c[ks.n - 1]; /* the labelled statement, in this frame */
        else
            pop_frame(b);
        kids_free(&ks);
        return;
    }
    case CXCursor_BreakStmt:
        if (b->brk >= 0)
            edge(b, b->cur, b->brk);
        b->cur = new_block(b);
        pop_frame(b);
        return;
    case CXCursor_ContinueStmt:
        if (b->cont >= 0)
            edge(b, b->cur, b->cont);
        b->cur = new_block(b);
        pop_frame(b);
        return;
    case CXCursor_ReturnStmt:
        ks = kids_of(c);
        f = frame_at(b, fi);
        f->op = OP_RETURN;
        if (ks.n >= 1) {
            CXCursor v = ks.c[0];
            kids_free(&ks);
            push_frame(b, OP_EXPR, v, W_ALL);
            return;
        }
        kids_free(&ks);
        memset(&b->rv, 0, sizeof(b->rv));
        b->rv.kind = IR_V_NONE;
        return;
    case CXCursor_GotoStmt: {
        CXCursor lbl = clang_getCursorReferenced(c);
        const char *name = take_str(&b->p->arena, clang_getCursorSpelling(lbl));
        edge(b, b->cur, label_block(b, name));
        b->cur = new_block(b);
        pop_frame(b);
        return;
    }
    case CXCursor_LabelStmt: {
        const char *name = take_str(&b->p->arena, clang_getCursorSpelling(c));
        int blk = label_block(b, name);
        edge(b, b->cur, blk);
        b->cur = blk;
        ks = kids_of(c);
        f = frame_at(b, fi);
        if (ks.n >= 1)
            f->c = ks.c[ks.n - 1];
        else
            pop_frame(b);
        kids_free(&ks);
        return;
    }
    case CXCursor_DeclStmt:
        f->op = OP_DECLS;
        f->ks = kids_of(c);
        return;
    case CXCursor_NullStmt: pop_frame(b); return;
    default:
        if (clang_isExpression(k)) {
            f->op = OP_EXPR;
            f->want = W_NONE;
        } else if (clang_isStatement(k)) {
            f->op = OP_SEQ;
            f->ks = kids_of(c);
        } else
            pop_frame(b);
        return;
    }
}

static void step_seq(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->i < f->ks.n) {
        CXCursor k = f->ks.c[f->i++];
        push_frame(b, OP_STMT, k, W_NONE);
        return;
    }
    pop_frame(b);
}

/* OP_IF: step 1 after the condition, 2 after the then-branch, 3 after the else-branch. */
static void step_if(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    switch (f->step) {
    case 1:
        b->cur = f->blk[0];
        f->step = 2;
        push_frame(b, OP_STMT, f->ks.c[1], W_NONE);
        return;
    case 2:
        edge(b, b->cur, f->blk[1]);
        if (f->ks.n > 2) {
            b->cur = f->blk[2];
            f->step = 3;
            push_frame(b, OP_STMT, f->ks.c[2], W_NONE);
            return;
        }
        b->cur = f->blk[1];
        pop_frame(b);
        return;
    default:
        edge(b, b->cur, f->blk[1]);
        b->cur = f->blk[1];
        pop_frame(b);
        return;
    }
}

/* OP_WHILE: step 1 after the condition, 2 after the body. */
static void step_while(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->step == 1) {
        f->obrk = b->brk;
        f->ocont = b->cont;
        b->brk = f->blk[2];
        b->cont = f->blk[0];
        b->cur = f->blk[1];
        f->step = 2;
        push_frame(b, OP_STMT, f->ks.c[f->ks.n - 1], W_NONE);
        return;
    }
    edge(b, b->cur, f->blk[0]);
    b->brk = f->obrk;
    b->cont = f->ocont;
    b->cur = f->blk[2];
    pop_frame(b);
}

/* OP_DO: step 1 after the body, 2 after the condition. */
static void step_do(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->step == 1) {
        edge(b, b->cur, f->blk[1]);
        b->cur = f->blk[1];
        f->step = 2;
        push_branch(b, f->ks.c[1], f->blk[0], f->blk[2]);
        return;
    }
    b->brk = f->obrk;
    b->cont = f->ocont;
    b->cur = f->blk[2];
    pop_frame(b);
}

/* OP_FOR: step 1 after the init part, 2 after the condition, 3 after the body, 4 after the
 * increment. blk = head, body, increment, exit. */
static void step_for(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    switch (f->step) {
    case 1:
        f->blk[0] = new_block(b);
        f->blk[1] = new_block(b);
        f->blk[2] = new_block(b);
        f->blk[3] = new_block(b);
        edge(b, b->cur, f->blk[0]);
        b->cur = f->blk[0];
        f->step = 2;
        if (!clang_Cursor_isNull(f->aux[1]))
            push_branch(b, f->aux[1], f->blk[1], f->blk[3]);
        else
            edge(b, f->blk[0], f->blk[1]);
        return;
    case 2:
        f->obrk = b->brk;
        f->ocont = b->cont;
        b->brk = f->blk[3];
        b->cont = f->blk[2];
        b->cur = f->blk[1];
        f->step = 3;
        push_frame(b, OP_STMT, f->aux[3], W_NONE);
        return;
    case 3:
        edge(b, b->cur, f->blk[2]);
        b->cur = f->blk[2];
        f->step = 4;
        if (!clang_Cursor_isNull(f->aux[2]))
            push_frame(b, OP_EXPR, f->aux[2], W_NONE);
        return;
    default:
        edge(b, f->blk[2], f->blk[0]);
        b->brk = f->obrk;
        b->cont = f->ocont;
        b->cur = f->blk[3];
        pop_frame(b);
        return;
    }
}

/* OP_SWITCH: step 1 after the controlling expression, 2 after the body. blk[0] = the dispatch
 * block, blk[1] = the exit. */
static void step_switch(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->step == 1) {
        struct ir_val v = b->rv;
        int sw = b->cur;
        if (v.kind == IR_V_PATH)
            ir_block(b->f, sw)->switch_path = v.text;
        int exit = new_block(b);
        f->blk[0] = sw;
        f->blk[1] = exit;
        f->osw = b->sw;
        f->obrk = b->brk;
        f->odef = b->sw_default;
        b->sw = sw;
        b->brk = exit;
        b->sw_default = false;
        b->cur = new_block(b); /* code before the first label is unreachable */
        f->step = 2;
        push_frame(b, OP_STMT, f->ks.c[f->ks.n - 1], W_NONE);
        return;
    }
    edge(b, b->cur, f->blk[1]);
    if (!b->sw_default)
        ir_edge_add(b->f, f->blk[0], f->blk[1], IR_E_DEFAULT, 0);
    b->sw = f->osw;
    b->brk = f->obrk;
    b->sw_default = f->odef;
    b->cur = f->blk[1];
    pop_frame(b);
}

/* OP_RETURN, after the returned value (IR_V_NONE for none). */
static void step_return(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    struct ir_val v = b->rv;
    struct ir_event *e = emit(b, IR_RETURN, loc_of(b, f->c), NULL);
    e->rhs = v;
    edge(b, b->cur, b->f->exit_block);
    b->cur = new_block(b);
    pop_frame(b);
}

/* OP_DECLS: each variable is a local; an initializer is an assignment to it. Step 1 after an
 * initializer. */
static void step_decls(struct fb *b, int fi)
{
    struct frame *f = frame_at(b, fi);
    if (f->step == 1) {
        struct ir_val rv = b->rv;
        struct ir_event *e = emit(b, IR_ASSIGN, loc_of(b, f->aux[0]), NULL);
        e->lhs = take_str(&b->p->arena, clang_getCursorSpelling(f->aux[0]));
        e->rhs = rv;
        assign_test(b, e, clang_Cursor_getVarDeclInitializer(f->aux[0]));
        f->step = 0;
    }
    while (f->i < f->ks.n) {
        CXCursor v = f->ks.c[f->i++];
        if (clang_getCursorKind(v) != CXCursor_VarDecl)
            continue;
        *(const char **)vec_push(&b->f->locals) = take_str(&b->p->arena, clang_getCursorSpelling(v));
        CXCursor init = clang_Cursor_getVarDeclInitializer(v);
        if (clang_Cursor_isNull(init))
            continue;
        f->aux[0] = v;
        f->step = 1;
        push_frame(b, OP_EXPR, init, W_ALL);
        return;
    }
    pop_frame(b);
}

/* Runs the frames above `base` until they are all done. */
static void run_frames(struct fb *b, size_t base)
{
    while (b->frames.len > base) {
        int fi = (int)b->frames.len - 1;
        switch (frame_at(b, fi)->op) {
        case OP_EXPR: step_expr(b, fi); break;
        case OP_KIDS: step_kids(b, fi); break;
        case OP_PAREN: step_paren(b, fi); break;
        case OP_UNARY: step_unary(b, fi); break;
        case OP_ASSIGN: step_assign(b, fi); break;
        case OP_BINARY: step_binary(b, fi); break;
        case OP_CONDOP: step_condop(b, fi); break;
        case OP_CALL: step_call(b, fi); break;
        case OP_COND: step_cond(b, fi); break;
        case OP_BRANCH: step_branch(b, fi); break;
        case OP_STMT: step_stmt(b, fi); break;
        case OP_SEQ: step_seq(b, fi); break;
        case OP_IF: step_if(b, fi); break;
        case OP_WHILE: step_while(b, fi); break;
        case OP_DO: step_do(b, fi); break;
        case OP_FOR: step_for(b, fi); break;
        case OP_SWITCH: step_switch(b, fi); break;
        case OP_RETURN: step_return(b, fi); break;
        case OP_DECLS: step_decls(b, fi); break;
        }
    }
}

/* Records `.Field = Function` designators of an initializer list (any nesting depth) as handler
 * bindings. The model later keeps those whose right-hand side names a function. */
static void scan_init_tokens(struct ir_program *p, CXTranslationUnit tu, CXSourceRange range, struct fb *b,
                             const char *record)
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
        bd->record = record;
        bd->loc = loc_from(b, clang_getTokenLocation(tu, toks[j]));
    }
    clang_disposeTokens(tu, toks, n);
}

static void scan_init_list(struct fb *b, CXCursor c)
{
    scan_init_tokens(b->p, b->tu, clang_getCursorExtent(c), b, record_of_type(b->p, clang_getCursorType(c)));
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
    read_func_sal(b, fn, NULL);
    b->f = f;
    b->brk = b->cont = b->sw = -1;
    b->sw_default = false;
    strmap_init(&b->labels);
    int entry = ir_block_new(f);
    f->exit_block = ir_block_new(f);
    b->cur = entry;
    memo_reset(&b->memo);
    struct kids ks = kids_of(fn);
    for (int i = 0; i < ks.n; i++)
        if (clang_getCursorKind(ks.c[i]) == CXCursor_CompoundStmt) {
            push_frame(b, OP_STMT, ks.c[i], W_NONE);
            run_frames(b, 0);
        }
    kids_free(&ks);
    edge(b, b->cur, f->exit_block);
    strmap_free(&b->labels);
}

/* ---- translation units ---------------------------------------------------------------- */

struct tu_walk {
    struct fb b;
    const char *tu_file;
    const struct cx_headers *headers; /* NULL: every non-system header */
    struct vec header_fns;            /* CXCursor: definitions in the driver's headers, not built yet */
};

/* Whether `l` (outside the main file and the system headers) is in one of the driver's headers. */
static bool driver_header(struct tu_walk *w, CXSourceLocation l)
{
    if (!w->headers)
        return true;
    if (w->headers->none)
        return false;
    if (!w->headers->use_filter)
        return true;
    struct ir_loc at = loc_from(&w->b, l);
    return at.file && regexec(&w->headers->filter, at.file, 0, NULL, 0) == 0;
}

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
            else if (driver_header(w, l))
                *(CXCursor *)vec_push(&w->header_fns) = c;
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
            CXCursor td = clang_getTypeDeclaration(t);
            if (clang_getCursorKind(td) == CXCursor_TypedefDecl && !strmap_get(&w->b.sal_names, rd->role_typedef)) {
                strmap_put(&w->b.sal_names, rd->role_typedef, (void *)1);
                read_sal(&w->b, td, true);
            }
        }
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_VarDecl) {
        CXCursor init = clang_Cursor_getVarDeclInitializer(c);
        if (!clang_Cursor_isNull(init))
            clang_visitChildren(c, visit_init_refs, w->b.p);
    }
    if (k == CXCursor_VarDecl && main_file) {
        CXCursor init = clang_Cursor_getVarDeclInitializer(c);
        if (!clang_Cursor_isNull(init) && clang_getCursorKind(init) == CXCursor_InitListExpr)
            scan_init_tokens(w->b.p, w->b.tu, clang_getCursorExtent(init), &w->b,
                             record_of_type(w->b.p, clang_getCursorType(init)));
    }
    return CXChildVisit_Continue;
}

/* ---- comments that may suppress findings (suppress.h reads them) --------------------------- */

/* Appends to b->p->comments the comments of bytes [from, to) of `file` (to == 0: the whole file)
 * that mention NOLINT or ddicheck-suppress and its `#pragma` lines that mention suppress, found
 * with clang's lexer (so text inside string literals never counts). A range without those words is
 * not tokenized. */
static void scan_comments(struct fb *b, CXFile file, unsigned from, unsigned to)
{
    size_t size = 0;
    const char *buf = file ? clang_getFileContents(b->tu, file, &size) : NULL;
    if (!buf)
        return;
    if (to == 0 || to > size)
        to = (unsigned)size;
    if (from >= to || (!memmem(buf + from, to - from, "NOLINT", 6) && !memmem(buf + from, to - from, "suppress", 8)))
        return;
    CXSourceRange all =
        clang_getRange(clang_getLocationForOffset(b->tu, file, from), clang_getLocationForOffset(b->tu, file, to));
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(b->tu, all, &toks, &n);
    unsigned prev_line = 0; /* the line the previous token ends on */
    for (unsigned i = 0; i < n; i++) {
        CXSourceRange ext = clang_getTokenExtent(b->tu, toks[i]);
        unsigned line, end_line, off, end_off;
        clang_getSpellingLocation(clang_getRangeStart(ext), NULL, &line, NULL, &off);
        clang_getSpellingLocation(clang_getRangeEnd(ext), NULL, &end_line, NULL, &end_off);
        enum CXTokenKind k = clang_getTokenKind(toks[i]);
        bool alone = line != prev_line;
        prev_line = end_line;
        const char *t = buf + off;
        size_t tl = end_off > off && end_off <= size ? end_off - off : 0;
        bool directive = k == CXToken_Punctuation && tl == 1 && *t == '#' && alone && i + 1 < n;
        if (k != CXToken_Comment && !directive)
            continue;
        if (directive) { /* the whole directive line, when it is #pragma ... suppress ... */
            unsigned j = i + 1, last_off = end_off;
            for (; j < n; j++) {
                CXSourceRange e = clang_getTokenExtent(b->tu, toks[j]);
                unsigned l2, o2;
                clang_getSpellingLocation(clang_getRangeStart(e), NULL, &l2, NULL, NULL);
                if (l2 != line)
                    break;
                clang_getSpellingLocation(clang_getRangeEnd(e), NULL, &prev_line, NULL, &o2);
                last_off = o2;
            }
            tl = last_off > off && last_off <= size ? last_off - off : 0;
            i = j - 1;
            if (tl < 7 || !memmem(t, tl, "pragma", 6) || !memmem(t, tl, "suppress", 8))
                continue;
        } else if (!memmem(t, tl, "NOLINT", 6) && !memmem(t, tl, "ddicheck-suppress", 17))
            continue;
        struct ir_comment *c = vec_push(&b->p->comments);
        c->loc = loc_from(b, clang_getRangeStart(ext));
        c->text = arena_strndup(&b->p->arena, t, tl);
        c->pragma = directive;
        c->alone = alone;
    }
    clang_disposeTokens(b->tu, toks, n);
}

/* ---- functions defined in the driver's own headers (frontend.h, struct cx_headers) ---------- */

/* Adds the names every call event of `f` calls to `names`. */
static void add_callees(struct strmap *names, const struct ir_func *f)
{
    for (size_t bi = 0; bi < f->blocks.len; bi++) {
        const struct ir_block *bl = vec_at(&f->blocks, bi);
        for (size_t e = 0; e < bl->events.len; e++) {
            const struct ir_event *ev = vec_at(&bl->events, e);
            if (ev->kind == IR_CALL && ev->callee)
                strmap_put(names, ev->callee, (void *)ev->callee);
        }
    }
}

/* Builds the header functions of w->header_fns that the TU's functions call, directly or through
 * header functions built before, and reads the suppression comments of their headers. */
static void build_header_functions(struct tu_walk *w)
{
    if (!w->header_fns.len)
        return;
    struct ir_program *p = w->b.p;
    struct strmap called;
    strmap_init(&called);
    size_t seen = 0; /* functions whose callees are in `called` */
    bool more = true;
    while (more) {
        more = false;
        for (; seen < p->funcs.len; seen++)
            add_callees(&called, *(struct ir_func **)vec_at(&p->funcs, seen));
        for (size_t i = 0; i < w->header_fns.len; i++) {
            CXCursor *c = vec_at(&w->header_fns, i);
            if (clang_Cursor_isNull(*c))
                continue;
            CXString nm = clang_getCursorSpelling(*c);
            bool wanted = strmap_get(&called, clang_getCString(nm)) != NULL;
            clang_disposeString(nm);
            if (!wanted)
                continue;
            build_function(&w->b, *c, w->tu_file);
            struct ir_func *f = *(struct ir_func **)vec_at(&p->funcs, p->funcs.len - 1);
            f->in_header = true;
            /* its suppression comments: from the line above the definition to its end */
            CXSourceRange ext = clang_getCursorExtent(*c);
            CXFile file, end_file;
            unsigned from, to;
            clang_getExpansionLocation(clang_getRangeStart(ext), &file, NULL, NULL, &from);
            clang_getExpansionLocation(clang_getRangeEnd(ext), &end_file, NULL, NULL, &to);
            size_t size = 0;
            const char *buf = file && file == end_file ? clang_getFileContents(w->b.tu, file, &size) : NULL;
            if (buf && from < to && to <= size) {
                unsigned lines = 0; /* back to the start of the line above */
                while (from > 0 && (buf[from - 1] != '\n' || lines++ < 1))
                    from--;
                scan_comments(&w->b, file, from, to);
            }
            *c = clang_getNullCursor();
            more = true;
        }
    }
    strmap_free(&called);
}

#ifndef DDICHECK_CLANG
#define DDICHECK_CLANG "/usr/lib/llvm-19/bin/clang"
#endif

/* Appends a fatal diagnostic at `file` with `message` (copied). */
static void add_fatal(struct ir_program *prog, const char *file, const char *message)
{
    struct ir_diag *d = vec_push(&prog->diags);
    d->loc.file = ir_intern(prog, file);
    d->message = arena_strdup(&prog->arena, message);
    d->fatal = true;
}

/* Reads the clang error lines of `fp` into prog->diags (at `file`), at most 20. Counts in *jobs the
 * compiler jobs a `-###` listing shows. Returns how many errors it found. */
static int read_errors(struct ir_program *prog, const char *file, FILE *fp, int *jobs)
{
    int found = 0;
    char line[2048];
    while (fgets(line, sizeof(line), fp)) {
        line[strcspn(line, "\n")] = 0;
        if (jobs && line[0] == ' ' && strstr(line, "\"-cc1\""))
            (*jobs)++;
        const char *e = strstr(line, "error: ");
        if (e && found < 20) {
            add_fatal(prog, file, e + 7);
            found++;
        }
    }
    return found;
}

/* The errors clang met before there was a translation unit, which libclang keeps to itself:
 * (1) those of the compiler invocation (an unknown target): the command is parsed once more through
 *     an index that prints diagnostics, with the standard error stream sent to a temporary file
 *     (serialised: the stream is the process's);
 * (2) those of the driver (an option clang rejects, a missing input, several sources in one
 *     command), which libclang does not even keep: clang itself (DDICHECK_CLANG, else clang-19 on
 *     the PATH) lists the jobs of the command with -### in a child process, in directory `workdir`.
 * Appends one fatal diagnostic per error to prog->diags (at `file`). Returns how many it found. */
static int driver_errors(struct ir_program *prog, const char *file, const char *const *args, int na,
                         const char *workdir)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    int found = 0;
    pthread_mutex_lock(&lock);
    FILE *tmp = tmpfile();
    int saved = tmp ? dup(2) : -1;
    if (saved >= 0) {
        fflush(stderr);
        if (dup2(fileno(tmp), 2) >= 0) {
            CXIndex ix = clang_createIndex(0, 1);
            CXTranslationUnit tu = NULL;
            if (ix) {
                clang_parseTranslationUnit2FullArgv(ix, NULL, args, na, NULL, 0, CXTranslationUnit_KeepGoing, &tu);
                if (tu)
                    clang_disposeTranslationUnit(tu);
                clang_disposeIndex(ix);
            }
            fflush(stderr);
            dup2(saved, 2);
        }
        close(saved);
    }
    if (tmp) {
        rewind(tmp);
        found = read_errors(prog, file, tmp, NULL);
        fclose(tmp);
    }
    pthread_mutex_unlock(&lock);
    if (found)
        return found;

    const char **argv = calloc((size_t)na + 2, sizeof(char *));
    int pipefd[2];
    if (!argv || pipe(pipefd) != 0) {
        free(argv);
        return 0;
    }
    argv[0] = args[0]; /* the driver takes its mode (cl, g++) from the program's name */
    argv[1] = "-###";
    for (int i = 1; i < na; i++)
        argv[i + 1] = args[i];
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 1);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 2);
    posix_spawn_file_actions_addclose(&fa, pipefd[0]);
    posix_spawn_file_actions_addclose(&fa, pipefd[1]);
    if (workdir)
        posix_spawn_file_actions_addchdir_np(&fa, workdir);
    pid_t pid;
    int err = posix_spawn(&pid, DDICHECK_CLANG, &fa, NULL, (char *const *)argv, environ);
    if (err)
        err = posix_spawnp(&pid, "clang-19", &fa, NULL, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    free(argv);
    FILE *fp = fdopen(pipefd[0], "r");
    if (!fp) {
        close(pipefd[0]);
        fp = NULL;
    }
    int jobs = 0;
    if (fp && !err)
        found = read_errors(prog, file, fp, &jobs);
    if (fp)
        fclose(fp);
    if (!err) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    }
    if (!found && jobs > 1) {
        char msg[160];
        snprintf(msg, sizeof(msg), "the command compiles %d source files; ddicheck needs one command per file", jobs);
        add_fatal(prog, file, msg);
        found = 1;
    }
    return found;
}

static int parse_file(CXIndex index, struct ir_program *prog, const char *file, const char *const *argv, int argc,
                      const char *workdir, const char *shown_from, const struct cx_headers *headers)
{
    struct stat st;
    char path_buf[4096];
    const char *check = file;
    if (workdir && file[0] != '/' && !shown_from) {
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
    char *cl_wd = NULL;
    if (workdir && cdb_cl_mode(argv, argc)) {
        /* clang-cl takes no -working-directory of its own: it passes through /clang: */
        if (asprintf(&cl_wd, "/clang:-working-directory=%s", workdir) < 0)
            abort();
        args[na++] = cl_wd;
    } else if (workdir) {
        args[na++] = "-working-directory";
        args[na++] = workdir;
    }
    CXTranslationUnit tu = NULL;
    unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
    enum CXErrorCode ec = clang_parseTranslationUnit2FullArgv(index, NULL, args, na, NULL, 0, opts, &tu);
    if (ec != CXError_Success || !tu) {
        if (ec == CXError_Crashed || driver_errors(prog, file, args, na, workdir) == 0) {
            d = vec_push(&prog->diags);
            d->loc.file = ir_intern(prog, file);
            d->message = ec == CXError_Crashed ? "clang crashed while parsing this file"
                                               : arena_printf(&prog->arena,
                                                              "clang could not parse this file (libclang error %d); "
                                                              "check the compiler flags",
                                                              (int)ec);
            d->fatal = true;
        }
        free(cl_wd);
        free(args);
        return 2;
    }
    free(cl_wd);
    free(args);

    struct tu_walk w;
    memset(&w, 0, sizeof(w));
    fb_init(&w.b);
    w.b.p = prog;
    w.b.tu = tu;
    w.b.workdir = workdir;
    w.b.shown_from = shown_from;
    w.tu_file = ir_intern(prog, file);
    w.headers = headers;
    vec_init(&w.header_fns, sizeof(CXCursor));
    w.b.tu_file = w.tu_file;
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
    if (rc != 2) {
        clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &w);
        /* the main file by the name clang knows: a shown name is relative to shown_from */
        char main_buf[4096];
        const char *main_name = check;
        if (shown_from && file[0] != '/') {
            snprintf(main_buf, sizeof(main_buf), "%s/%s", shown_from, file);
            main_name = main_buf;
        }
        CXFile main_file = clang_getFile(tu, main_name);
        if (!main_file)
            main_file = clang_getFile(tu, check);
        if (main_file)
            scan_comments(&w.b, main_file, 0, 0);
        build_header_functions(&w);
    }
    vec_free(&w.header_fns);
    clang_disposeTranslationUnit(tu);
    fb_free(&w.b);
    return rc;
}

/* Starts fn(arg) on a thread with a stack of CX_STACK_SIZE, or smaller down to CX_STACK_MIN when
 * the address space is short. Returns 0, or an error number when no such thread could start. */
static int start_big_thread(pthread_t *t, void *(*fn)(void *), void *arg)
{
    pthread_attr_t at;
    int err = pthread_attr_init(&at);
    if (err)
        return err;
    for (size_t sz = CX_STACK_SIZE; sz >= CX_STACK_MIN; sz /= 4) {
        err = pthread_attr_setstacksize(&at, sz);
        if (!err)
            err = pthread_create(t, &at, fn, arg);
        if (!err)
            break;
    }
    pthread_attr_destroy(&at);
    return err;
}

struct parse_req {
    CXIndex index;
    struct ir_program *prog;
    const char *file;
    const char *const *argv;
    int argc;
    const char *workdir;
    int rc;
};

static void *parse_thread(void *arg)
{
    struct parse_req *r = arg;
    r->rc = parse_file(r->index, r->prog, r->file, r->argv, r->argc, r->workdir, NULL, NULL);
    return NULL;
}

int cx_parse_file(struct ir_program *prog, const char *file, const char *const *argv, int argc, const char *workdir)
{
    struct parse_req r = {cx_index, prog, file, argv, argc, workdir, 2};
    pthread_t t;
    if (start_big_thread(&t, parse_thread, &r) == 0)
        pthread_join(t, NULL);
    else
        parse_thread(&r); /* no thread to be had: this one's stack will have to do */
    return r.rc;
}

/* ---- parallel parsing ---------------------------------------------------------------------- */

struct pool {
    struct cx_job *jobs;
    struct ir_program **parts;
    int njobs;
    int next;
    pthread_mutex_t lock;
    int done; /* jobs finished, for the progress callback */
    void (*progress)(void *ctx, const char *stage, size_t done, size_t total, const char *file);
    void *progress_ctx;
};

/* Tells the pool's progress callback that job `j` is finished (one call at a time). */
static void job_done(struct pool *pl, int j)
{
    if (!pl->progress)
        return;
    pthread_mutex_lock(&pl->lock);
    pl->done++;
    pl->progress(pl->progress_ctx, "parse", (size_t)pl->done, (size_t)pl->njobs, pl->jobs[j].file);
    pthread_mutex_unlock(&pl->lock);
}

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
            job_done(pl, j);
            continue;
        }
        jb->rc =
            parse_file(cx_index, pl->parts[j], jb->file, jb->argv, jb->argc, jb->workdir, jb->shown_from, jb->headers);
        job_done(pl, j);
    }
    if (cx_index)
        clang_disposeIndex(cx_index);
    cx_index = NULL;
    return NULL;
}

int cx_parse_jobs(struct ir_program *prog, struct cx_job *jobs, int njobs, int threads)
{
    return cx_parse_jobs_progress(prog, jobs, njobs, threads, NULL, NULL);
}

int cx_parse_jobs_progress(struct ir_program *prog, struct cx_job *jobs, int njobs, int threads,
                           void (*progress)(void *ctx, const char *stage, size_t done, size_t total, const char *file),
                           void *progress_ctx)
{
    struct pool pl = {jobs,
                      calloc((size_t)njobs + 1, sizeof(struct ir_program *)),
                      njobs,
                      0,
                      PTHREAD_MUTEX_INITIALIZER,
                      0,
                      progress,
                      progress_ctx};
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
    pthread_once(&cx_once, cx_setup);
    pthread_t tids[64];
    int started = 0;
    for (int i = 0; i < threads && i < 64; i++)
        if (start_big_thread(&tids[started], worker, &pl) == 0)
            started++;
    if (started == 0)
        worker(&pl); /* no thread to be had: the calling thread does the work */
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

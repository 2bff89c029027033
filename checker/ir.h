/* ir.h — ddicheck's intermediate representation: per function, a CFG of basic blocks of events.
 *
 * The frontend (frontend.c, the only module that sees libclang) builds it; every later stage reads it.
 * An event is a call (DDI or driver function), an assignment or a return. Arguments and assigned
 * places are access paths written as C text in a normal form: `x`, `p->f`, `s.f`, `&x` (a `*&x` or
 * `(&x)->f` collapses to `x` / `x.f`), array elements as `a[]`. Branch conditions that compare a path
 * with a constant are kept in a structured form for the path-sensitive analyses.
 *
 * Memory: everything hangs off one `struct ir_program` and is owned by its arena.
 * Locations: `line` and `col` are 1-based; `col` counts bytes (clang's convention), `offset` is the
 * 0-based byte offset in the file. A location always names where the user wrote the code (the macro
 * expansion site, never the header a macro expands into).
 */
#ifndef DDICHECK_IR_H
#define DDICHECK_IR_H

#include "util.h"

#include <stdbool.h>
#include <stdio.h>

struct ir_loc {
    const char *file; /* interned in the program arena; NULL = unknown */
    unsigned line, col, offset;
};

enum ir_val_kind {
    IR_V_NONE,  /* absent */
    IR_V_CONST, /* integer constant: `cval`; `text` = the macro or enumerator spelled, if any */
    IR_V_PATH,  /* access path: `text` */
    IR_V_CALL,  /* result of the call event `call` of the same block */
    IR_V_FUNC,  /* reference to a function: `text` = its name */
    IR_V_OTHER  /* anything else */
};

/* What an expression that is neither a constant nor a path tests, when it is one of these forms
 * (modulo parentheses, casts, `!`, `!= 0`, `== 0` and `? TRUE : FALSE`):
 *   IR_TEST_BITS      (path & mask) != 0                  (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(Flags))
 *   IR_TEST_CMP       path OP cval
 *   IR_TEST_CALL_CMP  callee() OP cval, on the value of the block's latest call of `callee`
 *                                                           (KeGetCurrentIrql() == DISPATCH_LEVEL)
 *   IR_TEST_TRUTH     path != 0
 * `negated` flips the result. Arena-owned; NULL when the expression is none of these. */
enum ir_test_kind { IR_TEST_BITS, IR_TEST_CMP, IR_TEST_CALL_CMP, IR_TEST_TRUTH };
enum ir_cmp { IR_EQ, IR_NE, IR_LT, IR_LE, IR_GT, IR_GE };
struct ir_test {
    enum ir_test_kind kind;
    const char *path;   /* BITS, CMP, TRUTH */
    const char *callee; /* CALL_CMP */
    enum ir_cmp op;     /* CMP, CALL_CMP */
    long long cval;     /* the mask (BITS) or the constant compared with */
    bool negated;
};

struct ir_val {
    enum ir_val_kind kind;
    long long cval;
    bool has_alt; /* IR_V_CONST of `c ? x : y`: the value is cval or alt */
    long long alt;
    const char *text;
    int call;                   /* IR_V_CALL: index of the event in its block */
    const struct ir_test *test; /* an assigned value or call argument of kind IR_V_OTHER (or a two-valued
                                   constant): what it tests, or NULL */
};

enum ir_ev_kind { IR_CALL, IR_ASSIGN, IR_RETURN };

struct ir_event {
    enum ir_ev_kind kind;
    struct ir_loc loc;
    /* IR_CALL */
    const char *callee; /* function called; NULL for a call through a pointer */
    const char *macro;  /* macro name spelled at the call site when it differs from callee, else NULL */
    /* For a call written through macros: the macros whose definitions spell parts of the call (the
     * callee's name first, then those spelling its arguments), innermost first, without `macro`
     * (the outermost one, spelled at the call site). NULL when the call is not in a macro. */
    const char **mchain;
    int nmchain;
    bool indirect;
    bool sys_callee; /* the callee is declared in a system header (a DDI or library routine) */
    int nargs;
    struct ir_val *args;
    /* sys_callee calls: where each argument is written (its expansion location, as `loc`), so a
     * finding about one argument can point at it; NULL for other calls */
    struct ir_loc *argloc;
    /* IR_ASSIGN: lhs path (NULL when not a path) := rhs.  IR_RETURN: value in rhs */
    const char *lhs;
    struct ir_val rhs;
    /* IR_ASSIGN of `lhs |= C` / `lhs &= ~C` with a constant C: the bits it sets / clears, the other
       bits of lhs keeping their value (dumped as "(|= 0x..)" / "(&= ~0x..)"); 0 for any other assignment */
    unsigned long long bits_set, bits_cleared;
};

/* A branch condition. IR_COND_CMP: `path OP cval`; IR_COND_TRUTH: `path` (non-zero);
 * IR_COND_SUCCESS: NT_SUCCESS(path) (status >= 0 as a signed 32-bit value). `negated` flips it. */
enum ir_cond_kind { IR_COND_NONE, IR_COND_CMP, IR_COND_TRUTH, IR_COND_SUCCESS };
struct ir_cond {
    enum ir_cond_kind kind;
    enum ir_cmp op;
    bool negated;
    const char *path;
    long long cval;
    const char *ctext; /* constant as spelled */
    /* IR_COND_NONE: what the whole condition tests (its `!` included; `negated` is then false) when
     * it has one of the forms of struct ir_test, else NULL */
    const struct ir_test *test;
    /* IR_COND_NONE: the condition holds exactly when the result of call event `call` of this block
     * compares with `cval` by `op` (`F(x)`: != 0, `!F(x)`: == 0, `F(x) == TRUE`; `negated` plays no
     * part) */
    bool has_call;
    int call;
};

/* How control reaches a successor: unconditionally, on the condition being true/false, or, for a
 * switch, on a case value (`case_val`) or the default. */
enum ir_edge_kind { IR_E_ALWAYS, IR_E_TRUE, IR_E_FALSE, IR_E_CASE, IR_E_DEFAULT };
struct ir_edge {
    int target;
    enum ir_edge_kind kind;
    long long case_val;
};

struct ir_block {
    int id;
    struct vec events;       /* struct ir_event */
    struct vec succs;        /* struct ir_edge */
    struct ir_cond cond;     /* the condition the outgoing edges test (IR_COND_NONE if none/unknown) */
    const char *switch_path; /* for a switch on a path: the path; edges are IR_E_CASE/IR_E_DEFAULT */
};

struct ir_func {
    const char *name;
    const char *tu_file; /* main file of the translation unit that defines it */
    bool is_static;
    bool invalid;      /* clang marked the declaration invalid; the body is still analyzed */
    bool in_header;    /* defined in one of the driver's headers (frontend.h, struct cx_headers) */
    struct ir_loc loc; /* the name in the definition */
    int nparams;
    const char **params;
    struct vec locals; /* const char *: variables declared in the body */
    struct vec blocks; /* struct ir_block; block 0 = entry, block `exit_block` = the single exit */
    int exit_block;
};

/* A function named by a role-typedef declaration (`PROTOCOL_CM_REG_SAP MyRegSap;`). */
struct ir_role_decl {
    const char *func;
    const char *role_typedef;
    struct ir_loc loc;
};

/* A function stored into a struct field by a designated initializer (`.CmRegisterSapHandler = F`)
 * or an assignment (`chars.CmRegisterSapHandler = F`, `p->InterruptHandler = &F`). `record` names
 * the struct: the tag without its leading underscores (`NDIS_MINIPORT_DRIVER_CHARACTERISTICS`), or
 * the typedef name of an untagged one; NULL when unknown. For an assignment it is the struct that
 * declares the field (a member of an anonymous struct or union counts as its enclosing named
 * struct's); for an initializer, the type of the initialized object. */
struct ir_binding {
    const char *field;
    const char *func;
    const char *record;
    struct ir_loc loc;
};

/* The IRQL annotations (SAL) of one declaration of a function or of a function typedef, read from
 * its tokens by the frontend (the annotations expand to nothing under clang) and parsed by sal.c.
 * Levels are 0..15 (ruledb.h), -1 when not given; parameters are 0-based indexes, -1 when none.
 * Each `*_text` is the annotation as written (`_IRQL_requires_max_(DISPATCH_LEVEL)`) and each
 * `*_loc` where it is written. */
struct ir_sal {
    const char *name;    /* the function or the typedef */
    const char *tu_file; /* main file of the TU that read it */
    bool is_static, is_typedef, is_definition;
    int req_lo, req_hi; /* _IRQL_requires_(L) (both), _IRQL_requires_min_ / _max_ */
    const char *req_text;
    struct ir_loc req_loc;
    int raise_level; /* _IRQL_raises_(L): the IRQL after the call ... */
    int raise_param; /* ... or the value of this parameter (_IRQL_raises_(NewIrql)) */
    const char *raise_text;
    struct ir_loc raise_loc;
    bool saves_ret;          /* function-level _IRQL_saves_: the return value is the previous IRQL */
    int saves_param;         /* the previous IRQL is saved through this parameter ... */
    const char *saves_field; /* ... in this field of it (`->Lock.OldIrql`, __drv_at), or NULL */
    bool saves_global;       /* ... in the object it names (_IRQL_saves_global_(Kind, Param)) */
    int restores_param;      /* the IRQL is set from this parameter's value ... */
    const char *restores_field;
    bool restores_global; /* ... or from the IRQL saved in the object it names */
    int fmax, fmin;       /* _IRQL_always_function_max_ / _min_ */
    const char *fmax_text, *fmin_text;
    struct ir_loc fmax_loc, fmin_loc;
    bool same; /* _IRQL_requires_same_ */
};

/* A diagnostic clang reported while parsing: an error, or a note attached to the error before it. */
struct ir_diag {
    struct ir_loc loc;
    const char *message;
    bool fatal;
    bool note;
};

/* A comment or `#pragma warning/prefast(...)` line that may suppress findings (suppress.h reads
 * them): the frontend keeps, from the driver's own files, the comments clang's lexer finds that
 * mention NOLINT or ddicheck-suppress and the pragma lines that mention suppress. */
struct ir_comment {
    struct ir_loc loc; /* where it starts */
    const char *text;  /* the comment with its delimiters, or the pragma's tokens from `#` to the line end */
    bool pragma;
    bool alone; /* no token precedes it on its line */
};

struct ir_program {
    struct arena arena;
    struct strmap files; /* interned file names */
    struct vec funcs;    /* struct ir_func * */
    struct vec role_decls;
    struct vec bindings;
    struct vec diags;
    struct vec comments; /* struct ir_comment, in file order per translation unit; a header's
                            comments appear once per translation unit that includes it */
    struct vec sals;     /* struct ir_sal: IRQL annotations of the declarations read */
    /* const char *: names of the functions whose address the driver's code takes, that is, every
       function named other than as the callee of a direct call (an argument, a stored value, an
       initializer of a variable or a table); a name may repeat */
    struct vec func_refs;
    struct vec parts; /* struct ir_program *: programs merged into this one, owned */
};

void ir_program_init(struct ir_program *p);
void ir_program_free(struct ir_program *p);
/* Moves everything of `part` (heap-allocated, initialised) into `p`, which takes ownership. */
void ir_program_merge(struct ir_program *p, struct ir_program *part);
/* Returns the interned, program-owned copy of a file name. */
const char *ir_intern(struct ir_program *p, const char *s);

struct ir_func *ir_func_new(struct ir_program *p, const char *name);
/* Adds an empty block to `f` and returns its id. */
int ir_block_new(struct ir_func *f);
struct ir_block *ir_block(const struct ir_func *f, int id);
struct ir_event *ir_event_at(const struct ir_block *b, int i);
void ir_edge_add(struct ir_func *f, int from, int to, enum ir_edge_kind kind, long long case_val);
/* Calls fn(ctx, call) on each direct call of `f` (not through a pointer), in block order, until
 * fn returns true. Returns true if it did. */
bool ir_each_call(const struct ir_func *f, bool (*fn)(void *ctx, const struct ir_event *call), void *ctx);

/* Prints `f` in the --dump-ir text form (documented in testsuite/ir/README.md). */
void ir_dump_func(FILE *out, const struct ir_func *f);
void ir_dump_val(FILE *out, const struct ir_val *v);

/* Normalizes an access path in place-independent text form (see the file comment); returns an
 * arena-owned string. */
const char *ir_path_normalize(struct ir_program *p, const char *path);

#endif

/* sal.h — IRQL annotations (SAL): read from a declaration's tokens, merged per function.
 *
 * The Windows headers and many drivers annotate functions with the IRQL they run at and how they
 * change it: `_IRQL_requires_(L)`, `_IRQL_requires_max_(L)`, `_IRQL_requires_min_(L)`,
 * `_IRQL_raises_(L)`, `_IRQL_saves_`, `_IRQL_restores_`, `_IRQL_saves_global_(Kind, Param)`,
 * `_IRQL_restores_global_(Kind, Param)`, `_IRQL_requires_same_`, `_IRQL_always_function_max_(L)`
 * and `_min_`, on the function or on a parameter (`_IRQL_saves_ PKIRQL OldIrql`), and the older
 * spellings of the Windows 7 WDK (`__drv_maxIRQL`, `__drv_minIRQL`, `__drv_requiresIRQL`,
 * `__drv_raisesIRQL`, `__drv_setsIRQL`, `__drv_savesIRQL`, `__drv_restoresIRQL`,
 * `__drv_savesIRQLGlobal`, `__drv_restoresIRQLGlobal`, `__drv_sameIRQL`, `__drv_maxFunctionIRQL`,
 * `__drv_minFunctionIRQL`, and `__drv_at(Expr, ...)` / `_At_(Expr, ...)` naming where an IRQL is
 * saved or restored). Under clang they expand to nothing, so the frontend hands this module the
 * tokens around the declaration (sal_read) and the model of annotations is built from them.
 * Documentation: learn.microsoft.com/windows-hardware/drivers/devtest/irql-annotations-for-drivers.
 *
 * Levels: the names of ruledb.h (PASSIVE_LEVEL .. HIGH_LEVEL, DIRQL), SYNCH_LEVEL (12, x64),
 * PROFILE_LEVEL (15, x64), or a number 0..15. An annotation whose level is anything else (an
 * expression) is not read. Conditional annotations (`_When_`, `__drv_when`) are not read.
 *
 * No libclang here: the module is pure C and unit-tested on token arrays (testsuite/unit/test_sal.c).
 * Memory: sal_read() writes arena-owned strings into the caller's record; an index borrows the
 * program it is built from and owns only its own tables.
 */
#ifndef DDICHECK_SAL_H
#define DDICHECK_SAL_H

#include "ir.h"
#include "rules.h"

#include <stdbool.h>
#include <stdio.h>

/* One token of a declaration's text: its spelling, where it is, and whether it belongs to a
 * preprocessor directive line (`#if ...`, `#endif`, `#define ...`). */
struct sal_tok {
    const char *text;
    struct ir_loc loc;
    bool directive;
};

/* Reads the IRQL annotations of one declaration into `out` (which it initialises; name, TU and
 * kind are left for the caller to fill).
 *   toks[0..n):   the tokens before the declared name (the name excluded), from a window that starts
 *                 some way before the declaration: the tokens from index `inside` on belong to the
 *                 declaration itself (`static`, the return type, `typedef`) and are all searched;
 *                 the tokens before it are read backwards, as long as they are annotations,
 *                 declaration specifiers (`extern`, `__inline`, `NTKERNELAPI`) or directive lines,
 *                 up to anything else (`;`, `}`, an `#else`);
 *   ptoks[0..np): the tokens after the name up to the end of the last parameter (the parameter
 *                 list, its `(` included); NULL/0 when there is none to read;
 *   params[0..nparams): the parameter names, for annotations that name a parameter.
 * Returns true when the declaration has at least one IRQL annotation. */
bool sal_read(const struct sal_tok *toks, int n, int inside, const struct sal_tok *ptoks, int np,
              const char *const *params, int nparams, struct arena *a, struct ir_sal *out);

/* True when `s` states an IRQL requirement for callers; sets *req to it (a lone maximum gives
 * PASSIVE_LEVEL..max, a lone minimum min..HIGH_LEVEL). */
bool sal_requirement(const struct ir_sal *s, struct irql_range *req);
/* True when `s` states the IRQL a function runs at; sets *entry (as the requirement, except that
 * a lone minimum gives min..min: a function annotated only with a minimum is not assumed to run
 * at device IRQLs). */
bool sal_entry(const struct ir_sal *s, struct irql_range *entry);
/* True when `s` says how a call changes the IRQL (raises, saves or restores it). */
bool sal_has_effect(const struct ir_sal *s);

/* Prints `s` as one --dump-ir line: `sal NAME: requires MIN..MAX raises L ...`. */
void sal_dump(FILE *out, const struct ir_sal *s);

/* The annotations of every function of a run, merged over its declarations (a prototype in a
 * header and the definition), and those of function typedefs merged into the functions declared
 * with them (`MINIPORT_ISR MyIsr;`). Where two declarations disagree, the definition's annotation
 * wins, then the first declaration read. */
struct sal_index {
    struct arena arena;
    struct strmap funcs;    /* "name" (extern) or "tu\x1fname" (static) -> struct ir_sal * */
    struct strmap typedefs; /* typedef name -> struct ir_sal * */
};

/* Builds the index of `p`'s annotations (p->sals) and typedef declarations (p->role_decls). */
void sal_index_build(struct sal_index *x, const struct ir_program *p);
void sal_index_free(struct sal_index *x);
/* The merged annotations of `name` as called from (or defined in) the TU `tu_file`: its static
 * function there, else the extern one; NULL when it has none. */
const struct ir_sal *sal_find(const struct sal_index *x, const char *tu_file, const char *name);

#endif

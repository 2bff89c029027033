/* test_sal.c — unit tests of the IRQL annotation reader (sal.h): declarations written as text,
 * split into tokens here the way the frontend hands them over (words separated by blanks; a line
 * whose first word is `#` is a directive line), then read and checked field by field; and the
 * merging of a prototype's and a definition's annotations. */
#include "sal.h"

#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(c)                                                                                                       \
    do {                                                                                                               \
        if (!(c)) {                                                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                                      \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

#define MAXT 256

struct text {
    struct sal_tok t[MAXT];
    char buf[4096];
    int n;
};

/* Splits `src` at blanks into tokens; line numbers from the newlines; a line whose first token is
 * `#` marks its tokens as a directive. */
static void split(struct text *x, const char *src)
{
    x->n = 0;
    snprintf(x->buf, sizeof(x->buf), "%s", src);
    unsigned line = 1;
    bool dir = false, first = true;
    for (char *p = x->buf; *p && x->n < MAXT;) {
        if (*p == '\n') {
            line++;
            first = true;
            dir = false;
            *p++ = 0;
            continue;
        }
        if (*p == ' ') {
            *p++ = 0;
            continue;
        }
        char *w = p;
        while (*p && *p != ' ' && *p != '\n')
            p++;
        if (first)
            dir = w[0] == '#';
        first = false;
        x->t[x->n].text = w;
        x->t[x->n].loc.line = line;
        x->t[x->n].loc.col = (unsigned)(w - x->buf) + 1;
        x->t[x->n].directive = dir;
        x->n++;
        if (*p == ' ') /* terminate the word, keeping a newline for the loop to see */
            *p++ = 0;
        else if (*p == '\n') {
            line++;
            first = true;
            dir = false;
            *p++ = 0;
        }
    }
}

/* Reads the annotations of a declaration given as `before` (ending where the declared name would
 * start; the declaration's own tokens begin at the last `inside_word`, or none when NULL) and
 * `plist` (the parameter list), with parameter names `params`. */
static bool read(const char *before, const char *inside_word, const char *plist, const char *const *params, int nparams,
                 struct arena *a, struct ir_sal *out)
{
    static struct text pre, par;
    split(&pre, before);
    split(&par, plist ? plist : "");
    int inside = pre.n; /* the last occurrence of the word */
    for (int i = pre.n - 1; inside_word && i >= 0; i--)
        if (strcmp(pre.t[i].text, inside_word) == 0 && !pre.t[i].directive) {
            inside = i;
            break;
        }
    return sal_read(pre.t, pre.n, inside, plist ? par.t : NULL, par.n, params, nparams, a, out);
}

int main(void)
{
    struct arena a = {0};
    struct ir_sal s;
    struct irql_range r;

    /* a maximum: callers up to DISPATCH_LEVEL, entry PASSIVE_LEVEL..DISPATCH_LEVEL */
    CHECK(read("; _IRQL_requires_max_ ( DISPATCH_LEVEL ) NDIS_STATUS", "NDIS_STATUS", NULL, NULL, 0, &a, &s));
    CHECK(sal_requirement(&s, &r) && r.lo == IRQL_PASSIVE && r.hi == IRQL_DISPATCH);
    CHECK(sal_entry(&s, &r) && r.lo == IRQL_PASSIVE && r.hi == IRQL_DISPATCH);
    CHECK(strcmp(s.req_text, "_IRQL_requires_max_(DISPATCH_LEVEL)") == 0);
    CHECK(s.req_loc.line == 1 && s.req_loc.col == 3);
    CHECK(!sal_has_effect(&s));

    /* no annotation: nothing, and the previous declaration's annotation is not taken */
    CHECK(!read("_IRQL_requires_ ( PASSIVE_LEVEL ) VOID F1 ( VOID ) ;\nVOID", "VOID", NULL, NULL, 0, &a, &s));
    CHECK(!sal_requirement(&s, &r));
    CHECK(!read("} static VOID", "static", NULL, NULL, 0, &a, &s));

    /* the WDK 7 spellings, with declaration specifiers between them and the name */
    CHECK(read("}\n__drv_minIRQL ( DISPATCH_LEVEL )\n__drv_maxIRQL ( DISPATCH_LEVEL )\nNTKERNELAPI\nVOID", "VOID", NULL,
               NULL, 0, &a, &s));
    CHECK(sal_requirement(&s, &r) && r.lo == IRQL_DISPATCH && r.hi == IRQL_DISPATCH);
    CHECK(strcmp(s.req_text, "__drv_minIRQL(DISPATCH_LEVEL) __drv_maxIRQL(DISPATCH_LEVEL)") == 0);
    CHECK(read("; __drv_requiresIRQL ( PASSIVE_LEVEL ) __drv_sameIRQL NTSTATUS", "NTSTATUS", NULL, NULL, 0, &a, &s));
    CHECK(sal_requirement(&s, &r) && r.lo == 0 && r.hi == 0 && s.same);

    /* a lone minimum: callers at DISPATCH_LEVEL or above; the function itself starts at the minimum */
    CHECK(read("; __drv_minIRQL ( DISPATCH_LEVEL ) VOID", "VOID", NULL, NULL, 0, &a, &s));
    CHECK(sal_requirement(&s, &r) && r.lo == IRQL_DISPATCH && r.hi == IRQL_HIGH);
    CHECK(sal_entry(&s, &r) && r.lo == IRQL_DISPATCH && r.hi == IRQL_DISPATCH);

    /* numbers and other level names; an expression is not read */
    CHECK(read("; _IRQL_requires_max_ ( 2 ) VOID", "VOID", NULL, NULL, 0, &a, &s) && s.req_hi == 2);
    CHECK(read("; _IRQL_requires_max_ ( SYNCH_LEVEL ) VOID", "VOID", NULL, NULL, 0, &a, &s) && s.req_hi == 12);
    CHECK(read("; _IRQL_requires_ ( DIRQL ) VOID", "VOID", NULL, NULL, 0, &a, &s) && s.req_lo == 3 && s.req_hi == 12);
    CHECK(!read("; _IRQL_requires_max_ ( DISPATCH_LEVEL + 1 ) VOID", "VOID", NULL, NULL, 0, &a, &s));
    /* a conditional annotation is not read, nor what it contains */
    CHECK(!read("; _When_ ( Flags != 0 , _IRQL_requires_max_ ( PASSIVE_LEVEL ) ) VOID", "VOID", NULL, NULL, 0, &a, &s));

    /* raise and save through a parameter (the driver's own lock helper) */
    const char *lock_params[] = {"Adapter", "OldIrql"};
    CHECK(read("; _IRQL_requires_max_ ( DISPATCH_LEVEL ) _IRQL_raises_ ( DISPATCH_LEVEL ) VOID", "VOID",
               "( _In_ PADAPTER Adapter , _Out_ _IRQL_saves_ PKIRQL OldIrql", lock_params, 2, &a, &s));
    CHECK(s.raise_level == IRQL_DISPATCH && s.raise_param == -1 && s.saves_param == 1 && !s.saves_ret);
    CHECK(s.saves_field == NULL && !s.saves_global && s.restores_param == -1 && sal_has_effect(&s));
    CHECK(strcmp(s.raise_text, "_IRQL_raises_(DISPATCH_LEVEL)") == 0);
    /* ... and the restore */
    CHECK(read("; _IRQL_requires_ ( DISPATCH_LEVEL ) VOID", "VOID",
               "( _In_ PADAPTER Adapter , _In_ _IRQL_restores_ KIRQL OldIrql", lock_params, 2, &a, &s));
    CHECK(s.restores_param == 1 && s.saves_param == -1 && s.raise_level == -1 && sal_has_effect(&s));
    /* parameter annotations count only when the list splits into as many parts as there are
     * parameters (a call in an argument's default would not fool it: C has none, but a macro may) */
    CHECK(!read("; VOID", "VOID", "( _IRQL_saves_ PKIRQL OldIrql , int b", lock_params, 1, &a, &s));

    /* KfRaiseIrql: the level is a parameter, the previous IRQL the return value */
    const char *raise_params[] = {"NewIrql"};
    CHECK(read("; __drv_maxIRQL ( HIGH_LEVEL ) __drv_raisesIRQL ( NewIrql ) __drv_savesIRQL KIRQL FASTCALL", "KIRQL",
               "( __in KIRQL NewIrql", raise_params, 1, &a, &s));
    CHECK(s.raise_param == 0 && s.raise_level == -1 && s.saves_ret && s.saves_param == -1);

    /* a saved IRQL in the object a parameter names (the NDIS spin lock) */
    const char *sl_params[] = {"SpinLock"};
    CHECK(read("; _IRQL_saves_global_ ( OldIrql , SpinLock ) _IRQL_raises_ ( DISPATCH_LEVEL ) VOID", "VOID",
               "( PNDIS_SPIN_LOCK SpinLock", sl_params, 1, &a, &s));
    CHECK(s.saves_param == 0 && s.saves_global && s.raise_level == IRQL_DISPATCH);
    CHECK(read("; __drv_restoresIRQLGlobal ( OldIrql , SpinLock ) VOID", "VOID", "( PNDIS_SPIN_LOCK SpinLock",
               sl_params, 1, &a, &s));
    CHECK(s.restores_param == 0 && s.restores_global);
    /* ... naming no parameter: not read */
    CHECK(!read("; _IRQL_saves_global_ ( OldIrql , Lock ) VOID", "VOID", "( PNDIS_SPIN_LOCK SpinLock", sl_params, 1, &a,
                &s));

    /* __drv_at on a field reached from a parameter, inside a conditional block around it */
    const char *hvl_params[] = {"pHvl"};
    CHECK(read("}\n# ifndef HIDE_ANNOTATION\n__drv_maxIRQL ( DISPATCH_LEVEL )\n__drv_setsIRQL ( DISPATCH_LEVEL )\n"
               "__drv_at ( ( pHvl -> Lock ) . OldIrql , __drv_savesIRQL )\n# endif\nextern __inline VOID",
               "extern", "( __in PHVL pHvl", hvl_params, 1, &a, &s));
    CHECK(s.saves_param == 0 && s.saves_field && strcmp(s.saves_field, "->Lock.OldIrql") == 0);
    CHECK(s.req_hi == IRQL_DISPATCH && s.raise_level == IRQL_DISPATCH);
    CHECK(read("; __drv_at ( ( pHvl -> Lock ) . OldIrql , __drv_restoresIRQL ) VOID", "VOID", "( PHVL pHvl", hvl_params,
               1, &a, &s));
    CHECK(s.restores_param == 0 && strcmp(s.restores_field, "->Lock.OldIrql") == 0);
    /* _At_(*OldIrql, _IRQL_saves_): saved through the pointer */
    const char *old_params[] = {"OldIrql"};
    CHECK(read("; _At_ ( * OldIrql , _IRQL_saves_ ) VOID", "VOID", "( PKIRQL OldIrql", old_params, 1, &a, &s));
    CHECK(s.saves_param == 0 && s.saves_field == NULL);

    /* a conditional block with two branches around the annotations: which one is compiled is not
     * known, so neither is read; #if around the declaration: its own branch counts */
    CHECK(
        !read("}\n# if A\n_IRQL_requires_ ( PASSIVE_LEVEL )\n# else\n_IRQL_requires_ ( DISPATCH_LEVEL )\n# endif\nVOID",
              "VOID", NULL, NULL, 0, &a, &s));
    CHECK(read("}\n# if A\n_IRQL_requires_ ( PASSIVE_LEVEL )\n# else\n_IRQL_requires_ ( DISPATCH_LEVEL )\n# endif\n"
               "_IRQL_requires_same_ VOID",
               "VOID", NULL, NULL, 0, &a, &s) &&
          s.same && !sal_requirement(&s, &r));
    CHECK(read("}\n# if A\n_IRQL_requires_ ( PASSIVE_LEVEL ) VOID G ( VOID ) ;\n# else\n_IRQL_requires_ ( "
               "DISPATCH_LEVEL )\nVOID",
               "VOID", NULL, NULL, 0, &a, &s));
    CHECK(s.req_lo == IRQL_DISPATCH && s.req_hi == IRQL_DISPATCH);
    CHECK(read("}\n# if ( NTDDI_VERSION >= NTDDI_WIN2K )\n__drv_maxIRQL ( APC_LEVEL )\nEXPORT\nVOID", "VOID", NULL,
               NULL, 0, &a, &s) &&
          s.req_hi == IRQL_APC);
    /* a #define line above: crossed, and its body is not an annotation of the declaration */
    CHECK(read("}\n# define X _IRQL_requires_ ( HIGH_LEVEL )\n_IRQL_requires_max_ ( APC_LEVEL ) VOID", "VOID", NULL,
               NULL, 0, &a, &s) &&
          s.req_hi == IRQL_APC && s.req_lo == -1);

    /* a function typedef: the annotations follow `typedef` */
    CHECK(read("; typedef _Function_class_ ( MINIPORT_ISR ) _IRQL_requires_ ( DIRQL ) BOOLEAN (", "typedef", NULL, NULL,
               0, &a, &s));
    CHECK(s.req_lo == IRQL_DIRQL_LO && s.req_hi == IRQL_DIRQL_HI);

    /* _IRQL_always_function_max_ / _min_ */
    CHECK(read("; _IRQL_always_function_max_ ( DISPATCH_LEVEL ) _IRQL_always_function_min_ ( APC_LEVEL ) VOID", "VOID",
               NULL, NULL, 0, &a, &s));
    CHECK(s.fmax == IRQL_DISPATCH && s.fmin == IRQL_APC && !sal_requirement(&s, &r));

    /* merging: the definition's requirement wins, the prototype fills what it leaves out; a
     * function declared with an annotated typedef gets the typedef's annotations */
    struct ir_program p;
    ir_program_init(&p);
    struct ir_sal proto, def, td;
    CHECK(read("; _IRQL_requires_ ( PASSIVE_LEVEL ) __drv_sameIRQL VOID", "VOID", NULL, NULL, 0, &p.arena, &proto));
    proto.name = "Helper";
    CHECK(read("; _IRQL_requires_max_ ( APC_LEVEL ) VOID", "VOID", NULL, NULL, 0, &p.arena, &def));
    def.name = "Helper";
    def.is_definition = true;
    CHECK(read("; typedef _IRQL_requires_max_ ( DISPATCH_LEVEL ) VOID (", "typedef", NULL, NULL, 0, &p.arena, &td));
    td.name = "MY_CALLBACK";
    td.is_typedef = true;
    *(struct ir_sal *)vec_push(&p.sals) = proto;
    *(struct ir_sal *)vec_push(&p.sals) = def;
    *(struct ir_sal *)vec_push(&p.sals) = td;
    struct ir_role_decl *rd = vec_push(&p.role_decls);
    rd->func = "MyCallback";
    rd->role_typedef = "MY_CALLBACK";
    struct sal_index x;
    sal_index_build(&x, &p);
    const struct ir_sal *m = sal_find(&x, "a.c", "Helper");
    CHECK(m && m->req_lo == -1 && m->req_hi == IRQL_APC && m->same);
    m = sal_find(&x, "a.c", "MyCallback");
    CHECK(m && m->req_hi == IRQL_DISPATCH);
    CHECK(!sal_find(&x, "a.c", "Other"));
    sal_index_free(&x);
    /* a static function is found from its own TU only */
    struct ir_sal st = def;
    st.name = "Local";
    st.is_static = true;
    st.tu_file = "b.c";
    *(struct ir_sal *)vec_push(&p.sals) = st;
    sal_index_build(&x, &p);
    CHECK(sal_find(&x, "b.c", "Local") && !sal_find(&x, "a.c", "Local"));
    sal_index_free(&x);
    ir_program_free(&p);
    arena_free(&a);

    if (failures)
        fprintf(stderr, "test_sal: %d failures\n", failures);
    else
        printf("test_sal: ok\n");
    return failures ? 1 : 0;
}

/* model.h — the driver model: all TUs of one run seen as one driver.
 *
 * It resolves calls between driver functions (a static function is visible only in its own TU),
 * finds the callback role each function plays — from role-typedef declarations
 * (`PROTOCOL_CM_REG_SAP MyRegSap;`), from handler-struct fields (`.CmRegisterSapHandler = F`,
 * `chars.InterruptHandler = F`) and from DDI callback arguments (`KeInitializeDpc(&d, F, c)`) —
 * A role typedef declaration alone gives no role to a function the driver calls directly and
 * whose address it never takes (struct ir_program.func_refs): the function is not that callback
 * in this build (its registration compiled out), so it runs at its callers' IRQL. —
 * and decides what kind of driver it is from its registration calls.
 * Borrows the program and the rules; owns only its own tables.
 */
#ifndef DDICHECK_MODEL_H
#define DDICHECK_MODEL_H

#include "ir.h"
#include "rules.h"

struct dm_role {
    const char *role;        /* role typedef, e.g. PROTOCOL_CM_REG_SAP */
    struct irql_range entry; /* documented entry IRQL */
    struct ir_loc loc;       /* the evidence: declaration or field assignment */
};

struct dm_func {
    struct ir_func *ir;
    struct vec roles; /* struct dm_role */
    int ncallers;
};

enum dm_kind {
    DK_MCM = 1 << 0,          /* NdisMCmRegisterAddressFamily(Ex), or a miniport with CM handlers */
    DK_CALL_MANAGER = 1 << 1, /* stand-alone: NdisCmRegisterAddressFamily(Ex) */
    DK_CLIENT = 1 << 2,       /* NdisClOpenAddressFamily(Ex) */
    DK_PROTOCOL6 = 1 << 3,    /* NdisRegisterProtocolDriver */
    DK_PROTOCOL5 = 1 << 4,    /* NdisRegisterProtocol */
    DK_MINIPORT = 1 << 5      /* NdisMRegisterMiniportDriver */
};

struct dm_driver {
    struct ir_program *prog;
    struct rules *rules;
    int nfuncs;
    struct dm_func *funcs;
    struct strmap global; /* name -> index+1 of an extern function */
    struct strmap local;  /* "tu\x1fname" -> index+1 of a static function */
    unsigned kind;        /* enum dm_kind bits */
    const char *kind_ddi; /* the registration call that decided the kind (first one seen) */
    /* a driver function that is called but defined in no file of the run (NULL if none), and
     * where it is first called: whole-driver findings ("nothing in the driver completes it") say so */
    const char *missing_func;
    struct ir_loc missing_loc;
    /* set by the caller when the run is known to hold only part of the driver (one compile of the
     * compiler wrapper or plugin, a subset of a compile database): whole-driver rules stay silent */
    bool partial;
    struct ir_loc kind_loc;
};

void dm_build(struct dm_driver *d, struct ir_program *prog, struct rules *rules);
void dm_free(struct dm_driver *d);
/* Index of the function `callee` resolves to when called from `from`, or -1 (a DDI or unknown). */
int dm_resolve(const struct dm_driver *d, const struct ir_func *from, const char *callee);
/* The name a call is known by: the macro spelled at the call site when the rules know it as a DDI,
 * else the function called. */
const char *dm_call_name(const struct dm_driver *d, const struct ir_event *e);
/* Text such as "MCM miniport, CoNDIS client" for --dump-model, "unknown" if none. */
void dm_kind_text(unsigned kind, char *buf, size_t n);

#endif

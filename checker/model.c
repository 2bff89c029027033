/* model.c — the driver model (see model.h). */
#include "model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *local_key(struct dm_driver *d, const char *tu, const char *name)
{
    return arena_printf(&d->prog->arena, "%s\x1f%s", tu ? tu : "", name);
}

int dm_resolve(const struct dm_driver *d, const struct ir_func *from, const char *callee)
{
    if (!callee)
        return -1;
    if (from) {
        char buf[1024];
        snprintf(buf, sizeof(buf), "%s\x1f%s", from->tu_file ? from->tu_file : "", callee);
        intptr_t v = (intptr_t)strmap_get(&d->local, buf);
        if (v)
            return (int)v - 1;
    }
    intptr_t v = (intptr_t)strmap_get(&d->global, callee);
    return v ? (int)v - 1 : -1;
}

const char *dm_call_name(const struct dm_driver *d, const struct ir_event *e)
{
    /* the innermost macro of the expansion the rules know as a DDI: a driver's own macro over an
       NdisMCm* macro is reported as the NdisMCm* macro */
    for (int i = 0; i < e->nmchain; i++)
        if (strmap_get(&d->rules->ddi, e->mchain[i]) || strmap_get(&d->rules->spelled, e->mchain[i]))
            return e->mchain[i];
    if (e->macro && (strmap_get(&d->rules->ddi, e->macro) || strmap_get(&d->rules->effects, e->macro) ||
                     strmap_get(&d->rules->spelled, e->macro)))
        return e->macro;
    return e->callee;
}

/* Every function named `name` (extern, or static in any TU). */
static void for_each_named(struct dm_driver *d, const char *name, void (*fn)(struct dm_driver *, int, void *),
                           void *ctx)
{
    for (int i = 0; i < d->nfuncs; i++)
        if (strcmp(d->funcs[i].ir->name, name) == 0)
            fn(d, i, ctx);
}

struct role_ctx {
    const char *role;
    struct ir_loc loc;
    /* a role typedef declaration of a function whose address the driver never takes: the role is
       not added to a function the driver calls directly (it runs at its callers' IRQL) */
    bool unless_called;
};

static void add_role_to(struct dm_driver *d, int idx, void *ctx)
{
    struct role_ctx *rc = ctx;
    struct role_fact *rf = strmap_get(&d->rules->roles, rc->role);
    if (!rf)
        return;
    struct dm_func *f = &d->funcs[idx];
    if (rc->unless_called && f->ncallers > 0)
        return;
    for (size_t i = 0; i < f->roles.len; i++) {
        struct dm_role *r = vec_at(&f->roles, i);
        if (strcmp(r->role, rc->role) == 0)
            return;
    }
    struct dm_role *r = vec_push(&f->roles);
    r->role = rc->role;
    r->entry = rf->entry;
    r->loc = rc->loc;
}

static void add_role(struct dm_driver *d, const char *func, const char *role, struct ir_loc loc)
{
    if (!strmap_get(&d->rules->roles, role))
        return;
    struct role_ctx rc = {role, loc, false};
    for_each_named(d, func, add_role_to, &rc);
}

static bool name_is(const char *n, const char *a)
{
    return n && strcmp(n, a) == 0;
}

/* A routine of the WDK or the C library rather than of the driver (for user-supplied WDK headers,
 * which are not system headers): a DDI the rules know, or a WDK / compiler routine prefix. */
static bool is_platform_routine(const struct rules *r, const struct ir_event *e)
{
    static const char *const prefixes[] = {"Ndis", "Ke",  "Kf",    "Ex",  "Io",  "Rtl",         "Mm",
                                           "Ob",   "Ps",  "Zw",    "Nt",  "Wmi", "Interlocked", "_",
                                           "mem",  "str", "NDIS_", "Dbg", "Wdf", "Wsk",         "Fwp"};
    if (strmap_get(&r->ddi, e->callee) || strmap_get(&r->effects, e->callee))
        return true;
    for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (strncmp(e->callee, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

void dm_build(struct dm_driver *d, struct ir_program *prog, struct rules *rules)
{
    memset(d, 0, sizeof(*d));
    d->prog = prog;
    d->rules = rules;
    d->nfuncs = (int)prog->funcs.len;
    d->funcs = calloc((size_t)d->nfuncs + 1, sizeof(*d->funcs));
    if (!d->funcs)
        abort();
    strmap_init(&d->global);
    strmap_init(&d->local);
    for (int i = 0; i < d->nfuncs; i++) {
        struct ir_func *f = *(struct ir_func **)vec_at(&prog->funcs, (size_t)i);
        d->funcs[i].ir = f;
        vec_init(&d->funcs[i].roles, sizeof(struct dm_role));
        if (f->is_static)
            strmap_put(&d->local, local_key(d, f->tu_file, f->name), (void *)(intptr_t)(i + 1));
        else if (!strmap_get(&d->global, f->name))
            strmap_put(&d->global, f->name, (void *)(intptr_t)(i + 1));
    }
    /* direct calls first: a role typedef declaration counts only for a function called through a
       pointer (struct ir_program.func_refs), or called by nothing in the driver */
    for (int i = 0; i < d->nfuncs; i++) {
        struct ir_func *f = d->funcs[i].ir;
        for (size_t bi = 0; bi < f->blocks.len; bi++) {
            struct ir_block *bl = ir_block(f, (int)bi);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                struct ir_event *e = ir_event_at(bl, (int)ei);
                int callee = e->kind == IR_CALL && !e->indirect ? dm_resolve(d, f, e->callee) : -1;
                if (callee >= 0)
                    d->funcs[callee].ncallers++;
            }
        }
    }
    struct strmap refs;
    strmap_init(&refs);
    for (size_t i = 0; i < prog->func_refs.len; i++)
        strmap_put(&refs, *(const char **)vec_at(&prog->func_refs, i), (void *)1);
    for (size_t i = 0; i < prog->role_decls.len; i++) {
        struct ir_role_decl *rd = vec_at(&prog->role_decls, i);
        struct role_ctx rc = {rd->role_typedef, rd->loc, !strmap_get(&refs, rd->func)};
        if (strmap_get(&d->rules->roles, rd->role_typedef))
            for_each_named(d, rd->func, add_role_to, &rc);
    }
    strmap_free(&refs);
    for (size_t i = 0; i < prog->bindings.len; i++) {
        struct ir_binding *b = vec_at(&prog->bindings, i);
        const char *role = rule_field_role(rules, b->record, b->field);
        if (role)
            add_role(d, b->func, role, b->loc);
    }
    bool cm_handlers = false;
    for (int i = 0; i < d->nfuncs; i++) {
        struct ir_func *f = d->funcs[i].ir;
        for (size_t bi = 0; bi < f->blocks.len; bi++) {
            struct ir_block *bl = ir_block(f, (int)bi);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind != IR_CALL || e->indirect)
                    continue;
                int callee = dm_resolve(d, f, e->callee);
                if (callee < 0 && !d->missing_func && !e->sys_callee && !is_platform_routine(rules, e)) {
                    d->missing_func = e->callee;
                    d->missing_loc = e->loc;
                }
                const char *n = dm_call_name(d, e);
                for (size_t c = 0; c < rules->cbargs.len; c++) {
                    struct callback_arg *ca = vec_at(&rules->cbargs, c);
                    if ((strcmp(ca->ddi, e->callee) == 0 || strcmp(ca->ddi, n) == 0) && ca->arg < e->nargs &&
                        e->args[ca->arg].kind == IR_V_FUNC)
                        add_role(d, e->args[ca->arg].text, ca->role, e->loc);
                }
                const char *m = e->macro;
                unsigned before = d->kind;
                if (name_is(n, "NdisMCmRegisterAddressFamilyEx") || name_is(m, "NdisMCmRegisterAddressFamily") ||
                    name_is(n, "NdisMCmRegisterAddressFamily"))
                    d->kind |= DK_MCM;
                else if (name_is(n, "NdisCmRegisterAddressFamilyEx") || name_is(n, "NdisCmRegisterAddressFamily"))
                    d->kind |= DK_CALL_MANAGER;
                if (name_is(n, "NdisClOpenAddressFamilyEx") || name_is(n, "NdisClOpenAddressFamily"))
                    d->kind |= DK_CLIENT;
                if (name_is(n, "NdisRegisterProtocolDriver"))
                    d->kind |= DK_PROTOCOL6;
                if (name_is(n, "NdisRegisterProtocol"))
                    d->kind |= DK_PROTOCOL5;
                if (name_is(n, "NdisMRegisterMiniportDriver"))
                    d->kind |= DK_MINIPORT;
                /* keep the first evidence, unless an address-family registration comes after it */
                bool af_new =
                    (d->kind & ~before & (DK_MCM | DK_CALL_MANAGER)) && !(before & (DK_MCM | DK_CALL_MANAGER));
                if (d->kind != before && (!d->kind_ddi || af_new)) {
                    d->kind_ddi = n;
                    d->kind_loc = e->loc;
                }
            }
        }
        for (size_t r = 0; r < d->funcs[i].roles.len; r++) {
            struct dm_role *ro = vec_at(&d->funcs[i].roles, r);
            if (strncmp(ro->role, "PROTOCOL_CM_", 12) == 0)
                cm_handlers = true;
        }
    }
    if ((d->kind & DK_MINIPORT) && cm_handlers && !(d->kind & DK_CALL_MANAGER))
        d->kind |= DK_MCM;
}

void dm_free(struct dm_driver *d)
{
    for (int i = 0; i < d->nfuncs; i++)
        vec_free(&d->funcs[i].roles);
    free(d->funcs);
    strmap_free(&d->global);
    strmap_free(&d->local);
}

void dm_kind_text(unsigned kind, char *buf, size_t n)
{
    static const struct {
        unsigned bit;
        const char *name;
    } t[] = {{DK_MCM, "MCM miniport"},          {DK_CALL_MANAGER, "stand-alone call manager"},
             {DK_CLIENT, "CoNDIS client"},      {DK_PROTOCOL6, "NDIS 6 protocol"},
             {DK_PROTOCOL5, "NDIS 5 protocol"}, {DK_MINIPORT, "NDIS 6 miniport"}};
    buf[0] = 0;
    size_t used = 0;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (kind & t[i].bit)
            used += (size_t)snprintf(buf + used, used < n ? n - used : 0, "%s%s", used ? ", " : "", t[i].name);
    if (!buf[0])
        snprintf(buf, n, "unknown");
}

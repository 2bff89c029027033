/*
 * nm_ddi.c - the NDIS and CoNDIS DDIs of libndismodel, with the documented semantics.
 *
 * Each DDI goes through the verifier (nm_ddi_begin / nm_ddi_check / nm_ddi_end in
 * nm_core.c) and then does what NDIS does: hands out generation-checked handles, calls the
 * other driver's handlers at their documented entry IRQL (nested calls keep the caller's
 * IRQL when the role allows it), and queues asynchronous work on the scheduler.
 * Followed pages (learn.microsoft.com/windows-hardware/drivers/): network/registering-a-sap,
 * network/deregistering-a-sap, network/opening-an-address-family, network/incoming-call-setup,
 * ddi/ndis/nf-ndis-ndisclregistersap, nf-ndis-ndiscmregistersapcomplete,
 * nf-ndis-ndismcmderegistersapcomplete, nf-ndis-ndisderegisterprotocol (NDIS 5: unbinds first).
 * The NDIS 6 miniport lifecycle is nm_miniport.c; memory, timers and work items nm_os.c; spin
 * locks nm_locks.c.
 * Limits: no CoNDIS data path, no multipoint calls, no NDIS 5 CoNDIS registration
 * (NdisCmRegisterAddressFamily); outgoing calls (NdisClMakeCall) are refused with
 * NDIS_STATUS_NOT_SUPPORTED.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <stdlib.h>
#include <string.h>

#include "nm_ddi_macros.h"

/* Calls a driver handler between nm_invoke_begin/end. */
#define INVOKE(drv, role, fnptr, params, np, call)                                                                     \
    do {                                                                                                               \
        struct nm_frame f_;                                                                                            \
        char nb_[96];                                                                                                  \
        nm_invoke_begin(&f_, drv, role, nm_fn_name((void *)(uintptr_t)(fnptr), nb_, sizeof nb_), params, np);          \
        call;                                                                                                          \
        nm_invoke_end(&f_);                                                                                            \
    } while (0)

#define DRV(id) (&nm_obj(id)->u.drv)

static int pending_bind_adapter; /* adapter offered by the bind in progress (NDIS 5 open) */

/* ================================================================ drivers and optional handlers */

static int loading_driver;

int nm_load_driver(const char *name, nm_driver_entry_fn entry)
{
    int id = nm_obj_new(NM_K_DRIVER);
    DRV(id)->name = nm_strdup(name);
    loading_driver = id;
    static UNICODE_STRING reg;
    NTSTATUS st;
    PDRIVER_OBJECT dobj = &DRV(id)->object;
    INVOKE(id, "DRIVER_INITIALIZE", entry, NULL, 0, st = entry(dobj, &reg));
    loading_driver = 0;
    if (st != 0) {
        nm_note("DriverEntry of %s failed with 0x%08X", name, (unsigned)st);
        return -1;
    }
    return id;
}

int nm_registering_driver(void)
{
    return loading_driver ? loading_driver : nm_current_driver();
}

NDIS_STATUS NDIS_API NdisSetOptionalHandlers(NDIS_HANDLE NdisHandle, PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers)
{
    BEGIN("NdisSetOptionalHandlers");
    H(0, NdisHandle);
    CHECK();
    int id = nm_resolve(NdisHandle, NM_K_DRIVER);
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    if (!id) {
        st = NDIS_STATUS_INVALID_PARAMETER;
    } else {
        struct nm_driver *d = DRV(id);
        switch (OptionalHandlers->Header.Type) {
        case NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS:
            d->cm = *(PNDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS)OptionalHandlers;
            d->has_cm = 1;
            nm_trace("   %s registers call-manager handlers", d->name);
            break;
        case NDIS_OBJECT_TYPE_CO_CLIENT_OPTIONAL_HANDLERS:
            d->cl = *(PNDIS_CO_CLIENT_OPTIONAL_HANDLERS)OptionalHandlers;
            d->has_cl = 1;
            nm_trace("   %s registers client handlers", d->name);
            break;
        case NDIS_OBJECT_TYPE_CO_PROTOCOL_CHARACTERISTICS:
            d->co = *(PNDIS_PROTOCOL_CO_CHARACTERISTICS)OptionalHandlers;
            d->has_co = 1;
            break;
        default: break;
        }
    }
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisRegisterProtocolDriver(NDIS_HANDLE ProtocolDriverContext,
                                                PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
                                                PNDIS_HANDLE NdisProtocolHandle)
{
    BEGIN("NdisRegisterProtocolDriver");
    CHECK();
    int id = nm_registering_driver();
    struct nm_driver *d = DRV(id);
    d->type = NM_DRV_PROTOCOL;
    d->pr = *ProtocolCharacteristics;
    d->context = ProtocolDriverContext;
    d->registered = 1;
    *NdisProtocolHandle = nm_handle(id);
    nm_arg_out(c, 2, *NdisProtocolHandle);
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    if (d->pr.SetOptionsHandler) {
        NDIS_HANDLE h = nm_handle(id);
        INVOKE(id, "MINIPORT_SET_OPTIONS", d->pr.SetOptionsHandler, NULL, 0,
               st = d->pr.SetOptionsHandler(h, ProtocolDriverContext));
    }
    END();
    return st;
}

static int sap_count_for_client(int driver, int af_only)
{
    int n = 0;
    for (int i = 1; i < NM_MAX_OBJ; i++) {
        struct nm_obj *o = nm_obj(i);
        if (!o)
            break;
        if (o->kind != NM_K_SAP || o->u.sap.state == 0)
            continue;
        struct nm_obj *a = nm_obj(o->u.sap.af);
        if (!a || a->kind != NM_K_AF)
            continue;
        if ((af_only && o->u.sap.af == af_only) || (!af_only && a->u.af.cl_driver == driver))
            n++;
    }
    return n;
}

static void check_saps_gone(struct nm_call *c, int driver, int af, const char *what)
{
    const char *rule = "SapRegistered_AtAfClose";
    int n = sap_count_for_client(driver, af);
    if (n && nm_rules_has(&nm_R, rule))
        nm_violation(rule, c->line, c->file, NULL,
                     "'%s' is called while %d SAP%s registered on %s are still registered", c->spelled, n,
                     n > 1 ? "s" : "", what);
}

VOID NDIS_API NdisDeregisterProtocolDriver(NDIS_HANDLE NdisProtocolHandle)
{
    BEGIN("NdisDeregisterProtocolDriver");
    H(0, NdisProtocolHandle);
    CHECK();
    int id = nm_resolve(NdisProtocolHandle, NM_K_DRIVER);
    if (id) {
        for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++)
            if (nm_obj(b)->kind == NM_K_BINDING && nm_obj(b)->u.b.protocol == id)
                nm_unbind_binding(b);
        check_saps_gone(c, id, 0, "the protocol's address families");
        DRV(id)->registered = 0;
    }
    END();
}

/* ================================================================ bindings */

static void ev_af_notify(struct nm_ev *e);

static void queue_af_notifications(int adapter, int binding)
{
    for (int i = 1; i < NM_MAX_OBJ && nm_obj(i); i++) {
        struct nm_obj *o = nm_obj(i);
        if (o->kind != NM_K_AFREG || !o->u.ar.live || o->u.ar.adapter != adapter)
            continue;
        for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++) {
            struct nm_obj *bo = nm_obj(b);
            if (bo->kind != NM_K_BINDING || !bo->u.b.open || bo->u.b.adapter != adapter)
                continue;
            if (binding && b != binding)
                continue;
            if (bo->u.b.protocol == o->u.ar.cm_driver)
                continue;
            struct nm_driver *d = DRV(bo->u.b.protocol);
            if (!d->has_co || !d->co.CoAfRegisterNotifyHandler)
                continue;
            struct nm_ev *e = nm_queue("address family notification", ev_af_notify, i);
            e->p1 = (void *)(intptr_t)b;
        }
    }
}

static void bind_one(int proto, int adapter)
{
    struct nm_driver *d = DRV(proto);
    int bc = nm_obj_new(NM_K_BINDCTX);
    NDIS_HANDLE bch = nm_handle(bc);
    struct nm_obj *ao = nm_obj(adapter);
    static NDIS_STRING name;
    NdisInitUnicodeString(&name, DDK_WIDE("nm-adapter"));
    pending_bind_adapter = adapter;
    nm_obj(bc)->u.bc.binding = 0;
    nm_trace("-- bind %s to adapter %s", d->name, ao->u.ad.name);
    if (d->type == NM_DRV_PROTOCOL && d->pr.BindAdapterHandlerEx) {
        NDIS_BIND_PARAMETERS bp;
        memset(&bp, 0, sizeof bp);
        bp.Header.Type = NDIS_OBJECT_TYPE_BIND_PARAMETERS;
        bp.AdapterName = &name;
        bp.MediaType = NdisMediumAtm;
        NDIS_STATUS st;
        INVOKE(proto, "PROTOCOL_BIND_ADAPTER_EX", d->pr.BindAdapterHandlerEx, NULL, 0,
               st = d->pr.BindAdapterHandlerEx(d->context, bch, &bp));
        nm_trace("   bind returned 0x%08X", (unsigned)st);
    } else if (d->type == NM_DRV_PROTOCOL5 && d->pr5.BindAdapterHandler) {
        NDIS_STATUS st = NDIS_STATUS_SUCCESS;
        INVOKE(proto, "PROTOCOL_BIND_ADAPTER", d->pr5.BindAdapterHandler, NULL, 0,
               d->pr5.BindAdapterHandler(&st, bch, &name, NULL, NULL));
    }
    pending_bind_adapter = 0;
}

void nm_bind_all(void)
{
    for (int p = 1; p < NM_MAX_OBJ && nm_obj(p); p++) {
        struct nm_obj *po = nm_obj(p);
        if (po->kind != NM_K_DRIVER || !po->u.drv.registered ||
            (po->u.drv.type != NM_DRV_PROTOCOL && po->u.drv.type != NM_DRV_PROTOCOL5))
            continue;
        for (int a = 1; a < NM_MAX_OBJ && nm_obj(a); a++) {
            struct nm_obj *ao = nm_obj(a);
            if (ao->kind != NM_K_ADAPTER || ao->u.ad.halted)
                continue;
            int bound = 0;
            for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++)
                if (nm_obj(b)->kind == NM_K_BINDING && nm_obj(b)->u.b.protocol == p && nm_obj(b)->u.b.adapter == a)
                    bound = 1;
            if (!bound)
                bind_one(p, a);
        }
    }
}

static int open_binding(int proto, NDIS_HANDLE ctx, NDIS_HANDLE BindContext)
{
    int bc = nm_resolve(BindContext, NM_K_BINDCTX);
    int adapter = pending_bind_adapter;
    if (!adapter && !bc)
        return 0;
    int b = nm_obj_new(NM_K_BINDING);
    struct nm_binding *bi = &nm_obj(b)->u.b;
    bi->protocol = proto;
    bi->adapter = adapter;
    bi->context = ctx;
    bi->open = 1;
    if (bc)
        nm_obj(bc)->u.bc.binding = b;
    queue_af_notifications(adapter, b);
    return b;
}

NDIS_STATUS NDIS_API NdisOpenAdapterEx(NDIS_HANDLE NdisProtocolHandle, NDIS_HANDLE ProtocolBindingContext,
                                       PNDIS_OPEN_PARAMETERS OpenParameters, NDIS_HANDLE BindContext,
                                       PNDIS_HANDLE NdisBindingHandle)
{
    BEGIN("NdisOpenAdapterEx");
    H(0, NdisProtocolHandle);
    H(3, BindContext);
    CHECK();
    NDIS_STATUS st = NDIS_STATUS_ADAPTER_NOT_FOUND;
    int proto = nm_resolve(NdisProtocolHandle, NM_K_DRIVER);
    if (proto) {
        int b = open_binding(proto, ProtocolBindingContext, BindContext);
        if (b) {
            if (OpenParameters && OpenParameters->SelectedMediumIndex)
                *OpenParameters->SelectedMediumIndex = 0;
            *NdisBindingHandle = nm_handle(b);
            st = NDIS_STATUS_SUCCESS;
        }
    }
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisCloseAdapterEx(NDIS_HANDLE NdisBindingHandle)
{
    BEGIN("NdisCloseAdapterEx");
    H(0, NdisBindingHandle);
    CHECK();
    int b = nm_resolve(NdisBindingHandle, NM_K_BINDING);
    if (b) {
        nm_obj(b)->u.b.open = 0;
        nm_obj_free(b);
    }
    END();
    return b ? NDIS_STATUS_SUCCESS : NDIS_STATUS_INVALID_PARAMETER;
}

VOID NDIS_API NdisCompleteBindAdapterEx(NDIS_HANDLE BindAdapterContext, NDIS_STATUS Status)
{
    BEGIN("NdisCompleteBindAdapterEx");
    H(0, BindAdapterContext);
    ST(1, Status);
    CHECK();
    END();
}

VOID NDIS_API NdisCompleteUnbindAdapterEx(NDIS_HANDLE UnbindContext)
{
    BEGIN("NdisCompleteUnbindAdapterEx");
    H(0, UnbindContext);
    CHECK();
    END();
}

void nm_unbind_binding(int b)
{
    struct nm_obj *o = nm_obj(b);
    if (!o || o->kind != NM_K_BINDING || !o->u.b.open)
        return;
    int proto = o->u.b.protocol;
    NDIS_HANDLE ctx = o->u.b.context;
    struct nm_driver *d = DRV(proto);
    int uc = nm_obj_new(NM_K_BINDCTX);
    nm_obj(uc)->u.bc.binding = b;
    nm_obj(uc)->u.bc.unbind = 1;
    NDIS_HANDLE uch = nm_handle(uc);
    nm_trace("-- unbind %s", d->name);
    if (d->type == NM_DRV_PROTOCOL && d->pr.UnbindAdapterHandlerEx) {
        NDIS_STATUS st;
        INVOKE(proto, "PROTOCOL_UNBIND_ADAPTER_EX", d->pr.UnbindAdapterHandlerEx, NULL, 0,
               st = d->pr.UnbindAdapterHandlerEx(uch, ctx));
        (void)st;
        nm_run_until_idle();
    } else if (d->type == NM_DRV_PROTOCOL5 && d->pr5.UnbindAdapterHandler) {
        NDIS_STATUS st = NDIS_STATUS_SUCCESS;
        INVOKE(proto, "PROTOCOL_UNBIND_ADAPTER", d->pr5.UnbindAdapterHandler, NULL, 0,
               d->pr5.UnbindAdapterHandler(&st, ctx, uch));
    }
}

void nm_unbind_all(int protocol_driver)
{
    for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++) {
        struct nm_obj *o = nm_obj(b);
        if (o->kind == NM_K_BINDING && o->u.b.open && (protocol_driver < 0 || o->u.b.protocol == protocol_driver))
            nm_unbind_binding(b);
    }
}

void nm_unload_driver(int driver)
{
    struct nm_obj *o = nm_obj(driver);
    if (!o || o->kind != NM_K_DRIVER)
        return;
    struct nm_driver *d = &o->u.drv;
    nm_trace("-- unload %s", d->name);
    if (d->object.DriverUnload) {
        PDRIVER_UNLOAD fn = d->object.DriverUnload;
        INVOKE(driver, "DRIVER_UNLOAD", fn, NULL, 0, fn(&d->object));
    } else if (d->type == NM_DRV_MINIPORT && d->mp.UnloadHandler) {
        INVOKE(driver, "DRIVER_UNLOAD", d->mp.UnloadHandler, NULL, 0, d->mp.UnloadHandler(&d->object));
    } else if (d->type == NM_DRV_PROTOCOL5 && d->pr5.UnloadHandler) {
        INVOKE(driver, "DRIVER_UNLOAD", d->pr5.UnloadHandler, NULL, 0, d->pr5.UnloadHandler());
    } else if (d->type == NM_DRV_PROTOCOL) {
        nm_unbind_all(driver);
    }
    nm_run_until_idle();
    nm_os_leaks(driver, 0, "the driver unloads", "");
}

void nm_indicate_status(int adapter, NDIS_STATUS status)
{
    for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++) {
        struct nm_obj *o = nm_obj(b);
        if (o->kind != NM_K_BINDING || !o->u.b.open || o->u.b.adapter != adapter)
            continue;
        struct nm_driver *d = DRV(o->u.b.protocol);
        if (d->type == NM_DRV_PROTOCOL5 && d->pr5.StatusHandler)
            INVOKE(o->u.b.protocol, "PROTOCOL_STATUS", d->pr5.StatusHandler, NULL, 0,
                   d->pr5.StatusHandler(o->u.b.context, status, NULL, 0));
    }
}

/* ================================================================ address families */

static NDIS_HANDLE cm_binding_context(const struct nm_afreg *ar)
{
    if (ar->cm_binding) {
        struct nm_obj *b = nm_obj(ar->cm_binding);
        return b && b->kind == NM_K_BINDING ? b->u.b.context : NULL;
    }
    return nm_adapter_context(ar->adapter);
}

static void ev_af_notify(struct nm_ev *e)
{
    struct nm_obj *ar = nm_obj(e->obj), *b = nm_obj((int)(intptr_t)e->p1);
    if (!ar || ar->kind != NM_K_AFREG || !ar->u.ar.live || !b || b->kind != NM_K_BINDING || !b->u.b.open)
        return;
    struct nm_driver *d = DRV(b->u.b.protocol);
    INVOKE(b->u.b.protocol, "PROTOCOL_CO_AF_REGISTER_NOTIFY", d->co.CoAfRegisterNotifyHandler, NULL, 0,
           d->co.CoAfRegisterNotifyHandler(b->u.b.context, &ar->u.ar.family));
}

static int register_af(int cm_driver, int adapter, int cm_binding, PCO_ADDRESS_FAMILY AddressFamily)
{
    int r = nm_obj_new(NM_K_AFREG);
    struct nm_afreg *ar = &nm_obj(r)->u.ar;
    ar->cm_driver = cm_driver;
    ar->adapter = adapter;
    ar->cm_binding = cm_binding;
    ar->family = *AddressFamily;
    ar->live = 1;
    queue_af_notifications(adapter, 0);
    return r;
}

NDIS_STATUS NDIS_API NdisMCmRegisterAddressFamilyEx(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY AddressFamily)
{
    BEGIN("NdisMCmRegisterAddressFamilyEx");
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = nm_resolve(MiniportAdapterHandle, NM_K_ADAPTER);
    if (a)
        register_af(nm_obj(a)->u.ad.driver, a, 0, AddressFamily);
    END();
    return a ? NDIS_STATUS_SUCCESS : NDIS_STATUS_INVALID_PARAMETER;
}

NDIS_STATUS NDIS_API NdisCmRegisterAddressFamilyEx(NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily)
{
    BEGIN("NdisCmRegisterAddressFamilyEx");
    H(0, NdisBindingHandle);
    CHECK();
    int b = nm_resolve(NdisBindingHandle, NM_K_BINDING);
    if (b)
        register_af(nm_obj(b)->u.b.protocol, nm_obj(b)->u.b.adapter, b, AddressFamily);
    END();
    return b ? NDIS_STATUS_SUCCESS : NDIS_STATUS_INVALID_PARAMETER;
}

static void ev_open_af_complete(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_AF)
        return;
    struct nm_af *af = &o->u.af;
    struct nm_driver *d = DRV(af->cl_driver);
    NDIS_HANDLE h = nm_handle(e->obj), ctx = af->cl_context;
    NDIS_STATUS st = e->st;
    if (st != NDIS_STATUS_SUCCESS)
        nm_obj_free(e->obj);
    else
        af->open = 1;
    if (d->cl.ClOpenAfCompleteHandlerEx)
        INVOKE(af->cl_driver, "PROTOCOL_CL_OPEN_AF_COMPLETE_EX", d->cl.ClOpenAfCompleteHandlerEx, NULL, 0,
               d->cl.ClOpenAfCompleteHandlerEx(ctx, h, st));
}

NDIS_STATUS NDIS_API NdisClOpenAddressFamilyEx(NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily,
                                               NDIS_HANDLE ClientAfContext, PNDIS_HANDLE NdisAfHandle)
{
    BEGIN("NdisClOpenAddressFamilyEx");
    H(0, NdisBindingHandle);
    CHECK();
    int b = nm_resolve(NdisBindingHandle, NM_K_BINDING), reg = 0;
    NDIS_STATUS st = NDIS_STATUS_FAILURE;
    for (int i = 1; b && i < NM_MAX_OBJ && nm_obj(i); i++) {
        struct nm_obj *o = nm_obj(i);
        if (o->kind == NM_K_AFREG && o->u.ar.live && o->u.ar.adapter == nm_obj(b)->u.b.adapter &&
            o->u.ar.family.AddressFamily == AddressFamily->AddressFamily)
            reg = i;
    }
    if (reg) {
        int id = nm_obj_new(NM_K_AF);
        struct nm_af *af = &nm_obj(id)->u.af;
        struct nm_afreg *ar = &nm_obj(reg)->u.ar;
        af->afreg = reg;
        af->cl_binding = b;
        af->cl_driver = nm_obj(b)->u.b.protocol;
        af->cm_driver = ar->cm_driver;
        af->cl_context = ClientAfContext;
        NDIS_HANDLE h = nm_handle(id);
        *NdisAfHandle = h;
        nm_arg_out(c, 3, h);
        struct nm_driver *cm = DRV(ar->cm_driver);
        NDIS_HANDLE cmctx = NULL;
        NDIS_STATUS cst = NDIS_STATUS_NOT_SUPPORTED;
        NDIS_HANDLE params[4] = {cm_binding_context(ar), NULL, h, NULL};
        if (cm->cm.CmOpenAfHandler)
            INVOKE(ar->cm_driver, "PROTOCOL_CM_OPEN_AF", cm->cm.CmOpenAfHandler, params, 4,
                   cst = cm->cm.CmOpenAfHandler(params[0], AddressFamily, h, &cmctx));
        af = &nm_obj(id)->u.af;
        af->cm_context = cmctx;
        if (cst != NDIS_STATUS_PENDING) {
            struct nm_ev *e = nm_queue("open-AF completion", ev_open_af_complete, id);
            e->st = cst;
        }
        st = NDIS_STATUS_PENDING;
    }
    END();
    return st;
}

VOID NDIS_API NdisCmOpenAddressFamilyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisAfHandle,
                                              NDIS_HANDLE CallMgrAfContext)
{
    BEGIN("NdisCmOpenAddressFamilyComplete");
    ST(0, Status);
    H(1, NdisAfHandle);
    CHECK();
    int id = nm_resolve(NdisAfHandle, NM_K_AF);
    if (id) {
        nm_obj(id)->u.af.cm_context = CallMgrAfContext;
        struct nm_ev *e = nm_queue("open-AF completion", ev_open_af_complete, id);
        e->st = Status;
    }
    END();
}

static void close_af_done(int id, NDIS_STATUS st)
{
    struct nm_af *af = &nm_obj(id)->u.af;
    struct nm_driver *d = DRV(af->cl_driver);
    NDIS_HANDLE ctx = af->cl_context;
    int cl = af->cl_driver;
    nm_obj_free(id);
    if (d->cl.ClCloseAfCompleteHandler)
        INVOKE(cl, "PROTOCOL_CL_CLOSE_AF_COMPLETE", d->cl.ClCloseAfCompleteHandler, NULL, 0,
               d->cl.ClCloseAfCompleteHandler(st, ctx));
}

NDIS_STATUS NDIS_API NdisClCloseAddressFamily(NDIS_HANDLE NdisAfHandle)
{
    BEGIN("NdisClCloseAddressFamily");
    H(0, NdisAfHandle);
    CHECK();
    int id = nm_resolve(NdisAfHandle, NM_K_AF);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (id) {
        check_saps_gone(c, 0, id, "this address family");
        struct nm_af *af = &nm_obj(id)->u.af;
        struct nm_driver *cm = DRV(af->cm_driver);
        st = NDIS_STATUS_SUCCESS;
        af->open = 2;
        if (cm->cm.CmCloseAfHandler)
            INVOKE(af->cm_driver, "PROTOCOL_CM_CLOSE_AF", cm->cm.CmCloseAfHandler, NULL, 0,
                   st = cm->cm.CmCloseAfHandler(af->cm_context));
        if (st != NDIS_STATUS_PENDING)
            nm_obj_free(id);
    }
    END();
    return st;
}

VOID NDIS_API NdisCmCloseAddressFamilyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisAfHandle)
{
    BEGIN("NdisCmCloseAddressFamilyComplete");
    ST(0, Status);
    H(1, NdisAfHandle);
    CHECK();
    int id = nm_resolve(NdisAfHandle, NM_K_AF);
    if (id)
        close_af_done(id, Status);
    END();
}

NDIS_STATUS NDIS_API NdisCmNotifyCloseAddressFamily(NDIS_HANDLE NdisAfHandle)
{
    BEGIN("NdisCmNotifyCloseAddressFamily");
    H(0, NdisAfHandle);
    CHECK();
    int id = nm_resolve(NdisAfHandle, NM_K_AF);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (id) {
        struct nm_af *af = &nm_obj(id)->u.af;
        struct nm_driver *cl = DRV(af->cl_driver);
        st = NDIS_STATUS_SUCCESS;
        af->notify_close_pending = 1;
        if (cl->cl.ClNotifyCloseAfHandler)
            INVOKE(af->cl_driver, "PROTOCOL_CL_NOTIFY_CLOSE_AF", cl->cl.ClNotifyCloseAfHandler, NULL, 0,
                   st = cl->cl.ClNotifyCloseAfHandler(af->cl_context));
    }
    END();
    return st;
}

VOID NDIS_API NdisClNotifyCloseAddressFamilyComplete(NDIS_HANDLE NdisAfHandle, NDIS_STATUS Status)
{
    BEGIN("NdisClNotifyCloseAddressFamilyComplete");
    H(0, NdisAfHandle);
    ST(1, Status);
    CHECK();
    int id = nm_resolve(NdisAfHandle, NM_K_AF);
    if (id && nm_obj(id)->u.af.notify_close_pending) {
        struct nm_af *af = &nm_obj(id)->u.af;
        struct nm_driver *cm = DRV(af->cm_driver);
        af->notify_close_pending = 0;
        if (cm->cm.CmNotifyCloseAfCompleteHandler)
            INVOKE(af->cm_driver, "PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE", cm->cm.CmNotifyCloseAfCompleteHandler, NULL,
                   0, cm->cm.CmNotifyCloseAfCompleteHandler(af->cm_context, Status));
    }
    END();
}

/* ================================================================ SAPs */

NDIS_STATUS NDIS_API NdisClRegisterSap(NDIS_HANDLE NdisAfHandle, NDIS_HANDLE ProtocolSapContext, PCO_SAP Sap,
                                       PNDIS_HANDLE NdisSapHandle)
{
    BEGIN("NdisClRegisterSap");
    H(0, NdisAfHandle);
    CHECK();
    int afid = nm_resolve(NdisAfHandle, NM_K_AF);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (afid) {
        int id = nm_obj_new(NM_K_SAP);
        struct nm_sap *s = &nm_obj(id)->u.sap;
        s->af = afid;
        s->cl_context = ProtocolSapContext;
        s->sap = Sap;
        s->state = 0;
        NDIS_HANDLE h = nm_handle(id);
        *NdisSapHandle = h;
        nm_arg_out(c, 3, h);
        struct nm_af *af = &nm_obj(afid)->u.af;
        struct nm_driver *cm = DRV(af->cm_driver);
        NDIS_HANDLE cmctx = NULL;
        NDIS_HANDLE params[4] = {af->cm_context, NULL, h, NULL};
        char nb[96];
        nm_request_begin(id, "PROTOCOL_CM_REG_SAP",
                         nm_fn_name((void *)(uintptr_t)cm->cm.CmRegisterSapHandler, nb, sizeof nb), NULL);
        st = NDIS_STATUS_NOT_SUPPORTED;
        if (cm->cm.CmRegisterSapHandler)
            INVOKE(af->cm_driver, "PROTOCOL_CM_REG_SAP", cm->cm.CmRegisterSapHandler, params, 4,
                   st = cm->cm.CmRegisterSapHandler(af->cm_context, Sap, h, &cmctx));
        nm_request_returned(id, "PROTOCOL_CM_REG_SAP", st);
        struct nm_obj *so = nm_obj(id);
        if (so->kind == NM_K_SAP && so->u.sap.state == 0) {
            so->u.sap.cm_context = cmctx;
            if (st == NDIS_STATUS_SUCCESS)
                so->u.sap.state = 1;
            else if (st != NDIS_STATUS_PENDING)
                nm_obj_free(id);
        }
    }
    END();
    return st;
}

VOID NDIS_API NdisCmRegisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE NdisSapHandle, NDIS_HANDLE CallMgrSapContext)
{
    BEGIN("NdisCmRegisterSapComplete");
    ST(0, Status);
    H(1, NdisSapHandle);
    CHECK();
    int id = nm_resolve(NdisSapHandle, NM_K_SAP);
    if (id) {
        nm_request_complete(id, c->spelled, c->file, c->line);
        struct nm_sap *s = &nm_obj(id)->u.sap;
        if (s->state == 0) {
            s->cm_context = CallMgrSapContext;
            struct nm_af *af = &nm_obj(s->af)->u.af;
            struct nm_driver *cl = DRV(af->cl_driver);
            NDIS_HANDLE ctx = s->cl_context;
            PCO_SAP sap = s->sap;
            if (Status == NDIS_STATUS_SUCCESS)
                s->state = 1;
            else
                nm_obj_free(id);
            if (cl->cl.ClRegisterSapCompleteHandler)
                INVOKE(af->cl_driver, "PROTOCOL_CL_REGISTER_SAP_COMPLETE", cl->cl.ClRegisterSapCompleteHandler, NULL, 0,
                       cl->cl.ClRegisterSapCompleteHandler(Status, ctx, sap, NdisSapHandle));
        }
    }
    END();
}

NDIS_STATUS NDIS_API NdisClDeregisterSap(NDIS_HANDLE NdisSapHandle)
{
    BEGIN("NdisClDeregisterSap");
    H(0, NdisSapHandle);
    CHECK();
    int id = nm_resolve(NdisSapHandle, NM_K_SAP);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (id && nm_obj(id)->u.sap.state == 1) {
        struct nm_sap *s = &nm_obj(id)->u.sap;
        struct nm_af *af = &nm_obj(s->af)->u.af;
        struct nm_driver *cm = DRV(af->cm_driver);
        s->state = 2;
        char nb[96];
        nm_request_begin(id, "PROTOCOL_CM_DEREGISTER_SAP",
                         nm_fn_name((void *)(uintptr_t)cm->cm.CmDeregisterSapHandler, nb, sizeof nb), NULL);
        st = NDIS_STATUS_NOT_SUPPORTED;
        if (cm->cm.CmDeregisterSapHandler)
            INVOKE(af->cm_driver, "PROTOCOL_CM_DEREGISTER_SAP", cm->cm.CmDeregisterSapHandler, NULL, 0,
                   st = cm->cm.CmDeregisterSapHandler(s->cm_context));
        nm_request_returned(id, "PROTOCOL_CM_DEREGISTER_SAP", st);
        struct nm_obj *so = nm_obj(id);
        if (so->kind == NM_K_SAP) {
            if (st == NDIS_STATUS_SUCCESS)
                nm_obj_free(id);
            else if (st != NDIS_STATUS_PENDING)
                so->u.sap.state = 1;
        }
    }
    END();
    return st;
}

VOID NDIS_API NdisCmDeregisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE NdisSapHandle)
{
    BEGIN("NdisCmDeregisterSapComplete");
    ST(0, Status);
    H(1, NdisSapHandle);
    CHECK();
    int id = nm_resolve(NdisSapHandle, NM_K_SAP);
    if (id) {
        nm_request_complete(id, c->spelled, c->file, c->line);
        struct nm_sap *s = &nm_obj(id)->u.sap;
        struct nm_af *af = &nm_obj(s->af)->u.af;
        struct nm_driver *cl = DRV(af->cl_driver);
        NDIS_HANDLE ctx = s->cl_context;
        int cld = af->cl_driver;
        nm_obj_free(id);
        if (cl->cl.ClDeregisterSapCompleteHandler)
            INVOKE(cld, "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE", cl->cl.ClDeregisterSapCompleteHandler, NULL, 0,
                   cl->cl.ClDeregisterSapCompleteHandler(Status, ctx));
    }
    END();
}

/* ================================================================ VCs and calls */

static NDIS_STATUS create_vc(int afid, NDIS_HANDLE cm_ctx, PNDIS_HANDLE out)
{
    int id = nm_obj_new(NM_K_VC);
    struct nm_vc *v = &nm_obj(id)->u.vc;
    struct nm_af *af = &nm_obj(afid)->u.af;
    v->af = afid;
    v->owner_driver = af->cm_driver;
    v->cm_context = cm_ctx;
    NDIS_HANDLE h = nm_handle(id), clctx = NULL;
    struct nm_driver *cl = DRV(af->cl_driver);
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    if (cl->cl.ClCreateVcHandler)
        INVOKE(af->cl_driver, "PROTOCOL_CO_CREATE_VC", cl->cl.ClCreateVcHandler, NULL, 0,
               st = cl->cl.ClCreateVcHandler(af->cl_context, h, &clctx));
    if (st != NDIS_STATUS_SUCCESS) {
        nm_obj_free(id);
        return st;
    }
    nm_obj(id)->u.vc.cl_context = clctx;
    *out = h;
    return st;
}

NDIS_STATUS NDIS_API NdisMCmCreateVc(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE NdisAfHandle,
                                     NDIS_HANDLE MiniportVcContext, PNDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisMCmCreateVc");
    H(0, MiniportAdapterHandle);
    H(1, NdisAfHandle);
    CHECK();
    int afid = nm_resolve(NdisAfHandle, NM_K_AF);
    NDIS_STATUS st = afid ? create_vc(afid, MiniportVcContext, NdisVcHandle) : NDIS_STATUS_INVALID_PARAMETER;
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisCoCreateVc(NDIS_HANDLE NdisBindingHandle, NDIS_HANDLE NdisAfHandle,
                                    NDIS_HANDLE ProtocolVcContext, PNDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisCoCreateVc");
    H(0, NdisBindingHandle);
    H(1, NdisAfHandle);
    CHECK();
    int afid = nm_resolve(NdisAfHandle, NM_K_AF);
    NDIS_STATUS st = afid ? create_vc(afid, ProtocolVcContext, NdisVcHandle) : NDIS_STATUS_INVALID_PARAMETER;
    END();
    return st;
}

static NDIS_STATUS delete_vc(NDIS_HANDLE NdisVcHandle)
{
    int id = nm_resolve(NdisVcHandle, NM_K_VC);
    if (!id)
        return NDIS_STATUS_INVALID_PARAMETER;
    struct nm_vc *v = &nm_obj(id)->u.vc;
    struct nm_obj *ao = nm_obj(v->af);
    NDIS_HANDLE ctx = v->cl_context;
    nm_obj_free(id);
    if (ao && ao->kind == NM_K_AF) {
        struct nm_driver *cl = DRV(ao->u.af.cl_driver);
        if (cl->cl.ClDeleteVcHandler && ctx)
            INVOKE(ao->u.af.cl_driver, "PROTOCOL_CO_DELETE_VC", cl->cl.ClDeleteVcHandler, NULL, 0,
                   cl->cl.ClDeleteVcHandler(ctx));
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API NdisMCmDeleteVc(NDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisMCmDeleteVc");
    H(0, NdisVcHandle);
    CHECK();
    NDIS_STATUS st = delete_vc(NdisVcHandle);
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisCoDeleteVc(NDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisCoDeleteVc");
    H(0, NdisVcHandle);
    CHECK();
    NDIS_STATUS st = delete_vc(NdisVcHandle);
    END();
    return st;
}

static NDIS_STATUS set_vc_active(NDIS_HANDLE h, int active)
{
    int id = nm_resolve(h, NM_K_VC);
    if (!id)
        return NDIS_STATUS_INVALID_PARAMETER;
    nm_obj(id)->u.vc.active = active;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API NdisMCmActivateVc(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters)
{
    BEGIN("NdisMCmActivateVc");
    (void)CallParameters;
    H(0, NdisVcHandle);
    CHECK();
    NDIS_STATUS st = set_vc_active(NdisVcHandle, 1);
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisCmActivateVc(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters)
{
    BEGIN("NdisCmActivateVc");
    (void)CallParameters;
    H(0, NdisVcHandle);
    CHECK();
    NDIS_STATUS st = set_vc_active(NdisVcHandle, 1);
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisMCmDeactivateVc(NDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisMCmDeactivateVc");
    H(0, NdisVcHandle);
    CHECK();
    NDIS_STATUS st = set_vc_active(NdisVcHandle, 0);
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisCmDeactivateVc(NDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisCmDeactivateVc");
    H(0, NdisVcHandle);
    CHECK();
    NDIS_STATUS st = set_vc_active(NdisVcHandle, 0);
    END();
    return st;
}

NDIS_STATUS NDIS_API NdisCmDispatchIncomingCall(NDIS_HANDLE NdisSapHandle, NDIS_HANDLE NdisVcHandle,
                                                PCO_CALL_PARAMETERS CallParameters)
{
    BEGIN("NdisCmDispatchIncomingCall");
    H(0, NdisSapHandle);
    H(1, NdisVcHandle);
    CHECK();
    int sid = nm_resolve(NdisSapHandle, NM_K_SAP), vid = nm_resolve(NdisVcHandle, NM_K_VC);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (sid && vid) {
        struct nm_sap *s = &nm_obj(sid)->u.sap;
        struct nm_af *af = &nm_obj(s->af)->u.af;
        struct nm_driver *cl = DRV(af->cl_driver);
        st = NDIS_STATUS_NOT_SUPPORTED;
        if (cl->cl.ClIncomingCallHandler)
            INVOKE(af->cl_driver, "PROTOCOL_CL_INCOMING_CALL", cl->cl.ClIncomingCallHandler, NULL, 0,
                   st = cl->cl.ClIncomingCallHandler(s->cl_context, nm_obj(vid)->u.vc.cl_context, CallParameters));
    }
    END();
    return st;
}

VOID NDIS_API NdisClIncomingCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle,
                                         PCO_CALL_PARAMETERS CallParameters)
{
    BEGIN("NdisClIncomingCallComplete");
    ST(0, Status);
    H(1, NdisVcHandle);
    CHECK();
    int vid = nm_resolve(NdisVcHandle, NM_K_VC);
    if (vid) {
        struct nm_vc *v = &nm_obj(vid)->u.vc;
        struct nm_driver *cm = DRV(v->owner_driver);
        if (cm->cm.CmIncomingCallCompleteHandler)
            INVOKE(v->owner_driver, "PROTOCOL_CM_INCOMING_CALL_COMPLETE", cm->cm.CmIncomingCallCompleteHandler, NULL, 0,
                   cm->cm.CmIncomingCallCompleteHandler(Status, v->cm_context, CallParameters));
    }
    END();
}

VOID NDIS_API NdisCmDispatchCallConnected(NDIS_HANDLE NdisVcHandle)
{
    BEGIN("NdisCmDispatchCallConnected");
    H(0, NdisVcHandle);
    CHECK();
    int vid = nm_resolve(NdisVcHandle, NM_K_VC);
    if (vid) {
        struct nm_vc *v = &nm_obj(vid)->u.vc;
        struct nm_af *af = &nm_obj(v->af)->u.af;
        struct nm_driver *cl = DRV(af->cl_driver);
        if (cl->cl.ClCallConnectedHandler)
            INVOKE(af->cl_driver, "PROTOCOL_CL_CALL_CONNECTED", cl->cl.ClCallConnectedHandler, NULL, 0,
                   cl->cl.ClCallConnectedHandler(v->cl_context));
    }
    END();
}

VOID NDIS_API NdisCmDispatchIncomingCloseCall(NDIS_STATUS CloseStatus, NDIS_HANDLE NdisVcHandle, PVOID Buffer,
                                              UINT Size)
{
    BEGIN("NdisCmDispatchIncomingCloseCall");
    ST(0, CloseStatus);
    H(1, NdisVcHandle);
    CHECK();
    int vid = nm_resolve(NdisVcHandle, NM_K_VC);
    if (vid) {
        struct nm_vc *v = &nm_obj(vid)->u.vc;
        struct nm_af *af = &nm_obj(v->af)->u.af;
        struct nm_driver *cl = DRV(af->cl_driver);
        if (cl->cl.ClIncomingCloseCallHandler)
            INVOKE(af->cl_driver, "PROTOCOL_CL_INCOMING_CLOSE_CALL", cl->cl.ClIncomingCloseCallHandler, NULL, 0,
                   cl->cl.ClIncomingCloseCallHandler(CloseStatus, v->cl_context, Buffer, Size));
    }
    END();
}

NDIS_STATUS NDIS_API NdisClCloseCall(NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle, PVOID Buffer, UINT Size)
{
    BEGIN("NdisClCloseCall");
    H(0, NdisVcHandle);
    CHECK();
    (void)NdisPartyHandle;
    int vid = nm_resolve(NdisVcHandle, NM_K_VC);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (vid) {
        struct nm_vc *v = &nm_obj(vid)->u.vc;
        struct nm_driver *cm = DRV(v->owner_driver);
        st = NDIS_STATUS_SUCCESS;
        if (cm->cm.CmCloseCallHandler)
            INVOKE(v->owner_driver, "PROTOCOL_CM_CLOSE_CALL", cm->cm.CmCloseCallHandler, NULL, 0,
                   st = cm->cm.CmCloseCallHandler(v->cm_context, NULL, Buffer, Size));
    }
    END();
    return st;
}

VOID NDIS_API NdisCmCloseCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle)
{
    BEGIN("NdisCmCloseCallComplete");
    ST(0, Status);
    H(1, NdisVcHandle);
    CHECK();
    (void)NdisPartyHandle;
    int vid = nm_resolve(NdisVcHandle, NM_K_VC);
    if (vid) {
        struct nm_vc *v = &nm_obj(vid)->u.vc;
        struct nm_af *af = &nm_obj(v->af)->u.af;
        struct nm_driver *cl = DRV(af->cl_driver);
        if (cl->cl.ClCloseCallCompleteHandler)
            INVOKE(af->cl_driver, "PROTOCOL_CL_CLOSE_CALL_COMPLETE", cl->cl.ClCloseCallCompleteHandler, NULL, 0,
                   cl->cl.ClCloseCallCompleteHandler(Status, v->cl_context, NULL));
    }
    END();
}

NDIS_STATUS NDIS_API NdisClMakeCall(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters,
                                    NDIS_HANDLE ProtocolPartyContext, PNDIS_HANDLE NdisPartyHandle)
{
    BEGIN("NdisClMakeCall");
    (void)CallParameters;
    (void)ProtocolPartyContext;
    (void)NdisPartyHandle;
    H(0, NdisVcHandle);
    CHECK();
    END();
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS NDIS_API NdisCoGetTapiCallId(NDIS_HANDLE NdisVcHandle, PVAR_STRING TapiCallId)
{
    BEGIN("NdisCoGetTapiCallId");
    H(0, NdisVcHandle);
    CHECK();
    int vid = nm_resolve(NdisVcHandle, NM_K_VC);
    if (vid && TapiCallId)
        TapiCallId->ulUsedSize = sizeof(*TapiCallId);
    END();
    return vid ? NDIS_STATUS_SUCCESS : NDIS_STATUS_INVALID_PARAMETER;
}

VOID NDIS_API NdisMCoIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE NdisVcHandle,
                                      PNDIS_STATUS_INDICATION StatusIndication)
{
    BEGIN("NdisMCoIndicateStatusEx");
    H(0, MiniportAdapterHandle);
    if (NdisVcHandle)
        H(1, NdisVcHandle);
    CHECK();
    char b[32];
    nm_trace("   status %s", nm_rules_status_name(&nm_R, StatusIndication->StatusCode, b, sizeof b));
    END();
}

/* ================================================================ NDIS 5 protocols */

VOID NDIS_API NdisRegisterProtocol(PNDIS_STATUS Status, PNDIS_HANDLE NdisProtocolHandle,
                                   PNDIS_PROTOCOL_CHARACTERISTICS ProtocolCharacteristics, UINT CharacteristicsLength)
{
    BEGIN("NdisRegisterProtocol");
    CHECK();
    int id = nm_registering_driver();
    struct nm_driver *d = DRV(id);
    d->type = NM_DRV_PROTOCOL5;
    memset(&d->pr5, 0, sizeof d->pr5);
    memcpy(&d->pr5, ProtocolCharacteristics,
           CharacteristicsLength < sizeof d->pr5 ? CharacteristicsLength : sizeof d->pr5);
    d->registered = 1;
    *NdisProtocolHandle = nm_handle(id);
    nm_arg_out(c, 1, *NdisProtocolHandle);
    *Status = NDIS_STATUS_SUCCESS;
    END();
}

VOID NDIS_API NdisDeregisterProtocol(PNDIS_STATUS Status, NDIS_HANDLE NdisProtocolHandle)
{
    BEGIN("NdisDeregisterProtocol");
    H(1, NdisProtocolHandle);
    CHECK();
    int id = nm_resolve(NdisProtocolHandle, NM_K_DRIVER);
    if (id) {
        /* NDIS first calls ProtocolUnbindAdapter once for each open binding. */
        for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++)
            if (nm_obj(b)->kind == NM_K_BINDING && nm_obj(b)->u.b.protocol == id)
                nm_unbind_binding(b);
        DRV(id)->registered = 0;
    }
    *Status = id ? NDIS_STATUS_SUCCESS : NDIS_STATUS_FAILURE;
    END();
}

VOID NDIS_API NdisOpenAdapter(PNDIS_STATUS Status, PNDIS_STATUS OpenErrorStatus, PNDIS_HANDLE NdisBindingHandle,
                              PUINT SelectedMediumIndex, PNDIS_MEDIUM MediumArray, UINT MediumArraySize,
                              NDIS_HANDLE NdisProtocolHandle, NDIS_HANDLE ProtocolBindingContext,
                              PNDIS_STRING AdapterName, UINT OpenOptions, PSTRING AddressingInformation)
{
    BEGIN("NdisOpenAdapter");
    (void)MediumArray;
    (void)MediumArraySize;
    (void)AdapterName;
    (void)OpenOptions;
    (void)AddressingInformation;
    H(6, NdisProtocolHandle);
    CHECK();
    int proto = nm_resolve(NdisProtocolHandle, NM_K_DRIVER);
    int b = proto ? open_binding(proto, ProtocolBindingContext, NULL) : 0;
    if (b) {
        *NdisBindingHandle = nm_handle(b);
        *SelectedMediumIndex = 0;
    }
    *OpenErrorStatus = NDIS_STATUS_SUCCESS;
    *Status = b ? NDIS_STATUS_SUCCESS : NDIS_STATUS_ADAPTER_NOT_FOUND;
    END();
}

VOID NDIS_API NdisCloseAdapter(PNDIS_STATUS Status, NDIS_HANDLE NdisBindingHandle)
{
    BEGIN("NdisCloseAdapter");
    H(1, NdisBindingHandle);
    CHECK();
    int b = nm_resolve(NdisBindingHandle, NM_K_BINDING);
    if (b)
        nm_obj_free(b);
    *Status = b ? NDIS_STATUS_SUCCESS : NDIS_STATUS_INVALID_PARAMETER;
    END();
}

VOID NDIS_API NdisCompleteBindAdapter(NDIS_HANDLE BindAdapterContext, NDIS_STATUS Status, NDIS_STATUS OpenStatus)
{
    BEGIN("NdisCompleteBindAdapter");
    (void)OpenStatus;
    H(0, BindAdapterContext);
    ST(1, Status);
    CHECK();
    END();
}

VOID NDIS_API NdisCompleteUnbindAdapter(NDIS_HANDLE UnbindAdapterContext, NDIS_STATUS Status)
{
    BEGIN("NdisCompleteUnbindAdapter");
    H(0, UnbindAdapterContext);
    ST(1, Status);
    CHECK();
    END();
}

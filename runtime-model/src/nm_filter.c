/*
 * nm_filter.c - NDIS 6 lightweight filter modules of libndismodel and their run-time checks.
 *
 * What NDIS does for a filter driver, as the documentation describes it (network/ndis-filter-
 * drivers, network/filter-module-states-and-operations, ddi/ndis/nc-ndis-filter_attach,
 * nc-ndis-filter_restart, nc-ndis-filter_pause, nc-ndis-filter_detach, nf-ndis-ndisfrestartcomplete,
 * nf-ndis-ndisfpausecomplete):
 * - registration: NdisFRegisterFilterDriver keeps the characteristics; NdisFDeregisterFilterDriver;
 * - a filter module (nm_filter_attach): FilterAttach (PASSIVE_LEVEL) with NdisFSetAttributes, then
 *   the module is Paused; nm_filter_restart (Running, or Restarting until NdisFRestartComplete);
 *   nm_filter_pause (Paused, or Pausing until NdisFPauseComplete); nm_filter_detach (FilterDetach,
 *   NDIS pauses a running module first);
 * - the data path over the miniport below, which the model plays itself: nm_filter_send gives NBLs of
 *   the packet source to FilterSendNetBufferLists; NdisFSendNetBufferLists hands them to the miniport
 *   below, which completes them later (a scheduler event) through FilterSendNetBufferListsComplete;
 *   NdisFSendNetBufferListsComplete gives them back to the source.
 *   nm_filter_receive indicates frames from below to FilterReceiveNetBufferLists;
 *   NdisFIndicateReceiveNetBufferLists passes them up, and the protocols above return them (a
 *   scheduler event) through FilterReturnNetBufferLists; NdisFReturnNetBufferLists gives them back
 *   below;
 * - PnP and status: nm_filter_net_pnp (FilterNetPnPEvent, PASSIVE_LEVEL; NdisFNetPnPEvent forwards
 *   it: success), NdisFDevicePnPEventNotify, NdisFIndicateStatus, NdisFOidRequest (the miniport
 *   below answers NDIS_STATUS_NOT_SUPPORTED).
 * Checks (ids: SDV's / rules/defs where they exist, NdisModel_* the model's own):
 *   FilterPause_Return             FilterPause returning other than SUCCESS or PENDING
 *   NdisModel_UnexpectedComplete   NdisFRestartComplete / NdisFPauseComplete with none pending
 *   NdisModel_PendingFinalStatus   NdisFRestartComplete with NDIS_STATUS_PENDING
 *   NdisModel_PauseIncomplete      a pause completed while sends given to the filter are not
 *                                  completed or indicated receives not returned
 *   NdisModel_PendingNeverCompleted  a restart or pause still pending at the end of the scenario
 * The IRQL of every NdisF* call is checked from rules/facts/ddi-irql.tsv (Irql_Filter_Driver_Function).
 * Limits: one filter module per nm_filter_attach, over the model's own miniport (no miniport driver
 * below, no protocol above: their edges are the model's); no OID requests from above; receives are
 * the data-path handlers run at PASSIVE_LEVEL or DISPATCH_LEVEL (a scheduler choice), with the
 * dispatch-level bit of their flags set to match.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <stdlib.h>
#include <string.h>

#include "nm_ddi_macros.h"

#define DRV(id) (&nm_obj(id)->u.drv)

#define INVOKE(drv, role, fnptr, call)                                                                                 \
    do {                                                                                                               \
        struct nm_frame f_;                                                                                            \
        char nb_[96];                                                                                                  \
        nm_invoke_begin(&f_, drv, role, nm_fn_name((void *)(uintptr_t)(fnptr), nb_, sizeof nb_), NULL, 0);             \
        call;                                                                                                          \
        nm_invoke_end(&f_);                                                                                            \
    } while (0)

enum fstate { FS_DETACHED, FS_ATTACHING, FS_PAUSED, FS_RESTARTING, FS_RUNNING, FS_PAUSING };
static const char *const fstate_names[] = {"Detached", "Attaching", "Paused", "Restarting", "Running", "Pausing"};

#define NM_MAX_FILTERS 8
struct fmod {
    int obj;    /* the module's object (its handle), 0 if the slot is free */
    int driver; /* the filter driver */
    const char *name;
    NDIS_HANDLE context; /* FilterModuleContext (NdisFSetAttributes) */
    enum fstate state;
    int sends_out;    /* source NBLs given to FilterSendNetBufferLists and not completed */
    int receives_out; /* NBLs indicated from below and not returned */
    int sends_completed, receives_returned;
};
static struct fmod mods[NM_MAX_FILTERS];

/* NBLs the model allocated for the source and the miniport below: freed at nm_filter_reset_run. */
static void **blocks;
static int nblocks, capblocks;

static void *fl_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p)
        abort();
    if (nblocks == capblocks) {
        capblocks = capblocks ? 2 * capblocks : 64;
        void **nb = realloc(blocks, (size_t)capblocks * sizeof *nb);
        if (!nb)
            abort();
        blocks = nb;
    }
    blocks[nblocks++] = p;
    return p;
}

void nm_filter_reset_run(void)
{
    for (int i = 0; i < nblocks; i++)
        free(blocks[i]);
    free(blocks);
    blocks = NULL;
    nblocks = capblocks = 0;
    memset(mods, 0, sizeof mods);
}

static struct fmod *fmod_of(NDIS_HANDLE h)
{
    int id = nm_resolve(h, NM_K_FILTER);
    for (int i = 0; id && i < NM_MAX_FILTERS; i++)
        if (mods[i].obj == id)
            return &mods[i];
    return NULL;
}

static struct fmod *fmod_at(int m)
{
    return m >= 0 && m < NM_MAX_FILTERS && mods[m].obj ? &mods[m] : NULL;
}

static struct nm_driver *fdrv(const struct fmod *f)
{
    struct nm_obj *o = nm_obj(f->driver);
    return o && o->kind == NM_K_DRIVER && o->u.drv.type == NM_DRV_FILTER ? &o->u.drv : NULL;
}

/* A frame of `bytes` bytes, IPv4 EtherType, in one NET_BUFFER of a new NBL. */
static PNET_BUFFER_LIST frame_nbl(ULONG bytes)
{
    PNET_BUFFER_LIST nbl = fl_alloc(sizeof *nbl);
    PNET_BUFFER nb = fl_alloc(sizeof *nb);
    PMDL mdl = fl_alloc(sizeof *mdl);
    UCHAR *data = fl_alloc(bytes < 14 ? 14 : bytes);
    data[12] = 0x08; /* EtherType 0x0800 */
    mdl->MappedSystemVa = mdl->StartVa = data;
    mdl->ByteCount = bytes;
    nb->MdlChain = nb->CurrentMdl = mdl;
    nb->DataLength = bytes;
    nbl->FirstNetBuffer = nb;
    return nbl;
}

static int count_nbls(PNET_BUFFER_LIST l)
{
    int n = 0;
    for (; l; l = l->Next)
        n++;
    return n;
}

/* ---------------------------------------------------------------- registration */

NDIS_STATUS NDIS_API NdisFRegisterFilterDriver(PDRIVER_OBJECT DriverObject, NDIS_HANDLE FilterDriverContext,
                                               PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
                                               PNDIS_HANDLE NdisFilterDriverHandle)
{
    BEGIN("NdisFRegisterFilterDriver");
    (void)DriverObject;
    CHECK();
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    int d = nm_registering_driver();
    struct nm_obj *o = nm_obj(d);
    *NdisFilterDriverHandle = NULL;
    if (o && o->kind == NM_K_DRIVER && FilterDriverCharacteristics) {
        o->u.drv.type = NM_DRV_FILTER;
        o->u.drv.flt = *FilterDriverCharacteristics;
        o->u.drv.context = FilterDriverContext;
        o->u.drv.registered = 1;
        *NdisFilterDriverHandle = nm_handle(d);
        st = NDIS_STATUS_SUCCESS;
    }
    END();
    return st;
}

VOID NDIS_API NdisFDeregisterFilterDriver(NDIS_HANDLE NdisFilterDriverHandle)
{
    BEGIN("NdisFDeregisterFilterDriver");
    H(0, NdisFilterDriverHandle);
    CHECK();
    int d = nm_resolve(NdisFilterDriverHandle, NM_K_DRIVER);
    if (d) {
        for (int i = 0; i < NM_MAX_FILTERS; i++)
            if (mods[i].obj && mods[i].driver == d && mods[i].state != FS_DETACHED)
                nm_filter_detach(i);
        DRV(d)->registered = 0;
    }
    END();
}

NDIS_STATUS NDIS_API NdisFSetAttributes(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterModuleContext,
                                        PNDIS_FILTER_ATTRIBUTES FilterAttributes)
{
    BEGIN("NdisFSetAttributes");
    (void)FilterAttributes;
    H(0, NdisFilterHandle);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (f && f->state == FS_ATTACHING) {
        f->context = FilterModuleContext;
        st = NDIS_STATUS_SUCCESS;
    }
    END();
    return st;
}

/* ---------------------------------------------------------------- attach, restart, pause, detach */

int nm_filter_attach(int filter_driver, const char *name)
{
    struct nm_obj *o = nm_obj(filter_driver);
    if (!o || o->kind != NM_K_DRIVER || o->u.drv.type != NM_DRV_FILTER || !o->u.drv.flt.AttachHandler)
        return -1;
    int m = 0;
    while (m < NM_MAX_FILTERS && mods[m].obj)
        m++;
    if (m == NM_MAX_FILTERS)
        return -1;
    struct fmod *f = &mods[m];
    memset(f, 0, sizeof *f);
    f->obj = nm_obj_new(NM_K_FILTER);
    f->driver = filter_driver;
    f->name = nm_strdup(name);
    f->state = FS_ATTACHING;
    NDIS_FILTER_ATTACH_PARAMETERS ap;
    memset(&ap, 0, sizeof ap);
    ap.Header.Type = NDIS_OBJECT_TYPE_FILTER_ATTACH_PARAMETERS;
    ap.MiniportMediaType = NdisMedium802_3;
    ap.BaseMiniportName = NULL;
    nm_trace("-- attach filter module %s", name);
    NDIS_STATUS st = NDIS_STATUS_FAILURE;
    struct nm_driver *d = &o->u.drv;
    INVOKE(filter_driver, "FILTER_ATTACH", d->flt.AttachHandler,
           st = d->flt.AttachHandler(nm_handle(f->obj), d->context, &ap));
    if (st != NDIS_STATUS_SUCCESS) {
        nm_note("FilterAttach of %s failed with 0x%08X", name, (unsigned)st);
        nm_os_leaks(filter_driver, f->obj, "FilterAttach fails", "");
        f->state = FS_DETACHED;
        return -1;
    }
    f->state = FS_PAUSED;
    return m;
}

int nm_filter_state(int m)
{
    struct fmod *f = fmod_at(m);
    return f ? (int)f->state : -1;
}

const char *nm_filter_state_name(int state)
{
    return state >= 0 && state <= FS_PAUSING ? fstate_names[state] : "none";
}

void nm_filter_counts(int m, int *sends_completed, int *receives_returned)
{
    struct fmod *f = fmod_at(m);
    *sends_completed = f ? f->sends_completed : 0;
    *receives_returned = f ? f->receives_returned : 0;
}

NDIS_STATUS nm_filter_restart(int m)
{
    struct fmod *f = fmod_at(m);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || f->state != FS_PAUSED)
        return NDIS_STATUS_FAILURE;
    NDIS_FILTER_RESTART_PARAMETERS rp;
    memset(&rp, 0, sizeof rp);
    rp.Header.Type = NDIS_OBJECT_TYPE_FILTER_RESTART_PARAMETERS;
    rp.MiniportMediaType = NdisMedium802_3;
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    f->state = FS_RESTARTING;
    nm_trace("-- restart filter module %s", f->name);
    if (d->flt.RestartHandler)
        INVOKE(f->driver, "FILTER_RESTART", d->flt.RestartHandler, st = d->flt.RestartHandler(f->context, &rp));
    if (st == NDIS_STATUS_PENDING)
        nm_trace("   the restart pends");
    else
        f->state = st == NDIS_STATUS_SUCCESS ? FS_RUNNING : FS_PAUSED;
    return st;
}

VOID NDIS_API NdisFRestartComplete(NDIS_HANDLE NdisFilterHandle, NDIS_STATUS Status)
{
    BEGIN("NdisFRestartComplete");
    H(0, NdisFilterHandle);
    ST(1, Status);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    if (f && f->state != FS_RESTARTING)
        nm_violation("NdisModel_UnexpectedComplete", c->line, c->file, NULL,
                     "'%s' completes a restart of filter module %s, but none is pending (%s)", c->spelled, f->name,
                     fstate_names[f->state]);
    else if (f && Status == NDIS_STATUS_PENDING)
        nm_violation("NdisModel_PendingFinalStatus", c->line, c->file, NULL,
                     "'%s' completes the restart with NDIS_STATUS_PENDING", c->spelled);
    else if (f)
        f->state = Status == NDIS_STATUS_SUCCESS ? FS_RUNNING : FS_PAUSED;
    END();
}

static void pause_done(struct fmod *f, const char *file, int line)
{
    if (f->sends_out || f->receives_out)
        nm_violation("NdisModel_PauseIncomplete", line, file, NULL,
                     "the pause of filter module %s completes with %d send(s) and %d receive(s) outstanding", f->name,
                     f->sends_out, f->receives_out);
    f->state = FS_PAUSED;
}

NDIS_STATUS nm_filter_pause(int m)
{
    struct fmod *f = fmod_at(m);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || f->state != FS_RUNNING)
        return NDIS_STATUS_FAILURE;
    NDIS_FILTER_PAUSE_PARAMETERS pp;
    memset(&pp, 0, sizeof pp);
    pp.Header.Type = NDIS_OBJECT_TYPE_FILTER_PAUSE_PARAMETERS;
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    char hb[96];
    const char *hn = nm_fn_name((void *)(uintptr_t)d->flt.PauseHandler, hb, sizeof hb);
    f->state = FS_PAUSING;
    nm_trace("-- pause filter module %s", f->name);
    if (d->flt.PauseHandler)
        INVOKE(f->driver, "FILTER_PAUSE", d->flt.PauseHandler, st = d->flt.PauseHandler(f->context, &pp));
    if (st == NDIS_STATUS_SUCCESS) {
        pause_done(f, "", 0);
    } else if (st == NDIS_STATUS_PENDING) {
        nm_trace("   the pause pends");
    } else {
        /* FilterPause_Return (rules/defs): a filter cannot fail a pause */
        const struct rule_def *def = rule_find(&nm_R.db, "FilterPause_Return");
        char sb[32];
        const char *sn = nm_rules_status_name(&nm_R, st, sb, sizeof sb);
        if (def)
            nm_violation(
                def->id, 0, "", hn, "%s",
                rule_fill(nm_run_arena(), def->u.rv.message, "func", hn, "value", sn, "role", "FILTER_PAUSE", NULL));
        f->state = FS_PAUSED;
    }
    return st;
}

VOID NDIS_API NdisFPauseComplete(NDIS_HANDLE NdisFilterHandle)
{
    BEGIN("NdisFPauseComplete");
    H(0, NdisFilterHandle);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    if (f && f->state != FS_PAUSING)
        nm_violation("NdisModel_UnexpectedComplete", c->line, c->file, NULL,
                     "'%s' completes a pause of filter module %s, but none is pending (%s)", c->spelled, f->name,
                     fstate_names[f->state]);
    else if (f)
        pause_done(f, c->file, c->line);
    END();
}

void nm_filter_detach(int m)
{
    struct fmod *f = fmod_at(m);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || f->state == FS_DETACHED)
        return;
    if (f->state == FS_RUNNING) {
        nm_trace("   NDIS pauses filter module %s before it detaches", f->name);
        nm_filter_pause(m);
    }
    nm_run_until_idle();
    if (f->state != FS_PAUSED) {
        nm_note("filter module %s is %s: NDIS cannot detach it", f->name, fstate_names[f->state]);
        return;
    }
    nm_trace("-- detach filter module %s", f->name);
    if (d->flt.DetachHandler)
        INVOKE(f->driver, "FILTER_DETACH", d->flt.DetachHandler, d->flt.DetachHandler(f->context));
    f->state = FS_DETACHED;
    nm_os_leaks(f->driver, f->obj, "FilterDetach returns", "");
}

/* ---------------------------------------------------------------- the data path */

static void ev_send_complete(struct nm_ev *e)
{
    struct fmod *f = fmod_at(e->obj);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    PNET_BUFFER_LIST l = e->p1;
    if (!d || !d->flt.SendNetBufferListsCompleteHandler)
        return;
    for (PNET_BUFFER_LIST n = l; n; n = n->Next)
        n->Status = NDIS_STATUS_SUCCESS;
    struct nm_frame fr;
    char hb[96];
    nm_invoke_begin(&fr, f->driver, "FILTER_SEND_NET_BUFFER_LISTS_COMPLETE",
                    nm_fn_name((void *)(uintptr_t)d->flt.SendNetBufferListsCompleteHandler, hb, sizeof hb), NULL, 0);
    d->flt.SendNetBufferListsCompleteHandler(f->context, l,
                                             fr.entry == DISPATCH_LEVEL ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
    nm_invoke_end(&fr);
}

int nm_filter_send(int m, int count)
{
    struct fmod *f = fmod_at(m);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || !d->flt.SendNetBufferListsHandler || count <= 0)
        return 0;
    PNET_BUFFER_LIST head = NULL, *tail = &head;
    for (int i = 0; i < count; i++) {
        *tail = frame_nbl(256);
        tail = &(*tail)->Next;
    }
    f->sends_out += count;
    nm_trace("-- send %d NBL%s through filter module %s", count, count == 1 ? "" : "s", f->name);
    struct nm_frame fr;
    char hb[96];
    nm_invoke_begin(&fr, f->driver, "FILTER_SEND_NET_BUFFER_LISTS",
                    nm_fn_name((void *)(uintptr_t)d->flt.SendNetBufferListsHandler, hb, sizeof hb), NULL, 0);
    d->flt.SendNetBufferListsHandler(f->context, head, NDIS_DEFAULT_PORT_NUMBER,
                                     fr.entry == DISPATCH_LEVEL ? NDIS_SEND_FLAGS_DISPATCH_LEVEL : 0);
    nm_invoke_end(&fr);
    return count;
}

VOID NDIS_API NdisFSendNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferList,
                                      NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    BEGIN("NdisFSendNetBufferLists");
    (void)PortNumber;
    (void)SendFlags;
    H(0, NdisFilterHandle);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    if (f && NetBufferList) {
        nm_trace("   the miniport below takes %d NBL(s)", count_nbls(NetBufferList));
        struct nm_ev *e = nm_queue("the miniport below completes a send", ev_send_complete, (int)(f - mods));
        e->p1 = NetBufferList;
    }
    END();
}

VOID NDIS_API NdisFSendNetBufferListsComplete(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferList,
                                              ULONG SendCompleteFlags)
{
    BEGIN("NdisFSendNetBufferListsComplete");
    (void)SendCompleteFlags;
    H(0, NdisFilterHandle);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    if (f) {
        int n = count_nbls(NetBufferList);
        f->sends_out -= n;
        f->sends_completed += n;
        nm_trace("   %d NBL(s) back to the protocols above", n);
    }
    END();
}

static void ev_return(struct nm_ev *e)
{
    struct fmod *f = fmod_at(e->obj);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || !d->flt.ReturnNetBufferListsHandler)
        return;
    struct nm_frame fr;
    char hb[96];
    nm_invoke_begin(&fr, f->driver, "FILTER_RETURN_NET_BUFFER_LISTS",
                    nm_fn_name((void *)(uintptr_t)d->flt.ReturnNetBufferListsHandler, hb, sizeof hb), NULL, 0);
    d->flt.ReturnNetBufferListsHandler(f->context, e->p1,
                                       fr.entry == DISPATCH_LEVEL ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
    nm_invoke_end(&fr);
}

int nm_filter_receive(int m, int count)
{
    struct fmod *f = fmod_at(m);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || !d->flt.ReceiveNetBufferListsHandler || count <= 0)
        return 0;
    PNET_BUFFER_LIST head = NULL, *tail = &head;
    for (int i = 0; i < count; i++) {
        *tail = frame_nbl(256);
        tail = &(*tail)->Next;
    }
    f->receives_out += count;
    nm_trace("-- the miniport below indicates %d NBL%s to filter module %s", count, count == 1 ? "" : "s", f->name);
    struct nm_frame fr;
    char hb[96];
    nm_invoke_begin(&fr, f->driver, "FILTER_RECEIVE_NET_BUFFER_LISTS",
                    nm_fn_name((void *)(uintptr_t)d->flt.ReceiveNetBufferListsHandler, hb, sizeof hb), NULL, 0);
    d->flt.ReceiveNetBufferListsHandler(f->context, head, NDIS_DEFAULT_PORT_NUMBER, (ULONG)count,
                                        fr.entry == DISPATCH_LEVEL ? NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL : 0);
    nm_invoke_end(&fr);
    return count;
}

VOID NDIS_API NdisFIndicateReceiveNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists,
                                                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
                                                 ULONG ReceiveFlags)
{
    BEGIN("NdisFIndicateReceiveNetBufferLists");
    (void)PortNumber;
    (void)NumberOfNetBufferLists;
    H(0, NdisFilterHandle);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    if (f && NetBufferLists) {
        if (NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
            nm_trace("   the protocols above copy %d NBL(s)", count_nbls(NetBufferLists));
        else {
            struct nm_ev *e = nm_queue("the protocols above return NBLs", ev_return, (int)(f - mods));
            e->p1 = NetBufferLists;
        }
    }
    END();
}

VOID NDIS_API NdisFReturnNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists,
                                        ULONG ReturnFlags)
{
    BEGIN("NdisFReturnNetBufferLists");
    (void)ReturnFlags;
    H(0, NdisFilterHandle);
    CHECK();
    struct fmod *f = fmod_of(NdisFilterHandle);
    if (f) {
        int n = count_nbls(NetBufferLists);
        f->receives_out -= n;
        f->receives_returned += n;
    }
    END();
}

VOID NDIS_API NdisFCancelSendNetBufferLists(NDIS_HANDLE NdisFilterHandle, PVOID CancelId)
{
    BEGIN("NdisFCancelSendNetBufferLists");
    (void)CancelId;
    H(0, NdisFilterHandle);
    CHECK();
    END();
}

/* ---------------------------------------------------------------- PnP, status, OID requests */

NDIS_STATUS nm_filter_net_pnp(int m, NET_PNP_EVENT_CODE event)
{
    struct fmod *f = fmod_at(m);
    struct nm_driver *d = f ? fdrv(f) : NULL;
    if (!d || !d->flt.NetPnPEventHandler)
        return NDIS_STATUS_SUCCESS;
    NET_PNP_EVENT_NOTIFICATION ev;
    memset(&ev, 0, sizeof ev);
    ev.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    ev.NetPnPEvent.NetEvent = event;
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    nm_trace("-- net PnP event %d to filter module %s", (int)event, f->name);
    INVOKE(f->driver, "FILTER_NET_PNP_EVENT", d->flt.NetPnPEventHandler,
           st = d->flt.NetPnPEventHandler(f->context, &ev));
    return st;
}

NDIS_STATUS NDIS_API NdisFNetPnPEvent(NDIS_HANDLE NdisFilterHandle, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    BEGIN("NdisFNetPnPEvent");
    H(0, NdisFilterHandle);
    CHECK();
    if (NetPnPEventNotification)
        nm_trace("   forwarded down: net PnP event %d", (int)NetPnPEventNotification->NetPnPEvent.NetEvent);
    END();
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API NdisFDevicePnPEventNotify(NDIS_HANDLE NdisFilterHandle, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    BEGIN("NdisFDevicePnPEventNotify");
    (void)NetDevicePnPEvent;
    H(0, NdisFilterHandle);
    CHECK();
    END();
}

VOID NDIS_API NdisFIndicateStatus(NDIS_HANDLE NdisFilterHandle, PNDIS_STATUS_INDICATION StatusIndication)
{
    BEGIN("NdisFIndicateStatus");
    (void)StatusIndication;
    H(0, NdisFilterHandle);
    CHECK();
    END();
}

NDIS_STATUS NDIS_API NdisFOidRequest(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest)
{
    BEGIN("NdisFOidRequest");
    (void)OidRequest;
    H(0, NdisFilterHandle);
    CHECK();
    END();
    return NDIS_STATUS_NOT_SUPPORTED;
}

VOID NDIS_API NdisFOidRequestComplete(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status)
{
    BEGIN("NdisFOidRequestComplete");
    (void)OidRequest;
    H(0, NdisFilterHandle);
    ST(2, Status);
    CHECK();
    END();
}

/* Restarts or pauses still pending at the end of the scenario. */
void nm_filter_end(void)
{
    for (int i = 0; i < NM_MAX_FILTERS; i++)
        if (mods[i].obj && (mods[i].state == FS_RESTARTING || mods[i].state == FS_PAUSING))
            nm_violation("NdisModel_PendingNeverCompleted", 0, "", NULL, "the %s of filter module %s never completed",
                         mods[i].state == FS_RESTARTING ? "restart" : "pause", mods[i].name);
}

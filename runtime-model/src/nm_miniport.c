/*
 * nm_miniport.c - the NDIS 6 miniport lifecycle of libndismodel and its run-time checks.
 *
 * What NDIS does for a miniport, as the documentation describes it:
 * - registration: NdisMRegisterMiniportDriver (then SetOptionsHandler), NdisMDeregisterMiniportDriver;
 * - an adapter: MiniportInitializeEx (PASSIVE_LEVEL) with NdisMSetMiniportAttributes (registration
 *   attributes first, then general ones), then the adapter is Paused; MiniportRestart (Running, or
 *   Restarting until NdisMRestartComplete); MiniportPause (Pausing until NdisMPauseComplete);
 *   MiniportResetEx / NdisMResetComplete; MiniportCheckForHangEx (a TRUE answer resets the adapter);
 *   MiniportShutdownEx; MiniportHaltEx (NDIS pauses a running adapter first); the unload routine;
 * - interrupts: NdisMRegisterInterruptEx; a simulated device (nm_adapter_set_device) raises the
 *   line, the scheduler runs MiniportInterrupt at DIRQL and, when it asks, MiniportInterruptDPC at
 *   DISPATCH_LEVEL; NdisMSynchronizeWithInterruptEx runs its routine at DIRQL;
 * - scatter/gather DMA: NdisMRegisterScatterGatherDma; NdisMAllocateNetBufferSGList builds the list
 *   and calls MiniportProcessSGList at DISPATCH_LEVEL, before it returns or later (a scheduler
 *   choice); NdisMFreeNetBufferSGList; shared memory (NdisMAllocateSharedMemory/Free);
 * - configuration: NdisOpenConfigurationEx / NdisReadConfiguration / NdisCloseConfiguration over a
 *   table the scenario fills (nm_config_set_int, nm_config_set_string);
 * - OID requests, one at a time per adapter as NDIS serializes them: MiniportOidRequest returns a
 *   status or NDIS_STATUS_PENDING and NdisMOidRequestComplete completes it later (from a DPC, a
 *   timer, a work item); nm_miniport_mandatory_oids sends the general OIDs NDIS requires;
 * - the data path: a packet source (nm_miniport_send: NET_BUFFER_LISTs to
 *   MiniportSendNetBufferLists, back through NdisMSendNetBufferListsComplete) and a packet sink
 *   (NdisMIndicateReceiveNetBufferLists; the NBLs come back through MiniportReturnNetBufferLists as
 *   a scheduler event, at once with NDIS_RECEIVE_FLAGS_RESOURCES); NBL pools, NBLs and MDLs.
 *
 * Checks (ids: SDV's where SDV has the rule; NdisModel_* are the model's own):
 *   Init_RegisterInterrupt    an interrupt still registered when MiniportInitializeEx fails; an
 *                             interrupt deregistered that is not registered
 *   Init_DeRegisterInterrupt  an interrupt still registered when MiniportHaltEx returns
 *   Init_RegisterSG           scatter/gather DMA registered twice, or still registered when
 *                             Initialize fails or Halt returns
 *   NdisMDeregisterInterruptEx  NdisMSynchronizeWithInterruptEx on a deregistered interrupt
 *   NdisOpenConfigurationEx   a configuration handle still open when Initialize fails or Halt returns
 *   (NdisMFreeSharedMemory, NdisMMapIoSpace, NdisMNetPnPEventInOIDRequest: the call_context rules,
 *   checked for every DDI call in nm_core.c)
 *   DoubleComplete            an OID request completed inside MiniportOidRequest that then returns
 *                             a status other than PENDING, or completed twice
 *   DoubleCompleteWorkItem    the second completion of an OID request made by a work item
 *   NdisOidComplete           NdisMOidRequestComplete with NDIS_STATUS_PENDING
 *   MandatoryOid              a mandatory general OID answered NDIS_STATUS_INVALID_OID or
 *                             NDIS_STATUS_NOT_SUPPORTED
 *   MiniportPause_Return      MiniportPause returning other than SUCCESS or PENDING
 *   NdisMIndicateStatusEx     NdisMIndicateStatusEx after MiniportHaltEx returned
 *   NdisModel_PendingFinalStatus  NdisMRestartComplete / NdisMResetComplete with PENDING, a sent
 *                             NBL completed with status PENDING
 *   NdisModel_UnexpectedComplete  a pause, restart or reset completion with none pending
 *   NdisModel_PendingNeverCompleted  an OID request, pause, restart, reset or send still pending
 *                             at the end of the scenario
 *   NdisModel_PauseIncomplete the pause completes while sent NBLs are not completed or indicated
 *                             NBLs not returned
 *   NdisModel_NblNotOutstanding  a send completion of an NBL the miniport does not own
 *   NdisModel_IndicateWhilePaused  a receive indication while the adapter is not running
 *   NdisModel_InitializeAttributes  Initialize succeeds without registration attributes
 *   NdisModel_StaleHandle     a DDI given the handle of an adapter whose Halt returned
 * Resources allocated with the adapter's handle are checked when Initialize fails and when
 * Halt returns (nm_os_leaks, nm_os_armed_timers in nm_os.c).
 * Pages followed (learn.microsoft.com/windows-hardware/drivers/): network/initializing-a-miniport-
 * adapter, network/miniport-adapter-states-and-operations, network/halting-a-miniport-adapter,
 * network/handling-interrupts-in-an-ndis-miniport-driver, network/ndis-scatter-gather-dma,
 * network/miniport-driver-oid-requests, network/sending-net-buffer-list-structures-from-a-miniport-
 * driver, network/indicating-received-data-from-a-miniport-driver, ddi/ndis/nf-ndis-ndismoidrequestcomplete,
 * devtest/ndis-doublecomplete, ndis-init-registerinterrupt, ndis-init-registersg, ndis-miniportpause-return,
 * ndis-ndismindicatestatusex, ndis-ndismderegisterinterruptex, ndis-mandatoryoid.
 * Limits: line-based interrupts only (a message-signaled interrupt is run as a line-based one);
 * one element per MDL in a scatter/gather list; the sink returns received NBLs as indicated
 * (one MiniportReturnNetBufferLists per indication); NDIS 6 protocols bound to a miniport adapter
 * get no data-path or status indications.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "nm_ddi_macros.h"

#define DRV(id) (&nm_obj(id)->u.drv)
#define AD(id) (&nm_obj(id)->u.ad)

/* Calls a driver handler between nm_invoke_begin/end; f_ is the frame (its entry IRQL). */
#define INVOKE(drv, role, fnptr, call)                                                                                 \
    do {                                                                                                               \
        struct nm_frame f_;                                                                                            \
        char nb_[96];                                                                                                  \
        nm_invoke_begin(&f_, drv, role, nm_fn_name((void *)(uintptr_t)(fnptr), nb_, sizeof nb_), NULL, 0);             \
        call;                                                                                                          \
        nm_invoke_end(&f_);                                                                                            \
    } while (0)

static const char *handler_name(void *fn, char *buf, size_t n)
{
    return nm_fn_name(fn, buf, n);
}

static const char *status_text(NDIS_STATUS st, char *buf, size_t n)
{
    return nm_rules_status_name(&nm_R, st, buf, n);
}

static const char *state_name(enum nm_adapter_state s)
{
    static const char *const names[] = {"Halted",  "Initializing", "Paused", "Restarting",
                                        "Running", "Pausing",      "Halting"};
    return names[s];
}

/* ================================================================ failure injection, configuration */

static int fail_left[4];

void nm_fail_next(enum nm_fault what, int count)
{
    if ((int)what >= 0 && what < 4)
        fail_left[what] = count;
}

int nm_fail_take(enum nm_fault what)
{
    if (fail_left[what] > 0) {
        fail_left[what]--;
        nm_trace("   the scenario makes this allocation fail");
        return 1;
    }
    return 0;
}

struct cfg_entry {
    char *keyword;
    int is_string;
    ULONG value;
    char *text;
};
static struct cfg_entry *cfg;
static int ncfg;

static void cfg_set(const char *keyword, int is_string, ULONG value, const char *text)
{
    for (int i = 0; i < ncfg; i++)
        if (!strcasecmp(cfg[i].keyword, keyword)) {
            free(cfg[i].text);
            cfg[i].is_string = is_string;
            cfg[i].value = value;
            cfg[i].text = text ? strdup(text) : NULL;
            return;
        }
    struct cfg_entry *n = realloc(cfg, sizeof *cfg * (size_t)(ncfg + 1));
    if (!n)
        abort();
    cfg = n;
    cfg[ncfg++] = (struct cfg_entry){strdup(keyword), is_string, value, text ? strdup(text) : NULL};
}

void nm_config_set_int(const char *keyword, ULONG value)
{
    cfg_set(keyword, 0, value, NULL);
}

void nm_config_set_string(const char *keyword, const char *value)
{
    cfg_set(keyword, 1, 0, value);
}

/* ================================================================ tables of the run */

struct oidreq {
    NDIS_OID_REQUEST req;
    UCHAR buf[512];
    int adapter;
    int state; /* -1 waiting for its turn, 0 in MiniportOidRequest, 1 pending, 2 completed */
    int completed_in_handler;
    int mandatory;
    const char *handler;
    const char *file, *ddi; /* where NdisMOidRequestComplete completed it */
    int line;
    NDIS_STATUS final;
};
static struct oidreq **oids;
static int noids, capoids;

struct sglist {
    PSCATTER_GATHER_LIST sgl;
    int dma, ndis_owned, live;
    struct nm_origin org;
};
static struct sglist *sgls;
static int nsgls, capsgls;

struct nblrec {
    PNET_BUFFER_LIST nbl;
    int adapter;
    int state; /* 1 sent (the miniport owns it), 2 completed; 3 indicated (the sink owns it), 4 returned */
};
static struct nblrec *nbls;
static int nnbls, capnbls;
static void **source_blocks; /* what the packet source allocated */
static int nsource, capsource;

struct cfg_param {
    struct cfg_param *next;
    NDIS_CONFIGURATION_PARAMETER p;
    WCHAR text[128];
};

static void *grow(void *p, int *cap, int need, size_t sz)
{
    if (need <= *cap)
        return p;
    int c = *cap ? *cap * 2 : 32;
    while (c < need)
        c *= 2;
    p = realloc(p, sz * (size_t)c);
    if (!p) {
        fprintf(stderr, "ndis-model: out of memory\n");
        exit(2);
    }
    *cap = c;
    return p;
}

static void free_cfg_params(struct nm_obj *o)
{
    struct cfg_param *p = o->u.cf.params;
    while (p) {
        struct cfg_param *n = p->next;
        free(p);
        p = n;
    }
    o->u.cf.params = NULL;
}

void nm_miniport_reset_run(void)
{
    for (int id = 1; id < nm_obj_count(); id++) {
        struct nm_obj *o = nm_obj(id);
        if (o && (o->kind == NM_K_CONFIG || (o->kind == NM_K_FREE && o->was == NM_K_CONFIG)))
            free_cfg_params(o);
    }
    for (int i = 0; i < noids; i++)
        free(oids[i]);
    free(oids);
    oids = NULL;
    noids = capoids = 0;
    for (int i = 0; i < nsgls; i++)
        if (sgls[i].ndis_owned)
            free(sgls[i].sgl);
    free(sgls);
    sgls = NULL;
    nsgls = capsgls = 0;
    free(nbls);
    nbls = NULL;
    nnbls = capnbls = 0;
    for (int i = 0; i < nsource; i++)
        free(source_blocks[i]);
    free(source_blocks);
    source_blocks = NULL;
    nsource = capsource = 0;
    for (int i = 0; i < ncfg; i++) {
        free(cfg[i].keyword);
        free(cfg[i].text);
    }
    free(cfg);
    cfg = NULL;
    ncfg = 0;
    memset(fail_left, 0, sizeof fail_left);
}

/* ================================================================ adapters and their handles */

int nm_adapter_of(NDIS_HANDLE h)
{
    return h ? nm_resolve(h, NM_K_ADAPTER) : 0;
}

/* The adapter of an adapter-handle argument; reports (as StaleHandle, or as rule) a handle of an
 * adapter whose Halt returned. Returns the adapter id, or 0. */
static int live_adapter(struct nm_call *c, NDIS_HANDLE h, const char *rule)
{
    int a = nm_adapter_of(h);
    if (a && AD(a)->halted && AD(a)->driver > 0) {
        if (rule)
            nm_violation(rule, c->line, c->file, NULL,
                         "'%s' is called for adapter %s after its MiniportHaltEx returned", c->spelled, AD(a)->name);
        else
            nm_violation("NdisModel_StaleHandle", c->line, c->file, NULL,
                         "'%s' is given the handle of adapter %s after its MiniportHaltEx returned", c->spelled,
                         AD(a)->name);
        return 0;
    }
    return a;
}

void *nm_adapter_context(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    return o && o->kind == NM_K_ADAPTER ? o->u.ad.context : NULL;
}

void nm_adapter_set_device(int adapter, int (*irq_pending)(void *adapter_context))
{
    struct nm_obj *o = nm_obj(adapter);
    if (o && o->kind == NM_K_ADAPTER)
        o->u.ad.irq_pending = irq_pending;
}

int nm_miniport_state(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    return o && o->kind == NM_K_ADAPTER ? (int)o->u.ad.state : -1;
}

const char *nm_miniport_state_name(int state)
{
    return state >= 0 && state <= NM_AS_HALTING ? state_name((enum nm_adapter_state)state) : "no adapter";
}

void nm_miniport_get_info(int adapter, struct nm_miniport_info *info)
{
    memset(info, 0, sizeof *info);
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER) {
        info->state = -1;
        return;
    }
    info->state = (int)o->u.ad.state;
    info->sends_outstanding = o->u.ad.sends_out;
    info->receives_outstanding = o->u.ad.receives_out;
    info->media_connect = o->u.ad.media_connect;
    for (int i = 0; i < nnbls; i++)
        if (nbls[i].adapter == adapter) {
            info->sends_completed += nbls[i].state == 2;
            info->receives_returned += nbls[i].state == 4;
        }
    for (int i = 0; i < noids; i++)
        if (oids[i]->adapter == adapter) {
            info->oids_completed += oids[i]->state == 2;
            info->oids_pending += oids[i]->state == 0 || oids[i]->state == 1 || oids[i]->state == -1;
            if (oids[i]->state == 2)
                info->last_oid_status = oids[i]->final;
        }
}

/* ================================================================ registration */

NDIS_STATUS NDIS_API NdisMRegisterMiniportDriver(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                                 NDIS_HANDLE MiniportDriverContext,
                                                 PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
                                                 PNDIS_HANDLE NdisMiniportDriverHandle)
{
    BEGIN("NdisMRegisterMiniportDriver");
    (void)DriverObject;
    (void)RegistryPath;
    CHECK();
    int id = nm_registering_driver();
    struct nm_driver *d = DRV(id);
    d->type = NM_DRV_MINIPORT;
    d->mp = *MiniportDriverCharacteristics;
    d->context = MiniportDriverContext;
    d->registered = 1;
    *NdisMiniportDriverHandle = nm_handle(id);
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    if (d->mp.SetOptionsHandler) {
        NDIS_HANDLE h = nm_handle(id);
        SET_OPTIONS_HANDLER so = d->mp.SetOptionsHandler;
        INVOKE(id, "MINIPORT_SET_OPTIONS", so, st = so(h, MiniportDriverContext));
    }
    END();
    return st;
}

VOID NDIS_API NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle)
{
    BEGIN("NdisMDeregisterMiniportDriver");
    H(0, NdisMiniportDriverHandle);
    CHECK();
    int id = nm_resolve(NdisMiniportDriverHandle, NM_K_DRIVER);
    if (id)
        DRV(id)->registered = 0;
    END();
}

/* ================================================================ Initialize, failure and Halt checks */

/* The registrations and resources of adapter a still held when `when`; handler names the
 * callback that should have released them. */
static void adapter_resource_checks(int a, int init_failed, const char *handler)
{
    struct nm_adapter *ad = AD(a);
    const char *when = init_failed ? "MiniportInitializeEx fails" : "MiniportHaltEx returns";
    for (int id = 1; id < nm_obj_count(); id++) {
        struct nm_obj *o = nm_obj(id);
        if (o->org.adapter != a)
            continue;
        if (o->kind == NM_K_INTERRUPT) {
            nm_violation(init_failed ? "Init_RegisterInterrupt" : "Init_DeRegisterInterrupt", o->org.line, o->org.file,
                         handler,
                         "the interrupt registered by '%s' is still registered when %s; deregister it with "
                         "NdisMDeregisterInterruptEx",
                         o->org.ddi, when);
            nm_obj_free(id);
        } else if (o->kind == NM_K_SGDMA) {
            nm_violation("Init_RegisterSG", o->org.line, o->org.file, handler,
                         "scatter/gather DMA registered by '%s' is still registered when %s; deregister it with "
                         "NdisMDeregisterScatterGatherDma",
                         o->org.ddi, when);
            nm_obj_free(id);
        } else if (o->kind == NM_K_CONFIG) {
            nm_violation("NdisOpenConfigurationEx", o->org.line, o->org.file, handler,
                         "the configuration handle opened by '%s' is still open when %s; close it with "
                         "NdisCloseConfiguration",
                         o->org.ddi, when);
            free_cfg_params(o);
            nm_obj_free(id);
        }
    }
    for (int i = 0; i < nsgls; i++)
        if (sgls[i].live && sgls[i].org.adapter == a) {
            nm_violation("NdisModel_ResourceLeak", sgls[i].org.line, sgls[i].org.file, handler,
                         "the scatter/gather list built by '%s' is not freed with NdisMFreeNetBufferSGList when %s",
                         sgls[i].org.ddi, when);
            sgls[i].live = 0;
        }
    ad->interrupt = 0;
    ad->sgdma = 0;
    nm_os_armed_timers(a, handler);
    nm_os_leaks(ad->driver, a, when, handler);
}

int nm_add_adapter(int miniport_driver, const char *name)
{
    int a = nm_obj_new(NM_K_ADAPTER);
    struct nm_adapter *ad = &nm_obj(a)->u.ad;
    ad->driver = miniport_driver;
    ad->name = nm_strdup(name);
    ad->media_connect = MediaConnectStateUnknown;
    if (miniport_driver <= 0)
        return a;
    struct nm_driver *d = DRV(miniport_driver);
    if (!d->mp.InitializeHandlerEx)
        return a;
    NDIS_MINIPORT_INIT_PARAMETERS ip;
    memset(&ip, 0, sizeof ip);
    ip.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS;
    ip.Header.Revision = NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1;
    ip.Header.Size = NDIS_SIZEOF_MINIPORT_INIT_PARAMETER_REVISION_1;
    ip.IfIndex = (NET_IFINDEX)a;
    NDIS_STATUS st;
    NDIS_HANDLE h = nm_handle(a);
    char hb[96];
    const char *hn = handler_name((void *)(uintptr_t)d->mp.InitializeHandlerEx, hb, sizeof hb);
    ad->state = NM_AS_INITIALIZING;
    nm_trace("-- initialize adapter %s", name);
    INVOKE(miniport_driver, "MINIPORT_INITIALIZE", d->mp.InitializeHandlerEx,
           st = d->mp.InitializeHandlerEx(h, d->context, &ip));
    ad = AD(a);
    if (st != NDIS_STATUS_SUCCESS) {
        char sb[32];
        nm_note("MiniportInitializeEx of %s failed with %s", name, status_text(st, sb, sizeof sb));
        adapter_resource_checks(a, 1, hn);
        ad->state = NM_AS_HALTED;
        ad->halted = 1;
        return -1;
    }
    if (!ad->reg_attrs)
        nm_violation("NdisModel_InitializeAttributes", 0, "", hn,
                     "%s returns NDIS_STATUS_SUCCESS without setting the registration attributes "
                     "(NdisMSetMiniportAttributes with NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES)",
                     hn);
    ad->state = NM_AS_PAUSED;
    nm_trace("   adapter %s is Paused", name);
    return a;
}

NDIS_STATUS NDIS_API NdisMSetMiniportAttributes(NDIS_HANDLE NdisMiniportHandle,
                                                PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes)
{
    BEGIN("NdisMSetMiniportAttributes");
    H(0, NdisMiniportHandle);
    CHECK();
    int a = live_adapter(c, NdisMiniportHandle, NULL);
    NDIS_STATUS st = a ? NDIS_STATUS_SUCCESS : NDIS_STATUS_INVALID_PARAMETER;
    if (a) {
        struct nm_adapter *ad = AD(a);
        if (ad->state != NM_AS_INITIALIZING)
            nm_trace("   (NdisMSetMiniportAttributes outside MiniportInitializeEx)");
        switch (MiniportAttributes->Header.Type) {
        case NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES:
            ad->context = MiniportAttributes->RegistrationAttributes.MiniportAdapterContext;
            ad->hang_seconds = (int)MiniportAttributes->RegistrationAttributes.CheckForHangTimeInSeconds;
            ad->reg_attrs = 1;
            break;
        case NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES:
            if (!ad->reg_attrs) {
                nm_trace("!! general attributes before the registration attributes: NDIS fails the call");
                st = NDIS_STATUS_INVALID_PARAMETER;
                break;
            }
            ad->media_connect = MiniportAttributes->GeneralAttributes.MediaConnectState;
            ad->gen_attrs = 1;
            break;
        default: break;
        }
    }
    END();
    return st;
}

/* ================================================================ interrupts */

NDIS_STATUS NDIS_API NdisMRegisterInterruptEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
                                              PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
                                              PNDIS_HANDLE NdisInterruptHandle)
{
    BEGIN("NdisMRegisterInterruptEx");
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (a && nm_fail_take(NM_FAIL_INTERRUPT)) {
        st = NDIS_STATUS_RESOURCES;
    } else if (a) {
        int i = nm_obj_new(NM_K_INTERRUPT);
        nm_obj_origin(i, c, MiniportAdapterHandle);
        nm_obj(i)->u.in.adapter = a;
        nm_obj(i)->u.in.chars = *MiniportInterruptCharacteristics;
        nm_obj(i)->u.in.ctx = MiniportInterruptContext;
        AD(a)->interrupt = i;
        *NdisInterruptHandle = nm_handle(i);
        st = NDIS_STATUS_SUCCESS;
    }
    END();
    return st;
}

VOID NDIS_API NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle)
{
    BEGIN("NdisMDeregisterInterruptEx");
    if (nm_handle_was(NdisInterruptHandle) == NM_K_INTERRUPT)
        nm_violation("Init_RegisterInterrupt", c->line, c->file, NULL,
                     "'%s' deregisters an interrupt that is no longer registered", c->spelled);
    else
        H(0, NdisInterruptHandle);
    CHECK();
    int i = nm_resolve(NdisInterruptHandle, NM_K_INTERRUPT);
    if (i) {
        struct nm_obj *a = nm_obj(nm_obj(i)->u.in.adapter);
        if (a && a->kind == NM_K_ADAPTER && a->u.ad.interrupt == i)
            a->u.ad.interrupt = 0;
        nm_obj_free(i);
    }
    END();
}

BOOLEAN NDIS_API NdisMSynchronizeWithInterruptEx(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
                                                 MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction,
                                                 PVOID SynchronizeContext)
{
    BEGIN("NdisMSynchronizeWithInterruptEx");
    (void)MessageId;
    if (nm_handle_was(NdisInterruptHandle) == NM_K_INTERRUPT)
        nm_violation("NdisMDeregisterInterruptEx", c->line, c->file, NULL,
                     "'%s' is called with an interrupt that NdisMDeregisterInterruptEx already deregistered",
                     c->spelled);
    else
        H(0, NdisInterruptHandle);
    CHECK();
    BOOLEAN r = FALSE;
    int i = nm_resolve(NdisInterruptHandle, NM_K_INTERRUPT);
    if (i && SynchronizeFunction) {
        int drv = AD(nm_obj(i)->u.in.adapter)->driver;
        INVOKE(drv, "MINIPORT_SYNCHRONIZE_INTERRUPT", SynchronizeFunction, r = SynchronizeFunction(SynchronizeContext));
    }
    END();
    return r;
}

static void ev_interrupt_dpc(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_INTERRUPT)
        return;
    struct nm_interrupt *in = &o->u.in;
    int drv = AD(in->adapter)->driver;
    NDIS_RECEIVE_THROTTLE_PARAMETERS tp = {(ULONG)NDIS_INDICATE_ALL_NBLS, 0};
    if (in->chars.InterruptDpcHandler)
        INVOKE(drv, "MINIPORT_INTERRUPT_DPC", in->chars.InterruptDpcHandler,
               in->chars.InterruptDpcHandler(in->ctx, NULL, &tp, NULL));
    else if (in->chars.MessageInterruptDpcHandler)
        INVOKE(drv, "MINIPORT_MESSAGE_INTERRUPT_DPC", in->chars.MessageInterruptDpcHandler,
               in->chars.MessageInterruptDpcHandler(in->ctx, 0, NULL, NULL, NULL));
}

void nm_ev_interrupt(struct nm_ev *e);
void nm_ev_interrupt(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_INTERRUPT)
        return;
    struct nm_interrupt *in = &o->u.in;
    int drv = AD(in->adapter)->driver;
    BOOLEAN queue_dpc = FALSE, ours = FALSE;
    ULONG target = 0;
    if (in->chars.InterruptHandler)
        INVOKE(drv, "MINIPORT_ISR", in->chars.InterruptHandler,
               ours = in->chars.InterruptHandler(in->ctx, &queue_dpc, &target));
    else if (in->chars.MessageInterruptHandler)
        INVOKE(drv, "MINIPORT_MESSAGE_INTERRUPT", in->chars.MessageInterruptHandler,
               ours = in->chars.MessageInterruptHandler(in->ctx, 0, &queue_dpc, &target));
    if (ours && queue_dpc && (in->chars.InterruptDpcHandler || in->chars.MessageInterruptDpcHandler)) {
        nm_unqueue(ev_interrupt_dpc, e->obj);
        nm_queue("interrupt DPC", ev_interrupt_dpc, e->obj);
    }
}

/* ================================================================ scatter/gather DMA, shared memory */

NDIS_STATUS NDIS_API NdisMRegisterScatterGatherDma(NDIS_HANDLE MiniportAdapterHandle,
                                                   PNDIS_SG_DMA_DESCRIPTION DmaDescription,
                                                   PNDIS_HANDLE NdisMiniportDmaHandle)
{
    BEGIN("NdisMRegisterScatterGatherDma");
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (a && nm_fail_take(NM_FAIL_SG_DMA)) {
        st = NDIS_STATUS_RESOURCES;
    } else if (a) {
        struct nm_obj *prev = nm_obj(AD(a)->sgdma);
        if (prev && prev->kind == NM_K_SGDMA)
            nm_violation("Init_RegisterSG", c->line, c->file, NULL,
                         "'%s' registers scatter/gather DMA a second time (first registered at %s:%d)", c->spelled,
                         prev->org.file[0] ? prev->org.file : "?", prev->org.line);
        int id = nm_obj_new(NM_K_SGDMA);
        nm_obj_origin(id, c, MiniportAdapterHandle);
        nm_obj(id)->u.sg.adapter = a;
        nm_obj(id)->u.sg.desc = *DmaDescription;
        AD(a)->sgdma = id;
        *NdisMiniportDmaHandle = nm_handle(id);
        st = NDIS_STATUS_SUCCESS;
    }
    END();
    return st;
}

VOID NDIS_API NdisMDeregisterScatterGatherDma(NDIS_HANDLE NdisMiniportDmaHandle)
{
    BEGIN("NdisMDeregisterScatterGatherDma");
    H(0, NdisMiniportDmaHandle);
    CHECK();
    int id = nm_resolve(NdisMiniportDmaHandle, NM_K_SGDMA);
    if (id) {
        int a = nm_obj(id)->u.sg.adapter;
        if (nm_obj(a) && AD(a)->sgdma == id)
            AD(a)->sgdma = 0;
        nm_obj_free(id);
    }
    END();
}

static void ev_process_sg(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_SGDMA)
        return;
    MINIPORT_PROCESS_SG_LIST_HANDLER fn = o->u.sg.desc.ProcessSGListHandler;
    int drv = AD(o->u.sg.adapter)->driver;
    if (fn)
        INVOKE(drv, "MINIPORT_PROCESS_SG_LIST", fn, fn(NULL, NULL, e->p1, e->p2));
}

NDIS_STATUS NDIS_API NdisMAllocateNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle, PNET_BUFFER NetBuffer,
                                                  PVOID Context, ULONG Flags, PVOID ScatterGatherListBuffer,
                                                  ULONG ScatterGatherListBufferSize)
{
    BEGIN("NdisMAllocateNetBufferSGList");
    (void)Flags;
    H(0, NdisMiniportDmaHandle);
    CHECK();
    int id = nm_resolve(NdisMiniportDmaHandle, NM_K_SGDMA);
    NDIS_STATUS st = NDIS_STATUS_INVALID_PARAMETER;
    if (id && NetBuffer) {
        ULONG n = 0;
        for (PMDL m = NetBuffer->CurrentMdl; m; m = m->Next)
            n++;
        if (n == 0)
            n = 1;
        size_t size = sizeof(SCATTER_GATHER_LIST) + sizeof(SCATTER_GATHER_ELEMENT) * n;
        PSCATTER_GATHER_LIST sgl;
        int owned = 0;
        if (ScatterGatherListBuffer && ScatterGatherListBufferSize >= size) {
            sgl = ScatterGatherListBuffer;
            memset(sgl, 0, size);
        } else {
            sgl = calloc(1, size);
            if (!sgl)
                abort();
            owned = 1;
        }
        sgl->NumberOfElements = n;
        ULONG left = NetBuffer->DataLength, k = 0;
        static ULONGLONG next_pa = 0x20000000ULL;
        for (PMDL m = NetBuffer->CurrentMdl; k < n; k++) {
            ULONG len = m ? m->ByteCount : left;
            if (len > left)
                len = left;
            sgl->Elements[k].Address.QuadPart = (LONGLONG)next_pa;
            sgl->Elements[k].Length = len;
            next_pa += 0x1000;
            left -= len;
            if (m)
                m = m->Next;
        }
        sgls = grow(sgls, &capsgls, nsgls + 1, sizeof *sgls);
        sgls[nsgls] = (struct sglist){sgl, id, owned, 1, {0}};
        sgls[nsgls].org = nm_obj(id)->org;
        sgls[nsgls].org.ddi = c->spelled;
        sgls[nsgls].org.file = c->file;
        sgls[nsgls].org.line = c->line;
        nsgls++;
        st = NDIS_STATUS_SUCCESS;
        if (nm_choose(2, "MiniportProcessSGList before NdisMAllocateNetBufferSGList returns, or later") == 0) {
            MINIPORT_PROCESS_SG_LIST_HANDLER fn = nm_obj(id)->u.sg.desc.ProcessSGListHandler;
            if (fn)
                INVOKE(AD(nm_obj(id)->u.sg.adapter)->driver, "MINIPORT_PROCESS_SG_LIST", fn,
                       fn(NULL, NULL, sgl, Context));
        } else {
            struct nm_ev *e = nm_queue("scatter/gather list", ev_process_sg, id);
            e->p1 = sgl;
            e->p2 = Context;
        }
    }
    END();
    return st;
}

VOID NDIS_API NdisMFreeNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle, PSCATTER_GATHER_LIST pSGL,
                                       PNET_BUFFER NetBuffer)
{
    BEGIN("NdisMFreeNetBufferSGList");
    (void)NetBuffer;
    H(0, NdisMiniportDmaHandle);
    CHECK();
    int found = 0;
    for (int i = nsgls - 1; i >= 0 && !found; i--)
        if (sgls[i].sgl == pSGL && sgls[i].live) {
            sgls[i].live = 0;
            found = 1;
        }
    if (!found)
        nm_violation("NdisModel_BadFree", c->line, c->file, NULL,
                     "'%s' frees a scatter/gather list that NdisMAllocateNetBufferSGList did not build (or that is "
                     "already freed)",
                     c->spelled);
    END();
}

VOID NDIS_API NdisMAllocateSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length, BOOLEAN Cached,
                                        PVOID *VirtualAddress, PNDIS_PHYSICAL_ADDRESS PhysicalAddress)
{
    BEGIN("NdisMAllocateSharedMemory");
    (void)Cached;
    H(0, MiniportAdapterHandle);
    CHECK();
    static ULONGLONG next_pa = 0x10000000ULL;
    *VirtualAddress = NULL;
    PhysicalAddress->QuadPart = 0;
    if (live_adapter(c, MiniportAdapterHandle, NULL) && !nm_fail_take(NM_FAIL_SHARED_MEMORY)) {
        *VirtualAddress = nm_mem_alloc(Length, 0, "shared memory", c, MiniportAdapterHandle);
        PhysicalAddress->QuadPart = (LONGLONG)next_pa;
        next_pa += (Length + 0xFFF) & ~0xFFFULL;
    }
    END();
}

VOID NDIS_API NdisMFreeSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length, BOOLEAN Cached,
                                    PVOID VirtualAddress, NDIS_PHYSICAL_ADDRESS PhysicalAddress)
{
    BEGIN("NdisMFreeSharedMemory");
    (void)Length;
    (void)Cached;
    (void)PhysicalAddress;
    H(0, MiniportAdapterHandle);
    CHECK();
    nm_mem_release(VirtualAddress, "shared memory", c);
    END();
}

/* ================================================================ configuration */

/* NdisMMapIoSpace (ddi/ndis/nf-ndis-ndismmapiospace): maps the device's register window; the model
 * gives zeroed memory of Length bytes, which the harness reads and writes as the device. On failure
 * *VirtualAddress is NULL. The mapping is a resource of the adapter: still mapped when Halt returns,
 * it is reported as leaked. Its context (MiniportInitializeEx only) is the NdisMMapIoSpace rule,
 * checked for every call_context rule in nm_core.c. */
NDIS_STATUS NDIS_API NdisMMapIoSpace(PVOID *VirtualAddress, NDIS_HANDLE MiniportAdapterHandle,
                                     NDIS_PHYSICAL_ADDRESS PhysicalAddress, UINT Length)
{
    BEGIN("NdisMMapIoSpace");
    NDIS_STATUS st = NDIS_STATUS_RESOURCES;
    (void)PhysicalAddress;
    H(1, MiniportAdapterHandle);
    CHECK();
    *VirtualAddress = NULL;
    if (live_adapter(c, MiniportAdapterHandle, NULL)) {
        *VirtualAddress = nm_mem_alloc(Length, 0, "I/O space mapping", c, MiniportAdapterHandle);
        st = NDIS_STATUS_SUCCESS;
    }
    END();
    return st;
}

/* NdisMUnmapIoSpace (ddi/ndis/nf-ndis-ndismunmapiospace): releases a mapping of NdisMMapIoSpace. */
VOID NDIS_API NdisMUnmapIoSpace(NDIS_HANDLE MiniportAdapterHandle, PVOID VirtualAddress, UINT Length)
{
    BEGIN("NdisMUnmapIoSpace");
    (void)Length;
    H(0, MiniportAdapterHandle);
    CHECK();
    nm_mem_release(VirtualAddress, "I/O space mapping", c);
    END();
}

/* NdisMNetPnPEvent (ddi/ndis/nf-ndis-ndismnetpnpevent): a miniport originates a network PnP event
 * for the drivers above. No protocol or filter of the model is bound above a miniport adapter yet,
 * so the event is traced and succeeds. Calling it from MiniportOidRequest is the
 * NdisMNetPnPEventInOIDRequest rule (nm_core.c, call_context). */
NDIS_STATUS NDIS_API NdisMNetPnPEvent(NDIS_HANDLE MiniportAdapterHandle,
                                      PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    BEGIN("NdisMNetPnPEvent");
    H(0, MiniportAdapterHandle);
    CHECK();
    if (live_adapter(c, MiniportAdapterHandle, NULL) && NetPnPEventNotification)
        nm_trace("   net PnP event %d", (int)NetPnPEventNotification->NetPnPEvent.NetEvent);
    END();
    return NDIS_STATUS_SUCCESS;
}

/* NdisMRemoveMiniport (ddi/ndis/nf-ndis-ndismremoveminiport): the miniport asks NDIS to remove an
 * adapter that failed. The model records the request in the trace (a scenario halts the adapter
 * itself when it wants the removal). */
NDIS_STATUS NDIS_API NdisMRemoveMiniport(NDIS_HANDLE MiniportHandle)
{
    BEGIN("NdisMRemoveMiniport");
    H(0, MiniportHandle);
    CHECK();
    if (live_adapter(c, MiniportHandle, NULL))
        nm_trace("   the miniport asks NDIS to remove the adapter");
    END();
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NDIS_API NdisOpenConfigurationEx(PNDIS_CONFIGURATION_OBJECT ConfigObject, PNDIS_HANDLE ConfigurationHandle)
{
    BEGIN("NdisOpenConfigurationEx");
    NDIS_HANDLE h = ConfigObject ? ConfigObject->NdisHandle : NULL;
    H(0, h);
    CHECK();
    int id = nm_obj_new(NM_K_CONFIG);
    nm_obj_origin(id, c, h);
    nm_obj(id)->u.cf.adapter = nm_adapter_of(h);
    *ConfigurationHandle = nm_handle(id);
    END();
    return NDIS_STATUS_SUCCESS;
}

VOID NDIS_API NdisCloseConfiguration(NDIS_HANDLE ConfigurationHandle)
{
    BEGIN("NdisCloseConfiguration");
    H(0, ConfigurationHandle);
    CHECK();
    int id = nm_resolve(ConfigurationHandle, NM_K_CONFIG);
    if (id) {
        free_cfg_params(nm_obj(id));
        nm_obj_free(id);
    }
    END();
}

static int keyword_is(PNDIS_STRING kw, const char *name)
{
    size_t n = kw && kw->Buffer ? kw->Length / sizeof(WCHAR) : 0;
    if (n != strlen(name))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (kw->Buffer[i] > 127 || tolower((unsigned char)kw->Buffer[i]) != tolower((unsigned char)name[i]))
            return 0;
    return 1;
}

VOID NDIS_API NdisReadConfiguration(PNDIS_STATUS Status, PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
                                    NDIS_HANDLE ConfigurationHandle, PNDIS_STRING Keyword,
                                    NDIS_PARAMETER_TYPE ParameterType)
{
    BEGIN("NdisReadConfiguration");
    H(2, ConfigurationHandle);
    CHECK();
    int id = nm_resolve(ConfigurationHandle, NM_K_CONFIG);
    *Status = NDIS_STATUS_FAILURE;
    *ParameterValue = NULL;
    char kw[128] = "";
    for (size_t i = 0; Keyword && Keyword->Buffer && i < Keyword->Length / sizeof(WCHAR) && i < sizeof kw - 1; i++) {
        kw[i] = Keyword->Buffer[i] < 128 ? (char)Keyword->Buffer[i] : '?';
        kw[i + 1] = 0;
    }
    const struct cfg_entry *e = NULL;
    for (int i = 0; id && i < ncfg && !e; i++)
        if (keyword_is(Keyword, cfg[i].keyword))
            e = &cfg[i];
    int want_int = ParameterType == NdisParameterInteger || ParameterType == NdisParameterHexInteger;
    if (e && (e->is_string ? ParameterType == NdisParameterString : want_int)) {
        struct cfg_param *p = calloc(1, sizeof *p);
        if (!p)
            abort();
        p->p.ParameterType = ParameterType;
        if (e->is_string) {
            size_t n = 0;
            for (; e->text[n] && n < 127; n++)
                p->text[n] = (WCHAR)(unsigned char)e->text[n];
            p->p.ParameterData.StringData.Buffer = p->text;
            p->p.ParameterData.StringData.Length = (USHORT)(n * sizeof(WCHAR));
            p->p.ParameterData.StringData.MaximumLength = (USHORT)(128 * sizeof(WCHAR));
            nm_trace("   configuration %s = \"%s\"", kw, e->text);
        } else {
            p->p.ParameterData.IntegerData = e->value;
            nm_trace("   configuration %s = %lu", kw, (unsigned long)e->value);
        }
        p->next = nm_obj(id)->u.cf.params;
        nm_obj(id)->u.cf.params = p;
        *ParameterValue = &p->p;
        *Status = NDIS_STATUS_SUCCESS;
    } else {
        nm_trace("   configuration %s: not in the scenario's table", kw);
    }
    END();
}

VOID NDIS_API NdisReadNetworkAddress(PNDIS_STATUS Status, PVOID *NetworkAddress, PUINT NetworkAddressLength,
                                     NDIS_HANDLE ConfigurationHandle)
{
    BEGIN("NdisReadNetworkAddress");
    H(3, ConfigurationHandle);
    CHECK();
    *Status = NDIS_STATUS_FAILURE;
    *NetworkAddress = NULL;
    *NetworkAddressLength = 0;
    END();
}

/* ================================================================ OID requests */

static const NDIS_OID mandatory_query[] = {OID_GEN_INTERRUPT_MODERATION,
                                           OID_GEN_LINK_PARAMETERS,
                                           OID_GEN_MAXIMUM_FRAME_SIZE,
                                           OID_GEN_MAXIMUM_TOTAL_SIZE,
                                           OID_GEN_RCV_OK,
                                           OID_GEN_RECEIVE_BLOCK_SIZE,
                                           OID_GEN_RECEIVE_BUFFER_SPACE,
                                           OID_GEN_STATISTICS,
                                           OID_GEN_TRANSMIT_BLOCK_SIZE,
                                           OID_GEN_TRANSMIT_BUFFER_SPACE,
                                           OID_GEN_VENDOR_DESCRIPTION,
                                           OID_GEN_VENDOR_DRIVER_VERSION,
                                           OID_GEN_VENDOR_ID,
                                           OID_GEN_XMIT_OK};
static const NDIS_OID mandatory_set[] = {OID_GEN_CURRENT_LOOKAHEAD, OID_GEN_CURRENT_PACKET_FILTER,
                                         OID_GEN_INTERRUPT_MODERATION, OID_GEN_LINK_PARAMETERS};

static NDIS_OID req_oid(const NDIS_OID_REQUEST *r)
{
    return r->RequestType == NdisRequestSetInformation ? r->DATA.SET_INFORMATION.Oid : r->DATA.QUERY_INFORMATION.Oid;
}

static struct oidreq *find_oid(const NDIS_OID_REQUEST *r)
{
    for (int i = noids - 1; i >= 0; i--)
        if (&oids[i]->req == r)
            return oids[i];
    return NULL;
}

static void oid_final(struct oidreq *q, NDIS_STATUS st, const char *file, int line)
{
    char sb[32];
    q->state = 2;
    q->final = st;
    nm_trace("   OID 0x%08X completed with %s", (unsigned)req_oid(&q->req), status_text(st, sb, sizeof sb));
    if (q->mandatory && (st == NDIS_STATUS_INVALID_OID || st == NDIS_STATUS_NOT_SUPPORTED))
        nm_violation("MandatoryOid", line, file, q->handler, "%s answers the mandatory OID 0x%08X (%s) with %s",
                     q->handler, (unsigned)req_oid(&q->req),
                     q->req.RequestType == NdisRequestSetInformation ? "set" : "query", status_text(st, sb, sizeof sb));
}

static void issue_next(int adapter);

static void ev_next_oid(struct nm_ev *e)
{
    issue_next(e->obj);
}

/* Issues the adapter's next waiting OID request if none is outstanding. */
static void issue_next(int adapter)
{
    for (;;) {
        struct oidreq *q = NULL;
        for (int i = 0; i < noids; i++) {
            if (oids[i]->adapter != adapter)
                continue;
            if (oids[i]->state == 0 || oids[i]->state == 1)
                return;
            if (oids[i]->state == -1 && !q)
                q = oids[i];
        }
        if (!q)
            return;
        struct nm_adapter *ad = AD(adapter);
        struct nm_driver *d = DRV(ad->driver);
        char hb[96], sb[32];
        q->handler = nm_strdup(handler_name((void *)(uintptr_t)d->mp.OidRequestHandler, hb, sizeof hb));
        q->state = 0;
        NDIS_STATUS st = NDIS_STATUS_NOT_SUPPORTED;
        nm_trace("-- OID request 0x%08X (%s) to %s", (unsigned)req_oid(&q->req),
                 q->req.RequestType == NdisRequestSetInformation ? "set" : "query", ad->name);
        if (d->mp.OidRequestHandler)
            INVOKE(ad->driver, "MINIPORT_OID_REQUEST", d->mp.OidRequestHandler,
                   st = d->mp.OidRequestHandler(ad->context, &q->req));
        if (q->completed_in_handler) {
            if (st != NDIS_STATUS_PENDING)
                nm_violation("DoubleComplete", q->line, q->file, q->handler,
                             "'%s' completes the OID request inside %s, which then returns %s instead of "
                             "NDIS_STATUS_PENDING: the request is completed twice",
                             q->ddi, q->handler, status_text(st, sb, sizeof sb));
            q->state = 2;
        } else if (st == NDIS_STATUS_PENDING) {
            q->state = 1;
            nm_trace("   the OID request pends");
        } else {
            oid_final(q, st, "", 0);
        }
    }
}

static struct oidreq *new_oid(int adapter, NDIS_REQUEST_TYPE type, NDIS_OID oid, const void *data, ULONG len)
{
    struct oidreq *q = calloc(1, sizeof *q);
    if (!q)
        abort();
    q->adapter = adapter;
    q->state = -1;
    q->req.Header.Type = NDIS_OBJECT_TYPE_OID_REQUEST;
    q->req.Header.Revision = NDIS_OID_REQUEST_REVISION_1;
    q->req.Header.Size = NDIS_SIZEOF_OID_REQUEST_REVISION_1;
    q->req.RequestType = type;
    q->req.RequestId = (PVOID)(uintptr_t)(noids + 1);
    if (len > sizeof q->buf)
        len = sizeof q->buf;
    if (data && len)
        memcpy(q->buf, data, len);
    if (type == NdisRequestSetInformation) {
        q->req.DATA.SET_INFORMATION.Oid = oid;
        q->req.DATA.SET_INFORMATION.InformationBuffer = q->buf;
        q->req.DATA.SET_INFORMATION.InformationBufferLength = len;
    } else {
        q->req.DATA.QUERY_INFORMATION.Oid = oid;
        q->req.DATA.QUERY_INFORMATION.InformationBuffer = q->buf;
        q->req.DATA.QUERY_INFORMATION.InformationBufferLength = sizeof q->buf;
    }
    oids = grow(oids, &capoids, noids + 1, sizeof *oids);
    oids[noids++] = q;
    return q;
}

NDIS_STATUS nm_miniport_oid(int adapter, NDIS_REQUEST_TYPE type, NDIS_OID oid, const void *data, ULONG len)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 ||
        (o->u.ad.state != NM_AS_PAUSED && o->u.ad.state != NM_AS_RUNNING)) {
        nm_note("no OID request: the adapter is not Paused or Running");
        return NDIS_STATUS_ADAPTER_NOT_READY;
    }
    struct oidreq *q = new_oid(adapter, type, oid, data, len);
    issue_next(adapter);
    return q->state == 2 ? q->final : NDIS_STATUS_PENDING;
}

void nm_miniport_mandatory_oids(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0)
        return;
    nm_note("NDIS sends the mandatory OIDs to %s", o->u.ad.name);
    for (size_t i = 0; i < sizeof mandatory_query / sizeof mandatory_query[0]; i++)
        new_oid(adapter, NdisRequestQueryInformation, mandatory_query[i], NULL, 0)->mandatory = 1;
    for (size_t i = 0; i < sizeof mandatory_set / sizeof mandatory_set[0]; i++) {
        UCHAR data[64];
        ULONG len = sizeof(ULONG);
        memset(data, 0, sizeof data);
        if (mandatory_set[i] == OID_GEN_CURRENT_LOOKAHEAD) {
            ULONG v = 1500;
            memcpy(data, &v, sizeof v);
        } else if (mandatory_set[i] == OID_GEN_CURRENT_PACKET_FILTER) {
            ULONG v = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST | NDIS_PACKET_TYPE_MULTICAST;
            memcpy(data, &v, sizeof v);
        } else if (mandatory_set[i] == OID_GEN_INTERRUPT_MODERATION) {
            NDIS_INTERRUPT_MODERATION_PARAMETERS p;
            memset(&p, 0, sizeof p);
            p.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
            p.Header.Revision = NDIS_INTERRUPT_MODERATION_PARAMETERS_REVISION_1;
            p.Header.Size = NDIS_SIZEOF_INTERRUPT_MODERATION_PARAMETERS_REVISION_1;
            p.InterruptModeration = NdisInterruptModerationEnabled;
            memcpy(data, &p, sizeof p);
            len = sizeof p;
        } else {
            NDIS_LINK_PARAMETERS p;
            memset(&p, 0, sizeof p);
            p.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
            p.Header.Revision = NDIS_LINK_PARAMETERS_REVISION_1;
            p.Header.Size = NDIS_SIZEOF_LINK_PARAMETERS_REVISION_1;
            p.MediaDuplexState = MediaDuplexStateFull;
            p.XmitLinkSpeed = p.RcvLinkSpeed = 1000000000ULL;
            memcpy(data, &p, sizeof p);
            len = sizeof p;
        }
        new_oid(adapter, NdisRequestSetInformation, mandatory_set[i], data, len)->mandatory = 1;
    }
    issue_next(adapter);
}

VOID NDIS_API NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle, PNDIS_OID_REQUEST OidRequest,
                                      NDIS_STATUS Status)
{
    BEGIN("NdisMOidRequestComplete");
    H(0, MiniportAdapterHandle);
    ST(2, Status);
    CHECK();
    live_adapter(c, MiniportAdapterHandle, NULL);
    struct oidreq *q = find_oid(OidRequest);
    if (Status == NDIS_STATUS_PENDING)
        nm_violation("NdisOidComplete", c->line, c->file, NULL,
                     "'%s' completes an OID request with NDIS_STATUS_PENDING; the status of a completion is final",
                     c->spelled);
    if (!q) {
        nm_violation("DoubleComplete", c->line, c->file, NULL, "'%s' completes an OID request NDIS did not issue",
                     c->spelled);
    } else if (q->state == 0) {
        if (q->completed_in_handler)
            nm_violation("DoubleComplete", c->line, c->file, q->handler,
                         "'%s' completes the OID request a second time inside %s", c->spelled, q->handler);
        q->completed_in_handler = 1;
        q->file = c->file;
        q->line = c->line;
        q->ddi = c->spelled;
        q->final = Status;
    } else if (q->state == 1) {
        q->file = c->file;
        q->line = c->line;
        q->ddi = c->spelled;
        oid_final(q, Status, c->file, c->line);
        nm_queue("next OID request", ev_next_oid, q->adapter);
    } else if (q->state == 2) {
        int wi = nm_in_role("NDIS_IO_WORKITEM_FUNCTION");
        const struct nm_frame *f = nm_current_frame();
        char where[512] = "";
        if (q->file && q->file[0])
            snprintf(where, sizeof where, " (at %s:%d)", q->file, q->line);
        nm_violation(wi ? "DoubleCompleteWorkItem" : "DoubleComplete", c->line, c->file, f ? f->handler : "",
                     "'%s' completes an OID request (0x%08X) that is already completed%s%s", c->spelled,
                     (unsigned)req_oid(&q->req), where, wi ? ", from a work item" : "");
    } else {
        nm_violation("DoubleComplete", c->line, c->file, NULL, "'%s' completes an OID request NDIS has not issued yet",
                     c->spelled);
    }
    END();
}

/* ================================================================ the data path */

static struct nblrec *find_nbl(PNET_BUFFER_LIST nbl)
{
    for (int i = nnbls - 1; i >= 0; i--)
        if (nbls[i].nbl == nbl)
            return &nbls[i];
    return NULL;
}

static void *source_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p)
        abort();
    source_blocks = grow(source_blocks, &capsource, nsource + 1, sizeof *source_blocks);
    source_blocks[nsource++] = p;
    return p;
}

int nm_miniport_send(int adapter, int count, ULONG bytes)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0)
        return 0;
    struct nm_adapter *ad = &o->u.ad;
    struct nm_driver *d = DRV(ad->driver);
    if (ad->state != NM_AS_RUNNING || !d->mp.SendNetBufferListsHandler) {
        nm_note("no send: adapter %s is %s", ad->name, state_name(ad->state));
        return 0;
    }
    PNET_BUFFER_LIST head = NULL, *tail = &head;
    for (int i = 0; i < count; i++) {
        PNET_BUFFER_LIST nbl = source_alloc(sizeof *nbl);
        PNET_BUFFER nb = source_alloc(sizeof *nb);
        PMDL mdl = source_alloc(sizeof *mdl);
        void *data = source_alloc(bytes);
        mdl->MappedSystemVa = mdl->StartVa = data;
        mdl->ByteCount = bytes;
        nb->MdlChain = nb->CurrentMdl = mdl;
        nb->DataLength = bytes;
        nbl->FirstNetBuffer = nb;
        nbl->SourceHandle = nm_handle(adapter);
        *tail = nbl;
        tail = &nbl->Next;
        nbls = grow(nbls, &capnbls, nnbls + 1, sizeof *nbls);
        nbls[nnbls++] = (struct nblrec){nbl, adapter, 1};
    }
    ad->sends_out += count;
    nm_trace("-- send %d NBL%s of %lu bytes to %s", count, count == 1 ? "" : "s", (unsigned long)bytes, ad->name);
    struct nm_frame f;
    char hb[96];
    nm_invoke_begin(&f, ad->driver, "MINIPORT_SEND_NET_BUFFER_LISTS",
                    handler_name((void *)(uintptr_t)d->mp.SendNetBufferListsHandler, hb, sizeof hb), NULL, 0);
    d->mp.SendNetBufferListsHandler(ad->context, head, NDIS_DEFAULT_PORT_NUMBER,
                                    f.entry == DISPATCH_LEVEL ? NDIS_SEND_FLAGS_DISPATCH_LEVEL : 0);
    nm_invoke_end(&f);
    return count;
}

VOID NDIS_API NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferLists,
                                              ULONG SendCompleteFlags)
{
    BEGIN("NdisMSendNetBufferListsComplete");
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    if (((SendCompleteFlags & NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL) != 0) != (nm_current_irql() == DISPATCH_LEVEL))
        nm_trace("   (SendCompleteFlags says %sDISPATCH_LEVEL, the IRQL is %s)",
                 SendCompleteFlags & NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL ? "" : "not ",
                 nm_irql_name(nm_current_irql()));
    int n = 0;
    for (PNET_BUFFER_LIST nbl = NetBufferLists; nbl && n < 100000; nbl = nbl->Next, n++) {
        struct nblrec *r = find_nbl(nbl);
        if (!r || r->state != 1) {
            nm_violation("NdisModel_NblNotOutstanding", c->line, c->file, NULL,
                         "'%s' completes a NET_BUFFER_LIST that the miniport does not own (%s)", c->spelled,
                         !r              ? "NDIS never sent it"
                         : r->state == 2 ? "it is already completed"
                                         : "it was received");
            continue;
        }
        if (nbl->Status == NDIS_STATUS_PENDING)
            nm_violation("NdisModel_PendingFinalStatus", c->line, c->file, NULL,
                         "'%s' completes a NET_BUFFER_LIST with status NDIS_STATUS_PENDING", c->spelled);
        r->state = 2;
        if (a)
            AD(a)->sends_out--;
    }
    nm_trace("   %d NBL%s completed", n, n == 1 ? "" : "s");
    END();
}

static void ev_return_nbls(struct nm_ev *e)
{
    struct nm_obj *o = nm_obj(e->obj);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.halted)
        return;
    struct nm_adapter *ad = &o->u.ad;
    struct nm_driver *d = DRV(ad->driver);
    PNET_BUFFER_LIST head = e->p1;
    int n = 0;
    for (PNET_BUFFER_LIST nbl = head; nbl; nbl = nbl->Next) {
        struct nblrec *r = find_nbl(nbl);
        if (r && r->state == 3) {
            r->state = 4;
            n++;
        }
    }
    ad->receives_out -= n;
    if (!d->mp.ReturnNetBufferListsHandler)
        return;
    struct nm_frame f;
    char hb[96];
    nm_invoke_begin(&f, ad->driver, "MINIPORT_RETURN_NET_BUFFER_LISTS",
                    handler_name((void *)(uintptr_t)d->mp.ReturnNetBufferListsHandler, hb, sizeof hb), NULL, 0);
    d->mp.ReturnNetBufferListsHandler(ad->context, head,
                                      f.entry == DISPATCH_LEVEL ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
    nm_invoke_end(&f);
}

VOID NDIS_API NdisMIndicateReceiveNetBufferLists(NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferList,
                                                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
                                                 ULONG ReceiveFlags)
{
    BEGIN("NdisMIndicateReceiveNetBufferLists");
    (void)PortNumber;
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    if (a) {
        struct nm_adapter *ad = AD(a);
        if (ad->state != NM_AS_RUNNING && ad->state != NM_AS_PAUSING)
            nm_violation("NdisModel_IndicateWhilePaused", c->line, c->file, NULL,
                         "'%s' indicates received data while adapter %s is %s", c->spelled, ad->name,
                         state_name(ad->state));
        if (((ReceiveFlags & NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL) != 0) != (nm_current_irql() == DISPATCH_LEVEL))
            nm_trace("   (ReceiveFlags says %sDISPATCH_LEVEL, the IRQL is %s)",
                     ReceiveFlags & NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL ? "" : "not ", nm_irql_name(nm_current_irql()));
        ULONG n = 0;
        for (PNET_BUFFER_LIST nbl = NetBufferList; nbl && n < 100000; nbl = nbl->Next) {
            n++;
            struct nblrec *r = find_nbl(nbl);
            if (!r) {
                nbls = grow(nbls, &capnbls, nnbls + 1, sizeof *nbls);
                nbls[nnbls++] = (struct nblrec){nbl, a, 0};
                r = &nbls[nnbls - 1];
            }
            r->state = (ReceiveFlags & NDIS_RECEIVE_FLAGS_RESOURCES) ? 4 : 3;
        }
        if (n != NumberOfNetBufferLists)
            nm_trace("   (NumberOfNetBufferLists is %lu, the chain has %lu)", (unsigned long)NumberOfNetBufferLists,
                     (unsigned long)n);
        nm_trace("   %lu NBL%s received%s", (unsigned long)n, n == 1 ? "" : "s",
                 (ReceiveFlags & NDIS_RECEIVE_FLAGS_RESOURCES) ? " (resources low: returned at once)" : "");
        if (!(ReceiveFlags & NDIS_RECEIVE_FLAGS_RESOURCES) && n) {
            ad->receives_out += (int)n;
            struct nm_ev *e = nm_queue("return NBLs", ev_return_nbls, a);
            e->p1 = NetBufferList;
        }
    }
    END();
}

NDIS_HANDLE NDIS_API NdisAllocateNetBufferListPool(NDIS_HANDLE NdisHandle,
                                                   const NET_BUFFER_LIST_POOL_PARAMETERS *Parameters)
{
    BEGIN("NdisAllocateNetBufferListPool");
    (void)Parameters;
    H(0, NdisHandle);
    CHECK();
    int id = nm_obj_new(NM_K_NBLPOOL);
    nm_obj_origin(id, c, NdisHandle);
    END();
    return nm_handle(id);
}

VOID NDIS_API NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle)
{
    BEGIN("NdisFreeNetBufferListPool");
    H(0, PoolHandle);
    CHECK();
    int id = nm_resolve(PoolHandle, NM_K_NBLPOOL);
    if (id)
        nm_obj_free(id);
    END();
}

static PNET_BUFFER_LIST alloc_nbl(struct nm_call *c, NDIS_HANDLE PoolHandle, int with_nb, PMDL MdlChain,
                                  ULONG DataOffset, SIZE_T DataLength)
{
    int id = nm_resolve(PoolHandle, NM_K_NBLPOOL);
    if (!id)
        return NULL;
    struct nbl_block {
        NET_BUFFER_LIST nbl;
        NET_BUFFER nb;
    };
    int a = nm_obj(id)->org.adapter;
    struct nbl_block *b = nm_mem_alloc(sizeof *b, 0, "NET_BUFFER_LIST", c, a ? nm_handle(a) : NULL);
    b->nbl.NdisPoolHandle = PoolHandle;
    if (with_nb) {
        b->nbl.FirstNetBuffer = &b->nb;
        b->nb.MdlChain = b->nb.CurrentMdl = MdlChain;
        b->nb.DataOffset = b->nb.CurrentMdlOffset = DataOffset;
        b->nb.DataLength = (ULONG)DataLength;
        b->nb.NdisPoolHandle = PoolHandle;
    }
    return &b->nbl;
}

PNET_BUFFER_LIST NDIS_API NdisAllocateNetBufferList(NDIS_HANDLE PoolHandle, USHORT ContextSize, USHORT ContextBackFill)
{
    BEGIN("NdisAllocateNetBufferList");
    (void)ContextSize;
    (void)ContextBackFill;
    H(0, PoolHandle);
    CHECK();
    PNET_BUFFER_LIST nbl = alloc_nbl(c, PoolHandle, 0, NULL, 0, 0);
    END();
    return nbl;
}

PNET_BUFFER_LIST NDIS_API NdisAllocateNetBufferAndNetBufferList(NDIS_HANDLE PoolHandle, USHORT ContextSize,
                                                                USHORT ContextBackFill, PMDL MdlChain, ULONG DataOffset,
                                                                SIZE_T DataLength)
{
    BEGIN("NdisAllocateNetBufferAndNetBufferList");
    (void)ContextSize;
    (void)ContextBackFill;
    H(0, PoolHandle);
    CHECK();
    PNET_BUFFER_LIST nbl = alloc_nbl(c, PoolHandle, 1, MdlChain, DataOffset, DataLength);
    END();
    return nbl;
}

VOID NDIS_API NdisFreeNetBufferList(PNET_BUFFER_LIST NetBufferList)
{
    BEGIN("NdisFreeNetBufferList");
    CHECK();
    struct nblrec *r = find_nbl(NetBufferList);
    if (r && r->state == 3)
        nm_violation("NdisModel_NblNotOutstanding", c->line, c->file, NULL,
                     "'%s' frees a NET_BUFFER_LIST that was indicated and is not returned yet", c->spelled);
    nm_mem_release(NetBufferList, "NET_BUFFER_LIST", c);
    END();
}

/* NdisGetDataBuffer (ddi/ndis/nf-ndis-ndisgetdatabuffer): a pointer to BytesNeeded contiguous bytes
 * at the NET_BUFFER's current data start: into the MDL when they lie in one, else copied to Storage
 * (NULL if Storage is NULL or the data is shorter). Alignment requests are not modelled. */
PVOID NDIS_API NdisGetDataBuffer(PNET_BUFFER NetBuffer, ULONG BytesNeeded, PVOID Storage, UINT AlignMultiple,
                                 UINT AlignOffset)
{
    BEGINQ("NdisGetDataBuffer");
    (void)AlignMultiple;
    (void)AlignOffset;
    PVOID r = NULL;
    if (NetBuffer && NetBuffer->CurrentMdl && NetBuffer->DataLength >= BytesNeeded) {
        PMDL m = NetBuffer->CurrentMdl;
        ULONG off = NetBuffer->CurrentMdlOffset;
        if (m->ByteCount >= off + BytesNeeded) {
            r = (UCHAR *)m->MappedSystemVa + off;
        } else if (Storage) {
            ULONG got = 0;
            for (; m && got < BytesNeeded; m = m->Next, off = 0) {
                ULONG take = m->ByteCount - off < BytesNeeded - got ? m->ByteCount - off : BytesNeeded - got;
                memcpy((UCHAR *)Storage + got, (UCHAR *)m->MappedSystemVa + off, take);
                got += take;
            }
            r = got == BytesNeeded ? Storage : NULL;
        }
    }
    END();
    return r;
}

PMDL NDIS_API NdisAllocateMdl(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, UINT Length)
{
    BEGIN("NdisAllocateMdl");
    H(0, NdisHandle);
    CHECK();
    PMDL m = nm_mem_alloc(sizeof *m, 0, "MDL", c, NdisHandle);
    m->MappedSystemVa = m->StartVa = VirtualAddress;
    m->ByteCount = Length;
    END();
    return m;
}

VOID NDIS_API NdisFreeMdl(PMDL Mdl)
{
    BEGIN("NdisFreeMdl");
    CHECK();
    nm_mem_release(Mdl, "MDL", c);
    END();
}

/* ================================================================ status indications */

VOID NDIS_API NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle, PNDIS_STATUS_INDICATION StatusIndication)
{
    BEGIN("NdisMIndicateStatusEx");
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, "NdisMIndicateStatusEx");
    char sb[32];
    nm_trace("   status %s", status_text(StatusIndication->StatusCode, sb, sizeof sb));
    if (a && StatusIndication->StatusCode == NDIS_STATUS_LINK_STATE && StatusIndication->StatusBuffer &&
        StatusIndication->StatusBufferSize >= sizeof(NDIS_LINK_STATE))
        AD(a)->media_connect = ((PNDIS_LINK_STATE)StatusIndication->StatusBuffer)->MediaConnectState;
    END();
}

/* ================================================================ pause, restart, reset, hang, shutdown, halt */

static void pause_done(int a, const char *handler)
{
    struct nm_adapter *ad = AD(a);
    if (ad->sends_out > 0 || ad->receives_out > 0)
        nm_violation("NdisModel_PauseIncomplete", 0, "", handler,
                     "the pause of %s completes with %d sent NBL%s not completed and %d indicated NBL%s not returned; "
                     "MiniportPause must wait for both",
                     ad->name, ad->sends_out, ad->sends_out == 1 ? "" : "s", ad->receives_out,
                     ad->receives_out == 1 ? "" : "s");
    ad->state = NM_AS_PAUSED;
    nm_trace("   adapter %s is Paused", ad->name);
}

NDIS_STATUS nm_miniport_restart(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 || o->u.ad.state != NM_AS_PAUSED)
        return NDIS_STATUS_FAILURE;
    struct nm_driver *d = DRV(o->u.ad.driver);
    NDIS_MINIPORT_RESTART_PARAMETERS rp;
    memset(&rp, 0, sizeof rp);
    rp.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    rp.Header.Revision = NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1;
    rp.Header.Size = NDIS_SIZEOF_MINIPORT_RESTART_PARAMETERS_REVISION_1;
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    o->u.ad.state = NM_AS_RESTARTING;
    nm_trace("-- restart adapter %s", o->u.ad.name);
    if (d->mp.RestartHandler)
        INVOKE(o->u.ad.driver, "MINIPORT_RESTART", d->mp.RestartHandler,
               st = d->mp.RestartHandler(o->u.ad.context, &rp));
    struct nm_adapter *ad = AD(adapter);
    if (st == NDIS_STATUS_SUCCESS)
        ad->state = NM_AS_RUNNING;
    else if (st != NDIS_STATUS_PENDING)
        ad->state = NM_AS_PAUSED;
    nm_trace("   adapter %s is %s", ad->name, state_name(ad->state));
    return st;
}

VOID NDIS_API NdisMRestartComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_STATUS Status)
{
    BEGIN("NdisMRestartComplete");
    H(0, MiniportAdapterHandle);
    ST(1, Status);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    if (a) {
        struct nm_adapter *ad = AD(a);
        if (Status == NDIS_STATUS_PENDING)
            nm_violation("NdisModel_PendingFinalStatus", c->line, c->file, NULL,
                         "'%s' completes the restart with NDIS_STATUS_PENDING", c->spelled);
        if (ad->state != NM_AS_RESTARTING)
            nm_violation("NdisModel_UnexpectedComplete", c->line, c->file, NULL,
                         "'%s' is called while adapter %s is %s: no restart is pending", c->spelled, ad->name,
                         state_name(ad->state));
        else
            ad->state = Status == NDIS_STATUS_SUCCESS ? NM_AS_RUNNING : NM_AS_PAUSED;
        nm_trace("   adapter %s is %s", ad->name, state_name(ad->state));
    }
    END();
}

NDIS_STATUS nm_miniport_pause(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 || o->u.ad.state != NM_AS_RUNNING)
        return NDIS_STATUS_FAILURE;
    struct nm_driver *d = DRV(o->u.ad.driver);
    NDIS_MINIPORT_PAUSE_PARAMETERS pp;
    memset(&pp, 0, sizeof pp);
    pp.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    pp.Header.Revision = NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1;
    pp.Header.Size = NDIS_SIZEOF_MINIPORT_PAUSE_PARAMETERS_REVISION_1;
    pp.PauseReason = NDIS_PAUSE_NDIS_INTERNAL;
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    char hb[96], sb[32];
    const char *hn = handler_name((void *)(uintptr_t)d->mp.PauseHandler, hb, sizeof hb);
    o->u.ad.state = NM_AS_PAUSING;
    nm_trace("-- pause adapter %s", o->u.ad.name);
    if (d->mp.PauseHandler)
        INVOKE(o->u.ad.driver, "MINIPORT_PAUSE", d->mp.PauseHandler, st = d->mp.PauseHandler(o->u.ad.context, &pp));
    if (st == NDIS_STATUS_SUCCESS) {
        pause_done(adapter, hn);
    } else if (st == NDIS_STATUS_PENDING) {
        nm_trace("   the pause pends");
    } else {
        nm_violation("MiniportPause_Return", 0, "", hn,
                     "%s returns %s; MiniportPause may return only NDIS_STATUS_SUCCESS or NDIS_STATUS_PENDING", hn,
                     status_text(st, sb, sizeof sb));
        AD(adapter)->state = NM_AS_PAUSED;
    }
    return st;
}

VOID NDIS_API NdisMPauseComplete(NDIS_HANDLE MiniportAdapterHandle)
{
    BEGIN("NdisMPauseComplete");
    H(0, MiniportAdapterHandle);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    if (a) {
        struct nm_adapter *ad = AD(a);
        if (ad->state != NM_AS_PAUSING)
            nm_violation("NdisModel_UnexpectedComplete", c->line, c->file, NULL,
                         "'%s' is called while adapter %s is %s: no pause is pending", c->spelled, ad->name,
                         state_name(ad->state));
        else
            pause_done(a, "");
    }
    END();
}

NDIS_STATUS nm_miniport_reset(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 || o->u.ad.halted)
        return NDIS_STATUS_FAILURE;
    struct nm_driver *d = DRV(o->u.ad.driver);
    if (!d->mp.ResetHandlerEx || o->u.ad.resetting)
        return NDIS_STATUS_FAILURE;
    BOOLEAN addressing = FALSE;
    NDIS_STATUS st = NDIS_STATUS_SUCCESS;
    nm_trace("-- reset adapter %s", o->u.ad.name);
    INVOKE(o->u.ad.driver, "MINIPORT_RESET", d->mp.ResetHandlerEx,
           st = d->mp.ResetHandlerEx(o->u.ad.context, &addressing));
    if (st == NDIS_STATUS_PENDING)
        AD(adapter)->resetting = 1;
    return st;
}

VOID NDIS_API NdisMResetComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_STATUS Status, BOOLEAN AddressingReset)
{
    BEGIN("NdisMResetComplete");
    (void)AddressingReset;
    H(0, MiniportAdapterHandle);
    ST(1, Status);
    CHECK();
    int a = live_adapter(c, MiniportAdapterHandle, NULL);
    if (a) {
        if (Status == NDIS_STATUS_PENDING)
            nm_violation("NdisModel_PendingFinalStatus", c->line, c->file, NULL,
                         "'%s' completes the reset with NDIS_STATUS_PENDING", c->spelled);
        if (!AD(a)->resetting)
            nm_violation("NdisModel_UnexpectedComplete", c->line, c->file, NULL,
                         "'%s' is called while no reset of adapter %s is pending", c->spelled, AD(a)->name);
        AD(a)->resetting = 0;
    }
    END();
}

BOOLEAN nm_miniport_check_for_hang(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 || o->u.ad.halted)
        return FALSE;
    struct nm_driver *d = DRV(o->u.ad.driver);
    if (!d->mp.CheckForHangHandlerEx)
        return FALSE;
    BOOLEAN hung = FALSE;
    INVOKE(o->u.ad.driver, "MINIPORT_CHECK_FOR_HANG", d->mp.CheckForHangHandlerEx,
           hung = d->mp.CheckForHangHandlerEx(o->u.ad.context));
    if (hung) {
        nm_trace("   the adapter reports a hang: NDIS resets it");
        nm_miniport_reset(adapter);
    }
    return hung;
}

void nm_miniport_shutdown(int adapter, NDIS_SHUTDOWN_ACTION action)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 || o->u.ad.halted)
        return;
    struct nm_driver *d = DRV(o->u.ad.driver);
    nm_trace("-- shutdown adapter %s", o->u.ad.name);
    /* a normal shutdown runs at PASSIVE_LEVEL; on a bug check at the highest IRQL of the role */
    if (action == NdisShutdownBugCheck)
        nm_invoke_next_at_highest();
    if (d->mp.ShutdownHandlerEx)
        INVOKE(o->u.ad.driver, "MINIPORT_SHUTDOWN", d->mp.ShutdownHandlerEx,
               d->mp.ShutdownHandlerEx(o->u.ad.context, action));
}

void nm_miniport_device_pnp(int adapter, NDIS_DEVICE_PNP_EVENT event)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0 || o->u.ad.halted)
        return;
    struct nm_driver *d = DRV(o->u.ad.driver);
    NET_DEVICE_PNP_EVENT ev;
    memset(&ev, 0, sizeof ev);
    ev.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    ev.DevicePnPEvent = event;
    nm_trace("-- device PnP event %d on adapter %s", (int)event, o->u.ad.name);
    if (d->mp.DevicePnPEventNotifyHandler)
        INVOKE(o->u.ad.driver, "MINIPORT_DEVICE_PNP_EVENT_NOTIFY", d->mp.DevicePnPEventNotifyHandler,
               d->mp.DevicePnPEventNotifyHandler(o->u.ad.context, &ev));
}

static int not_pausing(void *ctx)
{
    return AD((int)(intptr_t)ctx)->state != NM_AS_PAUSING;
}

static int no_oids(void *ctx)
{
    for (int i = 0; i < noids; i++)
        if (oids[i]->adapter == (int)(intptr_t)ctx && oids[i]->state != 2)
            return 0;
    return 1;
}

void nm_halt_adapter(int adapter)
{
    struct nm_obj *o = nm_obj(adapter);
    if (!o || o->kind != NM_K_ADAPTER || o->u.ad.halted)
        return;
    int bound = 0;
    for (int b = 1; b < NM_MAX_OBJ && nm_obj(b); b++)
        if (nm_obj(b)->kind == NM_K_BINDING && nm_obj(b)->u.b.adapter == adapter) {
            nm_unbind_binding(b);
            bound = 1;
        }
    if (bound)
        nm_run_until_idle();
    o = nm_obj(adapter);
    int drv = o->u.ad.driver;
    if (drv <= 0) {
        o->u.ad.halted = 1;
        return;
    }
    if (o->u.ad.state == NM_AS_RUNNING) {
        nm_trace("   NDIS pauses the running adapter before it halts it");
        nm_miniport_pause(adapter);
        if (!nm_run_until(not_pausing, (void *)(intptr_t)adapter))
            nm_trace("!! the pause of %s never completes; NDIS halts it anyway", AD(adapter)->name);
    }
    if (!nm_run_until(no_oids, (void *)(intptr_t)adapter))
        nm_trace("!! an OID request of %s never completes; NDIS halts it anyway", AD(adapter)->name);
    o = nm_obj(adapter);
    struct nm_driver *d = DRV(drv);
    char hb[96];
    const char *hn = handler_name((void *)(uintptr_t)d->mp.HaltHandlerEx, hb, sizeof hb);
    o->u.ad.state = NM_AS_HALTING;
    nm_trace("-- halt adapter %s", o->u.ad.name);
    if (d->mp.HaltHandlerEx)
        INVOKE(drv, "MINIPORT_HALT", d->mp.HaltHandlerEx, d->mp.HaltHandlerEx(o->u.ad.context, NdisHaltDeviceDisabled));
    adapter_resource_checks(adapter, 0, hn);
    o = nm_obj(adapter);
    o->u.ad.state = NM_AS_HALTED;
    o->u.ad.halted = 1;
}

void nm_miniport_end(void)
{
    for (int i = 0; i < noids; i++)
        if (oids[i]->state == 1)
            nm_violation("NdisModel_PendingNeverCompleted", 0, "", oids[i]->handler,
                         "the OID request 0x%08X that %s pended is never completed with NdisMOidRequestComplete",
                         (unsigned)req_oid(&oids[i]->req), oids[i]->handler);
    for (int id = 1; id < nm_obj_count(); id++) {
        struct nm_obj *o = nm_obj(id);
        if (o->kind != NM_K_ADAPTER || o->u.ad.driver <= 0)
            continue;
        struct nm_adapter *ad = &o->u.ad;
        const char *what = ad->state == NM_AS_PAUSING      ? "the pause (NdisMPauseComplete)"
                           : ad->state == NM_AS_RESTARTING ? "the restart (NdisMRestartComplete)"
                           : ad->resetting                 ? "the reset (NdisMResetComplete)"
                                                           : NULL;
        if (what)
            nm_violation("NdisModel_PendingNeverCompleted", 0, "", "", "%s of adapter %s is never completed", what,
                         ad->name);
        if (ad->sends_out > 0 && !ad->halted)
            nm_violation("NdisModel_PendingNeverCompleted", 0, "", "",
                         "%d NBL%s sent to adapter %s %s never completed with NdisMSendNetBufferListsComplete",
                         ad->sends_out, ad->sends_out == 1 ? "" : "s", ad->name, ad->sends_out == 1 ? "is" : "are");
    }
}

/*
 * nm_internal.h - shared state of libndismodel's modules (not for drivers or scenarios).
 *
 * Modules: nm_rules.c (rules/ through the rule database), nm_core.c (objects and generation-checked
 * handles, simulated IRQL, trace, verifier, scheduler), nm_locks.c (IRQL routines and spin locks
 * with held-lock tracking), nm_os.c (memory with tags, timers, work items, events, strings),
 * nm_ddi.c (protocol, binding and CoNDIS DDIs), nm_miniport.c (the NDIS 6 miniport lifecycle:
 * adapters, interrupts, DMA, shared memory, configuration, OID requests, the data path,
 * pause/restart/reset/halt, the checks at Initialize failure, Halt and Unload), nm_client.c (the
 * built-in client). Everything lives in one run-scoped state, freed by nm_free.
 */
#ifndef NM_INTERNAL_H
#define NM_INTERNAL_H

#include "nm_model.h"
#include "ruledb.h"
#include <stdint.h>

#define NM_DIRQL 5 /* the device IRQL the model runs ISRs at */
#define NM_MAX_OBJ 4096

/* ---- rules (nm_rules.c) ----
 * The model reads rules/ through the checker's rule database (checker/ruledb.h, library
 * ddicheck_ruledb): the same typed definitions, the same validation, the same IRQL vocabulary. */
struct nm_rules {
    struct rules db;
};

/* Loads `dir` (rules/) into r; on a bad file prints "FILE:LINE: error: ..." on stderr and
 * returns -1. */
int nm_rules_load(struct nm_rules *r, const char *dir);
void nm_rules_free(struct nm_rules *r);
/* The IRQL row of a DDI (facts/ddi-irql.tsv), or NULL. */
const struct ddi_fact *nm_rules_irql(const struct nm_rules *r, const char *ddi);
/* The entry IRQL row of a callback role (facts/role-irql.tsv), or NULL. */
const struct role_fact *nm_rules_role(const struct nm_rules *r, const char *role);
/* The name of a status (facts/ndis-status.tsv), else "0x%08X" written into buf. */
const char *nm_rules_status_name(const struct nm_rules *r, NDIS_STATUS st, char *buf, size_t n);
/* The value of a status name: 0, or -1 if unknown. */
int nm_rules_status_value(const struct nm_rules *r, const char *name, NDIS_STATUS *out);
/* 1 if rules/defs defines the rule id. */
int nm_rules_has(const struct nm_rules *r, const char *id);
char *nm_strdup(const char *s);   /* run-arena copy */
struct arena *nm_run_arena(void); /* the run arena: strings of the trace and the violations */
void nm_arena_free(void);

struct nm_call;

/* ---- objects and handles (nm_core.c) ---- */
enum nm_kind {
    NM_K_FREE,
    NM_K_DRIVER,
    NM_K_ADAPTER,
    NM_K_BINDING,
    NM_K_AFREG,
    NM_K_AF,
    NM_K_SAP,
    NM_K_VC,
    NM_K_TIMER,
    NM_K_WORKITEM,
    NM_K_INTERRUPT,
    NM_K_BINDCTX,
    NM_K_SGDMA,
    NM_K_CONFIG,
    NM_K_NBLPOOL,
    NM_K_FILTER /* a filter module (nm_filter.c) */
};

enum nm_drv_type { NM_DRV_UNKNOWN, NM_DRV_MINIPORT, NM_DRV_PROTOCOL, NM_DRV_PROTOCOL5, NM_DRV_FILTER };

struct nm_driver {
    const char *name;
    enum nm_drv_type type;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS mp;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS pr;
    NDIS_FILTER_DRIVER_CHARACTERISTICS flt;
#if NDIS_LEGACY_PROTOCOL
    NDIS_PROTOCOL_CHARACTERISTICS pr5;
#endif
    NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS cm;
    int has_cm;
    NDIS_CO_CLIENT_OPTIONAL_HANDLERS cl;
    int has_cl;
    NDIS_PROTOCOL_CO_CHARACTERISTICS co;
    int has_co;
    NDIS_HANDLE context;  /* ProtocolDriverContext / MiniportDriverContext */
    int registered;       /* protocol/miniport registration live */
    DRIVER_OBJECT object; /* what DriverEntry received (DriverUnload) */
};

struct nm_adapter {
    int driver; /* miniport driver object, -1 for a virtual adapter */
    const char *name;
    NDIS_HANDLE context; /* MiniportAdapterContext */
    int interrupt;       /* interrupt object, 0 if none */
    int (*irq_pending)(void *ctx);
    int halted; /* MiniportHaltEx returned, or initialization failed */
    enum nm_adapter_state state;
    int sgdma;           /* scatter/gather DMA object, 0 if none */
    int reg_attrs;       /* registration attributes set */
    int gen_attrs;       /* general attributes set */
    int resetting;       /* MiniportResetEx pended */
    int sends_out;       /* NBLs given to MiniportSendNetBufferLists and not completed */
    int receives_out;    /* NBLs indicated and not yet returned */
    int hang_seconds;    /* CheckForHangTimeInSeconds */
    ULONG media_connect; /* NDIS_MEDIA_CONNECT_STATE last indicated (or the general attributes') */
};

struct nm_binding {
    int protocol;        /* driver object */
    int adapter;         /* adapter object */
    NDIS_HANDLE context; /* ProtocolBindingContext */
    int open;
};

struct nm_afreg { /* an AF a call manager registered on an adapter */
    int cm_driver;
    int adapter;
    int cm_binding; /* cm_binding 0 for an MCM */
    CO_ADDRESS_FAMILY family;
    int live;
};

struct nm_af {
    int afreg;
    int cl_binding;
    int cl_driver;
    int cm_driver;
    NDIS_HANDLE cl_context, cm_context;
    int open; /* 0 opening, 1 open, 2 closing, 3 closed */
    int notify_close_pending;
};

struct nm_sap {
    int af;
    NDIS_HANDLE cl_context, cm_context;
    PCO_SAP sap;
    int state; /* 0 registering, 1 registered, 2 deregistering */
};

struct nm_vc {
    int af;
    int owner_driver;
    NDIS_HANDLE cm_context, cl_context;
    int active;
};

struct nm_timer {
    int driver;
    PNDIS_TIMER_FUNCTION fn;
    PVOID ctx;
    int armed;
    ULONG period;
    int fired;
    const char *set_file; /* where it was last armed */
    int set_line;
};
struct nm_workitem {
    int driver;
    NDIS_IO_WORKITEM_ROUTINE fn;
    PVOID ctx;
    int queued;
};
struct nm_interrupt {
    int adapter;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS chars;
    NDIS_HANDLE ctx;
};
struct nm_bindctx {
    int binding;
    int unbind;
};
struct nm_sgdma {
    int adapter;
    NDIS_SG_DMA_DESCRIPTION desc;
};
struct nm_config {
    int adapter;
    void *params; /* NDIS_CONFIGURATION_PARAMETERs handed out (malloc list), freed at close */
};

/* Where an object came from: the driver and adapter that allocated it and the call site. */
struct nm_origin {
    int driver;
    int adapter; /* the adapter whose handle was passed, 0 for none (driver handle) */
    int in_init; /* allocated while the adapter's MiniportInitializeEx ran */
    const char *ddi, *file;
    int line;
};

struct nm_obj {
    enum nm_kind kind;
    enum nm_kind was; /* the kind it had before nm_obj_free */
    uint32_t gen;
    struct nm_origin org;
    union {
        struct nm_driver drv;
        struct nm_adapter ad;
        struct nm_binding b;
        struct nm_afreg ar;
        struct nm_af af;
        struct nm_sap sap;
        struct nm_vc vc;
        struct nm_timer tm;
        struct nm_workitem wi;
        struct nm_interrupt in;
        struct nm_bindctx bc;
        struct nm_sgdma sg;
        struct nm_config cf;
    } u;
};

int nm_obj_new(enum nm_kind k);
struct nm_obj *nm_obj(int id);
void nm_obj_free(int id);
NDIS_HANDLE nm_handle(int id);
/* Resolves a handle to an object of kind k; 0 if the handle is not a live object of that
 * kind (stale handles are reported by the verifier, see nm_ddi_check). */
int nm_resolve(NDIS_HANDLE h, enum nm_kind k);
/* The kind a handle's object had when it was freed (NM_K_FREE if the handle names a live object
 * or is no model handle): how a DDI tells a handle it gave back from a bad one. */
enum nm_kind nm_handle_was(NDIS_HANDLE h);
/* Number of object slots in use (ids are 1..nm_obj_count()-1; freed ones have kind NM_K_FREE). */
int nm_obj_count(void);
/* Records where object id came from: the current driver, the adapter named by ndis_handle (if
 * any) and c's call site. */
void nm_obj_origin(int id, const struct nm_call *c, NDIS_HANDLE ndis_handle);

/* ---- verifier and calls (nm_core.c) ---- */
struct nm_call {
    const char *fn;      /* function implementing the DDI */
    const char *spelled; /* name at the call site */
    const char *file;
    int line;
    int driver; /* calling driver, 0 if none */
    int irql;
    struct nm_call_handle {
        int idx;
        NDIS_HANDLE h;
        const char *param;
    } * h; /* the handle arguments (nm_arg_handle), nh of them; heap, grows */
    int nh, cap_h;
    struct nm_call_status {
        int idx;
        NDIS_STATUS st;
    } * st; /* the status arguments (nm_arg_status), nst of them; heap, grows */
    int nst, cap_st;
};

struct nm_call *nm_ddi_begin(const char *fn);
struct nm_call *nm_ddi_begin_q(const char *fn, int quiet); /* quiet: no trace line */
void nm_arg_handle(struct nm_call *c, int idx, NDIS_HANDLE h, const char *param);
void nm_arg_status(struct nm_call *c, int idx, NDIS_STATUS st);
void nm_ddi_check(struct nm_call *c);
void nm_arg_out(struct nm_call *c, int idx, NDIS_HANDLE h);
void nm_ddi_end(struct nm_call *c);
void nm_violation(const char *rule, int line, const char *file, const char *function, const char *fmt, ...);
void nm_trace(const char *fmt, ...);

/* Handler invocation: sets the current driver and the entry IRQL of the role (a choice
 * for top-level calls of "<= DISPATCH_LEVEL" roles), and creates typestate objects the
 * role hands out. */
struct nm_frame {
    int driver;
    int irql;
    int entry;
    const char *role;
    const char *handler;
    int serial;          /* this invocation's number (held locks remember it) */
    struct nm_frame *up; /* the invocation this one is nested in */
    int in_driver;       /* the driver whose handler this is (driver: the caller's, restored at exit) */
    int nparams;         /* how many of the handler's first parameters `params` holds (at most 4) */
    NDIS_HANDLE params[4];
};
void nm_invoke_begin(struct nm_frame *f, int driver, const char *role, const char *handler, const NDIS_HANDLE *params,
                     int nparams);
void nm_invoke_end(struct nm_frame *f);
/* The next nm_invoke_begin enters its handler at the highest IRQL of its role (HIGH_LEVEL for
 * MINIPORT_SHUTDOWN on a bug check) instead of the lowest or a scheduler choice. */
void nm_invoke_next_at_highest(void);
int nm_current_driver(void);
int nm_current_irql(void);
void nm_set_irql(int irql);
/* The innermost handler invocation, or NULL at the top (a scenario action). */
const struct nm_frame *nm_current_frame(void);
/* 1 if some invocation on the stack plays role (e.g. "MINIPORT_SHUTDOWN"). */
int nm_in_role(const char *role);

/* ---- locks (nm_locks.c) ---- */
/* Called by nm_invoke_end: reports the locks acquired in frame f that are still held. */
void nm_locks_frame_exit(const struct nm_frame *f);
void nm_locks_reset(void);

/* ---- OS services (nm_os.c) ---- */
/* Memory NDIS hands out: nm_mem_alloc allocates and records a zeroed block (what: "memory",
 * "shared memory", "scatter/gather list", ...; handle: the NdisHandle the driver passed, which
 * ties the block to an adapter); nm_mem_track records a block allocated elsewhere. The block stays
 * allocated until nm_free. nm_mem_release marks it freed (0), or reports a double or foreign free
 * (-1). nm_mem_live: 1 if p is a live block of that kind. */
void *nm_mem_alloc(size_t len, ULONG tag, const char *what, const struct nm_call *c, NDIS_HANDLE handle);
void nm_mem_track(void *p, size_t len, ULONG tag, const char *what, const struct nm_call *c, NDIS_HANDLE handle);
int nm_mem_release(void *p, const char *what, const struct nm_call *c);
int nm_mem_live(const void *p, const char *what);
/* Reports the memory, timers, work items, NBL pools and RW locks of `driver` (and, if adapter > 0,
 * only those allocated with that adapter's handle) still allocated; when says when ("when
 * MiniportHaltEx returns"). Returns how many. */
int nm_os_leaks(int driver, int adapter, const char *when, const char *function);
/* Reports the timers of adapter still armed (CancelTimerObject). */
int nm_os_armed_timers(int adapter, const char *function);
void nm_os_reset(void);

/* ---- protocols and bindings (nm_ddi.c) ---- */
/* The driver object a registration DDI fills: the driver whose DriverEntry runs. */
int nm_registering_driver(void);
/* Unbinds one binding (the protocol's unbind handler, then its pending work). */
void nm_unbind_binding(int b);

/* ---- miniports (nm_miniport.c) ---- */
/* The adapter a handle names (a miniport adapter handle), or 0. */
int nm_adapter_of(NDIS_HANDLE h);
void nm_miniport_reset_run(void);
/* nm_filter.c: forgets the filter modules and frees the model's NBLs (nm_begin); reports restarts and
 * pauses still pending (nm_end). */
void nm_filter_reset_run(void);
void nm_filter_end(void);
/* Failure injection (nm_fail_next): 1 if this allocation must fail. */
int nm_fail_take(enum nm_fault what);
/* End-of-scenario checks of the miniport model (requests never completed). */
void nm_miniport_end(void);

/* Request tracking (facts/sap-requests.tsv). */
void nm_request_begin(int sap, const char *role, const char *handler, void *fnptr);
void nm_request_returned(int sap, const char *role, NDIS_STATUS st);
void nm_request_complete(int sap, const char *ddi_spelled, const char *file, int line);

/* Scheduler (nm_core.c). */
struct nm_ev;
typedef void (*nm_ev_fn)(struct nm_ev *e);
struct nm_ev {
    const char *what;
    nm_ev_fn fn;
    int obj;
    void *p1, *p2;
    NDIS_STATUS st;
    struct nm_ev *next;
};
struct nm_ev *nm_queue(const char *what, nm_ev_fn fn, int obj);
int nm_unqueue(nm_ev_fn fn, int obj); /* removes a queued event; 1 if there was one */
int nm_waiting_for_event(PNDIS_EVENT ev);
void nm_run_nested_until(PNDIS_EVENT ev); /* NdisWaitEvent: run the scheduler until set */

extern struct nm_rules nm_R;
extern int nm_timer_ticks;
const char *nm_fn_name(void *fnptr, char *buf, size_t n);

#endif /* NM_INTERNAL_H */

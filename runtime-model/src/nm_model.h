/*
 * nm_model.h - public API of libndismodel, the user-mode reference model of NDIS/CoNDIS.
 *
 * A scenario (a runner harness, a scenario test or a driver developer's lifecycle test)
 * uses this API to load drivers (their DriverEntry), add adapters, bind protocols, run the
 * deterministic scheduler and read the verifier's violations. The DDIs themselves are the
 * ordinary NDIS functions declared by runtime-model/include/ndis.h; the driver calls them
 * and the model implements them (nm_ddi.c).
 *
 * Ownership: the model owns every object it creates for the length of one run (nm_begin ..
 * nm_end); strings returned by the API are model-owned and valid until nm_end.
 * Limits: one run at a time per process; not thread-safe (the model is single-threaded by
 * design: concurrency is simulated by the scheduler's choices).
 */
#ifndef NM_MODEL_H
#define NM_MODEL_H

#include <ndis.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Driver entry point, as the samples define it. */
typedef NTSTATUS (*nm_driver_entry_fn)(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);

/* How the scheduler resolves its choices in one run. */
struct nm_run_options {
    unsigned long long seed; /* pseudo-random choices from this seed (mode "seed") */
    const int *choices;      /* forced choices, then 0 (mode "choices"; used by --explore) */
    int nchoices;
    int use_choices;       /* 1: choices[] drive the run; 0: seed does */
    const char *rules_dir; /* rules/ directory (defs/ and facts/); NULL: built-in default */
    int timer_ticks;       /* how often a periodic timer may fire in one run (default 3) */
    int max_steps;         /* scheduler steps bound (default 400) */
};

/*
 * Starts a run: loads the rule files (errors are printed to stderr with file and line and
 * make it return -1), resets the model, seeds the scheduler. Returns 0 on success.
 */
int nm_begin(const struct nm_run_options *opt);

/*
 * Loads the rule files once for every later run that names the same directory (rules_dir, or
 * NULL for the default nm_begin uses): a runner that forks a child per run loads them in the
 * parent. Errors as nm_begin's; returns 0 or -1. The rules stay loaded until the process ends.
 */
int nm_rules_preload(const char *rules_dir);

/*
 * Ends a run: runs the end-of-scenario checks (pending SAP requests never completed, SAPs
 * still registered) and returns the number of violations. The run's trace and violations
 * stay readable until nm_free.
 */
int nm_end(void);

/* Releases everything the run allocated (rules, objects, trace). */
void nm_free(void);

/* Calls a driver's DriverEntry at PASSIVE_LEVEL; name labels the driver in traces.
 * Returns the driver id (>= 0), or -1 if DriverEntry failed. */
int nm_load_driver(const char *name, nm_driver_entry_fn entry);

/* Calls the unload handler of a driver (miniport UnloadHandler, NDIS 5 protocol
 * UnloadHandler) at PASSIVE_LEVEL, or deregisters an NDIS 6 protocol's bindings. */
void nm_unload_driver(int driver);

/* Adds an adapter. For a miniport driver id, the model calls its InitializeHandlerEx
 * (after SetOptionsHandler ran at registration). For driver -1 the adapter is a virtual
 * CoNDIS adapter with no driver (what a stand-alone call manager binds to).
 * Returns the adapter id, or -1 if initialization failed. */
int nm_add_adapter(int miniport_driver, const char *name);

/* Offers every adapter to every protocol driver (bind handlers at PASSIVE_LEVEL). */
void nm_bind_all(void);

/* Unbinds every open binding of a protocol driver (-1: all protocols). */
void nm_unbind_all(int protocol_driver);

/* Halts a miniport adapter (HaltHandlerEx at PASSIVE_LEVEL) after unbinding its protocols and,
 * when it is Running, pausing it; then checks what it still holds (interrupt, DMA, timers, work
 * items, configuration handles, memory allocated with its handle). */
void nm_halt_adapter(int adapter);

/* ---- NDIS 6 miniport adapters (nm_miniport.c) ----
 * nm_add_adapter leaves a miniport adapter Paused (learn.microsoft.com: network/miniport-adapter-
 * states-and-operations); these drive it the way NDIS does. Call them from a scenario, directly or
 * through nm_queue_action to race them with the driver's pending work. */

/* Miniport adapter states (learn.microsoft.com: network/miniport-adapter-states-and-operations). */
enum nm_adapter_state {
    NM_AS_HALTED,       /* not initialized, or MiniportHaltEx returned (the handle is gone) */
    NM_AS_INITIALIZING, /* MiniportInitializeEx runs */
    NM_AS_PAUSED,
    NM_AS_RESTARTING, /* MiniportRestart returned NDIS_STATUS_PENDING */
    NM_AS_RUNNING,
    NM_AS_PAUSING, /* MiniportPause returned NDIS_STATUS_PENDING */
    NM_AS_HALTING  /* MiniportHaltEx runs */
};

/* MiniportRestart: Running, or Restarting until NdisMRestartComplete. Returns its status
 * (NDIS_STATUS_FAILURE if the adapter is not Paused). */
NDIS_STATUS nm_miniport_restart(int adapter);
/* MiniportPause: Paused, or Pausing until NdisMPauseComplete. Returns its status
 * (NDIS_STATUS_FAILURE if the adapter is not Running). */
NDIS_STATUS nm_miniport_pause(int adapter);
/* MiniportResetEx; returns its status (NDIS_STATUS_PENDING: until NdisMResetComplete). */
NDIS_STATUS nm_miniport_reset(int adapter);
/* MiniportCheckForHangEx; a TRUE answer makes NDIS reset the adapter. */
BOOLEAN nm_miniport_check_for_hang(int adapter);
/* MiniportShutdownEx: at PASSIVE_LEVEL for NdisShutdownPowerOff, at HIGH_LEVEL for
 * NdisShutdownBugCheck (nc-ndis-miniport_shutdown). */
void nm_miniport_shutdown(int adapter, NDIS_SHUTDOWN_ACTION action);
/* ---- NDIS 6 filter modules (nm_filter.c) ----
 * A module of a loaded filter driver over the model's own miniport. nm_filter_attach runs
 * FilterAttach and returns the module number (>= 0) or -1; the module is then Paused.
 * nm_filter_restart / nm_filter_pause return the handler's status (NDIS_STATUS_FAILURE if the module
 * is not Paused / Running); nm_filter_detach pauses a running module first. nm_filter_send gives
 * `count` NBLs to FilterSendNetBufferLists (the miniport below completes them later);
 * nm_filter_receive indicates `count` NBLs from below (the protocols above return
 * them later); nm_filter_net_pnp runs FilterNetPnPEvent. nm_filter_state is an NM_FS_* value. */
enum { NM_FS_DETACHED, NM_FS_ATTACHING, NM_FS_PAUSED, NM_FS_RESTARTING, NM_FS_RUNNING, NM_FS_PAUSING };
int nm_filter_attach(int filter_driver, const char *name);
NDIS_STATUS nm_filter_restart(int module);
NDIS_STATUS nm_filter_pause(int module);
void nm_filter_detach(int module);
int nm_filter_send(int module, int count);
int nm_filter_receive(int module, int count);
NDIS_STATUS nm_filter_net_pnp(int module, NET_PNP_EVENT_CODE event);
int nm_filter_state(int module);
const char *nm_filter_state_name(int state);
/* The sends completed back to the source and the receives returned below, so far. */
void nm_filter_counts(int module, int *sends_completed, int *receives_returned);

/* MiniportDevicePnPEventNotify (PASSIVE_LEVEL) with a device PnP event such as
 * NdisDevicePnPEventSurpriseRemoved; nothing if the driver has no such handler. */
void nm_miniport_device_pnp(int adapter, NDIS_DEVICE_PNP_EVENT event);
/* Issues an OID request (data/len: the set data; a query gets a 512-byte buffer). NDIS issues one
 * request at a time per adapter: a request waits for the outstanding one. Returns the final
 * status of a request completed synchronously, else NDIS_STATUS_PENDING. */
NDIS_STATUS nm_miniport_oid(int adapter, NDIS_REQUEST_TYPE type, NDIS_OID oid, const void *data, ULONG len);
/* Issues the general OIDs NDIS requires a miniport to support (queries and sets), one after the
 * other; an answer NDIS_STATUS_INVALID_OID or NDIS_STATUS_NOT_SUPPORTED is a MandatoryOid violation. */
void nm_miniport_mandatory_oids(int adapter);
/* The packet source: sends a chain of `count` NET_BUFFER_LISTs of `bytes` bytes each to
 * MiniportSendNetBufferLists (SendFlags tell the entry IRQL). Returns how many were sent (0 unless
 * the adapter is Running). Received NBLs go to the model's sink, which returns them later. */
int nm_miniport_send(int adapter, int count, ULONG bytes);
/* The configuration NdisReadConfiguration reads (registry keywords, case-insensitive). */
void nm_config_set_int(const char *keyword, ULONG value);
void nm_config_set_string(const char *keyword, const char *value);
/* Failure injection: the next `count` calls of the named allocation fail. */
enum nm_fault { NM_FAIL_SHARED_MEMORY, NM_FAIL_MEMORY, NM_FAIL_INTERRUPT, NM_FAIL_SG_DMA };
void nm_fail_next(enum nm_fault what, int count);
/* What the scenario may assert about an adapter. */
struct nm_miniport_info {
    int state; /* an enum nm_adapter_state (nm_miniport_state_name names it); -1 for no adapter */
    int sends_outstanding, sends_completed;
    int receives_outstanding, receives_returned;
    int oids_completed, oids_pending;
    NDIS_STATUS last_oid_status;
    ULONG media_connect; /* NDIS_MEDIA_CONNECT_STATE last indicated */
};
void nm_miniport_get_info(int adapter, struct nm_miniport_info *info);
/* The adapter's enum nm_adapter_state, -1 for no adapter; and its name ("Running"). */
int nm_miniport_state(int adapter);
const char *nm_miniport_state_name(int state);

/* Indicates a status on an adapter to the protocols bound to it (NDIS 5 StatusHandler,
 * NDIS 6 StatusHandlerEx / CoStatusHandlerEx), at a scheduler-chosen IRQL <= DISPATCH_LEVEL. */
void nm_indicate_status(int adapter, NDIS_STATUS status);

/* The MiniportAdapterContext a miniport registered for the adapter (NULL if none). */
void *nm_adapter_context(int adapter);

/* Registers the simulated device of an adapter: irq_pending returns nonzero while the
 * device asserts its interrupt line; the scheduler then may run the ISR. */
void nm_adapter_set_device(int adapter, int (*irq_pending)(void *adapter_context));

/* Queues a scenario action as a scheduler event, so that it races with the driver's
 * pending work (DPCs, timers, work items, completions). label names it in the trace. */
void nm_queue_action(const char *label, void (*fn)(void *ctx), void *ctx);

/* Runs the scheduler until nothing is runnable or the step bound is hit. */
void nm_run_until_idle(void);

/* Runs the scheduler until done(ctx) is nonzero or nothing is runnable; returns done(ctx). */
int nm_run_until(int (*done)(void *ctx), void *ctx);

/* A scenario's own expectation (what the driver should have achieved): when cond is 0 the
 * formatted text is recorded as a failed check (not a rule violation: a driver with a seeded bug
 * may fail a check as a consequence). The runner reports failed checks and exits 1. */
void nm_check(int cond, const char *fmt, ...);
int nm_check_failures(void);
const char *nm_check_failure_at(int i);

/* How often a periodic timer may fire in this run (default: nm_run_options.timer_ticks, 6). */
void nm_set_timer_ticks(int ticks);

/* Appends a line to the trace (scenario narration). */
void nm_note(const char *fmt, ...);

/* Resolves one scheduler choice among n (n >= 1); what names it in the trace. */
int nm_choose(int n, const char *what);

/* Results of the run. */
struct nm_violation {
    const char *rule; /* rule id (rules/defs, or a model-only id: see model_only) */
    int model_only;   /* 1: rules/defs does not define the rule (yet); the model checks it on its own */
    const char *message;
    int irql;             /* simulated IRQL at the offending call (3..14 = DIRQL) */
    const char *file;     /* driver source file of the offending call, or "" */
    int line;             /* its line, 0 when unknown */
    const char *function; /* driver function the finding is about (request rules), or "" */
    const char *driver;   /* label of the driver that made the call */
    int trace_index;      /* number of trace lines before the violation */
    int event_index;      /* number of scheduler events run before it (nm_event_at) */
};
int nm_violation_count(void);
const struct nm_violation *nm_violation_at(int i);
int nm_trace_count(void);
const char *nm_trace_at(int i);

/* The scheduler events the run executed, in order, by label ("interrupt DPC", "timer",
 * "work item", a scenario action's label...): what --explore counts distinct orders of. */
int nm_event_count(void);
const char *nm_event_at(int i);

/* The choices made so far in this run: count, and for each the option taken and the
 * number of options (what --explore backtracks over). */
int nm_choice_count(void);
void nm_choice_at(int i, int *taken, int *options);

/* Name of an IRQL for messages: PASSIVE_LEVEL, APC_LEVEL, DISPATCH_LEVEL, DIRQL, HIGH_LEVEL. */
const char *nm_irql_name(int irql);

/* The built-in CoNDIS client (nm_client.c), a clean client that drives a call manager's
 * SAP lifecycle. Load it with nm_load_driver("client", nm_builtin_client_entry). */
NTSTATUS nm_builtin_client_entry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
struct nm_builtin_client_config {
    ULONG sap_id;     /* SAP the client registers when its AF opens */
    int busy_calls;   /* answer this many incoming calls with NDIS_STATUS_RESOURCES */
    int accept_async; /* 1: pend incoming calls and accept them from a scheduler event */
    int register_sap; /* 1 (default): register the SAP when the AF opens */
};
void nm_builtin_client_configure(const struct nm_builtin_client_config *cfg);
/* Client actions (call them directly or through nm_queue_action). */
void nm_builtin_client_deregister_sap(void *unused);
void nm_builtin_client_close_af(void *unused);
/* State of the client, for scenario assertions. */
int nm_builtin_client_sap_registered(void);
int nm_builtin_client_af_open(void);
int nm_builtin_client_calls_connected(void);

#ifdef __cplusplus
}
#endif

#endif /* NM_MODEL_H */

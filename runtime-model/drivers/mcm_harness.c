/*
 * mcm_harness.c - scenarios for the MCM miniport sample (samples/mcm_miniport) on the model.
 *
 * The harness plays the signalling hardware: it reads and sets the sample's simulated
 * registers (MCM_HW_REGS, reached through the MiniportAdapterContext the miniport
 * registered) to raise "SAP done", "call setup" and "link change" interrupts. The peer is
 * the model's built-in client, or with NM_WITH_SAMPLE_CLIENT the client sample
 * (samples/client). It is compiled with the same -D switches as the driver under test.
 */
#include "mcm.h"
#include "nm_scenario.h"
#include <stdint.h>
#ifdef NM_WITH_SAMPLE_CLIENT
#include "cl.h"
DRIVER_INITIALIZE client_DriverEntry;
#endif
DRIVER_INITIALIZE mcm_miniport_DriverEntry;

static int Drv, Client, Adapter;

static int mcm_irq_pending(void *ctx)
{
    PMCM_ADAPTER a = ctx;
    return a && (a->Regs->IntStatus & a->Regs->IntMask) != 0;
}

static PMCM_ADAPTER mcm(void)
{
    return (PMCM_ADAPTER)nm_adapter_context(Adapter);
}

/* Loads the MCM and the client, initializes the adapter with the link up, binds. */
static void bring_up(const struct nm_builtin_client_config *cfg)
{
    struct nm_builtin_client_config dflt = {0x0452, 0, 0, 1};
    nm_builtin_client_configure(cfg ? cfg : &dflt);
    Drv = nm_load_driver("mcm", mcm_miniport_DriverEntry);
#ifdef NM_WITH_SAMPLE_CLIENT
    Client = nm_load_driver("client", client_DriverEntry);
#else
    Client = nm_load_driver("client", nm_builtin_client_entry);
#endif
    Adapter = nm_add_adapter(Drv, "mcm0");
    if (Adapter < 0)
        return;
    mcm()->Regs->LinkUp = 1;
    nm_adapter_set_device(Adapter, mcm_irq_pending);
    nm_bind_all();
}

static void setup_call(void *sap_id)
{
    PMCM_ADAPTER a = mcm();
    if (!a)
        return;
    nm_note("hardware: call setup for SAP 0x%lx", (unsigned long)(uintptr_t)sap_id);
    a->Regs->SetupSapId = (ULONG)(uintptr_t)sap_id;
    a->Regs->IntStatus |= MCM_INT_SETUP_RECEIVED;
}

static void link_down(void *unused)
{
    PMCM_ADAPTER a = mcm();
    (void)unused;
    if (!a)
        return;
    nm_note("hardware: link lost");
    a->Regs->LinkUp = 0;
    a->Regs->IntStatus |= MCM_INT_LINK_CHANGE;
}

#ifdef NM_WITH_SAMPLE_CLIENT
static PCL_BINDING first_binding(void)
{
    return IsListEmpty(&ClBindings) ? NULL : CONTAINING_RECORD(ClBindings.Flink, CL_BINDING, Link);
}
static void client_deregister_sap(void *unused)
{
    PCL_BINDING b = first_binding();
    (void)unused;
    if (b && b->NdisSapHandle) {
        NDIS_HANDLE Sap = b->NdisSapHandle;
        b->NdisSapHandle = NULL;
        (void)NdisClDeregisterSap(Sap);
    }
}
static void client_close_af(void *unused)
{
    PCL_BINDING b = first_binding();
    (void)unused;
    if (b)
        ClStartAfTeardown(b);
}
#define sap_registered() (first_binding() && first_binding()->NdisSapHandle != NULL)
#define af_open() (first_binding() && first_binding()->AfState == ClAfOpen)
#define calls_connected() (-1)
#else
#define client_deregister_sap nm_builtin_client_deregister_sap
#define client_close_af nm_builtin_client_close_af
#define sap_registered nm_builtin_client_sap_registered
#define af_open nm_builtin_client_af_open
#define calls_connected nm_builtin_client_calls_connected
#endif

static void teardown(void)
{
    if (Adapter > 0)
        nm_halt_adapter(Adapter);
    nm_run_until_idle();
    nm_unload_driver(Client);
    nm_unload_driver(Drv);
}

static void sc_lifecycle(void)
{
    bring_up(NULL);
    nm_run_until_idle();
    nm_note("client SAP registered: %d", sap_registered());
    setup_call((void *)(uintptr_t)0x0452);
    nm_run_until_idle();
    nm_note("calls connected: %d", calls_connected());
    client_deregister_sap(NULL);
    nm_run_until_idle();
    client_close_af(NULL);
    nm_run_until_idle();
    teardown();
}

static void sc_sap_pending(void)
{
    bring_up(NULL);
    nm_run_until_idle();
    nm_note("client SAP registered: %d", sap_registered());
    teardown();
}

static void sc_reoffer_busy(void)
{
    struct nm_builtin_client_config cfg = {0x0452, 1, 0, 1};
    bring_up(&cfg);
    nm_run_until_idle();
    setup_call((void *)(uintptr_t)0x0452);
    nm_run_until_idle();
    nm_note("client was busy; the network re-offers the call");
    setup_call((void *)(uintptr_t)0x0452);
    nm_run_until_idle();
    teardown();
}

static void sc_link_loss(void)
{
    bring_up(NULL);
    link_down(NULL);
    nm_run_until_idle();
    nm_note("client AF open after link loss: %d", af_open());
    teardown();
}

static void sc_dereg_races_call(void)
{
    struct nm_builtin_client_config cfg = {0x0452, 0, 1, 1};
    bring_up(&cfg);
    nm_run_until_idle();
    setup_call((void *)(uintptr_t)0x0452);
    nm_queue_action("client deregisters its SAP", client_deregister_sap, NULL);
    nm_run_until_idle();
    nm_note("calls connected: %d (a call received before the deregistration survives it)", calls_connected());
    teardown();
}

static void sc_protocol_unload(void)
{
    bring_up(NULL);
    nm_run_until_idle();
    nm_note("the client unbinds while its SAP and AF are open");
    nm_unbind_all(Client);
    nm_run_until_idle();
    teardown();
}

static void sc_dereg_parked_call(void)
{
    struct nm_builtin_client_config cfg = {0x0452, 1, 0, 1};
    bring_up(&cfg);
    nm_run_until_idle();
    setup_call((void *)(uintptr_t)0x0452);
    nm_run_until_idle();
    nm_note("a call is parked on the SAP; the client deregisters the SAP");
    client_deregister_sap(NULL);
    nm_run_until_idle();
    teardown();
}

static const struct nm_scenario nm_scenarios[] = {
    {"dereg_parked_call", "the client deregisters its SAP while the MCM holds a parked VC for a re-offer on it",
     sc_dereg_parked_call},
    {"lifecycle",
     "AF open, pending SAP registration completed by the DPC, an incoming call accepted, SAP deregistered, AF closed, "
     "halt",
     sc_lifecycle},
    {"sap_pending", "the MCM pends the SAP registration and completes it from its interrupt DPC", sc_sap_pending},
    {"reoffer_busy", "the client refuses a call (busy), the MCM parks the VC and the network re-offers the call",
     sc_reoffer_busy},
    {"link_loss", "the link drops: status indication, the watchdog asks the client to close the AF", sc_link_loss},
    {"dereg_races_call", "an incoming call (accepted asynchronously) races the client's SAP deregistration",
     sc_dereg_races_call},
    {"unbind_open_af",
     "the client unbinds with an open AF and a registered SAP: it deregisters, closes the AF, closes the adapter",
     sc_protocol_unload},
    {NULL, NULL, NULL},
};

#ifdef NM_WITH_SAMPLE_CLIENT
const struct nm_harness nm_harness = {"client", nm_scenarios};
#else
const struct nm_harness nm_harness = {"mcm_miniport", nm_scenarios};
#endif

/*
 * cmcl_harness.c - scenarios for the stand-alone call manager sample (samples/call_manager)
 * together with the client sample (samples/client) on one virtual CoNDIS adapter.
 *
 * Both samples define DriverEntry; their builds rename it (-DDriverEntry=call_manager_
 * DriverEntry, -DDriverEntry=client_DriverEntry) so both live in this one process.
 */
#include "cl.h"
#include "nm_scenario.h"

DRIVER_INITIALIZE call_manager_DriverEntry;
DRIVER_INITIALIZE client_DriverEntry;

static int Cm, Cl, Adapter;

static void bring_up(void)
{
    Cm = nm_load_driver("cm", call_manager_DriverEntry);
    Cl = nm_load_driver("client", client_DriverEntry);
    Adapter = nm_add_adapter(-1, "atm0");
    nm_bind_all();
}

static PCL_BINDING first_binding(void)
{
    return IsListEmpty(&ClBindings) ? NULL : CONTAINING_RECORD(ClBindings.Flink, CL_BINDING, Link);
}

static void client_teardown(void *unused)
{
    PCL_BINDING b = first_binding();
    (void)unused;
    if (b)
        ClStartAfTeardown(b);
}

static void sc_lifecycle(void)
{
    bring_up();
    nm_run_until_idle();
    nm_note("client SAP registered: %d", first_binding() && first_binding()->NdisSapHandle != NULL);
    nm_note("the call manager unbinds: it asks the client to close the AF");
    nm_unbind_all(Cm);
    nm_run_until_idle();
    nm_unbind_all(Cl);
    nm_run_until_idle();
}

static void sc_client_teardown(void)
{
    bring_up();
    nm_run_until_idle();
    nm_queue_action("client tears its AF down", client_teardown, NULL);
    nm_run_until_idle();
    nm_unbind_all(-1);
    nm_run_until_idle();
}

static void sc_teardown_races_sap(void)
{
    bring_up();
    nm_note("the client tears down while the announce timer may still be pending");
    nm_queue_action("client tears its AF down", client_teardown, NULL);
    nm_run_until_idle();
    nm_unbind_all(-1);
    nm_run_until_idle();
}

/* A local SAP (id below CM_LOCAL_SAP_LIMIT) registers synchronously; the model's built-in
 * client stands in for the client sample, whose SAP id is fixed. */
static void sc_local_sap(void)
{
    struct nm_builtin_client_config cfg = {0x0042, 0, 0, 1};
    nm_builtin_client_configure(&cfg);
    Cm = nm_load_driver("cm", call_manager_DriverEntry);
    Cl = nm_load_driver("client", nm_builtin_client_entry);
    Adapter = nm_add_adapter(-1, "atm0");
    nm_bind_all();
    nm_run_until_idle();
    nm_note("client SAP registered: %d", nm_builtin_client_sap_registered());
    nm_builtin_client_deregister_sap(NULL);
    nm_run_until_idle();
    nm_unbind_all(-1);
    nm_run_until_idle();
}

static const struct nm_scenario nm_scenarios[] = {
    {"local_sap", "a local SAP registered synchronously (built-in client), then deregistered (pending, work item)",
     sc_local_sap},
    {"lifecycle",
     "bind, AF registered and opened, the SAP announced (pending, completed by the timer), CM-initiated AF close on "
     "unbind",
     sc_lifecycle},
    {"client_teardown", "the client deregisters its SAP (pending, completed by a work item) and closes the AF",
     sc_client_teardown},
    {"teardown_races_sap", "the client's teardown races the pending SAP registration", sc_teardown_races_sap},
    {NULL, NULL, NULL},
};

const struct nm_harness nm_harness = {"call_manager", nm_scenarios};

/*
 * flt_harness.c - scenarios for the NDIS 6 lightweight filter sample (samples/filter6).
 *
 * The harness plays NDIS around one filter module (the model's nm_filter_* calls): NDIS attaches it
 * over the model's own miniport, restarts and pauses it, sends frames from the protocols above and
 * indicates frames from the miniport below, forwards a PnP event, detaches it and unloads the
 * driver. The miniport below completes sends and the protocols above return receives as scheduler
 * events, so --explore races them with the filter's settle timer and restart work item.
 */
#include "flt.h"
#include "nm_scenario.h"

#include <stdint.h>

DRIVER_INITIALIZE filter6_DriverEntry;

static int Drv, Module;

static void bring_up(void)
{
    nm_set_timer_ticks(1);
    Drv = nm_load_driver("flt", filter6_DriverEntry);
    Module = nm_filter_attach(Drv, "eth0-flt");
    if (Module < 0)
        return;
    nm_check(nm_filter_restart(Module) == NDIS_STATUS_PENDING, "the restart pends on the settle timer");
    nm_run_until_idle();
    nm_check(nm_filter_state(Module) == NM_FS_RUNNING, "the module runs (%s)",
             nm_filter_state_name(nm_filter_state(Module)));
}

static void teardown(void)
{
    if (Module >= 0)
        nm_filter_detach(Module);
    nm_run_until_idle();
    nm_unload_driver(Drv);
}

static void send(void *n)
{
    nm_filter_send(Module, (int)(intptr_t)n);
}

static void pause(void *unused)
{
    (void)unused;
    nm_filter_pause(Module);
}

static void sc_lifecycle(void)
{
    int sent, returned;
    bring_up();
    if (Module < 0)
        return;
    nm_filter_send(Module, 2);
    nm_filter_receive(Module, 3);
    nm_run_until_idle();
    nm_filter_counts(Module, &sent, &returned);
    nm_check(sent == 2 && returned == 3, "2 sends completed (%d), 3 receives returned (%d)", sent, returned);
    nm_check(nm_filter_net_pnp(Module, NetEventReconfigure) == NDIS_STATUS_SUCCESS, "the PnP event is forwarded");
    nm_check(nm_filter_pause(Module) == NDIS_STATUS_SUCCESS, "an idle module pauses at once");
    nm_check(nm_filter_restart(Module) == NDIS_STATUS_PENDING, "the second restart pends too");
    nm_run_until_idle();
    teardown();
}

static void sc_pause_in_flight(void)
{
    bring_up();
    if (Module < 0)
        return;
    nm_queue_action("the protocols send 2 NBLs", send, (void *)2);
    nm_queue_action("NDIS pauses the module", pause, NULL);
    nm_run_until_idle();
    nm_check(nm_filter_state(Module) == NM_FS_PAUSED, "the pause completed (%s)",
             nm_filter_state_name(nm_filter_state(Module)));
    teardown();
}

static const struct nm_scenario nm_scenarios[] = {
    {"lifecycle",
     "attach, restart (settle timer, work item), send and receive, a PnP event, pause, restart, detach, unload",
     sc_lifecycle},
    {"pause_in_flight", "sends race a pause: the pause pends until the miniport below completed them",
     sc_pause_in_flight},
    {NULL, NULL, NULL},
};

const struct nm_harness nm_harness = {"filter6", nm_scenarios};

/*
 * pr5_harness.c - scenarios for the NDIS 5.1 protocol sample (samples/ndis5_protocol).
 *
 * The protocol binds to a virtual adapter; the harness indicates media status changes
 * (which queue the sample's link DPC) and unloads the protocol, whose unload handler calls
 * NdisDeregisterProtocol: NDIS first calls ProtocolUnbindAdapter for each open binding.
 */
#include "nm_scenario.h"
#include "pr5.h"

DRIVER_INITIALIZE ndis5_protocol_DriverEntry;

static int Pr, Adapter;

static void cable_pulled(void *unused)
{
    (void)unused;
    nm_indicate_status(Adapter, NDIS_STATUS_MEDIA_DISCONNECT);
}

static void sc_lifecycle(void)
{
    Pr = nm_load_driver("pr5", ndis5_protocol_DriverEntry);
    Adapter = nm_add_adapter(-1, "eth0");
    nm_bind_all();
    nm_run_until_idle();
    nm_unload_driver(Pr);
    nm_run_until_idle();
}

static void sc_cable_pulled(void)
{
    Pr = nm_load_driver("pr5", ndis5_protocol_DriverEntry);
    Adapter = nm_add_adapter(-1, "eth0");
    nm_bind_all();
    nm_run_until_idle();
    nm_queue_action("cable pulled (media disconnect indication)", cable_pulled, NULL);
    nm_run_until_idle();
    nm_unload_driver(Pr);
    nm_run_until_idle();
}

static const struct nm_scenario nm_scenarios[] = {
    {"lifecycle", "register, bind, unload: NdisDeregisterProtocol unbinds the open binding first", sc_lifecycle},
    {"cable_pulled", "a media-disconnect status queues the link DPC, then the protocol unloads", sc_cable_pulled},
    {NULL, NULL, NULL},
};

const struct nm_harness nm_harness = {"ndis5_protocol", nm_scenarios};

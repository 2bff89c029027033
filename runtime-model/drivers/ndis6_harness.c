/*
 * ndis6_harness.c - scenarios for the NDIS 6 miniport sample (samples/ndis6_miniport).
 *
 * The harness plays NDIS's upper edge (restart, pause, OID requests, the packet source and
 * sink, halt, unload: the model's nm_miniport_* calls) and the device: n6_device is polled by
 * the scheduler at every step and behaves like the NIC's firmware (a rung transmit doorbell
 * completes at once and raises "transmit done", a device command raises "command done"); the
 * scenario actions set the simulated registers to receive frames or change the link. The
 * scenarios check what the driver achieved with nm_check (a failed check is a violation).
 */
#include "n6.h"
#include "nm_scenario.h"

#include <stdint.h>

DRIVER_INITIALIZE ndis6_miniport_DriverEntry;

static int Drv, Adapter, TxStuck;

static PN6_ADAPTER n6(void)
{
    return (PN6_ADAPTER)nm_adapter_context(Adapter);
}

/* The device: what happened since the last step, and whether the interrupt line is asserted. */
static int n6_device(void *ctx)
{
    PN6_HW_REGS r = ((PN6_ADAPTER)ctx)->Regs;
    if (r->TxQueued != r->TxCompleted && !TxStuck) {
        r->TxFrames += r->TxQueued - r->TxCompleted;
        r->TxCompleted = r->TxQueued;
        r->IntStatus |= N6_INT_TX_DONE;
    }
    if (r->CmdPending) {
        r->CmdPending = 0;
        r->IntStatus |= N6_INT_CMD_DONE;
    }
    return (r->IntStatus & r->IntMask) != 0;
}

/* Loads the driver and initializes one adapter (four receive buffers); restart: and runs it.
 * The periodic watchdog fires at most twice per run, which keeps --explore's schedules few. */
static void bring_up(int restart)
{
    nm_set_timer_ticks(2);
    Drv = nm_load_driver("n6", ndis6_miniport_DriverEntry);
    nm_config_set_int("*ReceiveBuffers", 4);
    Adapter = nm_add_adapter(Drv, "eth0");
    if (Adapter < 0)
        return;
    nm_adapter_set_device(Adapter, n6_device);
    if (restart)
        nm_check(nm_miniport_restart(Adapter) == NDIS_STATUS_SUCCESS && nm_miniport_state(Adapter) == NM_AS_RUNNING,
                 "the adapter restarts (state %s)", nm_miniport_state_name(nm_miniport_state(Adapter)));
}

static void teardown(void)
{
    if (Adapter > 0)
        nm_halt_adapter(Adapter);
    nm_run_until_idle();
    nm_unload_driver(Drv);
}

static void hw_link(void *up)
{
    if (!n6())
        return;
    nm_note("hardware: link %s", up ? "up" : "down");
    n6()->Regs->LinkUp = up ? 1 : 0;
    n6()->Regs->IntStatus |= N6_INT_LINK;
}

static void hw_receive(void *frames)
{
    if (!n6())
        return;
    nm_note("hardware: %d frame%s received", (int)(intptr_t)frames, (intptr_t)frames == 1 ? "" : "s");
    n6()->Regs->RxReady += (ULONG)(intptr_t)frames;
    n6()->Regs->IntStatus |= N6_INT_RX;
}

static void send(void *nbls)
{
    nm_miniport_send(Adapter, (int)(intptr_t)nbls, 256);
}

static void query_statistics(void *unused)
{
    (void)unused;
    nm_miniport_oid(Adapter, NdisRequestQueryInformation, OID_GEN_STATISTICS, NULL, 0);
}

static void set_link_parameters(void *unused)
{
    NDIS_LINK_PARAMETERS p;
    (void)unused;
    NdisZeroMemory(&p, sizeof p);
    p.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    p.Header.Revision = NDIS_LINK_PARAMETERS_REVISION_1;
    p.Header.Size = NDIS_SIZEOF_LINK_PARAMETERS_REVISION_1;
    p.MediaDuplexState = MediaDuplexStateFull;
    p.XmitLinkSpeed = p.RcvLinkSpeed = N6_LINK_SPEED;
    nm_miniport_oid(Adapter, NdisRequestSetInformation, OID_GEN_LINK_PARAMETERS, &p, sizeof p);
}

static void pause(void *unused)
{
    (void)unused;
    nm_miniport_pause(Adapter);
}

static void halt(void *unused)
{
    (void)unused;
    nm_halt_adapter(Adapter);
}

static struct nm_miniport_info info(void)
{
    struct nm_miniport_info i;
    nm_miniport_get_info(Adapter, &i);
    return i;
}

static void sc_lifecycle(void)
{
    bring_up(1);
    if (Adapter < 0)
        return;
    hw_link((void *)1);
    nm_run_until_idle();
    nm_check(info().media_connect == MediaConnectStateConnected, "the link work item indicated the link up");
    nm_miniport_mandatory_oids(Adapter);
    nm_run_until_idle();
    nm_check(info().oids_completed == 18 && info().oids_pending == 0,
             "the 18 mandatory OIDs completed (%d, %d pending)", info().oids_completed, info().oids_pending);
    send((void *)2);
    nm_run_until_idle();
    nm_check(info().sends_completed == 2, "both sent NBLs completed (%d)", info().sends_completed);
    hw_receive((void *)2);
    nm_run_until_idle();
    nm_check(info().receives_returned == 2 && info().receives_outstanding == 0, "both received NBLs came back");
    nm_check(!nm_miniport_check_for_hang(Adapter), "no hang is reported");
    pause(NULL);
    nm_run_until_idle();
    nm_check(nm_miniport_state(Adapter) == NM_AS_PAUSED, "the adapter is paused (%s)",
             nm_miniport_state_name(nm_miniport_state(Adapter)));
    nm_miniport_restart(Adapter);
    nm_run_until_idle();
    teardown();
}

static void sc_concurrency(void)
{
    bring_up(1);
    nm_set_timer_ticks(1);
    if (Adapter < 0)
        return;
    nm_note("three things happen at once: the watchdog is due, a statistics query pends on a work item, a frame "
            "arrives");
    query_statistics(NULL);
    hw_receive((void *)1);
    nm_run_until_idle();
    nm_check(info().oids_completed == 1 && info().last_oid_status == NDIS_STATUS_SUCCESS,
             "the statistics query completed with success");
    nm_check(info().receives_returned == 1, "the received NBL came back");
    teardown();
}

static void sc_send_receive(void)
{
    bring_up(1);
    if (Adapter < 0)
        return;
    hw_link((void *)1);
    nm_run_until_idle();
    nm_queue_action("send 2 NBLs", send, (void *)2);
    nm_queue_action("hardware: 2 frames received", hw_receive, (void *)2);
    nm_queue_action("NDIS pauses the adapter", pause, NULL);
    nm_run_until_idle();
    nm_check(nm_miniport_state(Adapter) == NM_AS_PAUSED, "the pause completed (%s)",
             nm_miniport_state_name(nm_miniport_state(Adapter)));
    nm_check(info().sends_outstanding == 0 && info().receives_outstanding == 0, "nothing is in flight when paused");
    nm_miniport_restart(Adapter);
    send((void *)1);
    nm_run_until_idle();
    teardown();
}

static void sc_oid_requests(void)
{
    bring_up(1);
    if (Adapter < 0)
        return;
    query_statistics(NULL);
    nm_run_until_idle();
    set_link_parameters(NULL);
    nm_run_until_idle();
    nm_note("the statistics mailbox is busy for two reads");
    n6()->Regs->MailboxBusy = 2;
    query_statistics(NULL);
    nm_run_until_idle();
    nm_check(info().oids_completed == 3 && info().last_oid_status == NDIS_STATUS_SUCCESS,
             "three OID requests completed, the last with success");
    nm_note("the statistics mailbox read fails");
    n6()->Regs->MailboxError = 1;
    query_statistics(NULL);
    nm_run_until_idle();
    nm_check(info().oids_pending == 0 && info().last_oid_status == NDIS_STATUS_FAILURE,
             "the failed mailbox read fails the query");
    teardown();
}

static void sc_init_fails(void)
{
    Drv = nm_load_driver("n6", ndis6_miniport_DriverEntry);
    nm_note("the receive ring's shared memory cannot be allocated");
    nm_fail_next(NM_FAIL_SHARED_MEMORY, 1);
    Adapter = nm_add_adapter(Drv, "eth0");
    nm_check(Adapter < 0, "MiniportInitializeEx fails");
    nm_run_until_idle();
    nm_unload_driver(Drv);
}

static void sc_halt_races_link(void)
{
    bring_up(1);
    if (Adapter < 0)
        return;
    nm_run_until_idle();
    hw_link((void *)1);
    nm_queue_action("NDIS halts the adapter", halt, NULL);
    nm_run_until_idle();
    nm_unload_driver(Drv);
}

static void sc_reset_hang(void)
{
    bring_up(1);
    if (Adapter < 0)
        return;
    nm_note("the transmit ring stalls");
    TxStuck = 1;
    send((void *)1);
    nm_run_until_idle();
    nm_check(nm_miniport_check_for_hang(Adapter), "the stalled ring is reported as a hang");
    TxStuck = 0;
    nm_run_until_idle();
    nm_check(info().sends_completed == 1, "the send completes after the reset");
    nm_miniport_shutdown(Adapter, NdisShutdownPowerOff);
    teardown();
}

static const struct nm_scenario nm_scenarios[] = {
    {"lifecycle",
     "initialize, restart, link up, the mandatory OIDs, send and receive, check for hang, pause, restart, halt, unload",
     sc_lifecycle},
    {"concurrency", "the watchdog timer, a statistics query pended to a work item and a receive interrupt race",
     sc_concurrency},
    {"send_receive", "sends, receives and a pause race: the pause pends until the data path is idle", sc_send_receive},
    {"oid_requests",
     "pended OIDs: statistics from a work item (mailbox busy, then failing), link parameters from the DPC",
     sc_oid_requests},
    {"init_fails", "the shared memory allocation fails: MiniportInitializeEx undoes what it set up", sc_init_fails},
    {"halt_races_link", "a link change (DPC, then a work item that indicates the status) races the halt",
     sc_halt_races_link},
    {"reset_hang", "a stalled transmit ring: the watchdog notices, CheckForHang asks for a reset; then shutdown",
     sc_reset_hang},
    {NULL, NULL, NULL},
};

const struct nm_harness nm_harness = {"ndis6_miniport", nm_scenarios};

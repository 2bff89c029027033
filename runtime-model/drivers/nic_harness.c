/*
 * nic_harness.c - scenarios for the NDIS 6 Ethernet miniport sample (samples/miniport6).
 *
 * The harness plays NDIS's upper edge (restart, pause, reset, OID requests, the packet source and
 * sink, device PnP events, shutdown, halt, unload: the model's nm_miniport_* calls) and the chip.
 * The chip (nic_device, polled by the scheduler at every step) latches status bits in the
 * InterruptStatus register and asserts the line while an unmasked one is not acknowledged. The ISR
 * acknowledges by writing the bits back (write-1-to-clear on the real chip); the model's register
 * file is plain memory, so the chip takes a bit as acknowledged once the ISR has latched it in the
 * adapter's PendingInterrupts. A command written to the Control register (2: apply the lookahead)
 * is answered with "command done". The scenario actions receive frames, finish transmits and change
 * the link by setting the registers. The scenarios check what the driver achieved with nm_check.
 */
#include "nic.h"
#include "nm_scenario.h"

#include <stdint.h>

DRIVER_INITIALIZE miniport6_DriverEntry;

static int Drv, Adapter;

static PNIC_ADAPTER nic(void)
{
    return (PNIC_ADAPTER)nm_adapter_context(Adapter);
}

/* The chip: acknowledges what the ISR latched, answers commands, and says whether the line is up. */
static int nic_device(void *ctx)
{
    PNIC_ADAPTER a = (PNIC_ADAPTER)ctx;
    PNIC_REGS r = a->Regs;
    if (r == NULL)
        return 0;
    r->InterruptStatus &= ~(ULONG)a->PendingInterrupts;
    if (r->Control == 2) {
        r->Control = 0;
        r->CommandResult = 0;
        r->InterruptStatus |= NIC_INT_CMD;
    }
    return (r->InterruptStatus & r->InterruptMask) != 0;
}

static void bring_up(void)
{
    nm_set_timer_ticks(1);
    Drv = nm_load_driver("nic", miniport6_DriverEntry);
    Adapter = nm_add_adapter(Drv, "eth0");
    if (Adapter < 0)
        return;
    nm_adapter_set_device(Adapter, nic_device);
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

static struct nm_miniport_info info(void)
{
    struct nm_miniport_info i;
    nm_miniport_get_info(Adapter, &i);
    return i;
}

static void hw_link(void *up)
{
    if (!nic())
        return;
    nm_note("hardware: link %s", up ? "up" : "down");
    nic()->Regs->LinkUp = up ? 1 : 0;
    nic()->Regs->InterruptStatus |= NIC_INT_LINK;
}

static void hw_receive(void *frames)
{
    if (!nic())
        return;
    nm_note("hardware: %d frame%s received", (int)(intptr_t)frames, (intptr_t)frames == 1 ? "" : "s");
    nic()->Regs->RecvIndex = (nic()->Regs->RecvIndex + (ULONG)(intptr_t)frames) % NIC_RECV_SLOTS;
    nic()->Regs->InterruptStatus |= NIC_INT_RECV;
}

static void hw_transmit_done(void *unused)
{
    (void)unused;
    if (!nic())
        return;
    nm_note("hardware: transmit done");
    nic()->Regs->InterruptStatus |= NIC_INT_SEND;
}

static void send(void *nbls)
{
    nm_miniport_send(Adapter, (int)(intptr_t)nbls, 256);
}

static void pause(void *unused)
{
    (void)unused;
    nm_miniport_pause(Adapter);
}

static void set_packet_filter(void)
{
    ULONG filter = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST;
    nm_miniport_oid(Adapter, NdisRequestSetInformation, OID_GEN_CURRENT_PACKET_FILTER, &filter, sizeof filter);
}

static void set_lookahead(void)
{
    ULONG lookahead = 256;
    nm_miniport_oid(Adapter, NdisRequestSetInformation, OID_GEN_CURRENT_LOOKAHEAD, &lookahead, sizeof lookahead);
}

static void sc_lifecycle(void)
{
    bring_up();
    if (Adapter < 0)
        return;
    hw_link((void *)1);
    nm_run_until_idle();
    nm_check(info().media_connect == MediaConnectStateConnected, "the DPC indicated the link up");
    hw_receive((void *)2);
    nm_run_until_idle();
    nm_check(info().receives_returned == 2 && info().receives_outstanding == 0, "both received NBLs came back");
    send((void *)2);
    hw_transmit_done(NULL);
    nm_run_until_idle();
    nm_check(info().sends_completed == 2, "both sent NBLs completed (%d)", info().sends_completed);
    set_packet_filter();
    nm_run_until_idle();
    set_lookahead();
    nm_run_until_idle();
    nm_check(info().oids_completed == 2 && info().oids_pending == 0 && info().last_oid_status == NDIS_STATUS_SUCCESS,
             "the packet filter and the lookahead (answered by the firmware) are set (%d, %d pending)",
             info().oids_completed, info().oids_pending);
    hw_receive((void *)1);
    nm_run_until_idle();
    pause(NULL);
    nm_run_until_idle();
    nm_check(nm_miniport_state(Adapter) == NM_AS_PAUSED, "the adapter is paused (%s)",
             nm_miniport_state_name(nm_miniport_state(Adapter)));
    nm_miniport_restart(Adapter);
    nm_run_until_idle();
    teardown();
}

static void sc_pause_in_flight(void)
{
    bring_up();
    if (Adapter < 0)
        return;
    nm_queue_action("send 2 NBLs", send, (void *)2);
    nm_queue_action("NDIS pauses the adapter", pause, NULL);
    nm_run_until_idle();
    nm_check(nm_miniport_state(Adapter) == NM_AS_PAUSED, "the pause completed (%s)",
             nm_miniport_state_name(nm_miniport_state(Adapter)));
    nm_check(info().sends_outstanding == 0, "no send is in flight when paused");
    teardown();
}

static void sc_reset_shutdown(void)
{
    bring_up();
    if (Adapter < 0)
        return;
    nm_check(nm_miniport_reset(Adapter) == NDIS_STATUS_SUCCESS, "the reset succeeds");
    nm_run_until_idle();
    send((void *)1);
    nm_run_until_idle();
    nm_check(info().sends_completed == 1, "a send completes after the reset");
    nm_note("the system shuts down on a bug check");
    nm_miniport_shutdown(Adapter, NdisShutdownBugCheck);
    teardown();
}

static void sc_surprise_removal(void)
{
    bring_up();
    if (Adapter < 0)
        return;
    nm_note("the card is pulled: the bus reports a surprise removal, the line floats (a link event)");
    nm_miniport_device_pnp(Adapter, NdisDevicePnPEventSurpriseRemoved);
    hw_link((void *)0);
    nm_run_until_idle();
    nm_note("NDIS resets the adapter");
    nm_miniport_reset(Adapter);
    nm_run_until_idle();
    teardown();
}

static const struct nm_scenario nm_scenarios[] = {
    {"lifecycle",
     "initialize, restart, link up, receive, send, packet filter (work item, PnP event), lookahead (answered by "
     "the firmware's interrupt), pause, restart, halt, unload",
     sc_lifecycle},
    {"pause_in_flight", "sends race a pause: the pause waits for the sends in flight", sc_pause_in_flight},
    {"reset_shutdown", "a reset, a send after it, then a shutdown on a bug check (HIGH_LEVEL)", sc_reset_shutdown},
    {"surprise_removal", "a surprise removal followed by an interrupt and a reset, then the halt", sc_surprise_removal},
    {NULL, NULL, NULL},
};

const struct nm_harness nm_harness = {"miniport6", nm_scenarios};

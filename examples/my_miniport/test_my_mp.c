/*
 * test_my_mp.c - lifecycle test of my_mp.c on the runtime model.
 *
 * The scenario loads the miniport, initializes and restarts an adapter, lets NDIS send the
 * mandatory OIDs (OID_GEN_STATISTICS pends and a work item completes it), and races two sends
 * and the halt (NDIS pauses, then halts the adapter) with the link timer and the OID work item;
 * then it unloads the driver. nm_check states what the driver must have achieved.
 * Built as a program (the default) it runs the scenario once per seed in 0..31 and prints the
 * trace and findings of a failing run. Exit: 0 pass, 1 a violation or a failed check, 2 setup
 * error. Built with -DMY_MP_MODULE it is a harness module for ndis-model-run instead
 * (`--driver my_mp.so --harness my_mp_harness.so`), which can explore every order.
 */
#include <nm_scenario.h>

DRIVER_INITIALIZE DriverEntry;

static int Adapter, Sent;

static void send_two(void *unused)
{
    (void)unused;
    Sent = nm_miniport_send(Adapter, 2, 128); /* 0 once NDIS has paused the adapter */
}

static void pause_and_halt(void *unused)
{
    (void)unused;
    nm_halt_adapter(Adapter); /* NDIS pauses the running adapter, waits for its OIDs, halts it */
}

static void lifecycle(void)
{
    struct nm_miniport_info info;
    int drv = nm_load_driver("my_mp", DriverEntry);

    Sent = 0;
    Adapter = nm_add_adapter(drv, "vnic0");
    nm_check(Adapter > 0, "MiniportInitializeEx succeeds");
    if (Adapter <= 0)
        return;
    nm_check(nm_miniport_restart(Adapter) == NDIS_STATUS_SUCCESS, "MiniportRestart succeeds");
    nm_miniport_mandatory_oids(Adapter);
    nm_queue_action("send two NBLs", send_two, NULL);
    nm_queue_action("NDIS halts the adapter", pause_and_halt, NULL);
    nm_run_until_idle();
    nm_miniport_get_info(Adapter, &info);
    nm_check(info.oids_completed == 18 && info.oids_pending == 0, "the 18 mandatory OIDs completed");
    nm_check(info.sends_completed == Sent, "every NBL the adapter took was completed (%d of %d)",
             info.sends_completed, Sent);
    nm_check(info.state == NM_AS_HALTED, "the adapter is halted");
    nm_unload_driver(drv);
}

static const struct nm_scenario scenarios[] = {
    {"lifecycle", "initialize, restart, the mandatory OIDs; sends and the halt race the link timer; unload",
     lifecycle},
    {NULL, NULL, NULL},
};

#ifdef MY_MP_MODULE
const struct nm_harness nm_harness = {"my_miniport", scenarios};
#else
static int run(unsigned long long seed)
{
    struct nm_run_options opt = {0};
    int failed;

    opt.seed = seed;
    if (nm_begin(&opt) != 0)
        return 2;
    scenarios[0].run();
    failed = nm_end() != 0 || nm_check_failures() != 0;
    if (failed) {
        for (int i = 0; i < nm_trace_count(); i++)
            printf("  %s\n", nm_trace_at(i));
        for (int i = 0; i < nm_violation_count(); i++) {
            const struct nm_violation *v = nm_violation_at(i);
            printf("%s:%d: violation: %s [%s]\n", v->file[0] ? v->file : "<end of scenario>", v->line, v->message,
                   v->rule);
        }
        for (int i = 0; i < nm_check_failures(); i++)
            printf("check failed: %s\n", nm_check_failure_at(i));
        printf("seed %llu failed\n", seed);
    }
    nm_free();
    return failed;
}

int main(void)
{
    int failures = 0;
    for (unsigned long long seed = 0; seed < 32; seed++) {
        int r = run(seed);
        if (r == 2)
            return 2;
        failures += r;
    }
    printf("my_mp: %d of 32 seeded runs failed\n", failures);
    return failures ? 1 : 0;
}
#endif

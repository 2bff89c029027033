/*
 * test_my_cm.c - lifecycle test of my_cm.c on the runtime model.
 *
 * Loads the call manager and the model's built-in client, binds them to a virtual
 * adapter, lets the client open the AF and register a SAP (pended by the call manager,
 * completed by its work item), deregisters the SAP and unbinds; then checks what the
 * client saw and that the model's verifier found no rule violation. Every scheduler order
 * is tried: the test runs the scenario once per seed in 0..31.
 * Exit: 0 pass, 1 a violation or a wrong outcome (printed with the trace), 2 setup error.
 */
#include <nm_model.h>

DRIVER_INITIALIZE MyCmDriverEntry;

static int run(unsigned long long seed)
{
    struct nm_run_options opt = {0};
    struct nm_builtin_client_config client = {0x0452, 0, 0, 1};
    int cm, cl, failed = 0;

    opt.seed = seed;
    if (nm_begin(&opt) != 0) return 2;
    nm_builtin_client_configure(&client);
    cm = nm_load_driver("my_cm", MyCmDriverEntry);
    cl = nm_load_driver("client", nm_builtin_client_entry);
    nm_add_adapter(-1, "atm0");
    nm_bind_all();
    nm_run_until_idle();
    if (!nm_builtin_client_sap_registered()) {
        printf("seed %llu: the client's SAP is not registered\n", seed);
        failed = 1;
    }
    nm_builtin_client_deregister_sap(NULL);
    nm_run_until_idle();
    nm_unbind_all(cl);
    nm_unbind_all(cm);
    if (nm_end() != 0 || failed) {
        for (int i = 0; i < nm_trace_count(); i++) printf("  %s\n", nm_trace_at(i));
        for (int i = 0; i < nm_violation_count(); i++) {
            const struct nm_violation *v = nm_violation_at(i);
            printf("%s:%d: violation: %s [%s]\n", v->file, v->line, v->message, v->rule);
        }
        failed = 1;
    }
    nm_free();
    return failed;
}

int main(void)
{
    for (unsigned long long seed = 0; seed < 32; seed++) {
        int rc = run(seed);
        if (rc) return rc;
    }
    printf("my_cm lifecycle: 32 seeds, no violation\n");
    return 0;
}

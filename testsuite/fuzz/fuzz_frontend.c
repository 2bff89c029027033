/* fuzz_frontend.c — libFuzzer target: arbitrary bytes as a C translation unit through the whole
 * pipeline (libclang frontend -> IR -> driver model -> IRQL and lifecycle analyses -> reporters).
 * Whatever the input, ddicheck must neither crash, hang nor leak; clang's own errors are fine.
 * The rules are loaded once from $DDICHECK_FUZZ_ROOT/rules; the headers from
 * $DDICHECK_FUZZ_ROOT/runtime-model/include. */
#include "finding.h"
#include "frontend.h"
#include "irql.h"
#include "model.h"
#include "report.h"
#include "rules.h"
#include "typestate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct rules g_rules;
static char g_inc[4096];
static char g_src[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *root = getenv("DDICHECK_FUZZ_ROOT");
    if (!root)
        root = ".";
    char rdir[4096];
    snprintf(rdir, sizeof(rdir), "%s/rules", root);
    snprintf(g_inc, sizeof(g_inc), "%s/runtime-model/include", root);
    char *err = NULL;
    if (rule_load(&g_rules, rdir, &err) != 0) {
        fprintf(stderr, "%s\n", err ? err : "cannot load rules");
        exit(2);
    }
    snprintf(g_src, sizeof(g_src), "/tmp/ddicheck-fuzz-%d.c", (int)getpid());
    if (cx_init() != 0)
        exit(2);
    return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    FILE *f = fopen(g_src, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    const char *argv[] = {"clang", "-isystem", g_inc, "-ferror-limit=0", "-w", g_src};
    struct ir_program prog;
    ir_program_init(&prog);
    struct findings fs;
    findings_init(&fs);
    cx_parse_file(&prog, g_src, argv, 6, NULL);
    struct dm_driver drv;
    dm_build(&drv, &prog, &g_rules);
    irql_run(&drv, &fs, NULL);
    ts_run(&drv, &fs);
    dm_free(&drv);
    findings_sort(&fs);
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        rpt_text(null, &fs, &prog.diags);
        rpt_json(null, &fs, &prog.diags);
        fclose(null);
    }
    findings_free(&fs);
    ir_program_free(&prog);
    return 0;
}

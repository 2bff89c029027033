/* fuzz_frontend.c — libFuzzer target: arbitrary bytes as a C translation unit through the whole
 * pipeline (libclang frontend -> IR -> driver model -> the checks of every rule kind -> reporters).
 * Whatever the input, ddicheck must neither crash, hang nor leak; clang's own errors are fine.
 * The rules are loaded once from $DDICHECK_FUZZ_ROOT/rules; the headers from
 * $DDICHECK_FUZZ_ROOT/runtime-model/include. The input lives in an anonymous memory file
 * (memfd_create), reached by its /proc/self/fd path: nothing is written to the file system, so a
 * run leaves nothing behind however it ends. */
#include "checks.h"
#include "finding.h"
#include "frontend.h"
#include "model.h"
#include "report.h"
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static struct rules g_rules;
static char g_inc[4096];
static char g_src[64];
static int g_fd = -1;

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
    g_fd = memfd_create("ddicheck-fuzz.c", 0);
    if (g_fd < 0) {
        perror("memfd_create");
        exit(2);
    }
    snprintf(g_src, sizeof(g_src), "/proc/self/fd/%d", g_fd);
    if (cx_init() != 0)
        exit(2);
    return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (ftruncate(g_fd, 0) != 0 || pwrite(g_fd, data, size, 0) != (ssize_t)size)
        return 0;
    /* the path has no extension: say that it is C */
    const char *argv[] = {"clang", "-x", "c", "-isystem", g_inc, "-ferror-limit=0", "-w", g_src};
    struct ir_program prog;
    ir_program_init(&prog);
    struct findings fs;
    findings_init(&fs);
    cx_parse_file(&prog, g_src, argv, 8, NULL);
    struct dm_driver drv;
    dm_build(&drv, &prog, &g_rules);
    checks_run(&drv, &fs, NULL);
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

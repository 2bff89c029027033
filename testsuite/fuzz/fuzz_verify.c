/* fuzz_verify.c — libFuzzer target: arbitrary bytes as an annotated source for --verify's
 * directive parser and matcher (verify.c). It must reject malformed directives with a message,
 * never crash or read out of bounds. The input lives in an anonymous memory file (memfd_create),
 * reached by its /proc/self/fd path: nothing is written to the file system. */
#include "verify.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static char g_path[64];
static int g_fd = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    g_fd = memfd_create("ddicheck-fuzz-verify.c", 0);
    if (g_fd < 0) {
        perror("memfd_create");
        exit(2);
    }
    snprintf(g_path, sizeof(g_path), "/proc/self/fd/%d", g_fd);
    return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const char *path = g_path;
    if (ftruncate(g_fd, 0) != 0 || pwrite(g_fd, data, size, 0) != (ssize_t)size)
        return 0;
    struct vec diags;
    vec_init(&diags, sizeof(struct vdiag));
    struct vdiag *d = vec_push(&diags);
    d->file = path;
    d->line = 1;
    d->severity = "warning";
    d->text = "'NdisMCmDispatchIncomingCall' is called at DIRQL [Irql_MCM_Function]";
    const char *files[] = {path};
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        verify_run("expected", files, 1, &diags, null);
        fclose(null);
    }
    vec_free(&diags);
    return 0;
}

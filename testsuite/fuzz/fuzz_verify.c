/* fuzz_verify.c — libFuzzer target: arbitrary bytes as an annotated source for --verify's
 * directive parser and matcher (verify.c). It must reject malformed directives with a message,
 * never crash or read out of bounds. */
#include "verify.h"

#include <stdio.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof(path), "/tmp/ddicheck-fuzz-verify-%d.c", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
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

/* test_verify.c — unit tests of the --verify matcher (verify.h) on generated annotated files. */
#include "verify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;
#define CHECK(c)                                                                                                       \
    do {                                                                                                               \
        if (!(c)) {                                                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                                      \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

static char path[64];

static void write_src(const char *text)
{
    snprintf(path, sizeof(path), "/tmp/ddicheck-verify-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        abort();
    close(fd);
}

static struct vec diags;

static void diag(unsigned line, const char *sev, const char *text)
{
    struct vdiag *d = vec_push(&diags);
    d->file = path;
    d->line = line;
    d->severity = sev;
    d->text = text;
}

static int run(const char *prefix)
{
    const char *files[] = {path};
    FILE *sink = fopen("/dev/null", "w");
    int rc = verify_run(prefix, files, 1, &diags, sink);
    fclose(sink);
    return rc;
}

static void reset(const char *src)
{
    if (path[0])
        unlink(path);
    vec_free(&diags);
    vec_init(&diags, sizeof(struct vdiag));
    write_src(src);
}

int main(void)
{
    vec_init(&diags, sizeof(struct vdiag));
    const char *src = "f(); // expected-warning {{'f' is called at DIRQL [Rule_A]}}\n"
                      "// expected-note@+1 {{raised here}}\n"
                      "g();\n"
                      "h(); // expected-note 2 {{twice}}\n";
    reset(src);
    diag(1, "warning", "'f' is called at DIRQL, but ... [Rule_A]"); /* substring must match: it does not */
    diag(3, "note", "IRQL raised here");
    diag(4, "note", "twice");
    diag(4, "note", "twice");
    CHECK(run("expected") == 1);

    reset(src);
    diag(1, "warning", "x 'f' is called at DIRQL [Rule_A] y");
    diag(3, "note", "IRQL raised here");
    diag(4, "note", "twice");
    diag(4, "note", "twice");
    CHECK(run("expected") == 0);

    /* a count of 2 is not met by one diagnostic */
    reset(src);
    diag(1, "warning", "'f' is called at DIRQL [Rule_A]");
    diag(3, "note", "raised here");
    diag(4, "note", "twice");
    CHECK(run("expected") == 1);

    /* an unexpected diagnostic fails */
    reset(src);
    diag(1, "warning", "'f' is called at DIRQL [Rule_A]");
    diag(3, "note", "raised here");
    diag(4, "note", "twice");
    diag(4, "note", "twice");
    diag(2, "warning", "surprise [Rule_B]");
    CHECK(run("expected") == 1);

    /* wrong line or wrong severity fails */
    reset("a(); // expected-warning {{m}}\n");
    diag(2, "warning", "m");
    CHECK(run("expected") == 1);
    reset("a(); // expected-warning {{m}}\n");
    diag(1, "note", "m");
    CHECK(run("expected") == 1);

    /* no-diagnostics */
    reset("// expected-no-diagnostics\nint x;\n");
    CHECK(run("expected") == 0);
    diag(2, "warning", "m");
    CHECK(run("expected") == 1);

    /* no directives at all is an error, as in clang */
    reset("int x;\n");
    CHECK(run("expected") == 1);

    /* prefixes select their own directives only */
    reset("a(); // isr-warning {{m}}\nb(); // expected-warning {{n}}\n");
    diag(1, "warning", "m");
    CHECK(run("isr") == 0);
    CHECK(run("expected") == 1);
    /* a prefix must not match inside another word */
    reset("a(); // myisr-warning {{m}}\n// isr-no-diagnostics\n");
    CHECK(run("isr") == 0);

    /* @-N and absolute @N */
    reset("a();\nb(); // expected-error@-1 {{e1}}\n// expected-error@1 {{e2}}\n");
    diag(1, "error", "e1 here");
    diag(1, "error", "e2 here");
    CHECK(run("expected") == 0);

    /* malformed directives are reported, exit 2 */
    reset("a(); // expected-warning {{unclosed\n");
    CHECK(run("expected") == 2);
    reset("a(); // expected-warning@+x {{m}}\n");
    CHECK(run("expected") == 2);

    unlink(path);
    vec_free(&diags);
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("verify matcher: all checks passed\n");
    return failures ? 1 : 0;
}

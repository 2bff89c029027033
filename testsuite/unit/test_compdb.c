/* test_compdb.c — unit tests of compile-command handling: splitting commands (the Microsoft C
 * runtime's rules, with the examples of Microsoft's "Parsing C command-line arguments" page, and
 * the POSIX shell's), build-only flags, cl detection (compdb.h), path folding (path.h) and when
 * ddicheck's C library subset goes with its headers (headers.h). */
#include "compdb.h"
#include "headers.h"
#include "path.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;
#define CHECK(c)                                                                                                       \
    do {                                                                                                               \
        if (!(c)) {                                                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                                      \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

/* True when splitting `cmd` gives exactly the NULL-terminated words that follow. */
static bool splits_to(const char *cmd, bool windows, ...)
{
    struct vec w;
    vec_init(&w, sizeof(char *));
    cdb_split(cmd, windows, &w);
    va_list ap;
    va_start(ap, windows);
    bool same = true;
    size_t i = 0;
    for (const char *want; (want = va_arg(ap, const char *)); i++) {
        if (i >= w.len || strcmp(*(char **)vec_at(&w, i), want) != 0) {
            fprintf(stderr, "  [%s] word %zu: got '%s', want '%s'\n", cmd, i,
                    i < w.len ? *(char **)vec_at(&w, i) : "(none)", want);
            same = false;
        }
    }
    va_end(ap);
    if (i != w.len) {
        fprintf(stderr, "  [%s]: %zu words, want %zu\n", cmd, w.len, i);
        same = false;
    }
    for (size_t k = 0; k < w.len; k++)
        free(*(char **)vec_at(&w, k));
    vec_free(&w);
    return same;
}

/* True when stripping the build-only flags of the NULL-terminated `in` leaves `want` (the first
 * `nwant` words). */
static bool strips_to(bool cl, const char *const *in, const char *const *want, int nwant)
{
    int n = 0;
    while (in[n])
        n++;
    char **argv = calloc((size_t)n + 1, sizeof(char *));
    for (int i = 0; i < n; i++)
        argv[i] = strdup(in[i]);
    int m = cdb_strip_build_flags(argv, n, cl);
    bool same = m == nwant;
    for (int i = 0; i < m; i++) {
        if (i >= nwant || strcmp(argv[i], want[i]) != 0)
            same = false;
        fprintf(same ? stdout : stderr, "%s%s", i ? " " : "  kept: ", argv[i]);
        free(argv[i]);
    }
    fprintf(same ? stdout : stderr, "\n");
    free(argv);
    return same;
}

static void test_split(void)
{
    /* Microsoft's examples (learn.microsoft.com, "Parsing C command-line arguments") */
    CHECK(splits_to("\"a b c\" d e", true, "a b c", "d", "e", NULL));
    CHECK(splits_to("\"ab\\\"c\" \"\\\\\" d", true, "ab\"c", "\\", "d", NULL));
    CHECK(splits_to("a\\\\\\b d\"e f\"g h", true, "a\\\\\\b", "de fg", "h", NULL));
    CHECK(splits_to("a\\\\\\\"b c d", true, "a\\\"b", "c", "d", NULL));
    CHECK(splits_to("a\\\\\\\\\"b c\" d e", true, "a\\\\b c", "d", "e", NULL));
    CHECK(splits_to("a\"b\"\" c d", true, "ab\" c d", NULL));
    /* a quoted compiler path with spaces and Windows separators stays whole */
    CHECK(splits_to("\"C:\\Program Files\\VC\\cl.exe\" /c /IC:\\inc x.c", true, "C:\\Program Files\\VC\\cl.exe", "/c",
                    "/IC:\\inc", "x.c", NULL));
    /* POSIX shell quoting: backslash, single and double quotes, empty words, newlines */
    CHECK(splits_to("cc -DX=\\\"y\\\" 'a b' \"c \\\"d\\\" \\\\e\" f\\ g ''", false, "cc", "-DX=\"y\"", "a b",
                    "c \"d\" \\e", "f g", "", NULL));
    CHECK(splits_to("  -Da\n-Db\r\n\t'-Dc=( 1 )'  ", false, "-Da", "-Db", "-Dc=( 1 )", NULL));
    CHECK(splits_to("'it''s'\"\\$x\"", false, "its$x", NULL));
    CHECK(splits_to("", false, NULL));
}

static void test_strip(void)
{
    static const char *const gnu_in[] = {"cc",
                                         "-MD",
                                         "-MF",
                                         "x.d",
                                         "-MT",
                                         "t",
                                         "-MQ",
                                         "q",
                                         "-o",
                                         "x.o",
                                         "-c",
                                         "-Ifoo",
                                         "-MMD",
                                         "-Wp,-MD,x.d",
                                         "-fcolor-diagnostics",
                                         "-fdiagnostics-color=always",
                                         "x.c",
                                         "-oy.o",
                                         "-MFz.d",
                                         "-DMF=1",
                                         NULL};
    static const char *const gnu_want[] = {"cc", "-Ifoo", "x.c", "-DMF=1"};
    CHECK(strips_to(false, gnu_in, gnu_want, 4));
    /* cl: /MD, /MT, -MT are run-time library choices; /Fo: takes the next word; /link ends it */
    static const char *const cl_in[] = {"cl.exe",
                                        "/c",
                                        "/MD",
                                        "/MTd",
                                        "-MT",
                                        "/Fo:",
                                        "obj/",
                                        "/Fdx.pdb",
                                        "/Yupch.h",
                                        "/Fpx.pch",
                                        "/Zi",
                                        "/W4",
                                        "/I",
                                        "inc",
                                        "/FIforced.h",
                                        "/showIncludes",
                                        "/sourceDependencies",
                                        "deps.json",
                                        "/openmp",
                                        "-Fox.obj",
                                        "x.c",
                                        "/link",
                                        "/out:a.exe",
                                        NULL};
    static const char *const cl_want[] = {"cl.exe", "/MD", "/MTd",        "-MT",     "/W4",
                                          "/I",     "inc", "/FIforced.h", "/openmp", "x.c"};
    CHECK(strips_to(true, cl_in, cl_want, 10));
}

static void test_cl_mode(void)
{
    const char *a1[] = {"cl"}, *a2[] = {"CL.EXE"}, *a3[] = {"C:\\VS\\bin\\Hostx64\\x64\\cl.exe"},
               *a4[] = {"/usr/bin/clang-cl-19"}, *a5[] = {"x86_64-pc-windows-msvc-clang-cl"},
               *a6[] = {"clang", "--driver-mode=cl"}, *a7[] = {"cl", "--driver-mode=gcc"}, *a8[] = {"clang"},
               *a9[] = {"/usr/bin/gcc"}, *a10[] = {"mycl"}, *a11[] = {"clang-cl.exe"};
    CHECK(cdb_cl_mode(a1, 1));
    CHECK(cdb_cl_mode(a2, 1));
    CHECK(cdb_cl_mode(a3, 1));
    CHECK(cdb_cl_mode(a4, 1));
    CHECK(cdb_cl_mode(a5, 1));
    CHECK(cdb_cl_mode(a6, 2));
    CHECK(!cdb_cl_mode(a7, 2));
    CHECK(!cdb_cl_mode(a8, 1));
    CHECK(!cdb_cl_mode(a9, 1));
    CHECK(!cdb_cl_mode(a10, 1));
    CHECK(cdb_cl_mode(a11, 1));
}

static void test_paths(void)
{
    char b[256];
    CHECK(strcmp(path_join("/a/b", "../c/./d", b, sizeof(b)), "/a/c/d") == 0);
    CHECK(strcmp(path_join("/", "..", b, sizeof(b)), "/") == 0);
    CHECK(strcmp(path_join("/a//b/", "", b, sizeof(b)), "/a/b") == 0);
    CHECK(strcmp(path_join("x", "../../y", b, sizeof(b)), "../y") == 0);
    CHECK(strcmp(path_join(NULL, "a/../..", b, sizeof(b)), "..") == 0);
    CHECK(strcmp(path_join(NULL, "a/..", b, sizeof(b)), ".") == 0);
    CHECK(strcmp(path_join("/a", "/b/c/..", b, sizeof(b)), "/b") == 0);
    CHECK(path_join("/a", "bcdefgh", b, 5) == NULL);
    CHECK(strcmp(path_from("/a/b/c", "/a/b"), "c") == 0);
    CHECK(strcmp(path_from("/a/bc", "/a/b"), "/a/bc") == 0);
    CHECK(strcmp(path_from("/a/b", "/a/b"), ".") == 0);
    CHECK(strcmp(path_from("/x/y", "/"), "/x/y") == 0);
    /* a name relative to a directory, shown from the current one (no file needed: nothing to
     * compare when there is no ".." to fold) */
    CHECK(strcmp(path_shown("/w/build", "src/x.c", "/w", b, sizeof(b)), "build/src/x.c") == 0);
    CHECK(strcmp(path_shown("/w/build", "/w/src/x.c", "/w", b, sizeof(b)), "src/x.c") == 0);
    CHECK(strcmp(path_shown("/w/build", "x.c", "/elsewhere", b, sizeof(b)), "/w/build/x.c") == 0);
}

static void test_crt(void)
{
    const char *a1[] = {"clang", "-nostdinc"}, *a2[] = {"clang", "--target=x86_64-pc-windows-msvc"},
               *a3[] = {"clang", "-target", "i686-pc-win32"}, *a4[] = {"clang", "--target=x86_64-w64-windows-gnu"},
               *a5[] = {"clang", "-I/x"}, *a6[] = {"cl.exe", "/c"};
    CHECK(hdr_wants_crt(a1, 2, false));
    CHECK(hdr_wants_crt(a2, 2, false));
    CHECK(hdr_wants_crt(a3, 3, false));
    CHECK(!hdr_wants_crt(a4, 2, false));
    CHECK(!hdr_wants_crt(a5, 2, false));
    CHECK(hdr_wants_crt(a6, 2, true));
}

int main(void)
{
    test_split();
    test_strip();
    test_cl_mode();
    test_paths();
    test_crt();
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("test_compdb: all checks passed\n");
    return failures ? 1 : 0;
}

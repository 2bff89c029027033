/* test_srcfile.c — the run's source cache (srcfile.h): the one UTF-8 decoder against hand-made
 * sequences (valid, invalid, truncated, overlong, surrogates), lines with "\n", "\r\n" and a lone
 * "\r" (which ends a line for clang, so the line shown is the line clang reports), and
 * UTF-16 columns at every code point against a count from the start of the line, on generated text
 * whose multi-byte characters straddle the SRC_BLOCK boundaries; a file is read once. */
#include "srcfile.h"

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

/* Decodes all of `s` (n bytes) and returns the code points, 0-terminated, in a static buffer. */
static const uint32_t *decode(const char *s, size_t n)
{
    static uint32_t out[64];
    size_t i = 0, k = 0;
    while (i < n && k < 63)
        out[k++] = src_utf8_next((const unsigned char *)s, n, &i);
    out[k] = 0;
    return out;
}

static void test_decoder(void)
{
    const uint32_t *d = decode("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 10);
    CHECK(d[0] == 'a' && d[1] == 0xE9 && d[2] == 0x20AC && d[3] == 0x1F600 && d[4] == 0);
    d = decode("\x80z", 2); /* a lone continuation byte */
    CHECK(d[0] == 0xFFFD && d[1] == 'z');
    d = decode("\xc3", 1); /* truncated */
    CHECK(d[0] == 0xFFFD && d[1] == 0);
    d = decode("\xe2\x82z", 3); /* truncated in the middle: one U+FFFD per byte consumed */
    CHECK(d[0] == 0xFFFD && d[1] == 0xFFFD && d[2] == 'z');
    d = decode("\xc0\xaf", 2); /* overlong '/' */
    CHECK(d[0] == 0xFFFD && d[1] == 0xFFFD);
    d = decode("\xed\xa0\x80", 3); /* a UTF-16 surrogate */
    CHECK(d[0] == 0xFFFD);
    d = decode("\xf4\x90\x80\x80", 4); /* above U+10FFFF */
    CHECK(d[0] == 0xFFFD);
}

static char *write_temp(const char *text, size_t len)
{
    char *path = strdup("/tmp/ddicheck-srcfile-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0 || write(fd, text, len) != (ssize_t)len)
        abort();
    close(fd);
    return path;
}

static void test_lines_and_columns(void)
{
    /* lines of mixed 1- to 4-byte characters and invalid bytes, long enough to cross many blocks */
    static const char *const pieces[] = {"a", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff", "\t"};
    size_t cap = 1 << 16, len = 0;
    char *text = malloc(cap);
    unsigned seed = 7;
    for (int line = 0; line < 40; line++) {
        int n = (int)(seed % 300);
        for (int k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % 6];
            memcpy(text + len, p, strlen(p));
            len += strlen(p);
        }
        if (line % 3 == 0)
            text[len++] = '\r';
        text[len++] = '\n';
    }
    char *path = write_temp(text, len);
    struct src_cache *c = src_cache_new();
    struct src_file *f = src_get(c, path);
    CHECK(f->ok && f->len == len);
    CHECK(src_get(c, path) == f); /* read once */
    size_t start = 0;
    for (unsigned line = 1; line <= 40; line++) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = (size_t)(nl - text);
        size_t l;
        const char *got = src_line(f, line, &l);
        size_t want = end - start - (end > start && text[end - 1] == '\r');
        CHECK(got == f->text + start && l == want);
        /* at every code point of the line, and past its end */
        size_t i = start;
        unsigned units = 0;
        for (;;) {
            CHECK(src_utf16_col(f, line, (unsigned)(i - start + 1)) == units + 1);
            if (i >= end)
                break;
            units += src_utf8_next((const unsigned char *)text, len, &i) >= 0x10000 ? 2 : 1;
        }
        CHECK(src_utf16_col(f, line, (unsigned)(end - start + 9)) == units + 1);
        start = end + 1;
    }
    size_t l;
    CHECK(src_line(f, 41, &l) != NULL && l == 0); /* the empty line after the last newline */
    CHECK(src_line(f, 42, &l) == NULL);
    CHECK(src_utf16_col(f, 99, 1) == 1 && src_utf16_col(f, 0, 1) == 0);
    struct src_file *missing = src_get(c, "/nonexistent/ddicheck-srcfile.c");
    CHECK(!missing->ok && src_line(missing, 1, &l) == NULL && src_utf16_col(missing, 1, 1) == 0);
    src_cache_free(c);
    unlink(path);
    free(path);
    free(text);
}

/* A lone CR ends a line, as it does for clang (a driver's vmq.c mixes a few into CRLF text). */
static void test_lone_cr(void)
{
    static const char text[] = "a\rbb\r\nccc\nd\r";
    static const char *const want[] = {"a", "bb", "ccc", "d", ""};
    char *path = write_temp(text, sizeof(text) - 1);
    struct src_cache *c = src_cache_new();
    struct src_file *f = src_get(c, path);
    CHECK(f->ok);
    for (unsigned line = 1; line <= 5; line++) {
        size_t l;
        const char *got = src_line(f, line, &l);
        CHECK(got && l == strlen(want[line - 1]) && memcmp(got, want[line - 1], l) == 0);
    }
    size_t l;
    CHECK(src_line(f, 6, &l) == NULL);
    CHECK(src_utf16_col(f, 2, 3) == 3 && src_utf16_col(f, 4, 2) == 2 && src_utf16_col(f, 3, 4) == 4);
    src_cache_free(c);
    unlink(path);
    free(path);
}

int main(void)
{
    test_decoder();
    test_lines_and_columns();
    test_lone_cr();
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("test_srcfile: all checks passed\n");
    return failures ? 1 : 0;
}

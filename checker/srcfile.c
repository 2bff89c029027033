/* srcfile.c — source files read once per run, lines, the UTF-8 decoder, columns (see srcfile.h). */
#include "srcfile.h"

#include "fileio.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct src_cache {
    struct arena arena;  /* path copies */
    struct strmap index; /* path -> struct src_file * */
    struct vec files;    /* struct src_file *, heap-owned */
};

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        abort();
    return p;
}

struct src_cache *src_cache_new(void)
{
    struct src_cache *c = xcalloc(1, sizeof(*c));
    strmap_init(&c->index);
    vec_init(&c->files, sizeof(struct src_file *));
    return c;
}

void src_cache_free(struct src_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->files.len; i++) {
        struct src_file *f = *(struct src_file **)vec_at(&c->files, i);
        free(f->text);
        free(f->line_start);
        free(f->bstart);
        free(f->bunits);
        free(f);
    }
    vec_free(&c->files);
    strmap_free(&c->index);
    arena_free(&c->arena);
    free(c);
}

/* True when a line ends at byte `i` of `f`: a '\n', or a '\r' not followed by '\n' (a lone CR
 * ends a line for clang too, so the lines counted here are the lines clang reports). */
static bool ends_line(const struct src_file *f, size_t i)
{
    return f->text[i] == '\n' || (f->text[i] == '\r' && (i + 1 == f->len || f->text[i + 1] != '\n'));
}

/* Reads `f->path` and splits it into lines. */
static void load(struct src_file *f)
{
    char why[256];
    f->text = fio_read_input(f->path, 0, &f->len, NULL, why, sizeof(why));
    if (!f->text)
        return;
    f->ok = true;
    unsigned n = 1;
    for (size_t i = 0; i < f->len; i++)
        n += ends_line(f, i);
    f->nlines = n;
    f->line_start = xcalloc((size_t)n + 1, sizeof(size_t));
    unsigned l = 1;
    for (size_t i = 0; i < f->len; i++)
        if (ends_line(f, i))
            f->line_start[l++] = i + 1;
    f->line_start[n] = f->len + 1;
}

struct src_file *src_get(struct src_cache *c, const char *path)
{
    struct src_file *f = strmap_get(&c->index, path);
    if (f)
        return f;
    f = xcalloc(1, sizeof(*f));
    f->path = arena_strdup(&c->arena, path);
    load(f);
    *(struct src_file **)vec_push(&c->files) = f;
    strmap_put(&c->index, f->path, f);
    return f;
}

const char *src_line(const struct src_file *f, unsigned line, size_t *len)
{
    if (!f->ok || line == 0 || line > f->nlines)
        return NULL;
    size_t start = f->line_start[line - 1], end = f->line_start[line] - 1; /* the '\n', a lone '\r' or len */
    if (end > start && f->text[end - 1] == '\r')
        end--;
    *len = end - start;
    return f->text + start;
}

uint32_t src_utf8_next(const unsigned char *t, size_t len, size_t *i)
{
    unsigned char c = t[*i];
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0) {
        (*i)++;
        return 0xFFFD;
    }
    uint32_t cp = n == 0 ? c : n == 1 ? c & 0x1Fu : n == 2 ? c & 0x0Fu : c & 0x07u;
    for (int k = 1; k <= n; k++) {
        if (*i + (size_t)k >= len || (t[*i + (size_t)k] & 0xC0) != 0x80) {
            (*i)++;
            return 0xFFFD;
        }
        cp = cp << 6 | (t[*i + (size_t)k] & 0x3Fu);
    }
    static const uint32_t min[] = {0, 0x80, 0x800, 0x10000};
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        (*i)++;
        return 0xFFFD;
    }
    *i += (size_t)n + 1;
    return cp;
}

/* Builds the per-block prefix counts of UTF-16 code units. */
static void index_units(struct src_file *f)
{
    size_t nb = f->len / SRC_BLOCK + 1;
    f->bstart = xcalloc(nb, sizeof(size_t));
    f->bunits = xcalloc(nb, sizeof(size_t));
    const unsigned char *t = (const unsigned char *)f->text;
    size_t i = 0, u = 0, b = 0;
    while (b < nb) {
        while (b < nb && b * SRC_BLOCK <= i) { /* i is the first code point at or after block b */
            f->bstart[b] = i;
            f->bunits[b] = u;
            b++;
        }
        if (i >= f->len) {
            for (; b < nb; b++) {
                f->bstart[b] = f->len;
                f->bunits[b] = u;
            }
            break;
        }
        u += src_utf8_next(t, f->len, &i) >= 0x10000 ? 2 : 1;
    }
}

/* UTF-16 code units of the code points that start before byte offset `off`. */
static size_t units_before(const struct src_file *f, size_t off)
{
    size_t b = off / SRC_BLOCK;
    while (b > 0 && f->bstart[b] > off)
        b--;
    size_t i = f->bstart[b], u = f->bunits[b];
    const unsigned char *t = (const unsigned char *)f->text;
    while (i < off)
        u += src_utf8_next(t, f->len, &i) >= 0x10000 ? 2 : 1;
    return u;
}

unsigned src_utf16_col(struct src_file *f, unsigned line, unsigned col)
{
    if (!f->ok || !line || !col)
        return 0;
    if (line > f->nlines)
        return 1;
    if (!f->bstart)
        index_units(f);
    size_t start = f->line_start[line - 1], end = f->line_start[line] - 1; /* end: the '\n' or len */
    size_t at = (size_t)col - 1 < end - start ? start + col - 1 : end;
    return (unsigned)(units_before(f, at) - units_before(f, start)) + 1;
}

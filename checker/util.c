/* util.c — arenas, growable arrays, string maps, key counts and file reading (see util.h). */
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
    struct arena_chunk *next;
    size_t used, cap;
    max_align_t data[];
};

#define ARENA_CHUNK_MIN (64 * 1024)

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("ddicheck: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    struct arena_chunk *c = a->head;
    if (!c || c->cap - c->used < size) {
        size_t cap = size > ARENA_CHUNK_MIN ? size : ARENA_CHUNK_MIN;
        c = xmalloc(sizeof(*c) + cap);
        c->next = a->head;
        c->used = 0;
        c->cap = cap;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_cat(struct arena *a, const char *s1, const char *s2, const char *s3)
{
    size_t l1 = s1 ? strlen(s1) : 0, l2 = s2 ? strlen(s2) : 0, l3 = s3 ? strlen(s3) : 0;
    char *d = arena_alloc(a, l1 + l2 + l3 + 1);
    if (l1)
        memcpy(d, s1, l1);
    if (l2)
        memcpy(d + l1, s2, l2);
    if (l3)
        memcpy(d + l1 + l2, s3, l3);
    d[l1 + l2 + l3] = 0;
    return d;
}

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
    /* also tells gcc 12 that `fmt` is not NULL below: with UBSan's nonnull checks its
     * -Wformat-truncation otherwise reports a "null format string" (sanitizer builds) */
    if (!fmt)
        return arena_strdup(a, "");
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *d = arena_alloc(a, (size_t)n + 1);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    return d;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *d = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return d;
}

void arena_free(struct arena *a)
{
    struct arena_chunk *c = a->head;
    while (c) {
        struct arena_chunk *n = c->next;
        free(c);
        c = n;
    }
    a->head = NULL;
}

void vec_init(struct vec *v, size_t item_size)
{
    v->data = NULL;
    v->len = v->cap = 0;
    v->item = item_size;
}

void *vec_push(struct vec *v)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        void *d = realloc(v->data, v->cap * v->item);
        if (!d) {
            fputs("ddicheck: out of memory\n", stderr);
            abort();
        }
        v->data = d;
    }
    void *p = (char *)v->data + v->len * v->item;
    memset(p, 0, v->item);
    v->len++;
    return p;
}

void *vec_at(const struct vec *v, size_t i)
{
    return (char *)v->data + i * v->item;
}

void vec_free(struct vec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void strmap_init(struct strmap *m)
{
    memset(m, 0, sizeof(*m));
}

static void strmap_grow(struct strmap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    const char **nk = calloc(ncap, sizeof(*nk));
    void **nv = calloc(ncap, sizeof(*nv));
    if (!nk || !nv) {
        fputs("ddicheck: out of memory\n", stderr);
        abort();
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = hash_str(m->keys[i]) & (ncap - 1);
        while (nk[j])
            j = (j + 1) & (ncap - 1);
        nk[j] = m->keys[i];
        nv[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
}

void strmap_put(struct strmap *m, const char *key, void *val)
{
    if ((m->len + 1) * 2 > m->cap)
        strmap_grow(m);
    size_t j = hash_str(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0) {
            m->vals[j] = val;
            return;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = key;
    m->vals[j] = val;
    m->len++;
}

void *strmap_get(const struct strmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    size_t j = hash_str(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

void strmap_free(struct strmap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof(*m));
}

static size_t u64_slot(uint64_t key, size_t cap)
{
    return (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & (cap - 1);
}

unsigned u64count_bump(struct u64count *c, uint64_t key)
{
    if (2 * (c->len + 1) > c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 256;
        uint64_t *nk = calloc(ncap, sizeof(*nk));
        unsigned *nv = calloc(ncap, sizeof(*nv));
        if (!nk || !nv) {
            fputs("ddicheck: out of memory\n", stderr);
            abort();
        }
        for (size_t i = 0; i < c->cap; i++) {
            if (!c->vals[i])
                continue;
            size_t j = u64_slot(c->keys[i], ncap);
            while (nv[j])
                j = (j + 1) & (ncap - 1);
            nk[j] = c->keys[i];
            nv[j] = c->vals[i];
        }
        free(c->keys);
        free(c->vals);
        c->keys = nk;
        c->vals = nv;
        c->cap = ncap;
    }
    size_t j = u64_slot(key, c->cap);
    while (c->vals[j] && c->keys[j] != key)
        j = (j + 1) & (c->cap - 1);
    if (!c->vals[j]) {
        c->keys[j] = key;
        c->len++;
    }
    return ++c->vals[j];
}

void u64count_free(struct u64count *c)
{
    free(c->keys);
    free(c->vals);
    memset(c, 0, sizeof(*c));
}

char *read_file(const char *path, size_t *len_out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = xmalloc(cap);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return NULL;
    }
    buf[len] = 0;
    if (len_out)
        *len_out = len;
    return buf;
}

/* util.h — arenas, growable arrays, string maps and key counts shared by every checker module.
 *
 * Memory: an arena owns everything allocated from it; arena_free() releases it all at once.
 * Nothing here is thread-safe; give each thread its own arena.
 */
#ifndef DDICHECK_UTIL_H
#define DDICHECK_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena_chunk;
struct arena {
    struct arena_chunk *head;
};

/* Returns zeroed arena-owned memory of `size` bytes; aborts the process on out-of-memory. */
void *arena_alloc(struct arena *a, size_t size);
/* Returns an arena-owned copy of `s` (NULL stays NULL). */
char *arena_strdup(struct arena *a, const char *s);
/* Returns an arena-owned copy of the first `n` bytes of `s`, NUL-terminated. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Concatenation of up to three strings (NULL = empty) into arena-owned memory; the cheap form of
 * arena_printf for building access paths. */
char *arena_cat(struct arena *a, const char *s1, const char *s2, const char *s3);
/* printf into arena-owned memory. */
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap);
/* Frees every allocation of the arena; the arena can be reused afterwards. */
void arena_free(struct arena *a);

/* Growable array of fixed-size items, heap-backed (vec_free releases it). */
struct vec {
    void *data;
    size_t len, cap, item;
};
void vec_init(struct vec *v, size_t item_size);
/* Appends a zeroed item and returns a pointer to it (valid until the next push). */
void *vec_push(struct vec *v);
void *vec_at(const struct vec *v, size_t i);
void vec_free(struct vec *v);

/* String-keyed hash map to pointers. Keys are borrowed: they must outlive the map. */
struct strmap {
    const char **keys;
    void **vals;
    size_t cap, len;
};
void strmap_init(struct strmap *m);
void strmap_put(struct strmap *m, const char *key, void *val);
/* Returns the value or NULL. */
void *strmap_get(const struct strmap *m, const char *key);
void strmap_free(struct strmap *m);

/* Counts per 64-bit key (open addressing), e.g. how often a hash was seen. Zero-initialise. */
struct u64count {
    uint64_t *keys;
    unsigned *vals; /* 0 = empty slot */
    size_t cap, len;
};
/* Adds one to the count of `key` and returns the new count (1 the first time). */
unsigned u64count_bump(struct u64count *c, uint64_t key);
void u64count_free(struct u64count *c);

/* Reads a whole file into a heap buffer with a NUL after the last byte (caller frees); returns NULL
 * with errno set on failure. It reads whatever the path names, FIFOs and devices included, without
 * a size limit: for files a user names, use fileio.h's fio_read_input(). */
char *read_file(const char *path, size_t *len_out);

#endif

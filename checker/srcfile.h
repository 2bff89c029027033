/* srcfile.h — the source files a run reports on, each read once per run: its lines, UTF-8 decoding
 * and the columns reporters need (bytes, UTF-16 code units, display columns).
 *
 * Every reporter (text snippets, JSON and SARIF columns, SARIF line hashes), the suppression
 * matcher and the baseline fingerprints read source text through one struct src_cache, so a file
 * is read from disk once however many locations point into it, and UTF-8 is decoded by one
 * function (src_utf8_next) everywhere.
 *
 * Columns: clang's columns are 1-based byte columns. src_utf16_col() turns one into 1-based UTF-16
 * code units (what LSP editors and SARIF use) in time bounded by SRC_BLOCK bytes of scanning per
 * call, so reports on very long lines stay linear in their size.
 *
 * Limits: files are read whole (fileio.h's fio_read_input, regular files only); a file that cannot
 * be read is remembered as such (ok == false) and has no lines. Not thread-safe.
 * Memory: the cache owns every struct src_file and its text; path keys are copied.
 */
#ifndef DDICHECK_SRCFILE_H
#define DDICHECK_SRCFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { SRC_BLOCK = 64 }; /* bytes between UTF-16 prefix counts */

/* One source file read once. */
struct src_file {
    const char *path; /* cache-owned copy of the name it was asked for by */
    bool ok;          /* false: it could not be read (it then has no lines) */
    char *text;       /* the whole file with a NUL after it (heap-owned) */
    size_t len;
    size_t *line_start; /* nlines + 1 entries; line_start[nlines] = len + 1 */
    unsigned nlines;    /* a final line without a newline counts; an empty file has one empty line */
    size_t *bstart;     /* per SRC_BLOCK-byte block: the first code point starting at or after it, */
    size_t *bunits;     /* and the UTF-16 code units before that code point (built on first use) */
};

struct src_cache;

/* A new empty cache (never NULL; aborts on out-of-memory). */
struct src_cache *src_cache_new(void);
/* Frees the cache and every file it read (NULL is allowed). */
void src_cache_free(struct src_cache *c);
/* The file `path` (as reported: relative to the current directory or absolute), read on first use.
 * Never NULL; check ->ok. The result stays valid until the cache is freed. */
struct src_file *src_get(struct src_cache *c, const char *path);

/* Line `line` (1-based) of `f` without its line end ("\n", "\r\n" or a lone "\r", as clang counts lines) and its byte
 * length in *len; NULL when the line does not exist. */
const char *src_line(const struct src_file *f, unsigned line, size_t *len);

/* Decodes the UTF-8 sequence at t[*i] (t has `len` bytes, *i < len) and advances *i past it.
 * Returns the code point; an invalid or truncated sequence, an overlong form or a surrogate decodes
 * as U+FFFD and advances one byte. The one UTF-8 decoder of ddicheck. */
uint32_t src_utf8_next(const unsigned char *t, size_t len, size_t *i);

/* 1-based UTF-16 column of the 1-based byte column `col` on line `line` of `f`: one unit per code
 * point below U+10000 (invalid bytes count one each, as U+FFFD), two above. A column past the end
 * of the line counts to the line's end. 0 when the file was not read or line/col is 0; 1 for a
 * line past the end of the file. */
unsigned src_utf16_col(struct src_file *f, unsigned line, unsigned col);

#endif

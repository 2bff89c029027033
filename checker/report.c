/* report.c — text and JSON reporters (see report.h). Columns in both are clang's: 1-based byte
 * columns; the JSON report also gives `column_utf16` (1-based UTF-16 code units) for editors and
 * `offset` (0-based byte offset in the file). UTF-16 columns come from one reading of each file
 * (struct rpt_cols), so a report costs time linear in its size, however long the lines are. */
#include "report.h"

#include "baseline.h"
#include "fileio.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#ifndef DDICHECK_VERSION
#define DDICHECK_VERSION "0.0.0"
#endif

static const char *sev_name(enum rule_severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_NOTE ? "note" : "warning";
}

/* Writes `s` with control characters escaped (\n, \r, \t, \xNN), so that a file name or message
 * holding a line break cannot forge report lines. */
static void put_text(FILE *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    for (;;) {
        const unsigned char *q = p;
        while (*q >= 0x20 && *q != 0x7f)
            q++;
        if (q > p)
            fwrite(p, 1, (size_t)(q - p), out);
        if (!*q)
            return;
        if (*q == '\n')
            fputs("\\n", out);
        else if (*q == '\r')
            fputs("\\r", out);
        else if (*q == '\t')
            fputs("\\t", out);
        else
            fprintf(out, "\\x%02X", *q);
        p = q + 1;
    }
}

static void print_loc(FILE *out, const struct ir_loc *l)
{
    put_text(out, l->file ? l->file : l->line ? "<unknown>" : "ddicheck");
    if (l->line)
        fprintf(out, ":%u:%u", l->line, l->col);
    fputs(": ", out);
}

void rpt_text_diags(FILE *out, const struct vec *errors)
{
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        print_loc(out, &d->loc);
        fputs(d->note ? "note: " : "error: ", out);
        put_text(out, d->message);
        fputc('\n', out);
    }
}

void rpt_text(FILE *out, const struct findings *fs, const struct vec *errors)
{
    rpt_text_diags(out, errors);
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        print_loc(out, &f->loc);
        fprintf(out, "%s: ", sev_name(f->severity));
        put_text(out, f->message);
        fputs(" [", out);
        put_text(out, f->rule);
        fputs("]\n", out);
        for (size_t n = 0; n < f->notes.len; n++) {
            const struct note *no = vec_at(&f->notes, n);
            print_loc(out, &no->loc);
            fputs("note: ", out);
            put_text(out, no->message);
            fputc('\n', out);
        }
    }
}

void rpt_text_ex(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    rpt_text(out, fs, errors);
    if (!ctx || !ctx->show_suppressed || !ctx->suppressed)
        return;
    for (size_t i = 0; i < ctx->suppressed->len; i++) {
        const struct rpt_suppressed *sp = vec_at(ctx->suppressed, i);
        print_loc(out, &sp->f.loc);
        fprintf(out, "%s: ", sev_name(sp->f.severity));
        put_text(out, sp->f.message);
        fputs(" [", out);
        put_text(out, sp->f.rule);
        fputs("] (suppressed", out);
        if (sp->reason && *sp->reason) {
            fputs(": ", out);
            put_text(out, sp->reason);
        }
        fputs(")\n", out);
    }
}

/* ---- UTF-16 columns ---- */

enum { COL_BLOCK = 64 }; /* bytes per entry of the UTF-16 prefix counts */

/* One source file read once: where its lines start and how many UTF-16 code units precede every
 * COL_BLOCK-th byte. */
struct col_file {
    bool ok; /* false: the file could not be read; its columns are 0 */
    char *text;
    size_t len;
    size_t *line_start; /* nlines + 1 entries; line_start[nlines] = len + 1 */
    unsigned nlines;
    size_t *units; /* units[b] = UTF-16 code units in text[0, b * COL_BLOCK) */
};

struct rpt_cols {
    struct strmap index; /* file name (borrowed) -> struct col_file * */
    struct vec files;    /* struct col_file *, heap-owned */
};

/* UTF-16 code units a byte stands for: continuation bytes none, the lead byte of a 4-byte
 * sequence (a surrogate pair) two, any other byte one. */
static unsigned unit_weight(unsigned char c)
{
    return (c & 0xC0) == 0x80 ? 0 : (c & 0xF8) == 0xF0 ? 2 : 1;
}

static struct col_file *col_load(const char *file)
{
    struct col_file *cf = calloc(1, sizeof(*cf));
    if (!cf)
        abort();
    char why[256];
    cf->text = fio_read_input(file, 0, &cf->len, NULL, why, sizeof(why));
    if (!cf->text)
        return cf;
    cf->ok = true;
    unsigned n = 1;
    for (size_t i = 0; i < cf->len; i++)
        n += cf->text[i] == '\n';
    cf->nlines = n;
    cf->line_start = malloc(((size_t)n + 1) * sizeof(size_t));
    cf->units = malloc((cf->len / COL_BLOCK + 1) * sizeof(size_t));
    if (!cf->line_start || !cf->units)
        abort();
    unsigned l = 0;
    size_t u = 0;
    cf->line_start[l++] = 0;
    for (size_t i = 0; i < cf->len; i++) {
        if (i % COL_BLOCK == 0)
            cf->units[i / COL_BLOCK] = u;
        u += unit_weight((unsigned char)cf->text[i]);
        if (cf->text[i] == '\n')
            cf->line_start[l++] = i + 1;
    }
    if (cf->len % COL_BLOCK == 0)
        cf->units[cf->len / COL_BLOCK] = u;
    cf->line_start[n] = cf->len + 1;
    return cf;
}

/* UTF-16 code units in text[0, off). */
static size_t units_before(const struct col_file *cf, size_t off)
{
    size_t u = cf->units[off / COL_BLOCK];
    for (size_t i = off - off % COL_BLOCK; i < off; i++)
        u += unit_weight((unsigned char)cf->text[i]);
    return u;
}

struct rpt_cols *rpt_cols_new(void)
{
    struct rpt_cols *c = calloc(1, sizeof(*c));
    if (!c)
        abort();
    strmap_init(&c->index);
    vec_init(&c->files, sizeof(struct col_file *));
    return c;
}

void rpt_cols_free(struct rpt_cols *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->files.len; i++) {
        struct col_file *cf = *(struct col_file **)vec_at(&c->files, i);
        free(cf->text);
        free(cf->line_start);
        free(cf->units);
        free(cf);
    }
    vec_free(&c->files);
    strmap_free(&c->index);
    free(c);
}

unsigned rpt_cols_utf16(struct rpt_cols *c, const char *file, unsigned line, unsigned col)
{
    if (!file || !line || !col)
        return 0;
    struct col_file *cf = strmap_get(&c->index, file);
    if (!cf) {
        cf = col_load(file);
        *(struct col_file **)vec_push(&c->files) = cf;
        strmap_put(&c->index, file, cf);
    }
    if (!cf->ok)
        return 0;
    if (line > cf->nlines)
        return 1;
    size_t start = cf->line_start[line - 1], end = cf->line_start[line] - 1; /* end: the '\n' or len */
    size_t at = (size_t)col - 1 < end - start ? start + col - 1 : end;
    return (unsigned)(units_before(cf, at) - units_before(cf, start)) + 1;
}

unsigned rpt_utf16_col(const char *file, unsigned line, unsigned col)
{
    struct rpt_cols *c = rpt_cols_new();
    unsigned u = rpt_cols_utf16(c, file, line, col);
    rpt_cols_free(c);
    return u;
}

static void put_loc(struct json_object *o, const struct ir_loc *l, struct rpt_cols *cols)
{
    json_object_object_add(o, "file", json_object_new_string(l->file ? l->file : ""));
    json_object_object_add(o, "line", json_object_new_int((int)l->line));
    json_object_object_add(o, "column", json_object_new_int((int)l->col));
    json_object_object_add(o, "column_utf16", json_object_new_int((int)rpt_cols_utf16(cols, l->file, l->line, l->col)));
    json_object_object_add(o, "offset", json_object_new_int64(l->line ? (int64_t)l->offset : 0));
}

/* One finding as a JSON object; `fp` is its fingerprint or NULL. */
static struct json_object *finding_json(const struct finding *f, const char *fp, struct rpt_cols *cols)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "rule", json_object_new_string(f->rule));
    json_object_object_add(o, "severity", json_object_new_string(sev_name(f->severity)));
    json_object_object_add(o, "message", json_object_new_string(f->message));
    put_loc(o, &f->loc, cols);
    json_object_object_add(o, "function", f->function ? json_object_new_string(f->function) : NULL);
    if (fp)
        json_object_object_add(o, "fingerprint", json_object_new_string(fp));
    struct json_object *notes = json_object_new_array();
    for (size_t n = 0; n < f->notes.len; n++) {
        const struct note *no = vec_at(&f->notes, n);
        struct json_object *jn = json_object_new_object();
        put_loc(jn, &no->loc, cols);
        json_object_object_add(jn, "message", json_object_new_string(no->message));
        json_object_array_add(notes, jn);
    }
    json_object_object_add(o, "notes", notes);
    return o;
}

int rpt_json(FILE *out, const struct findings *fs, const struct vec *errors)
{
    return rpt_json_ex(out, fs, errors, NULL);
}

int rpt_json_ex(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    struct arena a = {0};
    const char *const *fps = ctx && ctx->fingerprints ? ctx->fingerprints : bl_fingerprints(fs, &a);
    struct rpt_cols *cols = rpt_cols_new();
    struct json_object *root = json_object_new_object();
    struct json_object *tool = json_object_new_object();
    json_object_object_add(tool, "name", json_object_new_string("ddicheck"));
    json_object_object_add(tool, "version", json_object_new_string(DDICHECK_VERSION));
    json_object_object_add(root, "tool", tool);
    struct json_object *arr = json_object_new_array();
    for (size_t i = 0; i < fs->items.len; i++)
        json_object_array_add(arr, finding_json(vec_at(&fs->items, i), fps[i], cols));
    json_object_object_add(root, "findings", arr);
    struct json_object *errs = json_object_new_array();
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        struct json_object *o = json_object_new_object();
        put_loc(o, &d->loc, cols);
        json_object_object_add(o, "message", json_object_new_string(d->message));
        json_object_object_add(o, "severity", json_object_new_string(d->note ? "note" : "error"));
        json_object_object_add(o, "fatal", json_object_new_boolean(d->fatal));
        json_object_array_add(errs, o);
    }
    json_object_object_add(root, "errors", errs);
    size_t nsupp = ctx && ctx->suppressed ? ctx->suppressed->len : 0;
    struct json_object *counts = json_object_new_object();
    json_object_object_add(counts, "findings", json_object_new_int64((int64_t)fs->items.len));
    json_object_object_add(counts, "suppressed", json_object_new_int64((int64_t)nsupp));
    json_object_object_add(counts, "baselined", json_object_new_int64(ctx ? (int64_t)ctx->nbaselined : 0));
    json_object_object_add(root, "counts", counts);
    if (ctx && ctx->show_suppressed) {
        struct json_object *sa = json_object_new_array();
        for (size_t i = 0; i < nsupp; i++) {
            const struct rpt_suppressed *sp = vec_at(ctx->suppressed, i);
            struct json_object *o = finding_json(&sp->f, NULL, cols);
            struct json_object *so = json_object_new_object();
            json_object_object_add(so, "line", json_object_new_int((int)sp->comment.line));
            json_object_object_add(so, "reason", json_object_new_string(sp->reason ? sp->reason : ""));
            json_object_object_add(o, "suppression", so);
            json_object_array_add(sa, o);
        }
        json_object_object_add(root, "suppressed", sa);
    }
    const char *s = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
    int rc = fputs(s, out) < 0 || fputc('\n', out) == EOF ? 2 : 0;
    json_object_put(root);
    rpt_cols_free(cols);
    arena_free(&a);
    return rc;
}

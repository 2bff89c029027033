/* report.c — text and JSON reporters and the closing summary (see report.h). Columns in both are
 * clang's: 1-based byte columns; the JSON report also gives `column_utf16` (1-based UTF-16 code
 * units) for editors and `offset` (0-based byte offset in the file). Source text (snippets, UTF-16
 * columns) comes from the run's struct src_cache (srcfile.h), so each file is read once and a
 * report costs time linear in its size, however long the lines are. */
#include "report.h"

#include "baseline.h"
#include "fileio.h"

#include <json-c/json.h>
#include <stdint.h>
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

/* ANSI colours, as clang writes them. */
#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_ERROR "\033[0;1;31m"
#define C_WARNING "\033[0;1;35m"
#define C_NOTE "\033[0;1;30m"
#define C_CARET "\033[0;1;32m"

static const char *sev_color(const char *sev)
{
    return sev[0] == 'e' ? C_ERROR : sev[0] == 'n' ? C_NOTE : C_WARNING;
}

static void print_loc(FILE *out, const struct ir_loc *l, bool color)
{
    if (color)
        fputs(C_BOLD, out);
    put_text(out, l->file ? l->file : l->line ? "<unknown>" : "ddicheck");
    if (l->line)
        fprintf(out, ":%u:%u", l->line, l->col);
    fputs(": ", out);
    if (color)
        fputs(C_RESET, out);
}

/* Writes the source text bytes [from, to) of a line for a snippet, starting at display column
 * `dcol` (0-based); returns the display column after it. With `caret_at` inside [from, to], stores
 * the display column of that byte in *caret. */
static size_t put_source(FILE *out, const char *text, size_t from, size_t to, size_t dcol, size_t caret_at,
                         size_t *caret)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t i = from;
    while (i < to) {
        if (i == caret_at)
            *caret = dcol;
        size_t at = i;
        uint32_t cp = src_utf8_next(t, to, &i);
        if (cp == '\t') {
            size_t next = (dcol / 8 + 1) * 8;
            for (; dcol < next; dcol++)
                fputc(' ', out);
        } else if (cp == 0xFFFD && i == at + 1 && t[at] >= 0x80) { /* not UTF-8 */
            fprintf(out, "<%02X>", t[at]);
            dcol += 4;
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029) {
            fprintf(out, "<U+%04X>", (unsigned)cp);
            dcol += 8;
        } else {
            fwrite(t + at, 1, i - at, out);
            dcol++;
        }
    }
    if (caret_at >= to)
        *caret = dcol;
    return dcol;
}

/* The source line of `l` and a caret under its column (see rpt_text_ex). */
static void put_snippet(FILE *out, struct src_cache *sc, const struct ir_loc *l, bool color)
{
    if (!sc || !l->file || !l->line)
        return;
    size_t len;
    const char *text = src_line(src_get(sc, l->file), l->line, &len);
    if (!text)
        return;
    size_t at = l->col ? (size_t)l->col - 1 : 0;
    if (at > len)
        at = len;
    size_t from = 0, to = len;
    if (len > RPT_SNIPPET_BYTES) { /* a window around the column, cut at code point boundaries */
        from = at > RPT_SNIPPET_BYTES / 2 ? at - RPT_SNIPPET_BYTES / 2 : 0;
        to = from + RPT_SNIPPET_BYTES < len ? from + RPT_SNIPPET_BYTES : len;
        while (from > 0 && from < len && ((unsigned char)text[from] & 0xC0) == 0x80)
            from++;
        while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80)
            to++;
        if (at < from)
            at = from;
    }
    unsigned digits = 1;
    for (unsigned v = l->line; v >= 10; v /= 10)
        digits++;
    int width = digits + 1 > 5 ? (int)digits + 1 : 5;
    fprintf(out, "%*u | ", width, l->line);
    size_t dcol = 0, caret = 0;
    if (from > 0) {
        fputs("...", out);
        dcol = 3;
    }
    put_source(out, text, from, to, dcol, at, &caret);
    if (to < len)
        fputs("...", out);
    fputc('\n', out);
    fprintf(out, "%*s | %*s%s^%s\n", width, "", (int)caret, "", color ? C_CARET : "", color ? C_RESET : "");
}

/* One diagnostic line: LOCATION: SEVERITY: MESSAGE[ [RULE]][SUFFIX], then its snippet. */
static void put_diag(FILE *out, const struct ir_loc *l, const char *sev, const char *msg, const char *rule,
                     const struct rpt_context *ctx, struct src_cache *sc)
{
    bool color = ctx && ctx->color;
    print_loc(out, l, color);
    if (color)
        fprintf(out, "%s%s: " C_RESET C_BOLD, sev_color(sev), sev);
    else
        fprintf(out, "%s: ", sev);
    put_text(out, msg);
    if (rule) {
        fputs(" [", out);
        put_text(out, rule);
        fputc(']', out);
    }
    if (color)
        fputs(C_RESET, out);
    fputc('\n', out);
    if (ctx && ctx->snippets)
        put_snippet(out, sc, l, color);
}

static void text_diags(FILE *out, const struct vec *errors, const struct rpt_context *ctx, struct src_cache *sc)
{
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        put_diag(out, &d->loc, d->note ? "note" : "error", d->message, NULL, ctx, sc);
    }
}

static void text_finding(FILE *out, const struct finding *f, const struct rpt_suppressed *sp,
                         const struct rpt_context *ctx, struct src_cache *sc)
{
    bool color = ctx && ctx->color;
    if (!sp) {
        put_diag(out, &f->loc, sev_name(f->severity), f->message, f->rule, ctx, sc);
    } else {
        print_loc(out, &f->loc, color);
        fprintf(out, "%s: ", sev_name(f->severity));
        put_text(out, f->message);
        fputs(" [", out);
        put_text(out, f->rule);
        fputs("] (suppressed", out);
        if (sp->reason && *sp->reason) {
            fputs(": ", out);
            put_text(out, sp->reason);
        }
        fputs(")\n", out);
        return;
    }
    for (size_t n = 0; n < f->notes.len; n++) {
        const struct note *no = vec_at(&f->notes, n);
        put_diag(out, &no->loc, "note", no->message, NULL, ctx, sc);
    }
}

void rpt_text_diags(FILE *out, const struct vec *errors)
{
    text_diags(out, errors, NULL, NULL);
}

void rpt_text(FILE *out, const struct findings *fs, const struct vec *errors)
{
    rpt_text_ex(out, fs, errors, NULL);
}

void rpt_text_ex(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    struct src_cache *own = ctx && ctx->snippets && !ctx->sources ? src_cache_new() : NULL;
    struct src_cache *sc = own ? own : ctx ? ctx->sources : NULL;
    text_diags(out, errors, ctx, sc);
    for (size_t i = 0; i < fs->items.len; i++)
        text_finding(out, vec_at(&fs->items, i), NULL, ctx, sc);
    for (size_t i = 0; ctx && ctx->show_suppressed && ctx->suppressed && i < ctx->suppressed->len; i++) {
        const struct rpt_suppressed *sp = vec_at(ctx->suppressed, i);
        text_finding(out, &sp->f, sp, ctx, sc);
    }
    src_cache_free(own);
}

/* "1 warning", "3 errors", ... appended to buf. */
static void count_words(char *buf, size_t n, size_t count, const char *what, bool *first, bool last)
{
    if (!count)
        return;
    size_t o = strlen(buf);
    snprintf(buf + o, n - o, "%s%zu %s%s", *first ? "" : last ? " and " : ", ", count, what, count == 1 ? "" : "s");
    *first = false;
}

void rpt_summary(FILE *out, const struct findings *fs, const struct vec *errors, size_t nchecked, bool color)
{
    size_t by[3] = {0, 0, 0}; /* error, warning, note */
    struct strmap files;
    strmap_init(&files);
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        by[f->severity == SEV_ERROR ? 0 : f->severity == SEV_NOTE ? 2 : 1]++;
        if (f->loc.file)
            strmap_put(&files, f->loc.file, (void *)f);
    }
    char line[256] = "";
    bool first = true;
    count_words(line, sizeof(line), by[0], "error", &first, !by[1] && !by[2]);
    count_words(line, sizeof(line), by[1], "warning", &first, !by[2]);
    count_words(line, sizeof(line), by[2], "note", &first, true);
    size_t o = strlen(line);
    if (first)
        snprintf(line, sizeof(line), "no findings");
    else
        snprintf(line + o, sizeof(line) - o, " in %zu file%s", files.len, files.len == 1 ? "" : "s");
    o = strlen(line);
    if (nchecked)
        snprintf(line + o, sizeof(line) - o, " (%zu file%s checked)", nchecked, nchecked == 1 ? "" : "s");
    size_t nerr = 0;
    for (size_t i = 0; errors && i < errors->len; i++)
        nerr += !((const struct ir_diag *)vec_at(errors, i))->note;
    o = strlen(line);
    if (nerr)
        snprintf(line + o, sizeof(line) - o, "; %zu input error%s", nerr, nerr == 1 ? "" : "s");
    fprintf(out, "%s%s%s\n", color ? C_BOLD : "", line, color ? C_RESET : "");
    strmap_free(&files);
}

static void put_loc(struct json_object *o, const struct ir_loc *l, struct src_cache *cols)
{
    json_object_object_add(o, "file", json_object_new_string(l->file ? l->file : ""));
    json_object_object_add(o, "line", json_object_new_int((int)l->line));
    json_object_object_add(o, "column", json_object_new_int((int)l->col));
    json_object_object_add(
        o, "column_utf16",
        json_object_new_int(l->file ? (int)src_utf16_col(src_get(cols, l->file), l->line, l->col) : 0));
    json_object_object_add(o, "offset", json_object_new_int64(l->line ? (int64_t)l->offset : 0));
}

/* One finding as a JSON object; `fp` is its fingerprint or NULL. */
static struct json_object *finding_json(const struct finding *f, const char *fp, struct src_cache *cols)
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
    struct src_cache *own = ctx && ctx->sources ? NULL : src_cache_new();
    struct src_cache *cols = own ? own : ctx->sources;
    const char *const *fps = ctx && ctx->fingerprints ? ctx->fingerprints : bl_fingerprints(fs, cols, &a);
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
    src_cache_free(own);
    arena_free(&a);
    return rc;
}

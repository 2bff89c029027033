/* report.c — text and JSON reporters (see report.h). Columns in both are clang's: 1-based byte
 * columns; the JSON report also gives `column_utf16` (1-based UTF-16 code units) for editors and
 * `offset` (0-based byte offset in the file). */
#include "report.h"

#include "baseline.h"

#include <json-c/json.h>
#include <string.h>

#ifndef DDICHECK_VERSION
#define DDICHECK_VERSION "0.0.0"
#endif

static const char *sev_name(enum rule_severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_NOTE ? "note" : "warning";
}

static void print_loc(FILE *out, const struct ir_loc *l)
{
    if (l->line)
        fprintf(out, "%s:%u:%u: ", l->file ? l->file : "<unknown>", l->line, l->col);
    else
        fprintf(out, "%s: ", l->file ? l->file : "ddicheck");
}

void rpt_text(FILE *out, const struct findings *fs, const struct vec *errors)
{
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        print_loc(out, &d->loc);
        fprintf(out, "%s: %s\n", d->note ? "note" : "error", d->message);
    }
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        print_loc(out, &f->loc);
        fprintf(out, "%s: %s [%s]\n", sev_name(f->severity), f->message, f->rule);
        for (size_t n = 0; n < f->notes.len; n++) {
            const struct note *no = vec_at(&f->notes, n);
            print_loc(out, &no->loc);
            fprintf(out, "note: %s\n", no->message);
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
        fprintf(out, "%s: %s [%s] (suppressed%s%s)\n", sev_name(sp->f.severity), sp->f.message, sp->f.rule,
                sp->reason && *sp->reason ? ": " : "", sp->reason ? sp->reason : "");
    }
}

unsigned rpt_utf16_col(const char *file, unsigned line, unsigned col)
{
    if (!file || !line || !col)
        return 0;
    FILE *f = fopen(file, "rb");
    if (!f)
        return 0;
    unsigned cur = 1, units = 0;
    int c;
    while (cur < line && (c = fgetc(f)) != EOF)
        if (c == '\n')
            cur++;
    for (unsigned b = 1; b < col; b++) {
        c = fgetc(f);
        if (c == EOF || c == '\n')
            break;
        if ((c & 0xC0) == 0x80)
            continue; /* continuation byte */
        units += (c & 0xF8) == 0xF0 ? 2 : 1;
    }
    fclose(f);
    return units + 1;
}

static void put_loc(struct json_object *o, const struct ir_loc *l)
{
    json_object_object_add(o, "file", json_object_new_string(l->file ? l->file : ""));
    json_object_object_add(o, "line", json_object_new_int((int)l->line));
    json_object_object_add(o, "column", json_object_new_int((int)l->col));
    json_object_object_add(o, "column_utf16", json_object_new_int((int)rpt_utf16_col(l->file, l->line, l->col)));
    json_object_object_add(o, "offset", json_object_new_int64(l->line ? (int64_t)l->offset : 0));
}

/* One finding as a JSON object; `fp` is its fingerprint or NULL. */
static struct json_object *finding_json(const struct finding *f, const char *fp)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "rule", json_object_new_string(f->rule));
    json_object_object_add(o, "severity", json_object_new_string(sev_name(f->severity)));
    json_object_object_add(o, "message", json_object_new_string(f->message));
    put_loc(o, &f->loc);
    json_object_object_add(o, "function", f->function ? json_object_new_string(f->function) : NULL);
    if (fp)
        json_object_object_add(o, "fingerprint", json_object_new_string(fp));
    struct json_object *notes = json_object_new_array();
    for (size_t n = 0; n < f->notes.len; n++) {
        const struct note *no = vec_at(&f->notes, n);
        struct json_object *jn = json_object_new_object();
        put_loc(jn, &no->loc);
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
    struct json_object *root = json_object_new_object();
    struct json_object *tool = json_object_new_object();
    json_object_object_add(tool, "name", json_object_new_string("ddicheck"));
    json_object_object_add(tool, "version", json_object_new_string(DDICHECK_VERSION));
    json_object_object_add(root, "tool", tool);
    struct json_object *arr = json_object_new_array();
    for (size_t i = 0; i < fs->items.len; i++)
        json_object_array_add(arr, finding_json(vec_at(&fs->items, i), fps[i]));
    json_object_object_add(root, "findings", arr);
    struct json_object *errs = json_object_new_array();
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        struct json_object *o = json_object_new_object();
        put_loc(o, &d->loc);
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
            struct json_object *o = finding_json(&sp->f, NULL);
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
    arena_free(&a);
    return rc;
}

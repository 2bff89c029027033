/* report_ci.c — reports for CI systems without SARIF upload (see report.h): GitHub Actions workflow
 * commands, GitLab Code Quality JSON and checkstyle XML (Jenkins' Warnings Next Generation and
 * checkstyle plugins, and most other CI servers).
 *
 * Paths: GitHub and GitLab want paths relative to the repository; a file inside the source root
 * (--srcroot, else the current directory) is written relative to it, any other file as an
 * absolute path. Checkstyle keeps the file as reported. Text that is not UTF-8 is written with
 * U+FFFD for each invalid byte (srcfile.h's decoder), so every report is valid UTF-8, and
 * checkstyle's XML has no character XML 1.0 forbids (control characters become U+FFFD too).
 */
#include "report.h"

#include "baseline.h"
#include "srcfile.h"

#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *sev_word(enum rule_severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_NOTE ? "note" : "warning";
}

/* The source root as an absolute real path ending in '/', in buf; false (printed) when it does not
 * resolve. */
static bool source_root(const struct rpt_context *ctx, char *buf, size_t n)
{
    const char *dir = ctx && ctx->srcroot ? ctx->srcroot : ".";
    char real[PATH_MAX];
    if (!realpath(dir, real)) {
        fprintf(stderr, "%s: error: cannot resolve the source root: %s\n", dir, strerror(errno));
        return false;
    }
    snprintf(buf, n, "%s%s", real, real[strlen(real) - 1] == '/' ? "" : "/");
    return true;
}

/* `file` relative to `root` (see the top of this file), in buf. */
static const char *repo_path(const char *file, const char *root, char *buf, size_t n)
{
    char real[2 * PATH_MAX + 2];
    if (!file || !*file) {
        snprintf(buf, n, "%s", file ? file : "");
        return buf;
    }
    if (!realpath(file, real)) {
        char cwd[PATH_MAX];
        if (file[0] == '/' || !getcwd(cwd, sizeof(cwd)))
            snprintf(real, sizeof(real), "%s", file);
        else
            snprintf(real, sizeof(real), "%s/%s", cwd, file);
    }
    size_t rl = strlen(root);
    snprintf(buf, n, "%s", strncmp(real, root, rl) == 0 ? real + rl : real);
    return buf;
}

/* Writes `s` as valid UTF-8: each invalid byte (and, with `xml`, each character XML 1.0 forbids)
 * as U+FFFD; with `xml`, the markup characters as entities; with `esc`, the characters of `esc[0]`
 * percent-encoded (GitHub's workflow-command escaping). */
static void put_clean(FILE *out, const char *s, bool xml, const char *esc)
{
    const unsigned char *t = (const unsigned char *)(s ? s : "");
    size_t len = strlen((const char *)t), i = 0;
    while (i < len) {
        size_t at = i;
        uint32_t cp = src_utf8_next(t, len, &i);
        bool invalid = cp == 0xFFFD && i == at + 1 && t[at] >= 0x80;
        if (esc && cp < 0x80 && strchr(esc, (int)cp)) {
            fprintf(out, "%%%02X", (unsigned)cp);
        } else if (xml && (cp == '&' || cp == '<' || cp == '>' || cp == '"' || cp == '\'')) {
            fputs(cp == '&' ? "&amp;" : cp == '<' ? "&lt;" : cp == '>' ? "&gt;" : cp == '"' ? "&quot;" : "&apos;", out);
        } else if (invalid || (xml && ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE))) {
            fputs("\xEF\xBF\xBD", out);
        } else if (xml && (cp == '\n' || cp == '\r' || cp == '\t')) {
            fprintf(out, "&#%u;", (unsigned)cp); /* kept in an attribute value */
        } else
            fwrite(t + at, 1, i - at, out);
    }
}

/* `s` made valid UTF-8 (invalid bytes as U+FFFD), heap-allocated: for json-c, which writes strings
 * as given. */
static char *utf8_copy(const char *s)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    if (!m)
        abort();
    put_clean(m, s, false, NULL);
    fclose(m);
    return buf;
}

/* ---- GitHub Actions workflow commands ---- */

/* `::warning file=F,line=L,col=C,title=RuleId::MESSAGE` (::error, ::notice for notes); the notes
 * become further lines of the message ("%0A"), each as `FILE:LINE: note: TEXT`. */
int rpt_github(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    char root[PATH_MAX + 2], path[2 * PATH_MAX + 8];
    if (!source_root(ctx, root, sizeof(root)))
        return 2;
    const char *prop_esc = "%\r\n:,", *data_esc = "%\r\n";
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        fputs(d->note ? "::notice " : "::error ", out);
        if (d->loc.file) {
            fputs("file=", out);
            put_clean(out, repo_path(d->loc.file, root, path, sizeof(path)), false, prop_esc);
            if (d->loc.line)
                fprintf(out, ",line=%u,col=%u", d->loc.line, d->loc.col);
            fputc(',', out);
        }
        fputs("title=ddicheck::", out);
        put_clean(out, d->message, false, data_esc);
        fputc('\n', out);
    }
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        fprintf(out, "::%s ", f->severity == SEV_ERROR ? "error" : f->severity == SEV_NOTE ? "notice" : "warning");
        if (f->loc.file) {
            fputs("file=", out);
            put_clean(out, repo_path(f->loc.file, root, path, sizeof(path)), false, prop_esc);
            fprintf(out, ",line=%u,col=%u,", f->loc.line, f->loc.col);
        }
        fputs("title=", out);
        put_clean(out, f->rule, false, prop_esc);
        fputs("::", out);
        put_clean(out, f->message, false, data_esc);
        fputs(" [", out);
        put_clean(out, f->rule, false, data_esc);
        fputc(']', out);
        for (size_t n = 0; n < f->notes.len; n++) {
            const struct note *no = vec_at(&f->notes, n);
            fputs("%0A", out);
            put_clean(out, no->loc.file ? repo_path(no->loc.file, root, path, sizeof(path)) : "", false, data_esc);
            fprintf(out, ":%u: note: ", no->loc.line);
            put_clean(out, no->message, false, data_esc);
        }
        fputc('\n', out);
    }
    return ferror(out) ? 2 : 0;
}

/* ---- GitLab Code Quality ---- */

static struct json_object *clean_string(const char *s)
{
    char *c = utf8_copy(s);
    struct json_object *o = json_object_new_string(c);
    free(c);
    return o;
}

static struct json_object *cq_issue(const char *check, const char *desc, const char *severity, const char *fp,
                                    const char *path, unsigned line)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "type", json_object_new_string("issue"));
    json_object_object_add(o, "check_name", clean_string(check));
    json_object_object_add(o, "description", clean_string(desc));
    json_object_object_add(o, "severity", json_object_new_string(severity));
    json_object_object_add(o, "fingerprint", json_object_new_string(fp));
    struct json_object *loc = json_object_new_object();
    json_object_object_add(loc, "path", clean_string(path));
    struct json_object *lines = json_object_new_object();
    json_object_object_add(lines, "begin", json_object_new_int((int)(line ? line : 1)));
    json_object_object_add(loc, "lines", lines);
    json_object_object_add(o, "location", loc);
    return o;
}

/* A JSON array of Code Quality issues: description, check_name (the rule id), fingerprint (the
 * baseline fingerprint, stable when code moves), severity (error critical, warning major, note
 * info), location.path and location.lines.begin; input errors as check_name "ddicheck-input-error". */
int rpt_gitlab(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    char root[PATH_MAX + 2], path[2 * PATH_MAX + 8];
    if (!source_root(ctx, root, sizeof(root)))
        return 2;
    struct arena a = {0};
    const char *const *fps =
        ctx && ctx->fingerprints ? ctx->fingerprints : bl_fingerprints(fs, ctx ? ctx->sources : NULL, &a);
    struct json_object *arr = json_object_new_array();
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        const char *sev = f->severity == SEV_ERROR ? "critical" : f->severity == SEV_NOTE ? "info" : "major";
        json_object_array_add(arr, cq_issue(f->rule, f->message, sev, fps[i],
                                            repo_path(f->loc.file, root, path, sizeof(path)), f->loc.line));
    }
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        if (d->note)
            continue;
        const char *p = repo_path(d->loc.file ? d->loc.file : "", root, path, sizeof(path));
        const char *fp = arena_printf(&a, "input-error:%s:%u:%u:%zu", p, d->loc.line, d->loc.col, i);
        json_object_array_add(arr, cq_issue("ddicheck-input-error", d->message, "critical", fp, p, d->loc.line));
    }
    const char *s = json_object_to_json_string_ext(arr, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
    int rc = fputs(s, out) < 0 || fputc('\n', out) == EOF ? 2 : 0;
    json_object_put(arr);
    arena_free(&a);
    return rc;
}

/* ---- checkstyle XML ---- */

static void cs_error(FILE *out, unsigned line, unsigned col, const char *sev, const char *msg, const char *source)
{
    fprintf(out, "    <error line=\"%u\"", line);
    if (col)
        fprintf(out, " column=\"%u\"", col);
    fprintf(out, " severity=\"%s\" message=\"", sev);
    put_clean(out, msg, true, NULL);
    fputs("\" source=\"", out);
    put_clean(out, source, true, NULL);
    fputs("\"/>\n", out);
}

/* <checkstyle version="4.3"><file name="F"><error line= column= severity= message= source=/>...;
 * one <file> per file in report order (findings are sorted by file), findings as severity error,
 * warning or info with source "ddicheck.RuleId" and the notes appended to the message; input
 * errors with source "ddicheck.input-error". */
int rpt_checkstyle(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    (void)ctx;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n", out);
    const char *open = NULL;
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        if (d->note)
            continue;
        const char *file = d->loc.file ? d->loc.file : "ddicheck";
        if (!open || strcmp(open, file) != 0) {
            if (open)
                fputs("  </file>\n", out);
            fputs("  <file name=\"", out);
            put_clean(out, file, true, NULL);
            fputs("\">\n", out);
            open = file;
        }
        cs_error(out, d->loc.line, d->loc.col, "error", d->message, "ddicheck.input-error");
    }
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        const char *file = f->loc.file ? f->loc.file : "";
        if (!open || strcmp(open, file) != 0) {
            if (open)
                fputs("  </file>\n", out);
            fputs("  <file name=\"", out);
            put_clean(out, file, true, NULL);
            fputs("\">\n", out);
            open = file;
        }
        char *msg = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&msg, &n);
        if (!m)
            abort();
        fputs(f->message, m);
        for (size_t k = 0; k < f->notes.len; k++) {
            const struct note *no = vec_at(&f->notes, k);
            fprintf(m, "\n%s:%u: note: %s", no->loc.file ? no->loc.file : "", no->loc.line, no->message);
        }
        fclose(m);
        char source[256];
        snprintf(source, sizeof(source), "ddicheck.%s", f->rule);
        cs_error(out, f->loc.line, f->loc.col, f->severity == SEV_NOTE ? "info" : sev_word(f->severity), msg, source);
        free(msg);
    }
    if (open)
        fputs("  </file>\n", out);
    fputs("</checkstyle>\n", out);
    return ferror(out) ? 2 : 0;
}

/* verify.c — the --verify matcher (see verify.h). */
#include "verify.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct directive {
    int file;
    unsigned line;     /* where the diagnostic must be */
    unsigned src_line; /* where the directive is written */
    char sev[16];
    char *text;
    int count, seen;
};

static bool same_file(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return true;
    char ra[PATH_MAX], rb[PATH_MAX];
    if (!realpath(a, ra) || !realpath(b, rb))
        return false;
    return strcmp(ra, rb) == 0;
}

static int parse_file(const char *prefix, const char *path, int fi, struct vec *out, bool *no_diags, FILE *err)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(err, "%s: error: cannot read file for --verify\n", path);
        return 2;
    }
    size_t plen = strlen(prefix);
    unsigned line = 1;
    int rc = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            line++;
            continue;
        }
        if (strncmp(text + i, prefix, plen) != 0 || text[i + plen] != '-')
            continue;
        if (i > 0 && (isalnum((unsigned char)text[i - 1]) || text[i - 1] == '_' || text[i - 1] == '-'))
            continue;
        const char *p = text + i + plen + 1;
        if (strncmp(p, "no-diagnostics", 14) == 0) {
            *no_diags = true;
            continue;
        }
        const char *kinds[] = {"warning", "note", "error"};
        const char *kind = NULL;
        for (int k = 0; k < 3; k++)
            if (strncmp(p, kinds[k], strlen(kinds[k])) == 0) {
                kind = kinds[k];
                p += strlen(kinds[k]);
                break;
            }
        if (!kind || (*p != ' ' && *p != '@' && *p != '{' && *p != '\t'))
            continue;
        unsigned target = line;
        if (*p == '@') {
            p++;
            char *end;
            if (*p == '+' || *p == '-') {
                long d = strtol(p, &end, 10);
                if (end == p + 1 || (long)line + d < 1) {
                    fprintf(err, "%s:%u: error: malformed line offset in '%s-%s@' directive\n", path, line, prefix,
                            kind);
                    rc = 2;
                    break;
                }
                target = (unsigned)((long)line + d);
            } else {
                long a = strtol(p, &end, 10);
                if (end == p || a < 1) {
                    fprintf(err, "%s:%u: error: malformed line in '%s-%s@' directive\n", path, line, prefix, kind);
                    rc = 2;
                    break;
                }
                target = (unsigned)a;
            }
            p = end;
        }
        while (*p == ' ' || *p == '\t')
            p++;
        int count = 1;
        if (isdigit((unsigned char)*p)) {
            count = (int)strtol(p, (char **)&p, 10);
            while (*p == ' ' || *p == '\t')
                p++;
        }
        if (p[0] != '{' || p[1] != '{') {
            fprintf(err, "%s:%u: error: '%s-%s' directive lacks its {{text}}\n", path, line, prefix, kind);
            rc = 2;
            break;
        }
        const char *start = p + 2;
        const char *close = strstr(start, "}}");
        const char *nl = memchr(start, '\n', len - (size_t)(start - text));
        if (!close || (nl && nl < close)) {
            fprintf(err, "%s:%u: error: '%s-%s' directive's {{text}} is not closed on its line\n", path, line, prefix,
                    kind);
            rc = 2;
            break;
        }
        struct directive *d = vec_push(out);
        d->file = fi;
        d->line = target;
        d->src_line = line;
        snprintf(d->sev, sizeof(d->sev), "%s", kind);
        d->text = strndup(start, (size_t)(close - start));
        d->count = count;
        i = (size_t)(close - text) + 1;
    }
    free(text);
    return rc;
}

int verify_run(const char *prefix, const char *const *files, int nfiles, const struct vec *diags, FILE *out)
{
    struct vec dirs;
    vec_init(&dirs, sizeof(struct directive));
    bool any_no_diags = false;
    int rc = 0;
    for (int f = 0; f < nfiles && rc == 0; f++) {
        bool nd = false;
        size_t before = dirs.len;
        rc = parse_file(prefix, files[f], f, &dirs, &nd, out);
        if (nd && dirs.len > before) {
            fprintf(out, "%s: error: '%s-no-diagnostics' directive cannot follow other expected directives\n", files[f],
                    prefix);
            rc = 2;
        }
        any_no_diags |= nd;
    }
    if (rc == 0 && dirs.len == 0 && !any_no_diags) {
        fprintf(out, "error: no expected directives found: consider use of '%s-no-diagnostics'\n", prefix);
        rc = 1;
    }
    if (rc != 0)
        goto done;
    bool *used = calloc(diags->len + 1, 1);
    if (!used)
        abort();
    /* match each directive against unmatched diagnostics */
    for (size_t i = 0; i < dirs.len; i++) {
        struct directive *d = vec_at(&dirs, i);
        for (size_t j = 0; j < diags->len && d->seen < d->count; j++) {
            const struct vdiag *g = vec_at(diags, j);
            if (used[j] || g->line != d->line || strcmp(g->severity, d->sev) != 0 || !strstr(g->text, d->text))
                continue;
            if (!same_file(g->file, files[d->file]))
                continue;
            used[j] = true;
            d->seen++;
        }
    }
    static const char *sevs[] = {"error", "warning", "note"};
    for (int s = 0; s < 3; s++) {
        int header = 0;
        for (size_t i = 0; i < dirs.len; i++) {
            struct directive *d = vec_at(&dirs, i);
            if (strcmp(d->sev, sevs[s]) != 0 || d->seen >= d->count)
                continue;
            if (!header++)
                fprintf(out, "error: '%s-%s' diagnostics expected but not seen:\n", prefix, sevs[s]);
            fprintf(out, "  File %s Line %u (directive at line %u): %s\n", files[d->file], d->line, d->src_line,
                    d->text);
            rc = 1;
        }
        header = 0;
        for (size_t j = 0; j < diags->len; j++) {
            const struct vdiag *g = vec_at(diags, j);
            if (used[j] || strcmp(g->severity, sevs[s]) != 0)
                continue;
            bool ours = false;
            for (int f = 0; f < nfiles && !ours; f++)
                ours = same_file(g->file, files[f]);
            if (!ours && s == 2)
                continue; /* notes in headers are context, not findings */
            if (!header++)
                fprintf(out, "error: '%s' diagnostics seen but not expected:\n", sevs[s]);
            fprintf(out, "  File %s Line %u: %s\n", g->file, g->line, g->text);
            rc = 1;
        }
    }
    free(used);
done:
    for (size_t i = 0; i < dirs.len; i++)
        free(((struct directive *)vec_at(&dirs, i))->text);
    vec_free(&dirs);
    return rc;
}

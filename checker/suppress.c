/* suppress.c — source lines and `// ddicheck-suppress RuleId: reason` comments (see suppress.h). */
#include "suppress.h"

#include <ctype.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#define SUPP_MARK "ddicheck-suppress"

int srcl_load(struct src_lines *s, const char *path)
{
    memset(s, 0, sizeof(*s));
    s->text = read_file(path, &s->len);
    if (!s->text)
        return -1;
    size_t cap = 64;
    s->lines = malloc(cap * sizeof(*s->lines));
    s->lens = malloc(cap * sizeof(*s->lens));
    if (!s->lines || !s->lens)
        abort();
    size_t start = 0;
    for (size_t i = 0; i <= s->len; i++) {
        if (i < s->len && s->text[i] != '\n')
            continue;
        if (i == s->len && start == s->len && s->n > 0)
            break; /* no line after the final newline */
        if (s->n == cap) {
            cap *= 2;
            s->lines = realloc(s->lines, cap * sizeof(*s->lines));
            s->lens = realloc(s->lens, cap * sizeof(*s->lens));
            if (!s->lines || !s->lens)
                abort();
        }
        size_t l = i - start;
        if (l && s->text[start + l - 1] == '\r')
            l--;
        s->lines[s->n] = s->text + start;
        s->lens[s->n] = l;
        s->n++;
        start = i + 1;
    }
    return 0;
}

void srcl_free(struct src_lines *s)
{
    free(s->text);
    free(s->lines);
    free(s->lens);
    memset(s, 0, sizeof(*s));
}

const char *srcl_line(const struct src_lines *s, unsigned line, size_t *len)
{
    if (line == 0 || line > s->n)
        return NULL;
    *len = s->lens[line - 1];
    return s->lines[line - 1];
}

/* Looks for a suppression of `rule` in the `len` bytes of `text`. On a match stores the reason
 * (arena-owned, trimmed, without a closing comment marker) in *reason and returns true. */
static bool line_suppresses(const char *text, size_t len, const char *rule, struct arena *a, const char **reason)
{
    const char *end = text + len;
    size_t ml = strlen(SUPP_MARK);
    for (const char *p = text; p + ml <= end; p++) {
        if (memcmp(p, SUPP_MARK, ml) != 0)
            continue;
        const char *q = p + ml;
        if (q < end && !isspace((unsigned char)*q))
            continue; /* "ddicheck-suppressions" etc. */
        /* ids up to ':' or the end of the comment */
        const char *colon = q;
        while (colon < end && *colon != ':' && !(colon + 1 < end && colon[0] == '*' && colon[1] == '/'))
            colon++;
        bool match = false;
        const char *id = q;
        while (id < colon) {
            while (id < colon && (isspace((unsigned char)*id) || *id == ','))
                id++;
            const char *ie = id;
            while (ie < colon && !isspace((unsigned char)*ie) && *ie != ',')
                ie++;
            if (ie > id) {
                char *pat = arena_strndup(a, id, (size_t)(ie - id));
                if (fnmatch(pat, rule, 0) == 0)
                    match = true;
            }
            id = ie;
        }
        if (!match)
            continue;
        const char *r = colon < end && *colon == ':' ? colon + 1 : colon;
        const char *re = r;
        while (re < end && !(re + 1 < end && re[0] == '*' && re[1] == '/'))
            re++;
        while (r < re && isspace((unsigned char)*r))
            r++;
        while (re > r && isspace((unsigned char)re[-1]))
            re--;
        *reason = arena_strndup(a, r, (size_t)(re - r));
        return true;
    }
    return false;
}

/* True if the line holds nothing but a comment (it starts with // or a block comment opener). */
static bool comment_only(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)text[i]))
        i++;
    return i + 1 < len && text[i] == '/' && (text[i + 1] == '/' || text[i + 1] == '*');
}

/* Whether line `line` (1-based) of `s` holds the marker at all, looked for once per line and
 * remembered in `seen` (one byte per line: 0 not yet looked, 1 no, 2 yes), so that many findings
 * on one long line cost one scan of it. */
static bool line_has_marker(const struct src_lines *s, unsigned char *seen, unsigned line)
{
    if (line == 0 || line > s->n)
        return false;
    if (!seen[line - 1])
        seen[line - 1] = memmem(s->lines[line - 1], s->lens[line - 1], SUPP_MARK, strlen(SUPP_MARK)) ? 2 : 1;
    return seen[line - 1] == 2;
}

size_t supp_apply(struct findings *fs, struct vec *out)
{
    struct src_lines src;
    memset(&src, 0, sizeof(src));
    unsigned char *seen = NULL;
    const char *loaded = NULL;
    bool have = false;
    size_t kept = 0, moved = 0;
    for (size_t i = 0; i < fs->items.len; i++) {
        struct finding *f = vec_at(&fs->items, i);
        bool suppressed = false;
        if (f->loc.file && f->loc.line) {
            if (!loaded || strcmp(loaded, f->loc.file) != 0) {
                srcl_free(&src);
                have = srcl_load(&src, f->loc.file) == 0;
                loaded = f->loc.file;
                free(seen);
                seen = have ? calloc((size_t)src.n + 1, 1) : NULL;
                if (have && !seen)
                    abort();
            }
            for (unsigned d = 0; have && d < 2 && !suppressed; d++) {
                if (!line_has_marker(&src, seen, f->loc.line - d))
                    continue;
                size_t len;
                const char *text = srcl_line(&src, f->loc.line - d, &len);
                const char *reason;
                if (text && d == 1 && !comment_only(text, len))
                    continue; /* a trailing comment on the line above belongs to that line */
                if (text && line_suppresses(text, len, f->rule, &fs->arena, &reason)) {
                    struct rpt_suppressed *s = vec_push(out);
                    s->f = *f;
                    s->reason = reason;
                    s->comment.file = f->loc.file;
                    s->comment.line = f->loc.line - d;
                    suppressed = true;
                }
            }
        }
        if (suppressed) {
            moved++;
            continue;
        }
        if (kept != i)
            memcpy(vec_at(&fs->items, kept), f, sizeof(*f));
        kept++;
    }
    fs->items.len = kept;
    srcl_free(&src);
    free(seen);
    return moved;
}

void supp_free(struct vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        vec_free(&((struct rpt_suppressed *)vec_at(v, i))->f.notes);
    vec_free(v);
}

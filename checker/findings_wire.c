/* findings_wire.c — findings as bytes (see findings_wire.h). */
#include "findings_wire.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void put_str(FILE *out, const char *s)
{
    if (!s) {
        fputc('~', out);
        return;
    }
    size_t n = strlen(s);
    fprintf(out, "%zu:", n);
    fwrite(s, 1, n, out);
    fputc(',', out);
}

static void put_uint(FILE *out, unsigned v)
{
    char buf[16];
    snprintf(buf, sizeof(buf), "%u", v);
    put_str(out, buf);
}

static void put_loc(FILE *out, const struct ir_loc *loc)
{
    put_str(out, loc->file);
    put_uint(out, loc->line);
    put_uint(out, loc->col);
    put_uint(out, loc->offset);
}

int fw_write(FILE *out, const struct findings *fs, const char *err)
{
    if (err) {
        fputc('E', out);
        put_str(out, err);
    }
    for (size_t i = 0; fs && i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        fputc('F', out);
        put_str(out, f->rule);
        put_uint(out, (unsigned)f->severity);
        put_loc(out, &f->loc);
        put_str(out, f->function);
        put_str(out, f->message);
        for (size_t k = 0; k < f->notes.len; k++) {
            const struct note *n = vec_at(&f->notes, k);
            fputc('N', out);
            put_loc(out, &n->loc);
            put_str(out, n->message);
        }
    }
    fputc('Z', out);
    return fflush(out) != 0 || ferror(out) ? -1 : 0;
}

/* A cursor over the bytes being read; `bad` is set at the first malformed field. */
struct reader {
    const char *p, *end;
    bool bad;
};

/* The next string field as an arena copy, or NULL for `~` (or when malformed: r->bad). */
static const char *get_str(struct reader *r, struct arena *a)
{
    if (r->bad || r->p >= r->end) {
        r->bad = true;
        return NULL;
    }
    if (*r->p == '~') {
        r->p++;
        return NULL;
    }
    size_t n = 0;
    const char *q = r->p;
    while (q < r->end && *q >= '0' && *q <= '9' && q - r->p < 10)
        n = n * 10 + (size_t)(*q++ - '0');
    if (q == r->p || q >= r->end || *q != ':' || (size_t)(r->end - q - 1) < n + 1 || q[1 + n] != ',') {
        r->bad = true;
        return NULL;
    }
    const char *s = arena_strndup(a, q + 1, n);
    r->p = q + 2 + n;
    return s;
}

static const char *get_nonnull(struct reader *r, struct arena *a)
{
    const char *s = get_str(r, a);
    if (!s)
        r->bad = true;
    return s ? s : "";
}

static unsigned get_uint(struct reader *r, struct arena *a)
{
    const char *s = get_nonnull(r, a);
    unsigned long v = 0;
    if (!*s)
        r->bad = true;
    for (; *s && !r->bad; s++) {
        if (*s < '0' || *s > '9' || v > 0xffffffffUL / 10)
            r->bad = true;
        else
            v = v * 10 + (unsigned long)(*s - '0');
    }
    if (v > 0xffffffffUL)
        r->bad = true;
    return (unsigned)v;
}

static struct ir_loc get_loc(struct reader *r, struct arena *a)
{
    struct ir_loc loc;
    loc.file = get_str(r, a);
    loc.line = get_uint(r, a);
    loc.col = get_uint(r, a);
    loc.offset = get_uint(r, a);
    return loc;
}

int fw_read(const char *data, size_t len, struct findings *fs, char **err)
{
    struct reader r = {.p = data, .end = data + len, .bad = false};
    struct arena *a = &fs->arena;
    struct finding *last = NULL;
    const char *msg = NULL;
    *err = NULL;
    while (!r.bad) {
        if (r.p >= r.end) {
            r.bad = true; /* truncated: no Z */
            break;
        }
        char tag = *r.p++;
        if (tag == 'Z')
            break;
        if (tag == 'E') {
            msg = get_nonnull(&r, a);
        } else if (tag == 'F') {
            const char *rule = get_nonnull(&r, a);
            unsigned sev = get_uint(&r, a);
            struct ir_loc loc = get_loc(&r, a);
            const char *function = get_str(&r, a);
            const char *message = get_nonnull(&r, a);
            if (sev > SEV_ERROR)
                r.bad = true;
            if (r.bad)
                break;
            last = vec_push(&fs->items);
            last->rule = rule;
            last->severity = (enum rule_severity)sev;
            last->message = message;
            last->loc = loc;
            last->function = function;
            vec_init(&last->notes, sizeof(struct note));
        } else if (tag == 'N' && last) {
            struct ir_loc loc = get_loc(&r, a);
            const char *message = get_nonnull(&r, a);
            if (r.bad)
                break;
            struct note *n = vec_push(&last->notes);
            n->loc = loc;
            n->message = message;
        } else
            r.bad = true;
    }
    if (r.bad || r.p != r.end)
        return -1;
    if (msg) {
        *err = strdup(msg);
        if (!*err)
            abort();
    }
    return 0;
}

/* finding.c — the findings list (see finding.h). */
#include "finding.h"

#include <stdlib.h>
#include <string.h>

void findings_init(struct findings *fs)
{
    memset(fs, 0, sizeof(*fs));
    vec_init(&fs->items, sizeof(struct finding));
}

void findings_free(struct findings *fs)
{
    for (size_t i = 0; i < fs->items.len; i++)
        vec_free(&((struct finding *)vec_at(&fs->items, i))->notes);
    vec_free(&fs->items);
    arena_free(&fs->arena);
}

static bool same_file(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

struct finding *finding_add(struct findings *fs, const char *rule, enum rule_severity sev, struct ir_loc loc,
                            const char *function, const char *message)
{
    for (size_t i = 0; i < fs->items.len; i++) {
        struct finding *f = vec_at(&fs->items, i);
        if (strcmp(f->rule, rule) == 0 && same_file(f->loc.file, loc.file) && f->loc.line == loc.line &&
            f->loc.col == loc.col)
            return NULL;
    }
    struct finding *f = vec_push(&fs->items);
    f->rule = arena_strdup(&fs->arena, rule);
    f->severity = sev;
    f->loc = loc;
    f->function = arena_strdup(&fs->arena, function);
    f->message = arena_strdup(&fs->arena, message);
    vec_init(&f->notes, sizeof(struct note));
    return f;
}

void finding_note(struct findings *fs, struct finding *f, struct ir_loc loc, const char *message)
{
    for (size_t i = 0; i < f->notes.len; i++) {
        const struct note *o = vec_at(&f->notes, i);
        if (same_file(o->loc.file, loc.file) && o->loc.line == loc.line && o->loc.col == loc.col &&
            strcmp(o->message, message) == 0)
            return;
    }
    struct note *n = vec_push(&f->notes);
    n->loc = loc;
    n->message = arena_strdup(&fs->arena, message);
}

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int cmp_finding(const void *pa, const void *pb)
{
    const struct finding *a = pa, *b = pb;
    int c = cmp_str(a->loc.file, b->loc.file);
    if (c)
        return c;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    if (a->loc.col != b->loc.col)
        return a->loc.col < b->loc.col ? -1 : 1;
    return strcmp(a->rule, b->rule);
}

void findings_sort(struct findings *fs)
{
    if (fs->items.len > 1)
        qsort(fs->items.data, fs->items.len, fs->items.item, cmp_finding);
}

/* finding.c — the findings list (see finding.h). */
#include "finding.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void findings_init(struct findings *fs)
{
    memset(fs, 0, sizeof(*fs));
    vec_init(&fs->items, sizeof(struct finding));
}

void findings_free(struct findings *fs)
{
    free(fs->slots);
    fs->slots = NULL;
    fs->nslots = fs->indexed = 0;
    for (size_t i = 0; i < fs->items.len; i++)
        vec_free(&((struct finding *)vec_at(&fs->items, i))->notes);
    vec_free(&fs->items);
    arena_free(&fs->arena);
}

static bool same_file(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static uint64_t mix(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static uint64_t key_hash(const char *rule, const struct ir_loc *loc)
{
    uint64_t h = mix(14695981039346656037ULL, rule, strlen(rule) + 1);
    if (loc->file)
        h = mix(h, loc->file, strlen(loc->file));
    unsigned pos[2] = {loc->line, loc->col};
    return mix(h, (const char *)pos, sizeof(pos));
}

static bool same_key(const struct finding *f, const char *rule, const struct ir_loc *loc)
{
    return f->loc.line == loc->line && f->loc.col == loc->col && same_file(f->loc.file, loc->file) &&
           strcmp(f->rule, rule) == 0;
}

static void index_put(struct findings *fs, size_t item)
{
    const struct finding *f = vec_at(&fs->items, item);
    size_t j = (size_t)key_hash(f->rule, &f->loc) & (fs->nslots - 1);
    while (fs->slots[j])
        j = (j + 1) & (fs->nslots - 1);
    fs->slots[j] = item + 1;
}

/* Makes the index cover every item, rebuilding it when items were dropped or sorted. */
static void index_sync(struct findings *fs)
{
    size_t need = 16;
    while (need < 2 * (fs->items.len + 1))
        need *= 2;
    if (fs->indexed > fs->items.len || need > fs->nslots) {
        if (need > fs->nslots) {
            free(fs->slots);
            fs->slots = malloc(need * sizeof(size_t));
            if (!fs->slots)
                abort();
            fs->nslots = need;
        }
        memset(fs->slots, 0, fs->nslots * sizeof(size_t));
        fs->indexed = 0;
    }
    for (; fs->indexed < fs->items.len; fs->indexed++)
        index_put(fs, fs->indexed);
}

struct finding *finding_add(struct findings *fs, const char *rule, enum rule_severity sev, struct ir_loc loc,
                            const char *function, const char *message)
{
    index_sync(fs);
    for (size_t j = (size_t)key_hash(rule, &loc) & (fs->nslots - 1); fs->slots[j]; j = (j + 1) & (fs->nslots - 1))
        if (same_key(vec_at(&fs->items, fs->slots[j] - 1), rule, &loc))
            return NULL;
    struct finding *f = vec_push(&fs->items);
    f->rule = arena_strdup(&fs->arena, rule);
    f->severity = sev;
    f->loc = loc;
    f->function = arena_strdup(&fs->arena, function);
    f->message = arena_strdup(&fs->arena, message);
    vec_init(&f->notes, sizeof(struct note));
    index_sync(fs);
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
    fs->indexed = fs->items.len + 1; /* the order changed: the next finding_add() rebuilds the index */
}

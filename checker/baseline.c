/* baseline.c — finding fingerprints and baseline files (see baseline.h). */
#include "baseline.h"

#include "fileio.h"
#include "jsontext.h"

#include <ctype.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a, 64 bits. */
static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static uint64_t fnv_field(uint64_t h, const char *s)
{
    h = fnv(h, s ? s : "", s ? strlen(s) : 0);
    return fnv(h, "", 1); /* field separator */
}

/* Message with whitespace runs collapsed to one space and trimmed. */
static uint64_t fnv_message(uint64_t h, const char *m)
{
    bool space = false, any = false;
    for (const char *p = m ? m : ""; *p; p++) {
        if (isspace((unsigned char)*p)) {
            space = any;
            continue;
        }
        if (space)
            h = fnv(h, " ", 1);
        space = false;
        any = true;
        h = fnv(h, p, 1);
    }
    return fnv(h, "", 1);
}

const char **bl_fingerprints(const struct findings *fs, struct src_cache *src, struct arena *a)
{
    const char **out = arena_alloc(a, (fs->items.len + 1) * sizeof(char *));
    struct u64count seen = {0};
    struct src_cache *own = src ? NULL : src_cache_new();
    if (own)
        src = own;
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        uint64_t h = 14695981039346656037ULL;
        h = fnv_field(h, f->rule);
        h = fnv_field(h, f->function);
        h = fnv_message(h, f->message);
        size_t len = 0;
        const char *line = f->loc.file ? src_line(src_get(src, f->loc.file), f->loc.line, &len) : NULL;
        if (len > BL_LINE_BYTES)
            len = BL_LINE_BYTES;
        for (size_t k = 0; line && k < len; k++)
            if (!isspace((unsigned char)line[k]))
                h = fnv(h, line + k, 1);
        out[i] = arena_printf(a, "%016llx:%u", (unsigned long long)h, u64count_bump(&seen, h));
    }
    src_cache_free(own);
    u64count_free(&seen);
    return out;
}

static int fail(char **err, const char *fmt, const char *path, const char *detail)
{
    if (asprintf(err, fmt, path, detail) < 0)
        *err = NULL;
    return 2;
}

int bl_load(struct baseline *b, const char *path, char **err)
{
    memset(b, 0, sizeof(*b));
    strmap_init(&b->fps);
    *err = NULL;
    size_t len;
    char why[256];
    char *text = fio_read_input(path, FIO_CAP_SETTINGS, &len, &b->id, why, sizeof(why));
    if (!text)
        return fail(err, "%s: error: cannot read the baseline: %s", path, why);
    struct json_object *root = json_parse_text(path, text, len, "the baseline is not valid JSON", err);
    int rc = 0;
    if (!root) {
        rc = 2;
        goto done;
    }
    struct json_object *arr;
    if (!json_object_object_get_ex(root, "findings", &arr) || !json_object_is_type(arr, json_type_array)) {
        rc = fail(err, "%s: error: the baseline is not a ddicheck JSON report (no \"findings\" array)%s", path, "");
        goto done;
    }
    for (size_t i = 0; i < json_object_array_length(arr); i++) {
        struct json_object *f = json_object_array_get_idx(arr, i), *fp;
        if (!json_object_object_get_ex(f, "fingerprint", &fp) || !json_object_is_type(fp, json_type_string)) {
            char idx[32];
            snprintf(idx, sizeof(idx), "%zu", i + 1);
            rc = fail(err,
                      "%s: error: finding %s of the baseline has no \"fingerprint\" (write it with --write-baseline)",
                      path, idx);
            goto done;
        }
        const char *key = arena_strdup(&b->arena, json_object_get_string(fp));
        if (!strmap_get(&b->fps, key)) {
            strmap_put(&b->fps, key, (void *)key);
            b->count++;
        }
    }
done:
    json_object_put(root);
    free(text);
    return rc;
}

void bl_free(struct baseline *b)
{
    strmap_free(&b->fps);
    arena_free(&b->arena);
}

size_t bl_filter(struct findings *fs, const char **fps, const struct baseline *b)
{
    size_t kept = 0, removed = 0;
    for (size_t i = 0; i < fs->items.len; i++) {
        struct finding *f = vec_at(&fs->items, i);
        if (strmap_get(&b->fps, fps[i])) {
            vec_free(&f->notes);
            removed++;
            continue;
        }
        if (kept != i) {
            memcpy(vec_at(&fs->items, kept), f, sizeof(*f));
            fps[kept] = fps[i];
        }
        kept++;
    }
    fs->items.len = kept;
    return removed;
}

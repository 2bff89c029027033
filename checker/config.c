/* config.c — finding and reading `.ddicheck.json` (see config.h). */
#include "config.h"

#include "fileio.h"
#include "jsontext.h"

#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cfg_init(struct cfg *c)
{
    memset(c, 0, sizeof(*c));
    vec_init(&c->enable, sizeof(char *));
    vec_init(&c->disable, sizeof(char *));
    vec_init(&c->severity, sizeof(struct cfg_severity));
    vec_init(&c->defines, sizeof(char *));
    vec_init(&c->includes, sizeof(char *));
    vec_init(&c->chain, sizeof(struct cfg_file));
    c->fail_on = SEV_NOTE;
}

void cfg_free(struct cfg *c)
{
    vec_free(&c->enable);
    vec_free(&c->disable);
    vec_free(&c->severity);
    vec_free(&c->defines);
    vec_free(&c->includes);
    vec_free(&c->chain);
    arena_free(&c->arena);
}

bool cfg_find(const char *source, char *buf, size_t n)
{
    char dir[PATH_MAX];
    if (!buf || n == 0 || !realpath(source, dir))
        return false;
    struct stat st;
    if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
        char *slash = strrchr(dir, '/');
        if (slash)
            *(slash == dir ? slash + 1 : slash) = 0;
    }
    for (;;) {
        snprintf(buf, n, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", CFG_FILE_NAME);
        if (stat(buf, &st) == 0 && S_ISREG(st.st_mode))
            return true;
        if (strcmp(dir, "/") == 0)
            return false;
        char *slash = strrchr(dir, '/');
        if (!slash)
            return false;
        *(slash == dir ? slash + 1 : slash) = 0;
    }
}

bool cfg_has_ndis_define(const char *const *argv, int argc)
{
    for (int i = 0; i < argc; i++) {
        const char *m = NULL;
        if (strcmp(argv[i], "-D") == 0 && i + 1 < argc)
            m = argv[i + 1];
        else if (strncmp(argv[i], "-D", 2) == 0)
            m = argv[i] + 2;
        if (m && strncmp(m, "NDIS", 4) == 0 && m[4] >= '0' && m[4] <= '9') {
            const char *p = m + 4;
            while (*p >= '0' && *p <= '9')
                p++;
            if (*p == 0 || *p == '=')
                return true;
        }
    }
    return false;
}

/* "6.20" -> "NDIS620", "5.1" -> "NDIS51"; NULL for a version the WDK has no macro for. */
static const char *ndis_macro(const char *v)
{
    static const char *const known[][2] = {
        {"4.0", "NDIS40"},   {"5.0", "NDIS50"},   {"5.1", "NDIS51"},   {"6.0", "NDIS60"},   {"6.1", "NDIS61"},
        {"6.20", "NDIS620"}, {"6.30", "NDIS630"}, {"6.40", "NDIS640"}, {"6.50", "NDIS650"}, {"6.60", "NDIS660"},
        {"6.70", "NDIS670"}, {"6.80", "NDIS680"}, {"6.81", "NDIS681"}, {"6.82", "NDIS682"}, {"6.83", "NDIS683"},
        {"6.84", "NDIS684"}, {"6.85", "NDIS685"}, {"6.86", "NDIS686"}, {"6.87", "NDIS687"}, {"6.88", "NDIS688"},
        {"6.89", "NDIS689"}, {"6.2", "NDIS620"},  {"6.3", "NDIS630"},  {"6.4", "NDIS640"},  {"6.5", "NDIS650"},
        {"6.6", "NDIS660"},  {"6.7", "NDIS670"},  {"6.8", "NDIS680"},
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        if (strcmp(v, known[i][0]) == 0)
            return known[i][1];
    return NULL;
}

/* One configuration file being read: its path and text, for messages that name the line. */
struct cfg_src {
    const char *path;
    const char *text;
    size_t len;
};

/* Stores "PATH[:LINE:COL]: error: MESSAGE" in *err, the line and column being those of the first
 * occurrence of the member name `key` in the file (none when `key` is NULL or not found). Returns 2. */
static int bad_at(char **err, const struct cfg_src *src, const char *key, const char *fmt, const char *what)
{
    char msg[512], where[48] = "";
    snprintf(msg, sizeof(msg), fmt, what);
    if (key && src->text) {
        char quoted[256];
        snprintf(quoted, sizeof(quoted), "\"%s\"", key);
        const char *at = memmem(src->text, src->len, quoted, strlen(quoted));
        if (at) {
            unsigned line = 1;
            const char *ls = src->text;
            for (const char *q = src->text; q < at; q++)
                if (*q == '\n') {
                    line++;
                    ls = q + 1;
                }
            snprintf(where, sizeof(where), ":%u:%u", line, (unsigned)(at - ls) + 1);
        }
    }
    if (asprintf(err, "%s%s: error: %s", src->path, where, msg) < 0)
        *err = NULL;
    return 2;
}

/* Appends the strings of the JSON array `v` (key `key`) to `out`; 2 on a non-string. */
static int string_list(struct cfg *c, const struct cfg_src *src, struct json_object *v, const char *key,
                       struct vec *out, char **err)
{
    if (!json_object_is_type(v, json_type_array))
        return bad_at(err, src, key, "\"%s\" must be an array of strings", key);
    for (size_t i = 0; i < json_object_array_length(v); i++) {
        struct json_object *s = json_object_array_get_idx(v, i);
        if (!json_object_is_type(s, json_type_string) || !*json_object_get_string(s))
            return bad_at(err, src, key, "\"%s\" must be an array of non-empty strings", key);
        *(const char **)vec_push(out) = arena_strdup(&c->arena, json_object_get_string(s));
    }
    return 0;
}

/* How deep "inherit" may chain: as deep as a path can be. */
enum { CFG_MAX_CHAIN = PATH_MAX / 2 };

/* Reads one configuration file `path` into `c`, after its parent's when it says "inherit": lists
 * are appended to the parent's, "severity" entries come after the parent's, the other keys replace
 * the parent's. Records the file in c->chain. Returns 0, or 2 with the message in *err. */
static int load_level(struct cfg *c, const char *path, int depth, char **err)
{
    size_t len;
    char why[256];
    struct fio_id id;
    char *text = fio_read_input(path, FIO_CAP_SETTINGS, &len, &id, why, sizeof(why));
    if (!text) {
        if (asprintf(err, "%s: error: cannot read the configuration: %s", path, why) < 0)
            *err = NULL;
        return 2;
    }
    struct cfg_src src = {path, text, len};
    struct json_object *root = json_parse_text_ex(path, text, len, "invalid JSON", JT_COLUMN, err);
    int rc = 0;
    if (!root) {
        rc = 2;
        goto done;
    }
    if (!json_object_is_type(root, json_type_object)) {
        rc = bad_at(err, &src, NULL, "the configuration must be a JSON object%s", "");
        goto done;
    }
    char dir[PATH_MAX];
    snprintf(dir, sizeof(dir), "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *(slash == dir ? slash + 1 : slash) = 0;
    else
        snprintf(dir, sizeof(dir), ".");
    /* the parent first, so that this file's settings come after it */
    struct json_object *inh = NULL;
    const char *inh_key = json_object_object_get_ex(root, "inherit", &inh)          ? "inherit"
                          : json_object_object_get_ex(root, "inherit_parent", &inh) ? "inherit_parent"
                                                                                    : NULL;
    if (inh_key && !json_object_is_type(inh, json_type_boolean)) {
        rc = bad_at(err, &src, inh_key, "\"%s\" must be true or false", inh_key);
        goto done;
    }
    if (inh && json_object_get_boolean(inh)) {
        char parent_dir[PATH_MAX], parent[PATH_MAX];
        if (!realpath(dir, parent_dir)) {
            rc = bad_at(err, &src, inh_key, "cannot find the directory above: %s", strerror(errno));
            goto done;
        }
        if (strcmp(parent_dir, "/") != 0) {
            char *ps = strrchr(parent_dir, '/');
            *(ps == parent_dir ? ps + 1 : ps) = 0;
            if (depth < CFG_MAX_CHAIN && cfg_find(parent_dir, parent, sizeof(parent)) &&
                (rc = load_level(c, parent, depth + 1, err)) != 0)
                goto done;
        }
    }
    struct cfg_file *rec = vec_push(&c->chain);
    rec->path = arena_strdup(&c->arena, path);
    rec->id = id;
    json_object_object_foreach(root, key, v)
    {
        if (strcmp(key, "$schema") == 0 || strcmp(key, "$comment") == 0 || strcmp(key, "inherit") == 0 ||
            strcmp(key, "inherit_parent") == 0)
            continue;
        if (strcmp(key, "enable") == 0)
            rc = string_list(c, &src, v, key, &c->enable, err);
        else if (strcmp(key, "disable") == 0)
            rc = string_list(c, &src, v, key, &c->disable, err);
        else if (strcmp(key, "include") == 0) {
            struct vec dirs;
            vec_init(&dirs, sizeof(char *));
            rc = string_list(c, &src, v, key, &dirs, err);
            for (size_t i = 0; rc == 0 && i < dirs.len; i++) {
                const char *d = *(const char **)vec_at(&dirs, i);
                *(const char **)vec_push(&c->includes) =
                    d[0] == '/' ? arena_printf(&c->arena, "-I%s", d) : arena_printf(&c->arena, "-I%s/%s", dir, d);
            }
            vec_free(&dirs);
        } else if (strcmp(key, "defines") == 0) {
            struct vec defs;
            vec_init(&defs, sizeof(char *));
            rc = string_list(c, &src, v, key, &defs, err);
            for (size_t i = 0; rc == 0 && i < defs.len; i++)
                *(const char **)vec_push(&c->defines) =
                    arena_printf(&c->arena, "-D%s", *(const char **)vec_at(&defs, i));
            vec_free(&defs);
        } else if (strcmp(key, "severity") == 0) {
            if (!json_object_is_type(v, json_type_object)) {
                rc = bad_at(err, &src, key, "\"%s\" must be an object mapping rule ids to error, warning or note", key);
                break;
            }
            json_object_object_foreach(v, id, sv)
            {
                struct cfg_severity *sev = vec_push(&c->severity);
                sev->pattern = arena_strdup(&c->arena, id);
                sev->file = rec->path;
                if (!json_object_is_type(sv, json_type_string) ||
                    !rule_parse_severity(json_object_get_string(sv), &sev->severity)) {
                    rc = bad_at(err, &src, id, "severity of '%s' must be \"error\", \"warning\" or \"note\"", id);
                    break;
                }
            }
        } else if (strcmp(key, "ndis_version") == 0) {
            if (!json_object_is_type(v, json_type_string) || !(c->ndis_macro = ndis_macro(json_object_get_string(v))))
                rc = bad_at(err, &src, key,
                            "\"ndis_version\" must be one of \"4.0\", \"5.0\", \"5.1\", \"6.0\", \"6.1\", "
                            "\"6.20\", \"6.30\", ..., \"6.89\" (got %s)",
                            json_object_to_json_string(v));
            else
                c->ndis_version = arena_strdup(&c->arena, json_object_get_string(v));
        } else if (strcmp(key, "ndis_miniport") == 0) {
            if (!json_object_is_type(v, json_type_boolean))
                rc = bad_at(err, &src, key, "\"%s\" must be true or false", key);
            else
                c->ndis_miniport = json_object_get_boolean(v);
        } else if (strcmp(key, "fail_on") == 0) {
            if (!json_object_is_type(v, json_type_string) ||
                !rule_parse_severity(json_object_get_string(v), &c->fail_on))
                rc = bad_at(err, &src, key, "\"%s\" must be \"error\", \"warning\" or \"note\"", key);
            else
                c->has_fail_on = true;
        } else
            rc = bad_at(err, &src, key,
                        "unknown key \"%s\" (known: enable, disable, severity, include, defines, ndis_version, "
                        "ndis_miniport, fail_on, inherit)",
                        key);
        if (rc)
            break;
    }
    if (rc == 0 && c->ndis_miniport && !c->ndis_macro)
        rc = bad_at(err, &src, "ndis_miniport", "\"ndis_miniport\" needs \"ndis_version\"%s", "");
done:
    json_object_put(root);
    free(text);
    return rc;
}

int cfg_load(struct cfg *c, const char *path, char **err)
{
    *err = NULL;
    c->path = arena_strdup(&c->arena, path);
    int rc = load_level(c, path, 0, err);
    if (rc == 0 && c->chain.len)
        c->id = ((const struct cfg_file *)vec_at(&c->chain, c->chain.len - 1))->id;
    c->nndis_flags = 0;
    if (rc == 0 && c->ndis_macro) {
        c->ndis_flags[c->nndis_flags++] = arena_printf(&c->arena, "-D%s", c->ndis_macro);
        if (c->ndis_miniport) {
            c->ndis_flags[c->nndis_flags++] = "-DNDIS_MINIPORT_DRIVER=1";
            c->ndis_flags[c->nndis_flags++] = arena_printf(&c->arena, "-D%s_MINIPORT=1", c->ndis_macro);
        }
    }
    return rc;
}

/* Appends the strings of `v` (const char *), each without its first `skip` bytes, to `arr`. */
static void put_list(struct json_object *o, const char *key, const struct vec *v, size_t skip)
{
    if (!v->len)
        return;
    struct json_object *arr = json_object_new_array();
    for (size_t i = 0; i < v->len; i++)
        json_object_array_add(arr, json_object_new_string(*(const char **)vec_at(v, i) + skip));
    json_object_object_add(o, key, arr);
}

char *cfg_dump(const struct cfg *c)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "$schema", json_object_new_string(CFG_SCHEMA_URI));
    if (c->chain.len) {
        size_t cap = 64;
        for (size_t i = 0; i < c->chain.len; i++)
            cap += strlen(((const struct cfg_file *)vec_at(&c->chain, i))->path) + 2;
        char *from = malloc(cap);
        if (!from)
            abort();
        snprintf(from, cap, "from ");
        for (size_t i = c->chain.len; i-- > 0;) /* the nearest first */
            snprintf(from + strlen(from), cap - strlen(from), "%s%s",
                     ((const struct cfg_file *)vec_at(&c->chain, i))->path, i ? ", " : "");
        json_object_object_add(o, "$comment", json_object_new_string(from));
        free(from);
    } else
        json_object_object_add(o, "$comment", json_object_new_string("no configuration file"));
    put_list(o, "enable", &c->enable, 0);
    put_list(o, "disable", &c->disable, 0);
    if (c->severity.len) {
        struct json_object *sv = json_object_new_object();
        for (size_t i = 0; i < c->severity.len; i++) {
            const struct cfg_severity *s = vec_at(&c->severity, i);
            json_object_object_add(sv, s->pattern,
                                   json_object_new_string(s->severity == SEV_ERROR  ? "error"
                                                          : s->severity == SEV_NOTE ? "note"
                                                                                    : "warning"));
        }
        json_object_object_add(o, "severity", sv);
    }
    put_list(o, "include", &c->includes, 2);
    put_list(o, "defines", &c->defines, 2);
    if (c->ndis_version)
        json_object_object_add(o, "ndis_version", json_object_new_string(c->ndis_version));
    if (c->ndis_miniport)
        json_object_object_add(o, "ndis_miniport", json_object_new_boolean(true));
    if (c->has_fail_on)
        json_object_object_add(o, "fail_on",
                               json_object_new_string(c->fail_on == SEV_ERROR     ? "error"
                                                      : c->fail_on == SEV_WARNING ? "warning"
                                                                                  : "note"));
    char *s = strdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE |
                                                           JSON_C_TO_STRING_SPACED));
    json_object_put(o);
    if (!s)
        abort();
    return s;
}

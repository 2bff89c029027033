/* compdb.c — reading compile databases (see compdb.h): locating, checking, splitting commands,
 * expanding response files, dropping build-only flags. No libclang here: the frontend receives
 * finished argument vectors.
 */
#include "compdb.h"
#include "fileio.h"
#include "jsontext.h"
#include "path.h"

#include <ctype.h>
#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define CDB_RSP_DEPTH 16 /* response files within response files */

/* Sets *err to a heap-allocated formatted message. Returns 2. */
static int set_err(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int set_err(char **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(err, fmt, ap) < 0)
        *err = NULL;
    va_end(ap);
    return 2;
}

static char *xstrdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        abort();
    return p;
}

/* ---- locating -------------------------------------------------------------------------------- */

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* compile_commands.json in `dir` or its nearest parent, into buf. Returns true when found. */
static bool search_up(const char *dir, char *buf, size_t n)
{
    char cwd[PATH_MAX], d[PATH_MAX], cand[PATH_MAX + 32];
    if (!path_cwd(cwd, sizeof(cwd)) || !path_join(cwd, dir, d, sizeof(d)))
        return false;
    for (;;) {
        snprintf(cand, sizeof(cand), "%s%scompile_commands.json", d, strcmp(d, "/") == 0 ? "" : "/");
        if (exists(cand))
            return snprintf(buf, n, "%s", cand) < (int)n;
        if (strcmp(d, "/") == 0)
            return false;
        char *slash = strrchr(d, '/');
        if (slash == d)
            d[1] = 0;
        else
            *slash = 0;
    }
}

int cdb_locate(const char *arg, const char *from, char *buf, size_t n, char **err)
{
    *err = NULL;
    if (!arg) {
        if (!from || !is_dir(from))
            return 1;
        return search_up(from, buf, n) ? 0 : 1;
    }
    if (!is_dir(arg)) {
        if (snprintf(buf, n, "%s", arg) >= (int)n)
            return set_err(err, "%s: error: the path is too long", arg);
        return 0; /* the reader reports a file that is missing or not a regular file */
    }
    if (snprintf(buf, n, "%s/compile_commands.json", arg) >= (int)n)
        return set_err(err, "%s: error: the path is too long", arg);
    if (exists(buf))
        return 0;
    char here[PATH_MAX];
    snprintf(here, sizeof(here), "%s", buf);
    if (search_up(arg, buf, n))
        return 0;
    return set_err(err,
                   "%s: error: cannot read the compile database: No such file or directory (nor is there a "
                   "compile_commands.json in a parent directory)",
                   here);
}

/* ---- checking the JSON ------------------------------------------------------------------------- */

/* "a number", "an array", ... for messages about JSON values. */
static const char *json_kind(struct json_object *v)
{
    switch (json_object_get_type(v)) {
    case json_type_null: return "null";
    case json_type_boolean: return "true or false";
    case json_type_int:
    case json_type_double: return "a number";
    case json_type_string: return "a string";
    case json_type_array: return "an array";
    case json_type_object: return "an object";
    }
    return "a value";
}

/* Checks one entry of a compile database. Returns NULL, or what is wrong with it (in buf). */
static const char *entry_problem(struct json_object *e, char *buf, size_t n)
{
    if (!json_object_is_type(e, json_type_object)) {
        snprintf(buf, n, "it is %s, not an object", json_kind(e));
        return buf;
    }
    static const char *const need[] = {"directory", "file"};
    for (size_t k = 0; k < 2; k++) {
        struct json_object *v;
        if (!json_object_object_get_ex(e, need[k], &v)) {
            snprintf(buf, n, "it has no \"%s\"", need[k]);
            return buf;
        }
        if (!json_object_is_type(v, json_type_string) || !*json_object_get_string(v)) {
            snprintf(buf, n, "\"%s\" must be a non-empty string, but it is %s", need[k],
                     json_object_is_type(v, json_type_string) ? "empty" : json_kind(v));
            return buf;
        }
    }
    struct json_object *args, *cmd, *out;
    bool has_args = json_object_object_get_ex(e, "arguments", &args);
    bool has_cmd = json_object_object_get_ex(e, "command", &cmd);
    if (!has_args && !has_cmd) {
        snprintf(buf, n, "it has neither \"arguments\" nor \"command\"");
        return buf;
    }
    if (has_args) {
        if (!json_object_is_type(args, json_type_array) || json_object_array_length(args) == 0) {
            snprintf(buf, n, "\"arguments\" must be a non-empty array of strings, but it is %s",
                     json_object_is_type(args, json_type_array) ? "empty" : json_kind(args));
            return buf;
        }
        for (size_t k = 0; k < json_object_array_length(args); k++) {
            struct json_object *s = json_object_array_get_idx(args, k);
            if (!json_object_is_type(s, json_type_string)) {
                snprintf(buf, n, "\"arguments\" must be an array of strings, but its element %zu is %s", k + 1,
                         json_kind(s));
                return buf;
            }
        }
    } else if (!json_object_is_type(cmd, json_type_string) || !*json_object_get_string(cmd)) {
        snprintf(buf, n, "\"command\" must be a non-empty string, but it is %s",
                 json_object_is_type(cmd, json_type_string) ? "empty" : json_kind(cmd));
        return buf;
    }
    if (json_object_object_get_ex(e, "output", &out) && !json_object_is_type(out, json_type_string)) {
        snprintf(buf, n, "\"output\" must be a string, but it is %s", json_kind(out));
        return buf;
    }
    return NULL;
}

/* ---- splitting command lines --------------------------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* A growing word. */
struct word {
    char *s;
    size_t len, cap;
};

static void word_add(struct word *w, char c)
{
    if (w->len + 2 > w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->s = realloc(w->s, w->cap);
        if (!w->s)
            abort();
    }
    w->s[w->len++] = c;
    w->s[w->len] = 0;
}

/* Makes w an empty word (not "no word"): "" and '' are words. */
static void word_start(struct word *w)
{
    if (!w->s) {
        word_add(w, 'x');
        w->len = 0;
        w->s[0] = 0;
    }
}

static void word_push(struct word *w, struct vec *out)
{
    *(char **)vec_push(out) = w->s ? w->s : xstrdup("");
    memset(w, 0, sizeof(*w));
}

size_t cdb_split(const char *cmd, bool windows, struct vec *out)
{
    size_t before = out->len;
    const char *p = cmd;
    for (;;) {
        while (*p && is_space(*p))
            p++;
        if (!*p)
            break;
        struct word w = {0};
        bool quoted = false;
        while (*p && (quoted || !is_space(*p))) {
            if (windows) {
                if (*p == '\\') {
                    size_t nb = strspn(p, "\\");
                    if (p[nb] == '"') {
                        for (size_t k = 0; k < nb / 2; k++)
                            word_add(&w, '\\');
                        if (nb % 2) {
                            word_add(&w, '"');
                            p += nb + 1;
                        } else
                            p += nb; /* the quote toggles below */
                    } else {
                        for (size_t k = 0; k < nb; k++)
                            word_add(&w, '\\');
                        p += nb;
                    }
                    continue;
                }
                if (*p == '"') {
                    if (quoted && p[1] == '"') { /* "" inside quotes */
                        word_add(&w, '"');
                        p += 2;
                        continue;
                    }
                    quoted = !quoted;
                    p++;
                    word_start(&w);
                    continue;
                }
                word_add(&w, *p++);
                continue;
            }
            /* POSIX shell quoting */
            if (*p == '\\') {
                if (p[1])
                    word_add(&w, p[1]), p += 2;
                else
                    p++;
                continue;
            }
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                word_start(&w);
                while (*p && *p != q) {
                    if (q == '"' && *p == '\\' && (p[1] == '"' || p[1] == '\\' || p[1] == '$' || p[1] == '`'))
                        p++;
                    else if (q == '"' && *p == '\\' && p[1] == '\n') {
                        p += 2;
                        continue;
                    }
                    word_add(&w, *p++);
                }
                if (*p)
                    p++;
                continue;
            }
            word_add(&w, *p++);
        }
        word_push(&w, out);
    }
    return out->len - before;
}

/* ---- compiler kinds and flags ------------------------------------------------------------------ */

/* True when the program `argv0` is cl or clang-cl (see cdb_cl_mode()). */
static bool cl_name(const char *argv0)
{
    const char *b = argv0;
    for (const char *s = argv0; *s; s++)
        if (*s == '/' || *s == '\\')
            b = s + 1;
    char name[256];
    size_t len = strlen(b);
    if (len >= sizeof(name))
        return false;
    for (size_t i = 0; i <= len; i++)
        name[i] = (char)tolower((unsigned char)b[i]);
    if (len > 4 && strcmp(name + len - 4, ".exe") == 0)
        name[len -= 4] = 0;
    /* clang-cl-19, clang-cl-19.1 */
    char *dash = strrchr(name, '-');
    if (dash && dash[1] && strspn(dash + 1, "0123456789.") == strlen(dash + 1))
        *dash = 0, len = strlen(name);
    if (strcmp(name, "cl") == 0 || strcmp(name, "clang-cl") == 0)
        return true;
    return len > 9 && strcmp(name + len - 9, "-clang-cl") == 0; /* TRIPLE-clang-cl */
}

bool cdb_cl_mode(const char *const *argv, int argc)
{
    for (int i = argc - 1; i >= 1; i--)
        if (strncmp(argv[i], "--driver-mode=", 14) == 0)
            return strcmp(argv[i] + 14, "cl") == 0;
    return argc > 0 && cl_name(argv[0]);
}

static bool in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

static bool has_prefix_in(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strncmp(s, list[i], strlen(list[i])) == 0)
            return true;
    return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* How many words, from argv[i], a build-only GNU-style flag takes (0: keep it). */
static int gnu_build_flag(char **argv, int i, int argc)
{
    static const char *const alone[] = {"-c",
                                        "-S",
                                        "-E",
                                        "-M",
                                        "-MM",
                                        "-MD",
                                        "-MMD",
                                        "-MG",
                                        "-MP",
                                        "-MV",
                                        "-fcolor-diagnostics",
                                        "-fno-color-diagnostics",
                                        "-fdiagnostics-color",
                                        "-fno-diagnostics-color",
                                        "-save-temps",
                                        "--save-temps",
                                        "-ftime-trace",
                                        "-v",
                                        "-###",
                                        "-pipe",
                                        "-fsyntax-only"};
    static const char *const prefixed[] = {"-fdiagnostics-color=", "-save-temps=", "-ftime-trace=", "-Wp,-M"};
    static const char *const joined_or_separate[] = {"-o", "-MF", "-MT", "-MQ", "-MJ"};
    static const char *const separate[] = {"-include-pch", "--serialize-diagnostics", "-dependency-file",
                                           "-dependency-dot"};
    const char *a = argv[i];
    if (in_list(a, alone, COUNT(alone)) || has_prefix_in(a, prefixed, COUNT(prefixed)))
        return 1;
    if (in_list(a, joined_or_separate, COUNT(joined_or_separate)) || in_list(a, separate, COUNT(separate)))
        return i + 1 < argc ? 2 : 1;
    if (has_prefix_in(a, joined_or_separate, COUNT(joined_or_separate)))
        return 1;
    return 0;
}

/* How many words, from argv[i], a build-only cl-style flag takes (0: keep it; -1: this and all
 * that follow, for /link). */
static int cl_build_flag(char **argv, int i, int argc)
{
    static const char *const alone[] = {"c",  "FS", "Zi", "ZI", "Z7",      "Gm",       "Gm-",         "Y-",
                                        "MP", "E",  "EP", "P",  "analyze", "analyze-", "showIncludes"};
    static const char *const prefixed[] = {"Fo",
                                           "Fd",
                                           "Fa",
                                           "Fe",
                                           "Fi",
                                           "Fm",
                                           "FR",
                                           "Fr",
                                           "Fp",
                                           "Yc",
                                           "Yu",
                                           "MP",
                                           "analyze:",
                                           "errorReport:",
                                           "showIncludes:",
                                           "sourceDependencies:"};
    static const char *const separate[] = {"o", "sourceDependencies", "sourceDependencies:directives"};
    const char *a = argv[i];
    if (a[0] != '/' && a[0] != '-')
        return 0;
    const char *o = a + 1;
    if (strcmp(o, "link") == 0)
        return -1;
    if (in_list(o, separate, COUNT(separate)))
        return i + 1 < argc ? 2 : 1;
    if (in_list(o, alone, COUNT(alone)))
        return 1;
    /* /Fo: FILE (colon, then the value as the next word) */
    if (strlen(o) == 3 && o[0] == 'F' && o[2] == ':')
        return i + 1 < argc ? 2 : 1;
    if (has_prefix_in(o, prefixed, COUNT(prefixed)))
        return 1;
    return 0;
}

int cdb_strip_build_flags(char **argv, int argc, bool cl)
{
    int k = argc > 0 ? 1 : 0;
    for (int i = k; i < argc;) {
        int drop = cl ? cl_build_flag(argv, i, argc) : gnu_build_flag(argv, i, argc);
        if (drop < 0)
            drop = argc - i;
        if (drop == 0) {
            argv[k++] = argv[i++];
            continue;
        }
        for (int j = 0; j < drop; j++)
            free(argv[i + j]);
        i += drop;
    }
    for (int i = k; i < argc; i++)
        argv[i] = NULL;
    return k;
}

/* ---- response files ------------------------------------------------------------------------------ */

/* Appends the UTF-8 form of code point `c` to w. */
static void word_add_utf8(struct word *w, unsigned c)
{
    if (c < 0x80)
        word_add(w, (char)c);
    else if (c < 0x800) {
        word_add(w, (char)(0xC0 | (c >> 6)));
        word_add(w, (char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        word_add(w, (char)(0xE0 | (c >> 12)));
        word_add(w, (char)(0x80 | ((c >> 6) & 0x3F)));
        word_add(w, (char)(0x80 | (c & 0x3F)));
    } else {
        word_add(w, (char)(0xF0 | (c >> 18)));
        word_add(w, (char)(0x80 | ((c >> 12) & 0x3F)));
        word_add(w, (char)(0x80 | ((c >> 6) & 0x3F)));
        word_add(w, (char)(0x80 | (c & 0x3F)));
    }
}

/* The text of a response file as UTF-8 (heap): UTF-16 with a byte-order mark is converted, a UTF-8
 * byte-order mark dropped. NULL with *why set when it cannot be read. */
static char *read_rsp(const char *path, const char **why, char *whybuf, size_t n)
{
    size_t len;
    struct fio_id id;
    char *text = fio_read_input(path, FIO_CAP_COMPDB, &len, &id, whybuf, n);
    if (!text) {
        *why = whybuf;
        return NULL;
    }
    unsigned char *u = (unsigned char *)text;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        bool le = u[0] == 0xFF;
        struct word w = {0};
        for (size_t i = 2; i + 1 < len; i += 2) {
            unsigned c = le ? (unsigned)(u[i] | u[i + 1] << 8) : (unsigned)(u[i] << 8 | u[i + 1]);
            if (c >= 0xD800 && c < 0xDC00 && i + 3 < len) {
                unsigned c2 = le ? (unsigned)(u[i + 2] | u[i + 3] << 8) : (unsigned)(u[i + 2] << 8 | u[i + 3]);
                if (c2 >= 0xDC00 && c2 < 0xE000) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                    i += 2;
                }
            }
            if (c == 0) {
                free(text);
                free(w.s);
                *why = "it holds a NUL character";
                return NULL;
            }
            word_add_utf8(&w, c);
        }
        free(text);
        return w.s ? w.s : xstrdup("");
    }
    if (memchr(text, 0, len)) {
        free(text);
        *why = "it holds a NUL byte (not a text file)";
        return NULL;
    }
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        memmove(text, text + 3, len - 2);
    return text;
}

/* Appends `in` (char *, heap-owned; taken over) to `out` with every @FILE replaced by the words of
 * FILE (relative to `dir`). Returns 0, or 2 with *err set (naming the database `db` and entry
 * `idx`). */
static int expand_rsp(struct vec *in, struct vec *out, const char *dir, bool windows, int depth, const char *db,
                      size_t idx, char **err)
{
    int rc = 0;
    for (size_t i = 0; i < in->len && rc == 0; i++) {
        char *a = *(char **)vec_at(in, i);
        *(char **)vec_at(in, i) = NULL; /* taken */
        if (a[0] != '@' || !a[1]) {
            *(char **)vec_push(out) = a;
            continue;
        }
        if (depth >= CDB_RSP_DEPTH) {
            rc = set_err(err, "%s: error: entry %zu: response files nest more than %d deep at '%s'", db, idx,
                         CDB_RSP_DEPTH, a);
            free(a);
            break;
        }
        char path[PATH_MAX * 2];
        if (a[1] == '/' || !dir)
            snprintf(path, sizeof(path), "%s", a + 1);
        else
            snprintf(path, sizeof(path), "%s/%s", dir, a + 1);
        char whybuf[256];
        const char *why = NULL;
        char *text = read_rsp(path, &why, whybuf, sizeof(whybuf));
        if (!text) {
            rc = set_err(err, "%s: error: entry %zu: cannot read the response file '%s': %s", db, idx, path, why);
            free(a);
            break;
        }
        struct vec words;
        vec_init(&words, sizeof(char *));
        cdb_split(text, windows, &words);
        free(text);
        free(a);
        rc = expand_rsp(&words, out, dir, windows, depth + 1, db, idx, err);
    }
    for (size_t i = 0; i < in->len; i++) /* after an error: what was not taken */
        free(*(char **)vec_at(in, i));
    vec_free(in);
    return rc;
}

/* ---- loading ------------------------------------------------------------------------------------ */

/* The compiler word at the start of a "command" string, unquoted, into buf. */
static void first_word(const char *cmd, char *buf, size_t n)
{
    while (is_space(*cmd))
        cmd++;
    size_t len;
    if (*cmd == '"') {
        cmd++;
        len = strcspn(cmd, "\"");
    } else if (*cmd == '\'') {
        cmd++;
        len = strcspn(cmd, "'");
    } else {
        len = 0;
        while (cmd[len] && !is_space(cmd[len]))
            len++;
    }
    snprintf(buf, n, "%.*s", (int)(len < n ? len : n - 1), cmd);
}

static void entry_free(struct cdb_entry *e)
{
    free(e->file);
    free(e->directory);
    for (int i = 0; i < e->argc; i++)
        free(e->argv[i]);
    free(e->argv);
}

/* Builds entry `idx` (1-based) from the checked JSON object `o`. Returns 0 or 2 with *err set. */
static int make_entry(struct cdb *db, struct json_object *o, size_t idx, char **err)
{
    struct json_object *v;
    json_object_object_get_ex(o, "directory", &v);
    const char *dir = json_object_get_string(v);
    json_object_object_get_ex(o, "file", &v);
    const char *file = json_object_get_string(v);

    char absdir[PATH_MAX], raw[PATH_MAX * 2];
    if (snprintf(raw, sizeof(raw), "%s%s%s", path_is_abs(dir) ? "" : db->dir, path_is_abs(dir) ? "" : "/", dir) >=
        (int)sizeof(raw))
        return set_err(err, "%s: error: entry %zu: the directory path is too long", db->path, idx);
    path_shown(NULL, raw, NULL, absdir, sizeof(absdir));

    struct vec words;
    vec_init(&words, sizeof(char *));
    bool windows;
    if (json_object_object_get_ex(o, "arguments", &v)) {
        for (size_t k = 0; k < json_object_array_length(v); k++)
            *(char **)vec_push(&words) = xstrdup(json_object_get_string(json_object_array_get_idx(v, k)));
        windows = cdb_cl_mode((const char *const *)words.data, (int)words.len);
    } else {
        json_object_object_get_ex(o, "command", &v);
        char cc[PATH_MAX];
        first_word(json_object_get_string(v), cc, sizeof(cc));
        windows = cl_name(cc);
        if (cdb_split(json_object_get_string(v), windows, &words) == 0) {
            vec_free(&words);
            return set_err(err, "%s: error: invalid compile database: entry %zu: \"command\" has no words", db->path,
                           idx);
        }
    }
    struct vec argv;
    vec_init(&argv, sizeof(char *));
    if (expand_rsp(&words, &argv, absdir, windows, 0, db->path, idx, err) != 0) {
        for (size_t k = 0; k < argv.len; k++)
            free(*(char **)vec_at(&argv, k));
        vec_free(&argv);
        return 2;
    }
    struct cdb_entry *e = vec_push(&db->entries);
    e->index = idx;
    e->directory = xstrdup(absdir);
    if (path_is_abs(file))
        e->file = xstrdup(file);
    else if (asprintf(&e->file, "%s/%s", absdir, file) < 0)
        abort();
    e->cl = cdb_cl_mode((const char *const *)argv.data, (int)argv.len);
    e->argc = cdb_strip_build_flags(argv.data, (int)argv.len, e->cl);
    bool has_mode = false;
    for (int k = 1; k < e->argc && !has_mode; k++)
        has_mode = strncmp(((char **)argv.data)[k], "--driver-mode=", 14) == 0;
    e->argv = calloc((size_t)e->argc + 2, sizeof(char *));
    if (!e->argv)
        abort();
    int n = 0;
    for (int k = 0; k < e->argc; k++) {
        e->argv[n++] = ((char **)argv.data)[k];
        if (k == 0 && e->cl && !has_mode)
            e->argv[n++] = xstrdup("--driver-mode=cl");
    }
    e->argc = n;
    vec_free(&argv);
    return 0;
}

int cdb_load(struct cdb *db, const char *path, char **err)
{
    memset(db, 0, sizeof(*db));
    vec_init(&db->entries, sizeof(struct cdb_entry));
    *err = NULL;
    db->path = xstrdup(path);
    char cwd[PATH_MAX];
    if (!path_cwd(cwd, sizeof(cwd)))
        return set_err(err, "%s: error: cannot read the compile database: the current directory: %s", path,
                       strerror(errno));
    char raw[PATH_MAX * 2], absbuf[PATH_MAX];
    snprintf(raw, sizeof(raw), "%s%s%s", path_is_abs(path) ? "" : cwd, path_is_abs(path) ? "" : "/", path);
    path_shown(NULL, raw, NULL, absbuf, sizeof(absbuf));
    char *slash = strrchr(absbuf, '/');
    if (slash == absbuf)
        slash[1] = 0;
    else if (slash)
        *slash = 0;
    db->dir = xstrdup(absbuf);

    char why[256];
    size_t len;
    char *text = fio_read_input(path, FIO_CAP_COMPDB, &len, &db->id, why, sizeof(why));
    if (!text)
        return set_err(err, "%s: error: cannot read the compile database: %s", path, why);
    struct json_object *root = json_parse_text(path, text, len, "invalid compile database", err);
    free(text);
    if (!root)
        return 2;
    int rc = 0;
    if (!json_object_is_type(root, json_type_array)) {
        rc = set_err(err, "%s: error: invalid compile database: the top level is %s, not an array of entries", path,
                     json_kind(root));
        goto done;
    }
    size_t n = json_object_array_length(root);
    for (size_t i = 0; i < n; i++) {
        char buf[256];
        const char *problem = entry_problem(json_object_array_get_idx(root, i), buf, sizeof(buf));
        if (problem) {
            rc = set_err(err, "%s: error: invalid compile database: entry %zu: %s", path, i + 1, problem);
            goto done;
        }
    }
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = make_entry(db, json_object_array_get_idx(root, i), i + 1, err);
    if (rc == 0 && db->entries.len == 0)
        rc = set_err(err, "%s: error: the compile database has no entries", path);
done:
    json_object_put(root);
    return rc;
}

void cdb_free(struct cdb *db)
{
    for (size_t i = 0; i < db->entries.len; i++)
        entry_free(vec_at(&db->entries, i));
    vec_free(&db->entries);
    free(db->path);
    free(db->dir);
    db->path = db->dir = NULL;
}

/* headers.c — the user's WDK or ddicheck's own headers (see headers.h). */
#include "headers.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void lower(char *s)
{
    for (; *s; s++)
        *s = (char)tolower((unsigned char)*s);
}

/* Adds the lower-case names of the files in `dir` to c->ours. */
static void read_ours(struct hdr_cache *c, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 3 || strcmp(e->d_name + len - 2, ".h") != 0)
            continue;
        char *name = arena_strdup(&c->arena, e->d_name);
        lower(name);
        strmap_put(&c->ours, name, (void *)1);
    }
    closedir(d);
}

/* True when directory `dir` holds a header named as one of ddicheck's (any case). */
static bool is_wdk_dir(struct hdr_cache *c, const char *dir, const char *own_include)
{
    if (!c->ours_read) {
        strmap_init(&c->ours);
        strmap_init(&c->dirs);
        read_ours(c, own_include);
        char crt[PATH_MAX];
        snprintf(crt, sizeof(crt), "%s/crt", own_include);
        read_ours(c, crt);
        c->ours_read = true;
    }
    void *known = strmap_get(&c->dirs, dir);
    if (known)
        return known == (void *)1;
    bool wdk = false;
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        while (!wdk && (e = readdir(d))) {
            char name[NAME_MAX + 1];
            snprintf(name, sizeof(name), "%s", e->d_name);
            lower(name);
            wdk = strmap_get(&c->ours, name) != NULL;
        }
        closedir(d);
    }
    strmap_put(&c->dirs, arena_strdup(&c->arena, dir), (void *)(uintptr_t)(wdk ? 1 : 2));
    return wdk;
}

/* When argv[i] is an include-directory option, returns its directory and sets *words to how many
 * words it takes (1 joined, 2 separate); else NULL. */
static const char *include_dir(const char **argv, int i, int argc, bool cl, int *words)
{
    static const char *const gnu[] = {"-I", "-isystem", "-idirafter", "-iquote", "-imsvc", "--include-directory="};
    static const char *const cl_only[] = {"/I", "/imsvc", "/external:I", "-external:I"};
    const char *a = argv[i];
    if (strcmp(a, "-isystem-after") == 0 || strcmp(a, "--include-directory") == 0) {
        *words = 2;
        return i + 1 < argc ? argv[i + 1] : NULL;
    }
    for (size_t k = 0; k < sizeof(gnu) / sizeof(gnu[0]) + (cl ? sizeof(cl_only) / sizeof(cl_only[0]) : 0); k++) {
        const char *o = k < sizeof(gnu) / sizeof(gnu[0]) ? gnu[k] : cl_only[k - sizeof(gnu) / sizeof(gnu[0])];
        size_t len = strlen(o);
        if (strncmp(a, o, len) != 0)
            continue;
        if (a[len]) {
            *words = 1;
            return a + len;
        }
        if (o[len - 1] == '=')
            continue;
        *words = 2;
        return i + 1 < argc ? argv[i + 1] : NULL;
    }
    return NULL;
}

int hdr_drop_wdk(struct hdr_cache *c, const char **argv, int argc, bool cl, const char *workdir,
                 const char *own_include)
{
    int k = argc > 0 ? 1 : 0;
    for (int i = k; i < argc;) {
        int words = 0;
        const char *dir = include_dir(argv, i, argc, cl, &words);
        if (dir) {
            char path[PATH_MAX];
            if (dir[0] == '/' || !workdir)
                snprintf(path, sizeof(path), "%s", dir);
            else
                snprintf(path, sizeof(path), "%s/%s", workdir, dir);
            if (is_wdk_dir(c, path, own_include)) {
                i += words;
                continue;
            }
            for (int j = 0; j < words && i < argc; j++)
                argv[k++] = argv[i++];
            continue;
        }
        argv[k++] = argv[i++];
    }
    return k;
}

/* True when the target triple `t` is a Microsoft C one. */
static bool msvc_triple(const char *t)
{
    size_t len = strlen(t);
    return strstr(t, "msvc") || (len > 8 && strcmp(t + len - 8, "-windows") == 0) ||
           (len > 6 && strcmp(t + len - 6, "-win32") == 0);
}

bool hdr_wants_crt(const char *const *argv, int argc, bool cl)
{
    if (cl)
        return true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-nostdinc") == 0 || strcmp(a, "-nostdlibinc") == 0 || strcmp(a, "--no-standard-includes") == 0)
            return true;
        if ((strncmp(a, "--target=", 9) == 0 && msvc_triple(a + 9)) ||
            (strncmp(a, "-target=", 8) == 0 && msvc_triple(a + 8)))
            return true;
        if ((strcmp(a, "-target") == 0 || strcmp(a, "--target") == 0) && i + 1 < argc && msvc_triple(argv[i + 1]))
            return true;
    }
    return false;
}

/* Adds to `roots` one overlay directory entry for `dir` and, recursively, for its subfolders. */
static void add_roots(struct json_object *roots, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct json_object *root = json_object_new_object(), *contents = json_object_new_array();
    json_object_object_add(root, "type", json_object_new_string("directory"));
    json_object_object_add(root, "name", json_object_new_string(dir));
    json_object_object_add(root, "contents", contents);
    json_object_array_add(roots, root);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof(path), "%s/%s", dir, e->d_name) >= (int)sizeof(path))
            continue;
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth < 8)
                add_roots(roots, path, depth + 1);
            continue;
        }
        struct json_object *f = json_object_new_object();
        json_object_object_add(f, "type", json_object_new_string("file"));
        json_object_object_add(f, "name", json_object_new_string(e->d_name));
        json_object_object_add(f, "external-contents", json_object_new_string(path));
        json_object_array_add(contents, f);
    }
    closedir(d);
}

/* A file descriptor for `len` bytes of `text` that no name leads to: a memory file, else a
 * temporary file unlinked at once. -1 with *why set when neither can be had. */
static int nameless_file(const char *text, size_t len, const char **why)
{
    int fd = memfd_create("ddicheck-headers", 0);
    if (fd < 0) {
        const char *tmpdir = getenv("TMPDIR");
        char path[PATH_MAX];
        snprintf(path, sizeof(path), "%s/ddicheck-headers-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
        fd = mkstemp(path);
        if (fd < 0) {
            *why = "cannot create a memory file or a temporary file";
            return -1;
        }
        unlink(path);
    }
    for (size_t done = 0; done < len;) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            *why = "cannot write the overlay";
            close(fd);
            return -1;
        }
        done += (size_t)w;
    }
    return fd;
}

int hdr_overlay_write(const char *own_include, char *buf, size_t n, int *fd, char **err)
{
    *err = NULL;
    struct json_object *top = json_object_new_object(), *roots = json_object_new_array();
    json_object_object_add(top, "version", json_object_new_int(0));
    json_object_object_add(top, "case-sensitive", json_object_new_string("false"));
    json_object_object_add(top, "roots", roots);
    add_roots(roots, own_include, 0);
    const char *text = json_object_to_json_string_ext(top, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    const char *why = NULL;
    *fd = nameless_file(text, strlen(text), &why);
    json_object_put(top);
    if (*fd >= 0) {
        /* clang opens the overlay by name: this process's own descriptor, through /proc */
        snprintf(buf, n, "/proc/self/fd/%d", *fd);
        if (access(buf, R_OK) == 0)
            return 0;
        why = "/proc/self/fd is not readable";
        close(*fd);
        *fd = -1;
    }
    if (asprintf(err, "ddicheck: note: no case-insensitive overlay of %s: %s", own_include, why) < 0)
        *err = NULL;
    return 2;
}

void hdr_cache_free(struct hdr_cache *c)
{
    if (c->ours_read) {
        strmap_free(&c->ours);
        strmap_free(&c->dirs);
    }
    arena_free(&c->arena);
    memset(c, 0, sizeof(*c));
}

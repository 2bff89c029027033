/* path.c — absolute, folded and shown file names (see path.h). */
#include "path.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool path_is_abs(const char *path)
{
    return path && path[0] == '/';
}

char *path_join(const char *base, const char *name, char *buf, size_t n)
{
    char raw[PATH_MAX * 2];
    int len;
    if (!base || !*base || path_is_abs(name))
        len = snprintf(raw, sizeof(raw), "%s", name);
    else
        len = snprintf(raw, sizeof(raw), "%s/%s", base, name);
    if (n == 0)
        return NULL;
    buf[0] = 0;
    if (len < 0 || (size_t)len >= sizeof(raw))
        return NULL;
    bool abs = raw[0] == '/';
    /* the start offsets of the components kept so far, in `buf` */
    size_t starts[PATH_MAX / 2 + 1];
    size_t nkept = 0, out = 0;
    bool fits = true;
    if (abs)
        buf[out++] = '/';
    for (char *s = raw; *s;) {
        size_t clen = strcspn(s, "/");
        char *next = s + clen + (s[clen] == '/');
        if (clen == 0 || (clen == 1 && s[0] == '.')) {
            s = next;
            continue;
        }
        bool dotdot = clen == 2 && s[0] == '.' && s[1] == '.';
        if (dotdot && nkept > 0 &&
            !(out - starts[nkept - 1] == 2 && buf[starts[nkept - 1]] == '.' && buf[starts[nkept - 1] + 1] == '.')) {
            out = starts[--nkept]; /* "x/.." */
            if (out > (size_t)abs)
                out--; /* the separator before the removed component */
            s = next;
            continue;
        }
        if (dotdot && abs && nkept == 0) { /* "/.." is "/" */
            s = next;
            continue;
        }
        if (nkept == sizeof(starts) / sizeof(starts[0])) {
            fits = false;
            break;
        }
        size_t need = (out > (size_t)abs ? 1 : 0) + clen;
        if (out + need + 1 > n) {
            fits = false;
            break;
        }
        if (out > (size_t)abs)
            buf[out++] = '/';
        starts[nkept++] = out;
        memcpy(buf + out, s, clen);
        out += clen;
        s = next;
    }
    if (out == 0 && n > 1)
        buf[out++] = '.';
    buf[out < n ? out : n - 1] = 0;
    return fits ? buf : NULL;
}

const char *path_from(const char *abs, const char *from)
{
    size_t len = strlen(from);
    if (len == 1 && from[0] == '/')
        return abs; /* from the root, a path reads best absolute */
    if (strncmp(abs, from, len) != 0)
        return abs;
    if (abs[len] == 0)
        return ".";
    if (abs[len] == '/')
        return abs + len + 1;
    return abs;
}

char *path_cwd(char *buf, size_t n)
{
    char raw[PATH_MAX];
    if (!getcwd(raw, sizeof(raw)))
        return NULL;
    return path_join(NULL, raw, buf, n);
}

const char *path_shown(const char *dir, const char *name, const char *cwd, char *buf, size_t n)
{
    char base[PATH_MAX], folded[PATH_MAX], raw[PATH_MAX * 2];
    const char *d = dir;
    if (!path_is_abs(name)) {
        if (!d || !path_is_abs(d)) {
            if (!path_join(cwd, d ? d : ".", base, sizeof(base)))
                goto asis;
            d = base;
        }
        if (snprintf(raw, sizeof(raw), "%s/%s", d, name) >= (int)sizeof(raw))
            goto asis;
    } else if (snprintf(raw, sizeof(raw), "%s", name) >= (int)sizeof(raw))
        goto asis;
    if (!path_join(NULL, raw, folded, sizeof(folded)))
        goto asis;
    if (strstr(raw, "/..")) {
        /* folding ".." is right unless a component before it is a symbolic link */
        struct stat a, b;
        if (stat(raw, &a) == 0 && (stat(folded, &b) != 0 || a.st_dev != b.st_dev || a.st_ino != b.st_ino)) {
            char real[PATH_MAX];
            if (realpath(raw, real))
                snprintf(folded, sizeof(folded), "%s", real);
        }
    }
    if (snprintf(buf, n, "%s", cwd ? path_from(folded, cwd) : folded) >= (int)n)
        goto asis;
    return buf;
asis:
    snprintf(buf, n, "%s", name);
    return buf;
}

/* cmdline.c — response files, compile commands, directory inputs and exclusions (see cmdline.h). */
#include "cmdline.h"

#include "fileio.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void push(struct vec *v, const char *s)
{
    *(const char **)vec_push(v) = s;
}

void cl_split_words(const char *text, struct vec *out, struct arena *a)
{
    size_t n = strlen(text);
    char *buf = malloc(n + 1);
    if (!buf)
        abort();
    size_t i = 0;
    while (i < n) {
        while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            i++;
        if (i >= n)
            break;
        char *w = buf;
        char quote = 0;
        for (; i < n; i++) {
            char c = text[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < n)
                    *w++ = text[++i];
                else
                    *w++ = c;
            } else if (c == '\'' || c == '"')
                quote = c;
            else if (c == '\\' && i + 1 < n)
                *w++ = text[++i];
            else if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            else
                *w++ = c;
        }
        push(out, arena_strndup(a, buf, (size_t)(w - buf)));
    }
    free(buf);
}

void cl_expand_args(const char *const *argv, int from, int argc, struct vec *out, struct arena *a, int depth)
{
    for (int i = from; i < argc; i++) {
        char *text = NULL;
        size_t len;
        char why[256];
        if (argv[i][0] == '@' && depth > 0)
            text = fio_read_input(argv[i] + 1, FIO_CAP_SETTINGS, &len, NULL, why, sizeof(why));
        if (!text) {
            push(out, argv[i]);
            continue;
        }
        struct vec words;
        vec_init(&words, sizeof(char *));
        cl_split_words(text, &words, a);
        free(text);
        cl_expand_args((const char *const *)words.data, 0, (int)words.len, out, a, depth - 1);
        vec_free(&words);
    }
}

void cl_compile_init(struct cl_compile *c)
{
    vec_init(&c->inputs, sizeof(char *));
    vec_init(&c->flags, sizeof(char *));
    c->skip = NULL;
}

void cl_compile_free(struct cl_compile *c)
{
    vec_free(&c->inputs);
    vec_free(&c->flags);
}

static bool is_one_of(const char *a, const char *const *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(a, set[i]) == 0)
            return true;
    return false;
}

static bool has_prefix(const char *a, const char *p)
{
    return strncmp(a, p, strlen(p)) == 0;
}

/* True for the -f flags that change how C source parses (dialect, types, builtins). */
static bool is_dialect_f(const char *a)
{
    static const char *const pfx[] = {"-fms-",
                                      "-fno-ms-",
                                      "-fdeclspec",
                                      "-fno-declspec",
                                      "-fshort-wchar",
                                      "-fno-short-wchar",
                                      "-fshort-enums",
                                      "-fno-short-enums",
                                      "-fsigned-char",
                                      "-fno-signed-char",
                                      "-funsigned-char",
                                      "-fno-unsigned-char",
                                      "-fgnu89-inline",
                                      "-fno-gnu89-inline",
                                      "-fgnu-keywords",
                                      "-fno-gnu-keywords",
                                      "-fasm",
                                      "-fno-asm",
                                      "-fblocks",
                                      "-fno-blocks",
                                      "-fbuiltin",
                                      "-fno-builtin",
                                      "-ffreestanding",
                                      "-fhosted",
                                      "-fpack-struct",
                                      "-fno-pack-struct",
                                      "-fwchar-type=",
                                      "-fno-wchar",
                                      "-fdollars-in-identifiers",
                                      "-fno-dollars-in-identifiers",
                                      "-fextended-identifiers",
                                      "-finput-charset="};
    for (size_t i = 0; i < sizeof(pfx) / sizeof(pfx[0]); i++)
        if (has_prefix(a, pfx[i]))
            return true;
    return false;
}

void cl_scan_compile_line(const char *const *args, int n, struct cl_compile *cl)
{
    /* options whose value may follow as the next argument, and which of them the analysis needs */
    static const char *const keep_sep[] = {"-I",      "-D",         "-U",        "-include",  "-imacros", "-isystem",
                                           "-iquote", "-idirafter", "-isysroot", "--sysroot", "-target"};
    static const char *const drop_sep[] = {
        "-o",        "-MF",        "-MT", "-MQ", "-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xclang",
        "-L",        "-l",         "-T",  "-u",  "-z",       "-aux-info",   "--param",        "-arch",
        "-dumpbase", "-dumpdir",   "-e",  "-A",  "-B",       "-iprefix",    "-iwithprefix",   "-iwithprefixbefore",
        "-mllvm",    "-Xarch_host"};
    static const char *const keep_joined[] = {
        "-I",        "-D",         "-U",        "-isystem", "-iquote", "-idirafter",
        "-isysroot", "--sysroot=", "--target=", "-std=",    "--std="};
    static const char *const keep_exact[] = {"-ansi", "-nostdinc", "-undef", "-trigraphs", "-m32", "-m64", "-mx32"};
    const char *lang = NULL; /* -x LANG in effect, NULL for "by extension" */
    for (int i = 0; i < n; i++) {
        const char *a = args[i];
        if (strcmp(a, "-E") == 0 || strcmp(a, "-M") == 0 || strcmp(a, "-MM") == 0) {
            if (!cl->skip)
                cl->skip = "preprocessing only";
        } else if (strcmp(a, "-###") == 0) {
            if (!cl->skip)
                cl->skip = "-### prints the commands only";
        } else if (strcmp(a, "-x") == 0 || (has_prefix(a, "-x") && a[2])) {
            const char *l = a[2] ? a + 2 : i + 1 < n ? args[++i] : "none";
            lang = strcmp(l, "none") == 0 ? NULL : l;
        } else if (is_one_of(a, keep_sep, sizeof(keep_sep) / sizeof(keep_sep[0]))) {
            if (i + 1 < n) {
                push(&cl->flags, a);
                push(&cl->flags, args[++i]);
            }
        } else if (is_one_of(a, drop_sep, sizeof(drop_sep) / sizeof(drop_sep[0]))) {
            i++;
        } else if (a[0] == '-' && a[1]) {
            bool k = is_one_of(a, keep_exact, sizeof(keep_exact) / sizeof(keep_exact[0])) || is_dialect_f(a);
            for (size_t j = 0; !k && j < sizeof(keep_joined) / sizeof(keep_joined[0]); j++)
                k = has_prefix(a, keep_joined[j]);
            if (k)
                push(&cl->flags, a);
        } else if (strcmp(a, "-") != 0) {
            size_t len = strlen(a);
            bool c = lang ? strcmp(lang, "c") == 0 : len > 2 && strcmp(a + len - 2, ".c") == 0;
            if (c)
                push(&cl->inputs, a);
        }
    }
    if (!cl->skip && cl->inputs.len == 0)
        cl->skip = "no C source to compile";
    push(&cl->flags, "-x"); /* every input analyzed is C, whatever its name */
    push(&cl->flags, "c");
}

bool cl_is_compiler(const char *word)
{
    size_t len = strlen(word);
    if (!len || word[0] == '-')
        return false;
    return !(len > 2 && (strcmp(word + len - 2, ".c") == 0 || strcmp(word + len - 2, ".h") == 0));
}

bool cl_excluded(const char *path, const struct vec *globs)
{
    if (!globs || !globs->len)
        return false;
    char abs[PATH_MAX];
    bool have_abs = realpath(path, abs) != NULL;
    for (size_t i = 0; i < globs->len; i++) {
        const char *g = *(const char **)vec_at(globs, i);
        if (fnmatch(g, path, 0) == 0 || (have_abs && fnmatch(g, abs, 0) == 0))
            return true;
        if (strchr(g, '/'))
            continue;
        /* a glob without '/': any component of the path */
        const char *p = have_abs ? abs : path;
        while (*p) {
            while (*p == '/')
                p++;
            size_t n = strcspn(p, "/");
            if (!n)
                break;
            char comp[NAME_MAX + 1];
            snprintf(comp, sizeof(comp), "%.*s", (int)(n < NAME_MAX ? n : NAME_MAX), p);
            if (fnmatch(g, comp, 0) == 0)
                return true;
            p += n;
        }
    }
    return false;
}

static int skip_hidden(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

/* Appends the .c files below directory `dir` (in name order) to `out`. */
static void walk(const char *dir, const struct vec *excludes, struct vec *out, struct arena *a, const char **why)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, skip_hidden, alphasort);
    if (n < 0) {
        if (!*why)
            *why = arena_printf(a, "%s: error: cannot read the directory: %s", dir, strerror(errno));
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        char *path = arena_printf(a, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
        struct stat st;
        if (lstat(path, &st) != 0 || cl_excluded(path, excludes))
            continue;
        if (S_ISDIR(st.st_mode))
            walk(path, excludes, out, a, why);
        else {
            size_t len = strlen(name);
            if (len > 2 && strcmp(name + len - 2, ".c") == 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
                push(out, path);
        }
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

size_t cl_expand_inputs(const struct vec *inputs, const struct vec *excludes, struct vec *out, struct arena *a,
                        const char **why)
{
    *why = NULL;
    size_t dirs = 0;
    for (size_t i = 0; i < inputs->len; i++) {
        const char *in = *(const char **)vec_at(inputs, i);
        struct stat st;
        if (stat(in, &st) == 0 && S_ISDIR(st.st_mode)) {
            dirs++;
            walk(in, excludes, out, a, why);
        } else if (!cl_excluded(in, excludes))
            push(out, in);
    }
    return dirs;
}

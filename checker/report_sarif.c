/* report_sarif.c — the SARIF 2.1.0 reporter (see report.h), written with json-c.
 *
 * One run. Locations are URIs relative to the %SRCROOT% base declared in run.originalUriBaseIds
 * (the --srcroot directory, else the current directory); a file outside it gets an absolute
 * file:// URI. Columns are UTF-16 code units (run.columnKind "utf16CodeUnits"), as the SARIF
 * specification defaults to. Each result carries two partial fingerprints: GitHub code scanning's
 * primaryLocationLineHash (computed here exactly as the code-scanning upload would, so the upload
 * keeps ours) and "ddicheck/v1", the location-independent fingerprint of baseline.h. A finding's
 * notes, which run from the call outwards, become one threadFlow read in execution order: the
 * outermost note first and the finding's own location last.
 */
#include "report.h"

#include "baseline.h"
#include "fileio.h"
#include "srcfile.h"

#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DDICHECK_VERSION
#define DDICHECK_VERSION "0.0.0"
#endif

#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

/* ---- primaryLocationLineHash ---- */

enum { LH_BLOCK = 100, LH_BASE = 37, LH_EOF = 0xFFFF };

struct lh_state {
    uint16_t window[LH_BLOCK];
    unsigned line_at[LH_BLOCK]; /* line starting at this window slot, 0 = none */
    unsigned pos, line;
    uint64_t hash, drop; /* drop = LH_BASE^LH_BLOCK: the weight of the unit leaving the window */
    bool at_line_start, after_cr;
    struct u64count counts; /* how often each hash value was emitted */
    void (*fn)(unsigned, const char *, void *);
    void *ctx;
};

static void lh_emit(struct lh_state *s)
{
    char buf[40];
    unsigned n = u64count_bump(&s->counts, s->hash);
    snprintf(buf, sizeof(buf), "%llx:%u", (unsigned long long)s->hash, n);
    s->fn(s->line_at[s->pos], buf, s->ctx);
    s->line_at[s->pos] = 0;
}

static void lh_push(struct lh_state *s, uint16_t unit)
{
    uint16_t old = s->window[s->pos];
    s->window[s->pos] = unit;
    s->hash = s->hash * LH_BASE + unit - s->drop * old; /* modulo 2^64 */
    s->pos = (s->pos + 1) % LH_BLOCK;
}

/* One UTF-16 code unit of the text. */
static void lh_unit(struct lh_state *s, uint16_t u)
{
    if (u == ' ' || u == '\t' || (s->after_cr && u == '\n')) {
        s->after_cr = false;
        return;
    }
    s->after_cr = u == '\r';
    if (u == '\r')
        u = '\n';
    if (s->line_at[s->pos])
        lh_emit(s);
    if (s->at_line_start) {
        s->at_line_start = false;
        s->line_at[s->pos] = ++s->line;
    }
    if (u == '\n')
        s->at_line_start = true;
    lh_push(s, u);
}

void rpt_line_hashes(const char *text, size_t len, void (*fn)(unsigned line, const char *hash, void *ctx), void *ctx)
{
    struct lh_state *s = calloc(1, sizeof(*s));
    if (!s)
        abort();
    s->fn = fn;
    s->ctx = ctx;
    s->at_line_start = true;
    s->drop = 1;
    for (int i = 0; i < LH_BLOCK; i++)
        s->drop *= LH_BASE;
    const unsigned char *t = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
        uint32_t cp = src_utf8_next(t, len, &i);
        if (cp >= 0x10000) {
            lh_unit(s, (uint16_t)(0xD800 + ((cp - 0x10000) >> 10)));
            lh_unit(s, (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else
            lh_unit(s, (uint16_t)cp);
    }
    lh_unit(s, LH_EOF);
    for (int i = 0; i < LH_BLOCK; i++) {
        if (s->line_at[s->pos])
            lh_emit(s);
        lh_push(s, 0);
    }
    u64count_free(&s->counts);
    free(s);
}

/* What the results need of each file, computed once per file: its line hashes and its URI. */
struct sarif_file {
    const char *file; /* borrowed */
    bool hashed;
    char **hashes; /* hashes[line - 1], heap-owned */
    unsigned n;
    char *uri;    /* heap-owned */
    bool in_root; /* uri is relative to %SRCROOT% */
};

struct sarif_files {
    struct strmap index;   /* file -> struct sarif_file * */
    struct vec files;      /* struct sarif_file *, heap-owned */
    struct src_cache *src; /* borrowed from the context, or own_src */
    struct src_cache *own_src;
};

static void lh_collect(unsigned line, const char *hash, void *ctx)
{
    struct sarif_file *f = ctx;
    if (line == 0)
        return;
    if (line > f->n) {
        char **nh = realloc(f->hashes, line * sizeof(char *));
        if (!nh)
            abort();
        for (unsigned i = f->n; i < line; i++)
            nh[i] = NULL;
        f->hashes = nh;
        f->n = line;
    }
    free(f->hashes[line - 1]);
    f->hashes[line - 1] = strdup(hash);
}

static struct sarif_file *sarif_file(struct sarif_files *sf, const char *file)
{
    struct sarif_file *f = strmap_get(&sf->index, file);
    if (!f) {
        f = calloc(1, sizeof(*f));
        if (!f)
            abort();
        f->file = file;
        *(struct sarif_file **)vec_push(&sf->files) = f;
        strmap_put(&sf->index, file, f);
    }
    return f;
}

static const char *line_hash(struct sarif_files *sf, const char *file, unsigned line)
{
    struct sarif_file *f = sarif_file(sf, file);
    if (!f->hashed) {
        f->hashed = true;
        const struct src_file *src = src_get(sf->src, file);
        if (src->ok)
            rpt_line_hashes(src->text, src->len, lh_collect, f);
    }
    return line && line <= f->n ? f->hashes[line - 1] : NULL;
}

static void sarif_files_free(struct sarif_files *sf)
{
    for (size_t i = 0; i < sf->files.len; i++) {
        struct sarif_file *f = *(struct sarif_file **)vec_at(&sf->files, i);
        for (unsigned l = 0; l < f->n; l++)
            free(f->hashes[l]);
        free(f->hashes);
        free(f->uri);
        free(f);
    }
    vec_free(&sf->files);
    strmap_free(&sf->index);
    src_cache_free(sf->own_src);
}

/* ---- URIs ---- */

/* Appends `s` percent-encoded (RFC 3986 unreserved characters and '/' kept) to buf. */
static void uri_escape(char *buf, size_t n, const char *s)
{
    size_t o = strlen(buf);
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p && o + 4 < n; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
            buf[o++] = (char)*p;
        else {
            buf[o++] = '%';
            buf[o++] = hex[*p >> 4];
            buf[o++] = hex[*p & 15];
        }
    }
    buf[o] = 0;
}

/* The artifactLocation of `file`: relative to %SRCROOT% when `root` (an absolute real path
 * ending in '/') holds it, else an absolute file:// URI. */
static struct json_object *artifact_location(struct sarif_files *sf, const char *file, const char *root)
{
    struct sarif_file *f = sarif_file(sf, file);
    if (!f->uri) {
        char real[2 * PATH_MAX + 2], uri[6 * PATH_MAX + 16];
        if (!realpath(file, real)) {
            char cwd[PATH_MAX];
            if (file[0] == '/' || !getcwd(cwd, sizeof(cwd)))
                snprintf(real, sizeof(real), "%s", file);
            else
                snprintf(real, sizeof(real), "%s/%s", cwd, file);
        }
        size_t rl = strlen(root);
        f->in_root = strncmp(real, root, rl) == 0;
        if (f->in_root) {
            uri[0] = 0;
            uri_escape(uri, sizeof(uri), real + rl);
        } else {
            snprintf(uri, sizeof(uri), "file://");
            uri_escape(uri, sizeof(uri), real);
        }
        f->uri = strdup(uri);
        if (!f->uri)
            abort();
    }
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "uri", json_object_new_string(f->uri));
    if (f->in_root)
        json_object_object_add(o, "uriBaseId", json_object_new_string("%SRCROOT%"));
    return o;
}

/* ---- rules ---- */

static struct json_object *text_obj(const char *text)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "text", json_object_new_string(text));
    return o;
}

/* A message.text for SARIF: the finding's message ending in a period, as SARIF asks. */
static struct json_object *message_obj(const char *m)
{
    size_t l = strlen(m);
    if (l && strchr(".!?", m[l - 1]))
        return text_obj(m);
    char *t = malloc(l + 2);
    if (!t)
        abort();
    memcpy(t, m, l);
    t[l] = '.';
    t[l + 1] = 0;
    struct json_object *o = text_obj(t);
    free(t);
    return o;
}

static const char *sarif_level(enum rule_severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_NOTE ? "note" : "warning";
}

/* The first paragraph of a Markdown page after its title, lines joined; heap-owned or NULL. */
static char *first_paragraph(const char *md)
{
    const char *p = md;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l && p[0] != '#')
            break;
        p = e ? e + 1 : p + l;
    }
    size_t cap = strlen(p) + 1, o = 0;
    char *out = malloc(cap);
    if (!out)
        abort();
    while (*p && *p != '\n') {
        const char *e = strchr(p, '\n');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (o)
            out[o++] = ' ';
        memcpy(out + o, p, l);
        o += l;
        p = e ? e + 1 : p + l;
    }
    out[o] = 0;
    if (!o) {
        free(out);
        return NULL;
    }
    return out;
}

/* `s` without Markdown code backticks; heap-owned. */
static char *strip_ticks(const char *s)
{
    char *t = strdup(s), *o = t;
    if (!t)
        abort();
    for (const char *p = s; *p; p++)
        if (*p != '`')
            *o++ = *p;
    *o = 0;
    return t;
}

/* Friendly rule name: the id without underscores (Irql_MCM_Function -> IrqlMCMFunction). */
static char *rule_name(const char *id)
{
    char *t = strdup(id), *o = t;
    if (!t)
        abort();
    for (const char *p = id; *p; p++)
        if (*p != '_')
            *o++ = *p;
    *o = 0;
    return t;
}

static struct json_object *rule_json(const struct rules *rules, const struct rule_def *d)
{
    struct json_object *r = json_object_new_object();
    json_object_object_add(r, "id", json_object_new_string(d->id));
    char *name = rule_name(d->id);
    json_object_object_add(r, "name", json_object_new_string(name));
    free(name);
    json_object_object_add(r, "shortDescription", text_obj(d->summary));
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/%s", rules->dir, d->doc);
    char *md = read_file(path, NULL);
    char *para = md ? first_paragraph(md) : NULL;
    struct json_object *full = json_object_new_object();
    if (para) {
        char *plain = strip_ticks(para);
        json_object_object_add(full, "text", json_object_new_string(plain));
        json_object_object_add(full, "markdown", json_object_new_string(para));
        free(plain);
    } else
        json_object_object_add(full, "text", json_object_new_string(d->summary));
    json_object_object_add(r, "fullDescription", full);
    struct json_object *help = json_object_new_object();
    json_object_object_add(help, "text", json_object_new_string(md ? md : d->summary));
    if (md)
        json_object_object_add(help, "markdown", json_object_new_string(md));
    json_object_object_add(r, "help", help);
    free(para);
    free(md);
    json_object_object_add(r, "helpUri", json_object_new_string(d->source));
    struct json_object *cfg = json_object_new_object();
    json_object_object_add(cfg, "enabled", json_object_new_boolean(d->enabled));
    json_object_object_add(cfg, "level", json_object_new_string(sarif_level(d->severity)));
    json_object_object_add(r, "defaultConfiguration", cfg);
    struct json_object *props = json_object_new_object();
    struct json_object *tags = json_object_new_array();
    json_object_array_add(tags, json_object_new_string("ndis"));
    json_object_array_add(tags, json_object_new_string("condis"));
    bool irql = strcmp(d->kind, "irql") == 0;
    json_object_array_add(tags, json_object_new_string(irql ? "irql" : "lifecycle"));
    json_object_object_add(props, "tags", tags);
    /* IRQL rules compare a documented range with the analysed IRQL; lifecycle rules also depend
     * on which NDIS_STATUS branches are feasible. */
    json_object_object_add(props, "precision", json_object_new_string(irql ? "very-high" : "high"));
    json_object_object_add(props, "problem.severity",
                           json_object_new_string(d->severity == SEV_ERROR  ? "error"
                                                  : d->severity == SEV_NOTE ? "recommendation"
                                                                            : "warning"));
    json_object_object_add(r, "properties", props);
    return r;
}

/* ---- results ---- */

static struct json_object *location_json(struct sarif_files *sf, const struct ir_loc *l, const char *root,
                                         const char *msg)
{
    struct json_object *loc = json_object_new_object();
    struct json_object *phys = json_object_new_object();
    json_object_object_add(phys, "artifactLocation", artifact_location(sf, l->file, root));
    struct json_object *region = json_object_new_object();
    json_object_object_add(region, "startLine", json_object_new_int((int)l->line));
    unsigned col = l->file ? src_utf16_col(src_get(sf->src, l->file), l->line, l->col) : 0;
    if (col)
        json_object_object_add(region, "startColumn", json_object_new_int((int)col));
    json_object_object_add(phys, "region", region);
    json_object_object_add(loc, "physicalLocation", phys);
    if (msg)
        json_object_object_add(loc, "message", message_obj(msg));
    return loc;
}

static struct json_object *code_flow(struct sarif_files *sf, const struct finding *f, const char *root)
{
    struct json_object *locs = json_object_new_array();
    for (size_t n = f->notes.len; n-- > 0;) {
        const struct note *no = vec_at(&f->notes, n);
        if (!no->loc.file || !no->loc.line)
            continue;
        struct json_object *tfl = json_object_new_object();
        json_object_object_add(tfl, "location", location_json(sf, &no->loc, root, no->message));
        json_object_array_add(locs, tfl);
    }
    struct json_object *last = json_object_new_object();
    json_object_object_add(last, "location", location_json(sf, &f->loc, root, f->message));
    json_object_array_add(locs, last);
    struct json_object *tf = json_object_new_object();
    json_object_object_add(tf, "locations", locs);
    struct json_object *tfs = json_object_new_array();
    json_object_array_add(tfs, tf);
    struct json_object *cf = json_object_new_object();
    json_object_object_add(cf, "threadFlows", tfs);
    struct json_object *cfs = json_object_new_array();
    json_object_array_add(cfs, cf);
    return cfs;
}

static struct json_object *result_json(const struct finding *f, int rule_index, const char *root, const char *fp,
                                       struct sarif_files *sf, const struct rpt_suppressed *supp)
{
    struct json_object *r = json_object_new_object();
    json_object_object_add(r, "ruleId", json_object_new_string(f->rule));
    if (rule_index >= 0)
        json_object_object_add(r, "ruleIndex", json_object_new_int(rule_index));
    json_object_object_add(r, "level", json_object_new_string(sarif_level(f->severity)));
    json_object_object_add(r, "message", message_obj(f->message));
    struct json_object *locs = json_object_new_array();
    if (f->loc.file && f->loc.line)
        json_object_array_add(locs, location_json(sf, &f->loc, root, NULL));
    json_object_object_add(r, "locations", locs);
    struct json_object *pf = json_object_new_object();
    const char *lh = f->loc.file && f->loc.line ? line_hash(sf, f->loc.file, f->loc.line) : NULL;
    if (lh)
        json_object_object_add(pf, "primaryLocationLineHash", json_object_new_string(lh));
    if (fp)
        json_object_object_add(pf, "ddicheck/v1", json_object_new_string(fp));
    json_object_object_add(r, "partialFingerprints", pf);
    if (f->loc.file && f->loc.line)
        json_object_object_add(r, "codeFlows", code_flow(sf, f, root));
    if (f->function) {
        struct json_object *props = json_object_new_object();
        json_object_object_add(props, "function", json_object_new_string(f->function));
        json_object_object_add(r, "properties", props);
    }
    if (supp) {
        struct json_object *s = json_object_new_object();
        json_object_object_add(s, "kind", json_object_new_string("inSource"));
        if (supp->reason && *supp->reason)
            json_object_object_add(s, "justification", json_object_new_string(supp->reason));
        struct json_object *sa = json_object_new_array();
        json_object_array_add(sa, s);
        json_object_object_add(r, "suppressions", sa);
    }
    return r;
}

static int rule_index_of(const struct rules *rules, const char *id)
{
    for (size_t i = 0; rules && i < rules->defs.len; i++)
        if (strcmp(((const struct rule_def *)vec_at(&rules->defs, i))->id, id) == 0)
            return (int)i;
    return -1;
}

int rpt_sarif(FILE *out, const struct findings *fs, const struct vec *errors, const struct rpt_context *ctx)
{
    char root[PATH_MAX], rooturi[3 * PATH_MAX + 16];
    const char *dir = ctx && ctx->srcroot ? ctx->srcroot : ".";
    if (!realpath(dir, root)) {
        fprintf(stderr, "%s: error: cannot resolve the source root: %s\n", dir, strerror(errno));
        return 2;
    }
    if (root[strlen(root) - 1] != '/')
        strncat(root, "/", sizeof(root) - strlen(root) - 1);
    snprintf(rooturi, sizeof(rooturi), "file://");
    uri_escape(rooturi, sizeof(rooturi), root);

    struct arena a = {0};
    const struct rules *rules = ctx ? ctx->rules : NULL;
    struct sarif_files sf;
    strmap_init(&sf.index);
    vec_init(&sf.files, sizeof(struct sarif_file *));
    sf.own_src = ctx && ctx->sources ? NULL : src_cache_new();
    sf.src = sf.own_src ? sf.own_src : ctx->sources;
    const char *const *fps = ctx && ctx->fingerprints ? ctx->fingerprints : bl_fingerprints(fs, sf.src, &a);

    struct json_object *driver = json_object_new_object();
    json_object_object_add(driver, "name", json_object_new_string("ddicheck"));
    json_object_object_add(driver, "version", json_object_new_string(DDICHECK_VERSION));
    json_object_object_add(driver, "semanticVersion", json_object_new_string(DDICHECK_VERSION));
    json_object_object_add(driver, "informationUri", json_object_new_string(DDICHECK_INFORMATION_URI));
    struct json_object *rarr = json_object_new_array();
    for (size_t i = 0; rules && i < rules->defs.len; i++)
        json_object_array_add(rarr, rule_json(rules, vec_at(&rules->defs, i)));
    json_object_object_add(driver, "rules", rarr);
    struct json_object *tool = json_object_new_object();
    json_object_object_add(tool, "driver", driver);

    struct json_object *run = json_object_new_object();
    json_object_object_add(run, "tool", tool);

    struct json_object *inv = json_object_new_object();
    bool fatal = false;
    struct json_object *notes = json_object_new_array();
    for (size_t i = 0; errors && i < errors->len; i++) {
        const struct ir_diag *d = vec_at(errors, i);
        fatal = fatal || !d->note;
        struct json_object *n = json_object_new_object();
        json_object_object_add(n, "level", json_object_new_string(d->note ? "note" : "error"));
        json_object_object_add(n, "message", message_obj(d->message));
        if (d->loc.file && d->loc.line) {
            struct json_object *locs = json_object_new_array();
            json_object_array_add(locs, location_json(&sf, &d->loc, root, NULL));
            json_object_object_add(n, "locations", locs);
        }
        json_object_array_add(notes, n);
    }
    json_object_object_add(inv, "executionSuccessful", json_object_new_boolean(!fatal));
    json_object_object_add(inv, "toolExecutionNotifications", notes);
    struct json_object *invs = json_object_new_array();
    json_object_array_add(invs, inv);
    json_object_object_add(run, "invocations", invs);

    struct json_object *bases = json_object_new_object();
    struct json_object *srcroot = json_object_new_object();
    json_object_object_add(srcroot, "uri", json_object_new_string(rooturi));
    json_object_object_add(bases, "%SRCROOT%", srcroot);
    json_object_object_add(run, "originalUriBaseIds", bases);

    struct json_object *results = json_object_new_array();
    for (size_t i = 0; i < fs->items.len; i++) {
        const struct finding *f = vec_at(&fs->items, i);
        json_object_array_add(results, result_json(f, rule_index_of(rules, f->rule), root, fps[i], &sf, NULL));
    }
    for (size_t i = 0; ctx && ctx->show_suppressed && ctx->suppressed && i < ctx->suppressed->len; i++) {
        const struct rpt_suppressed *sp = vec_at(ctx->suppressed, i);
        json_object_array_add(results, result_json(&sp->f, rule_index_of(rules, sp->f.rule), root, NULL, &sf, sp));
    }
    json_object_object_add(run, "results", results);
    json_object_object_add(run, "columnKind", json_object_new_string("utf16CodeUnits"));

    struct json_object *runs = json_object_new_array();
    json_object_array_add(runs, run);
    struct json_object *log = json_object_new_object();
    json_object_object_add(log, "$schema", json_object_new_string(SARIF_SCHEMA));
    json_object_object_add(log, "version", json_object_new_string("2.1.0"));
    json_object_object_add(log, "runs", runs);

    const char *s = json_object_to_json_string_ext(log, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
    int rc = fputs(s, out) < 0 || fputc('\n', out) == EOF ? 2 : 0;
    json_object_put(log);
    sarif_files_free(&sf);
    arena_free(&a);
    return rc;
}

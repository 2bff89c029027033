/*
 * nm_run_main.c - ndis-model-run: runs scenarios of a driver variant on the runtime model.
 *
 * Usage: ndis-model-run [OPTIONS] SAMPLE [SCENARIO...]      (no SCENARIO, or "all": every one)
 *        ndis-model-run [OPTIONS] --driver D.so... --harness H.so [SCENARIO...]
 *        ndis-model-run --list [SAMPLE]
 * SAMPLE is a configuration name of samples/samples.tsv ("mcm_miniport.isr_dispatch"). The
 * runner reads the module manifest (modules.tsv, written by the build next to the modules)
 * to find the sample's driver module (one shared object per configuration, as NDIS loads a
 * .sys), the clean peer drivers it runs with and its harness module (nm_scenario.h). Drivers
 * are loaded with dlopen(RTLD_GLOBAL) so that the harness reaches their globals; the DDIs
 * they call are the runner's own (libndismodel, exported).
 *
 * Each run (one scenario, one sequence of scheduler choices) runs in a forked child, so
 * driver globals start fresh; the child hands its result (choices, violations, trace, the
 * events it ran) to the parent as one JSON object through a pipe. --explore enumerates the
 * scheduler's choices depth-first (pending completions, DPCs, timers, work items,
 * interrupts, entry IRQLs), optionally bounded by the number of choices per schedule that
 * differ from the first option (--bound) and by a number of runs; it prints how many
 * schedules ran, how many distinct event orders they covered and each distinct violation
 * once with the --choices string that replays it.
 *
 * Output: the event trace and the violations as text, or a JSON report (json-c). A violation
 * of a rule that rules/defs does not define yet is marked "model-only".
 * Exit: 0 no violation, 1 violations, 2 usage or tool error (bad option, unknown sample or
 * scenario, a module that does not load, bad rule files, a run that crashed).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_scenario.h"

#include <dlfcn.h>
#include <errno.h>
#include <getopt.h>
#include <json-c/json.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef NM_DEFAULT_RULES_DIR
#define NM_DEFAULT_RULES_DIR "rules"
#endif
#ifndef NM_DEFAULT_MODULE_DIR
#define NM_DEFAULT_MODULE_DIR "lib/ndis-model"
#endif

#define MAX_CHOICES 4096

/* LeakSanitizer's entry point, present only in a sanitized build (DDICHECK_SANITIZE). */
extern void __lsan_do_leak_check(void) __attribute__((weak));

struct opts {
    int json, quiet, list, exploring, max_runs, bound, max_steps, orders;
    unsigned long long seed;
    int use_choices, nchoices;
    int choices[MAX_CHOICES];
    const char *rules_dir, *module_dir, *harness_path;
    const char *drivers[32];
    int ndrivers;
};

static struct opts O;
static const struct nm_harness *H;
static char sample_label[256] = "";

static void usage(FILE *f)
{
    fprintf(f, "usage: ndis-model-run [OPTIONS] SAMPLE [SCENARIO...|all]\n"
               "       ndis-model-run [OPTIONS] --driver FILE.so... --harness FILE.so [SCENARIO...|all]\n"
               "       ndis-model-run --list [SAMPLE]\n"
               "options:\n"
               "  --seed N            scheduler choices from this seed (default 0)\n"
               "  --choices A.B.C     replay these choices (then the first option)\n"
               "  --explore[=RUNS]    every schedule, depth-first, at most RUNS runs (default 2000)\n"
               "  --bound K           with --explore: at most K choices per schedule differ from the first\n"
               "                      option (0: no bound)\n"
               "  --orders            with --explore --json: list the distinct event orders\n"
               "  --steps N           scheduler steps per run (default 400)\n"
               "  --json              JSON report on stdout\n"
               "  --quiet             no trace in the text report\n"
               "  --rules DIR         rules/ directory (default: $NDIS_MODEL_RULES or the source tree's)\n"
               "  --modules DIR       driver and harness modules (default: the build's lib/ndis-model)\n"
               "  --driver FILE.so    load this driver module (repeatable; with --harness, instead of SAMPLE)\n"
               "  --harness FILE.so   the harness module that lists the scenarios\n"
               "  --list              list the samples, or the scenarios of SAMPLE\n"
               "exit status: 0 no violation, 1 violations, 2 usage or tool error\n");
}

static int parse_int(const char *opt, const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi) {
        fprintf(stderr, "ndis-model-run: %s wants a number in %ld..%ld, got '%s'\n", opt, lo, hi, s);
        return -1;
    }
    *out = v;
    return 0;
}

/* ---------------------------------------------------------------- modules */

/* The directory of the modules: --modules, $NDIS_MODEL_MODULES, the build's, or next to the
 * executable (../lib/ndis-model). */
static const char *module_dir(void)
{
    static char buf[PATH_MAX];
    if (O.module_dir)
        return O.module_dir;
    if (getenv("NDIS_MODEL_MODULES"))
        return getenv("NDIS_MODEL_MODULES");
    snprintf(buf, sizeof buf, "%s/modules.tsv", NM_DEFAULT_MODULE_DIR);
    if (access(buf, R_OK) == 0)
        return NM_DEFAULT_MODULE_DIR;
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 32);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            strcpy(slash, "/../lib/ndis-model");
            return buf;
        }
    }
    return NM_DEFAULT_MODULE_DIR;
}

struct manifest_row {
    char *sample, *driver, *harness, *peers;
};

/* Reads modules.tsv; returns the number of rows (rows is malloc-owned), -1 on error. */
static int read_manifest(struct manifest_row **rows)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/modules.tsv", module_dir());
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr,
                "ndis-model-run: %s: cannot read the module manifest: %s (build the project, or pass --modules)\n",
                path, strerror(errno));
        return -1;
    }
    char line[4096];
    int n = 0, lineno = 0;
    *rows = NULL;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = 0;
        if (!line[0] || line[0] == '#')
            continue;
        char *fld[4], *rest = line;
        int k = 0;
        while (k < 4 && (fld[k] = strsep(&rest, "\t")) != NULL)
            k++;
        if (k != 4) {
            fprintf(stderr, "%s:%d: error: a row has %d tab-separated fields, expected 4\n", path, lineno, k);
            fclose(f);
            return -1;
        }
        struct manifest_row *r = realloc(*rows, sizeof **rows * (size_t)(n + 1));
        if (!r)
            abort();
        *rows = r;
        r[n].sample = strdup(fld[0]);
        r[n].driver = strdup(fld[1]);
        r[n].harness = strdup(fld[2]);
        r[n].peers = strdup(fld[3]);
        n++;
    }
    fclose(f);
    return n;
}

static void free_manifest(struct manifest_row *rows, int n)
{
    for (int i = 0; i < n; i++) {
        free(rows[i].sample);
        free(rows[i].driver);
        free(rows[i].harness);
        free(rows[i].peers);
    }
    free(rows);
}

/* dlopens a module (a path relative to the module directory unless absolute or ./). */
static void *load_module(const char *name, int global)
{
    char path[PATH_MAX];
    if (strchr(name, '/') && (name[0] == '/' || name[0] == '.'))
        snprintf(path, sizeof path, "%s", name);
    else
        snprintf(path, sizeof path, "%s/%s", module_dir(), name);
    void *h = dlopen(path, RTLD_NOW | (global ? RTLD_GLOBAL : RTLD_LOCAL));
    if (!h)
        fprintf(stderr, "ndis-model-run: cannot load %s: %s\n", path, dlerror());
    return h;
}

static int load_harness(const char *path)
{
    void *h = load_module(path, 0);
    if (!h)
        return -1;
    H = dlsym(h, NM_HARNESS_SYMBOL);
    if (!H || !H->scenarios) {
        fprintf(stderr, "ndis-model-run: %s defines no '%s' (see runtime-model/src/nm_scenario.h)\n", path,
                NM_HARNESS_SYMBOL);
        return -1;
    }
    return 0;
}

/* Loads the sample's peers, its driver and its harness. Returns 0, or -1 (printed). */
static int load_sample(const char *sample)
{
    struct manifest_row *rows;
    int n = read_manifest(&rows), rc = -1;
    if (n < 0)
        return -1;
    const struct manifest_row *r = NULL;
    for (int i = 0; i < n; i++)
        if (!strcmp(rows[i].sample, sample))
            r = &rows[i];
    if (!r) {
        fprintf(stderr, "ndis-model-run: no sample '%s' (samples/samples.tsv spells them; see --list)\n", sample);
        goto done;
    }
    if (strcmp(r->peers, "-")) {
        char *peers = strdup(r->peers), *rest = peers, *p;
        while ((p = strsep(&rest, " ")) != NULL)
            if (*p && !load_module(p, 1)) {
                free(peers);
                goto done;
            }
        free(peers);
    }
    if (!load_module(r->driver, 1) || load_harness(r->harness))
        goto done;
    snprintf(sample_label, sizeof sample_label, "%s", sample);
    rc = 0;
done:
    free_manifest(rows, n);
    return rc;
}

static int list_samples(void)
{
    struct manifest_row *rows;
    int n = read_manifest(&rows);
    if (n < 0)
        return 2;
    for (int i = 0; i < n; i++)
        printf("%-44s %s\n", rows[i].sample, rows[i].driver);
    free_manifest(rows, n);
    return 0;
}

/* ---------------------------------------------------------------- one run, in a child */

static json_object *violation_json(const struct nm_violation *v)
{
    json_object *jv = json_object_new_object();
    json_object_object_add(jv, "rule", json_object_new_string(v->rule));
    json_object_object_add(jv, "model_only", json_object_new_boolean(v->model_only));
    json_object_object_add(jv, "message", json_object_new_string(v->message));
    json_object_object_add(jv, "irql", json_object_new_string(nm_irql_name(v->irql)));
    json_object_object_add(jv, "file", json_object_new_string(v->file));
    json_object_object_add(jv, "line", json_object_new_int(v->line));
    json_object_object_add(jv, "function", json_object_new_string(v->function));
    json_object_object_add(jv, "driver", json_object_new_string(v->driver));
    json_object_object_add(jv, "trace_index", json_object_new_int(v->trace_index));
    json_object_object_add(jv, "event_index", json_object_new_int(v->event_index));
    return jv;
}

/* Runs the scenario in this (child) process and writes the result object to fd. */
static void child_run(const struct nm_scenario *s, const struct nm_run_options *ro, int with_trace, int fd)
{
    if (nm_begin(ro)) {
        nm_free();
        _exit(2);
    }
    s->run();
    int nv = nm_end();
    json_object *o = json_object_new_object(), *ch = json_object_new_array(), *vs = json_object_new_array();
    for (int i = 0; i < nm_choice_count(); i++) {
        int t, k;
        nm_choice_at(i, &t, &k);
        json_object *pair = json_object_new_array();
        json_object_array_add(pair, json_object_new_int(t));
        json_object_array_add(pair, json_object_new_int(k));
        json_object_array_add(ch, pair);
    }
    json_object_object_add(o, "choices", ch);
    for (int i = 0; i < nv; i++)
        json_object_array_add(vs, violation_json(nm_violation_at(i)));
    json_object_object_add(o, "violations", vs);
    json_object *cks = json_object_new_array();
    for (int i = 0; i < nm_check_failures(); i++)
        json_object_array_add(cks, json_object_new_string(nm_check_failure_at(i)));
    json_object_object_add(o, "failed_checks", cks);
    if (with_trace) {
        json_object *tr = json_object_new_array();
        for (int i = 0; i < nm_trace_count(); i++)
            json_object_array_add(tr, json_object_new_string(nm_trace_at(i)));
        json_object_object_add(o, "trace", tr);
    }
    json_object *ev = json_object_new_array();
    for (int i = 0; i < nm_event_count(); i++)
        json_object_array_add(ev, json_object_new_string(nm_event_at(i)));
    json_object_object_add(o, "events", ev);
    const char *text = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
    size_t len = strlen(text), off = 0;
    while (off < len) {
        ssize_t w = write(fd, text + off, len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            _exit(2);
        off += (size_t)w;
    }
    json_object_put(o);
    nm_free();
    close(fd);
    if (__lsan_do_leak_check) /* a sanitized build: _exit skips LeakSanitizer's own check */
        __lsan_do_leak_check();
    _exit(0);
}

/* Forks one run; returns its result object (caller owns), or NULL after printing why. */
static json_object *fork_run(const struct nm_scenario *s, const struct nm_run_options *ro, int with_trace)
{
    int fd[2];
    if (pipe(fd)) {
        fprintf(stderr, "ndis-model-run: pipe: %s\n", strerror(errno));
        return NULL;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "ndis-model-run: fork: %s\n", strerror(errno));
        close(fd[0]);
        close(fd[1]);
        return NULL;
    }
    if (pid == 0) {
        close(fd[0]);
        child_run(s, ro, with_trace, fd[1]);
    }
    close(fd[1]);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 65536 > cap) {
            cap = cap ? cap * 2 : 131072;
            char *b = realloc(buf, cap);
            if (!b)
                abort();
            buf = b;
        }
        ssize_t r = read(fd[0], buf + len, cap - len - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        len += (size_t)r;
    }
    close(fd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    json_object *o = NULL;
    if (WIFSIGNALED(status))
        fprintf(stderr, "ndis-model-run: scenario %s of %s crashed (signal %d, %s)\n", s->name, sample_label,
                WTERMSIG(status), strsignal(WTERMSIG(status)));
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fprintf(stderr, "ndis-model-run: scenario %s of %s: the run failed (exit %d)\n", s->name, sample_label,
                WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    else if (buf) {
        buf[len] = 0;
        o = json_tokener_parse(buf);
        if (!o)
            fprintf(stderr, "ndis-model-run: scenario %s: unreadable result of the run\n", s->name);
    }
    free(buf);
    return o;
}

static json_object *get(json_object *o, const char *key)
{
    json_object *v = NULL;
    json_object_object_get_ex(o, key, &v);
    return v;
}

static const char *get_str(json_object *o, const char *key)
{
    json_object *v = get(o, key);
    return v ? json_object_get_string(v) : "";
}

static int get_int(json_object *o, const char *key)
{
    json_object *v = get(o, key);
    return v ? json_object_get_int(v) : 0;
}

/* "0.1.0" from the result's choices (malloc-owned). */
static char *choices_text(json_object *res)
{
    json_object *ch = get(res, "choices");
    size_t n = ch ? json_object_array_length(ch) : 0, cap = n * 12 + 2, o = 0;
    char *s = malloc(cap);
    if (!s)
        abort();
    s[0] = 0;
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(s + o, cap - o, "%s%d", i ? "." : "",
                              json_object_get_int(json_object_array_get_idx(json_object_array_get_idx(ch, i), 0)));
    return s;
}

static void print_violation(json_object *v, const char *tail)
{
    const char *file = get_str(v, "file");
    int mo = json_object_get_boolean(get(v, "model_only"));
    printf("%s:%d: violation: %s [%s] (%sat %s%s%s%s%s)\n", file[0] ? file : "<end of scenario>", get_int(v, "line"),
           get_str(v, "message"), get_str(v, "rule"), mo ? "model-only rule, not in rules/defs; " : "",
           get_str(v, "irql"), get_str(v, "function")[0] ? ", in " : "", get_str(v, "function"), tail[0] ? ", " : "",
           tail);
}

/* The scheduler steps that led to violation v: the events run before it. */
static void print_steps(json_object *res, json_object *v)
{
    json_object *ev = get(res, "events");
    int upto = get_int(v, "event_index");
    if (!ev)
        return;
    printf("    scheduler steps:");
    if (upto == 0)
        printf(" (none: the scenario's own calls)");
    for (int i = 0; i < upto && i < (int)json_object_array_length(ev); i++)
        printf("%s %s", i ? " >" : "", json_object_get_string(json_object_array_get_idx(ev, (size_t)i)));
    printf("\n");
}

/* One run (seed or forced choices); returns its number of violations and failed checks, or -1. */
static int run_once(const struct nm_scenario *s, json_object *jarr)
{
    struct nm_run_options ro = {O.seed, O.choices, O.nchoices, O.use_choices, O.rules_dir, 0, O.max_steps};
    json_object *res = fork_run(s, &ro, 1);
    if (!res)
        return -1;
    json_object *vs = get(res, "violations"), *tr = get(res, "trace"), *cks = get(res, "failed_checks");
    int nv = vs ? (int)json_object_array_length(vs) : 0, nc = cks ? (int)json_object_array_length(cks) : 0;
    char *ch = choices_text(res);
    if (O.json) {
        json_object *o = json_object_new_object();
        json_object_object_add(o, "scenario", json_object_new_string(s->name));
        json_object_object_add(o, "sample", json_object_new_string(sample_label));
        json_object_object_add(o, "seed", json_object_new_int64((int64_t)O.seed));
        json_object_object_add(o, "choices", json_object_new_string(ch));
        json_object_object_add(o, "violations", json_object_get(vs));
        json_object_object_add(o, "failed_checks", json_object_get(cks));
        json_object_object_add(o, "trace", json_object_get(tr));
        json_object_array_add(jarr, o);
    } else {
        printf("=== scenario %s (%s) — %s\n", s->name, sample_label, s->summary);
        if (O.use_choices)
            printf("    --choices %s\n", ch);
        else
            printf("    --seed %llu (choices %s)\n", O.seed, ch);
        if (!O.quiet && tr)
            for (size_t i = 0; i < json_object_array_length(tr); i++)
                printf("  %4zu  %s\n", i, json_object_get_string(json_object_array_get_idx(tr, i)));
        for (int i = 0; i < nv; i++) {
            json_object *v = json_object_array_get_idx(vs, (size_t)i);
            char tail[300];
            snprintf(tail, sizeof tail, "in %s, after trace line %d", get_str(v, "driver"), get_int(v, "trace_index"));
            print_violation(v, tail);
            print_steps(res, v);
        }
        for (int i = 0; i < nc; i++)
            printf("check failed: %s\n", json_object_get_string(json_object_array_get_idx(cks, (size_t)i)));
        printf("--- %s: %d violation%s%s\n", s->name, nv, nv == 1 ? "" : "s", nc ? ", failed checks" : "");
    }
    free(ch);
    json_object_put(res);
    return nv + nc;
}

/* ---------------------------------------------------------------- --explore */

struct found {
    json_object *v; /* the violation (owned) */
    char *choices;
};

static void free_found(struct found *fs, int n)
{
    for (int i = 0; i < n; i++) {
        json_object_put(fs[i].v);
        free(fs[i].choices);
    }
    free(fs);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every schedule of the scenario within the bounds; returns the distinct violations, or -1. */
static int explore(const struct nm_scenario *s, json_object *jarr)
{
    static int prefix[MAX_CHOICES], taken[MAX_CHOICES], opts[MAX_CHOICES];
    int nprefix = 0, runs = 0, complete = 0, nf = 0, norders = 0, caporders = 0, rc = -1;
    struct found *fs = NULL;
    char **orders = NULL;
    struct found *cf = NULL; /* distinct failed checks: v is a string object */
    int ncf = 0;
    for (;;) {
        struct nm_run_options ro = {0, prefix, nprefix, 1, O.rules_dir, 0, O.max_steps};
        json_object *res = fork_run(s, &ro, 0);
        if (!res) {
            fprintf(stderr, "ndis-model-run: (run %d of the exploration; replay its prefix with --choices)\n", runs);
            goto done;
        }
        runs++;
        json_object *ch = get(res, "choices"), *vs = get(res, "violations"), *ev = get(res, "events");
        int nch = ch ? (int)json_object_array_length(ch) : 0;
        if (nch > MAX_CHOICES)
            nch = MAX_CHOICES;
        for (int i = 0; i < nch; i++) {
            json_object *pair = json_object_array_get_idx(ch, (size_t)i);
            taken[i] = json_object_get_int(json_object_array_get_idx(pair, 0));
            opts[i] = json_object_get_int(json_object_array_get_idx(pair, 1));
        }
        /* the order of the events this schedule ran */
        size_t olen = 1;
        for (size_t i = 0; ev && i < json_object_array_length(ev); i++)
            olen += strlen(json_object_get_string(json_object_array_get_idx(ev, i))) + 3;
        char *order = malloc(olen);
        if (!order)
            abort();
        order[0] = 0;
        for (size_t i = 0; ev && i < json_object_array_length(ev); i++) {
            if (i)
                strcat(order, " > ");
            strcat(order, json_object_get_string(json_object_array_get_idx(ev, i)));
        }
        if (norders == caporders) {
            caporders = caporders ? caporders * 2 : 256;
            char **no = realloc(orders, sizeof *orders * (size_t)caporders);
            if (!no)
                abort();
            orders = no;
        }
        orders[norders++] = order;
        for (size_t i = 0; vs && i < json_object_array_length(vs); i++) {
            json_object *v = json_object_array_get_idx(vs, i);
            int dup = 0;
            for (int k = 0; k < nf && !dup; k++)
                dup = !strcmp(get_str(fs[k].v, "rule"), get_str(v, "rule")) &&
                      !strcmp(get_str(fs[k].v, "file"), get_str(v, "file")) &&
                      get_int(fs[k].v, "line") == get_int(v, "line");
            if (dup)
                continue;
            struct found *nfs = realloc(fs, sizeof *fs * (size_t)(nf + 1));
            if (!nfs)
                abort();
            fs = nfs;
            fs[nf].v = json_object_get(v);
            fs[nf].choices = choices_text(res);
            nf++;
        }
        json_object *cks = get(res, "failed_checks");
        for (size_t i = 0; cks && i < json_object_array_length(cks); i++) {
            json_object *t = json_object_array_get_idx(cks, i);
            int dup = 0;
            for (int k = 0; k < ncf && !dup; k++)
                dup = !strcmp(json_object_get_string(cf[k].v), json_object_get_string(t));
            if (dup)
                continue;
            struct found *ncfs = realloc(cf, sizeof *cf * (size_t)(ncf + 1));
            if (!ncfs)
                abort();
            cf = ncfs;
            cf[ncf].v = json_object_get(t);
            cf[ncf].choices = choices_text(res);
            ncf++;
        }
        json_object_put(res);
        /* next schedule: bump the deepest choice that has an untried option within the bound */
        int i = nch - 1, dev = 0;
        for (; i >= 0; i--) {
            if (taken[i] + 1 >= opts[i])
                continue;
            if (O.bound > 0) {
                dev = 1;
                for (int k = 0; k < i; k++)
                    dev += taken[k] != 0;
                if (dev > O.bound)
                    continue;
            }
            break;
        }
        if (i < 0) {
            complete = 1;
            break;
        }
        if (runs >= O.max_runs)
            break;
        for (int k = 0; k < i; k++)
            prefix[k] = taken[k];
        prefix[i] = taken[i] + 1;
        nprefix = i + 1;
    }
    qsort(orders, (size_t)norders, sizeof *orders, cmp_str);
    int distinct = 0;
    for (int i = 0; i < norders; i++)
        if (distinct == 0 || strcmp(orders[i], orders[distinct - 1]))
            orders[distinct++] = orders[i];
        else
            free(orders[i]);
    norders = distinct;
    if (O.json) {
        json_object *o = json_object_new_object(), *vs = json_object_new_array();
        json_object_object_add(o, "scenario", json_object_new_string(s->name));
        json_object_object_add(o, "sample", json_object_new_string(sample_label));
        json_object_object_add(o, "schedules", json_object_new_int(runs));
        json_object_object_add(o, "complete", json_object_new_boolean(complete));
        json_object_object_add(o, "bound", json_object_new_int(O.bound));
        json_object_object_add(o, "event_orders", json_object_new_int(distinct));
        if (O.orders) {
            json_object *jo = json_object_new_array();
            for (int i = 0; i < distinct; i++)
                json_object_array_add(jo, json_object_new_string(orders[i]));
            json_object_object_add(o, "orders", jo);
        }
        for (int i = 0; i < nf; i++) {
            json_object_object_add(fs[i].v, "choices", json_object_new_string(fs[i].choices));
            json_object_array_add(vs, json_object_get(fs[i].v));
        }
        json_object_object_add(o, "violations", vs);
        json_object *jc = json_object_new_array();
        for (int i = 0; i < ncf; i++) {
            json_object *c = json_object_new_object();
            json_object_object_add(c, "check", json_object_get(cf[i].v));
            json_object_object_add(c, "choices", json_object_new_string(cf[i].choices));
            json_object_array_add(jc, c);
        }
        json_object_object_add(o, "failed_checks", jc);
        json_object_array_add(jarr, o);
    } else {
        char within[64] = "";
        if (O.bound > 0)
            snprintf(within, sizeof within, " with at most %d deviation%s", O.bound, O.bound == 1 ? "" : "s");
        printf("=== scenario %s (%s): explored %d schedule%s, %d distinct event order%s (%s%s)\n", s->name,
               sample_label, runs, runs == 1 ? "" : "s", distinct, distinct == 1 ? "" : "s",
               complete ? "every schedule" : "run bound reached", complete ? within : "");
        for (int i = 0; i < nf; i++) {
            char tail[8300];
            snprintf(tail, sizeof tail, "reproduce with --choices %s", fs[i].choices[0] ? fs[i].choices : "\"\"");
            print_violation(fs[i].v, tail);
        }
        for (int i = 0; i < ncf; i++)
            printf("check failed: %s (reproduce with --choices %s)\n", json_object_get_string(cf[i].v),
                   cf[i].choices[0] ? cf[i].choices : "\"\"");
        printf("--- %s: %d distinct violation%s%s\n", s->name, nf, nf == 1 ? "" : "s", ncf ? ", failed checks" : "");
    }
    rc = nf + ncf;
done:
    free_found(fs, nf);
    free_found(cf, ncf);
    for (int i = 0; i < norders; i++)
        free(orders[i]);
    free(orders);
    return rc;
}

/* ---------------------------------------------------------------- main */

static const struct nm_scenario *find(const char *name)
{
    for (const struct nm_scenario *s = H->scenarios; s->name; s++)
        if (!strcmp(s->name, name))
            return s;
    return NULL;
}

static int parse_choices(const char *arg)
{
    O.use_choices = 1;
    O.nchoices = 0;
    for (const char *p = arg; *p;) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || v < 0 || v > 100000 || O.nchoices >= MAX_CHOICES || (*end && *end != '.')) {
            fprintf(stderr, "ndis-model-run: --choices wants numbers separated by dots, got '%s'\n", arg);
            return -1;
        }
        O.choices[O.nchoices++] = (int)v;
        p = *end ? end + 1 : end;
    }
    return 0;
}

enum {
    OPT_SEED = 256,
    OPT_CHOICES,
    OPT_EXPLORE,
    OPT_BOUND,
    OPT_STEPS,
    OPT_RULES,
    OPT_MODULES,
    OPT_DRIVER,
    OPT_HARNESS
};

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},
        {"list", no_argument, NULL, 'l'},
        {"orders", no_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {"seed", required_argument, NULL, OPT_SEED},
        {"choices", required_argument, NULL, OPT_CHOICES},
        {"explore", optional_argument, NULL, OPT_EXPLORE},
        {"bound", required_argument, NULL, OPT_BOUND},
        {"steps", required_argument, NULL, OPT_STEPS},
        {"rules", required_argument, NULL, OPT_RULES},
        {"modules", required_argument, NULL, OPT_MODULES},
        {"driver", required_argument, NULL, OPT_DRIVER},
        {"harness", required_argument, NULL, OPT_HARNESS},
        {NULL, 0, NULL, 0},
    };
    O.max_runs = 2000;
    O.rules_dir = getenv("NDIS_MODEL_RULES") ? getenv("NDIS_MODEL_RULES") : NM_DEFAULT_RULES_DIR;
    int c;
    long v;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': O.json = 1; break;
        case 'q': O.quiet = 1; break;
        case 'l': O.list = 1; break;
        case 'o': O.orders = 1; break;
        case 'h': usage(stdout); return 0;
        case OPT_SEED: {
            char *end;
            errno = 0;
            O.seed = strtoull(optarg, &end, 10);
            if (errno || *end || end == optarg || optarg[0] == '-') {
                fprintf(stderr, "ndis-model-run: --seed wants a number, got '%s'\n", optarg);
                return 2;
            }
            break;
        }
        case OPT_CHOICES:
            if (parse_choices(optarg))
                return 2;
            break;
        case OPT_EXPLORE:
            O.exploring = 1;
            if (optarg) {
                if (parse_int("--explore=RUNS", optarg, 1, 100000000, &v))
                    return 2;
                O.max_runs = (int)v;
            }
            break;
        case OPT_BOUND:
            if (parse_int("--bound", optarg, 0, 1000000, &v))
                return 2;
            O.bound = (int)v;
            break;
        case OPT_STEPS:
            if (parse_int("--steps", optarg, 1, 10000000, &v))
                return 2;
            O.max_steps = (int)v;
            break;
        case OPT_RULES: O.rules_dir = optarg; break;
        case OPT_MODULES: O.module_dir = optarg; break;
        case OPT_DRIVER:
            if (O.ndrivers == 32) {
                fprintf(stderr, "ndis-model-run: at most 32 --driver modules\n");
                return 2;
            }
            O.drivers[O.ndrivers++] = optarg;
            break;
        case OPT_HARNESS: O.harness_path = optarg; break;
        default: usage(stderr); return 2;
        }
    }
    if (O.exploring && O.use_choices) {
        fprintf(stderr, "ndis-model-run: --explore and --choices exclude each other\n");
        return 2;
    }
    if ((O.ndrivers || O.harness_path) && !O.harness_path) {
        fprintf(stderr, "ndis-model-run: --driver needs --harness (the module that lists the scenarios)\n");
        return 2;
    }
    int first = optind;
    if (O.harness_path) {
        for (int i = 0; i < O.ndrivers; i++)
            if (!load_module(O.drivers[i], 1))
                return 2;
        if (load_harness(O.harness_path))
            return 2;
        snprintf(sample_label, sizeof sample_label, "%s", H->sample ? H->sample : O.harness_path);
    } else {
        if (first >= argc) {
            if (O.list)
                return list_samples();
            usage(stderr);
            return 2;
        }
        if (load_sample(argv[first]))
            return 2;
        first++;
    }
    if (O.list) {
        for (const struct nm_scenario *s = H->scenarios; s->name; s++)
            printf("%-28s %s\n", s->name, s->summary);
        return 0;
    }
    const struct nm_scenario *todo[256];
    int ntodo = 0;
    if (first >= argc)
        for (const struct nm_scenario *s = H->scenarios; s->name && ntodo < 256; s++)
            todo[ntodo++] = s;
    for (int i = first; i < argc; i++) {
        if (!strcmp(argv[i], "all")) {
            for (const struct nm_scenario *s = H->scenarios; s->name && ntodo < 256; s++)
                todo[ntodo++] = s;
            continue;
        }
        const struct nm_scenario *s = find(argv[i]);
        if (!s) {
            fprintf(stderr, "ndis-model-run: no scenario '%s' for %s (see --list %s)\n", argv[i], sample_label,
                    sample_label);
            return 2;
        }
        if (ntodo < 256)
            todo[ntodo++] = s;
    }
    if (nm_rules_preload(O.rules_dir))
        return 2;
    signal(SIGPIPE, SIG_IGN);
    json_object *jarr = O.json ? json_object_new_array() : NULL;
    int total = 0;
    for (int i = 0; i < ntodo; i++) {
        int n = O.exploring ? explore(todo[i], jarr) : run_once(todo[i], jarr);
        if (n < 0) {
            if (jarr)
                json_object_put(jarr);
            return 2;
        }
        total += n;
    }
    if (O.json) {
        json_object *root = json_object_new_object();
        json_object_object_add(root, "tool", json_object_new_string("ndis-model-run"));
        json_object_object_add(root, "sample", json_object_new_string(sample_label));
        json_object_object_add(root, "runs", jarr);
        printf("%s\n", json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(root);
    }
    fflush(stdout);
    return total ? 1 : 0;
}

/*
 * nm_run_main.c - ndis-model-run: runs named scenarios of one driver build on the model.
 *
 * Usage: ndis-model-run-<build> [--json] [--seed N | --choices a.b.c | --explore[=RUNS]]
 *                              [--rules DIR] [--quiet] SCENARIO... | all | --list
 * Prints the event trace and the violations (or a JSON report with json-c). --explore
 * runs every order of the scheduler's choices (depth-first, each run in a forked child so
 * that driver globals start fresh), up to RUNS runs (default 2000), and reports each
 * distinct violation once with the --choices string that reproduces it.
 * Exit: 0 no violation, 1 violations, 2 usage or tool error.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "nm_scenario.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef NM_DEFAULT_RULES_DIR
#define NM_DEFAULT_RULES_DIR "rules"
#endif

struct found {
    char *rule, *file, *function, *message, *choices, *irql;
    int line;
};

static int json_out, quiet;
static const char *rules_dir;

static void usage(FILE *f)
{
    fprintf(f,
            "usage: ndis-model-run-%s [--json] [--seed N | --choices a.b.c | --explore[=RUNS]] "
            "[--rules DIR] [--quiet] SCENARIO...|all\n       ndis-model-run-%s --list\n",
            nm_build_name, nm_build_name);
}

static const struct nm_scenario *find(const char *name)
{
    for (const struct nm_scenario *s = nm_scenarios; s->name; s++)
        if (!strcmp(s->name, name))
            return s;
    return NULL;
}

static char *choices_string(void)
{
    int n = nm_choice_count();
    size_t cap = (size_t)n * 12 + 2;
    char *s = malloc(cap);
    if (!s)
        abort();
    size_t o = 0;
    s[0] = 0;
    for (int i = 0; i < n && o < cap; i++) {
        int t, k;
        nm_choice_at(i, &t, &k);
        o += (size_t)snprintf(s + o, cap - o, "%s%d", i ? "." : "", t);
    }
    return s;
}

/* One run in this process; returns violations, or -1 on a tool error. */
static int run_once(const struct nm_scenario *s, const struct nm_run_options *opt, json_object *jarr)
{
    if (nm_begin(opt)) {
        nm_free();
        return -1;
    }
    s->run();
    int nv = nm_end();
    char *ch = choices_string();
    if (json_out) {
        json_object *o = json_object_new_object(), *tr = json_object_new_array(), *vs = json_object_new_array();
        json_object_object_add(o, "scenario", json_object_new_string(s->name));
        json_object_object_add(o, "build", json_object_new_string(nm_build_name));
        json_object_object_add(o, "seed", json_object_new_int64((int64_t)opt->seed));
        json_object_object_add(o, "choices", json_object_new_string(ch));
        for (int i = 0; i < nm_trace_count(); i++)
            json_object_array_add(tr, json_object_new_string(nm_trace_at(i)));
        for (int i = 0; i < nv; i++) {
            const struct nm_violation *v = nm_violation_at(i);
            json_object *jv = json_object_new_object();
            json_object_object_add(jv, "rule", json_object_new_string(v->rule));
            json_object_object_add(jv, "message", json_object_new_string(v->message));
            json_object_object_add(jv, "irql", json_object_new_string(nm_irql_name(v->irql)));
            json_object_object_add(jv, "file", json_object_new_string(v->file));
            json_object_object_add(jv, "line", json_object_new_int(v->line));
            json_object_object_add(jv, "function", json_object_new_string(v->function));
            json_object_object_add(jv, "driver", json_object_new_string(v->driver));
            json_object_object_add(jv, "trace_index", json_object_new_int(v->trace_index));
            json_object_array_add(vs, jv);
        }
        json_object_object_add(o, "violations", vs);
        json_object_object_add(o, "trace", tr);
        json_object_array_add(jarr, o);
    } else {
        printf("=== scenario %s (%s) — %s\n", s->name, nm_build_name, s->summary);
        if (opt->use_choices)
            printf("    --choices %s\n", ch);
        else
            printf("    --seed %llu (choices %s)\n", opt->seed, ch);
        if (!quiet)
            for (int i = 0; i < nm_trace_count(); i++)
                printf("  %4d  %s\n", i, nm_trace_at(i));
        for (int i = 0; i < nv; i++) {
            const struct nm_violation *v = nm_violation_at(i);
            printf("%s:%d: violation: %s [%s] (at %s, in %s%s%s, after trace line %d)\n",
                   v->file[0] ? v->file : "<end of scenario>", v->line, v->message, v->rule, nm_irql_name(v->irql),
                   v->driver, v->function[0] ? ", " : "", v->function, v->trace_index);
        }
        printf("--- %s: %d violation%s\n", s->name, nv, nv == 1 ? "" : "s");
    }
    free(ch);
    nm_free();
    return nv;
}

/* Explores all choice sequences depth-first; each run in a child process. */
static int explore(const struct nm_scenario *s, int max_runs, json_object *jarr)
{
    int prefix[2048], nprefix = 0, runs = 0, complete = 0;
    struct found *fs = NULL;
    int nf = 0;
    for (;;) {
        int fd[2];
        if (pipe(fd))
            return -1;
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0)
            return -1;
        if (pid == 0) {
            close(fd[0]);
            FILE *w = fdopen(fd[1], "w");
            struct nm_run_options o = {0, prefix, nprefix, 1, rules_dir, 0, 0};
            if (nm_begin(&o))
                _exit(2);
            s->run();
            int nv = nm_end();
            fprintf(w, "C");
            for (int i = 0; i < nm_choice_count(); i++) {
                int t, k;
                nm_choice_at(i, &t, &k);
                fprintf(w, " %d/%d", t, k);
            }
            fprintf(w, "\n");
            for (int i = 0; i < nv; i++) {
                const struct nm_violation *v = nm_violation_at(i);
                fprintf(w, "V\t%s\t%s\t%d\t%s\t%s\t%s\n", v->rule, v->file, v->line, v->function, nm_irql_name(v->irql),
                        v->message);
            }
            fclose(w);
            nm_free();
            _exit(0);
        }
        close(fd[1]);
        FILE *r = fdopen(fd[0], "r");
        char line[4096];
        int taken[2048], opts[2048], nch = 0;
        while (fgets(line, sizeof line, r)) {
            line[strcspn(line, "\n")] = 0;
            if (line[0] == 'C') {
                char *p = line + 1;
                int t, k, used;
                while (nch < 2048 && sscanf(p, " %d/%d%n", &t, &k, &used) == 2) {
                    taken[nch] = t;
                    opts[nch] = k;
                    nch++;
                    p += used;
                }
            } else if (line[0] == 'V') {
                char *f[7];
                int n = 0;
                char *rest = line, *t;
                while (n < 7 && (t = strsep(&rest, "\t")) != NULL)
                    f[n++] = t;
                if (n < 7)
                    continue;
                int dup = 0;
                for (int i = 0; i < nf; i++)
                    if (!strcmp(fs[i].rule, f[1]) && !strcmp(fs[i].file, f[2]) && fs[i].line == atoi(f[3]))
                        dup = 1;
                if (dup)
                    continue;
                fs = realloc(fs, sizeof *fs * (size_t)(nf + 1));
                char ch[8192];
                size_t o = 0;
                ch[0] = 0;
                for (int i = 0; i < nch && o < sizeof ch - 12; i++)
                    o += sprintf(ch + o, "%s%d", i ? "." : "", taken[i]);
                fs[nf++] = (struct found){strdup(f[1]), strdup(f[2]), strdup(f[4]), strdup(f[6]),
                                          strdup(ch),   strdup(f[5]), atoi(f[3])};
            }
        }
        fclose(r);
        int status;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "ndis-model-run: run %d of scenario %s failed\n", runs, s->name);
            return -1;
        }
        runs++;
        /* next prefix: bump the deepest choice that has an untried option */
        int i = nch - 1;
        while (i >= 0 && taken[i] + 1 >= opts[i])
            i--;
        if (i < 0) {
            complete = 1;
            break;
        }
        if (runs >= max_runs)
            break;
        for (int k = 0; k < i; k++)
            prefix[k] = taken[k];
        prefix[i] = taken[i] + 1;
        nprefix = i + 1;
    }
    if (json_out) {
        json_object *o = json_object_new_object(), *vs = json_object_new_array();
        json_object_object_add(o, "scenario", json_object_new_string(s->name));
        json_object_object_add(o, "build", json_object_new_string(nm_build_name));
        json_object_object_add(o, "explored_runs", json_object_new_int(runs));
        json_object_object_add(o, "complete", json_object_new_boolean(complete));
        for (int i = 0; i < nf; i++) {
            json_object *jv = json_object_new_object();
            json_object_object_add(jv, "rule", json_object_new_string(fs[i].rule));
            json_object_object_add(jv, "message", json_object_new_string(fs[i].message));
            json_object_object_add(jv, "irql", json_object_new_string(fs[i].irql));
            json_object_object_add(jv, "file", json_object_new_string(fs[i].file));
            json_object_object_add(jv, "line", json_object_new_int(fs[i].line));
            json_object_object_add(jv, "function", json_object_new_string(fs[i].function));
            json_object_object_add(jv, "choices", json_object_new_string(fs[i].choices));
            json_object_array_add(vs, jv);
        }
        json_object_object_add(o, "violations", vs);
        json_object_array_add(jarr, o);
    } else {
        printf("=== scenario %s (%s): explored %d run%s%s\n", s->name, nm_build_name, runs, runs == 1 ? "" : "s",
               complete ? " (all orders)" : " (bound reached)");
        for (int i = 0; i < nf; i++)
            printf("%s:%d: violation: %s [%s] (at %s%s%s; reproduce with --choices %s)\n",
                   fs[i].file[0] ? fs[i].file : "<end of scenario>", fs[i].line, fs[i].message, fs[i].rule, fs[i].irql,
                   fs[i].function[0] ? ", in " : "", fs[i].function, fs[i].choices[0] ? fs[i].choices : "\"\"");
        printf("--- %s: %d distinct violation%s\n", s->name, nf, nf == 1 ? "" : "s");
    }
    for (int i = 0; i < nf; i++) {
        free(fs[i].rule);
        free(fs[i].file);
        free(fs[i].function);
        free(fs[i].message);
        free(fs[i].choices);
        free(fs[i].irql);
    }
    free(fs);
    return nf;
}

int main(int argc, char **argv)
{
    unsigned long long seed = 0;
    int use_choices = 0, nchoices = 0, exploring = 0, max_runs = 2000, nnames = 0;
    static int choices[2048];
    const char *names[64];
    rules_dir = getenv("NDIS_MODEL_RULES") ? getenv("NDIS_MODEL_RULES") : NM_DEFAULT_RULES_DIR;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--json"))
            json_out = 1;
        else if (!strcmp(a, "--quiet"))
            quiet = 1;
        else if (!strcmp(a, "--list")) {
            for (const struct nm_scenario *s = nm_scenarios; s->name; s++)
                printf("%-28s %s\n", s->name, s->summary);
            return 0;
        } else if (!strcmp(a, "--seed") && i + 1 < argc) {
            char *end;
            seed = strtoull(argv[++i], &end, 10);
            if (*end) {
                fprintf(stderr, "ndis-model-run: --seed wants a number, got '%s'\n", argv[i]);
                return 2;
            }
        } else if (!strcmp(a, "--choices") && i + 1 < argc) {
            use_choices = 1;
            for (char *p = argv[++i]; *p && nchoices < 2048;) {
                choices[nchoices++] = (int)strtol(p, &p, 10);
                if (*p == '.')
                    p++;
                else if (*p) {
                    fprintf(stderr, "ndis-model-run: --choices wants numbers separated by dots\n");
                    return 2;
                }
            }
        } else if (!strncmp(a, "--explore", 9)) {
            exploring = 1;
            if (a[9] == '=')
                max_runs = atoi(a + 10);
            if (max_runs <= 0) {
                fprintf(stderr, "ndis-model-run: --explore=RUNS wants a positive number\n");
                return 2;
            }
        } else if (!strcmp(a, "--rules") && i + 1 < argc)
            rules_dir = argv[++i];
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-') {
            fprintf(stderr, "ndis-model-run: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else if (nnames < 64)
            names[nnames++] = a;
    }
    if (nnames == 0) {
        usage(stderr);
        return 2;
    }
    const struct nm_scenario *todo[64];
    int ntodo = 0;
    for (int i = 0; i < nnames; i++) {
        if (!strcmp(names[i], "all")) {
            for (const struct nm_scenario *s = nm_scenarios; s->name && ntodo < 64; s++)
                todo[ntodo++] = s;
            continue;
        }
        const struct nm_scenario *s = find(names[i]);
        if (!s) {
            fprintf(stderr, "ndis-model-run: no scenario '%s' in build %s (see --list)\n", names[i], nm_build_name);
            return 2;
        }
        todo[ntodo++] = s;
    }
    json_object *jarr = json_out ? json_object_new_array() : NULL;
    int total = 0;
    for (int i = 0; i < ntodo; i++) {
        struct nm_run_options o = {seed, choices, nchoices, use_choices, rules_dir, 0, 0};
        int n = exploring ? explore(todo[i], max_runs, jarr) : run_once(todo[i], &o, jarr);
        if (n < 0) {
            if (jarr)
                json_object_put(jarr);
            return 2;
        }
        total += n;
    }
    if (json_out) {
        json_object *root = json_object_new_object();
        json_object_object_add(root, "tool", json_object_new_string("ndis-model-run"));
        json_object_object_add(root, "build", json_object_new_string(nm_build_name));
        json_object_object_add(root, "runs", jarr);
        printf("%s\n", json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(root);
    }
    return total ? 1 : 0;
}

#ifdef NM_BUILD_NAME
const char nm_build_name[] = NM_BUILD_NAME;
#endif

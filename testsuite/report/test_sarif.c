/* test_sarif.c — unit tests of the SARIF reporter, GitHub's line hash, suppressions, fingerprints and
 * the configuration reader (report.h, suppress.h, baseline.h, config.h). The line-hash vectors are
 * the published expectations of GitHub's code-scanning upload for these inputs. */
#include "baseline.h"
#include "config.h"
#include "report.h"
#include "suppress.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;
#define CHECK(c)                                                                                                       \
    do {                                                                                                               \
        if (!(c)) {                                                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                                      \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

struct hashes {
    char h[16][40];
    unsigned lines[16];
    int n;
};

static void collect(unsigned line, const char *hash, void *ctx)
{
    struct hashes *h = ctx;
    if (h->n < 16) {
        h->lines[h->n] = line;
        snprintf(h->h[h->n], sizeof(h->h[0]), "%s", hash);
    }
    h->n++;
}

/* Checks the hashes of `text` against `want` (NULL-terminated). */
static void check_hashes(const char *text, const char *const *want)
{
    struct hashes h;
    memset(&h, 0, sizeof(h));
    rpt_line_hashes(text, strlen(text), collect, &h);
    int n = 0;
    while (want[n])
        n++;
    CHECK(h.n == n);
    for (int i = 0; i < n && i < h.n; i++) {
        if (strcmp(h.h[i], want[i]) != 0 || h.lines[i] != (unsigned)i + 1) {
            fprintf(stderr, "line %u: hash %s, expected %s (input %.20s...)\n", h.lines[i], h.h[i], want[i], text);
            failures++;
        }
    }
}

static void test_line_hashes(void)
{
    check_hashes("", (const char *[]){"c129715d7a2bc9a3:1", NULL});
    check_hashes(" a\nb\n  \t\tc\n d", (const char *[]){"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
                                                        "a23a3dc5e078b07b:1", NULL});
    const char *seven[] = {"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
                           "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1", NULL};
    check_hashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", seven);
    check_hashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", seven);
    check_hashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", seven);
    check_hashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", seven);
    check_hashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
                 (const char *[]){"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1",
                                  "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1", NULL});
    char rep[400] = "";
    for (int i = 0; i < 10; i++)
        strcat(rep, "Lorem ipsum dolor sit amet.\n");
    check_hashes(rep, (const char *[]){"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3",
                                       "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
                                       "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
                                       "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1", NULL});
}

static char *write_temp(const char *text)
{
    char *path = strdup("/tmp/ddicheck-sarif-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        abort();
    close(fd);
    return path;
}

static struct json_object *get(struct json_object *o, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof(buf), "%s", path);
    char *save = NULL;
    for (char *k = strtok_r(buf, ".", &save); k && o; k = strtok_r(NULL, ".", &save)) {
        if (k[0] >= '0' && k[0] <= '9')
            o = json_object_is_type(o, json_type_array) ? json_object_array_get_idx(o, (size_t)atoi(k)) : NULL;
        else if (!json_object_object_get_ex(o, k, &o))
            o = NULL;
    }
    return o;
}

static const char *gets_(struct json_object *o, const char *path)
{
    struct json_object *v = get(o, path);
    return v ? json_object_get_string(v) : "";
}

static void test_sarif(void)
{
    /* "é" before the finding: byte column 10 is UTF-16 column 9 */
    char *src = write_temp("int x;\n/* \xc3\xa9 */ f(1); // ddicheck-suppress Other_Rule: not this one\n"
                           "g(); /* ddicheck-suppress Irql_*: lock held by caller */\n");
    struct findings fs;
    findings_init(&fs);
    struct ir_loc loc = {src, 2, 10, 0};
    struct finding *f = finding_add(&fs, "Irql_MCM_Function", SEV_WARNING, loc, "MyIsr", "'f' is called at DIRQL");
    finding_note(&fs, f, (struct ir_loc){src, 1, 1, 0}, "'MyIsr' runs at DIRQL as a MINIPORT_ISR callback");
    finding_add(&fs, "Irql_MCM_Function", SEV_WARNING, (struct ir_loc){src, 3, 1, 0}, "MyIsr",
                "'g' is called at DIRQL");

    struct rules rules;
    char *err = NULL;
    CHECK(rule_load(&rules, DDICHECK_SOURCE_DIR "/rules", &err) == 0);
    free(err);

    /* suppressions, as the frontend hands their comments over: line 3 names a matching glob,
     * line 2's names another rule */
    struct vec comments;
    vec_init(&comments, sizeof(struct ir_comment));
    struct ir_comment *c = vec_push(&comments);
    c->loc = (struct ir_loc){src, 2, 20, 26};
    c->text = "// ddicheck-suppress Other_Rule: not this one";
    c = vec_push(&comments);
    c->loc = (struct ir_loc){src, 3, 6, 77};
    c->text = "/* ddicheck-suppress Irql_*: lock held by caller */";
    struct supp_set ss;
    supp_init(&ss);
    supp_add_comments(&ss, &comments, &rules);
    struct vec supp;
    vec_init(&supp, sizeof(struct rpt_suppressed));
    CHECK(supp_apply(&ss, &fs, &supp) == 1);
    CHECK(fs.items.len == 1 && supp.len == 1);
    if (supp.len == 1) {
        struct rpt_suppressed *s = vec_at(&supp, 0);
        CHECK(strcmp(s->reason, "lock held by caller") == 0);
        CHECK(s->comment.line == 3 && s->f.loc.line == 3);
    }

    struct rpt_context ctx = {.rules = &rules, .srcroot = "/tmp", .suppressed = &supp, .show_suppressed = true};
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    CHECK(rpt_sarif(mem, &fs, NULL, &ctx) == 0);
    fclose(mem);
    struct json_object *log = json_tokener_parse(buf);
    CHECK(log != NULL);
    CHECK(strcmp(gets_(log, "version"), "2.1.0") == 0);
    struct json_object *run = get(log, "runs.0");
    CHECK(strcmp(gets_(run, "tool.driver.name"), "ddicheck") == 0);
    CHECK(strcmp(gets_(run, "tool.driver.informationUri"), DDICHECK_INFORMATION_URI) == 0);
    CHECK(strcmp(gets_(run, "originalUriBaseIds.%SRCROOT%.uri"), "file:///tmp/") == 0);
    CHECK(strcmp(gets_(run, "columnKind"), "utf16CodeUnits") == 0);
    int idx = json_object_get_int(get(run, "results.0.ruleIndex"));
    char p[64];
    snprintf(p, sizeof(p), "tool.driver.rules.%d.id", idx);
    CHECK(strcmp(gets_(run, p), "Irql_MCM_Function") == 0);
    snprintf(p, sizeof(p), "tool.driver.rules.%d.help.markdown", idx);
    CHECK(strncmp(gets_(run, p), "# Irql_MCM_Function", 19) == 0);
    struct json_object *r0 = get(run, "results.0");
    CHECK(strcmp(gets_(r0, "message.text"), "'f' is called at DIRQL.") == 0);
    CHECK(strcmp(gets_(r0, "locations.0.physicalLocation.artifactLocation.uri"), src + 5) == 0);
    CHECK(strcmp(gets_(r0, "locations.0.physicalLocation.artifactLocation.uriBaseId"), "%SRCROOT%") == 0);
    CHECK(json_object_get_int(get(r0, "locations.0.physicalLocation.region.startLine")) == 2);
    CHECK(json_object_get_int(get(r0, "locations.0.physicalLocation.region.startColumn")) == 9);
    CHECK(strchr(gets_(r0, "partialFingerprints.primaryLocationLineHash"), ':') != NULL);
    CHECK(json_object_array_length(get(r0, "codeFlows.0.threadFlows.0.locations")) == 2);
    CHECK(strstr(gets_(r0, "codeFlows.0.threadFlows.0.locations.0.location.message.text"), "MINIPORT_ISR") != NULL);
    CHECK(strcmp(gets_(run, "results.1.suppressions.0.kind"), "inSource") == 0);
    CHECK(strcmp(gets_(run, "results.1.suppressions.0.justification"), "lock held by caller") == 0);
    json_object_put(log);
    free(buf);
    rule_free(&rules);
    supp_free(&supp);
    supp_free_set(&ss);
    vec_free(&comments);
    findings_free(&fs);
    unlink(src);
    free(src);
}

/* Fingerprints do not change when the code moves to other lines. */
static void test_fingerprints(void)
{
    char *a = write_temp("void f(void)\n{\n    NdisMCmActivateVc(h, p);\n}\n");
    char *b = write_temp("// a new comment\n\nvoid f(void)\n{\n\tNdisMCmActivateVc( h, p );\n}\n");
    struct findings fa, fb;
    findings_init(&fa);
    findings_init(&fb);
    finding_add(&fa, "R", SEV_WARNING, (struct ir_loc){a, 3, 5, 0}, "f", "'x' is  called");
    finding_add(&fa, "R", SEV_WARNING, (struct ir_loc){a, 3, 9, 0}, "f", "'x' is called");
    finding_add(&fb, "R", SEV_WARNING, (struct ir_loc){b, 5, 2, 0}, "f", "'x' is called");
    struct arena ar = {0};
    const char **pa = bl_fingerprints(&fa, NULL, &ar);
    const char **pb = bl_fingerprints(&fb, NULL, &ar);
    CHECK(strcmp(pa[0], pb[0]) == 0);      /* moved, re-indented, message spacing */
    CHECK(strncmp(pa[0], pa[1], 16) == 0); /* same hash ... */
    CHECK(strcmp(pa[1] + 17, "2") == 0);   /* ... told apart by order */
    arena_free(&ar);
    findings_free(&fa);
    findings_free(&fb);
    unlink(a);
    unlink(b);
    free(a);
    free(b);
}

static void test_config(void)
{
    char *good = write_temp("{ \"enable\": [\"Irql_*\"], \"severity\": {\"Irql_MCM_Function\": \"error\"},\n"
                            "  \"include\": [\"inc\", \"/abs\"], \"defines\": [\"A=1\"], \"ndis_version\": \"5.1\",\n"
                            "  \"fail_on\": \"warning\" }\n");
    struct cfg c;
    cfg_init(&c);
    char *err = NULL;
    CHECK(cfg_load(&c, good, &err) == 0);
    CHECK(c.enable.len == 1 && c.severity.len == 1 && c.includes.len == 2 && c.defines.len == 1);
    CHECK(c.nndis_flags == 1 && strcmp(c.ndis_flags[0], "-DNDIS51") == 0);
    CHECK(c.has_fail_on && c.fail_on == SEV_WARNING);
    CHECK(strcmp(*(const char **)vec_at(&c.includes, 0), "-I/tmp/inc") == 0);
    CHECK(strcmp(*(const char **)vec_at(&c.includes, 1), "-I/abs") == 0);
    CHECK(strcmp(*(const char **)vec_at(&c.defines, 0), "-DA=1") == 0);
    cfg_free(&c);
    const char *argv[] = {"-DFOO", "-D", "NDIS60=1"};
    CHECK(cfg_has_ndis_define(argv, 3));
    CHECK(!cfg_has_ndis_define(argv, 1));

    char *bad = write_temp("{\n  \"enable\": [\"x\"],\n  \"ndis_version\": 6\n  \"oops\" }\n");
    cfg_init(&c);
    CHECK(cfg_load(&c, bad, &err) == 2);
    CHECK(err && strstr(err, ":4:3: error: invalid JSON")); /* line and column of "oops" */
    free(err);
    cfg_free(&c);
    char *typo = write_temp("{ \"disabel\": [] }");
    cfg_init(&c);
    CHECK(cfg_load(&c, typo, &err) == 2);
    CHECK(err && strstr(err, "unknown key \"disabel\""));
    free(err);
    cfg_free(&c);
    unlink(good);
    unlink(bad);
    unlink(typo);
    free(good);
    free(bad);
    free(typo);
}

int main(void)
{
    test_line_hashes();
    test_sarif();
    test_fingerprints();
    test_config();
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("sarif, line hashes, suppressions, fingerprints, configuration: all checks passed\n");
    return failures ? 1 : 0;
}

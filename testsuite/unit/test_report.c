/* test_report.c — the JSON and text reporters (report.h): the JSON report is parsed back with
 * json-c and every documented field checked; the text report is compared line by line. */
#include "report.h"

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

static const char *str(struct json_object *o, const char *k)
{
    struct json_object *v;
    return json_object_object_get_ex(o, k, &v) ? json_object_get_string(v) : NULL;
}

static int num(struct json_object *o, const char *k)
{
    struct json_object *v;
    return json_object_object_get_ex(o, k, &v) ? json_object_get_int(v) : -1;
}

int main(void)
{
    /* a source with a multi-byte character before the finding's column */
    char src[] = "/tmp/ddicheck-report-XXXXXX";
    int fd = mkstemp(src);
    const char *text = "int x;\n/* \xc3\xa9 */ f(\"q\\\"\");\n";
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        abort();
    close(fd);

    struct findings fs;
    findings_init(&fs);
    struct ir_loc loc = {src, 2, 10, 0};
    struct finding *f =
        finding_add(&fs, "Irql_MCM_Function", SEV_WARNING, loc, "MyIsr",
                    "'NdisMCmDispatchIncomingCall' is called at DIRQL, but it requires \"<=\" DISPATCH");
    CHECK(f != NULL);
    CHECK(finding_add(&fs, "Irql_MCM_Function", SEV_WARNING, loc, "MyIsr", "dup") == NULL);
    struct ir_loc nl = {src, 1, 1, 0};
    finding_note(&fs, f, nl, "'MyIsr' runs at DIRQL as a MINIPORT_ISR callback");
    struct vec errs;
    vec_init(&errs, sizeof(struct ir_diag));
    struct ir_diag *d = vec_push(&errs);
    d->loc = nl;
    d->message = "expected ';' after expression";

    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    CHECK(rpt_json(mem, &fs, &errs) == 0);
    fclose(mem);
    struct json_object *root = json_tokener_parse(buf);
    CHECK(root != NULL);
    struct json_object *tool, *arr, *e0, *notes, *errarr;
    CHECK(json_object_object_get_ex(root, "tool", &tool));
    CHECK(strcmp(str(tool, "name"), "ddicheck") == 0);
    CHECK(str(tool, "version") != NULL);
    CHECK(json_object_object_get_ex(root, "findings", &arr) && json_object_array_length(arr) == 1);
    e0 = json_object_array_get_idx(arr, 0);
    CHECK(strcmp(str(e0, "rule"), "Irql_MCM_Function") == 0);
    CHECK(strcmp(str(e0, "severity"), "warning") == 0);
    CHECK(strstr(str(e0, "message"), "\"<=\"") != NULL); /* quotes survive the round trip */
    CHECK(strcmp(str(e0, "file"), src) == 0);
    CHECK(num(e0, "line") == 2 && num(e0, "column") == 10);
    CHECK(num(e0, "column_utf16") == 9); /* "é" is 2 bytes but 1 UTF-16 unit */
    CHECK(strcmp(str(e0, "function"), "MyIsr") == 0);
    CHECK(json_object_object_get_ex(e0, "notes", &notes) && json_object_array_length(notes) == 1);
    CHECK(num(json_object_array_get_idx(notes, 0), "line") == 1);
    CHECK(json_object_object_get_ex(root, "errors", &errarr) && json_object_array_length(errarr) == 1);
    CHECK(strcmp(str(json_object_array_get_idx(errarr, 0), "message"), "expected ';' after expression") == 0);
    json_object_put(root);
    free(buf);

    buf = NULL;
    mem = open_memstream(&buf, &len);
    rpt_text(mem, &fs, &errs);
    fclose(mem);
    char expect[2048];
    snprintf(expect, sizeof(expect),
             "%s:1:1: error: expected ';' after expression\n"
             "%s:2:10: warning: 'NdisMCmDispatchIncomingCall' is called at DIRQL, but it requires \"<=\" DISPATCH "
             "[Irql_MCM_Function]\n"
             "%s:1:1: note: 'MyIsr' runs at DIRQL as a MINIPORT_ISR callback\n",
             src, src, src);
    CHECK(strcmp(buf, expect) == 0);
    free(buf);

    vec_free(&errs);
    findings_free(&fs);
    unlink(src);
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("reporters: all checks passed\n");
    return failures ? 1 : 0;
}

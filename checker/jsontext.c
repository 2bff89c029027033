/* jsontext.c — JSON parsing with line-numbered errors (see jsontext.h). */
#include "jsontext.h"

#include <json-c/json.h>
#include <stdio.h>

struct json_object *json_parse_text(const char *path, const char *text, size_t len, const char *what, char **err)
{
    struct json_tokener *tok = json_tokener_new();
    if (!tok) {
        if (asprintf(err, "%s: error: %s: out of memory", path, what) < 0)
            *err = NULL;
        return NULL;
    }
    struct json_object *root = json_tokener_parse_ex(tok, text, (int)len);
    enum json_tokener_error je = json_tokener_get_error(tok);
    if (!root || je != json_tokener_success) {
        size_t at = json_tokener_get_parse_end(tok);
        unsigned line = 1;
        for (size_t i = 0; i < at && i < len; i++)
            line += text[i] == '\n';
        if (asprintf(err, "%s:%u: error: %s: %s", path, line, what, json_tokener_error_desc(je)) < 0)
            *err = NULL;
        json_object_put(root);
        root = NULL;
    }
    json_tokener_free(tok);
    return root;
}

/* jsontext.c — JSON parsing with line-numbered errors in plain words (see jsontext.h). */
#include "jsontext.h"

#include <ctype.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* What json-c's error code means, in words a user of ddicheck understands. */
static const char *plain_reason(enum json_tokener_error je)
{
    switch (je) {
    case json_tokener_error_depth: return "values nested too deeply";
    case json_tokener_error_parse_eof: return "unexpected end of the data";
    case json_tokener_error_parse_unexpected: return "unexpected character";
    case json_tokener_error_parse_null: return "invalid word (expected null)";
    case json_tokener_error_parse_boolean: return "invalid word (expected true or false)";
    case json_tokener_error_parse_number: return "invalid number";
    case json_tokener_error_parse_array: return "expected ',' or ']' after an array element";
    case json_tokener_error_parse_object_key_name: return "expected a member name in double quotes";
    case json_tokener_error_parse_object_key_sep: return "expected ':' after a member name";
    case json_tokener_error_parse_object_value_sep: return "expected ',' or '}' after a member value";
    case json_tokener_error_parse_string: return "invalid string (a bad escape sequence?)";
    case json_tokener_error_parse_comment: return "invalid comment";
    case json_tokener_error_parse_utf8_string: return "invalid UTF-8 in a string";
    case json_tokener_error_size: return "the document is too large";
    default: return json_tokener_error_desc(je);
    }
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* 1-based line of byte offset `at`; its 1-based byte column in *col. */
static unsigned line_at(const char *text, size_t at, unsigned *col)
{
    unsigned line = 1;
    size_t start = 0;
    for (size_t i = 0; i < at; i++)
        if (text[i] == '\n') {
            line++;
            start = i + 1;
        }
    *col = (unsigned)(at - start) + 1;
    return line;
}

/* Whether `text` ends inside a value, a string or a comment (json-c's comments, which it accepts):
 * json-c then may complete a value nested inside, so the end of the file is checked here. */
static bool ends_open(const char *text, size_t len)
{
    int depth = 0;
    bool str = false, line_comment = false, block_comment = false;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                str = false;
        } else if (line_comment)
            line_comment = c != '\n';
        else if (block_comment) {
            if (c == '*' && i + 1 < len && text[i + 1] == '/') {
                block_comment = false;
                i++;
            }
        } else if (c == '"')
            str = true;
        else if (c == '/' && i + 1 < len && (text[i + 1] == '/' || text[i + 1] == '*')) {
            line_comment = text[i + 1] == '/';
            block_comment = !line_comment;
            i++;
        } else if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']')
            depth--;
    }
    return str || block_comment || depth > 0;
}

struct json_object *json_parse_text(const char *path, const char *text, size_t len, const char *what, char **err)
{
    return json_parse_text_ex(path, text, len, what, 0, err);
}

struct json_object *json_parse_text_ex(const char *path, const char *text, size_t len, const char *what, int flags,
                                       char **err)
{
    *err = NULL;
    size_t first = 0;
    while (first < len && is_space(text[first]))
        first++;
    if (first == len) {
        if (asprintf(err, "%s: error: %s: %s", path, what,
                     len ? "the file holds nothing but white space" : "the file is empty") < 0)
            *err = NULL;
        return NULL;
    }
    if (len >= INT_MAX) {
        if (asprintf(err, "%s: error: %s: the file is too large", path, what) < 0)
            *err = NULL;
        return NULL;
    }
    struct json_tokener *tok = json_tokener_new();
    if (!tok) {
        if (asprintf(err, "%s: error: %s: out of memory", path, what) < 0)
            *err = NULL;
        return NULL;
    }
    struct json_object *root = json_tokener_parse_ex(tok, text, (int)len);
    enum json_tokener_error je = json_tokener_get_error(tok);
    size_t at = json_tokener_get_parse_end(tok);
    if (!root && je == json_tokener_continue && ends_open(text, len)) {
        at = len;
        je = json_tokener_error_parse_eof;
    } else if (!root && je == json_tokener_continue) {
        /* the end of the file: a NUL completes a value at the very end (a number) and turns a
         * truncated document into an error instead of "more data needed" */
        root = json_tokener_parse_ex(tok, "", 1);
        je = json_tokener_get_error(tok);
        at = len;
    }
    json_tokener_free(tok);
    char found[32] = "";
    const char *reason = NULL;
    if (root && je == json_tokener_success) {
        size_t rest = at;
        while (rest < len && is_space(text[rest]))
            rest++;
        if (rest >= len)
            return root;
        json_object_put(root);
        root = NULL;
        at = rest;
        reason = "unexpected text after the end of the JSON value";
    } else if (at >= len) {
        at = len; /* the line where the file ends */
        reason = "unexpected end of file (an object, array, string or comment is not closed)";
    } else if (text[at] == 0) {
        reason = "a NUL byte (this is not a text file)";
    } else if (je == json_tokener_error_parse_boolean || je == json_tokener_error_parse_null ||
               je == json_tokener_error_parse_number) {
        /* json-c stops after the bad word: name the word, from its start */
        while (at > 0 && (isalnum((unsigned char)text[at - 1]) || strchr("+-.", text[at - 1])))
            at--;
        size_t end = at;
        while (end < len && text[end] && (isalnum((unsigned char)text[end]) || strchr("+-.", text[end])))
            end++;
        if (end == at)
            end = at + 1;
        reason = plain_reason(je);
        snprintf(found, sizeof(found), ", found '%.*s'", (int)(end - at > 16 ? 16 : end - at), text + at);
    } else {
        reason = plain_reason(je);
        unsigned char c = (unsigned char)text[at];
        if (c >= 0x20 && c < 0x7f)
            snprintf(found, sizeof(found), ", found '%c'", c);
        else
            snprintf(found, sizeof(found), ", found byte 0x%02X", c);
    }
    json_object_put(root);
    unsigned col, line = line_at(text, at, &col);
    char where[32];
    if (flags & JT_COLUMN)
        snprintf(where, sizeof(where), "%u:%u", line, col);
    else
        snprintf(where, sizeof(where), "%u", line);
    if (asprintf(err, "%s:%s: error: %s: %s%s", path, where, what, reason, found) < 0)
        *err = NULL;
    return NULL;
}

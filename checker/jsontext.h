/* jsontext.h — parsing a JSON document read from a user's file, with errors that name the line.
 * Rule definitions, compile databases, configuration files and baselines all go through it. */
#ifndef DDICHECK_JSONTEXT_H
#define DDICHECK_JSONTEXT_H

#include <stddef.h>

struct json_object;

/* Parses `len` bytes of `text`, the contents of `path`. Returns the root (the caller releases it
 * with json_object_put), or NULL with a heap-allocated "PATH:LINE: error: WHAT: REASON" in *err,
 * LINE being the 1-based line where parsing stopped and REASON json-c's description. */
struct json_object *json_parse_text(const char *path, const char *text, size_t len, const char *what, char **err);

#endif

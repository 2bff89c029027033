/* jsontext.h — parsing a JSON document read from a user's file, with errors in plain words that
 * name the line. Rule definitions, compile databases, configuration files and baselines all go
 * through it. */
#ifndef DDICHECK_JSONTEXT_H
#define DDICHECK_JSONTEXT_H

#include <stddef.h>

struct json_object;

/* Parses `len` bytes of `text`, the contents of `path`. Returns the root (the caller
 * releases it with json_object_put), or NULL with a heap-allocated message in *err:
 *   "PATH: error: WHAT: the file is empty"                       (or holds only white space)
 *   "PATH:LINE: error: WHAT: unexpected end of file (...)"       (truncated: LINE is where it ends)
 *   "PATH:LINE: error: WHAT: expected ':' after ..., found 'x'"  (and the like, in plain words)
 *   "PATH:LINE: error: WHAT: unexpected text after the end of the JSON value"
 *   "PATH:LINE: error: WHAT: a NUL byte (this is not a text file)"
 * LINE being the 1-based line where parsing stopped. */
struct json_object *json_parse_text(const char *path, const char *text, size_t len, const char *what, char **err);

/* Flags of json_parse_text_ex(). */
enum { JT_COLUMN = 1 /* name the 1-based byte column too: "PATH:LINE:COL: error: ..." */ };
/* json_parse_text() with `flags`. */
struct json_object *json_parse_text_ex(const char *path, const char *text, size_t len, const char *what, int flags,
                                       char **err);

#endif

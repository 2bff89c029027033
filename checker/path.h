/* path.h — file names as a user reads them: paths from compile databases and from clang made
 * absolute against the directory they are relative to, and shown relative to the current directory
 * when they lie under it (as clang shows the files named on its command line).
 *
 * Lexical arithmetic only ("." and "x/.." folded on the text), except path_shown(), which checks
 * with stat(2) that folding ".." did not step out of a symbolic link and falls back to realpath(3)
 * when it did.
 * Memory: every function writes into a caller's buffer; nothing is allocated.
 */
#ifndef DDICHECK_PATH_H
#define DDICHECK_PATH_H

#include <stdbool.h>
#include <stddef.h>

/* `name` taken against directory `base` (`name` alone when it is absolute or `base` is NULL),
 * folded lexically: empty and "." components dropped, "x/.." removed, ".." at the root dropped; a
 * relative result keeps its leading "..", an empty one is ".". Writes into buf (size n). Returns
 * buf, or NULL when the result does not fit (buf then holds a truncated string). */
char *path_join(const char *base, const char *name, char *buf, size_t n);

/* True when `path` is absolute (starts with '/'). */
bool path_is_abs(const char *path);

/* `abs` (an absolute, folded path) as seen from directory `from` (absolute, folded): the part after
 * "FROM/" when `abs` lies below `from`, "." when they are equal, else (and when `from` is the root
 * directory) `abs` itself. Returns a pointer into `abs`. */
const char *path_from(const char *abs, const char *from);

/* The name a user expects for file `name` that clang or a compile database gives relative to
 * directory `dir` (NULL: the current directory): made absolute against `dir`, folded, and shown
 * from directory `cwd` (absolute, folded) as path_from() does. When folding ".." lands on another
 * file than the unfolded path (a symbolic link was stepped out of), realpath(3) of the unfolded
 * path is taken instead. Writes into buf (size n) and returns buf; `name` is copied unchanged when
 * the result does not fit. */
const char *path_shown(const char *dir, const char *name, const char *cwd, char *buf, size_t n);

/* The current directory, folded, into buf (size n). Returns buf, or NULL (errno set) when getcwd
 * fails. */
char *path_cwd(char *buf, size_t n);

#endif

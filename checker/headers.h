/* headers.h — which Windows headers a parse reads: the user's (a WDK named on the command line) or
 * ddicheck's own (runtime-model/include, written from the documentation).
 *
 * - hdr_drop_wdk() takes the WDK out of a command line (the --own-headers option): every include
 *   directory that holds a header ddicheck ships under the same name (ndis.h, wdm.h, ntddk.h, wdf.h,
 *   ..., and with them the C library headers of runtime-model/include/crt: stdio.h, string.h, ...),
 *   compared without regard to case.
 * - hdr_wants_crt() says when ddicheck's C library subset (include/crt) goes with its headers:
 *   when no C library can be found otherwise (-nostdinc, cl's /X, a cl-style command, an MSVC
 *   target: clang on Linux has no Microsoft C library headers).
 * - hdr_overlay_write() writes a clang virtual file system overlay (-ivfsoverlay) that maps
 *   ddicheck's include directories onto themselves case-insensitively, so that `#include <NDIS.H>`
 *   or <Windot11.h> (drivers are written on case-insensitive file systems) finds ndis.h. It is
 *   a file without a name, read through /proc/self/fd (Linux).
 * Memory: the functions borrow their arguments; hdr_wdk_cache owns its strings.
 */
#ifndef DDICHECK_HEADERS_H
#define DDICHECK_HEADERS_H

#include "util.h"

#include <stdbool.h>
#include <stddef.h>

/* What is known about include directories during one run. Zero-initialise; free with
 * hdr_cache_free(). */
struct hdr_cache {
    struct strmap ours; /* lower-case names of the headers ddicheck ships -> non-NULL */
    bool ours_read;
    struct strmap dirs; /* directory -> (void *)1 WDK, (void *)2 not */
    struct arena arena;
};

/* Removes from `argv` (argc words, argv[0] the compiler; the strings are borrowed and stay the
 * caller's) every include-directory option (-I, -isystem, -idirafter, -iquote, -imsvc,
 * --include-directory=, and in cl syntax /I, /imsvc, /external:I; joined or separate) whose
 * directory — taken against `workdir` when relative (NULL: the current directory) — holds a header
 * that `own_include` (ddicheck's include directory) or its crt/ folder also holds. Returns the new
 * argc. */
int hdr_drop_wdk(struct hdr_cache *c, const char **argv, int argc, bool cl, const char *workdir,
                 const char *own_include);

/* True when a parse of `argv` with ddicheck's headers needs ddicheck's C library subset too (see
 * the top of this file). */
bool hdr_wants_crt(const char *const *argv, int argc, bool cl);

/* Makes a case-insensitive overlay of `own_include` and its subfolders that no file name leads to
 * (a memory file, memfd_create(2), else a temporary file unlinked as soon as it is open), so that
 * nothing is left behind however the process ends. Its descriptor goes into *fd (the caller closes
 * it when the parses are done) and the name clang opens it by, "/proc/self/fd/N" (libclang runs in
 * this process), into buf (size n). Returns 0, or 2 with a heap-allocated message in *err. */
int hdr_overlay_write(const char *own_include, char *buf, size_t n, int *fd, char **err);

void hdr_cache_free(struct hdr_cache *c);

#endif

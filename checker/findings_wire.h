/* findings_wire.h — findings as bytes, to pass them from the process that analyzes to the one that
 * reports (the clang plugin analyzes in a child process, isolate.h, and reports in clang).
 *
 * Format: a sequence of records, each a one-byte tag followed by its fields; every field is a
 * netstring `LEN:BYTES,` (LEN in decimal; a number is written as its decimal digits) or `~` for a
 * NULL string. Records:
 *   E message                                      the analysis could not check (ddc_analyze's *err)
 *   F rule severity file line col offset function message   a finding
 *   N file line col offset message                 a path note of the finding before it
 *   Z                                              the end; a stream without it is truncated
 * Any byte may appear in a string. The order of findings and notes is kept.
 */
#ifndef DDICHECK_FINDINGS_WIRE_H
#define DDICHECK_FINDINGS_WIRE_H

#include "finding.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Writes `fs` (may be NULL: no findings) and `err` (NULL: none) to `out`, ending with the Z record.
 * Returns 0, or -1 when writing failed (ferror). */
int fw_write(FILE *out, const struct findings *fs, const char *err);

/* Reads `len` bytes written by fw_write() from `data`, appending the findings to `fs` (initialised
 * by the caller; its arena owns every string read, file names included) and setting *err to a heap
 * copy of the E message (caller frees) or NULL. Returns 0, or -1 when the bytes are malformed or
 * truncated (`fs` may then hold the findings read so far; *err is NULL). */
int fw_read(const char *data, size_t len, struct findings *fs, char **err);

#ifdef __cplusplus
}
#endif

#endif

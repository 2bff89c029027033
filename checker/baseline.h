/* baseline.h — finding fingerprints and baselines (`--baseline FILE`, `--write-baseline FILE`).
 *
 * A fingerprint identifies a finding independently of where the code sits in its file, so a
 * baseline survives code moving up or down (and between files): it hashes the rule id, the
 * enclosing function, the message with whitespace collapsed and the text of the reported source
 * line with all whitespace removed (of a line longer than BL_LINE_BYTES bytes, its first
 * BL_LINE_BYTES bytes, so that the cost per finding stays bounded) — never the file name, line or
 * column. Findings that hash alike
 * are told apart by their order: the fingerprint is "HASH:N" (16 hex digits, N = 1, 2, ... in
 * report order). A baseline is a JSON report (docs/json-report.md) whose findings carry
 * `fingerprint`; a finding is hidden when the baseline has its fingerprint.
 */
#ifndef DDICHECK_BASELINE_H
#define DDICHECK_BASELINE_H

#include "fileio.h"
#include "finding.h"
#include "srcfile.h"

/* How much of the reported line a fingerprint hashes, in bytes. */
#define BL_LINE_BYTES 4096

/* Fingerprints of every finding of `fs`, in order: an array of fs->items.len arena-owned strings.
 * Source lines are read through `src` (the run's cache, borrowed; NULL: a cache of this call's own).
 * Source files that cannot be read hash as an empty line. Time: linear in the number of findings
 * and the size of their files. */
const char **bl_fingerprints(const struct findings *fs, struct src_cache *src, struct arena *a);

struct baseline {
    struct arena arena;
    struct strmap fps; /* fingerprint -> non-NULL */
    size_t count;
    struct fio_id id; /* which file was read (device and inode) */
};

/* Loads the fingerprints of the JSON report `path`, a regular file of at most FIO_CAP_SETTINGS
 * bytes (fileio.h). Returns 0, or 2 with a heap-allocated "path[:line]: error: ..." message in *err
 * (unreadable, not a regular file or too large, invalid JSON, a finding without a string
 * `fingerprint`). `b` must be freed with bl_free in both cases. */
int bl_load(struct baseline *b, const char *path, char **err);
void bl_free(struct baseline *b);
/* Removes from `fs` (and frees the notes of) every finding whose fingerprint `b` holds; `fps` are
 * the findings' fingerprints from bl_fingerprints and are compacted alongside. Returns the number
 * removed. */
size_t bl_filter(struct findings *fs, const char **fps, const struct baseline *b);

#endif

/* fileio.h — reading the files users name and writing reports without blocking, running out of
 * memory or replacing what is not ours. The command line uses it; the compiler wrapper and the
 * clang plugin can use it the same way.
 *
 * Inputs. fio_open_input() opens a path only if it is a regular file: the open itself uses
 * O_NONBLOCK, so naming a FIFO cannot block, and the descriptor is checked with fstat() before a
 * byte is read, so a device (/dev/zero), FIFO, socket or directory is refused with the reason in
 * words. fio_read_input() reads such a file whole, refusing one larger than a cap (checked on the
 * size and again while reading, in case it grows). The caps are FIO_CAP_COMPDB for compile
 * databases and FIO_CAP_SETTINGS for configuration files and baselines (docs/usage.md).
 *
 * Outputs. fio_out_open() decides how a report reaches `path`:
 *   "-"                                  standard output;
 *   the file standard output or standard error already is (/dev/stdout, `-o f > f`)
 *                                        written through that stream;
 *   a device, FIFO or socket (also through a symlink)
 *                                        written through directly: the node is never replaced;
 *   a regular file, or nothing yet       written to a temporary file PATH.tmp.XXXXXX in the same
 *                                        directory and renamed over PATH by fio_out_commit(), so the
 *                                        file is whole or untouched; a symlink is followed and the
 *                                        file it points to is replaced, never the link;
 *   a directory                          refused.
 * While a temporary file exists, SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGXFSZ remove it and then
 * take their previous action (the default one: the process ends by that signal); signals that
 * were ignored stay ignored. Write errors (a full disk, /dev/full) are reported by
 * fio_out_commit(), never lost.
 *
 * Same file. fio_id_of() and fio_out_target() give the device and inode of an input and of what an
 * output would write into, so a caller can refuse to write a report over one of its inputs under
 * any name (another path, a hard link, a symlink).
 *
 * Messages: every function that fails writes the reason in plain words ("Permission denied", "it
 * is a FIFO (named pipe), not a regular file", "it is larger than 16 MiB, the limit for this kind
 * of file") into the caller's buffer `why` (size `n`); the caller names the file and the action.
 * Limits: not thread-safe while an output is open (the signal handlers share a fixed table of
 * FIO_MAX_PENDING temporary files).
 */
#ifndef DDICHECK_FILEIO_H
#define DDICHECK_FILEIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Size caps in bytes for inputs read whole. */
#define FIO_CAP_COMPDB ((size_t)64 << 20)   /* compile_commands.json: 64 MiB */
#define FIO_CAP_SETTINGS ((size_t)16 << 20) /* .ddicheck.json, --config, --baseline: 16 MiB */

/* At most this many temporary report files are pending at once. */
#define FIO_MAX_PENDING 4

/* Which file a path names: device and inode. */
struct fio_id {
    dev_t dev;
    ino_t ino;
};

/* True when both ids name the same file. */
bool fio_same(const struct fio_id *a, const struct fio_id *b);

/* The id of the existing file `path` names (symlinks followed). Returns true and fills *id, or
 * false when it does not exist or cannot be examined. */
bool fio_id_of(const char *path, struct fio_id *id);

/* Opens `path` for reading if it is a regular file of at most `cap` bytes (0: no cap), without
 * blocking on a FIFO. Returns a blocking read descriptor (the caller closes it) and fills *id when
 * `id` is not NULL; or -1 with the reason in `why`. */
int fio_open_input(const char *path, size_t cap, struct fio_id *id, char *why, size_t n);

/* Reads the regular file `path` (at most `cap` bytes, 0: no cap) whole. Returns a heap buffer
 * with a NUL after the last byte (the caller frees it), its length in *len, and the file's id in
 * *id when `id` is not NULL; or NULL with the reason in `why`. */
char *fio_read_input(const char *path, size_t cap, size_t *len, struct fio_id *id, char *why, size_t n);

/* Checks that the C source `path` can be read: a regular file that opens for reading (without
 * blocking). Returns 0 and fills *id when `id` is not NULL; or -1 with a message to put after
 * "PATH: error: " in `msg`: "cannot open source file: Permission denied", "is a directory, not a C
 * source file", "is a FIFO (named pipe), not a regular file", ... */
int fio_check_source(const char *path, struct fio_id *id, char *msg, size_t n);

/* A plain-words description of the type of a non-regular file ("a FIFO (named pipe)", "a
 * character device", ...), for messages. */
const char *fio_kind_name(mode_t mode);

/* One report being written: the stream to write to and how it will be finished. */
struct fio_out {
    FILE *fp;          /* write the report here */
    const char *name;  /* the path as given, for messages (borrowed) */
    int mode;          /* internal: how fio_out_commit() finishes */
    int slot;          /* internal: the signal-cleanup entry of the temporary file, or -1 */
    char target[4096]; /* the file a temporary file is renamed to */
    char tmp[4096];    /* the temporary file, "" when writing directly */
};

/* Where writing to `path` would go: true and *id when it is an existing file (through symlinks);
 * false for "-", or when nothing exists there yet. */
bool fio_out_target(const char *path, struct fio_id *id);

/* Prepares writing a report to `path` as described above. Returns 0 (write to o->fp, then call
 * fio_out_commit() or fio_out_abort()), or 2 with the reason in `why` (nothing was created). */
int fio_out_open(struct fio_out *o, const char *path, char *why, size_t n);

/* Finishes the report: flushes and checks for write errors, closes, and renames a temporary file
 * into place. Returns 0, or 2 with the reason in `why`; on failure the temporary file is removed
 * and an existing file at the target is left as it was. Standard output and standard error are
 * flushed and checked but stay open. */
int fio_out_commit(struct fio_out *o, char *why, size_t n);

/* Abandons the report: closes and removes the temporary file, if any. */
void fio_out_abort(struct fio_out *o);

/* Flushes `f` (standard output, say) and checks its error flag. Returns 0, or 2 with the reason
 * in `why`. */
int fio_check_stream(FILE *f, char *why, size_t n);

#ifdef __cplusplus
}
#endif

#endif

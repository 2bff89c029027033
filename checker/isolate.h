/* isolate.h — runs a piece of work in a child process with a time limit, so that whatever the work
 * meets (a stack overflow, an abort, an endless loop) the caller carries on. The compiler wrapper
 * (wrapper.c) and the clang plugin (plugin.cpp) run the analysis this way.
 *
 * The child is a fork of the caller in a process group of its own. It runs with the default action
 * for every signal the caller handles (so a crash ends it at once, without the caller's crash
 * handlers), stdin from /dev/null, and stdout and stderr sent into a pipe the caller collects (so
 * the child never touches the terminal). It is killed when the caller dies (PR_SET_PDEATHSIG).
 * The caller waits for it; meanwhile:
 *   - when the time limit passes, the child's whole process group is killed (SIGKILL);
 *   - SIGINT, SIGTERM and SIGHUP (unless ignored) are forwarded to the child's process group, the
 *     child is reaped, and the signal is then delivered to the caller under its own previous
 *     disposition (the default one kills it by that signal, so no analysis outlives its caller).
 * When the child has ended, whatever is left of its process group is killed too.
 *
 * Test hook, read in the child only: DDICHECK_TEST=crash makes the child raise SIGSEGV and
 * DDICHECK_TEST=hang makes it wait forever, before the work starts (the testsuite's crash and
 * time-limit tests).
 *
 * Linux only (pipe2, ppoll, prctl). One call at a time per process: it installs signal handlers for
 * its duration and restores the previous ones before returning.
 */
#ifndef DDICHECK_ISOLATE_H
#define DDICHECK_ISOLATE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The time limit, in seconds, when DDICHECK_TIMEOUT does not give one. */
#define ISO_DEFAULT_TIMEOUT 60u

/* How the child ended. */
enum iso_outcome {
    ISO_EXITED,      /* it returned or called _exit: `code` is its exit status */
    ISO_SIGNALED,    /* it was killed by signal `code` (a crash) */
    ISO_TIMED_OUT,   /* it ran past the time limit and was killed */
    ISO_INTERRUPTED, /* the caller received signal `code`, forwarded it, and survived it */
    ISO_FAILED       /* it could not be started: `code` is the errno of pipe() or fork() */
};

struct iso_result {
    enum iso_outcome outcome;
    int code;
    char *data; /* what the child wrote on its data descriptor; heap, NUL-terminated, caller frees */
    size_t data_len;
    char *log; /* what the child wrote on stdout and stderr; heap, NUL-terminated, caller frees */
    size_t log_len;
};

/* The work: runs in the child with `fd`, the write end of the data pipe; returns the child's exit
 * status (0..255). */
typedef int (*iso_fn)(void *ctx, int fd);

/* Runs fn(ctx, fd) in a child process and waits for it at most `timeout_s` seconds (0: no limit).
 * Always fills `r` (free it with iso_result_free()). Returns 0, or -1 when the child could not be
 * started (r->outcome is ISO_FAILED). */
int iso_run(iso_fn fn, void *ctx, unsigned timeout_s, struct iso_result *r);

void iso_result_free(struct iso_result *r);

/* Reads a time limit in whole seconds from `text` (decimal digits only, at most 4294967).
 * Returns 0 with *seconds set, or -1 (nothing changed) when `text` is not such a number. */
int iso_parse_timeout(const char *text, unsigned *seconds);

#ifdef __cplusplus
}
#endif

#endif

/* isolate.c — a piece of work in a child process with a time limit and signal forwarding (see
 * isolate.h). */
#include "isolate.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The signals forwarded to the child. */
static const int forwarded[] = {SIGINT, SIGTERM, SIGHUP};
#define NFORWARDED (sizeof(forwarded) / sizeof(forwarded[0]))

/* How long a child that was sent a forwarded signal has to end before it is killed, in ms. */
#define GRACE_MS 1000

static volatile sig_atomic_t caught; /* the forwarded signal the caller received, 0 if none */

static void on_forwarded(int sig)
{
    if (!caught)
        caught = sig;
}

static void on_child(int sig)
{
    (void)sig; /* only wakes ppoll() up */
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A growing byte buffer for what the child writes. */
struct buf {
    char *data;
    size_t len, cap;
};

/* Reads what is available on the non-blocking `*fd` into `b`; closes it and sets -1 at end of file
 * or on an error. */
static void drain(int *fd, struct buf *b)
{
    while (*fd >= 0) {
        if (b->cap - b->len < 4096) {
            b->cap = b->cap ? b->cap * 2 : 8192;
            b->data = realloc(b->data, b->cap);
            if (!b->data)
                abort();
        }
        ssize_t n = read(*fd, b->data + b->len, b->cap - b->len - 1);
        if (n > 0)
            b->len += (size_t)n;
        else if (n < 0 && errno == EINTR)
            continue;
        else if (n < 0 && errno == EAGAIN)
            return;
        else {
            close(*fd);
            *fd = -1;
        }
    }
}

/* Takes the buffer's bytes as a NUL-terminated heap string. */
static char *take(struct buf *b, size_t *len)
{
    char *s = b->data ? b->data : malloc(1);
    if (!s)
        abort();
    s[b->len] = 0;
    *len = b->len;
    return s;
}

/* True once `pid` has ended; it is left unreaped so that its process group id stays taken. */
static bool ended(pid_t pid)
{
    siginfo_t si;
    memset(&si, 0, sizeof(si));
    return waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid;
}

/* The child's side: never returns. */
static void run_child(iso_fn fn, void *ctx, int data_fd, int log_fd, pid_t parent, const sigset_t *mask)
{
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127); /* the caller is gone already */
    /* the caller's handlers (clang's crash handlers, for one) are not the child's business */
    for (int s = 1; s < NSIG; s++) {
        struct sigaction sa;
        if (sigaction(s, NULL, &sa) == 0 && ((sa.sa_flags & SA_SIGINFO) || sa.sa_handler != SIG_IGN))
            signal(s, SIG_DFL);
    }
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0 && null != STDIN_FILENO) {
        dup2(null, STDIN_FILENO);
        close(null);
    }
    dup2(log_fd, STDOUT_FILENO);
    dup2(log_fd, STDERR_FILENO);
    close(log_fd);
    pthread_sigmask(SIG_SETMASK, mask, NULL);

    const char *test = getenv("DDICHECK_TEST");
    if (test && strcmp(test, "crash") == 0)
        raise(SIGSEGV);
    if (test && strcmp(test, "hang") == 0)
        for (;;)
            pause();
    int status = fn(ctx, data_fd);
    fflush(stdout);
    fflush(stderr);
    _exit(status & 0xff);
}

int iso_run(iso_fn fn, void *ctx, unsigned timeout_s, struct iso_result *r)
{
    memset(r, 0, sizeof(*r));
    struct buf data = {0}, log = {0};
    int dp[2] = {-1, -1}, lp[2] = {-1, -1};
    pid_t pid = -1;
    int sig = 0;

    /* the forwarded signals and SIGCHLD are blocked except while waiting in ppoll() */
    sigset_t block, orig, waitmask;
    sigemptyset(&block);
    for (size_t i = 0; i < NFORWARDED; i++)
        sigaddset(&block, forwarded[i]);
    sigaddset(&block, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &block, &orig);
    waitmask = orig;
    struct sigaction old[NFORWARDED], old_child, sa;
    bool installed[NFORWARDED] = {false};
    caught = 0;
    memset(&sa, 0, sizeof(sa));
    sa.sa_mask = block;
    sa.sa_handler = on_forwarded;
    for (size_t i = 0; i < NFORWARDED; i++) {
        if (sigaction(forwarded[i], NULL, &old[i]) != 0)
            continue;
        if (sigismember(&orig, forwarded[i]) || (!(old[i].sa_flags & SA_SIGINFO) && old[i].sa_handler == SIG_IGN))
            continue; /* an ignored or blocked signal stays so, and is not forwarded */
        installed[i] = sigaction(forwarded[i], &sa, NULL) == 0;
        if (installed[i])
            sigdelset(&waitmask, forwarded[i]);
    }
    sa.sa_handler = on_child;
    sa.sa_flags = SA_NOCLDSTOP;
    sigaction(SIGCHLD, &sa, &old_child); /* also undoes SIG_IGN, under which children reap themselves */
    sigdelset(&waitmask, SIGCHLD);

    if (pipe2(dp, O_CLOEXEC) != 0 || pipe2(lp, O_CLOEXEC) != 0) {
        r->outcome = ISO_FAILED;
        r->code = errno;
        goto done;
    }
    fflush(NULL);
    pid_t parent = getpid();
    pid = fork();
    if (pid < 0) {
        r->outcome = ISO_FAILED;
        r->code = errno;
        goto done;
    }
    if (pid == 0) {
        close(dp[0]);
        close(lp[0]);
        run_child(fn, ctx, dp[1], lp[1], parent, &orig);
    }
    setpgid(pid, pid); /* as the child does: whichever runs first */
    close(dp[1]);
    close(lp[1]);
    dp[1] = lp[1] = -1;
    fcntl(dp[0], F_SETFL, fcntl(dp[0], F_GETFL) | O_NONBLOCK);
    fcntl(lp[0], F_SETFL, fcntl(lp[0], F_GETFL) | O_NONBLOCK);

    long long deadline = timeout_s ? now_ms() + (long long)timeout_s * 1000 : 0;
    r->outcome = ISO_EXITED;
    for (;;) {
        if (caught) {
            sig = caught;
            break;
        }
        if (ended(pid))
            break;
        long long left = 0;
        if (deadline && (left = deadline - now_ms()) <= 0) {
            r->outcome = ISO_TIMED_OUT;
            break;
        }
        struct pollfd p[2];
        nfds_t n = 0;
        if (dp[0] >= 0)
            p[n++] = (struct pollfd){.fd = dp[0], .events = POLLIN};
        if (lp[0] >= 0)
            p[n++] = (struct pollfd){.fd = lp[0], .events = POLLIN};
        struct timespec ts = {.tv_sec = left / 1000, .tv_nsec = (left % 1000) * 1000000};
        ppoll(p, n, deadline ? &ts : NULL, &waitmask); /* returns on data, end of file, a signal or the limit */
        drain(&dp[0], &data);
        drain(&lp[0], &log);
    }
    if (sig) {
        /* pass the signal on and give the child a moment to end by it */
        kill(-pid, sig);
        kill(-pid, SIGCONT);
        long long until = now_ms() + GRACE_MS;
        while (!ended(pid) && now_ms() < until)
            nanosleep(&(struct timespec){.tv_nsec = 10000000}, NULL);
    }
    kill(-pid, SIGKILL); /* the rest of the group, or the whole of it after a time-out */
    kill(pid, SIGKILL);  /* in case it never made the group its own */
    int ws = 0;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
        ;
    drain(&dp[0], &data);
    drain(&lp[0], &log);
    if (sig) {
        r->outcome = ISO_INTERRUPTED;
        r->code = sig;
    } else if (r->outcome == ISO_EXITED) {
        if (WIFSIGNALED(ws)) {
            r->outcome = ISO_SIGNALED;
            r->code = WTERMSIG(ws);
        } else
            r->code = WEXITSTATUS(ws);
    }

done:
    for (int i = 0; i < 2; i++) {
        if (dp[i] >= 0)
            close(dp[i]);
        if (lp[i] >= 0)
            close(lp[i]);
    }
    r->data = take(&data, &r->data_len);
    r->log = take(&log, &r->log_len);
    sigaction(SIGCHLD, &old_child, NULL);
    for (size_t i = 0; i < NFORWARDED; i++)
        if (installed[i])
            sigaction(forwarded[i], &old[i], NULL);
    if (sig)
        raise(sig); /* pending until the mask is restored, then handled as the caller had it */
    pthread_sigmask(SIG_SETMASK, &orig, NULL);
    return r->outcome == ISO_FAILED ? -1 : 0;
}

void iso_result_free(struct iso_result *r)
{
    free(r->data);
    free(r->log);
    r->data = r->log = NULL;
}

int iso_parse_timeout(const char *text, unsigned *seconds)
{
    unsigned long v = 0;
    if (!text || !*text)
        return -1;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        v = v * 10 + (unsigned long)(*p - '0');
        if (v > 4294967)
            return -1;
    }
    *seconds = (unsigned)v;
    return 0;
}

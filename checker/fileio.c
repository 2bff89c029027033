/* fileio.c — safe reading of users' files and safe writing of reports (see fileio.h). */
#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OUT_NONE, OUT_STREAM, OUT_DIRECT, OUT_REPLACE };

bool fio_same(const struct fio_id *a, const struct fio_id *b)
{
    return a->dev == b->dev && a->ino == b->ino;
}

bool fio_id_of(const char *path, struct fio_id *id)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return false;
    id->dev = st.st_dev;
    id->ino = st.st_ino;
    return true;
}

const char *fio_kind_name(mode_t mode)
{
    return S_ISDIR(mode)    ? "a directory"
           : S_ISFIFO(mode) ? "a FIFO (named pipe)"
           : S_ISCHR(mode)  ? "a character device"
           : S_ISBLK(mode)  ? "a block device"
           : S_ISSOCK(mode) ? "a socket"
           : S_ISREG(mode)  ? "a regular file"
                            : "not a regular file";
}

/* The reason a file of type `mode` is not read; `why` gets "it is a directory" or "it is X, not a
 * regular file". */
static void not_regular(mode_t mode, char *why, size_t n)
{
    if (S_ISDIR(mode))
        snprintf(why, n, "it is a directory");
    else
        snprintf(why, n, "it is %s, not a regular file", fio_kind_name(mode));
}

static void too_large(size_t cap, char *why, size_t n)
{
    snprintf(why, n, "it is larger than %zu MiB, the limit for this kind of file", cap >> 20);
}

int fio_open_input(const char *path, size_t cap, struct fio_id *id, char *why, size_t n)
{
    struct stat st;
    /* look before opening: opening a device can have effects of its own */
    if (stat(path, &st) != 0) {
        snprintf(why, n, "%s", strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        not_regular(st.st_mode, why, n);
        return -1;
    }
    /* O_NONBLOCK: should the path have become a FIFO since, the open still cannot block */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(why, n, "%s", strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0) {
        snprintf(why, n, "%s", strerror(errno));
        close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        not_regular(st.st_mode, why, n);
        close(fd);
        return -1;
    }
    if (cap && (unsigned long long)st.st_size > (unsigned long long)cap) {
        too_large(cap, why, n);
        close(fd);
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl != -1)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    if (id) {
        id->dev = st.st_dev;
        id->ino = st.st_ino;
    }
    return fd;
}

int fio_check_source(const char *path, struct fio_id *id, char *msg, size_t n)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(msg, n, "cannot open source file: %s", strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(msg, n, "is a directory, not a C source file");
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(msg, n, "is %s, not a regular file", fio_kind_name(st.st_mode));
        return -1;
    }
    char why[256];
    int fd = fio_open_input(path, 0, id, why, sizeof(why));
    if (fd < 0) {
        snprintf(msg, n, "cannot open source file: %s", why);
        return -1;
    }
    close(fd);
    return 0;
}

char *fio_read_input(const char *path, size_t cap, size_t *len, struct fio_id *id, char *why, size_t n)
{
    struct fio_id fid;
    int fd = fio_open_input(path, cap, &fid, why, n);
    if (fd < 0)
        return NULL;
    struct stat st;
    size_t size = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size : 0;
    size_t bufcap = (size + 1 > 4096 ? size + 1 : 4096), used = 0;
    if (cap && bufcap > cap + 2)
        bufcap = cap + 2; /* room to notice one byte too many */
    char *buf = malloc(bufcap);
    if (!buf) {
        snprintf(why, n, "%s", strerror(ENOMEM));
        close(fd);
        return NULL;
    }
    for (;;) {
        if (used + 1 >= bufcap) {
            size_t ncap = bufcap * 2;
            if (cap && ncap > cap + 2)
                ncap = cap + 2;
            char *nb = ncap > bufcap ? realloc(buf, ncap) : NULL;
            if (!nb) {
                snprintf(why, n, "%s", strerror(ENOMEM));
                goto fail;
            }
            buf = nb;
            bufcap = ncap;
        }
        ssize_t r = read(fd, buf + used, bufcap - used - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            snprintf(why, n, "%s", strerror(errno));
            goto fail;
        }
        if (r == 0)
            break;
        used += (size_t)r;
        if (cap && used > cap) { /* it grew while being read */
            too_large(cap, why, n);
            goto fail;
        }
    }
    close(fd);
    buf[used] = 0;
    if (len)
        *len = used;
    if (id)
        *id = fid;
    return buf;
fail:
    free(buf);
    close(fd);
    return NULL;
}

/* ---- temporary files removed on a signal ---- */

static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ};
#define NSIGNALS (sizeof(cleanup_signals) / sizeof(cleanup_signals[0]))

/* Paths of pending temporary files; the handler reads only entries whose flag is set, and entries
 * change only with those signals blocked. */
static char pending_path[FIO_MAX_PENDING][4096];
static volatile sig_atomic_t pending_used[FIO_MAX_PENDING];
static struct sigaction saved_action[NSIGNALS];
static bool handler_installed[NSIGNALS];
static int npending;

static void on_signal(int sig)
{
    int saved_errno = errno;
    for (int i = 0; i < FIO_MAX_PENDING; i++)
        if (pending_used[i])
            unlink(pending_path[i]);
    /* the previous action takes over: the signal, now pending, is delivered when this returns */
    for (size_t k = 0; k < NSIGNALS; k++)
        if (cleanup_signals[k] == sig && handler_installed[k]) {
            sigaction(sig, &saved_action[k], NULL);
            handler_installed[k] = false;
        }
    raise(sig);
    errno = saved_errno;
}

static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t k = 0; k < NSIGNALS; k++)
        sigaddset(&set, cleanup_signals[k]);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

static void install_handlers(void)
{
    for (size_t k = 0; k < NSIGNALS; k++) {
        struct sigaction old;
        if (sigaction(cleanup_signals[k], NULL, &old) != 0 ||
            (!(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN))
            continue; /* an ignored signal stays ignored */
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        for (size_t j = 0; j < NSIGNALS; j++)
            sigaddset(&sa.sa_mask, cleanup_signals[j]);
        sa.sa_flags = SA_RESTART;
        if (sigaction(cleanup_signals[k], &sa, &saved_action[k]) == 0)
            handler_installed[k] = true;
    }
}

static void restore_handlers(void)
{
    for (size_t k = 0; k < NSIGNALS; k++)
        if (handler_installed[k]) {
            sigaction(cleanup_signals[k], &saved_action[k], NULL);
            handler_installed[k] = false;
        }
}

/* Creates the temporary file for template `tmpl` (ending in XXXXXX) and registers it for removal
 * on a signal. Returns its descriptor and the slot in *slot, or -1 with errno set. */
static int create_pending(char *tmpl, int *slot)
{
    sigset_t old;
    block_signals(&old);
    int fd = -1, s = -1;
    for (int i = 0; i < FIO_MAX_PENDING && s < 0; i++)
        if (!pending_used[i])
            s = i;
    if (s < 0) {
        errno = EMFILE;
        goto done;
    }
    fd = mkostemp(tmpl, O_CLOEXEC);
    if (fd < 0)
        goto done;
    snprintf(pending_path[s], sizeof(pending_path[s]), "%s", tmpl);
    pending_used[s] = 1;
    if (npending++ == 0)
        install_handlers();
    *slot = s;
done:;
    int e = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return fd;
}

static void release_pending(int slot)
{
    if (slot < 0)
        return;
    sigset_t old;
    block_signals(&old);
    pending_used[slot] = 0;
    if (--npending == 0)
        restore_handlers();
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* ---- outputs ---- */

/* Follows the symlinks of `path` by their text (for a path that does not exist yet: a dangling
 * link names the file to create). Writes the last path into out. Returns 0, or -1 with errno. */
static int follow_links(const char *path, char *out, size_t n)
{
    char cur[4096], link[4096];
    if (snprintf(cur, sizeof(cur), "%s", path) >= (int)sizeof(cur)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (int depth = 0; depth < 40; depth++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) {
            if (snprintf(out, n, "%s", cur) >= (int)n) {
                errno = ENAMETOOLONG;
                return -1;
            }
            return 0;
        }
        ssize_t l = readlink(cur, link, sizeof(link) - 1);
        if (l < 0)
            return -1;
        link[l] = 0;
        char next[4096];
        const char *slash = strrchr(cur, '/');
        int w;
        if (link[0] == '/' || !slash)
            w = snprintf(next, sizeof(next), "%s", link);
        else
            w = snprintf(next, sizeof(next), "%.*s/%s", (int)(slash - cur), cur, link);
        if (w >= (int)sizeof(next)) {
            errno = ENAMETOOLONG;
            return -1;
        }
        memcpy(cur, next, sizeof(cur));
    }
    errno = ELOOP;
    return -1;
}

static bool same_as_fd(int fd, const struct stat *st)
{
    struct stat fs;
    return fstat(fd, &fs) == 0 && fs.st_dev == st->st_dev && fs.st_ino == st->st_ino;
}

bool fio_out_target(const char *path, struct fio_id *id)
{
    return strcmp(path, "-") != 0 && fio_id_of(path, id);
}

int fio_out_open(struct fio_out *o, const char *path, char *why, size_t n)
{
    memset(o, 0, sizeof(*o));
    o->name = path;
    o->slot = -1;
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->mode = OUT_STREAM;
        return 0;
    }
    struct stat st;
    mode_t perm;
    if (stat(path, &st) == 0) {
        if (S_ISREG(st.st_mode) && (same_as_fd(STDOUT_FILENO, &st) || same_as_fd(STDERR_FILENO, &st))) {
            /* /dev/stdout, or `-o f > f`: the stream already open on it, as the shell opened it */
            o->fp = same_as_fd(STDOUT_FILENO, &st) ? stdout : stderr;
            o->mode = OUT_STREAM;
            return 0;
        }
        if (S_ISDIR(st.st_mode)) {
            snprintf(why, n, "it is a directory");
            return 2;
        }
        if (!S_ISREG(st.st_mode)) {
            /* a device, FIFO or socket: write into it, never replace the node */
            int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
            if (fd < 0) {
                snprintf(why, n, "%s", strerror(errno));
                return 2;
            }
            o->fp = fdopen(fd, "w");
            if (!o->fp) {
                snprintf(why, n, "%s", strerror(errno));
                close(fd);
                return 2;
            }
            o->mode = OUT_DIRECT;
            return 0;
        }
        /* a regular file, perhaps through symlinks: replace the file itself */
        struct stat rt;
        if (!realpath(path, o->target) || stat(o->target, &rt) != 0 || rt.st_dev != st.st_dev ||
            rt.st_ino != st.st_ino) {
            snprintf(why, n, "cannot tell which file this path leads to");
            return 2;
        }
        perm = st.st_mode & 0777;
    } else if (errno == ENOENT) {
        if (follow_links(path, o->target, sizeof(o->target)) != 0) {
            snprintf(why, n, "%s", strerror(errno));
            return 2;
        }
        mode_t mask = umask(0);
        umask(mask);
        perm = 0666 & ~mask;
    } else {
        snprintf(why, n, "%s", strerror(errno));
        return 2;
    }
    if (snprintf(o->tmp, sizeof(o->tmp), "%s.tmp.XXXXXX", o->target) >= (int)sizeof(o->tmp)) {
        snprintf(why, n, "%s", strerror(ENAMETOOLONG));
        o->tmp[0] = 0;
        return 2;
    }
    int fd = create_pending(o->tmp, &o->slot);
    if (fd < 0) {
        snprintf(why, n, "%s", strerror(errno));
        o->tmp[0] = 0;
        return 2;
    }
    if (fchmod(fd, perm) != 0) {
        /* not fatal: the file keeps mkstemp's 0600 */
    }
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        snprintf(why, n, "%s", strerror(errno));
        close(fd);
        fio_out_abort(o);
        return 2;
    }
    o->mode = OUT_REPLACE;
    return 0;
}

int fio_check_stream(FILE *f, char *why, size_t n)
{
    errno = 0;
    int bad = fflush(f) != 0;
    int e = errno;
    if (!bad && !ferror(f))
        return 0;
    snprintf(why, n, "%s", strerror(e ? e : EIO));
    return 2;
}

int fio_out_commit(struct fio_out *o, char *why, size_t n)
{
    int rc = 0;
    if (!o->fp)
        return 0;
    if (o->mode == OUT_STREAM) {
        rc = fio_check_stream(o->fp, why, n);
        o->fp = NULL;
        return rc;
    }
    rc = fio_check_stream(o->fp, why, n);
    if (rc == 0 && o->mode == OUT_REPLACE && fsync(fileno(o->fp)) != 0 && errno != EINVAL && errno != EROFS) {
        snprintf(why, n, "%s", strerror(errno));
        rc = 2;
    }
    if (fclose(o->fp) != 0 && rc == 0) {
        snprintf(why, n, "%s", strerror(errno));
        rc = 2;
    }
    o->fp = NULL;
    if (o->mode == OUT_REPLACE) {
        if (rc == 0 && rename(o->tmp, o->target) != 0) {
            snprintf(why, n, "%s", strerror(errno));
            rc = 2;
        }
        if (rc != 0)
            unlink(o->tmp);
        release_pending(o->slot);
        o->slot = -1;
        o->tmp[0] = 0;
    }
    return rc;
}

void fio_out_abort(struct fio_out *o)
{
    if (o->fp && o->mode != OUT_STREAM)
        fclose(o->fp);
    o->fp = NULL;
    if (o->tmp[0])
        unlink(o->tmp);
    o->tmp[0] = 0;
    release_pending(o->slot);
    o->slot = -1;
}

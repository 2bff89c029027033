/* check_lock.c — kind "lock": spin locks and their kin (NDIS spin locks, Ke spin locks, in-stack
 * queued spin locks, NDIS read-write locks) taken and given back on every path through a callback
 * (SpinLock, SpinLockDpr, SpinLockRelease, SpinLockDprRelease, SpinLockBalanced: the Static Driver
 * Verifier rules of the NDIS locking rule set, and the rules/defs of this kind for the other locks).
 *
 * On the path-sensitive state engine (pathstate.h), one fact per rule and lock: how many times the
 * path holds the lock (0, 1, 2 or more, fewer than 0, unknown: bits of ps_fact.state, a set after
 * paths are joined). A lock is the place its DDI's argument names, `&Adapter->Lock` with the aliases
 * of the path resolved, parameters of a helper renamed to the caller's arguments (a lock passed to
 * a helper is the caller's lock); one element of an array of locks (`a[i].Lock`) is not followed.
 * Helpers are analysed in their callers' context (their effect on each of their return paths goes
 * on in the caller), so a helper that takes the lock for its caller or gives it back for it is
 * never reported at its own exit. Checks:
 *
 *   held      a lock acquired while the path already holds it; a lock still held where a callback
 *             (a function with a role of the driver model) returns;
 *   release   a lock released while the path does not hold it: released twice, or never acquired
 *             since the callback was entered;
 *   balanced  a callback path that acquires a lock more often than it releases it (reported at the
 *             return) or releases it more often (at the release).
 *
 * What is reported is what holds on every path the engine merged into the state: a fact whose
 * count is a set of several (paths that disagree were joined) or unknown reports nothing. Unknown:
 * after a call through a pointer or a driver function the engine does not analyse in place
 * (on_opaque). "Never acquired" and the exit checks need the callback's entry, where no lock is
 * held: in a function that has no role (a helper called through a pointer, say) only what the path
 * itself did counts (acquired twice, released twice).
 *
 * Bounds: the engine's (PS_MAX_DISJUNCTS per program point, inlining depth and budget per root);
 * beyond them facts become joined sets or unknown, which report nothing.
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

/* The lock count of a fact (bits of ps_fact.state). */
enum { C0 = 1, C1 = 2, C2 = 4, CNEG = 8, CUNK = 16, HELD_MASK = C1 | C2 };
/* Set with the count: the lock was last acquired by a DDI of the rule's reports_on. */
enum { BY_REPORTED = 32, COUNT_MASK = 31 };

/* Keys of path-level facts: the return statement of the root the path took, and "a call whose
 * effect is unknown was made". */
static const char return_key, opaque_key;

struct lk_run {
    const struct rules *rs;
    bool role;        /* the root being analyzed has a callback role */
    struct vec loops; /* struct loop_info: blocks that lie on a cycle, per function, computed on demand */
};

struct loop_info {
    const struct ir_func *f;
    bool *in_loop;
};

static size_t nrules(const struct rules *rs)
{
    return rule_count(rs, RULE_LOCK);
}

static void *begin(struct ps_engine *e)
{
    struct rules *rs = ps_driver(e)->rules;
    if (nrules(rs) == 0)
        return NULL;
    struct lk_run *r = calloc(1, sizeof(*r));
    if (!r)
        abort();
    r->rs = rs;
    vec_init(&r->loops, sizeof(struct loop_info));
    return r;
}

static void end(void *data, struct ps_engine *e)
{
    (void)e;
    struct lk_run *r = data;
    for (size_t i = 0; i < r->loops.len; i++)
        free(((struct loop_info *)vec_at(&r->loops, i))->in_loop);
    vec_free(&r->loops);
    free(r);
}

/* The argument index of `ddi` in ops, or -1. */
static int op_arg(const struct rule_lock_op *ops, int n, const char *ddi)
{
    for (int i = 0; i < n; i++)
        if (rule_names_has(&ops[i].ddis, ddi))
            return ops[i].arg;
    return -1;
}

static bool acts_on(void *data, struct ps_engine *e, const char *ddi)
{
    (void)e;
    const struct lk_run *r = data;
    for (size_t i = 0; i < nrules(r->rs); i++) {
        const struct rule_lock *q = &rule_nth(r->rs, RULE_LOCK, i)->u.lock;
        if (op_arg(q->acquire, q->nacquire, ddi) >= 0 || op_arg(q->release, q->nrelease, ddi) >= 0)
            return true;
    }
    return false;
}

static bool on_root(void *data, struct ps_engine *e, const struct dm_func *root)
{
    (void)e;
    struct lk_run *r = data;
    r->role = root->roles.len > 0;
    return false;
}

/* ---- loops ---------------------------------------------------------------------------------- */

/* in_loop[b]: block b of `f` lies on a cycle of the CFG (it can reach itself). */
static const bool *loops_of(struct lk_run *r, const struct ir_func *f)
{
    for (size_t i = 0; i < r->loops.len; i++) {
        const struct loop_info *li = vec_at(&r->loops, i);
        if (li->f == f)
            return li->in_loop;
    }
    int nb = (int)f->blocks.len;
    bool *in = calloc((size_t)nb + 1, 1), *seen = malloc((size_t)nb + 1);
    int *stack = malloc(sizeof(int) * ((size_t)nb + 1));
    if (!in || !seen || !stack)
        abort();
    for (int b = 0; b < nb; b++) {
        memset(seen, 0, (size_t)nb);
        int n = 0;
        const struct ir_block *bl = ir_block(f, b);
        for (size_t k = 0; k < bl->succs.len; k++) {
            int t = ((const struct ir_edge *)vec_at(&bl->succs, k))->target;
            if (!seen[t]) {
                seen[t] = true;
                stack[n++] = t;
            }
        }
        while (n > 0 && !seen[b]) {
            const struct ir_block *x = ir_block(f, stack[--n]);
            for (size_t k = 0; k < x->succs.len; k++) {
                int t = ((const struct ir_edge *)vec_at(&x->succs, k))->target;
                if (!seen[t]) {
                    seen[t] = true;
                    stack[n++] = t;
                }
            }
        }
        in[b] = seen[b];
    }
    free(seen);
    free(stack);
    struct loop_info *li = vec_push(&r->loops);
    li->f = f;
    li->in_loop = in;
    return in;
}

/* True if event `ev` of function `f` lies in a loop. */
static bool event_in_loop(struct lk_run *r, const struct ir_func *f, const struct ir_event *ev)
{
    for (size_t b = 0; b < f->blocks.len; b++) {
        const struct ir_block *bl = ir_block(f, (int)b);
        if (bl->events.len && ev >= ir_event_at(bl, 0) && ev <= ir_event_at(bl, (int)bl->events.len - 1))
            return loops_of(r, f)[b];
    }
    return false;
}

/* ---- places --------------------------------------------------------------------------------- */

/* The fact place of the lock argument `text` in frame `fr`: "#" and the lock object's canonical
 * place (`&Adapter->Lock` -> "#Adapter->Lock", a pointer `pLock` -> "#*pLock"). The "#" keeps the
 * engine from forgetting the fact when a variable on the way to the lock is assigned (the lock
 * does not change when `pAdapter` is reloaded). NULL when the lock is one element of an array. */
static const char *lock_place(struct ps_engine *e, const struct ps_frame *fr, const struct pstate *s, const char *text)
{
    if (!text || strstr(text, "[]"))
        return NULL;
    /* the object `&x` names is the place x (its aliases resolved); a pointer names what it holds */
    const char *p = text[0] == '&' ? ps_path(e, fr, s, text + 1) : ps_path(e, fr, s, text);
    if (!p || strstr(p, "[]"))
        return NULL;
    if (text[0] == '&')
        p = arena_cat(ps_arena(e), "&", p, NULL);
    /* the WDK's NDIS_SPIN_LOCK macros pass its KSPIN_LOCK member: `&(Lock)->SpinLock` */
    size_t n = strlen(p);
    if (p[0] == '&' && n > 10 && strcmp(p + n - 9, ".SpinLock") == 0)
        return arena_printf(ps_arena(e), "#%.*s", (int)(n - 10), p + 1);
    return p[0] == '&' ? arena_cat(ps_arena(e), "#", p + 1, NULL) : arena_cat(ps_arena(e), "#*", p, NULL);
}

/* The lock as a user writes it, from its fact place. */
static const char *lock_text(struct ps_engine *e, const char *place)
{
    const char *o = place + 1;
    return o[0] == '*' ? o + 1 : arena_cat(ps_arena(e), "&", o, NULL);
}

/* True for the place of a local or parameter of an inlined helper that has no place in the root
 * ("@N:..."): its identity is not known beyond the helper's frame. */
static bool frame_local(const char *place)
{
    return strchr(place, '@') != NULL;
}

/* A reason that also keeps the lock as the code that took it wrote it (for messages at the exit). */
struct lk_why {
    struct ps_why w;
    const char *shown;
};

/* A reason at the lock call `call` of frame `fr` (ps_why_here()), with the lock as shown. */
static const struct ps_why *lock_why(struct ps_engine *e, const struct ps_frame *fr, const struct ir_event *call,
                                     const char *msg, const char *shown)
{
    struct lk_why *w = arena_alloc(ps_arena(e), sizeof(*w));
    w->w = *ps_why_here(e, call->loc, msg, fr);
    w->shown = shown;
    return &w->w;
}

/* ---- transfer -------------------------------------------------------------------------------- */

static bool reports(const struct rule_lock *q, const char *ddi)
{
    return q->reports_on.n == 0 || rule_names_has(&q->reports_on, ddi);
}

/* The count after one more acquire / release, from one count bit. */
static unsigned count_acquire(unsigned c)
{
    unsigned r = 0;
    if (c & C0)
        r |= C1;
    if (c & (C1 | C2))
        r |= C2;
    if (c & (CNEG | CUNK))
        r |= CUNK;
    return r;
}

static unsigned count_release(unsigned c)
{
    unsigned r = 0;
    if (c & C0)
        r |= CNEG;
    if (c & C1)
        r |= C0;
    if (c & C2)
        r |= C1 | C2;
    if (c & (CNEG | CUNK))
        r |= CUNK;
    return r;
}

/* Reports `msg` for rule `def` at `loc` with the notes of `why` and, for a call in a loop, a note
 * that says so. */
static void report(struct lk_run *r, struct ps_engine *e, const struct rule_def *def, const struct ps_frame *fr,
                   const struct ir_event *call, const char *msg, const struct ps_why *why)
{
    bool loop = event_in_loop(r, fr->f, call);
    struct finding *fd = ps_report(e, def, call->loc, fr, msg);
    if (!fd)
        return;
    if (loop)
        finding_note(ps_findings(e), fd, call->loc,
                     why && why->loc.line == call->loc.line && why->loc.col == call->loc.col &&
                             why->loc.file == call->loc.file
                         ? "this call is inside a loop: the path comes back to it on the next iteration"
                         : "this call is inside a loop");
    ps_story_notes(e, fd, why, fr);
}

static void on_acquire(struct lk_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                       const struct ir_event *call, const char *ddi, const struct rule_def *def, const char *place,
                       const char *written)
{
    const struct rule_lock *q = &def->u.lock;
    struct ps_fact *f = ps_fact_get(s, def, place, C0);
    unsigned c = f->state & COUNT_MASK;
    if ((q->checks & LOCK_HELD) && reports(q, ddi) && c && !(c & ~HELD_MASK)) {
        const char *msg = rule_fill(ps_arena(e), q->msg_acquired_twice, "func", fr->f->name, "lock", written, "ddi",
                                    ddi, "object", q->object, NULL);
        report(r, e, def, fr, call, msg, f->why);
    }
    /* a spin lock is not recursive: for the held and release checks a second acquire leaves it held
       once (the deadlock is reported, not every release after it); balanced counts on */
    unsigned n = count_acquire(c);
    if (!(q->checks & LOCK_BALANCED) && (n & C2))
        n = (n & ~C2) | C1;
    f->state = n | (reports(q, ddi) ? BY_REPORTED : 0);
    f->why = lock_why(e, fr, call, arena_printf(ps_arena(e), "'%s' acquired here by '%s'", written, ddi),
                      fr->parent ? lock_text(e, place) : written);
}

static void on_release(struct lk_run *r, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                       const struct ir_event *call, const char *ddi, const struct rule_def *def, const char *place,
                       const char *written)
{
    const struct rule_lock *q = &def->u.lock;
    struct ps_fact *f = ps_fact_find(s, def, place);
    unsigned c = f ? f->state & COUNT_MASK : C0;
    /* released where the path holds it 0 times: known from a release on this path (a fact), or,
       in a callback entered with no lock held, from no acquire since the entry */
    bool none = c == C0 && (f || (r->role && !frame_local(place) && !ps_fact_find(s, &opaque_key, "#")));
    if (none) {
        struct arena *a = ps_arena(e);
        const char *fn = fr->f->name;
        for (const struct ps_frame *p = fr; p; p = p->parent)
            fn = p->f->name;
        if ((q->checks & LOCK_RELEASE) && reports(q, ddi)) {
            const char *msg = rule_fill(a, f ? q->msg_released_twice : q->msg_not_held, "func", fn, "lock", written,
                                        "ddi", ddi, "object", q->object, NULL);
            report(r, e, def, fr, call, msg, f ? f->why : NULL);
        }
        if (q->checks & LOCK_BALANCED) {
            const char *msg =
                rule_fill(a, q->msg_more_releases, "func", fn, "lock", written, "ddi", ddi, "object", q->object, NULL);
            report(r, e, def, fr, call, msg, f ? f->why : NULL);
        }
    }
    if (!f)
        f = ps_fact_get(s, def, place, C0);
    f->state = count_release(c) | (f->state & BY_REPORTED);
    if (f->why && !(f->state & (C0 | CNEG | CUNK)))
        return; /* still held: the acquire explains it */
    f->why = lock_why(e, fr, call, arena_printf(ps_arena(e), "'%s' released here by '%s'", written, ddi),
                      fr->parent ? lock_text(e, place) : written);
}

/* The name a lock call is known by: the outermost macro spelled at the call that is a DDI of some
 * lock rule, else `ddi`. In the WDK NdisAcquireSpinLock is a macro over KeAcquireSpinLock, itself a
 * macro over KeAcquireSpinLockRaiseToDpc: the call is the NDIS spin lock's, as written. */
static const char *lock_ddi(const struct lk_run *r, struct ps_engine *e, const struct ir_event *call, const char *ddi)
{
    if (call->macro && acts_on((void *)r, e, call->macro))
        return call->macro;
    for (int i = call->nmchain; i-- > 0;)
        if (acts_on((void *)r, e, call->mchain[i]))
            return call->mchain[i];
    return ddi;
}

static void on_ddi(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                   const struct ir_event *call, const char *ddi, struct ps_set *extra)
{
    (void)extra;
    struct lk_run *r = data;
    ddi = lock_ddi(r, e, call, ddi);
    for (size_t i = 0; i < nrules(r->rs); i++) {
        const struct rule_def *def = rule_nth(r->rs, RULE_LOCK, i);
        const struct rule_lock *q = &def->u.lock;
        if (!def->enabled)
            continue;
        int aa = op_arg(q->acquire, q->nacquire, ddi), ra = aa >= 0 ? -1 : op_arg(q->release, q->nrelease, ddi);
        int arg = aa >= 0 ? aa : ra;
        if (arg < 0 || arg >= call->nargs || call->args[arg].kind != IR_V_PATH)
            continue;
        const char *place = lock_place(e, fr, s, call->args[arg].text);
        if (!place)
            continue;
        const char *written = call->args[arg].text;
        size_t wn = strlen(written);
        if (wn > 10 && written[0] == '&' && strcmp(written + wn - 9, ".SpinLock") == 0)
            written = arena_printf(ps_arena(e), "%.*s", (int)(wn - 9), written);
        if (aa >= 0)
            on_acquire(r, e, fr, s, call, ddi, def, place, written);
        else
            on_release(r, e, fr, s, call, ddi, def, place, written);
    }
}

/* A call that may have done anything: every lock's count becomes unknown, and "never acquired on
 * this path" can no longer be told. */
static void on_opaque(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *call)
{
    (void)e, (void)fr, (void)call;
    struct lk_run *r = data;
    for (int k = 0; k < s->nfacts; k++) {
        const struct rule_def *def = s->facts[k].key;
        for (size_t i = 0; i < nrules(r->rs); i++)
            if (rule_nth(r->rs, RULE_LOCK, i) == def)
                s->facts[k].state = CUNK;
    }
    ps_fact_get(s, &opaque_key, "#", 0)->state = 1;
}

static void on_return(void *data, struct ps_engine *e, const struct ps_frame *fr, struct pstate *s,
                      const struct ir_event *ret)
{
    (void)data;
    if (fr->parent)
        return;
    struct ps_fact *f = ps_fact_get(s, &return_key, "#", 0);
    f->state = 1;
    f->why = ps_why_new(e, ret->loc, NULL, NULL);
}

static void at_exit(void *data, struct ps_engine *e, const struct ps_frame *root, const struct pstate *s)
{
    struct lk_run *r = data;
    if (!r->role)
        return;
    const struct ps_fact *ret = ps_fact_find(s, &return_key, "#");
    for (size_t i = 0; i < nrules(r->rs); i++) {
        const struct rule_def *def = rule_nth(r->rs, RULE_LOCK, i);
        const struct rule_lock *q = &def->u.lock;
        if (!def->enabled || !(q->checks & (LOCK_HELD | LOCK_BALANCED)))
            continue;
        for (int k = 0; k < s->nfacts; k++) {
            const struct ps_fact *f = &s->facts[k];
            unsigned c = f->state & COUNT_MASK;
            if (f->key != def || !c || (c & ~HELD_MASK) || frame_local(f->path))
                continue;
            const char *tmpl = NULL;
            if ((q->checks & LOCK_HELD) && (f->state & BY_REPORTED))
                tmpl = q->msg_held_at_exit;
            else if (q->checks & LOCK_BALANCED)
                tmpl = q->msg_more_acquires;
            if (!tmpl)
                continue;
            const char *shown = f->why ? ((const struct lk_why *)f->why)->shown : lock_text(e, f->path);
            const char *msg =
                rule_fill(ps_arena(e), tmpl, "func", root->f->name, "lock", shown, "object", q->object, NULL);
            /* at the return the path takes; for a path that reaches the end of the function, at
               the acquire, or the call in the callback that leads to it */
            struct ir_loc at = root->f->loc;
            if (ret && ret->why)
                at = ret->why->loc;
            else
                for (const struct ps_why *w = f->why; w; w = w->next)
                    at = w->loc;
            struct finding *fd = ps_report(e, def, at, root, msg);
            if (!fd)
                continue;
            ps_story_notes(e, fd, f->why, root);
            if (!ret || !ret->why)
                finding_note(
                    ps_findings(e), fd, at,
                    arena_printf(ps_arena(e), "'%s' reaches its end on this path with the lock held", root->f->name));
        }
    }
}

static const struct ps_hooks hooks = {.begin = begin,
                                      .acts_on = acts_on,
                                      .on_root = on_root,
                                      .on_ddi = on_ddi,
                                      .on_return = on_return,
                                      .on_exit = at_exit,
                                      .end = end,
                                      .on_opaque = on_opaque};

const struct check check_lock = {.path = &hooks};

/* typestate.c — the stateful lifecycle rules (see typestate.h).
 *
 * Documentation followed: NdisMCmDeregisterSapComplete / NdisCmDeregisterSapComplete ("consider
 * NdisSapHandle invalid" once it returns; Status "specifies NDIS_STATUS_SUCCESS"),
 * NdisMCmRegisterSapComplete / NdisCmRegisterSapComplete (never NDIS_STATUS_PENDING; the handle is
 * invalid after a failed completion), NdisClDeregisterSap, NdisDeregisterProtocolDriver,
 * ProtocolCmRegisterSap / ProtocolCmDeregisterSap (return NDIS_STATUS_PENDING and complete later),
 * all under https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/.
 */
#include "typestate.h"

#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- rule definitions (typed, from the rule database; see ruledb.h) --------------------- */

struct ts_rule {
    struct rule_def *def;
    int ncreate, ntrans;
    const struct rule_ts_create *create;
    const struct rule_ts_trans *trans;
    const char *error_msg;
};

struct ts_check {
    struct rule_def *def;
    const struct rule_status_check *c;
};

/* ---- abstract state --------------------------------------------------------------------- */

#define NENT 16
enum { ST_VALID = 1, ST_INVALID = 2 };

struct ts_why {
    struct ir_loc loc;
    const char *msg;
    int frame; /* for "'F' called here": the id of F's inlined frame, else 0 */
    const struct ts_why *next;
};

struct alias {
    const char *from, *to;
};

struct obj {
    int rule;
    const char *path;
    unsigned char st;
    const struct ts_why *why;
};

struct val {
    const char *path;
    bool eq;
    long long v;
    int nne;
    long long ne[4];
};

struct dis {
    int na, no, nv;
    struct alias a[NENT];
    struct obj o[NENT];
    struct val v[NENT];
    int completed;
    const struct ts_why *comp_why;
    bool has_ret;
    struct val ret;
    int pend_call;
    struct val pend;
};

struct frame {
    const struct ir_func *f;
    int id;
    const struct frame *parent;
    struct ir_loc call_loc;
    int nargs;
    const char **argpath; /* renamed argument paths, or NULL */
    const struct ir_val *args;
};

struct ts {
    struct dm_driver *d;
    struct findings *out;
    struct arena arena;
    struct ts_rule *rules; /* typestate rules (heap) */
    int nrules;
    struct ts_check *checks; /* the checks of the call_status rules (heap) */
    int nchecks;
    struct rule_def *not_pending, *never_completed;
    const struct sap_request *req; /* request role of the root being analyzed */
    const struct ir_func *root;
    int next_frame;
    long budget;
    /* handlers returning PENDING, per request */
    struct {
        const struct sap_request *req;
        const struct ir_func *f;
        struct ir_loc loc;
    } pending[64];
    int npending;
};

static const char *ddi_name(const struct ts *t, const struct ir_event *e)
{
    return dm_call_name(t->d, e);
}

static bool ddis_has(const struct rule_names *d, const char *n)
{
    return rule_names_has(d, n);
}

static long long s32(long long v)
{
    return (long long)(int32_t)(uint32_t)(unsigned long long)v;
}

/* ---- paths ------------------------------------------------------------------------------ */

static bool is_boundary(char c)
{
    return c == 0 || c == '-' || c == '.' || c == '[';
}

/* base + suffix, where suffix starts with "->", "." , "[]" or is empty. */
static const char *compose(struct ts *t, const char *base, const char *suffix)
{
    if (!*suffix)
        return base;
    if (base[0] == '&' && suffix[0] == '-' && suffix[1] == '>')
        return arena_cat(&t->arena, base + 1, ".", suffix + 2);
    if (base[0] == '*' && suffix[0] == '.')
        return arena_cat(&t->arena, base + 1, "->", suffix + 1);
    return arena_cat(&t->arena, base, suffix, NULL);
}

static const char *apply_ops(struct ts *t, const char *ops, size_t nops, const char *p)
{
    /* apply prefix operators right to left, cancelling *& and &* */
    const char *r = p;
    for (size_t i = nops; i-- > 0;) {
        char op = ops[i];
        if ((op == '*' && r[0] == '&') || (op == '&' && r[0] == '*'))
            r = r + 1;
        else
            r = arena_printf(&t->arena, "%c%s", op, r);
    }
    return r;
}

static bool is_local(const struct ir_func *f, const char *root, size_t n)
{
    for (size_t i = 0; i < f->locals.len; i++) {
        const char *l = *(const char **)vec_at(&f->locals, i);
        if (strlen(l) == n && strncmp(l, root, n) == 0)
            return true;
    }
    return false;
}

/* A path of frame `fr` in the run's shared namespace: parameters become the caller's argument
 * paths, locals of inlined frames get a frame prefix, globals stay. */
static const char *rename_path(struct ts *t, const struct frame *fr, const char *p)
{
    if (!p)
        return NULL;
    size_t nops = strspn(p, "&*");
    const char *root = p + nops;
    size_t n = 0;
    while (!is_boundary(root[n]))
        n++;
    const char *suffix = root + n;
    const char *base = NULL;
    for (int i = 0; i < fr->f->nparams; i++) {
        if (strlen(fr->f->params[i]) == n && strncmp(fr->f->params[i], root, n) == 0) {
            if (fr->parent && i < fr->nargs && fr->argpath[i])
                base = fr->argpath[i];
            else if (fr->parent)
                base = arena_printf(&t->arena, "@%d:%.*s", fr->id, (int)n, root);
            break;
        }
    }
    if (!base && fr->parent && is_local(fr->f, root, n))
        base = arena_printf(&t->arena, "@%d:%.*s", fr->id, (int)n, root);
    if (!base)
        return p;
    return apply_ops(t, p, nops, compose(t, base, suffix));
}

/* Resolves aliases: the longest aliased prefix is replaced by its target, repeatedly. */
static const char *canon(struct ts *t, const struct dis *s, const char *p)
{
    for (int iter = 0; iter < 8 && p; iter++) {
        int best = -1;
        size_t bl = 0;
        for (int i = 0; i < s->na; i++) {
            size_t l = strlen(s->a[i].from);
            if (l > bl && strncmp(p, s->a[i].from, l) == 0 && is_boundary(p[l])) {
                best = i;
                bl = l;
            }
        }
        if (best < 0)
            break;
        p = compose(t, s->a[best].to, p + bl);
    }
    return p;
}

/* The canonical place an assignment writes: aliases of its prefix resolved, not of itself. */
static const char *canon_lhs(struct ts *t, const struct dis *s, const char *p)
{
    const char *cut = NULL;
    for (const char *q = p; *q; q++)
        if ((q[0] == '-' && q[1] == '>') || q[0] == '.' || q[0] == '[')
            cut = q;
    if (!cut)
        return p;
    const char *prefix = arena_strndup(&t->arena, p, (size_t)(cut - p));
    return compose(t, canon(t, s, prefix), cut);
}

static bool has_prefix(const char *p, const char *pre)
{
    size_t l = strlen(pre);
    return strncmp(p, pre, l) == 0 && is_boundary(p[l]);
}

/* ---- disjunct operations ---------------------------------------------------------------- */

static struct obj *find_obj(struct dis *s, int rule, const char *p)
{
    for (int i = 0; i < s->no; i++)
        if (s->o[i].rule == rule && strcmp(s->o[i].path, p) == 0)
            return &s->o[i];
    return NULL;
}

static struct obj *get_obj(struct dis *s, int rule, const char *p)
{
    struct obj *o = find_obj(s, rule, p);
    if (o || s->no == NENT)
        return o;
    o = &s->o[s->no++];
    o->rule = rule;
    o->path = p;
    o->st = ST_VALID;
    o->why = NULL;
    return o;
}

static struct val *find_val(struct dis *s, const char *p)
{
    for (int i = 0; i < s->nv; i++)
        if (strcmp(s->v[i].path, p) == 0)
            return &s->v[i];
    return NULL;
}

static struct val *get_val(struct dis *s, const char *p)
{
    struct val *v = find_val(s, p);
    if (v || s->nv == NENT)
        return v;
    v = &s->v[s->nv++];
    memset(v, 0, sizeof(*v));
    v->path = p;
    return v;
}

static void kill_place(struct dis *s, const char *p)
{
    for (int i = 0; i < s->na;)
        if (has_prefix(s->a[i].from, p))
            s->a[i] = s->a[--s->na];
        else
            i++;
    for (int i = 0; i < s->no;)
        if (has_prefix(s->o[i].path, p))
            s->o[i] = s->o[--s->no];
        else
            i++;
    for (int i = 0; i < s->nv;)
        if (has_prefix(s->v[i].path, p))
            s->v[i] = s->v[--s->nv];
        else
            i++;
}

/* Before place `p` is overwritten: a variable that copied its old value (`x = p->f; p->f = NULL;`)
 * becomes the home of that value — the objects and known values under `p` move to it, and other
 * copies of it follow. */
static void rehome(struct ts *t, struct dis *s, const char *p)
{
    for (int i = 0; i < s->na; i++) {
        if (!has_prefix(s->a[i].to, p))
            continue;
        const char *home = s->a[i].from, *old = s->a[i].to;
        size_t ol = strlen(old);
        for (int k = 0; k < s->no; k++)
            if (has_prefix(s->o[k].path, old) && s->no < NENT) {
                struct obj c = s->o[k];
                c.path = compose(t, home, s->o[k].path + ol);
                if (!find_obj(s, c.rule, c.path))
                    s->o[s->no++] = c;
            }
        for (int k = 0; k < s->nv; k++)
            if (has_prefix(s->v[k].path, old) && s->nv < NENT) {
                struct val c = s->v[k];
                c.path = compose(t, home, s->v[k].path + ol);
                if (!find_val(s, c.path))
                    s->v[s->nv++] = c;
            }
        for (int k = 0; k < s->na; k++)
            if (k != i && strcmp(s->a[k].to, old) == 0)
                s->a[k].to = home;
        s->a[i] = s->a[--s->na];
        i = -1; /* the table changed: start over */
    }
}

static void drop_frame(struct dis *s, int id)
{
    char pre[32];
    int n = snprintf(pre, sizeof(pre), "@%d:", id);
    for (int i = 0; i < s->na;)
        if (strncmp(s->a[i].from, pre, (size_t)n) == 0)
            s->a[i] = s->a[--s->na];
        else
            i++;
    for (int i = 0; i < s->no;)
        if (strncmp(s->o[i].path, pre, (size_t)n) == 0)
            s->o[i] = s->o[--s->no];
        else
            i++;
    for (int i = 0; i < s->nv;)
        if (strncmp(s->v[i].path, pre, (size_t)n) == 0)
            s->v[i] = s->v[--s->nv];
        else
            i++;
}

static bool val_eq(const struct val *a, const struct val *b)
{
    if (a->eq != b->eq || (a->eq && a->v != b->v) || a->nne != b->nne)
        return false;
    for (int i = 0; i < a->nne; i++) {
        bool found = false;
        for (int j = 0; j < b->nne && !found; j++)
            found = a->ne[i] == b->ne[j];
        if (!found)
            return false;
    }
    return true;
}

static bool dis_eq(const struct dis *a, const struct dis *b)
{
    if (a->na != b->na || a->no != b->no || a->nv != b->nv || a->completed != b->completed || a->has_ret != b->has_ret)
        return false;
    if (a->has_ret && !val_eq(&a->ret, &b->ret))
        return false;
    for (int i = 0; i < a->na; i++) {
        bool f = false;
        for (int j = 0; j < b->na && !f; j++)
            f = strcmp(a->a[i].from, b->a[j].from) == 0 && strcmp(a->a[i].to, b->a[j].to) == 0;
        if (!f)
            return false;
    }
    for (int i = 0; i < a->no; i++) {
        const struct obj *o = find_obj((struct dis *)b, a->o[i].rule, a->o[i].path);
        if (!o || o->st != a->o[i].st)
            return false;
    }
    for (int i = 0; i < a->nv; i++) {
        const struct val *v = find_val((struct dis *)b, a->v[i].path);
        if (!v || !val_eq(v, &a->v[i]))
            return false;
    }
    return true;
}

/* Joins b into a (used only when a point has too many disjuncts). */
static void dis_join(struct dis *a, const struct dis *b)
{
    for (int i = 0; i < a->na;) {
        bool keep = false;
        for (int j = 0; j < b->na && !keep; j++)
            keep = strcmp(a->a[i].from, b->a[j].from) == 0 && strcmp(a->a[i].to, b->a[j].to) == 0;
        if (!keep)
            a->a[i] = a->a[--a->na];
        else
            i++;
    }
    for (int i = 0; i < a->no; i++) {
        const struct obj *o = find_obj((struct dis *)b, a->o[i].rule, a->o[i].path);
        a->o[i].st |= o ? o->st : ST_VALID;
    }
    for (int j = 0; j < b->no; j++)
        if (!find_obj(a, b->o[j].rule, b->o[j].path) && a->no < NENT) {
            a->o[a->no] = b->o[j];
            a->o[a->no++].st |= ST_VALID;
        }
    for (int i = 0; i < a->nv;) {
        const struct val *v = find_val((struct dis *)b, a->v[i].path);
        if (!v || !val_eq(v, &a->v[i]))
            a->v[i] = a->v[--a->nv];
        else
            i++;
    }
    if (b->completed && !a->completed) {
        a->completed = b->completed;
        a->comp_why = b->comp_why;
    }
    if (a->has_ret && (!b->has_ret || !val_eq(&a->ret, &b->ret)))
        memset(&a->ret, 0, sizeof(a->ret));
}

/* Known facts about a value: *known_eq with *v, or a list of values it is not. */
static struct val value_of(struct ts *t, const struct frame *fr, struct dis *s, const struct ir_val *iv)
{
    struct val r;
    memset(&r, 0, sizeof(r));
    if (iv->kind == IR_V_CONST) {
        r.eq = true;
        r.v = s32(iv->cval);
    } else if (iv->kind == IR_V_PATH && iv->text) {
        struct val *v = find_val(s, canon(t, s, rename_path(t, fr, iv->text)));
        if (v)
            r = *v;
    } else if (iv->kind == IR_V_CALL && iv->call == s->pend_call) {
        r = s->pend;
    }
    return r;
}

static bool val_is(const struct val *v, long long x)
{
    return v->eq && v->v == x;
}

static bool val_isnt(const struct val *v, long long x)
{
    if (v->eq)
        return v->v != x;
    for (int i = 0; i < v->nne; i++)
        if (v->ne[i] == x)
            return true;
    return false;
}

static void val_add_ne(struct val *v, long long x)
{
    if (v->eq)
        return;
    for (int i = 0; i < v->nne; i++)
        if (v->ne[i] == x)
            return;
    if (v->nne < 4)
        v->ne[v->nne++] = x;
}

static const char *status_text(struct ts *t, const struct val *v, long long other_than)
{
    if (v->eq) {
        const char *n = rule_status_name(t->d->rules, v->v);
        return n ? n : arena_printf(&t->arena, "status 0x%08llX", (unsigned long long)(uint32_t)v->v);
    }
    const char *n = rule_status_name(t->d->rules, other_than);
    return arena_printf(&t->arena, "a status other than %s", n ? n : "the expected one");
}

/* ---- reporting ---------------------------------------------------------------------------- */

static const char *fill(struct ts *t, const char *tmpl, const char *const *keys, const char *const *vals, int n)
{
    char buf[1024];
    size_t o = 0;
    for (const char *p = tmpl; *p && o < sizeof(buf) - 1;) {
        if (*p == '{') {
            const char *close = strchr(p, '}');
            bool done = false;
            for (int i = 0; close && i < n && !done; i++)
                if (strlen(keys[i]) == (size_t)(close - p - 1) &&
                    strncmp(p + 1, keys[i], (size_t)(close - p - 1)) == 0) {
                    o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s", vals[i] ? vals[i] : "?");
                    p = close + 1;
                    done = true;
                }
            if (done)
                continue;
        }
        buf[o++] = *p++;
    }
    buf[o < sizeof(buf) ? o : sizeof(buf) - 1] = 0;
    return arena_strdup(&t->arena, buf);
}

static struct finding *report(struct ts *t, struct rule_def *def, struct ir_loc loc, const struct frame *fr,
                              const char *msg)
{
    return finding_add(t->out, def->id, def->severity, loc, fr->f->name, msg);
}

/* ---- transfer ------------------------------------------------------------------------------ */

struct dset {
    int n;
    struct dis *d[TS_MAX_DISJUNCTS];
};

static void run_func(struct ts *t, const struct frame *fr, struct dset *in, struct dset *out);

static struct dis *dup_dis(const struct dis *s)
{
    struct dis *c = malloc(sizeof(*c));
    if (!c)
        abort();
    *c = *s;
    return c;
}

/* Adds `s` (ownership passes) to the set unless an equal one is there; returns true if changed. */
static bool dset_add(struct dset *ds, struct dis *s)
{
    for (int i = 0; i < ds->n; i++)
        if (dis_eq(ds->d[i], s)) {
            free(s);
            return false;
        }
    if (ds->n < TS_MAX_DISJUNCTS) {
        ds->d[ds->n++] = s;
        return true;
    }
    struct dis before = *ds->d[ds->n - 1];
    dis_join(ds->d[ds->n - 1], s);
    free(s);
    return !dis_eq(&before, ds->d[ds->n - 1]);
}

static void dset_free(struct dset *ds)
{
    for (int i = 0; i < ds->n; i++)
        free(ds->d[i]);
    ds->n = 0;
}

static const struct ts_why *mk_why(struct ts *t, struct ir_loc loc, const char *msg, const struct ts_why *next)
{
    struct ts_why *w = arena_alloc(&t->arena, sizeof(*w));
    w->loc = loc;
    w->msg = msg;
    w->next = next;
    return w;
}

/* "'Helper' called here" for each inlined frame, innermost first. */
static const struct ts_why *frame_chain(struct ts *t, const struct frame *fr)
{
    if (!fr || !fr->parent)
        return NULL;
    struct ts_why *w = (struct ts_why *)mk_why(
        t, fr->call_loc, arena_printf(&t->arena, "'%s' called here", fr->f->name), frame_chain(t, fr->parent));
    w->frame = fr->id;
    return w;
}

static bool frame_in(const struct frame *fr, int id)
{
    for (; fr; fr = fr->parent)
        if (fr->parent && fr->id == id)
            return true;
    return false;
}

static bool why_has_frame(const struct ts_why *w, int id)
{
    for (; w; w = w->next)
        if (w->frame == id)
            return true;
    return false;
}

/* Notes telling how the state at a finding came about: the reason chain `w`, then the calls that
 * lead to the finding's frame — leaving out the calls both share, which explain nothing. */
static void story_notes(struct ts *t, struct finding *fd, const struct ts_why *w, const struct frame *fr)
{
    for (const struct ts_why *x = w; x; x = x->next)
        if (!x->frame || !frame_in(fr, x->frame))
            finding_note(t->out, fd, x->loc, x->msg);
    for (; fr && fr->parent; fr = fr->parent)
        if (!why_has_frame(w, fr->id))
            finding_note(t->out, fd, fr->call_loc, arena_printf(&t->arena, "'%s' called here", fr->f->name));
}

static void check_use(struct ts *t, const struct frame *fr, struct dis *s, const struct ir_event *e, const char *name,
                      int skip_arg)
{
    for (int r = 0; r < t->nrules; r++) {
        if (!t->rules[r].def->enabled)
            continue;
        for (int a = 0; a < e->nargs; a++) {
            if (a == skip_arg || e->args[a].kind != IR_V_PATH || !e->args[a].text)
                continue;
            const char *p = canon(t, s, rename_path(t, fr, e->args[a].text));
            struct obj *o = find_obj(s, r, p);
            if (!o || !(o->st & ST_INVALID))
                continue;
            const char *keys[] = {"path", "ddi"};
            const char *vals[] = {e->args[a].text, name};
            struct finding *fd = report(t, t->rules[r].def, e->loc, fr, fill(t, t->rules[r].error_msg, keys, vals, 2));
            if (fd)
                story_notes(t, fd, o->why, fr);
        }
    }
}

/* Applies a DDI call; may add split disjuncts to `extra`. */
static void ddi_call(struct ts *t, const struct frame *fr, struct dis *s, const struct ir_event *e, int ei,
                     struct dset *extra)
{
    const char *name = ddi_name(t, e);
    s->pend_call = ei;
    memset(&s->pend, 0, sizeof(s->pend));
    if (!name)
        return;
    /* call_status checks */
    for (int c = 0; c < t->nchecks; c++) {
        struct ts_check *ck = &t->checks[c];
        const struct rule_status_check *cc = ck->c;
        if (!ck->def->enabled || !ddis_has(&cc->ddis, name) || cc->arg >= e->nargs)
            continue;
        struct val v = value_of(t, fr, s, &e->args[cc->arg]);
        bool bad = cc->forbid ? val_is(&v, cc->status_val) : val_isnt(&v, cc->status_val);
        if (!bad && e->args[cc->arg].kind == IR_V_CONST && e->args[cc->arg].has_alt) {
            /* `c ? x : y`: one of the two constants is enough */
            struct val alt = v;
            alt.v = s32(e->args[cc->arg].alt);
            if (cc->forbid ? val_is(&alt, cc->status_val) : val_isnt(&alt, cc->status_val)) {
                bad = true;
                v = alt;
            }
        }
        if (!bad)
            continue;
        const char *keys[] = {"ddi", "status"};
        const char *vals[] = {name, status_text(t, &v, cc->status_val)};
        struct finding *fd = report(t, ck->def, e->loc, fr, fill(t, cc->message, keys, vals, 2));
        if (fd)
            story_notes(t, fd, NULL, fr);
    }
    /* request completions */
    if (t->req && t->not_pending) {
        bool is_completion = false;
        for (int i = 0; i < t->req->nddis; i++)
            is_completion |= strcmp(t->req->ddis[i], name) == 0;
        if (is_completion) {
            if (s->completed && t->not_pending->enabled) {
                const char *tmpl = t->not_pending->u.req.msg_twice;
                const char *keys[] = {"request", "ddi"};
                const char *vals[] = {t->req->request, name};
                struct finding *fd = report(t, t->not_pending, e->loc, fr, fill(t, tmpl, keys, vals, 2));
                if (fd)
                    story_notes(t, fd, s->comp_why, fr);
            }
            s->completed = 1;
            s->comp_why = mk_why(t, e->loc, arena_printf(&t->arena, "%s completed here by %s", t->req->request, name),
                                 frame_chain(t, fr));
        }
    }
    /* typestate rules */
    for (int r = 0; r < t->nrules; r++) {
        struct ts_rule *ru = &t->rules[r];
        if (!ru->def->enabled)
            continue;
        for (int c = 0; c < ru->ncreate; c++)
            if (ru->create[c].ddi && strcmp(ru->create[c].ddi, name) == 0 && ru->create[c].out_arg < e->nargs &&
                e->args[ru->create[c].out_arg].kind == IR_V_PATH) {
                const char *p = e->args[ru->create[c].out_arg].text;
                if (p[0] != '&')
                    continue;
                const char *place = canon_lhs(t, s, rename_path(t, fr, p + 1));
                kill_place(s, place);
                get_obj(s, r, place);
            }
    }
    int trans_arg = -1;
    for (int r = 0; r < t->nrules; r++) {
        struct ts_rule *ru = &t->rules[r];
        if (!ru->def->enabled)
            continue;
        for (int k = 0; k < ru->ntrans; k++) {
            const struct rule_ts_trans *tr = &ru->trans[k];
            if (!ddis_has(&tr->ddis, name) || tr->arg >= e->nargs || e->args[tr->arg].kind != IR_V_PATH)
                continue;
            trans_arg = tr->arg;
            check_use(t, fr, s, e, name, -1); /* a second completion is a use of an invalid handle */
            const char *p = canon(t, s, rename_path(t, fr, e->args[tr->arg].text));
            if (strstr(p, "[]"))
                continue; /* one element of an array of handles: not one object */
            struct obj *o = get_obj(s, r, p);
            if (!o)
                continue;
            if (tr->status_arg < 0 || tr->status_arg >= e->nargs) {
                const char *keys[] = {"ddi"};
                const char *vals[] = {name};
                o->st = ST_INVALID;
                o->why = mk_why(t, e->loc, fill(t, tr->note, keys, vals, 1), frame_chain(t, fr));
                continue;
            }
            struct val sv = value_of(t, fr, s, &e->args[tr->status_arg]);
            if (val_is(&sv, tr->status_val))
                continue; /* succeeded: the handle stays valid */
            bool must_fail = val_isnt(&sv, tr->status_val);
            struct dis *failed = must_fail ? s : dup_dis(s);
            struct obj *fo = get_obj(failed, r, p);
            const char *keys[] = {"ddi", "status"};
            const char *vals[] = {name, status_text(t, &sv, tr->status_val)};
            if (fo) {
                fo->st = ST_INVALID;
                fo->why = mk_why(t, e->loc, fill(t, tr->note, keys, vals, 2), frame_chain(t, fr));
            }
            const struct ir_val *sa = &e->args[tr->status_arg];
            if (!must_fail) {
                if (sa->kind == IR_V_PATH && sa->text) {
                    const char *sp = canon(t, s, rename_path(t, fr, sa->text));
                    struct val *fv = get_val(failed, sp);
                    if (fv)
                        val_add_ne(fv, tr->status_val);
                    struct val *ok = get_val(s, sp);
                    if (ok) {
                        memset(ok, 0, sizeof(*ok));
                        ok->path = sp;
                        ok->eq = true;
                        ok->v = tr->status_val;
                    }
                }
                dset_add(extra, failed);
            }
        }
    }
    if (trans_arg < 0)
        check_use(t, fr, s, e, name, -1);
}

static void transfer(struct ts *t, const struct frame *fr, struct dis *s, const struct ir_event *e, int ei,
                     struct dset *extra, struct dset *replaced, bool *was_replaced)
{
    *was_replaced = false;
    switch (e->kind) {
    case IR_ASSIGN: {
        if (!e->lhs)
            return;
        const char *l = canon_lhs(t, s, rename_path(t, fr, e->lhs));
        struct val keep;
        bool have = false;
        if (e->rhs.kind == IR_V_CALL && e->rhs.call == s->pend_call) {
            keep = s->pend;
            have = keep.eq || keep.nne;
        }
        const char *r = NULL;
        /* an array element stands for many objects: copying one gives no identity */
        if (e->rhs.kind == IR_V_PATH && e->rhs.text && !strstr(e->rhs.text, "[]"))
            r = canon(t, s, rename_path(t, fr, e->rhs.text));
        rehome(t, s, l);
        kill_place(s, l);
        if (r && strcmp(r, l) != 0 && !has_prefix(r, l) && s->na < NENT) {
            s->a[s->na].from = l;
            s->a[s->na++].to = r;
        }
        struct val *nv = NULL;
        if (e->rhs.kind == IR_V_CONST) {
            nv = get_val(s, l);
            if (nv) {
                nv->eq = true;
                nv->v = s32(e->rhs.cval);
            }
        } else if (have) {
            nv = get_val(s, l);
            if (nv) {
                keep.path = l;
                *nv = keep;
            }
        }
        return;
    }
    case IR_RETURN: {
        s->has_ret = true;
        s->ret = value_of(t, fr, s, &e->rhs);
        if (!fr->parent && t->req && e->rhs.kind != IR_V_NONE) {
            long long pending;
            if (!rule_status_value(t->d->rules, "NDIS_STATUS_PENDING", &pending))
                pending = 0x103;
            if (s->completed && val_isnt(&s->ret, pending) && t->not_pending && t->not_pending->enabled) {
                const char *tmpl = t->not_pending->u.req.msg_not_pending;
                const char *cddi = "?";
                for (int i = 0; i < t->req->nddis; i++)
                    if (s->comp_why && strstr(s->comp_why->msg, t->req->ddis[i]))
                        cddi = t->req->ddis[i];
                const char *keys[] = {"func", "status", "request", "ddi"};
                const char *vals[] = {fr->f->name, status_text(t, &s->ret, pending), t->req->request, cddi};
                struct finding *fd = report(t, t->not_pending, e->loc, fr, fill(t, tmpl, keys, vals, 4));
                if (fd)
                    story_notes(t, fd, s->comp_why, fr);
            }
            if (val_is(&s->ret, pending) && t->npending < 64) {
                bool dup = false;
                for (int i = 0; i < t->npending && !dup; i++)
                    dup = t->pending[i].f == fr->f && t->pending[i].loc.line == e->loc.line;
                if (!dup) {
                    t->pending[t->npending].req = t->req;
                    t->pending[t->npending].f = fr->f;
                    t->pending[t->npending++].loc = e->loc;
                }
            }
        }
        return;
    }
    case IR_CALL: break;
    }
    if (e->indirect || !e->callee)
        return;
    int g = dm_resolve(t->d, fr->f, e->callee);
    bool on_stack = false;
    int depth = 0;
    for (const struct frame *p = fr; p; p = p->parent, depth++)
        on_stack |= g >= 0 && p->f == t->d->funcs[g].ir;
    if (g < 0) {
        ddi_call(t, fr, s, e, ei, extra);
        return;
    }
    if (on_stack || depth >= 6 || t->budget <= 0) {
        s->pend_call = ei;
        memset(&s->pend, 0, sizeof(s->pend));
        return;
    }
    t->budget--;
    struct frame callee;
    memset(&callee, 0, sizeof(callee));
    callee.f = t->d->funcs[g].ir;
    callee.id = ++t->next_frame;
    callee.parent = fr;
    callee.call_loc = e->loc;
    callee.nargs = e->nargs;
    callee.args = e->args;
    callee.argpath = arena_alloc(&t->arena, sizeof(char *) * (size_t)(e->nargs + 1));
    for (int a = 0; a < e->nargs; a++)
        if (e->args[a].kind == IR_V_PATH && e->args[a].text)
            callee.argpath[a] = canon(t, s, rename_path(t, fr, e->args[a].text));
    struct dset cin = {0}, cout = {0};
    struct dis *start = dup_dis(s);
    start->has_ret = false;
    /* constant arguments become known values of the callee's parameters */
    for (int a = 0; a < e->nargs && a < callee.f->nparams; a++)
        if (e->args[a].kind == IR_V_CONST || (e->args[a].kind == IR_V_CALL && e->args[a].call == s->pend_call)) {
            struct val v = value_of(t, fr, s, &e->args[a]);
            if (!v.eq && !v.nne)
                continue;
            const char *pp = arena_printf(&t->arena, "@%d:%s", callee.id, callee.f->params[a]);
            struct val *nv = get_val(start, pp);
            if (nv) {
                v.path = pp;
                *nv = v;
            }
        }
    start->pend_call = -1;
    cin.d[cin.n++] = start;
    run_func(t, &callee, &cin, &cout);
    dset_free(&cin);
    if (cout.n == 0) {
        /* the callee never returns on any path we know: keep the caller going unchanged */
        s->pend_call = ei;
        memset(&s->pend, 0, sizeof(s->pend));
        return;
    }
    *was_replaced = true;
    for (int i = 0; i < cout.n; i++) {
        struct dis *r = cout.d[i];
        struct val ret = r->ret;
        bool hr = r->has_ret;
        drop_frame(r, callee.id);
        r->has_ret = s->has_ret;
        r->ret = s->ret;
        r->pend_call = ei;
        memset(&r->pend, 0, sizeof(r->pend));
        if (hr) {
            r->pend = ret;
            r->pend.path = "";
        }
        cout.d[i] = NULL;
        dset_add(replaced, r);
    }
}

/* Branch refinement: false when the edge is impossible for this disjunct. */
static bool refine(struct ts *t, const struct frame *fr, const struct ir_block *bl, const struct ir_edge *ed,
                   struct dis *s)
{
    const struct ir_cond *c = &bl->cond;
    if (ed->kind == IR_E_CASE || ed->kind == IR_E_DEFAULT) {
        if (!bl->switch_path)
            return true;
        const char *p = canon(t, s, rename_path(t, fr, bl->switch_path));
        struct val *v = get_val(s, p);
        if (!v)
            return true;
        if (ed->kind == IR_E_CASE) {
            long long x = s32(ed->case_val);
            if (val_isnt(v, x))
                return false;
            v->eq = true;
            v->v = x;
            v->nne = 0;
            return true;
        }
        for (size_t i = 0; i < bl->succs.len; i++) {
            const struct ir_edge *o = vec_at(&bl->succs, i);
            if (o->kind != IR_E_CASE)
                continue;
            if (val_is(v, s32(o->case_val)))
                return false;
            val_add_ne(v, s32(o->case_val));
        }
        return true;
    }
    if (ed->kind != IR_E_TRUE && ed->kind != IR_E_FALSE)
        return true;
    if (c->kind == IR_COND_NONE || !c->path)
        return true;
    bool want = (ed->kind == IR_E_TRUE) != c->negated;
    const char *p = canon(t, s, rename_path(t, fr, c->path));
    struct val *v = get_val(s, p);
    if (!v)
        return true;
    long long x = s32(c->cval);
    switch (c->kind) {
    case IR_COND_TRUTH:
        x = 0;
        want = !want; /* "p" is "p != 0" */
        /* fall through */
    case IR_COND_CMP:
        if (c->kind == IR_COND_CMP && c->op != IR_EQ && c->op != IR_NE) {
            if (!v->eq)
                return true;
            bool r;
            switch (c->op) {
            case IR_LT: r = v->v < x; break;
            case IR_LE: r = v->v <= x; break;
            case IR_GT: r = v->v > x; break;
            default: r = v->v >= x; break;
            }
            return r == want;
        }
        {
            bool is_eq = c->kind == IR_COND_TRUTH ? true : c->op == IR_EQ;
            bool holds_eq = is_eq ? want : !want; /* does p == x hold on this edge? */
            if (holds_eq) {
                if (val_isnt(v, x))
                    return false;
                v->eq = true;
                v->v = x;
                v->nne = 0;
            } else {
                if (val_is(v, x))
                    return false;
                val_add_ne(v, x);
            }
        }
        return true;
    case IR_COND_SUCCESS:
        if (v->eq)
            return (v->v >= 0) == want;
        if (want)
            return true;
        val_add_ne(v, 0);
        return true;
    default: return true;
    }
}

static void run_func(struct ts *t, const struct frame *fr, struct dset *in, struct dset *out)
{
    const struct ir_func *f = fr->f;
    int nb = (int)f->blocks.len;
    struct dset *at = calloc((size_t)nb, sizeof(*at));
    int *wl = malloc(sizeof(int) * ((size_t)nb + 1));
    bool *inq = calloc((size_t)nb, 1);
    if (!at || !wl || !inq)
        abort();
    for (int i = 0; i < in->n; i++)
        dset_add(&at[0], dup_dis(in->d[i]));
    int nwl = 0;
    wl[nwl++] = 0;
    inq[0] = true;
    long steps = 60L * nb + 200;
    while (nwl > 0 && steps-- > 0 && t->budget > 0) {
        int b = wl[--nwl];
        inq[b] = false;
        const struct ir_block *bl = ir_block(f, b);
        struct dset cur = {0};
        for (int i = 0; i < at[b].n; i++)
            dset_add(&cur, dup_dis(at[b].d[i]));
        for (size_t ei = 0; ei < bl->events.len; ei++) {
            const struct ir_event *e = ir_event_at(bl, (int)ei);
            struct dset next = {0};
            for (int i = 0; i < cur.n; i++) {
                struct dset extra = {0}, replaced = {0};
                bool was_replaced;
                transfer(t, fr, cur.d[i], e, (int)ei, &extra, &replaced, &was_replaced);
                if (was_replaced) {
                    for (int k = 0; k < replaced.n; k++)
                        dset_add(&next, replaced.d[k]);
                    free(cur.d[i]);
                } else
                    dset_add(&next, cur.d[i]);
                cur.d[i] = NULL;
                for (int k = 0; k < extra.n; k++)
                    dset_add(&next, extra.d[k]);
            }
            cur = next;
        }
        if (b == f->exit_block) {
            for (int i = 0; i < cur.n; i++)
                dset_add(out, dup_dis(cur.d[i]));
        }
        for (size_t si = 0; si < bl->succs.len; si++) {
            const struct ir_edge *ed = vec_at(&bl->succs, si);
            bool changed = false;
            for (int i = 0; i < cur.n; i++) {
                struct dis *c = dup_dis(cur.d[i]);
                if (!refine(t, fr, bl, ed, c)) {
                    free(c);
                    continue;
                }
                changed |= dset_add(&at[ed->target], c);
            }
            if (changed && !inq[ed->target]) {
                inq[ed->target] = true;
                wl[nwl++] = ed->target;
            }
        }
        dset_free(&cur);
    }
    for (int i = 0; i < nb; i++)
        dset_free(&at[i]);
    free(at);
    free(wl);
    free(inq);
}

/* ---- loading ------------------------------------------------------------------------------- */

/* Points the analysis at the typed definitions of the rule database (nothing is copied; the
 * database validated them). Returns 0. */
static int load(struct ts *t)
{
    struct rules *rs = t->d->rules;
    size_t nts = rule_count(rs, RULE_TYPESTATE), ncs = rule_count(rs, RULE_CALL_STATUS);
    t->rules = calloc(nts + 1, sizeof(*t->rules));
    if (!t->rules)
        abort();
    for (size_t i = 0; i < nts; i++) {
        struct ts_rule *r = &t->rules[t->nrules++];
        struct rule_def *d = rule_nth(rs, RULE_TYPESTATE, i);
        r->def = d;
        r->ncreate = d->u.ts.ncreate;
        r->create = d->u.ts.create;
        r->ntrans = d->u.ts.ntrans;
        r->trans = d->u.ts.trans;
        r->error_msg = d->u.ts.error_msg;
    }
    size_t nchecks = 0;
    for (size_t i = 0; i < ncs; i++)
        nchecks += (size_t)rule_nth(rs, RULE_CALL_STATUS, i)->u.cs.nchecks;
    t->checks = calloc(nchecks + 1, sizeof(*t->checks));
    if (!t->checks)
        abort();
    for (size_t i = 0; i < ncs; i++) {
        struct rule_def *d = rule_nth(rs, RULE_CALL_STATUS, i);
        for (int k = 0; k < d->u.cs.nchecks; k++) {
            t->checks[t->nchecks].def = d;
            t->checks[t->nchecks++].c = &d->u.cs.checks[k];
        }
    }
    t->not_pending = rule_request_def(rs, REQ_NOT_PENDING);
    t->never_completed = rule_request_def(rs, REQ_NEVER_COMPLETED);
    return 0;
}

/* ---- whole-driver rules ------------------------------------------------------------------- */

static void driver_role(struct ts *t, struct rule_def *d)
{
    if (!d->enabled || !t->d->kind)
        return; /* silent until the kind of driver is known */
    const char *mcm_glob = d->u.role.mcm_only;
    const struct rule_names *cm = &d->u.role.cm_only;
    const char *m_mcm = d->u.role.msg_mcm, *m_cm = d->u.role.msg_cm;
    char kind[256];
    unsigned k = t->d->kind;
    if (k & DK_CALL_MANAGER)
        snprintf(kind, sizeof(kind), "a stand-alone call manager");
    else if (k & DK_CLIENT)
        snprintf(kind, sizeof(kind), "a CoNDIS client");
    else {
        char kt[200];
        dm_kind_text(k, kt, sizeof(kt));
        bool an = strncmp(kt, "NDIS", 4) == 0 || strncmp(kt, "MCM", 3) == 0;
        snprintf(kind, sizeof(kind), "%s %s", an ? "an" : "a", kt);
    }
    for (int i = 0; i < t->d->nfuncs; i++) {
        const struct ir_func *f = t->d->funcs[i].ir;
        for (size_t b = 0; b < f->blocks.len; b++) {
            const struct ir_block *bl = ir_block(f, (int)b);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind != IR_CALL || e->indirect)
                    continue;
                const char *spelled = e->macro ? e->macro : e->callee;
                const char *msg = NULL;
                if (!(k & DK_MCM) && mcm_glob && m_mcm && fnmatch(mcm_glob, spelled, 0) == 0) {
                    const char *keys[] = {"ddi", "kind"};
                    const char *vals[] = {spelled, kind};
                    msg = fill(t, m_mcm, keys, vals, 2);
                } else if ((k & DK_MCM) && m_cm) {
                    for (int c = 0; c < cm->n && !msg; c++)
                        if (strcmp(cm->name[c], spelled) == 0) {
                            const char *mform = arena_printf(&t->arena, "NdisM%s", spelled + 4);
                            const char *keys[] = {"ddi", "mcm_form"};
                            const char *vals[] = {spelled, mform};
                            msg = fill(t, m_cm, keys, vals, 2);
                        }
                }
                if (!msg)
                    continue;
                struct finding *fd = finding_add(t->out, d->id, d->severity, e->loc, f->name, msg);
                if (fd && t->d->kind_ddi)
                    finding_note(
                        t->out, fd, t->d->kind_loc,
                        arena_printf(&t->arena, "the driver's kind is known from this call to %s", t->d->kind_ddi));
            }
        }
    }
}

static bool driver_calls_any(struct ts *t, const struct sap_request *q)
{
    for (int i = 0; i < t->d->nfuncs; i++) {
        const struct ir_func *f = t->d->funcs[i].ir;
        for (size_t b = 0; b < f->blocks.len; b++) {
            const struct ir_block *bl = ir_block(f, (int)b);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind != IR_CALL || e->indirect)
                    continue;
                const char *n = dm_call_name(t->d, e);
                for (int k = 0; n && k < q->nddis; k++)
                    if (strcmp(q->ddis[k], n) == 0 || (e->callee && strcmp(q->ddis[k], e->callee) == 0))
                        return true;
            }
        }
    }
    return false;
}

static void never_completed(struct ts *t)
{
    struct rule_def *d = t->never_completed;
    if (!d || !d->enabled || t->d->partial || t->d->missing_func)
        return; /* the completion may be in a file this run does not see */
    const char *tmpl = d->u.req.msg_never_completed;
    /* whether the driver completes each kind of request: one scan per kind, not per handler */
    size_t nreq = t->d->rules->requests.len;
    signed char *calls = calloc(nreq + 1, 1); /* 0 unknown, 1 yes, -1 no */
    if (!calls)
        abort();
    for (int i = 0; i < t->npending; i++) {
        const struct sap_request *q = t->pending[i].req;
        size_t qi = (size_t)(q - (const struct sap_request *)t->d->rules->requests.data);
        if (!calls[qi])
            calls[qi] = driver_calls_any(t, q) ? 1 : -1;
        if (calls[qi] > 0)
            continue;
        /* name the completion of this kind of driver: NdisMCm* in an MCM, NdisCm* otherwise */
        char ddis[256] = "";
        for (int k = 0; k < q->nddis; k++) {
            bool mcm_form = strncmp(q->ddis[k], "NdisMCm", 7) == 0;
            if (t->d->kind && mcm_form != ((t->d->kind & DK_MCM) != 0))
                continue;
            snprintf(ddis + strlen(ddis), sizeof(ddis) - strlen(ddis), "%s'%s'", ddis[0] ? " or " : "", q->ddis[k]);
        }
        const char *keys[] = {"func", "ddis", "request"};
        const char *vals[] = {t->pending[i].f->name, ddis, q->request};
        struct finding *fd = finding_add(t->out, d->id, d->severity, t->pending[i].loc, t->pending[i].f->name,
                                         fill(t, tmpl, keys, vals, 3));
        if (!fd)
            continue;
        int fi = -1;
        for (int k = 0; k < t->d->nfuncs; k++)
            if (t->d->funcs[k].ir == t->pending[i].f)
                fi = k;
        if (fi < 0)
            continue;
        for (size_t r = 0; r < t->d->funcs[fi].roles.len; r++) {
            const struct dm_role *ro = vec_at(&t->d->funcs[fi].roles, r);
            if (strcmp(ro->role, q->role) == 0)
                finding_note(t->out, fd, ro->loc,
                             arena_printf(&t->arena, "'%s' is a %s callback", t->pending[i].f->name, ro->role));
        }
    }
    free(calls);
}

/* True if a call names a DDI some loaded rule acts on. */
static bool relevant_call(struct ts *t, const struct ir_event *e)
{
    const char *n = ddi_name(t, e);
    if (!n)
        return false;
    for (int r = 0; r < t->nrules; r++) {
        for (int k = 0; k < t->rules[r].ntrans; k++)
            if (ddis_has(&t->rules[r].trans[k].ddis, n))
                return true;
        for (int c = 0; c < t->rules[r].ncreate; c++)
            if (t->rules[r].create[c].ddi && strcmp(t->rules[r].create[c].ddi, n) == 0)
                return true;
    }
    for (int c = 0; c < t->nchecks; c++)
        if (ddis_has(&t->checks[c].c->ddis, n))
            return true;
    for (size_t q = 0; q < t->d->rules->requests.len; q++) {
        const struct sap_request *sq = vec_at(&t->d->rules->requests, q);
        for (int k = 0; k < sq->nddis; k++)
            if (strcmp(sq->ddis[k], n) == 0)
                return true;
    }
    return false;
}

/* relevant[i]: function i, or a driver function it reaches, calls a DDI the rules act on. A root
 * reaching none of them can produce no handle state and no finding, so it is not analyzed.
 * Marked from the direct callers of the DDIs back along the reverse call graph, each function
 * once: linear in the number of calls however long the call chains are. */
static bool *relevant_funcs(struct ts *t)
{
    struct dm_driver *d = t->d;
    int n = d->nfuncs;
    bool *rel = calloc((size_t)n + 1, sizeof(bool));
    int *first = malloc(sizeof(int) * ((size_t)n + 1)); /* first caller edge of each callee, or -1 */
    int *work = malloc(sizeof(int) * ((size_t)n + 1));
    struct vec edges; /* {caller, next edge of the same callee} */
    vec_init(&edges, sizeof(int[2]));
    if (!rel || !first || !work)
        abort();
    int nwork = 0;
    for (int i = 0; i < n; i++)
        first[i] = -1;
    for (int i = 0; i < n; i++) {
        const struct ir_func *f = d->funcs[i].ir;
        for (size_t b = 0; b < f->blocks.len; b++) {
            const struct ir_block *bl = ir_block(f, (int)b);
            for (size_t ei = 0; ei < bl->events.len; ei++) {
                const struct ir_event *e = ir_event_at(bl, (int)ei);
                if (e->kind != IR_CALL || e->indirect)
                    continue;
                int g = dm_resolve(d, f, e->callee);
                if (g >= 0) {
                    int *ed = vec_push(&edges);
                    ed[0] = i;
                    ed[1] = first[g];
                    first[g] = (int)edges.len - 1;
                } else if (!rel[i] && relevant_call(t, e)) {
                    rel[i] = true;
                    work[nwork++] = i;
                }
            }
        }
    }
    while (nwork > 0) {
        int g = work[--nwork];
        for (int k = first[g]; k >= 0;) {
            const int *ed = vec_at(&edges, (size_t)k);
            if (!rel[ed[0]]) {
                rel[ed[0]] = true;
                work[nwork++] = ed[0];
            }
            k = ed[1];
        }
    }
    vec_free(&edges);
    free(first);
    free(work);
    return rel;
}

int ts_run(struct dm_driver *d, struct findings *fs)
{
    struct ts *t = calloc(1, sizeof(*t));
    if (!t)
        abort();
    t->d = d;
    t->out = fs;
    int rc = load(t);
    if (rc == 0) {
        bool *rel = relevant_funcs(t);
        for (int i = 0; i < d->nfuncs; i++) {
            struct dm_func *df = &d->funcs[i];
            if (df->ncallers > 0 && df->roles.len == 0)
                continue; /* analyzed in its callers' contexts */
            t->req = NULL;
            for (size_t r = 0; r < df->roles.len && !t->req; r++) {
                const struct dm_role *ro = vec_at(&df->roles, r);
                for (size_t q = 0; q < d->rules->requests.len; q++) {
                    const struct sap_request *sq = vec_at(&d->rules->requests, q);
                    if (strcmp(sq->role, ro->role) == 0)
                        t->req = sq;
                }
            }
            if (!rel[i] && !t->req)
                continue;
            struct frame root;
            memset(&root, 0, sizeof(root));
            root.f = df->ir;
            t->root = df->ir;
            t->budget = 400;
            struct dset in = {0}, out = {0};
            struct dis *s = calloc(1, sizeof(*s));
            if (!s)
                abort();
            s->pend_call = -1;
            in.d[in.n++] = s;
            run_func(t, &root, &in, &out);
            dset_free(&in);
            dset_free(&out);
        }
        free(rel);
        never_completed(t);
        for (size_t r = 0; r < rule_count(d->rules, RULE_DRIVER_ROLE); r++)
            driver_role(t, rule_nth(d->rules, RULE_DRIVER_ROLE, r));
    }
    arena_free(&t->arena);
    free(t->rules);
    free(t->checks);
    free(t);
    return rc;
}

/* ir.c — construction helpers, path normalization and the --dump-ir printer (see ir.h). */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

void ir_program_init(struct ir_program *p)
{
    memset(p, 0, sizeof(*p));
    strmap_init(&p->files);
    vec_init(&p->funcs, sizeof(struct ir_func *));
    vec_init(&p->role_decls, sizeof(struct ir_role_decl));
    vec_init(&p->bindings, sizeof(struct ir_binding));
    vec_init(&p->diags, sizeof(struct ir_diag));
    vec_init(&p->comments, sizeof(struct ir_comment));
    vec_init(&p->sals, sizeof(struct ir_sal));
    vec_init(&p->func_refs, sizeof(const char *));
    vec_init(&p->parts, sizeof(struct ir_program *));
}

static void vec_append(struct vec *dst, const struct vec *src)
{
    for (size_t i = 0; i < src->len; i++)
        memcpy(vec_push(dst), vec_at(src, i), src->item);
}

void ir_program_merge(struct ir_program *p, struct ir_program *part)
{
    vec_append(&p->funcs, &part->funcs);
    vec_append(&p->role_decls, &part->role_decls);
    vec_append(&p->bindings, &part->bindings);
    vec_append(&p->diags, &part->diags);
    vec_append(&p->comments, &part->comments);
    vec_append(&p->sals, &part->sals);
    vec_append(&p->func_refs, &part->func_refs);
    /* `p` now frees the functions' blocks; the part keeps its arena (names, events) until then */
    vec_free(&part->funcs);
    vec_free(&part->role_decls);
    vec_free(&part->bindings);
    vec_free(&part->diags);
    vec_free(&part->comments);
    vec_free(&part->sals);
    vec_free(&part->func_refs);
    *(struct ir_program **)vec_push(&p->parts) = part;
}

void ir_program_free(struct ir_program *p)
{
    for (size_t i = 0; i < p->funcs.len; i++) {
        struct ir_func *f = *(struct ir_func **)vec_at(&p->funcs, i);
        for (size_t b = 0; b < f->blocks.len; b++) {
            struct ir_block *bl = vec_at(&f->blocks, b);
            vec_free(&bl->events);
            vec_free(&bl->succs);
        }
        vec_free(&f->blocks);
        vec_free(&f->locals);
    }
    vec_free(&p->funcs);
    for (size_t i = 0; i < p->parts.len; i++) {
        struct ir_program *part = *(struct ir_program **)vec_at(&p->parts, i);
        ir_program_free(part);
        free(part);
    }
    vec_free(&p->parts);
    vec_free(&p->role_decls);
    vec_free(&p->bindings);
    vec_free(&p->diags);
    vec_free(&p->comments);
    vec_free(&p->sals);
    vec_free(&p->func_refs);
    strmap_free(&p->files);
    arena_free(&p->arena);
}

const char *ir_intern(struct ir_program *p, const char *s)
{
    if (!s)
        return NULL;
    const char *v = strmap_get(&p->files, s);
    if (v)
        return v;
    char *d = arena_strdup(&p->arena, s);
    strmap_put(&p->files, d, d);
    return d;
}

struct ir_func *ir_func_new(struct ir_program *p, const char *name)
{
    struct ir_func *f = arena_alloc(&p->arena, sizeof(*f));
    f->name = arena_strdup(&p->arena, name);
    vec_init(&f->blocks, sizeof(struct ir_block));
    vec_init(&f->locals, sizeof(const char *));
    *(struct ir_func **)vec_push(&p->funcs) = f;
    return f;
}

int ir_block_new(struct ir_func *f)
{
    struct ir_block *b = vec_push(&f->blocks);
    b->id = (int)f->blocks.len - 1;
    vec_init(&b->events, sizeof(struct ir_event));
    vec_init(&b->succs, sizeof(struct ir_edge));
    return b->id;
}

struct ir_block *ir_block(const struct ir_func *f, int id)
{
    return vec_at(&f->blocks, (size_t)id);
}

struct ir_event *ir_event_at(const struct ir_block *b, int i)
{
    return vec_at(&b->events, (size_t)i);
}

bool ir_each_call(const struct ir_func *f, bool (*fn)(void *ctx, const struct ir_event *call), void *ctx)
{
    for (size_t b = 0; b < f->blocks.len; b++) {
        const struct ir_block *bl = ir_block(f, (int)b);
        for (size_t i = 0; i < bl->events.len; i++) {
            const struct ir_event *e = ir_event_at(bl, (int)i);
            if (e->kind == IR_CALL && !e->indirect && fn(ctx, e))
                return true;
        }
    }
    return false;
}

void ir_edge_add(struct ir_func *f, int from, int to, enum ir_edge_kind kind, long long case_val)
{
    struct ir_edge *e = vec_push(&ir_block(f, from)->succs);
    e->target = to;
    e->kind = kind;
    e->case_val = case_val;
}

const char *ir_path_normalize(struct ir_program *p, const char *path)
{
    size_t n = strlen(path);
    char *buf = arena_alloc(&p->arena, n + 1);
    memcpy(buf, path, n + 1);
    bool changed = true;
    while (changed) {
        changed = false;
        char *q;
        if ((q = strstr(buf, "*&")) != NULL) {
            memmove(q, q + 2, strlen(q + 2) + 1);
            changed = true;
        } else if ((q = strstr(buf, "&*")) != NULL) {
            memmove(q, q + 2, strlen(q + 2) + 1);
            changed = true;
        } else if (buf[0] == '(' && buf[1] == '&') {
            /* "(&x)->f" -> "x.f" */
            char *close = strchr(buf, ')');
            if (close && close[1] == '-' && close[2] == '>') {
                size_t inner = (size_t)(close - (buf + 2));
                char *tmp = arena_alloc(&p->arena, n + 1);
                memcpy(tmp, buf + 2, inner);
                tmp[inner] = '.';
                strcpy(tmp + inner + 1, close + 3);
                strcpy(buf, tmp);
                changed = true;
            }
        }
    }
    return buf;
}

static const char *cmp_text(enum ir_cmp op)
{
    static const char *t[] = {"==", "!=", "<", "<=", ">", ">="};
    return t[op];
}

void ir_dump_val(FILE *out, const struct ir_val *v)
{
    switch (v->kind) {
    case IR_V_NONE: fputs("-", out); break;
    case IR_V_CONST:
        if (v->text)
            fprintf(out, "%s=%lld", v->text, v->cval);
        else
            fprintf(out, "%lld", v->cval);
        if (v->has_alt)
            fprintf(out, "|%lld", v->alt);
        break;
    case IR_V_PATH: fprintf(out, "%s", v->text); break;
    case IR_V_CALL: fprintf(out, "call#%d", v->call); break;
    case IR_V_FUNC: fprintf(out, "func:%s", v->text); break;
    case IR_V_OTHER: fputs("?", out); break;
    }
}

static void dump_cond(FILE *out, const struct ir_cond *c)
{
    if (c->negated)
        fputs("!", out);
    switch (c->kind) {
    case IR_COND_NONE:
        if (c->has_call)
            fprintf(out, "(call#%d %s %lld)", c->call, cmp_text(c->op), c->cval);
        else
            fputs("?", out);
        break;
    case IR_COND_CMP:
        fprintf(out, "(%s %s ", c->path, cmp_text(c->op));
        if (c->ctext)
            fprintf(out, "%s=", c->ctext);
        fprintf(out, "%lld)", c->cval);
        break;
    case IR_COND_TRUTH: fprintf(out, "(%s)", c->path); break;
    case IR_COND_SUCCESS: fprintf(out, "NT_SUCCESS(%s)", c->path); break;
    }
}

void ir_dump_func(FILE *out, const struct ir_func *f)
{
    fprintf(out, "function %s%s%s at %u:%u\n", f->name, f->is_static ? " static" : "", f->invalid ? " invalid" : "",
            f->loc.line, f->loc.col);
    for (size_t bi = 0; bi < f->blocks.len; bi++) {
        const struct ir_block *b = ir_block(f, (int)bi);
        fprintf(out, "  block %d%s%s\n", b->id, b->id == 0 ? " (entry)" : "", b->id == f->exit_block ? " (exit)" : "");
        for (size_t i = 0; i < b->events.len; i++) {
            const struct ir_event *e = ir_event_at(b, (int)i);
            fprintf(out, "    %zu: ", i);
            switch (e->kind) {
            case IR_CALL:
                fprintf(out, "call %s", e->indirect ? "<indirect>" : e->callee);
                if (e->macro)
                    fprintf(out, " [macro %s]", e->macro);
                fputs("(", out);
                for (int a = 0; a < e->nargs; a++) {
                    if (a)
                        fputs(", ", out);
                    ir_dump_val(out, &e->args[a]);
                }
                fputs(")", out);
                break;
            case IR_ASSIGN:
                fprintf(out, "assign %s := ", e->lhs ? e->lhs : "?");
                ir_dump_val(out, &e->rhs);
                if (e->bits_set)
                    fprintf(out, " (|= 0x%llx)", e->bits_set);
                if (e->bits_cleared)
                    fprintf(out, " (&= ~0x%llx)", e->bits_cleared);
                break;
            case IR_RETURN:
                fputs("return ", out);
                ir_dump_val(out, &e->rhs);
                break;
            }
            fprintf(out, " @%u:%u\n", e->loc.line, e->loc.col);
        }
        if (b->succs.len) {
            fputs("    -> ", out);
            for (size_t s = 0; s < b->succs.len; s++) {
                const struct ir_edge *ed = vec_at(&b->succs, s);
                if (s)
                    fputs(", ", out);
                switch (ed->kind) {
                case IR_E_ALWAYS: fprintf(out, "%d", ed->target); break;
                case IR_E_TRUE:
                    fprintf(out, "%d if ", ed->target);
                    dump_cond(out, &b->cond);
                    break;
                case IR_E_FALSE:
                    fprintf(out, "%d if not ", ed->target);
                    dump_cond(out, &b->cond);
                    break;
                case IR_E_CASE:
                    fprintf(out, "%d if %s == %lld", ed->target, b->switch_path ? b->switch_path : "?", ed->case_val);
                    break;
                case IR_E_DEFAULT: fprintf(out, "%d default", ed->target); break;
                }
            }
            fputs("\n", out);
        }
    }
}

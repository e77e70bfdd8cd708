/*
 * compile_match.c: the `match` statement (PEP 634), compiled as CPython 3.11 compiles it.
 *
 * Two passes per case, both following CPython's Python/compile.c (compiler_match and the
 * compiler_pattern* family):
 *
 * 1. mo_match_check_case raises the SyntaxErrors CPython's code generator raises for patterns.
 *    Their message and position depend on the order in which CPython walks the pattern, so the
 *    check replays that walk over the AST without emitting anything: `loc` follows CPython's
 *    "current location" (set on entering every pattern it visits, never restored), the names
 *    bound so far are collected per case, and or-patterns collect each alternative's names
 *    separately, compare them as sets with the first alternative's and then add the first
 *    alternative's names to the enclosing list. Sub-patterns CPython does not visit (wildcards in
 *    class patterns, all-wildcard sequences, the wildcards of a sequence with `*_`) are skipped
 *    here too, because visiting them would move `loc`. It runs right before its case is compiled,
 *    so errors in case bodies and in later patterns come in CPython's order.
 *
 * 2. The code generation (below, "code generation") then assumes a valid pattern. It reaches
 *    the compiler's helpers through the mo_cc_* wrappers of compiler_internal.h.
 */
#include <stdbool.h>
#include <stddef.h>

#include "../core/object.h"
#include "../parse/parser.h"
#include "compiler_internal.h"

typedef struct Names {
    MoObject **items; /* borrowed identifiers (the tree owns them) */
    size_t len, cap;
} Names;

typedef struct Ctx {
    const char *filename;
    const char *src;
    size_t srclen;
    const MoAstPattern *loc;
    bool allow_irrefutable;
    Names *stores;
} Ctx;

static void names_free(Names *n) {
    mo_free(n->items);
    n->items = NULL;
    n->len = n->cap = 0;
}

static bool names_contains(const Names *n, MoObject *name) {
    for (size_t i = 0; i < n->len; i++)
        if (mo_str_eq(n->items[i], name)) return true;
    return false;
}

static int names_add(Names *n, MoObject *name) {
    if (n->len == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 8;
        MoObject **items = mo_realloc(n->items, cap * sizeof *items);
        if (!items) return -1;
        n->items = items;
        n->cap = cap;
    }
    n->items[n->len++] = name;
    return 0;
}

static int error(Ctx *x, const char *msg) {
    const MoAstPattern *p = x->loc;
    mo_syntax_error_at(&mo_SyntaxError, msg, x->filename, x->src, x->srclen, p->lineno, p->col_offset,
                       p->end_lineno, p->end_col_offset);
    return -1;
}

/* As error() with one object directive (%R or %U) in fmt. */
static int error_obj(Ctx *x, const char *fmt, MoObject *o) {
    MoObject *msg = mo_format(fmt, o);
    if (!msg) return -1;
    error(x, MO_STR_UTF8(msg));
    mo_decref(msg);
    return -1;
}

static bool is_wildcard(const MoAstPattern *p) {
    return p->kind == MO_PAT_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(const MoAstPattern *p) {
    return p->kind == MO_PAT_MatchStar && !p->v.MatchStar.name;
}

/* CPython's pattern_helper_store_name. */
static int store_name(Ctx *x, MoObject *name) {
    if (!name) return 0;
    if (mo_str_eq_cstr(name, "__debug__")) return error(x, "cannot assign to __debug__");
    if (names_contains(x->stores, name)) return error_obj(x, "multiple assignments to name %R in pattern", name);
    return names_add(x->stores, name);
}

static int visit(Ctx *x, const MoAstPattern *p);

/* Sub-patterns of sequences, mappings and classes may always be irrefutable. */
static int visit_sub(Ctx *x, const MoAstPattern *p) {
    bool allow = x->allow_irrefutable;
    x->allow_irrefutable = true;
    int r = visit(x, p);
    x->allow_irrefutable = allow;
    return r;
}

static int visit_sequence(Ctx *x, const MoAstPattern *p) {
    const MoAstPatternSeq *pats = &p->v.MatchSequence.patterns;
    size_t star = (size_t)-1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < pats->len; i++) {
        const MoAstPattern *q = pats->items[i];
        if (q->kind == MO_PAT_MatchStar) {
            if (star != (size_t)-1) return error(x, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    if (only_wildcard) return 0;
    for (size_t i = 0; i < pats->len; i++) {
        const MoAstPattern *q = pats->items[i];
        /* With `*_` CPython indexes the items and skips the wildcards. */
        if (star_wildcard && (i == star || is_wildcard(q))) continue;
        if (visit_sub(x, q) < 0) return -1;
    }
    return 0;
}

/* The constant a mapping key folds to (CPython folds `-1` and `1+2j` before compiling): a new
 * reference, NULL with *err = false if the key is not a constant (an attribute lookup), NULL with
 * *err = true on error. */
static MoObject *fold_key(const MoAstExpr *e, bool *err) {
    *err = false;
    if (e->kind == MO_EXPR_Constant) return mo_newref(e->v.Constant.value);
    if (e->kind == MO_EXPR_UnaryOp && e->v.UnaryOp.op == MO_AST_USub) {
        MoObject *v = fold_key(e->v.UnaryOp.operand, err);
        if (!v) return NULL;
        MoObject *r = mo_unaryop(v, MO_NEG);
        mo_decref(v);
        if (!r) *err = true;
        return r;
    }
    if (e->kind == MO_EXPR_BinOp && (e->v.BinOp.op == MO_ADD || e->v.BinOp.op == MO_SUB)) {
        MoObject *a = fold_key(e->v.BinOp.left, err);
        if (!a) return NULL;
        MoObject *b = fold_key(e->v.BinOp.right, err);
        if (!b) {
            mo_decref(a);
            return NULL;
        }
        MoObject *r = mo_binop(a, b, e->v.BinOp.op);
        mo_decref(a);
        mo_decref(b);
        if (!r) *err = true;
        return r;
    }
    return NULL;
}

/* CPython keeps the literal keys seen so far in a set: equal keys (1, 1.0, True) are duplicates. */
static int check_mapping_keys(Ctx *x, const MoAstExprSeq *keys) {
    MoObject **seen = NULL;
    size_t nseen = 0;
    int r = 0;
    if (keys->len) {
        seen = mo_alloc(keys->len * sizeof *seen);
        if (!seen) return -1;
    }
    for (size_t i = 0; i < keys->len && r == 0; i++) {
        const MoAstExpr *k = keys->items[i];
        bool err;
        MoObject *v = fold_key(k, &err);
        if (!v) {
            if (err) r = -1;
            else if (k->kind != MO_EXPR_Attribute)
                r = error(x, "mapping pattern keys may only match literals and attribute lookups");
            continue;
        }
        for (size_t j = 0; j < nseen && r == 0; j++) {
            int eq = mo_richcompare_bool(seen[j], v, MO_EQ);
            if (eq < 0) r = -1;
            else if (eq) r = error_obj(x, "mapping pattern checks duplicate key (%R)", v);
        }
        if (r == 0) seen[nseen++] = v;
        else mo_decref(v);
    }
    for (size_t j = 0; j < nseen; j++) mo_decref(seen[j]);
    mo_free(seen);
    return r;
}

static int visit_mapping(Ctx *x, const MoAstPattern *p) {
    const MoAstExprSeq *keys = &p->v.MatchMapping.keys;
    const MoAstPatternSeq *pats = &p->v.MatchMapping.patterns;
    if (!keys->len && !p->v.MatchMapping.rest) return 0;
    if (check_mapping_keys(x, keys) < 0) return -1;
    for (size_t i = 0; i < pats->len; i++)
        if (visit_sub(x, pats->items[i]) < 0) return -1;
    return store_name(x, p->v.MatchMapping.rest);
}

static int visit_class(Ctx *x, const MoAstPattern *p) {
    const MoAstPatternSeq *pos = &p->v.MatchClass.patterns;
    const MoAstIdentSeq *attrs = &p->v.MatchClass.kwd_attrs;
    const MoAstPatternSeq *kwp = &p->v.MatchClass.kwd_patterns;
    if (attrs->len) {
        /* CPython's validate_kwd_attrs: errors point at the keyword's pattern. */
        for (size_t i = 0; i < attrs->len; i++) {
            x->loc = kwp->items[i];
            if (mo_str_eq_cstr(attrs->items[i], "__debug__")) return error(x, "cannot assign to __debug__");
            for (size_t j = i + 1; j < attrs->len; j++) {
                if (mo_str_eq(attrs->items[i], attrs->items[j])) {
                    x->loc = kwp->items[j];
                    return error_obj(x, "attribute name repeated in class pattern: %U", attrs->items[i]);
                }
            }
        }
        x->loc = p;
    }
    for (size_t i = 0; i < pos->len + kwp->len; i++) {
        const MoAstPattern *q = i < pos->len ? pos->items[i] : kwp->items[i - pos->len];
        if (is_wildcard(q)) continue;
        if (visit_sub(x, q) < 0) return -1;
    }
    return 0;
}

static int visit_or(Ctx *x, const MoAstPattern *p) {
    const MoAstPatternSeq *alts = &p->v.MatchOr.patterns;
    Names *outer = x->stores;
    bool allow = x->allow_irrefutable;
    Names control = {0}, cur = {0};
    int r = 0;
    for (size_t i = 0; i < alts->len && r == 0; i++) {
        const MoAstPattern *alt = alts->items[i];
        x->loc = alt;
        cur = (Names){0};
        x->stores = &cur;
        x->allow_irrefutable = i + 1 == alts->len && allow;
        r = visit(x, alt);
        if (r < 0) break;
        if (i == 0) {
            control = cur;
            cur = (Names){0};
            continue;
        }
        bool same = cur.len == control.len;
        for (size_t k = 0; same && k < control.len; k++) same = names_contains(&cur, control.items[k]);
        if (!same) r = error(x, "alternative patterns bind different names");
        names_free(&cur);
    }
    names_free(&cur);
    x->stores = outer;
    x->allow_irrefutable = allow;
    for (size_t k = 0; r == 0 && k < control.len; k++) r = store_name(x, control.items[k]);
    names_free(&control);
    return r;
}

static int visit(Ctx *x, const MoAstPattern *p) {
    x->loc = p;
    switch (p->kind) {
    case MO_PAT_MatchValue:
    case MO_PAT_MatchSingleton:
        return 0;
    case MO_PAT_MatchSequence:
        return visit_sequence(x, p);
    case MO_PAT_MatchMapping:
        return visit_mapping(x, p);
    case MO_PAT_MatchClass:
        return visit_class(x, p);
    case MO_PAT_MatchStar:
        return store_name(x, p->v.MatchStar.name);
    case MO_PAT_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!x->allow_irrefutable) {
                if (p->v.MatchAs.name)
                    return error_obj(x, "name capture %R makes remaining patterns unreachable", p->v.MatchAs.name);
                return error(x, "wildcard makes remaining patterns unreachable");
            }
            return store_name(x, p->v.MatchAs.name);
        }
        if (visit(x, p->v.MatchAs.pattern) < 0) return -1;
        return store_name(x, p->v.MatchAs.name);
    case MO_PAT_MatchOr:
        return visit_or(x, p);
    }
    return 0;
}

int mo_match_check_case(const MoAstStmt *s, size_t index, const char *filename, const char *src, size_t srclen) {
    const MoAstMatchCaseSeq *cases = &s->v.Match.cases;
    if (index >= cases->len) return 0;
    /* CPython compiles a trailing `case _:` without visiting its pattern. */
    bool has_default = cases->len > 1 && is_wildcard(cases->items[cases->len - 1]->pattern);
    if (index + (has_default ? 1 : 0) >= cases->len) return 0;
    const MoAstMatchCase *mc = cases->items[index];
    Names stores = {0};
    Ctx x = {filename, src, srclen, mc->pattern, mc->guard != NULL || index + 1 == cases->len, &stores};
    int r = visit(&x, mc->pattern);
    names_free(&stores);
    return r;
}

/* ---- code generation ----------------------------------------------------------------------------
 * A port of CPython 3.11's compiler_pattern family. The value a pattern matches is on top of the
 * stack and the pattern consumes it. Captured values are not stored as they match: each is moved
 * (with SWAPs) below the items still being matched and below the earlier captures, and the names
 * are stored only after the whole pattern matched, so a failed case binds nothing. `on_top`
 * counts the items above the captures that a failure must pop besides the captures themselves;
 * failing jumps go to fail_pop[on_top + ncaptures], the head of a chain of POP_TOPs emitted after
 * the pattern (ensure_fail_pop / emit_fail_pop). An or-pattern compiles each alternative with a
 * fresh context on a copy of the value, then rotates the first alternative's captures into place;
 * the later alternatives' captures are reordered on the stack to the first one's order. */

typedef struct Pc {
    MoObject **stores; /* captured names in order (borrowed from the tree) */
    size_t nstores, capstores;
    int *fail_pop;     /* fail_pop[i]: pop i items, then fail */
    size_t fail_pop_size;
    size_t on_top;
} Pc;

static void pc_free(Pc *pc) {
    mo_free(pc->stores);
    mo_free(pc->fail_pop);
    pc->stores = NULL;
    pc->fail_pop = NULL;
    pc->nstores = pc->capstores = pc->fail_pop_size = 0;
}

static int pc_add_store(Pc *pc, MoObject *name) {
    if (pc->nstores == pc->capstores) {
        size_t cap = pc->capstores ? pc->capstores * 2 : 8;
        MoObject **s = mo_realloc(pc->stores, cap * sizeof *s);
        if (!s) return -1;
        pc->stores = s;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static ptrdiff_t pc_index(const Pc *pc, MoObject *name) {
    for (size_t i = 0; i < pc->nstores; i++)
        if (mo_str_eq(pc->stores[i], name)) return (ptrdiff_t)i;
    return -1;
}

#define EMIT(op, arg) do { if (mo_cc_emit(c, MO_OP_##op, (uint32_t)(arg)) < 0) return -1; } while (0)
#define CHECK(x) do { if ((x) < 0) return -1; } while (0)

static int ensure_fail_pop(Compiler *c, Pc *pc, size_t n) {
    size_t size = n + 1;
    if (size <= pc->fail_pop_size) return 0;
    int *f = mo_realloc(pc->fail_pop, size * sizeof *f);
    if (!f) return -1;
    pc->fail_pop = f;
    while (pc->fail_pop_size < size) {
        int l = mo_cc_new_label(c);
        if (l < 0) return -1;
        pc->fail_pop[pc->fail_pop_size++] = l;
    }
    return 0;
}

/* Emits op (a jump) to the failure path, popping what this context holds. */
static int jump_to_fail_pop(Compiler *c, Pc *pc, MoOpcode op) {
    size_t pops = pc->on_top + pc->nstores;
    CHECK(ensure_fail_pop(c, pc, pops));
    return mo_cc_emit(c, op, (uint32_t)pc->fail_pop[pops]);
}

/* Emits the POP_TOP chain and forgets the labels; control falls out at fail_pop[0]. */
static int emit_fail_pop(Compiler *c, Pc *pc) {
    if (!pc->fail_pop_size) return 0;
    while (--pc->fail_pop_size) {
        mo_cc_use_label(c, pc->fail_pop[pc->fail_pop_size]);
        EMIT(POP_TOP, 0);
    }
    mo_cc_use_label(c, pc->fail_pop[0]);
    mo_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 0;
}

/* Moves the top of the stack below the count - 1 items under it. */
static int rotate(Compiler *c, size_t count) {
    while (count > 1) EMIT(SWAP, count--);
    return 0;
}

static int store_capture(Compiler *c, MoObject *name, Pc *pc) {
    if (!name) {
        EMIT(POP_TOP, 0);
        return 0;
    }
    CHECK(rotate(c, pc->on_top + pc->nstores + 1));
    return pc_add_store(pc, name);
}

static int emit_int(Compiler *c, int64_t v) {
    MoObject *n = mo_int_from_i64(v);
    if (!n) return -1;
    int r = mo_cc_emit_const(c, n);
    mo_decref(n);
    return r;
}

static int gen(Compiler *c, const MoAstPattern *p, Pc *pc);

/* Sub-patterns need nothing special here: the irrefutability rules are mo_match_check_case's. */
#define gen_sub gen

static int error_pattern(Compiler *c, const MoAstPattern *p, const char *msg) {
    return mo_cc_error_at(c, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, msg);
}

static int gen_sequence(Compiler *c, const MoAstPattern *p, Pc *pc) {
    const MoAstPatternSeq *pats = &p->v.MatchSequence.patterns;
    size_t size = pats->len, star = (size_t)-1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; i++) {
        const MoAstPattern *q = pats->items[i];
        if (q->kind == MO_PAT_MatchStar) {
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    EMIT(MATCH_SEQUENCE, 0);
    CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    if (star == (size_t)-1) {
        EMIT(GET_LEN, 0);
        CHECK(emit_int(c, (int64_t)size));
        EMIT(COMPARE_OP, MO_EQ);
        CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        EMIT(GET_LEN, 0);
        CHECK(emit_int(c, (int64_t)size - 1));
        EMIT(COMPARE_OP, MO_GE);
        CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        EMIT(POP_TOP, 0);
        return 0;
    }
    if (star_wildcard) {
        /* `[a, *_, b]`: index the items instead of unpacking them all. */
        pc->on_top++;
        for (size_t i = 0; i < size; i++) {
            const MoAstPattern *q = pats->items[i];
            if (i == star || is_wildcard(q)) continue;
            EMIT(COPY, 1);
            if (i < star) {
                CHECK(emit_int(c, (int64_t)i));
            } else {
                /* The subject may not support negative indexes. */
                EMIT(GET_LEN, 0);
                CHECK(emit_int(c, (int64_t)(size - i)));
                EMIT(BINARY_OP, MO_SUB);
            }
            EMIT(BINARY_SUBSCR, 0);
            CHECK(gen_sub(c, q, pc));
        }
        pc->on_top--;
        EMIT(POP_TOP, 0);
        return 0;
    }
    if (star == (size_t)-1) {
        EMIT(UNPACK_SEQUENCE, size);
    } else {
        size_t after = size - star - 1;
        if (star > 255 || after > 0xffff) return error_pattern(c, p, "too many sub-patterns");
        EMIT(UNPACK_EX, star | (after << 8));
    }
    pc->on_top += size;
    for (size_t i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(gen_sub(c, pats->items[i], pc));
    }
    return 0;
}

static int gen_mapping(Compiler *c, const MoAstPattern *p, Pc *pc) {
    const MoAstExprSeq *keys = &p->v.MatchMapping.keys;
    const MoAstPatternSeq *pats = &p->v.MatchMapping.patterns;
    MoObject *rest = p->v.MatchMapping.rest;
    size_t size = keys->len;
    pc->on_top++;
    EMIT(MATCH_MAPPING, 0);
    CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    if (!size && !rest) {
        pc->on_top--;
        EMIT(POP_TOP, 0);
        return 0;
    }
    if (size) {
        EMIT(GET_LEN, 0);
        CHECK(emit_int(c, (int64_t)size));
        EMIT(COMPARE_OP, MO_GE);
        CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    }
    for (size_t i = 0; i < size; i++) CHECK(mo_cc_visit_expr(c, keys->items[i]));
    EMIT(BUILD_TUPLE, size);
    EMIT(MATCH_KEYS, 0);
    /* subject, keys, values-or-None */
    pc->on_top += 2;
    EMIT(COPY, 1);
    CHECK(mo_cc_emit_const(c, mo_None));
    EMIT(IS_OP, 1);
    CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    EMIT(UNPACK_SEQUENCE, size);
    pc->on_top += size;
    pc->on_top--;
    for (size_t i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(gen_sub(c, pats->items[i], pc));
    }
    /* A match: what follows consumes the keys and the subject. */
    pc->on_top -= 2;
    if (rest) {
        EMIT(COPY_DICT_WITHOUT_KEYS, 0); /* subject, rest */
        EMIT(SWAP, 2);
        EMIT(POP_TOP, 0);
        return store_capture(c, rest, pc);
    }
    EMIT(POP_TOP, 0);
    EMIT(POP_TOP, 0);
    return 0;
}

static int gen_class(Compiler *c, const MoAstPattern *p, Pc *pc) {
    const MoAstPatternSeq *pos = &p->v.MatchClass.patterns;
    const MoAstIdentSeq *attrs = &p->v.MatchClass.kwd_attrs;
    const MoAstPatternSeq *kwp = &p->v.MatchClass.kwd_patterns;
    size_t nargs = pos->len, nattrs = attrs->len;
    CHECK(mo_cc_visit_expr(c, p->v.MatchClass.cls));
    MoObject *names = mo_tuple_new(nattrs);
    if (!names) return -1;
    for (size_t i = 0; i < nattrs; i++) MO_TUPLE_SET(names, i, mo_newref(attrs->items[i]));
    int r = mo_cc_emit_const(c, names);
    mo_decref(names);
    CHECK(r);
    EMIT(MATCH_CLASS, nargs);
    EMIT(COPY, 1);
    CHECK(mo_cc_emit_const(c, mo_None));
    EMIT(IS_OP, 1);
    /* The attributes tuple (or None) replaced the subject. */
    pc->on_top++;
    CHECK(jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE));
    EMIT(UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs;
    pc->on_top--;
    for (size_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const MoAstPattern *q = i < nargs ? pos->items[i] : kwp->items[i - nargs];
        if (is_wildcard(q)) {
            EMIT(POP_TOP, 0);
            continue;
        }
        CHECK(gen_sub(c, q, pc));
    }
    return 0;
}

static int gen_or(Compiler *c, const MoAstPattern *p, Pc *pc) {
    const MoAstPatternSeq *alts = &p->v.MatchOr.patterns;
    int end = mo_cc_new_label(c);
    if (end < 0) return -1;
    Pc alt = {0}; /* each alternative's own context: pc is not touched until the end */
    Pc control = {0}; /* the first alternative's captures */
    int r = 0;
    for (size_t i = 0; i < alts->len && r == 0; i++) {
        const MoAstPattern *a = alts->items[i];
        MoCcPos pos = mo_cc_set_pos(c, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
        alt = (Pc){0};
        r = mo_cc_emit(c, MO_OP_COPY, 1);
        if (r == 0) r = gen(c, a, &alt);
        if (r == 0 && i == 0) {
            control.stores = alt.stores;
            control.nstores = alt.nstores;
            control.capstores = alt.capstores;
            alt.stores = NULL;
            alt.nstores = alt.capstores = 0;
        } else if (r == 0 && alt.nstores) {
            /* Same names as the first alternative (mo_match_check_case made sure), maybe in
             * another order: reorder the stack (and the list) to the first one's order. */
            for (size_t ic = alt.nstores; r == 0 && ic-- > 0;) {
                ptrdiff_t is = pc_index(&alt, control.stores[ic]);
                if (is < 0 || (size_t)is > ic) {
                    r = error_pattern(c, a, "alternative patterns bind different names");
                    break;
                }
                size_t istores = (size_t)is;
                if (istores == ic) continue;
                size_t rotations = istores + 1;
                /* CPython: rotated = stores[:rotations]; del stores[:rotations];
                 * stores[ic - istores:ic - istores] = rotated, i.e. stores[0..ic] turns left by
                 * `rotations`, as each rotate(ic + 1) below does to the stack. */
                for (size_t k = 0; k < rotations; k++) {
                    MoObject *first = alt.stores[0];
                    for (size_t m = 0; m < ic; m++) alt.stores[m] = alt.stores[m + 1];
                    alt.stores[ic] = first;
                }
                for (size_t k = 0; r == 0 && k < rotations; k++) r = rotate(c, ic + 1);
            }
        }
        if (r == 0) r = mo_cc_emit(c, MO_OP_JUMP, (uint32_t)end);
        if (r == 0) r = emit_fail_pop(c, &alt);
        mo_cc_restore_pos(c, pos);
        pc_free(&alt);
    }
    if (r < 0) {
        pc_free(&control);
        return -1;
    }
    /* No alternative matched: pop the value and fail. */
    r = mo_cc_emit(c, MO_OP_POP_TOP, 0);
    if (r == 0) r = jump_to_fail_pop(c, pc, MO_OP_JUMP);
    if (r == 0) mo_cc_use_label(c, end);
    size_t nrots = control.nstores + 1 + pc->on_top + pc->nstores;
    for (size_t i = 0; r == 0 && i < control.nstores; i++) {
        r = rotate(c, nrots);
        if (r == 0) r = pc_add_store(pc, control.stores[i]);
    }
    pc_free(&control);
    CHECK(r);
    /* Pop the value the alternatives copied. */
    EMIT(POP_TOP, 0);
    return 0;
}

static int gen_inner(Compiler *c, const MoAstPattern *p, Pc *pc) {
    switch (p->kind) {
    case MO_PAT_MatchValue:
        CHECK(mo_cc_visit_expr(c, p->v.MatchValue.value));
        EMIT(COMPARE_OP, MO_EQ);
        return jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE);
    case MO_PAT_MatchSingleton:
        CHECK(mo_cc_emit_const(c, p->v.MatchSingleton.value));
        EMIT(IS_OP, 0);
        return jump_to_fail_pop(c, pc, MO_OP_POP_JUMP_IF_FALSE);
    case MO_PAT_MatchSequence:
        return gen_sequence(c, p, pc);
    case MO_PAT_MatchMapping:
        return gen_mapping(c, p, pc);
    case MO_PAT_MatchClass:
        return gen_class(c, p, pc);
    case MO_PAT_MatchStar:
        return store_capture(c, p->v.MatchStar.name, pc);
    case MO_PAT_MatchAs:
        if (!p->v.MatchAs.pattern) return store_capture(c, p->v.MatchAs.name, pc);
        /* Keep a copy to store once the sub-pattern matched. */
        pc->on_top++;
        EMIT(COPY, 1);
        CHECK(gen(c, p->v.MatchAs.pattern, pc));
        pc->on_top--;
        return store_capture(c, p->v.MatchAs.name, pc);
    case MO_PAT_MatchOr:
        return gen_or(c, p, pc);
    }
    return error_pattern(c, p, "unsupported pattern");
}

static int gen(Compiler *c, const MoAstPattern *p, Pc *pc) {
    CHECK(mo_cc_enter_nest(c, p->lineno, p->col_offset));
    MoCcPos pos = mo_cc_set_pos(c, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    int r = gen_inner(c, p, pc);
    mo_cc_restore_pos(c, pos);
    mo_cc_leave_nest(c);
    return r;
}

/* One case; pc is the caller's, which frees it on every path. `last` is the last case that has
 * a pattern to test (it consumes the subject instead of a copy). */
static int gen_case(Compiler *c, const MoAstMatchCase *mc, bool last, int end, Pc *pc) {
    const MoAstPattern *p = mc->pattern;
    MoCcPos pos = mo_cc_set_pos(c, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    int r = last ? 0 : mo_cc_emit(c, MO_OP_COPY, 1);
    if (r == 0) r = gen(c, p, pc);
    /* A match: bind the captured names (the first one is on top). */
    for (size_t i = 0; r == 0 && i < pc->nstores; i++) r = mo_cc_store_name(c, pc->stores[i]);
    mo_cc_restore_pos(c, pos);
    CHECK(r);
    pc->nstores = 0;
    if (mc->guard) {
        CHECK(ensure_fail_pop(c, pc, 0));
        CHECK(mo_cc_visit_jump_if(c, mc->guard, false, pc->fail_pop[0]));
    }
    if (!last) EMIT(POP_TOP, 0); /* the subject */
    CHECK(mo_cc_visit_body(c, &mc->body));
    CHECK(mo_cc_emit(c, MO_OP_JUMP, (uint32_t)end));
    pos = mo_cc_set_pos(c, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    r = emit_fail_pop(c, pc);
    mo_cc_restore_pos(c, pos);
    return r;
}

int mo_compile_match(Compiler *c, const MoAstStmt *s) {
    const MoAstMatchCaseSeq *cases = &s->v.Match.cases;
    const char *filename, *src;
    size_t srclen;
    mo_cc_source(c, &filename, &src, &srclen);
    int end = mo_cc_new_label(c);
    if (end < 0) return -1;
    CHECK(mo_cc_visit_expr(c, s->v.Match.subject));
    size_t n = cases->len;
    /* A trailing `case _:` tests nothing: the subject is gone when control gets there. */
    bool has_default = n > 1 && is_wildcard(cases->items[n - 1]->pattern);
    for (size_t i = 0; i < n - (has_default ? 1 : 0); i++) {
        CHECK(mo_match_check_case(s, i, filename, src, srclen));
        Pc pc = {0};
        int r = gen_case(c, cases->items[i], i + 1 == n - (has_default ? 1 : 0), end, &pc);
        pc_free(&pc);
        CHECK(r);
    }
    if (has_default) {
        const MoAstMatchCase *mc = cases->items[n - 1];
        if (mc->guard) CHECK(mo_cc_visit_jump_if(c, mc->guard, false, end));
        CHECK(mo_cc_visit_body(c, &mc->body));
    }
    mo_cc_use_label(c, end);
    return 0;
}

/*
 * compile_match.c: the compile-time checks of `match` patterns (PEP 634), separate from the code
 * generation in compiler.c.
 *
 * CPython 3.11 raises these SyntaxErrors from its code generator (compiler_pattern and friends in
 * Python/compile.c), not from the parser, and the message and position of each depend on the
 * order in which that generator walks the pattern. This file replays that walk over the AST
 * without emitting anything: `loc` follows CPython's "current location" (set on entering every
 * pattern it visits, never restored), the names bound so far are collected per case, and
 * or-patterns collect each alternative's names separately, compare them as sets with the first
 * alternative's and then add the first alternative's names to the enclosing list. Sub-patterns
 * CPython does not visit (wildcards in class patterns, all-wildcard sequences, the wildcards of a
 * sequence with `*_`) are skipped here too, because visiting them would move `loc`.
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

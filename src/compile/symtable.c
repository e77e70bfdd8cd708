/*
 * symtable.c: builds the symbol table (symtable.h) from the AST, following CPython 3.11's
 * Python/symtable.c closely so that scoping decisions (and the SyntaxErrors it raises) agree.
 *
 * Two passes, as in CPython:
 *
 *  1. Visit: walk the tree, create one scope per module/def/lambda/class/comprehension, and record
 *     for each name in each scope the MO_DEF_* flags of how it occurs (bound, used, parameter,
 *     declared global/nonlocal, ...). Errors that depend only on the order of occurrences (global
 *     after use, duplicate parameters, walrus conflicts in comprehensions) are raised here.
 *
 *  2. Analyze: walk the scope tree top-down passing three name sets: `bound` (names bound in
 *     enclosing function scopes, visible to nested scopes), `global` (names declared global in
 *     enclosing scopes) and collecting `free` (names that nested scopes read from an enclosing
 *     function). A name bound in a function and free in a nested scope becomes a CELL; a free name
 *     not bound locally is passed up (FREE) until a function binds it. Class bodies do not add
 *     their bindings to `bound` (methods do not see class attributes as variables), but provide
 *     the implicit `__class__` cell when a method uses `super` or `__class__`.
 *
 * Names are not mangled (`__x` in a class) because the compiler does not mangle either; both
 * must agree. Errors the compiler would raise after the symbol table in CPython ('yield'/'await'
 * outside a function) are deferred until the analysis succeeded, so symbol-table errors anywhere
 * in the file still win as in CPython.
 */
#include "symtable.h"

#include <string.h>

#include "../config.h"
#include "../parse/parser.h"

#define DEF_BOUND (MO_DEF_LOCAL | MO_DEF_PARAM | MO_DEF_IMPORT)

typedef struct Loc { int l, c, el, ec; } Loc;

typedef struct Directive { MoObject *name; Loc loc; } Directive;

/* Comprehension kinds of a scope (0: not a comprehension). */
enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN };

/* A scope with the private state of the builder; `pub` must stay the first member so a
 * MoSymScope * can be cast back. */
typedef struct Scope {
    MoSymScope pub;
    Directive *dirs;
    size_t ndirs, capdirs;
    int comp;             /* COMP_* */
    int comp_iter_target; /* visiting the target of a comprehension's for clause */
    int comp_iter_expr;   /* visiting the iterable of a comprehension's for clause (nesting count) */
    bool is_async_def;
    bool has_free;        /* this scope has free variables */
} Scope;

/* A set of names with insertion order, used by the analysis. Entries are never removed from
 * the table, only marked absent, so a name keeps its slot. */
typedef struct NameEnt { MoObject *name; bool present; } NameEnt;
typedef struct NameSet {
    NameEnt *ents;
    size_t len, cap;
    int32_t *hash;
    size_t hcap;
} NameSet;

struct MoSymTable {
    Scope *top;
    Scope *cur;
    Scope **all; /* every scope, for freeing */
    size_t nall, capall;
    /* node -> scope, open addressing on the node address */
    const void **mkeys;
    Scope **mvals;
    size_t mcap, mlen;
    MoObject **owned; /* references the table owns (import names) */
    size_t nowned, capowned;
    const char *filename, *src;
    size_t len;
    int depth;
    /* a deferred compiler-phase error ('yield' outside function, ...) */
    const char *pending_msg;
    Loc pending_loc;
};

typedef MoSymTable St;

/* ---- helpers ------------------------------------------------------------------------------------ */

static uint64_t name_hash(MoObject *name) {
    const unsigned char *p = (const unsigned char *)MO_STR_UTF8(name);
    size_t n = MO_STR_NBYTES(name);
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static bool name_eq(MoObject *a, MoObject *b) {
    return a == b || mo_str_eq(a, b);
}

static int grow(void **arr, size_t *cap, size_t need, size_t elsize) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 8;
    while (nc < need) nc *= 2;
    void *p = mo_realloc(*arr, nc * elsize);
    if (!p) return -1;
    *arr = p;
    *cap = nc;
    return 0;
}

static Loc loc_expr(const MoAstExpr *e) {
    Loc l = {e->lineno, e->col_offset, e->end_lineno, e->end_col_offset};
    return l;
}

static Loc loc_stmt(const MoAstStmt *s) {
    Loc l = {s->lineno, s->col_offset, s->end_lineno, s->end_col_offset};
    return l;
}

static int error_at(St *st, const char *msg, Loc loc) {
    mo_syntax_error_at(&mo_SyntaxError, msg, st->filename, st->src, st->len, loc.l, loc.c, loc.el, loc.ec);
    return -1;
}

/* Raises SyntaxError with a message containing one name (fmt has one %U). */
static int error_name(St *st, const char *fmt, MoObject *name, Loc loc) {
    MoObject *msg = mo_format(fmt, name);
    if (!msg) return -1;
    error_at(st, MO_STR_UTF8(msg), loc);
    mo_decref(msg);
    return -1;
}

/* ---- name sets ---------------------------------------------------------------------------------- */

static void set_free(NameSet *s) {
    mo_free(s->ents);
    mo_free(s->hash);
    memset(s, 0, sizeof *s);
}

static int set_rehash(NameSet *s, size_t hcap) {
    int32_t *h = mo_alloc(hcap * sizeof(int32_t));
    if (!h) return -1;
    for (size_t i = 0; i < hcap; i++) h[i] = -1;
    for (size_t i = 0; i < s->len; i++) {
        size_t j = (size_t)name_hash(s->ents[i].name) & (hcap - 1);
        while (h[j] >= 0) j = (j + 1) & (hcap - 1);
        h[j] = (int32_t)i;
    }
    mo_free(s->hash);
    s->hash = h;
    s->hcap = hcap;
    return 0;
}

/* Returns the entry index of name, or -1. */
static long set_find(const NameSet *s, MoObject *name) {
    if (!s || !s->hcap) return -1;
    size_t j = (size_t)name_hash(name) & (s->hcap - 1);
    while (s->hash[j] >= 0) {
        if (name_eq(s->ents[s->hash[j]].name, name)) return s->hash[j];
        j = (j + 1) & (s->hcap - 1);
    }
    return -1;
}

static bool set_contains(const NameSet *s, MoObject *name) {
    long i = set_find(s, name);
    return i >= 0 && s->ents[i].present;
}

static int set_add(NameSet *s, MoObject *name) {
    long i = set_find(s, name);
    if (i >= 0) {
        s->ents[i].present = true;
        return 0;
    }
    if (grow((void **)&s->ents, &s->cap, s->len + 1, sizeof(NameEnt)) < 0) return -1;
    s->ents[s->len].name = name;
    s->ents[s->len].present = true;
    s->len++;
    if (s->len * 2 > s->hcap) return set_rehash(s, s->hcap ? s->hcap * 2 : 16);
    size_t j = (size_t)name_hash(name) & (s->hcap - 1);
    while (s->hash[j] >= 0) j = (j + 1) & (s->hcap - 1);
    s->hash[j] = (int32_t)(s->len - 1);
    return 0;
}

static void set_discard(NameSet *s, MoObject *name) {
    long i = set_find(s, name);
    if (i >= 0) s->ents[i].present = false;
}

/* dst |= src (src may be NULL). */
static int set_update(NameSet *dst, const NameSet *src) {
    if (!src) return 0;
    for (size_t i = 0; i < src->len; i++)
        if (src->ents[i].present && set_add(dst, src->ents[i].name) < 0) return -1;
    return 0;
}

/* ---- scopes and symbols ------------------------------------------------------------------------- */

static MoSymbol *scope_find(const MoSymScope *s, MoObject *name) {
    if (!s->hash_cap) return NULL;
    size_t j = (size_t)name_hash(name) & (s->hash_cap - 1);
    while (s->hash[j] >= 0) {
        MoSymbol *sym = &s->symbols[s->hash[j]];
        if (name_eq(sym->name, name)) return sym;
        j = (j + 1) & (s->hash_cap - 1);
    }
    return NULL;
}

static int scope_rehash(MoSymScope *s, size_t hcap) {
    int32_t *h = mo_alloc(hcap * sizeof(int32_t));
    if (!h) return -1;
    for (size_t i = 0; i < hcap; i++) h[i] = -1;
    for (size_t i = 0; i < s->nsymbols; i++) {
        size_t j = (size_t)name_hash(s->symbols[i].name) & (hcap - 1);
        while (h[j] >= 0) j = (j + 1) & (hcap - 1);
        h[j] = (int32_t)i;
    }
    mo_free(s->hash);
    s->hash = h;
    s->hash_cap = hcap;
    return 0;
}

/* Returns the symbol for name in s, adding it (flags 0) if absent; NULL on MemoryError. The
 * pointer is valid until the next symbol is added to s. */
static MoSymbol *scope_get_or_add(MoSymScope *s, MoObject *name) {
    MoSymbol *sym = scope_find(s, name);
    if (sym) return sym;
    if (grow((void **)&s->symbols, &s->cap_symbols, s->nsymbols + 1, sizeof(MoSymbol)) < 0) return NULL;
    sym = &s->symbols[s->nsymbols++];
    sym->name = name;
    sym->flags = 0;
    sym->kind = MO_SYM_NONE;
    if (s->nsymbols * 2 > s->hash_cap) {
        if (scope_rehash(s, s->hash_cap ? s->hash_cap * 2 : 16) < 0) {
            s->nsymbols--;
            return NULL;
        }
        return &s->symbols[s->nsymbols - 1];
    }
    size_t j = (size_t)name_hash(name) & (s->hash_cap - 1);
    while (s->hash[j] >= 0) j = (j + 1) & (s->hash_cap - 1);
    s->hash[j] = (int32_t)(s->nsymbols - 1);
    return sym;
}

static int map_put(St *st, const void *node, Scope *sc) {
    if ((st->mlen + 1) * 2 > st->mcap) {
        size_t nc = st->mcap ? st->mcap * 2 : 32;
        const void **nk = mo_calloc(nc * sizeof(void *));
        Scope **nv = mo_calloc(nc * sizeof(Scope *));
        if (!nk || !nv) {
            mo_free(nk);
            mo_free(nv);
            return -1;
        }
        for (size_t i = 0; i < st->mcap; i++) {
            if (!st->mkeys[i]) continue;
            size_t j = ((uintptr_t)st->mkeys[i] >> 3) & (nc - 1);
            while (nk[j]) j = (j + 1) & (nc - 1);
            nk[j] = st->mkeys[i];
            nv[j] = st->mvals[i];
        }
        mo_free(st->mkeys);
        mo_free(st->mvals);
        st->mkeys = nk;
        st->mvals = nv;
        st->mcap = nc;
    }
    size_t j = ((uintptr_t)node >> 3) & (st->mcap - 1);
    while (st->mkeys[j] && st->mkeys[j] != node) j = (j + 1) & (st->mcap - 1);
    if (!st->mkeys[j]) st->mlen++;
    st->mkeys[j] = node;
    st->mvals[j] = sc;
    return 0;
}

/* Creates a scope as a child of the current one (or the top scope) and makes it current.
 * `name` is borrowed; the scope takes its own reference. */
static int enter_block(St *st, MoObject *name, MoScopeKind kind, const void *node, int lineno) {
    if (!name) return -1;
    if (grow((void **)&st->all, &st->capall, st->nall + 1, sizeof(Scope *)) < 0) return -1;
    Scope *sc = mo_calloc(sizeof(Scope));
    if (!sc) return -1;
    sc->pub.kind = kind;
    sc->pub.name = mo_newref(name);
    sc->pub.node = node;
    sc->pub.lineno = lineno;
    sc->pub.parent = st->cur ? &st->cur->pub : NULL;
    st->all[st->nall++] = sc;
    if (st->cur) {
        MoSymScope *p = &st->cur->pub;
        if (grow((void **)&p->children, &p->cap_children, p->nchildren + 1, sizeof(MoSymScope *)) < 0) return -1;
        p->children[p->nchildren++] = &sc->pub;
    } else {
        st->top = sc;
    }
    if (map_put(st, node, sc) < 0) return -1;
    st->cur = sc;
    return 0;
}

static void exit_block(St *st) {
    st->cur = st->cur->pub.parent ? (Scope *)st->cur->pub.parent : st->cur;
}

static int record_directive(St *st, MoObject *name, Loc loc) {
    Scope *s = st->cur;
    if (grow((void **)&s->dirs, &s->capdirs, s->ndirs + 1, sizeof(Directive)) < 0) return -1;
    s->dirs[s->ndirs].name = name;
    s->dirs[s->ndirs].loc = loc;
    s->ndirs++;
    return 0;
}

static int error_at_directive(St *st, Scope *s, const char *fmt, MoObject *name) {
    Loc loc = {s->pub.lineno, 0, s->pub.lineno, 0};
    for (size_t i = 0; i < s->ndirs; i++) {
        if (name_eq(s->dirs[i].name, name)) {
            loc = s->dirs[i].loc;
            break;
        }
    }
    if (strstr(fmt, "%U")) return error_name(st, fmt, name, loc);
    return error_at(st, fmt, loc);
}

/* CPython's symtable_add_def_helper: records flag for name in scope sc. */
static int add_def_in(St *st, MoObject *name, int flag, Scope *sc, Loc loc) {
    if (!name) return -1; /* a failed mo_str_intern: MemoryError is set */
    MoSymbol *sym = scope_get_or_add(&sc->pub, name);
    if (!sym) return -1;
    int val = sym->flags;
    if ((flag & MO_DEF_PARAM) && (val & MO_DEF_PARAM))
        return error_name(st, "duplicate argument '%U' in function definition", name, loc);
    val |= flag;
    if (sc->comp_iter_target) {
        if (val & (MO_DEF_GLOBAL | MO_DEF_NONLOCAL))
            return error_name(st, "comprehension inner loop cannot rebind assignment expression target '%U'", name,
                              loc);
        val |= MO_DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & MO_DEF_PARAM) {
        sc->pub.nparams++;
    } else if (flag & MO_DEF_GLOBAL) {
        /* A global declaration anywhere marks the module's symbol too (st_global in CPython). */
        MoSymbol *g = scope_get_or_add(&st->top->pub, name);
        if (!g) return -1;
        g->flags |= flag;
    }
    return 0;
}

static int add_def(St *st, MoObject *name, int flag, Loc loc) {
    return add_def_in(st, name, flag, st->cur, loc);
}

static void defer_error(St *st, const char *msg, Loc loc) {
    if (st->pending_msg) return;
    st->pending_msg = msg;
    st->pending_loc = loc;
}

/* ---- visit -------------------------------------------------------------------------------------- */

static int visit_expr(St *st, const MoAstExpr *e);
static int visit_stmt(St *st, const MoAstStmt *s);
static int visit_pattern(St *st, const MoAstPattern *p);

static int visit_exprs(St *st, const MoAstExprSeq *seq) {
    for (size_t i = 0; i < seq->len; i++)
        if (seq->items[i] && visit_expr(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_stmts(St *st, const MoAstStmtSeq *seq) {
    for (size_t i = 0; i < seq->len; i++)
        if (visit_stmt(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_patterns(St *st, const MoAstPatternSeq *seq) {
    for (size_t i = 0; i < seq->len; i++)
        if (visit_pattern(st, seq->items[i]) < 0) return -1;
    return 0;
}

/* Nesting the symbol table follows (the parser bounds the tree's depth too; a long chain such as
 * `1 + 1 + ... + 1` is a deep left-nested tree the parser builds iteratively). */
#define MO_SYMTABLE_MAX_DEPTH 2000

static int enter_depth(St *st) {
    if (++st->depth > MO_SYMTABLE_MAX_DEPTH) {
        mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

static int visit_params(St *st, const MoAstArgSeq *args) {
    for (size_t i = 0; i < args->len; i++) {
        const MoAstArg *a = args->items[i];
        Loc loc = {a->lineno, a->col_offset, a->end_lineno, a->end_col_offset};
        if (add_def(st, a->arg, MO_DEF_PARAM, loc) < 0) return -1;
    }
    return 0;
}

static int visit_arguments(St *st, const MoAstArguments *a) {
    if (visit_params(st, &a->posonlyargs) < 0 || visit_params(st, &a->args) < 0 ||
        visit_params(st, &a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        Loc loc = {a->vararg->lineno, a->vararg->col_offset, a->vararg->end_lineno, a->vararg->end_col_offset};
        if (add_def(st, a->vararg->arg, MO_DEF_PARAM, loc) < 0) return -1;
        st->cur->pub.has_varargs = true;
    }
    if (a->kwarg) {
        Loc loc = {a->kwarg->lineno, a->kwarg->col_offset, a->kwarg->end_lineno, a->kwarg->end_col_offset};
        if (add_def(st, a->kwarg->arg, MO_DEF_PARAM, loc) < 0) return -1;
        st->cur->pub.has_varkeywords = true;
    }
    return 0;
}

static int visit_arg_annotations(St *st, const MoAstArgSeq *args) {
    for (size_t i = 0; i < args->len; i++)
        if (args->items[i]->annotation && visit_expr(st, args->items[i]->annotation) < 0) return -1;
    return 0;
}

/* Annotations of a def are evaluated in the enclosing scope (no `from __future__ import
 * annotations` support), in CPython's order. */
static int visit_annotations(St *st, const MoAstArguments *a, const MoAstExpr *returns) {
    if (visit_arg_annotations(st, &a->posonlyargs) < 0 || visit_arg_annotations(st, &a->args) < 0) return -1;
    if (a->vararg && a->vararg->annotation && visit_expr(st, a->vararg->annotation) < 0) return -1;
    if (a->kwarg && a->kwarg->annotation && visit_expr(st, a->kwarg->annotation) < 0) return -1;
    if (visit_arg_annotations(st, &a->kwonlyargs) < 0) return -1;
    if (returns && visit_expr(st, returns) < 0) return -1;
    return 0;
}

/* CPython's compiler rejects a keyword given twice in one call or class definition; checked here
 * because the symbol table is the first pass over a parsed tree. */
static int check_keywords(St *st, const MoAstKeywordSeq *kws) {
    for (size_t i = 1; i < kws->len; i++) {
        const MoAstKeyword *k = kws->items[i];
        if (!k->arg) continue;
        for (size_t j = 0; j < i; j++) {
            if (kws->items[j]->arg && name_eq(kws->items[j]->arg, k->arg)) {
                Loc loc = {k->lineno, k->col_offset, k->end_lineno, k->end_col_offset};
                return error_name(st, "keyword argument repeated: %U", k->arg, loc);
            }
        }
    }
    return 0;
}

static int visit_alias(St *st, const MoAstAlias *a) {
    Loc loc = {a->lineno, a->col_offset, a->end_lineno, a->end_col_offset};
    if (mo_str_eq_cstr(a->name, "*")) {
        if (st->cur->pub.kind != MO_SCOPE_MODULE) return error_at(st, "import * only allowed at module level", loc);
        return 0;
    }
    MoObject *store = a->asname;
    if (!store) {
        const char *s = MO_STR_UTF8(a->name);
        const char *dot = memchr(s, '.', MO_STR_NBYTES(a->name));
        if (!dot) {
            store = a->name;
        } else {
            MoObject *tmp = mo_str_from_utf8(s, (size_t)(dot - s));
            if (!tmp) return -1;
            store = mo_str_intern_obj(tmp);
            mo_decref(tmp);
            if (!store) return -1;
            if (grow((void **)&st->owned, &st->capowned, st->nowned + 1, sizeof(MoObject *)) < 0) {
                mo_decref(store);
                return -1;
            }
            st->owned[st->nowned++] = store;
        }
    }
    return add_def(st, store, MO_DEF_IMPORT, loc);
}

/* global / nonlocal statements. */
static int visit_directive(St *st, const MoAstStmt *s, bool is_global) {
    const MoAstIdentSeq *names = is_global ? &s->v.Global.names : &s->v.Nonlocal.names;
    Loc loc = loc_stmt(s);
    for (size_t i = 0; i < names->len; i++) {
        MoObject *name = names->items[i];
        const MoSymbol *sym = scope_find(&st->cur->pub, name);
        int cur = sym ? sym->flags : 0;
        if (cur & (MO_DEF_PARAM | MO_DEF_LOCAL | MO_DEF_USE | MO_DEF_ANNOT)) {
            const char *msg;
            if (cur & MO_DEF_PARAM)
                msg = is_global ? "name '%U' is parameter and global" : "name '%U' is parameter and nonlocal";
            else if (cur & MO_DEF_USE)
                msg = is_global ? "name '%U' is used prior to global declaration"
                                : "name '%U' is used prior to nonlocal declaration";
            else if (cur & MO_DEF_ANNOT)
                msg = is_global ? "annotated name '%U' can't be global" : "annotated name '%U' can't be nonlocal";
            else
                msg = is_global ? "name '%U' is assigned to before global declaration"
                                : "name '%U' is assigned to before nonlocal declaration";
            return error_name(st, msg, name, loc);
        }
        if (add_def(st, name, is_global ? MO_DEF_GLOBAL : MO_DEF_NONLOCAL, loc) < 0) return -1;
        if (record_directive(st, name, loc) < 0) return -1;
    }
    return 0;
}

static int visit_stmt_inner(St *st, const MoAstStmt *s) {
    switch (s->kind) {
    case MO_STMT_FunctionDef:
    case MO_STMT_AsyncFunctionDef: {
        const MoAstArguments *a = s->v.FunctionDef.args;
        if (add_def(st, s->v.FunctionDef.name, MO_DEF_LOCAL, loc_stmt(s)) < 0) return -1;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0) return -1;
        if (visit_annotations(st, a, s->v.FunctionDef.returns) < 0) return -1;
        if (visit_exprs(st, &s->v.FunctionDef.decorator_list) < 0) return -1;
        if (enter_block(st, s->v.FunctionDef.name, MO_SCOPE_FUNCTION, s, s->lineno) < 0) return -1;
        if (s->kind == MO_STMT_AsyncFunctionDef) {
            st->cur->is_async_def = true;
            st->cur->pub.is_coroutine = true;
        }
        if (visit_arguments(st, a) < 0 || visit_stmts(st, &s->v.FunctionDef.body) < 0) return -1;
        exit_block(st);
        return 0;
    }
    case MO_STMT_ClassDef: {
        if (add_def(st, s->v.ClassDef.name, MO_DEF_LOCAL, loc_stmt(s)) < 0) return -1;
        if (check_keywords(st, &s->v.ClassDef.keywords) < 0) return -1;
        if (visit_exprs(st, &s->v.ClassDef.bases) < 0) return -1;
        for (size_t i = 0; i < s->v.ClassDef.keywords.len; i++)
            if (visit_expr(st, s->v.ClassDef.keywords.items[i]->value) < 0) return -1;
        if (visit_exprs(st, &s->v.ClassDef.decorator_list) < 0) return -1;
        if (enter_block(st, s->v.ClassDef.name, MO_SCOPE_CLASS, s, s->lineno) < 0) return -1;
        if (visit_stmts(st, &s->v.ClassDef.body) < 0) return -1;
        exit_block(st);
        return 0;
    }
    case MO_STMT_Return:
        return s->v.Return.value ? visit_expr(st, s->v.Return.value) : 0;
    case MO_STMT_Delete:
        return visit_exprs(st, &s->v.Delete.targets);
    case MO_STMT_Assign:
        if (visit_exprs(st, &s->v.Assign.targets) < 0) return -1;
        return visit_expr(st, s->v.Assign.value);
    case MO_STMT_AugAssign:
        if (visit_expr(st, s->v.AugAssign.target) < 0) return -1;
        return visit_expr(st, s->v.AugAssign.value);
    case MO_STMT_AnnAssign: {
        const MoAstExpr *t = s->v.AnnAssign.target;
        if (t->kind == MO_EXPR_Name) {
            const MoSymbol *sym = scope_find(&st->cur->pub, t->v.Name.id);
            int cur = sym ? sym->flags : 0;
            if ((cur & (MO_DEF_GLOBAL | MO_DEF_NONLOCAL)) && st->cur != st->top && s->v.AnnAssign.simple)
                return error_name(st,
                                  cur & MO_DEF_GLOBAL ? "annotated name '%U' can't be global"
                                                      : "annotated name '%U' can't be nonlocal",
                                  t->v.Name.id, loc_stmt(s));
            if (s->v.AnnAssign.simple) {
                if (add_def(st, t->v.Name.id, MO_DEF_ANNOT | MO_DEF_LOCAL, loc_expr(t)) < 0) return -1;
            } else if (s->v.AnnAssign.value) {
                if (add_def(st, t->v.Name.id, MO_DEF_LOCAL, loc_expr(t)) < 0) return -1;
            }
        } else {
            if (visit_expr(st, t) < 0) return -1;
        }
        if (visit_expr(st, s->v.AnnAssign.annotation) < 0) return -1;
        return s->v.AnnAssign.value ? visit_expr(st, s->v.AnnAssign.value) : 0;
    }
    case MO_STMT_For:
    case MO_STMT_AsyncFor:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0) return -1;
        if (visit_stmts(st, &s->v.For.body) < 0) return -1;
        return visit_stmts(st, &s->v.For.orelse);
    case MO_STMT_While:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, &s->v.While.body) < 0) return -1;
        return visit_stmts(st, &s->v.While.orelse);
    case MO_STMT_If:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, &s->v.If.body) < 0) return -1;
        return visit_stmts(st, &s->v.If.orelse);
    case MO_STMT_With:
    case MO_STMT_AsyncWith:
        for (size_t i = 0; i < s->v.With.items.len; i++) {
            const MoAstWithItem *w = s->v.With.items.items[i];
            if (visit_expr(st, w->context_expr) < 0) return -1;
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0) return -1;
        }
        return visit_stmts(st, &s->v.With.body);
    case MO_STMT_Match:
        if (visit_expr(st, s->v.Match.subject) < 0) return -1;
        for (size_t i = 0; i < s->v.Match.cases.len; i++) {
            const MoAstMatchCase *mc = s->v.Match.cases.items[i];
            if (visit_pattern(st, mc->pattern) < 0) return -1;
            if (mc->guard && visit_expr(st, mc->guard) < 0) return -1;
            if (visit_stmts(st, &mc->body) < 0) return -1;
        }
        return 0;
    case MO_STMT_Raise:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0) return -1;
        return s->v.Raise.cause ? visit_expr(st, s->v.Raise.cause) : 0;
    case MO_STMT_Try:
    case MO_STMT_TryStar:
        if (visit_stmts(st, &s->v.Try.body) < 0 || visit_stmts(st, &s->v.Try.orelse) < 0) return -1;
        for (size_t i = 0; i < s->v.Try.handlers.len; i++) {
            const MoAstExceptHandler *h = s->v.Try.handlers.items[i];
            Loc loc = {h->lineno, h->col_offset, h->end_lineno, h->end_col_offset};
            if (h->type && visit_expr(st, h->type) < 0) return -1;
            if (h->name && add_def(st, h->name, MO_DEF_LOCAL, loc) < 0) return -1;
            if (visit_stmts(st, &h->body) < 0) return -1;
        }
        return visit_stmts(st, &s->v.Try.finalbody);
    case MO_STMT_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0) return -1;
        return s->v.Assert.msg ? visit_expr(st, s->v.Assert.msg) : 0;
    case MO_STMT_Import:
        for (size_t i = 0; i < s->v.Import.names.len; i++)
            if (visit_alias(st, s->v.Import.names.items[i]) < 0) return -1;
        return 0;
    case MO_STMT_ImportFrom:
        if (s->v.ImportFrom.module && s->v.ImportFrom.level == 0 && mo_str_eq_cstr(s->v.ImportFrom.module, "__future__")) {
            for (size_t i = 0; i < s->v.ImportFrom.names.len; i++)
                if (mo_str_eq_cstr(s->v.ImportFrom.names.items[i]->name, "braces"))
                    return error_at(st, "not a chance", loc_stmt(s));
        }
        for (size_t i = 0; i < s->v.ImportFrom.names.len; i++)
            if (visit_alias(st, s->v.ImportFrom.names.items[i]) < 0) return -1;
        return 0;
    case MO_STMT_Global:
        return visit_directive(st, s, true);
    case MO_STMT_Nonlocal:
        return visit_directive(st, s, false);
    case MO_STMT_Expr:
        return visit_expr(st, s->v.Expr.value);
    case MO_STMT_Pass:
    case MO_STMT_Break:
    case MO_STMT_Continue:
        return 0;
    }
    mo_err_set(&mo_SystemError, "symtable: unknown statement kind");
    return -1;
}

static int visit_stmt(St *st, const MoAstStmt *s) {
    if (enter_depth(st) < 0) return -1;
    int r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

/* CPython's symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the
 * nearest enclosing function (as nonlocal) or module (as global). */
static int extend_namedexpr_scope(St *st, const MoAstExpr *target) {
    MoObject *name = target->v.Name.id;
    Loc loc = loc_expr(target);
    for (Scope *sc = st->cur; sc; sc = (Scope *)sc->pub.parent) {
        if (sc->comp) {
            const MoSymbol *sym = scope_find(&sc->pub, name);
            if (sym && (sym->flags & MO_DEF_COMP_ITER))
                return error_name(st, "assignment expression cannot rebind comprehension iteration variable '%U'",
                                  name, loc);
            continue;
        }
        if (sc->pub.kind == MO_SCOPE_FUNCTION) {
            const MoSymbol *sym = scope_find(&sc->pub, name);
            int flag = sym && (sym->flags & MO_DEF_GLOBAL) ? MO_DEF_GLOBAL : MO_DEF_NONLOCAL;
            if (add_def(st, name, flag, loc) < 0 || record_directive(st, name, loc) < 0) return -1;
            return add_def_in(st, name, MO_DEF_LOCAL, sc, loc);
        }
        if (sc->pub.kind == MO_SCOPE_MODULE) {
            if (add_def(st, name, MO_DEF_GLOBAL, loc) < 0 || record_directive(st, name, loc) < 0) return -1;
            return add_def_in(st, name, MO_DEF_GLOBAL, sc, loc);
        }
        if (sc->pub.kind == MO_SCOPE_CLASS)
            return error_at(st, "assignment expression within a comprehension cannot be used in a class body", loc);
    }
    mo_err_set(&mo_SystemError, "symtable: walrus without enclosing scope");
    return -1;
}

static int visit_comprehension_clause(St *st, const MoAstComprehension *g) {
    st->cur->comp_iter_target = 1;
    int r = visit_expr(st, g->target);
    st->cur->comp_iter_target = 0;
    if (r < 0) return -1;
    st->cur->comp_iter_expr++;
    r = visit_expr(st, g->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) return -1;
    if (visit_exprs(st, &g->ifs) < 0) return -1;
    if (g->is_async) st->cur->pub.is_coroutine = true;
    return 0;
}

static int handle_comprehension(St *st, const MoAstExpr *e, const char *scope_name, int comp,
                                const MoAstComprehensionSeq *gens, const MoAstExpr *elt, const MoAstExpr *value) {
    const MoAstComprehension *outer = gens->items[0];
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) return -1;
    if (enter_block(st, mo_str_intern(scope_name), MO_SCOPE_COMPREHENSION, e, e->lineno) < 0) return -1;
    Scope *sc = st->cur;
    sc->comp = comp;
    if (outer->is_async) sc->pub.is_coroutine = true;
    Loc loc = loc_expr(e);
    if (add_def(st, mo_str_intern(".0"), MO_DEF_PARAM, loc) < 0) return -1;
    sc->comp_iter_target = 1;
    r = visit_expr(st, outer->target);
    sc->comp_iter_target = 0;
    if (r < 0) return -1;
    if (visit_exprs(st, &outer->ifs) < 0) return -1;
    for (size_t i = 1; i < gens->len; i++)
        if (visit_comprehension_clause(st, gens->items[i]) < 0) return -1;
    if (value && visit_expr(st, value) < 0) return -1;
    if (visit_expr(st, elt) < 0) return -1;
    sc->pub.is_generator = comp == COMP_GEN;
    bool is_async = sc->pub.is_coroutine && comp != COMP_GEN;
    exit_block(st);
    if (is_async) st->cur->pub.is_coroutine = true;
    return 0;
}

static int check_yield(St *st, const MoAstExpr *e) {
    Scope *sc = st->cur;
    if (sc->comp) {
        const char *msg = sc->comp == COMP_LIST  ? "'yield' inside list comprehension"
                          : sc->comp == COMP_SET ? "'yield' inside set comprehension"
                          : sc->comp == COMP_DICT ? "'yield' inside dict comprehension"
                                                  : "'yield' inside generator expression";
        return error_at(st, msg, loc_expr(e));
    }
    if (sc->pub.kind != MO_SCOPE_FUNCTION) defer_error(st, "'yield' outside function", loc_expr(e));
    sc->pub.is_generator = true;
    return 0;
}

static int visit_expr_inner(St *st, const MoAstExpr *e) {
    switch (e->kind) {
    case MO_EXPR_NamedExpr:
        if (st->cur->comp_iter_expr > 0)
            return error_at(st, "assignment expression cannot be used in a comprehension iterable expression",
                            loc_expr(e));
        if (st->cur->comp && extend_namedexpr_scope(st, e->v.NamedExpr.target) < 0) return -1;
        if (visit_expr(st, e->v.NamedExpr.value) < 0) return -1;
        return visit_expr(st, e->v.NamedExpr.target);
    case MO_EXPR_BoolOp:
        return visit_exprs(st, &e->v.BoolOp.values);
    case MO_EXPR_BinOp:
        if (visit_expr(st, e->v.BinOp.left) < 0) return -1;
        return visit_expr(st, e->v.BinOp.right);
    case MO_EXPR_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case MO_EXPR_Lambda: {
        const MoAstArguments *a = e->v.Lambda.args;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0) return -1;
        if (enter_block(st, mo_str_intern("<lambda>"), MO_SCOPE_FUNCTION, e, e->lineno) < 0) return -1;
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.Lambda.body) < 0) return -1;
        exit_block(st);
        return 0;
    }
    case MO_EXPR_IfExp:
        if (visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0) return -1;
        return visit_expr(st, e->v.IfExp.orelse);
    case MO_EXPR_Dict:
        if (visit_exprs(st, &e->v.Dict.keys) < 0) return -1;
        return visit_exprs(st, &e->v.Dict.values);
    case MO_EXPR_Set:
        return visit_exprs(st, &e->v.Set.elts);
    case MO_EXPR_ListComp:
        return handle_comprehension(st, e, "<listcomp>", COMP_LIST, &e->v.ListComp.generators, e->v.ListComp.elt,
                                    NULL);
    case MO_EXPR_SetComp:
        return handle_comprehension(st, e, "<setcomp>", COMP_SET, &e->v.ListComp.generators, e->v.ListComp.elt,
                                    NULL);
    case MO_EXPR_GeneratorExp:
        return handle_comprehension(st, e, "<genexpr>", COMP_GEN, &e->v.ListComp.generators, e->v.ListComp.elt,
                                    NULL);
    case MO_EXPR_DictComp:
        return handle_comprehension(st, e, "<dictcomp>", COMP_DICT, &e->v.DictComp.generators, e->v.DictComp.key,
                                    e->v.DictComp.value);
    case MO_EXPR_Await: {
        if (visit_expr(st, e->v.Await.value) < 0) return -1;
        Scope *sc = st->cur;
        if (sc->pub.kind != MO_SCOPE_FUNCTION && sc->pub.kind != MO_SCOPE_COMPREHENSION)
            defer_error(st, "'await' outside function", loc_expr(e));
        else if (sc->pub.kind == MO_SCOPE_FUNCTION && !sc->is_async_def)
            defer_error(st, "'await' outside async function", loc_expr(e));
        sc->pub.is_coroutine = true;
        return 0;
    }
    case MO_EXPR_Yield:
        if (e->v.Yield.value && visit_expr(st, e->v.Yield.value) < 0) return -1;
        return check_yield(st, e);
    case MO_EXPR_YieldFrom:
        if (visit_expr(st, e->v.YieldFrom.value) < 0) return -1;
        return check_yield(st, e);
    case MO_EXPR_Compare:
        if (visit_expr(st, e->v.Compare.left) < 0) return -1;
        return visit_exprs(st, &e->v.Compare.comparators);
    case MO_EXPR_Call:
        if (check_keywords(st, &e->v.Call.keywords) < 0) return -1;
        if (visit_expr(st, e->v.Call.func) < 0 || visit_exprs(st, &e->v.Call.args) < 0) return -1;
        for (size_t i = 0; i < e->v.Call.keywords.len; i++)
            if (visit_expr(st, e->v.Call.keywords.items[i]->value) < 0) return -1;
        return 0;
    case MO_EXPR_FormattedValue:
        if (visit_expr(st, e->v.FormattedValue.value) < 0) return -1;
        return e->v.FormattedValue.format_spec ? visit_expr(st, e->v.FormattedValue.format_spec) : 0;
    case MO_EXPR_JoinedStr:
        return visit_exprs(st, &e->v.JoinedStr.values);
    case MO_EXPR_Constant:
        return 0;
    case MO_EXPR_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case MO_EXPR_Subscript:
        if (visit_expr(st, e->v.Subscript.value) < 0) return -1;
        return visit_expr(st, e->v.Subscript.slice);
    case MO_EXPR_Starred:
        return visit_expr(st, e->v.Starred.value);
    case MO_EXPR_Slice:
        if (e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0) return -1;
        if (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0) return -1;
        return e->v.Slice.step ? visit_expr(st, e->v.Slice.step) : 0;
    case MO_EXPR_Name:
        if (add_def(st, e->v.Name.id, e->v.Name.ctx == MO_AST_Load ? MO_DEF_USE : MO_DEF_LOCAL, loc_expr(e)) < 0)
            return -1;
        /* Zero-argument super() reads the implicit __class__ cell. */
        if (e->v.Name.ctx == MO_AST_Load && st->cur->pub.kind != MO_SCOPE_MODULE &&
            st->cur->pub.kind != MO_SCOPE_CLASS && mo_str_eq_cstr(e->v.Name.id, "super"))
            return add_def(st, mo_str_intern("__class__"), MO_DEF_USE, loc_expr(e));
        return 0;
    case MO_EXPR_List:
        return visit_exprs(st, &e->v.List.elts);
    case MO_EXPR_Tuple:
        return visit_exprs(st, &e->v.Tuple.elts);
    }
    mo_err_set(&mo_SystemError, "symtable: unknown expression kind");
    return -1;
}

static int visit_expr(St *st, const MoAstExpr *e) {
    if (enter_depth(st) < 0) return -1;
    int r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

static int add_capture(St *st, MoObject *name, const MoAstPattern *p) {
    if (!name) return 0;
    Loc loc = {p->lineno, p->col_offset, p->end_lineno, p->end_col_offset};
    return add_def(st, name, MO_DEF_LOCAL, loc);
}

static int visit_pattern_inner(St *st, const MoAstPattern *p) {
    switch (p->kind) {
    case MO_PAT_MatchValue:
        return visit_expr(st, p->v.MatchValue.value);
    case MO_PAT_MatchSingleton:
        return 0;
    case MO_PAT_MatchSequence:
        return visit_patterns(st, &p->v.MatchSequence.patterns);
    case MO_PAT_MatchStar:
        return add_capture(st, p->v.MatchStar.name, p);
    case MO_PAT_MatchMapping:
        if (visit_exprs(st, &p->v.MatchMapping.keys) < 0) return -1;
        if (visit_patterns(st, &p->v.MatchMapping.patterns) < 0) return -1;
        return add_capture(st, p->v.MatchMapping.rest, p);
    case MO_PAT_MatchClass:
        if (visit_expr(st, p->v.MatchClass.cls) < 0) return -1;
        if (visit_patterns(st, &p->v.MatchClass.patterns) < 0) return -1;
        return visit_patterns(st, &p->v.MatchClass.kwd_patterns);
    case MO_PAT_MatchAs:
        if (p->v.MatchAs.pattern && visit_pattern(st, p->v.MatchAs.pattern) < 0) return -1;
        return add_capture(st, p->v.MatchAs.name, p);
    case MO_PAT_MatchOr:
        return visit_patterns(st, &p->v.MatchOr.patterns);
    }
    mo_err_set(&mo_SystemError, "symtable: unknown pattern kind");
    return -1;
}

static int visit_pattern(St *st, const MoAstPattern *p) {
    if (enter_depth(st) < 0) return -1;
    int r = visit_pattern_inner(st, p);
    st->depth--;
    return r;
}

/* ---- analyze ------------------------------------------------------------------------------------ */

static int analyze_name(St *st, Scope *ste, MoSymbol *sym, NameSet *bound, NameSet *local, NameSet *free,
                        NameSet *global) {
    MoObject *name = sym->name;
    int flags = sym->flags;
    if (flags & MO_DEF_GLOBAL) {
        if (flags & MO_DEF_NONLOCAL) return error_at_directive(st, ste, "name '%U' is nonlocal and global", name);
        sym->kind = MO_SYM_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0) return -1;
        if (bound) set_discard(bound, name);
        return 0;
    }
    if (flags & MO_DEF_NONLOCAL) {
        if (!bound) return error_at_directive(st, ste, "nonlocal declaration not allowed at module level", name);
        if (!set_contains(bound, name)) return error_at_directive(st, ste, "no binding for nonlocal '%U' found", name);
        sym->kind = MO_SYM_FREE;
        ste->has_free = true;
        return set_add(free, name);
    }
    if (flags & DEF_BOUND) {
        sym->kind = MO_SYM_LOCAL;
        if (set_add(local, name) < 0) return -1;
        set_discard(global, name);
        return 0;
    }
    if (bound && set_contains(bound, name)) {
        sym->kind = MO_SYM_FREE;
        ste->has_free = true;
        return set_add(free, name);
    }
    sym->kind = MO_SYM_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(St *st, Scope *ste, NameSet *bound, NameSet *free, NameSet *global);

static int analyze_child_block(St *st, Scope *child, const NameSet *bound, const NameSet *free,
                               const NameSet *global, NameSet *child_free) {
    NameSet tb = {0}, tf = {0}, tg = {0};
    int r = -1;
    if (set_update(&tb, bound) < 0 || set_update(&tf, free) < 0 || set_update(&tg, global) < 0) goto done;
    if (analyze_block(st, child, &tb, &tf, &tg) < 0) goto done;
    r = set_update(child_free, &tf);
done:
    set_free(&tb);
    set_free(&tf);
    set_free(&tg);
    return r;
}

static int analyze_block(St *st, Scope *ste, NameSet *bound, NameSet *free, NameSet *global) {
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    MoSymScope *s = &ste->pub;
    bool is_class = s->kind == MO_SCOPE_CLASS;
    bool is_func = s->kind == MO_SCOPE_FUNCTION || s->kind == MO_SCOPE_COMPREHENSION;
    int r = -1;
    if (is_class) {
        /* Class bindings are invisible to nested scopes: pass down only what came from above. */
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0) goto done;
    }
    for (size_t i = 0; i < s->nsymbols; i++)
        if (analyze_name(st, ste, &s->symbols[i], bound, &local, free, global) < 0) goto done;
    if (!is_class) {
        if (is_func && set_update(&newbound, &local) < 0) goto done;
        if (set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0) goto done;
    } else {
        MoObject *cls = mo_str_intern("__class__");
        if (!cls || set_add(&newbound, cls) < 0) goto done;
    }
    for (size_t i = 0; i < s->nchildren; i++) {
        Scope *child = (Scope *)s->children[i];
        if (analyze_child_block(st, child, &newbound, &newfree, &newglobal, &allfree) < 0) goto done;
        if (child->has_free || child->pub.child_free) s->child_free = true;
    }
    if (set_update(&newfree, &allfree) < 0) goto done;
    if (is_func) {
        /* Locals that nested scopes read become cells. */
        for (size_t i = 0; i < s->nsymbols; i++) {
            MoSymbol *sym = &s->symbols[i];
            if (sym->kind == MO_SYM_LOCAL && set_contains(&newfree, sym->name)) {
                sym->kind = MO_SYM_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (is_class) {
        MoObject *cls = mo_str_intern("__class__");
        if (cls && set_contains(&newfree, cls)) {
            set_discard(&newfree, cls);
            s->needs_class_closure = true;
        }
    }
    /* Free names of children not resolved here pass through this scope (CPython's
     * update_symbols). */
    for (size_t i = 0; i < newfree.len; i++) {
        if (!newfree.ents[i].present) continue;
        MoObject *name = newfree.ents[i].name;
        MoSymbol *sym = scope_find(s, name);
        if (sym) {
            if (is_class && (sym->flags & (DEF_BOUND | MO_DEF_GLOBAL))) sym->flags |= MO_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_contains(bound, name)) continue;
        sym = scope_get_or_add(s, name);
        if (!sym) goto done;
        sym->kind = MO_SYM_FREE;
    }
    r = set_update(free, &newfree);
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&allfree);
    return r;
}

/* ---- public API --------------------------------------------------------------------------------- */

MoSymTable *mo_symtable_build(const MoAstMod *mod, const char *filename, const char *src, size_t len) {
    St *st = mo_calloc(sizeof(St));
    if (!st) return NULL;
    st->filename = filename ? filename : "<string>";
    st->src = src;
    st->len = len;
    if (enter_block(st, mo_str_intern("<module>"), MO_SCOPE_MODULE, mod, 1) < 0) goto fail;
    if (mod->kind == MO_MOD_Module) {
        if (visit_stmts(st, &mod->v.Module.body) < 0) goto fail;
    } else {
        if (visit_expr(st, mod->v.Expression.body) < 0) goto fail;
    }
    NameSet free = {0}, global = {0};
    int r = analyze_block(st, st->top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    if (r < 0) goto fail;
    if (st->pending_msg) {
        error_at(st, st->pending_msg, st->pending_loc);
        goto fail;
    }
    return st;
fail:
    mo_symtable_free(st);
    return NULL;
}

void mo_symtable_free(MoSymTable *st) {
    if (!st) return;
    for (size_t i = 0; i < st->nall; i++) {
        Scope *sc = st->all[i];
        mo_xdecref(sc->pub.name);
        mo_free(sc->pub.children);
        mo_free(sc->pub.symbols);
        mo_free(sc->pub.hash);
        mo_free(sc->dirs);
        mo_free(sc);
    }
    for (size_t i = 0; i < st->nowned; i++) mo_decref(st->owned[i]);
    mo_free(st->owned);
    mo_free(st->all);
    mo_free(st->mkeys);
    mo_free(st->mvals);
    mo_free(st);
}

MoSymScope *mo_symtable_top(MoSymTable *st) {
    return st && st->top ? &st->top->pub : NULL;
}

MoSymScope *mo_symtable_lookup(MoSymTable *st, const void *node) {
    if (!st || !st->mcap || !node) return NULL;
    size_t j = ((uintptr_t)node >> 3) & (st->mcap - 1);
    while (st->mkeys[j]) {
        if (st->mkeys[j] == node) return &st->mvals[j]->pub;
        j = (j + 1) & (st->mcap - 1);
    }
    return NULL;
}

const MoSymbol *mo_symscope_get(const MoSymScope *s, MoObject *name) {
    if (!s || !name) return NULL;
    return scope_find(s, name);
}

MoSymKind mo_symscope_kind(const MoSymScope *s, MoObject *name) {
    const MoSymbol *sym = mo_symscope_get(s, name);
    return sym ? sym->kind : MO_SYM_NONE;
}

/*
 * compiler.c: AST + symbol table -> code objects.
 *
 * One "unit" per scope (module, function, lambda, class body, comprehension) collects
 * instructions whose jump arguments are label ids; assemble() resolves the labels, builds the
 * exception table and computes the maximum stack depth by flow analysis.
 *
 * Exceptions use 3.11-style zero-cost handling. The compiler keeps a stack of active handlers
 * (label + the stack depth to unwind to); every emitted instruction records the handler on top of
 * that stack, and assemble() turns runs of equal handlers into exception-table ranges. The depth
 * is known statically: handlers are only set up at statement level, where the value stack holds
 * exactly what the enclosing constructs left on it (a for loop's iterator, an except block's saved
 * exception, a with statement's __exit__), which `u->depth` tracks.
 *
 * `break`, `continue` and `return` leave enclosing blocks by emitting each block's clean-up code
 * (pop the iterator, restore the handled exception, run the finally body, call __exit__) from a
 * stack of "fblocks", as CPython does; the handler stack is temporarily cut to the block's level
 * while its clean-up code is emitted so that the clean-up is not protected by the block itself.
 *
 * `match` statements are compiled in compile_match.c through the mo_cc_* wrappers at the end of
 * this file (compiler_internal.h). Private names are
 * mangled here (not in the symbol table) for the names looked up by string.
 *
 * Every construct the VM does not support yet (async, except*) is refused with a SyntaxError
 * naming it.
 */
#include "compiler.h"
#include "compiler_internal.h"

#include <string.h>

#include "../config.h"
#include "../core/state.h"
#include "../parse/parser.h"
#include "../objects/function.h"
#include "opcodes.h"
#include "symtable.h"

typedef struct Instr {
    uint32_t op, arg;
    int32_t line, end_line, col, end_col;
    int32_t anchor_a, anchor_b, anchor_kind;
    int32_t handler; /* index into u->handlers_used, or -1 */
} Instr;

typedef struct Handler {
    int label;
    int depth;
} Handler;

typedef enum FBlockKind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER_CLEANUP, FB_WITH,
    FB_POP_VALUE /* a return value waiting under a finally body run inline (CPython's POP_VALUE) */
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int continue_label, break_label;
    size_t hlen;              /* handler stack height before this block's handler */
    const MoAstStmtSeq *finalbody;
    MoObject *name;           /* except ... as name (HANDLER_CLEANUP), or NULL */
    int depth;                /* u->depth when the block was entered */
    bool is_async;            /* FB_WITH of an `async with`: the __aexit__ result is awaited */
} FBlock;

#define MAX_FBLOCKS 100

typedef struct Unit {
    MoSymScope *ste;
    Instr *instrs;
    size_t ninstrs, cap_instrs;
    int *labels;
    size_t nlabels, cap_labels;
    Handler *hstack;
    size_t hlen, hcap;
    Handler *hused;            /* distinct handler records referenced by instructions */
    size_t nhused, caphused;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    MoObject *consts, *consts_index;
    MoObject *names, *names_index;
    MoObject *varnames, *varnames_index;
    MoObject *cellvars, *cellvars_index;
    MoObject *freevars, *freevars_index;
    uint32_t argcount, posonly, kwonly;
    uint32_t flags;
    MoObject *name, *qualname;
    MoObject *private_name;    /* the enclosing class's name for private-name mangling, or NULL */
    int firstlineno;
    int32_t line, end_line, col, end_col;
    int depth;
    bool is_class;
    bool is_module;
    bool has_doc;
} Unit;

typedef struct Compiler {
    MoSymTable *st;
    const char *filename;
    const char *src;
    size_t srclen;
    MoObject *filename_obj;
    Unit *u;
    Unit *stack[MOAT_MAX_PARSE_DEPTH + 8];
    int nunits;
    int nest;                 /* C recursion of visit functions */
    bool future_annotations;  /* `from __future__ import annotations`: annotations stay strings */
} Compiler;

/* ---- errors -------------------------------------------------------------------------------- */

static int error_at(Compiler *c, int line, int col, int end_line, int end_col, const char *msg) {
    mo_syntax_error_at(&mo_SyntaxError, msg, c->filename, c->src, c->srclen, line, col, end_line, end_col);
    return -1;
}

static int unsupported_expr(Compiler *c, const MoAstExpr *e, const char *what) {
    char msg[128];
    size_t n = strlen(what);
    if (n > 80) n = 80;
    memcpy(msg, what, n);
    memcpy(msg + n, " is not supported yet", 22);
    return error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, msg);
}

static int unsupported_stmt(Compiler *c, const MoAstStmt *s, const char *what) {
    char msg[128];
    size_t n = strlen(what);
    if (n > 80) n = 80;
    memcpy(msg, what, n);
    memcpy(msg + n, " is not supported yet", 22);
    return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, msg);
}

/* ---- unit construction ------------------------------------------------------------------------ */

static void unit_free(Unit *u) {
    if (!u) return;
    mo_free(u->instrs);
    mo_free(u->labels);
    mo_free(u->hstack);
    mo_free(u->hused);
    mo_xdecref(u->consts);
    mo_xdecref(u->consts_index);
    mo_xdecref(u->names);
    mo_xdecref(u->names_index);
    mo_xdecref(u->varnames);
    mo_xdecref(u->varnames_index);
    mo_xdecref(u->cellvars);
    mo_xdecref(u->cellvars_index);
    mo_xdecref(u->freevars);
    mo_xdecref(u->freevars_index);
    mo_xdecref(u->name);
    mo_xdecref(u->qualname);
    mo_xdecref(u->private_name);
    mo_free(u);
}

/* Adds name to list+index if absent; returns its index or -1. */
static int64_t add_name(MoObject *list, MoObject *index, MoObject *name) {
    MoObject *v = mo_dict_get(index, name);
    if (v) {
        int64_t i;
        if (mo_int_as_i64(v, &i) < 0) return -1;
        return i;
    }
    if (mo_err_occurred()) return -1;
    int64_t i = (int64_t)MO_LIST_LEN(list);
    MoObject *iv = mo_int_from_i64(i);
    if (!iv) return -1;
    int r = mo_dict_set(index, name, iv);
    mo_decref(iv);
    if (r < 0 || mo_list_append(list, name) < 0) return -1;
    return i;
}

static int64_t find_name(MoObject *index, MoObject *name) {
    MoObject *v = mo_dict_get(index, name);
    if (!v) {
        if (mo_err_occurred()) return -2;
        return -1;
    }
    int64_t i;
    if (mo_int_as_i64(v, &i) < 0) return -2;
    return i;
}

static Unit *unit_new(Compiler *c, MoSymScope *ste, MoObject *name, MoObject *qualname, int firstlineno) {
    Unit *u = mo_calloc(sizeof(Unit));
    if (!u) return NULL;
    u->ste = ste;
    u->name = mo_newref(name);
    u->qualname = mo_newref(qualname);
    u->firstlineno = firstlineno;
    u->line = firstlineno;
    u->end_line = firstlineno;
    u->col = u->end_col = -1;
    if (!(u->consts = mo_list_new(0)) || !(u->consts_index = mo_dict_new()) || !(u->names = mo_list_new(0)) ||
        !(u->names_index = mo_dict_new()) || !(u->varnames = mo_list_new(0)) ||
        !(u->varnames_index = mo_dict_new()) || !(u->cellvars = mo_list_new(0)) ||
        !(u->cellvars_index = mo_dict_new()) || !(u->freevars = mo_list_new(0)) ||
        !(u->freevars_index = mo_dict_new())) {
        unit_free(u);
        return NULL;
    }
    u->is_class = ste->kind == MO_SCOPE_CLASS;
    u->is_module = ste->kind == MO_SCOPE_MODULE;
    if (u->is_class) u->private_name = mo_newref(name);
    else if (c->u && c->u->private_name) u->private_name = mo_newref(c->u->private_name);
    if (ste->kind == MO_SCOPE_FUNCTION || ste->kind == MO_SCOPE_COMPREHENSION) {
        u->flags |= MO_CO_OPTIMIZED | MO_CO_NEWLOCALS;
        if (ste->kind == MO_SCOPE_COMPREHENSION) {
            MoObject *dot0 = mo_str_intern(".0");
            if (!dot0 || add_name(u->varnames, u->varnames_index, dot0) < 0) goto fail;
        }
        for (size_t i = 0; i < ste->nparams; i++) {
            if (add_name(u->varnames, u->varnames_index, ste->symbols[i].name) < 0) goto fail;
        }
        for (size_t i = 0; i < ste->nsymbols; i++) {
            const MoSymbol *s = &ste->symbols[i];
            if (s->kind == MO_SYM_LOCAL && add_name(u->varnames, u->varnames_index, s->name) < 0) goto fail;
        }
        if (ste->has_varargs) u->flags |= MO_CO_VARARGS;
        if (ste->has_varkeywords) u->flags |= MO_CO_VARKEYWORDS;
        if (ste->is_generator) u->flags |= MO_CO_GENERATOR;
    }
    if (u->is_class) u->flags |= MO_CO_CLASSBODY;
    /* CPython's rule for CO_NESTED: the enclosing scope is a function (or comprehension), or is
     * itself nested (a method of a class defined in a function). co_flags shows it only on
     * function code. */
    if (c->u && (c->u->flags & (MO_CO_OPTIMIZED | MO_CO_NESTED))) u->flags |= MO_CO_NESTED;
    /* Cell and free variable names are sorted, as CPython's dictbytype does (co_cellvars and
     * co_freevars show the order). A class that binds a name its methods read from an enclosing
     * function still passes that function's cell on (CPython's DEF_FREE_CLASS). */
    {
        MoObject *cells = mo_list_new(0), *frees = mo_list_new(0);
        int r = cells && frees ? 0 : -1;
        for (size_t i = 0; i < ste->nsymbols && r == 0; i++) {
            const MoSymbol *s = &ste->symbols[i];
            if (s->kind == MO_SYM_CELL) r = mo_list_append(cells, s->name);
            else if (s->kind == MO_SYM_FREE || (u->is_class && (s->flags & MO_DEF_FREE_CLASS)))
                r = mo_list_append(frees, s->name);
        }
        if (r == 0) r = mo_list_sort(cells, NULL, false);
        if (r == 0) r = mo_list_sort(frees, NULL, false);
        for (size_t i = 0; r == 0 && i < MO_LIST_LEN(cells); i++)
            if (add_name(u->cellvars, u->cellvars_index, MO_LIST_ITEM(cells, i)) < 0) r = -1;
        if (r == 0 && u->is_class && ste->needs_class_closure &&
            add_name(u->cellvars, u->cellvars_index, mo_str_intern("__class__")) < 0)
            r = -1;
        for (size_t i = 0; r == 0 && i < MO_LIST_LEN(frees); i++)
            if (add_name(u->freevars, u->freevars_index, MO_LIST_ITEM(frees, i)) < 0) r = -1;
        mo_xdecref(cells);
        mo_xdecref(frees);
        if (r < 0) goto fail;
    }
    return u;
fail:
    unit_free(u);
    return NULL;
}

static int enter_unit(Compiler *c, Unit *u) {
    if (c->nunits >= (int)(sizeof c->stack / sizeof c->stack[0])) {
        mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    c->stack[c->nunits++] = u;
    c->u = u;
    return 0;
}

static void leave_unit(Compiler *c) {
    c->nunits--;
    c->u = c->nunits ? c->stack[c->nunits - 1] : NULL;
}

/* ---- emission ---------------------------------------------------------------------------------- */

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->cap_labels) {
        size_t ncap = u->cap_labels ? u->cap_labels * 2 : 32;
        int *n = mo_realloc(u->labels, ncap * sizeof(int));
        if (!n) return -1;
        u->labels = n;
        u->cap_labels = ncap;
    }
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

static void use_label(Compiler *c, int label) {
    if (label >= 0) c->u->labels[label] = (int)c->u->ninstrs;
}

static int32_t current_handler(Compiler *c) {
    Unit *u = c->u;
    if (!u->hlen) return -1;
    Handler h = u->hstack[u->hlen - 1];
    /* Reuse the previous record when unchanged, so runs coalesce cheaply. */
    if (u->nhused && u->hused[u->nhused - 1].label == h.label && u->hused[u->nhused - 1].depth == h.depth)
        return (int32_t)(u->nhused - 1);
    if (u->nhused == u->caphused) {
        size_t ncap = u->caphused ? u->caphused * 2 : 16;
        Handler *n = mo_realloc(u->hused, ncap * sizeof(Handler));
        if (!n) return -2;
        u->hused = n;
        u->caphused = ncap;
    }
    u->hused[u->nhused] = h;
    return (int32_t)u->nhused++;
}

static int emit(Compiler *c, MoOpcode op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > MO_MAX_ARG) {
        return error_at(c, u->line, u->col, u->end_line, u->end_col, "too many constants, names or instructions");
    }
    if (u->ninstrs == u->cap_instrs) {
        if (u->ninstrs >= MO_MAX_ARG) {
            return error_at(c, u->line, u->col, u->end_line, u->end_col, "code too large");
        }
        size_t ncap = u->cap_instrs ? u->cap_instrs * 2 : 64;
        Instr *n = mo_realloc(u->instrs, ncap * sizeof(Instr));
        if (!n) return -1;
        u->instrs = n;
        u->cap_instrs = ncap;
    }
    int32_t h = current_handler(c);
    if (h == -2) return -1;
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->line = u->line;
    in->end_line = u->end_line;
    in->col = u->col;
    in->end_col = u->end_col;
    in->anchor_a = in->anchor_b = in->anchor_kind = 0;
    in->handler = h;
    return 0;
}

#define EMIT(op, arg) do { if (emit(c, MO_OP_##op, (uint32_t)(arg)) < 0) return -1; } while (0)
#define EMIT_JUMP(op, label) do { if (emit(c, MO_OP_##op, (uint32_t)(label)) < 0) return -1; } while (0)
#define NEW_LABEL(var) int var = new_label(c); if (var < 0) return -1
#define CHECK(x) do { if ((x) < 0) return -1; } while (0)

static int push_handler(Compiler *c, int label, int depth) {
    Unit *u = c->u;
    if (u->hlen == u->hcap) {
        size_t ncap = u->hcap ? u->hcap * 2 : 16;
        Handler *n = mo_realloc(u->hstack, ncap * sizeof(Handler));
        if (!n) return -1;
        u->hstack = n;
        u->hcap = ncap;
    }
    u->hstack[u->hlen].label = label;
    u->hstack[u->hlen].depth = depth;
    u->hlen++;
    return 0;
}

static void pop_handler(Compiler *c) { c->u->hlen--; }

static int64_t add_const(Compiler *c, MoObject *o) {
    Unit *u = c->u;
    MoType *t = MO_TYPE(o);
    bool dedupe = o == mo_None || o == mo_True || o == mo_False || o == mo_Ellipsis || t == &mo_int_type ||
                  t == &mo_str_type || t == &mo_bytes_type || t == &mo_float_type;
    MoObject *key = NULL;
    if (dedupe) {
        /* Keys carry the type (1 == 1.0 == True) and the sign of floats (0.0 == -0.0). */
        int neg = t == &mo_float_type && MO_FLOAT_VALUE(o) == 0.0 && 1.0 / MO_FLOAT_VALUE(o) < 0;
        MoObject *flag = mo_bool(neg);
        key = mo_tuple_pack(3, MO(t), o, flag);
        mo_decref(flag);
        if (!key) return -1;
        if (t == &mo_float_type && MO_FLOAT_VALUE(o) != MO_FLOAT_VALUE(o)) {
            mo_decref(key);
            key = NULL;
        } else {
            int64_t i = find_name(u->consts_index, key);
            if (i >= 0 || i == -2) {
                mo_decref(key);
                return i == -2 ? -1 : i;
            }
        }
    }
    int64_t i = (int64_t)MO_LIST_LEN(u->consts);
    if (mo_list_append(u->consts, o) < 0) {
        mo_xdecref(key);
        return -1;
    }
    if (key) {
        MoObject *iv = mo_int_from_i64(i);
        int r = iv ? mo_dict_set(u->consts_index, key, iv) : -1;
        mo_xdecref(iv);
        mo_decref(key);
        if (r < 0) return -1;
    }
    return i;
}

/* Records caret anchors on the last emitted instruction. */
static void set_anchor(Compiler *c, int kind, int a, int b) {
    Instr *in = &c->u->instrs[c->u->ninstrs - 1];
    in->anchor_kind = kind;
    in->anchor_a = a;
    in->anchor_b = b;
}

static int emit_const(Compiler *c, MoObject *o) {
    int64_t i = add_const(c, o);
    if (i < 0) return -1;
    return emit(c, MO_OP_LOAD_CONST, (uint32_t)i);
}

/* Private name mangling (CPython's _Py_Mangle): inside a class, `__x` (not ending in "__", no
 * dot) becomes `_Class__x`, with the class name's leading underscores stripped. Applied to the
 * names the code looks up by string (globals, class namespaces, attributes); fast locals and
 * cells keep their source names, which the symbol table uses. New reference. */
static MoObject *mangle(Compiler *c, MoObject *name) {
    MoObject *priv = c->u->private_name;
    const char *n = MO_STR_UTF8(name);
    size_t len = MO_STR_NBYTES(name);
    if (!priv || len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') ||
        memchr(n, '.', len))
        return mo_newref(name);
    const char *p = MO_STR_UTF8(priv);
    size_t plen = MO_STR_NBYTES(priv);
    while (plen && *p == '_') {
        p++;
        plen--;
    }
    if (!plen) return mo_newref(name);
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append(&b, "_", 1);
    mo_strbuf_append(&b, p, plen);
    mo_strbuf_append(&b, n, len);
    MoObject *m = mo_strbuf_finish(&b);
    if (!m) return NULL;
    MoObject *interned = mo_str_intern_obj(m);
    mo_decref(m);
    return interned;
}

static int emit_name_op(Compiler *c, MoOpcode op, MoObject *name) {
    MoObject *m = op == MO_OP_IMPORT_NAME || op == MO_OP_IMPORT_FROM ? mo_newref(name) : mangle(c, name);
    if (!m) return -1;
    int64_t i = add_name(c->u->names, c->u->names_index, m);
    mo_decref(m);
    if (i < 0) return -1;
    return emit(c, op, (uint32_t)i);
}

/* Sets the position of subsequently emitted instructions; returns the previous one. */
typedef struct Pos { int32_t line, end_line, col, end_col; } Pos;

static Pos set_pos(Compiler *c, int line, int col, int end_line, int end_col) {
    Unit *u = c->u;
    Pos p = {u->line, u->end_line, u->col, u->end_col};
    u->line = line;
    u->col = col;
    u->end_line = end_line;
    u->end_col = end_col;
    return p;
}

static void restore_pos(Compiler *c, Pos p) {
    c->u->line = p.line;
    c->u->end_line = p.end_line;
    c->u->col = p.col;
    c->u->end_col = p.end_col;
}

/* ---- names ----------------------------------------------------------------------------------- */

typedef enum NameCtx { N_LOAD, N_STORE, N_DEL } NameCtx;

static int compile_nameop(Compiler *c, MoObject *name, NameCtx ctx) {
    Unit *u = c->u;
    MoSymKind kind = mo_symscope_kind(u->ste, name);
    if (u->is_class && mo_str_eq_cstr(name, "__class__") && u->ste->needs_class_closure) kind = MO_SYM_CELL;
    int64_t i;
    switch (kind) {
    case MO_SYM_FREE:
        i = find_name(u->freevars_index, name);
        if (i < 0) goto globalish;
        i += (int64_t)MO_LIST_LEN(u->varnames) + (int64_t)MO_LIST_LEN(u->cellvars);
        if (ctx == N_LOAD) return emit(c, u->is_class ? MO_OP_LOAD_CLASSDEREF : MO_OP_LOAD_DEREF, (uint32_t)i);
        return emit(c, ctx == N_STORE ? MO_OP_STORE_DEREF : MO_OP_DELETE_DEREF, (uint32_t)i);
    case MO_SYM_CELL:
        if (u->is_class && !mo_str_eq_cstr(name, "__class__")) goto namelike;
        i = find_name(u->cellvars_index, name);
        if (i < 0) goto globalish;
        i += (int64_t)MO_LIST_LEN(u->varnames);
        if (ctx == N_LOAD) return emit(c, MO_OP_LOAD_DEREF, (uint32_t)i);
        return emit(c, ctx == N_STORE ? MO_OP_STORE_DEREF : MO_OP_DELETE_DEREF, (uint32_t)i);
    case MO_SYM_LOCAL:
        if (u->flags & MO_CO_OPTIMIZED) {
            i = find_name(u->varnames_index, name);
            if (i == -2) return -1;
            if (i < 0) i = add_name(u->varnames, u->varnames_index, name);
            if (i < 0) return -1;
            return emit(c, ctx == N_LOAD ? MO_OP_LOAD_FAST : ctx == N_STORE ? MO_OP_STORE_FAST : MO_OP_DELETE_FAST,
                        (uint32_t)i);
        }
        if (u->is_class) goto namelike;
        goto globalish;
    case MO_SYM_GLOBAL_IMPLICIT:
        if (u->is_class) goto namelike;
        goto globalish;
    case MO_SYM_GLOBAL_EXPLICIT:
    default:
        if (kind == MO_SYM_NONE && u->is_class) goto namelike;
        goto globalish;
    }
globalish:
    if (mo_err_occurred()) return -1;
    return emit_name_op(c, ctx == N_LOAD ? MO_OP_LOAD_GLOBAL : ctx == N_STORE ? MO_OP_STORE_GLOBAL : MO_OP_DELETE_GLOBAL,
                        name);
namelike:
    return emit_name_op(c, ctx == N_LOAD ? MO_OP_LOAD_NAME : ctx == N_STORE ? MO_OP_STORE_NAME : MO_OP_DELETE_NAME,
                        name);
}

/* ---- forward declarations --------------------------------------------------------------------- */

static int visit_expr(Compiler *c, const MoAstExpr *e);
static int visit_stmt(Compiler *c, const MoAstStmt *s);
static int emit_await_loop(Compiler *c);
static int visit_body(Compiler *c, const MoAstStmtSeq *body);
static int visit_store(Compiler *c, const MoAstExpr *e);

static int enter_nest(Compiler *c, int line, int col) {
    if (++c->nest > 3 * MOAT_MAX_PARSE_DEPTH) {
        c->nest--;
        mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

/* ---- expressions ----------------------------------------------------------------------------- */

static bool has_starred(const MoAstExprSeq *s) {
    for (size_t i = 0; i < s->len; i++)
        if (s->items[i]->kind == MO_EXPR_Starred) return true;
    return false;
}

/* The value of a constant expression as CPython's AST optimizer folds it (a literal, or a signed
 * number literal such as -1): new reference, or NULL (no exception) if e is not one. */
static MoObject *folded_constant(const MoAstExpr *e) {
    if (e->kind == MO_EXPR_Constant) return mo_newref(e->v.Constant.value);
    if (e->kind == MO_EXPR_UnaryOp && (e->v.UnaryOp.op == MO_AST_USub || e->v.UnaryOp.op == MO_AST_UAdd) &&
        e->v.UnaryOp.operand->kind == MO_EXPR_Constant) {
        MoObject *v = e->v.UnaryOp.operand->v.Constant.value;
        if (MO_TYPE(v) != &mo_int_type && MO_TYPE(v) != &mo_float_type) return NULL;
        MoObject *r = mo_unaryop(v, e->v.UnaryOp.op == MO_AST_USub ? MO_NEG : MO_POS);
        if (!r) mo_err_clear();
        return r;
    }
    return NULL;
}

/* Builds a list/tuple/set display (kind: 0 list, 1 tuple, 2 set) from elts, handling starred. */
static int visit_sequence(Compiler *c, const MoAstExprSeq *elts, int kind) {
    if (kind == 2 && elts->len >= 3) {
        /* CPython folds a set display of >= 3 constants into BUILD_SET 0 + a frozenset constant +
         * SET_UPDATE; the bulk update sizes the table differently, which shows in the iteration
         * order, so do the same. */
        MoObject *t = mo_tuple_new(elts->len);
        if (!t) return -1;
        size_t n = 0;
        for (; n < elts->len; n++) {
            MoObject *v = folded_constant(elts->items[n]);
            if (!v) break;
            MO_TUPLE_SET(t, n, v);
        }
        for (size_t i = n; i < elts->len; i++) MO_TUPLE_SET(t, i, mo_none());
        bool all_const = n == elts->len;
        if (!all_const) mo_decref(t);
        if (all_const) {
            MoObject *fs = mo_set_new(t, true);
            mo_decref(t);
            if (!fs) {
                /* An unhashable constant cannot occur; let the ordinary path raise at run time. */
                mo_err_clear();
            } else {
                int64_t ci = add_const(c, fs);
                mo_decref(fs);
                if (ci < 0) return -1;
                EMIT(BUILD_SET, 0);
                EMIT(LOAD_CONST, ci);
                EMIT(SET_UPDATE, 1);
                return 0;
            }
        }
    }
    if (!has_starred(elts)) {
        for (size_t i = 0; i < elts->len; i++) CHECK(visit_expr(c, elts->items[i]));
        if (kind == 0) EMIT(BUILD_LIST, elts->len);
        else if (kind == 1) EMIT(BUILD_TUPLE, elts->len);
        else EMIT(BUILD_SET, elts->len);
        return 0;
    }
    if (kind == 2) EMIT(BUILD_SET, 0);
    else EMIT(BUILD_LIST, 0);
    for (size_t i = 0; i < elts->len; i++) {
        const MoAstExpr *e = elts->items[i];
        if (e->kind == MO_EXPR_Starred) {
            CHECK(visit_expr(c, e->v.Starred.value));
            if (kind == 2) EMIT(SET_UPDATE, 1);
            else EMIT(LIST_EXTEND, 1);
        } else {
            CHECK(visit_expr(c, e));
            if (kind == 2) EMIT(SET_ADD, 1);
            else EMIT(LIST_APPEND, 1);
        }
    }
    if (kind == 1) EMIT(LIST_TO_TUPLE, 0);
    return 0;
}

static int visit_dict(Compiler *c, const MoAstExpr *e) {
    size_t n = e->v.Dict.keys.len;
    bool unpack = false;
    for (size_t i = 0; i < n; i++)
        if (!e->v.Dict.keys.items[i]) unpack = true;
    if (!unpack && n < 1024) {
        for (size_t i = 0; i < n; i++) {
            CHECK(visit_expr(c, e->v.Dict.keys.items[i]));
            CHECK(visit_expr(c, e->v.Dict.values.items[i]));
        }
        EMIT(BUILD_MAP, n);
        return 0;
    }
    EMIT(BUILD_MAP, 0);
    for (size_t i = 0; i < n; i++) {
        if (e->v.Dict.keys.items[i]) {
            CHECK(visit_expr(c, e->v.Dict.keys.items[i]));
            CHECK(visit_expr(c, e->v.Dict.values.items[i]));
            EMIT(MAP_ADD, 1);
        } else {
            CHECK(visit_expr(c, e->v.Dict.values.items[i]));
            EMIT(DICT_UPDATE, 1);
        }
    }
    return 0;
}

static int compare_op(Compiler *c, MoAstCmpOp op) {
    switch (op) {
    case MO_AST_Eq: EMIT(COMPARE_OP, MO_EQ); break;
    case MO_AST_NotEq: EMIT(COMPARE_OP, MO_NE); break;
    case MO_AST_Lt: EMIT(COMPARE_OP, MO_LT); break;
    case MO_AST_LtE: EMIT(COMPARE_OP, MO_LE); break;
    case MO_AST_Gt: EMIT(COMPARE_OP, MO_GT); break;
    case MO_AST_GtE: EMIT(COMPARE_OP, MO_GE); break;
    case MO_AST_Is: EMIT(IS_OP, 0); break;
    case MO_AST_IsNot: EMIT(IS_OP, 1); break;
    case MO_AST_In: EMIT(CONTAINS_OP, 0); break;
    case MO_AST_NotIn: EMIT(CONTAINS_OP, 1); break;
    }
    return 0;
}

static int visit_compare(Compiler *c, const MoAstExpr *e) {
    size_t n = e->v.Compare.ops.len;
    CHECK(visit_expr(c, e->v.Compare.left));
    if (n == 1) {
        CHECK(visit_expr(c, e->v.Compare.comparators.items[0]));
        return compare_op(c, e->v.Compare.ops.items[0]);
    }
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    for (size_t i = 0; i + 1 < n; i++) {
        CHECK(visit_expr(c, e->v.Compare.comparators.items[i]));
        EMIT(SWAP, 2);
        EMIT(COPY, 2);
        CHECK(compare_op(c, e->v.Compare.ops.items[i]));
        EMIT_JUMP(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    CHECK(visit_expr(c, e->v.Compare.comparators.items[n - 1]));
    CHECK(compare_op(c, e->v.Compare.ops.items[n - 1]));
    EMIT_JUMP(JUMP, end);
    use_label(c, cleanup);
    EMIT(SWAP, 2);
    EMIT(POP_TOP, 0);
    use_label(c, end);
    return 0;
}

/* Emits a conditional jump to `label` if the truth of e equals `cond`. */
static int visit_jump_if(Compiler *c, const MoAstExpr *e, bool cond, int label) {
    if (e->kind == MO_EXPR_UnaryOp && e->v.UnaryOp.op == MO_AST_Not)
        return visit_jump_if(c, e->v.UnaryOp.operand, !cond, label);
    if (e->kind == MO_EXPR_BoolOp) {
        bool is_and = e->v.BoolOp.op == MO_AST_And;
        const MoAstExprSeq *vals = &e->v.BoolOp.values;
        if (is_and != cond) {
            /* (a and b) jump-if-false / (a or b) jump-if-true: any operand decides. */
            for (size_t i = 0; i < vals->len; i++) CHECK(visit_jump_if(c, vals->items[i], cond, label));
        } else {
            NEW_LABEL(skip);
            for (size_t i = 0; i + 1 < vals->len; i++) CHECK(visit_jump_if(c, vals->items[i], !cond, skip));
            CHECK(visit_jump_if(c, vals->items[vals->len - 1], cond, label));
            use_label(c, skip);
        }
        return 0;
    }
    CHECK(visit_expr(c, e));
    Pos p = set_pos(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    int r = emit(c, cond ? MO_OP_POP_JUMP_IF_TRUE : MO_OP_POP_JUMP_IF_FALSE, (uint32_t)label);
    restore_pos(c, p);
    return r;
}

static int visit_keywords_to_dict(Compiler *c, const MoAstKeywordSeq *kws) {
    /* Builds one dict from keyword arguments and ** mappings (duplicate keys are TypeErrors). */
    EMIT(BUILD_MAP, 0);
    size_t i = 0;
    while (i < kws->len) {
        const MoAstKeyword *k = kws->items[i];
        if (!k->arg) {
            CHECK(visit_expr(c, k->value));
            EMIT(DICT_MERGE, 1);
            i++;
            continue;
        }
        size_t j = i;
        while (j < kws->len && kws->items[j]->arg) {
            CHECK(emit_const(c, kws->items[j]->arg));
            CHECK(visit_expr(c, kws->items[j]->value));
            j++;
        }
        EMIT(BUILD_MAP, j - i);
        EMIT(DICT_MERGE, 1);
        i = j;
    }
    return 0;
}

static int visit_positional_list(Compiler *c, const MoAstExprSeq *args, size_t extra);

/* Emits arguments and the CALL for a callable already pushed as [NULL|meth, callable|self]. */
static int visit_call_args(Compiler *c, const MoAstExprSeq *args, const MoAstKeywordSeq *kws, size_t extra) {
    bool ex = has_starred(args);
    for (size_t i = 0; i < kws->len; i++)
        if (!kws->items[i]->arg) ex = true;
    if (!ex && args->len + kws->len < 200) {
        for (size_t i = 0; i < args->len; i++) CHECK(visit_expr(c, args->items[i]));
        if (kws->len) {
            MoObject *names = mo_tuple_new(kws->len);
            if (!names) return -1;
            for (size_t i = 0; i < kws->len; i++) MO_TUPLE_SET(names, i, mo_newref(kws->items[i]->arg));
            int64_t ci = add_const(c, names);
            mo_decref(names);
            if (ci < 0) return -1;
            for (size_t i = 0; i < kws->len; i++) CHECK(visit_expr(c, kws->items[i]->value));
            EMIT(KW_NAMES, ci);
        }
        EMIT(CALL, args->len + kws->len + extra);
        return 0;
    }
    if (extra == 0 && args->len == 1 && args->items[0]->kind == MO_EXPR_Starred) {
        /* f(*x): x goes to CALL_FUNCTION_EX as is, which reports "f() argument after *". */
        CHECK(visit_expr(c, args->items[0]->v.Starred.value));
    } else {
        CHECK(visit_positional_list(c, args, extra));
    }
    if (kws->len) {
        CHECK(visit_keywords_to_dict(c, kws));
        EMIT(CALL_FUNCTION_EX, 1);
    } else {
        EMIT(CALL_FUNCTION_EX, 0);
    }
    return 0;
}

/* Builds the positional-argument tuple of a call with starred arguments. Leading arguments
 * already pushed (class: function and name) start the list. */
static int visit_positional_list(Compiler *c, const MoAstExprSeq *args, size_t extra) {
    EMIT(BUILD_LIST, extra);
    for (size_t i = 0; i < args->len; i++) {
        const MoAstExpr *a = args->items[i];
        if (a->kind == MO_EXPR_Starred) {
            CHECK(visit_expr(c, a->v.Starred.value));
            EMIT(LIST_EXTEND, 1);
        } else {
            CHECK(visit_expr(c, a));
            EMIT(LIST_APPEND, 1);
        }
    }
    EMIT(LIST_TO_TUPLE, 0);
    return 0;
}

static int visit_call(Compiler *c, const MoAstExpr *e) {
    const MoAstExpr *f = e->v.Call.func;
    bool ex = has_starred(&e->v.Call.args);
    for (size_t i = 0; i < e->v.Call.keywords.len; i++)
        if (!e->v.Call.keywords.items[i]->arg) ex = true;
    if (f->kind == MO_EXPR_Attribute && f->v.Attribute.ctx == MO_AST_Load && !ex) {
        CHECK(visit_expr(c, f->v.Attribute.value));
        Pos p = set_pos(c, f->lineno, f->col_offset, f->end_lineno, f->end_col_offset);
        int r = emit_name_op(c, MO_OP_LOAD_METHOD, f->v.Attribute.attr);
        restore_pos(c, p);
        CHECK(r);
        return visit_call_args(c, &e->v.Call.args, &e->v.Call.keywords, 0);
    }
    EMIT(PUSH_NULL, 0);
    CHECK(visit_expr(c, f));
    return visit_call_args(c, &e->v.Call.args, &e->v.Call.keywords, 0);
}

static int visit_slice_part(Compiler *c, const MoAstExpr *e) {
    if (e) return visit_expr(c, e);
    return emit_const(c, mo_None);
}

static int visit_slice(Compiler *c, const MoAstExpr *e) {
    CHECK(visit_slice_part(c, e->v.Slice.lower));
    CHECK(visit_slice_part(c, e->v.Slice.upper));
    if (e->v.Slice.step) {
        CHECK(visit_expr(c, e->v.Slice.step));
        EMIT(BUILD_SLICE, 3);
    } else {
        EMIT(BUILD_SLICE, 2);
    }
    return 0;
}

static int visit_joined(Compiler *c, const MoAstExpr *e);

static int visit_formatted(Compiler *c, const MoAstExpr *e) {
    CHECK(visit_expr(c, e->v.FormattedValue.value));
    uint32_t flags = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': flags = MO_FMT_STR; break;
    case 'r': flags = MO_FMT_REPR; break;
    case 'a': flags = MO_FMT_ASCII; break;
    default: break;
    }
    if (e->v.FormattedValue.format_spec) {
        CHECK(visit_expr(c, e->v.FormattedValue.format_spec));
        flags |= MO_FMT_HAS_SPEC;
    }
    EMIT(FORMAT_VALUE, flags);
    return 0;
}

static int visit_joined(Compiler *c, const MoAstExpr *e) {
    const MoAstExprSeq *vals = &e->v.JoinedStr.values;
    if (vals->len == 0) {
        MoObject *s = mo_str_from_utf8("", 0);
        if (!s) return -1;
        int r = emit_const(c, s);
        mo_decref(s);
        return r;
    }
    for (size_t i = 0; i < vals->len; i++) CHECK(visit_expr(c, vals->items[i]));
    if (vals->len == 1 && vals->items[0]->kind == MO_EXPR_FormattedValue) return 0;
    if (vals->len == 1 && vals->items[0]->kind == MO_EXPR_Constant && MO_STR_CHECK(vals->items[0]->v.Constant.value))
        return 0;
    EMIT(BUILD_STRING, vals->len);
    return 0;
}

static int make_function_from_unit(Compiler *c, MoCode *code, uint32_t flags_so_far);
static MoCode *assemble(Compiler *c, Unit *u);
static MoObject *make_qualname(Compiler *c, MoObject *name);

/* ---- annotations ------------------------------------------------------------------------------ */

/* Pushes the value of an annotation: evaluated, or under `from __future__ import annotations` its
 * source text (CPython unparses the expression; the source slice is the same for ordinary
 * single-line annotations). */
static size_t line_start(const char *src, size_t len, int line) {
    size_t pos = 0;
    for (int cur = 1; cur < line && pos < len; pos++)
        if (src[pos] == '\n') cur++;
    return pos;
}

static int visit_annotation(Compiler *c, const MoAstExpr *e) {
    if (!c->future_annotations || !c->src) return visit_expr(c, e);
    size_t start = line_start(c->src, c->srclen, e->lineno) + (size_t)e->col_offset;
    size_t end = line_start(c->src, c->srclen, e->end_lineno) + (size_t)e->end_col_offset;
    if (e->col_offset < 0 || e->end_col_offset < 0 || start > end || end > c->srclen) return visit_expr(c, e);
    MoObject *text = mo_str_decode_utf8(c->src + start, end - start);
    if (!text) return -1;
    int r = emit_const(c, text);
    mo_decref(text);
    return r;
}

/* Whether a module or class body has an annotated name to record (CPython's find_ann). */
static bool find_ann(const MoAstStmtSeq *body) {
    for (size_t i = 0; i < body->len; i++) {
        const MoAstStmt *s = body->items[i];
        switch (s->kind) {
        case MO_STMT_AnnAssign:
            return true;
        case MO_STMT_For:
        case MO_STMT_AsyncFor:
            if (find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse)) return true;
            break;
        case MO_STMT_While:
            if (find_ann(&s->v.While.body) || find_ann(&s->v.While.orelse)) return true;
            break;
        case MO_STMT_If:
            if (find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse)) return true;
            break;
        case MO_STMT_With:
        case MO_STMT_AsyncWith:
            if (find_ann(&s->v.With.body)) return true;
            break;
        case MO_STMT_Try:
        case MO_STMT_TryStar:
            if (find_ann(&s->v.Try.body) || find_ann(&s->v.Try.orelse) || find_ann(&s->v.Try.finalbody)) return true;
            for (size_t k = 0; k < s->v.Try.handlers.len; k++)
                if (find_ann(&s->v.Try.handlers.items[k]->body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* Pushes name (mangled) and the annotation value of one parameter; counts it in *n. */
static int visit_arg_annotation(Compiler *c, MoObject *name, const MoAstExpr *ann, size_t *n) {
    if (!ann) return 0;
    MoObject *m = mangle(c, name);
    if (!m) return -1;
    int r = emit_const(c, m);
    mo_decref(m);
    CHECK(r);
    CHECK(visit_annotation(c, ann));
    (*n)++;
    return 0;
}

/* Builds the __annotations__ dict of a def (parameters, then 'return') if it has any. */
static int visit_annotations(Compiler *c, const MoAstArguments *a, const MoAstExpr *returns, uint32_t *flags) {
    size_t n = 0;
    const MoAstArgSeq *seqs[] = {&a->posonlyargs, &a->args};
    for (size_t k = 0; k < 2; k++)
        for (size_t i = 0; i < seqs[k]->len; i++)
            CHECK(visit_arg_annotation(c, seqs[k]->items[i]->arg, seqs[k]->items[i]->annotation, &n));
    if (a->vararg) CHECK(visit_arg_annotation(c, a->vararg->arg, a->vararg->annotation, &n));
    for (size_t i = 0; i < a->kwonlyargs.len; i++)
        CHECK(visit_arg_annotation(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n));
    if (a->kwarg) CHECK(visit_arg_annotation(c, a->kwarg->arg, a->kwarg->annotation, &n));
    if (returns) {
        CHECK(emit_const(c, mo_str_intern("return")));
        CHECK(visit_annotation(c, returns));
        n++;
    }
    if (n) {
        EMIT(BUILD_MAP, n);
        *flags |= MO_MKFN_ANNOTATIONS;
    }
    return 0;
}

static int visit_defaults(Compiler *c, const MoAstArguments *a, uint32_t *flags) {
    if (a->defaults.len) {
        for (size_t i = 0; i < a->defaults.len; i++) CHECK(visit_expr(c, a->defaults.items[i]));
        EMIT(BUILD_TUPLE, a->defaults.len);
        *flags |= MO_MKFN_DEFAULTS;
    }
    size_t nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.len; i++) {
        const MoAstExpr *d = i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL;
        if (!d) continue;
        CHECK(emit_const(c, a->kwonlyargs.items[i]->arg));
        CHECK(visit_expr(c, d));
        nkw++;
    }
    if (nkw) {
        EMIT(BUILD_MAP, nkw);
        *flags |= MO_MKFN_KWDEFAULTS;
    }
    return 0;
}

static void set_arg_counts(Unit *u, const MoAstArguments *a) {
    u->argcount = (uint32_t)(a->posonlyargs.len + a->args.len);
    u->posonly = (uint32_t)a->posonlyargs.len;
    u->kwonly = (uint32_t)a->kwonlyargs.len;
}

static int visit_lambda(Compiler *c, const MoAstExpr *e) {
    uint32_t flags = 0;
    CHECK(visit_defaults(c, e->v.Lambda.args, &flags));
    MoSymScope *ste = mo_symtable_lookup(c->st, e);
    if (!ste) {
        mo_err_set(&mo_SystemError, "lambda has no scope");
        return -1;
    }
    MoObject *name = mo_str_intern("<lambda>");
    MoObject *qual = make_qualname(c, name);
    if (!qual) return -1;
    Unit *u = unit_new(c, ste, name, qual, e->lineno);
    mo_decref(qual);
    if (!u) return -1;
    set_arg_counts(u, e->v.Lambda.args);
    if (enter_unit(c, u) < 0) {
        unit_free(u);
        return -1;
    }
    /* A lambda has no docstring: None occupies consts[0] as in CPython. */
    int r = add_const(c, mo_None) < 0 ? -1 : 0;
    if (r == 0) {
        set_pos(c, e->v.Lambda.body->lineno, e->v.Lambda.body->col_offset, e->v.Lambda.body->end_lineno,
                e->v.Lambda.body->end_col_offset);
        r = visit_expr(c, e->v.Lambda.body);
        if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
    }
    MoCode *code = r == 0 ? assemble(c, u) : NULL;
    leave_unit(c);
    unit_free(u);
    if (!code) return -1;
    r = make_function_from_unit(c, code, flags);
    mo_decref(MO(code));
    return r;
}

/* Compiles a comprehension (all four kinds) as a nested function called with the outermost
 * iterator. kind: 0 list, 1 set, 2 dict, 3 generator. */
static int comprehension_generator(Compiler *c, const MoAstComprehensionSeq *gens, size_t gi, const MoAstExpr *elt,
                                   const MoAstExpr *val, int kind, int depth_of_result) {
    const MoAstComprehension *g = gens->items[gi];
    NEW_LABEL(start);
    NEW_LABEL(anchor);
    NEW_LABEL(if_cleanup);
    NEW_LABEL(handler);
    NEW_LABEL(reraise);
    if (gi == 0) {
        EMIT(LOAD_FAST, 0); /* .0 */
    } else {
        CHECK(visit_expr(c, g->iter));
        CHECK(emit(c, g->is_async ? MO_OP_GET_AITER : MO_OP_GET_ITER, 0));
    }
    use_label(c, start);
    if (g->is_async) {
        /* As `async for`: the result collection, then one iterator per level, stay on the stack. */
        CHECK(push_handler(c, handler, (kind == 3 ? 0 : 1) + (int)gi + 1));
        EMIT(GET_ANEXT, 0);
        CHECK(emit_await_loop(c));
        pop_handler(c);
    } else {
        EMIT_JUMP(FOR_ITER, anchor);
    }
    CHECK(visit_store(c, g->target));
    for (size_t i = 0; i < g->ifs.len; i++) CHECK(visit_jump_if(c, g->ifs.items[i], false, if_cleanup));
    if (gi + 1 < gens->len) {
        CHECK(comprehension_generator(c, gens, gi + 1, elt, val, kind, depth_of_result + 1));
    } else {
        int pos = (int)gi + 2 + depth_of_result - (int)gi; /* the result sits under one iterator per level */
        (void)pos;
        uint32_t under = (uint32_t)(gens->len + 1);
        switch (kind) {
        case 0:
            CHECK(visit_expr(c, elt));
            EMIT(LIST_APPEND, under);
            break;
        case 1:
            CHECK(visit_expr(c, elt));
            EMIT(SET_ADD, under);
            break;
        case 2:
            CHECK(visit_expr(c, elt));
            CHECK(visit_expr(c, val));
            EMIT(MAP_ADD, under);
            break;
        default:
            CHECK(visit_expr(c, elt));
            if (c->u->flags & MO_CO_ASYNC_GENERATOR) EMIT(ASYNC_GEN_WRAP, 0);
            EMIT(YIELD_VALUE, 0);
            EMIT(POP_TOP, 0);
            break;
        }
    }
    use_label(c, if_cleanup);
    EMIT_JUMP(JUMP, start);
    if (g->is_async) {
        use_label(c, handler);
        CHECK(emit_const(c, MO(&mo_StopAsyncIteration)));
        EMIT(CHECK_EXC_MATCH, 0);
        EMIT_JUMP(POP_JUMP_IF_FALSE, reraise);
        EMIT(POP_TOP, 0);
        EMIT(POP_TOP, 0);
        EMIT_JUMP(JUMP, anchor);
        use_label(c, reraise);
        EMIT(RERAISE, 0);
    }
    use_label(c, anchor);
    return 0;
}

static int visit_comprehension(Compiler *c, const MoAstExpr *e, int kind) {
    const MoAstComprehensionSeq *gens;
    const MoAstExpr *elt, *val = NULL;
    const char *cname;
    if (kind == 2) {
        gens = &e->v.DictComp.generators;
        elt = e->v.DictComp.key;
        val = e->v.DictComp.value;
        cname = "<dictcomp>";
    } else {
        gens = &e->v.ListComp.generators;
        elt = e->v.ListComp.elt;
        cname = kind == 0 ? "<listcomp>" : kind == 1 ? "<setcomp>" : "<genexpr>";
    }
    MoSymScope *ste = mo_symtable_lookup(c->st, e);
    if (!ste) {
        mo_err_set(&mo_SystemError, "comprehension has no scope");
        return -1;
    }
    bool is_async = ste->is_coroutine;
    for (size_t i = 0; i < gens->len; i++) is_async = is_async || gens->items[i]->is_async;
    /* An async generator expression is an async generator and may stand anywhere; another async
     * comprehension is awaited where it stands, so only a coroutine may hold it (CPython 3.11). */
    if (is_async && kind != 3 && !(c->u->flags & MO_CO_COROUTINE))
        return error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                        "asynchronous comprehension outside of an asynchronous function");
    MoObject *name = mo_str_intern(cname);
    MoObject *qual = make_qualname(c, name);
    if (!qual) return -1;
    /* Written in an async def (directly or in a comprehension there): a host call in it makes an
     * awaitable, so `gather(*(fetch(u) for u in urls))` gathers the calls as CPython would
     * gather the coroutines of an async tool function. */
    bool async_scope = (c->u->flags & (MO_CO_COROUTINE | MO_CO_ASYNC_SCOPE)) != 0;
    Unit *u = unit_new(c, ste, name, qual, e->lineno);
    mo_decref(qual);
    if (!u) return -1;
    u->argcount = 1;
    if (async_scope) u->flags |= MO_CO_ASYNC_SCOPE;
    if (kind == 3) u->flags |= is_async ? MO_CO_ASYNC_GENERATOR : MO_CO_GENERATOR;
    /* An async comprehension is a coroutine awaited where it stands (CPython 3.11). */
    else if (is_async) u->flags |= MO_CO_COROUTINE | MO_CO_GENERATOR;
    if (enter_unit(c, u) < 0) {
        unit_free(u);
        return -1;
    }
    int r = 0;
    if (kind == 0) r = emit(c, MO_OP_BUILD_LIST, 0);
    else if (kind == 1) r = emit(c, MO_OP_BUILD_SET, 0);
    else if (kind == 2) r = emit(c, MO_OP_BUILD_MAP, 0);
    if (r == 0) r = comprehension_generator(c, gens, 0, elt, val, kind, 0);
    if (r == 0 && kind == 3) r = emit_const(c, mo_None);
    if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
    MoCode *code = r == 0 ? assemble(c, u) : NULL;
    leave_unit(c);
    unit_free(u);
    if (!code) return -1;
    r = make_function_from_unit(c, code, 0);
    mo_decref(MO(code));
    CHECK(r);
    CHECK(visit_expr(c, gens->items[0]->iter));
    CHECK(emit(c, gens->items[0]->is_async ? MO_OP_GET_AITER : MO_OP_GET_ITER, 0));
    EMIT(CALL, 0);
    if (is_async && kind != 3) {
        EMIT(GET_AWAITABLE, 0);
        CHECK(emit_await_loop(c));
    }
    return 0;
}

static int visit_expr_inner(Compiler *c, const MoAstExpr *e) {
    switch (e->kind) {
    case MO_EXPR_Constant:
        return emit_const(c, e->v.Constant.value);
    case MO_EXPR_Name:
        return compile_nameop(c, e->v.Name.id, N_LOAD);
    case MO_EXPR_BinOp:
        CHECK(visit_expr(c, e->v.BinOp.left));
        CHECK(visit_expr(c, e->v.BinOp.right));
        EMIT(BINARY_OP, e->v.BinOp.op);
        if (e->v.BinOp.left->end_lineno == e->lineno && e->v.BinOp.right->lineno == e->lineno)
            set_anchor(c, 1, e->v.BinOp.left->end_col_offset, e->v.BinOp.right->col_offset);
        return 0;
    case MO_EXPR_UnaryOp:
        CHECK(visit_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case MO_AST_Not: EMIT(UNARY_NOT, 0); break;
        case MO_AST_USub: EMIT(UNARY_OP, MO_NEG); break;
        case MO_AST_UAdd: EMIT(UNARY_OP, MO_POS); break;
        case MO_AST_Invert: EMIT(UNARY_OP, MO_INVERT); break;
        }
        return 0;
    case MO_EXPR_BoolOp: {
        NEW_LABEL(end);
        const MoAstExprSeq *vals = &e->v.BoolOp.values;
        for (size_t i = 0; i + 1 < vals->len; i++) {
            CHECK(visit_expr(c, vals->items[i]));
            if (e->v.BoolOp.op == MO_AST_And) EMIT_JUMP(JUMP_IF_FALSE_OR_POP, end);
            else EMIT_JUMP(JUMP_IF_TRUE_OR_POP, end);
        }
        CHECK(visit_expr(c, vals->items[vals->len - 1]));
        use_label(c, end);
        return 0;
    }
    case MO_EXPR_Compare:
        return visit_compare(c, e);
    case MO_EXPR_IfExp: {
        NEW_LABEL(orelse);
        NEW_LABEL(end);
        CHECK(visit_jump_if(c, e->v.IfExp.test, false, orelse));
        CHECK(visit_expr(c, e->v.IfExp.body));
        EMIT_JUMP(JUMP, end);
        use_label(c, orelse);
        CHECK(visit_expr(c, e->v.IfExp.orelse));
        use_label(c, end);
        return 0;
    }
    case MO_EXPR_Call:
        return visit_call(c, e);
    case MO_EXPR_Attribute:
        CHECK(visit_expr(c, e->v.Attribute.value));
        return emit_name_op(c, MO_OP_LOAD_ATTR, e->v.Attribute.attr);
    case MO_EXPR_Subscript:
        CHECK(visit_expr(c, e->v.Subscript.value));
        CHECK(visit_expr(c, e->v.Subscript.slice));
        EMIT(BINARY_SUBSCR, 0);
        if (e->v.Subscript.value->end_lineno == e->lineno && e->v.Subscript.slice->end_lineno == e->lineno)
            set_anchor(c, 2, e->v.Subscript.value->end_col_offset, e->v.Subscript.slice->end_col_offset);
        return 0;
    case MO_EXPR_Slice:
        return visit_slice(c, e);
    case MO_EXPR_List:
        return visit_sequence(c, &e->v.List.elts, 0);
    case MO_EXPR_Tuple:
        return visit_sequence(c, &e->v.Tuple.elts, 1);
    case MO_EXPR_Set:
        return visit_sequence(c, &e->v.Set.elts, 2);
    case MO_EXPR_Dict:
        return visit_dict(c, e);
    case MO_EXPR_JoinedStr:
        return visit_joined(c, e);
    case MO_EXPR_FormattedValue:
        return visit_formatted(c, e);
    case MO_EXPR_Lambda:
        return visit_lambda(c, e);
    case MO_EXPR_ListComp:
        return visit_comprehension(c, e, 0);
    case MO_EXPR_SetComp:
        return visit_comprehension(c, e, 1);
    case MO_EXPR_DictComp:
        return visit_comprehension(c, e, 2);
    case MO_EXPR_GeneratorExp:
        return visit_comprehension(c, e, 3);
    case MO_EXPR_NamedExpr:
        CHECK(visit_expr(c, e->v.NamedExpr.value));
        EMIT(COPY, 1);
        return visit_store(c, e->v.NamedExpr.target);
    case MO_EXPR_Starred:
        return error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                        "can't use starred expression here");
    case MO_EXPR_Yield:
        if (c->u->ste->kind != MO_SCOPE_FUNCTION) return unsupported_expr(c, e, "'yield' here");
        if (e->v.Yield.value) CHECK(visit_expr(c, e->v.Yield.value));
        else CHECK(emit_const(c, mo_None));
        if (c->u->flags & MO_CO_ASYNC_GENERATOR) EMIT(ASYNC_GEN_WRAP, 0);
        EMIT(YIELD_VALUE, 0);
        return 0;
    case MO_EXPR_YieldFrom: {
        if (c->u->ste->kind != MO_SCOPE_FUNCTION) return unsupported_expr(c, e, "'yield from' here");
        NEW_LABEL(loop);
        NEW_LABEL(done);
        CHECK(visit_expr(c, e->v.YieldFrom.value));
        EMIT(GET_YIELD_FROM_ITER, 0);
        CHECK(emit_const(c, mo_None));
        use_label(c, loop);
        EMIT_JUMP(SEND, done);
        EMIT(YIELD_VALUE, 0);
        EMIT_JUMP(JUMP, loop);
        use_label(c, done);
        return 0;
    }
    case MO_EXPR_Await:
        if (!(c->u->flags & (MO_CO_COROUTINE | MO_CO_ASYNC_GENERATOR)))
            return error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "'await' outside async function");
        CHECK(visit_expr(c, e->v.Await.value));
        EMIT(GET_AWAITABLE, 0);
        return emit_await_loop(c);
    }
    return unsupported_expr(c, e, "this expression");
}

static int visit_expr(Compiler *c, const MoAstExpr *e) {
    CHECK(enter_nest(c, e->lineno, e->col_offset));
    Pos p = set_pos(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    int r = visit_expr_inner(c, e);
    restore_pos(c, p);
    c->nest--;
    return r;
}

/* ---- assignment targets ------------------------------------------------------------------------ */

static int visit_unpack(Compiler *c, const MoAstExprSeq *elts, const MoAstExpr *e) {
    size_t star = (size_t)-1;
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == MO_EXPR_Starred) {
            if (star != (size_t)-1)
                return error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                                "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star == (size_t)-1) {
        EMIT(UNPACK_SEQUENCE, elts->len);
    } else {
        size_t after = elts->len - star - 1;
        if (star > 255 || after > 0xffff)
            return error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "too many expressions in star-unpacking assignment");
        EMIT(UNPACK_EX, star | (after << 8));
    }
    for (size_t i = 0; i < elts->len; i++) {
        const MoAstExpr *t = elts->items[i];
        CHECK(visit_store(c, t->kind == MO_EXPR_Starred ? t->v.Starred.value : t));
    }
    return 0;
}

static int visit_store(Compiler *c, const MoAstExpr *e) {
    CHECK(enter_nest(c, e->lineno, e->col_offset));
    Pos p = set_pos(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    int r = 0;
    switch (e->kind) {
    case MO_EXPR_Name:
        r = compile_nameop(c, e->v.Name.id, N_STORE);
        break;
    case MO_EXPR_Attribute:
        r = visit_expr(c, e->v.Attribute.value);
        if (r == 0) r = emit_name_op(c, MO_OP_STORE_ATTR, e->v.Attribute.attr);
        break;
    case MO_EXPR_Subscript:
        r = visit_expr(c, e->v.Subscript.value);
        if (r == 0) r = visit_expr(c, e->v.Subscript.slice);
        if (r == 0) r = emit(c, MO_OP_STORE_SUBSCR, 0);
        if (r == 0 && e->v.Subscript.value->end_lineno == e->lineno && e->v.Subscript.slice->end_lineno == e->lineno)
            set_anchor(c, 2, e->v.Subscript.value->end_col_offset, e->v.Subscript.slice->end_col_offset);
        break;
    case MO_EXPR_Tuple:
        r = visit_unpack(c, &e->v.Tuple.elts, e);
        break;
    case MO_EXPR_List:
        r = visit_unpack(c, &e->v.List.elts, e);
        break;
    case MO_EXPR_Starred:
        r = error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                     "starred assignment target must be in a list or tuple");
        break;
    default:
        r = error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "cannot assign to expression");
        break;
    }
    restore_pos(c, p);
    c->nest--;
    return r;
}

static int visit_delete(Compiler *c, const MoAstExpr *e) {
    Pos p = set_pos(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    int r = 0;
    switch (e->kind) {
    case MO_EXPR_Name:
        r = compile_nameop(c, e->v.Name.id, N_DEL);
        break;
    case MO_EXPR_Attribute:
        r = visit_expr(c, e->v.Attribute.value);
        if (r == 0) r = emit_name_op(c, MO_OP_DELETE_ATTR, e->v.Attribute.attr);
        break;
    case MO_EXPR_Subscript:
        r = visit_expr(c, e->v.Subscript.value);
        if (r == 0) r = visit_expr(c, e->v.Subscript.slice);
        if (r == 0) r = emit(c, MO_OP_DELETE_SUBSCR, 0);
        if (r == 0 && e->v.Subscript.value->end_lineno == e->lineno && e->v.Subscript.slice->end_lineno == e->lineno)
            set_anchor(c, 2, e->v.Subscript.value->end_col_offset, e->v.Subscript.slice->end_col_offset);
        break;
    case MO_EXPR_Tuple:
        for (size_t i = 0; i < e->v.Tuple.elts.len && r == 0; i++) r = visit_delete(c, e->v.Tuple.elts.items[i]);
        break;
    case MO_EXPR_List:
        for (size_t i = 0; i < e->v.List.elts.len && r == 0; i++) r = visit_delete(c, e->v.List.elts.items[i]);
        break;
    default:
        r = error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "cannot delete expression");
        break;
    }
    restore_pos(c, p);
    return r;
}

/* ---- fblocks and unwinding --------------------------------------------------------------------- */

static int push_fblock(Compiler *c, FBlockKind kind, int cont, int brk, const MoAstStmt *s) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                        "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->continue_label = cont;
    f->break_label = brk;
    f->hlen = u->hlen;
    f->depth = u->depth;
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* Emits the clean-up of one block on the way out (break/continue/return). */
static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos) {
    Unit *u = c->u;
    switch (f->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
        return 0;
    case FB_FOR:
        if (preserve_tos) EMIT(SWAP, 2);
        EMIT(POP_TOP, 0);
        return 0;
    case FB_FINALLY_TRY: {
        /* Run the finally body inline, with this block and everything above it out of the way
         * (the body may push blocks of its own over their slots, so they are saved). */
        int fi = (int)(f - u->fblocks);
        int saved_n = u->nfblocks;
        const MoAstStmtSeq *finalbody = f->finalbody;
        int fdepth = f->depth;
        size_t fhlen = f->hlen;
        FBlock *fsaved = mo_alloc((size_t)(saved_n - fi) * sizeof(FBlock));
        if (!fsaved) return -1;
        memcpy(fsaved, u->fblocks + fi, (size_t)(saved_n - fi) * sizeof(FBlock));
        u->nfblocks = fi;
        if (preserve_tos) {
            /* The pending return value sits under the finally body: a break, continue or return
             * in that body must drop it, or the stack would grow round the loop. */
            FBlock *pv = &u->fblocks[u->nfblocks++];
            memset(pv, 0, sizeof *pv);
            pv->kind = FB_POP_VALUE;
            pv->hlen = fhlen;
            pv->depth = fdepth + 1;
        }
        size_t hsave_len = u->hlen;
        size_t nsaved = hsave_len > fhlen ? hsave_len - fhlen : 0;
        Handler *hsaved = NULL;
        if (nsaved) {
            hsaved = mo_alloc(nsaved * sizeof(Handler));
            if (!hsaved) {
                mo_free(fsaved);
                return -1;
            }
            memcpy(hsaved, u->hstack + fhlen, nsaved * sizeof(Handler));
        }
        u->hlen = fhlen;
        int save_depth = u->depth;
        u->depth = fdepth + (preserve_tos ? 1 : 0);
        int r = visit_body(c, finalbody);
        u->depth = save_depth;
        if (nsaved) {
            memcpy(u->hstack + fhlen, hsaved, nsaved * sizeof(Handler));
            mo_free(hsaved);
        }
        u->hlen = hsave_len;
        memcpy(u->fblocks + fi, fsaved, (size_t)(saved_n - fi) * sizeof(FBlock));
        mo_free(fsaved);
        u->nfblocks = saved_n;
        return r;
    }
    case FB_POP_VALUE:
        if (preserve_tos) EMIT(SWAP, 2);
        EMIT(POP_TOP, 0);
        return 0;
    case FB_FINALLY_END:
        /* Stack: [prev_exc, exc]. */
        if (preserve_tos) EMIT(SWAP, 2);
        EMIT(POP_TOP, 0);
        if (preserve_tos) EMIT(SWAP, 2);
        EMIT(POP_EXCEPT, 0);
        return 0;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) EMIT(SWAP, 2);
        EMIT(POP_EXCEPT, 0);
        if (f->name) {
            CHECK(emit_const(c, mo_None));
            CHECK(compile_nameop(c, f->name, N_STORE));
            CHECK(compile_nameop(c, f->name, N_DEL));
        }
        return 0;
    case FB_WITH:
        if (preserve_tos) EMIT(SWAP, 2);
        CHECK(emit_const(c, mo_None));
        CHECK(emit_const(c, mo_None));
        CHECK(emit_const(c, mo_None));
        EMIT(CALL, 2);
        if (f->is_async) {
            EMIT(GET_AWAITABLE, 0);
            CHECK(emit_await_loop(c));
        }
        EMIT(POP_TOP, 0);
        return 0;
    }
    return 0;
}

/* Unwinds blocks from the top down to (not including) `stop` (an index, -1 = all). The handler
 * stack is cut to each block's level while its clean-up is emitted, then restored. */
static int unwind_to(Compiler *c, int stop, bool preserve_tos) {
    Unit *u = c->u;
    size_t hlen_save = u->hlen;
    size_t nsaved = u->hlen;
    Handler *hsaved = NULL;
    if (nsaved) {
        hsaved = mo_alloc(nsaved * sizeof(Handler));
        if (!hsaved) return -1;
        memcpy(hsaved, u->hstack, nsaved * sizeof(Handler));
    }
    int r = 0;
    for (int i = u->nfblocks - 1; i > stop && r == 0; i--) {
        FBlock *f = &u->fblocks[i];
        u->hlen = f->hlen;
        r = unwind_fblock(c, f, preserve_tos);
    }
    if (nsaved) {
        memcpy(u->hstack, hsaved, nsaved * sizeof(Handler));
        mo_free(hsaved);
    }
    u->hlen = hlen_save;
    return r;
}

/* ---- statements ---------------------------------------------------------------------------------- */

static int visit_body(Compiler *c, const MoAstStmtSeq *body) {
    for (size_t i = 0; i < body->len; i++) CHECK(visit_stmt(c, body->items[i]));
    return 0;
}

static int visit_if(Compiler *c, const MoAstStmt *s) {
    NEW_LABEL(end);
    NEW_LABEL(orelse);
    CHECK(visit_jump_if(c, s->v.If.test, false, s->v.If.orelse.len ? orelse : end));
    CHECK(visit_body(c, &s->v.If.body));
    if (s->v.If.orelse.len) {
        EMIT_JUMP(JUMP, end);
        use_label(c, orelse);
        CHECK(visit_body(c, &s->v.If.orelse));
    }
    use_label(c, end);
    return 0;
}

static int visit_while(Compiler *c, const MoAstStmt *s) {
    NEW_LABEL(start);
    NEW_LABEL(orelse);
    NEW_LABEL(end);
    use_label(c, start);
    CHECK(visit_jump_if(c, s->v.While.test, false, orelse));
    CHECK(push_fblock(c, FB_WHILE, start, end, s));
    CHECK(visit_body(c, &s->v.While.body));
    pop_fblock(c);
    EMIT_JUMP(JUMP, start);
    use_label(c, orelse);
    CHECK(visit_body(c, &s->v.While.orelse));
    use_label(c, end);
    return 0;
}

/* `yield from` over the awaitable's iterator on TOS (GET_AWAITABLE, GET_ANEXT, BEFORE_ASYNC_WITH
 * put it there): leaves the await's result. */
static int emit_await_loop(Compiler *c) {
    NEW_LABEL(loop);
    NEW_LABEL(done);
    CHECK(emit_const(c, mo_None));
    use_label(c, loop);
    EMIT_JUMP(SEND, done);
    EMIT(YIELD_VALUE, 0);
    EMIT_JUMP(JUMP, loop);
    use_label(c, done);
    return 0;
}

/* CPython 3.11's shape: the __anext__ await runs under a handler that ends the loop on
 * StopAsyncIteration (matched against the class itself, so shadowing the name changes nothing). */
static int visit_async_for(Compiler *c, const MoAstStmt *s) {
    Unit *u = c->u;
    NEW_LABEL(start);
    NEW_LABEL(handler);
    NEW_LABEL(reraise);
    NEW_LABEL(orelse);
    NEW_LABEL(end);
    CHECK(visit_expr(c, s->v.For.iter));
    EMIT(GET_AITER, 0);
    int d = u->depth;
    u->depth = d + 1;
    use_label(c, start);
    CHECK(push_handler(c, handler, d + 1));
    EMIT(GET_ANEXT, 0);
    CHECK(emit_await_loop(c));
    pop_handler(c);
    CHECK(push_fblock(c, FB_FOR, start, end, s));
    CHECK(visit_store(c, s->v.For.target));
    CHECK(visit_body(c, &s->v.For.body));
    pop_fblock(c);
    EMIT_JUMP(JUMP, start);
    /* handler: [aiter, exc] */
    use_label(c, handler);
    CHECK(emit_const(c, MO(&mo_StopAsyncIteration)));
    EMIT(CHECK_EXC_MATCH, 0);
    EMIT_JUMP(POP_JUMP_IF_FALSE, reraise);
    EMIT(POP_TOP, 0);
    EMIT(POP_TOP, 0);
    EMIT_JUMP(JUMP, orelse);
    use_label(c, reraise);
    EMIT(RERAISE, 0);
    u->depth = d;
    use_label(c, orelse);
    CHECK(visit_body(c, &s->v.For.orelse));
    use_label(c, end);
    return 0;
}

static int visit_for(Compiler *c, const MoAstStmt *s) {
    NEW_LABEL(start);
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    CHECK(visit_expr(c, s->v.For.iter));
    EMIT(GET_ITER, 0);
    use_label(c, start);
    /* FOR_ITER carries the whole statement's position, as in CPython (no caret line). */
    EMIT_JUMP(FOR_ITER, cleanup);
    c->u->depth++;
    CHECK(push_fblock(c, FB_FOR, start, end, s));
    CHECK(visit_store(c, s->v.For.target));
    CHECK(visit_body(c, &s->v.For.body));
    pop_fblock(c);
    EMIT_JUMP(JUMP, start);
    c->u->depth--;
    use_label(c, cleanup);
    CHECK(visit_body(c, &s->v.For.orelse));
    use_label(c, end);
    return 0;
}

static int find_loop(Compiler *c) {
    for (int i = c->u->nfblocks - 1; i >= 0; i--) {
        FBlockKind k = c->u->fblocks[i].kind;
        if (k == FB_WHILE || k == FB_FOR) return i;
    }
    return -1;
}

static int visit_break_continue(Compiler *c, const MoAstStmt *s, bool is_break) {
    int loop = find_loop(c);
    if (loop < 0)
        return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                        is_break ? "'break' outside loop" : "'continue' not properly in loop");
    CHECK(unwind_to(c, loop, false));
    FBlock *f = &c->u->fblocks[loop];
    if (is_break) {
        /* Leaving the loop itself: a for loop also drops its iterator. */
        size_t hsave = c->u->hlen;
        c->u->hlen = f->hlen;
        int r = unwind_fblock(c, f, false);
        if (r == 0) r = emit(c, MO_OP_JUMP, (uint32_t)f->break_label);
        c->u->hlen = hsave;
        return r;
    }
    size_t hsave = c->u->hlen;
    c->u->hlen = f->hlen;
    int r = emit(c, MO_OP_JUMP, (uint32_t)f->continue_label);
    c->u->hlen = hsave;
    return r;
}

static int visit_return(Compiler *c, const MoAstStmt *s) {
    if (c->u->ste->kind != MO_SCOPE_FUNCTION)
        return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, "'return' outside function");
    if (s->v.Return.value) CHECK(visit_expr(c, s->v.Return.value));
    else CHECK(emit_const(c, mo_None));
    CHECK(unwind_to(c, -1, true));
    size_t hsave = c->u->hlen;
    c->u->hlen = 0;
    int r = emit(c, MO_OP_RETURN_VALUE, 0);
    c->u->hlen = hsave;
    return r;
}

static int visit_try_except(Compiler *c, const MoAstStmt *s) {
    Unit *u = c->u;
    NEW_LABEL(except);
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    int d = u->depth;
    CHECK(push_handler(c, except, d));
    CHECK(push_fblock(c, FB_TRY_EXCEPT, -1, -1, s));
    CHECK(visit_body(c, &s->v.Try.body));
    pop_fblock(c);
    pop_handler(c);
    CHECK(visit_body(c, &s->v.Try.orelse));
    EMIT_JUMP(JUMP, end);

    use_label(c, except);
    CHECK(push_handler(c, cleanup, d + 1));
    EMIT(PUSH_EXC_INFO, 0);
    u->depth = d + 1;
    const MoAstExceptHandlerSeq *hs = &s->v.Try.handlers;
    for (size_t i = 0; i < hs->len; i++) {
        const MoAstExceptHandler *h = hs->items[i];
        Pos p = set_pos(c, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
        if (!h->type && i + 1 < hs->len)
            return error_at(c, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset,
                            "default 'except:' must be last");
        NEW_LABEL(next);
        if (h->type) {
            CHECK(visit_expr(c, h->type));
            EMIT(CHECK_EXC_MATCH, 0);
            EMIT_JUMP(POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            NEW_LABEL(cleanup_name);
            CHECK(compile_nameop(c, h->name, N_STORE));
            CHECK(push_handler(c, cleanup_name, d + 1));
            CHECK(push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, s));
            u->fblocks[u->nfblocks - 1].name = h->name;
            CHECK(visit_body(c, &h->body));
            pop_fblock(c);
            pop_handler(c);
            /* Normal exit: restore the previous exception, unbind the name. */
            size_t hs_save = u->hlen;
            u->hlen--; /* out of `cleanup` */
            EMIT(POP_EXCEPT, 0);
            CHECK(emit_const(c, mo_None));
            CHECK(compile_nameop(c, h->name, N_STORE));
            CHECK(compile_nameop(c, h->name, N_DEL));
            EMIT_JUMP(JUMP, end);
            u->hlen = hs_save;
            /* Exceptional exit from the body: unbind the name, re-raise into `cleanup`. */
            use_label(c, cleanup_name);
            CHECK(emit_const(c, mo_None));
            CHECK(compile_nameop(c, h->name, N_STORE));
            CHECK(compile_nameop(c, h->name, N_DEL));
            EMIT(RERAISE, 0);
        } else {
            EMIT(POP_TOP, 0);
            CHECK(push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, s));
            CHECK(visit_body(c, &h->body));
            pop_fblock(c);
            size_t hs_save = u->hlen;
            u->hlen--;
            EMIT(POP_EXCEPT, 0);
            EMIT_JUMP(JUMP, end);
            u->hlen = hs_save;
        }
        use_label(c, next);
        restore_pos(c, p);
    }
    /* No handler matched: re-raise (into `cleanup`). */
    EMIT(RERAISE, 0);
    pop_handler(c);
    /* cleanup: [prev_exc, exc] -> restore prev, re-raise exc. */
    use_label(c, cleanup);
    EMIT(SWAP, 2);
    EMIT(POP_EXCEPT, 0);
    EMIT(RERAISE, 0);
    u->depth = d;
    use_label(c, end);
    return 0;
}

static int visit_try_finally(Compiler *c, const MoAstStmt *s) {
    Unit *u = c->u;
    NEW_LABEL(fin);
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    int d = u->depth;
    CHECK(push_handler(c, fin, d));
    CHECK(push_fblock(c, FB_FINALLY_TRY, -1, -1, s));
    u->fblocks[u->nfblocks - 1].finalbody = &s->v.Try.finalbody;
    if (s->v.Try.handlers.len) CHECK(visit_try_except(c, s));
    else CHECK(visit_body(c, &s->v.Try.body));
    pop_fblock(c);
    pop_handler(c);
    CHECK(visit_body(c, &s->v.Try.finalbody));
    EMIT_JUMP(JUMP, end);

    use_label(c, fin);
    CHECK(push_handler(c, cleanup, d + 1));
    EMIT(PUSH_EXC_INFO, 0);
    u->depth = d + 2;
    CHECK(push_fblock(c, FB_FINALLY_END, -1, -1, s));
    CHECK(visit_body(c, &s->v.Try.finalbody));
    pop_fblock(c);
    EMIT(RERAISE, 0);
    pop_handler(c);
    use_label(c, cleanup);
    EMIT(SWAP, 2);
    EMIT(POP_EXCEPT, 0);
    EMIT(RERAISE, 0);
    u->depth = d;
    use_label(c, end);
    return 0;
}

static int visit_with_items(Compiler *c, const MoAstStmt *s, size_t i) {
    Unit *u = c->u;
    const MoAstWithItem *item = s->v.With.items.items[i];
    NEW_LABEL(handler);
    NEW_LABEL(cleanup);
    NEW_LABEL(suppress);
    NEW_LABEL(end);
    int d = u->depth;
    bool is_async = s->kind == MO_STMT_AsyncWith;
    CHECK(visit_expr(c, item->context_expr));
    Pos p = set_pos(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    if (is_async) {
        EMIT(BEFORE_ASYNC_WITH, 0);
        CHECK(emit_await_loop(c));
    } else {
        EMIT(BEFORE_WITH, 0);
    }
    restore_pos(c, p);
    u->depth = d + 1;
    CHECK(push_handler(c, handler, d + 1));
    CHECK(push_fblock(c, FB_WITH, -1, -1, s));
    u->fblocks[u->nfblocks - 1].is_async = is_async;
    if (item->optional_vars) CHECK(visit_store(c, item->optional_vars));
    else EMIT(POP_TOP, 0);
    if (i + 1 < s->v.With.items.len) CHECK(visit_with_items(c, s, i + 1));
    else CHECK(visit_body(c, &s->v.With.body));
    pop_fblock(c);
    pop_handler(c);
    p = set_pos(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    CHECK(emit_const(c, mo_None));
    CHECK(emit_const(c, mo_None));
    CHECK(emit_const(c, mo_None));
    EMIT(CALL, 2);
    if (is_async) {
        EMIT(GET_AWAITABLE, 0);
        CHECK(emit_await_loop(c));
    }
    EMIT(POP_TOP, 0);
    EMIT_JUMP(JUMP, end);
    /* handler: [exit, exc] */
    use_label(c, handler);
    CHECK(push_handler(c, cleanup, d + 2));
    EMIT(PUSH_EXC_INFO, 0);
    EMIT(WITH_EXCEPT_START, 0);
    if (is_async) {
        EMIT(GET_AWAITABLE, 0);
        CHECK(emit_await_loop(c));
    }
    EMIT_JUMP(POP_JUMP_IF_TRUE, suppress);
    EMIT(RERAISE, 0);
    pop_handler(c);
    use_label(c, suppress);
    EMIT(POP_TOP, 0);
    EMIT(POP_EXCEPT, 0);
    EMIT(POP_TOP, 0);
    EMIT_JUMP(JUMP, end);
    use_label(c, cleanup);
    EMIT(SWAP, 2);
    EMIT(POP_EXCEPT, 0);
    EMIT(RERAISE, 0);
    restore_pos(c, p);
    u->depth = d;
    use_label(c, end);
    return 0;
}

static MoObject *make_qualname(Compiler *c, MoObject *name) {
    Unit *parent = c->u;
    if (!parent || parent->is_module) return mo_newref(name);
    MoSymKind k = mo_symscope_kind(parent->ste, name);
    (void)k;
    /* CPython 3.11 adds "<locals>" only under a function or lambda, not under a comprehension. */
    if (parent->ste->kind == MO_SCOPE_CLASS || parent->ste->kind == MO_SCOPE_COMPREHENSION)
        return mo_format("%U.%U", parent->qualname, name);
    return mo_format("%U.<locals>.%U", parent->qualname, name);
}

/* Emits the closure tuple (if the code has free variables) and MAKE_FUNCTION. */
static int make_function_from_unit(Compiler *c, MoCode *code, uint32_t flags) {
    Unit *u = c->u;
    if (code->nfrees) {
        for (uint32_t i = 0; i < code->nfrees; i++) {
            MoObject *name = MO_TUPLE_ITEM(code->localnames, code->nlocals + code->ncells + i);
            int64_t idx = find_name(u->cellvars_index, name);
            if (idx == -2) return -1;
            if (idx >= 0) {
                idx += (int64_t)MO_LIST_LEN(u->varnames);
            } else {
                idx = find_name(u->freevars_index, name);
                if (idx == -2) return -1;
                if (idx < 0) {
                    mo_err_format(&mo_SystemError, "compiler: no cell for free variable %R", name);
                    return -1;
                }
                idx += (int64_t)MO_LIST_LEN(u->varnames) + (int64_t)MO_LIST_LEN(u->cellvars);
            }
            EMIT(LOAD_CLOSURE, idx);
        }
        EMIT(BUILD_TUPLE, code->nfrees);
        flags |= MO_MKFN_CLOSURE;
    }
    CHECK(emit_const(c, MO(code)));
    EMIT(MAKE_FUNCTION, flags);
    return 0;
}

static bool is_docstring(const MoAstStmtSeq *body) {
    return body->len && body->items[0]->kind == MO_STMT_Expr && body->items[0]->v.Expr.value->kind == MO_EXPR_Constant &&
           MO_TYPE(body->items[0]->v.Expr.value->v.Constant.value) == &mo_str_type;
}

/* Calls the decorators (already pushed, outermost first) innermost first; each call carries its
 * decorator expression's position, as CPython reports a failing decorator at the `@` line. */
static int apply_decorators(Compiler *c, const MoAstExprSeq *decos) {
    for (size_t i = decos->len; i > 0; i--) {
        const MoAstExpr *d = decos->items[i - 1];
        Pos p = set_pos(c, d->lineno, d->col_offset, d->end_lineno, d->end_col_offset);
        int r = emit(c, MO_OP_CALL, 0);
        restore_pos(c, p);
        CHECK(r);
    }
    return 0;
}

static int visit_funcdef(Compiler *c, const MoAstStmt *s) {
    const MoAstExprSeq *decos = &s->v.FunctionDef.decorator_list;
    for (size_t i = 0; i < decos->len; i++) CHECK(visit_expr(c, decos->items[i]));
    uint32_t flags = 0;
    CHECK(visit_defaults(c, s->v.FunctionDef.args, &flags));
    CHECK(visit_annotations(c, s->v.FunctionDef.args, s->v.FunctionDef.returns, &flags));
    MoSymScope *ste = mo_symtable_lookup(c->st, s);
    if (!ste) {
        mo_err_set(&mo_SystemError, "function has no scope");
        return -1;
    }
    MoObject *qual = make_qualname(c, s->v.FunctionDef.name);
    if (!qual) return -1;
    int firstline = s->lineno;
    if (decos->len) firstline = decos->items[0]->lineno;
    Unit *u = unit_new(c, ste, s->v.FunctionDef.name, qual, firstline);
    mo_decref(qual);
    if (!u) return -1;
    set_arg_counts(u, s->v.FunctionDef.args);
    if (s->kind == MO_STMT_AsyncFunctionDef) {
        /* The frame is a generator's frame; coroutine.c wraps that generator. */
        if (u->flags & MO_CO_GENERATOR) u->flags |= MO_CO_ASYNC_GENERATOR;
        u->flags |= MO_CO_COROUTINE | MO_CO_GENERATOR;
    }
    if (enter_unit(c, u) < 0) {
        unit_free(u);
        return -1;
    }
    const MoAstStmtSeq *body = &s->v.FunctionDef.body;
    int r = 0;
    size_t start = 0;
    if (is_docstring(body)) {
        r = add_const(c, body->items[0]->v.Expr.value->v.Constant.value) < 0 ? -1 : 0;
        u->has_doc = true;
        start = 1;
    } else {
        r = add_const(c, mo_None) < 0 ? -1 : 0;
    }
    for (size_t i = start; i < body->len && r == 0; i++) r = visit_stmt(c, body->items[i]);
    if (r == 0) {
        /* The implicit `return None` belongs to the last line of the body. */
        const MoAstStmt *last = body->len ? body->items[body->len - 1] : s;
        set_pos(c, last->end_lineno, -1, last->end_lineno, -1);
        r = emit_const(c, mo_None);
        if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
    }
    MoCode *code = r == 0 ? assemble(c, u) : NULL;
    leave_unit(c);
    unit_free(u);
    if (!code) return -1;
    r = make_function_from_unit(c, code, flags);
    mo_decref(MO(code));
    CHECK(r);
    CHECK(apply_decorators(c, decos));
    return compile_nameop(c, s->v.FunctionDef.name, N_STORE);
}

static int visit_classdef(Compiler *c, const MoAstStmt *s) {
    const MoAstExprSeq *decos = &s->v.ClassDef.decorator_list;
    for (size_t i = 0; i < decos->len; i++) CHECK(visit_expr(c, decos->items[i]));
    MoSymScope *ste = mo_symtable_lookup(c->st, s);
    if (!ste) {
        mo_err_set(&mo_SystemError, "class has no scope");
        return -1;
    }
    MoObject *qual = make_qualname(c, s->v.ClassDef.name);
    if (!qual) return -1;
    int firstline = decos->len ? decos->items[0]->lineno : s->lineno;
    Unit *u = unit_new(c, ste, s->v.ClassDef.name, qual, firstline);
    mo_decref(qual);
    if (!u) return -1;
    if (enter_unit(c, u) < 0) {
        unit_free(u);
        return -1;
    }
    int r = 0;
    /* __module__ = __name__; __qualname__ = '...'; docstring. */
    r = add_const(c, mo_None) < 0 ? -1 : 0;
    if (r == 0) r = emit_name_op(c, MO_OP_LOAD_NAME, mo_str_intern("__name__"));
    if (r == 0) r = emit_name_op(c, MO_OP_STORE_NAME, mo_str_intern("__module__"));
    if (r == 0) r = emit_const(c, u->qualname);
    if (r == 0) r = emit_name_op(c, MO_OP_STORE_NAME, mo_str_intern("__qualname__"));
    const MoAstStmtSeq *body = &s->v.ClassDef.body;
    size_t start = 0;
    if (r == 0 && find_ann(body)) r = emit(c, MO_OP_SETUP_ANNOTATIONS, 0);
    if (r == 0 && is_docstring(body)) {
        r = emit_const(c, body->items[0]->v.Expr.value->v.Constant.value);
        if (r == 0) r = emit_name_op(c, MO_OP_STORE_NAME, mo_str_intern("__doc__"));
        start = 1;
    }
    for (size_t i = start; i < body->len && r == 0; i++) r = visit_stmt(c, body->items[i]);
    if (r == 0) {
        const MoAstStmt *last = body->len ? body->items[body->len - 1] : s;
        set_pos(c, last->end_lineno, -1, last->end_lineno, -1);
        if (ste->needs_class_closure) {
            int64_t i = find_name(u->cellvars_index, mo_str_intern("__class__"));
            if (i < 0) r = -1;
            if (r == 0) r = emit(c, MO_OP_LOAD_CLOSURE, (uint32_t)(i + (int64_t)MO_LIST_LEN(u->varnames)));
            if (r == 0) r = emit_name_op(c, MO_OP_STORE_NAME, mo_str_intern("__classcell__"));
        }
        if (r == 0) r = emit_const(c, mo_None);
        if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
    }
    MoCode *code = r == 0 ? assemble(c, u) : NULL;
    leave_unit(c);
    unit_free(u);
    if (!code) return -1;
    /* [NULL, build_class, func, name, bases...] CALL */
    EMIT(PUSH_NULL, 0);
    EMIT(LOAD_BUILD_CLASS, 0);
    r = make_function_from_unit(c, code, 0);
    mo_decref(MO(code));
    CHECK(r);
    CHECK(emit_const(c, s->v.ClassDef.name));
    MoAstExprSeq args = s->v.ClassDef.bases;
    CHECK(visit_call_args(c, &args, &s->v.ClassDef.keywords, 2));
    CHECK(apply_decorators(c, decos));
    return compile_nameop(c, s->v.ClassDef.name, N_STORE);
}

static int visit_augassign(Compiler *c, const MoAstStmt *s) {
    const MoAstExpr *t = s->v.AugAssign.target;
    uint32_t op = (uint32_t)s->v.AugAssign.op + MO_BINOP_COUNT;
    switch (t->kind) {
    case MO_EXPR_Name: {
        /* The target's load carries the target's position (the caret line of an unbound name). */
        Pos p = set_pos(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        int r = compile_nameop(c, t->v.Name.id, N_LOAD);
        restore_pos(c, p);
        CHECK(r);
        CHECK(visit_expr(c, s->v.AugAssign.value));
        EMIT(BINARY_OP, op);
        return compile_nameop(c, t->v.Name.id, N_STORE);
    }
    case MO_EXPR_Attribute: {
        CHECK(visit_expr(c, t->v.Attribute.value));
        EMIT(COPY, 1);
        Pos p = set_pos(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        CHECK(emit_name_op(c, MO_OP_LOAD_ATTR, t->v.Attribute.attr));
        restore_pos(c, p);
        CHECK(visit_expr(c, s->v.AugAssign.value));
        EMIT(BINARY_OP, op);
        EMIT(SWAP, 2);
        return emit_name_op(c, MO_OP_STORE_ATTR, t->v.Attribute.attr);
    }
    case MO_EXPR_Subscript: {
        CHECK(visit_expr(c, t->v.Subscript.value));
        CHECK(visit_expr(c, t->v.Subscript.slice));
        EMIT(COPY, 2);
        EMIT(COPY, 2);
        Pos p = set_pos(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        EMIT(BINARY_SUBSCR, 0);
        if (t->v.Subscript.value->end_lineno == t->lineno && t->v.Subscript.slice->end_lineno == t->lineno)
            set_anchor(c, 2, t->v.Subscript.value->end_col_offset, t->v.Subscript.slice->end_col_offset);
        restore_pos(c, p);
        CHECK(visit_expr(c, s->v.AugAssign.value));
        EMIT(BINARY_OP, op);
        EMIT(SWAP, 3);
        EMIT(SWAP, 2);
        EMIT(STORE_SUBSCR, 0);
        return 0;
    }
    default:
        return error_at(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                        "'expression' is an illegal expression for augmented assignment");
    }
}

/* ---- imports (the import system is src/vm/import.c) ------------------------------------------ */

/* Pushes IMPORT_NAME's operands: the level and the fromlist (None or a tuple of names). */
static int emit_import_args(Compiler *c, int level, MoObject *fromlist) {
    MoObject *lv = mo_int_from_i64(level);
    if (!lv) return -1;
    int r = emit_const(c, lv);
    mo_decref(lv);
    CHECK(r);
    return emit_const(c, fromlist ? fromlist : mo_None);
}

static int visit_import(Compiler *c, const MoAstStmt *s) {
    for (size_t i = 0; i < s->v.Import.names.len; i++) {
        const MoAstAlias *a = s->v.Import.names.items[i];
        const char *u8 = MO_STR_UTF8(a->name);
        const char *dot = memchr(u8, '.', MO_STR_NBYTES(a->name));
        if (a->asname && dot) {
            /* `import a.b as c` binds the leaf module: ask for it with a non-empty fromlist. */
            MoObject *fl = mo_tuple_pack(1, mo_str_intern("*"));
            if (!fl) return -1;
            int r = emit_import_args(c, 0, fl);
            mo_decref(fl);
            CHECK(r);
        } else {
            CHECK(emit_import_args(c, 0, NULL));
        }
        CHECK(emit_name_op(c, MO_OP_IMPORT_NAME, a->name));
        if (a->asname) {
            CHECK(compile_nameop(c, a->asname, N_STORE));
        } else {
            MoObject *top = dot ? mo_str_from_utf8(u8, (size_t)(dot - u8)) : mo_newref(a->name);
            if (!top) return -1;
            MoObject *itop = mo_str_intern_obj(top);
            mo_decref(top);
            if (!itop) return -1;
            int r = compile_nameop(c, itop, N_STORE);
            mo_decref(itop);
            CHECK(r);
        }
    }
    return 0;
}

static int visit_import_from(Compiler *c, const MoAstStmt *s) {
    const MoAstAliasSeq *names = &s->v.ImportFrom.names;
    MoObject *fl = mo_tuple_new(names->len);
    if (!fl) return -1;
    for (size_t i = 0; i < names->len; i++) MO_TUPLE_SET(fl, i, mo_newref(names->items[i]->name));
    int r = emit_import_args(c, s->v.ImportFrom.level, fl);
    mo_decref(fl);
    CHECK(r);
    MoObject *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : mo_str_intern("");
    CHECK(emit_name_op(c, MO_OP_IMPORT_NAME, module));
    if (names->len == 1 && mo_str_eq_cstr(names->items[0]->name, "*")) {
        if (!c->u->is_module)
            return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                            "import * only allowed at module level");
        EMIT(IMPORT_STAR, 0);
        return 0;
    }
    for (size_t i = 0; i < names->len; i++) {
        const MoAstAlias *a = names->items[i];
        CHECK(emit_name_op(c, MO_OP_IMPORT_FROM, a->name));
        CHECK(compile_nameop(c, a->asname ? a->asname : a->name, N_STORE));
    }
    EMIT(POP_TOP, 0);
    return 0;
}

/* `from __future__ import x` is a compiler directive; every feature 3.11 knows is already the
 * behaviour here (annotations are never evaluated), so it compiles to nothing. */
static int visit_future(Compiler *c, const MoAstStmt *s) {
    static const char *const features[] = {"nested_scopes", "generators", "division", "absolute_import",
                                           "with_statement", "print_function", "unicode_literals",
                                           "generator_stop", "annotations", NULL};
    for (size_t i = 0; i < s->v.ImportFrom.names.len; i++) {
        MoObject *name = s->v.ImportFrom.names.items[i]->name;
        bool known = false;
        for (size_t k = 0; features[k] && !known; k++) known = mo_str_eq_cstr(name, features[k]);
        if (known && mo_str_eq_cstr(name, "annotations")) c->future_annotations = true;
        if (!known) {
            MoObject *msg = mo_format("future feature %U is not defined", name);
            if (!msg) return -1;
            error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, MO_STR_UTF8(msg));
            mo_decref(msg);
            return -1;
        }
    }
    EMIT(NOP, 0);
    return 0;
}

static int visit_stmt_inner(Compiler *c, const MoAstStmt *s) {
    Unit *u = c->u;
    switch (s->kind) {
    case MO_STMT_Expr:
        CHECK(visit_expr(c, s->v.Expr.value));
        EMIT(POP_TOP, 0);
        return 0;
    case MO_STMT_Assign: {
        CHECK(visit_expr(c, s->v.Assign.value));
        size_t n = s->v.Assign.targets.len;
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n) EMIT(COPY, 1);
            CHECK(visit_store(c, s->v.Assign.targets.items[i]));
        }
        return 0;
    }
    case MO_STMT_AugAssign:
        return visit_augassign(c, s);
    case MO_STMT_AnnAssign: {
        const MoAstExpr *t = s->v.AnnAssign.target;
        if (s->v.AnnAssign.value) {
            CHECK(visit_expr(c, s->v.AnnAssign.value));
            CHECK(visit_store(c, t));
        }
        /* Module and class bodies record `name: annotation` in __annotations__ (functions never
         * evaluate local annotations). */
        if (t->kind == MO_EXPR_Name && s->v.AnnAssign.simple && (u->is_module || u->is_class)) {
            CHECK(visit_annotation(c, s->v.AnnAssign.annotation));
            CHECK(emit_name_op(c, MO_OP_LOAD_NAME, mo_str_intern("__annotations__")));
            MoObject *m = mangle(c, t->v.Name.id);
            if (!m) return -1;
            int r = emit_const(c, m);
            mo_decref(m);
            CHECK(r);
            EMIT(STORE_SUBSCR, 0);
        }
        return 0;
    }
    case MO_STMT_Delete:
        for (size_t i = 0; i < s->v.Delete.targets.len; i++) CHECK(visit_delete(c, s->v.Delete.targets.items[i]));
        return 0;
    case MO_STMT_Pass:
        EMIT(NOP, 0);
        return 0;
    case MO_STMT_If:
        return visit_if(c, s);
    case MO_STMT_While:
        return visit_while(c, s);
    case MO_STMT_For:
        return visit_for(c, s);
    case MO_STMT_Break:
        return visit_break_continue(c, s, true);
    case MO_STMT_Continue:
        return visit_break_continue(c, s, false);
    case MO_STMT_Return:
        return visit_return(c, s);
    case MO_STMT_Raise:
        if (s->v.Raise.exc) {
            CHECK(visit_expr(c, s->v.Raise.exc));
            if (s->v.Raise.cause) {
                CHECK(visit_expr(c, s->v.Raise.cause));
                EMIT(RAISE_VARARGS, 2);
            } else {
                EMIT(RAISE_VARARGS, 1);
            }
        } else {
            EMIT(RAISE_VARARGS, 0);
        }
        return 0;
    case MO_STMT_Try:
        if (s->v.Try.finalbody.len) return visit_try_finally(c, s);
        return visit_try_except(c, s);
    case MO_STMT_Assert: {
        NEW_LABEL(end);
        CHECK(visit_jump_if(c, s->v.Assert.test, true, end));
        /* CPython 3.11 reports a failed assert at the test expression (the caret line). */
        const MoAstExpr *t = s->v.Assert.test;
        Pos p = set_pos(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        if (t->kind == MO_EXPR_Constant) restore_pos(c, p); /* folded test: the statement's position */
        int r = emit(c, MO_OP_LOAD_ASSERTION_ERROR, 0);
        if (r == 0 && s->v.Assert.msg) {
            r = visit_expr(c, s->v.Assert.msg);
            if (r == 0) r = emit(c, MO_OP_CALL, 0);
        }
        if (r == 0) r = emit(c, MO_OP_RAISE_VARARGS, 1);
        restore_pos(c, p);
        CHECK(r);
        use_label(c, end);
        return 0;
    }
    case MO_STMT_Global:
    case MO_STMT_Nonlocal:
        EMIT(NOP, 0);
        return 0;
    case MO_STMT_FunctionDef:
    case MO_STMT_AsyncFunctionDef:
        return visit_funcdef(c, s);
    case MO_STMT_ClassDef:
        return visit_classdef(c, s);
    case MO_STMT_With:
        return visit_with_items(c, s, 0);
    case MO_STMT_Import:
        return visit_import(c, s);
    case MO_STMT_ImportFrom:
        if (s->v.ImportFrom.module && mo_str_eq_cstr(s->v.ImportFrom.module, "__future__") && s->v.ImportFrom.level == 0)
            return visit_future(c, s);
        return visit_import_from(c, s);
    case MO_STMT_Match:
        return mo_compile_match(c, s);
    case MO_STMT_AsyncWith:
        if (!(c->u->flags & MO_CO_COROUTINE))
            return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, "'async with' outside async function");
        return visit_with_items(c, s, 0);
    case MO_STMT_AsyncFor:
        if (!(c->u->flags & MO_CO_COROUTINE))
            return error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, "'async for' outside async function");
        return visit_async_for(c, s);
    case MO_STMT_TryStar:
        return unsupported_stmt(c, s, "'except*'");
    }
    (void)u;
    return unsupported_stmt(c, s, "this statement");
}

static int visit_stmt(Compiler *c, const MoAstStmt *s) {
    CHECK(enter_nest(c, s->lineno, s->col_offset));
    Pos p = set_pos(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    int r = visit_stmt_inner(c, s);
    restore_pos(c, p);
    c->nest--;
    return r;
}

/* ---- assembly ------------------------------------------------------------------------------------ */

static MoObject *list_to_tuple_or_null(MoObject *list) { return mo_list_as_tuple(list); }

static MoCode *assemble(Compiler *c, Unit *u) {
    size_t n = u->ninstrs;
    if (n == 0 || (u->instrs[n - 1].op != MO_OP_RETURN_VALUE)) {
        /* Unreachable ends still need a terminator for the stack analysis. */
        if (emit_const(c, mo_None) < 0 || emit(c, MO_OP_RETURN_VALUE, 0) < 0) return NULL;
        n = u->ninstrs;
    }
    MoCode *code = mo_code_new();
    if (!code) return NULL;
    int32_t *depths = NULL;
    uint32_t *work = NULL;
    uint8_t *queued = NULL;
    code->code = mo_alloc(n * sizeof(uint32_t));
    code->positions = mo_alloc(n * sizeof(MoPosition));
    if (!code->code || !code->positions) goto fail;
    code->ncode = (uint32_t)n;
    for (size_t i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        uint32_t arg = in->arg;
        if (mo_op_is_jump((int)in->op)) {
            int target = u->labels[arg];
            if (target < 0) {
                mo_err_set(&mo_SystemError, "compiler: unresolved label");
                goto fail;
            }
            arg = (uint32_t)target;
        }
        code->code[i] = MO_INSTR(in->op, arg);
        code->positions[i].line = in->line;
        code->positions[i].end_line = in->end_line;
        code->positions[i].col = in->col;
        code->positions[i].end_col = in->end_col;
        code->positions[i].anchor_a = in->anchor_a;
        code->positions[i].anchor_b = in->anchor_b;
        code->positions[i].anchor_kind = in->anchor_kind;
    }
    /* Exception table: coalesce runs of instructions sharing a handler. */
    size_t nexc = 0;
    for (size_t i = 0; i < n; i++) {
        if (u->instrs[i].handler >= 0 && (i == 0 || u->instrs[i - 1].handler != u->instrs[i].handler)) nexc++;
    }
    if (nexc) {
        code->exctable = mo_alloc(nexc * sizeof(MoExcEntry));
        if (!code->exctable) goto fail;
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            int32_t h = u->instrs[i].handler;
            if (h < 0) continue;
            if (i > 0 && u->instrs[i - 1].handler == h) {
                code->exctable[k - 1].end = (uint32_t)i + 1;
                continue;
            }
            int target = u->labels[u->hused[h].label];
            if (target < 0) {
                mo_err_set(&mo_SystemError, "compiler: unresolved handler");
                goto fail;
            }
            code->exctable[k].start = (uint32_t)i;
            code->exctable[k].end = (uint32_t)i + 1;
            code->exctable[k].handler = (uint32_t)target;
            code->exctable[k].depth = (uint32_t)u->hused[h].depth;
            k++;
        }
        code->nexc = (uint32_t)k;
    }
    /* Maximum stack depth by flow analysis over the instructions. A start index is queued at
     * most once at a time (queued[]), so the work list never needs more than n entries. */
    depths = mo_alloc(n * sizeof(int32_t));
    work = mo_alloc((n + 1) * sizeof(uint32_t));
    queued = mo_calloc(n + 1);
    if (!depths || !work || !queued) goto fail;
    for (size_t i = 0; i < n; i++) depths[i] = -1;
    /* No path of well-formed code is deeper than all pushes together: a deeper one means the
     * compiler left a value behind on a loop (the depth would grow forever), a SystemError
     * rather than a hang. */
    int64_t bound = 16;
    for (size_t i = 0; i < n; i++) {
        int e1 = mo_op_stack_effect(code->code[i], false), e2 = mo_op_stack_effect(code->code[i], true);
        bound += (e1 > e2 ? e1 : e2) > 0 ? (e1 > e2 ? e1 : e2) : 0;
    }
    size_t nwork = 0;
    int32_t maxd = 0;
    depths[0] = 0;
    work[nwork++] = 0;
    queued[0] = 1;
#define PUSH_WORK(idx, d)                                                   \
    do {                                                                    \
        uint32_t idx_ = (idx);                                              \
        int32_t d_ = (d);                                                   \
        if (d_ > bound) goto diverges;                                      \
        if (idx_ < n && depths[idx_] < d_) {                                \
            depths[idx_] = d_;                                              \
            if (!queued[idx_]) {                                            \
                queued[idx_] = 1;                                           \
                work[nwork++] = idx_;                                       \
            }                                                               \
        }                                                                   \
    } while (0)
    while (nwork) {
        uint32_t i = work[--nwork];
        queued[i] = 0;
        int32_t d = depths[i];
        /* Follow straight-line code from i. */
        for (;;) {
            uint32_t w = code->code[i];
            int op = (int)MO_OP(w);
            if (d > maxd) maxd = d;
            const MoExcEntry *e = u->instrs[i].handler >= 0 ? mo_code_find_handler(code, i) : NULL;
            if (e) PUSH_WORK(e->handler, (int32_t)e->depth + 1);
            if (mo_op_is_jump(op)) {
                int32_t jd = d + mo_op_stack_effect(w, true);
                if (jd > maxd) maxd = jd;
                PUSH_WORK(MO_ARG(w), jd);
            }
            if (op == MO_OP_JUMP || op == MO_OP_RETURN_VALUE || op == MO_OP_RAISE_VARARGS || op == MO_OP_RERAISE) break;
            int32_t nd = d + mo_op_stack_effect(w, false);
            if (nd > maxd) maxd = nd;
            if (i + 1 >= n) break;
            if (depths[i + 1] >= nd) break;
            depths[i + 1] = nd;
            i++;
            d = nd;
        }
    }
#undef PUSH_WORK
    code->stacksize = (uint32_t)maxd + 2;
    mo_free(depths);
    mo_free(work);
    mo_free(queued);
    depths = NULL;
    work = NULL;
    queued = NULL;

    code->consts = list_to_tuple_or_null(u->consts);
    code->names = list_to_tuple_or_null(u->names);
    if (!code->consts || !code->names) goto fail;
    {
        size_t nl = MO_LIST_LEN(u->varnames), nc = MO_LIST_LEN(u->cellvars), nf = MO_LIST_LEN(u->freevars);
        MoObject *ln = mo_tuple_new(nl + nc + nf);
        if (!ln) goto fail;
        for (size_t i = 0; i < nl; i++) MO_TUPLE_SET(ln, i, mo_newref(MO_LIST_ITEM(u->varnames, i)));
        for (size_t i = 0; i < nc; i++) MO_TUPLE_SET(ln, nl + i, mo_newref(MO_LIST_ITEM(u->cellvars, i)));
        for (size_t i = 0; i < nf; i++) MO_TUPLE_SET(ln, nl + nc + i, mo_newref(MO_LIST_ITEM(u->freevars, i)));
        code->localnames = ln;
        code->nlocals = (uint32_t)nl;
        code->ncells = (uint32_t)nc;
        code->nfrees = (uint32_t)nf;
        if (nc) {
            code->cell2arg = mo_alloc(nc * sizeof(int32_t));
            if (!code->cell2arg) goto fail;
            size_t nargs = u->argcount + u->kwonly + ((u->flags & MO_CO_VARARGS) ? 1 : 0) +
                           ((u->flags & MO_CO_VARKEYWORDS) ? 1 : 0);
            for (size_t i = 0; i < nc; i++) {
                code->cell2arg[i] = -1;
                for (size_t j = 0; j < nargs && j < nl; j++) {
                    if (mo_str_eq(MO_LIST_ITEM(u->cellvars, i), MO_LIST_ITEM(u->varnames, j))) {
                        code->cell2arg[i] = (int32_t)j;
                        break;
                    }
                }
            }
        }
    }
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonly;
    code->kwonlyargcount = u->kwonly;
    code->flags = u->flags | (u->has_doc ? MO_CO_HAS_DOC : 0);
    code->name = mo_newref(u->name);
    code->qualname = mo_newref(u->qualname);
    code->filename = mo_newref(c->filename_obj);
    code->firstlineno = u->firstlineno;
    return code;
diverges:
    mo_err_set(&mo_SystemError, "compiler: the value stack does not balance");
fail:
    mo_free(depths);
    mo_free(work);
    mo_free(queued);
    mo_decref(MO(code));
    return NULL;
}

/* ---- entry point -------------------------------------------------------------------------------- */

MoCode *mo_compile(const MoAstMod *mod, const char *filename, const char *src, size_t len, bool keep_last_value) {
    if (!filename) filename = "<string>";
    MoSymTable *st = mo_symtable_build(mod, filename, src, len);
    if (!st) return NULL;
    Compiler comp;
    memset(&comp, 0, sizeof comp);
    Compiler *c = &comp;
    c->st = st;
    c->filename = filename;
    c->src = src;
    c->srclen = len;
    MoCode *code = NULL;
    Unit *u = NULL;
    c->filename_obj = mo_str_from_cstr(filename);
    if (!c->filename_obj) goto done;
    u = unit_new(c, mo_symtable_top(st), mo_str_intern("<module>"), mo_str_intern("<module>"), 1);
    if (!u) goto done;
    if (enter_unit(c, u) < 0) goto done;
    int r = 0;
    if (mod->kind == MO_MOD_Expression) {
        r = visit_expr(c, mod->v.Expression.body);
        if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
    } else {
        const MoAstStmtSeq *body = &mod->v.Module.body;
        if (find_ann(body)) r = emit(c, MO_OP_SETUP_ANNOTATIONS, 0);
        for (size_t i = 0; i < body->len && r == 0; i++) {
            const MoAstStmt *s = body->items[i];
            if (keep_last_value && i + 1 == body->len && s->kind == MO_STMT_Expr) {
                Pos p = set_pos(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
                r = visit_expr(c, s->v.Expr.value);
                if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
                restore_pos(c, p);
            } else {
                r = visit_stmt(c, s);
            }
        }
        if (r == 0 && (u->ninstrs == 0 || u->instrs[u->ninstrs - 1].op != MO_OP_RETURN_VALUE)) {
            if (body->len) {
                const MoAstStmt *last = body->items[body->len - 1];
                set_pos(c, last->end_lineno, -1, last->end_lineno, -1);
            }
            r = emit_const(c, mo_None);
            if (r == 0) r = emit(c, MO_OP_RETURN_VALUE, 0);
        }
    }
    if (r == 0) code = assemble(c, u);
    leave_unit(c);
done:
    unit_free(u);
    mo_xdecref(c->filename_obj);
    mo_symtable_free(st);
    return code;
}

/* ---- wrappers for the compiler's other files (compiler_internal.h) ---------------------------- */

int mo_cc_emit(Compiler *c, MoOpcode op, uint32_t arg) { return emit(c, op, arg); }

int mo_cc_new_label(Compiler *c) { return new_label(c); }

void mo_cc_use_label(Compiler *c, int label) { use_label(c, label); }

int mo_cc_emit_const(Compiler *c, MoObject *o) { return emit_const(c, o); }

int mo_cc_visit_expr(Compiler *c, const MoAstExpr *e) { return visit_expr(c, e); }

int mo_cc_visit_body(Compiler *c, const MoAstStmtSeq *body) { return visit_body(c, body); }

int mo_cc_visit_jump_if(Compiler *c, const MoAstExpr *e, bool cond, int label) {
    return visit_jump_if(c, e, cond, label);
}

int mo_cc_store_name(Compiler *c, MoObject *name) { return compile_nameop(c, name, N_STORE); }

MoCcPos mo_cc_set_pos(Compiler *c, int line, int col, int end_line, int end_col) {
    Pos p = set_pos(c, line, col, end_line, end_col);
    return (MoCcPos){p.line, p.end_line, p.col, p.end_col};
}

void mo_cc_restore_pos(Compiler *c, MoCcPos pos) { restore_pos(c, (Pos){pos.line, pos.end_line, pos.col, pos.end_col}); }

int mo_cc_enter_nest(Compiler *c, int line, int col) { return enter_nest(c, line, col); }

void mo_cc_leave_nest(Compiler *c) { c->nest--; }

int mo_cc_error_at(Compiler *c, int line, int col, int end_line, int end_col, const char *msg) {
    return error_at(c, line, col, end_line, end_col, msg);
}

void mo_cc_source(Compiler *c, const char **filename, const char **src, size_t *srclen) {
    *filename = c->filename;
    *src = c->src;
    *srclen = c->srclen;
}

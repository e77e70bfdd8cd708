/*
 * parser.c: a hand-written recursive-descent parser for the complete Python 3.11 grammar.
 *
 * How it works
 *
 * Tokens come lazily from the lexer into a growing array, so the parser can look ahead and
 * backtrack by resetting an index. Most of the grammar is LL(1) with a few token lookaheads; the
 * places where CPython's PEG parser relies on unbounded backtracking are handled by parsing a
 * general form and then checking or converting it:
 *
 *  - Assignment targets are parsed as expressions and then converted to Store/Del context by
 *    set_context, which also produces CPython's "cannot assign to ..." messages.
 *  - `match` is a soft keyword: a match statement is attempted speculatively (errors suppressed)
 *    and, if it does not look like one, the line is re-parsed as an ordinary statement. The same
 *    is done for parenthesised with-items.
 *
 * Errors
 *
 * The first error raised wins (P.error). Generic failures report "invalid syntax" at the furthest
 * token read, like pegen's last-token rule. After any parser-raised SyntaxError the rest of the
 * source is tokenized and a tokenizer error found there replaces it (CPython does the same, which
 * is why `x = (1 2` reports "'(' was never closed").
 *
 * Hostile input
 *
 * Recursion is counted in `depth` at every point where the grammar nests (expressions, unary
 * operators, lambda, conditional expressions, blocks, patterns, f-strings) and is bounded by
 * MO_PARSER_MAX_DEPTH; the lexer bounds brackets (200) and indentation (100). The token array
 * only grows as far as the parser reads. Nothing reads outside [src, src+len).
 */
#include "parser.h"

#include <string.h>

#include "../config.h"
#include "../core/state.h"
#include "lexer.h"

/* Bound on nested grammar levels (see the essay above); a few C frames per level. */
#define MO_PARSER_MAX_DEPTH 3000

/* f-string format specs may nest replacement fields only this deep (CPython: 2). */
#define MO_FSTRING_MAX_NEST 2

typedef struct P {
    MoArena *arena;
    const char *src;
    size_t len;
    const char *filename;
    MoLexer *lx;
    MoToken **chunks;      /* token storage in fixed chunks, so MoToken pointers stay valid */
    size_t ntoks, nchunks;
    size_t pos;
    int depth;
    bool error;            /* an exception is set: unwind */
    bool speculating;      /* errors are being suppressed for a backtracking attempt */
    bool parser_error;     /* the error was raised by the parser (not the tokenizer) */
    int fstring_nest;
    bool in_fstring;       /* this is a sub-parser for an f-string replacement field */
} P;

/* ---- typed growable vectors (arena-backed) ---------------------------------------------------- */

#define DEFVEC(Name, T)                                                                      \
    typedef struct Name { T *items; size_t len, cap; } Name;                                 \
    static bool Name##_push(P *p, Name *v, T x) {                                            \
        if (v->len == v->cap) {                                                              \
            size_t cap = v->cap ? v->cap * 2 : 4;                                            \
            T *items = mo_arena_alloc(p->arena, cap * sizeof(T));                            \
            if (!items) { p->error = true; return false; }                                   \
            if (v->len) memcpy(items, v->items, v->len * sizeof(T));                         \
            v->items = items;                                                                \
            v->cap = cap;                                                                    \
        }                                                                                    \
        v->items[v->len++] = x;                                                              \
        return true;                                                                         \
    }

DEFVEC(ExprVec, MoAstExpr *)
DEFVEC(StmtVec, MoAstStmt *)
DEFVEC(PatVec, MoAstPattern *)
DEFVEC(ArgVec, MoAstArg *)
DEFVEC(KwVec, MoAstKeyword *)
DEFVEC(AliasVec, MoAstAlias *)
DEFVEC(WithVec, MoAstWithItem *)
DEFVEC(CaseVec, MoAstMatchCase *)
DEFVEC(HandlerVec, MoAstExceptHandler *)
DEFVEC(CompVec, MoAstComprehension *)
DEFVEC(IdentVec, MoObject *)
DEFVEC(CmpVec, MoAstCmpOp)

#define SEQ(T, v) ((T){ (v).items, (v).len })

/* ---- errors ----------------------------------------------------------------------------------- */

/* Counts the code points of s[0..n) (valid UTF-8). */
static long utf8_chars(const char *s, size_t n) {
    long c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Finds line `lineno` (1-based) of src: its start offset and length including the newline. */
static bool find_line(const char *src, size_t len, int lineno, size_t *start, size_t *n) {
    if (!src || lineno < 1) return false;
    size_t i = 0;
    int line = 1;
    while (line < lineno && i < len) {
        if (src[i] == '\n') line++;
        else if (src[i] == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') i++;
            line++;
        }
        i++;
    }
    if (line != lineno) return false;
    size_t j = i;
    while (j < len && src[j] != '\n' && src[j] != '\r') j++;
    if (j < len) j++;
    *start = i;
    *n = j - i;
    return true;
}

/* Builds and raises the SyntaxError with CPython's args shape. Offsets are already final
 * (1-based characters) except when *_bytecol >= 0, which are converted from byte columns. */
static void raise_syntax(MoType *type, const char *msg, const char *filename, const char *src, size_t len,
                         int lineno, int col, int end_lineno, int end_col) {
    size_t ls = 0, ln = 0;
    bool have = find_line(src, len, lineno, &ls, &ln);
    long offset, end_offset;
    /* Special end columns: -2 gives end_offset 0 and -3 gives -1, as some CPython errors report. */
    offset = col;
    if (have && col >= 0) offset = utf8_chars(src + ls, (size_t)col < ln ? (size_t)col : ln) + 1 + (col > (int)ln ? col - (int)ln : 0);
    else offset = col + 1;
    if (end_col == -2) end_offset = 0;
    else if (end_col == -3) end_offset = -1;
    else if (end_col == -1) end_offset = offset;
    else {
        size_t els = 0, eln = 0;
        if (find_line(src, len, end_lineno, &els, &eln))
            end_offset = utf8_chars(src + els, (size_t)end_col < eln ? (size_t)end_col : eln) + 1 +
                         (end_col > (int)eln ? end_col - (int)eln : 0);
        else end_offset = end_col + 1;
    }
    if (end_col == -2 || end_col == -3) {
        if (end_lineno < 0) end_lineno = lineno;
    }
    MoObject *m = mo_str_from_cstr(msg);
    MoObject *fn = mo_str_from_cstr(filename ? filename : "<string>");
    MoObject *li = mo_int_from_i64(lineno);
    MoObject *of = mo_int_from_i64(offset);
    MoObject *tx = have ? mo_str_from_utf8(src + ls, ln) : mo_none();
    MoObject *el = mo_int_from_i64(end_lineno);
    MoObject *eo = mo_int_from_i64(end_offset);
    MoObject *loc = NULL, *args = NULL, *exc = NULL;
    if (m && fn && li && of && tx && el && eo) loc = mo_tuple_pack(6, fn, li, of, tx, el, eo);
    if (loc) args = mo_tuple_pack(2, m, loc);
    if (args) exc = mo_exception_new(type, args);
    if (exc) {
        mo_err_set_object(exc);
        mo_decref(exc);
    } else if (!mo_err_occurred()) {
        mo_err_nomemory();
    }
    mo_xdecref(m); mo_xdecref(fn); mo_xdecref(li); mo_xdecref(of); mo_xdecref(tx); mo_xdecref(el);
    mo_xdecref(eo); mo_xdecref(loc); mo_xdecref(args);
}

void *mo_syntax_error_at(MoType *type, const char *msg, const char *filename, const char *src, size_t len,
                         int lineno, int col, int end_lineno, int end_col) {
    if (end_lineno < 0) end_lineno = lineno;
    raise_syntax(type, msg, filename, src, len, lineno, col, end_lineno, end_col);
    return NULL;
}

/* Raises a parser error at a byte range (0-based byte columns). */
static void *err_range(P *p, MoType *type, const char *msg, int lineno, int col, int end_lineno, int end_col) {
    if (p->error) return NULL;
    p->error = true;
    if (p->speculating) return NULL;
    p->parser_error = true;
    char buf[300];
    if (p->in_fstring && strncmp(msg, "f-string", 8) != 0) {
        /* CPython prefixes every error raised while parsing an f-string expression. */
        size_t n = strlen(msg);
        if (n > sizeof buf - 11) n = sizeof buf - 11;
        memcpy(buf, "f-string: ", 10);
        memcpy(buf + 10, msg, n);
        buf[10 + n] = 0;
        msg = buf;
    }
    raise_syntax(type, msg, p->filename, p->src, p->len, lineno, col, end_lineno, end_col);
    return NULL;
}

static void *err_tok(P *p, const char *msg, const MoToken *t) {
    return err_range(p, &mo_SyntaxError, msg, t->lineno, t->col, t->end_lineno, t->end_col);
}

static void *err_expr(P *p, const char *msg, const MoAstExpr *e) {
    return err_range(p, &mo_SyntaxError, msg, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
}

static void *err_nomem(P *p) {
    if (!p->error) {
        p->error = true;
        if (!mo_err_occurred()) mo_err_nomemory();
    }
    return NULL;
}

/* Raises the lexer's pending error. */
static void *err_lexer(P *p) {
    if (p->error) return NULL;
    p->error = true;
    if (p->speculating) return NULL;
    MoLexError *e = &p->lx->err;
    raise_syntax(e->type, e->msg, p->filename, p->src, p->len, e->lineno, e->col, e->end_lineno, e->end_col);
    return NULL;
}

/* ---- tokens ----------------------------------------------------------------------------------- */

/* Returns the token k positions ahead, reading from the lexer as needed. On a lexer error the
 * ERROR token is returned (it repeats) and the error is raised when the parser consumes it. */
#define TOK_CHUNK 256
#define TOKAT(p, i) (&(p)->chunks[(i) / TOK_CHUNK][(i) % TOK_CHUNK])

/* Token pointers are held across nested parsing (which reads more tokens), so tokens live in
 * chunks that never move; only the small array of chunk pointers is reallocated. */
static MoToken *peek_at(P *p, size_t k) {
    while (p->pos + k >= p->ntoks) {
        if (p->ntoks && TOKAT(p, p->ntoks - 1)->type == MO_TOK_ERROR) return TOKAT(p, p->ntoks - 1);
        if (p->ntoks && TOKAT(p, p->ntoks - 1)->type == MO_TOK_ENDMARKER) return TOKAT(p, p->ntoks - 1);
        if (p->ntoks == p->nchunks * TOK_CHUNK) {
            MoToken **c = mo_realloc(p->chunks, (p->nchunks + 1) * sizeof *c);
            MoToken *chunk = c ? mo_alloc(TOK_CHUNK * sizeof(MoToken)) : NULL;
            if (c) p->chunks = c;
            if (!chunk) {
                err_nomem(p);
                /* Keep the parser going to its unwind with a harmless token. */
                static MoToken endtok;
                endtok.type = MO_TOK_ENDMARKER;
                return &endtok;
            }
            p->chunks[p->nchunks++] = chunk;
        }
        mo_lexer_next(p->lx, TOKAT(p, p->ntoks));
        p->ntoks++;
    }
    return TOKAT(p, p->pos + k);
}

static void free_tokens(P *p) {
    for (size_t i = 0; i < p->nchunks; i++) mo_free(p->chunks[i]);
    mo_free(p->chunks);
    p->chunks = NULL;
    p->nchunks = p->ntoks = 0;
}

#define TOK(p) peek_at((p), 0)

static bool is_op(P *p, int op) {
    MoToken *t = TOK(p);
    return t->type == MO_TOK_OP && t->sub == op;
}

static bool is_op_at(P *p, size_t k, int op) {
    MoToken *t = peek_at(p, k);
    return t->type == MO_TOK_OP && t->sub == op;
}

static bool is_kw(P *p, int kw) {
    MoToken *t = TOK(p);
    return t->type == MO_TOK_NAME && t->sub == kw;
}

static bool is_kw_at(P *p, size_t k, int kw) {
    MoToken *t = peek_at(p, k);
    return t->type == MO_TOK_NAME && t->sub == kw;
}

static bool is_type(P *p, MoTokType type) { return TOK(p)->type == type; }

/* A NAME token usable as an identifier (not a hard keyword). */
static bool is_name_tok(const MoToken *t) {
    return t->type == MO_TOK_NAME && (t->sub == MO_KW_NONE || t->sub >= MO_KW_SOFT_FIRST);
}

static bool is_name(P *p) { return is_name_tok(TOK(p)); }

/* Consumes the current token and returns it (a pointer valid until the next peek). */
static MoToken *next(P *p) {
    MoToken *t = TOK(p);
    if (t->type != MO_TOK_ENDMARKER && t->type != MO_TOK_ERROR) p->pos++;
    return t;
}

/* The last consumed token. */
static MoToken *prev(P *p) { return p->pos ? TOKAT(p, p->pos - 1) : TOK(p); }

/* Reports a generic syntax error at the furthest token read (pegen's rule). */
static void *fail(P *p) {
    if (p->error) return NULL;
    MoToken *t = p->ntoks ? TOKAT(p, p->ntoks - 1) : TOK(p);
    if (t->type == MO_TOK_ERROR) return err_lexer(p);
    if (t->type == MO_TOK_INDENT)
        return err_range(p, &mo_IndentationError, "unexpected indent", t->lineno, t->end_col - 1, t->lineno, -3);
    if (t->type == MO_TOK_DEDENT)
        return err_range(p, &mo_IndentationError, "unexpected unindent", t->lineno, t->col, t->lineno, -3);
    return err_tok(p, "invalid syntax", t);
}

/* Fails at the current token: the lexer's error if it is an ERROR token. */
static void *fail_here(P *p) {
    MoToken *t = TOK(p);
    if (t->type == MO_TOK_ERROR) return err_lexer(p);
    return fail(p);
}

static MoToken *expect_op(P *p, int op) {
    if (is_op(p, op)) return next(p);
    fail_here(p);
    return NULL;
}

/* A "forced" token: CPython reports "expected 'X'" at the current token. */
static MoToken *expect_forced(P *p, int op) {
    if (is_op(p, op)) return next(p);
    MoToken *t = TOK(p);
    if (t->type == MO_TOK_ERROR) { err_lexer(p); return NULL; }
    char msg[32] = "expected '";
    size_t n = strlen(msg);
    const char *s = mo_lexer_op_text(op);
    while (*s && n < sizeof msg - 3) msg[n++] = *s++;
    msg[n++] = '\'';
    msg[n] = 0;
    err_tok(p, msg, t);
    return NULL;
}

/* A ':' that CPython reports as "expected ':'" only when the line ends instead. */
static MoToken *expect_colon_nl(P *p) {
    if (is_op(p, MO_OP_COLON)) return next(p);
    if (is_type(p, MO_TOK_NEWLINE)) {
        MoToken *t = TOK(p);
        err_range(p, &mo_SyntaxError, "expected ':'", t->lineno, t->col, t->lineno, t->col);
        return NULL;
    }
    fail_here(p);
    return NULL;
}

static bool enter(P *p) {
    if (++p->depth > MO_PARSER_MAX_DEPTH) {
        MoToken *t = TOK(p);
        err_range(p, &mo_SyntaxError, "too many nested expressions", t->lineno, t->col, t->lineno, t->col);
        return false;
    }
    return true;
}

static void leave(P *p) { p->depth--; }

/* ---- node construction ------------------------------------------------------------------------ */

static void *alloc(P *p, size_t n) {
    void *x = mo_arena_alloc(p->arena, n);
    if (!x) err_nomem(p);
    return x;
}

static MoAstExpr *new_expr(P *p, MoAstExprKind kind, int l, int c, int el, int ec) {
    MoAstExpr *e = alloc(p, sizeof *e);
    if (!e) return NULL;
    e->kind = kind;
    e->lineno = l;
    e->col_offset = c;
    e->end_lineno = el;
    e->end_col_offset = ec;
    return e;
}

/* A node spanning from token/node start to the end of the last consumed token. */
#define START_OF(t) (t)->lineno, (t)->col
#define END_PREV(p) prev(p)->end_lineno, prev(p)->end_col
#define E_START(e) (e)->lineno, (e)->col_offset
#define E_END(e) (e)->end_lineno, (e)->end_col_offset
/* A node built from a rule spans from the rule's first token to the last token consumed
 * (pegen's EXTRA), so parentheses around an operand are inside the parent's range. */
#define T_START(t) (t)->lineno, (t)->col

static MoAstStmt *new_stmt(P *p, MoAstStmtKind kind, int l, int c, int el, int ec) {
    MoAstStmt *s = alloc(p, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->lineno = l;
    s->col_offset = c;
    s->end_lineno = el;
    s->end_col_offset = ec;
    return s;
}

static MoAstPattern *new_pat(P *p, MoAstPatternKind kind, int l, int c, int el, int ec) {
    MoAstPattern *s = alloc(p, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->lineno = l;
    s->col_offset = c;
    s->end_lineno = el;
    s->end_col_offset = ec;
    return s;
}

/* Takes ownership of a new reference (obj may be NULL after a failed constructor). */
static MoObject *keep(P *p, MoObject *obj) {
    if (!obj) { err_nomem(p); return NULL; }
    if (mo_arena_add_object(p->arena, obj) < 0) { err_nomem(p); return NULL; }
    return obj;
}

static MoObject *ident_from(P *p, const char *s, size_t n) {
    MoObject *str = mo_str_from_utf8(s, n);
    if (!str) { err_nomem(p); return NULL; }
    MoObject *in = mo_str_intern_obj(str);
    mo_decref(str);
    return keep(p, in);
}

static MoObject *ident_tok(P *p, const MoToken *t) {
    return ident_from(p, p->src + t->start, t->end - t->start);
}

static MoAstExpr *name_expr(P *p, const MoToken *t, MoAstContext ctx) {
    MoObject *id = ident_tok(p, t);
    if (!id) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_Name, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!e) return NULL;
    e->v.Name.id = id;
    e->v.Name.ctx = ctx;
    return e;
}

/* Consumes a NAME token that must be an identifier and returns it as a str. */
static MoObject *expect_name(P *p) {
    if (!is_name(p)) { fail_here(p); return NULL; }
    return ident_tok(p, next(p));
}

/* ---- forward declarations --------------------------------------------------------------------- */

static MoAstExpr *star_expressions(P *p);
static MoAstExpr *star_expression(P *p);
static MoAstExpr *named_expression(P *p);
static MoAstExpr *expression(P *p);
static MoAstExpr *disjunction(P *p);
static MoAstExpr *bitwise_or(P *p);
static MoAstExpr *primary(P *p);
static MoAstExpr *yield_expr(P *p);
static MoAstExpr *parse_strings(P *p);
static MoAstArguments *parse_params(P *p, bool lambda);
static bool parse_comp_for(P *p, CompVec *gens);
static MoAstStmtSeq parse_block(P *p, const char *what, int lineno, bool *ok);
static MoAstPattern *parse_pattern(P *p);
static MoAstPattern *parse_patterns(P *p);

/* Whether the current token can begin an expression (used to decide where lists end). */
static bool starts_expr(P *p) {
    MoToken *t = TOK(p);
    switch (t->type) {
    case MO_TOK_NAME:
        if (t->sub == MO_KW_NONE || t->sub >= MO_KW_SOFT_FIRST) return true;
        return t->sub == MO_KW_NOT || t->sub == MO_KW_LAMBDA || t->sub == MO_KW_AWAIT || t->sub == MO_KW_NONE_ ||
               t->sub == MO_KW_TRUE || t->sub == MO_KW_FALSE;
    case MO_TOK_NUMBER:
    case MO_TOK_STRING:
        return true;
    case MO_TOK_OP:
        switch (t->sub) {
        case MO_OP_LPAR: case MO_OP_LSQB: case MO_OP_LBRACE: case MO_OP_MINUS: case MO_OP_PLUS:
        case MO_OP_TILDE: case MO_OP_ELLIPSIS:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

/* ---- expression contexts and target validation ------------------------------------------------ */

/* The description CPython uses for an expression in "cannot assign to %s" messages. */
static const char *expr_desc(const MoAstExpr *e) {
    switch (e->kind) {
    case MO_EXPR_Attribute: return "attribute";
    case MO_EXPR_Subscript: return "subscript";
    case MO_EXPR_Starred: return "starred";
    case MO_EXPR_Name: return "name";
    case MO_EXPR_List: return "list";
    case MO_EXPR_Tuple: return "tuple";
    case MO_EXPR_Lambda: return "lambda";
    case MO_EXPR_Call: return "function call";
    case MO_EXPR_BoolOp: case MO_EXPR_BinOp: case MO_EXPR_UnaryOp: return "expression";
    case MO_EXPR_GeneratorExp: return "generator expression";
    case MO_EXPR_Yield: case MO_EXPR_YieldFrom: return "yield expression";
    case MO_EXPR_Await: return "await expression";
    case MO_EXPR_ListComp: return "list comprehension";
    case MO_EXPR_SetComp: return "set comprehension";
    case MO_EXPR_DictComp: return "dict comprehension";
    case MO_EXPR_Dict: return "dict literal";
    case MO_EXPR_Set: return "set display";
    case MO_EXPR_JoinedStr: case MO_EXPR_FormattedValue: return "f-string expression";
    case MO_EXPR_Constant: {
        MoObject *v = e->v.Constant.value;
        if (v == mo_None) return "None";
        if (v == mo_True) return "True";
        if (v == mo_False) return "False";
        if (v == mo_Ellipsis) return "ellipsis";
        return "literal";
    }
    case MO_EXPR_Compare: return "comparison";
    case MO_EXPR_IfExp: return "conditional expression";
    case MO_EXPR_NamedExpr: return "named expression";
    case MO_EXPR_Slice: return "slice";
    }
    return "expression";
}

/* Finds the first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target):
 * NULL if e is a valid target. */
static const MoAstExpr *invalid_target(const MoAstExpr *e, MoAstContext ctx) {
    switch (e->kind) {
    case MO_EXPR_List:
    case MO_EXPR_Tuple: {
        MoAstExprSeq s = e->kind == MO_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
        for (size_t i = 0; i < s.len; i++) {
            const MoAstExpr *r = invalid_target(s.items[i], ctx);
            if (r) return r;
        }
        return NULL;
    }
    case MO_EXPR_Starred:
        if (ctx == MO_AST_Del) return e;
        return invalid_target(e->v.Starred.value, ctx);
    case MO_EXPR_Compare:
        /* `for x in y` style targets parse as comparisons; CPython blames the left side when
         * the operator is `in`. */
        if (ctx == MO_AST_Store && e->v.Compare.ops.items[0] == MO_AST_In)
            return invalid_target(e->v.Compare.left, ctx);
        return e;
    case MO_EXPR_Name:
    case MO_EXPR_Subscript:
    case MO_EXPR_Attribute:
        return NULL;
    default:
        return e;
    }
}

/* Sets the context of a (validated) target tree. Iterative over the recursion-bounded tree. */
static void apply_ctx(MoAstExpr *e, MoAstContext ctx) {
    switch (e->kind) {
    case MO_EXPR_Name: e->v.Name.ctx = ctx; break;
    case MO_EXPR_Attribute: e->v.Attribute.ctx = ctx; break;
    case MO_EXPR_Subscript: e->v.Subscript.ctx = ctx; break;
    case MO_EXPR_Starred: e->v.Starred.ctx = ctx; apply_ctx(e->v.Starred.value, ctx); break;
    case MO_EXPR_List:
        e->v.List.ctx = ctx;
        for (size_t i = 0; i < e->v.List.elts.len; i++) apply_ctx(e->v.List.elts.items[i], ctx);
        break;
    case MO_EXPR_Tuple:
        e->v.Tuple.ctx = ctx;
        for (size_t i = 0; i < e->v.Tuple.elts.len; i++) apply_ctx(e->v.Tuple.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Validates e as an assignment (Store) or del (Del) target and sets its context; raises
 * "cannot assign to X" / "cannot delete X" on failure. */
static bool set_target(P *p, MoAstExpr *e, MoAstContext ctx) {
    const MoAstExpr *bad = invalid_target(e, ctx);
    if (bad) {
        char msg[80];
        const char *desc = expr_desc(bad);
        const char *pre = ctx == MO_AST_Del ? "cannot delete " : "cannot assign to ";
        size_t n = 0;
        while (*pre && n < sizeof msg - 1) msg[n++] = *pre++;
        while (*desc && n < sizeof msg - 1) msg[n++] = *desc++;
        msg[n] = 0;
        err_expr(p, msg, bad);
        return false;
    }
    apply_ctx(e, ctx);
    return true;
}

/* ---- numbers ---------------------------------------------------------------------------------- */

static MoAstExpr *parse_number(P *p, const MoToken *t) {
    const char *s = p->src + t->start;
    size_t n = t->end - t->start;
    /* Strip underscores into a scratch copy (numbers are short, but bound the copy by n). */
    char small[128];
    char *buf = n < sizeof small ? small : alloc(p, n + 1);
    if (!buf) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') buf[k++] = s[i];
    buf[k] = 0;
    MoObject *v = NULL;
    char last = buf[k - 1];
    if (last == 'j' || last == 'J') {
        double d;
        if (!mo_parse_double(buf, k - 1, &d)) return err_tok(p, "invalid imaginary literal", t);
        v = mo_complex_new(0.0, d);
    } else if (k > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X' || buf[1] == 'o' || buf[1] == 'O' ||
                                   buf[1] == 'b' || buf[1] == 'B')) {
        int base = (buf[1] | 0x20) == 'x' ? 16 : (buf[1] | 0x20) == 'o' ? 8 : 2;
        v = mo_int_from_string(buf + 2, k - 2, base);
    } else {
        bool is_float = false;
        for (size_t i = 0; i < k; i++)
            if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') is_float = true;
        if (is_float) {
            double d;
            if (!mo_parse_double(buf, k, &d)) return err_tok(p, "invalid decimal literal", t);
            v = mo_float_new(d);
        } else {
            size_t digits = k;
            size_t z = 0;
            while (z + 1 < k && buf[z] == '0') z++;
            digits = k - z;
            if (digits > MOAT_MAX_STR_DIGITS) {
                char msg[300];
                const char *a = "Exceeds the limit (4300 digits) for integer string conversion: value has ";
                const char *b = " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                "hexadecimal for huge integer literals to avoid decimal conversion limits.";
                size_t m = 0;
                while (*a) msg[m++] = *a++;
                char tmp[24];
                int tn = 0;
                size_t dv = digits;
                do { tmp[tn++] = (char)('0' + dv % 10); dv /= 10; } while (dv);
                while (tn) msg[m++] = tmp[--tn];
                while (*b && m < sizeof msg - 1) msg[m++] = *b++;
                msg[m] = 0;
                return err_range(p, &mo_SyntaxError, msg, t->lineno, -1, t->lineno, -2);
            }
            v = mo_int_from_string(buf + z, k - z, 10);
        }
    }
    if (!v) {
        if (!mo_err_occurred()) mo_err_nomemory();
        p->error = true;
        return NULL;
    }
    if (!keep(p, v)) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (e) e->v.Constant.value = v;
    return e;
}

/* ---- strings ---------------------------------------------------------------------------------- */

/* A few Unicode character names for \N{...}; lookups are case-insensitive as in CPython. */
typedef struct NamedChar { const char *name; uint32_t cp; } NamedChar;
static const NamedChar named_chars[] = {
    { "NULL", 0x0 }, { "CHARACTER TABULATION", 0x9 }, { "LINE FEED", 0xA }, { "LINE FEED (LF)", 0xA },
    { "CARRIAGE RETURN", 0xD }, { "CARRIAGE RETURN (CR)", 0xD }, { "ESCAPE", 0x1B }, { "SPACE", 0x20 },
    { "EXCLAMATION MARK", 0x21 }, { "QUOTATION MARK", 0x22 }, { "NUMBER SIGN", 0x23 },
    { "DOLLAR SIGN", 0x24 }, { "PERCENT SIGN", 0x25 }, { "AMPERSAND", 0x26 }, { "APOSTROPHE", 0x27 },
    { "ASTERISK", 0x2A }, { "PLUS SIGN", 0x2B }, { "COMMA", 0x2C }, { "HYPHEN-MINUS", 0x2D },
    { "FULL STOP", 0x2E }, { "SOLIDUS", 0x2F }, { "COLON", 0x3A }, { "SEMICOLON", 0x3B },
    { "LESS-THAN SIGN", 0x3C }, { "EQUALS SIGN", 0x3D }, { "GREATER-THAN SIGN", 0x3E },
    { "QUESTION MARK", 0x3F }, { "COMMERCIAL AT", 0x40 }, { "REVERSE SOLIDUS", 0x5C },
    { "LOW LINE", 0x5F }, { "GRAVE ACCENT", 0x60 }, { "TILDE", 0x7E }, { "DELETE", 0x7F },
    { "NO-BREAK SPACE", 0xA0 }, { "INVERTED EXCLAMATION MARK", 0xA1 }, { "CENT SIGN", 0xA2 },
    { "POUND SIGN", 0xA3 }, { "YEN SIGN", 0xA5 }, { "SECTION SIGN", 0xA7 }, { "COPYRIGHT SIGN", 0xA9 },
    { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB }, { "NOT SIGN", 0xAC },
    { "SOFT HYPHEN", 0xAD }, { "REGISTERED SIGN", 0xAE }, { "DEGREE SIGN", 0xB0 },
    { "PLUS-MINUS SIGN", 0xB1 }, { "SUPERSCRIPT TWO", 0xB2 }, { "SUPERSCRIPT THREE", 0xB3 },
    { "MICRO SIGN", 0xB5 }, { "PILCROW SIGN", 0xB6 }, { "MIDDLE DOT", 0xB7 },
    { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB }, { "VULGAR FRACTION ONE QUARTER", 0xBC },
    { "VULGAR FRACTION ONE HALF", 0xBD }, { "INVERTED QUESTION MARK", 0xBF },
    { "MULTIPLICATION SIGN", 0xD7 }, { "DIVISION SIGN", 0xF7 },
    { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 }, { "LATIN SMALL LETTER E WITH GRAVE", 0xE8 },
    { "LATIN SMALL LETTER A WITH GRAVE", 0xE0 }, { "LATIN SMALL LETTER U WITH DIAERESIS", 0xFC },
    { "LATIN SMALL LETTER O WITH DIAERESIS", 0xF6 }, { "LATIN SMALL LETTER A WITH DIAERESIS", 0xE4 },
    { "LATIN SMALL LETTER SHARP S", 0xDF }, { "LATIN SMALL LETTER N WITH TILDE", 0xF1 },
    { "LATIN SMALL LETTER C WITH CEDILLA", 0xE7 },
    { "EN SPACE", 0x2002 }, { "EM SPACE", 0x2003 }, { "THIN SPACE", 0x2009 }, { "HAIR SPACE", 0x200A },
    { "ZERO WIDTH SPACE", 0x200B }, { "ZERO WIDTH NON-JOINER", 0x200C }, { "ZERO WIDTH JOINER", 0x200D },
    { "HYPHEN", 0x2010 }, { "EN DASH", 0x2013 }, { "EM DASH", 0x2014 }, { "HORIZONTAL BAR", 0x2015 },
    { "LEFT SINGLE QUOTATION MARK", 0x2018 }, { "RIGHT SINGLE QUOTATION MARK", 0x2019 },
    { "LEFT DOUBLE QUOTATION MARK", 0x201C }, { "RIGHT DOUBLE QUOTATION MARK", 0x201D },
    { "DAGGER", 0x2020 }, { "DOUBLE DAGGER", 0x2021 }, { "BULLET", 0x2022 },
    { "HORIZONTAL ELLIPSIS", 0x2026 }, { "PER MILLE SIGN", 0x2030 }, { "PRIME", 0x2032 },
    { "EURO SIGN", 0x20AC }, { "INDIAN RUPEE SIGN", 0x20B9 }, { "TRADE MARK SIGN", 0x2122 },
    { "LEFTWARDS ARROW", 0x2190 }, { "UPWARDS ARROW", 0x2191 }, { "RIGHTWARDS ARROW", 0x2192 },
    { "DOWNWARDS ARROW", 0x2193 }, { "LEFT RIGHT ARROW", 0x2194 }, { "RIGHTWARDS DOUBLE ARROW", 0x21D2 },
    { "FOR ALL", 0x2200 }, { "PARTIAL DIFFERENTIAL", 0x2202 }, { "THERE EXISTS", 0x2203 },
    { "EMPTY SET", 0x2205 }, { "INCREMENT", 0x2206 }, { "NABLA", 0x2207 }, { "ELEMENT OF", 0x2208 },
    { "N-ARY PRODUCT", 0x220F }, { "N-ARY SUMMATION", 0x2211 }, { "MINUS SIGN", 0x2212 },
    { "SQUARE ROOT", 0x221A }, { "INFINITY", 0x221E }, { "LOGICAL AND", 0x2227 }, { "LOGICAL OR", 0x2228 },
    { "INTERSECTION", 0x2229 }, { "UNION", 0x222A }, { "INTEGRAL", 0x222B }, { "ALMOST EQUAL TO", 0x2248 },
    { "NOT EQUAL TO", 0x2260 }, { "IDENTICAL TO", 0x2261 }, { "LESS-THAN OR EQUAL TO", 0x2264 },
    { "GREATER-THAN OR EQUAL TO", 0x2265 }, { "BLACK SQUARE", 0x25A0 }, { "WHITE SQUARE", 0x25A1 },
    { "BLACK CIRCLE", 0x25CF }, { "WHITE CIRCLE", 0x25CB }, { "BLACK STAR", 0x2605 }, { "WHITE STAR", 0x2606 },
    { "SNOWMAN", 0x2603 }, { "BLACK HEART SUIT", 0x2665 }, { "CHECK MARK", 0x2713 },
    { "HEAVY CHECK MARK", 0x2714 }, { "MULTIPLICATION X", 0x2715 }, { "BALLOT X", 0x2717 },
    { "WARNING SIGN", 0x26A0 }, { "HIGH VOLTAGE SIGN", 0x26A1 }, { "SPARKLES", 0x2728 },
    { "REPLACEMENT CHARACTER", 0xFFFD }, { "GRINNING FACE", 0x1F600 }, { "THUMBS UP SIGN", 0x1F44D },
    { "FIRE", 0x1F525 }, { "ROCKET", 0x1F680 }, { "PARTY POPPER", 0x1F389 },
    { "SMILING FACE WITH SMILING EYES", 0x1F60A }, { "RED APPLE", 0x1F34E },
};

static const char *const greek_names[] = {
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA",
    "MU", "NU", "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA", "TAU", "UPSILON", "PHI", "CHI",
    "PSI", "OMEGA"
};

static bool name_eq_ci(const char *a, size_t an, const char *b) {
    size_t bn = strlen(b);
    if (an != bn) return false;
    for (size_t i = 0; i < an; i++) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x = (char)(x - 32);
        if (x != y) return false;
    }
    return true;
}

static bool prefix_ci(const char *a, size_t an, const char *pre, size_t *rest) {
    size_t n = strlen(pre);
    if (an < n) return false;
    for (size_t i = 0; i < n; i++) {
        char x = a[i];
        if (x >= 'a' && x <= 'z') x = (char)(x - 32);
        if (x != pre[i]) return false;
    }
    *rest = n;
    return true;
}

/* Looks up a character name; returns false if unknown. */
static bool lookup_char_name(const char *s, size_t n, uint32_t *cp) {
    for (size_t i = 0; i < sizeof named_chars / sizeof named_chars[0]; i++) {
        if (name_eq_ci(s, n, named_chars[i].name)) { *cp = named_chars[i].cp; return true; }
    }
    size_t r;
    if (prefix_ci(s, n, "GREEK SMALL LETTER ", &r) || prefix_ci(s, n, "GREEK CAPITAL LETTER ", &r)) {
        bool small = (s[6] | 0x20) == 's';
        for (size_t i = 0; i < sizeof greek_names / sizeof greek_names[0]; i++) {
            if (name_eq_ci(s + r, n - r, greek_names[i])) {
                if (!small && i == 17) return false; /* no capital final sigma */
                *cp = (small ? 0x3B1 : 0x391) + (uint32_t)i;
                return true;
            }
        }
        return false;
    }
    if (prefix_ci(s, n, "LATIN SMALL LETTER ", &r) || prefix_ci(s, n, "LATIN CAPITAL LETTER ", &r)) {
        bool small = (s[6] | 0x20) == 's';
        if (n - r == 1) {
            char c = s[r];
            if (c >= 'a' && c <= 'z') c = (char)(c - 32);
            if (c >= 'A' && c <= 'Z') { *cp = (uint32_t)(small ? c + 32 : c); return true; }
        }
        return false;
    }
    if (prefix_ci(s, n, "DIGIT ", &r)) {
        static const char *const digits[] = { "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE" };
        for (uint32_t i = 0; i < 10; i++)
            if (name_eq_ci(s + r, n - r, digits[i])) { *cp = '0' + i; return true; }
    }
    return false;
}

static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Raises a unicode-escape decoding error positioned at the string token. */
static void *escape_error(P *p, const MoToken *t, bool bytes, const char *what, size_t from, size_t to) {
    char msg[200];
    size_t n = 0;
    const char *a = bytes ? "(value error) " : "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
    while (*a) msg[n++] = *a++;
    if (bytes) {
        const char *w = what;
        while (*w && n < 150) msg[n++] = *w++;
        const char *b = " at position ";
        while (*b) msg[n++] = *b++;
        char tmp[24];
        int tn = 0;
        size_t v = from;
        do { tmp[tn++] = (char)('0' + v % 10); v /= 10; } while (v);
        while (tn) msg[n++] = tmp[--tn];
        msg[n] = 0;
    } else {
        char tmp[24];
        int tn = 0;
        size_t v = from;
        do { tmp[tn++] = (char)('0' + v % 10); v /= 10; } while (v);
        while (tn) msg[n++] = tmp[--tn];
        msg[n++] = '-';
        v = to;
        do { tmp[tn++] = (char)('0' + v % 10); v /= 10; } while (v);
        while (tn) msg[n++] = tmp[--tn];
        msg[n++] = ':';
        msg[n++] = ' ';
        const char *w = what;
        while (*w && n < sizeof msg - 1) msg[n++] = *w++;
        msg[n] = 0;
    }
    return err_tok(p, msg, t);
}

/* Decodes the literal text s[0..n) of a string token (escapes unless raw) and appends the result
 * to out (which has room: decoding never lengthens text). For bytes, non-ASCII is an error.
 * Returns false on error. */
static bool decode_literal(P *p, const MoToken *t, const char *s, size_t n, bool raw, bool bytes, char *out,
                           size_t *outlen) {
    size_t o = *outlen;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (bytes && c >= 0x80) {
            err_tok(p, "bytes can only contain ASCII literal characters", t);
            return false;
        }
        if (c != '\\' || raw) {
            if (c == '\r') {
                /* Newlines inside literals are normalised to \n, as the tokenizer does. */
                out[o++] = '\n';
                i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            out[o++] = (char)c;
            i++;
            if (raw && c == '\\' && i < n) {
                /* In a raw literal a backslash still escapes a quote or itself for delimiting. */
                unsigned char d = (unsigned char)s[i];
                if (bytes && d >= 0x80) { err_tok(p, "bytes can only contain ASCII literal characters", t); return false; }
                if (d == '\r') { out[o++] = '\n'; i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1; }
                else { out[o++] = (char)d; i++; }
            }
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= n) { out[o++] = '\\'; break; }
        c = (unsigned char)s[i++];
        switch (c) {
        case '\n': break;
        case '\r': if (i < n && s[i] == '\n') i++; break;
        case '\\': out[o++] = '\\'; break;
        case '\'': out[o++] = '\''; break;
        case '"': out[o++] = '"'; break;
        case 'a': out[o++] = '\a'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (uint32_t)(s[i++] - '0');
            if (bytes) out[o++] = (char)(v & 0xFF);
            else o += put_utf8(out + o, v);
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                size_t end = i + (h1 >= 0 ? 1 : 0);
                escape_error(p, t, bytes, bytes ? "invalid \\x escape" : "truncated \\xXX escape", esc, end - 1);
                return false;
            }
            i += 2;
            uint32_t v = (uint32_t)(h1 * 16 + h2);
            if (bytes) out[o++] = (char)v;
            else o += put_utf8(out + o, v);
            break;
        }
        case 'u':
        case 'U':
        case 'N':
            if (bytes) {
                out[o++] = '\\';
                out[o++] = (char)c;
                break;
            }
            if (c == 'N') {
                size_t j = i;
                if (j >= n || s[j] != '{') {
                    escape_error(p, t, false, "malformed \\N character escape", esc, esc + 1);
                    return false;
                }
                j++;
                size_t name_start = j;
                while (j < n && s[j] != '}') j++;
                if (j >= n || j == name_start) {
                    escape_error(p, t, false, "malformed \\N character escape", esc, j < n ? j : n - 1);
                    return false;
                }
                uint32_t cp;
                if (!lookup_char_name(s + name_start, j - name_start, &cp)) {
                    escape_error(p, t, false, "unknown Unicode character name", esc, j);
                    return false;
                }
                o += put_utf8(out + o, cp);
                i = j + 1;
            } else {
                int digits = c == 'u' ? 4 : 8;
                uint32_t v = 0;
                int k;
                for (k = 0; k < digits; k++) {
                    int h = i + (size_t)k < n ? hexval((unsigned char)s[i + (size_t)k]) : -1;
                    if (h < 0) break;
                    v = v * 16 + (uint32_t)h;
                }
                if (k < digits) {
                    escape_error(p, t, false, c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape",
                                 esc, i + (size_t)k - 1);
                    return false;
                }
                if (v > 0x10FFFF) {
                    escape_error(p, t, false, "illegal Unicode character", esc, i + (size_t)digits - 1);
                    return false;
                }
                i += (size_t)digits;
                o += put_utf8(out + o, v);
            }
            break;
        default:
            /* Unknown escapes are kept verbatim (CPython only warns). */
            out[o++] = '\\';
            i--;
            break;
        }
    }
    *outlen = o;
    return true;
}

/* Pending literal text of a JoinedStr being built, kept in an arena buffer. */
typedef struct Lit { char *buf; size_t len, cap; } Lit;

static bool lit_reserve(P *p, Lit *l, size_t more) {
    if (l->len + more <= l->cap) return true;
    size_t cap = l->cap ? l->cap * 2 : 64;
    while (cap < l->len + more) cap *= 2;
    char *b = alloc(p, cap);
    if (!b) return false;
    if (l->len) memcpy(b, l->buf, l->len);
    l->buf = b;
    l->cap = cap;
    return true;
}

typedef struct FStr {
    const MoToken *first, *last; /* token range of the whole concatenation, for node positions */
    const MoToken *tok;          /* the token being parsed, for error positions */
} FStr;

static MoAstExpr *str_constant(P *p, FStr *f, const char *s, size_t n) {
    MoObject *v = mo_str_from_utf8(s, n);
    if (!keep(p, v)) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_Constant, f->first->lineno, f->first->col, f->last->end_lineno, f->last->end_col);
    if (e) e->v.Constant.value = v;
    return e;
}

static bool flush_lit(P *p, FStr *f, Lit *l, ExprVec *values) {
    if (l->len == 0) return true;
    MoAstExpr *c = str_constant(p, f, l->buf, l->len);
    if (!c) return false;
    l->len = 0;
    return ExprVec_push(p, values, c);
}

/* f-string errors are located at the end of the string token, as CPython 3.11 reports them. */
static void *fstr_error(P *p, FStr *f, const char *msg) {
    const MoToken *t = f->tok;
    return err_range(p, &mo_SyntaxError, msg, t->end_lineno, t->end_col, t->end_lineno, t->end_col);
}

static MoAstExpr *parse_fstring_expr(P *p, FStr *f, size_t start, size_t end);
static void *maybe_forgot_comma(P *p, MoAstExpr *a);

/* Parses f-string text src[*ip..end) into values (literal text accumulates in lit). At nesting
 * level 0 it stops at the end; inside a format spec (level > 0) it stops before a '}' . */
static bool fstring_parse(P *p, FStr *f, size_t *ip, size_t end, bool raw, int level, ExprVec *values, Lit *lit) {
    const char *s = p->src;
    size_t i = *ip;
    while (i < end) {
        /* Literal part. */
        size_t lit_start = i;
        while (i < end) {
            char ch = s[i];
            if (!raw && ch == '\\' && i + 1 < end) {
                if (s[i + 1] == 'N' && i + 2 < end && s[i + 2] == '{') {
                    size_t j = i + 3;
                    while (j < end && s[j] != '}') j++;
                    i = j < end ? j + 1 : end;
                    continue;
                }
                i += 2;
                continue;
            }
            if (ch == '{' || ch == '}') break;
            i++;
        }
        if (i > lit_start) {
            if (!lit_reserve(p, lit, i - lit_start)) return false;
            if (!decode_literal(p, f->tok, s + lit_start, i - lit_start, raw, false, lit->buf, &lit->len)) return false;
        }
        if (i >= end) break;
        char ch = s[i];
        if (level == 0 && i + 1 < end && s[i + 1] == ch) {
            if (!lit_reserve(p, lit, 1)) return false;
            lit->buf[lit->len++] = ch;
            i += 2;
            continue;
        }
        if (ch == '}') {
            if (level > 0) break;
            fstr_error(p, f, "f-string: single '}' is not allowed");
            return false;
        }
        /* A replacement field. */
        if (level >= MO_FSTRING_MAX_NEST) {
            fstr_error(p, f, "f-string: expressions nested too deeply");
            return false;
        }
        i++;
        size_t expr_start = i;
        char stack[MO_LEX_MAX_PARENS];
        int nest = 0;
        char quote = 0;
        int quote_len = 0;
        bool doc = false;
        size_t expr_end = 0;
        while (i < end) {
            char c = s[i];
            if (c == '\\') { fstr_error(p, f, "f-string expression part cannot include a backslash"); return false; }
            if (quote) {
                if (c == quote) {
                    if (quote_len == 3) {
                        if (i + 2 < end && s[i + 1] == c && s[i + 2] == c) { i += 3; quote = 0; continue; }
                    } else { i++; quote = 0; continue; }
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                if (i + 2 < end && s[i + 1] == c && s[i + 2] == c) { quote_len = 3; i += 3; }
                else { quote_len = 1; i++; }
                quote = c;
                continue;
            }
            if (c == '[' || c == '(' || c == '{') {
                if (nest >= MO_LEX_MAX_PARENS) { fstr_error(p, f, "f-string: too many nested parenthesis"); return false; }
                stack[nest++] = c;
                i++;
                continue;
            }
            if (c == '#') { fstr_error(p, f, "f-string expression part cannot include '#'"); return false; }
            if (nest == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
                if (c == '!' && i + 1 < end && s[i + 1] == '=') { i += 2; continue; }
                if (c == '=' && i + 1 < end && s[i + 1] == '=') { i += 2; continue; }
                if ((c == '<' || c == '>') ) {
                    i += (i + 1 < end && s[i + 1] == '=') ? 2 : 1;
                    continue;
                }
                if (c == '=') {
                    expr_end = i;
                    doc = true;
                    i++;
                    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f')) i++;
                }
                break;
            }
            if (c == ']' || c == ')' || c == '}') {
                if (nest == 0) {
                    char msg[40] = "f-string: unmatched ' '";
                    msg[21] = c;
                    fstr_error(p, f, msg);
                    return false;
                }
                char open = stack[--nest];
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != want) {
                    char msg[100] = "f-string: closing parenthesis 'X' does not match opening parenthesis 'Y'";
                    msg[31] = c;
                    msg[70] = open;
                    fstr_error(p, f, msg);
                    return false;
                }
                i++;
                continue;
            }
            i++;
        }
        if (quote) { fstr_error(p, f, "f-string: unterminated string"); return false; }
        if (i >= end) { fstr_error(p, f, "f-string: expecting '}'"); return false; }
        if (!doc) expr_end = i;
        bool blank = true;
        for (size_t k = expr_start; k < expr_end; k++)
            if (!(s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f')) blank = false;
        if (blank) {
            fstr_error(p, f, doc ? "f-string: expression required before '='" : "f-string: empty expression not allowed");
            return false;
        }
        MoAstExpr *value = parse_fstring_expr(p, f, expr_start, expr_end);
        if (!value) return false;
        if (doc) {
            /* The self-documenting text is the expression source including '=' and spaces. */
            if (!lit_reserve(p, lit, i - expr_start)) return false;
            memcpy(lit->buf + lit->len, s + expr_start, i - expr_start);
            lit->len += i - expr_start;
        }
        int conversion = -1;
        if (i < end && s[i] == '!') {
            i++;
            if (i >= end) { fstr_error(p, f, "f-string: expecting '}'"); return false; }
            char cc = s[i];
            if (cc != 's' && cc != 'r' && cc != 'a') {
                fstr_error(p, f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return false;
            }
            conversion = cc;
            i++;
            if (i >= end) { fstr_error(p, f, "f-string: expecting '}'"); return false; }
            if (s[i] != ':' && s[i] != '}') {
                fstr_error(p, f, "f-string: expecting '}'");
                return false;
            }
        }
        MoAstExpr *spec = NULL;
        if (i < end && s[i] == ':') {
            i++;
            ExprVec spec_values = { 0 };
            Lit spec_lit = { 0 };
            /* CPython 3.11 places a format spec's nodes at the one string token holding it. */
            FStr sf = { f->tok, f->tok, f->tok };
            if (!enter(p)) return false;
            bool ok = fstring_parse(p, &sf, &i, end, raw, level + 1, &spec_values, &spec_lit);
            leave(p);
            if (!ok) return false;
            if (!flush_lit(p, &sf, &spec_lit, &spec_values)) return false;
            spec = new_expr(p, MO_EXPR_JoinedStr, sf.first->lineno, sf.first->col, sf.last->end_lineno, sf.last->end_col);
            if (!spec) return false;
            spec->v.JoinedStr.values = SEQ(MoAstExprSeq, spec_values);
        }
        if (i >= end || s[i] != '}') { fstr_error(p, f, "f-string: expecting '}'"); return false; }
        i++;
        if (doc && conversion == -1 && !spec) conversion = 'r';
        if (!flush_lit(p, f, lit, values)) return false;
        MoAstExpr *fv = new_expr(p, MO_EXPR_FormattedValue, f->first->lineno, f->first->col, f->last->end_lineno,
                                 f->last->end_col);
        if (!fv) return false;
        fv->v.FormattedValue.value = value;
        fv->v.FormattedValue.conversion = conversion;
        fv->v.FormattedValue.format_spec = spec;
        if (!ExprVec_push(p, values, fv)) return false;
    }
    *ip = i;
    return true;
}

/* Parses one string token's prefix: sets flags and returns the prefix length. */
static size_t string_prefix(const char *s, bool *raw, bool *bytes, bool *fmt, bool *uni) {
    size_t i = 0;
    *raw = *bytes = *fmt = *uni = false;
    while (s[i] != '\'' && s[i] != '"') {
        char c = (char)(s[i] | 0x20);
        if (c == 'r') *raw = true;
        else if (c == 'b') *bytes = true;
        else if (c == 'f') *fmt = true;
        else if (c == 'u') *uni = true;
        i++;
    }
    return i;
}

/* strings: STRING+ with implicit concatenation; returns Constant or JoinedStr. */
static MoAstExpr *parse_strings(P *p) {
    size_t first_i = p->pos;
    size_t total = 0;
    bool any_bytes = false, any_str = false, any_f = false;
    while (is_type(p, MO_TOK_STRING)) {
        MoToken *t = next(p);
        bool raw, bytes, fmt, uni;
        string_prefix(p->src + t->start, &raw, &bytes, &fmt, &uni);
        if (bytes) any_bytes = true; else any_str = true;
        if (fmt) any_f = true;
        total += t->end - t->start;
    }
    if (p->error) return NULL;
    size_t last_i = p->pos - 1;
    FStr f;
    f.first = TOKAT(p, first_i);
    f.last = TOKAT(p, last_i);
    f.tok = f.first;
    if (any_bytes && any_str) {
        return err_range(p, &mo_SyntaxError, "cannot mix bytes and nonbytes literals", f.first->lineno, f.first->col,
                         f.last->end_lineno, f.last->end_col);
    }
    bool first_u;
    {
        bool raw, bytes, fmt;
        string_prefix(p->src + f.first->start, &raw, &bytes, &fmt, &first_u);
    }
    if (!any_f) {
        char *buf = alloc(p, total + 1);
        if (!buf) return NULL;
        size_t len = 0;
        for (size_t k = first_i; k <= last_i; k++) {
            const MoToken *t = TOKAT(p, k);
            const char *s = p->src + t->start;
            bool raw, bytes, fmt, uni;
            size_t pre = string_prefix(s, &raw, &bytes, &fmt, &uni);
            size_t n = t->end - t->start;
            size_t q = (n - pre >= 6 && s[pre] == s[pre + 1] && s[pre] == s[pre + 2]) ? 3 : 1;
            if (!decode_literal(p, t, s + pre + q, n - pre - 2 * q, raw, bytes, buf, &len)) return NULL;
        }
        MoObject *v = any_bytes ? mo_bytes_new((const uint8_t *)buf, len) : mo_str_from_utf8(buf, len);
        if (!keep(p, v)) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_Constant, f.first->lineno, f.first->col, f.last->end_lineno, f.last->end_col);
        if (!e) return NULL;
        e->v.Constant.value = v;
        e->v.Constant.kind_u = first_u;
        return e;
    }
    ExprVec values = { 0 };
    Lit lit = { 0 };
    for (size_t k = first_i; k <= last_i; k++) {
        const MoToken *t = TOKAT(p, k);
        f.tok = t;
        const char *s = p->src + t->start;
        bool raw, bytes, fmt, uni;
        size_t pre = string_prefix(s, &raw, &bytes, &fmt, &uni);
        size_t n = t->end - t->start;
        size_t q = (n - pre >= 6 && s[pre] == s[pre + 1] && s[pre] == s[pre + 2]) ? 3 : 1;
        size_t body = t->start + pre + q, body_end = t->end - q;
        if (!fmt) {
            if (!lit_reserve(p, &lit, body_end - body)) return NULL;
            if (!decode_literal(p, t, p->src + body, body_end - body, raw, false, lit.buf, &lit.len)) return NULL;
            continue;
        }
        size_t i = body;
        if (!fstring_parse(p, &f, &i, body_end, raw, 0, &values, &lit)) return NULL;
    }
    if (!flush_lit(p, &f, &lit, &values)) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_JoinedStr, f.first->lineno, f.first->col, f.last->end_lineno, f.last->end_col);
    if (!e) return NULL;
    e->v.JoinedStr.values = SEQ(MoAstExprSeq, values);
    return e;
}

/* Parses an f-string replacement field's expression with a sub-parser over the original source,
 * so every node gets its true position. */
static MoAstExpr *parse_fstring_expr(P *p, FStr *f, size_t start, size_t end) {
    const MoToken *t = f->tok;
    int line = t->lineno;
    size_t ls = t->start - (size_t)t->col;
    for (size_t k = t->start; k < start; k++) {
        if (p->src[k] == '\n' || (p->src[k] == '\r' && !(k + 1 < p->len && p->src[k + 1] == '\n'))) {
            line++;
            ls = k + 1;
        }
    }
    MoLexer *lx = mo_alloc(sizeof *lx);
    if (!lx) return err_nomem(p);
    mo_lexer_init_fstring(lx, p->src, start, end, line, ls);
    P sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.src = p->src;
    sub.len = p->len;
    sub.filename = p->filename;
    sub.lx = lx;
    sub.depth = p->depth;
    sub.speculating = p->speculating;
    sub.in_fstring = true;
    sub.fstring_nest = p->fstring_nest + 1;
    MoAstExpr *e = NULL;
    if (enter(&sub)) {
        if (is_kw(&sub, MO_KW_YIELD)) e = yield_expr(&sub);
        else e = star_expressions(&sub);
        /* CPython parses the field as "(expr)", hence the comma hint. */
        if (e && !is_type(&sub, MO_TOK_ENDMARKER)) e = maybe_forgot_comma(&sub, e);
        if (e && e->kind == MO_EXPR_Starred) e = err_expr(&sub, "cannot use starred expression here", e);
    }
    if (sub.error) {
        p->error = true;
        p->parser_error = sub.parser_error;
        e = NULL;
    }
    free_tokens(&sub);
    mo_free(lx);
    return e;
}

/* ---- expressions ------------------------------------------------------------------------------ */

static MoAstExpr *singleton(P *p, const MoToken *t, MoObject *v) {
    MoAstExpr *e = new_expr(p, MO_EXPR_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (e) e->v.Constant.value = v;
    return e;
}

/* '*' bitwise_or as a Starred, or a named expression (for displays and parenthesised lists). */
static MoAstExpr *star_named_expression(P *p) {
    if (is_op(p, MO_OP_STAR)) {
        MoToken *st = next(p);
        int l = st->lineno, c = st->col;
        MoAstExpr *v = bitwise_or(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_Starred, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.Starred.value = v;
        e->v.Starred.ctx = MO_AST_Load;
        return e;
    }
    return named_expression(p);
}

/* After an element inside brackets: if another expression follows directly, CPython reports
 * "invalid syntax. Perhaps you forgot a comma?" spanning both. Returns NULL after raising. */
static void *maybe_forgot_comma(P *p, MoAstExpr *a) {
    if (p->error) return NULL;
    if (!starts_expr(p) || is_kw(p, MO_KW_NOT)) return fail_here(p);
    /* `print "x"`-style legacy statements and soft keywords are excluded, like CPython. */
    size_t save = p->pos;
    bool spec = p->speculating;
    p->speculating = true;
    MoAstExpr *b = expression(p);
    bool ok = b && !p->error;
    p->speculating = spec;
    p->error = false;
    if (!ok) {
        if (mo_err_occurred() && !spec) mo_err_clear();
        p->pos = save;
        return fail(p);
    }
    p->pos = save;
    return err_range(p, &mo_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", E_START(a), E_END(b));
}

static MoAstExpr *paren_atom(P *p) {
    MoToken *lp = next(p);
    int l = lp->lineno, c = lp->col;
    if (is_op(p, MO_OP_RPAR)) {
        next(p);
        MoAstExpr *e = new_expr(p, MO_EXPR_Tuple, l, c, END_PREV(p));
        if (e) e->v.Tuple.ctx = MO_AST_Load;
        return e;
    }
    if (is_kw(p, MO_KW_YIELD)) {
        MoAstExpr *y = yield_expr(p);
        if (!y) return NULL;
        if (!expect_op(p, MO_OP_RPAR)) return NULL;
        return y;
    }
    MoAstExpr *first = star_named_expression(p);
    if (!first) return NULL;
    if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
        if (first->kind == MO_EXPR_Starred) return err_expr(p, "iterable unpacking cannot be used in comprehension", first);
        CompVec gens = { 0 };
        if (!parse_comp_for(p, &gens)) return NULL;
        if (!expect_op(p, MO_OP_RPAR)) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_GeneratorExp, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.ListComp.elt = first;
        e->v.ListComp.generators = SEQ(MoAstComprehensionSeq, gens);
        return e;
    }
    if (is_op(p, MO_OP_RPAR)) {
        next(p);
        if (first->kind == MO_EXPR_Starred) return err_expr(p, "cannot use starred expression here", first);
        return first;
    }
    if (!is_op(p, MO_OP_COMMA)) {
        if (is_op(p, MO_OP_EQUAL) && first->kind != MO_EXPR_Starred) {
            if (first->kind == MO_EXPR_Name) {
                return err_range(p, &mo_SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                 E_START(first), TOK(p)->end_lineno, TOK(p)->end_col);
            }
        }
        return maybe_forgot_comma(p, first);
    }
    ExprVec elts = { 0 };
    if (!ExprVec_push(p, &elts, first)) return NULL;
    while (is_op(p, MO_OP_COMMA)) {
        next(p);
        if (is_op(p, MO_OP_RPAR)) break;
        MoAstExpr *e = star_named_expression(p);
        if (!e) return NULL;
        if (!ExprVec_push(p, &elts, e)) return NULL;
        if (!is_op(p, MO_OP_COMMA) && !is_op(p, MO_OP_RPAR)) return maybe_forgot_comma(p, e);
    }
    if (!expect_op(p, MO_OP_RPAR)) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_Tuple, l, c, END_PREV(p));
    if (!e) return NULL;
    e->v.Tuple.elts = SEQ(MoAstExprSeq, elts);
    e->v.Tuple.ctx = MO_AST_Load;
    return e;
}

static MoAstExpr *list_atom(P *p) {
    MoToken *lb = next(p);
    int l = lb->lineno, c = lb->col;
    ExprVec elts = { 0 };
    if (!is_op(p, MO_OP_RSQB)) {
        MoAstExpr *first = star_named_expression(p);
        if (!first) return NULL;
        if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
            if (first->kind == MO_EXPR_Starred)
                return err_expr(p, "iterable unpacking cannot be used in comprehension", first);
            CompVec gens = { 0 };
            if (!parse_comp_for(p, &gens)) return NULL;
            if (!expect_op(p, MO_OP_RSQB)) return NULL;
            MoAstExpr *e = new_expr(p, MO_EXPR_ListComp, l, c, END_PREV(p));
            if (!e) return NULL;
            e->v.ListComp.elt = first;
            e->v.ListComp.generators = SEQ(MoAstComprehensionSeq, gens);
            return e;
        }
        if (!ExprVec_push(p, &elts, first)) return NULL;
        while (is_op(p, MO_OP_COMMA)) {
            next(p);
            if (is_op(p, MO_OP_RSQB)) break;
            MoAstExpr *e = star_named_expression(p);
            if (!e) return NULL;
            if (!ExprVec_push(p, &elts, e)) return NULL;
            if (is_kw(p, MO_KW_FOR))
                return err_range(p, &mo_SyntaxError, "did you forget parentheses around the comprehension target?",
                                 E_START(first), E_END(e));
        }
        if (!is_op(p, MO_OP_RSQB)) return maybe_forgot_comma(p, elts.items[elts.len - 1]);
    }
    if (!expect_op(p, MO_OP_RSQB)) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_List, l, c, END_PREV(p));
    if (!e) return NULL;
    e->v.List.elts = SEQ(MoAstExprSeq, elts);
    e->v.List.ctx = MO_AST_Load;
    return e;
}

static MoAstExpr *brace_atom(P *p) {
    MoToken *lb = next(p);
    int l = lb->lineno, c = lb->col;
    if (is_op(p, MO_OP_RBRACE)) {
        next(p);
        return new_expr(p, MO_EXPR_Dict, l, c, END_PREV(p));
    }
    ExprVec keys = { 0 }, values = { 0 };
    bool is_dict;
    MoAstExpr *first_key = NULL, *first_val = NULL;
    if (is_op(p, MO_OP_DOUBLESTAR)) {
        MoToken *ds = next(p);
        first_val = bitwise_or(p);
        if (!first_val) return NULL;
        is_dict = true;
        if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR)))
            return err_range(p, &mo_SyntaxError, "dict unpacking cannot be used in dict comprehension", ds->lineno,
                             ds->col, E_END(first_val));
    } else {
        first_key = star_named_expression(p);
        if (!first_key) return NULL;
        if (is_op(p, MO_OP_COLON) && first_key->kind != MO_EXPR_Starred) {
            next(p);
            first_val = expression(p);
            if (!first_val) return NULL;
            is_dict = true;
            if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
                CompVec gens = { 0 };
                if (!parse_comp_for(p, &gens)) return NULL;
                if (!expect_op(p, MO_OP_RBRACE)) return NULL;
                MoAstExpr *e = new_expr(p, MO_EXPR_DictComp, l, c, END_PREV(p));
                if (!e) return NULL;
                e->v.DictComp.key = first_key;
                e->v.DictComp.value = first_val;
                e->v.DictComp.generators = SEQ(MoAstComprehensionSeq, gens);
                return e;
            }
        } else {
            is_dict = false;
            if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
                if (first_key->kind == MO_EXPR_Starred)
                    return err_expr(p, "iterable unpacking cannot be used in comprehension", first_key);
                CompVec gens = { 0 };
                if (!parse_comp_for(p, &gens)) return NULL;
                if (!expect_op(p, MO_OP_RBRACE)) return NULL;
                MoAstExpr *e = new_expr(p, MO_EXPR_SetComp, l, c, END_PREV(p));
                if (!e) return NULL;
                e->v.ListComp.elt = first_key;
                e->v.ListComp.generators = SEQ(MoAstComprehensionSeq, gens);
                return e;
            }
        }
    }
    if (is_dict) {
        if (!ExprVec_push(p, &keys, first_key) || !ExprVec_push(p, &values, first_val)) return NULL;
        while (is_op(p, MO_OP_COMMA)) {
            next(p);
            if (is_op(p, MO_OP_RBRACE)) break;
            if (is_op(p, MO_OP_DOUBLESTAR)) {
                next(p);
                MoAstExpr *v = bitwise_or(p);
                if (!v) return NULL;
                if (!ExprVec_push(p, &keys, NULL) || !ExprVec_push(p, &values, v)) return NULL;
                continue;
            }
            MoAstExpr *k = expression(p);
            if (!k) return NULL;
            if (!is_op(p, MO_OP_COLON)) {
                if (is_op(p, MO_OP_COMMA) || is_op(p, MO_OP_RBRACE))
                    return err_range(p, &mo_SyntaxError, "':' expected after dictionary key", E_START(k), E_END(k));
                /* CPython's invalid_kvpair: located at the key's last character. */
                return err_range(p, &mo_SyntaxError, "':' expected after dictionary key", k->end_lineno,
                                 k->end_col_offset - 1, k->end_lineno, -3);
            }
            next(p);
            MoAstExpr *v = expression(p);
            if (!v) return NULL;
            if (!ExprVec_push(p, &keys, k) || !ExprVec_push(p, &values, v)) return NULL;
        }
        if (!is_op(p, MO_OP_RBRACE)) return maybe_forgot_comma(p, values.items[values.len - 1]);
        next(p);
        MoAstExpr *e = new_expr(p, MO_EXPR_Dict, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.Dict.keys = SEQ(MoAstExprSeq, keys);
        e->v.Dict.values = SEQ(MoAstExprSeq, values);
        return e;
    }
    ExprVec elts = { 0 };
    if (!ExprVec_push(p, &elts, first_key)) return NULL;
    while (is_op(p, MO_OP_COMMA)) {
        next(p);
        if (is_op(p, MO_OP_RBRACE)) break;
        MoAstExpr *e = star_named_expression(p);
        if (!e) return NULL;
        if (!ExprVec_push(p, &elts, e)) return NULL;
    }
    if (!is_op(p, MO_OP_RBRACE)) return maybe_forgot_comma(p, elts.items[elts.len - 1]);
    next(p);
    MoAstExpr *e = new_expr(p, MO_EXPR_Set, l, c, END_PREV(p));
    if (!e) return NULL;
    e->v.Set.elts = SEQ(MoAstExprSeq, elts);
    return e;
}

static MoAstExpr *atom(P *p) {
    MoToken *t = TOK(p);
    switch (t->type) {
    case MO_TOK_NAME:
        if (t->sub == MO_KW_NONE_) { next(p); return singleton(p, t, mo_None); }
        if (t->sub == MO_KW_TRUE) { next(p); return singleton(p, t, mo_True); }
        if (t->sub == MO_KW_FALSE) { next(p); return singleton(p, t, mo_False); }
        if (is_name_tok(t)) { next(p); return name_expr(p, t, MO_AST_Load); }
        return fail_here(p);
    case MO_TOK_NUMBER:
        next(p);
        return parse_number(p, t);
    case MO_TOK_STRING:
        return parse_strings(p);
    case MO_TOK_OP:
        switch (t->sub) {
        case MO_OP_LPAR: return paren_atom(p);
        case MO_OP_LSQB: return list_atom(p);
        case MO_OP_LBRACE: return brace_atom(p);
        case MO_OP_ELLIPSIS: next(p); return singleton(p, t, mo_Ellipsis);
        default: return fail_here(p);
        }
    default:
        return fail_here(p);
    }
}

/* One subscript element: a slice, a starred expression or a named expression. */
static MoAstExpr *slice_item(P *p) {
    MoToken *t0 = TOK(p);
    int l = t0->lineno, c = t0->col;
    if (is_op(p, MO_OP_STAR)) return star_named_expression(p);
    MoAstExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (!is_op(p, MO_OP_COLON)) {
        lower = named_expression(p);
        if (!lower) return NULL;
        if (!is_op(p, MO_OP_COLON)) return lower;
    }
    next(p); /* ':' */
    if (!is_op(p, MO_OP_COLON) && !is_op(p, MO_OP_COMMA) && !is_op(p, MO_OP_RSQB)) {
        upper = expression(p);
        if (!upper) return NULL;
    }
    if (is_op(p, MO_OP_COLON)) {
        next(p);
        if (!is_op(p, MO_OP_COMMA) && !is_op(p, MO_OP_RSQB)) {
            step = expression(p);
            if (!step) return NULL;
        }
    }
    MoAstExpr *e = new_expr(p, MO_EXPR_Slice, l, c, END_PREV(p));
    if (!e) return NULL;
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

static MoAstExpr *slices(P *p) {
    MoToken *t0 = TOK(p);
    int l = t0->lineno, c = t0->col;
    MoAstExpr *first = slice_item(p);
    if (!first) return NULL;
    if (!is_op(p, MO_OP_COMMA)) {
        if (!is_op(p, MO_OP_RSQB)) return maybe_forgot_comma(p, first);
        if (first->kind != MO_EXPR_Starred) return first;
        /* `a[*b]` subscripts with the tuple (*b,), as in CPython's slices rule. */
    }
    ExprVec elts = { 0 };
    if (!ExprVec_push(p, &elts, first)) return NULL;
    while (is_op(p, MO_OP_COMMA)) {
        next(p);
        if (is_op(p, MO_OP_RSQB)) break;
        MoAstExpr *e = slice_item(p);
        if (!e) return NULL;
        if (!ExprVec_push(p, &elts, e)) return NULL;
    }
    if (!is_op(p, MO_OP_RSQB)) return maybe_forgot_comma(p, elts.items[elts.len - 1]);
    MoAstExpr *e = new_expr(p, MO_EXPR_Tuple, l, c, END_PREV(p));
    if (!e) return NULL;
    e->v.Tuple.elts = SEQ(MoAstExprSeq, elts);
    e->v.Tuple.ctx = MO_AST_Load;
    return e;
}

/* Parses call arguments after '(' up to and including ')'. */
static bool call_args(P *p, ExprVec *args, KwVec *kws, int call_l, int call_c) {
    bool seen_kw = false, seen_dstar = false;
    while (!is_op(p, MO_OP_RPAR)) {
        MoToken *t = TOK(p);
        if (t->type == MO_TOK_OP && t->sub == MO_OP_STAR) {
            next(p);
            MoAstExpr *v = expression(p);
            if (!v) return false;
            MoAstExpr *e = new_expr(p, MO_EXPR_Starred, t->lineno, t->col, END_PREV(p));
            if (!e) return false;
            e->v.Starred.value = v;
            e->v.Starred.ctx = MO_AST_Load;
            if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
                err_expr(p, "iterable unpacking cannot be used in comprehension", e);
                return false;
            }
            if (seen_dstar) {
                err_tok(p, "iterable argument unpacking follows keyword argument unpacking", t);
                return false;
            }
            if (!ExprVec_push(p, args, e)) return false;
        } else if (t->type == MO_TOK_OP && t->sub == MO_OP_DOUBLESTAR) {
            int l = t->lineno, c = t->col;
            next(p);
            MoAstExpr *v = expression(p);
            if (!v) return false;
            MoAstKeyword *k = alloc(p, sizeof *k);
            if (!k) return false;
            k->value = v;
            k->lineno = l; k->col_offset = c; k->end_lineno = prev(p)->end_lineno; k->end_col_offset = prev(p)->end_col;
            if (!KwVec_push(p, kws, k)) return false;
            seen_dstar = true;
        } else if (t->type == MO_TOK_NAME && is_op_at(p, 1, MO_OP_EQUAL)) {
            if (!is_name_tok(t)) {
                if (t->sub == MO_KW_TRUE || t->sub == MO_KW_FALSE || t->sub == MO_KW_NONE_) {
                    next(p);
                    next(p);
                    MoAstExpr *v = expression(p);
                    if (!v) return false;
                    char msg[40] = "cannot assign to ";
                    strcat(msg, mo_lexer_keyword_text(t->sub));
                    err_range(p, &mo_SyntaxError, msg, t->lineno, t->col, E_END(v));
                    return false;
                }
                fail_here(p);
                return false;
            }
            int l = t->lineno, c = t->col;
            MoObject *name = ident_tok(p, next(p));
            if (!name) return false;
            next(p);
            MoAstExpr *v = expression(p);
            if (!v) return false;
            MoAstKeyword *k = alloc(p, sizeof *k);
            if (!k) return false;
            k->arg = name;
            k->value = v;
            k->lineno = l; k->col_offset = c; k->end_lineno = prev(p)->end_lineno; k->end_col_offset = prev(p)->end_col;
            if (!KwVec_push(p, kws, k)) return false;
            seen_kw = true;
        } else {
            MoAstExpr *e = named_expression(p);
            if (!e) return false;
            if (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
                CompVec gens = { 0 };
                bool only = args->len == 0 && kws->len == 0;
                if (!parse_comp_for(p, &gens)) return false;
                if (!only || is_op(p, MO_OP_COMMA)) {
                    err_range(p, &mo_SyntaxError, "Generator expression must be parenthesized", E_START(e), END_PREV(p));
                    return false;
                }
                if (!is_op(p, MO_OP_RPAR)) {
                    fail_here(p);
                    return false;
                }
                /* A sole generator argument takes the call's parentheses as its own. */
                MoToken *rp = TOK(p);
                MoAstExpr *g = new_expr(p, MO_EXPR_GeneratorExp, call_l, call_c, rp->end_lineno, rp->end_col);
                if (!g) return false;
                g->v.ListComp.elt = e;
                g->v.ListComp.generators = SEQ(MoAstComprehensionSeq, gens);
                e = g;
            } else if (is_op(p, MO_OP_EQUAL)) {
                MoToken *eq = TOK(p);
                err_range(p, &mo_SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?",
                          E_START(e), eq->end_lineno, eq->end_col);
                return false;
            }
            if (seen_dstar) {
                err_expr(p, "positional argument follows keyword argument unpacking", e);
                return false;
            }
            if (seen_kw) {
                /* CPython reports this at the furthest token read. */
                err_tok(p, "positional argument follows keyword argument", TOKAT(p, p->ntoks - 1));
                return false;
            }
            if (!ExprVec_push(p, args, e)) return false;
        }
        if (is_op(p, MO_OP_COMMA)) {
            next(p);
            continue;
        }
        if (!is_op(p, MO_OP_RPAR)) {
            MoAstExpr *last = args->len ? args->items[args->len - 1] : NULL;
            if (kws->len && (!last || kws->items[kws->len - 1]->lineno > last->lineno ||
                             (kws->items[kws->len - 1]->lineno == last->lineno &&
                              kws->items[kws->len - 1]->col_offset > last->col_offset)))
                last = kws->items[kws->len - 1]->value;
            maybe_forgot_comma(p, last);
            return false;
        }
    }
    next(p); /* ')' */
    return true;
}

static MoAstExpr *primary(P *p) {
    MoToken *st = TOK(p);
    MoAstExpr *e = atom(p);
    if (!e) return NULL;
    for (;;) {
        if (is_op(p, MO_OP_DOT)) {
            next(p);
            if (!is_name(p)) return fail_here(p);
            MoToken *nt = next(p);
            MoObject *attr = ident_tok(p, nt);
            if (!attr) return NULL;
            MoAstExpr *a = new_expr(p, MO_EXPR_Attribute, T_START(st), nt->end_lineno, nt->end_col);
            if (!a) return NULL;
            a->v.Attribute.value = e;
            a->v.Attribute.attr = attr;
            a->v.Attribute.ctx = MO_AST_Load;
            e = a;
        } else if (is_op(p, MO_OP_LPAR)) {
            MoToken *lp = next(p);
            int cl = lp->lineno, cc = lp->col;
            ExprVec args = { 0 };
            KwVec kws = { 0 };
            if (!enter(p)) return NULL;
            bool ok = call_args(p, &args, &kws, cl, cc);
            leave(p);
            if (!ok) return NULL;
            MoAstExpr *call = new_expr(p, MO_EXPR_Call, T_START(st), END_PREV(p));
            if (!call) return NULL;
            call->v.Call.func = e;
            call->v.Call.args = SEQ(MoAstExprSeq, args);
            call->v.Call.keywords = SEQ(MoAstKeywordSeq, kws);
            e = call;
        } else if (is_op(p, MO_OP_LSQB)) {
            next(p);
            if (!enter(p)) return NULL;
            MoAstExpr *s = slices(p);
            leave(p);
            if (!s) return NULL;
            if (!expect_op(p, MO_OP_RSQB)) return NULL;
            MoAstExpr *sub = new_expr(p, MO_EXPR_Subscript, T_START(st), END_PREV(p));
            if (!sub) return NULL;
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = s;
            sub->v.Subscript.ctx = MO_AST_Load;
            e = sub;
        } else {
            return e;
        }
    }
}

static MoAstExpr *await_primary(P *p) {
    if (is_kw(p, MO_KW_AWAIT)) {
        MoToken *t = next(p);
        int l = t->lineno, c = t->col;
        MoAstExpr *v = primary(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_Await, l, c, END_PREV(p));
        if (e) e->v.Await.value = v;
        return e;
    }
    return primary(p);
}

static MoAstExpr *factor(P *p);

static MoAstExpr *power(P *p) {
    MoToken *st = TOK(p);
    MoAstExpr *base = await_primary(p);
    if (!base) return NULL;
    if (!is_op(p, MO_OP_DOUBLESTAR)) return base;
    next(p);
    if (!enter(p)) return NULL;
    MoAstExpr *ex = factor(p);
    leave(p);
    if (!ex) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_BinOp, T_START(st), END_PREV(p));
    if (!e) return NULL;
    e->v.BinOp.left = base;
    e->v.BinOp.op = MO_POW;
    e->v.BinOp.right = ex;
    return e;
}

static MoAstExpr *factor(P *p) {
    MoToken *t = TOK(p);
    if (t->type == MO_TOK_OP && (t->sub == MO_OP_PLUS || t->sub == MO_OP_MINUS || t->sub == MO_OP_TILDE)) {
        int l = t->lineno, c = t->col;
        MoAstUnaryOp op = t->sub == MO_OP_PLUS ? MO_AST_UAdd : t->sub == MO_OP_MINUS ? MO_AST_USub : MO_AST_Invert;
        next(p);
        if (!enter(p)) return NULL;
        MoAstExpr *v = factor(p);
        leave(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_UnaryOp, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.UnaryOp.op = op;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return power(p);
}

static int binop_prec(const MoToken *t, MoBinOp *op) {
    if (t->type != MO_TOK_OP) return 0;
    switch (t->sub) {
    case MO_OP_VBAR: *op = MO_OR; return 1;
    case MO_OP_CIRCUMFLEX: *op = MO_XOR; return 2;
    case MO_OP_AMPER: *op = MO_AND; return 3;
    case MO_OP_LEFTSHIFT: *op = MO_LSHIFT; return 4;
    case MO_OP_RIGHTSHIFT: *op = MO_RSHIFT; return 4;
    case MO_OP_PLUS: *op = MO_ADD; return 5;
    case MO_OP_MINUS: *op = MO_SUB; return 5;
    case MO_OP_STAR: *op = MO_MUL; return 6;
    case MO_OP_SLASH: *op = MO_TRUEDIV; return 6;
    case MO_OP_DOUBLESLASH: *op = MO_FLOORDIV; return 6;
    case MO_OP_PERCENT: *op = MO_MOD; return 6;
    case MO_OP_AT: *op = MO_MATMUL; return 6;
    default: return 0;
    }
}

/* Binary operators by precedence climbing: left-associative chains are built in a loop, so
 * only a change to a tighter operator recurses (at most 6 levels). */
static MoAstExpr *binary(P *p, int minprec) {
    MoToken *st = TOK(p);
    MoAstExpr *left = factor(p);
    if (!left) return NULL;
    for (;;) {
        MoBinOp op;
        int prec = binop_prec(TOK(p), &op);
        if (prec == 0 || prec < minprec) return left;
        next(p);
        MoAstExpr *right = prec < 6 ? binary(p, prec + 1) : factor(p);
        if (!right) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_BinOp, T_START(st), END_PREV(p));
        if (!e) return NULL;
        e->v.BinOp.left = left;
        e->v.BinOp.op = op;
        e->v.BinOp.right = right;
        left = e;
    }
}

static MoAstExpr *bitwise_or(P *p) { return binary(p, 1); }

/* Reads a comparison operator at the current token; returns false if there is none. */
static bool compare_op(P *p, MoAstCmpOp *op, int *ntoks) {
    MoToken *t = TOK(p);
    *ntoks = 1;
    if (t->type == MO_TOK_OP) {
        switch (t->sub) {
        case MO_OP_EQEQUAL: *op = MO_AST_Eq; return true;
        case MO_OP_NOTEQUAL: *op = MO_AST_NotEq; return true;
        case MO_OP_LESS: *op = MO_AST_Lt; return true;
        case MO_OP_LESSEQUAL: *op = MO_AST_LtE; return true;
        case MO_OP_GREATER: *op = MO_AST_Gt; return true;
        case MO_OP_GREATEREQUAL: *op = MO_AST_GtE; return true;
        default: return false;
        }
    }
    if (t->type != MO_TOK_NAME) return false;
    if (t->sub == MO_KW_IN) { *op = MO_AST_In; return true; }
    if (t->sub == MO_KW_NOT && is_kw_at(p, 1, MO_KW_IN)) { *op = MO_AST_NotIn; *ntoks = 2; return true; }
    if (t->sub == MO_KW_IS) {
        if (is_kw_at(p, 1, MO_KW_NOT)) { *op = MO_AST_IsNot; *ntoks = 2; }
        else *op = MO_AST_Is;
        return true;
    }
    return false;
}

static MoAstExpr *comparison(P *p) {
    MoToken *st = TOK(p);
    MoAstExpr *left = bitwise_or(p);
    if (!left) return NULL;
    MoAstCmpOp op;
    int n;
    if (!compare_op(p, &op, &n)) return left;
    CmpVec ops = { 0 };
    ExprVec comps = { 0 };
    while (compare_op(p, &op, &n)) {
        while (n--) next(p);
        MoAstExpr *r = bitwise_or(p);
        if (!r) return NULL;
        if (!CmpVec_push(p, &ops, op) || !ExprVec_push(p, &comps, r)) return NULL;
    }
    MoAstExpr *e = new_expr(p, MO_EXPR_Compare, T_START(st), END_PREV(p));
    if (!e) return NULL;
    e->v.Compare.left = left;
    e->v.Compare.ops = SEQ(MoAstCmpOpSeq, ops);
    e->v.Compare.comparators = SEQ(MoAstExprSeq, comps);
    return e;
}

static MoAstExpr *inversion(P *p) {
    if (is_kw(p, MO_KW_NOT)) {
        MoToken *t = next(p);
        int l = t->lineno, c = t->col;
        if (!enter(p)) return NULL;
        MoAstExpr *v = inversion(p);
        leave(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_UnaryOp, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.UnaryOp.op = MO_AST_Not;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return comparison(p);
}

static MoAstExpr *boolop(P *p, int kw) {
    MoToken *st = TOK(p);
    MoAstExpr *first = kw == MO_KW_OR ? boolop(p, MO_KW_AND) : inversion(p);
    if (!first) return NULL;
    if (!is_kw(p, kw)) return first;
    ExprVec values = { 0 };
    if (!ExprVec_push(p, &values, first)) return NULL;
    while (is_kw(p, kw)) {
        next(p);
        MoAstExpr *v = kw == MO_KW_OR ? boolop(p, MO_KW_AND) : inversion(p);
        if (!v) return NULL;
        if (!ExprVec_push(p, &values, v)) return NULL;
    }
    MoAstExpr *e = new_expr(p, MO_EXPR_BoolOp, T_START(st), END_PREV(p));
    if (!e) return NULL;
    e->v.BoolOp.op = kw == MO_KW_OR ? MO_AST_Or : MO_AST_And;
    e->v.BoolOp.values = SEQ(MoAstExprSeq, values);
    return e;
}

static MoAstExpr *disjunction(P *p) { return boolop(p, MO_KW_OR); }

static MoAstExpr *lambdef(P *p) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    MoAstArguments *args = parse_params(p, true);
    if (!args) return NULL;
    if (!expect_op(p, MO_OP_COLON)) return NULL;
    MoAstExpr *body = expression(p);
    if (!body) return NULL;
    MoAstExpr *e = new_expr(p, MO_EXPR_Lambda, l, c, END_PREV(p));
    if (!e) return NULL;
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

static MoAstExpr *expression(P *p) {
    if (!enter(p)) return NULL;
    MoAstExpr *r;
    if (is_kw(p, MO_KW_LAMBDA)) {
        r = lambdef(p);
    } else {
        MoToken *st = TOK(p);
        r = disjunction(p);
        if (r && is_kw(p, MO_KW_IF)) {
            next(p);
            MoAstExpr *test = disjunction(p);
            if (test && !is_kw(p, MO_KW_ELSE)) {
                if (p->error) r = NULL;
                else r = err_range(p, &mo_SyntaxError, "expected 'else' after 'if' expression", E_START(r), E_END(test));
            } else if (test) {
                next(p);
                MoAstExpr *orelse = expression(p);
                if (orelse) {
                    MoAstExpr *e = new_expr(p, MO_EXPR_IfExp, T_START(st), END_PREV(p));
                    if (e) {
                        e->v.IfExp.test = test;
                        e->v.IfExp.body = r;
                        e->v.IfExp.orelse = orelse;
                    }
                    r = e;
                } else {
                    r = NULL;
                }
            } else {
                r = NULL;
            }
        }
    }
    leave(p);
    return r;
}

static MoAstExpr *named_expression(P *p) {
    MoToken *t = TOK(p);
    if (is_name_tok(t) && is_op_at(p, 1, MO_OP_COLONEQUAL)) {
        next(p);
        next(p);
        MoAstExpr *target = name_expr(p, t, MO_AST_Store);
        if (!target) return NULL;
        MoAstExpr *v = expression(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_NamedExpr, E_START(target), END_PREV(p));
        if (!e) return NULL;
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = v;
        return e;
    }
    MoAstExpr *e = expression(p);
    if (e && is_op(p, MO_OP_COLONEQUAL)) {
        char msg[100] = "cannot use assignment expressions with ";
        strcat(msg, expr_desc(e));
        return err_expr(p, msg, e);
    }
    return e;
}

static MoAstExpr *star_expression(P *p) {
    if (is_op(p, MO_OP_STAR)) {
        MoToken *st = next(p);
        int l = st->lineno, c = st->col;
        MoAstExpr *v = bitwise_or(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_Starred, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.Starred.value = v;
        e->v.Starred.ctx = MO_AST_Load;
        return e;
    }
    return expression(p);
}

/* star_expressions: a single expression or an unparenthesised tuple (trailing comma allowed). */
static MoAstExpr *star_expressions(P *p) {
    MoToken *st = TOK(p);
    MoAstExpr *first = star_expression(p);
    if (!first) return NULL;
    if (!is_op(p, MO_OP_COMMA)) return first;
    ExprVec elts = { 0 };
    if (!ExprVec_push(p, &elts, first)) return NULL;
    while (is_op(p, MO_OP_COMMA)) {
        next(p);
        if (!starts_expr(p) && !is_op(p, MO_OP_STAR)) break;
        MoAstExpr *e = star_expression(p);
        if (!e) return NULL;
        if (!ExprVec_push(p, &elts, e)) return NULL;
    }
    MoAstExpr *e = new_expr(p, MO_EXPR_Tuple, T_START(st), END_PREV(p));
    if (!e) return NULL;
    e->v.Tuple.elts = SEQ(MoAstExprSeq, elts);
    e->v.Tuple.ctx = MO_AST_Load;
    return e;
}

static MoAstExpr *yield_expr(P *p) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    if (is_kw(p, MO_KW_FROM)) {
        next(p);
        MoAstExpr *v = expression(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_YieldFrom, l, c, END_PREV(p));
        if (e) e->v.YieldFrom.value = v;
        return e;
    }
    MoAstExpr *v = NULL;
    if (starts_expr(p) || is_op(p, MO_OP_STAR)) {
        v = star_expressions(p);
        if (!v) return NULL;
    }
    MoAstExpr *e = new_expr(p, MO_EXPR_Yield, l, c, END_PREV(p));
    if (e) e->v.Yield.value = v;
    return e;
}

/* ---- targets ---------------------------------------------------------------------------------- */

/* One for-target: '*' target or a primary (validated later by set_target). */
static MoAstExpr *star_target(P *p) {
    if (is_op(p, MO_OP_STAR)) {
        MoToken *st = next(p);
        int l = st->lineno, c = st->col;
        if (!enter(p)) return NULL;
        MoAstExpr *v = star_target(p);
        leave(p);
        if (!v) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_Starred, l, c, END_PREV(p));
        if (!e) return NULL;
        e->v.Starred.value = v;
        return e;
    }
    return primary(p);
}

/* star_targets: a target or an unparenthesised tuple of targets (Store context applied). */
static MoAstExpr *star_targets(P *p) {
    MoAstExpr *first = star_target(p);
    if (!first) return NULL;
    MoAstExpr *r = first;
    if (is_op(p, MO_OP_COMMA)) {
        ExprVec elts = { 0 };
        if (!ExprVec_push(p, &elts, first)) return NULL;
        while (is_op(p, MO_OP_COMMA)) {
            next(p);
            if (!starts_expr(p) && !is_op(p, MO_OP_STAR)) break;
            MoAstExpr *e = star_target(p);
            if (!e) return NULL;
            if (!ExprVec_push(p, &elts, e)) return NULL;
        }
        r = new_expr(p, MO_EXPR_Tuple, E_START(first), END_PREV(p));
        if (!r) return NULL;
        r->v.Tuple.elts = SEQ(MoAstExprSeq, elts);
    }
    if (!set_target(p, r, MO_AST_Store)) return NULL;
    return r;
}

static bool parse_comp_for(P *p, CompVec *gens) {
    while (is_kw(p, MO_KW_FOR) || (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_FOR))) {
        int is_async = 0;
        if (is_kw(p, MO_KW_ASYNC)) { next(p); is_async = 1; }
        next(p); /* for */
        MoAstExpr *target = star_targets(p);
        if (!target) return false;
        if (!is_kw(p, MO_KW_IN)) {
            /* Inside brackets, `for x y` gets CPython's comma hint. */
            maybe_forgot_comma(p, target);
            return false;
        }
        next(p);
        MoAstExpr *iter = disjunction(p);
        if (!iter) return false;
        ExprVec ifs = { 0 };
        while (is_kw(p, MO_KW_IF)) {
            next(p);
            MoAstExpr *c = disjunction(p);
            if (!c) return false;
            if (!ExprVec_push(p, &ifs, c)) return false;
        }
        MoAstComprehension *comp = alloc(p, sizeof *comp);
        if (!comp) return false;
        comp->target = target;
        comp->iter = iter;
        comp->ifs = SEQ(MoAstExprSeq, ifs);
        comp->is_async = is_async;
        if (!CompVec_push(p, gens, comp)) return false;
    }
    return true;
}

/* ---- parameters ------------------------------------------------------------------------------- */

static MoAstArg *parse_param(P *p, bool lambda, bool star_annotation) {
    if (!is_name(p)) return fail_here(p);
    MoToken *t = next(p);
    MoObject *name = ident_tok(p, t);
    if (!name) return NULL;
    MoAstArg *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    a->arg = name;
    a->lineno = t->lineno;
    a->col_offset = t->col;
    a->end_lineno = t->end_lineno;
    a->end_col_offset = t->end_col;
    if (!lambda && is_op(p, MO_OP_COLON)) {
        next(p);
        MoAstExpr *ann = star_annotation ? star_expression(p) : expression(p);
        if (!ann) return NULL;
        a->annotation = ann;
        a->end_lineno = prev(p)->end_lineno;
        a->end_col_offset = prev(p)->end_col;
    }
    return a;
}

/* Parses a parameter list up to (not including) ')' for def or ':' for lambda. */
static MoAstArguments *parse_params(P *p, bool lambda) {
    MoAstArguments *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    int end_op = lambda ? MO_OP_COLON : MO_OP_RPAR;
    ArgVec pos = { 0 }, posonly = { 0 }, kwonly = { 0 };
    ExprVec defaults = { 0 }, kw_defaults = { 0 };
    bool seen_slash = false, seen_star = false;
    MoToken bare_star;
    bool have_bare_star = false;
    while (!is_op(p, end_op)) {
        MoToken *t = TOK(p);
        if (a->kwarg) {
            if ((t->type == MO_TOK_OP && (t->sub == MO_OP_STAR || t->sub == MO_OP_DOUBLESTAR || t->sub == MO_OP_SLASH)) ||
                is_name_tok(t))
                return err_tok(p, "arguments cannot follow var-keyword argument", t);
            return fail_here(p);
        }
        if (t->type == MO_TOK_OP && t->sub == MO_OP_SLASH) {
            if (seen_slash) return err_tok(p, "/ may appear only once", t);
            if (seen_star) return err_tok(p, "/ must be ahead of *", t);
            if (pos.len == 0) return lambda ? err_tok(p, "invalid syntax", t) : err_tok(p, "at least one argument must precede /", t);
            next(p);
            posonly = pos;
            memset(&pos, 0, sizeof pos);
            seen_slash = true;
        } else if (t->type == MO_TOK_OP && t->sub == MO_OP_STAR) {
            if (seen_star) return err_tok(p, "* argument may appear only once", t);
            MoToken st = *t;
            next(p);
            seen_star = true;
            if (is_op(p, MO_OP_COMMA) || is_op(p, end_op)) {
                bare_star = st;
                have_bare_star = true;
                if (is_op(p, end_op) || (is_op(p, MO_OP_COMMA) && (is_op_at(p, 1, end_op) || is_op_at(p, 1, MO_OP_DOUBLESTAR))))
                    return err_tok(p, "named arguments must follow bare *", &bare_star);
            } else {
                a->vararg = parse_param(p, lambda, true);
                if (!a->vararg) return NULL;
                if (is_op(p, MO_OP_EQUAL)) return err_tok(p, "var-positional argument cannot have default value", TOK(p));
            }
        } else if (t->type == MO_TOK_OP && t->sub == MO_OP_DOUBLESTAR) {
            next(p);
            a->kwarg = parse_param(p, lambda, false);
            if (!a->kwarg) return NULL;
            if (is_op(p, MO_OP_EQUAL)) return err_tok(p, "var-keyword argument cannot have default value", TOK(p));
        } else {
            MoAstArg *arg = parse_param(p, lambda, false);
            if (!arg) return NULL;
            MoAstExpr *d = NULL;
            if (is_op(p, MO_OP_EQUAL)) {
                next(p);
                d = expression(p);
                if (!d) return NULL;
            }
            if (seen_star) {
                if (!ArgVec_push(p, &kwonly, arg) || !ExprVec_push(p, &kw_defaults, d)) return NULL;
            } else {
                if (d) {
                    if (!ExprVec_push(p, &defaults, d)) return NULL;
                } else if (defaults.len) {
                    return err_range(p, &mo_SyntaxError, "non-default argument follows default argument", arg->lineno,
                                     arg->col_offset, arg->end_lineno, arg->end_col_offset);
                }
                if (!ArgVec_push(p, &pos, arg)) return NULL;
            }
        }
        if (is_op(p, MO_OP_COMMA)) {
            next(p);
            continue;
        }
        if (!is_op(p, end_op)) return fail_here(p);
    }
    (void)have_bare_star;
    a->posonlyargs = SEQ(MoAstArgSeq, posonly);
    a->args = SEQ(MoAstArgSeq, pos);
    a->kwonlyargs = SEQ(MoAstArgSeq, kwonly);
    a->kw_defaults = SEQ(MoAstExprSeq, kw_defaults);
    a->defaults = SEQ(MoAstExprSeq, defaults);
    return a;
}

/* ---- patterns (match statement) --------------------------------------------------------------- */

static MoAstPattern *pat_value(P *p, MoAstExpr *v) {
    MoAstPattern *pt = new_pat(p, MO_PAT_MatchValue, E_START(v), E_END(v));
    if (pt) pt->v.MatchValue.value = v;
    return pt;
}

/* A signed number literal for patterns: NUMBER or '-' NUMBER. */
static MoAstExpr *signed_number(P *p) {
    if (is_op(p, MO_OP_MINUS)) {
        MoToken *m = next(p);
        int l = m->lineno, c = m->col;
        if (!is_type(p, MO_TOK_NUMBER)) return fail_here(p);
        MoAstExpr *n = parse_number(p, next(p));
        if (!n) return NULL;
        MoAstExpr *e = new_expr(p, MO_EXPR_UnaryOp, l, c, E_END(n));
        if (!e) return NULL;
        e->v.UnaryOp.op = MO_AST_USub;
        e->v.UnaryOp.operand = n;
        return e;
    }
    return parse_number(p, next(p));
}

static bool is_imaginary(const MoAstExpr *e) {
    return e->kind == MO_EXPR_Constant && MO_COMPLEX_CHECK(e->v.Constant.value);
}

/* A pattern's number literal: signed_number, or a complex literal `[-]real (+|-) imag`. */
static MoAstExpr *complex_literal(P *p) {
    MoAstExpr *left = signed_number(p);
    if (!left || !(is_op(p, MO_OP_PLUS) || is_op(p, MO_OP_MINUS))) return left;
    const MoAstExpr *real = left->kind == MO_EXPR_UnaryOp ? left->v.UnaryOp.operand : left;
    if (is_imaginary(real)) return err_expr(p, "real number required in complex literal", real);
    MoToken *op = next(p);
    if (!is_type(p, MO_TOK_NUMBER)) return fail_here(p);
    MoAstExpr *right = parse_number(p, next(p));
    if (!right) return NULL;
    if (!is_imaginary(right)) return err_expr(p, "imaginary number required in complex literal", right);
    MoAstExpr *e = new_expr(p, MO_EXPR_BinOp, E_START(left), E_END(right));
    if (!e) return NULL;
    e->v.BinOp.left = left;
    e->v.BinOp.op = op->sub == MO_OP_PLUS ? MO_ADD : MO_SUB;
    e->v.BinOp.right = right;
    return e;
}

/* A dotted name `a.b.c` as Name/Attribute (Load). */
static MoAstExpr *name_or_attr(P *p) {
    if (!is_name(p)) return fail_here(p);
    MoAstExpr *e = name_expr(p, next(p), MO_AST_Load);
    while (e && is_op(p, MO_OP_DOT)) {
        next(p);
        if (!is_name(p)) return fail_here(p);
        MoToken *nt = next(p);
        MoObject *attr = ident_tok(p, nt);
        if (!attr) return NULL;
        MoAstExpr *a = new_expr(p, MO_EXPR_Attribute, E_START(e), nt->end_lineno, nt->end_col);
        if (!a) return NULL;
        a->v.Attribute.value = e;
        a->v.Attribute.attr = attr;
        a->v.Attribute.ctx = MO_AST_Load;
        e = a;
    }
    return e;
}

/* A literal usable as a pattern value or mapping key; NULL (no error) if the token is not one. */
static MoAstExpr *literal_expr(P *p, bool *is_singleton) {
    MoToken *t = TOK(p);
    *is_singleton = false;
    if (t->type == MO_TOK_NUMBER || (t->type == MO_TOK_OP && t->sub == MO_OP_MINUS)) return complex_literal(p);
    if (t->type == MO_TOK_STRING) {
        MoAstExpr *s = parse_strings(p);
        if (s && s->kind == MO_EXPR_JoinedStr)
            return err_expr(p, "patterns may only match literals and attribute lookups", s);
        return s;
    }
    if (t->type == MO_TOK_NAME && (t->sub == MO_KW_NONE_ || t->sub == MO_KW_TRUE || t->sub == MO_KW_FALSE)) {
        next(p);
        *is_singleton = true;
        return singleton(p, t, t->sub == MO_KW_NONE_ ? mo_None : t->sub == MO_KW_TRUE ? mo_True : mo_False);
    }
    return NULL;
}

static MoAstPattern *maybe_star_pattern(P *p) {
    if (is_op(p, MO_OP_STAR)) {
        MoToken *st = next(p);
        int l = st->lineno, c = st->col;
        if (!is_name(p)) return fail_here(p);
        MoToken *nt = next(p);
        MoObject *name = NULL;
        if (nt->sub != MO_KW_UNDERSCORE) {
            name = ident_tok(p, nt);
            if (!name) return NULL;
        }
        MoAstPattern *pt = new_pat(p, MO_PAT_MatchStar, l, c, nt->end_lineno, nt->end_col);
        if (pt) pt->v.MatchStar.name = name;
        return pt;
    }
    return parse_pattern(p);
}

/* Items of a sequence pattern up to the closing token `close` (not consumed). */
static bool pattern_items(P *p, int close, PatVec *items) {
    while (!is_op(p, close)) {
        MoAstPattern *pt = maybe_star_pattern(p);
        if (!pt) return false;
        if (!PatVec_push(p, items, pt)) return false;
        if (is_op(p, MO_OP_COMMA)) { next(p); continue; }
        if (!is_op(p, close)) { fail_here(p); return false; }
    }
    return true;
}

static MoAstPattern *class_pattern(P *p, MoAstExpr *cls) {
    next(p); /* '(' */
    PatVec pats = { 0 }, kwpats = { 0 };
    IdentVec kwnames = { 0 };
    while (!is_op(p, MO_OP_RPAR)) {
        if (is_name(p) && is_op_at(p, 1, MO_OP_EQUAL)) {
            MoObject *kn = ident_tok(p, next(p));
            if (!kn) return NULL;
            next(p);
            MoAstPattern *pt = parse_pattern(p);
            if (!pt) return NULL;
            if (!IdentVec_push(p, &kwnames, kn) || !PatVec_push(p, &kwpats, pt)) return NULL;
        } else {
            MoAstPattern *pt = parse_pattern(p);
            if (!pt) return NULL;
            if (kwpats.len)
                return err_range(p, &mo_SyntaxError, "positional patterns follow keyword patterns", pt->lineno,
                                 pt->col_offset, pt->end_lineno, pt->end_col_offset);
            if (!PatVec_push(p, &pats, pt)) return NULL;
        }
        if (is_op(p, MO_OP_COMMA)) { next(p); continue; }
        if (!is_op(p, MO_OP_RPAR)) return fail_here(p);
    }
    next(p);
    MoAstPattern *pt = new_pat(p, MO_PAT_MatchClass, E_START(cls), END_PREV(p));
    if (!pt) return NULL;
    pt->v.MatchClass.cls = cls;
    pt->v.MatchClass.patterns = SEQ(MoAstPatternSeq, pats);
    pt->v.MatchClass.kwd_attrs = SEQ(MoAstIdentSeq, kwnames);
    pt->v.MatchClass.kwd_patterns = SEQ(MoAstPatternSeq, kwpats);
    return pt;
}

static MoAstPattern *mapping_pattern(P *p) {
    MoToken *lb = next(p);
    int l = lb->lineno, c = lb->col;
    ExprVec keys = { 0 };
    PatVec pats = { 0 };
    MoObject *rest = NULL;
    while (!is_op(p, MO_OP_RBRACE)) {
        if (rest) return fail_here(p);
        if (is_op(p, MO_OP_DOUBLESTAR)) {
            next(p);
            if (!is_name(p)) return fail_here(p);
            rest = ident_tok(p, next(p));
            if (!rest) return NULL;
        } else {
            bool single;
            MoAstExpr *k = literal_expr(p, &single);
            if (!k) {
                if (p->error) return NULL;
                if (!is_name(p) || !is_op_at(p, 1, MO_OP_DOT)) return fail_here(p);
                k = name_or_attr(p);
                if (!k) return NULL;
            }
            if (!is_op(p, MO_OP_COLON)) return fail_here(p);
            next(p);
            MoAstPattern *pt = parse_pattern(p);
            if (!pt) return NULL;
            if (!ExprVec_push(p, &keys, k) || !PatVec_push(p, &pats, pt)) return NULL;
        }
        if (is_op(p, MO_OP_COMMA)) { next(p); continue; }
        if (!is_op(p, MO_OP_RBRACE)) return fail_here(p);
    }
    next(p);
    MoAstPattern *pt = new_pat(p, MO_PAT_MatchMapping, l, c, END_PREV(p));
    if (!pt) return NULL;
    pt->v.MatchMapping.keys = SEQ(MoAstExprSeq, keys);
    pt->v.MatchMapping.patterns = SEQ(MoAstPatternSeq, pats);
    pt->v.MatchMapping.rest = rest;
    return pt;
}

static MoAstPattern *closed_pattern(P *p) {
    MoToken *t = TOK(p);
    bool single;
    if (t->type == MO_TOK_NUMBER || t->type == MO_TOK_STRING || (t->type == MO_TOK_OP && t->sub == MO_OP_MINUS) ||
        (t->type == MO_TOK_NAME && (t->sub == MO_KW_NONE_ || t->sub == MO_KW_TRUE || t->sub == MO_KW_FALSE))) {
        MoAstExpr *v = literal_expr(p, &single);
        if (!v) return NULL;
        if (single) {
            MoAstPattern *pt = new_pat(p, MO_PAT_MatchSingleton, E_START(v), E_END(v));
            if (pt) pt->v.MatchSingleton.value = v->v.Constant.value;
            return pt;
        }
        return pat_value(p, v);
    }
    if (is_name_tok(t)) {
        if (t->sub == MO_KW_UNDERSCORE && !is_op_at(p, 1, MO_OP_DOT) && !is_op_at(p, 1, MO_OP_LPAR)) {
            next(p);
            return new_pat(p, MO_PAT_MatchAs, t->lineno, t->col, t->end_lineno, t->end_col);
        }
        if (!is_op_at(p, 1, MO_OP_DOT) && !is_op_at(p, 1, MO_OP_LPAR)) {
            next(p);
            MoObject *name = ident_tok(p, t);
            if (!name) return NULL;
            MoAstPattern *pt = new_pat(p, MO_PAT_MatchAs, t->lineno, t->col, t->end_lineno, t->end_col);
            if (pt) pt->v.MatchAs.name = name;
            return pt;
        }
        MoAstExpr *e = name_or_attr(p);
        if (!e) return NULL;
        if (is_op(p, MO_OP_LPAR)) return class_pattern(p, e);
        return pat_value(p, e);
    }
    if (t->type == MO_TOK_OP && t->sub == MO_OP_LPAR) {
        next(p);
        int l = t->lineno, c = t->col;
        if (is_op(p, MO_OP_RPAR)) {
            next(p);
            return new_pat(p, MO_PAT_MatchSequence, l, c, END_PREV(p));
        }
        MoAstPattern *first = maybe_star_pattern(p);
        if (!first) return NULL;
        if (is_op(p, MO_OP_RPAR) && first->kind != MO_PAT_MatchStar) {
            next(p);
            return first;
        }
        PatVec items = { 0 };
        if (!PatVec_push(p, &items, first)) return NULL;
        if (!is_op(p, MO_OP_COMMA)) return fail_here(p);
        next(p);
        if (!pattern_items(p, MO_OP_RPAR, &items)) return NULL;
        next(p);
        MoAstPattern *pt = new_pat(p, MO_PAT_MatchSequence, l, c, END_PREV(p));
        if (pt) pt->v.MatchSequence.patterns = SEQ(MoAstPatternSeq, items);
        return pt;
    }
    if (t->type == MO_TOK_OP && t->sub == MO_OP_LSQB) {
        next(p);
        int l = t->lineno, c = t->col;
        PatVec items = { 0 };
        if (!pattern_items(p, MO_OP_RSQB, &items)) return NULL;
        next(p);
        MoAstPattern *pt = new_pat(p, MO_PAT_MatchSequence, l, c, END_PREV(p));
        if (pt) pt->v.MatchSequence.patterns = SEQ(MoAstPatternSeq, items);
        return pt;
    }
    if (t->type == MO_TOK_OP && t->sub == MO_OP_LBRACE) return mapping_pattern(p);
    return fail_here(p);
}

static MoAstPattern *parse_pattern(P *p) {
    if (!enter(p)) return NULL;
    MoToken *st = TOK(p);
    MoAstPattern *first = closed_pattern(p);
    MoAstPattern *r = first;
    if (first && is_op(p, MO_OP_VBAR)) {
        PatVec alts = { 0 };
        if (!PatVec_push(p, &alts, first)) r = NULL;
        while (r && is_op(p, MO_OP_VBAR)) {
            next(p);
            MoAstPattern *alt = closed_pattern(p);
            if (!alt || !PatVec_push(p, &alts, alt)) { r = NULL; break; }
        }
        if (r) {
            r = new_pat(p, MO_PAT_MatchOr, T_START(st), END_PREV(p));
            if (r) r->v.MatchOr.patterns = SEQ(MoAstPatternSeq, alts);
        }
    }
    if (r && is_kw(p, MO_KW_AS)) {
        next(p);
        MoToken *nt = TOK(p);
        if (nt->type == MO_TOK_NAME && nt->sub == MO_KW_UNDERSCORE) {
            r = err_tok(p, "cannot use '_' as a target", nt);
        } else if (!is_name_tok(nt)) {
            r = err_tok(p, "invalid pattern target", nt);
        } else {
            next(p);
            MoObject *name = ident_tok(p, nt);
            MoAstPattern *as = name ? new_pat(p, MO_PAT_MatchAs, T_START(st), nt->end_lineno, nt->end_col) : NULL;
            if (as) {
                as->v.MatchAs.pattern = r;
                as->v.MatchAs.name = name;
            }
            r = as;
        }
    }
    leave(p);
    return r;
}

/* patterns: an open sequence pattern `a, *b` or a single pattern. */
static MoAstPattern *parse_patterns(P *p) {
    MoToken *st = TOK(p);
    MoAstPattern *first = maybe_star_pattern(p);
    if (!first) return NULL;
    if (!is_op(p, MO_OP_COMMA)) {
        if (first->kind == MO_PAT_MatchStar) return fail_here(p);
        return first;
    }
    PatVec items = { 0 };
    if (!PatVec_push(p, &items, first)) return NULL;
    while (is_op(p, MO_OP_COMMA)) {
        next(p);
        if (is_op(p, MO_OP_COLON) || is_kw(p, MO_KW_IF)) break;
        MoAstPattern *pt = maybe_star_pattern(p);
        if (!pt) return NULL;
        if (!PatVec_push(p, &items, pt)) return NULL;
    }
    MoAstPattern *pt = new_pat(p, MO_PAT_MatchSequence, T_START(st), END_PREV(p));
    if (pt) pt->v.MatchSequence.patterns = SEQ(MoAstPatternSeq, items);
    return pt;
}

/* ---- statements ------------------------------------------------------------------------------- */

static MoAstStmt *compound_or_simple(P *p, StmtVec *out);

/* Appends "N" to msg. */
static void append_uint(char *msg, size_t cap, unsigned long v) {
    size_t n = strlen(msg);
    char tmp[24];
    int k = 0;
    do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (k && n + 1 < cap) msg[n++] = tmp[--k];
    msg[n] = 0;
}

/* simple_stmts: simple statements separated by ';' up to NEWLINE. */
static MoAstStmt *simple_stmt(P *p);

static bool simple_stmts(P *p, StmtVec *out) {
    for (;;) {
        MoAstStmt *s = simple_stmt(p);
        if (!s) return false;
        if (!StmtVec_push(p, out, s)) return false;
        if (is_op(p, MO_OP_SEMI)) {
            next(p);
            if (is_type(p, MO_TOK_NEWLINE)) { next(p); return true; }
            continue;
        }
        if (is_type(p, MO_TOK_NEWLINE)) { next(p); return true; }
        fail_here(p);
        return false;
    }
}

/* block: NEWLINE INDENT statements DEDENT, or simple statements on the same line. `what`
 * names the construct for "expected an indented block after ..." */
/* Raises "expected an indented block ..." at token t. At the end of the file CPython reports the
 * end of the last line instead (where its tokenizer stands), with end offset -1. */
static void *err_indented_block(P *p, const char *msg, const MoToken *t) {
    if (t->start < p->len) return err_range(p, &mo_IndentationError, msg, t->lineno, t->col, t->end_lineno, t->end_col);
    size_t end = p->len;
    if (end && p->src[end - 1] == '\n') end--;
    if (end && p->src[end - 1] == '\r') end--;
    size_t ls = end;
    while (ls > 0 && p->src[ls - 1] != '\n' && p->src[ls - 1] != '\r') ls--;
    int line = 1;
    for (size_t i = 0; i < ls; i++)
        if (p->src[i] == '\n' || (p->src[i] == '\r' && !(i + 1 < ls && p->src[i + 1] == '\n'))) line++;
    return err_range(p, &mo_IndentationError, msg, line, (int)(end - ls), line, -3);
}

static MoAstStmtSeq parse_block(P *p, const char *what, int lineno, bool *ok) {
    MoAstStmtSeq empty = { NULL, 0 };
    StmtVec body = { 0 };
    *ok = false;
    if (is_type(p, MO_TOK_NEWLINE)) {
        next(p);
        if (!is_type(p, MO_TOK_INDENT)) {
            MoToken *t = TOK(p);
            if (t->type == MO_TOK_ERROR) { err_lexer(p); return empty; }
            char msg[120] = "expected an indented block after ";
            strcat(msg, what);
            strcat(msg, " on line ");
            append_uint(msg, sizeof msg, (unsigned long)lineno);
            err_indented_block(p, msg, t);
            return empty;
        }
        next(p);
        if (!enter(p)) return empty;
        while (!is_type(p, MO_TOK_DEDENT) && !is_type(p, MO_TOK_ENDMARKER)) {
            if (is_type(p, MO_TOK_ERROR)) { err_lexer(p); leave(p); return empty; }
            if (!compound_or_simple(p, &body)) { leave(p); return empty; }
        }
        leave(p);
        if (is_type(p, MO_TOK_DEDENT)) next(p);
    } else {
        if (!simple_stmts(p, &body)) return empty;
    }
    *ok = true;
    return SEQ(MoAstStmtSeq, body);
}

static void end_at_block(MoAstStmt *s, MoAstStmtSeq body) {
    if (body.len) {
        MoAstStmt *last = body.items[body.len - 1];
        s->end_lineno = last->end_lineno;
        s->end_col_offset = last->end_col_offset;
    }
}

/* A condition of if/elif/while: named_expression, with CPython's hints for a stray '='. */
static MoAstExpr *condition(P *p) {
    MoAstExpr *e = named_expression(p);
    if (!e || !is_op(p, MO_OP_EQUAL)) return e;
    next(p);
    MoAstExpr *rhs = bitwise_or(p);
    if (!rhs) return NULL;
    if (e->kind == MO_EXPR_Name)
        return err_range(p, &mo_SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", E_START(e), E_END(rhs));
    char msg[120] = "cannot assign to ";
    strcat(msg, expr_desc(e));
    strcat(msg, " here. Maybe you meant '==' instead of '='?");
    return err_expr(p, msg, e);
}

static MoAstStmt *if_stmt(P *p, bool elif) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    MoAstExpr *test = condition(p);
    if (!test) return NULL;
    if (!expect_colon_nl(p)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, elif ? "'elif' statement" : "'if' statement", l, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, MO_STMT_If, l, c, l, c);
    if (!s) return NULL;
    s->v.If.test = test;
    s->v.If.body = body;
    end_at_block(s, body);
    if (is_kw(p, MO_KW_ELIF)) {
        MoAstStmt *e = if_stmt(p, true);
        if (!e) return NULL;
        MoAstStmt **one = alloc(p, sizeof *one);
        if (!one) return NULL;
        one[0] = e;
        s->v.If.orelse.items = one;
        s->v.If.orelse.len = 1;
        s->end_lineno = e->end_lineno;
        s->end_col_offset = e->end_col_offset;
    } else if (is_kw(p, MO_KW_ELSE)) {
        MoToken *et = next(p);
        int el = et->lineno;
        if (!expect_forced(p, MO_OP_COLON)) return NULL;
        MoAstStmtSeq orelse = parse_block(p, "'else' statement", el, &ok);
        if (!ok) return NULL;
        s->v.If.orelse = orelse;
        end_at_block(s, orelse);
    }
    return s;
}

/* An optional `else: block` after for/while/try; returns false on error. */
static bool else_block(P *p, MoAstStmtSeq *out, MoAstStmt *s) {
    if (!is_kw(p, MO_KW_ELSE)) return true;
    MoToken *et = next(p);
    int el = et->lineno;
    if (!expect_forced(p, MO_OP_COLON)) return false;
    bool ok;
    *out = parse_block(p, "'else' statement", el, &ok);
    if (!ok) return false;
    end_at_block(s, *out);
    return true;
}

static MoAstStmt *while_stmt(P *p) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    MoAstExpr *test = condition(p);
    if (!test) return NULL;
    if (!expect_colon_nl(p)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, "'while' statement", l, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, MO_STMT_While, l, c, l, c);
    if (!s) return NULL;
    s->v.While.test = test;
    s->v.While.body = body;
    end_at_block(s, body);
    if (!else_block(p, &s->v.While.orelse, s)) return NULL;
    return s;
}

static MoAstStmt *for_stmt(P *p, const MoToken *async_tok) {
    MoToken *t = next(p);
    int l = async_tok ? async_tok->lineno : t->lineno, c = async_tok ? async_tok->col : t->col;
    int for_line = t->lineno;
    MoAstExpr *target = star_targets(p);
    if (!target) return NULL;
    if (!is_kw(p, MO_KW_IN)) return fail_here(p);
    next(p);
    MoAstExpr *iter = star_expressions(p);
    if (!iter) return NULL;
    if (!expect_forced(p, MO_OP_COLON)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, "'for' statement", for_line, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, async_tok ? MO_STMT_AsyncFor : MO_STMT_For, l, c, l, c);
    if (!s) return NULL;
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    end_at_block(s, body);
    if (!else_block(p, &s->v.For.orelse, s)) return NULL;
    return s;
}

static MoAstWithItem *with_item(P *p) {
    MoAstExpr *e = expression(p);
    if (!e) return NULL;
    MoAstWithItem *w = alloc(p, sizeof *w);
    if (!w) return NULL;
    w->context_expr = e;
    if (is_kw(p, MO_KW_AS)) {
        next(p);
        MoAstExpr *target = star_target(p);
        if (!target) return NULL;
        if (!is_op(p, MO_OP_COMMA) && !is_op(p, MO_OP_RPAR) && !is_op(p, MO_OP_COLON) && !is_type(p, MO_TOK_NEWLINE))
            return fail_here(p);
        if (!set_target(p, target, MO_AST_Store)) return NULL;
        w->optional_vars = target;
    }
    return w;
}

static MoAstStmt *with_stmt(P *p, const MoToken *async_tok) {
    MoToken *t = next(p);
    int l = async_tok ? async_tok->lineno : t->lineno, c = async_tok ? async_tok->col : t->col;
    int with_line = t->lineno;
    WithVec items = { 0 };
    bool parsed = false;
    if (is_op(p, MO_OP_LPAR)) {
        /* Parenthesised with-items, tried first as CPython's grammar does. */
        size_t save = p->pos;
        bool spec = p->speculating;
        p->speculating = true;
        next(p);
        bool good = true;
        while (good && !is_op(p, MO_OP_RPAR)) {
            MoAstWithItem *w = with_item(p);
            if (!w || !WithVec_push(p, &items, w)) { good = false; break; }
            if (is_op(p, MO_OP_COMMA)) { next(p); continue; }
            if (!is_op(p, MO_OP_RPAR)) good = false;
        }
        if (good && items.len && is_op(p, MO_OP_RPAR) && is_op_at(p, 1, MO_OP_COLON)) {
            next(p);
            parsed = true;
        }
        p->speculating = spec;
        if (!parsed) {
            if (p->error && mo_err_occurred() && mo_err_matches(&mo_MemoryError)) return NULL;
            p->error = false;
            p->pos = save;
            memset(&items, 0, sizeof items);
        }
    }
    if (!parsed) {
        for (;;) {
            MoAstWithItem *w = with_item(p);
            if (!w || !WithVec_push(p, &items, w)) return NULL;
            if (!is_op(p, MO_OP_COMMA)) break;
            next(p);
        }
    }
    if (!expect_colon_nl(p)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, "'with' statement", with_line, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, async_tok ? MO_STMT_AsyncWith : MO_STMT_With, l, c, l, c);
    if (!s) return NULL;
    s->v.With.items = SEQ(MoAstWithItemSeq, items);
    s->v.With.body = body;
    end_at_block(s, body);
    return s;
}

static MoAstStmt *try_stmt(P *p) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    if (!expect_forced(p, MO_OP_COLON)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, "'try' statement", l, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, MO_STMT_Try, l, c, l, c);
    if (!s) return NULL;
    s->v.Try.body = body;
    end_at_block(s, body);
    HandlerVec handlers = { 0 };
    int star_kind = -1; /* -1 unknown, 0 except, 1 except* */
    while (is_kw(p, MO_KW_EXCEPT)) {
        MoToken *et = next(p);
        int hl = et->lineno, hc = et->col;
        bool star = false;
        if (is_op(p, MO_OP_STAR)) {
            next(p);
            star = true;
        }
        if (star_kind == -1) star_kind = star;
        else if (star_kind != (int)star)
            return err_range(p, &mo_SyntaxError, "cannot have both 'except' and 'except*' on the same 'try'", hl, hc, hl,
                             et->end_col);
        MoAstExceptHandler *h = alloc(p, sizeof *h);
        if (!h) return NULL;
        if (!is_op(p, MO_OP_COLON)) {
            if (star && is_type(p, MO_TOK_NEWLINE)) return err_tok(p, "expected one or more exception types", TOK(p));
            if (!is_type(p, MO_TOK_NEWLINE)) {
                h->type = expression(p);
                if (!h->type) return NULL;
                if (is_op(p, MO_OP_COMMA)) {
                    next(p);
                    MoAstExpr *second = expression(p);
                    if (!second) return NULL;
                    return err_range(p, &mo_SyntaxError, "multiple exception types must be parenthesized",
                                     E_START(h->type), E_END(second));
                }
                if (is_kw(p, MO_KW_AS)) {
                    next(p);
                    h->name = expect_name(p);
                    if (!h->name) return NULL;
                }
            }
        } else if (star) {
            return err_tok(p, "expected one or more exception types", TOK(p));
        }
        if (!expect_colon_nl(p)) return NULL;
        h->body = parse_block(p, star ? "'except*' statement" : "'except' statement", hl, &ok);
        if (!ok) return NULL;
        h->lineno = hl;
        h->col_offset = hc;
        h->end_lineno = hl;
        h->end_col_offset = hc;
        if (h->body.len) {
            h->end_lineno = h->body.items[h->body.len - 1]->end_lineno;
            h->end_col_offset = h->body.items[h->body.len - 1]->end_col_offset;
        }
        s->end_lineno = h->end_lineno;
        s->end_col_offset = h->end_col_offset;
        if (!HandlerVec_push(p, &handlers, h)) return NULL;
        if (!h->type && is_kw(p, MO_KW_EXCEPT)) {
            /* A bare except must be last; CPython reports the following handler. */
            MoToken *nt = TOK(p);
            return err_range(p, &mo_SyntaxError, "default 'except:' must be last", hl, hc, nt->lineno, nt->col);
        }
    }
    if (star_kind == 1) s->kind = MO_STMT_TryStar;
    s->v.Try.handlers = SEQ(MoAstExceptHandlerSeq, handlers);
    if (handlers.len && !else_block(p, &s->v.Try.orelse, s)) return NULL;
    if (is_kw(p, MO_KW_FINALLY)) {
        MoToken *ft = next(p);
        int fl = ft->lineno;
        if (!expect_forced(p, MO_OP_COLON)) return NULL;
        s->v.Try.finalbody = parse_block(p, "'finally' statement", fl, &ok);
        if (!ok) return NULL;
        end_at_block(s, s->v.Try.finalbody);
    } else if (!handlers.len) {
        return err_tok(p, "expected 'except' or 'finally' block", TOK(p));
    }
    return s;
}

static MoAstStmt *funcdef(P *p, ExprVec *decorators, const MoToken *async_tok) {
    MoToken *t = next(p); /* def */
    int l = async_tok ? async_tok->lineno : t->lineno, c = async_tok ? async_tok->col : t->col;
    int def_line = t->lineno;
    MoObject *name = expect_name(p);
    if (!name) return NULL;
    if (!expect_forced(p, MO_OP_LPAR)) return NULL;
    MoAstArguments *args = parse_params(p, false);
    if (!args) return NULL;
    if (!expect_op(p, MO_OP_RPAR)) return NULL;
    MoAstExpr *returns = NULL;
    if (is_op(p, MO_OP_RARROW)) {
        next(p);
        returns = expression(p);
        if (!returns) return NULL;
    }
    if (!expect_forced(p, MO_OP_COLON)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, "function definition", def_line, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, async_tok ? MO_STMT_AsyncFunctionDef : MO_STMT_FunctionDef, l, c, l, c);
    if (!s) return NULL;
    s->v.FunctionDef.name = name;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    if (decorators) s->v.FunctionDef.decorator_list = SEQ(MoAstExprSeq, *decorators);
    s->v.FunctionDef.returns = returns;
    end_at_block(s, body);
    return s;
}

static MoAstStmt *classdef(P *p, ExprVec *decorators) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    MoObject *name = expect_name(p);
    if (!name) return NULL;
    ExprVec bases = { 0 };
    KwVec kws = { 0 };
    if (is_op(p, MO_OP_LPAR)) {
        size_t lp_index = p->pos;
        MoToken *lp = next(p);
        if (!enter(p)) return NULL;
        bool ok = call_args(p, &bases, &kws, lp->lineno, lp->col);
        leave(p);
        if (!ok) return NULL;
        if (bases.len == 1 && bases.items[0]->kind == MO_EXPR_GeneratorExp && bases.items[0]->lineno == lp->lineno &&
            bases.items[0]->col_offset == lp->col) {
            /* `class A(x for x in y)`: a bare generator is not a base list; CPython blames `for`. */
            int depth = 0;
            for (size_t i = lp_index + 1; i < p->pos; i++) {
                MoToken *k = TOKAT(p, i);
                if (k->type == MO_TOK_OP && (k->sub == MO_OP_LPAR || k->sub == MO_OP_LSQB || k->sub == MO_OP_LBRACE))
                    depth++;
                else if (k->type == MO_TOK_OP && (k->sub == MO_OP_RPAR || k->sub == MO_OP_RSQB || k->sub == MO_OP_RBRACE))
                    depth--;
                else if (depth == 0 && k->type == MO_TOK_NAME && (k->sub == MO_KW_FOR || k->sub == MO_KW_ASYNC))
                    return err_tok(p, "invalid syntax", k);
            }
            return err_expr(p, "invalid syntax", bases.items[0]);
        }
    }
    if (!expect_forced(p, MO_OP_COLON)) return NULL;
    bool ok;
    MoAstStmtSeq body = parse_block(p, "class definition", l, &ok);
    if (!ok) return NULL;
    MoAstStmt *s = new_stmt(p, MO_STMT_ClassDef, l, c, l, c);
    if (!s) return NULL;
    s->v.ClassDef.name = name;
    s->v.ClassDef.bases = SEQ(MoAstExprSeq, bases);
    s->v.ClassDef.keywords = SEQ(MoAstKeywordSeq, kws);
    s->v.ClassDef.body = body;
    if (decorators) s->v.ClassDef.decorator_list = SEQ(MoAstExprSeq, *decorators);
    end_at_block(s, body);
    return s;
}

static MoAstStmt *decorated(P *p) {
    ExprVec decorators = { 0 };
    while (is_op(p, MO_OP_AT)) {
        next(p);
        MoAstExpr *d = named_expression(p);
        if (!d) return NULL;
        if (!is_type(p, MO_TOK_NEWLINE)) return fail_here(p);
        next(p);
        if (!ExprVec_push(p, &decorators, d)) return NULL;
    }
    if (is_kw(p, MO_KW_DEF)) return funcdef(p, &decorators, NULL);
    if (is_kw(p, MO_KW_ASYNC) && is_kw_at(p, 1, MO_KW_DEF)) {
        MoToken at = *next(p);
        return funcdef(p, &decorators, &at);
    }
    if (is_kw(p, MO_KW_CLASS)) return classdef(p, &decorators);
    return fail_here(p);
}

/* subject of a match statement: a named expression or an open tuple. */
static MoAstExpr *match_subject(P *p) {
    MoAstExpr *first = star_named_expression(p);
    if (!first) return NULL;
    if (!is_op(p, MO_OP_COMMA)) {
        if (first->kind == MO_EXPR_Starred) return fail_here(p);
        return first;
    }
    ExprVec elts = { 0 };
    if (!ExprVec_push(p, &elts, first)) return NULL;
    while (is_op(p, MO_OP_COMMA)) {
        next(p);
        if (!starts_expr(p) && !is_op(p, MO_OP_STAR)) break;
        MoAstExpr *e = star_named_expression(p);
        if (!e) return NULL;
        if (!ExprVec_push(p, &elts, e)) return NULL;
    }
    MoAstExpr *e = new_expr(p, MO_EXPR_Tuple, E_START(first), END_PREV(p));
    if (!e) return NULL;
    e->v.Tuple.elts = SEQ(MoAstExprSeq, elts);
    e->v.Tuple.ctx = MO_AST_Load;
    return e;
}

/* Tries to parse a match statement; returns NULL without error (and restores the position) when
 * the line is not one, so the caller parses an ordinary statement. *failed is set on a real error. */
static MoAstStmt *match_stmt(P *p, bool *failed) {
    size_t save = p->pos;
    bool spec = p->speculating;
    *failed = false;
    p->speculating = true;
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    MoAstExpr *subject = match_subject(p);
    bool looks = subject && !p->error && (is_op(p, MO_OP_COLON) || is_type(p, MO_TOK_NEWLINE));
    p->speculating = spec;
    if (!looks) {
        if (p->error && mo_err_occurred() && mo_err_matches(&mo_MemoryError)) { *failed = true; return NULL; }
        p->error = false;
        p->pos = save;
        return NULL;
    }
    if (is_type(p, MO_TOK_NEWLINE)) {
        /* `match(x)` or `match[x]` on its own line is an ordinary expression statement. */
        size_t after = p->pos;
        p->pos = save;
        p->speculating = true;
        MoAstExpr *plain = star_expressions(p);
        bool is_expr = plain && !p->error && is_type(p, MO_TOK_NEWLINE);
        p->speculating = spec;
        if (p->error && mo_err_occurred() && mo_err_matches(&mo_MemoryError)) { *failed = true; return NULL; }
        p->error = false;
        p->pos = save;
        if (is_expr) return NULL;
        p->pos = after;
        /* `match x` followed by a line end: CPython's "expected ':'". */
        MoToken *nl = TOK(p);
        err_range(p, &mo_SyntaxError, "expected ':'", nl->lineno, nl->col, nl->lineno, nl->col);
        *failed = true;
        return NULL;
    }
    next(p); /* ':' */
    if (!is_type(p, MO_TOK_NEWLINE)) { fail_here(p); *failed = true; return NULL; }
    next(p);
    if (!is_type(p, MO_TOK_INDENT)) {
        MoToken *it = TOK(p);
        if (it->type == MO_TOK_ERROR) { err_lexer(p); *failed = true; return NULL; }
        char msg[120] = "expected an indented block after 'match' statement on line ";
        append_uint(msg, sizeof msg, (unsigned long)l);
        err_indented_block(p, msg, it);
        *failed = true;
        return NULL;
    }
    next(p);
    CaseVec cases = { 0 };
    MoAstStmt *s = new_stmt(p, MO_STMT_Match, l, c, l, c);
    if (!s) { *failed = true; return NULL; }
    while (!is_type(p, MO_TOK_DEDENT) && !is_type(p, MO_TOK_ENDMARKER)) {
        MoToken *ct = TOK(p);
        if (ct->type == MO_TOK_ERROR) { err_lexer(p); *failed = true; return NULL; }
        if (!(ct->type == MO_TOK_NAME && ct->sub == MO_KW_CASE)) { fail_here(p); *failed = true; return NULL; }
        int cl = ct->lineno;
        next(p);
        MoAstMatchCase *mc = alloc(p, sizeof *mc);
        if (!mc) { *failed = true; return NULL; }
        mc->pattern = parse_patterns(p);
        if (!mc->pattern) { *failed = true; return NULL; }
        if (is_kw(p, MO_KW_IF)) {
            next(p);
            mc->guard = named_expression(p);
            if (!mc->guard) { *failed = true; return NULL; }
        }
        if (!expect_colon_nl(p)) { *failed = true; return NULL; }
        bool ok;
        mc->body = parse_block(p, "'case' statement", cl, &ok);
        if (!ok) { *failed = true; return NULL; }
        if (!CaseVec_push(p, &cases, mc)) { *failed = true; return NULL; }
        end_at_block(s, mc->body);
    }
    if (is_type(p, MO_TOK_DEDENT)) next(p);
    s->v.Match.subject = subject;
    s->v.Match.cases = SEQ(MoAstMatchCaseSeq, cases);
    return s;
}

static bool dotted_name(P *p, MoObject **out, MoToken *last) {
    if (!is_name(p)) { fail_here(p); return false; }
    MoToken *first = next(p);
    size_t start = first->start, end = first->end;
    *last = *first;
    bool simple = true;
    while (is_op(p, MO_OP_DOT) && is_name_tok(peek_at(p, 1))) {
        next(p);
        MoToken *nt = next(p);
        end = nt->end;
        *last = *nt;
        simple = false;
    }
    if (simple) {
        *out = ident_tok(p, first);
    } else {
        /* Rebuild "a.b.c" without any whitespace or comments between the parts. */
        char *buf = alloc(p, end - start + 1);
        if (!buf) return false;
        size_t n = 0;
        for (size_t i = start; i < end; i++) {
            char ch = p->src[i];
            if (ch == ' ' || ch == '\t' || ch == '\\' || ch == '\n' || ch == '\r' || ch == '\f') continue;
            buf[n++] = ch;
        }
        *out = ident_from(p, buf, n);
    }
    return *out != NULL;
}

static MoAstStmt *import_stmt(P *p) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    AliasVec names = { 0 };
    for (;;) {
        MoToken *st = TOK(p);
        int al = st->lineno, ac = st->col;
        MoObject *name;
        MoToken last;
        if (!dotted_name(p, &name, &last)) return NULL;
        MoAstAlias *a = alloc(p, sizeof *a);
        if (!a) return NULL;
        a->name = name;
        a->lineno = al; a->col_offset = ac; a->end_lineno = last.end_lineno; a->end_col_offset = last.end_col;
        if (is_kw(p, MO_KW_AS)) {
            next(p);
            if (!is_name(p)) return fail_here(p);
            MoToken *nt = next(p);
            a->asname = ident_tok(p, nt);
            if (!a->asname) return NULL;
            a->end_lineno = nt->end_lineno; a->end_col_offset = nt->end_col;
        }
        if (!AliasVec_push(p, &names, a)) return NULL;
        if (!is_op(p, MO_OP_COMMA)) break;
        next(p);
    }
    MoAstStmt *s = new_stmt(p, MO_STMT_Import, l, c, END_PREV(p));
    if (s) s->v.Import.names = SEQ(MoAstAliasSeq, names);
    return s;
}

static MoAstStmt *from_stmt(P *p) {
    MoToken *t = next(p);
    int l = t->lineno, c = t->col;
    int level = 0;
    while (is_op(p, MO_OP_DOT) || is_op(p, MO_OP_ELLIPSIS)) level += is_op(p, MO_OP_DOT) ? (next(p), 1) : (next(p), 3);
    MoObject *module = NULL;
    if (!is_kw(p, MO_KW_IMPORT)) {
        MoToken last;
        if (!dotted_name(p, &module, &last)) return NULL;
    } else if (level == 0) {
        return fail_here(p);
    }
    if (!is_kw(p, MO_KW_IMPORT)) return fail_here(p);
    next(p);
    AliasVec names = { 0 };
    if (is_op(p, MO_OP_STAR)) {
        MoToken *st = next(p);
        MoAstAlias *a = alloc(p, sizeof *a);
        if (!a) return NULL;
        a->name = ident_from(p, "*", 1);
        if (!a->name) return NULL;
        a->lineno = st->lineno; a->col_offset = st->col; a->end_lineno = st->end_lineno; a->end_col_offset = st->end_col;
        if (!AliasVec_push(p, &names, a)) return NULL;
    } else {
        bool paren = is_op(p, MO_OP_LPAR);
        if (paren) next(p);
        for (;;) {
            if (!is_name(p)) return fail_here(p);
            MoToken *nt = next(p);
            MoAstAlias *a = alloc(p, sizeof *a);
            if (!a) return NULL;
            a->name = ident_tok(p, nt);
            if (!a->name) return NULL;
            a->lineno = nt->lineno; a->col_offset = nt->col; a->end_lineno = nt->end_lineno; a->end_col_offset = nt->end_col;
            if (is_kw(p, MO_KW_AS)) {
                next(p);
                if (!is_name(p)) return fail_here(p);
                MoToken *at = next(p);
                a->asname = ident_tok(p, at);
                if (!a->asname) return NULL;
                a->end_lineno = at->end_lineno; a->end_col_offset = at->end_col;
            }
            if (!AliasVec_push(p, &names, a)) return NULL;
            if (!is_op(p, MO_OP_COMMA)) break;
            next(p);
            if (paren && is_op(p, MO_OP_RPAR)) break;
            if (!paren && (is_type(p, MO_TOK_NEWLINE) || is_op(p, MO_OP_SEMI)))
                return err_tok(p, "trailing comma not allowed without surrounding parentheses", TOK(p));
        }
        if (paren && !expect_op(p, MO_OP_RPAR)) return NULL;
    }
    MoAstStmt *s = new_stmt(p, MO_STMT_ImportFrom, l, c, END_PREV(p));
    if (!s) return NULL;
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = SEQ(MoAstAliasSeq, names);
    s->v.ImportFrom.level = level;
    return s;
}

/* Whether the value of `target = value` starts with a plain bitwise_or operand, which is when
 * CPython's "cannot assign to X here. Maybe you meant '=='..." hint applies. */
static bool starts_with_bitwise_or(const MoAstExpr *v) {
    for (;;) {
        switch (v->kind) {
        case MO_EXPR_Tuple:
            if (!v->v.Tuple.elts.len) return true;
            v = v->v.Tuple.elts.items[0];
            continue;
        case MO_EXPR_IfExp: v = v->v.IfExp.body; continue;
        case MO_EXPR_BoolOp: v = v->v.BoolOp.values.items[0]; continue;
        case MO_EXPR_Compare: v = v->v.Compare.left; continue;
        case MO_EXPR_UnaryOp: return v->v.UnaryOp.op != MO_AST_Not;
        case MO_EXPR_Lambda: case MO_EXPR_Starred: case MO_EXPR_Yield: case MO_EXPR_YieldFrom:
        case MO_EXPR_NamedExpr:
            return false;
        default:
            return true;
        }
    }
}

/* Whether e was written inside its own parentheses (the token before its first token is '('):
 * a parenthesised expression is an atom for CPython's error rules. Only used on error paths. */
static bool is_parenthesized(P *p, const MoAstExpr *e) {
    for (size_t i = 1; i < p->ntoks; i++) {
        const MoToken *t = TOKAT(p, i);
        if (t->lineno == e->lineno && t->col == e->col_offset && t->type != MO_TOK_INDENT &&
            t->type != MO_TOK_DEDENT) {
            const MoToken *b = TOKAT(p, i - 1);
            return b->type == MO_TOK_OP && b->sub == MO_OP_LPAR;
        }
    }
    return false;
}

static bool is_bitwise_level(const MoAstExpr *e) {
    switch (e->kind) {
    case MO_EXPR_Compare: case MO_EXPR_BoolOp: case MO_EXPR_IfExp: case MO_EXPR_Lambda: case MO_EXPR_NamedExpr:
    case MO_EXPR_Starred: case MO_EXPR_Yield: case MO_EXPR_YieldFrom:
    case MO_EXPR_List: case MO_EXPR_Tuple: case MO_EXPR_GeneratorExp:
        return false;
    case MO_EXPR_UnaryOp:
        return e->v.UnaryOp.op != MO_AST_Not;
    case MO_EXPR_Constant: {
        MoObject *v = e->v.Constant.value;
        return !(v == mo_True || v == mo_False || v == mo_None);
    }
    default:
        return true;
    }
}

static MoAstExpr *rhs_value(P *p) {
    if (is_kw(p, MO_KW_YIELD)) return yield_expr(p);
    return star_expressions(p);
}

static MoAstStmt *expr_or_assign(P *p) {
    MoToken *t0 = TOK(p);
    bool paren_start = t0->type == MO_TOK_OP && t0->sub == MO_OP_LPAR;
    int l = t0->lineno, c = t0->col;
    MoAstExpr *e = rhs_value(p);
    if (!e) return NULL;
    MoToken *t = TOK(p);
    if (t->type == MO_TOK_OP && t->sub == MO_OP_COLON) {
        if (e->kind == MO_EXPR_Tuple) return err_expr(p, "only single target (not tuple) can be annotated", e);
        if (e->kind == MO_EXPR_List) return err_expr(p, "only single target (not list) can be annotated", e);
        if (e->kind != MO_EXPR_Name && e->kind != MO_EXPR_Attribute && e->kind != MO_EXPR_Subscript)
            return err_expr(p, "illegal target for annotation", e);
        next(p);
        MoAstExpr *ann = expression(p);
        if (!ann) return NULL;
        MoAstExpr *value = NULL;
        if (is_op(p, MO_OP_EQUAL)) {
            next(p);
            value = rhs_value(p);
            if (!value) return NULL;
        }
        if (!set_target(p, e, MO_AST_Store)) return NULL;
        MoAstStmt *s = new_stmt(p, MO_STMT_AnnAssign, l, c, END_PREV(p));
        if (!s) return NULL;
        s->v.AnnAssign.target = e;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = e->kind == MO_EXPR_Name && !paren_start;
        return s;
    }
    MoBinOp aug;
    bool is_aug = true;
    if (t->type == MO_TOK_OP) {
        switch (t->sub) {
        case MO_OP_PLUSEQUAL: aug = MO_ADD; break;
        case MO_OP_MINEQUAL: aug = MO_SUB; break;
        case MO_OP_STAREQUAL: aug = MO_MUL; break;
        case MO_OP_ATEQUAL: aug = MO_MATMUL; break;
        case MO_OP_SLASHEQUAL: aug = MO_TRUEDIV; break;
        case MO_OP_PERCENTEQUAL: aug = MO_MOD; break;
        case MO_OP_AMPEREQUAL: aug = MO_AND; break;
        case MO_OP_VBAREQUAL: aug = MO_OR; break;
        case MO_OP_CIRCUMFLEXEQUAL: aug = MO_XOR; break;
        case MO_OP_LEFTSHIFTEQUAL: aug = MO_LSHIFT; break;
        case MO_OP_RIGHTSHIFTEQUAL: aug = MO_RSHIFT; break;
        case MO_OP_DOUBLESTAREQUAL: aug = MO_POW; break;
        case MO_OP_DOUBLESLASHEQUAL: aug = MO_FLOORDIV; break;
        default: is_aug = false; aug = MO_ADD; break;
        }
    } else {
        is_aug = false;
        aug = MO_ADD;
    }
    if (is_aug) {
        if (e->kind != MO_EXPR_Name && e->kind != MO_EXPR_Attribute && e->kind != MO_EXPR_Subscript) {
            char msg[100] = "'";
            strcat(msg, expr_desc(e));
            strcat(msg, "' is an illegal expression for augmented assignment");
            return err_expr(p, msg, e);
        }
        next(p);
        MoAstExpr *value = rhs_value(p);
        if (!value) return NULL;
        apply_ctx(e, MO_AST_Store);
        MoAstStmt *s = new_stmt(p, MO_STMT_AugAssign, l, c, END_PREV(p));
        if (!s) return NULL;
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = aug;
        s->v.AugAssign.value = value;
        return s;
    }
    if (t->type == MO_TOK_OP && t->sub == MO_OP_EQUAL) {
        ExprVec targets = { 0 };
        MoAstExpr *value = e;
        while (is_op(p, MO_OP_EQUAL)) {
            next(p);
            if (!ExprVec_push(p, &targets, value)) return NULL;
            value = rhs_value(p);
            if (!value) return NULL;
        }
        for (size_t i = 0; i < targets.len; i++) {
            MoAstExpr *tg = targets.items[i];
            bool paren = invalid_target(tg, MO_AST_Store) && is_parenthesized(p, tg);
            if ((tg->kind == MO_EXPR_Yield || tg->kind == MO_EXPR_YieldFrom) && !paren)
                return err_expr(p, "assignment to yield expression not possible", tg);
            if (i == 0 && targets.len == 1 && invalid_target(tg, MO_AST_Store) &&
                (is_bitwise_level(tg) || (paren && tg->kind != MO_EXPR_Tuple && tg->kind != MO_EXPR_GeneratorExp)) &&
                starts_with_bitwise_or(value)) {
                char msg[120] = "cannot assign to ";
                strcat(msg, expr_desc(tg));
                strcat(msg, " here. Maybe you meant '==' instead of '='?");
                return err_expr(p, msg, tg);
            }
            if (!set_target(p, tg, MO_AST_Store)) return NULL;
        }
        MoAstStmt *s = new_stmt(p, MO_STMT_Assign, l, c, END_PREV(p));
        if (!s) return NULL;
        s->v.Assign.targets = SEQ(MoAstExprSeq, targets);
        s->v.Assign.value = value;
        return s;
    }
    if (e->kind == MO_EXPR_Name && starts_expr(p) &&
        (mo_str_eq_cstr(e->v.Name.id, "print") || mo_str_eq_cstr(e->v.Name.id, "exec"))) {
        /* Python 2 style `print x`: CPython's legacy hint. */
        size_t save = p->pos;
        bool spec = p->speculating;
        p->speculating = true;
        MoAstExpr *arg = star_expressions(p);
        bool ok = arg && !p->error;
        p->speculating = spec;
        p->error = false;
        p->pos = save;
        if (ok) {
            char msg[100] = "Missing parentheses in call to '";
            strcat(msg, mo_str_eq_cstr(e->v.Name.id, "print") ? "print" : "exec");
            strcat(msg, "'. Did you mean ");
            strcat(msg, mo_str_eq_cstr(e->v.Name.id, "print") ? "print" : "exec");
            strcat(msg, "(...)?");
            return err_range(p, &mo_SyntaxError, msg, E_START(e), E_END(arg));
        }
    }
    if (e->kind != MO_EXPR_Name || !starts_expr(p) || is_kw(p, MO_KW_NOT) ||
        (e->kind == MO_EXPR_Name && e->v.Name.id && false)) {
        /* fallthrough to the generic checks below */
    }
    if (is_op(p, MO_OP_COLONEQUAL) && e->kind != MO_EXPR_Name) {
        char msg[100] = "cannot use assignment expressions with ";
        strcat(msg, expr_desc(e));
        return err_expr(p, msg, e);
    }
    MoAstStmt *s = new_stmt(p, MO_STMT_Expr, l, c, END_PREV(p));
    if (!s) return NULL;
    s->v.Expr.value = e;
    return s;
}

static MoAstStmt *simple_stmt(P *p) {
    MoToken *t = TOK(p);
    int l = t->lineno, c = t->col;
    if (t->type == MO_TOK_NAME) {
        switch (t->sub) {
        case MO_KW_PASS: next(p); return new_stmt(p, MO_STMT_Pass, l, c, END_PREV(p));
        case MO_KW_BREAK: next(p); return new_stmt(p, MO_STMT_Break, l, c, END_PREV(p));
        case MO_KW_CONTINUE: next(p); return new_stmt(p, MO_STMT_Continue, l, c, END_PREV(p));
        case MO_KW_RETURN: {
            next(p);
            MoAstExpr *v = NULL;
            if (starts_expr(p) || is_op(p, MO_OP_STAR)) {
                v = star_expressions(p);
                if (!v) return NULL;
            }
            MoAstStmt *s = new_stmt(p, MO_STMT_Return, l, c, END_PREV(p));
            if (s) s->v.Return.value = v;
            return s;
        }
        case MO_KW_RAISE: {
            next(p);
            MoAstExpr *exc = NULL, *cause = NULL;
            if (starts_expr(p)) {
                exc = expression(p);
                if (!exc) return NULL;
                if (is_kw(p, MO_KW_FROM)) {
                    next(p);
                    cause = expression(p);
                    if (!cause) return NULL;
                }
            }
            MoAstStmt *s = new_stmt(p, MO_STMT_Raise, l, c, END_PREV(p));
            if (!s) return NULL;
            s->v.Raise.exc = exc;
            s->v.Raise.cause = cause;
            return s;
        }
        case MO_KW_GLOBAL:
        case MO_KW_NONLOCAL: {
            next(p);
            IdentVec names = { 0 };
            for (;;) {
                MoObject *n = expect_name(p);
                if (!n) return NULL;
                if (!IdentVec_push(p, &names, n)) return NULL;
                if (!is_op(p, MO_OP_COMMA)) break;
                next(p);
            }
            MoAstStmt *s = new_stmt(p, t->sub == MO_KW_GLOBAL ? MO_STMT_Global : MO_STMT_Nonlocal, l, c, END_PREV(p));
            if (!s) return NULL;
            if (s->kind == MO_STMT_Global) s->v.Global.names = SEQ(MoAstIdentSeq, names);
            else s->v.Nonlocal.names = SEQ(MoAstIdentSeq, names);
            return s;
        }
        case MO_KW_DEL: {
            next(p);
            ExprVec targets = { 0 };
            size_t last_start = p->pos;
            for (;;) {
                MoAstExpr *e;
                last_start = p->pos;
                if (is_op(p, MO_OP_STAR)) {
                    /* Parsed only to report CPython's "cannot delete starred". */
                    MoToken *st = next(p);
                    MoAstExpr *v = bitwise_or(p);
                    if (!v) return NULL;
                    e = new_expr(p, MO_EXPR_Starred, st->lineno, st->col, END_PREV(p));
                    if (!e) return NULL;
                    e->v.Starred.value = v;
                } else {
                    e = primary(p);
                }
                if (!e) return NULL;
                if (!set_target(p, e, MO_AST_Del)) return NULL;
                if (!ExprVec_push(p, &targets, e)) return NULL;
                if (!is_op(p, MO_OP_COMMA)) break;
                next(p);
                if (is_type(p, MO_TOK_NEWLINE) || is_op(p, MO_OP_SEMI)) break;
            }
            if (!is_type(p, MO_TOK_NEWLINE) && !is_op(p, MO_OP_SEMI)) {
                /* `del a + b` and friends: CPython blames the whole expression. */
                if (!p->error) {
                    size_t save = p->pos;
                    bool spec = p->speculating;
                    p->pos = last_start;
                    p->speculating = true;
                    MoAstExpr *whole = expression(p);
                    bool ok = whole && !p->error &&
                              (is_type(p, MO_TOK_NEWLINE) || is_op(p, MO_OP_SEMI) || is_op(p, MO_OP_COMMA));
                    p->speculating = spec;
                    if (p->error && mo_err_occurred() && mo_err_matches(&mo_MemoryError)) return NULL;
                    p->error = false;
                    if (ok && invalid_target(whole, MO_AST_Del)) {
                        set_target(p, whole, MO_AST_Del);
                        return NULL;
                    }
                    p->pos = save;
                }
                return fail_here(p);
            }
            MoAstStmt *s = new_stmt(p, MO_STMT_Delete, l, c, END_PREV(p));
            if (s) s->v.Delete.targets = SEQ(MoAstExprSeq, targets);
            return s;
        }
        case MO_KW_ASSERT: {
            next(p);
            MoAstExpr *test = expression(p);
            if (!test) return NULL;
            MoAstExpr *msg = NULL;
            if (is_op(p, MO_OP_COMMA)) {
                next(p);
                msg = expression(p);
                if (!msg) return NULL;
            }
            MoAstStmt *s = new_stmt(p, MO_STMT_Assert, l, c, END_PREV(p));
            if (!s) return NULL;
            s->v.Assert.test = test;
            s->v.Assert.msg = msg;
            return s;
        }
        case MO_KW_IMPORT: return import_stmt(p);
        case MO_KW_FROM: return from_stmt(p);
        default: break;
        }
    }
    return expr_or_assign(p);
}

/* Parses one statement (compound, or a line of simple statements) and appends it to out. */
static MoAstStmt *compound_or_simple(P *p, StmtVec *out) {
    MoToken *t = TOK(p);
    MoAstStmt *s = NULL;
    if (t->type == MO_TOK_ERROR) return err_lexer(p);
    if (t->type == MO_TOK_NAME) {
        switch (t->sub) {
        case MO_KW_IF: s = if_stmt(p, false); break;
        case MO_KW_WHILE: s = while_stmt(p); break;
        case MO_KW_FOR: s = for_stmt(p, NULL); break;
        case MO_KW_TRY: s = try_stmt(p); break;
        case MO_KW_WITH: s = with_stmt(p, NULL); break;
        case MO_KW_DEF: s = funcdef(p, NULL, NULL); break;
        case MO_KW_CLASS: s = classdef(p, NULL); break;
        case MO_KW_ASYNC: {
            MoToken at = *t;
            if (is_kw_at(p, 1, MO_KW_DEF)) { next(p); s = funcdef(p, NULL, &at); }
            else if (is_kw_at(p, 1, MO_KW_FOR)) { next(p); s = for_stmt(p, &at); }
            else if (is_kw_at(p, 1, MO_KW_WITH)) { next(p); s = with_stmt(p, &at); }
            else return fail_here(p);
            break;
        }
        case MO_KW_MATCH: {
            {
                MoToken *n1 = peek_at(p, 1);
                bool can = n1->type == MO_TOK_NAME || n1->type == MO_TOK_NUMBER || n1->type == MO_TOK_STRING ||
                           (n1->type == MO_TOK_OP && (n1->sub == MO_OP_LPAR || n1->sub == MO_OP_LSQB ||
                                                      n1->sub == MO_OP_LBRACE || n1->sub == MO_OP_MINUS ||
                                                      n1->sub == MO_OP_PLUS || n1->sub == MO_OP_TILDE ||
                                                      n1->sub == MO_OP_STAR || n1->sub == MO_OP_ELLIPSIS));
                if (can && !(n1->type == MO_TOK_NAME && !is_name_tok(n1) && n1->sub != MO_KW_NOT &&
                             n1->sub != MO_KW_LAMBDA && n1->sub != MO_KW_AWAIT && n1->sub != MO_KW_NONE_ &&
                             n1->sub != MO_KW_TRUE && n1->sub != MO_KW_FALSE)) {
                    bool failed;
                    s = match_stmt(p, &failed);
                    if (failed) return NULL;
                    if (s) break;
                }
            }
            goto simple;
        }
        default: goto simple;
        }
        if (!s) return NULL;
        if (!StmtVec_push(p, out, s)) return NULL;
        return s;
    }
    if (t->type == MO_TOK_OP && t->sub == MO_OP_AT) {
        s = decorated(p);
        if (!s) return NULL;
        if (!StmtVec_push(p, out, s)) return NULL;
        return s;
    }
simple:
    if (!simple_stmts(p, out)) return NULL;
    return out->items[out->len - 1];
}

/* ---- entry point ------------------------------------------------------------------------------ */

/* Checks the source is UTF-8 without NUL bytes, raising CPython's errors. */
static bool check_source(const char *src, size_t len, const char *filename) {
    int line = 1;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)src[i];
        if (c == 0) {
            size_t ls = i;
            while (ls > 0 && src[ls - 1] != '\n' && src[ls - 1] != '\r') ls--;
            MoObject *m = mo_str_from_cstr("source code cannot contain null bytes");
            MoObject *fn = mo_str_from_cstr(filename ? filename : "<string>");
            MoObject *li = mo_int_from_i64(line);
            MoObject *zero = mo_int_from_i64(0);
            /* The text is the line up to the NUL, as CPython's C-string view of it. */
            MoObject *tx = mo_str_decode_utf8(src + ls, i - ls);
            if (!tx) { mo_err_clear(); tx = mo_str_from_cstr(""); }
            MoObject *loc = NULL, *args = NULL, *exc = NULL;
            if (m && fn && li && zero && tx) loc = mo_tuple_pack(6, fn, li, zero, tx, li, zero);
            if (loc) args = mo_tuple_pack(2, m, loc);
            if (args) exc = mo_exception_new(&mo_SyntaxError, args);
            if (exc) { mo_err_set_object(exc); mo_decref(exc); }
            else if (!mo_err_occurred()) mo_err_nomemory();
            mo_xdecref(m); mo_xdecref(fn); mo_xdecref(li); mo_xdecref(zero); mo_xdecref(tx);
            mo_xdecref(loc); mo_xdecref(args);
            return false;
        }
        if (c == '\n') { line++; i++; continue; }
        if (c == '\r') { line++; i += (i + 1 < len && src[i + 1] == '\n') ? 2 : 1; continue; }
        if (c < 0x80) { i++; continue; }
        size_t n = 0;
        uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
        bool ok = n > 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++) {
            unsigned char d = (unsigned char)src[i + k];
            if ((d & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (ok && ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
            ok = false;
        if (!ok) {
            static const char hex[] = "0123456789abcdef";
            char msg[300];
            size_t m = 0;
            const char *a = "Non-UTF-8 code starting with '\\x";
            while (*a) msg[m++] = *a++;
            msg[m++] = hex[c >> 4];
            msg[m++] = hex[c & 15];
            a = "' in file ";
            while (*a) msg[m++] = *a++;
            const char *f = filename ? filename : "<string>";
            while (*f && m < 150) msg[m++] = *f++;
            a = " on line ";
            while (*a) msg[m++] = *a++;
            msg[m] = 0;
            append_uint(msg, sizeof msg, (unsigned long)line);
            m = strlen(msg);
            a = ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
            while (*a && m + 1 < sizeof msg) msg[m++] = *a++;
            msg[m] = 0;
            MoObject *mo = mo_str_from_cstr(msg);
            MoObject *args = mo ? mo_tuple_pack(1, mo) : NULL;
            MoObject *exc = args ? mo_exception_new(&mo_SyntaxError, args) : NULL;
            if (exc) { mo_err_set_object(exc); mo_decref(exc); }
            else if (!mo_err_occurred()) mo_err_nomemory();
            mo_xdecref(mo);
            mo_xdecref(args);
            return false;
        }
        i += n;
    }
    return true;
}

MoAstMod *mo_parse(MoArena *arena, const char *src, size_t len, const char *filename, int mode) {
    if (!filename) filename = "<string>";
    if (len > MOAT_MAX_SOURCE_BYTES) {
        /* The host API refuses such programs up front; this guards exec()/eval()/compile(). */
        MoObject *msg = mo_format("source code is too large (%zu bytes; the limit is %zu bytes)", len,
                                  (size_t)MOAT_MAX_SOURCE_BYTES);
        if (msg) {
            mo_err_set(&mo_SyntaxError, MO_STR_UTF8(msg));
            mo_decref(msg);
        }
        return NULL;
    }
    if (!check_source(src, len, filename)) return NULL;
    MoLexer *lx = mo_alloc(sizeof *lx);
    if (!lx) return NULL;
    mo_lexer_init(lx, src, len);
    if (mode == MO_PARSE_EVAL) lx->no_indent = true;
    P p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.src = src;
    p.len = len;
    p.filename = filename;
    p.lx = lx;
    MoAstMod *mod = alloc(&p, sizeof *mod);
    if (mod) {
        if (mode == MO_PARSE_EVAL) {
            mod->kind = MO_MOD_Expression;
            while (is_type(&p, MO_TOK_NEWLINE)) next(&p);
            MoAstExpr *e = star_expressions(&p);
            if (e && e->kind == MO_EXPR_Starred) e = err_expr(&p, "can't use starred expression here", e);
            while (e && is_type(&p, MO_TOK_NEWLINE)) next(&p);
            if (e && !is_type(&p, MO_TOK_ENDMARKER)) e = fail_here(&p);
            mod->v.Expression.body = e;
            if (!e) mod = NULL;
        } else {
            mod->kind = MO_MOD_Module;
            StmtVec body = { 0 };
            while (!p.error && !is_type(&p, MO_TOK_ENDMARKER)) {
                if (is_type(&p, MO_TOK_ERROR)) { err_lexer(&p); break; }
                if (is_type(&p, MO_TOK_NEWLINE)) { next(&p); continue; }
                if (!compound_or_simple(&p, &body)) break;
            }
            mod->v.Module.body = SEQ(MoAstStmtSeq, body);
        }
        if (p.error) mod = NULL;
    }
    if (!mod && p.parser_error && mo_err_occurred() && mo_err_matches(&mo_SyntaxError)) {
        /* A tokenizer error later in the file takes precedence over the parser's error. */
        MoToken t;
        MoTokType tt;
        do {
            tt = mo_lexer_next(lx, &t);
        } while (tt != MO_TOK_ENDMARKER && tt != MO_TOK_ERROR);
        /* An unclosed bracket only wins when the parser's error is on a later line (CPython's
         * _PyPegen_tokenize_full_source_to_check_for_errors). */
        bool unclosed = lx->paren_depth > 0 && strstr(lx->err.msg, "was never closed") != NULL;
        const MoToken *furthest = p.ntoks ? TOKAT(&p, p.ntoks - 1) : NULL;
        /* CPython raises a tokenizer error as soon as the parser fetches the bad token, even
         * while looking ahead; one found only by the final scan must be on a later line. */
        bool fetched = furthest && furthest->type == MO_TOK_ERROR;
        if (tt == MO_TOK_ERROR && (fetched || !unclosed || (furthest && furthest->lineno > lx->err.lineno))) {
            mo_err_clear();
            MoLexError *e = &lx->err;
            raise_syntax(e->type, e->msg, filename, src, len, e->lineno, e->col, e->end_lineno, e->end_col);
        }
    }
    free_tokens(&p);
    mo_free(lx);
    return mod;
}

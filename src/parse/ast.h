/*
 * ast.h: the abstract syntax tree of Python 3.11 source, as produced by the parser (parser.h) and
 * consumed by the symbol table (compile/symtable.h) and the compiler.
 *
 * The tree mirrors CPython's `ast` module node for node and field for field (Python/Python.asdl),
 * so CPython's documentation of `ast` describes it. Conventions:
 *
 *  - Every node is a tagged struct: a `kind` enum and a union `v` with one member per kind, named
 *    after the CPython node (`e->v.BinOp.left`, `s->v.FunctionDef.body`). A few kinds share the
 *    layout of a sibling and are documented as such (AsyncFor uses v.For, AsyncWith uses v.With,
 *    AsyncFunctionDef uses v.FunctionDef, TryStar uses v.Try, SetComp/GeneratorExp use v.ListComp).
 *  - Sequences are (items, len) pairs, e.g. MoAstExprSeq. An empty sequence has len 0 and may have
 *    items NULL. Optional children are NULL when absent.
 *  - Positions: lineno/end_lineno are 1-based line numbers; col_offset/end_col_offset are 0-based
 *    UTF-8 byte offsets within the line, exactly as CPython reports them. Nodes that have no
 *    position in CPython (arguments, comprehension, withitem, match_case) have none here either.
 *  - Identifiers (names, attributes, keyword names, module names) are str objects (MoObject *),
 *    interned, and owned by the arena: the tree borrows them; take a reference to keep one longer.
 *  - Constants (MO_EXPR_Constant, MO_PAT_MatchSingleton) hold an object (int, float, str, bytes,
 *    True, False, None, Ellipsis) whose reference is owned by the arena.
 *  - All nodes are allocated from a MoArena and freed together by mo_arena_free, which also
 *    releases every object reference the arena owns. Nodes must never be freed individually.
 *
 * The tree is immutable after parsing, as far as other teams are concerned: the symbol table only
 * reads it and keys its scopes by node address.
 */
#ifndef MOAT_AST_H
#define MOAT_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/object.h"

/* ---- Arena ------------------------------------------------------------------------------------ */

/* A bump allocator holding AST nodes and the object references they carry (opaque). */
typedef struct MoArena MoArena;

/* Creates an empty arena; returns NULL with MemoryError set if out of memory. */
MoArena *mo_arena_new(void);

/* Frees every block of the arena and releases every object reference it owns. Accepts NULL. */
void mo_arena_free(MoArena *arena);

/* Returns n zeroed bytes (aligned for any node) that live until the arena is freed; NULL with
 * MemoryError set if out of memory. */
void *mo_arena_alloc(MoArena *arena, size_t n);

/* Hands a reference to the arena, which releases it in mo_arena_free. Steals `obj` (also on
 * failure, when it is released at once). Returns 0, or -1 with MemoryError set. */
int mo_arena_add_object(MoArena *arena, MoObject *obj);

/* ---- Sequences -------------------------------------------------------------------------------- */

typedef struct MoAstMod MoAstMod;
typedef struct MoAstStmt MoAstStmt;
typedef struct MoAstExpr MoAstExpr;
typedef struct MoAstPattern MoAstPattern;
typedef struct MoAstArguments MoAstArguments;
typedef struct MoAstArg MoAstArg;
typedef struct MoAstKeyword MoAstKeyword;
typedef struct MoAstAlias MoAstAlias;
typedef struct MoAstWithItem MoAstWithItem;
typedef struct MoAstMatchCase MoAstMatchCase;
typedef struct MoAstExceptHandler MoAstExceptHandler;
typedef struct MoAstComprehension MoAstComprehension;

/* A list of statements (a block body). */
typedef struct MoAstStmtSeq { MoAstStmt **items; size_t len; } MoAstStmtSeq;
/* A list of expressions; in Dict.keys and arguments.kw_defaults an item may be NULL. */
typedef struct MoAstExprSeq { MoAstExpr **items; size_t len; } MoAstExprSeq;
/* A list of patterns (match statement). */
typedef struct MoAstPatternSeq { MoAstPattern **items; size_t len; } MoAstPatternSeq;
/* A list of formal parameters. */
typedef struct MoAstArgSeq { MoAstArg **items; size_t len; } MoAstArgSeq;
/* A list of keyword arguments of a call or class definition. */
typedef struct MoAstKeywordSeq { MoAstKeyword **items; size_t len; } MoAstKeywordSeq;
/* A list of import aliases. */
typedef struct MoAstAliasSeq { MoAstAlias **items; size_t len; } MoAstAliasSeq;
/* A list of with-items. */
typedef struct MoAstWithItemSeq { MoAstWithItem **items; size_t len; } MoAstWithItemSeq;
/* A list of match cases. */
typedef struct MoAstMatchCaseSeq { MoAstMatchCase **items; size_t len; } MoAstMatchCaseSeq;
/* A list of except handlers. */
typedef struct MoAstExceptHandlerSeq { MoAstExceptHandler **items; size_t len; } MoAstExceptHandlerSeq;
/* A list of comprehension clauses (for ... in ... if ...). */
typedef struct MoAstComprehensionSeq { MoAstComprehension **items; size_t len; } MoAstComprehensionSeq;
/* A list of identifiers (str objects owned by the arena), e.g. Global.names. */
typedef struct MoAstIdentSeq { MoObject **items; size_t len; } MoAstIdentSeq;

/* ---- Operators -------------------------------------------------------------------------------- */

/* BinOp and AugAssign operators use MoBinOp from object.h (MO_ADD ... MO_XOR), so the compiler can
 * pass them straight to the VM. Their CPython names: MO_ADD Add, MO_SUB Sub, MO_MUL Mult,
 * MO_MATMUL MatMult, MO_TRUEDIV Div, MO_FLOORDIV FloorDiv, MO_MOD Mod, MO_POW Pow, MO_LSHIFT LShift,
 * MO_RSHIFT RShift, MO_AND BitAnd, MO_OR BitOr, MO_XOR BitXor. */

/* Boolean operators of BoolOp. */
typedef enum MoAstBoolOp { MO_AST_And, MO_AST_Or } MoAstBoolOp;

/* Unary operators of UnaryOp (CPython order). */
typedef enum MoAstUnaryOp { MO_AST_Invert, MO_AST_Not, MO_AST_UAdd, MO_AST_USub } MoAstUnaryOp;

/* Comparison operators of Compare (CPython order). */
typedef enum MoAstCmpOp {
    MO_AST_Eq, MO_AST_NotEq, MO_AST_Lt, MO_AST_LtE, MO_AST_Gt, MO_AST_GtE,
    MO_AST_Is, MO_AST_IsNot, MO_AST_In, MO_AST_NotIn
} MoAstCmpOp;

/* A list of comparison operators (Compare.ops). */
typedef struct MoAstCmpOpSeq { MoAstCmpOp *items; size_t len; } MoAstCmpOpSeq;

/* The expression context of Name, Attribute, Subscript, Starred, List and Tuple. */
typedef enum MoAstContext { MO_AST_Load = 0, MO_AST_Store, MO_AST_Del } MoAstContext;

/* ---- Modules ---------------------------------------------------------------------------------- */

/* Which top-level form a MoAstMod is. */
typedef enum MoAstModKind {
    MO_MOD_Module,     /* a file: v.Module.body */
    MO_MOD_Expression  /* eval input: v.Expression.body */
} MoAstModKind;

/* The root of a parse. */
struct MoAstMod {
    MoAstModKind kind;
    union {
        struct { MoAstStmtSeq body; } Module;
        struct { MoAstExpr *body; } Expression;
    } v;
};

/* ---- Statements ------------------------------------------------------------------------------- */

/* Statement kinds, in CPython's order. */
typedef enum MoAstStmtKind {
    MO_STMT_FunctionDef = 1, MO_STMT_AsyncFunctionDef, MO_STMT_ClassDef, MO_STMT_Return,
    MO_STMT_Delete, MO_STMT_Assign, MO_STMT_AugAssign, MO_STMT_AnnAssign, MO_STMT_For,
    MO_STMT_AsyncFor, MO_STMT_While, MO_STMT_If, MO_STMT_With, MO_STMT_AsyncWith, MO_STMT_Match,
    MO_STMT_Raise, MO_STMT_Try, MO_STMT_TryStar, MO_STMT_Assert, MO_STMT_Import,
    MO_STMT_ImportFrom, MO_STMT_Global, MO_STMT_Nonlocal, MO_STMT_Expr, MO_STMT_Pass,
    MO_STMT_Break, MO_STMT_Continue
} MoAstStmtKind;

/* A statement. Pass, Break and Continue have no fields. */
struct MoAstStmt {
    MoAstStmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* FunctionDef and AsyncFunctionDef: `def name(args) -> returns: body` with decorators
         * (outermost first). returns is NULL without an annotation. */
        struct {
            MoObject *name;
            MoAstArguments *args;
            MoAstStmtSeq body;
            MoAstExprSeq decorator_list;
            MoAstExpr *returns;
        } FunctionDef;
        /* `class name(bases, keywords): body` with decorators. */
        struct {
            MoObject *name;
            MoAstExprSeq bases;
            MoAstKeywordSeq keywords;
            MoAstStmtSeq body;
            MoAstExprSeq decorator_list;
        } ClassDef;
        /* `return value`; value NULL for a bare return. */
        struct { MoAstExpr *value; } Return;
        /* `del targets` (each target has ctx Del). */
        struct { MoAstExprSeq targets; } Delete;
        /* `t1 = t2 = value`: targets in source order (ctx Store). */
        struct { MoAstExprSeq targets; MoAstExpr *value; } Assign;
        /* `target op= value`. */
        struct { MoAstExpr *target; MoBinOp op; MoAstExpr *value; } AugAssign;
        /* `target: annotation = value`; value may be NULL; simple is 1 for a plain unparenthesised
         * Name target, else 0. */
        struct { MoAstExpr *target; MoAstExpr *annotation; MoAstExpr *value; int simple; } AnnAssign;
        /* For and AsyncFor: `for target in iter: body else: orelse`. */
        struct { MoAstExpr *target; MoAstExpr *iter; MoAstStmtSeq body; MoAstStmtSeq orelse; } For;
        /* `while test: body else: orelse`. */
        struct { MoAstExpr *test; MoAstStmtSeq body; MoAstStmtSeq orelse; } While;
        /* `if test: body else: orelse`; an elif is a single If statement inside orelse. */
        struct { MoAstExpr *test; MoAstStmtSeq body; MoAstStmtSeq orelse; } If;
        /* With and AsyncWith: `with items: body`. */
        struct { MoAstWithItemSeq items; MoAstStmtSeq body; } With;
        /* `match subject: cases`. */
        struct { MoAstExpr *subject; MoAstMatchCaseSeq cases; } Match;
        /* `raise exc from cause`; both NULL for a bare raise. */
        struct { MoAstExpr *exc; MoAstExpr *cause; } Raise;
        /* Try and TryStar: `try: body except...: handlers else: orelse finally: finalbody`. */
        struct {
            MoAstStmtSeq body;
            MoAstExceptHandlerSeq handlers;
            MoAstStmtSeq orelse;
            MoAstStmtSeq finalbody;
        } Try;
        /* `assert test, msg`; msg may be NULL. */
        struct { MoAstExpr *test; MoAstExpr *msg; } Assert;
        /* `import a.b as c, d`. */
        struct { MoAstAliasSeq names; } Import;
        /* `from ..module import names`; module NULL for `from . import x`; level = number of dots.
         * `from m import *` has a single alias named "*". */
        struct { MoObject *module; MoAstAliasSeq names; int level; } ImportFrom;
        /* `global names`. */
        struct { MoAstIdentSeq names; } Global;
        /* `nonlocal names`. */
        struct { MoAstIdentSeq names; } Nonlocal;
        /* An expression statement. */
        struct { MoAstExpr *value; } Expr;
    } v;
};

/* ---- Expressions ------------------------------------------------------------------------------ */

/* Expression kinds, in CPython's order. */
typedef enum MoAstExprKind {
    MO_EXPR_BoolOp = 1, MO_EXPR_NamedExpr, MO_EXPR_BinOp, MO_EXPR_UnaryOp, MO_EXPR_Lambda,
    MO_EXPR_IfExp, MO_EXPR_Dict, MO_EXPR_Set, MO_EXPR_ListComp, MO_EXPR_SetComp, MO_EXPR_DictComp,
    MO_EXPR_GeneratorExp, MO_EXPR_Await, MO_EXPR_Yield, MO_EXPR_YieldFrom, MO_EXPR_Compare,
    MO_EXPR_Call, MO_EXPR_FormattedValue, MO_EXPR_JoinedStr, MO_EXPR_Constant, MO_EXPR_Attribute,
    MO_EXPR_Subscript, MO_EXPR_Starred, MO_EXPR_Name, MO_EXPR_List, MO_EXPR_Tuple, MO_EXPR_Slice
} MoAstExprKind;

/* An expression. */
struct MoAstExpr {
    MoAstExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* `a and b and c`: one node with all operands (len >= 2). */
        struct { MoAstBoolOp op; MoAstExprSeq values; } BoolOp;
        /* `target := value`; target is a Name with ctx Store. */
        struct { MoAstExpr *target; MoAstExpr *value; } NamedExpr;
        /* `left op right`. */
        struct { MoAstExpr *left; MoBinOp op; MoAstExpr *right; } BinOp;
        /* `op operand`. */
        struct { MoAstUnaryOp op; MoAstExpr *operand; } UnaryOp;
        /* `lambda args: body`. */
        struct { MoAstArguments *args; MoAstExpr *body; } Lambda;
        /* `body if test else orelse`. */
        struct { MoAstExpr *test; MoAstExpr *body; MoAstExpr *orelse; } IfExp;
        /* `{k: v, **m}`: keys and values have equal length; a NULL key means values[i] is a `**`
         * mapping to unpack. */
        struct { MoAstExprSeq keys; MoAstExprSeq values; } Dict;
        /* `{a, b}`. */
        struct { MoAstExprSeq elts; } Set;
        /* ListComp, SetComp and GeneratorExp: `[elt for ...]`, `{elt for ...}`, `(elt for ...)`. */
        struct { MoAstExpr *elt; MoAstComprehensionSeq generators; } ListComp;
        /* `{key: value for ...}`. */
        struct { MoAstExpr *key; MoAstExpr *value; MoAstComprehensionSeq generators; } DictComp;
        /* `await value`. */
        struct { MoAstExpr *value; } Await;
        /* `yield value`; value NULL for a bare yield. */
        struct { MoAstExpr *value; } Yield;
        /* `yield from value`. */
        struct { MoAstExpr *value; } YieldFrom;
        /* `left op1 c1 op2 c2 ...`: ops and comparators have equal length (>= 1). */
        struct { MoAstExpr *left; MoAstCmpOpSeq ops; MoAstExprSeq comparators; } Compare;
        /* `func(args, keywords)`: positional args may include Starred (`*x`); a keyword with arg
         * NULL is a `**mapping`. Order within each list is source order. */
        struct { MoAstExpr *func; MoAstExprSeq args; MoAstKeywordSeq keywords; } Call;
        /* One replacement field of an f-string: conversion is -1 (none), 's', 'r' or 'a';
         * format_spec is a JoinedStr or NULL. */
        struct { MoAstExpr *value; int conversion; MoAstExpr *format_spec; } FormattedValue;
        /* An f-string: values are Constant (str) and FormattedValue nodes, in order. */
        struct { MoAstExprSeq values; } JoinedStr;
        /* A literal: value is int, float, str, bytes, bool, None or Ellipsis (arena-owned
         * reference). kind_u is true for a str literal written with a `u` prefix (ast kind='u'). */
        struct { MoObject *value; bool kind_u; } Constant;
        /* `value.attr`. */
        struct { MoAstExpr *value; MoObject *attr; MoAstContext ctx; } Attribute;
        /* `value[slice]`; slice is a Slice, a Tuple (possibly containing Slices) or any expr. */
        struct { MoAstExpr *value; MoAstExpr *slice; MoAstContext ctx; } Subscript;
        /* `*value` in a call, display or assignment target. */
        struct { MoAstExpr *value; MoAstContext ctx; } Starred;
        /* A name. */
        struct { MoObject *id; MoAstContext ctx; } Name;
        /* `[elts]`. */
        struct { MoAstExprSeq elts; MoAstContext ctx; } List;
        /* `(elts)` or `a, b`. */
        struct { MoAstExprSeq elts; MoAstContext ctx; } Tuple;
        /* `lower:upper:step` inside a subscript; each part may be NULL. */
        struct { MoAstExpr *lower; MoAstExpr *upper; MoAstExpr *step; } Slice;
    } v;
};

/* ---- Patterns (match statement) ---------------------------------------------------------------- */

/* Pattern kinds, in CPython's order. */
typedef enum MoAstPatternKind {
    MO_PAT_MatchValue = 1, MO_PAT_MatchSingleton, MO_PAT_MatchSequence, MO_PAT_MatchMapping,
    MO_PAT_MatchClass, MO_PAT_MatchStar, MO_PAT_MatchAs, MO_PAT_MatchOr
} MoAstPatternKind;

/* A pattern of a case clause. */
struct MoAstPattern {
    MoAstPatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* A value pattern: a literal, a signed number, a complex-free sum, or a dotted name. */
        struct { MoAstExpr *value; } MatchValue;
        /* None, True or False (arena-owned reference), compared by identity. */
        struct { MoObject *value; } MatchSingleton;
        /* `[p1, *rest, p2]` or `(p1, p2)`. */
        struct { MoAstPatternSeq patterns; } MatchSequence;
        /* `{k1: p1, **rest}`: keys are literal or value-pattern expressions; rest may be NULL. */
        struct { MoAstExprSeq keys; MoAstPatternSeq patterns; MoObject *rest; } MatchMapping;
        /* `cls(p1, p2, a=p3)`: positional patterns, then keyword names and their patterns. */
        struct {
            MoAstExpr *cls;
            MoAstPatternSeq patterns;
            MoAstIdentSeq kwd_attrs;
            MoAstPatternSeq kwd_patterns;
        } MatchClass;
        /* `*name` inside a sequence pattern; name NULL for `*_`. */
        struct { MoObject *name; } MatchStar;
        /* `pattern as name`, a capture `name` (pattern NULL), or the wildcard `_` (both NULL). */
        struct { MoAstPattern *pattern; MoObject *name; } MatchAs;
        /* `p1 | p2 | ...`. */
        struct { MoAstPatternSeq patterns; } MatchOr;
    } v;
};

/* ---- Auxiliary nodes ------------------------------------------------------------------------------ */

/* The parameters of a def or lambda. kw_defaults has one entry per kwonlyarg (NULL if that one
 * has no default); defaults are for the last len(defaults) of posonlyargs + args. */
struct MoAstArguments {
    MoAstArgSeq posonlyargs;
    MoAstArgSeq args;
    MoAstArg *vararg;      /* `*args`, or NULL */
    MoAstArgSeq kwonlyargs;
    MoAstExprSeq kw_defaults;
    MoAstArg *kwarg;       /* `**kwargs`, or NULL */
    MoAstExprSeq defaults;
};

/* One parameter: name and optional annotation. */
struct MoAstArg {
    MoObject *arg;
    MoAstExpr *annotation;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* A keyword argument `arg=value`, or `**value` when arg is NULL. */
struct MoAstKeyword {
    MoObject *arg;
    MoAstExpr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* An import name: `name as asname` (name may be dotted, asname NULL if absent). */
struct MoAstAlias {
    MoObject *name;
    MoObject *asname;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* One item of a with statement: `context_expr as optional_vars` (optional_vars may be NULL). */
struct MoAstWithItem {
    MoAstExpr *context_expr;
    MoAstExpr *optional_vars;
};

/* One `case pattern if guard: body` clause; guard may be NULL. */
struct MoAstMatchCase {
    MoAstPattern *pattern;
    MoAstExpr *guard;
    MoAstStmtSeq body;
};

/* One `except type as name: body` clause; type and name may be NULL (bare except). */
struct MoAstExceptHandler {
    MoAstExpr *type;
    MoObject *name;
    MoAstStmtSeq body;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* One `for target in iter if ifs...` clause of a comprehension; is_async for `async for`. */
struct MoAstComprehension {
    MoAstExpr *target;
    MoAstExpr *iter;
    MoAstExprSeq ifs;
    int is_async;
};

/* ---- Dump ------------------------------------------------------------------------------------- */

/* Appends a textual dump of the tree to buf in the format of CPython's ast.dump(tree) (fields
 * annotated, no positions, optional fields that are None omitted). Returns false with
 * MemoryError set if the buffer could not grow. */
bool mo_ast_dump(MoStrBuf *buf, const MoAstMod *mod);

/* As mo_ast_dump, with every node's position attributes, in the format of CPython's
 * ast.dump(tree, include_attributes=True). */
bool mo_ast_dump_positions(MoStrBuf *buf, const MoAstMod *mod);

/* As mo_ast_dump for one expression. */
bool mo_ast_dump_expr(MoStrBuf *buf, const MoAstExpr *expr);

/* As mo_ast_dump for one statement. */
bool mo_ast_dump_stmt(MoStrBuf *buf, const MoAstStmt *stmt);

/* Returns the CPython name of a node kind (e.g. "BinOp", "FunctionDef", "MatchAs"): a static
 * string, "?" for an unknown value. */
const char *mo_ast_expr_name(MoAstExprKind kind);
const char *mo_ast_stmt_name(MoAstStmtKind kind);
const char *mo_ast_pattern_name(MoAstPatternKind kind);

#endif

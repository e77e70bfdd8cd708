/*
 * symtable.h: the symbol table: which scope every name of a program belongs to.
 *
 * Built from the AST in one pass (mo_symtable_build) before compiling, as in CPython. There is one
 * MoSymScope per module, function (def / async def), lambda, class body and comprehension
 * (3.11: list/set/dict comprehensions and generator expressions are function scopes of their own).
 * Each scope records its names with their use flags and resolved classification:
 *
 *   LOCAL            bound in this scope (assignment, parameter, import, def/class, for target, ...)
 *   GLOBAL_EXPLICIT  declared `global` here
 *   GLOBAL_IMPLICIT  used here, bound nowhere in an enclosing function: look up in globals/builtins
 *   FREE             bound in an enclosing function scope (a closure variable read through a cell)
 *   CELL             bound here and used by a nested scope (stored in a cell)
 *
 * Class bodies follow CPython's rules: names bound in a class are not visible to nested functions,
 * and a method that uses `super` or `__class__` makes the class scope provide an implicit
 * `__class__` cell (needs_class_closure) that the method sees as FREE.
 *
 * The symbol table also raises the scope-related SyntaxErrors CPython raises from its symtable:
 * global/nonlocal misuse, 'return'/'yield'/'await' outside function, and so on.
 */
#ifndef MOAT_SYMTABLE_H
#define MOAT_SYMTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "../parse/ast.h"

/* The kind of a scope. */
typedef enum MoScopeKind {
    MO_SCOPE_MODULE,
    MO_SCOPE_FUNCTION,      /* def, async def and lambda */
    MO_SCOPE_CLASS,
    MO_SCOPE_COMPREHENSION  /* listcomp, setcomp, dictcomp, genexpr (compiled as functions) */
} MoScopeKind;

/* The resolved classification of a name in a scope. 0 (MO_SYM_NONE) means the name does not
 * occur in the scope. */
typedef enum MoSymKind {
    MO_SYM_NONE = 0,
    MO_SYM_LOCAL,
    MO_SYM_GLOBAL_EXPLICIT,
    MO_SYM_GLOBAL_IMPLICIT,
    MO_SYM_FREE,
    MO_SYM_CELL
} MoSymKind;

/* Use flags of a symbol (MoSymbol.flags), as in CPython's symtable. */
#define MO_DEF_GLOBAL 0x001     /* declared global */
#define MO_DEF_LOCAL 0x002      /* bound (assigned, def/class, for/with/except target, ...) */
#define MO_DEF_PARAM 0x004      /* a parameter */
#define MO_DEF_NONLOCAL 0x008   /* declared nonlocal */
#define MO_DEF_USE 0x010        /* read */
#define MO_DEF_FREE_CLASS 0x020 /* free in a nested scope of a class, so the class passes it on */
#define MO_DEF_IMPORT 0x040     /* bound by import */
#define MO_DEF_ANNOT 0x080      /* annotated (`x: int`) */
#define MO_DEF_COMP_ITER 0x100  /* a comprehension iteration target */

/* One name in a scope. */
typedef struct MoSymbol {
    MoObject *name;   /* str, borrowed from the AST arena (lives as long as the arena) */
    int flags;        /* MO_DEF_* */
    MoSymKind kind;   /* resolved classification */
} MoSymbol;

typedef struct MoSymScope MoSymScope;

/* One scope. All fields are read-only for users. */
struct MoSymScope {
    MoScopeKind kind;
    MoObject *name;          /* str: the function/class name, "<module>", "<lambda>", "<listcomp>",
                                "<setcomp>", "<dictcomp>" or "<genexpr>" (owned by the table) */
    const void *node;        /* the AST node: MoAstMod* (module), MoAstStmt* (def, class) or
                                MoAstExpr* (lambda, comprehension) */
    int lineno;              /* first line of the node */
    MoSymScope *parent;      /* enclosing scope, NULL for the module */
    MoSymScope **children;   /* nested scopes in source order */
    size_t nchildren;
    MoSymbol *symbols;       /* every name of the scope, in order of first occurrence; in a
                                function, the parameters come first in the order posonlyargs,
                                args, kwonlyargs, vararg, kwarg */
    size_t nsymbols;
    size_t nparams;          /* number of leading symbols that are parameters */
    bool is_generator;       /* the function contains yield / yield from (or is a genexpr) */
    bool is_coroutine;       /* async def, or a comprehension containing await / async for */
    bool has_varargs;        /* has *args */
    bool has_varkeywords;    /* has **kwargs */
    bool needs_class_closure;/* a class whose methods use __class__ / super: it must create a
                                `__class__` cell */
    bool child_free;         /* some nested scope has free variables */
    /* private */
    size_t cap_symbols, cap_children, hash_cap;
    int32_t *hash;           /* open-addressed index into symbols, -1 empty */
};

/* The symbol table of one module: a tree of scopes and an index from AST nodes to scopes. */
typedef struct MoSymTable MoSymTable;

/* Builds the symbol table of `mod` (an AST from mo_parse; the table borrows its identifiers, so
 * free the table before the arena). filename/src/len are for error messages (src may be NULL).
 * Returns the table, or NULL with SyntaxError (or MemoryError) set. */
MoSymTable *mo_symtable_build(const MoAstMod *mod, const char *filename, const char *src, size_t len);

/* Frees a symbol table and all its scopes. Accepts NULL. */
void mo_symtable_free(MoSymTable *st);

/* Returns the module scope (borrowed from the table). */
MoSymScope *mo_symtable_top(MoSymTable *st);

/* Returns the scope created by an AST node (a def/class statement, lambda or comprehension
 * expression, or the module), borrowed from the table; NULL if the node has no scope. */
MoSymScope *mo_symtable_lookup(MoSymTable *st, const void *node);

/* Returns the symbol for `name` (a str) in scope s, or NULL if the name does not occur there
 * (borrowed from the table). */
const MoSymbol *mo_symscope_get(const MoSymScope *s, MoObject *name);

/* Returns the classification of `name` in scope s, or MO_SYM_NONE if it does not occur there.
 * Note that a name that does not occur in a function scope is simply not referenced by it. */
MoSymKind mo_symscope_kind(const MoSymScope *s, MoObject *name);

#endif

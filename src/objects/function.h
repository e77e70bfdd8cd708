/*
 * function.h: the callable objects the VM creates: Python functions, cells (closure variables),
 * bound methods, external (host) functions, and the classmethod/staticmethod/property
 * descriptors. Their type objects are declared in core/object.h (vm section).
 */
#ifndef MOAT_FUNCTION_H
#define MOAT_FUNCTION_H

#include "../core/object.h"

/* A function created by `def` or `lambda`. Every field is an owned reference. */
typedef struct MoFunction {
    MO_HEAD;
    MoObject *code;       /* MoCode */
    MoObject *globals;    /* dict */
    MoObject *builtins;   /* dict */
    MoObject *name;       /* str, __name__ */
    MoObject *qualname;   /* str, __qualname__ */
    MoObject *defaults;   /* tuple of positional defaults, or NULL */
    MoObject *kwdefaults; /* dict of keyword-only defaults, or NULL */
    MoObject *closure;    /* tuple of cells (one per free variable), or NULL */
    MoObject *dict;       /* __dict__, created on demand, or NULL */
    MoObject *doc;        /* __doc__ or NULL */
    MoObject *module;     /* __module__ or NULL */
    MoObject *annotations; /* __annotations__ dict, or NULL (created empty on demand) */
} MoFunction;

#define MO_FUNCTION(o) ((MoFunction *)(o))

/* Creates a function from a code object with the given globals and builtins (borrowed): new
 * reference or NULL. Defaults, kwdefaults and closure are set by the caller afterwards. */
MoObject *mo_function_new(MoObject *code, MoObject *globals, MoObject *builtins);

/* A cell: the box through which closures share a variable. ref is owned, NULL when empty. */
typedef struct MoCell {
    MO_HEAD;
    MoObject *ref;
} MoCell;

#define MO_CELL(o) ((MoCell *)(o))

/* Creates a cell holding ref (borrowed, may be NULL): new reference or NULL. */
MoObject *mo_cell_new(MoObject *ref);

/* A bound method: func called with self prepended. Both references owned. */
typedef struct MoMethod {
    MO_HEAD;
    MoObject *func;
    MoObject *self;
} MoMethod;

#define MO_METHOD(o) ((MoMethod *)(o))

/* An external function: a name bound in globals; calling it from the outermost VM loop pauses the
 * run with MOAT_CALL (DESIGN.md section 1). */
typedef struct MoExtFunc {
    MO_HEAD;
    MoObject *name; /* str, owned */
} MoExtFunc;

/* Creates an external function object named name (borrowed str): new reference or NULL. */
MoObject *mo_extfunc_new(MoObject *name);

/* classmethod / staticmethod: wrap one callable (owned). */
typedef struct MoMethodWrapper {
    MO_HEAD;
    MoObject *callable;
    MoObject *dict;
} MoMethodWrapper;

/* property: fget/fset/fdel/doc, each owned or NULL; name is set by __set_name__ or NULL. */
typedef struct MoProperty {
    MO_HEAD;
    MoObject *fget, *fset, *fdel, *doc, *name;
} MoProperty;

#endif

/*
 * object.h: the object model every part of Moat shares.
 *
 * A Python value is a pointer to a heap object (MoObject *) that starts with a reference count and
 * a type pointer, as in CPython. Types are objects too (MoType), so type(x) is an ordinary value.
 *
 * Ownership is stated on every function: a "new reference" must be released by the caller with
 * mo_decref; a "borrowed" reference must not be. Functions that "steal" a reference take over the
 * caller's reference. Functions that can fail return NULL (pointers) or -1 (ints) with the current
 * exception set (see errors below); they never abort on bad input.
 *
 * Containers (objects that hold references to other objects) are allocated with mo_gc_new, which
 * puts a MoGCHead in front of the object, and their type sets MO_TPFLAG_GC and provides traverse
 * (visit every reference held) and clear (drop them). The cycle collector (gc.c, DESIGN.md
 * section 3) finds garbage cycles by trial deletion using only refcounts and traverse: no root set.
 *
 * Objects created while no run is active (builtin types' dicts, interned names, small ints,
 * None/True/False) are immortal: their refcount starts at MO_IMMORTAL_REFCNT, they are never
 * freed and never tracked, and they are shared by every interpreter in the process.
 */
#ifndef MOAT_OBJECT_H
#define MOAT_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct MoObject MoObject;
typedef struct MoType MoType;

/* The header of every object. */
struct MoObject {
    intptr_t refcnt;
    MoType *type;
};

/* Refcount given to objects that must never be freed (static types, singletons): 2^62 natively,
 * 2^30 on wasm32, where a 1 GiB heap holds fewer than 2^28 references, so the count can neither
 * fall to zero nor overflow. */
#define MO_IMMORTAL_REFCNT ((intptr_t)1 << (sizeof(intptr_t) * 8 - 2))

/* Declares the header of an object struct: `struct { MO_HEAD; ... }`. */
#define MO_HEAD MoObject ob

/* Casts any object struct pointer to MoObject *. */
#define MO(p) ((MoObject *)(p))

/* Called by traverse for each reference held; returns nonzero to stop the traversal. */
typedef int (*MoVisit)(MoObject *ref, void *arg);

/* The signature of every builtin callable: vectorcall style. args[0..nargs) are positional,
 * followed by len(kwnames) keyword values whose names are in the tuple kwnames (NULL if none).
 * For methods, self is the receiver; for plain builtin functions it is the module or NULL.
 * Returns a new reference or NULL with an exception set. */
typedef MoObject *(*MoCFunc)(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* A builtin method in a type's method table. */
typedef struct MoMethodDef {
    const char *name;
    MoCFunc func;
    int flags; /* MO_METH_* */
    const char *doc;
} MoMethodDef;

#define MO_METH_INSTANCE 0 /* an instance method: self is the receiver */
#define MO_METH_CLASS 1    /* a classmethod: self is the type */
#define MO_METH_STATIC 2   /* a staticmethod: self is NULL */

/* A computed attribute (getter and optional setter) in a type's getset table. */
typedef struct MoGetSetDef {
    const char *name;
    MoObject *(*get)(MoObject *self);             /* new reference */
    int (*set)(MoObject *self, MoObject *value);   /* value NULL means delete; NULL = read-only */
    const char *doc;
} MoGetSetDef;

/* Rich comparison operators, in CPython's order. */
typedef enum MoCompareOp { MO_LT = 0, MO_LE = 1, MO_EQ = 2, MO_NE = 3, MO_GT = 4, MO_GE = 5 } MoCompareOp;

/* Binary operators. The in-place forms are the plain ones plus MO_BINOP_INPLACE. */
typedef enum MoBinOp {
    MO_ADD, MO_SUB, MO_MUL, MO_MATMUL, MO_TRUEDIV, MO_FLOORDIV, MO_MOD, MO_POW,
    MO_LSHIFT, MO_RSHIFT, MO_AND, MO_OR, MO_XOR,
    MO_BINOP_COUNT
} MoBinOp;

/* Unary operators. */
typedef enum MoUnaryOp { MO_NEG, MO_POS, MO_INVERT } MoUnaryOp;

/* Type flags. */
#define MO_TPFLAG_GC (1u << 0)          /* instances are tracked containers (allocated with mo_gc_new) */
#define MO_TPFLAG_BASETYPE (1u << 1)    /* may be subclassed */
#define MO_TPFLAG_HEAPTYPE (1u << 2)    /* created by a class statement (itself a heap object) */
#define MO_TPFLAG_INT_SUBCLASS (1u << 8)
#define MO_TPFLAG_STR_SUBCLASS (1u << 9)
#define MO_TPFLAG_LIST_SUBCLASS (1u << 10)
#define MO_TPFLAG_TUPLE_SUBCLASS (1u << 11)
#define MO_TPFLAG_DICT_SUBCLASS (1u << 12)
#define MO_TPFLAG_EXC_SUBCLASS (1u << 13)
#define MO_TPFLAG_TYPE_SUBCLASS (1u << 14)

/* A type. Slots left NULL fall back to generic behaviour (or raise TypeError). Builtin types are
 * static structs; mo_type_ready fills dict/mro from methods/getsets/base once per process. */
struct MoType {
    MO_HEAD;
    const char *name;        /* the __name__ (for builtin types, without module) */
    size_t size;             /* instance size in bytes (without MoGCHead) */
    uint32_t flags;          /* MO_TPFLAG_* */
    MoType *base;            /* the first base (object's base is NULL) */
    MoObject *bases;         /* tuple of bases, set by mo_type_ready */
    MoObject *mro;           /* tuple: this type, then its ancestors in C3 order */
    MoObject *dict;          /* dict of attributes: method descriptors, getsets, class attributes */

    /* Lifecycle. dealloc frees the object's own references and memory; traverse/clear are required
     * when MO_TPFLAG_GC is set. */
    void (*dealloc)(MoObject *self);
    int (*traverse)(MoObject *self, MoVisit visit, void *arg);
    void (*clear)(MoObject *self);

    /* Calling the type: creates an instance (new reference). */
    MoObject *(*vnew)(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames);

    /* Protocols; each returns a new reference or NULL with an exception set, unless noted. */
    MoObject *(*repr)(MoObject *self);
    MoObject *(*str)(MoObject *self);                      /* NULL slot: use repr */
    int (*hash)(MoObject *self, int64_t *out);             /* 0 ok, -1 error; NULL slot: unhashable */
    MoObject *(*richcompare)(MoObject *a, MoObject *b, MoCompareOp op); /* may return mo_NotImplemented */
    MoObject *(*getattr)(MoObject *self, MoObject *name);  /* NULL slot: mo_generic_getattr */
    int (*setattr)(MoObject *self, MoObject *name, MoObject *value); /* value NULL = delete */
    MoCFunc call;                                          /* self is the callable */
    MoObject *(*iter)(MoObject *self);
    MoObject *(*iternext)(MoObject *self);                 /* NULL with no exception = exhausted */
    int (*truth)(MoObject *self);                          /* 1, 0 or -1 */
    int (*length)(MoObject *self, size_t *out);            /* 0 ok, -1 error */
    MoObject *(*getitem)(MoObject *self, MoObject *key);
    int (*setitem)(MoObject *self, MoObject *key, MoObject *value); /* value NULL = delete */
    int (*contains)(MoObject *self, MoObject *item);       /* 1, 0 or -1 */
    MoObject *(*binop)(MoObject *a, MoObject *b, MoBinOp op, bool inplace); /* may return mo_NotImplemented */
    MoObject *(*unaryop)(MoObject *self, MoUnaryOp op);
    MoObject *(*descr_get)(MoObject *descr, MoObject *obj, MoType *owner); /* obj NULL: accessed on the class */
    int (*descr_set)(MoObject *descr, MoObject *obj, MoObject *value);    /* value NULL = delete */

    const MoMethodDef *methods; /* terminated by an entry with name NULL */
    const MoGetSetDef *getsets; /* terminated by an entry with name NULL */
    size_t dict_offset;         /* offset of an instance's MoObject *dict field, 0 if none */
};

/* ---- Reference counting ---------------------------------------------------------------------- */

/* Frees an object whose refcount reached zero (calls its type's dealloc). */
void mo_dealloc(MoObject *o);

/* Adds a reference to o. */
static inline void mo_incref(MoObject *o) { o->refcnt++; }

/* Adds a reference to o unless it is NULL. */
static inline void mo_xincref(MoObject *o) { if (o) o->refcnt++; }

/* Releases a reference to o, freeing it when none remain. */
static inline void mo_decref(MoObject *o) { if (--o->refcnt == 0) mo_dealloc(o); }

/* Releases a reference to o unless it is NULL. */
static inline void mo_xdecref(MoObject *o) { if (o && --o->refcnt == 0) mo_dealloc(o); }

/* Returns a new reference to o (convenience for `return mo_newref(x)`). */
static inline MoObject *mo_newref(MoObject *o) { o->refcnt++; return o; }

/* Sets *slot to NULL and then releases the old value (safe against re-entrant access). */
#define MO_CLEAR(slot) do { MoObject *mo_tmp_ = MO(slot); if (mo_tmp_) { (slot) = NULL; mo_decref(mo_tmp_); } } while (0)

/* Replaces *slot with a new reference, releasing the old value after the store. */
#define MO_SETREF(slot, newval) do { MoObject *mo_tmp_ = MO(slot); (slot) = (newval); mo_xdecref(mo_tmp_); } while (0)

/* ---- Allocation (alloc.c) and the cycle collector (gc.c) --------------------------------------- */

/* Allocates n bytes from the run's accounted heap; NULL (with MemoryError set) over the limit. */
void *mo_alloc(size_t n);

/* Allocates n zeroed bytes; NULL with MemoryError set on failure. */
void *mo_calloc(size_t n);

/* Resizes a block from mo_alloc; NULL with MemoryError set on failure (p is then still valid). */
void *mo_realloc(void *p, size_t n);

/* Frees a block from mo_alloc. Accepts NULL. */
void mo_free(void *p);

/* Returns true if allocating n more bytes would stay within the memory limit (for size checks
 * made before building a large result, e.g. 'a' * n); sets MemoryError and returns false if not. */
bool mo_mem_check(size_t n);

/* The GC header in front of every tracked container. */
typedef struct MoGCHead {
    struct MoGCHead *next, *prev;
    intptr_t gc_refs; /* scratch during a collection; MO_GC_UNTRACKED when not in a list */
} MoGCHead;

#define MO_GC_UNTRACKED ((intptr_t)-2)

/* Allocates an untracked, non-GC object of type->size bytes (zeroed) with refcount 1.
 * New reference, or NULL with MemoryError. */
MoObject *mo_object_new(MoType *type);

/* Like mo_object_new but with an explicit size (for variable-size objects). */
MoObject *mo_object_new_size(MoType *type, size_t size);

/* Allocates a GC container of `size` bytes (zeroed) with a MoGCHead in front, refcount 1,
 * NOT yet tracked: call mo_gc_track once its fields are valid. New reference or NULL. */
MoObject *mo_gc_new(MoType *type, size_t size);

/* Resizes a GC container allocated with mo_gc_new (must be untracked). NULL on failure. */
MoObject *mo_gc_resize(MoObject *o, size_t size);

/* Adds a container to the collector's list; may run a collection first. */
void mo_gc_track(MoObject *o);

/* Removes a container from the collector's list (dealloc must do this first). */
void mo_gc_untrack(MoObject *o);

/* Frees the memory of an object allocated with mo_object_new or mo_gc_new (no decrefs). */
void mo_object_free(MoObject *o);

/* Runs a full collection now; returns the number of objects found unreachable. */
size_t mo_gc_collect(void);

/* ---- Errors (errors.c) --------------------------------------------------------------------- */

/* Sets the current exception to type(msg). */
void mo_err_set(MoType *type, const char *msg);

/* Sets the current exception with a formatted message; see mo_format for the directives. */
void mo_err_format(MoType *type, const char *fmt, ...);

/* Sets the current exception to the exception instance exc (borrowed). */
void mo_err_set_object(MoObject *exc);

/* Returns true if an exception is set. */
bool mo_err_occurred(void);

/* Returns true if the current exception is an instance of type (or a subclass). */
bool mo_err_matches(MoType *type);

/* Takes the current exception and clears it: new reference, or NULL if none. */
MoObject *mo_err_fetch(void);

/* Makes exc (stolen) the current exception, replacing any. */
void mo_err_restore(MoObject *exc);

/* Clears the current exception. */
void mo_err_clear(void);

/* Sets MemoryError and returns NULL. */
MoObject *mo_err_nomemory(void);

/* Formats like a tiny printf into a new str object: %s (C string), %d %i %u %ld %lu %lld %llu %zd
 * %zu, %c (code point), %p, %% and object directives %R (repr), %S (str), %T (type name of the
 * object), %U (a str object), %A (ascii). New reference or NULL. */
MoObject *mo_format(const char *fmt, ...);

/* As mo_format with a va_list. */
MoObject *mo_vformat(const char *fmt, va_list ap);

/* ---- Singletons and builtin types --------------------------------------------------------- */

extern MoObject mo_None_struct, mo_NotImplemented_struct, mo_Ellipsis_struct;
#define mo_None (&mo_None_struct)
#define mo_NotImplemented (&mo_NotImplemented_struct)
#define mo_Ellipsis (&mo_Ellipsis_struct)

/* Returns a new reference to None. */
static inline MoObject *mo_none(void) { return mo_newref(mo_None); }

extern MoType mo_type_type, mo_object_type, mo_none_type, mo_notimpl_type, mo_ellipsis_type;
extern MoType mo_bool_type, mo_int_type, mo_float_type, mo_str_type, mo_bytes_type;
extern MoType mo_list_type, mo_tuple_type, mo_dict_type, mo_range_type, mo_slice_type;
extern MoType mo_builtin_function_type, mo_method_descr_type, mo_getset_descr_type;

/* Returns true if o's type is t or a subclass of t. */
bool mo_isinstance_type(MoObject *o, MoType *t);

/* Returns true if a is b or a subclass of b. */
bool mo_type_is_subtype(MoType *a, MoType *b);

/* Fills a static type's bases/mro/dict from base/methods/getsets. 0 or -1. */
int mo_type_ready(MoType *t);

/* Looks name up along t's MRO: borrowed reference or NULL (no exception set). */
MoObject *mo_type_lookup(MoType *t, MoObject *name);

#define MO_TYPE(o) (MO(o)->type)
#define MO_CHECK_EXACT(o, t) (MO(o)->type == &(t))

/* ---- Abstract operations (abstract.c): what the VM and builtins call ---------------------------- */

MoObject *mo_repr(MoObject *o);                      /* new reference: repr(o) */
MoObject *mo_str(MoObject *o);                       /* new reference: str(o) */
MoObject *mo_ascii(MoObject *o);                     /* new reference: ascii(o) */
int mo_hash(MoObject *o, int64_t *out);              /* hash(o): 0 or -1 (TypeError if unhashable) */
MoObject *mo_richcompare(MoObject *a, MoObject *b, MoCompareOp op); /* new reference: a op b */
int mo_richcompare_bool(MoObject *a, MoObject *b, MoCompareOp op);  /* 1, 0 or -1 (identity implies equality for EQ/NE) */
int mo_truth(MoObject *o);                           /* bool(o): 1, 0 or -1 */
MoObject *mo_binop(MoObject *a, MoObject *b, MoBinOp op);         /* new reference: a op b */
MoObject *mo_inplace_binop(MoObject *a, MoObject *b, MoBinOp op); /* new reference: a op= b */
MoObject *mo_unaryop(MoObject *a, MoUnaryOp op);     /* new reference */
MoObject *mo_getattr(MoObject *o, MoObject *name);   /* new reference: o.name (AttributeError) */
MoObject *mo_getattr_str(MoObject *o, const char *name);
int mo_setattr(MoObject *o, MoObject *name, MoObject *value); /* value NULL = delattr */
MoObject *mo_generic_getattr(MoObject *o, MoObject *name);  /* type MRO + descriptors + instance dict */
int mo_generic_setattr(MoObject *o, MoObject *name, MoObject *value);
MoObject *mo_getitem(MoObject *o, MoObject *key);    /* new reference: o[key] */
int mo_setitem(MoObject *o, MoObject *key, MoObject *value);  /* o[key] = value */
int mo_delitem(MoObject *o, MoObject *key);          /* del o[key] */
int mo_contains(MoObject *container, MoObject *item); /* item in container: 1, 0, -1 */
int mo_length(MoObject *o, size_t *out);             /* len(o) */
MoObject *mo_iter(MoObject *o);                      /* new reference: iter(o) */
MoObject *mo_next(MoObject *it);                     /* new reference, or NULL: exhausted if no exception */
MoObject *mo_call(MoObject *callable, MoObject *const *args, size_t nargs, MoObject *kwnames); /* new reference */
MoObject *mo_call0(MoObject *callable);              /* callable() */
MoObject *mo_call1(MoObject *callable, MoObject *arg); /* callable(arg) */
MoObject *mo_call_method(MoObject *self, const char *name, MoObject *const *args, size_t nargs); /* self.name(*args) */
bool mo_callable(MoObject *o);
int mo_index(MoObject *o, int64_t *out);             /* o.__index__() as a C int64 (OverflowError/TypeError) */

/* ---- None / bool ------------------------------------------------------------------------- */

extern MoObject mo_True_struct, mo_False_struct;
#define mo_True (&mo_True_struct)
#define mo_False (&mo_False_struct)

/* Returns a new reference to True or False. */
static inline MoObject *mo_bool(bool v) { return mo_newref(v ? mo_True : mo_False); }

/* ---- int (objects/int.c): arbitrary precision --------------------------------------------- */

MoObject *mo_int_from_i64(int64_t v);                /* new reference */
MoObject *mo_int_from_u64(uint64_t v);               /* new reference */
MoObject *mo_int_from_double(double v);              /* new reference (OverflowError/ValueError for inf/nan) */
MoObject *mo_int_from_string(const char *s, size_t len, int base); /* int(s, base) semantics; ValueError */
MoObject *mo_int_from_bytes_be(const uint8_t *mag, size_t len, bool negative); /* magnitude big-endian */
int mo_int_as_i64(MoObject *o, int64_t *out);        /* 0, or -1 with OverflowError */
bool mo_int_fits_i64(MoObject *o);
size_t mo_int_to_bytes_be(MoObject *o, uint8_t *buf, size_t cap, bool *negative); /* magnitude; returns needed length */
double mo_int_as_double(MoObject *o, bool *overflow);
int mo_int_sign(MoObject *o);                        /* -1, 0, 1 */
MoObject *mo_int_to_string(MoObject *o, int base);   /* new str: repr for base 10, no prefix */
#define MO_INT_CHECK(o) mo_isinstance_type(MO(o), &mo_int_type)

/* ---- float (objects/float.c) ----------------------------------------------------------------- */

typedef struct MoFloat { MO_HEAD; double value; } MoFloat;
MoObject *mo_float_new(double v);                    /* new reference */
#define MO_FLOAT_VALUE(o) (((MoFloat *)(o))->value)
MoObject *mo_float_repr_double(double v);            /* new str: CPython's shortest round-trip repr */

/* ---- str (objects/str.c): immutable Unicode, stored as UTF-8 ---------------------------------- */

typedef struct MoStr {
    MO_HEAD;
    size_t len;       /* length in code points */
    size_t nbytes;    /* length of utf8 in bytes */
    int64_t hash;     /* cached hash, -1 if not computed */
    uint8_t ascii;    /* 1 if every code point < 128 (then index = byte offset) */
    uint8_t interned;
    char utf8[];      /* nbytes bytes of valid UTF-8 plus a NUL */
} MoStr;

MoObject *mo_str_from_utf8(const char *s, size_t n); /* new reference; s must be valid UTF-8 */
MoObject *mo_str_decode_utf8(const char *s, size_t n); /* new reference; UnicodeDecodeError if invalid */
MoObject *mo_str_from_cstr(const char *s);           /* new reference (valid UTF-8, NUL-terminated) */
MoObject *mo_str_intern(const char *s);              /* borrowed reference to the interned str for s */
MoObject *mo_str_intern_obj(MoObject *s);            /* new reference to the interned copy of str s */
MoObject *mo_str_concat(MoObject *a, MoObject *b);   /* new reference */
bool mo_str_eq_cstr(MoObject *s, const char *c);
bool mo_str_eq(MoObject *a, MoObject *b);            /* exact equality of two str objects */
bool mo_utf8_valid(const char *s, size_t n);
#define MO_STR(o) ((MoStr *)(o))
#define MO_STR_UTF8(o) (((MoStr *)(o))->utf8)
#define MO_STR_NBYTES(o) (((MoStr *)(o))->nbytes)
#define MO_STR_CHECK(o) mo_isinstance_type(MO(o), &mo_str_type)

/* A growable UTF-8 buffer for building strings (repr, join, format, tracebacks). */
typedef struct MoStrBuf { char *data; size_t len, cap; bool failed; } MoStrBuf;
void mo_strbuf_init(MoStrBuf *b);
bool mo_strbuf_append(MoStrBuf *b, const char *s, size_t n); /* false with MemoryError */
bool mo_strbuf_append_cstr(MoStrBuf *b, const char *s);
bool mo_strbuf_append_obj(MoStrBuf *b, MoObject *str);       /* appends a str object's UTF-8 */
bool mo_strbuf_append_codepoint(MoStrBuf *b, uint32_t cp);
MoObject *mo_strbuf_finish(MoStrBuf *b);                     /* new str; frees the buffer */
void mo_strbuf_free(MoStrBuf *b);

/* ---- bytes (objects/bytes.c) ---------------------------------------------------------------- */

typedef struct MoBytes { MO_HEAD; size_t len; int64_t hash; uint8_t data[]; } MoBytes;
MoObject *mo_bytes_new(const uint8_t *data, size_t len); /* new reference */
#define MO_BYTES(o) ((MoBytes *)(o))

/* ---- tuple (objects/tuple.c) ----------------------------------------------------------------- */

typedef struct MoTuple { MO_HEAD; size_t len; MoObject *items[]; } MoTuple;
MoObject *mo_tuple_new(size_t len);                  /* new reference; items NULL, fill with MO_TUPLE_SET */
MoObject *mo_tuple_from_array(MoObject *const *items, size_t len); /* new reference; increfs items */
MoObject *mo_tuple_pack(size_t n, ...);              /* new reference; increfs the n MoObject * args */
#define MO_TUPLE(o) ((MoTuple *)(o))
#define MO_TUPLE_LEN(o) (((MoTuple *)(o))->len)
#define MO_TUPLE_ITEM(o, i) (((MoTuple *)(o))->items[i])          /* borrowed */
#define MO_TUPLE_SET(o, i, v) (((MoTuple *)(o))->items[i] = (v))  /* steals v */

/* ---- list (objects/list.c) ------------------------------------------------------------------- */

typedef struct MoList { MO_HEAD; size_t len, cap; MoObject **items; } MoList;
MoObject *mo_list_new(size_t len);                   /* new reference; len NULL items to fill with MO_LIST_SET */
MoObject *mo_list_from_array(MoObject *const *items, size_t len); /* new reference; increfs items */
int mo_list_append(MoObject *list, MoObject *item);  /* increfs item; 0 or -1 */
MoObject *mo_list_as_tuple(MoObject *list);          /* new reference */
int mo_list_sort(MoObject *list, MoObject *key, bool reverse); /* list.sort semantics; 0 or -1 */
/* Sorts list (exact) as list.sort(key=...) would, with the keys already computed: keys is a list
 * as long as list (not list itself); keys[i] belongs to list[i]. 0, or -1 with an exception. */
int mo_list_sort_keys(MoObject *list, MoObject *keys, bool reverse);
#define MO_LIST(o) ((MoList *)(o))
#define MO_LIST_LEN(o) (((MoList *)(o))->len)
#define MO_LIST_ITEM(o, i) (((MoList *)(o))->items[i])            /* borrowed */
#define MO_LIST_SET(o, i, v) (((MoList *)(o))->items[i] = (v))    /* steals v */

/* ---- dict (objects/dict.c): insertion-ordered hash table ----------------------------------- */

MoObject *mo_dict_new(void);                         /* new reference */
MoObject *mo_dict_get(MoObject *d, MoObject *key);   /* borrowed or NULL; NULL with exception if key unhashable/eq failed */
MoObject *mo_dict_get_str(MoObject *d, const char *key); /* borrowed or NULL (no exception) */
int mo_dict_set(MoObject *d, MoObject *key, MoObject *value); /* increfs both; 0 or -1 */
int mo_dict_set_str(MoObject *d, const char *key, MoObject *value);
int mo_dict_del(MoObject *d, MoObject *key);         /* 0, or -1 with KeyError */
size_t mo_dict_len(MoObject *d);
/* Iterates: *pos starts at 0; returns false at the end; key/value are borrowed. */
bool mo_dict_next(MoObject *d, size_t *pos, MoObject **key, MoObject **value);
MoObject *mo_dict_copy(MoObject *d);                 /* new reference */
#define MO_DICT_CHECK(o) mo_isinstance_type(MO(o), &mo_dict_type)

/* ---- range and slice ----------------------------------------------------------------------- */

MoObject *mo_range_new(MoObject *start, MoObject *stop, MoObject *step); /* new reference */
typedef struct MoSlice { MO_HEAD; MoObject *start, *stop, *step; } MoSlice;
MoObject *mo_slice_new(MoObject *start, MoObject *stop, MoObject *step); /* new reference; NULLs mean None */
/* Resolves a slice against a sequence length: 0 or -1; *count is the number of items selected. */
int mo_slice_indices(MoObject *slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *count);

/* Like mo_slice_indices for a mutable container: reads *live_length only after the slice's
 * __index__ calls have run (they may resize the container), as CPython's PySlice_AdjustIndices. */
int mo_slice_indices_live(MoObject *slice, const size_t *live_length, int64_t *start, int64_t *stop, int64_t *step,
                          int64_t *count);

/* ---- builtin functions and method descriptors ----------------------------------------------- */

typedef struct MoBuiltinFunction {
    MO_HEAD;
    const MoMethodDef *def;
    MoObject *self; /* bound receiver, or NULL */
} MoBuiltinFunction;
MoObject *mo_builtin_function_new(const MoMethodDef *def, MoObject *self); /* new reference */

/* Argument parsing for builtins: checks counts and fills outs from positional and keyword args.
 * `spec` is like "name|opt1,opt2" ... see args.c. Returns 0 or -1 with TypeError. */
int mo_parse_args(const char *fname, MoObject *const *args, size_t nargs, MoObject *kwnames,
                  const char *const *names, size_t nrequired, size_t npos_only, MoObject **outs, size_t nouts);

/* ---- Exceptions (objects/exceptions.c) ------------------------------------------------------- */

typedef struct MoException {
    MO_HEAD;
    MoObject *dict;       /* instance attributes */
    MoObject *args;       /* tuple */
    MoObject *traceback;  /* traceback object or NULL */
    MoObject *cause;      /* __cause__ or NULL */
    MoObject *context;    /* __context__ or NULL */
    MoObject *notes;      /* list from add_note or NULL */
    bool suppress_context;
} MoException;

/* The builtin exception hierarchy as an X-macro: X(c_name, python_name, base_c_name). */
#define MO_EXCEPTION_TYPES(X) \
    X(BaseException, "BaseException", object) \
    X(SystemExit, "SystemExit", BaseException) \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException) \
    X(GeneratorExit, "GeneratorExit", BaseException) \
    X(Exception, "Exception", BaseException) \
    X(StopIteration, "StopIteration", Exception) \
    X(StopAsyncIteration, "StopAsyncIteration", Exception) \
    X(ArithmeticError, "ArithmeticError", Exception) \
    X(FloatingPointError, "FloatingPointError", ArithmeticError) \
    X(OverflowError, "OverflowError", ArithmeticError) \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError) \
    X(AssertionError, "AssertionError", Exception) \
    X(AttributeError, "AttributeError", Exception) \
    X(BufferError, "BufferError", Exception) \
    X(EOFError, "EOFError", Exception) \
    X(ImportError, "ImportError", Exception) \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError) \
    X(LookupError, "LookupError", Exception) \
    X(IndexError, "IndexError", LookupError) \
    X(KeyError, "KeyError", LookupError) \
    X(MemoryError, "MemoryError", Exception) \
    X(NameError, "NameError", Exception) \
    X(UnboundLocalError, "UnboundLocalError", NameError) \
    X(OSError, "OSError", Exception) \
    X(FileExistsError, "FileExistsError", OSError) \
    X(FileNotFoundError, "FileNotFoundError", OSError) \
    X(IsADirectoryError, "IsADirectoryError", OSError) \
    X(NotADirectoryError, "NotADirectoryError", OSError) \
    X(PermissionError, "PermissionError", OSError) \
    X(TimeoutError, "TimeoutError", OSError) \
    X(ConnectionError, "ConnectionError", OSError) \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError) \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError) \
    X(BlockingIOError, "BlockingIOError", OSError) \
    X(ChildProcessError, "ChildProcessError", OSError) \
    X(InterruptedError, "InterruptedError", OSError) \
    X(ProcessLookupError, "ProcessLookupError", OSError) \
    X(ReferenceError, "ReferenceError", Exception) \
    X(RuntimeError, "RuntimeError", Exception) \
    X(NotImplementedError, "NotImplementedError", RuntimeError) \
    X(RecursionError, "RecursionError", RuntimeError) \
    X(SyntaxError, "SyntaxError", Exception) \
    X(IndentationError, "IndentationError", SyntaxError) \
    X(TabError, "TabError", IndentationError) \
    X(SystemError, "SystemError", Exception) \
    X(TypeError, "TypeError", Exception) \
    X(ValueError, "ValueError", Exception) \
    X(UnicodeError, "UnicodeError", ValueError) \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError) \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError) \
    X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError) \
    X(Warning, "Warning", Exception) \
    X(UserWarning, "UserWarning", Warning) \
    X(DeprecationWarning, "DeprecationWarning", Warning) \
    X(RuntimeWarning, "RuntimeWarning", Warning) \
    X(BytesWarning, "BytesWarning", Warning) \
    X(EncodingWarning, "EncodingWarning", Warning) \
    X(FutureWarning, "FutureWarning", Warning) \
    X(ImportWarning, "ImportWarning", Warning) \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning) \
    X(ResourceWarning, "ResourceWarning", Warning) \
    X(SyntaxWarning, "SyntaxWarning", Warning) \
    X(UnicodeWarning, "UnicodeWarning", Warning) \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException) \
    X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup)

#define MO_DECLARE_EXC(c, py, base) extern MoType mo_##c;
MO_EXCEPTION_TYPES(MO_DECLARE_EXC)
#undef MO_DECLARE_EXC

/* Creates an exception instance of type with args (borrowed tuple, may be NULL): new reference. */
MoObject *mo_exception_new(MoType *type, MoObject *args);

/* Returns the exception's message as str(exc) would: new reference. */
MoObject *mo_exception_str(MoObject *exc);

#define MO_EXC(o) ((MoException *)(o))
#define MO_EXC_CHECK(o) mo_isinstance_type(MO(o), &mo_BaseException)

/* ---- Formatting and builtins (core) ------------------------------------------------------- */

/* format(obj, spec): calls the type's __format__ (the format-spec mini-language for int, float,
 * str; empty spec means str(obj)). spec is a str object. New reference. */
MoObject *mo_object_format(MoObject *obj, MoObject *spec);

/* Fills a builtins dict with every builtin function, type and exception class: 0 or -1. */
int mo_builtins_fill(MoObject *dict);

/* ---- Runtime ---------------------------------------------------------------------------------- */

/* Prepares every builtin type and immortal object once per process: 0 or -1. Idempotent. */
int mo_runtime_init(void);

/* (runtime) The name of exception class t as a traceback's last line shows it: __qualname__,
 * prefixed with __module__ and a dot outside builtins and __main__. New str reference or NULL. */
MoObject *mo_exception_type_name(MoType *t);

/* ---- types: containers, str helpers and iterators (owned by the types team) ------------------- */

extern MoType mo_set_type, mo_frozenset_type, mo_bytearray_type;
extern MoType mo_str_iter_type, mo_bytes_iter_type, mo_list_iter_type, mo_list_reviter_type;
extern MoType mo_tuple_iter_type, mo_range_iter_type, mo_set_iter_type;
extern MoType mo_dict_keys_type, mo_dict_values_type, mo_dict_items_type;
extern MoType mo_dict_keyiter_type, mo_dict_valueiter_type, mo_dict_itemiter_type, mo_dict_revkeyiter_type;
extern MoType mo_enumerate_type, mo_zip_type, mo_map_type, mo_filter_type, mo_reversed_type;

/* Every static type defined by the types team, NULL-terminated (runtime.c readies them all). */
extern MoType *const mo_types_static_types[];

/* Per-process set-up of the types team's objects after the types are ready: 0 or -1. */
int mo_types_init(void);

/* Marks o as being repr'd: 0 if entered, 1 if o is already being repr'd (print "[...]"),
 * -1 on error (RecursionError). Call mo_repr_leave(o) after a 0 result. */
int mo_repr_enter(MoObject *o);

/* Ends the repr of o begun by a mo_repr_enter that returned 0. */
void mo_repr_leave(MoObject *o);

/* Returns a new reference to the one-character str for code point cp (cp <= 0x10FFFF). */
MoObject *mo_str_from_codepoint(uint32_t cp);

/* Returns the number of code points of str s. */
size_t mo_str_len(MoObject *s);

/* sep.join(iterable): new reference or NULL (TypeError for non-str items, as CPython). */
MoObject *mo_str_join(MoObject *sep, MoObject *iterable);

/* str % args (printf-style formatting): new reference or NULL. */
MoObject *mo_str_percent_format(MoObject *format, MoObject *args);

/* format_str.format(*args, **kwargs) with kwargs a dict or NULL: new reference or NULL. */
MoObject *mo_str_format_call(MoObject *format, MoObject *const *args, size_t nargs, MoObject *kwargs);

/* Returns the repr of the str s (CPython quoting rules): new reference or NULL. */
MoObject *mo_str_repr(MoObject *s);

/* Returns a new reference to the bytearray holding a copy of data[0..len), or NULL. */
MoObject *mo_bytearray_new(const uint8_t *data, size_t len);

/* Appends every item of iterable to list: 0 or -1. */
int mo_list_extend(MoObject *list, MoObject *iterable);

/* list(iterable): new reference or NULL. */
MoObject *mo_sequence_list(MoObject *iterable);

/* tuple(iterable): new reference (the same tuple if already an exact tuple) or NULL. */
MoObject *mo_sequence_tuple(MoObject *iterable);

/* Returns 1 if key is in dict d, 0 if not, -1 on error (unhashable key, failing __eq__). */
int mo_dict_contains(MoObject *d, MoObject *key);

/* Removes key from d and returns its value (new reference); if missing returns a new reference to
 * dflt, or NULL with KeyError(key) when dflt is NULL. */
MoObject *mo_dict_pop(MoObject *d, MoObject *key, MoObject *dflt);

/* d.update(other): other is a mapping (has keys()) or an iterable of pairs: 0 or -1. */
int mo_dict_update(MoObject *d, MoObject *other);

/* Merges mapping other into d. If override is false, existing keys are kept; if it is 2, a
 * duplicate key raises KeyError(key) (for f(**a, **b) the VM rewrites the message): 0 or -1. */
int mo_dict_merge(MoObject *d, MoObject *other, int override);

/* Returns a new list of d's keys in order (new reference) or NULL. */
MoObject *mo_dict_keys_list(MoObject *d);

/* Removes every item of d. */
void mo_dict_clear(MoObject *d);

/* Creates a set (frozen=false) or frozenset from iterable (NULL: empty): new reference or NULL. */
MoObject *mo_set_new(MoObject *iterable, bool frozen);

/* Adds key to a set (or a frozenset under construction): 0 or -1 (unhashable key). */
int mo_set_add(MoObject *set, MoObject *key);

/* set.update(iterable) for one iterable, with CPython's bulk paths (a set or dict argument presizes
 * the table, so the resulting iteration order matches CPython's SET_UPDATE): 0 or -1. */
int mo_set_update(MoObject *set, MoObject *iterable);

/* Returns 1 if key is in the set or frozenset, 0 if not, -1 on error. */
int mo_set_contains(MoObject *set, MoObject *key);

/* Returns the number of elements of a set or frozenset. */
size_t mo_set_len(MoObject *set);

/* Iterates a set in table order: *pos starts at 0; false at the end; *key borrowed. */
bool mo_set_next(MoObject *set, size_t *pos, MoObject **key);

#define MO_SET_CHECK(o) (mo_isinstance_type(MO(o), &mo_set_type) || mo_isinstance_type(MO(o), &mo_frozenset_type))

/* Iterator constructors for builtins.c (the types' vnew do the same with argument checking);
 * all return a new reference or NULL. start may be NULL (0); iterables are borrowed. */
MoObject *mo_enumerate_new(MoObject *iterable, MoObject *start);
MoObject *mo_zip_new(MoObject *const *iterables, size_t n, bool strict);
MoObject *mo_map_new(MoObject *func, MoObject *const *iterables, size_t n);
MoObject *mo_filter_new(MoObject *func_or_None, MoObject *iterable);
MoObject *mo_reversed_new(MoObject *seq); /* reversed(seq): __reversed__, or the sequence protocol */

/* Which of the lazy builtin iterators an object is (exact types only), for the VM's inline
 * iteration of them (vm.c, "pausable builtins"). */
typedef enum { MO_LAZY_NONE = 0, MO_LAZY_MAP, MO_LAZY_FILTER, MO_LAZY_ZIP, MO_LAZY_ENUMERATE } MoLazyIterKind;

/* The parts of a map, filter, zip or enumerate object, all borrowed: func (map's function,
 * filter's predicate with bool given as None; NULL for zip and enumerate), its (map and zip: the
 * tuple of iterators, NULL once a zip is exhausted; filter and enumerate: the iterator), strict
 * (zip), and pausable, a byte the VM caches its decision in (0 not decided yet). */
typedef struct {
    MoLazyIterKind kind;
    MoObject *func;
    MoObject *its;
    bool strict;
    uint8_t *pausable;
} MoLazyIterParts;

/* Fills *p and returns 1 when o is exactly a map, filter, zip or enumerate object; 0 otherwise. */
int mo_lazy_iter_parts(MoObject *o, MoLazyIterParts *p);

/* The next item of enumerate object e made from item (the reference is stolen): a new
 * (index, item) tuple, the index advanced; NULL with an exception. */
MoObject *mo_enumerate_pair(MoObject *e, MoObject *item);

/* Resolves a possibly negative index against len for o[i]: 0 with *out in [0, len), or -1 with
 * IndexError("<what> index out of range"). */
int mo_seq_index(int64_t i, size_t len, const char *what, size_t *out);

/* Converts a slice-index object (int, __index__, None) to int64, clamping huge ints as CPython:
 * 0 or -1 with TypeError "slice indices must be integers or None or have an __index__ method". */
int mo_slice_index_clamped(MoObject *o, int64_t *out);

/* ---- vm: functions, code, cells, methods, tracebacks, generators (owned by the vm team) ------- */

extern MoType mo_function_type, mo_code_type, mo_cell_type, mo_method_type, mo_extfunc_type;
extern MoType mo_traceback_type, mo_generator_type, mo_classmethod_type, mo_staticmethod_type;
extern MoType mo_property_type;

/* Every static type defined by the vm team, NULL-terminated (runtime.c readies them all). */
extern MoType *const mo_vm_static_types[];

/* Creates a bound method binding self to func (both borrowed): new reference or NULL. */
MoObject *mo_method_new(MoObject *func, MoObject *self);

/* Returns the name of the innermost running Python function (borrowed str) or NULL; used by
 * zero-argument super() together with mo_vm_super_args. */
MoObject *mo_vm_current_function_name(void);

/* For zero-argument super(): fills *cls (the __class__ cell's content) and *self (the first
 * argument) of the innermost Python frame, both borrowed: 0, or -1 with RuntimeError set as
 * CPython ("super(): no arguments", "super(): __class__ cell not found"). */
int mo_vm_super_args(MoObject **cls, MoObject **self);

/* locals() of the innermost Python frame: its namespace dict for module and class bodies (new
 * reference to that dict), else a new dict snapshot of the bound locals, cells and free
 * variables. NULL with RuntimeError when no Python frame runs. */
MoObject *mo_vm_locals(void);

/* globals() of the running Python frame (its module's dict), new reference; the run's main
 * globals when no frame runs. */
MoObject *mo_vm_globals(void);

/* ---- parse: what the parser needs from core (requested in notes/requests-core.md) -------------- */

/* Converts the decimal floating-point text s[0..len) (digits with an optional '.' and an optional
 * exponent such as "1.5e-3", ".5", "1."; no sign, underscores or spaces) to the correctly rounded
 * double, +inf on overflow (as CPython's float literals). Returns false if the text is not of that
 * form. Implemented by core in src/core/dtoa.c (the one place strtod is allowed). */
bool mo_parse_double(const char *s, size_t len, double *out);

/* ---- core additions (owner: core) ------------------------------------------------------------ */

/* Creates the immortal MemoryError instance raised by mo_err_nomemory (runtime start-up): 0 or -1. */
int mo_errors_init(void);

/* Encodes code point cp as UTF-8 into out (4 bytes room); returns the number of bytes written. */
size_t mo_utf8_encode(uint32_t cp, char *out);

/* The identity hash every type inherits from object (CPython's rotated pointer): always 0. */
int mo_object_identity_hash(MoObject *o, int64_t *out);

/* Allocates a bare instance of t (GC-tracked if t has MO_TPFLAG_GC, zeroed): new reference. */
MoObject *mo_object_alloc_instance(MoType *t);

/* Creates a method descriptor (what `list.append` is) for def owned by owner: new reference. */
MoObject *mo_method_descr_new(MoType *owner, const MoMethodDef *def);

/* Creates a getset descriptor for def owned by owner: new reference. */
MoObject *mo_getset_descr_new(MoType *owner, const MoGetSetDef *def);

/* The types of slot wrappers (`int.__add__`) and bound slot wrappers (`(1).__add__`). */
extern MoType mo_wrapper_descr_type, mo_method_wrapper_type;

/* Creates a class as `type(name, bases, dict)` would (class statement): new reference or NULL.
 * Instances get an attribute dict; the class's Python dunders (__init__, __repr__, __eq__,
 * __add__, __len__, __iter__, ...) are wired to the C slots. */
MoObject *mo_type_new_class(MoObject *name, MoObject *bases, MoObject *dict);

/* o.__index__() as an int object (new reference), or NULL with TypeError
 * "'float' object cannot be interpreted as an integer". */
MoObject *mo_number_index(MoObject *o);

/* Converts an int, bool or float (or an object with __float__/__index__) to a C double: 0 or -1
 * with TypeError "must be real number, not str" or OverflowError. */
int mo_number_as_double(MoObject *o, double *out);

/* int(x) / float(x) as the builtins do them: new reference. */
MoObject *mo_number_int(MoObject *o);
MoObject *mo_number_float(MoObject *o);

/* Parses a float() argument: "1.5", " -inf ", "1_000.5", "nan". New float reference, or NULL with
 * ValueError "could not convert string to float: '...'" (repr of the whole original string). */
MoObject *mo_float_from_string(const char *s, size_t len);

/* abs(x) for numbers and objects with __abs__: new reference. */
MoObject *mo_number_abs(MoObject *o);

/* pow(base, exp, mod) for ints (mod may be NULL or None): new reference. */
MoObject *mo_int_pow3(MoObject *base, MoObject *exp, MoObject *mod);

/* bin/oct/hex of an int (base 2, 8, 16) with the 0b/0o/0x prefix: new str. */
MoObject *mo_int_to_prefixed(MoObject *o, int base);

/* divmod(a, b) for int/float: new tuple reference, or mo_NotImplemented. */
MoObject *mo_number_divmod(MoObject *a, MoObject *b);

/* round(x, ndigits) for int and float (ndigits NULL = omitted): new reference. */
MoObject *mo_number_round(MoObject *x, MoObject *ndigits);

/* The format-spec mini-language (formatspec.c) for int, float and str: new str reference. */
MoObject *mo_format_int(MoObject *value, MoObject *spec);
MoObject *mo_format_float(MoObject *value, MoObject *spec);
MoObject *mo_format_str(MoObject *value, MoObject *spec);

/* Formats double v like repr(), or with C-printf-style code 'e','f','g','r' (r = repr) and
 * precision (dtoa.c). Writes NUL-terminated ASCII into buf (cap >= 32, more for 'f' with big
 * values); returns the length, or 0 if it did not fit. */
size_t mo_dtoa(double v, char code, int precision, char *buf, size_t cap);

/* Parses a decimal float (ASCII, no underscores, may be "inf"/"nan"); returns false if s[0..n) is
 * not exactly one float literal. */
bool mo_strtod(const char *s, size_t n, double *out);

/* The hash of a double exactly as CPython computes it (ints equal to it hash the same). */
int64_t mo_hash_double(double v);

/* ---- core additions, part 2 (owner: core) ------------------------------------------------------ */

/* Looks a special method up on type(o) (not the instance) and binds it to o: new reference, or
 * NULL without an exception when the type has none (or it is None), NULL with one on error. */
MoObject *mo_lookup_special(MoObject *o, const char *name);

/* Escapes every non-ASCII code point of str s as \xNN, \uNNNN or \UNNNNNNNN: new reference. */
MoObject *mo_ascii_escape(MoObject *s);

/* The iterator over an object that only has __getitem__ (old sequence protocol). */
extern MoType mo_seqiter_type;

/* The `super` type (builtins.c); readied by mo_builtins_fill if the runtime has not done it. */
extern MoType mo_super_type;

/* list[int] and friends: a types.GenericAlias for the builtin generic classes (new reference), or
 * TypeError "type 'int' is not subscriptable" for any other type. */
MoObject *mo_generic_alias_new(MoObject *origin, MoObject *item);
extern MoType mo_generic_alias_type;

/* types.UnionType (int | None): `a | b` for classes, None, generic aliases and unions; new
 * reference, or mo_NotImplemented (new reference) when an operand cannot be a union member. */
MoObject *mo_union_or(MoObject *a, MoObject *b);
/* The members of a union as a tuple (borrowed), or NULL when o is not a union. */
MoObject *mo_union_args(MoObject *o);
extern MoType mo_union_type;

/* Gives ExceptionGroup its second base (bases (BaseExceptionGroup, Exception), so `except
 * Exception` catches it); idempotent, builds immortal objects. 0 or -1. */
int mo_exception_group_ready(void);

/* The read-only view returned by cls.__dict__ (vars(cls)). */
extern MoType mo_mappingproxy_type;

/* o's instance attribute dict, wherever it lives (inline at type->dict_offset, or the side table
 * of a str/bytes/tuple subclass): borrowed, or NULL when o has none (yet). Never raises. */
MoObject *mo_instance_dict(MoObject *o);

/* obj.__class__ = v with CPython's rules (heap types of the same layout only): 0 or -1. */
int mo_object_set_class(MoObject *o, MoObject *v);

/* dir(obj) as the builtin computes it (sorted list of str): new reference or NULL. */
MoObject *mo_dir(MoObject *obj);

/* The closest match to name among candidates (a list, tuple or dict of str) by CPython 3.11's
 * "Did you mean" rule: new reference, or NULL (never an exception) when nothing is close. */
MoObject *mo_suggest_name(MoObject *name, MoObject *candidates);

/* For an AttributeError carrying name/obj (every one leaving mo_getattr does): the suggested
 * attribute (new str reference) or NULL. The traceback's last line then ends in
 * ". Did you mean: 'append'?". Leaves the current exception untouched. */
MoObject *mo_attribute_error_suggestion(MoObject *exc);

/* For running a class's __init__ inline in the VM loop (so host calls work inside __init__): if
 * calling cls is "allocate without Python code, then call a Python __init__ function", returns the
 * new instance (new reference) and sets *init to that function (borrowed); the caller must then
 * call init(instance, *args, **kw) and raise TypeError "__init__() should return None, not 'T'"
 * for a non-None result. Returns NULL with *init NULL and no exception when cls needs the
 * ordinary call (then use mo_call), or NULL with an exception on error. */
MoObject *mo_type_prepare_init(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kwnames,
                               MoObject **init);

/* The C slots type.c may fill with a dispatcher to a dunder defined in Python (vm: the VM runs
 * such dunders as inline frames, so host calls inside them can pause the run). */
typedef enum MoPySlot {
    MO_PYSLOT_GETITEM,  /* __getitem__ */
    MO_PYSLOT_SETITEM,  /* __setitem__ / __delitem__ */
    MO_PYSLOT_CONTAINS, /* __contains__ */
    MO_PYSLOT_ITER,     /* __iter__ */
    MO_PYSLOT_ITERNEXT, /* __next__ */
    MO_PYSLOT_CALL,     /* __call__ */
    MO_PYSLOT_DESCR_GET, /* __get__ */
    MO_PYSLOT_RICHCOMPARE, /* __lt__, __le__, __eq__, __ne__, __gt__, __ge__ */
} MoPySlot;

/* Whether t's slot s is type.c's dispatcher to the Python dunder (looked up along the MRO at each
 * use), so that calling that dunder directly is exactly what the slot would do. */
bool mo_type_slot_is_python(MoType *t, MoPySlot s);

/* For the VM's inline __getattr__: if t resolves attributes through type.c's hook dispatcher with
 * no Python __getattribute__, its Python function __getattr__ (borrowed), which the dispatcher
 * calls as __getattr__(self, name) when the ordinary lookup (the solid base's getattr, or the
 * generic one) raises AttributeError; else NULL. */
MoObject *mo_type_getattr_hook(MoType *t);

/* ---- numbers: helpers shared by int.c, float.c, number.c and formatspec.c (owner: numbers) ---- */

/* Compares int i with double f exactly: -1, 0 or 1 (i < f, ==, >), or 2 if f is a NaN. */
int mo_int_compare_double(MoObject *i, double f);

/* divmod(a, b) of two ints (floor semantics): new (q, r) tuple, or NULL (ZeroDivisionError). */
MoObject *mo_int_divmod(MoObject *a, MoObject *b);

/* x ** y for floats with CPython's errors (ZeroDivisionError for 0.0 ** negative, OverflowError
 * "(34, 'Numerical result out of range')"); a negative base with a fractional exponent gives a
 * complex, as CPython: new float (or complex) reference or NULL. */
MoObject *mo_float_pow_values(double x, double y);

/* divmod(a, b) when a or b is a float (the other a float or int): new (q, r) tuple, NULL with
 * ZeroDivisionError "float divmod()", or a new reference to mo_NotImplemented. */
MoObject *mo_float_divmod(MoObject *a, MoObject *b);

/* mo_dtoa with the '#' flag (alt: keep the point and trailing zeros) and one more code: 'p' is
 * format()'s empty presentation type with a precision (like 'g', but "12.0" keeps ".0" and the
 * exponent form starts at 10**(precision-1)). */
size_t mo_dtoa_ex(double v, char code, int precision, bool alt, char *buf, size_t cap);

/* For int()/float() of a str: if the UTF-8 text s[0..n) has non-ASCII characters, returns a new
 * mo_alloc'd copy with Unicode whitespace turned into ' ' and Unicode decimal digits into ASCII
 * digits ('\u0663' -> '3'), other characters kept (*outn = its length; free with mo_free).
 * Returns NULL when the text is pure ASCII (nothing to do) or on allocation failure (no error). */
char *mo_number_ascii_text(const char *s, size_t n, size_t *outn);

/* Parses float.fromhex() text ("0x1.8p1", "-1p-3", " inf ", surrounding whitespace allowed),
 * correctly rounded: 0 ok, 1 too large (*out is inf), -1 invalid syntax, -2 out of memory. */
int mo_strtod_hex(const char *s, size_t n, double *out);

/* ---- complex (objects/complex.c, cmath in modules/cmath.c; owner: numbers) -------------------- */

/* A complex number: two IEEE doubles. */
typedef struct MoComplex { MO_HEAD; double real, imag; } MoComplex;

/* The type complex. */
extern MoType mo_complex_type;

/* True if o is a complex (or an instance of a subclass). */
#define MO_COMPLEX_CHECK(o) mo_isinstance_type(MO(o), &mo_complex_type)

/* Creates complex(real, imag): new reference or NULL. */
MoObject *mo_complex_new(double real, double imag);

/* (ar + ai*j) ** (br + bi*j) with CPython's errors (ZeroDivisionError "0.0 to a negative or
 * complex power", OverflowError "complex exponentiation"): new complex reference or NULL. */
MoObject *mo_complex_pow_values(double ar, double ai, double br, double bi);

/* Converts o to a C complex as CPython's PyComplex_AsCComplex: a complex, o.__complex__(), or a
 * real number (float, int, __float__, __index__): 0, or -1 with TypeError/OverflowError. */
int mo_complex_as_parts(MoObject *o, double *real, double *imag);

/* The format-spec mini-language for complex (formatspec.c): new str reference or NULL. */
MoObject *mo_format_complex(MoObject *value, MoObject *spec);

/* The C part of module cmath (registry.c). */
int mo_module_cmath_init(MoObject *module, MoObject *dict);

/* ---- modules: module objects and the import system (owner: modules, src/vm/import.c) ---------- */

/* The type of module objects (repr "<module 'math' (built-in)>"). */
extern MoType mo_module_type;

/* Readies mo_module_type once per process (runtime start-up may call it): 0 or -1. */
int mo_modules_init(void);

/* Creates an empty module named name (borrowed str) with __name__/__doc__/... set: new reference. */
MoObject *mo_module_new(MoObject *name);

/* Returns the attribute dict of a module (borrowed). */
MoObject *mo_module_dict(MoObject *module);

/* Returns true if o is a module object. */
bool mo_module_check(MoObject *o);

/* Returns the module called name if this run imported it already (borrowed), else NULL; never
 * raises (tracebacks use it to find an embedded module's globals). */
MoObject *mo_modules_lookup_cached(const char *name);

/* IMPORT_NAME: imports the dotted module name (each prefix in turn) through the run's module
 * cache; returns the top-level module when fromlist is NULL/None/empty, else the named module
 * itself (new reference). level > 0 raises ImportError "attempted relative import with no known
 * parent package"; unknown names raise ModuleNotFoundError "No module named 'x'". */
MoObject *mo_import_name(MoObject *name, MoObject *fromlist, int64_t level);

/* IMPORT_FROM: module.name, or ImportError "cannot import name 'y' from 'a' (unknown location)":
 * new reference. */
MoObject *mo_import_from(MoObject *module, MoObject *name);

/* IMPORT_STAR: binds module's public names (its __all__, else names not starting with '_') in
 * the mapping ns: 0 or -1. */
int mo_import_star(MoObject *module, MoObject *ns);

/* The builtin __import__(name, globals=None, locals=None, fromlist=(), level=0) (for builtins.c):
 * new reference. */
MoObject *mo_builtin_import(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* ---- async: coroutines, the await protocol, host calls in coroutines (owner: async,
 * src/vm/coroutine.c; api.c part owner: runtime) ------------------------------------------------ */
struct MoFrame;

/* The type of coroutine objects (async def), of the awaitable a host function returns when called
 * from a coroutine, and of asyncio's private batch-wait object. */
extern MoType mo_coroutine_type, mo_host_call_type, mo_host_wait_type;

/* Wraps a new generator over frame f (stolen) in a coroutine: new reference or NULL. */
MoObject *mo_coroutine_new(struct MoFrame *f);

/* Whether generator gen (a mo_generator_type object) has finished (generator.c, vm). */
bool mo_generator_finished(MoObject *gen);

/* GET_AWAITABLE: the iterator `await o` drives (a coroutine's generator, or o.__await__()): new
 * reference, or NULL with CPython's TypeError/RuntimeError. */
MoObject *mo_coro_get_awaitable_iter(MoObject *o);

/* GET_AITER: o.__aiter__() checked to have __anext__: new reference or NULL. */
MoObject *mo_coro_get_aiter(MoObject *o);

/* GET_ANEXT: the awaitable iterator of aiter.__anext__() (aiter borrowed): new reference or NULL. */
MoObject *mo_coro_get_anext(MoObject *aiter);

/* BEFORE_ASYNC_WITH: *exit_out = bound mgr.__aexit__, *iter_out = the awaitable iterator of
 * mgr.__aenter__() (both new references): 0, or -1 with CPython's TypeError. */
int mo_coro_before_async_with(MoObject *mgr, MoObject **exit_out, MoObject **iter_out);

/* The awaitable a host function called from a coroutine frame returns instead of pausing: new
 * reference or NULL. args as for a CALL (nargs positional, then one per name in kwnames). */
MoObject *mo_host_call_new(MoObject *name, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* For the VM's CALL of asyncio's `_wait(calls)`: checks the host-call limit and prepares ONE
 * CALL step carrying every call of the list (mo_api_prepare_calls): 0 or -1. */
int mo_host_wait_prepare(MoObject *const *args, size_t nargs, MoObject *kwnames);

/* api.c (runtime): encodes {"calls": [n entries with consecutive ids]} (names str, args tuples,
 * kwargs dicts) as the pending step; moat_resume then needs an answer for every id and resumes
 * the VM with a list of n tuples (True, value) / (False, exception instance): 0 or -1. */
int mo_api_prepare_calls(size_t n, MoObject *const *names, MoObject *const *args, MoObject *const *kwargs);

/* Async generators: the generator type, the awaitable of __anext__/asend/athrow/aclose, and the
 * marker wrapping a value of `yield` (ASYNC_GEN_WRAP) so it is told apart from an inner await. */
extern MoType mo_async_gen_type, mo_async_gen_asend_type, mo_async_gen_wrapped_type;

/* Wraps a new generator over frame f (stolen) in an async generator: new reference or NULL. */
MoObject *mo_async_gen_new(struct MoFrame *f);

/* ASYNC_GEN_WRAP: value (borrowed) marked as yielded by an async generator: new reference. */
MoObject *mo_async_gen_wrap(MoObject *value);

/* The C part of module asyncio (registry.c). */
int mo_module_asyncio_init(MoObject *module, MoObject *dict);

#endif

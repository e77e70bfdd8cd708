/*
 * type.c: the `type` type, type readiness, attribute lookup along the MRO, generic attribute
 * access, and slot wrappers.
 *
 * Builtin types are static MoType structs. mo_type_ready turns one into a complete class once per
 * process: it readies the base, computes bases/mro, inherits the C slots the type leaves NULL, and
 * fills the type's dict with method descriptors (from `methods`), getset descriptors (from
 * `getsets`), and *slot wrappers* for the slots the type defines itself, so that `int.__add__`,
 * `hasattr(x, '__len__')` and `object.__repr__(x)` behave as in CPython. A slot wrapper remembers
 * its owner type and calls *that* type's slot, which is what makes `object.__repr__(5)` give the
 * object repr rather than '5'.
 *
 * Slot inheritance follows CPython's rules where they are visible: `hash` is inherited only by a
 * type that overrides neither hash nor richcompare (so list, which defines comparison, stays
 * unhashable), and `str` only by a type that defines neither str nor repr (a NULL str slot means
 * "use repr", so bool's repr is used for str(True) rather than int's).
 */
#include <stddef.h>
#include <string.h>

#include "alloc.h"
#include "object.h"
#include "state.h"

/* ---- subtype checks and lookup ------------------------------------------------------------ */

bool mo_type_is_subtype(MoType *a, MoType *b) {
    if (a == b) return true;
    if (a->mro) {
        MoTuple *mro = MO_TUPLE(a->mro);
        for (size_t i = 0; i < mro->len; i++)
            if (mro->items[i] == MO(b)) return true;
        return false;
    }
    for (MoType *t = a->base; t; t = t->base)
        if (t == b) return true;
    return b == &mo_object_type;
}

bool mo_isinstance_type(MoObject *o, MoType *t) { return o->type == t || mo_type_is_subtype(o->type, t); }

MoObject *mo_type_lookup(MoType *t, MoObject *name) {
    /* A NULL name is a failed mo_str_intern (memory limit): its exception is already set. */
    if (!name) return NULL;
    /* Lookups happen while an exception is pending too (slot_getattr looks for __getattr__ after
     * an AttributeError): only an error raised by the lookup itself is swallowed. */
    if (mo_err_occurred()) {
        MoObject *pending = mo_err_fetch();
        MoObject *r = mo_type_lookup(t, name);
        mo_err_restore(pending);
        return r;
    }
    if (t->mro) {
        MoTuple *mro = MO_TUPLE(t->mro);
        for (size_t i = 0; i < mro->len; i++) {
            MoType *k = (MoType *)mro->items[i];
            if (!k->dict) continue;
            MoObject *v = mo_dict_get(k->dict, name);
            if (v) return v;
            if (mo_err_occurred()) mo_err_clear();
        }
        return NULL;
    }
    for (MoType *k = t; k; k = k->base) {
        if (!k->dict) continue;
        MoObject *v = mo_dict_get(k->dict, name);
        if (v) return v;
        if (mo_err_occurred()) mo_err_clear();
    }
    return NULL;
}

/* A class created at run time (class statement or type(name, bases, dict)). Its name storage is
 * the str object it holds; everything else lives in the MoType fields. */
typedef struct SideEntry {
    MoObject *inst; /* NULL: empty; SIDE_TOMB: deleted */
    MoObject *dict; /* owned, may be NULL */
} SideEntry;

typedef struct MoHeapType {
    MoType t;
    MoObject *ht_name; /* str, owned: the __name__; t.name points into it unless ht_tp_name is set */
    MoObject *ht_tp_name; /* str, owned, or NULL: the name core messages show (t.name points into
                             it), for a class of a built-in module standing in for a CPython C
                             type ('collections.deque'); taken from __moat_tp_name__ in its body */
    size_t slots_offset; /* where this class's __slots__ values start in an instance */
    size_t nslots;       /* how many (values are MoObject *, NULL when unset) */
    /* Instances of subclasses of str, bytes and tuple keep their characters/items inline, so
     * their attribute dicts live in this open-addressing table keyed by instance address. */
    bool side_dict;
    SideEntry *side;
    size_t side_cap, side_fill; /* fill counts tombstones too */
} MoHeapType;

static void update_slots(MoType *t);
static void resolve_inherited_slots(MoType *t);

/* ---- slot wrappers -------------------------------------------------------------------------- */

typedef enum {
    W_REPR, W_STR, W_HASH, W_CALL, W_ITER, W_NEXT, W_BOOL, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM,
    W_CONTAINS, W_BINOP, W_RBINOP, W_CMP, W_UNARY, W_GETATTRIBUTE, W_SETATTR, W_DELATTR, W_GET, W_SET,
    W_DELETE, W_IBINOP
} WrapKind;

typedef struct SlotDef {
    const char *name;
    WrapKind kind;
    int op;
} SlotDef;

static const SlotDef slotdefs[] = {
    {"__repr__", W_REPR, 0},
    {"__str__", W_STR, 0},
    {"__hash__", W_HASH, 0},
    {"__call__", W_CALL, 0},
    {"__iter__", W_ITER, 0},
    {"__next__", W_NEXT, 0},
    {"__bool__", W_BOOL, 0},
    {"__len__", W_LEN, 0},
    {"__getitem__", W_GETITEM, 0},
    {"__setitem__", W_SETITEM, 0},
    {"__delitem__", W_DELITEM, 0},
    {"__contains__", W_CONTAINS, 0},
    {"__getattribute__", W_GETATTRIBUTE, 0},
    {"__setattr__", W_SETATTR, 0},
    {"__delattr__", W_DELATTR, 0},
    {"__get__", W_GET, 0},
    {"__set__", W_SET, 0},
    {"__delete__", W_DELETE, 0},
    {"__lt__", W_CMP, MO_LT},
    {"__le__", W_CMP, MO_LE},
    {"__eq__", W_CMP, MO_EQ},
    {"__ne__", W_CMP, MO_NE},
    {"__gt__", W_CMP, MO_GT},
    {"__ge__", W_CMP, MO_GE},
    {"__neg__", W_UNARY, MO_NEG},
    {"__pos__", W_UNARY, MO_POS},
    {"__invert__", W_UNARY, MO_INVERT},
    {"__add__", W_BINOP, MO_ADD},
    {"__radd__", W_RBINOP, MO_ADD},
    {"__sub__", W_BINOP, MO_SUB},
    {"__rsub__", W_RBINOP, MO_SUB},
    {"__mul__", W_BINOP, MO_MUL},
    {"__rmul__", W_RBINOP, MO_MUL},
    {"__matmul__", W_BINOP, MO_MATMUL},
    {"__rmatmul__", W_RBINOP, MO_MATMUL},
    {"__truediv__", W_BINOP, MO_TRUEDIV},
    {"__rtruediv__", W_RBINOP, MO_TRUEDIV},
    {"__floordiv__", W_BINOP, MO_FLOORDIV},
    {"__rfloordiv__", W_RBINOP, MO_FLOORDIV},
    {"__mod__", W_BINOP, MO_MOD},
    {"__rmod__", W_RBINOP, MO_MOD},
    {"__pow__", W_BINOP, MO_POW},
    {"__rpow__", W_RBINOP, MO_POW},
    {"__lshift__", W_BINOP, MO_LSHIFT},
    {"__rlshift__", W_RBINOP, MO_LSHIFT},
    {"__rshift__", W_BINOP, MO_RSHIFT},
    {"__rrshift__", W_RBINOP, MO_RSHIFT},
    {"__and__", W_BINOP, MO_AND},
    {"__rand__", W_RBINOP, MO_AND},
    {"__or__", W_BINOP, MO_OR},
    {"__ror__", W_RBINOP, MO_OR},
    {"__xor__", W_BINOP, MO_XOR},
    {"__rxor__", W_RBINOP, MO_XOR},
    {"__iadd__", W_IBINOP, MO_ADD},
    {"__isub__", W_IBINOP, MO_SUB},
    {"__imul__", W_IBINOP, MO_MUL},
    {"__iand__", W_IBINOP, MO_AND},
    {"__ior__", W_IBINOP, MO_OR},
    {"__ixor__", W_IBINOP, MO_XOR},
    {NULL, W_REPR, 0},
};

/* Which binary operators a builtin type supports, so that e.g. str gets __add__ and __mul__ but
 * no __sub__. Types not listed get every operator (the numeric types). */
static unsigned binop_mask(MoType *t) {
#define B(op) (1u << (op))
    const char *n = t->name;
    if (!strcmp(n, "str") || !strcmp(n, "bytes") || !strcmp(n, "bytearray"))
        return B(MO_ADD) | B(MO_MUL) | B(MO_MOD) | (1u << 20) /* r-forms of mul, mod only */;
    if (!strcmp(n, "list") || !strcmp(n, "tuple")) return B(MO_ADD) | B(MO_MUL) | (1u << 21);
    if (!strcmp(n, "dict")) return B(MO_OR);
    if (!strcmp(n, "set") || !strcmp(n, "frozenset")) return B(MO_SUB) | B(MO_AND) | B(MO_OR) | B(MO_XOR);
    if (!strcmp(n, "float")) return 0xFFFFu & ~(B(MO_MATMUL) | B(MO_LSHIFT) | B(MO_RSHIFT) | B(MO_AND) | B(MO_OR) | B(MO_XOR));
    if (!strcmp(n, "int") || !strcmp(n, "bool")) return 0xFFFFu & ~B(MO_MATMUL);
    return 0xFFFFu;
#undef B
}

static bool binop_wanted(MoType *t, const SlotDef *sd) {
    unsigned m = binop_mask(t);
    if (!(m & (1u << sd->op))) return false;
    if (sd->kind == W_RBINOP) {
        if (m & (1u << 20)) return sd->op == MO_MUL || sd->op == MO_MOD;
        if (m & (1u << 21)) return sd->op == MO_MUL;
    }
    return true;
}

/* The in-place operators CPython's mutable builtins define (list.__iadd__, set.__ior__, ...). */
static bool inplace_wanted(MoType *t, const SlotDef *sd) {
    if (t == &mo_list_type || t == &mo_bytearray_type) return sd->op == MO_ADD || sd->op == MO_MUL;
    if (t == &mo_set_type) return sd->op == MO_OR || sd->op == MO_AND || sd->op == MO_SUB || sd->op == MO_XOR;
    if (t == &mo_dict_type) return sd->op == MO_OR;
    return false;
}

static bool slot_defined(MoType *t, const SlotDef *sd) {
    switch (sd->kind) {
    case W_REPR: return t->repr != NULL;
    case W_STR: return t->str != NULL;
    case W_HASH: return t->hash != NULL;
    case W_CALL: return t->call != NULL;
    case W_ITER: return t->iter != NULL;
    case W_NEXT: return t->iternext != NULL;
    case W_BOOL: return t->truth != NULL;
    case W_LEN: return t->length != NULL;
    case W_GETITEM: return t->getitem != NULL;
    case W_SETITEM:
    case W_DELITEM: return t->setitem != NULL;
    case W_CONTAINS: return t->contains != NULL;
    case W_BINOP:
    case W_RBINOP: return t->binop != NULL && binop_wanted(t, sd);
    case W_IBINOP: return t->binop != NULL && inplace_wanted(t, sd);
    case W_CMP: return t->richcompare != NULL;
    case W_UNARY: return t->unaryop != NULL && (sd->op != MO_INVERT || t == &mo_int_type || t == &mo_bool_type);
    case W_GETATTRIBUTE: return t->getattr != NULL || t == &mo_object_type;
    case W_SETATTR:
    case W_DELATTR: return t->setattr != NULL || t == &mo_object_type;
    case W_GET: return t->descr_get != NULL;
    case W_SET:
    case W_DELETE: return t->descr_set != NULL;
    }
    return false;
}

typedef struct MoSlotWrapper {
    MO_HEAD;
    const SlotDef *sd;
    MoType *owner;
    MoObject *self; /* NULL for the unbound wrapper descriptor */
} MoSlotWrapper;

MoType mo_wrapper_descr_type, mo_method_wrapper_type;

static int check_nargs(const SlotDef *sd, size_t nargs, size_t want, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
        return -1;
    }
    if (nargs != want) {
        mo_err_format(&mo_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static MoObject *int_result_or_null(int rc, int64_t v) { return rc < 0 ? NULL : mo_int_from_i64(v); }

static MoObject *call_slot(const SlotDef *sd, MoType *t, MoObject *self, MoObject *const *args, size_t nargs,
                           MoObject *kwnames) {
    if (sd->kind == W_CALL) return t->call(self, args, nargs, kwnames);
    size_t want = 0;
    switch (sd->kind) {
    case W_GETITEM: case W_DELITEM: case W_CONTAINS: case W_BINOP: case W_RBINOP: case W_CMP: case W_IBINOP:
    case W_GETATTRIBUTE: case W_DELATTR: case W_DELETE: want = 1; break;
    case W_SETITEM: case W_SETATTR: case W_SET: want = 2; break;
    case W_GET:
        if (nargs == 1 || nargs == 2) want = nargs;
        else want = 2;
        break;
    default: want = 0;
    }
    if (sd->kind == W_BINOP && sd->op == MO_POW && nargs == 2 && args[1] == mo_None) nargs = 1;
    if (check_nargs(sd, nargs, want, kwnames) < 0) return NULL;
    switch (sd->kind) {
    case W_REPR: return t->repr(self);
    case W_STR: return t->str(self);
    case W_HASH: {
        int64_t h = 0;
        int rc = t->hash(self, &h);
        return int_result_or_null(rc, h);
    }
    case W_ITER: return t->iter(self);
    case W_NEXT: {
        MoObject *r = t->iternext(self);
        if (!r && !mo_err_occurred()) mo_err_set(&mo_StopIteration, NULL);
        return r;
    }
    case W_BOOL: {
        int r = t->truth(self);
        return r < 0 ? NULL : mo_bool(r);
    }
    case W_LEN: {
        size_t n = 0;
        if (t->length(self, &n) < 0) return NULL;
        return mo_int_from_u64(n);
    }
    case W_GETITEM: return t->getitem(self, args[0]);
    case W_SETITEM: return t->setitem(self, args[0], args[1]) < 0 ? NULL : mo_none();
    case W_DELITEM: return t->setitem(self, args[0], NULL) < 0 ? NULL : mo_none();
    case W_CONTAINS: {
        int r = t->contains(self, args[0]);
        return r < 0 ? NULL : mo_bool(r);
    }
    case W_BINOP: return t->binop(self, args[0], (MoBinOp)sd->op, false);
    case W_RBINOP: return t->binop(args[0], self, (MoBinOp)sd->op, false);
    case W_IBINOP: return t->binop(self, args[0], (MoBinOp)sd->op, true);
    case W_CMP: return t->richcompare(self, args[0], (MoCompareOp)sd->op);
    case W_UNARY: return t->unaryop(self, (MoUnaryOp)sd->op);
    case W_GETATTRIBUTE:
        if (!MO_STR_CHECK(args[0])) {
            mo_err_format(&mo_TypeError, "attribute name must be string, not '%T'", args[0]);
            return NULL;
        }
        return t->getattr ? t->getattr(self, args[0]) : mo_generic_getattr(self, args[0]);
    case W_SETATTR:
    case W_DELATTR: {
        if (!MO_STR_CHECK(args[0])) {
            mo_err_format(&mo_TypeError, "attribute name must be string, not '%T'", args[0]);
            return NULL;
        }
        /* CPython's hackcheck: object.__setattr__ cannot bypass type.__setattr__. */
        if (t == &mo_object_type && mo_isinstance_type(self, &mo_type_type)) {
            mo_err_format(&mo_TypeError, "can't apply this %s to type object", sd->name);
            return NULL;
        }
        MoObject *v = sd->kind == W_SETATTR ? args[1] : NULL;
        int r = t->setattr ? t->setattr(self, args[0], v) : mo_generic_setattr(self, args[0], v);
        return r < 0 ? NULL : mo_none();
    }
    case W_GET: {
        MoObject *obj = args[0] == mo_None ? NULL : args[0];
        MoObject *owner = nargs > 1 && args[1] != mo_None ? args[1] : NULL;
        if (!obj && !owner) {
            mo_err_set(&mo_TypeError, "__get__(None, None) is invalid");
            return NULL;
        }
        return t->descr_get(self, obj, owner ? (MoType *)owner : obj->type);
    }
    case W_SET: return t->descr_set(self, args[0], args[1]) < 0 ? NULL : mo_none();
    case W_DELETE: return t->descr_set(self, args[0], NULL) < 0 ? NULL : mo_none();
    default: break;
    }
    mo_err_set(&mo_SystemError, "bad slot wrapper");
    return NULL;
}

static MoObject *wrapper_new(const SlotDef *sd, MoType *owner, MoObject *self) {
    MoSlotWrapper *w;
    if (self) {
        w = (MoSlotWrapper *)mo_gc_new(&mo_method_wrapper_type, sizeof(MoSlotWrapper));
    } else {
        w = (MoSlotWrapper *)mo_object_new(&mo_wrapper_descr_type);
    }
    if (!w) return NULL;
    w->sd = sd;
    w->owner = owner;
    w->self = self;
    if (self) {
        mo_incref(self);
        mo_gc_track(MO(w));
    }
    return MO(w);
}

static void wrapper_dealloc(MoObject *o) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    if (w->self) {
        mo_gc_untrack(o);
        MO_CLEAR(w->self);
    }
    mo_object_free(o);
}

static int wrapper_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    return w->self ? visit(w->self, arg) : 0;
}

static void wrapper_clear(MoObject *o) { MO_CLEAR(((MoSlotWrapper *)o)->self); }

/* CPython defines list/dict __getitem__ and dict/set __contains__ as plain methods too
 * (METH_COEXIST), so they print as methods, not slot wrappers. */
static bool coexists_as_method(const SlotDef *sd, MoType *owner) {
    if (sd->kind == W_GETITEM) return owner == &mo_list_type || owner == &mo_dict_type;
    if (sd->kind == W_CONTAINS) return owner == &mo_dict_type || owner == &mo_set_type || owner == &mo_frozenset_type;
    return false;
}

static MoObject *wrapper_descr_repr(MoObject *o) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    if (coexists_as_method(w->sd, w->owner)) return mo_format("<method '%s' of '%s' objects>", w->sd->name, w->owner->name);
    return mo_format("<slot wrapper '%s' of '%s' objects>", w->sd->name, w->owner->name);
}

static MoObject *method_wrapper_repr(MoObject *o) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    if (coexists_as_method(w->sd, w->owner))
        return mo_format("<built-in method %s of %T object at %p>", w->sd->name, w->self, (void *)w->self);
    return mo_format("<method-wrapper '%s' of %T object at %p>", w->sd->name, w->self, (void *)w->self);
}

static MoObject *wrapper_descr_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoSlotWrapper *w = (MoSlotWrapper *)descr;
    if (!obj) return mo_newref(descr);
    if (!mo_isinstance_type(obj, w->owner)) {
        mo_err_format(&mo_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", w->sd->name,
                      w->owner->name, obj);
        return NULL;
    }
    return wrapper_new(w->sd, w->owner, obj);
}

static MoObject *wrapper_descr_call(MoObject *o, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    if (nargs < 1) {
        mo_err_format(&mo_TypeError, "descriptor '%s' of '%s' object needs an argument", w->sd->name, w->owner->name);
        return NULL;
    }
    if (!mo_isinstance_type(args[0], w->owner)) {
        mo_err_format(&mo_TypeError, "descriptor '%s' requires a '%s' object but received a '%T'", w->sd->name,
                      w->owner->name, args[0]);
        return NULL;
    }
    return call_slot(w->sd, w->owner, args[0], args + 1, nargs - 1, kwnames);
}

static MoObject *method_wrapper_call(MoObject *o, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    return call_slot(w->sd, w->owner, w->self, args, nargs, kwnames);
}

static MoObject *wrapper_get_name(MoObject *o) { return mo_str_from_cstr(((MoSlotWrapper *)o)->sd->name); }

static MoObject *wrapper_get_self(MoObject *o) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    return mo_newref(w->self ? w->self : MO(w->owner));
}

static const MoGetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL},
    {"__qualname__", wrapper_get_name, NULL, NULL},
    {"__self__", wrapper_get_self, NULL, NULL},
    {"__objclass__", wrapper_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

MoType mo_wrapper_descr_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "wrapper_descriptor",
    .size = sizeof(MoSlotWrapper),
    .dealloc = wrapper_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_getsets,
};

MoType mo_method_wrapper_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "method-wrapper",
    .size = sizeof(MoSlotWrapper),
    .flags = MO_TPFLAG_GC,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
    .getsets = wrapper_getsets,
};

/* ---- readiness ---------------------------------------------------------------------------- */

MoObject *mo_method_descr_new(MoType *owner, const MoMethodDef *def);
MoObject *mo_getset_descr_new(MoType *owner, const MoGetSetDef *def);

static void inherit_slots(MoType *t, MoType *b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    if (!t->size) t->size = b->size;
    INHERIT(dealloc);
    INHERIT(traverse);
    INHERIT(clear);
    /* A builtin type without a constructor of its own (code, frame, iterators...) is not
     * callable: object's vnew would build one with NULL fields. Classes do inherit it. */
    if (!t->vnew && (b != &mo_object_type || (t->flags & MO_TPFLAG_HEAPTYPE))) t->vnew = b->vnew;
    if (!t->repr && !t->str) t->str = b->str;
    INHERIT(repr);
    if (!t->hash && !t->richcompare) t->hash = b->hash;
    INHERIT(richcompare);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(truth);
    INHERIT(length);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(binop);
    INHERIT(unaryop);
    INHERIT(descr_get);
    INHERIT(descr_set);
    /* A class's dict slot comes from its layout base only (type_new_impl): another base's offset
     * would point into the middle of, say, a str. */
    if (!t->dict_offset && !(t->flags & MO_TPFLAG_HEAPTYPE)) t->dict_offset = b->dict_offset;
    t->flags |= b->flags & (MO_TPFLAG_GC | MO_TPFLAG_INT_SUBCLASS | MO_TPFLAG_STR_SUBCLASS | MO_TPFLAG_LIST_SUBCLASS |
                            MO_TPFLAG_TUPLE_SUBCLASS | MO_TPFLAG_DICT_SUBCLASS | MO_TPFLAG_EXC_SUBCLASS |
                            MO_TPFLAG_TYPE_SUBCLASS);
#undef INHERIT
}

static int dict_add_new(MoObject *dict, const char *name, MoObject *value) {
    if (!value) return -1;
    int r = 0;
    if (!mo_dict_get_str(dict, name)) r = mo_dict_set_str(dict, name, value);
    mo_decref(value);
    return r;
}

static MoObject *tp_new_wrapper(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoType *t = (MoType *)self;
    if (nargs < 1) {
        mo_err_format(&mo_TypeError, "%s.__new__(): not enough arguments", t->name);
        return NULL;
    }
    if (!mo_isinstance_type(args[0], &mo_type_type)) {
        mo_err_format(&mo_TypeError, "%s.__new__(X): X is not a type object (%T)", t->name, args[0]);
        return NULL;
    }
    MoType *sub = (MoType *)args[0];
    if (!mo_type_is_subtype(sub, t)) {
        mo_err_format(&mo_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
        return NULL;
    }
    return t->vnew(sub, args + 1, nargs - 1, kwnames);
}

static const MoMethodDef tp_new_def = {"__new__", tp_new_wrapper, MO_METH_INSTANCE,
                                       "Create and return a new object."};

/* Calls the method `name` of builtin type t (not an override) on self: new reference or NULL. */
static MoObject *call_builtin_method(MoType *t, MoObject *self, const char *name, MoObject *const *args, size_t nargs,
                                     MoObject *kwnames) {
    MoObject *m = t->dict ? mo_dict_get_str(t->dict, name) : NULL;
    if (!m || !m->type->descr_get) {
        mo_err_format(&mo_SystemError, "%s.%s is missing", t->name, name);
        return NULL;
    }
    MoObject *bound = m->type->descr_get(m, self, t);
    if (!bound) return NULL;
    MoObject *r = mo_call(bound, args, nargs, kwnames);
    mo_decref(bound);
    return r;
}

/* list/set/dict.__init__: what super().__init__(items) reaches from a subclass's __init__ (the
 * constructors of these types fill the container in vnew; a subclass with its own __init__ gets an
 * empty container from vnew and fills it here, as in CPython). */
static MoObject *container_init(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoType *t = mo_isinstance_type(self, &mo_list_type) ? &mo_list_type
              : mo_isinstance_type(self, &mo_dict_type) ? &mo_dict_type : &mo_set_type;
    bool is_dict = t == &mo_dict_type;
    if (!is_dict && kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", t->name);
        return NULL;
    }
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "%s expected at most 1 argument, got %zu", t->name, nargs);
        return NULL;
    }
    if (is_dict) return call_builtin_method(t, self, "update", args, nargs, kwnames);
    MoObject *r = call_builtin_method(t, self, "clear", NULL, 0, NULL);
    if (!r) return NULL;
    mo_decref(r);
    if (nargs == 0) return mo_none();
    return call_builtin_method(t, self, t == &mo_list_type ? "extend" : "update", args, 1, NULL);
}

static const MoMethodDef container_init_def = {"__init__", container_init, MO_METH_INSTANCE, "Initialize self."};

static int type_fill_dict(MoType *t) {
    MoObject *d = t->dict;
    if (t->methods)
        for (const MoMethodDef *m = t->methods; m->name; m++)
            if (dict_add_new(d, m->name, mo_method_descr_new(t, m)) < 0) return -1;
    if (t->getsets)
        for (const MoGetSetDef *g = t->getsets; g->name; g++)
            if (dict_add_new(d, g->name, mo_getset_descr_new(t, g)) < 0) return -1;
    /* Slot wrappers for the slots this type defines itself (before inheritance). */
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        if (!slot_defined(t, sd)) continue;
        if (t->base && slot_defined(t->base, sd) && sd->kind != W_REPR && sd->kind != W_STR && sd->kind != W_HASH) {
            /* Same slot function as the base: the base's wrapper is found along the MRO. */
            bool same = false;
            switch (sd->kind) {
            case W_CALL: same = t->call == t->base->call; break;
            case W_ITER: same = t->iter == t->base->iter; break;
            case W_NEXT: same = t->iternext == t->base->iternext; break;
            case W_BOOL: same = t->truth == t->base->truth; break;
            case W_LEN: same = t->length == t->base->length; break;
            case W_GETITEM: same = t->getitem == t->base->getitem; break;
            case W_SETITEM: case W_DELITEM: same = t->setitem == t->base->setitem; break;
            case W_CONTAINS: same = t->contains == t->base->contains; break;
            case W_BINOP: case W_RBINOP: case W_IBINOP: same = t->binop == t->base->binop; break;
            case W_CMP: same = t->richcompare == t->base->richcompare; break;
            case W_UNARY: same = t->unaryop == t->base->unaryop; break;
            case W_GETATTRIBUTE: same = t->getattr == t->base->getattr; break;
            case W_SETATTR: case W_DELATTR: same = t->setattr == t->base->setattr; break;
            case W_GET: same = t->descr_get == t->base->descr_get; break;
            case W_SET: case W_DELETE: same = t->descr_set == t->base->descr_set; break;
            default: break;
            }
            if (same) continue;
        }
        if (sd->kind == W_REPR && t->base && t->repr == t->base->repr) continue;
        if (sd->kind == W_STR && t->base && t->str == t->base->str) continue;
        if (sd->kind == W_HASH && t->base && t->hash == t->base->hash) continue;
        if (dict_add_new(d, sd->name, wrapper_new(sd, t, NULL)) < 0) return -1;
    }
    if ((t == &mo_list_type || t == &mo_dict_type || t == &mo_set_type) && !mo_dict_get_str(d, "__init__"))
        if (dict_add_new(d, "__init__", mo_method_descr_new(t, &container_init_def)) < 0) return -1;
    /* T.__new__(cls, ...) for builtin types whose constructor differs from their base's, so that
     * super().__new__(cls) and int.__new__(cls, 5) reach the right constructor. */
    if (t->vnew && t != &mo_object_type && (!t->base || t->vnew != t->base->vnew) && !mo_dict_get_str(d, "__new__"))
        if (dict_add_new(d, "__new__", mo_builtin_function_new(&tp_new_def, MO(t))) < 0) return -1;
    /* A type that defines comparison but no hash is unhashable: __hash__ = None, as in CPython. */
    if (!t->hash && t->richcompare && !mo_dict_get_str(d, "__hash__"))
        if (mo_dict_set_str(d, "__hash__", mo_None) < 0) return -1;
    return 0;
}

int mo_type_ready(MoType *t) {
    if (t->mro) return 0;
    if (!t->ob.type) t->ob.type = &mo_type_type;
    if (!t->ob.refcnt) t->ob.refcnt = MO_IMMORTAL_REFCNT;
    if (t != &mo_object_type && !t->base) t->base = &mo_object_type;
    if (t->base && mo_type_ready(t->base) < 0) return -1;
    if (!t->dict) {
        t->dict = mo_dict_new();
        if (!t->dict) return -1;
    }
    if (type_fill_dict(t) < 0) return -1;
    if (t->base) inherit_slots(t, t->base);
    if (!t->bases) {
        t->bases = t->base ? mo_tuple_pack(1, MO(t->base)) : mo_tuple_new(0);
        if (!t->bases) return -1;
    }
    size_t nb = t->base ? MO_TUPLE_LEN(t->base->mro) : 0;
    MoObject *mro = mo_tuple_new(nb + 1);
    if (!mro) return -1;
    mo_incref(MO(t));
    MO_TUPLE_SET(mro, 0, MO(t));
    for (size_t i = 0; i < nb; i++) {
        MoObject *k = MO_TUPLE_ITEM(t->base->mro, i);
        mo_incref(k);
        MO_TUPLE_SET(mro, i + 1, k);
    }
    t->mro = mro;
    return 0;
}

/* ---- generic attribute access ---------------------------------------------------------------- */

/* ---- side-table dicts (instances of str/bytes/tuple subclasses) ---- */

#define SIDE_TOMB ((MoObject *)1)

static bool has_side_dict(MoType *t) { return (t->flags & MO_TPFLAG_HEAPTYPE) && ((MoHeapType *)t)->side_dict; }

static size_t side_hash(MoObject *o, size_t cap) {
    return (size_t)(((uint64_t)(uintptr_t)o >> 3) * 0x9e3779b97f4a7c15u >> 7) & (cap - 1);
}

static SideEntry *side_find(MoHeapType *ht, MoObject *o) {
    if (!ht->side) return NULL;
    for (size_t i = side_hash(o, ht->side_cap), n = 0; n < ht->side_cap; i = (i + 1) & (ht->side_cap - 1), n++) {
        SideEntry *e = &ht->side[i];
        if (e->inst == o) return e;
        if (!e->inst) return NULL;
    }
    return NULL;
}

static int side_grow(MoHeapType *ht) {
    size_t live = 0;
    for (size_t i = 0; i < ht->side_cap; i++)
        if (ht->side[i].inst && ht->side[i].inst != SIDE_TOMB) live++;
    size_t cap = 8;
    while (cap < (live + 1) * 2) cap *= 2;
    SideEntry *n = mo_calloc(cap * sizeof *n);
    if (!n) return -1;
    for (size_t i = 0; i < ht->side_cap; i++) {
        SideEntry *e = &ht->side[i];
        if (!e->inst || e->inst == SIDE_TOMB) continue;
        size_t j = side_hash(e->inst, cap);
        while (n[j].inst) j = (j + 1) & (cap - 1);
        n[j] = *e;
    }
    mo_free(ht->side);
    ht->side = n;
    ht->side_cap = cap;
    ht->side_fill = live;
    return 0;
}

/* The dict slot of instance o in its class's side table; created if create: NULL when absent
 * (or, with create, on memory exhaustion with the exception set). */
static MoObject **side_slot(MoObject *o, bool create) {
    MoHeapType *ht = (MoHeapType *)o->type;
    SideEntry *e = side_find(ht, o);
    if (e || !create) return e ? &e->dict : NULL;
    if ((ht->side_fill + 1) * 4 > ht->side_cap * 3 && side_grow(ht) < 0) return NULL;
    size_t i = side_hash(o, ht->side_cap);
    while (ht->side[i].inst && ht->side[i].inst != SIDE_TOMB) i = (i + 1) & (ht->side_cap - 1);
    if (!ht->side[i].inst) ht->side_fill++;
    ht->side[i].inst = o;
    ht->side[i].dict = NULL;
    return &ht->side[i].dict;
}

/* Removes o's entry: its dict (owned reference) or NULL. */
static MoObject *side_take(MoObject *o) {
    SideEntry *e = side_find((MoHeapType *)o->type, o);
    if (!e) return NULL;
    MoObject *d = e->dict;
    e->inst = SIDE_TOMB;
    e->dict = NULL;
    return d;
}

/* Where o's attribute dict pointer lives (NULL: o's type has none, or create failed). */
static MoObject **dict_ptr(MoObject *o, bool create) {
    MoType *t = o->type;
    if (t->dict_offset) return (MoObject **)((char *)o + t->dict_offset);
    if (has_side_dict(t)) return side_slot(o, create);
    return NULL;
}

static size_t total_slots(MoType *t) {
    size_t n = 0;
    for (; t->flags & MO_TPFLAG_HEAPTYPE; t = t->base) n += ((MoHeapType *)t)->nslots;
    return n;
}

static MoType *solid_base(MoType *t);

int mo_object_set_class(MoObject *o, MoObject *v) {
    if (!v) {
        mo_err_set(&mo_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!mo_isinstance_type(v, &mo_type_type)) {
        mo_err_format(&mo_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    MoType *old = o->type, *nt = (MoType *)v;
    if (!(old->flags & MO_TPFLAG_HEAPTYPE) || !(nt->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_set(&mo_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (old->size != nt->size || old->dict_offset != nt->dict_offset || solid_base(old) != solid_base(nt) ||
        (old->flags & MO_TPFLAG_GC) != (nt->flags & MO_TPFLAG_GC) || has_side_dict(old) != has_side_dict(nt) ||
        total_slots(old) || total_slots(nt)) {
        if (old == nt) return 0;
        mo_err_format(&mo_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, old->name);
        return -1;
    }
    MoObject *d = has_side_dict(old) ? side_take(o) : NULL;
    mo_incref(v);
    o->type = nt;
    if (d) {
        MoObject **slot = side_slot(o, true);
        if (!slot) {
            /* Out of memory: keep the object as it was. */
            o->type = old;
            MoObject **back = side_slot(o, true);
            if (back) *back = d;
            else mo_decref(d);
            mo_decref(v);
            return -1;
        }
        *slot = d;
    }
    /* The class reference an instance holds moves with it (see MO_ALLOC_HOLDS_HEAP_TYPES). */
#ifdef MO_ALLOC_HOLDS_HEAP_TYPES
    mo_decref(MO(old));
#else
    mo_decref(v);
#endif
    return 0;
}

MoObject *mo_instance_dict(MoObject *o) {
    MoObject **p = dict_ptr(o, false);
    return p ? *p : NULL;
}

static MoObject **instance_dict_slot(MoObject *o) { return dict_ptr(o, false); }

static bool is_data_descr(MoObject *d) { return d->type->descr_set != NULL; }

MoObject *mo_generic_getattr(MoObject *o, MoObject *name) {
    MoType *tp = o->type;
    MoObject *attr = mo_type_lookup(tp, name);
    if (attr) {
        mo_incref(attr);
        if (attr->type->descr_get && is_data_descr(attr)) {
            MoObject *r = attr->type->descr_get(attr, o, tp);
            mo_decref(attr);
            return r;
        }
    }
    MoObject **ds = instance_dict_slot(o);
    if (ds && *ds) {
        MoObject *v = mo_dict_get(*ds, name);
        if (v) {
            mo_xdecref(attr);
            return mo_newref(v);
        }
        if (mo_err_occurred()) {
            mo_xdecref(attr);
            return NULL;
        }
    }
    if (attr) {
        if (attr->type->descr_get) {
            MoObject *r = attr->type->descr_get(attr, o, tp);
            mo_decref(attr);
            return r;
        }
        return attr;
    }
    mo_err_format(&mo_AttributeError, "'%s' object has no attribute '%U'", tp->name, name);
    return NULL;
}

int mo_generic_setattr(MoObject *o, MoObject *name, MoObject *value) {
    MoType *tp = o->type;
    MoObject *attr = mo_type_lookup(tp, name);
    if (attr && attr->type->descr_set) {
        mo_incref(attr);
        int r = attr->type->descr_set(attr, o, value);
        mo_decref(attr);
        return r;
    }
    MoObject **ds = dict_ptr(o, true);
    if (!ds && mo_err_occurred()) return -1;
    if (!ds) {
        if (attr)
            mo_err_format(&mo_AttributeError, "'%s' object attribute '%U' is read-only", tp->name, name);
        else
            mo_err_format(&mo_AttributeError, "'%s' object has no attribute '%U'", tp->name, name);
        return -1;
    }
    if (!value) {
        if (!*ds || !mo_dict_get(*ds, name)) {
            if (!mo_err_occurred())
                mo_err_format(&mo_AttributeError, "'%s' object has no attribute '%U'", tp->name, name);
            return -1;
        }
        return mo_dict_del(*ds, name);
    }
    if (!*ds) {
        *ds = mo_dict_new();
        if (!*ds) return -1;
    }
    return mo_dict_set(*ds, name, value);
}

/* ---- the type type ---------------------------------------------------------------------------- */

static MoObject *type_repr(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->flags & MO_TPFLAG_HEAPTYPE && t->dict) {
        MoObject *mod = mo_dict_get_str(t->dict, "__module__");
        MoObject *q = mo_dict_get_str(t->dict, "__qualname__");
        if (mod && MO_STR_CHECK(mod) && !mo_str_eq_cstr(mod, "builtins")) {
            if (q && MO_STR_CHECK(q)) return mo_format("<class '%U.%U'>", mod, q);
            return mo_format("<class '%U.%s'>", mod, t->name);
        }
    }
    return mo_format("<class '%s'>", t->name);
}

static MoObject *type_getattr(MoObject *o, MoObject *name) {
    MoType *t = (MoType *)o;
    MoType *meta = o->type;
    MoObject *meta_attr = mo_type_lookup(meta, name);
    if (meta_attr && meta_attr->type->descr_get && is_data_descr(meta_attr))
        return meta_attr->type->descr_get(meta_attr, o, meta);
    MoObject *attr = mo_type_lookup(t, name);
    if (attr) {
        if (attr->type->descr_get) return attr->type->descr_get(attr, NULL, t);
        return mo_newref(attr);
    }
    if (meta_attr) {
        if (meta_attr->type->descr_get) return meta_attr->type->descr_get(meta_attr, o, meta);
        return mo_newref(meta_attr);
    }
    mo_err_format(&mo_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
    return NULL;
}

static int type_setattr(MoObject *o, MoObject *name, MoObject *value) {
    MoType *t = (MoType *)o;
    if (!(t->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    MoObject *meta_attr = mo_type_lookup(o->type, name);
    if (meta_attr && meta_attr->type->descr_set) return meta_attr->type->descr_set(meta_attr, o, value);
    if (!value) {
        if (!mo_dict_get(t->dict, name)) {
            if (!mo_err_occurred()) mo_err_format(&mo_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
            return -1;
        }
        return mo_dict_del(t->dict, name);
    }
    if (mo_dict_set(t->dict, name, value) < 0) return -1;
    /* A dunder assigned after creation (A.__eq__ = f) must reach the C slots too. */
    if (MO_STR_NBYTES(name) > 4 && MO_STR_UTF8(name)[0] == '_' && MO_STR_UTF8(name)[1] == '_') update_slots(t);
    return 0;
}

static MoObject *type_new_impl(MoType *meta, MoObject *name, MoObject *bases, MoObject *dict, MoObject *const *kwvals,
                               MoObject *kwnames);

static MoObject *type_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    if (nargs == 1 && nkw == 0) return mo_newref(MO(args[0]->type));
    if (nargs == 3) {
        if (!MO_STR_CHECK(args[0])) {
            mo_err_format(&mo_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
            return NULL;
        }
        if (!mo_isinstance_type(args[1], &mo_tuple_type)) {
            mo_err_format(&mo_TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
            return NULL;
        }
        if (!MO_DICT_CHECK(args[2])) {
            mo_err_format(&mo_TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
            return NULL;
        }
        /* The most derived metaclass of the bases wins (CPython's _PyType_CalculateMetaclass):
         * type('M', (Mapping,), {}) is really ABCMeta('M', ...). */
        MoType *winner = type;
        for (size_t i = 0; i < MO_TUPLE_LEN(args[1]); i++) {
            MoType *mt = MO_TUPLE_ITEM(args[1], i)->type;
            if (!mo_type_is_subtype(mt, &mo_type_type) || mo_type_is_subtype(winner, mt)) continue;
            if (mo_type_is_subtype(mt, winner)) {
                winner = mt;
                continue;
            }
            mo_err_set(&mo_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                      "subclass of the metaclasses of all its bases");
            return NULL;
        }
        if (winner != type && winner->vnew != type_vnew) return mo_call(MO(winner), args, nargs, kwnames);
        return type_new_impl(winner, args[0], args[1], args[2], args + 3, kwnames);
    }
    mo_err_set(&mo_TypeError, type == &mo_type_type ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (0 given)");
    return NULL;
}

static MoObject *type_call(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoType *t = (MoType *)self;
    if (!t->vnew) {
        mo_err_format(&mo_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    return t->vnew(t, args, nargs, kwnames);
}

/* A builtin type named "types.GenericAlias" has __name__ "GenericAlias" and __module__ "types". */
static MoObject *type_get_name(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->flags & MO_TPFLAG_HEAPTYPE) return mo_newref(((MoHeapType *)t)->ht_name);
    const char *dot = (t->flags & MO_TPFLAG_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    return mo_str_from_cstr(dot ? dot + 1 : t->name);
}

static MoObject *type_get_qualname(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->flags & MO_TPFLAG_HEAPTYPE && t->dict) {
        MoObject *q = mo_dict_get_str(t->dict, "__qualname__");
        if (q) return mo_newref(q);
    }
    return type_get_name(o);
}

static MoObject *type_get_module(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->flags & MO_TPFLAG_HEAPTYPE && t->dict) {
        MoObject *m = mo_dict_get_str(t->dict, "__module__");
        if (m) return mo_newref(m);
    }
    const char *dot = (t->flags & MO_TPFLAG_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    if (dot) return mo_str_from_utf8(t->name, (size_t)(dot - t->name));
    return mo_str_from_cstr("builtins");
}

static MoObject *type_get_mro(MoObject *o) {
    MoType *t = (MoType *)o;
    return t->mro ? mo_newref(t->mro) : mo_tuple_new(0);
}

static MoObject *type_get_bases(MoObject *o) {
    MoType *t = (MoType *)o;
    return t->bases ? mo_newref(t->bases) : mo_tuple_new(0);
}

static MoObject *type_get_base(MoObject *o) {
    MoType *t = (MoType *)o;
    return t->base ? mo_newref(MO(t->base)) : mo_none();
}

/* ---- mappingproxy: the read-only view a class's __dict__ returns ---- */

typedef struct MoMappingProxy {
    MO_HEAD;
    MoObject *mapping; /* the class dict */
} MoMappingProxy;

extern MoType mo_mappingproxy_type;

#define MP(o) (((MoMappingProxy *)(o))->mapping)

static void mp_clear(MoObject *o) { MO_CLEAR(MP(o)); }
static void mp_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mp_clear(o);
    mo_object_free(o);
}
static int mp_traverse(MoObject *o, MoVisit visit, void *arg) { return MP(o) && visit(MP(o), arg) ? 1 : 0; }
static MoObject *mp_repr(MoObject *o) { return mo_format("mappingproxy(%R)", MP(o)); }
static MoObject *mp_getitem(MoObject *o, MoObject *k) { return mo_getitem(MP(o), k); }
static int mp_length(MoObject *o, size_t *out) { return MP(o)->type->length(MP(o), out); }
static MoObject *mp_iter(MoObject *o) { return mo_iter(MP(o)); }
static int mp_contains(MoObject *o, MoObject *k) { return mo_contains(MP(o), k); }
static MoObject *mp_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    return mo_richcompare(MP(a), b->type == &mo_mappingproxy_type ? MP(b) : b, op);
}
static MoObject *mp_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op != MO_OR || inplace) return mo_newref(mo_NotImplemented);
    return mo_binop(a->type == &mo_mappingproxy_type ? MP(a) : a, b->type == &mo_mappingproxy_type ? MP(b) : b, op);
}

static MoObject *mp_forward(MoObject *self, const char *name, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (kw && MO_TUPLE_LEN(kw)) {
        mo_err_format(&mo_TypeError, "mappingproxy.%s() takes no keyword arguments", name);
        return NULL;
    }
    return mo_call_method(MP(self), name, args, nargs);
}
static MoObject *mp_keys(MoObject *s, MoObject *const *a, size_t n, MoObject *k) { return mp_forward(s, "keys", a, n, k); }
static MoObject *mp_values(MoObject *s, MoObject *const *a, size_t n, MoObject *k) { return mp_forward(s, "values", a, n, k); }
static MoObject *mp_items(MoObject *s, MoObject *const *a, size_t n, MoObject *k) { return mp_forward(s, "items", a, n, k); }
static MoObject *mp_get(MoObject *s, MoObject *const *a, size_t n, MoObject *k) { return mp_forward(s, "get", a, n, k); }
static MoObject *mp_copy(MoObject *s, MoObject *const *a, size_t n, MoObject *k) { return mp_forward(s, "copy", a, n, k); }

static const MoMethodDef mp_methods[] = {
    {"keys", mp_keys, MO_METH_INSTANCE, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, MO_METH_INSTANCE, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, MO_METH_INSTANCE, "D.items() -> a set-like object providing a view on D's items"},
    {"get", mp_get, MO_METH_INSTANCE, "Return the value for key if key is in the mapping, else default."},
    {"copy", mp_copy, MO_METH_INSTANCE, "D.copy() -> a shallow copy of D"},
    {NULL, NULL, 0, NULL},
};

MoType mo_mappingproxy_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "mappingproxy",
    .size = sizeof(MoMappingProxy),
    .flags = MO_TPFLAG_GC,
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .clear = mp_clear,
    .repr = mp_repr,
    .getitem = mp_getitem,
    .length = mp_length,
    .iter = mp_iter,
    .contains = mp_contains,
    .richcompare = mp_richcompare,
    .binop = mp_binop,
    .methods = mp_methods,
};

static MoObject *type_get_dict(MoObject *o) {
    MoType *t = (MoType *)o;
    MoObject *d = t->dict ? mo_newref(t->dict) : mo_dict_new();
    if (!d) return NULL;
    MoMappingProxy *p = (MoMappingProxy *)mo_gc_new(&mo_mappingproxy_type, sizeof(MoMappingProxy));
    if (!p) {
        mo_decref(d);
        return NULL;
    }
    p->mapping = d;
    mo_gc_track(MO(p));
    return MO(p);
}

static MoObject *type_get_doc(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->dict) {
        MoObject *d = mo_dict_get_str(t->dict, "__doc__");
        if (d) return mo_newref(d);
    }
    return mo_none();
}

/* Checks an assignment to a class's __name__/__qualname__ (CPython's messages): 0 or -1. */
static int check_type_name_set(MoType *t, const char *attr, MoObject *v) {
    if (!(t->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!v) {
        mo_err_format(&mo_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!MO_STR_CHECK(v)) {
        mo_err_format(&mo_TypeError, "can only assign string to %s.%s, not '%T'", t->name, attr, v);
        return -1;
    }
    return 0;
}

static int type_set_name(MoObject *o, MoObject *v) {
    MoType *t = (MoType *)o;
    if (check_type_name_set(t, "__name__", v) < 0) return -1;
    MoHeapType *ht = (MoHeapType *)t;
    MoObject *old = ht->ht_name;
    ht->ht_name = mo_newref(v);
    t->name = MO_STR_UTF8(v);
    mo_decref(old);
    MO_CLEAR(ht->ht_tp_name);
    return 0;
}

static int type_set_qualname(MoObject *o, MoObject *v) {
    MoType *t = (MoType *)o;
    if (check_type_name_set(t, "__qualname__", v) < 0) return -1;
    return mo_dict_set_str(t->dict, "__qualname__", v);
}

/* __module__ and __doc__ of a class are entries of its dict. */
static int type_set_dict_entry(MoObject *o, const char *key, MoObject *v) {
    MoType *t = (MoType *)o;
    if (!(t->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_TypeError, "cannot set '%s' attribute of immutable type '%s'", key, t->name);
        return -1;
    }
    if (!v) {
        if (!mo_dict_get_str(t->dict, key)) {
            mo_err_set(&mo_AttributeError, key);
            return -1;
        }
        MoObject *k = mo_str_from_cstr(key);
        if (!k) return -1;
        int r = mo_dict_del(t->dict, k);
        mo_decref(k);
        return r;
    }
    return mo_dict_set_str(t->dict, key, v);
}

static int type_set_module(MoObject *o, MoObject *v) { return type_set_dict_entry(o, "__module__", v); }
static int type_set_doc(MoObject *o, MoObject *v) { return type_set_dict_entry(o, "__doc__", v); }

/* Rebasing a class would invalidate every cached MRO and instance layout: refused, with the
 * exception type CPython raises for incompatible bases (TypeError). */
static int type_set_bases(MoObject *o, MoObject *v) {
    mo_err_format(&mo_TypeError, "__bases__ assignment is not supported (class '%s')", ((MoType *)o)->name);
    return -1;
}

static const MoGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

static MoObject *type_mro_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoType *t = (MoType *)self;
    size_t n = t->mro ? MO_TUPLE_LEN(t->mro) : 0;
    return mo_list_from_array(n ? MO_TUPLE(t->mro)->items : NULL, n);
}

static MoObject *type_subclasscheck(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || !mo_isinstance_type(args[0], &mo_type_type)) {
        mo_err_set(&mo_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    return mo_bool(mo_type_is_subtype((MoType *)args[0], (MoType *)self));
}

static MoObject *type_instancecheck(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1) {
        mo_err_set(&mo_TypeError, "__instancecheck__() takes exactly one argument");
        return NULL;
    }
    return mo_bool(mo_isinstance_type(args[0], (MoType *)self));
}

/* type.__init__: the class is complete after __new__; metaclass __init__ overrides chain here. */
static MoObject *type_init_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 && nargs != 3) {
        mo_err_set(&mo_TypeError, "type.__init__() takes 1 or 3 arguments");
        return NULL;
    }
    return mo_none();
}

/* type.__prepare__(name, bases, **kwds): the namespace a class body runs in; accepts anything. */
static MoObject *type_prepare(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return mo_dict_new();
}

static const MoMethodDef type_methods[] = {
    {"__init__", type_init_method, MO_METH_INSTANCE, "Initialize self."},
    {"__prepare__", type_prepare, MO_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"mro", type_mro_method, MO_METH_INSTANCE, "Return a type's method resolution order."},
    {"__subclasscheck__", type_subclasscheck, MO_METH_INSTANCE, NULL},
    {"__instancecheck__", type_instancecheck, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};


/* type.__or__/__ror__: class unions (int | None). */
static MoObject *type_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op != MO_OR) return mo_newref(mo_NotImplemented);
    return mo_union_or(a, b);
}

/* Classes are collectable containers once the allocator makes every instance of a heap type hold
 * a reference to it (MO_ALLOC_HOLDS_HEAP_TYPES, alloc.h): until then a class must outlive its
 * instances by never being freed, so classes stay untracked and live until the run ends.
 * Static types are instances of type too, but immortal and without a GC header: the collector
 * checks the refcount before the header, and nothing ever frees or tracks them. */
#ifdef MO_ALLOC_HOLDS_HEAP_TYPES
#define HEAP_TYPES_COLLECTED 1
#else
#define HEAP_TYPES_COLLECTED 0
#endif

static bool is_heap(MoObject *o) { return (((MoType *)o)->flags & MO_TPFLAG_HEAPTYPE) != 0; }

static int type_traverse(MoObject *o, MoVisit visit, void *arg) {
    if (!is_heap(o)) return 0;
    MoType *t = (MoType *)o;
    if (t->dict && visit(t->dict, arg)) return 1;
    if (t->bases && visit(t->bases, arg)) return 1;
    if (t->mro && visit(t->mro, arg)) return 1;
    /* The metaclass reference the allocator holds for a heap metaclass. */
    if ((o->type->flags & MO_TPFLAG_HEAPTYPE) && visit(MO(o->type), arg)) return 1;
    return 0;
}

/* Breaks the class's cycles (its MRO starts with itself; its methods' globals hold it) while
 * keeping bases: instances still being torn down walk t->base to their builtin layout. */
static void type_clear(MoObject *o) {
    if (!is_heap(o)) return;
    MoType *t = (MoType *)o;
    MO_CLEAR(t->mro);
    MO_CLEAR(t->dict);
}

static void type_dealloc(MoObject *o) {
    /* Static types are immortal; and until instances hold their class, a class must never be
     * freed while one may exist (its MRO cycle normally keeps it alive until the run ends). */
    if (!is_heap(o) || !HEAP_TYPES_COLLECTED) return;
    MoHeapType *ht = (MoHeapType *)o;
    if (HEAP_TYPES_COLLECTED) mo_gc_untrack(o);
    type_clear(o);
    MO_CLEAR(ht->t.bases);
    for (size_t i = 0; ht->side && i < ht->side_cap; i++)
        if (ht->side[i].inst && ht->side[i].inst != SIDE_TOMB) MO_CLEAR(ht->side[i].dict);
    mo_free(ht->side);
    ht->side = NULL;
    ht->t.name = "?";
    MO_CLEAR(ht->ht_name);
    MO_CLEAR(ht->ht_tp_name);
    mo_object_free(o);
}

MoType mo_type_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .binop = type_binop,
    .name = "type",
    .size = sizeof(MoHeapType),
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_TYPE_SUBCLASS | (HEAP_TYPES_COLLECTED ? MO_TPFLAG_GC : 0),
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .vnew = type_vnew,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- heap types: classes created at run time -------------------------------------------------
 *
 * A class statement ends in type(name, bases, ns). The new MoType gets its MRO by C3, a layout
 * (its "solid base", the nearest builtin ancestor, decides the instance struct; an instance
 * dict is appended when that struct has none), the C slots of its ancestors, and then, for every
 * dunder defined in Python along the MRO, a slot_* function that looks the dunder up and calls it.
 * A dunder that resolves to a builtin's slot wrapper keeps the builtin's C slot, so subclassing
 * list or Exception behaves like the builtin unless overridden.
 *
 * Heap types are not tracked by the collector and instances do not own a reference to their
 * class: a class always references itself (its MRO tuple starts with it), so it lives until the
 * run ends and the run's allocator releases it with everything else. Tracking type objects would
 * require the collector to tell static types (no GC header) from heap ones. */

static bool is_python_level(MoObject *attr) {
    MoType *t = attr->type;
    return t != &mo_wrapper_descr_type && t != &mo_method_descr_type && t != &mo_builtin_function_type &&
           t != &mo_getset_descr_type;
}

/* The dunder `name` as resolved along t's MRO, if it was defined in Python: borrowed or NULL. */
static MoObject *lookup_py(MoType *t, const char *name) {
    MoObject *a = mo_type_lookup(t, mo_str_intern(name));
    return a && a != mo_None && is_python_level(a) ? a : NULL;
}

static MoType *solid_base(MoType *t) {
    while (t->flags & MO_TPFLAG_HEAPTYPE) t = t->base;
    return t;
}

/* The builtin ancestor that fixes t's instance layout, as CPython's solid_base: a builtin type
 * with the same size and dict slot as its base adds no fields (ValueError over BaseException),
 * so class E(OSError, ValueError) has no layout conflict. */
static MoType *layout_base(MoType *t) {
    t = solid_base(t);
    while (t->base && t->base->size == t->size && t->base->dict_offset == t->dict_offset) t = t->base;
    return t;
}

/* The class that decides an instance's layout, as CPython's solid_base: the nearest class on t's
 * base chain that adds __slots__ (a heap type) or fields of its own (layout_base); a __dict__
 * alone does not count, since each class places its dict slot itself. */
static MoType *layout_owner(MoType *t) {
    for (MoType *k = t; k->flags & MO_TPFLAG_HEAPTYPE; k = k->base)
        if (((MoHeapType *)k)->nslots) return k;
    return layout_base(t);
}

/* Calls attr (found on the class of self) as a method of self: new reference or NULL. */
static MoObject *call_attr(MoObject *attr, MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    if (attr->type == &mo_function_type && nargs + nkw <= 4) {
        MoObject *buf[5];
        buf[0] = self;
        for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
        return mo_call(attr, buf, nargs + 1, kwnames);
    }
    MoObject *bound = attr->type->descr_get ? attr->type->descr_get(attr, self, self->type) : mo_newref(attr);
    if (!bound) return NULL;
    MoObject *r = mo_call(bound, args, nargs, kwnames);
    mo_decref(bound);
    return r;
}

/* Looks up the dunder on type(self) and calls it. *found is false (and NULL returned without an
 * exception) when the class has no such attribute. */
static MoObject *call_dunder(MoObject *self, const char *name, MoObject *const *args, size_t nargs, bool *found) {
    MoObject *attr = mo_type_lookup(self->type, mo_str_intern(name));
    if (found) *found = attr != NULL;
    if (!attr) {
        if (!found) mo_err_set(&mo_AttributeError, name);
        return NULL;
    }
    mo_incref(attr);
    MoObject *r = call_attr(attr, self, args, nargs, NULL);
    mo_decref(attr);
    return r;
}

static MoObject *slot_repr(MoObject *self) { return call_dunder(self, "__repr__", NULL, 0, NULL); }
static MoObject *slot_str(MoObject *self) { return call_dunder(self, "__str__", NULL, 0, NULL); }

static int slot_hash(MoObject *self, int64_t *out) {
    MoObject *r = call_dunder(self, "__hash__", NULL, 0, NULL);
    if (!r) return -1;
    if (!MO_INT_CHECK(r)) {
        mo_decref(r);
        mo_err_set(&mo_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* As CPython: a result in the hash range is kept (so returning hash(y) makes hash(x) ==
     * hash(y)), only -1 becomes -2; a bigger int is reduced by int's own hash. */
    int rc = 0;
    if (mo_int_fits_i64(r)) {
        rc = mo_int_as_i64(r, out);
        if (rc == 0 && *out == -1) *out = -2;
    } else {
        rc = mo_int_type.hash(r, out);
    }
    mo_decref(r);
    return rc;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static MoObject *slot_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    MoObject *attr = mo_type_lookup(a->type, mo_str_intern(cmp_names[op]));
    if (!attr || attr == mo_None) return mo_newref(mo_NotImplemented);
    mo_incref(attr);
    MoObject *r = call_attr(attr, a, &b, 1, NULL);
    mo_decref(attr);
    return r;
}

static MoObject *slot_call(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *attr = mo_type_lookup(self->type, mo_str_intern("__call__"));
    if (!attr) {
        mo_err_format(&mo_TypeError, "'%s' object is not callable", self->type->name);
        return NULL;
    }
    mo_incref(attr);
    MoObject *r = call_attr(attr, self, args, nargs, kwnames);
    mo_decref(attr);
    return r;
}

static MoObject *slot_iter(MoObject *self) {
    MoObject *attr = mo_type_lookup(self->type, mo_str_intern("__iter__"));
    if (!attr || attr == mo_None) {
        mo_err_format(&mo_TypeError, "'%s' object is not iterable", self->type->name);
        return NULL;
    }
    mo_incref(attr);
    MoObject *r = call_attr(attr, self, NULL, 0, NULL);
    mo_decref(attr);
    return r;
}

static MoObject *slot_iternext(MoObject *self) {
    MoObject *r = call_dunder(self, "__next__", NULL, 0, NULL);
    if (!r && mo_err_matches(&mo_StopIteration)) mo_err_clear();
    return r;
}

static int slot_truth(MoObject *self) {
    MoObject *r = call_dunder(self, "__bool__", NULL, 0, NULL);
    if (!r) return -1;
    if (r != mo_True && r != mo_False) {
        mo_err_format(&mo_TypeError, "__bool__ should return bool, returned %T", r);
        mo_decref(r);
        return -1;
    }
    int v = r == mo_True;
    mo_decref(r);
    return v;
}

static int slot_length(MoObject *self, size_t *out) {
    MoObject *r = call_dunder(self, "__len__", NULL, 0, NULL);
    if (!r) return -1;
    MoObject *i = mo_number_index(r);
    mo_decref(r);
    if (!i) return -1;
    int sign = mo_int_sign(i);
    int64_t v = 0;
    int rc = sign < 0 ? 0 : mo_int_as_i64(i, &v);
    mo_decref(i);
    if (sign < 0) {
        mo_err_set(&mo_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (rc < 0) {
        mo_err_clear();
        mo_err_set(&mo_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

static MoObject *slot_getitem(MoObject *self, MoObject *key) { return call_dunder(self, "__getitem__", &key, 1, NULL); }

static int slot_setitem(MoObject *self, MoObject *key, MoObject *value) {
    MoObject *args[2] = {key, value};
    MoObject *r = value ? call_dunder(self, "__setitem__", args, 2, NULL) : call_dunder(self, "__delitem__", args, 1, NULL);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

static int slot_contains(MoObject *self, MoObject *item) {
    bool found;
    MoObject *r = call_dunder(self, "__contains__", &item, 1, &found);
    if (!found) {
        /* __contains__ = None or removed: fall back to iteration like the abstract layer. */
        mo_err_format(&mo_TypeError, "argument of type '%s' is not iterable", self->type->name);
        return -1;
    }
    if (!r) return -1;
    int t = mo_truth(r);
    mo_decref(r);
    return t;
}

static const char *const binop_names[MO_BINOP_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},          {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

static MoObject *slot_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace);

/* The binop slot of the nearest builtin ancestor of t (NULL if none). */
static MoObject *(*builtin_binop(MoType *t))(MoObject *, MoObject *, MoBinOp, bool) {
    MoObject *mro = t->mro;
    for (size_t i = 0; mro && i < MO_TUPLE_LEN(mro); i++) {
        MoType *k = (MoType *)MO_TUPLE_ITEM(mro, i);
        if (!(k->flags & MO_TPFLAG_HEAPTYPE) && k->binop && k->binop != slot_binop) return k->binop;
    }
    return NULL;
}

/* self.name(other): NotImplemented (new reference) when the class has no such method. */
static MoObject *binop_call(MoObject *self, const char *name, MoObject *other) {
    MoObject *attr = mo_type_lookup(self->type, mo_str_intern(name));
    if (!attr || attr == mo_None) return mo_newref(mo_NotImplemented);
    mo_incref(attr);
    MoObject *r = call_attr(attr, self, &other, 1, NULL);
    mo_decref(attr);
    return r;
}

static MoObject *slot_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (inplace) {
        MoObject *attr = lookup_py(a->type, binop_names[op][2]);
        if (attr) {
            mo_incref(attr);
            MoObject *r = call_attr(attr, a, &b, 1, NULL);
            mo_decref(attr);
            return r;
        }
        MoObject *(*bb)(MoObject *, MoObject *, MoBinOp, bool) = builtin_binop(a->type);
        if (bb && !lookup_py(a->type, binop_names[op][0])) return bb(a, b, op, true);
        return mo_newref(mo_NotImplemented);
    }
    bool do_a = a->type->binop == slot_binop;
    bool do_b = b->type->binop == slot_binop && b->type != a->type;
    MoObject *r;
    if (do_a) {
        if (do_b && mo_type_is_subtype(b->type, a->type) && lookup_py(b->type, binop_names[op][1])) {
            r = binop_call(b, binop_names[op][1], a);
            if (r != mo_NotImplemented) return r;
            mo_decref(r);
            do_b = false;
        }
        r = binop_call(a, binop_names[op][0], b);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    if (do_b) return binop_call(b, binop_names[op][1], a);
    return mo_newref(mo_NotImplemented);
}

static MoObject *slot_unaryop(MoObject *self, MoUnaryOp op) {
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    MoObject *attr = mo_type_lookup(self->type, mo_str_intern(names[op]));
    if (!attr || attr == mo_None) return mo_newref(mo_NotImplemented);
    mo_incref(attr);
    MoObject *r = call_attr(attr, self, NULL, 0, NULL);
    mo_decref(attr);
    return r;
}

static MoObject *slot_getattr(MoObject *self, MoObject *name) {
    MoObject *ga = lookup_py(self->type, "__getattribute__");
    MoObject *r;
    if (ga) {
        mo_incref(ga);
        r = call_attr(ga, self, &name, 1, NULL);
        mo_decref(ga);
    } else {
        MoType *solid = solid_base(self->type);
        r = solid->getattr && solid->getattr != slot_getattr ? solid->getattr(self, name) : mo_generic_getattr(self, name);
    }
    if (r || !mo_err_matches(&mo_AttributeError)) return r;
    MoObject *gh = lookup_py(self->type, "__getattr__");
    if (!gh) return NULL;
    mo_err_clear();
    mo_incref(gh);
    r = call_attr(gh, self, &name, 1, NULL);
    mo_decref(gh);
    return r;
}

static int slot_setattr(MoObject *self, MoObject *name, MoObject *value) {
    MoObject *args[2] = {name, value};
    MoObject *r = value ? call_dunder(self, "__setattr__", args, 2, NULL) : call_dunder(self, "__delattr__", args, 1, NULL);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

static MoObject *slot_descr_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoObject *args[2] = {obj ? obj : mo_None, owner ? MO(owner) : mo_None};
    return call_dunder(descr, "__get__", args, 2, NULL);
}

static int slot_descr_set(MoObject *descr, MoObject *obj, MoObject *value) {
    MoObject *args[2] = {obj, value};
    MoObject *r = value ? call_dunder(descr, "__set__", args, 2, NULL) : call_dunder(descr, "__delete__", args, 1, NULL);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

/* Calls f(first, *args, **kw) for vectorcall arguments: new reference or NULL. */
static MoObject *call_prepend(MoObject *f, MoObject *first, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    MoObject *small[8];
    MoObject **buf = small;
    if (nargs + nkw + 1 > 8) {
        buf = mo_alloc((nargs + nkw + 1) * sizeof *buf);
        if (!buf) return NULL;
    }
    buf[0] = first;
    for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
    MoObject *r = mo_call(f, buf, nargs + 1, kwnames);
    if (buf != small) mo_free(buf);
    return r;
}

static bool is_mutable_container(MoType *t) {
    return t == &mo_list_type || t == &mo_dict_type || t == &mo_set_type || t == &mo_bytearray_type;
}

static MoObject *slot_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    MoObject *newf = mo_type_lookup(type, mo_str_intern("__new__"));
    MoObject *initf = mo_type_lookup(type, mo_str_intern("__init__"));
    bool py_new = newf && is_python_level(newf);
    bool py_init = initf && is_python_level(initf);
    MoObject *obj;
    if (initf) mo_incref(initf);
    if (py_new) {
        MoObject *fn = newf->type->descr_get ? newf->type->descr_get(newf, NULL, type) : mo_newref(newf);
        obj = fn ? call_prepend(fn, MO(type), args, nargs, kwnames) : NULL;
        mo_xdecref(fn);
    } else {
        MoType *solid = solid_base(type);
        if (solid == &mo_object_type) {
            if ((nargs || nkw) && !py_init) {
                mo_err_format(&mo_TypeError, "%s() takes no arguments", type->name);
                obj = NULL;
            } else {
                obj = mo_object_alloc_instance(type);
            }
        } else if (!solid->vnew) {
            mo_err_format(&mo_TypeError, "cannot create '%s' instances", type->name);
            obj = NULL;
        } else if (py_init && is_mutable_container(solid)) {
            obj = solid->vnew(type, NULL, 0, NULL);
        } else {
            obj = solid->vnew(type, args, nargs, kwnames);
        }
    }
    if (obj && py_init && mo_isinstance_type(obj, type)) {
        MoObject *r;
        if (initf->type == &mo_function_type) {
            r = call_prepend(initf, obj, args, nargs, kwnames);
        } else {
            MoObject *bound = initf->type->descr_get ? initf->type->descr_get(initf, obj, obj->type) : mo_newref(initf);
            r = bound ? mo_call(bound, args, nargs, kwnames) : NULL;
            mo_xdecref(bound);
        }
        if (r && r != mo_None) {
            mo_err_format(&mo_TypeError, "__init__() should return None, not '%T'", r);
            MO_CLEAR(r);
        }
        if (!r) MO_CLEAR(obj);
        mo_xdecref(r);
    }
    mo_xdecref(initf);
    return obj;
}

MoObject *mo_type_prepare_init(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kwnames,
                               MoObject **init) {
    *init = NULL;
    if (!mo_isinstance_type(cls, &mo_type_type)) return NULL;
    MoType *type = (MoType *)cls;
    if (type->vnew != slot_vnew || cls->type->call != mo_type_type.call) return NULL;
    MoObject *newf = mo_type_lookup(type, mo_str_intern("__new__"));
    MoObject *initf = mo_type_lookup(type, mo_str_intern("__init__"));
    if ((newf && is_python_level(newf)) || !initf || initf->type != &mo_function_type) return NULL;
    MoType *solid = solid_base(type);
    MoObject *obj;
    if (solid == &mo_object_type) obj = mo_object_alloc_instance(type);
    else if (!solid->vnew) return NULL;
    else if (is_mutable_container(solid)) obj = solid->vnew(type, NULL, 0, NULL);
    else obj = solid->vnew(type, args, nargs, kwnames);
    if (obj) *init = initf;
    return obj;
}

bool mo_type_slot_is_python(MoType *t, MoPySlot s) {
    switch (s) {
    case MO_PYSLOT_GETITEM: return t->getitem == slot_getitem;
    case MO_PYSLOT_SETITEM: return t->setitem == slot_setitem;
    case MO_PYSLOT_CONTAINS: return t->contains == slot_contains;
    case MO_PYSLOT_ITER: return t->iter == slot_iter;
    case MO_PYSLOT_ITERNEXT: return t->iternext == slot_iternext;
    case MO_PYSLOT_CALL: return t->call == slot_call;
    case MO_PYSLOT_DESCR_GET: return t->descr_get == slot_descr_get;
    case MO_PYSLOT_RICHCOMPARE: return t->richcompare == slot_richcompare;
    }
    return false;
}

MoObject *mo_type_getattr_hook(MoType *t) {
    if (t->getattr != slot_getattr || lookup_py(t, "__getattribute__")) return NULL;
    MoObject *gh = lookup_py(t, "__getattr__");
    return gh && gh->type == &mo_function_type ? gh : NULL;
}

static bool owns_dict(MoType *t) { return (t->dict_offset && !solid_base(t)->dict_offset) || has_side_dict(t); }

/* Drops o's own dict (inline slot or side-table entry). */
static void clear_own_dict(MoObject *o) {
    if (has_side_dict(o->type)) {
        mo_xdecref(side_take(o));
        return;
    }
    MoObject **p = dict_ptr(o, false);
    if (p) MO_CLEAR(*p);
}

/* The __slots__ values of a heap type k's own layer in instance o. */
static MoObject **slot_values(MoObject *o, MoType *k) { return (MoObject **)((char *)o + ((MoHeapType *)k)->slots_offset); }

static void clear_slots(MoObject *o) {
    for (MoType *k = o->type; k->flags & MO_TPFLAG_HEAPTYPE; k = k->base)
        for (size_t i = 0; i < ((MoHeapType *)k)->nslots; i++) MO_CLEAR(slot_values(o, k)[i]);
}

static void subtype_dealloc(MoObject *o) {
    MoType *t = o->type;
    MoType *solid = solid_base(t);
    if (t->flags & MO_TPFLAG_GC) mo_gc_untrack(o);
    clear_slots(o);
    if (owns_dict(t)) clear_own_dict(o);
    if (solid->dealloc) solid->dealloc(o);
    else mo_object_free(o);
}

static int subtype_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoType *t = o->type;
    /* The reference to the class that the allocator holds for every instance of a heap type. */
    if (HEAP_TYPES_COLLECTED && visit(MO(t), arg)) return 1;
    for (MoType *k = t; k->flags & MO_TPFLAG_HEAPTYPE; k = k->base)
        for (size_t i = 0; i < ((MoHeapType *)k)->nslots; i++) {
            MoObject *v = slot_values(o, k)[i];
            if (v && visit(v, arg)) return 1;
        }
    MoObject **dp = owns_dict(t) ? dict_ptr(o, false) : NULL;
    if (dp && *dp) {
        int r = visit(*dp, arg);
        if (r) return r;
    }
    MoType *solid = solid_base(t);
    return solid->traverse ? solid->traverse(o, visit, arg) : 0;
}

static void subtype_clear(MoObject *o) {
    MoType *t = o->type;
    clear_slots(o);
    if (owns_dict(t)) clear_own_dict(o);
    MoType *solid = solid_base(t);
    if (solid->clear) solid->clear(o);
}

static MoObject *inst_get_dict(MoObject *o) {
    MoObject **slot = dict_ptr(o, true);
    if (!slot) return NULL;
    if (!*slot) {
        *slot = mo_dict_new();
        if (!*slot) return NULL;
    }
    return mo_newref(*slot);
}

static int inst_set_dict(MoObject *o, MoObject *v) {
    if (!v) {
        mo_err_set(&mo_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!MO_DICT_CHECK(v)) {
        mo_err_format(&mo_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    MoObject **slot = dict_ptr(o, true);
    if (!slot) return -1;
    MO_SETREF(*slot, mo_newref(v));
    return 0;
}

static const MoGetSetDef inst_dict_getset = {"__dict__", inst_get_dict, inst_set_dict, NULL};

/* C3 linearization of t with the given bases: new tuple reference or NULL (TypeError). */
static MoObject *compute_mro(MoType *t, MoObject *bases) {
    size_t nb = MO_TUPLE_LEN(bases);
    size_t total = 1;
    for (size_t i = 0; i < nb; i++) total += MO_TUPLE_LEN(((MoType *)MO_TUPLE_ITEM(bases, i))->mro);
    MoObject **out = mo_alloc(total * sizeof *out);
    size_t *pos = mo_calloc((nb + 1) * sizeof *pos);
    MoObject *result = NULL;
    if (!out || !pos) goto done;
    size_t n = 0;
    out[n++] = MO(t);
    /* Sequence i < nb is the MRO of base i; sequence nb is the list of bases. */
#define SEQ(i) ((i) < nb ? ((MoType *)MO_TUPLE_ITEM(bases, (i)))->mro : bases)
    for (;;) {
        bool empty = true;
        MoObject *cand = NULL;
        for (size_t i = 0; i <= nb && !cand; i++) {
            MoObject *s = SEQ(i);
            if (pos[i] >= MO_TUPLE_LEN(s)) continue;
            empty = false;
            MoObject *c = MO_TUPLE_ITEM(s, pos[i]);
            bool in_tail = false;
            for (size_t j = 0; j <= nb && !in_tail; j++) {
                MoObject *sj = SEQ(j);
                for (size_t k = pos[j] + 1; k < MO_TUPLE_LEN(sj); k++)
                    if (MO_TUPLE_ITEM(sj, k) == c) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail) cand = c;
        }
        if (empty) break;
        if (!cand || n >= total) {
            MoStrBuf b;
            mo_strbuf_init(&b);
            mo_strbuf_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            size_t shown = 0;
            for (size_t i = 0; i <= nb; i++) {
                MoObject *s = SEQ(i);
                if (pos[i] >= MO_TUPLE_LEN(s)) continue;
                MoType *h = (MoType *)MO_TUPLE_ITEM(s, pos[i]);
                bool dup = false;
                for (size_t j = 0; j < i; j++) {
                    MoObject *sj = SEQ(j);
                    if (pos[j] < MO_TUPLE_LEN(sj) && MO_TUPLE_ITEM(sj, pos[j]) == MO(h)) dup = true;
                }
                if (dup) continue;
                if (shown++) mo_strbuf_append_cstr(&b, ", ");
                mo_strbuf_append_cstr(&b, h->name);
            }
            MoObject *msg = mo_strbuf_finish(&b);
            if (msg) {
                MoObject *args = mo_tuple_pack(1, msg);
                mo_decref(msg);
                MoObject *e = args ? mo_exception_new(&mo_TypeError, args) : NULL;
                mo_xdecref(args);
                if (e) mo_err_restore(e);
            }
            goto done;
        }
        out[n++] = cand;
        for (size_t i = 0; i <= nb; i++) {
            MoObject *s = SEQ(i);
            if (pos[i] < MO_TUPLE_LEN(s) && MO_TUPLE_ITEM(s, pos[i]) == cand) pos[i]++;
        }
    }
#undef SEQ
    result = mo_tuple_from_array(out, n);
done:
    mo_free(out);
    mo_free(pos);
    return result;
}

static void update_slots(MoType *t) {
    if (lookup_py(t, "__repr__")) t->repr = slot_repr;
    if (lookup_py(t, "__str__")) t->str = slot_str;
    MoObject *h = mo_type_lookup(t, mo_str_intern("__hash__"));
    if (h == mo_None) t->hash = NULL;
    else if (h && is_python_level(h)) t->hash = slot_hash;
    for (int i = 0; i < 6; i++)
        if (lookup_py(t, cmp_names[i])) t->richcompare = slot_richcompare;
    if (lookup_py(t, "__call__")) t->call = slot_call;
    if (lookup_py(t, "__iter__")) t->iter = slot_iter;
    if (lookup_py(t, "__next__")) t->iternext = slot_iternext;
    if (lookup_py(t, "__bool__")) t->truth = slot_truth;
    if (lookup_py(t, "__len__")) t->length = slot_length;
    if (lookup_py(t, "__getitem__")) t->getitem = slot_getitem;
    if (lookup_py(t, "__setitem__") || lookup_py(t, "__delitem__")) t->setitem = slot_setitem;
    if (lookup_py(t, "__contains__")) t->contains = slot_contains;
    for (int op = 0; op < MO_BINOP_COUNT; op++)
        for (int k = 0; k < 3; k++)
            if (lookup_py(t, binop_names[op][k])) t->binop = slot_binop;
    if (lookup_py(t, "__neg__") || lookup_py(t, "__pos__") || lookup_py(t, "__invert__")) t->unaryop = slot_unaryop;
    if (lookup_py(t, "__getattr__") || lookup_py(t, "__getattribute__")) t->getattr = slot_getattr;
    if (lookup_py(t, "__setattr__") || lookup_py(t, "__delattr__")) t->setattr = slot_setattr;
    if (lookup_py(t, "__get__")) t->descr_get = slot_descr_get;
    if (lookup_py(t, "__set__") || lookup_py(t, "__delete__")) t->descr_set = slot_descr_set;
}

/* The class along t's MRO (t excluded) whose own dict defines one of names: borrowed or NULL. */
/* The class whose C slot t should use for the dunder(s) `names`: the first class along t's MRO
 * whose dict defines one of them; a builtin's slot wrapper stored in a dict (`__hash__ =
 * object.__hash__`) stands for its owner. NULL when t's own dict defines it in Python (then
 * update_slots installs the slot_* function) or nothing does. Borrowed. */
static MoType *mro_definer(MoType *t, const char *const *names, bool *dispatch) {
    *dispatch = false;
    for (size_t i = 0; i < MO_TUPLE_LEN(t->mro); i++) {
        MoType *k = (MoType *)MO_TUPLE_ITEM(t->mro, i);
        for (size_t j = 0; names[j]; j++) {
            MoObject *v = k->dict ? mo_dict_get_str(k->dict, names[j]) : NULL;
            if (!v) continue;
            if (v->type == &mo_wrapper_descr_type) {
                MoSlotWrapper *w = (MoSlotWrapper *)v;
                if (!strcmp(w->sd->name, names[j])) return w->owner;
                /* Another slot's wrapper (__str__ = int.__repr__): call through the dict. */
                *dispatch = true;
                return NULL;
            }
            return i == 0 ? NULL : k;
        }
    }
    return NULL;
}

/* inherit_slots copies each slot from the first MRO entry that has it, but a plain Python base
 * carries object's slots: for class B(A, int), repr/eq/hash must come from int, the first class
 * whose dict defines __repr__ (as CPython resolves slots through the MRO's dicts). */
static void resolve_inherited_slots(MoType *t) {
    static const char *const repr_n[] = {"__repr__", NULL}, *const str_n[] = {"__str__", NULL},
                             *const hash_n[] = {"__hash__", NULL}, *const iter_n[] = {"__iter__", NULL},
                             *const bool_n[] = {"__bool__", NULL}, *const len_n[] = {"__len__", NULL},
                             *const getitem_n[] = {"__getitem__", NULL}, *const contains_n[] = {"__contains__", NULL},
                             *const call_n[] = {"__call__", NULL},
                             *const cmp_n[] = {"__eq__", "__lt__", "__le__", "__ne__", "__gt__", "__ge__", NULL};
    MoType *k;
    bool d;
#define RESOLVE(names, field, dispatcher) \
    if ((k = mro_definer(t, names, &d))) t->field = k->field; \
    else if (d) t->field = dispatcher
    RESOLVE(repr_n, repr, slot_repr);
    RESOLVE(str_n, str, slot_str);
    RESOLVE(hash_n, hash, slot_hash);
    RESOLVE(cmp_n, richcompare, slot_richcompare);
    RESOLVE(iter_n, iter, slot_iter);
    RESOLVE(bool_n, truth, slot_truth);
    RESOLVE(len_n, length, slot_length);
    RESOLVE(getitem_n, getitem, slot_getitem);
    RESOLVE(contains_n, contains, slot_contains);
    RESOLVE(call_n, call, slot_call);
#undef RESOLVE
}

/* Builtin bases whose instances have no room for an attribute dict (variable-size layouts). */
static bool varsize_base(MoType *solid) {
    return solid == &mo_str_type || solid == &mo_bytes_type ||
           solid == &mo_tuple_type || solid == &mo_type_type || mo_type_is_subtype(solid, &mo_type_type);
}

/* Wraps dict[key] in wrapper_type (staticmethod/classmethod) if it is a plain function. */
static int auto_wrap(MoObject *dict, const char *key, MoType *wrapper_type) {
    MoObject *f = mo_dict_get_str(dict, key);
    if (!f || f->type != &mo_function_type) return 0;
    MoObject *w = mo_call1(MO(wrapper_type), f);
    if (!w) return -1;
    int r = mo_dict_set_str(dict, key, w);
    mo_decref(w);
    return r;
}

/* Calls __set_name__ on every attribute that has one, then the parents' __init_subclass__. */
static int finish_class(MoType *t, MoObject *const *kwvals, MoObject *kwnames) {
    MoObject *keys = mo_dict_keys_list(t->dict);
    if (!keys) return -1;
    for (size_t i = 0; i < MO_LIST_LEN(keys); i++) {
        MoObject *k = MO_LIST_ITEM(keys, i);
        MoObject *v = mo_dict_get(t->dict, k);
        if (!v) continue;
        MoObject *sn = mo_type_lookup(v->type, mo_str_intern("__set_name__"));
        if (!sn) continue;
        mo_incref(v);
        mo_incref(sn);
        MoObject *args[2] = {MO(t), k};
        MoObject *r = call_attr(sn, v, args, 2, NULL);
        mo_decref(sn);
        mo_decref(v);
        if (!r) {
            mo_decref(keys);
            return -1;
        }
        mo_decref(r);
    }
    mo_decref(keys);
    MoObject *name = mo_str_intern("__init_subclass__");
    MoObject *mro = t->mro;
    for (size_t i = 1; i < MO_TUPLE_LEN(mro); i++) {
        MoType *k = (MoType *)MO_TUPLE_ITEM(mro, i);
        MoObject *a = k->dict ? mo_dict_get(k->dict, name) : NULL;
        if (!a) continue;
        MoObject *bound = a->type->descr_get ? a->type->descr_get(a, NULL, t) : mo_newref(a);
        if (!bound) return -1;
        /* Keyword arguments of the class statement (other than metaclass) go to the parent's
         * __init_subclass__, as in CPython. */
        MoObject *r = mo_call(bound, kwvals, 0, kwnames && MO_TUPLE_LEN(kwnames) ? kwnames : NULL);
        mo_decref(bound);
        if (!r) return -1;
        mo_decref(r);
        break;
    }
    return 0;
}

/* A __slots__ member: reads and writes one MoObject * at a fixed offset of the instance. */
typedef struct MoMemberDescr {
    MO_HEAD;
    MoType *owner;
    size_t offset;
    MoObject *name; /* str, owned */
} MoMemberDescr;

static void member_dealloc(MoObject *o) {
    MO_CLEAR(((MoMemberDescr *)o)->name);
    mo_object_free(o);
}

static MoObject *member_repr(MoObject *o) {
    MoMemberDescr *m = (MoMemberDescr *)o;
    return mo_format("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static int member_check(MoMemberDescr *m, MoObject *obj) {
    if (mo_isinstance_type(obj, m->owner)) return 0;
    mo_err_format(&mo_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", m->name,
                  m->owner->name, obj);
    return -1;
}

static MoObject *member_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoMemberDescr *m = (MoMemberDescr *)descr;
    if (!obj) return mo_newref(descr);
    if (member_check(m, obj) < 0) return NULL;
    MoObject *v = *(MoObject **)((char *)obj + m->offset);
    if (!v) {
        mo_err_format(&mo_AttributeError, "'%s' object has no attribute '%U'", obj->type->name, m->name);
        return NULL;
    }
    return mo_newref(v);
}

static int member_set(MoObject *descr, MoObject *obj, MoObject *value) {
    MoMemberDescr *m = (MoMemberDescr *)descr;
    if (member_check(m, obj) < 0) return -1;
    MoObject **p = (MoObject **)((char *)obj + m->offset);
    if (!value && !*p) {
        MoObject *args = mo_tuple_pack(1, m->name);
        MoObject *e = args ? mo_exception_new(&mo_AttributeError, args) : NULL;
        mo_xdecref(args);
        if (e) mo_err_restore(e);
        return -1;
    }
    mo_xincref(value);
    MO_SETREF(*p, value);
    return 0;
}

static MoObject *member_get_name(MoObject *o) { return mo_newref(((MoMemberDescr *)o)->name); }

static const MoGetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

MoType mo_member_descr_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "member_descriptor",
    .size = sizeof(MoMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
};

/* Reads a class body's __slots__: a new tuple of str (without __dict__/__weakref__), *want_dict
 * set if "__dict__" was listed; NULL with an exception on bad input. */
static MoObject *read_slots(MoObject *slots, MoObject *dict, bool *want_dict) {
    MoObject *all = MO_STR_CHECK(slots) ? mo_tuple_pack(1, slots) : mo_sequence_tuple(slots);
    if (!all) return NULL;
    MoObject *out = mo_list_new(0);
    if (!out) goto fail;
    for (size_t i = 0; i < MO_TUPLE_LEN(all); i++) {
        MoObject *n = MO_TUPLE_ITEM(all, i);
        if (!MO_STR_CHECK(n)) {
            mo_err_format(&mo_TypeError, "__slots__ items must be strings, not '%T'", n);
            goto fail;
        }
        if (mo_str_eq_cstr(n, "__dict__")) {
            *want_dict = true;
            continue;
        }
        if (mo_str_eq_cstr(n, "__weakref__")) continue;
        if (mo_dict_get(dict, n)) {
            mo_err_format(&mo_ValueError, "%R in __slots__ conflicts with class variable", n);
            goto fail;
        }
        if (mo_list_append(out, n) < 0) goto fail;
    }
    mo_decref(all);
    MoObject *t = mo_list_as_tuple(out);
    mo_decref(out);
    return t;
fail:
    mo_decref(all);
    mo_xdecref(out);
    return NULL;
}

static MoObject *type_new_impl(MoType *meta, MoObject *name, MoObject *bases, MoObject *dict, MoObject *const *kwvals,
                               MoObject *kwnames) {
    size_t nb = MO_TUPLE_LEN(bases);
    /* CPython's _PyType_CalculateMetaclass: the metaclass must derive from every base's type. */
    MoType *winner = meta;
    for (size_t i = 0; i < nb; i++) {
        MoType *bt = MO_TUPLE_ITEM(bases, i)->type;
        if (mo_type_is_subtype(winner, bt)) continue;
        if (mo_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        mo_err_set(&mo_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                  "subclass of the metaclasses of all its bases");
        return NULL;
    }
    for (size_t i = 0; i < nb; i++) {
        MoObject *b = MO_TUPLE_ITEM(bases, i);
        if (!mo_isinstance_type(b, &mo_type_type)) {
            mo_err_set(&mo_TypeError, "bases must be types");
            return NULL;
        }
        if (!(((MoType *)b)->flags & MO_TPFLAG_BASETYPE)) {
            mo_err_format(&mo_TypeError, "type '%s' is not an acceptable base type", ((MoType *)b)->name);
            return NULL;
        }
        for (size_t j = 0; j < i; j++)
            if (MO_TUPLE_ITEM(bases, j) == b) {
                mo_err_format(&mo_TypeError, "duplicate base class %s", ((MoType *)b)->name);
                return NULL;
            }
    }
    /* The base whose builtin layout is the most derived decides the instance struct. */
    MoType *best = nb ? (MoType *)MO_TUPLE_ITEM(bases, 0) : &mo_object_type;
    for (size_t i = 1; i < nb; i++) {
        MoType *b = (MoType *)MO_TUPLE_ITEM(bases, i);
        MoType *sb = layout_owner(b), *sbest = layout_owner(best);
        if (mo_type_is_subtype(sb, sbest)) {
            if (sb != sbest) best = b;
        } else if (!mo_type_is_subtype(sbest, sb)) {
            mo_err_set(&mo_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    size_t size = meta->size < sizeof(MoHeapType) ? sizeof(MoHeapType) : meta->size;
    MoHeapType *ht = (MoHeapType *)((meta->flags & MO_TPFLAG_GC) ? mo_gc_new(meta, size) : mo_object_new_size(meta, size));
    if (!ht) return NULL;
    MoType *t = &ht->t;
    ht->ht_name = mo_newref(name);
    t->name = MO_STR_UTF8(name);
    t->base = best;
    t->bases = nb ? mo_newref(bases) : mo_tuple_pack(1, MO(&mo_object_type));
    t->dict = mo_dict_copy(dict);
    if (!t->bases || !t->dict) goto fail;
    {
        /* A built-in module's stand-in for a C type names itself as CPython's C type does in
         * messages ('collections.deque'); the marker does not stay in the class's dict. */
        MoObject *tp_name = mo_dict_get_str(t->dict, "__moat_tp_name__");
        if (tp_name && MO_STR_CHECK(tp_name)) {
            ht->ht_tp_name = mo_newref(tp_name);
            t->name = MO_STR_UTF8(tp_name);
            if (mo_dict_del(t->dict, mo_str_intern("__moat_tp_name__")) < 0) goto fail;
        } else if (mo_err_occurred()) {
            goto fail;
        }
    }
    t->flags = MO_TPFLAG_HEAPTYPE | MO_TPFLAG_BASETYPE;
    MoType *solid = solid_base(best);
    MoObject *slots_decl = mo_dict_get_str(t->dict, "__slots__");
    bool want_dict = slots_decl == NULL;
    MoObject *slot_names = NULL;
    if (slots_decl) {
        slot_names = read_slots(slots_decl, t->dict, &want_dict);
        if (!slot_names) goto fail;
        /* CPython refuses slots on its variable-size builtins (int's digits live inline there). */
        if (MO_TUPLE_LEN(slot_names) && (varsize_base(solid) || solid == &mo_int_type || solid == &mo_bool_type)) {
            mo_err_format(&mo_TypeError, "nonempty __slots__ not supported for subtype of '%s'", solid->name);
            mo_decref(slot_names);
            goto fail;
        }
    }
    size_t end = (best->size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    ht->slots_offset = end;
    ht->nslots = slot_names ? MO_TUPLE_LEN(slot_names) : 0;
    end += ht->nslots * sizeof(MoObject *);
    t->size = varsize_base(solid) ? best->size : end;
    if (ht->nslots) t->flags |= MO_TPFLAG_GC;
    if (best->dict_offset) {
        t->dict_offset = best->dict_offset;
    } else if (want_dict && !varsize_base(solid)) {
        t->dict_offset = end;
        t->size = end + sizeof(MoObject *);
        t->flags |= MO_TPFLAG_GC;
    } else if (want_dict && (solid == &mo_str_type || solid == &mo_bytes_type || solid == &mo_tuple_type)) {
        /* No room inside the object: a side table. The GC flag stays the base's (str and bytes
         * instances are allocated without a GC header). */
        ht->side_dict = true;
    }
    for (size_t i = 0; i < ht->nslots; i++) {
        MoMemberDescr *m = (MoMemberDescr *)mo_object_new(&mo_member_descr_type);
        if (!m) {
            mo_decref(slot_names);
            goto fail;
        }
        m->owner = t;
        m->offset = ht->slots_offset + i * sizeof(MoObject *);
        m->name = mo_newref(MO_TUPLE_ITEM(slot_names, i));
        int r = mo_dict_set(t->dict, m->name, MO(m));
        mo_decref(MO(m));
        if (r < 0) {
            mo_decref(slot_names);
            goto fail;
        }
    }
    mo_xdecref(slot_names);
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->vnew = slot_vnew;
    t->mro = compute_mro(t, t->bases);
    if (!t->mro) goto fail;
    for (size_t i = 1; i < MO_TUPLE_LEN(t->mro); i++) inherit_slots(t, (MoType *)MO_TUPLE_ITEM(t->mro, i));
    resolve_inherited_slots(t);
    /* The solid base's constructor allocates the instances: str and bytes ones carry no GC header,
     * whatever another base (class S(str, Enum)) says, so the flag must be the solid base's. */
    if (varsize_base(solid)) t->flags = (t->flags & ~MO_TPFLAG_GC) | (solid->flags & MO_TPFLAG_GC);
    if (!(t->flags & MO_TPFLAG_GC)) t->traverse = NULL, t->clear = NULL;

    MoObject *d = t->dict;
    if (!mo_dict_get_str(d, "__module__") && mo_vm && mo_vm->globals) {
        MoObject *mod = mo_dict_get_str(mo_vm->globals, "__name__");
        if (mod && mo_dict_set_str(d, "__module__", mod) < 0) goto fail;
    }
    if (!mo_dict_get_str(d, "__doc__") && mo_dict_set_str(d, "__doc__", mo_None) < 0) goto fail;
    if (mo_dict_get_str(d, "__eq__") && !mo_dict_get_str(d, "__hash__") && mo_dict_set_str(d, "__hash__", mo_None) < 0)
        goto fail;
    if (auto_wrap(d, "__new__", &mo_staticmethod_type) < 0 || auto_wrap(d, "__init_subclass__", &mo_classmethod_type) < 0 ||
        auto_wrap(d, "__class_getitem__", &mo_classmethod_type) < 0)
        goto fail;
    if (owns_dict(t) && !mo_dict_get_str(d, "__dict__")) {
        MoObject *gs = mo_getset_descr_new(t, &inst_dict_getset);
        if (!gs || mo_dict_set_str(d, "__dict__", gs) < 0) {
            mo_xdecref(gs);
            goto fail;
        }
        mo_decref(gs);
    }
    update_slots(t);
    if (HEAP_TYPES_COLLECTED) mo_gc_track(MO(t));
    if (finish_class(t, kwvals, kwnames) < 0) {
        mo_decref(MO(t));
        return NULL;
    }
    return MO(t);
fail:
    if (HEAP_TYPES_COLLECTED) {
        mo_decref(MO(t)); /* type_dealloc copes with a half-built class (NULL fields) */
        return NULL;
    }
    /* Classes are not collected yet: its MRO (if any) references it, so only the memory of the
     * run reclaims it. Drop what can be dropped now. */
    MO_CLEAR(t->dict);
    return NULL;
}

MoObject *mo_type_new_class(MoObject *name, MoObject *bases, MoObject *dict) {
    return type_new_impl(&mo_type_type, name, bases, dict, NULL, NULL);
}

/* ---- types.GenericAlias: list[int], dict[str, int] ---------------------------------------------
 *
 * Subscripting a builtin container type builds an alias that remembers the origin and the
 * arguments, prints like CPython (`dict[str, list[int]]`) and calls through to the origin. It
 * exists so that type hints written as expressions (x: list[int] = [] at module level is not
 * evaluated, but aliases such as Grid = list[list[int]] are) work. */

typedef struct MoGenericAlias {
    MO_HEAD;
    MoObject *origin; /* type */
    MoObject *args;   /* tuple */
} MoGenericAlias;

static void ga_clear(MoObject *o) {
    MO_CLEAR(((MoGenericAlias *)o)->origin);
    MO_CLEAR(((MoGenericAlias *)o)->args);
}

static void ga_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    ga_clear(o);
    mo_object_free(o);
}

static int ga_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoGenericAlias *g = (MoGenericAlias *)o;
    if (g->origin && visit(g->origin, arg)) return 1;
    if (g->args && visit(g->args, arg)) return 1;
    return 0;
}

extern MoType mo_generic_alias_type;

/* The repr of one alias argument: a class by its qualified name, ... as "...", else repr(). */
static bool ga_append_arg(MoStrBuf *b, MoObject *a) {
    if (a == mo_Ellipsis) return mo_strbuf_append_cstr(b, "...");
    if (mo_isinstance_type(a, &mo_type_type)) {
        MoType *t = (MoType *)a;
        MoObject *mod = (t->flags & MO_TPFLAG_HEAPTYPE) && t->dict ? mo_dict_get_str(t->dict, "__module__") : NULL;
        MoObject *q = (t->flags & MO_TPFLAG_HEAPTYPE) && t->dict ? mo_dict_get_str(t->dict, "__qualname__") : NULL;
        if (mod && MO_STR_CHECK(mod) && !mo_str_eq_cstr(mod, "builtins")) {
            mo_strbuf_append_obj(b, mod);
            mo_strbuf_append_cstr(b, ".");
        }
        if (q && MO_STR_CHECK(q)) return mo_strbuf_append_obj(b, q);
        return mo_strbuf_append_cstr(b, t->name);
    }
    MoObject *r = mo_repr(a);
    if (!r) return false;
    bool ok = mo_strbuf_append_obj(b, r);
    mo_decref(r);
    return ok;
}

static MoObject *ga_repr(MoObject *o) {
    MoGenericAlias *g = (MoGenericAlias *)o;
    MoStrBuf b;
    mo_strbuf_init(&b);
    if (!ga_append_arg(&b, g->origin)) goto fail;
    mo_strbuf_append_cstr(&b, "[");
    size_t n = MO_TUPLE_LEN(g->args);
    if (n == 0) mo_strbuf_append_cstr(&b, "()");
    for (size_t i = 0; i < n; i++) {
        if (i) mo_strbuf_append_cstr(&b, ", ");
        if (!ga_append_arg(&b, MO_TUPLE_ITEM(g->args, i))) goto fail;
    }
    mo_strbuf_append_cstr(&b, "]");
    return mo_strbuf_finish(&b);
fail:
    mo_strbuf_free(&b);
    return NULL;
}

static MoObject *ga_call(MoObject *o, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return mo_call(((MoGenericAlias *)o)->origin, args, nargs, kwnames);
}

static MoObject *ga_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if ((op != MO_EQ && op != MO_NE) || b->type != &mo_generic_alias_type) return mo_newref(mo_NotImplemented);
    MoGenericAlias *x = (MoGenericAlias *)a, *y = (MoGenericAlias *)b;
    int eq = x->origin == y->origin ? mo_richcompare_bool(x->args, y->args, MO_EQ) : 0;
    if (eq < 0) return NULL;
    return mo_bool(op == MO_EQ ? eq : !eq);
}

static int ga_hash(MoObject *o, int64_t *out) {
    MoGenericAlias *g = (MoGenericAlias *)o;
    int64_t h1, h2;
    if (mo_hash(g->origin, &h1) < 0 || mo_hash(g->args, &h2) < 0) return -1;
    int64_t h = h1 ^ h2;
    *out = h == -1 ? -2 : h;
    return 0;
}

static MoObject *ga_getattr(MoObject *o, MoObject *name) {
    MoGenericAlias *g = (MoGenericAlias *)o;
    if (mo_str_eq_cstr(name, "__origin__")) return mo_newref(g->origin);
    if (mo_str_eq_cstr(name, "__args__")) return mo_newref(g->args);
    MoObject *r = mo_generic_getattr(o, name);
    if (r || !mo_err_matches(&mo_AttributeError)) return r;
    /* Everything else comes from the origin (list[int].append is list.append). */
    mo_err_clear();
    return mo_getattr(g->origin, name);
}

MoType mo_generic_alias_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "types.GenericAlias",
    .size = sizeof(MoGenericAlias),
    .flags = MO_TPFLAG_GC,
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .clear = ga_clear,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .binop = type_binop,
};

MoObject *mo_generic_alias_new(MoObject *origin, MoObject *item) {
    static MoType *const generic[] = {&mo_list_type, &mo_dict_type, &mo_tuple_type, &mo_set_type,
                                      &mo_frozenset_type, &mo_type_type, &mo_enumerate_type, &mo_reversed_type,
                                      &mo_map_type, &mo_filter_type, &mo_zip_type, NULL};
    bool ok = false;
    for (size_t i = 0; generic[i]; i++)
        if (origin == MO(generic[i])) ok = true;
    if (!ok) {
        mo_err_format(&mo_TypeError, "type '%s' is not subscriptable", ((MoType *)origin)->name);
        return NULL;
    }
    MoGenericAlias *g = (MoGenericAlias *)mo_gc_new(&mo_generic_alias_type, sizeof(MoGenericAlias));
    if (!g) return NULL;
    g->origin = mo_newref(origin);
    g->args = MO_CHECK_EXACT(item, mo_tuple_type) ? mo_newref(item) : mo_tuple_pack(1, item);
    if (!g->args) {
        mo_decref(origin);
        g->origin = NULL;
        mo_object_free(MO(g));
        return NULL;
    }
    mo_gc_track(MO(g));
    return MO(g);
}

/* ---- types.UnionType: int | None -----------------------------------------------------------------
 *
 * `X | Y` on classes (PEP 604) builds a union that isinstance/issubclass accept like a tuple and
 * that prints as CPython does ("int | None"). Operands may be classes, None (stored as NoneType),
 * generic aliases and unions (flattened); duplicates are dropped, and a union of one member is
 * that member. Anything else makes `|` return NotImplemented (so TypeError as in CPython). */

typedef struct MoUnion {
    MO_HEAD;
    MoObject *args; /* tuple of at least two distinct members */
} MoUnion;

static void union_clear(MoObject *o) { MO_CLEAR(((MoUnion *)o)->args); }

static void union_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    union_clear(o);
    mo_object_free(o);
}

static int union_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoUnion *u = (MoUnion *)o;
    return u->args && visit(u->args, arg) ? 1 : 0;
}

static bool unionable(MoObject *o) {
    return o == mo_None || mo_isinstance_type(o, &mo_type_type) || o->type == &mo_generic_alias_type ||
           o->type == &mo_union_type;
}

/* Appends member m (or a union's members) to list l unless already there: 0 or -1. */
static int union_add(MoObject *l, MoObject *m) {
    if (m->type == &mo_union_type) {
        MoObject *a = ((MoUnion *)m)->args;
        for (size_t i = 0; i < MO_TUPLE_LEN(a); i++)
            if (union_add(l, MO_TUPLE_ITEM(a, i)) < 0) return -1;
        return 0;
    }
    if (m == mo_None) m = MO(&mo_none_type);
    for (size_t i = 0; i < MO_LIST_LEN(l); i++) {
        MoObject *x = MO_LIST_ITEM(l, i);
        if (x == m) return 0;
        if (x->type == &mo_generic_alias_type && m->type == &mo_generic_alias_type) {
            int eq = mo_richcompare_bool(x, m, MO_EQ);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    return mo_list_append(l, m);
}

MoObject *mo_union_or(MoObject *a, MoObject *b) {
    if (!unionable(a) || !unionable(b)) return mo_newref(mo_NotImplemented);
    MoObject *l = mo_list_new(0);
    if (!l) return NULL;
    if (union_add(l, a) < 0 || union_add(l, b) < 0) {
        mo_decref(l);
        return NULL;
    }
    if (MO_LIST_LEN(l) == 1) {
        MoObject *r = mo_newref(MO_LIST_ITEM(l, 0));
        mo_decref(l);
        return r;
    }
    MoObject *t = mo_sequence_tuple(l);
    mo_decref(l);
    if (!t) return NULL;
    MoUnion *u = (MoUnion *)mo_gc_new(&mo_union_type, sizeof(MoUnion));
    if (!u) {
        mo_decref(t);
        return NULL;
    }
    u->args = t;
    mo_gc_track(MO(u));
    return MO(u);
}

MoObject *mo_union_args(MoObject *o) { return o->type == &mo_union_type ? ((MoUnion *)o)->args : NULL; }

static MoObject *union_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op != MO_OR) return mo_newref(mo_NotImplemented);
    return mo_union_or(a, b);
}

static MoObject *union_repr(MoObject *o) {
    MoObject *a = ((MoUnion *)o)->args;
    MoStrBuf b;
    mo_strbuf_init(&b);
    for (size_t i = 0; i < MO_TUPLE_LEN(a); i++) {
        if (i) mo_strbuf_append_cstr(&b, " | ");
        MoObject *m = MO_TUPLE_ITEM(a, i);
        bool ok = m == MO(&mo_none_type) ? mo_strbuf_append_cstr(&b, "None") : ga_append_arg(&b, m);
        if (!ok) {
            mo_strbuf_free(&b);
            return NULL;
        }
    }
    return mo_strbuf_finish(&b);
}

/* Unions compare as sets of members, so int | str == str | int. */
static MoObject *union_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if ((op != MO_EQ && op != MO_NE) || b->type != &mo_union_type) return mo_newref(mo_NotImplemented);
    MoObject *x = ((MoUnion *)a)->args, *y = ((MoUnion *)b)->args;
    int eq = 1;
    for (int pass = 0; pass < 2 && eq == 1; pass++) {
        MoObject *p = pass ? y : x, *q = pass ? x : y;
        for (size_t i = 0; i < MO_TUPLE_LEN(p) && eq == 1; i++) {
            int found = 0;
            for (size_t j = 0; j < MO_TUPLE_LEN(q) && !found; j++) {
                found = mo_richcompare_bool(MO_TUPLE_ITEM(p, i), MO_TUPLE_ITEM(q, j), MO_EQ);
                if (found < 0) return NULL;
            }
            eq = found;
        }
    }
    return mo_bool(op == MO_EQ ? eq : !eq);
}

static int union_hash(MoObject *o, int64_t *out) {
    MoObject *a = ((MoUnion *)o)->args;
    uint64_t h = 0x5bd1e995u;
    for (size_t i = 0; i < MO_TUPLE_LEN(a); i++) {
        int64_t x;
        if (mo_hash(MO_TUPLE_ITEM(a, i), &x) < 0) return -1;
        h ^= (uint64_t)x * 0x9e3779b97f4a7c15u; /* order-independent, as the members form a set */
    }
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return 0;
}

static MoObject *union_getattr(MoObject *o, MoObject *name) {
    if (mo_str_eq_cstr(name, "__args__")) return mo_newref(((MoUnion *)o)->args);
    return mo_generic_getattr(o, name);
}

MoType mo_union_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "types.UnionType",
    .size = sizeof(MoUnion),
    .flags = MO_TPFLAG_GC,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .clear = union_clear,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = union_getattr,
    .binop = union_binop,
};

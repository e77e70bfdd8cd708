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

/* ---- slot wrappers -------------------------------------------------------------------------- */

typedef enum {
    W_REPR, W_STR, W_HASH, W_CALL, W_ITER, W_NEXT, W_BOOL, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM,
    W_CONTAINS, W_BINOP, W_RBINOP, W_CMP, W_UNARY, W_GETATTRIBUTE, W_SETATTR, W_DELATTR, W_GET, W_SET,
    W_DELETE
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
    case W_GETITEM: case W_DELITEM: case W_CONTAINS: case W_BINOP: case W_RBINOP: case W_CMP:
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

static MoObject *wrapper_descr_repr(MoObject *o) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
    return mo_format("<slot wrapper '%s' of '%s' objects>", w->sd->name, w->owner->name);
}

static MoObject *method_wrapper_repr(MoObject *o) {
    MoSlotWrapper *w = (MoSlotWrapper *)o;
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
    INHERIT(vnew);
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
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
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
            case W_BINOP: case W_RBINOP: same = t->binop == t->base->binop; break;
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

static MoObject **instance_dict_slot(MoObject *o) {
    size_t off = o->type->dict_offset;
    return off ? (MoObject **)((char *)o + off) : NULL;
}

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
    MoObject **ds = instance_dict_slot(o);
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
        if (mod && MO_STR_CHECK(mod) && !mo_str_eq_cstr(mod, "builtins"))
            return mo_format("<class '%U.%s'>", mod, t->name);
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
    return mo_dict_set(t->dict, name, value);
}

MoObject *mo_type_new_class(MoObject *name, MoObject *bases, MoObject *dict);

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
        return mo_type_new_class(args[0], args[1], args[2]);
    }
    mo_err_set(&mo_TypeError, "type() takes 1 or 3 arguments");
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

static MoObject *type_get_name(MoObject *o) { return mo_str_from_cstr(((MoType *)o)->name); }

static MoObject *type_get_qualname(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->flags & MO_TPFLAG_HEAPTYPE && t->dict) {
        MoObject *q = mo_dict_get_str(t->dict, "__qualname__");
        if (q) return mo_newref(q);
    }
    return mo_str_from_cstr(t->name);
}

static MoObject *type_get_module(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->flags & MO_TPFLAG_HEAPTYPE && t->dict) {
        MoObject *m = mo_dict_get_str(t->dict, "__module__");
        if (m) return mo_newref(m);
    }
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

static MoObject *type_get_dict(MoObject *o) {
    MoType *t = (MoType *)o;
    return t->dict ? mo_dict_copy(t->dict) : mo_dict_new();
}

static MoObject *type_get_doc(MoObject *o) {
    MoType *t = (MoType *)o;
    if (t->dict) {
        MoObject *d = mo_dict_get_str(t->dict, "__doc__");
        if (d) return mo_newref(d);
    }
    return mo_none();
}

static const MoGetSetDef type_getsets[] = {
    {"__name__", type_get_name, NULL, NULL},
    {"__qualname__", type_get_qualname, NULL, NULL},
    {"__module__", type_get_module, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, NULL, NULL},
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

static const MoMethodDef type_methods[] = {
    {"mro", type_mro_method, MO_METH_INSTANCE, "Return a type's method resolution order."},
    {"__subclasscheck__", type_subclasscheck, MO_METH_INSTANCE, NULL},
    {"__instancecheck__", type_instancecheck, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};


MoType mo_type_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "type",
    .size = sizeof(MoType),
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_TYPE_SUBCLASS,
    .vnew = type_vnew,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .methods = type_methods,
    .getsets = type_getsets,
};

/*
 * builtin_function.c: builtin functions and bound builtin methods, method descriptors (what
 * `list.append` is on the class), and getset descriptors (computed attributes such as int.real).
 *
 * A method descriptor binds on instance access (x.append -> builtin method with self = x); a class
 * method binds to the class; a static method binds to nothing. A bound builtin holds a reference
 * to its receiver and is therefore a tracked container (l.m = l.append forms a cycle).
 */
#include <string.h>
#include "../core/object.h"

/* ---- builtin_function_or_method ---------------------------------------------------------- */

MoObject *mo_builtin_function_new(const MoMethodDef *def, MoObject *self) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)mo_gc_new(&mo_builtin_function_type, sizeof(MoBuiltinFunction));
    if (!f) return NULL;
    f->def = def;
    f->self = self;
    mo_xincref(self);
    mo_gc_track(MO(f));
    return MO(f);
}

static void bf_dealloc(MoObject *o) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)o;
    mo_gc_untrack(o);
    MO_CLEAR(f->self);
    mo_object_free(o);
}

static int bf_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)o;
    if (f->self) return visit(f->self, arg);
    return 0;
}

static void bf_clear(MoObject *o) { MO_CLEAR(((MoBuiltinFunction *)o)->self); }

static MoObject *bf_call(MoObject *o, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)o;
    return f->def->func(f->self, args, nargs, kwnames);
}

/* Whether CPython implements method `name` of a builtin type through a type slot, in which case
 * it prints as a slot wrapper / method-wrapper rather than a method. A few container dunders
 * CPython also defines as plain methods (METH_COEXIST) for speed; those print as methods. */
static bool shown_as_slot(MoType *owner, const char *name) {
    static const char *const names[] = {
        "__init__", "__del__", "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__",
        "__delattr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
        "__get__", "__set__", "__delete__", "__len__", "__getitem__", "__setitem__", "__delitem__",
        "__contains__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__",
        "__index__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
        "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__",
        "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
        "__or__", "__ror__", "__xor__", "__rxor__", "__matmul__", "__rmatmul__", "__iadd__", "__isub__",
        "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__",
        "__irshift__", "__iand__", "__ior__", "__ixor__", NULL};
    if (name[0] != '_' || name[1] != '_') return false;
    bool slot = false;
    for (size_t i = 0; names[i] && !slot; i++) slot = strcmp(names[i], name) == 0;
    if (!slot || !owner) return slot;
    if (!strcmp(name, "__getitem__"))
        return !mo_type_is_subtype(owner, &mo_dict_type) && !mo_type_is_subtype(owner, &mo_list_type);
    if (!strcmp(name, "__contains__"))
        return !mo_type_is_subtype(owner, &mo_dict_type) && !mo_type_is_subtype(owner, &mo_set_type) &&
               !mo_type_is_subtype(owner, &mo_frozenset_type);
    return true;
}

static MoObject *bf_repr(MoObject *o) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)o;
    if (!f->self) return mo_format("<built-in function %s>", f->def->name);
    if (f->def->flags == MO_METH_INSTANCE && shown_as_slot(MO_TYPE(f->self), f->def->name))
        return mo_format("<method-wrapper '%s' of %s object at %p>", f->def->name, MO_TYPE(f->self)->name,
                         (void *)f->self);
    if (MO_TYPE(f->self) == &mo_type_type || mo_isinstance_type(f->self, &mo_type_type))
        return mo_format("<built-in method %s of type object at %p>", f->def->name, (void *)f->self);
    return mo_format("<built-in method %s of %s object at %p>", f->def->name, MO_TYPE(f->self)->name,
                     (void *)f->self);
}

static MoObject *bf_get_name(MoObject *o) { return mo_str_from_cstr(((MoBuiltinFunction *)o)->def->name); }

static MoObject *bf_get_self(MoObject *o) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)o;
    return f->self ? mo_newref(f->self) : mo_none();
}

static MoObject *bf_get_doc(MoObject *o) {
    const char *d = ((MoBuiltinFunction *)o)->def->doc;
    return d ? mo_str_from_cstr(d) : mo_none();
}

/* CPython's meth_richcompare: equal when bound to the same receiver (by identity) and made from
 * the same method definition. */
static MoObject *bf_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if ((op != MO_EQ && op != MO_NE) || MO_TYPE(b) != &mo_builtin_function_type) return mo_newref(mo_NotImplemented);
    MoBuiltinFunction *x = (MoBuiltinFunction *)a, *y = (MoBuiltinFunction *)b;
    bool eq = x->self == y->self && x->def == y->def;
    return mo_bool(op == MO_EQ ? eq : !eq);
}

/* CPython's meth_hash: the receiver's identity combined with the method definition's address. */
static int bf_hash(MoObject *o, int64_t *out) {
    MoBuiltinFunction *f = (MoBuiltinFunction *)o;
    int64_t x = 0;
    if (f->self && mo_object_identity_hash(f->self, &x) < 0) return -1;
    uintptr_t p = (uintptr_t)f->def;
    x ^= (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    *out = x == -1 ? -2 : x;
    return 0;
}

static const MoGetSetDef bf_getsets[] = {
    {"__name__", bf_get_name, NULL, NULL},
    {"__qualname__", bf_get_name, NULL, NULL},
    {"__self__", bf_get_self, NULL, NULL},
    {"__doc__", bf_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

MoType mo_builtin_function_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "builtin_function_or_method",
    .size = sizeof(MoBuiltinFunction),
    .flags = MO_TPFLAG_GC,
    .dealloc = bf_dealloc,
    .traverse = bf_traverse,
    .clear = bf_clear,
    .repr = bf_repr,
    .hash = bf_hash,
    .richcompare = bf_richcompare,
    .call = bf_call,
    .getsets = bf_getsets,
};

/* ---- method_descriptor -------------------------------------------------------------------- */

typedef struct MoMethodDescr {
    MO_HEAD;
    const MoMethodDef *def;
    MoType *owner;
} MoMethodDescr;

MoObject *mo_method_descr_new(MoType *owner, const MoMethodDef *def) {
    MoMethodDescr *d = (MoMethodDescr *)mo_object_new(&mo_method_descr_type);
    if (!d) return NULL;
    d->def = def;
    d->owner = owner;
    return MO(d);
}

static void md_dealloc(MoObject *o) { mo_object_free(o); }

static MoObject *md_repr(MoObject *o) {
    MoMethodDescr *d = (MoMethodDescr *)o;
    if (d->def->flags == MO_METH_INSTANCE && shown_as_slot(d->owner, d->def->name))
        return mo_format("<slot wrapper '%s' of '%s' objects>", d->def->name, d->owner->name);
    return mo_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static MoObject *md_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoMethodDescr *d = (MoMethodDescr *)descr;
    if (d->def->flags == MO_METH_CLASS) return mo_builtin_function_new(d->def, MO(owner ? owner : d->owner));
    if (d->def->flags == MO_METH_STATIC) return mo_builtin_function_new(d->def, NULL);
    if (!obj) return mo_newref(descr);
    if (!mo_isinstance_type(obj, d->owner)) {
        mo_err_format(&mo_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", d->def->name,
                      d->owner->name, obj);
        return NULL;
    }
    return mo_builtin_function_new(d->def, obj);
}

static MoObject *md_call(MoObject *o, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoMethodDescr *d = (MoMethodDescr *)o;
    if (d->def->flags == MO_METH_STATIC) return d->def->func(NULL, args, nargs, kwnames);
    if (d->def->flags == MO_METH_CLASS) return d->def->func(MO(d->owner), args, nargs, kwnames);
    if (nargs < 1) {
        mo_err_format(&mo_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->def->name);
        return NULL;
    }
    if (!mo_isinstance_type(args[0], d->owner)) {
        mo_err_format(&mo_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", d->def->name,
                      d->owner->name, args[0]);
        return NULL;
    }
    return d->def->func(args[0], args + 1, nargs - 1, kwnames);
}

static MoObject *md_get_name(MoObject *o) { return mo_str_from_cstr(((MoMethodDescr *)o)->def->name); }

static MoObject *md_get_objclass(MoObject *o) { return mo_newref(MO(((MoMethodDescr *)o)->owner)); }

static const MoGetSetDef md_getsets[] = {
    {"__name__", md_get_name, NULL, NULL},
    {"__qualname__", md_get_name, NULL, NULL},
    {"__objclass__", md_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

MoType mo_method_descr_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "method_descriptor",
    .size = sizeof(MoMethodDescr),
    .dealloc = md_dealloc,
    .repr = md_repr,
    .call = md_call,
    .descr_get = md_get,
    .getsets = md_getsets,
};

/* ---- getset_descriptor -------------------------------------------------------------------- */

typedef struct MoGetSetDescr {
    MO_HEAD;
    const MoGetSetDef *def;
    MoType *owner;
} MoGetSetDescr;

MoObject *mo_getset_descr_new(MoType *owner, const MoGetSetDef *def) {
    MoGetSetDescr *d = (MoGetSetDescr *)mo_object_new(&mo_getset_descr_type);
    if (!d) return NULL;
    d->def = def;
    d->owner = owner;
    return MO(d);
}

static MoObject *gs_repr(MoObject *o) {
    MoGetSetDescr *d = (MoGetSetDescr *)o;
    return mo_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static MoObject *gs_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoGetSetDescr *d = (MoGetSetDescr *)descr;
    if (!obj) return mo_newref(descr);
    if (!mo_isinstance_type(obj, d->owner)) {
        mo_err_format(&mo_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", d->def->name,
                      d->owner->name, obj);
        return NULL;
    }
    return d->def->get(obj);
}

static int gs_set(MoObject *descr, MoObject *obj, MoObject *value) {
    MoGetSetDescr *d = (MoGetSetDescr *)descr;
    if (!d->def->set) {
        mo_err_format(&mo_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                      d->owner->name);
        return -1;
    }
    if (!mo_isinstance_type(obj, d->owner)) {
        mo_err_format(&mo_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", d->def->name,
                      d->owner->name, obj);
        return -1;
    }
    return d->def->set(obj, value);
}

static MoObject *gs_get_name(MoObject *o) { return mo_str_from_cstr(((MoGetSetDescr *)o)->def->name); }

static const MoGetSetDef gs_getsets[] = {
    {"__name__", gs_get_name, NULL, NULL},
    {"__qualname__", gs_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

MoType mo_getset_descr_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "getset_descriptor",
    .size = sizeof(MoGetSetDescr),
    .dealloc = md_dealloc,
    .repr = gs_repr,
    .descr_get = gs_get,
    .descr_set = gs_set,
    .getsets = gs_getsets,
};

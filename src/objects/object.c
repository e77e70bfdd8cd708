/*
 * object.c: the `object` type, root of every class.
 *
 * object supplies the defaults every other type inherits: identity hash (CPython's rotated
 * pointer), identity equality (NotImplemented otherwise, so the other operand gets its turn), the
 * `<X object at 0x...>` repr, and the format fallback (empty spec means str(self)).
 */
#include "../core/object.h"

int mo_object_identity_hash(MoObject *o, int64_t *out) {
    /* CPython's _Py_HashPointer: rotate by 4 bits so the alignment zeros do not waste hash bits. */
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    int64_t h = (int64_t)(intptr_t)y;
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

static MoObject *object_repr(MoObject *o) {
    MoType *t = o->type;
    if (t->flags & MO_TPFLAG_HEAPTYPE && t->dict) {
        MoObject *mod = mo_dict_get_str(t->dict, "__module__");
        if (mod && MO_STR_CHECK(mod) && !mo_str_eq_cstr(mod, "builtins")) {
            MoObject *q = mo_dict_get_str(t->dict, "__qualname__");
            if (q && MO_STR_CHECK(q)) return mo_format("<%U.%U object at %p>", mod, q, (void *)o);
            return mo_format("<%U.%s object at %p>", mod, t->name, (void *)o);
        }
    }
    return mo_format("<%s object at %p>", t->name, (void *)o);
}

static MoObject *object_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (op == MO_EQ) return mo_newref(a == b ? mo_True : mo_NotImplemented);
    if (op == MO_NE) {
        /* By default __ne__ inverts __eq__ unless that is NotImplemented, as in CPython. */
        MoObject *(*rc)(MoObject *, MoObject *, MoCompareOp) = a->type->richcompare;
        MoObject *r;
        if (rc && rc != object_richcompare)
            r = rc(a, b, MO_EQ);
        else
            r = mo_newref(a == b ? mo_True : mo_NotImplemented);
        if (!r || r == mo_NotImplemented) return r;
        int t = mo_truth(r);
        mo_decref(r);
        if (t < 0) return NULL;
        return mo_bool(!t);
    }
    return mo_newref(mo_NotImplemented);
}

static MoObject *object_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "%s() takes no arguments", type->name);
        return NULL;
    }
    if (type->flags & MO_TPFLAG_GC) {
        MoObject *o = mo_gc_new(type, type->size);
        if (o) mo_gc_track(o);
        return o;
    }
    return mo_object_new(type);
}

static void object_dealloc(MoObject *o) { mo_object_free(o); }

static MoObject *object_format_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "__format__() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "__format__() argument must be str, not %T", args[0]);
        return NULL;
    }
    if (MO_STR_NBYTES(args[0]) != 0) {
        mo_err_format(&mo_TypeError, "unsupported format string passed to %s.__format__", self->type->name);
        return NULL;
    }
    return mo_str(self);
}

static MoObject *object_init_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs || (kwnames && MO_TUPLE_LEN(kwnames))) {
        /* As CPython: excess arguments are an error unless __new__ is overridden and __init__ is not. */
        MoObject *initf = mo_type_lookup(self->type, mo_str_intern("__init__"));
        MoObject *newf = mo_type_lookup(self->type, mo_str_intern("__new__"));
        bool init_overridden = initf && MO_TYPE(initf) != &mo_method_descr_type;
        bool new_overridden = newf && MO_TYPE(newf) != &mo_method_descr_type && MO_TYPE(newf) != &mo_builtin_function_type;
        if (!init_overridden && new_overridden) return mo_none();
        if (!init_overridden) {
            mo_err_format(&mo_TypeError, "%s() takes no arguments", self->type->name);
            return NULL;
        }
        mo_err_set(&mo_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        return NULL;
    }
    return mo_none();
}

static MoObject *object_new_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs < 1) {
        mo_err_set(&mo_TypeError, "object.__new__(): not enough arguments");
        return NULL;
    }
    if (!mo_isinstance_type(args[0], &mo_type_type)) {
        mo_err_format(&mo_TypeError, "object.__new__(X): X is not a type object (%T)", args[0]);
        return NULL;
    }
    MoType *t = (MoType *)args[0];
    MoType *solid = t;
    while (solid->flags & MO_TPFLAG_HEAPTYPE) solid = solid->base;
    if (solid != &mo_object_type) {
        mo_err_format(&mo_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name, solid->name);
        return NULL;
    }
    if (nargs > 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        /* Extra arguments are fine only when __init__ is overridden and __new__ is not. */
        MoObject *newf = mo_type_lookup(t, mo_str_intern("__new__"));
        MoObject *initf = mo_type_lookup(t, mo_str_intern("__init__"));
        bool new_overridden = newf && MO_TYPE(newf) != &mo_method_descr_type && MO_TYPE(newf) != &mo_builtin_function_type;
        bool init_overridden = initf && MO_TYPE(initf) != &mo_method_descr_type;
        if (new_overridden) {
            mo_err_set(&mo_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (!init_overridden) {
            mo_err_format(&mo_TypeError, "%s() takes no arguments", t->name);
            return NULL;
        }
    }
    return mo_object_alloc_instance(t);
}

static MoObject *object_init_subclass(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "%s.__init_subclass__() takes no keyword arguments", ((MoType *)self)->name);
        return NULL;
    }
    if (nargs) {
        mo_err_format(&mo_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", ((MoType *)self)->name,
                      nargs);
        return NULL;
    }
    return mo_none();
}

static MoObject *object_get_class(MoObject *o) { return mo_newref(MO(o->type)); }

static MoObject *object_dir_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames);

static const MoMethodDef object_methods[] = {
    {"__format__", object_format_method, MO_METH_INSTANCE, "Default object formatter."},
    {"__init__", object_init_method, MO_METH_INSTANCE, "Initialize self."},
    {"__new__", object_new_method, MO_METH_STATIC, "Create and return a new object."},
    {"__init_subclass__", object_init_subclass, MO_METH_CLASS, NULL},
    {"__dir__", object_dir_method, MO_METH_INSTANCE, "Default dir() implementation."},
    {NULL, NULL, 0, NULL},
};

static const MoGetSetDef object_getsets[] = {
    {"__class__", object_get_class, mo_object_set_class, NULL},
    {NULL, NULL, NULL, NULL},
};

MoType mo_object_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "object",
    .size = sizeof(MoObject),
    .flags = MO_TPFLAG_BASETYPE,
    .dealloc = object_dealloc,
    .vnew = object_vnew,
    .repr = object_repr,
    .hash = mo_object_identity_hash,
    .richcompare = object_richcompare,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* Allocates a bare instance of t (with the GC header if t is a container); new reference. */
MoObject *mo_object_alloc_instance(MoType *t) {
    if (t->flags & MO_TPFLAG_GC) {
        MoObject *o = mo_gc_new(t, t->size);
        if (o) mo_gc_track(o);
        return o;
    }
    return mo_object_new(t);
}

static int dir_add_keys(MoObject *set, MoObject *dict) {
    size_t pos = 0;
    MoObject *k, *v;
    while (mo_dict_next(dict, &pos, &k, &v))
        if (mo_dict_set(set, k, mo_None) < 0) return -1;
    return 0;
}

static MoObject *object_dir_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *names = mo_dict_new();
    if (!names) return NULL;
    MoObject *d = mo_instance_dict(self);
    if (d && dir_add_keys(names, d) < 0) goto fail;
    MoObject *mro = self->type->mro;
    for (size_t i = 0; mro && i < MO_TUPLE_LEN(mro); i++) {
        MoType *k = (MoType *)MO_TUPLE_ITEM(mro, i);
        if (k->dict && dir_add_keys(names, k->dict) < 0) goto fail;
    }
    MoObject *list = mo_list_new(0);
    if (!list) goto fail;
    size_t pos = 0;
    MoObject *k, *v;
    while (mo_dict_next(names, &pos, &k, &v))
        if (mo_list_append(list, k) < 0) {
            mo_decref(list);
            goto fail;
        }
    mo_decref(names);
    return list;
fail:
    mo_decref(names);
    return NULL;
}

/*
 * function.c: Python functions, cells, bound methods, external (host) functions and the
 * classmethod / staticmethod / property descriptors.
 *
 * A function is a descriptor: looked up through an instance it binds into a bound method, which
 * the VM unpacks again so that method calls never allocate (LOAD_METHOD). Calling a function from
 * C goes through the VM (mo_vm_call_function), which runs a nested loop.
 */
#include "function.h"

#include <string.h>

#include "../compile/code.h"
#include "../vm/vm.h"

/* ---- function ------------------------------------------------------------------------------ */

MoObject *mo_function_new(MoObject *code, MoObject *globals, MoObject *builtins) {
    MoFunction *f = (MoFunction *)mo_gc_new(&mo_function_type, sizeof(MoFunction));
    if (!f) return NULL;
    f->code = mo_newref(code);
    f->globals = mo_newref(globals);
    f->builtins = mo_newref(builtins);
    f->name = mo_newref(MO_CODE(code)->name);
    f->qualname = mo_newref(MO_CODE(code)->qualname);
    MoObject *modname = mo_dict_get_str(globals, "__name__");
    f->module = modname ? mo_newref(modname) : NULL;
    mo_gc_track(MO(f));
    return MO(f);
}

static int function_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoFunction *f = MO_FUNCTION(self);
    MoObject *refs[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->defaults,
                        f->kwdefaults, f->closure, f->dict, f->doc, f->module, f->annotations};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static void function_clear(MoObject *self) {
    MoFunction *f = MO_FUNCTION(self);
    MO_CLEAR(f->globals);
    MO_CLEAR(f->builtins);
    MO_CLEAR(f->defaults);
    MO_CLEAR(f->kwdefaults);
    MO_CLEAR(f->closure);
    MO_CLEAR(f->dict);
    MO_CLEAR(f->doc);
    MO_CLEAR(f->module);
    MO_CLEAR(f->annotations);
}

static void function_dealloc(MoObject *self) {
    MoFunction *f = MO_FUNCTION(self);
    mo_gc_untrack(self);
    function_clear(self);
    MO_CLEAR(f->code);
    MO_CLEAR(f->name);
    MO_CLEAR(f->qualname);
    mo_object_free(self);
}

static MoObject *function_repr(MoObject *self) {
    return mo_format("<function %U at %p>", MO_FUNCTION(self)->qualname, (void *)self);
}

static MoObject *function_descr_get(MoObject *descr, MoObject *obj, MoType *owner) {
    if (!obj || obj == mo_None) return mo_newref(descr);
    return mo_method_new(descr, obj);
}

static MoObject *function_get_name(MoObject *self) { return mo_newref(MO_FUNCTION(self)->name); }
static int function_set_name(MoObject *self, MoObject *v) {
    if (!v || !MO_STR_CHECK(v)) {
        mo_err_set(&mo_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    MO_SETREF(MO_FUNCTION(self)->name, mo_newref(v));
    return 0;
}
static MoObject *function_get_qualname(MoObject *self) { return mo_newref(MO_FUNCTION(self)->qualname); }
static int function_set_qualname(MoObject *self, MoObject *v) {
    if (!v || !MO_STR_CHECK(v)) {
        mo_err_set(&mo_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    MO_SETREF(MO_FUNCTION(self)->qualname, mo_newref(v));
    return 0;
}
static MoObject *function_get_code(MoObject *self) { return mo_newref(MO_FUNCTION(self)->code); }
static MoObject *function_get_defaults(MoObject *self) {
    MoObject *d = MO_FUNCTION(self)->defaults;
    return mo_newref(d ? d : mo_None);
}
static MoObject *function_get_kwdefaults(MoObject *self) {
    MoObject *d = MO_FUNCTION(self)->kwdefaults;
    return mo_newref(d ? d : mo_None);
}
static MoObject *function_get_doc(MoObject *self) {
    MoObject *d = MO_FUNCTION(self)->doc;
    return mo_newref(d ? d : mo_None);
}
static int function_set_doc(MoObject *self, MoObject *v) {
    MO_SETREF(MO_FUNCTION(self)->doc, v ? mo_newref(v) : NULL);
    return 0;
}
static MoObject *function_get_module(MoObject *self) {
    MoObject *d = MO_FUNCTION(self)->module;
    return mo_newref(d ? d : mo_None);
}
static int function_set_module(MoObject *self, MoObject *v) {
    MO_SETREF(MO_FUNCTION(self)->module, v ? mo_newref(v) : NULL);
    return 0;
}
static int function_set_defaults(MoObject *self, MoObject *v) {
    if (v && v != mo_None && !MO_CHECK_EXACT(v, mo_tuple_type)) {
        mo_err_set(&mo_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    MO_SETREF(MO_FUNCTION(self)->defaults, v && v != mo_None ? mo_newref(v) : NULL);
    return 0;
}
static int function_set_kwdefaults(MoObject *self, MoObject *v) {
    if (v && v != mo_None && !MO_DICT_CHECK(v)) {
        mo_err_set(&mo_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    MO_SETREF(MO_FUNCTION(self)->kwdefaults, v && v != mo_None ? mo_newref(v) : NULL);
    return 0;
}
static MoObject *function_get_globals(MoObject *self) { return mo_newref(MO_FUNCTION(self)->globals); }
static MoObject *function_get_dict(MoObject *self) {
    MoFunction *f = MO_FUNCTION(self);
    if (!f->dict && !(f->dict = mo_dict_new())) return NULL;
    return mo_newref(f->dict);
}
static MoObject *function_get_annotations(MoObject *self) {
    MoFunction *f = MO_FUNCTION(self);
    if (!f->annotations && !(f->annotations = mo_dict_new())) return NULL;
    return mo_newref(f->annotations);
}
static int function_set_annotations(MoObject *self, MoObject *v) {
    if (v && v != mo_None && !MO_DICT_CHECK(v)) {
        mo_err_set(&mo_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    MO_SETREF(MO_FUNCTION(self)->annotations, v && v != mo_None ? mo_newref(v) : NULL);
    return 0;
}
static MoObject *function_get_closure(MoObject *self) {
    MoObject *d = MO_FUNCTION(self)->closure;
    return mo_newref(d ? d : mo_None);
}

static const MoGetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name, "name"},
    {"__qualname__", function_get_qualname, function_set_qualname, "qualified name"},
    {"__code__", function_get_code, NULL, "code object"},
    {"__defaults__", function_get_defaults, function_set_defaults, "positional defaults"},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults, "keyword-only defaults"},
    {"__doc__", function_get_doc, function_set_doc, "docstring"},
    {"__module__", function_get_module, function_set_module, "module name"},
    {"__globals__", function_get_globals, NULL, "globals"},
    {"__dict__", function_get_dict, NULL, "attributes"},
    {"__closure__", function_get_closure, NULL, "closure cells"},
    {"__annotations__", function_get_annotations, function_set_annotations, "annotations"},
    {NULL, NULL, NULL, NULL},
};

/* The internal types cannot be built from Python (a zero-filled object would have NULL fields):
 * their vnew raises CPython's TypeError, except where a constructor is meaningful (method, cell). */
static MoObject *function_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs == 0 && !(kwnames && MO_TUPLE_LEN(kwnames))) mo_err_set(&mo_TypeError, "function() missing required argument 'code' (pos 1)");
    else mo_err_set(&mo_TypeError, "cannot create 'function' instances");
    return NULL;
}

MoType mo_function_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "function",
    .size = sizeof(MoFunction),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .vnew = function_vnew,
    .repr = function_repr,
    .call = mo_vm_call_function,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
    .dict_offset = offsetof(MoFunction, dict),
};

/* ---- cell ---------------------------------------------------------------------------------- */

MoObject *mo_cell_new(MoObject *ref) {
    MoCell *c = (MoCell *)mo_gc_new(&mo_cell_type, sizeof(MoCell));
    if (!c) return NULL;
    c->ref = ref ? mo_newref(ref) : NULL;
    mo_gc_track(MO(c));
    return MO(c);
}

static int cell_traverse(MoObject *self, MoVisit visit, void *arg) {
    return MO_CELL(self)->ref ? visit(MO_CELL(self)->ref, arg) : 0;
}

static void cell_clear(MoObject *self) { MO_CLEAR(MO_CELL(self)->ref); }

static void cell_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    cell_clear(self);
    mo_object_free(self);
}

static MoObject *cell_repr(MoObject *self) {
    MoObject *r = MO_CELL(self)->ref;
    if (!r) return mo_format("<cell at %p: empty>", (void *)self);
    return mo_format("<cell at %p: %T object at %p>", (void *)self, r, (void *)r);
}

static MoObject *cell_get_contents(MoObject *self) {
    MoObject *r = MO_CELL(self)->ref;
    if (!r) {
        mo_err_set(&mo_ValueError, "Cell is empty");
        return NULL;
    }
    return mo_newref(r);
}

static const MoGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, NULL, "contents"},
    {NULL, NULL, NULL, NULL},
};

static MoObject *cell_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_set(&mo_TypeError, "cell() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "cell expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return mo_cell_new(nargs ? args[0] : NULL);
}

MoType mo_cell_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "cell",
    .size = sizeof(MoCell),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .vnew = cell_vnew,
    .repr = cell_repr,
    .getsets = cell_getsets,
};

/* ---- bound method ---------------------------------------------------------------------------- */

MoObject *mo_method_new(MoObject *func, MoObject *self) {
    MoMethod *m = (MoMethod *)mo_gc_new(&mo_method_type, sizeof(MoMethod));
    if (!m) return NULL;
    m->func = mo_newref(func);
    m->self = mo_newref(self);
    mo_gc_track(MO(m));
    return MO(m);
}

static int method_traverse(MoObject *self, MoVisit visit, void *arg) {
    int r = visit(MO_METHOD(self)->func, arg);
    return r ? r : visit(MO_METHOD(self)->self, arg);
}

static void method_clear(MoObject *self) {
    MO_CLEAR(MO_METHOD(self)->func);
    MO_CLEAR(MO_METHOD(self)->self);
}

static void method_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    method_clear(self);
    mo_object_free(self);
}

static MoObject *method_call(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoMethod *m = MO_METHOD(self);
    if (!m->func) {
        mo_err_set(&mo_SystemError, "bound method was cleared");
        return NULL;
    }
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    MoObject *small[8];
    MoObject **buf = small;
    if (total > 8) {
        buf = mo_alloc(total * sizeof(MoObject *));
        if (!buf) return NULL;
    }
    buf[0] = m->self;
    if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(MoObject *));
    MoObject *func = mo_newref(m->func), *obj = mo_newref(m->self);
    MoObject *res = mo_call(func, buf, nargs + 1, kwnames);
    mo_decref(func);
    mo_decref(obj);
    if (buf != small) mo_free(buf);
    return res;
}

static MoObject *method_repr(MoObject *self) {
    MoMethod *m = MO_METHOD(self);
    MoObject *name = mo_getattr_str(m->func, "__qualname__");
    if (!name) {
        mo_err_clear();
        name = mo_getattr_str(m->func, "__name__");
        if (!name) {
            mo_err_clear();
            name = mo_str_from_cstr("?");
            if (!name) return NULL;
        }
    }
    MoObject *r = mo_format("<bound method %S of %R>", name, m->self);
    mo_decref(name);
    return r;
}

static MoObject *method_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if ((op != MO_EQ && op != MO_NE) || MO_TYPE(b) != &mo_method_type) return mo_newref(mo_NotImplemented);
    bool eq = MO_METHOD(a)->self == MO_METHOD(b)->self;
    if (eq) {
        int r = mo_richcompare_bool(MO_METHOD(a)->func, MO_METHOD(b)->func, MO_EQ);
        if (r < 0) return NULL;
        eq = r;
    }
    return mo_bool(op == MO_EQ ? eq : !eq);
}

/* CPython's meth_hash: the receiver by identity, the function by value. */
static int method_hash(MoObject *self, int64_t *out) {
    int64_t x, y;
    if (mo_object_identity_hash(MO_METHOD(self)->self, &x) < 0 || mo_hash(MO_METHOD(self)->func, &y) < 0) return -1;
    x ^= y;
    *out = x == -1 ? -2 : x;
    return 0;
}

static MoObject *method_getattr(MoObject *self, MoObject *name) {
    MoObject *r = mo_generic_getattr(self, name);
    if (r || !mo_err_matches(&mo_AttributeError)) return r;
    mo_err_clear();
    return mo_getattr(MO_METHOD(self)->func, name);
}

static MoObject *method_get_func(MoObject *self) { return mo_newref(MO_METHOD(self)->func); }
static MoObject *method_get_self(MoObject *self) { return mo_newref(MO_METHOD(self)->self); }

static const MoGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, "the function"},
    {"__self__", method_get_self, NULL, "the instance"},
    {NULL, NULL, NULL, NULL},
};

static MoObject *method_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_set(&mo_TypeError, "method() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        mo_err_format(&mo_TypeError, "method expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (!mo_callable(args[0])) {
        mo_err_set(&mo_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == mo_None) {
        mo_err_set(&mo_TypeError, "instance must not be None");
        return NULL;
    }
    return mo_method_new(args[0], args[1]);
}

MoType mo_method_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "method",
    .size = sizeof(MoMethod),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .vnew = method_vnew,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_getsets,
};

/* ---- external function ----------------------------------------------------------------------- */

MoObject *mo_extfunc_new(MoObject *name) {
    MoExtFunc *f = (MoExtFunc *)mo_object_new(&mo_extfunc_type);
    if (!f) return NULL;
    f->name = mo_newref(name);
    return MO(f);
}

static void extfunc_dealloc(MoObject *self) {
    MO_CLEAR(((MoExtFunc *)self)->name);
    mo_object_free(self);
}

static MoObject *extfunc_repr(MoObject *self) {
    return mo_format("<function %U>", ((MoExtFunc *)self)->name);
}

/* Reached only when C code calls the function (sort key, map, ...): the outermost loop's CALL
 * handles the pausing case itself. */
static MoObject *extfunc_call(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_format(&mo_RuntimeError,
                  "host function '%U' cannot be called from inside a function called from C code (a key function, "
                  "a dunder method, __init__, ...)",
                  ((MoExtFunc *)self)->name);
    return NULL;
}

static MoObject *extfunc_get_name(MoObject *self) { return mo_newref(((MoExtFunc *)self)->name); }

static const MoGetSetDef extfunc_getsets[] = {
    {"__name__", extfunc_get_name, NULL, "name"},
    {"__qualname__", extfunc_get_name, NULL, "name"},
    {NULL, NULL, NULL, NULL},
};

static MoObject *extfunc_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_set(&mo_TypeError, "cannot create 'function' instances");
    return NULL;
}

MoType mo_extfunc_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "function",
    .size = sizeof(MoExtFunc),
    .base = &mo_object_type,
    .dealloc = extfunc_dealloc,
    .vnew = extfunc_vnew,
    .repr = extfunc_repr,
    .call = extfunc_call,
    .getsets = extfunc_getsets,
};

/* ---- classmethod / staticmethod -------------------------------------------------------------- */

static int wrapper_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoMethodWrapper *w = (MoMethodWrapper *)self;
    if (w->callable) {
        int r = visit(w->callable, arg);
        if (r) return r;
    }
    return w->dict ? visit(w->dict, arg) : 0;
}

static void wrapper_clear(MoObject *self) {
    MO_CLEAR(((MoMethodWrapper *)self)->callable);
    MO_CLEAR(((MoMethodWrapper *)self)->dict);
}

static void wrapper_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    wrapper_clear(self);
    mo_object_free(self);
}

static MoObject *wrapper_new(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", type->name);
        return NULL;
    }
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "%s expected 1 argument, got %zu", type->name, nargs);
        return NULL;
    }
    MoMethodWrapper *w = (MoMethodWrapper *)mo_gc_new(type, sizeof(MoMethodWrapper));
    if (!w) return NULL;
    w->callable = mo_newref(args[0]);
    mo_gc_track(MO(w));
    return MO(w);
}

static MoObject *wrapper_repr(MoObject *self) {
    return mo_format("<%s(%R)>", MO_TYPE(self)->name, ((MoMethodWrapper *)self)->callable);
}

static MoObject *classmethod_descr_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoObject *cls = owner ? MO(owner) : MO(MO_TYPE(obj));
    return mo_method_new(((MoMethodWrapper *)descr)->callable, cls);
}

static MoObject *staticmethod_descr_get(MoObject *descr, MoObject *obj, MoType *owner) {
    return mo_newref(((MoMethodWrapper *)descr)->callable);
}

static MoObject *staticmethod_call(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return mo_call(((MoMethodWrapper *)self)->callable, args, nargs, kwnames);
}

static MoObject *wrapper_get_func(MoObject *self) { return mo_newref(((MoMethodWrapper *)self)->callable); }

static const MoGetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL, "the wrapped callable"},
    {"__wrapped__", wrapper_get_func, NULL, "the wrapped callable"},
    {NULL, NULL, NULL, NULL},
};

MoType mo_classmethod_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "classmethod",
    .size = sizeof(MoMethodWrapper),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .vnew = wrapper_new,
    .repr = wrapper_repr,
    .descr_get = classmethod_descr_get,
    .getsets = wrapper_getsets,
};

MoType mo_staticmethod_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "staticmethod",
    .size = sizeof(MoMethodWrapper),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .vnew = wrapper_new,
    .repr = wrapper_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_descr_get,
    .getsets = wrapper_getsets,
};

/* ---- property -------------------------------------------------------------------------------- */

static int property_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoProperty *p = (MoProperty *)self;
    MoObject *refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (size_t i = 0; i < 5; i++) {
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static void property_clear(MoObject *self) {
    MoProperty *p = (MoProperty *)self;
    MO_CLEAR(p->fget);
    MO_CLEAR(p->fset);
    MO_CLEAR(p->fdel);
    MO_CLEAR(p->doc);
    MO_CLEAR(p->name);
}

static void property_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    property_clear(self);
    mo_object_free(self);
}

static MoObject *property_make(MoType *type, MoObject *fget, MoObject *fset, MoObject *fdel, MoObject *doc,
                               MoObject *name) {
    MoProperty *p = (MoProperty *)mo_gc_new(type, sizeof(MoProperty));
    if (!p) return NULL;
    if (fget == mo_None) fget = NULL;
    if (fset == mo_None) fset = NULL;
    if (fdel == mo_None) fdel = NULL;
    if (doc == mo_None) doc = NULL;
    p->fget = fget ? mo_newref(fget) : NULL;
    p->fset = fset ? mo_newref(fset) : NULL;
    p->fdel = fdel ? mo_newref(fdel) : NULL;
    p->doc = doc ? mo_newref(doc) : NULL;
    p->name = name ? mo_newref(name) : NULL;
    mo_gc_track(MO(p));
    return MO(p);
}

static MoObject *property_new(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    MoObject *outs[4] = {NULL, NULL, NULL, NULL};
    if (mo_parse_args("property", args, nargs, kwnames, names, 0, 0, outs, 4) < 0) return NULL;
    return property_make(type, outs[0], outs[1], outs[2], outs[3], NULL);
}

static MoObject *property_name_of(MoProperty *p) {
    if (p->name) return mo_newref(p->name);
    if (p->fget) {
        MoObject *n = mo_getattr_str(p->fget, "__name__");
        if (n) return n;
        mo_err_clear();
    }
    return NULL;
}

static MoObject *property_descr_get(MoObject *descr, MoObject *obj, MoType *owner) {
    MoProperty *p = (MoProperty *)descr;
    if (!obj || obj == mo_None) return mo_newref(descr);
    if (!p->fget) {
        MoObject *n = property_name_of(p);
        if (n) {
            mo_err_format(&mo_AttributeError, "property %R of '%T' object has no getter", n, obj);
            mo_decref(n);
        } else {
            mo_err_format(&mo_AttributeError, "property of '%T' object has no getter", obj);
        }
        return NULL;
    }
    return mo_call1(p->fget, obj);
}

static int property_descr_set(MoObject *descr, MoObject *obj, MoObject *value) {
    MoProperty *p = (MoProperty *)descr;
    MoObject *fn = value ? p->fset : p->fdel;
    if (!fn) {
        MoObject *n = property_name_of(p);
        const char *what = value ? "setter" : "deleter";
        if (n) {
            mo_err_format(&mo_AttributeError, "property %R of '%T' object has no %s", n, obj, what);
            mo_decref(n);
        } else {
            mo_err_format(&mo_AttributeError, "property of '%T' object has no %s", obj, what);
        }
        return -1;
    }
    MoObject *args[2] = {obj, value};
    MoObject *r = mo_call(fn, args, value ? 2 : 1, NULL);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

static MoObject *property_copy_with(MoObject *self, int which, MoObject *fn) {
    MoProperty *p = (MoProperty *)self;
    return property_make(MO_TYPE(self), which == 0 ? fn : p->fget, which == 1 ? fn : p->fset,
                         which == 2 ? fn : p->fdel, p->doc, p->name);
}

static MoObject *property_getter(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) { mo_err_set(&mo_TypeError, "getter() takes exactly one argument"); return NULL; }
    return property_copy_with(self, 0, args[0]);
}
static MoObject *property_setter(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) { mo_err_set(&mo_TypeError, "setter() takes exactly one argument"); return NULL; }
    return property_copy_with(self, 1, args[0]);
}
static MoObject *property_deleter(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) { mo_err_set(&mo_TypeError, "deleter() takes exactly one argument"); return NULL; }
    return property_copy_with(self, 2, args[0]);
}
static MoObject *property_set_name(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 2) { mo_err_set(&mo_TypeError, "__set_name__() takes 2 positional arguments"); return NULL; }
    MO_SETREF(((MoProperty *)self)->name, mo_newref(args[1]));
    return mo_none();
}

static const MoMethodDef property_methods[] = {
    {"getter", property_getter, MO_METH_INSTANCE, "copy with a getter"},
    {"setter", property_setter, MO_METH_INSTANCE, "copy with a setter"},
    {"deleter", property_deleter, MO_METH_INSTANCE, "copy with a deleter"},
    {"__set_name__", property_set_name, MO_METH_INSTANCE, "record the attribute name"},
    {NULL, NULL, 0, NULL},
};

static MoObject *property_get_fget(MoObject *self) {
    MoObject *v = ((MoProperty *)self)->fget;
    return mo_newref(v ? v : mo_None);
}
static MoObject *property_get_fset(MoObject *self) {
    MoObject *v = ((MoProperty *)self)->fset;
    return mo_newref(v ? v : mo_None);
}
static MoObject *property_get_fdel(MoObject *self) {
    MoObject *v = ((MoProperty *)self)->fdel;
    return mo_newref(v ? v : mo_None);
}
static MoObject *property_get_doc(MoObject *self) {
    MoProperty *p = (MoProperty *)self;
    if (p->doc) return mo_newref(p->doc);
    if (p->fget) {
        MoObject *d = mo_getattr_str(p->fget, "__doc__");
        if (d) return d;
        mo_err_clear();
    }
    return mo_none();
}

static const MoGetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL, "getter"},
    {"fset", property_get_fset, NULL, "setter"},
    {"fdel", property_get_fdel, NULL, "deleter"},
    {"__doc__", property_get_doc, NULL, "docstring"},
    {NULL, NULL, NULL, NULL},
};

MoType mo_property_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "property",
    .size = sizeof(MoProperty),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .vnew = property_new,
    .descr_get = property_descr_get,
    .descr_set = property_descr_set,
    .methods = property_methods,
    .getsets = property_getsets,
};

MoType *const mo_vm_static_types[] = {
    &mo_function_type, &mo_code_type, &mo_cell_type, &mo_method_type, &mo_extfunc_type,
    &mo_traceback_type, &mo_generator_type, &mo_classmethod_type, &mo_staticmethod_type,
    &mo_property_type, NULL,
};

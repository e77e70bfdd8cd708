/*
 * exceptions.c: BaseException and the builtin exception hierarchy (MO_EXCEPTION_TYPES).
 *
 * Every exception instance is a MoException: args, the chaining fields, notes and an attribute
 * dict. Class-specific attributes (StopIteration.value, SyntaxError.msg/lineno/..., OSError.errno,
 * NameError.name, UnicodeError.start/...) are stored in that dict when the instance is created,
 * which keeps one layout for every exception class (and for user subclasses) and lets generic
 * attribute access find them. The str() of each class is computed from those attributes, as in
 * CPython.
 */
#include <stddef.h>
#include <string.h>

#include "../core/object.h"
#include "../core/state.h"

static MoObject *exc_get_attr(MoObject *self, const char *name) {
    MoException *e = MO_EXC(self);
    if (!e->dict) return NULL;
    return mo_dict_get_str(e->dict, name);
}

static int exc_set_attr(MoObject *self, const char *name, MoObject *value) {
    MoException *e = MO_EXC(self);
    if (!e->dict) {
        e->dict = mo_dict_new();
        if (!e->dict) return -1;
    }
    return mo_dict_set_str(e->dict, name, value);
}

static MoObject *tuple_get(MoObject *t, size_t i) { return i < MO_TUPLE_LEN(t) ? MO_TUPLE_ITEM(t, i) : mo_None; }

static bool exc_is(MoObject *self, MoType *t) { return mo_isinstance_type(self, t); }

static MoType *oserror_subtype(MoObject *args) {
    if (MO_TUPLE_LEN(args) < 2 || !MO_INT_CHECK(MO_TUPLE_ITEM(args, 0))) return NULL;
    int64_t e;
    if (mo_int_as_i64(MO_TUPLE_ITEM(args, 0), &e) < 0) {
        mo_err_clear();
        return NULL;
    }
    switch (e) {
    case 2: return &mo_FileNotFoundError;
    case 17: return &mo_FileExistsError;
    case 21: return &mo_IsADirectoryError;
    case 20: return &mo_NotADirectoryError;
    case 1:
    case 13: return &mo_PermissionError;
    case 110: return &mo_TimeoutError;
    case 32: return &mo_BrokenPipeError;
    case 103: return &mo_ConnectionAbortedError;
    case 111: return &mo_ConnectionRefusedError;
    case 104: return &mo_ConnectionResetError;
    case 11:
    case 114:
    case 115: return &mo_BlockingIOError;
    case 10: return &mo_ChildProcessError;
    case 4: return &mo_InterruptedError;
    case 3: return &mo_ProcessLookupError;
    default: return NULL;
    }
}

/* Fills the class-specific attributes from args: 0 or -1. */
static int exc_init_attrs(MoObject *self) {
    MoObject *args = MO_EXC(self)->args;
    size_t n = MO_TUPLE_LEN(args);
    if (exc_is(self, &mo_StopIteration)) return exc_set_attr(self, "value", tuple_get(args, 0));
    if (exc_is(self, &mo_SystemExit)) {
        MoObject *code = n == 0 ? mo_None : n == 1 ? MO_TUPLE_ITEM(args, 0) : args;
        return exc_set_attr(self, "code", code);
    }
    if (exc_is(self, &mo_SyntaxError)) {
        MoObject *info = n == 2 && mo_isinstance_type(MO_TUPLE_ITEM(args, 1), &mo_tuple_type) ? MO_TUPLE_ITEM(args, 1) : NULL;
        if (info && MO_TUPLE_LEN(info) != 4 && MO_TUPLE_LEN(info) != 6) info = NULL;
        static const char *const names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        if (exc_set_attr(self, "msg", tuple_get(args, 0)) < 0) return -1;
        for (size_t i = 0; i < 6; i++)
            if (exc_set_attr(self, names[i], info ? tuple_get(info, i) : mo_None) < 0) return -1;
        return exc_set_attr(self, "print_file_and_line", mo_None);
    }
    if (exc_is(self, &mo_OSError)) {
        bool full = n >= 2 && n <= 5;
        if (exc_set_attr(self, "errno", full ? MO_TUPLE_ITEM(args, 0) : mo_None) < 0) return -1;
        if (exc_set_attr(self, "strerror", full ? MO_TUPLE_ITEM(args, 1) : mo_None) < 0) return -1;
        if (exc_set_attr(self, "filename", full && n >= 3 ? MO_TUPLE_ITEM(args, 2) : mo_None) < 0) return -1;
        return exc_set_attr(self, "filename2", full && n >= 5 ? MO_TUPLE_ITEM(args, 4) : mo_None);
    }
    if (exc_is(self, &mo_UnicodeDecodeError) || exc_is(self, &mo_UnicodeEncodeError)) {
        if (n != 5) return 0;
        static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
        for (size_t i = 0; i < 5; i++)
            if (exc_set_attr(self, names[i], MO_TUPLE_ITEM(args, i)) < 0) return -1;
        return 0;
    }
    if (exc_is(self, &mo_NameError) || exc_is(self, &mo_AttributeError) || exc_is(self, &mo_ImportError)) {
        if (!exc_get_attr(self, "name") && exc_set_attr(self, "name", mo_None) < 0) return -1;
        if (exc_is(self, &mo_AttributeError) && !exc_get_attr(self, "obj") && exc_set_attr(self, "obj", mo_None) < 0)
            return -1;
        if (exc_is(self, &mo_ImportError)) {
            if (!exc_get_attr(self, "path") && exc_set_attr(self, "path", mo_None) < 0) return -1;
            if (exc_set_attr(self, "msg", n == 1 ? MO_TUPLE_ITEM(args, 0) : mo_None) < 0) return -1;
        }
    }
    return 0;
}

static MoObject *exc_alloc(MoType *type, MoObject *args) {
    MoException *e = (MoException *)mo_gc_new(type, type->size ? type->size : sizeof(MoException));
    if (!e) return NULL;
    if (args) {
        e->args = mo_newref(args);
    } else {
        e->args = mo_tuple_new(0);
        if (!e->args) {
            mo_object_free(MO(e));
            return NULL;
        }
    }
    mo_gc_track(MO(e));
    return MO(e);
}

MoObject *mo_exception_new(MoType *type, MoObject *args) {
    MoObject *e = exc_alloc(type, args);
    if (!e) return NULL;
    if (exc_init_attrs(e) < 0) {
        mo_decref(e);
        return NULL;
    }
    return e;
}

static MoObject *exc_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    bool kw_ok = mo_type_is_subtype(type, &mo_NameError) || mo_type_is_subtype(type, &mo_AttributeError) ||
                 mo_type_is_subtype(type, &mo_ImportError);
    /* Heap subclasses take keywords for their own __init__; the instance just records positionals. */
    if (nkw && !kw_ok && !(type->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", type->name);
        return NULL;
    }
    MoObject *targs = mo_tuple_from_array(args, nargs);
    if (!targs) return NULL;
    if (type == &mo_OSError) {
        MoType *sub = oserror_subtype(targs);
        if (sub) type = sub;
    }
    MoObject *e = exc_alloc(type, targs);
    mo_decref(targs);
    if (!e) return NULL;
    if (kw_ok && !(type->flags & MO_TPFLAG_HEAPTYPE)) {
        for (size_t i = 0; i < nkw; i++) {
            MoObject *k = MO_TUPLE_ITEM(kwnames, i);
            bool allowed = mo_str_eq_cstr(k, "name") ||
                           (mo_type_is_subtype(type, &mo_AttributeError) && mo_str_eq_cstr(k, "obj")) ||
                           (mo_type_is_subtype(type, &mo_ImportError) && mo_str_eq_cstr(k, "path"));
            if (!allowed) {
                mo_err_format(&mo_TypeError, "%s() got an unexpected keyword argument '%U'", type->name, k);
                mo_decref(e);
                return NULL;
            }
            if (exc_set_attr(e, MO_STR_UTF8(k), args[nargs + i]) < 0) {
                mo_decref(e);
                return NULL;
            }
        }
    }
    if (exc_init_attrs(e) < 0) {
        mo_decref(e);
        return NULL;
    }
    return e;
}

static void exc_clear(MoObject *self) {
    MoException *e = MO_EXC(self);
    MO_CLEAR(e->dict);
    MO_CLEAR(e->args);
    MO_CLEAR(e->traceback);
    MO_CLEAR(e->cause);
    MO_CLEAR(e->context);
    MO_CLEAR(e->notes);
}

static void exc_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    exc_clear(self);
    mo_object_free(self);
}

static int exc_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoException *e = MO_EXC(self);
    MoObject *refs[] = {e->dict, e->args, e->traceback, e->cause, e->context, e->notes};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r) return r;
        }
    return 0;
}

static MoObject *exc_str(MoObject *self) {
    MoObject *args = MO_EXC(self)->args;
    size_t n = args ? MO_TUPLE_LEN(args) : 0;
    if (n == 0) return mo_str_from_cstr("");
    if (n == 1) return mo_str(MO_TUPLE_ITEM(args, 0));
    return mo_str(args);
}

static MoObject *exc_repr(MoObject *self) {
    MoObject *args = MO_EXC(self)->args;
    size_t n = args ? MO_TUPLE_LEN(args) : 0;
    if (n == 0) return mo_format("%s()", self->type->name);
    if (n == 1) return mo_format("%s(%R)", self->type->name, MO_TUPLE_ITEM(args, 0));
    return mo_format("%s%R", self->type->name, args);
}

static MoObject *keyerror_str(MoObject *self) {
    MoObject *args = MO_EXC(self)->args;
    if (args && MO_TUPLE_LEN(args) == 1) return mo_repr(MO_TUPLE_ITEM(args, 0));
    return exc_str(self);
}

/* The last path component, as SyntaxError's str shows it. */
static MoObject *basename_of(MoObject *fn) {
    const char *s = MO_STR_UTF8(fn);
    size_t n = MO_STR_NBYTES(fn);
    size_t start = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '/') start = i + 1;
    return mo_str_from_utf8(s + start, n - start);
}

static MoObject *syntaxerror_str(MoObject *self) {
    MoObject *msg = exc_get_attr(self, "msg");
    MoObject *fn = exc_get_attr(self, "filename");
    MoObject *ln = exc_get_attr(self, "lineno");
    MoObject *m = mo_str(msg ? msg : mo_None);
    if (!m) return NULL;
    bool have_fn = fn && MO_STR_CHECK(fn);
    bool have_ln = ln && MO_INT_CHECK(ln) && ln->type != &mo_bool_type;
    MoObject *r;
    if (have_fn && have_ln) {
        MoObject *b = basename_of(fn);
        r = b ? mo_format("%U (%U, line %S)", m, b, ln) : NULL;
        mo_xdecref(b);
    } else if (have_fn) {
        MoObject *b = basename_of(fn);
        r = b ? mo_format("%U (%U)", m, b) : NULL;
        mo_xdecref(b);
    } else if (have_ln) {
        r = mo_format("%U (line %S)", m, ln);
    } else {
        r = mo_newref(m);
    }
    mo_decref(m);
    return r;
}

static MoObject *oserror_str(MoObject *self) {
    MoObject *no = exc_get_attr(self, "errno");
    MoObject *se = exc_get_attr(self, "strerror");
    MoObject *fn = exc_get_attr(self, "filename");
    MoObject *fn2 = exc_get_attr(self, "filename2");
    if (fn && fn != mo_None) {
        if (fn2 && fn2 != mo_None)
            return mo_format("[Errno %S] %S: %R -> %R", no ? no : mo_None, se ? se : mo_None, fn, fn2);
        return mo_format("[Errno %S] %S: %R", no ? no : mo_None, se ? se : mo_None, fn);
    }
    if (no && se && no != mo_None && se != mo_None) return mo_format("[Errno %S] %S", no, se);
    return exc_str(self);
}

static MoObject *unicodeerror_str(MoObject *self) {
    MoObject *enc = exc_get_attr(self, "encoding"), *obj = exc_get_attr(self, "object");
    MoObject *start = exc_get_attr(self, "start"), *end = exc_get_attr(self, "end");
    MoObject *reason = exc_get_attr(self, "reason");
    if (!enc || !obj || !start || !end || !reason || !MO_INT_CHECK(start) || !MO_INT_CHECK(end)) return exc_str(self);
    int64_t s, e;
    if (mo_int_as_i64(start, &s) < 0 || mo_int_as_i64(end, &e) < 0) return NULL;
    bool decode = exc_is(self, &mo_UnicodeDecodeError);
    if (decode && mo_isinstance_type(obj, &mo_bytes_type)) {
        MoBytes *b = MO_BYTES(obj);
        if (e == s + 1 && s >= 0 && (size_t)s < b->len) {
            static const char hx[] = "0123456789abcdef";
            char byte[5] = {'0', 'x', hx[b->data[s] >> 4], hx[b->data[s] & 15], 0};
            return mo_format("%R codec can't decode byte %s in position %S: %S", enc, byte, start, reason);
        }
        return mo_format("%R codec can't decode bytes in position %S-%lld: %S", enc, start, (long long)(e - 1), reason);
    }
    if (!decode && MO_STR_CHECK(obj)) {
        if (e == s + 1 && s >= 0 && (size_t)s < MO_STR(obj)->len) {
            MoObject *idx = mo_int_from_i64(s);
            MoObject *ch = idx ? mo_getitem(obj, idx) : NULL;
            mo_xdecref(idx);
            if (!ch) return NULL;
            /* CPython shows the character as \xNN, \uNNNN or \UNNNNNNNN. */
            const unsigned char *u = (const unsigned char *)MO_STR_UTF8(ch);
            uint32_t cp = u[0];
            if (cp >= 0xF0) cp = ((cp & 7u) << 18) | ((u[1] & 63u) << 12) | ((u[2] & 63u) << 6) | (u[3] & 63u);
            else if (cp >= 0xE0) cp = ((cp & 15u) << 12) | ((u[1] & 63u) << 6) | (u[2] & 63u);
            else if (cp >= 0xC0) cp = ((cp & 31u) << 6) | (u[1] & 63u);
            mo_decref(ch);
            char buf[12];
            static const char hx[] = "0123456789abcdef";
            int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
            size_t k = 0;
            buf[k++] = '\\';
            buf[k++] = cp <= 0xFF ? 'x' : cp <= 0xFFFF ? 'u' : 'U';
            for (int d = digits - 1; d >= 0; d--) buf[k++] = hx[(cp >> (4 * d)) & 15];
            buf[k] = 0;
            return mo_format("%R codec can't encode character '%s' in position %S: %S", enc, buf, start, reason);
        }
        return mo_format("%R codec can't encode characters in position %S-%lld: %S", enc, start, (long long)(e - 1),
                         reason);
    }
    return exc_str(self);
}

/* ---- methods and attributes ---------------------------------------------------------------- */

static MoObject *exc_add_note(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "BaseException.add_note() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "note must be a str, not '%T'", args[0]);
        return NULL;
    }
    MoException *e = MO_EXC(self);
    if (!e->notes) {
        e->notes = mo_list_new(0);
        if (!e->notes) return NULL;
    }
    if (mo_list_append(e->notes, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *exc_with_traceback(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "BaseException.with_traceback() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    MoException *e = MO_EXC(self);
    MoObject *tb = args[0] == mo_None ? NULL : args[0];
    if (tb && MO_TYPE(tb) != &mo_traceback_type) {
        mo_err_set(&mo_TypeError, "__traceback__ must be a traceback or None");
        return NULL;
    }
    mo_xincref(tb);
    MO_SETREF(e->traceback, tb);
    return mo_newref(self);
}

/* BaseException.__init__: what super().__init__(msg) in a user exception class reaches. */
static MoObject *exc_init(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames) && !mo_isinstance_type(self, &mo_NameError) &&
        !mo_isinstance_type(self, &mo_AttributeError) && !mo_isinstance_type(self, &mo_ImportError)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", self->type->name);
        return NULL;
    }
    MoObject *t = mo_tuple_from_array(args, nargs);
    if (!t) return NULL;
    MO_SETREF(MO_EXC(self)->args, t);
    if (exc_init_attrs(self) < 0) return NULL;
    return mo_none();
}

static const MoMethodDef exc_methods[] = {
    {"__init__", exc_init, MO_METH_INSTANCE, "Initialize self."},
    {"add_note", exc_add_note, MO_METH_INSTANCE, "Add a note to the exception"},
    {"with_traceback", exc_with_traceback, MO_METH_INSTANCE, "Set self.__traceback__ to tb and return self."},
    {NULL, NULL, 0, NULL},
};

static MoObject *get_args(MoObject *self) { return mo_newref(MO_EXC(self)->args); }

static int set_args(MoObject *self, MoObject *v) {
    if (!v) {
        mo_err_set(&mo_TypeError, "args may not be deleted");
        return -1;
    }
    MoObject *it = mo_iter(v);
    if (!it) return -1;
    MoObject *list = mo_list_new(0);
    if (!list) {
        mo_decref(it);
        return -1;
    }
    MoObject *x;
    while ((x = mo_next(it))) {
        int r = mo_list_append(list, x);
        mo_decref(x);
        if (r < 0) break;
    }
    mo_decref(it);
    if (mo_err_occurred()) {
        mo_decref(list);
        return -1;
    }
    MoObject *t = mo_list_as_tuple(list);
    mo_decref(list);
    if (!t) return -1;
    MO_SETREF(MO_EXC(self)->args, t);
    return 0;
}

static MoObject *opt(MoObject *o) { return o ? mo_newref(o) : mo_none(); }

static MoObject *get_cause(MoObject *self) { return opt(MO_EXC(self)->cause); }
static MoObject *get_context(MoObject *self) { return opt(MO_EXC(self)->context); }
static MoObject *get_traceback(MoObject *self) { return opt(MO_EXC(self)->traceback); }
static MoObject *get_suppress(MoObject *self) { return mo_bool(MO_EXC(self)->suppress_context); }

static int check_exc_or_none(MoObject *v, const char *what) {
    if (!v) {
        mo_err_format(&mo_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v != mo_None && !MO_EXC_CHECK(v)) {
        mo_err_format(&mo_TypeError, "exception %s must be None or derive from BaseException", what);
        return -1;
    }
    return 0;
}

static int set_cause(MoObject *self, MoObject *v) {
    if (check_exc_or_none(v, "cause") < 0) return -1;
    MoObject *n = v == mo_None ? NULL : mo_newref(v);
    MO_SETREF(MO_EXC(self)->cause, n);
    MO_EXC(self)->suppress_context = true;
    return 0;
}

static int set_context(MoObject *self, MoObject *v) {
    if (check_exc_or_none(v, "context") < 0) return -1;
    MoObject *n = v == mo_None ? NULL : mo_newref(v);
    MO_SETREF(MO_EXC(self)->context, n);
    return 0;
}

static int set_traceback(MoObject *self, MoObject *v) {
    if (!v) {
        mo_err_set(&mo_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != mo_None && MO_TYPE(v) != &mo_traceback_type) {
        mo_err_set(&mo_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    MoObject *n = v == mo_None ? NULL : mo_newref(v);
    MO_SETREF(MO_EXC(self)->traceback, n);
    return 0;
}

static int set_suppress(MoObject *self, MoObject *v) {
    if (!v) {
        mo_err_set(&mo_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = mo_truth(v);
    if (t < 0) return -1;
    MO_EXC(self)->suppress_context = t;
    return 0;
}

static MoObject *get_notes(MoObject *self) {
    MoObject *n = MO_EXC(self)->notes;
    if (!n) {
        mo_err_format(&mo_AttributeError, "'%s' object has no attribute '__notes__'", self->type->name);
        return NULL;
    }
    return mo_newref(n);
}

static int set_notes(MoObject *self, MoObject *v) {
    if (v) mo_incref(v);
    MO_SETREF(MO_EXC(self)->notes, v);
    return 0;
}

static MoObject *get_dict(MoObject *self) {
    MoException *e = MO_EXC(self);
    if (!e->dict) {
        e->dict = mo_dict_new();
        if (!e->dict) return NULL;
    }
    return mo_newref(e->dict);
}

static const MoGetSetDef exc_getsets[] = {
    {"args", get_args, set_args, NULL},
    {"__cause__", get_cause, set_cause, NULL},
    {"__context__", get_context, set_context, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {"__notes__", get_notes, set_notes, NULL},
    {"__dict__", get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

MoObject *mo_exception_str(MoObject *exc) { return mo_str(exc); }

/* ---- the types ----------------------------------------------------------------------------- */

#define mo_object mo_object_type
#define EXC_STR_BaseException exc_str
#define EXC_REPR_BaseException exc_repr

#define DEFINE_EXC(c, py, b_)                                                                     \
    MoType mo_##c = {                                                                               \
        .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},                                                  \
        .name = py,                                                                                 \
        .size = sizeof(MoException),                                                                \
        .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE | MO_TPFLAG_EXC_SUBCLASS,                        \
        .base = &mo_##b_,                                                                            \
        .dealloc = exc_dealloc,                                                                     \
        .traverse = exc_traverse,                                                                   \
        .clear = exc_clear,                                                                         \
        .vnew = exc_vnew,                                                                           \
        .dict_offset = offsetof(MoException, dict),                                                 \
    };
MO_EXCEPTION_TYPES(DEFINE_EXC)
#undef DEFINE_EXC
#undef mo_object

/* ---- BaseExceptionGroup / ExceptionGroup ----
 *
 * A group is an exception whose args are (message, exceptions-as-given) and that exposes
 * .message and .exceptions (a tuple). BaseExceptionGroup(...) of plain Exceptions is an
 * ExceptionGroup, as in CPython; split/subgroup walk nested groups and copy the metadata
 * (__traceback__, __cause__, __context__, __notes__) onto the derived groups. */

static MoObject *eg_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", type->name);
        return NULL;
    }
    if (nargs != 2) {
        mo_err_format(&mo_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    if (!mo_isinstance_type(args[1], &mo_list_type) && !mo_isinstance_type(args[1], &mo_tuple_type)) {
        mo_err_set(&mo_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    MoObject *excs = mo_sequence_tuple(args[1]);
    if (!excs) return NULL;
    size_t n = MO_TUPLE_LEN(excs);
    if (n == 0) {
        mo_decref(excs);
        mo_err_set(&mo_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    bool all_exc = true;
    for (size_t i = 0; i < n; i++) {
        MoObject *x = MO_TUPLE_ITEM(excs, i);
        if (!mo_isinstance_type(x, &mo_BaseException)) {
            mo_decref(excs);
            mo_err_format(&mo_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
            return NULL;
        }
        if (!mo_isinstance_type(x, &mo_Exception)) all_exc = false;
    }
    if (type == &mo_BaseExceptionGroup && all_exc) type = &mo_ExceptionGroup;
    if (!all_exc && mo_type_is_subtype(type, &mo_ExceptionGroup)) {
        mo_decref(excs);
        mo_err_set(&mo_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return NULL;
    }
    MoObject *targs = mo_tuple_from_array(args, 2);
    MoObject *e = targs ? exc_alloc(type, targs) : NULL;
    mo_xdecref(targs);
    if (!e || exc_set_attr(e, "message", args[0]) < 0 || exc_set_attr(e, "exceptions", excs) < 0) {
        mo_xdecref(e);
        mo_decref(excs);
        return NULL;
    }
    mo_decref(excs);
    return e;
}

static MoObject *eg_field(MoObject *self, const char *name) {
    MoException *e = MO_EXC(self);
    MoObject *v = e->dict ? mo_dict_get_str(e->dict, name) : NULL;
    if (!v) mo_err_format(&mo_AttributeError, "'%T' object has no attribute '%s'", self, name);
    return v;
}

static MoObject *eg_str(MoObject *self) {
    MoObject *msg = eg_field(self, "message"), *excs = eg_field(self, "exceptions");
    if (!msg || !excs) return NULL;
    size_t n = mo_isinstance_type(excs, &mo_tuple_type) ? MO_TUPLE_LEN(excs) : 0;
    return mo_format("%U (%zu sub-exception%s)", msg, n, n == 1 ? "" : "s");
}

static MoObject *eg_derive(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "derive() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    MoObject *msg = eg_field(self, "message");
    if (!msg) return NULL;
    MoObject *a[2] = {msg, args[0]};
    return mo_call(MO(&mo_BaseExceptionGroup), a, 2, NULL);
}

/* 1 if exc matches cond (a class, a tuple of classes, or a predicate), 0, or -1. */
static int eg_match(MoObject *cond, MoObject *exc) {
    if (mo_isinstance_type(cond, &mo_type_type)) return mo_isinstance_type(exc, (MoType *)cond);
    if (mo_isinstance_type(cond, &mo_tuple_type)) {
        for (size_t i = 0; i < MO_TUPLE_LEN(cond); i++)
            if (mo_isinstance_type(MO_TUPLE_ITEM(cond, i), &mo_type_type) &&
                mo_isinstance_type(exc, (MoType *)MO_TUPLE_ITEM(cond, i)))
                return 1;
        return 0;
    }
    MoObject *r = mo_call(cond, &exc, 1, NULL);
    if (!r) return -1;
    int t = mo_truth(r);
    mo_decref(r);
    return t;
}

static int eg_check_cond(MoObject *cond) {
    bool ok = false;
    if (mo_isinstance_type(cond, &mo_type_type)) ok = mo_type_is_subtype((MoType *)cond, &mo_BaseException);
    else if (mo_isinstance_type(cond, &mo_tuple_type)) {
        ok = true;
        for (size_t i = 0; i < MO_TUPLE_LEN(cond); i++) {
            MoObject *c = MO_TUPLE_ITEM(cond, i);
            if (!mo_isinstance_type(c, &mo_type_type) || !mo_type_is_subtype((MoType *)c, &mo_BaseException)) ok = false;
        }
    } else ok = cond->type->call != NULL;
    if (!ok) mo_err_set(&mo_TypeError, "expected a function, exception type or tuple of exception types");
    return ok ? 0 : -1;
}

/* A group like self holding items (a list), with self's metadata: new reference, None if empty. */
static MoObject *eg_derive_from(MoObject *self, MoObject *items) {
    if (MO_LIST_LEN(items) == 0) return mo_none();
    MoObject *g = mo_call_method(self, "derive", &items, 1);
    if (!g) return NULL;
    if (!mo_isinstance_type(g, &mo_BaseExceptionGroup)) {
        mo_decref(g);
        mo_err_set(&mo_TypeError, "derive must return an instance of BaseExceptionGroup");
        return NULL;
    }
    MoException *s = MO_EXC(self), *d = MO_EXC(g);
    mo_xincref(s->traceback);
    MO_SETREF(d->traceback, s->traceback);
    mo_xincref(s->cause);
    MO_SETREF(d->cause, s->cause);
    mo_xincref(s->context);
    MO_SETREF(d->context, s->context);
    mo_xincref(s->notes);
    MO_SETREF(d->notes, s->notes);
    d->suppress_context = s->suppress_context;
    return g;
}

/* Splits self by cond into *match and *rest (new references, None when empty): 0 or -1. */
static int eg_split_impl(MoObject *self, MoObject *cond, bool want_rest, MoObject **match, MoObject **rest) {
    *match = *rest = NULL;
    int m = eg_match(cond, self);
    if (m < 0) return -1;
    if (m) {
        *match = mo_newref(self);
        *rest = mo_none();
        return 0;
    }
    MoObject *excs = eg_field(self, "exceptions");
    if (!excs) return -1;
    MoObject *ml = mo_list_new(0), *rl = mo_list_new(0);
    if (!ml || !rl) goto fail;
    for (size_t i = 0; i < MO_TUPLE_LEN(excs); i++) {
        MoObject *x = MO_TUPLE_ITEM(excs, i);
        if (mo_isinstance_type(x, &mo_BaseExceptionGroup)) {
            MoObject *xm, *xr;
            if (eg_split_impl(x, cond, want_rest, &xm, &xr) < 0) goto fail;
            int r1 = xm != mo_None ? mo_list_append(ml, xm) : 0;
            int r2 = want_rest && xr != mo_None ? mo_list_append(rl, xr) : 0;
            mo_decref(xm);
            mo_decref(xr);
            if (r1 < 0 || r2 < 0) goto fail;
            continue;
        }
        int k = eg_match(cond, x);
        if (k < 0) goto fail;
        if (k ? mo_list_append(ml, x) < 0 : (want_rest && mo_list_append(rl, x) < 0)) goto fail;
    }
    *match = eg_derive_from(self, ml);
    if (!*match) goto fail;
    *rest = want_rest ? eg_derive_from(self, rl) : mo_none();
    if (!*rest) goto fail;
    mo_decref(ml);
    mo_decref(rl);
    return 0;
fail:
    mo_xdecref(ml);
    mo_xdecref(rl);
    MO_CLEAR(*match);
    MO_CLEAR(*rest);
    return -1;
}

static MoObject *eg_split(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "split() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (eg_check_cond(args[0]) < 0) return NULL;
    MoObject *m, *r;
    if (eg_split_impl(self, args[0], true, &m, &r) < 0) return NULL;
    MoObject *t = mo_tuple_pack(2, m, r);
    mo_decref(m);
    mo_decref(r);
    return t;
}

static MoObject *eg_subgroup(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "subgroup() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (eg_check_cond(args[0]) < 0) return NULL;
    MoObject *m, *r;
    if (eg_split_impl(self, args[0], false, &m, &r) < 0) return NULL;
    mo_decref(r);
    return m;
}

static const MoMethodDef eg_methods[] = {
    {"derive", eg_derive, MO_METH_INSTANCE, NULL},
    {"split", eg_split, MO_METH_INSTANCE, NULL},
    {"subgroup", eg_subgroup, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

/* The single-base tuples mo_type_ready made for ExceptionGroup are immortal like their
 * replacements; keeping them reachable tells leak checkers they are not lost. */
static MoObject *eg_replaced[2];

int mo_exception_group_ready(void) {
    MoType *t = &mo_ExceptionGroup;
    if (mo_type_is_subtype(t, &mo_Exception)) return 0;
    MoVM *saved = mo_vm;
    mo_vm = NULL; /* static types hold immortal objects only */
    MoObject *bases = mo_tuple_pack(2, MO(&mo_BaseExceptionGroup), MO(&mo_Exception));
    MoObject *mro = mo_tuple_new(5);
    int r = -1;
    if (bases && mro) {
        MoObject *items[5] = {MO(t), MO(&mo_BaseExceptionGroup), MO(&mo_Exception), MO(&mo_BaseException),
                              MO(&mo_object_type)};
        for (size_t i = 0; i < 5; i++) MO_TUPLE_SET(mro, i, mo_newref(items[i]));
        eg_replaced[0] = t->bases;
        eg_replaced[1] = t->mro;
        t->bases = bases;
        t->mro = mro;
        r = 0;
    }
    mo_vm = saved;
    return r;
}

/* Installs the per-class slots the X-macro cannot express; called by the runtime before
 * mo_type_ready runs on the exception types. */
void mo_exceptions_setup(void) {
    mo_BaseException.repr = exc_repr;
    mo_BaseException.str = exc_str;
    mo_BaseException.methods = exc_methods;
    mo_BaseException.getsets = exc_getsets;
    mo_KeyError.str = keyerror_str;
    mo_SyntaxError.str = syntaxerror_str;
    mo_OSError.str = oserror_str;
    mo_UnicodeDecodeError.str = unicodeerror_str;
    mo_UnicodeEncodeError.str = unicodeerror_str;
    mo_BaseExceptionGroup.vnew = eg_vnew;
    mo_ExceptionGroup.vnew = eg_vnew;
    mo_BaseExceptionGroup.str = eg_str;
    mo_BaseExceptionGroup.methods = eg_methods;
}

/* Every builtin exception class, for the runtime (readiness) and builtins (names). */
MoType *const mo_exception_types[] = {
#define LIST_EXC(c, py, base) &mo_##c,
    MO_EXCEPTION_TYPES(LIST_EXC)
#undef LIST_EXC
    NULL,
};

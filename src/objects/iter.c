/*
 * iter.c: the builtin iterator types enumerate, zip, map, filter and reversed, plus the list of
 * every static type of the types team (runtime.c readies them) and their per-process set-up.
 */
#include "typesutil.h"

/* ---- enumerate ---- */

typedef struct {
    MO_HEAD;
    MoObject *it;
    int64_t index;
    MoObject *big; /* the index as an int object once it leaves int64 (or started big) */
    uint8_t pausable; /* the VM's cached MoLazyIterParts.pausable */
} Enumerate;

MoObject *mo_enumerate_new(MoObject *iterable, MoObject *start) {
    MoObject *it = mo_iter(iterable);
    if (!it) return NULL;
    Enumerate *e = (Enumerate *)mo_gc_new(&mo_enumerate_type, sizeof(Enumerate));
    if (!e) { mo_decref(it); return NULL; }
    e->it = it;
    e->index = 0;
    e->big = NULL;
    if (start) {
        if (!mo_int_fits_i64(start)) e->big = mo_newref(start);
        else if (mo_int_as_i64(start, &e->index) < 0) { mo_decref(MO(e)); return NULL; }
    }
    mo_gc_track(MO(e));
    return MO(e);
}

static MoObject *enumerate_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    MoObject *a[2];
    if (ty_kwparse("enumerate", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return NULL;
    MoObject *start = NULL;
    if (a[1]) {
        if (!MO_INT_CHECK(a[1])) {
            start = mo_number_index(a[1]);
            if (!start) return NULL;
        } else start = mo_newref(a[1]);
    }
    MoObject *r = mo_enumerate_new(a[0], start);
    mo_xdecref(start);
    return r;
}

static MoObject *enumerate_next(MoObject *o) {
    Enumerate *e = (Enumerate *)o;
    MoObject *item = mo_next(e->it);
    if (!item) return NULL;
    return mo_enumerate_pair(o, item);
}

MoObject *mo_enumerate_pair(MoObject *o, MoObject *item) {
    Enumerate *e = (Enumerate *)o;
    MoObject *idx;
    if (e->big) {
        idx = mo_newref(e->big);
        MoObject *one = mo_int_from_i64(1);
        MoObject *nb = one ? mo_binop(e->big, one, MO_ADD) : NULL;
        mo_xdecref(one);
        if (!nb) { mo_decref(idx); mo_decref(item); return NULL; }
        MO_SETREF(e->big, nb);
    } else {
        idx = mo_int_from_i64(e->index);
        if (e->index == INT64_MAX) {
            MoObject *one = mo_int_from_i64(1);
            e->big = one && idx ? mo_binop(idx, one, MO_ADD) : NULL;
            mo_xdecref(one);
            if (!e->big) { mo_xdecref(idx); mo_decref(item); return NULL; }
        } else e->index++;
    }
    if (!idx) { mo_decref(item); return NULL; }
    MoObject *t = mo_tuple_pack(2, idx, item);
    mo_decref(idx);
    mo_decref(item);
    return t;
}

static void enumerate_dealloc(MoObject *o) {
    Enumerate *e = (Enumerate *)o;
    mo_gc_untrack(o);
    mo_xdecref(e->it);
    mo_xdecref(e->big);
    mo_object_free(o);
}
static int enumerate_traverse(MoObject *o, MoVisit visit, void *arg) {
    Enumerate *e = (Enumerate *)o;
    int r;
    if (e->it && (r = visit(e->it, arg))) return r;
    if (e->big && (r = visit(e->big, arg))) return r;
    return 0;
}
static void enumerate_clear(MoObject *o) {
    Enumerate *e = (Enumerate *)o;
    MO_CLEAR(e->it);
    MO_CLEAR(e->big);
}
static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

MoType mo_enumerate_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "enumerate",
    .size = sizeof(Enumerate),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .vnew = enumerate_vnew,
    .iter = self_iter,
    .iternext = enumerate_next,
};

/* ---- zip ---- */

typedef struct {
    MO_HEAD;
    MoObject *its; /* tuple of iterators, or NULL once exhausted */
    bool strict;
    uint8_t pausable; /* the VM's cached MoLazyIterParts.pausable */
} Zip;

MoObject *mo_zip_new(MoObject *const *iterables, size_t n, bool strict) {
    MoObject *its = mo_tuple_new(n);
    if (!its) return NULL;
    for (size_t i = 0; i < n; i++) {
        MoObject *it = mo_iter(iterables[i]);
        if (!it) { mo_decref(its); return NULL; }
        MO_TUPLE_SET(its, i, it);
    }
    Zip *z = (Zip *)mo_gc_new(&mo_zip_type, sizeof(Zip));
    if (!z) { mo_decref(its); return NULL; }
    z->its = its;
    z->strict = strict;
    mo_gc_track(MO(z));
    return MO(z);
}

static MoObject *zip_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        MoObject *k = MO_TUPLE_ITEM(kwnames, i);
        if (!mo_str_eq_cstr(k, "strict")) {
            mo_err_format(&mo_TypeError, "zip() got an unexpected keyword argument '%U'", k);
            return NULL;
        }
        int t = mo_truth(args[nargs + i]);
        if (t < 0) return NULL;
        strict = t;
    }
    return mo_zip_new(args, nargs, strict);
}

static MoObject *zip_next(MoObject *o) {
    Zip *z = (Zip *)o;
    if (!z->its) return NULL;
    size_t n = MO_TUPLE_LEN(z->its);
    if (n == 0) return NULL;
    MoObject *res = mo_tuple_new(n);
    if (!res) return NULL;
    for (size_t i = 0; i < n; i++) {
        MoObject *item = mo_next(MO_TUPLE_ITEM(z->its, i));
        if (item) { MO_TUPLE_SET(res, i, item); continue; }
        mo_decref(res);
        if (mo_err_occurred()) return NULL;
        if (z->strict) {
            if (i) {
                mo_err_format(&mo_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                              i == 1 ? " " : "s 1-", i);
                MO_CLEAR(z->its);
                return NULL;
            }
            for (size_t j = 1; j < n; j++) {
                MoObject *x = mo_next(MO_TUPLE_ITEM(z->its, j));
                if (x) {
                    mo_decref(x);
                    mo_err_format(&mo_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                  j == 1 ? " " : "s 1-", j);
                    MO_CLEAR(z->its);
                    return NULL;
                }
                if (mo_err_occurred()) return NULL;
            }
        }
        MO_CLEAR(z->its);
        return NULL;
    }
    return res;
}

static void zip_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((Zip *)o)->its);
    mo_object_free(o);
}
static int zip_traverse(MoObject *o, MoVisit visit, void *arg) {
    Zip *z = (Zip *)o;
    return z->its ? visit(z->its, arg) : 0;
}
static void zip_clear(MoObject *o) { MO_CLEAR(((Zip *)o)->its); }

MoType mo_zip_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "zip",
    .size = sizeof(Zip),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .vnew = zip_vnew,
    .iter = self_iter,
    .iternext = zip_next,
};

/* ---- map ---- */

typedef struct { MO_HEAD; MoObject *func; MoObject *its; uint8_t pausable; } Map;

MoObject *mo_map_new(MoObject *func, MoObject *const *iterables, size_t n) {
    MoObject *its = mo_tuple_new(n);
    if (!its) return NULL;
    for (size_t i = 0; i < n; i++) {
        MoObject *it = mo_iter(iterables[i]);
        if (!it) { mo_decref(its); return NULL; }
        MO_TUPLE_SET(its, i, it);
    }
    Map *m = (Map *)mo_gc_new(&mo_map_type, sizeof(Map));
    if (!m) { mo_decref(its); return NULL; }
    m->func = mo_newref(func);
    m->its = its;
    mo_gc_track(MO(m));
    return MO(m);
}

static MoObject *map_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("map", kwnames) < 0) return NULL;
    if (nargs < 2) {
        mo_err_set(&mo_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    return mo_map_new(args[0], args + 1, nargs - 1);
}

static MoObject *map_next_impl(MoObject *o) {
    Map *m = (Map *)o;
    if (!m->its) return NULL;
    size_t n = MO_TUPLE_LEN(m->its);
    MoObject *small[8] = {0}; /* zeroed only to quiet gcc -O2 -Wmaybe-uninitialized */
    MoObject **argv = small;
    if (n > 8) {
        argv = mo_alloc(n * sizeof(MoObject *));
        if (!argv) return NULL;
    }
    size_t got = 0;
    MoObject *r = NULL;
    for (; got < n; got++) {
        argv[got] = mo_next(MO_TUPLE_ITEM(m->its, got));
        if (!argv[got]) break;
    }
    if (got == n) r = mo_call(m->func, argv, n, NULL);
    for (size_t i = 0; i < got; i++) mo_decref(argv[i]);
    if (argv != small) mo_free(argv);
    return r;
}

/* A StopIteration escaping the function (or an iterator) ends the iteration for list(), zip()
 * and the other C consumers, as CPython's callers treat it; they see exhaustion instead. */
static MoObject *map_next(MoObject *o) {
    MoObject *r = map_next_impl(o);
    if (!r && mo_err_matches(&mo_StopIteration)) mo_err_clear();
    return r;
}

static void map_dealloc(MoObject *o) {
    Map *m = (Map *)o;
    mo_gc_untrack(o);
    mo_xdecref(m->func);
    mo_xdecref(m->its);
    mo_object_free(o);
}
static int map_traverse(MoObject *o, MoVisit visit, void *arg) {
    Map *m = (Map *)o;
    int r;
    if (m->func && (r = visit(m->func, arg))) return r;
    if (m->its && (r = visit(m->its, arg))) return r;
    return 0;
}
static void map_clear(MoObject *o) {
    Map *m = (Map *)o;
    MO_CLEAR(m->func);
    MO_CLEAR(m->its);
}

MoType mo_map_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "map",
    .size = sizeof(Map),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .vnew = map_vnew,
    .iter = self_iter,
    .iternext = map_next,
};

/* ---- filter ---- */

typedef struct { MO_HEAD; MoObject *func; MoObject *it; uint8_t pausable; } Filter;

MoObject *mo_filter_new(MoObject *func, MoObject *iterable) {
    MoObject *it = mo_iter(iterable);
    if (!it) return NULL;
    Filter *f = (Filter *)mo_gc_new(&mo_filter_type, sizeof(Filter));
    if (!f) { mo_decref(it); return NULL; }
    f->func = mo_newref(func ? func : mo_None);
    f->it = it;
    mo_gc_track(MO(f));
    return MO(f);
}

static MoObject *filter_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("filter", kwnames) < 0) return NULL;
    if (ty_clinic("filter", NULL, nargs, NULL, 2, 2) < 0) return NULL;
    return mo_filter_new(args[0], args[1]);
}

static MoObject *filter_next_impl(MoObject *o) {
    Filter *f = (Filter *)o;
    if (!f->it) return NULL;
    for (;;) {
        MoObject *item = mo_next(f->it);
        if (!item) return NULL;
        int ok;
        if (f->func == mo_None || f->func == MO(&mo_bool_type)) ok = mo_truth(item);
        else {
            MoObject *r = mo_call1(f->func, item);
            if (!r) { mo_decref(item); return NULL; }
            ok = mo_truth(r);
            mo_decref(r);
        }
        if (ok > 0) return item;
        mo_decref(item);
        if (ok < 0) return NULL;
    }
}

/* As map_next: a StopIteration from the predicate ends the iteration. */
static MoObject *filter_next(MoObject *o) {
    MoObject *r = filter_next_impl(o);
    if (!r && mo_err_matches(&mo_StopIteration)) mo_err_clear();
    return r;
}

static void filter_dealloc(MoObject *o) {
    Filter *f = (Filter *)o;
    mo_gc_untrack(o);
    mo_xdecref(f->func);
    mo_xdecref(f->it);
    mo_object_free(o);
}
static int filter_traverse(MoObject *o, MoVisit visit, void *arg) {
    Filter *f = (Filter *)o;
    int r;
    if (f->func && (r = visit(f->func, arg))) return r;
    if (f->it && (r = visit(f->it, arg))) return r;
    return 0;
}
static void filter_clear(MoObject *o) {
    Filter *f = (Filter *)o;
    MO_CLEAR(f->func);
    MO_CLEAR(f->it);
}

MoType mo_filter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "filter",
    .size = sizeof(Filter),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .vnew = filter_vnew,
    .iter = self_iter,
    .iternext = filter_next,
};

/* ---- the VM's view of the lazy iterators ---- */

int mo_lazy_iter_parts(MoObject *o, MoLazyIterParts *p) {
    MoType *t = MO_TYPE(o);
    p->func = NULL;
    p->strict = false;
    if (t == &mo_enumerate_type) {
        p->kind = MO_LAZY_ENUMERATE;
        p->its = ((Enumerate *)o)->it;
        p->pausable = &((Enumerate *)o)->pausable;
    } else if (t == &mo_map_type) {
        p->kind = MO_LAZY_MAP;
        p->func = ((Map *)o)->func;
        p->its = ((Map *)o)->its;
        p->pausable = &((Map *)o)->pausable;
    } else if (t == &mo_filter_type) {
        p->kind = MO_LAZY_FILTER;
        p->func = ((Filter *)o)->func;
        /* filter(bool, xs) tests truth directly, as filter(None, xs) does. */
        if (p->func == MO(&mo_bool_type)) p->func = mo_None;
        p->its = ((Filter *)o)->it;
        p->pausable = &((Filter *)o)->pausable;
    } else if (t == &mo_zip_type) {
        p->kind = MO_LAZY_ZIP;
        p->its = ((Zip *)o)->its;
        p->strict = ((Zip *)o)->strict;
        p->pausable = &((Zip *)o)->pausable;
    } else {
        return 0;
    }
    return 1;
}

/* ---- reversed ---- */

typedef struct { MO_HEAD; MoObject *seq; int64_t index; } Reversed;

MoObject *mo_reversed_new(MoObject *seq) {
    MoObject *rev = mo_type_lookup(MO_TYPE(seq), mo_str_intern("__reversed__"));
    if (rev == mo_None) {
        mo_err_format(&mo_TypeError, "'%s' object is not reversible", MO_TYPE(seq)->name);
        return NULL;
    }
    if (rev) return mo_call_method(seq, "__reversed__", NULL, 0);
    if (MO_DICT_CHECK(seq) || MO_SET_CHECK(seq) || !MO_TYPE(seq)->length || !MO_TYPE(seq)->getitem) {
        mo_err_format(&mo_TypeError, "'%s' object is not reversible", MO_TYPE(seq)->name);
        return NULL;
    }
    size_t n;
    if (mo_length(seq, &n) < 0) return NULL;
    Reversed *r = (Reversed *)mo_gc_new(&mo_reversed_type, sizeof(Reversed));
    if (!r) return NULL;
    r->seq = mo_newref(seq);
    r->index = (int64_t)n - 1;
    mo_gc_track(MO(r));
    return MO(r);
}

static MoObject *reversed_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("reversed", kwnames) < 0) return NULL;
    if (ty_clinic("reversed", NULL, nargs, NULL, 1, 1) < 0) return NULL;
    return mo_reversed_new(args[0]);
}

static MoObject *reversed_next(MoObject *o) {
    Reversed *r = (Reversed *)o;
    if (!r->seq) return NULL;
    if (r->index >= 0) {
        MoObject *i = mo_int_from_i64(r->index);
        if (!i) return NULL;
        MoObject *x = mo_getitem(r->seq, i);
        mo_decref(i);
        if (x) { r->index--; return x; }
        if (!mo_err_matches(&mo_IndexError) && !mo_err_matches(&mo_StopIteration)) return NULL;
        mo_err_clear();
    }
    r->index = -1;
    MO_CLEAR(r->seq);
    return NULL;
}

static void reversed_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((Reversed *)o)->seq);
    mo_object_free(o);
}
static int reversed_traverse(MoObject *o, MoVisit visit, void *arg) {
    Reversed *r = (Reversed *)o;
    return r->seq ? visit(r->seq, arg) : 0;
}
static void reversed_clear(MoObject *o) { MO_CLEAR(((Reversed *)o)->seq); }

static MoObject *reversed_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    Reversed *r = (Reversed *)self;
    return mo_int_from_i64(r->seq ? r->index + 1 : 0);
}

static const MoMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_reversed_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "reversed",
    .size = sizeof(Reversed),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .vnew = reversed_vnew,
    .iter = self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};

/* ---- registration ---- */

MoType *const mo_types_static_types[] = {
    &mo_str_type, &mo_bytes_type, &mo_bytearray_type, &mo_list_type, &mo_tuple_type, &mo_dict_type,
    &mo_set_type, &mo_frozenset_type, &mo_range_type, &mo_slice_type, &mo_str_iter_type, &mo_bytes_iter_type,
    &mo_list_iter_type, &mo_list_reviter_type, &mo_tuple_iter_type, &mo_range_iter_type, &mo_set_iter_type,
    &mo_dict_keys_type, &mo_dict_values_type, &mo_dict_items_type, &mo_dict_keyiter_type, &mo_dict_valueiter_type,
    &mo_dict_itemiter_type, &mo_dict_revkeyiter_type, &mo_enumerate_type, &mo_zip_type, &mo_map_type,
    &mo_filter_type, &mo_reversed_type, &mo_longrange_iter_type, &mo_bytearray_iter_type, NULL};

int mo_types_init(void) {
    /* Created while no run is active, these become the immortal shared empty str and tuple. */
    MoObject *e = ty_empty_str();
    if (!e) return -1;
    mo_decref(e);
    MoObject *t = mo_tuple_new(0);
    if (!t) return -1;
    mo_decref(t);
    return 0;
}

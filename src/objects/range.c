/*
 * range.c: range objects and their iterators, on int64 (arguments beyond int64 raise
 * OverflowError, a documented limitation). The length is kept as uint64 so that
 * range(-2**63, 2**63-1) is representable; len() of such a range raises OverflowError like CPython.
 */
#include "typesutil.h"

typedef struct { MO_HEAD; int64_t start, stop, step; uint64_t len; } MoRange;

#define R(o) ((MoRange *)(o))

static uint64_t range_len(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop) return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

static MoObject *range_make(int64_t start, int64_t stop, int64_t step) {
    MoRange *r = (MoRange *)mo_object_new(&mo_range_type);
    if (!r) return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_len(start, stop, step);
    return MO(r);
}

static int range_arg(MoObject *o, int64_t *out) {
    if (!MO_INT_CHECK(o) && !mo_type_lookup(MO_TYPE(o), mo_str_intern("__index__"))) {
        mo_err_format(&mo_TypeError, "'%s' object cannot be interpreted as an integer", MO_TYPE(o)->name);
        return -1;
    }
    if (MO_INT_CHECK(o) && !mo_int_fits_i64(o)) {
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return mo_index(o, out);
}

MoObject *mo_range_new(MoObject *start, MoObject *stop, MoObject *step) {
    int64_t a = 0, b, c = 1;
    if (start && range_arg(start, &a) < 0) return NULL;
    if (range_arg(stop, &b) < 0) return NULL;
    if (step && range_arg(step, &c) < 0) return NULL;
    if (c == 0) {
        mo_err_set(&mo_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return range_make(a, b, c);
}

static MoObject *range_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("range", kwnames) < 0) return NULL;
    if (ty_clinic("range", NULL, nargs, NULL, 1, 3) < 0) return NULL;
    if (nargs == 1) return mo_range_new(NULL, args[0], NULL);
    return mo_range_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static void range_dealloc(MoObject *o) { mo_object_free(o); }

static MoObject *range_repr(MoObject *o) {
    MoRange *r = R(o);
    if (r->step == 1) return mo_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return mo_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int range_length(MoObject *o, size_t *out) {
    if (R(o)->len > (uint64_t)INT64_MAX) {
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (size_t)R(o)->len;
    return 0;
}

static int range_truth(MoObject *o) { return R(o)->len != 0; }

static int64_t item_at(MoRange *r, uint64_t i) { return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step); }

static MoObject *range_getitem(MoObject *o, MoObject *key) {
    MoRange *r = R(o);
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        int64_t len = r->len > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)r->len;
        if (mo_slice_indices(key, len, &start, &stop, &step, &count) < 0) return NULL;
        int64_t nstart = item_at(r, (uint64_t)start);
        int64_t nstep = (int64_t)((uint64_t)r->step * (uint64_t)step);
        int64_t nstop = (int64_t)((uint64_t)nstart + (uint64_t)count * (uint64_t)nstep);
        if (count == 0) nstop = nstart;
        MoObject *res = range_make(nstart, nstop, nstep);
        /* CPython keeps the "natural" stop: start + (stop index) * step. */
        if (res) R(res)->stop = (int64_t)((uint64_t)r->start + (uint64_t)stop * (uint64_t)r->step);
        if (res) R(res)->len = (uint64_t)count;
        return res;
    }
    if (!MO_INT_CHECK(key) && !mo_type_lookup(MO_TYPE(key), mo_str_intern("__index__"))) {
        mo_err_format(&mo_TypeError, "range indices must be integers or slices, not %s", MO_TYPE(key)->name);
        return NULL;
    }
    int64_t i;
    if (MO_INT_CHECK(key) && !mo_int_fits_i64(key)) {
        mo_err_set(&mo_IndexError, "range object index out of range");
        return NULL;
    }
    if (mo_index(key, &i) < 0) return NULL;
    if (i < 0) {
        if ((uint64_t)(-(i + 1)) >= r->len) { mo_err_set(&mo_IndexError, "range object index out of range"); return NULL; }
        return mo_int_from_i64(item_at(r, r->len - (uint64_t)(-(i + 1)) - 1));
    }
    if ((uint64_t)i >= r->len) {
        mo_err_set(&mo_IndexError, "range object index out of range");
        return NULL;
    }
    return mo_int_from_i64(item_at(r, (uint64_t)i));
}

/* 1/0 if the int v is in r; no errors. */
static bool range_has(MoRange *r, int64_t v) {
    if (r->len == 0) return false;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) return false;
        return ((uint64_t)v - (uint64_t)r->start) % (uint64_t)r->step == 0;
    }
    if (v > r->start || v <= r->stop) return false;
    return ((uint64_t)r->start - (uint64_t)v) % (0 - (uint64_t)r->step) == 0;
}

static int range_contains(MoObject *o, MoObject *x) {
    if (MO_CHECK_EXACT(x, mo_int_type) || MO_CHECK_EXACT(x, mo_bool_type)) {
        if (!mo_int_fits_i64(x)) return 0;
        int64_t v;
        if (mo_int_as_i64(x, &v) < 0) return -1;
        return range_has(R(o), v);
    }
    MoRange *r = R(o);
    for (uint64_t i = 0; i < r->len; i++) {
        MoObject *v = mo_int_from_i64(item_at(r, i));
        if (!v) return -1;
        int c = mo_richcompare_bool(v, x, MO_EQ);
        mo_decref(v);
        if (c != 0) return c;
    }
    return 0;
}

static MoObject *range_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!MO_CHECK_EXACT(a, mo_range_type) || !MO_CHECK_EXACT(b, mo_range_type) || (op != MO_EQ && op != MO_NE))
        return mo_newref(mo_NotImplemented);
    MoRange *x = R(a), *y = R(b);
    bool eq;
    if (x->len != y->len) eq = false;
    else if (x->len == 0) eq = true;
    else if (x->start != y->start) eq = false;
    else if (x->len == 1) eq = true;
    else eq = x->step == y->step;
    return mo_bool(op == MO_EQ ? eq : !eq);
}

static int range_hash(MoObject *o, int64_t *out) {
    MoRange *r = R(o);
    MoObject *len = mo_int_from_u64(r->len);
    MoObject *t;
    if (!len) return -1;
    if (r->len == 0) t = mo_tuple_pack(3, len, mo_None, mo_None);
    else {
        MoObject *st = mo_int_from_i64(r->start);
        MoObject *sp = r->len == 1 ? mo_newref(mo_None) : mo_int_from_i64(r->step);
        t = st && sp ? mo_tuple_pack(3, len, st, sp) : NULL;
        mo_xdecref(st);
        mo_xdecref(sp);
    }
    mo_decref(len);
    if (!t) return -1;
    int rc = mo_hash(t, out);
    mo_decref(t);
    return rc;
}

/* ---- iterator ---- */

typedef struct { MO_HEAD; int64_t next, step; uint64_t remaining; } RangeIter;

static MoObject *rangeiter_make(int64_t start, int64_t step, uint64_t len) {
    RangeIter *it = (RangeIter *)mo_object_new(&mo_range_iter_type);
    if (!it) return NULL;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return MO(it);
}

static MoObject *range_iter(MoObject *o) { return rangeiter_make(R(o)->start, R(o)->step, R(o)->len); }

MoObject *ty_range_reviter_new(MoObject *o) {
    MoRange *r = R(o);
    if (r->len == 0) return rangeiter_make(r->start, 1, 0);
    return rangeiter_make(item_at(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), r->len);
}

static MoObject *rangeiter_next(MoObject *o) {
    RangeIter *it = (RangeIter *)o;
    if (it->remaining == 0) return NULL;
    int64_t v = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    return mo_int_from_i64(v);
}

static MoObject *self_iter(MoObject *o) { return mo_newref(o); }
static void rangeiter_dealloc(MoObject *o) { mo_object_free(o); }

static MoObject *rangeiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return mo_int_from_u64(((RangeIter *)self)->remaining);
}

static const MoMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_range_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "range_iterator",
    .size = sizeof(RangeIter),
    .base = &mo_object_type,
    .dealloc = rangeiter_dealloc,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

/* ---- methods ---- */

static MoObject *range_count(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("range.count", nargs, kw) < 0) return NULL;
    MoObject *x = args[0];
    if (MO_CHECK_EXACT(x, mo_int_type) || MO_CHECK_EXACT(x, mo_bool_type)) {
        int c = range_contains(self, x);
        return c < 0 ? NULL : mo_int_from_i64(c);
    }
    MoRange *r = R(self);
    int64_t n = 0;
    for (uint64_t i = 0; i < r->len; i++) {
        MoObject *v = mo_int_from_i64(item_at(r, i));
        if (!v) return NULL;
        int c = mo_richcompare_bool(v, x, MO_EQ);
        mo_decref(v);
        if (c < 0) return NULL;
        n += c;
    }
    return mo_int_from_i64(n);
}

static MoObject *range_index(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("range.index", nargs, kw) < 0) return NULL;
    MoObject *x = args[0];
    MoRange *r = R(self);
    if (MO_CHECK_EXACT(x, mo_int_type) || MO_CHECK_EXACT(x, mo_bool_type)) {
        int64_t v;
        if (mo_int_fits_i64(x) && mo_int_as_i64(x, &v) == 0 && range_has(r, v)) {
            uint64_t idx = r->step > 0 ? ((uint64_t)v - (uint64_t)r->start) / (uint64_t)r->step
                                       : ((uint64_t)r->start - (uint64_t)v) / (0 - (uint64_t)r->step);
            return mo_int_from_u64(idx);
        }
    } else {
        for (uint64_t i = 0; i < r->len; i++) {
            MoObject *v = mo_int_from_i64(item_at(r, i));
            if (!v) return NULL;
            int c = mo_richcompare_bool(v, x, MO_EQ);
            mo_decref(v);
            if (c < 0) return NULL;
            if (c) return mo_int_from_u64(i);
        }
    }
    mo_err_format(&mo_ValueError, "%R is not in range", x);
    return NULL;
}

static MoObject *range_reversed(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("range.__reversed__", nargs, kw) < 0) return NULL;
    return ty_range_reviter_new(self);
}

static MoObject *get_start(MoObject *o) { return mo_int_from_i64(R(o)->start); }
static MoObject *get_stop(MoObject *o) { return mo_int_from_i64(R(o)->stop); }
static MoObject *get_step(MoObject *o) { return mo_int_from_i64(R(o)->step); }

static const MoGetSetDef range_getsets[] = {
    {"start", get_start, NULL, NULL}, {"stop", get_stop, NULL, NULL}, {"step", get_step, NULL, NULL}, {NULL, NULL, NULL, NULL}};

static const MoMethodDef range_methods[] = {
    {"count", range_count, MO_METH_INSTANCE, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, MO_METH_INSTANCE, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", range_reversed, MO_METH_INSTANCE, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL}};

MoType mo_range_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "range",
    .size = sizeof(MoRange),
    .base = &mo_object_type,
    .dealloc = range_dealloc,
    .vnew = range_vnew,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .truth = range_truth,
    .length = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

/*
 * slice.c: the slice type and the index arithmetic every sequence shares (CPython's
 * PySlice_Unpack + PySlice_AdjustIndices, on int64 with huge ints clamped).
 */
#include "typesutil.h"

MoObject *mo_slice_new(MoObject *start, MoObject *stop, MoObject *step) {
    MoSlice *s = (MoSlice *)mo_gc_new(&mo_slice_type, sizeof(MoSlice));
    if (!s) return NULL;
    s->start = mo_newref(start ? start : mo_None);
    s->stop = mo_newref(stop ? stop : mo_None);
    s->step = mo_newref(step ? step : mo_None);
    mo_gc_track(MO(s));
    return MO(s);
}

static int slice_unpack(MoSlice *s, int64_t *start, int64_t *stop, int64_t *step) {
    if (s->step == mo_None) *step = 1;
    else {
        if (mo_slice_index_clamped(s->step, step) < 0) return -1;
        if (*step == 0) {
            mo_err_set(&mo_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == mo_None) *start = *step < 0 ? INT64_MAX : 0;
    else if (mo_slice_index_clamped(s->start, start) < 0) return -1;
    if (s->stop == mo_None) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (mo_slice_index_clamped(s->stop, stop) < 0) return -1;
    return 0;
}

static int64_t adjust(int64_t *start, int64_t *stop, int64_t step, int64_t length) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) *start = step < 0 ? length - 1 : length;
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) *stop = step < 0 ? length - 1 : length;
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) return (*stop - *start - 1) / step + 1;
    return 0;
}

int mo_slice_indices_live(MoObject *slice, const size_t *live_length, int64_t *start, int64_t *stop, int64_t *step,
                          int64_t *count) {
    /* The length is read only after unpacking: __index__ may have resized the container. */
    if (slice_unpack((MoSlice *)slice, start, stop, step) < 0) return -1;
    *count = adjust(start, stop, *step, (int64_t)*live_length);
    return 0;
}

int mo_slice_indices(MoObject *slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *count) {
    if (slice_unpack((MoSlice *)slice, start, stop, step) < 0) return -1;
    *count = adjust(start, stop, *step, length);
    return 0;
}

static void slice_dealloc(MoObject *o) {
    MoSlice *s = (MoSlice *)o;
    mo_gc_untrack(o);
    mo_xdecref(s->start);
    mo_xdecref(s->stop);
    mo_xdecref(s->step);
    mo_object_free(o);
}

static int slice_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoSlice *s = (MoSlice *)o;
    int r;
    if (s->start && (r = visit(s->start, arg))) return r;
    if (s->stop && (r = visit(s->stop, arg))) return r;
    if (s->step && (r = visit(s->step, arg))) return r;
    return 0;
}

static void slice_clear(MoObject *o) {
    MoSlice *s = (MoSlice *)o;
    MO_CLEAR(s->start);
    MO_CLEAR(s->stop);
    MO_CLEAR(s->step);
}

static MoObject *slice_repr(MoObject *o) {
    MoSlice *s = (MoSlice *)o;
    return mo_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static MoObject *slice_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!MO_CHECK_EXACT(a, mo_slice_type) || !MO_CHECK_EXACT(b, mo_slice_type)) return mo_newref(mo_NotImplemented);
    MoSlice *x = (MoSlice *)a, *y = (MoSlice *)b;
    MoObject *ta = mo_tuple_pack(3, x->start, x->stop, x->step);
    MoObject *tb = ta ? mo_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    MoObject *r = tb ? mo_richcompare(ta, tb, op) : NULL;
    mo_xdecref(ta);
    mo_xdecref(tb);
    return r;
}

static MoObject *slice_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("slice", kwnames) < 0) return NULL;
    if (ty_clinic("slice", NULL, nargs, NULL, 1, 3) < 0) return NULL;
    if (nargs == 1) return mo_slice_new(NULL, args[0], NULL);
    return mo_slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static MoObject *slice_indices_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("slice.indices", nargs, kw) < 0) return NULL;
    int64_t len;
    if (ty_as_ssize(args[0], &len) < 0) return NULL;
    if (len < 0) {
        mo_err_set(&mo_ValueError, "length should not be negative");
        return NULL;
    }
    int64_t start, stop, step;
    if (slice_unpack((MoSlice *)self, &start, &stop, &step) < 0) return NULL;
    adjust(&start, &stop, step, len);
    MoObject *a = mo_int_from_i64(start), *b = mo_int_from_i64(stop), *c = mo_int_from_i64(step);
    MoObject *t = a && b && c ? mo_tuple_pack(3, a, b, c) : NULL;
    mo_xdecref(a);
    mo_xdecref(b);
    mo_xdecref(c);
    return t;
}

static MoObject *get_start(MoObject *o) { return mo_newref(((MoSlice *)o)->start); }
static MoObject *get_stop(MoObject *o) { return mo_newref(((MoSlice *)o)->stop); }
static MoObject *get_step(MoObject *o) { return mo_newref(((MoSlice *)o)->step); }

static const MoGetSetDef slice_getsets[] = {
    {"start", get_start, NULL, NULL}, {"stop", get_stop, NULL, NULL}, {"step", get_step, NULL, NULL}, {NULL, NULL, NULL, NULL}};

static const MoMethodDef slice_methods[] = {
    {"indices", slice_indices_m, MO_METH_INSTANCE, "Assuming a sequence of length len, calculate the start and stop indices."},
    {NULL, NULL, 0, NULL}};

MoType mo_slice_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "slice",
    .size = sizeof(MoSlice),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .vnew = slice_vnew,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
};

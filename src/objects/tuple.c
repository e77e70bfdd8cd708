/*
 * tuple.c: the immutable sequence type. Hash is CPython 3.8+'s xxHash-based tuple hash, so
 * hash((1, 2)) and the iteration order of sets of tuples match CPython.
 */
#include "typesutil.h"

#include <string.h>

int ty_repeat_count(MoObject *other, int64_t *n);

static MoObject *empty_tuple;

MoObject *mo_tuple_new(size_t len) {
    if (len == 0 && empty_tuple) return mo_newref(empty_tuple);
    if (len > (SIZE_MAX - sizeof(MoTuple)) / sizeof(MoObject *) / 2) return mo_err_nomemory();
    MoTuple *t = (MoTuple *)mo_gc_new(&mo_tuple_type, sizeof(MoTuple) + len * sizeof(MoObject *));
    if (!t) return NULL;
    t->len = len;
    for (size_t i = 0; i < len; i++) t->items[i] = NULL;
    if (len == 0 && !mo_vm) {
        t->ob.refcnt = MO_IMMORTAL_REFCNT;
        empty_tuple = MO(t);
        return MO(t);
    }
    mo_gc_track(MO(t));
    return MO(t);
}

MoObject *mo_tuple_from_array(MoObject *const *items, size_t len) {
    MoObject *t = mo_tuple_new(len);
    if (!t) return NULL;
    for (size_t i = 0; i < len; i++) MO_TUPLE_SET(t, i, mo_newref(items[i]));
    return t;
}

MoObject *mo_tuple_pack(size_t n, ...) {
    MoObject *t = mo_tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) MO_TUPLE_SET(t, i, mo_newref(va_arg(ap, MoObject *)));
    va_end(ap);
    return t;
}

MoObject *mo_sequence_tuple(MoObject *iterable) {
    if (MO_CHECK_EXACT(iterable, mo_tuple_type)) return mo_newref(iterable);
    if (mo_isinstance_type(iterable, &mo_list_type))
        return mo_tuple_from_array(MO_LIST(iterable)->items, MO_LIST_LEN(iterable));
    MoObject *l = mo_sequence_list(iterable);
    if (!l) return NULL;
    MoObject *t = mo_list_as_tuple(l);
    mo_decref(l);
    return t;
}

static void tuple_dealloc(MoObject *o) {
    MoTuple *t = MO_TUPLE(o);
    mo_gc_untrack(o);
    for (size_t i = 0; i < t->len; i++) mo_xdecref(t->items[i]);
    mo_object_free(o);
}

static int tuple_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoTuple *t = MO_TUPLE(o);
    for (size_t i = 0; i < t->len; i++)
        if (t->items[i]) {
            int r = visit(t->items[i], arg);
            if (r) return r;
        }
    return 0;
}

static void tuple_clear(MoObject *o) {
    MoTuple *t = MO_TUPLE(o);
    for (size_t i = 0; i < t->len; i++) MO_CLEAR(t->items[i]);
}

static MoObject *tuple_repr(MoObject *o) {
    MoTuple *t = MO_TUPLE(o);
    if (t->len == 0) return mo_str_from_cstr("()");
    int e = mo_repr_enter(o);
    if (e < 0) return NULL;
    if (e > 0) return mo_str_from_cstr("(...)");
    /* No recursion count of our own: each item's mo_repr counts one level, as in CPython. */
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append(&b, "(", 1);
    for (size_t i = 0; i < t->len; i++) {
        if (i) mo_strbuf_append(&b, ", ", 2);
        MoObject *r = mo_repr(t->items[i]);
        if (!r) { mo_strbuf_free(&b); mo_repr_leave(o); return NULL; }
        mo_strbuf_append_obj(&b, r);
        mo_decref(r);
    }
    mo_strbuf_append(&b, t->len == 1 ? ",)" : ")", t->len == 1 ? 2 : 1);
    mo_repr_leave(o);
    return mo_strbuf_finish(&b);
}

static int tuple_hash(MoObject *o, int64_t *out) {
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
    MoTuple *t = MO_TUPLE(o);
    uint64_t acc = P5;
    /* No recursion count of our own: mo_hash counts one level per nested item. */
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (mo_hash(t->items[i], &h) < 0) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)t->len ^ (P5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) { *out = 1546275796; return 0; }
    *out = (int64_t)acc;
    return 0;
}

/* Lexicographic comparison shared with list (items re-read each step: lists may mutate). */
MoObject *ty_seq_compare(MoObject *a, MoObject *b, MoCompareOp op, bool is_list);
MoObject *ty_seq_compare(MoObject *a, MoObject *b, MoCompareOp op, bool is_list) {
#define LEN(x) (is_list ? MO_LIST_LEN(x) : MO_TUPLE_LEN(x))
#define ITEM(x, i) (is_list ? MO_LIST_ITEM(x, i) : MO_TUPLE_ITEM(x, i))
    if ((op == MO_EQ || op == MO_NE) && LEN(a) != LEN(b)) return mo_bool(op == MO_NE);
    size_t i = 0;
    if (!mo_enter_recursion(" in comparison")) return NULL;
    for (; i < LEN(a) && i < LEN(b); i++) {
        MoObject *x = ITEM(a, i), *y = ITEM(b, i);
        mo_incref(x);
        mo_incref(y);
        int eq = mo_richcompare_bool(x, y, MO_EQ);
        if (eq == 0) {
            MoObject *r = op == MO_EQ ? mo_bool(false) : op == MO_NE ? mo_bool(true) : mo_richcompare(x, y, op);
            mo_decref(x);
            mo_decref(y);
            mo_leave_recursion();
            return r;
        }
        mo_decref(x);
        mo_decref(y);
        if (eq < 0) { mo_leave_recursion(); return NULL; }
    }
    mo_leave_recursion();
    size_t la = LEN(a), lb = LEN(b);
    bool r;
    switch (op) {
    case MO_LT: r = la < lb; break;
    case MO_LE: r = la <= lb; break;
    case MO_EQ: r = la == lb; break;
    case MO_NE: r = la != lb; break;
    case MO_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return mo_bool(r);
#undef LEN
#undef ITEM
}

static MoObject *tuple_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!mo_isinstance_type(a, &mo_tuple_type) || !mo_isinstance_type(b, &mo_tuple_type))
        return mo_newref(mo_NotImplemented);
    return ty_seq_compare(a, b, op, false);
}

static int tuple_length(MoObject *o, size_t *out) { *out = MO_TUPLE_LEN(o); return 0; }

static int tuple_contains(MoObject *o, MoObject *item) {
    for (size_t i = 0; i < MO_TUPLE_LEN(o); i++) {
        int r = mo_richcompare_bool(MO_TUPLE_ITEM(o, i), item, MO_EQ);
        if (r != 0) return r;
    }
    return 0;
}

/* Converts an index key for sequence getitem: 0 ok, -1 error with CPython's TypeError. */
int ty_seq_key_index(MoObject *key, const char *tname, int64_t *out);
int ty_seq_key_index(MoObject *key, const char *tname, int64_t *out) {
    if (!MO_INT_CHECK(key) && !mo_type_lookup(MO_TYPE(key), mo_str_intern("__index__"))) {
        mo_err_format(&mo_TypeError, "%s indices must be integers or slices, not %s", tname, MO_TYPE(key)->name);
        return -1;
    }
    if (MO_INT_CHECK(key) && !mo_int_fits_i64(key)) {
        mo_err_set(&mo_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return mo_index(key, out);
}

static MoObject *tuple_getitem(MoObject *o, MoObject *key) {
    MoTuple *t = MO_TUPLE(o);
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        if (mo_slice_indices(key, (int64_t)t->len, &start, &stop, &step, &count) < 0) return NULL;
        if (step == 1 && count == (int64_t)t->len && MO_CHECK_EXACT(o, mo_tuple_type)) return mo_newref(o);
        MoObject *r = mo_tuple_new((size_t)count);
        if (!r) return NULL;
        for (int64_t k = 0; k < count; k++) MO_TUPLE_SET(r, k, mo_newref(t->items[start + k * step]));
        return r;
    }
    int64_t i;
    if (ty_seq_key_index(key, "tuple", &i) < 0) return NULL;
    size_t idx;
    if (mo_seq_index(i, t->len, "tuple", &idx) < 0) return NULL;
    return mo_newref(t->items[idx]);
}

static MoObject *tuple_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    bool ta = mo_isinstance_type(a, &mo_tuple_type);
    if (op == MO_ADD) {
        if (!ta) return mo_newref(mo_NotImplemented);
        if (!mo_isinstance_type(b, &mo_tuple_type)) {
            if (MO_TYPE(b)->flags & MO_TPFLAG_HEAPTYPE) return mo_newref(mo_NotImplemented);
            mo_err_format(&mo_TypeError, "can only concatenate tuple (not \"%s\") to tuple", MO_TYPE(b)->name);
            return NULL;
        }
        size_t la = MO_TUPLE_LEN(a), lb = MO_TUPLE_LEN(b);
        if (lb == 0 && MO_CHECK_EXACT(a, mo_tuple_type)) return mo_newref(a);
        if (la == 0 && MO_CHECK_EXACT(b, mo_tuple_type)) return mo_newref(b);
        if (!mo_mem_check((la + lb) * sizeof(MoObject *))) return NULL;
        MoObject *r = mo_tuple_new(la + lb);
        if (!r) return NULL;
        for (size_t i = 0; i < la; i++) MO_TUPLE_SET(r, i, mo_newref(MO_TUPLE_ITEM(a, i)));
        for (size_t i = 0; i < lb; i++) MO_TUPLE_SET(r, la + i, mo_newref(MO_TUPLE_ITEM(b, i)));
        return r;
    }
    if (op == MO_MUL) {
        MoObject *t = ta ? a : b, *other = ta ? b : a;
        if (ta && mo_isinstance_type(b, &mo_tuple_type)) {
            mo_err_format(&mo_TypeError, "can't multiply sequence by non-int of type '%s'", MO_TYPE(b)->name);
            return NULL;
        }
        int64_t n;
        int rc = ty_repeat_count(other, &n);
        if (rc < 0) return NULL;
        if (rc == 0) return mo_newref(mo_NotImplemented);
        size_t len = MO_TUPLE_LEN(t);
        if (n <= 0 || len == 0) return mo_tuple_new(0);
        if (n == 1 && MO_CHECK_EXACT(t, mo_tuple_type)) return mo_newref(t);
        if ((uint64_t)n > SIZE_MAX / sizeof(MoObject *) / len) return mo_err_nomemory();
        if (!mo_mem_check(len * (size_t)n * sizeof(MoObject *))) return NULL;
        MoObject *r = mo_tuple_new(len * (size_t)n);
        if (!r) return NULL;
        for (size_t k = 0; k < (size_t)n; k++)
            for (size_t i = 0; i < len; i++) MO_TUPLE_SET(r, k * len + i, mo_newref(MO_TUPLE_ITEM(t, i)));
        return r;
    }
    return mo_newref(mo_NotImplemented);
}

/* ---- iterator (shared shape with list iterators) ---- */

typedef struct { MO_HEAD; MoObject *seq; size_t index; } SeqIter;

static MoObject *tuple_iter(MoObject *o) {
    SeqIter *it = (SeqIter *)mo_gc_new(&mo_tuple_iter_type, sizeof(SeqIter));
    if (!it) return NULL;
    it->seq = mo_newref(o);
    it->index = 0;
    mo_gc_track(MO(it));
    return MO(it);
}

static MoObject *tupleiter_next(MoObject *o) {
    SeqIter *it = (SeqIter *)o;
    if (!it->seq) return NULL;
    if (it->index < MO_TUPLE_LEN(it->seq)) return mo_newref(MO_TUPLE_ITEM(it->seq, it->index++));
    MO_CLEAR(it->seq);
    return NULL;
}

static void seqiter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((SeqIter *)o)->seq);
    mo_object_free(o);
}
static int seqiter_traverse(MoObject *o, MoVisit visit, void *arg) {
    SeqIter *it = (SeqIter *)o;
    return it->seq ? visit(it->seq, arg) : 0;
}
static void seqiter_clear(MoObject *o) { MO_CLEAR(((SeqIter *)o)->seq); }
static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

static MoObject *tupleiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    SeqIter *it = (SeqIter *)self;
    size_t left = it->seq && it->index < MO_TUPLE_LEN(it->seq) ? MO_TUPLE_LEN(it->seq) - it->index : 0;
    return mo_int_from_u64(left);
}

static const MoMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_tuple_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "tuple_iterator",
    .size = sizeof(SeqIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

/* ---- methods ---- */

static MoObject *tuple_count(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("tuple.count", nargs, kw) < 0) return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < MO_TUPLE_LEN(self); i++) {
        int r = mo_richcompare_bool(MO_TUPLE_ITEM(self, i), args[0], MO_EQ);
        if (r < 0) return NULL;
        c += r;
    }
    return mo_int_from_i64(c);
}

static MoObject *tuple_index(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("index", "tuple.index", nargs, kw, 1, 3) < 0) return NULL;
    int64_t len = (int64_t)MO_TUPLE_LEN(self), start = 0, stop = INT64_MAX;
    if (nargs > 1 && ty_index_notnone(args[1], &start) < 0) return NULL;
    if (nargs > 2 && ty_index_notnone(args[2], &stop) < 0) return NULL;
    if (start < 0) { start += len; if (start < 0) start = 0; }
    if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < (int64_t)MO_TUPLE_LEN(self); i++) {
        int r = mo_richcompare_bool(MO_TUPLE_ITEM(self, i), args[0], MO_EQ);
        if (r < 0) return NULL;
        if (r) return mo_int_from_i64(i);
    }
    mo_err_set(&mo_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static MoObject *tuple_getnewargs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *c = mo_tuple_from_array(MO_TUPLE(self)->items, MO_TUPLE_LEN(self));
    if (!c) return NULL;
    MoObject *r = mo_tuple_pack(1, c);
    mo_decref(c);
    return r;
}

static const MoMethodDef tuple_methods[] = {
    {"count", tuple_count, MO_METH_INSTANCE, "Return number of occurrences of value."},
    {"index", tuple_index, MO_METH_INSTANCE, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL}};

static MoObject *tuple_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("tuple", kwnames) < 0) return NULL;
    if (ty_clinic("tuple", NULL, nargs, NULL, 0, 1) < 0) return NULL;
    MoObject *r = nargs ? mo_sequence_tuple(args[0]) : mo_tuple_new(0);
    if (!r || type == &mo_tuple_type) return r;
    size_t len = MO_TUPLE_LEN(r);
    size_t size = type->size > sizeof(MoTuple) + len * sizeof(MoObject *) ? type->size : sizeof(MoTuple) + len * sizeof(MoObject *);
    MoTuple *t = (MoTuple *)mo_gc_new(type, size);
    if (!t) { mo_decref(r); return NULL; }
    t->len = len;
    for (size_t i = 0; i < len; i++) t->items[i] = mo_newref(MO_TUPLE_ITEM(r, i));
    mo_decref(r);
    mo_gc_track(MO(t));
    return MO(t);
}

MoType mo_tuple_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "tuple",
    .size = sizeof(MoTuple),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE | MO_TPFLAG_TUPLE_SUBCLASS,
    .base = &mo_object_type,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .vnew = tuple_vnew,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .length = tuple_length,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .binop = tuple_binop,
    .methods = tuple_methods,
};

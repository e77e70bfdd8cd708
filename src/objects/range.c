/*
 * range.c: range objects and their iterators.
 *
 * Two representations in one object. start/stop/step/len are always kept as int objects (what
 * the attributes, repr and hash use). When all of them fit in int64 (len in [0, INT64_MAX]) the
 * range is "small" and the int64 copies serve the fast paths: indexing, `in`, and the
 * range_iterator. Otherwise every operation does its arithmetic on int objects (as CPython's
 * longrange paths do), so range(10**20)[-1] and iteration past 2**63 work as in CPython; only
 * len() of a range longer than 2**63-1 raises OverflowError, as in CPython.
 */
#include "typesutil.h"

typedef struct {
    MO_HEAD;
    MoObject *ostart, *ostop, *ostep, *olen; /* int objects (owned) */
    bool small;
    int64_t start, stop, step;
    uint64_t len;
} MoRange;

#define R(o) ((MoRange *)(o))

static uint64_t range_len(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop) return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

/* ---- int-object arithmetic for the big paths (all return new references or NULL) ---- */

static MoObject *I(int64_t v) { return mo_int_from_i64(v); }
static MoObject *add(MoObject *a, MoObject *b) { return mo_binop(a, b, MO_ADD); }
static MoObject *sub(MoObject *a, MoObject *b) { return mo_binop(a, b, MO_SUB); }
static MoObject *mul(MoObject *a, MoObject *b) { return mo_binop(a, b, MO_MUL); }
static int sign(MoObject *a) { return mo_int_sign(a); }
static int cmp(MoObject *a, MoObject *b, MoCompareOp op) { return mo_richcompare_bool(a, b, op); }

/* a + b * c */
static MoObject *muladd(MoObject *a, MoObject *b, MoObject *c) {
    MoObject *p = mul(b, c);
    if (!p) return NULL;
    MoObject *r = add(a, p);
    mo_decref(p);
    return r;
}

/* CPython's compute_range_length on objects. */
static MoObject *len_obj(MoObject *start, MoObject *stop, MoObject *step) {
    MoObject *lo, *hi, *st;
    if (sign(step) > 0) { lo = mo_newref(start); hi = mo_newref(stop); st = mo_newref(step); }
    else { lo = mo_newref(stop); hi = mo_newref(start); st = mo_unaryop(step, MO_NEG); if (!st) { mo_decref(lo); mo_decref(hi); return NULL; } }
    MoObject *r = NULL;
    int c = cmp(lo, hi, MO_GE);
    if (c > 0) r = I(0);
    else if (c == 0) {
        MoObject *d = sub(hi, lo), *one = I(1);
        MoObject *d1 = d && one ? sub(d, one) : NULL;
        MoObject *q = d1 ? mo_binop(d1, st, MO_FLOORDIV) : NULL;
        r = q && one ? add(q, one) : NULL;
        mo_xdecref(d);
        mo_xdecref(one);
        mo_xdecref(d1);
        mo_xdecref(q);
    }
    mo_decref(lo);
    mo_decref(hi);
    mo_decref(st);
    return r;
}

/* Builds a range from int objects (borrowed). */
static MoObject *range_from_objs(MoObject *start, MoObject *stop, MoObject *step) {
    MoRange *r = (MoRange *)mo_object_new(&mo_range_type);
    if (!r) return NULL;
    r->ostart = mo_newref(start);
    r->ostop = mo_newref(stop);
    r->ostep = mo_newref(step);
    int64_t a, b, c;
    if (mo_int_fits_i64(start) && mo_int_fits_i64(stop) && mo_int_fits_i64(step) && mo_int_as_i64(start, &a) == 0 &&
        mo_int_as_i64(stop, &b) == 0 && mo_int_as_i64(step, &c) == 0 && range_len(a, b, c) <= (uint64_t)INT64_MAX) {
        r->small = true;
        r->start = a;
        r->stop = b;
        r->step = c;
        r->len = range_len(a, b, c);
        r->olen = mo_int_from_u64(r->len);
    } else {
        r->olen = len_obj(start, stop, step);
    }
    if (!r->olen) { mo_decref(MO(r)); return NULL; }
    return MO(r);
}

static MoObject *range_arg(MoObject *o) {
    if (!MO_INT_CHECK(o) && !mo_type_lookup(MO_TYPE(o), mo_str_intern("__index__"))) {
        mo_err_format(&mo_TypeError, "'%s' object cannot be interpreted as an integer", MO_TYPE(o)->name);
        return NULL;
    }
    MoObject *r = mo_number_index(o);
    if (r && !MO_CHECK_EXACT(r, mo_int_type)) { /* True -> 1, as PyNumber_Index gives an exact int */
        MoObject *x = mo_number_int(r);
        mo_decref(r);
        r = x;
    }
    return r;
}

MoObject *mo_range_new(MoObject *start, MoObject *stop, MoObject *step) {
    MoObject *a = start ? range_arg(start) : I(0);
    MoObject *b = a ? range_arg(stop) : NULL;
    MoObject *c = b ? (step ? range_arg(step) : I(1)) : NULL;
    MoObject *r = NULL;
    if (c) {
        if (sign(c) == 0) mo_err_set(&mo_ValueError, "range() arg 3 must not be zero");
        else r = range_from_objs(a, b, c);
    }
    mo_xdecref(a);
    mo_xdecref(b);
    mo_xdecref(c);
    return r;
}

static MoObject *range_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("range", kwnames) < 0) return NULL;
    if (ty_clinic("range", NULL, nargs, NULL, 1, 3) < 0) return NULL;
    if (nargs == 1) return mo_range_new(NULL, args[0], NULL);
    return mo_range_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static void range_dealloc(MoObject *o) {
    MoRange *r = R(o);
    mo_xdecref(r->ostart);
    mo_xdecref(r->ostop);
    mo_xdecref(r->ostep);
    mo_xdecref(r->olen);
    mo_object_free(o);
}

static MoObject *range_repr(MoObject *o) {
    MoRange *r = R(o);
    bool step1 = r->small ? r->step == 1 : false;
    if (!r->small && mo_int_fits_i64(r->ostep)) {
        int64_t st;
        step1 = mo_int_as_i64(r->ostep, &st) == 0 && st == 1;
    }
    if (step1) return mo_format("range(%R, %R)", r->ostart, r->ostop);
    return mo_format("range(%R, %R, %R)", r->ostart, r->ostop, r->ostep);
}

static int range_length(MoObject *o, size_t *out) {
    MoRange *r = R(o);
    if (r->small) { *out = (size_t)r->len; return 0; }
    int64_t n;
    if (!mo_int_fits_i64(r->olen) || mo_int_as_i64(r->olen, &n) < 0) {
        mo_err_clear();
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

static int range_truth(MoObject *o) { return R(o)->small ? R(o)->len != 0 : sign(R(o)->olen) != 0; }

/* CPython's _PySlice_GetLongIndices + compute_slice, on objects. */
static MoObject *range_big_slice(MoRange *r, MoObject *slice) {
    MoSlice *sl = (MoSlice *)slice;
    MoObject *step = NULL, *start = NULL, *stop = NULL, *lower = NULL, *upper = NULL, *res = NULL;
    if (!sl->step || sl->step == mo_None) step = I(1);
    else {
        if (!MO_INT_CHECK(sl->step) && !mo_type_lookup(MO_TYPE(sl->step), mo_str_intern("__index__"))) {
            mo_err_set(&mo_TypeError, "slice indices must be integers or None or have an __index__ method");
            return NULL;
        }
        step = mo_number_index(sl->step);
    }
    if (!step) return NULL;
    if (sign(step) == 0) { mo_err_set(&mo_ValueError, "slice step cannot be zero"); mo_decref(step); return NULL; }
    bool neg = sign(step) < 0;
    lower = I(neg ? -1 : 0);
    upper = lower ? (neg ? add(r->olen, lower) : mo_newref(r->olen)) : NULL;
    if (!upper) goto done;
    MoObject *bounds[2] = {sl->start, sl->stop};
    MoObject **outs[2] = {&start, &stop};
    for (int k = 0; k < 2; k++) {
        MoObject *v = bounds[k];
        if (!v || v == mo_None) {
            *outs[k] = mo_newref(k == 0 ? (neg ? upper : lower) : (neg ? lower : upper));
            continue;
        }
        if (!MO_INT_CHECK(v) && !mo_type_lookup(MO_TYPE(v), mo_str_intern("__index__"))) {
            mo_err_set(&mo_TypeError, "slice indices must be integers or None or have an __index__ method");
            goto done;
        }
        MoObject *x = mo_number_index(v);
        if (!x) goto done;
        if (sign(x) < 0) {
            MoObject *y = add(x, r->olen);
            mo_decref(x);
            if (!y) goto done;
            x = y;
            if (cmp(x, lower, MO_LT) > 0) { mo_decref(x); x = mo_newref(lower); }
        } else if (cmp(x, upper, MO_GT) > 0) { mo_decref(x); x = mo_newref(upper); }
        *outs[k] = x;
    }
    {
        MoObject *ns = muladd(r->ostart, start, r->ostep);
        MoObject *ne = ns ? muladd(r->ostart, stop, r->ostep) : NULL;
        MoObject *nst = ne ? mul(r->ostep, step) : NULL;
        if (nst) res = range_from_objs(ns, ne, nst);
        mo_xdecref(ns);
        mo_xdecref(ne);
        mo_xdecref(nst);
    }
done:
    mo_xdecref(step);
    mo_xdecref(start);
    mo_xdecref(stop);
    mo_xdecref(lower);
    mo_xdecref(upper);
    return res;
}

static MoObject *range_big_item(MoRange *r, MoObject *key) {
    MoObject *i = mo_number_index(key);
    if (!i) return NULL;
    if (sign(i) < 0) {
        MoObject *j = add(i, r->olen);
        mo_decref(i);
        if (!j) return NULL;
        i = j;
    }
    if (sign(i) < 0 || cmp(i, r->olen, MO_GE) > 0) {
        mo_decref(i);
        if (!mo_err_occurred()) mo_err_set(&mo_IndexError, "range object index out of range");
        return NULL;
    }
    MoObject *v = muladd(r->ostart, i, r->ostep);
    mo_decref(i);
    return v;
}

static int64_t item_at(MoRange *r, uint64_t i) { return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step); }

static MoObject *range_getitem(MoObject *o, MoObject *key) {
    MoRange *r = R(o);
    if (!r->small) {
        if (MO_CHECK_EXACT(key, mo_slice_type)) return range_big_slice(r, key);
        if (!MO_INT_CHECK(key) && !mo_type_lookup(MO_TYPE(key), mo_str_intern("__index__"))) {
            mo_err_format(&mo_TypeError, "range indices must be integers or slices, not %s", MO_TYPE(key)->name);
            return NULL;
        }
        return range_big_item(r, key);
    }
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        int64_t len = r->len > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)r->len;
        if (mo_slice_indices(key, len, &start, &stop, &step, &count) < 0) return NULL;
        (void)count;
        return range_big_slice(r, key);
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

/* `x in r` for an int x on a big range: 1, 0 or -1. */
static int range_big_has(MoRange *r, MoObject *x) {
    int c1, c2;
    if (sign(r->ostep) > 0) { c1 = cmp(r->ostart, x, MO_LE); c2 = c1 > 0 ? cmp(x, r->ostop, MO_LT) : c1; }
    else { c1 = cmp(r->ostop, x, MO_LT); c2 = c1 > 0 ? cmp(x, r->ostart, MO_LE) : c1; }
    if (c2 <= 0) return c2;
    MoObject *d = sub(x, r->ostart);
    MoObject *m = d ? mo_binop(d, r->ostep, MO_MOD) : NULL;
    mo_xdecref(d);
    if (!m) return -1;
    int res = sign(m) == 0;
    mo_decref(m);
    return res;
}

static int range_contains(MoObject *o, MoObject *x) {
    if (MO_CHECK_EXACT(x, mo_int_type) || MO_CHECK_EXACT(x, mo_bool_type)) {
        if (!R(o)->small) return range_big_has(R(o), x);
        if (!mo_int_fits_i64(x)) return 0;
        int64_t v;
        if (mo_int_as_i64(x, &v) < 0) return -1;
        return range_has(R(o), v);
    }
    MoObject *it = mo_iter(o), *v;
    if (!it) return -1;
    while ((v = mo_next(it))) {
        int c = mo_richcompare_bool(v, x, MO_EQ);
        mo_decref(v);
        if (c != 0) { mo_decref(it); return c; }
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

static MoObject *range_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!MO_CHECK_EXACT(a, mo_range_type) || !MO_CHECK_EXACT(b, mo_range_type) || (op != MO_EQ && op != MO_NE))
        return mo_newref(mo_NotImplemented);
    MoRange *x = R(a), *y = R(b);
    int eq;
    if (a == b) eq = 1;
    else if ((eq = cmp(x->olen, y->olen, MO_EQ)) <= 0) {
    } else if (sign(x->olen) == 0) eq = 1;
    else if ((eq = cmp(x->ostart, y->ostart, MO_EQ)) <= 0) {
    } else {
        MoObject *one = I(1);
        int single = one ? cmp(x->olen, one, MO_EQ) : -1;
        mo_xdecref(one);
        eq = single < 0 ? -1 : single ? 1 : cmp(x->ostep, y->ostep, MO_EQ);
    }
    if (eq < 0) return NULL;
    return mo_bool(op == MO_EQ ? eq : !eq);
}

static int range_hash(MoObject *o, int64_t *out) {
    MoRange *r = R(o);
    MoObject *len = r->olen, *t;
    MoObject *one = I(1);
    if (!one) return -1;
    int single = cmp(len, one, MO_EQ);
    mo_decref(one);
    if (single < 0) return -1;
    if (sign(len) == 0) t = mo_tuple_pack(3, len, mo_None, mo_None);
    else t = mo_tuple_pack(3, len, r->ostart, single ? mo_None : r->ostep);
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

typedef struct { MO_HEAD; MoObject *start, *step, *len, *index; } LongRangeIter;

/* A longrange_iterator over start + i*step for i in [0, len) (objects borrowed). */
static MoObject *longiter_make(MoObject *start, MoObject *step, MoObject *len) {
    LongRangeIter *it = (LongRangeIter *)mo_object_new(&mo_longrange_iter_type);
    if (!it) return NULL;
    it->start = mo_newref(start);
    it->step = mo_newref(step);
    it->len = mo_newref(len);
    it->index = I(0);
    if (!it->index) { mo_decref(MO(it)); return NULL; }
    return MO(it);
}

static MoObject *range_iter(MoObject *o) {
    MoRange *r = R(o);
    /* CPython uses the C-long iterator only when every item fits (checked via the last item). */
    if (r->small) {
        if (r->len == 0) return rangeiter_make(r->start, r->step, 0);
        int64_t last;
        if (!__builtin_mul_overflow((int64_t)(r->len - 1), r->step, &last) && !__builtin_add_overflow(r->start, last, &last))
            return rangeiter_make(r->start, r->step, r->len);
    }
    return longiter_make(r->ostart, r->ostep, r->olen);
}

MoObject *ty_range_reviter_new(MoObject *o) {
    MoRange *r = R(o);
    if (r->small) {
        if (r->len == 0) return rangeiter_make(r->start, 1, 0);
        int64_t last, nstep;
        if (!__builtin_mul_overflow((int64_t)(r->len - 1), r->step, &last) && !__builtin_add_overflow(r->start, last, &last) &&
            !__builtin_sub_overflow((int64_t)0, r->step, &nstep))
            return rangeiter_make(last, nstep, r->len);
    }
    MoObject *one = I(1);
    MoObject *lm1 = one ? sub(r->olen, one) : NULL;
    MoObject *last = lm1 ? muladd(r->ostart, lm1, r->ostep) : NULL;
    MoObject *nstep = last ? mo_unaryop(r->ostep, MO_NEG) : NULL;
    MoObject *it = nstep ? longiter_make(last, nstep, r->olen) : NULL;
    mo_xdecref(one);
    mo_xdecref(lm1);
    mo_xdecref(last);
    mo_xdecref(nstep);
    return it;
}

static MoObject *longiter_next(MoObject *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    int c = cmp(it->index, it->len, MO_LT);
    if (c <= 0) return NULL;
    MoObject *v = muladd(it->start, it->index, it->step);
    if (!v) return NULL;
    MoObject *one = I(1);
    MoObject *ni = one ? add(it->index, one) : NULL;
    mo_xdecref(one);
    if (!ni) { mo_decref(v); return NULL; }
    MO_SETREF(it->index, ni);
    return v;
}

static void longiter_dealloc(MoObject *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    mo_xdecref(it->start);
    mo_xdecref(it->step);
    mo_xdecref(it->len);
    mo_xdecref(it->index);
    mo_object_free(o);
}

static MoObject *longiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    LongRangeIter *it = (LongRangeIter *)self;
    return sub(it->len, it->index);
}

static MoObject *self_iter(MoObject *o);

static const MoMethodDef longiter_methods[] = {
    {"__length_hint__", longiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_longrange_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "longrange_iterator",
    .size = sizeof(LongRangeIter),
    .base = &mo_object_type,
    .dealloc = longiter_dealloc,
    .iter = self_iter,
    .iternext = longiter_next,
    .methods = longiter_methods,
};

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
    int64_t n = 0;
    MoObject *it = mo_iter(self), *v;
    if (!it) return NULL;
    while ((v = mo_next(it))) {
        int c = mo_richcompare_bool(v, x, MO_EQ);
        mo_decref(v);
        if (c < 0) { mo_decref(it); return NULL; }
        n += c;
    }
    mo_decref(it);
    if (mo_err_occurred()) return NULL;
    return mo_int_from_i64(n);
}

static MoObject *range_index(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("range.index", nargs, kw) < 0) return NULL;
    MoObject *x = args[0];
    MoRange *r = R(self);
    if (!r->small && (MO_CHECK_EXACT(x, mo_int_type) || MO_CHECK_EXACT(x, mo_bool_type))) {
        int c = range_big_has(r, x);
        if (c < 0) return NULL;
        if (c) {
            MoObject *d = sub(x, r->ostart);
            MoObject *q = d ? mo_binop(d, r->ostep, MO_FLOORDIV) : NULL;
            mo_xdecref(d);
            return q;
        }
    } else if (MO_CHECK_EXACT(x, mo_int_type) || MO_CHECK_EXACT(x, mo_bool_type)) {
        int64_t v;
        if (mo_int_fits_i64(x) && mo_int_as_i64(x, &v) == 0 && range_has(r, v)) {
            uint64_t idx = r->step > 0 ? ((uint64_t)v - (uint64_t)r->start) / (uint64_t)r->step
                                       : ((uint64_t)r->start - (uint64_t)v) / (0 - (uint64_t)r->step);
            return mo_int_from_u64(idx);
        }
    } else {
        MoObject *it = mo_iter(self), *v;
        if (!it) return NULL;
        for (uint64_t i = 0; (v = mo_next(it)); i++) {
            int c = mo_richcompare_bool(v, x, MO_EQ);
            mo_decref(v);
            if (c != 0) { mo_decref(it); return c < 0 ? NULL : mo_int_from_u64(i); }
        }
        mo_decref(it);
        if (mo_err_occurred()) return NULL;
    }
    mo_err_format(&mo_ValueError, "%R is not in range", x);
    return NULL;
}

static MoObject *range_reversed(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("range.__reversed__", nargs, kw) < 0) return NULL;
    return ty_range_reviter_new(self);
}

static MoObject *get_start(MoObject *o) { return mo_newref(R(o)->ostart); }
static MoObject *get_stop(MoObject *o) { return mo_newref(R(o)->ostop); }
static MoObject *get_step(MoObject *o) { return mo_newref(R(o)->ostep); }

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

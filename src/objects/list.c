/*
 * list.c: the mutable sequence type, its iterators, and list.sort.
 *
 * Re-entrancy. Any comparison, key call, repr or __eq__ can run Python code that mutates the list
 * being worked on. Every loop here therefore re-reads len/items after each call out, holds its own
 * reference to the item it passes out, and never keeps a pointer into items across a call.
 *
 * Sorting (the Monty exploit). list.sort detaches the item array for the whole sort: the list
 * appears empty and its capacity is set to SORT_MARK. The sort works on the detached array, which
 * this C function owns (every item in it carries a reference), so nothing the key function or
 * __lt__ does to the list can free or move an item being sorted. Any mutation of the list during
 * the sort allocates a new item array (list_resize treats SORT_MARK as "no capacity"), which the
 * end of the sort detects: the mutation is thrown away and ValueError("list modified during sort")
 * is raised, as in CPython. An exception from a key or comparison stops comparing: the merge in
 * progress completes without comparisons, so the array is still a permutation of the items and
 * the list gets all of them back.
 */
#include "typesutil.h"

#include <string.h>

#define SORT_MARK ((size_t)-1)

int ty_repeat_count(MoObject *other, int64_t *n);
int ty_seq_key_index(MoObject *key, const char *tname, int64_t *out);
MoObject *ty_seq_compare(MoObject *a, MoObject *b, MoCompareOp op, bool is_list);

/* Makes room for newlen items (len is not changed). 0 or -1 with MemoryError. */
static int list_reserve(MoList *l, size_t newlen) {
    size_t cap = l->cap == SORT_MARK ? 0 : l->cap;
    if (newlen <= cap && l->cap != SORT_MARK) return 0;
    if (newlen > SIZE_MAX / sizeof(MoObject *) / 2) { mo_err_nomemory(); return -1; }
    size_t ncap = newlen + (newlen >> 3) + (newlen < 9 ? 3 : 6);
    if (ncap < newlen) ncap = newlen;
    MoObject **items;
    if (l->cap == SORT_MARK || !l->items) {
        items = mo_alloc(ncap * sizeof(MoObject *));
        if (!items) return -1;
        if (l->items && l->len) memcpy(items, l->items, l->len * sizeof(MoObject *));
        if (l->cap != SORT_MARK) mo_free(l->items);
    } else {
        items = mo_realloc(l->items, ncap * sizeof(MoObject *));
        if (!items) return -1;
    }
    l->items = items;
    l->cap = ncap;
    return 0;
}

MoObject *mo_list_new(size_t len) {
    MoList *l = (MoList *)mo_gc_new(&mo_list_type, sizeof(MoList));
    if (!l) return NULL;
    l->len = 0;
    l->cap = 0;
    l->items = NULL;
    if (len) {
        if (!mo_mem_check(len * sizeof(MoObject *)) || list_reserve(l, len) < 0) {
            mo_object_free(MO(l));
            return NULL;
        }
        for (size_t i = 0; i < len; i++) l->items[i] = NULL;
        l->len = len;
    }
    mo_gc_track(MO(l));
    return MO(l);
}

MoObject *mo_list_from_array(MoObject *const *items, size_t len) {
    MoObject *l = mo_list_new(len);
    if (!l) return NULL;
    for (size_t i = 0; i < len; i++) MO_LIST_SET(l, i, mo_newref(items[i]));
    return l;
}

int mo_list_append(MoObject *list, MoObject *item) {
    MoList *l = MO_LIST(list);
    if (list_reserve(l, l->len + 1) < 0) return -1;
    l->items[l->len++] = mo_newref(item);
    return 0;
}

MoObject *mo_list_as_tuple(MoObject *list) { return mo_tuple_from_array(MO_LIST(list)->items, MO_LIST_LEN(list)); }

int mo_list_extend(MoObject *list, MoObject *iterable) {
    MoList *l = MO_LIST(list);
    if (mo_isinstance_type(iterable, &mo_list_type) || mo_isinstance_type(iterable, &mo_tuple_type)) {
        bool is_list = mo_isinstance_type(iterable, &mo_list_type);
        size_t n = is_list ? MO_LIST_LEN(iterable) : MO_TUPLE_LEN(iterable);
        if (n == 0) return 0;
        if (!mo_mem_check(n * sizeof(MoObject *)) || list_reserve(l, l->len + n) < 0) return -1;
        /* Re-read the source after the reserve: for l.extend(l) the source is the list itself. */
        MoObject **src = is_list ? MO_LIST(iterable)->items : MO_TUPLE(iterable)->items;
        for (size_t i = 0; i < n; i++) l->items[l->len + i] = mo_newref(src[i]);
        l->len += n;
        return 0;
    }
    MoObject *it = mo_iter(iterable);
    if (!it) return -1;
    for (;;) {
        MoObject *x = mo_next(it);
        if (!x) break;
        int r = mo_list_append(list, x);
        mo_decref(x);
        if (r < 0) { mo_decref(it); return -1; }
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

MoObject *mo_sequence_list(MoObject *iterable) {
    MoObject *l = mo_list_new(0);
    if (!l) return NULL;
    if (mo_list_extend(l, iterable) < 0) { mo_decref(l); return NULL; }
    return l;
}

/* Removes every item, releasing references only after the list is consistent. */
static void list_clear_items(MoList *l) {
    /* A list under sort has no items array: clearing it changes nothing (as in CPython), so the
     * sort does not report a modification. */
    if (!l->items) { l->len = 0; return; }
    MoObject **items = l->items;
    size_t n = l->len;
    bool owned = l->cap != SORT_MARK;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    if (!items) return;
    for (size_t i = n; i-- > 0;) mo_xdecref(items[i]);
    if (owned) mo_free(items);
}

static void list_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    list_clear_items(MO_LIST(o));
    mo_object_free(o);
}

static int list_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoList *l = MO_LIST(o);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i]) {
            int r = visit(l->items[i], arg);
            if (r) return r;
        }
    return 0;
}

static void list_clear_slot(MoObject *o) { list_clear_items(MO_LIST(o)); }

static MoObject *list_repr(MoObject *o) {
    MoList *l = MO_LIST(o);
    if (l->len == 0) return mo_str_from_cstr("[]");
    int e = mo_repr_enter(o);
    if (e < 0) return NULL;
    if (e > 0) return mo_str_from_cstr("[...]");
    /* No recursion count of our own: each item's mo_repr counts one level, as in CPython. */
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append(&b, "[", 1);
    for (size_t i = 0; i < l->len; i++) {
        if (i) mo_strbuf_append(&b, ", ", 2);
        MoObject *x = mo_newref(l->items[i]);
        MoObject *r = mo_repr(x);
        mo_decref(x);
        if (!r) { mo_strbuf_free(&b); mo_repr_leave(o); return NULL; }
        mo_strbuf_append_obj(&b, r);
        mo_decref(r);
    }
    mo_strbuf_append(&b, "]", 1);
    mo_repr_leave(o);
    return mo_strbuf_finish(&b);
}

static MoObject *list_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!mo_isinstance_type(a, &mo_list_type) || !mo_isinstance_type(b, &mo_list_type))
        return mo_newref(mo_NotImplemented);
    return ty_seq_compare(a, b, op, true);
}

static int list_length(MoObject *o, size_t *out) { *out = MO_LIST_LEN(o); return 0; }

static int list_contains(MoObject *o, MoObject *item) {
    for (size_t i = 0; i < MO_LIST_LEN(o); i++) {
        MoObject *x = mo_newref(MO_LIST_ITEM(o, i));
        int r = mo_richcompare_bool(x, item, MO_EQ);
        mo_decref(x);
        if (r != 0) return r;
    }
    return 0;
}

static MoObject *list_getitem(MoObject *o, MoObject *key) {
    MoList *l = MO_LIST(o);
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        if (mo_slice_indices_live(key, &l->len, &start, &stop, &step, &count) < 0) return NULL;
        MoObject *r = mo_list_new((size_t)count);
        if (!r) return NULL;
        /* Nothing runs Python code between the indices and the copy; the bound check is a guard. */
        for (int64_t k = 0; k < count; k++) {
            int64_t idx = start + k * step;
            MO_LIST_SET(r, k, (size_t)idx < l->len ? mo_newref(l->items[idx]) : mo_none());
        }
        return r;
    }
    int64_t i;
    if (ty_seq_key_index(key, "list", &i) < 0) return NULL;
    size_t idx;
    if (mo_seq_index(i, l->len, "list", &idx) < 0) return NULL;
    return mo_newref(l->items[idx]);
}

/* Replaces items [lo, hi) with the n items of v (borrowed array): 0 or -1. */
static int list_splice(MoList *l, size_t lo, size_t hi, MoObject *const *v, size_t n) {
    if (lo > l->len) lo = l->len;
    if (hi > l->len) hi = l->len;
    if (hi < lo) hi = lo;
    size_t d = hi - lo;
    MoObject **old = NULL;
    if (d) {
        old = mo_alloc(d * sizeof(MoObject *));
        if (!old) return -1;
        memcpy(old, l->items + lo, d * sizeof(MoObject *));
    }
    if (n > d) {
        if (list_reserve(l, l->len + (n - d)) < 0) { mo_free(old); return -1; }
    }
    /* An empty list may have no items array at all (pointer arithmetic on NULL is undefined). */
    if (l->len > hi) memmove(l->items + lo + n, l->items + hi, (l->len - hi) * sizeof(MoObject *));
    for (size_t i = 0; i < n; i++) l->items[lo + i] = mo_newref(v[i]);
    l->len = l->len - d + n;
    for (size_t i = 0; i < d; i++) mo_decref(old[i]);
    mo_free(old);
    return 0;
}

static int list_ass_slice(MoList *l, MoObject *slice, MoObject *value) {
    int64_t start, stop, step, count;
    if (mo_slice_indices_live(slice, &l->len, &start, &stop, &step, &count) < 0) return -1;
    if (step == 1) {
        if (!value) return list_splice(l, (size_t)start, (size_t)(start + count), NULL, 0);
        MoObject *seq = mo_sequence_list(value);
        if (!seq) {
            if (mo_err_matches(&mo_TypeError) && !MO_TYPE(value)->iter && !MO_TYPE(value)->getitem) {
                mo_err_clear();
                mo_err_set(&mo_TypeError, "can only assign an iterable");
            }
            return -1;
        }
        int r = list_splice(l, (size_t)start, (size_t)(start + count), MO_LIST(seq)->items, MO_LIST_LEN(seq));
        mo_decref(seq);
        return r;
    }
    if (!value) {
        if (count <= 0) return 0;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        MoObject **old = mo_alloc((size_t)count * sizeof(MoObject *));
        if (!old) return -1;
        size_t w = (size_t)start, k = 0;
        for (size_t r = (size_t)start; r < l->len; r++) {
            if (k < (size_t)count && r == (size_t)(start + (int64_t)k * step)) { old[k++] = l->items[r]; continue; }
            l->items[w++] = l->items[r];
        }
        l->len = w;
        for (size_t i = 0; i < k; i++) mo_decref(old[i]);
        mo_free(old);
        return 0;
    }
    MoObject *seq = mo_sequence_list(value);
    if (!seq) {
        if (mo_err_matches(&mo_TypeError) && !MO_TYPE(value)->iter && !MO_TYPE(value)->getitem) {
            mo_err_clear();
            mo_err_format(&mo_TypeError, "must assign iterable to extended slice");
        }
        return -1;
    }
    if ((int64_t)MO_LIST_LEN(seq) != count) {
        mo_err_format(&mo_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                      MO_LIST_LEN(seq), (long long)count);
        mo_decref(seq);
        return -1;
    }
    if (count == 0) { mo_decref(seq); return 0; }
    MoObject **old = mo_alloc((size_t)count * sizeof(MoObject *));
    if (!old) { mo_decref(seq); return -1; }
    for (int64_t k = 0; k < count; k++) {
        size_t idx = (size_t)(start + k * step);
        old[k] = l->items[idx];
        l->items[idx] = mo_newref(MO_LIST_ITEM(seq, k));
    }
    for (int64_t k = 0; k < count; k++) mo_decref(old[k]);
    mo_free(old);
    mo_decref(seq);
    return 0;
}

static int list_setitem(MoObject *o, MoObject *key, MoObject *value) {
    MoList *l = MO_LIST(o);
    if (MO_CHECK_EXACT(key, mo_slice_type)) return list_ass_slice(l, key, value);
    int64_t i;
    if (ty_seq_key_index(key, "list", &i) < 0) return -1;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) {
        mo_err_set(&mo_IndexError, "list assignment index out of range");
        return -1;
    }
    if (!value) return list_splice(l, (size_t)i, (size_t)i + 1, NULL, 0);
    MoObject *old = l->items[i];
    l->items[i] = mo_newref(value);
    mo_decref(old);
    return 0;
}

static MoObject *list_repeat(MoObject *src, int64_t n) {
    size_t len = MO_LIST_LEN(src);
    if (n <= 0 || len == 0) return mo_list_new(0);
    if ((uint64_t)n > SIZE_MAX / sizeof(MoObject *) / 2 / len) return mo_err_nomemory();
    if (!mo_mem_check(len * (size_t)n * sizeof(MoObject *))) return NULL;
    MoObject *r = mo_list_new(len * (size_t)n);
    if (!r) return NULL;
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < len; i++) MO_LIST_SET(r, k * len + i, mo_newref(MO_LIST_ITEM(src, i)));
    return r;
}

static MoObject *list_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    bool la = mo_isinstance_type(a, &mo_list_type);
    if (op == MO_ADD) {
        if (!la) return mo_newref(mo_NotImplemented);
        if (inplace) {
            if (mo_list_extend(a, b) < 0) return NULL;
            return mo_newref(a);
        }
        if (!mo_isinstance_type(b, &mo_list_type)) {
            if (MO_TYPE(b)->flags & MO_TPFLAG_HEAPTYPE) return mo_newref(mo_NotImplemented);
            mo_err_format(&mo_TypeError, "can only concatenate list (not \"%s\") to list", MO_TYPE(b)->name);
            return NULL;
        }
        size_t na = MO_LIST_LEN(a), nb = MO_LIST_LEN(b);
        if (!mo_mem_check((na + nb) * sizeof(MoObject *))) return NULL;
        MoObject *r = mo_list_new(na + nb);
        if (!r) return NULL;
        for (size_t i = 0; i < na; i++) MO_LIST_SET(r, i, mo_newref(MO_LIST_ITEM(a, i)));
        for (size_t i = 0; i < nb; i++) MO_LIST_SET(r, na + i, mo_newref(MO_LIST_ITEM(b, i)));
        return r;
    }
    if (op == MO_MUL) {
        MoObject *l = la ? a : b, *other = la ? b : a;
        if (la && mo_isinstance_type(b, &mo_list_type)) {
            mo_err_format(&mo_TypeError, "can't multiply sequence by non-int of type '%s'", MO_TYPE(b)->name);
            return NULL;
        }
        int64_t n;
        int rc = ty_repeat_count(other, &n);
        if (rc < 0) return NULL;
        if (rc == 0) return mo_newref(mo_NotImplemented);
        if (inplace && la) {
            MoList *ll = MO_LIST(a);
            size_t len = ll->len;
            if (n <= 0 || len == 0) { list_clear_items(ll); return mo_newref(a); }
            if ((uint64_t)n > SIZE_MAX / sizeof(MoObject *) / 2 / len) return mo_err_nomemory();
            if (!mo_mem_check(len * (size_t)(n - 1) * sizeof(MoObject *))) return NULL;
            if (list_reserve(ll, len * (size_t)n) < 0) return NULL;
            for (size_t k = 1; k < (size_t)n; k++)
                for (size_t i = 0; i < len; i++) ll->items[k * len + i] = mo_newref(ll->items[i]);
            ll->len = len * (size_t)n;
            return mo_newref(a);
        }
        return list_repeat(l, n);
    }
    return mo_newref(mo_NotImplemented);
}

/* ---- iterators ---- */

typedef struct { MO_HEAD; MoObject *seq; size_t index; } ListIter;

static MoObject *make_iter(MoType *t, MoObject *list, size_t index) {
    ListIter *it = (ListIter *)mo_gc_new(t, sizeof(ListIter));
    if (!it) return NULL;
    it->seq = mo_newref(list);
    it->index = index;
    mo_gc_track(MO(it));
    return MO(it);
}

static MoObject *list_iter(MoObject *o) { return make_iter(&mo_list_iter_type, o, 0); }

MoObject *ty_list_reviter_new(MoObject *list) {
    return make_iter(&mo_list_reviter_type, list, MO_LIST_LEN(list));
}

static MoObject *listiter_next(MoObject *o) {
    ListIter *it = (ListIter *)o;
    if (!it->seq) return NULL;
    if (it->index < MO_LIST_LEN(it->seq)) return mo_newref(MO_LIST_ITEM(it->seq, it->index++));
    MO_CLEAR(it->seq);
    return NULL;
}

/* index counts down from len; the next item is index - 1. */
static MoObject *listreviter_next(MoObject *o) {
    ListIter *it = (ListIter *)o;
    if (!it->seq) return NULL;
    if (it->index > 0 && it->index - 1 < MO_LIST_LEN(it->seq)) {
        it->index--;
        return mo_newref(MO_LIST_ITEM(it->seq, it->index));
    }
    MO_CLEAR(it->seq);
    return NULL;
}

static void listiter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((ListIter *)o)->seq);
    mo_object_free(o);
}
static int listiter_traverse(MoObject *o, MoVisit visit, void *arg) {
    ListIter *it = (ListIter *)o;
    return it->seq ? visit(it->seq, arg) : 0;
}
static void listiter_clear(MoObject *o) { MO_CLEAR(((ListIter *)o)->seq); }
static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

static MoObject *listiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    ListIter *it = (ListIter *)self;
    size_t left = 0;
    if (it->seq) {
        if (MO_TYPE(self) == &mo_list_iter_type)
            left = it->index < MO_LIST_LEN(it->seq) ? MO_LIST_LEN(it->seq) - it->index : 0;
        else
            left = it->index <= MO_LIST_LEN(it->seq) ? it->index : 0;
    }
    return mo_int_from_u64(left);
}

static const MoMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_list_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "list_iterator",
    .size = sizeof(ListIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .iter = self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

MoType mo_list_reviter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "list_reverseiterator",
    .size = sizeof(ListIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .iter = self_iter,
    .iternext = listreviter_next,
    .methods = listiter_methods,
};

/* ---- sort ---- */


/* What every key is, found before sorting (CPython's pre-sort check): keys of one exact type
 * compare without dispatch; tuples compare their first items that way. Exact str, int and float
 * cannot run Python code when compared, so these paths change only the speed, never the result. */
enum { KEYS_GENERIC, KEYS_STR, KEYS_INT, KEYS_FLOAT, KEYS_TUPLE };

typedef struct {
    bool failed; /* an exception is set: stop comparing */
    int kind;    /* KEYS_* of the keys */
    int first;   /* KEYS_* of the first items when kind is KEYS_TUPLE */
} SortState;

static int key_kind(MoObject *k) {
    MoType *t = MO_TYPE(k);
    if (t == &mo_str_type) return KEYS_STR;
    if (t == &mo_int_type) return mo_int_fits_i64(k) ? KEYS_INT : KEYS_GENERIC;
    if (t == &mo_float_type) return KEYS_FLOAT;
    if (t == &mo_tuple_type) return MO_TUPLE_LEN(k) ? KEYS_TUPLE : KEYS_GENERIC;
    return KEYS_GENERIC;
}

/* Compares two keys of kind (not KEYS_TUPLE): 1 if a < b, 0 if not, -1 on error. */
static int kind_lt(int kind, MoObject *a, MoObject *b) {
    switch (kind) {
    case KEYS_STR: {
        /* UTF-8 byte order is code point order. */
        MoStr *x = MO_STR(a), *y = MO_STR(b);
        int c = memcmp(x->utf8, y->utf8, x->nbytes < y->nbytes ? x->nbytes : y->nbytes);
        return c < 0 || (c == 0 && x->nbytes < y->nbytes);
    }
    case KEYS_INT: {
        int64_t x = 0, y = 0;
        mo_int_as_i64(a, &x);
        mo_int_as_i64(b, &y);
        return x < y;
    }
    case KEYS_FLOAT:
        return MO_FLOAT_VALUE(a) < MO_FLOAT_VALUE(b);
    default:
        return mo_richcompare_bool(a, b, MO_LT);
    }
}

/* Equality of two keys of kind (not KEYS_TUPLE), as `==` would say. */
static int kind_eq(int kind, MoObject *a, MoObject *b) {
    switch (kind) {
    case KEYS_STR: return mo_str_eq(a, b);
    case KEYS_INT: {
        int64_t x = 0, y = 0;
        mo_int_as_i64(a, &x);
        mo_int_as_i64(b, &y);
        return x == y;
    }
    case KEYS_FLOAT: return MO_FLOAT_VALUE(a) == MO_FLOAT_VALUE(b);
    default: return mo_richcompare_bool(a, b, MO_EQ);
    }
}

/* a < b for tuples, as tuple's richcompare: the first items that are not equal decide. */
static int tuple_lt(SortState *st, MoObject *a, MoObject *b) {
    size_t na = MO_TUPLE_LEN(a), nb = MO_TUPLE_LEN(b);
    for (size_t i = 0; i < na && i < nb; i++) {
        MoObject *x = MO_TUPLE_ITEM(a, i), *y = MO_TUPLE_ITEM(b, i);
        if (x == y) continue;
        int kind = i == 0 ? st->first : KEYS_GENERIC;
        int eq = kind_eq(kind, x, y);
        if (eq < 0) return -1;
        if (!eq) return kind_lt(kind, x, y);
    }
    return na < nb;
}

static int key_lt(SortState *st, MoObject *a, MoObject *b) {
    return st->kind == KEYS_TUPLE ? tuple_lt(st, a, b) : kind_lt(st->kind, a, b);
}

/* Sets st->kind (and st->first) from the keys. */
static void sort_classify(SortState *st, MoObject **keys, size_t n) {
    int kind = key_kind(keys[0]);
    for (size_t i = 1; i < n && kind != KEYS_GENERIC; i++)
        if (key_kind(keys[i]) != kind) kind = KEYS_GENERIC;
    st->kind = kind;
    st->first = KEYS_GENERIC;
    if (kind == KEYS_TUPLE) {
        int first = key_kind(MO_TUPLE_ITEM(keys[0], 0));
        for (size_t i = 1; i < n && first != KEYS_GENERIC; i++)
            if (key_kind(MO_TUPLE_ITEM(keys[i], 0)) != first) first = KEYS_GENERIC;
        st->first = first == KEYS_TUPLE ? KEYS_GENERIC : first;
    }
}

/* The sort is CPython's (listobject.c, 3.11): timsort with powersort's merge order. Being the same
 * algorithm step for step, it makes the same comparisons in the same order, so a key or __lt__ with
 * side effects, an inconsistent order (NaN) or an exception part-way leaves exactly what CPython
 * leaves. Runs are found (count_run), short ones extended by binary insertion to minrun, pushed on
 * a stack and merged when powerloop says so; merges gallop when one side keeps winning. keys[] are
 * compared; values[] (NULL without a key function) move with them. */

#define MIN_GALLOP 7
#define MAX_MERGE_PENDING 85 /* enough for 2**64 elements */

typedef struct {
    MoObject **keys;
    MoObject **values; /* NULL when the keys are the items */
} SortSlice;

typedef struct {
    size_t base; /* index of the run's first element */
    size_t len;
    int power;
} SortRun;

typedef struct {
    SortState *st;
    size_t listlen;
    size_t min_gallop;
    SortSlice a; /* temporary storage: room for listlen / 2 + 1 elements */
    SortRun pending[MAX_MERGE_PENDING];
    int n;
    SortSlice all;
} MergeState;

/* 1 if a < b, 0 if not, -1 on error (the key comparison of the sort). */
static int islt(MergeState *ms, MoObject *a, MoObject *b) {
    int r = key_lt(ms->st, a, b);
    if (r < 0) ms->st->failed = true;
    return r;
}

static void ss_copy(SortSlice *d, ptrdiff_t i, SortSlice *s, ptrdiff_t j) {
    d->keys[i] = s->keys[j];
    if (d->values) d->values[i] = s->values[j];
}

static void ss_copy_incr(SortSlice *d, SortSlice *s) {
    *d->keys++ = *s->keys++;
    if (d->values) *d->values++ = *s->values++;
}

static void ss_copy_decr(SortSlice *d, SortSlice *s) {
    *d->keys-- = *s->keys--;
    if (d->values) *d->values-- = *s->values--;
}

static void ss_memcpy(SortSlice *d, ptrdiff_t i, SortSlice *s, ptrdiff_t j, size_t n) {
    memcpy(&d->keys[i], &s->keys[j], n * sizeof(MoObject *));
    if (d->values) memcpy(&d->values[i], &s->values[j], n * sizeof(MoObject *));
}

static void ss_memmove(SortSlice *d, ptrdiff_t i, SortSlice *s, ptrdiff_t j, size_t n) {
    memmove(&d->keys[i], &s->keys[j], n * sizeof(MoObject *));
    if (d->values) memmove(&d->values[i], &s->values[j], n * sizeof(MoObject *));
}

static void ss_advance(SortSlice *s, ptrdiff_t n) {
    s->keys += n;
    if (s->values) s->values += n;
}

static void reverse_slice(MoObject **lo, MoObject **hi) {
    for (--hi; lo < hi; lo++, hi--) {
        MoObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

/* Binary insertion of [start, hi) into the sorted [lo, start). 0 or -1. */
static int binarysort(MergeState *ms, SortSlice lo, MoObject **hi, MoObject **start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        MoObject **l = lo.keys, **r = start, **p;
        MoObject *pivot = *r;
        do {
            p = l + ((r - l) >> 1);
            int k = islt(ms, pivot, *p);
            if (k < 0) return -1;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        for (p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            ptrdiff_t offset = lo.values - lo.keys;
            p = start + offset;
            pivot = *p;
            l += offset;
            for (; p > l; --p) *p = *(p - 1);
            *l = pivot;
        }
    }
    return 0;
}

/* The length of the run starting at lo (strictly descending runs are reported as such), or -1. */
static ptrdiff_t count_run(MergeState *ms, MoObject **lo, MoObject **hi, bool *descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    ptrdiff_t n = 2;
    int k = islt(ms, *lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = islt(ms, *lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = islt(ms, *lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

/* Where key belongs in the sorted a[0, n): the leftmost position (before equal elements),
 * searching outward from hint. -1 on error. */
static ptrdiff_t gallop_left(MergeState *ms, MoObject *key, MoObject **a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = islt(ms, *a, key)) < 0) return -1;
    if (k) {
        const ptrdiff_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = islt(ms, a[ofs], key)) < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        const ptrdiff_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = islt(ms, *(a - ofs), key)) < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = islt(ms, a[m], key)) < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* As gallop_left, but the rightmost position (after equal elements). */
static ptrdiff_t gallop_right(MergeState *ms, MoObject *key, MoObject **a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = islt(ms, key, *a)) < 0) return -1;
    if (k) {
        const ptrdiff_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = islt(ms, key, *(a - ofs))) < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        const ptrdiff_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = islt(ms, key, a[ofs])) < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = islt(ms, key, a[m])) < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

/* Merges the adjacent runs a (na, the shorter) and b (nb) in place, a copied to temp. 0 or -1. */
static int merge_lo(MergeState *ms, SortSlice ssa, ptrdiff_t na, SortSlice ssb, ptrdiff_t nb) {
    int result = -1;
    ptrdiff_t k, min_gallop;
    SortSlice dest = ssa;
    ss_memcpy(&ms->a, 0, &ssa, 0, (size_t)na);
    ssa = ms->a;
    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    min_gallop = (ptrdiff_t)ms->min_gallop;
    for (;;) {
        ptrdiff_t acount = 0, bcount = 0;
        for (;;) {
            k = islt(ms, ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                ss_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                ss_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = (size_t)min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                ss_memcpy(&dest, 0, &ssa, 0, (size_t)k);
                ss_advance(&dest, k);
                ss_advance(&ssa, k);
                na -= k;
                if (na == 1) goto copy_b;
                /* Impossible with a consistent order, but the order may not be. */
                if (na == 0) goto succeed;
            }
            ss_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto succeed;
            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                ss_memmove(&dest, 0, &ssb, 0, (size_t)k);
                ss_advance(&dest, k);
                ss_advance(&ssb, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            ss_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = (size_t)min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, (size_t)na);
    return result;
copy_b:
    /* The last element of a belongs at the end of the merge. */
    ss_memmove(&dest, 0, &ssb, 0, (size_t)nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* As merge_lo with b the shorter run, merging from the right end. */
static int merge_hi(MergeState *ms, SortSlice ssa, ptrdiff_t na, SortSlice ssb, ptrdiff_t nb) {
    int result = -1;
    ptrdiff_t k, min_gallop;
    SortSlice dest = ssb, basea = ssa, baseb = ms->a;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&ms->a, 0, &ssb, 0, (size_t)nb);
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values) ssb.values = ms->a.values + nb - 1;
    ss_advance(&ssa, na - 1);
    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    min_gallop = (ptrdiff_t)ms->min_gallop;
    for (;;) {
        ptrdiff_t acount = 0, bcount = 0;
        for (;;) {
            k = islt(ms, ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                ss_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                ss_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = (size_t)min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssa, -k);
                ss_memmove(&dest, 1, &ssa, 1, (size_t)k);
                na -= k;
                if (na == 0) goto succeed;
            }
            ss_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto copy_a;
            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssb, -k);
                ss_memcpy(&dest, 1, &ssb, 1, (size_t)k);
                nb -= k;
                if (nb == 1) goto copy_a;
                /* Impossible with a consistent order, but the order may not be. */
                if (nb == 0) goto succeed;
            }
            ss_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = (size_t)min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, (size_t)nb);
    return result;
copy_a:
    /* The first element of b belongs at the front of the merge. */
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, (size_t)na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merges pending runs i and i + 1. 0 or -1. */
static int merge_at(MergeState *ms, int i) {
    SortRun *p = ms->pending;
    SortSlice ssa = ms->all, ssb = ms->all;
    ss_advance(&ssa, (ptrdiff_t)p[i].base);
    ss_advance(&ssb, (ptrdiff_t)p[i + 1].base);
    ptrdiff_t na = (ptrdiff_t)p[i].len, nb = (ptrdiff_t)p[i + 1].len;
    p[i].len = (size_t)(na + nb);
    if (i == ms->n - 3) p[i + 1] = p[i + 2];
    --ms->n;
    /* Elements of a before where b's first goes are already in place. */
    ptrdiff_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    /* Elements of b after where a's last goes are already in place. */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort's "power" of the boundary between the run at s1 (n1 long) and the next (n2 long). */
static int powerloop(size_t s1, size_t n1, size_t n2, size_t n) {
    int result = 0;
    size_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A new run of n2 elements follows the last pending one: merge what powersort says must go. */
static int found_new_run(MergeState *ms, size_t n2) {
    if (ms->n) {
        SortRun *p = ms->pending;
        size_t s1 = p[ms->n - 1].base, n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power)
            if (merge_at(ms, ms->n - 2) < 0) return -1;
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms) {
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Sorts keys[0, n) (values move along) with timsort. tmp has room for n / 2 + 1 keys and as many
 * values. 0, or -1 with st->failed and the exception set (the arrays then hold every element
 * exactly once, in a partly sorted order, as CPython's). */
static int timsort(SortState *st, MoObject **keys, MoObject **values, MoObject **tmpk, MoObject **tmpv, size_t n) {
    MergeState ms;
    ms.st = st;
    ms.listlen = n;
    ms.min_gallop = MIN_GALLOP;
    ms.a.keys = tmpk;
    ms.a.values = values ? tmpv : NULL;
    ms.n = 0;
    ms.all.keys = keys;
    ms.all.values = values;
    SortSlice lo = ms.all;
    size_t nremaining = n, minrun = compute_minrun(n);
    do {
        bool descending;
        ptrdiff_t r = count_run(&ms, lo.keys, lo.keys + nremaining, &descending);
        if (r < 0) return -1;
        size_t run = (size_t)r;
        if (descending) {
            reverse_slice(lo.keys, lo.keys + run);
            if (lo.values) reverse_slice(lo.values, lo.values + run);
        }
        if (run < minrun) {
            size_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(&ms, lo, lo.keys + force, lo.keys + run) < 0) return -1;
            run = force;
        }
        if (found_new_run(&ms, run) < 0) return -1;
        ms.pending[ms.n].base = (size_t)(lo.keys - keys);
        ms.pending[ms.n].len = run;
        ++ms.n;
        ss_advance(&lo, (ptrdiff_t)run);
        nremaining -= run;
    } while (nremaining);
    return merge_force_collapse(&ms);
}

/* list.sort with key (NULL: none) or with precomputed keys (a list as long as the list: the
 * VM's helper computed them inline, vm.c). */
static int sort_common(MoObject *list, MoObject *key, MoObject *given_keys, bool reverse) {
    MoList *l = MO_LIST(list);
    if (key == mo_None) key = NULL;
    if (given_keys) key = given_keys; /* only tested for "there are keys" below */
    MoObject **items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = SORT_MARK;
    int result = 0;
    MoObject **keys = NULL, **tmp = NULL;
    size_t nkeys = 0;
    if (key && n > 0) {
        keys = mo_alloc(n * sizeof(MoObject *));
        if (!keys) { result = -1; goto restore; }
        for (; nkeys < n; nkeys++) {
            MoObject *k = given_keys ? mo_newref(MO_LIST(given_keys)->items[nkeys]) : mo_call1(key, items[nkeys]);
            if (!k) { result = -1; goto restore; }
            keys[nkeys] = k;
        }
    }
    if (n > 1) {
        /* Temporary room for the shorter run of a merge: keys, then values when there is a key. */
        tmp = mo_alloc((n / 2 + 1) * sizeof(MoObject *) * (key ? 2 : 1));
        if (!tmp) { result = -1; goto restore; }
        MoObject **sk = keys ? keys : items, **sv = keys ? items : NULL;
        SortState st = {false, KEYS_GENERIC, KEYS_GENERIC};
        sort_classify(&st, sk, n);
        /* Reverse stability as CPython: reverse, sort forward (stable), reverse back. */
        if (reverse) {
            reverse_slice(sk, sk + n);
            if (sv) reverse_slice(sv, sv + n);
        }
        if (!mo_enter_recursion(" in list.sort")) {
            result = -1;
        } else {
            if (timsort(&st, sk, sv, tmp, sv ? tmp + n / 2 + 1 : NULL, n) < 0) result = -1;
            mo_leave_recursion();
        }
        if (reverse) reverse_slice(items, items + n);
    }
restore:
    for (size_t i = 0; i < nkeys; i++) mo_decref(keys[i]);
    mo_free(keys);
    mo_free(tmp);
    {
        bool modified = l->cap != SORT_MARK || l->items != NULL || l->len != 0;
        MoObject **final_items = l->items;
        size_t final_len = l->len;
        bool final_owned = l->cap != SORT_MARK;
        l->items = items;
        l->len = n;
        l->cap = cap;
        if (final_items) {
            for (size_t i = 0; i < final_len; i++) mo_xdecref(final_items[i]);
            if (final_owned) mo_free(final_items);
        }
        if (modified && result == 0) {
            mo_err_set(&mo_ValueError, "list modified during sort");
            result = -1;
        }
    }
    return result;
}

int mo_list_sort(MoObject *list, MoObject *key, bool reverse) { return sort_common(list, key, NULL, reverse); }

int mo_list_sort_keys(MoObject *list, MoObject *keys, bool reverse) {
    if (!MO_CHECK_EXACT(list, mo_list_type) || !MO_CHECK_EXACT(keys, mo_list_type) || list == keys ||
        MO_LIST(keys)->len != MO_LIST(list)->len || MO_LIST(list)->cap == SORT_MARK ||
        MO_LIST(keys)->cap == SORT_MARK) {
        mo_err_set(&mo_ValueError, "keys do not match the list");
        return -1;
    }
    return sort_common(list, NULL, keys, reverse);
}

/* ---- methods ---- */

static MoObject *list_append(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("list.append", nargs, kw) < 0) return NULL;
    if (mo_list_append(self, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *list_extend(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("list.extend", nargs, kw) < 0) return NULL;
    if (mo_list_extend(self, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *list_insert(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("insert", "list.insert", nargs, kw, 2, 2) < 0) return NULL;
    int64_t i;
    if (ty_as_ssize(args[0], &i) < 0) return NULL;
    MoList *l = MO_LIST(self);
    int64_t n = (int64_t)l->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (list_reserve(l, l->len + 1) < 0) return NULL;
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(MoObject *));
    l->items[i] = mo_newref(args[1]);
    l->len++;
    return mo_none();
}

static MoObject *list_pop(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("pop", "list.pop", nargs, kw, 0, 1) < 0) return NULL;
    int64_t i = -1;
    if (nargs && ty_as_ssize(args[0], &i) < 0) return NULL;
    MoList *l = MO_LIST(self);
    if (l->len == 0) { mo_err_set(&mo_IndexError, "pop from empty list"); return NULL; }
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) { mo_err_set(&mo_IndexError, "pop index out of range"); return NULL; }
    MoObject *r = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(MoObject *));
    l->len--;
    return r;
}

static MoObject *list_remove(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("list.remove", nargs, kw) < 0) return NULL;
    MoList *l = MO_LIST(self);
    for (size_t i = 0; i < l->len; i++) {
        MoObject *x = mo_newref(l->items[i]);
        int r = mo_richcompare_bool(x, args[0], MO_EQ);
        mo_decref(x);
        if (r < 0) return NULL;
        if (r > 0) {
            if (i < l->len && list_splice(l, i, i + 1, NULL, 0) < 0) return NULL;
            return mo_none();
        }
    }
    mo_err_set(&mo_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static MoObject *list_index(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("index", "list.index", nargs, kw, 1, 3) < 0) return NULL;
    MoList *l = MO_LIST(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && ty_index_notnone(args[1], &start) < 0) return NULL;
    if (nargs > 2 && ty_index_notnone(args[2], &stop) < 0) return NULL;
    int64_t len = (int64_t)l->len;
    if (start < 0) { start += len; if (start < 0) start = 0; }
    if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < (int64_t)l->len; i++) {
        MoObject *x = mo_newref(l->items[i]);
        int r = mo_richcompare_bool(x, args[0], MO_EQ);
        mo_decref(x);
        if (r < 0) return NULL;
        if (r) return mo_int_from_i64(i);
    }
    mo_err_format(&mo_ValueError, "%R is not in list", args[0]);
    return NULL;
}

static MoObject *list_count(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("list.count", nargs, kw) < 0) return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < MO_LIST_LEN(self); i++) {
        MoObject *x = mo_newref(MO_LIST_ITEM(self, i));
        int r = mo_richcompare_bool(x, args[0], MO_EQ);
        mo_decref(x);
        if (r < 0) return NULL;
        c += r;
    }
    return mo_int_from_i64(c);
}

static MoObject *list_clear(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("list.clear", nargs, kw) < 0) return NULL;
    list_clear_items(MO_LIST(self));
    return mo_none();
}

static MoObject *list_copy(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("list.copy", nargs, kw) < 0) return NULL;
    return mo_list_from_array(MO_LIST(self)->items, MO_LIST_LEN(self));
}

static MoObject *list_reverse(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("list.reverse", nargs, kw) < 0) return NULL;
    MoList *l = MO_LIST(self);
    for (size_t a = 0, b = l->len ? l->len - 1 : 0; a < b; a++, b--) {
        MoObject *t = l->items[a];
        l->items[a] = l->items[b];
        l->items[b] = t;
    }
    return mo_none();
}

static MoObject *list_sort(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"key", "reverse"};
    MoObject *a[2];
    if (ty_kwparse("sort", args, nargs, kw, names, 2, 0, 0, a) < 0) return NULL;
    bool rev = false;
    if (a[1]) {
        /* reverse is an int (Argument Clinic's bool(accept={int})): None, floats, str are errors. */
        int64_t v;
        if (MO_INT_CHECK(a[1]) && !mo_int_fits_i64(a[1])) {
            mo_err_set(&mo_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        if (ty_as_ssize(a[1], &v) < 0) return NULL;
        rev = v != 0;
    }
    if (mo_list_sort(self, a[0], rev) < 0) return NULL;
    return mo_none();
}

static MoObject *list_reversed(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("list.__reversed__", nargs, kw) < 0) return NULL;
    return ty_list_reviter_new(self);
}

static const MoMethodDef list_methods[] = {
    {"append", list_append, MO_METH_INSTANCE, "Append object to the end of the list."},
    {"extend", list_extend, MO_METH_INSTANCE, "Extend list by appending elements from the iterable."},
    {"insert", list_insert, MO_METH_INSTANCE, "Insert object before index."},
    {"pop", list_pop, MO_METH_INSTANCE, "Remove and return item at index (default last)."},
    {"remove", list_remove, MO_METH_INSTANCE, "Remove first occurrence of value."},
    {"index", list_index, MO_METH_INSTANCE, "Return first index of value."},
    {"count", list_count, MO_METH_INSTANCE, "Return number of occurrences of value."},
    {"clear", list_clear, MO_METH_INSTANCE, "Remove all items from list."},
    {"copy", list_copy, MO_METH_INSTANCE, "Return a shallow copy of the list."},
    {"reverse", list_reverse, MO_METH_INSTANCE, "Reverse *IN PLACE*."},
    {"sort", list_sort, MO_METH_INSTANCE, "Sort the list in ascending order and return None."},
    {"__reversed__", list_reversed, MO_METH_INSTANCE, "Return a reverse iterator over the list."},
    {NULL, NULL, 0, NULL}};

static MoObject *list_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_nokw("list", kwnames) < 0) return NULL;
    if (ty_clinic("list", NULL, nargs, NULL, 0, 1) < 0) return NULL;
    MoList *l;
    if (type == &mo_list_type) l = (MoList *)mo_list_new(0);
    else {
        l = (MoList *)mo_gc_new(type, type->size > sizeof(MoList) ? type->size : sizeof(MoList));
        if (l) mo_gc_track(MO(l));
    }
    if (!l) return NULL;
    if (nargs && mo_list_extend(MO(l), args[0]) < 0) { mo_decref(MO(l)); return NULL; }
    return MO(l);
}

MoType mo_list_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "list",
    .size = sizeof(MoList),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE | MO_TPFLAG_LIST_SUBCLASS,
    .base = &mo_object_type,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .vnew = list_vnew,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .length = list_length,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .binop = list_binop,
    .methods = list_methods,
};

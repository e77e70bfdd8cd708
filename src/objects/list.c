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
    if (!mo_enter_recursion(" while getting the repr of an object")) { mo_repr_leave(o); return NULL; }
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append(&b, "[", 1);
    for (size_t i = 0; i < l->len; i++) {
        if (i) mo_strbuf_append(&b, ", ", 2);
        MoObject *x = mo_newref(l->items[i]);
        MoObject *r = mo_repr(x);
        mo_decref(x);
        if (!r) { mo_strbuf_free(&b); mo_leave_recursion(); mo_repr_leave(o); return NULL; }
        mo_strbuf_append_obj(&b, r);
        mo_decref(r);
    }
    mo_strbuf_append(&b, "]", 1);
    mo_leave_recursion();
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

typedef struct { MoObject *key, *value; } SortItem;

/* What every key is, found before sorting (CPython's pre-sort check): keys of one exact type
 * compare without dispatch; tuples compare their first items that way. Exact str, int and float
 * cannot run Python code when compared, so these paths change only the speed, never the result. */
enum { KEYS_GENERIC, KEYS_STR, KEYS_INT, KEYS_FLOAT, KEYS_TUPLE };

typedef struct {
    bool reverse;
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

/* Returns true if b must come before a (b < a, or a < b when reversed). */
static bool sort_before(SortState *st, SortItem *a, SortItem *b) {
    if (st->failed) return false;
    int r = st->reverse ? key_lt(st, a->key, b->key) : key_lt(st, b->key, a->key);
    if (r < 0) { st->failed = true; return false; }
    return r > 0;
}

/* Sets st->kind (and st->first) from the keys. */
static void sort_classify(SortState *st, SortItem *arr, size_t n) {
    int kind = key_kind(arr[0].key);
    for (size_t i = 1; i < n && kind != KEYS_GENERIC; i++)
        if (key_kind(arr[i].key) != kind) kind = KEYS_GENERIC;
    st->kind = kind;
    st->first = KEYS_GENERIC;
    if (kind == KEYS_TUPLE) {
        int first = key_kind(MO_TUPLE_ITEM(arr[0].key, 0));
        for (size_t i = 1; i < n && first != KEYS_GENERIC; i++)
            if (key_kind(MO_TUPLE_ITEM(arr[i].key, 0)) != first) first = KEYS_GENERIC;
        st->first = first == KEYS_TUPLE ? KEYS_GENERIC : first;
    }
}

static void merge_sort(SortState *st, SortItem *a, SortItem *tmp, size_t n) {
    if (n < 2) return;
    if (n <= 8) {
        /* Binary insertion keeps small runs cheap in comparisons. */
        for (size_t i = 1; i < n; i++) {
            SortItem x = a[i];
            size_t lo = 0, hi = i;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (sort_before(st, &a[mid], &x)) hi = mid;
                else lo = mid + 1;
            }
            memmove(&a[lo + 1], &a[lo], (i - lo) * sizeof(SortItem));
            a[lo] = x;
        }
        return;
    }
    size_t h = n / 2;
    merge_sort(st, a, tmp, h);
    merge_sort(st, a + h, tmp, n - h);
    if (!sort_before(st, &a[h - 1], &a[h])) return; /* already in order (or failed) */
    memcpy(tmp, a, h * sizeof(SortItem));
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (sort_before(st, &tmp[i], &a[j])) a[k++] = a[j++];
        else a[k++] = tmp[i++];
    }
    while (i < h) a[k++] = tmp[i++];
}

int mo_list_sort(MoObject *list, MoObject *key, bool reverse) {
    MoList *l = MO_LIST(list);
    if (key == mo_None) key = NULL;
    MoObject **items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = SORT_MARK;
    int result = 0;
    SortItem *arr = NULL, *tmp = NULL;
    size_t nkeys = 0;
    if (n > 1) {
        arr = mo_alloc(n * sizeof(SortItem));
        tmp = arr ? mo_alloc((n / 2 + 1) * sizeof(SortItem)) : NULL;
        if (!arr || !tmp) { result = -1; goto restore; }
        for (size_t i = 0; i < n; i++) {
            arr[i].value = items[i];
            arr[i].key = items[i];
        }
        if (key) {
            for (; nkeys < n; nkeys++) {
                MoObject *k = mo_call1(key, items[nkeys]);
                if (!k) { result = -1; goto restore; }
                arr[nkeys].key = k;
            }
        }
        SortState st = {reverse, false, KEYS_GENERIC, KEYS_GENERIC};
        sort_classify(&st, arr, n);
        if (!mo_enter_recursion(" in list.sort")) { result = -1; goto restore; }
        merge_sort(&st, arr, tmp, n);
        mo_leave_recursion();
        if (st.failed) result = -1;
        for (size_t i = 0; i < n; i++) items[i] = arr[i].value;
    } else if (n == 1 && key) {
        MoObject *k = mo_call1(key, items[0]);
        if (!k) result = -1;
        else mo_decref(k);
    }
restore:
    if (key && arr)
        for (size_t i = 0; i < nkeys; i++) mo_decref(arr[i].key);
    mo_free(arr);
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

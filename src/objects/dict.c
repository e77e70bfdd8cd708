/*
 * dict.c: the insertion-ordered hash table, its views and iterators.
 *
 * Layout (CPython's compact dict). `entries` is an array of (hash, key, value) in insertion order;
 * `indices` is an open-addressing table of int32 positions into entries (EMPTY = -1, DUMMY = -2
 * for a deleted slot), probed with CPython's perturbation recurrence. Deleting clears the entry
 * (key NULL) and leaves a DUMMY; a resize rebuilds both arrays compactly. Iteration walks entries.
 *
 * Re-entrancy. Comparing keys can run Python __eq__, which can mutate this dict. The lookup holds
 * a reference to the key it compares, and afterwards checks that the entries array and the entry's
 * key are unchanged; if not it restarts the lookup, as CPython does. Every insert/delete bumps
 * `version`, so iterators can raise "dictionary changed size during iteration".
 *
 * Values and keys are released only after the table is consistent again (MO_SETREF order), so a
 * __del__-free refcount drop can never observe a half-updated dict.
 */
#include "typesutil.h"

#include <string.h>

#define EMPTY (-1)
#define DUMMY (-2)
#define MINSIZE 8

typedef struct { int64_t hash; MoObject *key, *value; } DictEntry;

typedef struct MoDict {
    MO_HEAD;
    size_t used;     /* live items */
    size_t nentries; /* entries[0..nentries) in use (live or deleted) */
    size_t usable;   /* entries may grow to this before a resize (never more than allocated) */
    size_t mask;     /* size of indices - 1 */
    int32_t *indices;
    DictEntry *entries;
    uint64_t version;
} MoDict;

#define D(o) ((MoDict *)(o))

static int dict_alloc_tables(MoDict *d, size_t size) {
    size_t usable = size * 2 / 3;
    if (size > ((size_t)1 << 30)) { mo_err_nomemory(); return -1; }
    int32_t *idx = mo_alloc(size * sizeof(int32_t));
    if (!idx) return -1;
    DictEntry *ent = mo_alloc(usable * sizeof(DictEntry));
    if (!ent) { mo_free(idx); return -1; }
    for (size_t i = 0; i < size; i++) idx[i] = EMPTY;
    d->indices = idx;
    d->entries = ent;
    d->mask = size - 1;
    d->usable = usable;
    d->nentries = 0;
    return 0;
}

MoObject *mo_dict_new(void) {
    MoDict *d = (MoDict *)mo_gc_new(&mo_dict_type, sizeof(MoDict));
    if (!d) return NULL;
    d->used = d->nentries = d->usable = d->mask = 0;
    d->indices = NULL;
    d->entries = NULL;
    d->version = 0;
    mo_gc_track(MO(d));
    return MO(d);
}

static size_t find_empty_slot(MoDict *d, int64_t hash) {
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->indices[i] != EMPTY) {
        perturb >>= 5;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with room for at least minused items. */
static int dict_resize(MoDict *d, size_t minused) {
    size_t size = MINSIZE;
    while (size * 2 / 3 < minused + 1) size <<= 1;
    int32_t *oidx = d->indices;
    DictEntry *oent = d->entries;
    size_t on = d->nentries;
    if (dict_alloc_tables(d, size) < 0) {
        d->indices = oidx;
        d->entries = oent;
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < on; i++) {
        if (!oent[i].key) continue;
        d->entries[k] = oent[i];
        d->indices[find_empty_slot(d, oent[i].hash)] = (int32_t)k;
        k++;
    }
    d->nentries = k;
    mo_free(oidx);
    mo_free(oent);
    return 0;
}

/* Finds key: returns the entry index, -1 if absent (with *slot = index-table slot where it would
 * go, or SIZE_MAX if the table is empty), or -2 on error. */
static int64_t dict_lookup(MoDict *d, MoObject *key, int64_t hash, size_t *slot) {
restart:
    if (!d->indices) { if (slot) *slot = SIZE_MAX; return -1; }
    {
        size_t mask = d->mask, i = (size_t)hash & mask;
        uint64_t perturb = (uint64_t)hash;
        size_t freeslot = SIZE_MAX;
        bool key_is_str = MO_CHECK_EXACT(key, mo_str_type);
        for (;;) {
            int32_t ix = d->indices[i];
            if (ix == EMPTY) {
                if (slot) *slot = freeslot != SIZE_MAX ? freeslot : i;
                return -1;
            }
            if (ix == DUMMY) {
                if (freeslot == SIZE_MAX) freeslot = i;
            } else {
                DictEntry *e = &d->entries[ix];
                if (e->key == key) return ix;
                if (e->hash == hash) {
                    MoObject *startkey = e->key;
                    if (key_is_str && MO_CHECK_EXACT(startkey, mo_str_type)) {
                        if (mo_str_eq(startkey, key)) return ix;
                    } else {
                        DictEntry *ents = d->entries;
                        mo_incref(startkey);
                        int cmp = mo_richcompare_bool(startkey, key, MO_EQ);
                        mo_decref(startkey);
                        if (cmp < 0) return -2;
                        if (ents != d->entries || d->indices == NULL || (size_t)ix >= d->nentries ||
                            d->entries[ix].key != startkey)
                            goto restart;
                        if (cmp > 0) return ix;
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + (size_t)perturb + 1) & mask;
        }
    }
}

static int key_hash(MoObject *key, int64_t *h) {
    if (MO_CHECK_EXACT(key, mo_str_type) && MO_STR(key)->hash != -1) { *h = MO_STR(key)->hash; return 0; }
    return mo_hash(key, h);
}

/* Inserts or replaces; steals nothing (increfs key and value). */
static int dict_insert(MoDict *d, MoObject *key, int64_t hash, MoObject *value) {
    mo_incref(key);
    mo_incref(value);
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == -2) goto fail;
    if (ix >= 0) {
        MoObject *old = d->entries[ix].value;
        d->entries[ix].value = value;
        mo_decref(old);
        mo_decref(key);
        return 0;
    }
    if (slot == SIZE_MAX || d->nentries >= d->usable) {
        if (dict_resize(d, d->used * 2) < 0) goto fail;
        slot = find_empty_slot(d, hash);
    }
    d->indices[slot] = (int32_t)d->nentries;
    d->entries[d->nentries].hash = hash;
    d->entries[d->nentries].key = key;
    d->entries[d->nentries].value = value;
    d->nentries++;
    d->used++;
    d->version++;
    return 0;
fail:
    mo_decref(key);
    mo_decref(value);
    return -1;
}

int mo_dict_set(MoObject *d, MoObject *key, MoObject *value) {
    int64_t h;
    if (key_hash(key, &h) < 0) return -1;
    return dict_insert(D(d), key, h, value);
}

int mo_dict_set_str(MoObject *d, const char *key, MoObject *value) {
    MoObject *k = mo_str_from_cstr(key);
    if (!k) return -1;
    int r = mo_dict_set(d, k, value);
    mo_decref(k);
    return r;
}

MoObject *mo_dict_get(MoObject *d, MoObject *key) {
    int64_t h;
    if (key_hash(key, &h) < 0) return NULL;
    int64_t ix = dict_lookup(D(d), key, h, NULL);
    return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

MoObject *mo_dict_get_str(MoObject *d, const char *key) {
    MoDict *dd = D(d);
    if (!dd->used) return NULL;
    size_t n = strlen(key);
    int64_t h = ty_hash_bytes(key, n);
    size_t mask = dd->mask, i = (size_t)h & mask;
    uint64_t perturb = (uint64_t)h;
    for (;;) {
        int32_t ix = dd->indices[i];
        if (ix == EMPTY) return NULL;
        if (ix >= 0) {
            DictEntry *e = &dd->entries[ix];
            if (e->hash == h && MO_STR_CHECK(e->key) && MO_STR_NBYTES(e->key) == n && memcmp(MO_STR_UTF8(e->key), key, n) == 0)
                return e->value;
        }
        perturb >>= 5;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

int mo_dict_contains(MoObject *d, MoObject *key) {
    int64_t h;
    if (key_hash(key, &h) < 0) return -1;
    int64_t ix = dict_lookup(D(d), key, h, NULL);
    return ix == -2 ? -1 : ix >= 0;
}

static void raise_key_error(MoObject *key) {
    MoObject *t = mo_tuple_pack(1, key);
    if (!t) return;
    MoObject *exc = mo_exception_new(&mo_KeyError, t);
    mo_decref(t);
    if (exc) {
        mo_err_set_object(exc);
        mo_decref(exc);
    }
}

/* Removes entry ix (found at the index slot holding it). */
static void dict_del_entry(MoDict *d, int64_t ix, MoObject **okey, MoObject **ovalue) {
    size_t mask = d->mask, i = (size_t)d->entries[ix].hash & mask;
    uint64_t perturb = (uint64_t)d->entries[ix].hash;
    while (d->indices[i] != ix) {
        perturb >>= 5;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    d->indices[i] = DUMMY;
    *okey = d->entries[ix].key;
    *ovalue = d->entries[ix].value;
    d->entries[ix].key = NULL;
    d->entries[ix].value = NULL;
    d->used--;
    d->version++;
    /* Trailing deleted entries can be reused right away (keeps popitem/pop loops compact). Each
     * delete turned an index slot into DUMMY, and reusing the entry would let the next insert
     * turn an EMPTY slot into one more: so the capacity shrinks by the same amount (CPython keeps
     * dk_usable for the same reason). Without this, insert/delete churn fills the index table
     * with DUMMY slots and a lookup of a missing key never meets an EMPTY slot (an endless loop
     * inside one instruction, which no limit could stop). */
    while (d->nentries > 0 && !d->entries[d->nentries - 1].key && d->used < d->nentries) {
        d->nentries--;
        if (d->usable > 0) d->usable--;
    }
}

int mo_dict_del(MoObject *d, MoObject *key) {
    int64_t h;
    if (key_hash(key, &h) < 0) return -1;
    int64_t ix = dict_lookup(D(d), key, h, NULL);
    if (ix == -2) return -1;
    if (ix < 0) { raise_key_error(key); return -1; }
    MoObject *k, *v;
    dict_del_entry(D(d), ix, &k, &v);
    mo_decref(k);
    mo_decref(v);
    return 0;
}

MoObject *mo_dict_pop(MoObject *d, MoObject *key, MoObject *dflt) {
    int64_t h;
    if (key_hash(key, &h) < 0) return NULL;
    int64_t ix = dict_lookup(D(d), key, h, NULL);
    if (ix == -2) return NULL;
    if (ix < 0) {
        if (dflt) return mo_newref(dflt);
        raise_key_error(key);
        return NULL;
    }
    MoObject *k, *v;
    dict_del_entry(D(d), ix, &k, &v);
    mo_decref(k);
    return v;
}

size_t mo_dict_len(MoObject *d) { return D(d)->used; }

bool mo_dict_next(MoObject *d, size_t *pos, MoObject **key, MoObject **value) {
    MoDict *dd = D(d);
    while (*pos < dd->nentries) {
        DictEntry *e = &dd->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

void mo_dict_clear(MoObject *o) {
    MoDict *d = D(o);
    DictEntry *ent = d->entries;
    size_t n = d->nentries;
    mo_free(d->indices);
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->usable = d->mask = 0;
    d->version++;
    for (size_t i = 0; i < n; i++) {
        if (ent[i].key) {
            mo_decref(ent[i].key);
            mo_decref(ent[i].value);
        }
    }
    mo_free(ent);
}

MoObject *mo_dict_copy(MoObject *o) {
    MoObject *r = mo_dict_new();
    if (!r) return NULL;
    MoDict *d = D(o), *n = D(r);
    if (d->used) {
        if (dict_resize(n, d->used) < 0) { mo_decref(r); return NULL; }
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (!e->key) continue;
            n->entries[n->nentries] = (DictEntry){e->hash, mo_newref(e->key), mo_newref(e->value)};
            n->indices[find_empty_slot(n, e->hash)] = (int32_t)n->nentries;
            n->nentries++;
            n->used++;
        }
    }
    return r;
}

MoObject *mo_dict_keys_list(MoObject *o) {
    MoDict *d = D(o);
    MoObject *l = mo_list_new(d->used);
    if (!l) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < d->nentries && k < d->used; i++)
        if (d->entries[i].key) MO_LIST_SET(l, k++, mo_newref(d->entries[i].key));
    return l;
}

static MoObject *dict_values_list(MoObject *o) {
    MoDict *d = D(o);
    MoObject *l = mo_list_new(d->used);
    if (!l) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < d->nentries && k < d->used; i++)
        if (d->entries[i].key) MO_LIST_SET(l, k++, mo_newref(d->entries[i].value));
    return l;
}

static MoObject *dict_items_list(MoObject *o) {
    MoDict *d = D(o);
    MoObject *l = mo_list_new(0);
    if (!l) return NULL;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        MoObject *t = mo_tuple_pack(2, d->entries[i].key, d->entries[i].value);
        if (!t || mo_list_append(l, t) < 0) { mo_xdecref(t); mo_decref(l); return NULL; }
        mo_decref(t);
    }
    return l;
}

int mo_dict_merge(MoObject *d, MoObject *other, int override) {
    if (MO_DICT_CHECK(other) && MO_TYPE(other)->iter == mo_dict_type.iter) {
        MoDict *o = D(other);
        if (o == D(d)) return 0;
        for (size_t i = 0; i < o->nentries; i++) {
            DictEntry *e = &o->entries[i];
            if (!e->key) continue;
            MoObject *k = mo_newref(e->key), *v = mo_newref(e->value);
            int64_t h = e->hash;
            int r = 0;
            if (override != 1) {
                int64_t ix = dict_lookup(D(d), k, h, NULL);
                if (ix == -2) r = -1;
                else if (ix >= 0) {
                    if (override == 2) { raise_key_error(k); r = -1; }
                    mo_decref(k);
                    mo_decref(v);
                    if (r < 0) return -1;
                    goto next;
                }
            }
            if (r == 0) r = dict_insert(D(d), k, h, v);
            mo_decref(k);
            mo_decref(v);
            if (r < 0) return -1;
        next:
            if (o->nentries < i + 1) break; /* other shrank under us */
        }
        return 0;
    }
    MoObject *keys = mo_call_method(other, "keys", NULL, 0);
    if (!keys) return -1;
    MoObject *it = mo_iter(keys);
    mo_decref(keys);
    if (!it) return -1;
    for (;;) {
        MoObject *k = mo_next(it);
        if (!k) break;
        if (override != 1) {
            int c = mo_dict_contains(d, k);
            if (c < 0) { mo_decref(k); mo_decref(it); return -1; }
            if (c) {
                if (override == 2) { raise_key_error(k); mo_decref(k); mo_decref(it); return -1; }
                mo_decref(k);
                continue;
            }
        }
        MoObject *v = mo_getitem(other, k);
        if (!v) { mo_decref(k); mo_decref(it); return -1; }
        int r = mo_dict_set(d, k, v);
        mo_decref(k);
        mo_decref(v);
        if (r < 0) { mo_decref(it); return -1; }
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

static int merge_pairs(MoObject *d, MoObject *seq) {
    MoObject *it = mo_iter(seq);
    if (!it) return -1;
    size_t i = 0;
    for (;; i++) {
        MoObject *item = mo_next(it);
        if (!item) break;
        MoObject *fast = NULL;
        if (MO_CHECK_EXACT(item, mo_tuple_type) || MO_CHECK_EXACT(item, mo_list_type)) fast = mo_newref(item);
        else if (MO_TYPE(item)->iter || MO_TYPE(item)->getitem) fast = mo_sequence_list(item);
        else {
            mo_err_format(&mo_TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", i);
        }
        mo_decref(item);
        if (!fast) { mo_decref(it); return -1; }
        size_t n = MO_CHECK_EXACT(fast, mo_tuple_type) ? MO_TUPLE_LEN(fast) : MO_LIST_LEN(fast);
        if (n != 2) {
            mo_err_format(&mo_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", i, n);
            mo_decref(fast);
            mo_decref(it);
            return -1;
        }
        MoObject *k, *v;
        if (MO_CHECK_EXACT(fast, mo_tuple_type)) { k = MO_TUPLE_ITEM(fast, 0); v = MO_TUPLE_ITEM(fast, 1); }
        else { k = MO_LIST_ITEM(fast, 0); v = MO_LIST_ITEM(fast, 1); }
        mo_incref(k);
        mo_incref(v);
        int r = mo_dict_set(d, k, v);
        mo_decref(k);
        mo_decref(v);
        mo_decref(fast);
        if (r < 0) { mo_decref(it); return -1; }
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

int mo_dict_update(MoObject *d, MoObject *other) {
    if (MO_DICT_CHECK(other)) return mo_dict_merge(d, other, 1);
    if (mo_type_lookup(MO_TYPE(other), mo_str_intern("keys"))) return mo_dict_merge(d, other, 1);
    return merge_pairs(d, other);
}

/* ---- slots ---- */

static void dict_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_dict_clear(o);
    mo_object_free(o);
}

static int dict_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoDict *d = D(o);
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        int r = visit(e->key, arg);
        if (r) return r;
        r = visit(e->value, arg);
        if (r) return r;
    }
    return 0;
}

static MoObject *dict_repr(MoObject *o) {
    MoDict *d = D(o);
    if (d->used == 0) return mo_str_from_cstr("{}");
    int e = mo_repr_enter(o);
    if (e < 0) return NULL;
    if (e > 0) return mo_str_from_cstr("{...}");
    /* No recursion count of our own: each key's and value's mo_repr counts one level. */
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append(&b, "{", 1);
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        MoObject *k = mo_newref(d->entries[i].key), *v = mo_newref(d->entries[i].value);
        if (!first) mo_strbuf_append(&b, ", ", 2);
        first = false;
        MoObject *rk = mo_repr(k);
        MoObject *rv = rk ? mo_repr(v) : NULL;
        mo_decref(k);
        mo_decref(v);
        if (!rv) {
            mo_xdecref(rk);
            mo_strbuf_free(&b);
            mo_repr_leave(o);
            return NULL;
        }
        mo_strbuf_append_obj(&b, rk);
        mo_strbuf_append(&b, ": ", 2);
        mo_strbuf_append_obj(&b, rv);
        mo_decref(rk);
        mo_decref(rv);
    }
    mo_strbuf_append(&b, "}", 1);
    mo_repr_leave(o);
    return mo_strbuf_finish(&b);
}

static int dict_equal(MoDict *a, MoDict *b) {
    if (a->used != b->used) return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry *e = &a->entries[i];
        if (!e->key) continue;
        MoObject *k = mo_newref(e->key), *av = mo_newref(e->value);
        int64_t ix = dict_lookup(b, k, e->hash, NULL);
        if (ix == -2) { mo_decref(k); mo_decref(av); return -1; }
        if (ix < 0) { mo_decref(k); mo_decref(av); return 0; }
        MoObject *bv = mo_newref(b->entries[ix].value);
        int r = mo_richcompare_bool(av, bv, MO_EQ);
        mo_decref(k);
        mo_decref(av);
        mo_decref(bv);
        if (r <= 0) return r;
        if (i >= a->nentries) break;
    }
    return 1;
}

static MoObject *dict_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!MO_DICT_CHECK(a) || !MO_DICT_CHECK(b) || (op != MO_EQ && op != MO_NE)) return mo_newref(mo_NotImplemented);
    if (!mo_enter_recursion(" in comparison")) return NULL;
    int r = dict_equal(D(a), D(b));
    mo_leave_recursion();
    if (r < 0) return NULL;
    return mo_bool(op == MO_EQ ? r : !r);
}

static int dict_length(MoObject *o, size_t *out) { *out = D(o)->used; return 0; }

static MoObject *dict_getitem(MoObject *o, MoObject *key) {
    int64_t h;
    if (key_hash(key, &h) < 0) return NULL;
    int64_t ix = dict_lookup(D(o), key, h, NULL);
    if (ix == -2) return NULL;
    if (ix >= 0) return mo_newref(D(o)->entries[ix].value);
    if (!MO_CHECK_EXACT(o, mo_dict_type)) {
        MoObject *missing = mo_type_lookup(MO_TYPE(o), mo_str_intern("__missing__"));
        if (missing) {
            MoObject *args[1] = {key};
            return mo_call_method(o, "__missing__", args, 1);
        }
    }
    raise_key_error(key);
    return NULL;
}

static int dict_setitem(MoObject *o, MoObject *key, MoObject *value) {
    if (!value) return mo_dict_del(o, key);
    return mo_dict_set(o, key, value);
}

static int dict_contains(MoObject *o, MoObject *key) { return mo_dict_contains(o, key); }

static MoObject *dict_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op != MO_OR) return mo_newref(mo_NotImplemented);
    if (inplace && MO_DICT_CHECK(a)) {
        if (mo_dict_update(a, b) < 0) return NULL;
        return mo_newref(a);
    }
    if (!MO_DICT_CHECK(a) || !MO_DICT_CHECK(b)) return mo_newref(mo_NotImplemented);
    MoObject *r = mo_dict_copy(a);
    if (!r) return NULL;
    if (mo_dict_merge(r, b, 1) < 0) { mo_decref(r); return NULL; }
    return r;
}

/* ---- iterators ---- */

typedef struct {
    MO_HEAD;
    MoObject *dict;
    size_t pos;
    size_t used_at_start;
    size_t remaining;
    int kind; /* 0 keys, 1 values, 2 items */
} DictIter;

static MoObject *dictiter_new(MoObject *d, int kind, bool reverse) {
    MoType *t = reverse ? &mo_dict_revkeyiter_type
                : kind == 0 ? &mo_dict_keyiter_type
                : kind == 1 ? &mo_dict_valueiter_type
                            : &mo_dict_itemiter_type;
    DictIter *it = (DictIter *)mo_gc_new(t, sizeof(DictIter));
    if (!it) return NULL;
    it->dict = mo_newref(d);
    it->pos = reverse ? D(d)->nentries : 0;
    it->used_at_start = D(d)->used;
    it->remaining = D(d)->used;
    it->kind = kind;
    mo_gc_track(MO(it));
    return MO(it);
}

MoObject *ty_dict_revkeys_new(MoObject *d) { return dictiter_new(d, 0, true); }

static MoObject *dictiter_next(MoObject *o) {
    DictIter *it = (DictIter *)o;
    if (!it->dict) return NULL;
    MoDict *d = D(it->dict);
    if (d->used != it->used_at_start) {
        mo_err_set(&mo_RuntimeError, "dictionary changed size during iteration");
        it->used_at_start = (size_t)-1;
        return NULL;
    }
    bool rev = MO_TYPE(o) == &mo_dict_revkeyiter_type;
    DictEntry *e = NULL;
    if (rev) {
        while (it->pos > 0) {
            if (it->pos - 1 < d->nentries && d->entries[it->pos - 1].key) { e = &d->entries[--it->pos]; break; }
            it->pos--;
        }
    } else {
        while (it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (c->key) { e = c; break; }
        }
    }
    if (!e || it->remaining == 0) {
        if (e && it->remaining == 0) {
            mo_err_set(&mo_RuntimeError, "dictionary keys changed during iteration");
            return NULL;
        }
        MO_CLEAR(it->dict);
        return NULL;
    }
    it->remaining--;
    if (it->kind == 0) return mo_newref(e->key);
    if (it->kind == 1) return mo_newref(e->value);
    return mo_tuple_pack(2, e->key, e->value);
}

static void dictiter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((DictIter *)o)->dict);
    mo_object_free(o);
}
static int dictiter_traverse(MoObject *o, MoVisit visit, void *arg) {
    DictIter *it = (DictIter *)o;
    return it->dict ? visit(it->dict, arg) : 0;
}
static void dictiter_clear(MoObject *o) { MO_CLEAR(((DictIter *)o)->dict); }
static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

static MoObject *dictiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    DictIter *it = (DictIter *)self;
    size_t n = it->dict && D(it->dict)->used == it->used_at_start ? it->remaining : 0;
    return mo_int_from_u64(n);
}

static const MoMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

#define DICTITER_TYPE(cname, pyname)                 \
    MoType cname = {                                 \
        .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},   \
        .name = pyname,                              \
        .size = sizeof(DictIter),                    \
        .flags = MO_TPFLAG_GC,                       \
        .base = &mo_object_type,                     \
        .dealloc = dictiter_dealloc,                 \
        .traverse = dictiter_traverse,               \
        .clear = dictiter_clear,                     \
        .iter = self_iter,                           \
        .iternext = dictiter_next,                   \
        .methods = dictiter_methods,                 \
    };
DICTITER_TYPE(mo_dict_keyiter_type, "dict_keyiterator")
DICTITER_TYPE(mo_dict_valueiter_type, "dict_valueiterator")
DICTITER_TYPE(mo_dict_itemiter_type, "dict_itemiterator")
DICTITER_TYPE(mo_dict_revkeyiter_type, "dict_reversekeyiterator")

static MoObject *dict_iter(MoObject *o) { return dictiter_new(o, 0, false); }

/* ---- views ---- */

typedef struct { MO_HEAD; MoObject *dict; } DictView;

static MoObject *view_new(MoObject *d, MoType *t) {
    DictView *v = (DictView *)mo_gc_new(t, sizeof(DictView));
    if (!v) return NULL;
    v->dict = mo_newref(d);
    mo_gc_track(MO(v));
    return MO(v);
}

static void view_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((DictView *)o)->dict);
    mo_object_free(o);
}
static int view_traverse(MoObject *o, MoVisit visit, void *arg) {
    DictView *v = (DictView *)o;
    return v->dict ? visit(v->dict, arg) : 0;
}
static void view_clear(MoObject *o) { MO_CLEAR(((DictView *)o)->dict); }
static int view_length(MoObject *o, size_t *out) { *out = D(((DictView *)o)->dict)->used; return 0; }

static MoObject *view_iter(MoObject *o) {
    MoObject *d = ((DictView *)o)->dict;
    int kind = MO_TYPE(o) == &mo_dict_keys_type ? 0 : MO_TYPE(o) == &mo_dict_values_type ? 1 : 2;
    return dictiter_new(d, kind, false);
}

static MoObject *view_repr(MoObject *o) {
    int e = mo_repr_enter(o);
    if (e < 0) return NULL;
    if (e > 0) return mo_str_from_cstr("...");
    MoObject *d = ((DictView *)o)->dict;
    MoObject *l = MO_TYPE(o) == &mo_dict_keys_type ? mo_dict_keys_list(d)
                  : MO_TYPE(o) == &mo_dict_values_type ? dict_values_list(d)
                                                       : dict_items_list(d);
    MoObject *r = NULL;
    if (l) {
        r = mo_format("%s(%R)", MO_TYPE(o)->name, l);
        mo_decref(l);
    }
    mo_repr_leave(o);
    return r;
}

static int keys_contains(MoObject *o, MoObject *key) { return mo_dict_contains(((DictView *)o)->dict, key); }

static int items_contains(MoObject *o, MoObject *item) {
    if (!mo_isinstance_type(item, &mo_tuple_type) || MO_TUPLE_LEN(item) != 2) return 0;
    MoObject *d = ((DictView *)o)->dict;
    MoObject *v = mo_dict_get(d, MO_TUPLE_ITEM(item, 0));
    if (!v) return mo_err_occurred() ? -1 : 0;
    mo_incref(v);
    int r = mo_richcompare_bool(v, MO_TUPLE_ITEM(item, 1), MO_EQ);
    mo_decref(v);
    return r;
}

static bool is_setlike(MoObject *o) {
    return MO_SET_CHECK(o) || MO_TYPE(o) == &mo_dict_keys_type || MO_TYPE(o) == &mo_dict_items_type;
}

/* Set comparison of a view (size + containment), as collections.abc.Set does. */
static MoObject *view_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (MO_TYPE(a) == &mo_dict_values_type || !is_setlike(b) || !is_setlike(a)) return mo_newref(mo_NotImplemented);
    size_t la, lb;
    if (mo_length(a, &la) < 0 || mo_length(b, &lb) < 0) return NULL;
    MoObject *small = a, *big = b;
    bool need_all;
    switch (op) {
    case MO_EQ: case MO_NE: if (la != lb) return mo_bool(op == MO_NE); need_all = true; break;
    case MO_LT: if (la >= lb) return mo_bool(false); need_all = true; break;
    case MO_LE: if (la > lb) return mo_bool(false); need_all = true; break;
    case MO_GT: if (la <= lb) return mo_bool(false); small = b; big = a; need_all = true; break;
    default: if (la < lb) return mo_bool(false); small = b; big = a; need_all = true; break;
    }
    (void)need_all;
    MoObject *it = mo_iter(small);
    if (!it) return NULL;
    bool all = true;
    for (;;) {
        MoObject *x = mo_next(it);
        if (!x) break;
        int c = mo_contains(big, x);
        mo_decref(x);
        if (c < 0) { mo_decref(it); return NULL; }
        if (!c) { all = false; break; }
    }
    mo_decref(it);
    if (mo_err_occurred()) return NULL;
    return mo_bool(op == MO_NE ? !all : all);
}

/* keys/items views support & | - ^ producing sets. */
static MoObject *view_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op != MO_AND && op != MO_OR && op != MO_SUB && op != MO_XOR) return mo_newref(mo_NotImplemented);
    if (!MO_TYPE(b)->iter && !MO_TYPE(b)->getitem) return mo_newref(mo_NotImplemented);
    if (!MO_TYPE(a)->iter && !MO_TYPE(a)->getitem) return mo_newref(mo_NotImplemented);
    MoObject *sa = mo_set_new(a, false);
    if (!sa) return NULL;
    MoObject *sb = MO_SET_CHECK(b) ? mo_newref(b) : mo_set_new(b, false);
    if (!sb) { mo_decref(sa); return NULL; }
    MoObject *r = mo_inplace_binop(sa, sb, op);
    mo_decref(sa);
    mo_decref(sb);
    return r;
}

static MoObject *view_isdisjoint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("isdisjoint", nargs, kw) < 0) return NULL;
    MoObject *it = mo_iter(args[0]);
    if (!it) return NULL;
    for (;;) {
        MoObject *x = mo_next(it);
        if (!x) break;
        int c = mo_contains(self, x);
        mo_decref(x);
        if (c != 0) { mo_decref(it); return c < 0 ? NULL : mo_bool(false); }
    }
    mo_decref(it);
    if (mo_err_occurred()) return NULL;
    return mo_bool(true);
}

static MoObject *view_reversed(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *d = ((DictView *)self)->dict;
    if (MO_TYPE(self) == &mo_dict_keys_type) return dictiter_new(d, 0, true);
    /* values/items: materialize then reverse (rare). */
    MoObject *l = MO_TYPE(self) == &mo_dict_values_type ? dict_values_list(d) : dict_items_list(d);
    if (!l) return NULL;
    MoObject *r = ty_list_reviter_new(l);
    mo_decref(l);
    return r;
}

static MoObject *view_mapping(MoObject *self) { return mo_newref(((DictView *)self)->dict); }

static const MoGetSetDef view_getsets[] = {{"mapping", view_mapping, NULL, "dictionary that this view refers to"},
                                           {NULL, NULL, NULL, NULL}};

static const MoMethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, MO_METH_INSTANCE, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, MO_METH_INSTANCE, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL}};
static const MoMethodDef values_methods[] = {
    {"__reversed__", view_reversed, MO_METH_INSTANCE, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL}};

MoType mo_dict_keys_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type}, .name = "dict_keys", .size = sizeof(DictView), .flags = MO_TPFLAG_GC,
    .base = &mo_object_type, .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear,
    .repr = view_repr, .richcompare = view_richcompare, .iter = view_iter, .length = view_length,
    .contains = keys_contains, .binop = view_binop, .methods = keys_methods, .getsets = view_getsets,
};
MoType mo_dict_items_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type}, .name = "dict_items", .size = sizeof(DictView), .flags = MO_TPFLAG_GC,
    .base = &mo_object_type, .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear,
    .repr = view_repr, .richcompare = view_richcompare, .iter = view_iter, .length = view_length,
    .contains = items_contains, .binop = view_binop, .methods = keys_methods, .getsets = view_getsets,
};
MoType mo_dict_values_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type}, .name = "dict_values", .size = sizeof(DictView), .flags = MO_TPFLAG_GC,
    .base = &mo_object_type, .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear,
    .repr = view_repr, .iter = view_iter, .length = view_length, .methods = values_methods, .getsets = view_getsets,
};

/* ---- methods ---- */

static MoObject *dict_keys(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.keys", nargs, kw) < 0) return NULL;
    return view_new(self, &mo_dict_keys_type);
}
static MoObject *dict_values(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.values", nargs, kw) < 0) return NULL;
    return view_new(self, &mo_dict_values_type);
}
static MoObject *dict_items(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.items", nargs, kw) < 0) return NULL;
    return view_new(self, &mo_dict_items_type);
}

static MoObject *dict_get_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("get", "dict.get", nargs, kw, 1, 2) < 0) return NULL;
    MoObject *v = mo_dict_get(self, args[0]);
    if (v) return mo_newref(v);
    if (mo_err_occurred()) return NULL;
    return mo_newref(nargs > 1 ? args[1] : mo_None);
}

static MoObject *dict_setdefault(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("setdefault", "dict.setdefault", nargs, kw, 1, 2) < 0) return NULL;
    MoObject *dflt = nargs > 1 ? args[1] : mo_None;
    int64_t h;
    if (key_hash(args[0], &h) < 0) return NULL;
    int64_t ix = dict_lookup(D(self), args[0], h, NULL);
    if (ix == -2) return NULL;
    if (ix >= 0) return mo_newref(D(self)->entries[ix].value);
    if (dict_insert(D(self), args[0], h, dflt) < 0) return NULL;
    return mo_newref(dflt);
}

static MoObject *dict_pop_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("pop", "dict.pop", nargs, kw, 1, 2) < 0) return NULL;
    return mo_dict_pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static MoObject *dict_popitem(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.popitem", nargs, kw) < 0) return NULL;
    MoDict *d = D(self);
    if (d->used == 0) { mo_err_set(&mo_KeyError, "popitem(): dictionary is empty"); return NULL; }
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key) i--;
    MoObject *k, *v;
    dict_del_entry(d, (int64_t)(i - 1), &k, &v);
    MoObject *t = mo_tuple_pack(2, k, v);
    mo_decref(k);
    mo_decref(v);
    return t;
}

static int update_common(const char *name, MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    if (nargs && mo_dict_update(self, args[0]) < 0) return -1;
    size_t nkw = kw ? MO_TUPLE_LEN(kw) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (mo_dict_set(self, MO_TUPLE_ITEM(kw, i), args[nargs + i]) < 0) return -1;
    return 0;
}

static MoObject *dict_update_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (update_common("update", self, args, nargs, kw) < 0) return NULL;
    return mo_none();
}

static MoObject *dict_copy_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.copy", nargs, kw) < 0) return NULL;
    return mo_dict_copy(self);
}

static MoObject *dict_clear_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.clear", nargs, kw) < 0) return NULL;
    mo_dict_clear(self);
    return mo_none();
}

static MoObject *dict_fromkeys(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("fromkeys", "dict.fromkeys", nargs, kw, 1, 2) < 0) return NULL;
    MoObject *value = nargs > 1 ? args[1] : mo_None;
    MoObject *d = (MoType *)cls == &mo_dict_type ? mo_dict_new() : mo_call0(cls);
    if (!d) return NULL;
    MoObject *it = mo_iter(args[0]);
    if (!it) { mo_decref(d); return NULL; }
    for (;;) {
        MoObject *k = mo_next(it);
        if (!k) break;
        int r = MO_DICT_CHECK(d) ? mo_dict_set(d, k, value) : mo_setitem(d, k, value);
        mo_decref(k);
        if (r < 0) { mo_decref(it); mo_decref(d); return NULL; }
    }
    mo_decref(it);
    if (mo_err_occurred()) { mo_decref(d); return NULL; }
    return d;
}

static MoObject *dict_contains_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("dict.__contains__", nargs, kw) < 0) return NULL;
    int r = mo_dict_contains(self, args[0]);
    return r < 0 ? NULL : mo_bool(r);
}

static MoObject *dict_getitem_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("dict.__getitem__", nargs, kw) < 0) return NULL;
    return dict_getitem(self, args[0]);
}

static MoObject *dict_reversed_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("dict.__reversed__", nargs, kw) < 0) return NULL;
    return dictiter_new(self, 0, true);
}

static const MoMethodDef dict_methods[] = {
    {"keys", dict_keys, MO_METH_INSTANCE, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", dict_values, MO_METH_INSTANCE, "D.values() -> an object providing a view on D's values"},
    {"items", dict_items, MO_METH_INSTANCE, "D.items() -> a set-like object providing a view on D's items"},
    {"get", dict_get_m, MO_METH_INSTANCE, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, MO_METH_INSTANCE, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", dict_pop_m, MO_METH_INSTANCE, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_popitem, MO_METH_INSTANCE, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", dict_update_m, MO_METH_INSTANCE, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", dict_copy_m, MO_METH_INSTANCE, "D.copy() -> a shallow copy of D"},
    {"clear", dict_clear_m, MO_METH_INSTANCE, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", dict_fromkeys, MO_METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__contains__", dict_contains_m, MO_METH_INSTANCE, "True if the dictionary has the specified key, else False."},
    {"__getitem__", dict_getitem_m, MO_METH_INSTANCE, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", dict_reversed_m, MO_METH_INSTANCE, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL}};

static MoObject *dict_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *d;
    if (type == &mo_dict_type) d = mo_dict_new();
    else {
        d = mo_gc_new(type, type->size > sizeof(MoDict) ? type->size : sizeof(MoDict));
        if (d) mo_gc_track(d);
    }
    if (!d) return NULL;
    if (update_common("dict", d, args, nargs, kwnames) < 0) { mo_decref(d); return NULL; }
    return d;
}

MoType mo_dict_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "dict",
    .size = sizeof(MoDict),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE | MO_TPFLAG_DICT_SUBCLASS,
    .base = &mo_object_type,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = mo_dict_clear,
    .vnew = dict_vnew,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .length = dict_length,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .binop = dict_binop,
    .methods = dict_methods,
};

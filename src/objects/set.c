/*
 * set.c: set and frozenset, their iterator, and the set algebra.
 *
 * The table is CPython 3.11's, on purpose: open addressing with runs of up to LINEAR_PROBES
 * linear probes between perturbation jumps, tombstones (key == DUMMY, hash -1) for deleted
 * entries, growth when fill*5 >= mask*3 to used*4 (used*2 past 50000), an 8-entry table embedded
 * in the object, and the same fast paths in update/merge. Because int hashes are the ints
 * themselves, reproducing the algorithm exactly makes the iteration order (and so repr and
 * list(s)) of sets of small ints identical to CPython's, which programs and tests observe.
 *
 * Re-entrancy. Comparing keys may run Python __eq__, which may mutate the set. A lookup holds a
 * reference to the key it compares and afterwards checks that the table and the entry are
 * unchanged; if not it restarts, as CPython does. Iterators remember `used` and raise
 * "Set changed size during iteration" when it moves.
 *
 * frozenset hash is CPython's (shuffled xor of the entry hashes), cached in `hash`. A frozenset
 * may be filled with mo_set_add only while it is being built (before anyone hashed it).
 */
#include "typesutil.h"

#include <string.h>

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct { MoObject *key; int64_t hash; } SetEntry;

typedef struct MoSet {
    MO_HEAD;
    size_t fill;   /* active + dummy entries */
    size_t used;   /* active entries */
    size_t mask;   /* table size - 1 */
    SetEntry *table;
    int64_t hash;  /* frozenset only: cached hash, -1 if not computed */
    size_t finger; /* where pop() resumes its search */
    SetEntry smalltable[MINSIZE];
} MoSet;

#define S(o) ((MoSet *)(o))

/* The tombstone marker: never a valid object, never dereferenced. */
static MoObject dummy_struct = {MO_IMMORTAL_REFCNT, NULL};
#define DUMMY (&dummy_struct)

#define IS_SET(o) mo_isinstance_type(MO(o), &mo_set_type)
#define IS_FROZEN(o) mo_isinstance_type(MO(o), &mo_frozenset_type)
#define IS_ANYSET(o) (IS_SET(o) || IS_FROZEN(o))

static MoObject *set_copy_of(MoObject *so);

static int key_hash(MoObject *key, int64_t *h) {
    if (MO_CHECK_EXACT(key, mo_str_type) && MO_STR(key)->hash != -1) { *h = MO_STR(key)->hash; return 0; }
    return mo_hash(key, h);
}

static bool fast_str_eq(MoObject *a, MoObject *b) {
    return MO_CHECK_EXACT(a, mo_str_type) && MO_CHECK_EXACT(b, mo_str_type) && mo_str_eq(a, b);
}

/* ---- the table ---- */

static void set_init_empty(MoSet *so) {
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = MINSIZE - 1;
    so->fill = so->used = 0;
    so->finger = 0;
    so->hash = -1;
}

/* Returns the entry holding key, or the empty entry ending its probe sequence, or NULL on error. */
static SetEntry *set_lookkey(MoSet *so, MoObject *key, int64_t hash) {
restart:;
    uint64_t perturb = (uint64_t)hash; /* 64-bit even on wasm32, so probe order matches CPython */
    size_t mask = so->mask, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) return entry;
            if (entry->hash == hash && entry->key != DUMMY) {
                MoObject *startkey = entry->key;
                if (startkey == key || fast_str_eq(startkey, key)) return entry;
                SetEntry *table = so->table;
                mo_incref(startkey);
                int cmp = mo_richcompare_bool(startkey, key, MO_EQ);
                mo_decref(startkey);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

static void set_insert_clean(SetEntry *table, size_t mask, MoObject *key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

static int set_table_resize(MoSet *so, size_t minused) {
    size_t newsize = MINSIZE;
    while (newsize <= minused) {
        if (newsize > TY_MAX_ALLOC) { mo_err_nomemory(); return -1; }
        newsize <<= 1;
    }
    SetEntry *oldtable = so->table, small_copy[MINSIZE];
    size_t oldmask = so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry *newtable;
    if (newsize == MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0; /* nothing to do: no dummies */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        if (!mo_mem_check(newsize * sizeof(SetEntry))) return -1;
        newtable = mo_alloc(newsize * sizeof(SetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key != NULL && e->key != DUMMY) set_insert_clean(newtable, so->mask, e->key, e->hash);
    if (old_malloced) mo_free(oldtable);
    return 0;
}

/* Adds key (borrowed) with its hash: 0 or -1. */
static int set_add_entry(MoSet *so, MoObject *key, int64_t hash) {
    mo_incref(key);
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash && entry->key != DUMMY) {
                MoObject *startkey = entry->key;
                if (startkey == key || fast_str_eq(startkey, key)) goto found_active;
                SetEntry *table = so->table;
                mo_incref(startkey);
                int cmp = mo_richcompare_bool(startkey, key, MO_EQ);
                mo_decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) { mo_decref(key); return -1; }
                if (table != so->table || entry->key != startkey) goto restart;
                mask = so->mask;
            } else if (entry->hash == -1 && entry->key == DUMMY) {
                freeslot = entry; /* CPython 3.11 reuses the last dummy on the probe path */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    mo_decref(key);
    return 0;
}

/* 1 found and removed, 0 not found, -1 error. */
static int set_discard_entry(MoSet *so, MoObject *key, int64_t hash) {
    SetEntry *entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    if (entry->key == NULL) return 0;
    MoObject *old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    mo_decref(old);
    return 1;
}

static int set_contains_entry(MoSet *so, MoObject *key, int64_t hash) {
    SetEntry *entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    return entry->key != NULL;
}

/* Drops every entry; the references are released after the set is consistent again. */
static void set_clear_internal(MoSet *so) {
    SetEntry *table = so->table, small_copy[MINSIZE];
    size_t mask = so->mask, fill = so->fill;
    bool malloced = table != so->smalltable;
    if (!malloced) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    int64_t h = so->hash;
    set_init_empty(so);
    so->hash = h;
    if (fill == 0) { if (malloced) mo_free(table); return; }
    for (SetEntry *e = table; e <= table + mask; e++)
        if (e->key && e->key != DUMMY) mo_decref(e->key);
    if (malloced) mo_free(table);
}

static bool set_next_entry(MoSet *so, size_t *pos, SetEntry **out) {
    size_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) i++;
    *pos = i + 1;
    if (i > so->mask) return false;
    *out = &so->table[i];
    return true;
}

static int set_merge(MoSet *so, MoSet *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    SetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            MoObject *key = other_entry->key;
            if (key) {
                so_entry->key = mo_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++, other_entry++) {
            MoObject *key = other_entry->key;
            if (key && key != DUMMY) set_insert_clean(so->table, so->mask, mo_newref(key), other_entry->hash);
        }
        return 0;
    }
    /* Normal insertions; `other` may shrink under us if an __eq__ mutates it, so re-check bounds. */
    for (size_t i = 0; i <= other->mask; i++) {
        MoObject *key = other->table[i].key;
        if (key && key != DUMMY) {
            mo_incref(key);
            int r = set_add_entry(so, key, other->table[i].hash);
            mo_decref(key);
            if (r < 0) return -1;
        }
    }
    return 0;
}

/* so.update(other) for one iterable: 0 or -1. */
static int set_update_internal(MoSet *so, MoObject *other) {
    if (IS_ANYSET(other)) return set_merge(so, S(other));
    if (MO_CHECK_EXACT(other, mo_dict_type)) {
        size_t dictsize = mo_dict_len(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + dictsize) * 2) < 0) return -1;
        size_t pos = 0;
        MoObject *k, *v;
        while (mo_dict_next(other, &pos, &k, &v)) {
            int64_t h;
            mo_incref(k);
            int r = key_hash(k, &h) < 0 ? -1 : set_add_entry(so, k, h);
            mo_decref(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    MoObject *it = mo_iter(other);
    if (!it) return -1;
    MoObject *key;
    while ((key = mo_next(it))) {
        int64_t h;
        int r = key_hash(key, &h) < 0 ? -1 : set_add_entry(so, key, h);
        mo_decref(key);
        if (r < 0) { mo_decref(it); return -1; }
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

static MoObject *set_alloc(MoType *type) {
    size_t size = type->size > sizeof(MoSet) ? type->size : sizeof(MoSet);
    MoSet *so = (MoSet *)mo_gc_new(type, size);
    if (!so) return NULL;
    set_init_empty(so);
    mo_gc_track(MO(so));
    return MO(so);
}

static MoObject *make_new_set(MoType *type, MoObject *iterable) {
    MoObject *so = set_alloc(type);
    if (!so) return NULL;
    if (iterable && set_update_internal(S(so), iterable) < 0) { mo_decref(so); return NULL; }
    return so;
}

/* A new set of so's base type (set for set subclasses, frozenset otherwise), as CPython. */
static MoObject *make_new_set_basetype(MoType *type, MoObject *iterable) {
    if (type != &mo_set_type && type != &mo_frozenset_type)
        type = mo_type_is_subtype(type, &mo_set_type) ? &mo_set_type : &mo_frozenset_type;
    return make_new_set(type, iterable);
}

static MoObject *set_copy_of(MoObject *so) { return make_new_set_basetype(MO_TYPE(so), so); }

static void set_swap_bodies(MoSet *a, MoSet *b) {
    size_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    SetEntry *at = a->table, *bt = b->table, tmp[MINSIZE];
    memcpy(tmp, a->smalltable, sizeof tmp);
    memcpy(a->smalltable, b->smalltable, sizeof tmp);
    memcpy(b->smalltable, tmp, sizeof tmp);
    a->table = b_small ? a->smalltable : bt;
    b->table = a_small ? b->smalltable : at;
    if (MO_CHECK_EXACT(a, mo_frozenset_type) && MO_CHECK_EXACT(b, mo_frozenset_type)) {
        int64_t h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

/* ---- public helpers ---- */

MoObject *mo_set_new(MoObject *iterable, bool frozen) {
    return make_new_set(frozen ? &mo_frozenset_type : &mo_set_type, iterable);
}

int mo_set_add(MoObject *set, MoObject *key) {
    int64_t h;
    if (key_hash(key, &h) < 0) return -1;
    return set_add_entry(S(set), key, h);
}

/* Hashes key for a lookup; a set key is looked up as the equal frozenset (CPython does the same
 * so that `{1} in {frozenset({1})}` works). *tmp receives a reference to release, or NULL. */
static int lookup_hash(MoObject **key, int64_t *h, MoObject **tmp) {
    *tmp = NULL;
    if (key_hash(*key, h) == 0) return 0;
    if (!IS_SET(*key) || !mo_err_matches(&mo_TypeError)) return -1;
    mo_err_clear();
    *tmp = make_new_set(&mo_frozenset_type, *key);
    if (!*tmp) return -1;
    *key = *tmp;
    return key_hash(*key, h);
}

int mo_set_contains(MoObject *set, MoObject *key) {
    int64_t h;
    MoObject *tmp;
    if (lookup_hash(&key, &h, &tmp) < 0) { mo_xdecref(tmp); return -1; }
    int r = set_contains_entry(S(set), key, h);
    mo_xdecref(tmp);
    return r;
}

size_t mo_set_len(MoObject *set) { return S(set)->used; }

bool mo_set_next(MoObject *set, size_t *pos, MoObject **key) {
    SetEntry *e;
    if (!set_next_entry(S(set), pos, &e)) return false;
    *key = e->key;
    return true;
}

int mo_set_update(MoObject *set, MoObject *iterable) { return set_update_internal(S(set), iterable); }

/* ---- slots ---- */

static void set_dealloc(MoObject *o) {
    MoSet *so = S(o);
    mo_gc_untrack(o);
    for (size_t i = 0; i <= so->mask; i++)
        if (so->table[i].key && so->table[i].key != DUMMY) mo_decref(so->table[i].key);
    if (so->table != so->smalltable) mo_free(so->table);
    mo_object_free(o);
}

static int set_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoSet *so = S(o);
    for (size_t i = 0; i <= so->mask; i++) {
        MoObject *k = so->table[i].key;
        if (k && k != DUMMY) {
            int r = visit(k, arg);
            if (r) return r;
        }
    }
    return 0;
}

static void set_clear_slot(MoObject *o) { set_clear_internal(S(o)); }

static MoObject *set_repr(MoObject *o) {
    MoSet *so = S(o);
    bool exact_set = MO_CHECK_EXACT(o, mo_set_type);
    const char *tname = MO_TYPE(o)->name;
    if (so->used == 0) return mo_format("%s()", tname);
    int e = mo_repr_enter(o);
    if (e < 0) return NULL;
    if (e > 0) return mo_format("%s(...)", tname);
    MoObject *keys = mo_sequence_list(o);
    if (!keys) { mo_repr_leave(o); return NULL; }
    MoObject *lr = mo_repr(keys);
    mo_decref(keys);
    mo_repr_leave(o);
    if (!lr) return NULL;
    MoStrBuf b;
    mo_strbuf_init(&b);
    if (!exact_set) { mo_strbuf_append_cstr(&b, tname); mo_strbuf_append(&b, "(", 1); }
    mo_strbuf_append(&b, "{", 1);
    mo_strbuf_append(&b, MO_STR_UTF8(lr) + 1, MO_STR_NBYTES(lr) - 2);
    mo_strbuf_append(&b, "}", 1);
    if (!exact_set) mo_strbuf_append(&b, ")", 1);
    mo_decref(lr);
    return mo_strbuf_finish(&b);
}

static int set_length(MoObject *o, size_t *out) { *out = S(o)->used; return 0; }

static int set_truth(MoObject *o) { return S(o)->used != 0; }

static int set_contains_slot(MoObject *o, MoObject *key) { return mo_set_contains(o, key); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int frozenset_hash(MoObject *o, int64_t *out) {
    MoSet *so = S(o);
    if (so->hash != -1) { *out = so->hash; return 0; }
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++) {
        MoObject *k = so->table[i].key;
        if (k && k != DUMMY) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (int64_t)hash;
    *out = so->hash;
    return 0;
}

/* ---- algebra ---- */

static int set_issubset_internal(MoObject *so, MoObject *other) {
    /* so and other are both sets here. */
    if (S(so)->used > S(other)->used) return 0;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(so), &pos, &e)) {
        MoObject *key = mo_newref(e->key);
        int r = set_contains_entry(S(other), key, e->hash);
        mo_decref(key);
        if (r <= 0) return r;
    }
    return 1;
}

static MoObject *set_intersection(MoObject *so, MoObject *other) {
    if (so == other) return set_copy_of(so);
    MoObject *result = make_new_set_basetype(MO_TYPE(so), NULL);
    if (!result) return NULL;
    if (IS_ANYSET(other)) {
        MoObject *a = so, *b = other;
        if (S(b)->used > S(a)->used) { MoObject *t = a; a = b; b = t; }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(b), &pos, &e)) {
            MoObject *key = mo_newref(e->key);
            int64_t h = e->hash;
            int r = set_contains_entry(S(a), key, h);
            if (r > 0) r = set_add_entry(S(result), key, h);
            mo_decref(key);
            if (r < 0) { mo_decref(result); return NULL; }
        }
        return result;
    }
    MoObject *it = mo_iter(other);
    if (!it) { mo_decref(result); return NULL; }
    MoObject *key;
    while ((key = mo_next(it))) {
        int64_t h;
        int r = key_hash(key, &h);
        if (r == 0) r = set_contains_entry(S(so), key, h);
        if (r > 0) r = set_add_entry(S(result), key, h);
        mo_decref(key);
        if (r < 0) { mo_decref(it); mo_decref(result); return NULL; }
    }
    mo_decref(it);
    if (mo_err_occurred()) { mo_decref(result); return NULL; }
    return result;
}

static int set_difference_update_internal(MoObject *so, MoObject *other) {
    if (so == other) { set_clear_internal(S(so)); return 0; }
    if (IS_ANYSET(other)) {
        if ((S(other)->used >> 3) > S(so)->used) {
            other = set_intersection(so, other);
            if (!other) return -1;
        } else {
            mo_incref(other);
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(other), &pos, &e)) {
            MoObject *key = mo_newref(e->key);
            int r = set_discard_entry(S(so), key, e->hash);
            mo_decref(key);
            if (r < 0) { mo_decref(other); return -1; }
        }
        mo_decref(other);
    } else {
        MoObject *it = mo_iter(other);
        if (!it) return -1;
        MoObject *key;
        while ((key = mo_next(it))) {
            int64_t h;
            MoObject *tmp = NULL, *k = key;
            int r = lookup_hash(&k, &h, &tmp);
            if (r == 0) r = set_discard_entry(S(so), k, h);
            mo_xdecref(tmp);
            mo_decref(key);
            if (r < 0) { mo_decref(it); return -1; }
        }
        mo_decref(it);
        if (mo_err_occurred()) return -1;
    }
    if (S(so)->fill - S(so)->used <= S(so)->mask / 4) return 0;
    return set_table_resize(S(so), S(so)->used > 50000 ? S(so)->used * 2 : S(so)->used * 4);
}

static MoObject *set_copy_and_difference(MoObject *so, MoObject *other) {
    MoObject *result = set_copy_of(so);
    if (!result) return NULL;
    if (set_difference_update_internal(result, other) < 0) { mo_decref(result); return NULL; }
    return result;
}

static MoObject *set_difference(MoObject *so, MoObject *other) {
    size_t other_size;
    bool is_dict = false;
    if (IS_ANYSET(other)) other_size = S(other)->used;
    else if (MO_CHECK_EXACT(other, mo_dict_type)) { other_size = mo_dict_len(other); is_dict = true; }
    else return set_copy_and_difference(so, other);
    if ((S(so)->used >> 2) > other_size) return set_copy_and_difference(so, other);
    MoObject *result = make_new_set_basetype(MO_TYPE(so), NULL);
    if (!result) return NULL;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(so), &pos, &e)) {
        MoObject *key = mo_newref(e->key);
        int64_t h = e->hash;
        int r = is_dict ? mo_dict_contains(other, key) : set_contains_entry(S(other), key, h);
        if (r == 0) r = set_add_entry(S(result), key, h);
        mo_decref(key);
        if (r < 0) { mo_decref(result); return NULL; }
    }
    return result;
}

static int set_symmetric_difference_update_internal(MoObject *so, MoObject *other) {
    if (so == other) { set_clear_internal(S(so)); return 0; }
    MoObject *otherset;
    if (IS_ANYSET(other)) otherset = mo_newref(other);
    else {
        otherset = make_new_set_basetype(MO_TYPE(so), other);
        if (!otherset) return -1;
    }
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(otherset), &pos, &e)) {
        MoObject *key = mo_newref(e->key);
        int64_t h = e->hash;
        int r = set_discard_entry(S(so), key, h);
        if (r == 0) r = set_add_entry(S(so), key, h);
        mo_decref(key);
        if (r < 0) { mo_decref(otherset); return -1; }
    }
    mo_decref(otherset);
    return 0;
}

static MoObject *set_symmetric_difference(MoObject *so, MoObject *other) {
    MoObject *result = make_new_set_basetype(MO_TYPE(so), other);
    if (!result) return NULL;
    if (set_symmetric_difference_update_internal(result, so) < 0) { mo_decref(result); return NULL; }
    return result;
}

static int set_intersection_update(MoObject *so, MoObject *other) {
    MoObject *tmp = set_intersection(so, other);
    if (!tmp) return -1;
    set_swap_bodies(S(so), S(tmp));
    mo_decref(tmp);
    return 0;
}

static MoObject *set_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) return mo_newref(mo_NotImplemented);
    if (op != MO_OR && op != MO_AND && op != MO_SUB && op != MO_XOR) return mo_newref(mo_NotImplemented);
    if (inplace && IS_SET(a)) {
        int r;
        switch (op) {
        case MO_OR: r = set_update_internal(S(a), b); break;
        case MO_AND: r = set_intersection_update(a, b); break;
        case MO_SUB: r = set_difference_update_internal(a, b); break;
        default: r = set_symmetric_difference_update_internal(a, b); break;
        }
        return r < 0 ? NULL : mo_newref(a);
    }
    switch (op) {
    case MO_OR: {
        MoObject *result = set_copy_of(a);
        if (!result || a == b) return result;
        if (set_update_internal(S(result), b) < 0) { mo_decref(result); return NULL; }
        return result;
    }
    case MO_AND: return set_intersection(a, b);
    case MO_SUB: return set_difference(a, b);
    default: return set_symmetric_difference(a, b);
    }
}

static MoObject *set_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!IS_ANYSET(b)) return mo_newref(mo_NotImplemented);
    int r;
    switch (op) {
    case MO_EQ:
    case MO_NE:
        if (S(a)->used != S(b)->used) r = 0;
        else if (S(a)->hash != -1 && S(b)->hash != -1 && S(a)->hash != S(b)->hash) r = 0;
        else r = set_issubset_internal(a, b);
        if (r < 0) return NULL;
        return mo_bool(op == MO_EQ ? r : !r);
    case MO_LE: r = set_issubset_internal(a, b); break;
    case MO_GE: r = set_issubset_internal(b, a); break;
    case MO_LT: r = S(a)->used < S(b)->used ? set_issubset_internal(a, b) : 0; break;
    default: r = S(a)->used > S(b)->used ? set_issubset_internal(b, a) : 0; break;
    }
    if (r < 0) return NULL;
    return mo_bool(r);
}

/* ---- iterator ---- */

typedef struct { MO_HEAD; MoObject *set; size_t used, pos, len; bool broken; } SetIter;

static MoObject *set_iter(MoObject *o) {
    SetIter *it = (SetIter *)mo_gc_new(&mo_set_iter_type, sizeof(SetIter));
    if (!it) return NULL;
    it->set = mo_newref(o);
    it->used = S(o)->used;
    it->pos = 0;
    it->len = S(o)->used;
    it->broken = false;
    mo_gc_track(MO(it));
    return MO(it);
}

static MoObject *setiter_next(MoObject *o) {
    SetIter *it = (SetIter *)o;
    if (!it->set) return NULL;
    MoSet *so = S(it->set);
    if (it->broken || it->used != so->used) {
        it->broken = true;
        mo_err_set(&mo_RuntimeError, "Set changed size during iteration");
        return NULL;
    }
    SetEntry *e;
    if (!set_next_entry(so, &it->pos, &e)) { MO_CLEAR(it->set); return NULL; }
    it->len--;
    return mo_newref(e->key);
}

static void setiter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((SetIter *)o)->set);
    mo_object_free(o);
}

static int setiter_traverse(MoObject *o, MoVisit visit, void *arg) {
    SetIter *it = (SetIter *)o;
    return it->set ? visit(it->set, arg) : 0;
}

static void setiter_clear(MoObject *o) { MO_CLEAR(((SetIter *)o)->set); }

static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

static MoObject *setiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    SetIter *it = (SetIter *)self;
    if (!it->set || it->used != S(it->set)->used) return mo_int_from_i64(0);
    return mo_int_from_u64(it->len);
}

static const MoMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_set_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "set_iterator",
    .size = sizeof(SetIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .iter = self_iter,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* ---- methods ---- */

static const char *qual(MoObject *self, const char *meth, char *buf, size_t cap) {
    const char *t = IS_SET(self) ? "set" : "frozenset";
    size_t tn = strlen(t), mn = strlen(meth);
    if (tn + 1 + mn + 1 > cap) return meth;
    memcpy(buf, t, tn);
    buf[tn] = '.';
    memcpy(buf + tn + 1, meth, mn + 1);
    return buf;
}

#define QUAL(meth) qual(self, meth, qbuf, sizeof qbuf)

static MoObject *set_add_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("add"), nargs, kw) < 0) return NULL;
    if (mo_set_add(self, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *set_clear_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_noargs(QUAL("clear"), nargs, kw) < 0) return NULL;
    set_clear_internal(S(self));
    return mo_none();
}

static MoObject *set_copy_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_noargs(QUAL("copy"), nargs, kw) < 0) return NULL;
    if (MO_CHECK_EXACT(self, mo_frozenset_type)) return mo_newref(self);
    return set_copy_of(self);
}

static int discard_key(MoObject *self, MoObject *key) {
    int64_t h;
    MoObject *tmp;
    if (lookup_hash(&key, &h, &tmp) < 0) { mo_xdecref(tmp); return -1; }
    int r = set_discard_entry(S(self), key, h);
    mo_xdecref(tmp);
    return r;
}

static MoObject *set_discard_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("discard"), nargs, kw) < 0) return NULL;
    if (discard_key(self, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *set_remove_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("remove"), nargs, kw) < 0) return NULL;
    int r = discard_key(self, args[0]);
    if (r < 0) return NULL;
    if (r == 0) {
        MoObject *t = mo_tuple_pack(1, args[0]);
        if (!t) return NULL;
        MoObject *exc = mo_exception_new(&mo_KeyError, t);
        mo_decref(t);
        if (!exc) return NULL;
        mo_err_set_object(exc);
        mo_decref(exc);
        return NULL;
    }
    return mo_none();
}

static MoObject *set_pop_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_noargs(QUAL("pop"), nargs, kw) < 0) return NULL;
    MoSet *so = S(self);
    if (so->used == 0) { mo_err_set(&mo_KeyError, "pop from an empty set"); return NULL; }
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    MoObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static MoObject *set_update_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_nokw(QUAL("update"), kw) < 0) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(S(self), args[i]) < 0) return NULL;
    return mo_none();
}

static MoObject *set_union_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_nokw(QUAL("union"), kw) < 0) return NULL;
    MoObject *result = set_copy_of(self);
    if (!result) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(S(result), args[i]) < 0) { mo_decref(result); return NULL; }
    }
    return result;
}

static MoObject *intersection_multi(MoObject *self, MoObject *const *args, size_t nargs) {
    if (nargs == 0) return set_copy_of(self);
    MoObject *result = mo_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        MoObject *nr = set_intersection(result, args[i]);
        mo_decref(result);
        if (!nr) return NULL;
        result = nr;
    }
    return result;
}

static MoObject *set_intersection_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_nokw(QUAL("intersection"), kw) < 0) return NULL;
    return intersection_multi(self, args, nargs);
}

static MoObject *set_intersection_update_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_nokw(QUAL("intersection_update"), kw) < 0) return NULL;
    MoObject *tmp = intersection_multi(self, args, nargs);
    if (!tmp) return NULL;
    set_swap_bodies(S(self), S(tmp));
    mo_decref(tmp);
    return mo_none();
}

static MoObject *set_difference_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_nokw(QUAL("difference"), kw) < 0) return NULL;
    if (nargs == 0) return set_copy_of(self);
    MoObject *result = set_difference(self, args[0]);
    if (!result) return NULL;
    for (size_t i = 1; i < nargs; i++)
        if (set_difference_update_internal(result, args[i]) < 0) { mo_decref(result); return NULL; }
    return result;
}

static MoObject *set_difference_update_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_nokw(QUAL("difference_update"), kw) < 0) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(self, args[i]) < 0) return NULL;
    return mo_none();
}

static MoObject *set_symmetric_difference_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("symmetric_difference"), nargs, kw) < 0) return NULL;
    return set_symmetric_difference(self, args[0]);
}

static MoObject *set_symmetric_difference_update_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("symmetric_difference_update"), nargs, kw) < 0) return NULL;
    if (set_symmetric_difference_update_internal(self, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *set_issubset_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("issubset"), nargs, kw) < 0) return NULL;
    MoObject *other = args[0];
    if (IS_ANYSET(other)) {
        int r = set_issubset_internal(self, other);
        return r < 0 ? NULL : mo_bool(r);
    }
    MoObject *tmp = make_new_set(&mo_set_type, other);
    if (!tmp) return NULL;
    int r = set_issubset_internal(self, tmp);
    mo_decref(tmp);
    return r < 0 ? NULL : mo_bool(r);
}

static MoObject *set_issuperset_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("issuperset"), nargs, kw) < 0) return NULL;
    MoObject *other = args[0];
    if (IS_ANYSET(other)) {
        int r = set_issubset_internal(other, self);
        return r < 0 ? NULL : mo_bool(r);
    }
    MoObject *it = mo_iter(other);
    if (!it) return NULL;
    MoObject *key;
    while ((key = mo_next(it))) {
        int r = mo_set_contains(self, key);
        mo_decref(key);
        if (r <= 0) { mo_decref(it); return r < 0 ? NULL : mo_bool(false); }
    }
    mo_decref(it);
    if (mo_err_occurred()) return NULL;
    return mo_bool(true);
}

static MoObject *set_isdisjoint_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("isdisjoint"), nargs, kw) < 0) return NULL;
    MoObject *other = args[0];
    if (other == self) return mo_bool(S(self)->used == 0);
    if (IS_ANYSET(other)) {
        MoObject *a = self, *b = other;
        if (S(b)->used > S(a)->used) { MoObject *t = a; a = b; b = t; }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(b), &pos, &e)) {
            MoObject *key = mo_newref(e->key);
            int r = set_contains_entry(S(a), key, e->hash);
            mo_decref(key);
            if (r != 0) return r < 0 ? NULL : mo_bool(false);
        }
        return mo_bool(true);
    }
    MoObject *it = mo_iter(other);
    if (!it) return NULL;
    MoObject *key;
    while ((key = mo_next(it))) {
        int64_t h;
        int r = key_hash(key, &h);
        if (r == 0) r = set_contains_entry(S(self), key, h);
        mo_decref(key);
        if (r != 0) { mo_decref(it); return r < 0 ? NULL : mo_bool(false); }
    }
    mo_decref(it);
    if (mo_err_occurred()) return NULL;
    return mo_bool(true);
}

static MoObject *set_contains_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("__contains__"), nargs, kw) < 0) return NULL;
    int r = mo_set_contains(self, args[0]);
    return r < 0 ? NULL : mo_bool(r);
}

static const MoMethodDef set_methods[] = {
    {"add", set_add_m, MO_METH_INSTANCE, "Add an element to a set."},
    {"clear", set_clear_m, MO_METH_INSTANCE, "Remove all elements from this set."},
    {"copy", set_copy_m, MO_METH_INSTANCE, "Return a shallow copy of a set."},
    {"difference", set_difference_m, MO_METH_INSTANCE, "Return the difference of two or more sets as a new set."},
    {"difference_update", set_difference_update_m, MO_METH_INSTANCE, "Remove all elements of another set from this set."},
    {"discard", set_discard_m, MO_METH_INSTANCE, "Remove an element from a set if it is a member."},
    {"intersection", set_intersection_m, MO_METH_INSTANCE, "Return the intersection of two sets as a new set."},
    {"intersection_update", set_intersection_update_m, MO_METH_INSTANCE, "Update a set with the intersection of itself and another."},
    {"isdisjoint", set_isdisjoint_m, MO_METH_INSTANCE, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_m, MO_METH_INSTANCE, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_m, MO_METH_INSTANCE, "Report whether this set contains another set."},
    {"pop", set_pop_m, MO_METH_INSTANCE, "Remove and return an arbitrary set element."},
    {"remove", set_remove_m, MO_METH_INSTANCE, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", set_symmetric_difference_m, MO_METH_INSTANCE, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", set_symmetric_difference_update_m, MO_METH_INSTANCE, "Update a set with the symmetric difference of itself and another."},
    {"union", set_union_m, MO_METH_INSTANCE, "Return the union of sets as a new set."},
    {"update", set_update_m, MO_METH_INSTANCE, "Update a set with the union of itself and others."},
    {"__contains__", set_contains_m, MO_METH_INSTANCE, "x.__contains__(y) <==> y in x."},
    {NULL, NULL, 0, NULL}};

static const MoMethodDef frozenset_methods[] = {
    {"copy", set_copy_m, MO_METH_INSTANCE, "Return a shallow copy of a set."},
    {"difference", set_difference_m, MO_METH_INSTANCE, "Return the difference of two or more sets as a new set."},
    {"intersection", set_intersection_m, MO_METH_INSTANCE, "Return the intersection of two sets as a new set."},
    {"isdisjoint", set_isdisjoint_m, MO_METH_INSTANCE, "Return True if two sets have a null intersection."},
    {"issubset", set_issubset_m, MO_METH_INSTANCE, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_m, MO_METH_INSTANCE, "Report whether this set contains another set."},
    {"symmetric_difference", set_symmetric_difference_m, MO_METH_INSTANCE, "Return the symmetric difference of two sets as a new set."},
    {"union", set_union_m, MO_METH_INSTANCE, "Return the union of sets as a new set."},
    {"__contains__", set_contains_m, MO_METH_INSTANCE, "x.__contains__(y) <==> y in x."},
    {NULL, NULL, 0, NULL}};

/* ---- constructors ---- */

static MoObject *set_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (type == &mo_set_type && ty_nokw("set", kwnames) < 0) return NULL;
    if (ty_clinic(type->name, NULL, nargs, NULL, 0, 1) < 0) return NULL;
    return make_new_set(type, nargs ? args[0] : NULL);
}

static MoObject *frozenset_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (type == &mo_frozenset_type && ty_nokw("frozenset", kwnames) < 0) return NULL;
    if (ty_clinic(type->name, NULL, nargs, NULL, 0, 1) < 0) return NULL;
    if (type == &mo_frozenset_type && nargs && MO_CHECK_EXACT(args[0], mo_frozenset_type)) return mo_newref(args[0]);
    return make_new_set(type, nargs ? args[0] : NULL);
}

MoType mo_set_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "set",
    .size = sizeof(MoSet),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .vnew = set_vnew,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .truth = set_truth,
    .length = set_length,
    .contains = set_contains_slot,
    .binop = set_binop,
    .methods = set_methods,
};

MoType mo_frozenset_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "frozenset",
    .size = sizeof(MoSet),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .vnew = frozenset_vnew,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .truth = set_truth,
    .length = set_length,
    .contains = set_contains_slot,
    .binop = set_binop,
    .methods = frozenset_methods,
};

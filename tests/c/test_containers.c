/* Unit tests of the container types (set.c, bytes.c, dict.c) through the C API. Expected values
 * (reprs, iteration orders, hashes) are what CPython 3.11 gives for the same operations. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"

static int passed, failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) passed++;                                                          \
        else {                                                                       \
            failed++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

static MoVM vm;

static void reset_vm(void) {
    memset(&vm, 0, sizeof vm);
    vm.limits.memory_bytes = 512 << 20;
    vm.limits.recursion_depth = MOAT_DEFAULT_RECURSION_DEPTH;
    vm.gc_head.next = vm.gc_head.prev = &vm.gc_head;
    mo_vm = &vm;
}

/* True if repr(o) is exactly s. */
static bool repr_is(MoObject *o, const char *s) {
    MoObject *r = mo_repr(o);
    if (!r) { mo_err_clear(); return false; }
    bool ok = mo_str_eq_cstr(r, s);
    if (!ok) fprintf(stderr, "  repr was: %s (expected %s)\n", MO_STR_UTF8(r), s);
    mo_decref(r);
    return ok;
}

static MoObject *I(int64_t v) { return mo_int_from_i64(v); }

static int set_has(MoObject *s, int64_t v) {
    MoObject *k = I(v);
    int r = mo_set_contains(s, k);
    mo_decref(k);
    return r;
}

static MoObject *call(MoObject *self, const char *name, MoObject *arg) {
    MoObject *r = mo_call_method(self, name, arg ? &arg : NULL, arg ? 1 : 0);
    return r;
}

static void test_set_many_keys(void) {
    MoObject *s = mo_set_new(NULL, false);
    CHECK(s != NULL);
    /* Multiples of 1024 share their low bits, so they collide in every table size up to 1024
     * and exercise the linear probes and the perturbation. */
    const int N = 5000;
    for (int i = 0; i < N; i++) {
        MoObject *k = I((int64_t)i * 1024);
        CHECK(mo_set_add(s, k) == 0);
        mo_decref(k);
    }
    for (int i = 0; i < N; i++) {
        MoObject *k = I((int64_t)i * 1024); /* duplicates: no change */
        CHECK(mo_set_add(s, k) == 0);
        mo_decref(k);
    }
    CHECK(mo_set_len(s) == (size_t)N);
    int missing = 0;
    for (int i = 0; i < N; i++) missing += set_has(s, (int64_t)i * 1024) != 1;
    CHECK(missing == 0);
    CHECK(set_has(s, 1) == 0);
    CHECK(set_has(s, 1024 * N) == 0);

    /* Remove the odd ones with remove(), leaving tombstones, then look everything up again. */
    int remove_errors = 0;
    for (int i = 1; i < N; i += 2) {
        MoObject *k = I((int64_t)i * 1024);
        MoObject *r = call(s, "remove", k);
        if (!r) remove_errors++;
        else mo_decref(r);
        mo_decref(k);
    }
    CHECK(remove_errors == 0);
    CHECK(mo_set_len(s) == (size_t)(N / 2));
    int wrong = 0;
    for (int i = 0; i < N; i++) wrong += set_has(s, (int64_t)i * 1024) != (i % 2 == 0);
    CHECK(wrong == 0);

    /* remove() of a missing key raises KeyError; discard() does not. */
    MoObject *k = I(1024);
    MoObject *r = call(s, "remove", k);
    CHECK(r == NULL && mo_err_matches(&mo_KeyError));
    mo_err_clear();
    r = call(s, "discard", k);
    CHECK(r == mo_None);
    mo_xdecref(r);
    mo_decref(k);

    /* Re-adding into tombstoned slots keeps every key findable. */
    for (int i = 1; i < N; i += 2) {
        k = I((int64_t)i * 1024);
        CHECK(mo_set_add(s, k) == 0);
        mo_decref(k);
    }
    CHECK(mo_set_len(s) == (size_t)N);
    missing = 0;
    for (int i = 0; i < N; i++) missing += set_has(s, (int64_t)i * 1024) != 1;
    CHECK(missing == 0);

    /* mo_set_next visits each element exactly once. */
    size_t pos = 0, count = 0;
    MoObject *key;
    int64_t sum = 0;
    while (mo_set_next(s, &pos, &key)) {
        int64_t v;
        mo_int_as_i64(key, &v);
        sum += v / 1024;
        count++;
    }
    CHECK(count == (size_t)N);
    CHECK(sum == (int64_t)N * (N - 1) / 2);

    /* pop() empties it. */
    size_t pops = 0;
    while (mo_set_len(s) > 0 && pops <= (size_t)N) {
        r = call(s, "pop", NULL);
        if (!r) break;
        mo_decref(r);
        pops++;
    }
    CHECK(pops == (size_t)N);
    r = call(s, "pop", NULL);
    CHECK(r == NULL && mo_err_matches(&mo_KeyError));
    mo_err_clear();
    mo_decref(s);
}

static void test_set_strings_and_unhashable(void) {
    MoObject *s = mo_set_new(NULL, false);
    char buf[32];
    for (int i = 0; i < 300; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        MoObject *k = mo_str_from_cstr(buf);
        CHECK(mo_set_add(s, k) == 0);
        mo_decref(k);
    }
    CHECK(mo_set_len(s) == 300);
    MoObject *k = mo_str_from_cstr("key299");
    CHECK(mo_set_contains(s, k) == 1);
    mo_decref(k);
    k = mo_str_from_cstr("key300");
    CHECK(mo_set_contains(s, k) == 0);
    mo_decref(k);
    MoObject *l = mo_list_new(0);
    CHECK(mo_set_add(s, l) == -1 && mo_err_matches(&mo_TypeError));
    mo_err_clear();
    mo_decref(l);
    mo_decref(s);
}

static void test_set_repr_and_order(void) {
    MoObject *s = mo_set_new(NULL, false);
    CHECK(repr_is(s, "set()"));
    int64_t vals[] = {3, 1, 2, 100, -5};
    for (size_t i = 0; i < 5; i++) {
        MoObject *k = I(vals[i]);
        mo_set_add(s, k);
        mo_decref(k);
    }
    /* CPython 3.11: {3, 1, 2, 100, -5} prints as {1, 2, 3, 100, -5}. */
    CHECK(repr_is(s, "{1, 2, 3, 100, -5}"));
    MoObject *f = mo_set_new(s, true);
    CHECK(repr_is(f, "frozenset({1, 2, 3, 100, -5})"));
    MoObject *e = mo_set_new(NULL, true);
    CHECK(repr_is(e, "frozenset()"));
    /* set == frozenset with the same elements. */
    CHECK(mo_richcompare_bool(s, f, MO_EQ) == 1);
    CHECK(mo_richcompare_bool(e, f, MO_LT) == 1);
    CHECK(mo_richcompare_bool(f, e, MO_LE) == 0);
    mo_decref(e);
    mo_decref(f);
    mo_decref(s);

    /* Tombstone reuse: CPython 3.11 puts a new key in the LAST dummy on its probe path. */
    MoObject *t = mo_set_new(NULL, false);
    int64_t seq[] = {0, 8, 16};
    for (size_t i = 0; i < 3; i++) { MoObject *k = I(seq[i]); mo_set_add(t, k); mo_decref(k); }
    for (int64_t v = 0; v <= 8; v += 8) {
        MoObject *k = I(v), *r = mo_call_method(t, "remove", &k, 1);
        CHECK(r == mo_None);
        mo_xdecref(r);
        mo_decref(k);
    }
    for (int64_t v = 24; v <= 32; v += 8) { MoObject *k = I(v); mo_set_add(t, k); mo_decref(k); }
    CHECK(repr_is(t, "{32, 24, 16}"));
    mo_decref(t);
}

static void test_frozenset_hash(void) {
    /* Same elements inserted in different orders (and with deletions) hash the same. */
    MoObject *a = mo_set_new(NULL, false), *b = mo_set_new(NULL, false);
    for (int i = 0; i < 50; i++) {
        MoObject *k = I(i), *k2 = I(49 - i), *junk = I(1000 + i);
        mo_set_add(a, k);
        mo_set_add(b, junk);
        mo_set_add(b, k2);
        mo_decref(k);
        mo_decref(k2);
        mo_decref(junk);
    }
    for (int i = 0; i < 50; i++) {
        MoObject *junk = I(1000 + i);
        MoObject *r = call(b, "discard", junk);
        mo_xdecref(r);
        mo_decref(junk);
    }
    MoObject *fa = mo_set_new(a, true), *fb = mo_set_new(b, true);
    int64_t ha = 0, hb = 1;
    CHECK(mo_hash(fa, &ha) == 0 && mo_hash(fb, &hb) == 0);
    CHECK(ha == hb);
    CHECK(mo_richcompare_bool(fa, fb, MO_EQ) == 1);
    int64_t hs;
    CHECK(mo_hash(a, &hs) == -1 && mo_err_matches(&mo_TypeError)); /* set is unhashable */
    mo_err_clear();
    /* CPython: hash(frozenset()) == 133146708735736 and hash(frozenset({1, 2, 3})) ==
     * -272375401224217160 (ints hash to themselves, so these do not depend on str hashing). */
    MoObject *e = mo_set_new(NULL, true);
    int64_t he;
    CHECK(mo_hash(e, &he) == 0 && he == 133146708735736LL);
    MoObject *t = mo_set_new(NULL, true);
    for (int i = 1; i <= 3; i++) { MoObject *k = I(i); mo_set_add(t, k); mo_decref(k); }
    int64_t ht;
    CHECK(mo_hash(t, &ht) == 0 && ht == -272375401224217160LL);
    mo_decref(t);
    mo_decref(e);
    mo_decref(fa);
    mo_decref(fb);
    mo_decref(a);
    mo_decref(b);
}

static void test_set_algebra(void) {
    MoObject *a = mo_set_new(NULL, false), *b = mo_set_new(NULL, false);
    for (int i = 0; i < 10; i++) { MoObject *k = I(i); mo_set_add(a, k); mo_decref(k); }
    for (int i = 5; i < 15; i++) { MoObject *k = I(i); mo_set_add(b, k); mo_decref(k); }
    MoObject *u = mo_binop(a, b, MO_OR), *n = mo_binop(a, b, MO_AND), *d = mo_binop(a, b, MO_SUB),
             *x = mo_binop(a, b, MO_XOR);
    CHECK(u && mo_set_len(u) == 15);
    CHECK(n && repr_is(n, "{5, 6, 7, 8, 9}"));
    CHECK(d && repr_is(d, "{0, 1, 2, 3, 4}"));
    CHECK(x && repr_is(x, "{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}"));
    MoObject *l = mo_list_new(0);
    MoObject *bad = mo_binop(a, l, MO_OR);
    CHECK(bad == NULL && mo_err_matches(&mo_TypeError));
    mo_err_clear();
    MoObject *sub = call(n, "issubset", a);
    CHECK(sub == mo_True);
    mo_xdecref(sub);
    MoObject *r = mo_inplace_binop(a, b, MO_SUB); /* a -= b */
    CHECK(r == a && repr_is(a, "{0, 1, 2, 3, 4}"));
    mo_xdecref(r);
    mo_decref(l);
    mo_xdecref(u);
    mo_xdecref(n);
    mo_xdecref(d);
    mo_xdecref(x);
    mo_decref(a);
    mo_decref(b);
}

static void test_set_changed_during_iteration(void) {
    MoObject *s = mo_set_new(NULL, false);
    for (int i = 0; i < 3; i++) { MoObject *k = I(i); mo_set_add(s, k); mo_decref(k); }
    MoObject *it = mo_iter(s);
    MoObject *v = mo_next(it);
    CHECK(v != NULL);
    mo_xdecref(v);
    MoObject *k = I(99);
    mo_set_add(s, k);
    mo_decref(k);
    v = mo_next(it);
    CHECK(v == NULL && mo_err_matches(&mo_RuntimeError));
    mo_err_clear();
    mo_decref(it);
    mo_decref(s);
}

static void test_set_no_leak(void) {
    size_t before = mo_alloc_live_blocks(&vm);
    MoObject *s = mo_set_new(NULL, false);
    for (int i = 0; i < 2000; i++) { MoObject *k = I(i * 7); mo_set_add(s, k); mo_decref(k); }
    MoObject *c = mo_set_new(s, true);
    mo_decref(s);
    mo_decref(c);
    mo_gc_collect();
    CHECK(mo_alloc_live_blocks(&vm) == before);
}

static void test_bytes_repr(void) {
    const uint8_t raw[] = {'a', '\'', 'b', '"', 'c', 0, 0x7f, 0x80, '\t', '\n', '\r', '\\', 0xff};
    MoObject *b = mo_bytes_new(raw, sizeof raw);
    CHECK(repr_is(b, "b'a\\'b\"c\\x00\\x7f\\x80\\t\\n\\r\\\\\\xff'"));
    MoObject *q = mo_bytes_new((const uint8_t *)"a'b", 3);
    CHECK(repr_is(q, "b\"a'b\""));
    MoObject *e = mo_bytes_new(NULL, 0);
    CHECK(repr_is(e, "b''"));
    MoObject *ba = mo_bytearray_new((const uint8_t *)"x'y", 3);
    CHECK(repr_is(ba, "bytearray(b\"x\\'y\")")); /* CPython escapes ' here even in "" */
    /* hash(b'abc') == hash('abc'), and bytes equal bytearray. */
    MoObject *abc = mo_bytes_new((const uint8_t *)"abc", 3), *sabc = mo_str_from_cstr("abc");
    int64_t h1, h2;
    CHECK(mo_hash(abc, &h1) == 0 && mo_hash(sabc, &h2) == 0 && h1 == h2);
    MoObject *baabc = mo_bytearray_new((const uint8_t *)"abc", 3);
    CHECK(mo_richcompare_bool(abc, baabc, MO_EQ) == 1);
    CHECK(mo_richcompare_bool(abc, sabc, MO_EQ) == 0);
    /* Indexing gives ints; slicing gives bytes. */
    MoObject *one = I(1), *v = mo_getitem(abc, one);
    int64_t iv = 0;
    CHECK(v && mo_int_as_i64(v, &iv) == 0 && iv == 'b');
    mo_xdecref(v);
    mo_decref(one);
    mo_decref(baabc);
    mo_decref(abc);
    mo_decref(sabc);
    mo_decref(ba);
    mo_decref(e);
    mo_decref(q);
    mo_decref(b);
}

static void test_dict_order_after_deletes(void) {
    MoObject *d = mo_dict_new();
    char buf[16];
    for (int i = 0; i < 100; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        MoObject *v = I(i);
        mo_dict_set_str(d, buf, v);
        mo_decref(v);
    }
    for (int i = 0; i < 100; i += 2) {
        snprintf(buf, sizeof buf, "k%d", i);
        MoObject *k = mo_str_from_cstr(buf);
        CHECK(mo_dict_del(d, k) == 0);
        mo_decref(k);
    }
    /* Re-insert k0 (goes to the end) and overwrite k1 (keeps its place). */
    MoObject *v = I(-1);
    mo_dict_set_str(d, "k0", v);
    mo_dict_set_str(d, "k1", v);
    mo_decref(v);
    CHECK(mo_dict_len(d) == 51);
    size_t pos = 0, n = 0;
    MoObject *key, *val;
    bool order_ok = true;
    while (mo_dict_next(d, &pos, &key, &val)) {
        if (n < 50) snprintf(buf, sizeof buf, "k%zu", 2 * n + 1);
        else snprintf(buf, sizeof buf, "k0");
        if (!mo_str_eq_cstr(key, buf)) order_ok = false;
        n++;
    }
    CHECK(order_ok && n == 51);
    MoObject *k1 = mo_dict_get_str(d, "k1");
    int64_t x = 0;
    CHECK(k1 && mo_int_as_i64(k1, &x) == 0 && x == -1);
    mo_decref(d);
}

int main(void) {
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "runtime init failed\n");
        return 1;
    }
    reset_vm();
    test_set_many_keys();
    test_set_strings_and_unhashable();
    test_set_repr_and_order();
    test_frozenset_hash();
    test_set_algebra();
    test_set_changed_during_iteration();
    test_set_no_leak();
    test_bytes_repr();
    test_dict_order_after_deletes();
    mo_alloc_release_all(&vm);
    mo_vm = NULL;
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

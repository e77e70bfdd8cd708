/*
 * random.c: the C part of the random module: the Mersenne Twister (MT19937, Matsumoto and
 * Nishimura, 1998), the generator CPython's random module uses, seeded the same way (the seed's
 * absolute value as 32-bit words, least significant first, through init_by_array), so a seeded
 * run draws exactly CPython's numbers. The generator is the object type `random._MT`; py/random.py
 * builds every distribution on its random() and getrandbits() and seeds it (from the host when the
 * program gives no seed). The type holds no references, so it is not a GC container.
 */
#include <string.h>

#include "../core/state.h"
#include "modules.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct MoMT {
    MO_HEAD;
    uint32_t mt[MT_N];
    uint32_t index; /* next word to temper; MT_N: regenerate first */
} MoMT;

static void mt_init_genrand(MoMT *g, uint32_t s) {
    g->mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) g->mt[i] = 1812433253u * (g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) + i;
    g->index = MT_N;
}

static void mt_init_by_array(MoMT *g, const uint32_t *key, size_t len) {
    mt_init_genrand(g, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        g->mt[i] = (g->mt[i] ^ ((g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        if (++i >= MT_N) {
            g->mt[0] = g->mt[MT_N - 1];
            i = 1;
        }
        if (++j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        g->mt[i] = (g->mt[i] ^ ((g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        if (++i >= MT_N) {
            g->mt[0] = g->mt[MT_N - 1];
            i = 1;
        }
    }
    g->mt[0] = 0x80000000u; /* a non-zero initial state whatever the key */
    g->index = MT_N;
}

static uint32_t mt_next(MoMT *g) {
    if (g->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (g->mt[k] & 0x80000000u) | (g->mt[(k + 1) % MT_N] & 0x7fffffffu);
            g->mt[k] = g->mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        g->index = 0;
    }
    uint32_t y = g->mt[g->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

#define MT(o) ((MoMT *)(o))

static MoType mt_type;

/* _mt(): a new generator, seeded with 0 until seed() says otherwise (new reference). */
static MoObject *random_mt_new(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *o = mo_object_new(&mt_type);
    if (o) mt_init_by_array(MT(o), (const uint32_t[]){0}, 1);
    return o;
}

/* seed(n): init_by_array with |n| as 32-bit words, least significant first (n == 0: one zero word). */
static MoObject *mt_seed(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1 || (kw && MO_TUPLE_LEN(kw)) || !MO_INT_CHECK(args[0])) {
        mo_err_set(&mo_TypeError, "_MT.seed() takes one int");
        return NULL;
    }
    bool negative;
    size_t nbytes = mo_int_to_bytes_be(args[0], NULL, 0, &negative);
    size_t nwords = nbytes ? (nbytes + 3) / 4 : 1;
    uint8_t *be = mo_alloc(nwords * 4);
    uint32_t *key = mo_alloc(nwords * sizeof(uint32_t));
    if (!be || !key) {
        mo_free(be);
        mo_free(key);
        return NULL;
    }
    memset(be, 0, nwords * 4);
    mo_int_to_bytes_be(args[0], be + nwords * 4 - nbytes, nbytes, &negative);
    for (size_t w = 0; w < nwords; w++) {
        const uint8_t *p = be + (nwords - 1 - w) * 4;
        key[w] = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    }
    mt_init_by_array(MT(self), key, nwords);
    mo_free(be);
    mo_free(key);
    return mo_none();
}

/* random(): a float in [0, 1) with 53 random bits, as CPython's genrand_res53. */
static MoObject *mt_random(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    uint32_t a = mt_next(MT(self)) >> 5, b = mt_next(MT(self)) >> 6;
    return mo_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* getrandbits(k): an int of k random bits; 32-bit words are drawn least significant first and
 * the last one keeps its top bits, as CPython does. */
static MoObject *mt_getrandbits(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    int64_t k;
    if (nargs != 1 || (kw && MO_TUPLE_LEN(kw))) {
        mo_err_format(&mo_TypeError, "getrandbits() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_INT_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return NULL;
    }
    if (mo_int_as_i64(args[0], &k) < 0) return NULL;
    if (k < 0) {
        mo_err_set(&mo_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k == 0) return mo_int_from_i64(0);
    if (k <= 32) return mo_int_from_u64(mt_next(MT(self)) >> (32 - k));
    if ((uint64_t)k > (uint64_t)1 << 40) return mo_err_nomemory();
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint8_t *be = mo_alloc(words * 4);
    if (!be) return NULL;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = mt_next(MT(self));
        if (k < 32) r >>= 32 - k;
        uint8_t *p = be + (words - 1 - i) * 4;
        p[0] = (uint8_t)(r >> 24);
        p[1] = (uint8_t)(r >> 16);
        p[2] = (uint8_t)(r >> 8);
        p[3] = (uint8_t)r;
    }
    MoObject *r = mo_int_from_bytes_be(be, words * 4, false);
    mo_free(be);
    return r;
}

/* getstate(): the 624 words and the position, as a tuple of 625 ints (CPython's layout). */
static MoObject *mt_getstate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *t = mo_tuple_new(MT_N + 1);
    if (!t) return NULL;
    for (size_t i = 0; i <= MT_N; i++) {
        MoObject *v = mo_int_from_u64(i < MT_N ? MT(self)->mt[i] : MT(self)->index);
        if (!v) {
            mo_decref(t);
            return NULL;
        }
        MO_TUPLE_SET(t, i, v);
    }
    return t;
}

/* setstate(tuple): the inverse of getstate, every value checked before anything changes. */
static MoObject *mt_setstate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1 || !mo_isinstance_type(args[0], &mo_tuple_type)) {
        mo_err_set(&mo_TypeError, "state vector must be a tuple");
        return NULL;
    }
    MoObject *t = args[0];
    if (MO_TUPLE_LEN(t) != MT_N + 1) {
        mo_err_set(&mo_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t words[MT_N + 1];
    for (size_t i = 0; i <= MT_N; i++) {
        MoObject *v = MO_TUPLE_ITEM(t, i);
        int64_t x;
        if (!MO_INT_CHECK(v)) {
            mo_err_format(&mo_TypeError, "state vector items must be integers, not '%T'", v);
            return NULL;
        }
        if (mo_int_as_i64(v, &x) < 0 || x < 0 || x > 0xffffffffLL) {
            mo_err_clear();
            mo_err_set(&mo_OverflowError, "Python int too large to convert to C unsigned long");
            return NULL;
        }
        words[i] = (uint32_t)x;
    }
    if (words[MT_N] > MT_N) {
        mo_err_set(&mo_ValueError, "invalid state");
        return NULL;
    }
    memcpy(MT(self)->mt, words, sizeof MT(self)->mt);
    MT(self)->index = words[MT_N];
    return mo_none();
}

static void mt_dealloc(MoObject *o) { mo_object_free(o); }

static const MoMethodDef mt_methods[] = {
    {"seed", mt_seed, MO_METH_INSTANCE, "Seed with |n| (an int) as CPython does."},
    {"random", mt_random, MO_METH_INSTANCE, "random() -> x in the interval [0, 1)."},
    {"getrandbits", mt_getrandbits, MO_METH_INSTANCE, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", mt_getstate, MO_METH_INSTANCE, "The generator's state as a tuple of 625 ints."},
    {"setstate", mt_setstate, MO_METH_INSTANCE, "Restore a state from getstate()."},
    {NULL, NULL, 0, NULL},
};

static MoType mt_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "random._MT",
    .size = sizeof(MoMT),
    .base = &mo_object_type,
    .dealloc = mt_dealloc,
    .methods = mt_methods,
};

static const MoMethodDef random_functions[] = {
    {"_mt", random_mt_new, MO_METH_STATIC, "A new Mersenne Twister generator."},
    {NULL, NULL, 0, NULL},
};

int mo_module_random_init(MoObject *module, MoObject *dict) {
    if (!mt_type.mro) {
        /* A static type's dict must be immortal: ready it as process start-up code would. */
        MoVM *saved = mo_vm;
        mo_vm = NULL;
        int r = mo_type_ready(&mt_type);
        mo_vm = saved;
        if (r < 0) return -1;
    }
    if (mo_module_moat_host_init(module, dict) < 0) return -1;
    return mo_module_add_functions(module, dict, random_functions);
}

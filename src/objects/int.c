/*
 * int.c: Python's arbitrary-precision int.
 *
 * Representation. A MoInt holds either a "small" value (any int64, `n == 0`) or a "big" value: a
 * sign and a little-endian magnitude of `n` 32-bit digits. The two forms never overlap: every
 * result goes through int_from_digits, which turns a magnitude that fits in int64 back into the
 * small form, so code may test `n == 0` to take the fast path and two equal ints always have the
 * same form. The digits of an exact int live right after the struct (one allocation); an instance
 * of an int subclass is allocated by the type machinery with a fixed size, so its digits get a
 * block of their own (`d != inline digits`).
 *
 * bool is a subclass of int whose instances are bare object headers (True/False): every reader
 * of an int goes through int_small/view_of, which read a bool's value from its identity.
 *
 * Arithmetic on big values works on "views" (sign + digit pointer; a small value is spread into a
 * two-digit buffer) with schoolbook algorithms plus Karatsuba for large products and Knuth's
 * algorithm D for division. Floor division and modulo follow Python (the remainder takes the sign
 * of the divisor); bitwise operators act on an infinite two's complement, as in CPython.
 *
 * A product or quotient of huge ints runs inside a single VM instruction, so the multiplication and
 * division loops pace the clock themselves (big_work) and stop with the time limit like the VM.
 *
 * Decimal conversion is quadratic, which is why CPython's limit of MOAT_MAX_STR_DIGITS digits is
 * enforced in both directions (it also bounds the time a single conversion can take).
 */
#include <math.h>
#include <string.h>

#include "../config.h"
#include "../core/object.h"
#include "../core/state.h"

typedef struct MoInt {
    MO_HEAD;
    int64_t small; /* the value when n == 0 */
    uint32_t n;    /* number of digits of a big magnitude; 0 means small */
    int32_t sign;  /* 1 or -1 for a big value */
    uint32_t *d;   /* the magnitude's digits, least significant first */
} MoInt;

#define I(o) ((MoInt *)(o))
#define INLINE_DIGITS(o) ((uint32_t *)((char *)(o) + sizeof(MoInt)))

/* ---- small int cache ----------------------------------------------------------------------- */

#define SMALL_MIN (-5)
#define SMALL_MAX 256

/* The cached ints -5..256, immortal and initialised at compile time (shared by every run and
 * thread without set-up). */
#define SI(v) {{MO_IMMORTAL_REFCNT, &mo_int_type}, (v), 0, 0, NULL}
#define SI4(v) SI(v), SI((v) + 1), SI((v) + 2), SI((v) + 3)
#define SI16(v) SI4(v), SI4((v) + 4), SI4((v) + 8), SI4((v) + 12)
#define SI64(v) SI16(v), SI16((v) + 16), SI16((v) + 32), SI16((v) + 48)
#define SI256(v) SI64(v), SI64((v) + 64), SI64((v) + 128), SI64((v) + 192)
static MoInt small_ints[SMALL_MAX - SMALL_MIN + 1] = {SI256(-5), SI4(251), SI(255), SI(256)};

static MoObject *small_int(int64_t v) { return mo_newref(MO(&small_ints[v - SMALL_MIN])); }

MoObject *mo_int_from_i64(int64_t v) {
    if (v >= SMALL_MIN && v <= SMALL_MAX) return small_int(v);
    MoInt *o = (MoInt *)mo_object_new_size(&mo_int_type, sizeof(MoInt));
    if (!o) return NULL;
    o->small = v;
    return MO(o);
}

/* Builds an int from sign and magnitude d[0..n) (copied; may have leading zero digits). */
static MoObject *int_from_digits(int sign, const uint32_t *d, size_t n) {
    while (n && d[n - 1] == 0) n--;
    if (n == 0) return small_int(0);
    if (n <= 2) {
        uint64_t m = d[0] | (n == 2 ? (uint64_t)d[1] << 32 : 0);
        if (sign > 0 && m <= (uint64_t)INT64_MAX) return mo_int_from_i64((int64_t)m);
        if (sign < 0 && m <= (uint64_t)1 << 63)
            return mo_int_from_i64(m == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)m);
    }
    if (n > UINT32_MAX / 8) return mo_err_nomemory();
    MoInt *o = (MoInt *)mo_object_new_size(&mo_int_type, sizeof(MoInt) + n * sizeof(uint32_t));
    if (!o) return NULL;
    o->n = (uint32_t)n;
    o->sign = sign < 0 ? -1 : 1;
    o->d = INLINE_DIGITS(o);
    memcpy(o->d, d, n * sizeof(uint32_t));
    return MO(o);
}

MoObject *mo_int_from_u64(uint64_t v) {
    if (v <= (uint64_t)INT64_MAX) return mo_int_from_i64((int64_t)v);
    uint32_t d[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
    return int_from_digits(1, d, 2);
}

/* ---- reading values ---------------------------------------------------------------------- */

/* If o (an int or bool) is small, stores its value and returns true. */
static inline bool int_small(MoObject *o, int64_t *v) {
    if (o->type == &mo_bool_type) {
        *v = o == mo_True;
        return true;
    }
    if (I(o)->n == 0) {
        *v = I(o)->small;
        return true;
    }
    return false;
}

/* A read-only view of an int's sign and magnitude. */
typedef struct View {
    int sign; /* -1, 0, 1 */
    size_t n;
    const uint32_t *d;
    uint32_t buf[2];
} View;

static void view_of(MoObject *o, View *v) {
    int64_t s = 0;
    if (int_small(o, &s)) {
        uint64_t m = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        v->sign = s < 0 ? -1 : s > 0;
        v->buf[0] = (uint32_t)m;
        v->buf[1] = (uint32_t)(m >> 32);
        v->n = v->buf[1] ? 2 : v->buf[0] ? 1 : 0;
        v->d = v->buf;
        return;
    }
    v->sign = I(o)->sign;
    v->n = I(o)->n;
    v->d = I(o)->d;
}

int mo_int_sign(MoObject *o) {
    int64_t s = 0;
    if (int_small(o, &s)) return s < 0 ? -1 : s > 0;
    return I(o)->sign;
}

bool mo_int_fits_i64(MoObject *o) {
    int64_t s = 0;
    return int_small(o, &s);
}

int mo_int_as_i64(MoObject *o, int64_t *out) {
    if (int_small(o, out)) return 0;
    mo_err_set(&mo_OverflowError, "Python int too large to convert to C int64");
    return -1;
}

static size_t bitlen32(uint32_t x) { return x ? 32 - (size_t)__builtin_clz(x) : 0; }

static size_t view_bitlen(const View *v) { return v->n ? (v->n - 1) * 32 + bitlen32(v->d[v->n - 1]) : 0; }

/* Allocates n zeroed digits (plus one spare). NULL with MemoryError. */
static uint32_t *dalloc(size_t n) {
    if (n > SIZE_MAX / 8) {
        mo_err_nomemory();
        return NULL;
    }
    return mo_calloc((n + 1) * sizeof(uint32_t));
}

/* ---- time limit inside long operations --------------------------------------------------- */

static uint64_t work_done;

/* Counts `units` digit operations; every ~16M of them reads the clock as the VM does (vm.c
 * check_time) and fires the time limit when the run is over budget. Returns false if it fired. */
static bool big_work(uint64_t units) {
    work_done += units;
    if (work_done < ((uint64_t)1 << 24)) return true;
    work_done = 0;
    if (!mo_vm) return true;
    if (mo_vm->limit_hit != MO_LIMIT_NONE) return false;
    if (mo_vm->limits.time_ms <= 0 || !mo_vm->clock) return true;
    double used = mo_vm->time_used_ms + (mo_vm->clock(mo_vm->clock_ctx) - mo_vm->slice_start_ms);
    if (used > (double)mo_vm->limits.time_ms) {
        mo_limit_fire(MO_LIMIT_TIME, "time limit exceeded");
        return false;
    }
    return true;
}

/* ---- magnitude arithmetic ---------------------------------------------------------------- */

static int mag_cmp(const uint32_t *a, size_t an, const uint32_t *b, size_t bn) {
    while (an && a[an - 1] == 0) an--;
    while (bn && b[bn - 1] == 0) bn--;
    if (an != bn) return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r[0..max(an,bn)] = a + b (r has room for max+1 digits). */
static void mag_add(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r) {
    if (an < bn) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    uint64_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    r[an] = (uint32_t)c;
}

/* r[0..an) = a - b, requires a >= b. r may alias a. */
static void mag_sub(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        borrow = t < 0;
        r[i] = (uint32_t)t;
    }
    for (; i < an; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        borrow = t < 0;
        r[i] = (uint32_t)t;
    }
}

/* r[0..an+bn) += a * b (schoolbook). */
static void mag_mul_school(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r) {
    for (size_t i = 0; i < an; i++) {
        uint64_t c = 0, ai = a[i];
        if (!ai) continue;
        for (size_t j = 0; j < bn; j++) {
            c += ai * b[j] + r[i + j];
            r[i + j] = (uint32_t)c;
            c >>= 32;
        }
        for (size_t k = i + bn; c; k++) {
            c += r[k];
            r[k] = (uint32_t)c;
            c >>= 32;
        }
    }
}

#define KARATSUBA_CUTOFF 48

/* Adds a[0..an) into r (r long enough to absorb the carry). */
static void mag_add_into(uint32_t *r, const uint32_t *a, size_t an) {
    uint64_t c = 0;
    size_t i = 0;
    for (; i < an; i++) {
        c += (uint64_t)r[i] + a[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; c; i++) {
        c += r[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
}

/* r[0..an+bn) = a * b, r zeroed by the caller. Returns false on allocation failure. Karatsuba
 * keeps huge products (2**10**7 and friends) within seconds instead of hours. */
static bool mag_mul(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r) {
    if (an < bn) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn < KARATSUBA_CUTOFF) {
        if (!big_work((uint64_t)an * bn)) return false;
        mag_mul_school(a, an, b, bn, r);
        return true;
    }
    if (2 * bn <= an) {
        /* Unbalanced: multiply b by slices of a. */
        uint32_t *t = dalloc(2 * bn);
        if (!t) return false;
        for (size_t off = 0; off < an; off += bn) {
            size_t len = an - off < bn ? an - off : bn;
            memset(t, 0, 2 * bn * sizeof(uint32_t));
            if (!mag_mul(a + off, len, b, bn, t)) {
                mo_free(t);
                return false;
            }
            mag_add_into(r + off, t, len + bn);
        }
        mo_free(t);
        return true;
    }
    size_t h = bn / 2;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t a1n = an - h, b1n = bn - h;
    /* z0 = a0*b0 into r[0..2h), z2 = a1*b1 into r[2h..), z1 = (a0+a1)(b0+b1) - z0 - z2. */
    size_t sa = a1n + 1, sb = b1n + 1;
    uint32_t *s1 = dalloc(sa), *s2 = dalloc(sb), *z1 = dalloc(sa + sb), *z0 = dalloc(2 * h), *z2 = dalloc(a1n + b1n);
    bool ok = s1 && s2 && z1 && z0 && z2;
    if (ok) {
        mag_add(a0, h, a1, a1n, s1);
        mag_add(b0, h, b1, b1n, s2);
        ok = mag_mul(a0, h, b0, h, z0) && mag_mul(a1, a1n, b1, b1n, z2) && mag_mul(s1, sa, s2, sb, z1);
    }
    if (ok) {
        mag_sub(z1, sa + sb, z0, 2 * h, z1);
        mag_sub(z1, sa + sb, z2, a1n + b1n, z1);
        memcpy(r, z0, 2 * h * sizeof(uint32_t));
        memcpy(r + 2 * h, z2, (a1n + b1n) * sizeof(uint32_t));
        size_t zn = sa + sb;
        while (zn && z1[zn - 1] == 0) zn--;
        mag_add_into(r + h, z1, zn);
    }
    mo_free(s1);
    mo_free(s2);
    mo_free(z1);
    mo_free(z0);
    mo_free(z2);
    return ok;
}

/* q[0..an) = a / d, returns the remainder. q may alias a. */
static uint32_t mag_divrem1(const uint32_t *a, size_t an, uint32_t d, uint32_t *q) {
    uint64_t rem = 0;
    for (size_t i = an; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

/* Knuth's algorithm D (after Hacker's Delight divmnu): q[0..an-bn] = a / b, r[0..bn) = a % b.
 * Requires an >= bn >= 1 and b[bn-1] != 0. q or r may be NULL. Returns false on allocation failure. */
static bool mag_divrem(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *q, uint32_t *r) {
    if (!big_work(an)) return false;
    if (bn == 1) {
        uint32_t *qq = q ? q : dalloc(an);
        if (!qq) return false;
        uint32_t rem = mag_divrem1(a, an, b[0], qq);
        if (r) r[0] = rem;
        if (!q) mo_free(qq);
        return true;
    }
    int s = __builtin_clz(b[bn - 1]);
    uint32_t *un = dalloc(an + 1), *vn = dalloc(bn);
    if (!un || !vn) {
        mo_free(un);
        mo_free(vn);
        return false;
    }
    for (size_t i = bn - 1; i > 0; i--) vn[i] = (b[i] << s) | (s ? b[i - 1] >> (32 - s) : 0);
    vn[0] = b[0] << s;
    un[an] = s ? a[an - 1] >> (32 - s) : 0;
    for (size_t i = an - 1; i > 0; i--) un[i] = (a[i] << s) | (s ? a[i - 1] >> (32 - s) : 0);
    un[0] = a[0] << s;
    const uint64_t B = (uint64_t)1 << 32;
    for (size_t jj = an - bn + 1; jj-- > 0;) {
        size_t j = jj;
        if (!big_work(bn)) {
            mo_free(un);
            mo_free(vn);
            return false;
        }
        uint64_t num = ((uint64_t)un[j + bn] << 32) | un[j + bn - 1];
        uint64_t qhat = num / vn[bn - 1], rhat = num % vn[bn - 1];
        while (qhat >= B || qhat * vn[bn - 2] > ((rhat << 32) | un[j + bn - 2])) {
            qhat--;
            rhat += vn[bn - 1];
            if (rhat >= B) break;
        }
        int64_t k = 0, t;
        for (size_t i = 0; i < bn; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + bn] - k;
        un[j + bn] = (uint32_t)t;
        if (t < 0) {
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + bn] += (uint32_t)c;
        }
        if (q) q[j] = (uint32_t)qhat;
    }
    if (r) {
        for (size_t i = 0; i < bn - 1; i++) r[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
        r[bn - 1] = (un[bn - 1] >> s) | (s ? un[bn] << (32 - s) : 0);
    }
    mo_free(un);
    mo_free(vn);
    return true;
}

/* ---- generic big operations on views ------------------------------------------------------ */

static MoObject *big_addsub(const View *a, const View *b, bool subtract) {
    int bs = subtract ? -b->sign : b->sign;
    if (b->sign == 0) return int_from_digits(a->sign, a->d, a->n);
    if (a->sign == 0) return int_from_digits(bs, b->d, b->n);
    size_t rn = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *r = dalloc(rn);
    if (!r) return NULL;
    int sign;
    if (a->sign == bs) {
        mag_add(a->d, a->n, b->d, b->n, r);
        sign = a->sign;
    } else {
        int c = mag_cmp(a->d, a->n, b->d, b->n);
        if (c >= 0) {
            mag_sub(a->d, a->n, b->d, b->n, r);
            sign = a->sign;
        } else {
            mag_sub(b->d, b->n, a->d, a->n, r);
            sign = bs;
        }
    }
    MoObject *res = int_from_digits(sign, r, rn);
    mo_free(r);
    return res;
}

static MoObject *big_mul(const View *a, const View *b) {
    if (!a->sign || !b->sign) return small_int(0);
    if (!mo_mem_check((a->n + b->n) * sizeof(uint32_t) * 2)) return NULL;
    uint32_t *r = dalloc(a->n + b->n);
    if (!r) return NULL;
    if (!mag_mul(a->d, a->n, b->d, b->n, r)) {
        mo_free(r);
        return NULL;
    }
    MoObject *res = int_from_digits(a->sign * b->sign, r, a->n + b->n);
    mo_free(r);
    return res;
}

/* Floor division and modulo; either output may be NULL. b must be nonzero. 0 or -1. */
static int big_divmod(const View *a, const View *b, MoObject **qout, MoObject **rout) {
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        /* |a| < |b|: q is 0 or -1. */
        if (a->sign == 0 || a->sign == b->sign) {
            if (qout) *qout = small_int(0);
            if (rout) {
                *rout = int_from_digits(a->sign, a->d, a->n);
                if (!*rout) goto fail_q;
            }
            return 0;
        }
        if (qout) *qout = small_int(-1);
        if (rout) {
            uint32_t *r = dalloc(b->n);
            if (!r) goto fail_q;
            mag_sub(b->d, b->n, a->d, a->n, r);
            *rout = int_from_digits(b->sign, r, b->n);
            mo_free(r);
            if (!*rout) goto fail_q;
        }
        return 0;
    }
    size_t qn = a->n - b->n + 1;
    uint32_t *q = dalloc(qn + 1), *r = dalloc(b->n);
    if (!q || !r || !mag_divrem(a->d, a->n, b->d, b->n, q, r)) {
        mo_free(q);
        mo_free(r);
        if (qout) *qout = NULL;
        return -1;
    }
    size_t rn = b->n;
    while (rn && r[rn - 1] == 0) rn--;
    int qsign = a->sign * b->sign;
    if (qsign < 0 && rn) {
        /* Round toward minus infinity: |q| += 1, r = |b| - r with the sign of b. */
        uint32_t one = 1;
        mag_add(q, qn, &one, 1, q);
        mag_sub(b->d, b->n, r, b->n, r);
        rn = b->n;
    }
    MoObject *qo = NULL, *ro = NULL;
    if (qout) qo = int_from_digits(qsign, q, qn + 1);
    if (rout && (!qout || qo)) ro = int_from_digits(b->sign, r, rn);
    mo_free(q);
    mo_free(r);
    if ((qout && !qo) || (rout && !ro)) {
        mo_xdecref(qo);
        mo_xdecref(ro);
        if (qout) *qout = NULL;
        return -1;
    }
    if (qout) *qout = qo;
    if (rout) *rout = ro;
    return 0;
fail_q:
    if (qout) MO_CLEAR(*qout);
    return -1;
}

/* a << k (k >= 0) on a magnitude view. */
static MoObject *big_lshift(const View *a, uint64_t k) {
    if (!a->sign) return small_int(0);
    uint64_t words = k / 32;
    unsigned bits = (unsigned)(k % 32);
    /* A size that does not even fit in size_t (wasm32) is over any memory limit: report it as such. */
    if (words > (uint64_t)(SIZE_MAX / 16)) { (void)mo_mem_check(SIZE_MAX); return NULL; }
    if (!mo_mem_check((size_t)(words + a->n + 1) * sizeof(uint32_t) * 2)) return NULL;
    size_t rn = (size_t)words + a->n + 1;
    uint32_t *r = dalloc(rn);
    if (!r) return NULL;
    for (size_t i = 0; i < a->n; i++) {
        uint64_t v = (uint64_t)a->d[i] << bits;
        r[i + words] |= (uint32_t)v;
        r[i + words + 1] |= (uint32_t)(v >> 32);
    }
    MoObject *res = int_from_digits(a->sign, r, rn);
    mo_free(r);
    return res;
}

/* Magnitude >> k into a new digit array; *rn receives its length. */
static uint32_t *mag_rshift(const uint32_t *d, size_t n, uint64_t k, size_t *rn) {
    uint64_t words = k / 32;
    unsigned bits = (unsigned)(k % 32);
    if (words >= n) {
        *rn = 0;
        return dalloc(1);
    }
    size_t m = n - (size_t)words;
    uint32_t *r = dalloc(m);
    if (!r) return NULL;
    for (size_t i = 0; i < m; i++) {
        uint64_t v = d[i + words];
        if (i + words + 1 < n) v |= (uint64_t)d[i + words + 1] << 32;
        r[i] = (uint32_t)(v >> bits);
    }
    *rn = m;
    return r;
}

static MoObject *big_rshift(const View *a, uint64_t k) {
    if (a->sign >= 0) {
        size_t rn;
        uint32_t *r = mag_rshift(a->d, a->n, k, &rn);
        if (!r) return NULL;
        MoObject *res = int_from_digits(1, r, rn);
        mo_free(r);
        return res;
    }
    /* Floor for negatives: -((|a| - 1) >> k) - 1. */
    uint32_t *m = dalloc(a->n);
    if (!m) return NULL;
    uint32_t one = 1;
    mag_sub(a->d, a->n, &one, 1, m);
    size_t rn;
    uint32_t *r = mag_rshift(m, a->n, k, &rn);
    mo_free(m);
    if (!r) return NULL;
    uint32_t *r2 = dalloc(rn + 1);
    if (!r2) {
        mo_free(r);
        return NULL;
    }
    mag_add(r, rn, &one, 1, r2);
    MoObject *res = int_from_digits(-1, r2, rn + 1);
    mo_free(r);
    mo_free(r2);
    return res;
}

/* Writes the two's complement of a view into t[0..n). */
static void to_twos(const View *a, uint32_t *t, size_t n) {
    for (size_t i = 0; i < n; i++) t[i] = i < a->n ? a->d[i] : 0;
    if (a->sign < 0) {
        uint64_t c = 1;
        for (size_t i = 0; i < n; i++) {
            c += (uint32_t)~t[i];
            t[i] = (uint32_t)c;
            c >>= 32;
        }
    }
}

static MoObject *big_bitop(const View *a, const View *b, MoBinOp op) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = dalloc(n), *y = dalloc(n);
    if (!x || !y) {
        mo_free(x);
        mo_free(y);
        return NULL;
    }
    to_twos(a, x, n);
    to_twos(b, y, n);
    for (size_t i = 0; i < n; i++) x[i] = op == MO_AND ? (x[i] & y[i]) : op == MO_OR ? (x[i] | y[i]) : (x[i] ^ y[i]);
    int sign = 1;
    if (x[n - 1] & 0x80000000u) {
        sign = -1;
        View v = {.sign = -1, .n = n, .d = x};
        memcpy(y, x, n * sizeof(uint32_t));
        v.d = y;
        to_twos(&v, x, n); /* negating again gives the magnitude */
    }
    MoObject *res = int_from_digits(sign, x, n);
    mo_free(x);
    mo_free(y);
    return res;
}

/* ---- conversions ------------------------------------------------------------------------- */

double mo_int_as_double(MoObject *o, bool *overflow) {
    if (overflow) *overflow = false;
    int64_t s = 0;
    if (int_small(o, &s)) return (double)s;
    View v;
    view_of(o, &v);
    size_t bl = view_bitlen(&v);
    if (bl > 1024) {
        if (overflow) *overflow = true;
        return v.sign < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    /* Keep the top 63 bits plus a sticky bit so the u64->double conversion rounds correctly. */
    size_t shift = bl - 63;
    size_t rn;
    uint32_t *r = mag_rshift(v.d, v.n, shift, &rn);
    if (!r) {
        mo_err_clear();
        if (overflow) *overflow = true;
        return 0.0;
    }
    uint64_t top = r[0] | (rn > 1 ? (uint64_t)r[1] << 32 : 0);
    mo_free(r);
    bool sticky = false;
    for (size_t i = 0; i < shift / 32 && !sticky; i++) sticky = v.d[i] != 0;
    if (!sticky && shift % 32) sticky = (v.d[shift / 32] & ((1u << (shift % 32)) - 1)) != 0;
    top |= sticky;
    double d = ldexp((double)top, (int)shift);
    if (isinf(d) && overflow) *overflow = true;
    return v.sign < 0 ? -d : d;
}

MoObject *mo_int_from_double(double v) {
    if (isinf(v)) {
        mo_err_set(&mo_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(v)) {
        mo_err_set(&mo_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    v = trunc(v);
    if (v >= -9223372036854775808.0 && v < 9223372036854775808.0) return mo_int_from_i64((int64_t)v);
    int e;
    double m = frexp(fabs(v), &e); /* v = m * 2^e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    uint32_t d[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    View w = {.sign = v < 0 ? -1 : 1, .n = 2, .d = d};
    return big_lshift(&w, (uint64_t)(e - 53));
}

MoObject *mo_int_from_bytes_be(const uint8_t *mag, size_t len, bool negative) {
    size_t n = (len + 3) / 4;
    uint32_t *d = dalloc(n);
    if (!d) return NULL;
    for (size_t i = 0; i < len; i++) {
        size_t bit = (len - 1 - i) * 8;
        d[bit / 32] |= (uint32_t)mag[i] << (bit % 32);
    }
    MoObject *r = int_from_digits(negative ? -1 : 1, d, n);
    mo_free(d);
    return r;
}

size_t mo_int_to_bytes_be(MoObject *o, uint8_t *buf, size_t cap, bool *negative) {
    View v;
    view_of(o, &v);
    if (negative) *negative = v.sign < 0;
    size_t need = (view_bitlen(&v) + 7) / 8;
    if (need <= cap)
        for (size_t i = 0; i < need; i++) {
            size_t bit = (need - 1 - i) * 8;
            buf[i] = (uint8_t)(v.d[bit / 32] >> (bit % 32));
        }
    return need;
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* The run's limit on decimal int<->str conversions (0 = none): sys.set_int_max_str_digits()
 * keeps it in the sys module as `_int_max_str_digits`; the default while this run has not
 * imported sys, or when the value there is not a valid limit. */
static size_t str_digits_limit(void) {
    MoObject *sys = mo_modules_lookup_cached("sys");
    /* The cache is sys.modules: a program may have put anything there under "sys". */
    MoObject *v = sys && mo_module_check(sys) ? mo_dict_get_str(mo_module_dict(sys), "_int_max_str_digits") : NULL;
    int64_t x;
    if (!v || !MO_CHECK_EXACT(v, mo_int_type) || !mo_int_fits_i64(v) || mo_int_as_i64(v, &x) < 0)
        return MOAT_MAX_STR_DIGITS;
    if (x == 0) return 0;
    return x < MOAT_STR_DIGITS_CHECK_THRESHOLD ? MOAT_MAX_STR_DIGITS : (size_t)x;
}

static void set_str_digits_error(size_t limit) {
    mo_err_format(&mo_ValueError,
                  "Exceeds the limit (%zu digits) for integer string conversion; use sys.set_int_max_str_digits() "
                  "to increase the limit",
                  limit);
}

MoObject *mo_int_to_string(MoObject *o, int base) {
    View v;
    view_of(o, &v);
    if (base < 2 || base > 36) {
        mo_err_set(&mo_ValueError, "base must be between 2 and 36");
        return NULL;
    }
    size_t bl = view_bitlen(&v);
    bool pow2 = (base & (base - 1)) == 0;
    size_t limit = !pow2 && bl > 2000 ? str_digits_limit() : 0;
    /* A value of bl bits has more than limit digits once bl > limit * log2(10) + 1. */
    if (limit && (double)bl > (double)limit * 3.3219280948873626 + 2.0) {
        set_str_digits_error(limit);
        return NULL;
    }
    if (v.sign == 0) return mo_str_from_cstr("0");
    /* Upper bound on digits: bits / log2(base) + 1, with log2(base) >= 1. */
    size_t cap = bl + 2;
    char *buf = mo_alloc(cap + 1);
    if (!buf) return NULL;
    char *end = buf + cap, *p = end;
    if (pow2) {
        int sh = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
        for (size_t bit = 0; bit < bl; bit += (size_t)sh) {
            unsigned val = 0;
            for (int k = 0; k < sh; k++) {
                size_t b2 = bit + (size_t)k;
                if (b2 < bl && (v.d[b2 / 32] >> (b2 % 32)) & 1) val |= 1u << k;
            }
            *--p = digit_chars[val];
        }
    } else {
        /* Peel off chunks of base^k < 2^32 digits at a time. */
        uint32_t chunk = (uint32_t)base;
        int per = 1;
        while ((uint64_t)chunk * (uint32_t)base < ((uint64_t)1 << 32)) {
            chunk *= (uint32_t)base;
            per++;
        }
        uint32_t *t = dalloc(v.n);
        if (!t) {
            mo_free(buf);
            return NULL;
        }
        memcpy(t, v.d, v.n * sizeof(uint32_t));
        size_t tn = v.n;
        while (tn) {
            if (!big_work(tn)) {
                mo_free(t);
                mo_free(buf);
                return NULL;
            }
            uint32_t rem = mag_divrem1(t, tn, chunk, t);
            while (tn && t[tn - 1] == 0) tn--;
            for (int k = 0; k < per && (tn || rem); k++) {
                *--p = digit_chars[rem % (uint32_t)base];
                rem /= (uint32_t)base;
            }
        }
        mo_free(t);
        if (limit && (size_t)(end - p) > limit) {
            mo_free(buf);
            set_str_digits_error(limit);
            return NULL;
        }
    }
    if (v.sign < 0) *--p = '-';
    MoObject *s = mo_str_from_utf8(p, (size_t)(end - p));
    mo_free(buf);
    return s;
}

MoObject *mo_int_to_prefixed(MoObject *o, int base) {
    MoObject *s = mo_int_to_string(o, base);
    if (!s) return NULL;
    const char *pre = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    const char *t = MO_STR_UTF8(s);
    MoObject *r = t[0] == '-' ? mo_format("-%s%s", pre, t + 1) : mo_format("%s%s", pre, t);
    mo_decref(s);
    return r;
}

/* Python's Py_ISSPACE: ASCII whitespace only (Unicode spaces were mapped to ' ' before). */
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* ValueError "invalid literal for int() with base B: R" where R is the repr of the original
 * argument (orig, or the text decoded as a str) cut to 200 code points, as CPython's %.200R. */
static MoObject *invalid_literal(const char *s, size_t len, int base, MoObject *orig) {
    MoObject *str = orig ? mo_newref(orig) : mo_str_decode_utf8(s, len);
    if (!str) return NULL;
    MoObject *r = mo_repr(str);
    mo_decref(str);
    if (!r) return NULL;
    const char *p = MO_STR_UTF8(r);
    size_t nb = MO_STR_NBYTES(r), k = 0, cps = 0;
    while (k < nb && cps < 200) {
        unsigned char c = (unsigned char)p[k];
        k += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        cps++;
    }
    MoObject *cut = mo_str_from_utf8(p, k < nb ? k : nb);
    mo_decref(r);
    if (!cut) return NULL;
    mo_err_format(&mo_ValueError, "invalid literal for int() with base %d: %U", base, cut);
    mo_decref(cut);
    return NULL;
}

static MoObject *int_parse(const char *s0, size_t len0, int base0, MoObject *orig);

MoObject *mo_int_from_string(const char *s, size_t len, int base) { return int_parse(s, len, base, NULL); }

static MoObject *int_parse_ascii(const char *s0, size_t len0, int base0, MoObject *orig);

static MoObject *int_parse(const char *s0, size_t len0, int base0, MoObject *orig) {
    if (orig && !MO_STR_CHECK(orig)) return int_parse_ascii(s0, len0, base0, orig);
    size_t n;
    char *t = mo_number_ascii_text(s0, len0, &n);
    if (!t) return int_parse_ascii(s0, len0, base0, orig);
    MoObject *str = orig ? mo_newref(orig) : mo_str_decode_utf8(s0, len0);
    MoObject *r = str ? int_parse_ascii(t, n, base0, str) : NULL;
    mo_xdecref(str);
    mo_free(t);
    return r;
}

static MoObject *int_parse_ascii(const char *s0, size_t len0, int base0, MoObject *orig) {
    if (base0 != 0 && (base0 < 2 || base0 > 36)) {
        mo_err_set(&mo_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    const char *s = s0, *e = s0 + len0;
    int base = base0;
    while (s < e && is_space(*s)) s++;
    while (e > s && is_space(e[-1])) e--;
    int sign = 1;
    if (s < e && (*s == '+' || *s == '-')) {
        if (*s == '-') sign = -1;
        s++;
    }
    bool prefixed = false;
    if (e - s >= 2 && s[0] == '0') {
        char c = (char)(s[1] | 32);
        if ((c == 'x' && (base == 16 || base == 0)) || (c == 'o' && (base == 8 || base == 0)) ||
            (c == 'b' && (base == 2 || base == 0))) {
            base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            s += 2;
            prefixed = true;
        }
    }
    bool legacy_zero = false;
    if (base == 0) {
        base = 10;
        legacy_zero = s < e && s[0] == '0';
    }
    /* Validate: digits with single underscores between them (one may follow a prefix). */
    if (s == e) return invalid_literal(s0, len0, base0, orig);
    size_t ndigits = 0;
    bool prev_us = !prefixed, nonzero = false;
    for (const char *p = s; p < e; p++) {
        if (*p == '_') {
            if (prev_us) return invalid_literal(s0, len0, base0, orig);
            prev_us = true;
            continue;
        }
        if (digit_value(*p) >= base) return invalid_literal(s0, len0, base0, orig);
        if (*p != '0') nonzero = true;
        prev_us = false;
        ndigits++;
    }
    if (prev_us || ndigits == 0) return invalid_literal(s0, len0, base0, orig);
    if (legacy_zero && nonzero) return invalid_literal(s0, len0, base0, orig);
    size_t limit = (base & (base - 1)) != 0 && ndigits > MOAT_STR_DIGITS_CHECK_THRESHOLD ? str_digits_limit() : 0;
    if (limit && ndigits > limit) {
        mo_err_format(&mo_ValueError,
                      "Exceeds the limit (%zu digits) for integer string conversion: value has %zu digits; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      limit, ndigits);
        return NULL;
    }
    /* Fast path: fits in uint64 without overflow. */
    uint64_t acc = 0;
    bool overflow = false;
    for (const char *p = s; p < e && !overflow; p++) {
        if (*p == '_') continue;
        overflow = __builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
                   __builtin_add_overflow(acc, (uint64_t)digit_value(*p), &acc);
    }
    if (!overflow) {
        if (sign > 0) return mo_int_from_u64(acc);
        uint32_t d[2] = {(uint32_t)acc, (uint32_t)(acc >> 32)};
        return int_from_digits(-1, d, 2);
    }
    /* General case: multiply-add in chunks of base^k < 2^32. */
    size_t maxn = (ndigits * 6) / 32 + 2; /* log2(36) < 6 bits per digit */
    uint32_t *d = dalloc(maxn);
    if (!d) return NULL;
    size_t n = 0;
    uint32_t chunk = 0, mult = 1;
    for (const char *p = s; p <= e; p++) {
        bool flush = p == e;
        if (!flush) {
            if (*p == '_') continue;
            chunk = chunk * (uint32_t)base + (uint32_t)digit_value(*p);
            mult *= (uint32_t)base;
            flush = (uint64_t)mult * (uint32_t)base >= ((uint64_t)1 << 32);
        }
        if (flush && mult > 1) {
            if (!big_work(n)) {
                mo_free(d);
                return NULL;
            }
            uint64_t c = chunk;
            for (size_t i = 0; i < n; i++) {
                c += (uint64_t)d[i] * mult;
                d[i] = (uint32_t)c;
                c >>= 32;
            }
            if (c) d[n++] = (uint32_t)c;
            chunk = 0;
            mult = 1;
        }
    }
    MoObject *r = int_from_digits(sign, d, n);
    mo_free(d);
    return r;
}

/* ---- comparison and hashing ---------------------------------------------------------------- */

static int int_cmp(MoObject *a, MoObject *b) {
    int64_t x = 0, y = 0;
    if (int_small(a, &x) && int_small(b, &y)) return x < y ? -1 : x > y;
    View va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    if (va.sign != vb.sign) return va.sign < vb.sign ? -1 : 1;
    int c = mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.sign < 0 ? -c : c;
}

int mo_int_compare_double(MoObject *i, double f) {
    if (isnan(f)) return 2;
    if (isinf(f)) return f > 0 ? -1 : 1;
    int64_t s = 0;
    if (int_small(i, &s) && s > -((int64_t)1 << 53) && s < ((int64_t)1 << 53)) {
        double x = (double)s;
        return x < f ? -1 : x > f;
    }
    /* Compare with the float's integer part exactly, then let the fraction break a tie. */
    double t = trunc(f);
    MoObject *ti = mo_int_from_double(t);
    if (!ti) {
        mo_err_clear();
        return 0;
    }
    int c = int_cmp(i, ti);
    mo_decref(ti);
    if (c != 0) return c;
    double frac = f - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static bool cmp_result(int c, MoCompareOp op) {
    switch (op) {
    case MO_LT: return c < 0;
    case MO_LE: return c <= 0;
    case MO_EQ: return c == 0;
    case MO_NE: return c != 0;
    case MO_GT: return c > 0;
    case MO_GE: return c >= 0;
    }
    return false;
}

static MoObject *int_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!MO_INT_CHECK(a)) return mo_newref(mo_NotImplemented);
    if (MO_INT_CHECK(b)) return mo_bool(cmp_result(int_cmp(a, b), op));
    if (mo_isinstance_type(b, &mo_float_type)) {
        int c = mo_int_compare_double(a, MO_FLOAT_VALUE(b));
        if (c == 2) return mo_bool(op == MO_NE);
        return mo_bool(cmp_result(c, op));
    }
    return mo_newref(mo_NotImplemented);
}

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

static int int_hash(MoObject *o, int64_t *out) {
    View v;
    view_of(o, &v);
    uint64_t h = 0;
    for (size_t i = v.n; i-- > 0;) {
        h = ((h << 32) & HASH_MOD) | (h >> (HASH_BITS - 32));
        h += v.d[i];
        if (h >= HASH_MOD) h -= HASH_MOD;
    }
    int64_t r = v.sign < 0 ? -(int64_t)h : (int64_t)h;
    if (r == -1) r = -2;
    *out = r;
    return 0;
}

/* ---- arithmetic ------------------------------------------------------------------------------ */

static MoObject *zero_div(const char *msg) {
    mo_err_set(&mo_ZeroDivisionError, msg);
    return NULL;
}

/* Floor division / modulo of two ints; either output may be NULL. 0 or -1. */
static int int_divmod_objs(MoObject *a, MoObject *b, MoObject **q, MoObject **r, const char *zmsg) {
    int64_t x = 0, y = 0;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) {
            zero_div(zmsg);
            return -1;
        }
        if (!(x == INT64_MIN && y == -1)) {
            int64_t qq = x / y, rr = x % y;
            if (rr != 0 && ((rr < 0) != (y < 0))) {
                qq--;
                rr += y;
            }
            if (q && !(*q = mo_int_from_i64(qq))) return -1;
            if (r && !(*r = mo_int_from_i64(rr))) {
                if (q) MO_CLEAR(*q);
                return -1;
            }
            return 0;
        }
    }
    View va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    if (vb.sign == 0) {
        zero_div(zmsg);
        return -1;
    }
    return big_divmod(&va, &vb, q, r);
}

static MoObject *int_truediv(MoObject *a, MoObject *b) {
    int64_t x = 0, y = 0;
    bool sa = int_small(a, &x), sb = int_small(b, &y);
    if (sb && y == 0) return zero_div("division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (sa && sb && x > -lim && x < lim && y > -lim && y < lim) return mo_float_new((double)x / (double)y);
    View va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    if (vb.sign == 0) return zero_div("division by zero");
    if (va.sign == 0) return mo_float_new(vb.sign < 0 ? -0.0 : 0.0);
    /* Scale so the integer quotient has at least 55 bits, then round once through a u64 with a
     * sticky bit: correctly rounded except for results in the subnormal range. */
    int64_t la = (int64_t)view_bitlen(&va), lb = (int64_t)view_bitlen(&vb);
    int64_t k = 56 + lb - la;
    if (la - lb > 1025) {
        mo_err_set(&mo_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if (lb - la > 1200) return mo_float_new(va.sign * vb.sign < 0 ? -0.0 : 0.0);
    View ua = va, ub = vb;
    ua.sign = ub.sign = 1;
    MoObject *num = k > 0 ? big_lshift(&ua, (uint64_t)k) : int_from_digits(1, ua.d, ua.n);
    MoObject *den = k < 0 ? big_lshift(&ub, (uint64_t)-k) : int_from_digits(1, ub.d, ub.n);
    MoObject *q = NULL, *r = NULL;
    if (!num || !den || int_divmod_objs(num, den, &q, &r, "division by zero") < 0) {
        mo_xdecref(num);
        mo_xdecref(den);
        return NULL;
    }
    View vq;
    view_of(q, &vq);
    /* q has 56..58 bits: fold the low bits beyond 62 into a sticky bit. */
    uint64_t m = vq.d[0] | (vq.n > 1 ? (uint64_t)vq.d[1] << 32 : 0);
    if (mo_int_sign(r) != 0) m |= 1;
    double d = ldexp((double)m, (int)-k);
    mo_decref(num);
    mo_decref(den);
    mo_decref(q);
    mo_decref(r);
    if (isinf(d)) {
        mo_err_set(&mo_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    return mo_float_new(va.sign * vb.sign < 0 ? -d : d);
}

static MoObject *int_mul_objs(MoObject *a, MoObject *b) {
    int64_t x = 0, y = 0, r = 0;
    if (int_small(a, &x) && int_small(b, &y) && !__builtin_mul_overflow(x, y, &r)) return mo_int_from_i64(r);
    View va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    return big_mul(&va, &vb);
}

static MoObject *int_pow(MoObject *a, MoObject *b) {
    if (mo_int_sign(b) < 0) {
        bool o1, o2;
        double x = mo_int_as_double(a, &o1), y = mo_int_as_double(b, &o2);
        if (o1 || o2) {
            mo_err_set(&mo_OverflowError, "int too large to convert to float");
            return NULL;
        }
        return mo_float_pow_values(x, y);
    }
    int64_t x = 0, e = 0;
    if (int_small(a, &x) && (x == 0 || x == 1)) return mo_int_from_i64(mo_int_sign(b) == 0 ? 1 : x);
    if (int_small(a, &x) && x == -1) {
        View vb;
        view_of(b, &vb);
        return mo_int_from_i64(vb.n && (vb.d[0] & 1) ? -1 : 1);
    }
    if (!int_small(b, &e)) return mo_err_nomemory();
    View va;
    view_of(a, &va);
    /* The result has about bitlen(a) * e bits: refuse early what cannot fit in memory. */
    double est_bits = ((double)view_bitlen(&va) - 1) * (double)e;
    if (est_bits > 8.0 * (double)SIZE_MAX / 4) { (void)mo_mem_check(SIZE_MAX); return NULL; }
    if (!mo_mem_check((size_t)(est_bits / 8))) return NULL;
    {
        /* A power of two to a power is a shift (2**10**8 would otherwise take many squarings). */
        size_t pop = 0;
        for (size_t i = 0; i < va.n && pop < 2; i++) pop += (size_t)__builtin_popcount(va.d[i]);
        if (pop == 1) {
            uint32_t one = 1;
            View v1 = {.sign = (va.sign < 0 && (e & 1)) ? -1 : 1, .n = 1, .d = &one};
            return big_lshift(&v1, (uint64_t)(view_bitlen(&va) - 1) * (uint64_t)e);
        }
    }
    if (int_small(a, &x)) {
        /* Fast path with overflow checks. */
        int64_t acc = 1, base = x, ee = e;
        bool ok = true;
        while (ee && ok) {
            if (ee & 1) ok = !__builtin_mul_overflow(acc, base, &acc);
            ee >>= 1;
            if (ee && ok) ok = !__builtin_mul_overflow(base, base, &base);
        }
        if (ok) return mo_int_from_i64(acc);
    }
    MoObject *result = small_int(1), *base = mo_newref(a);
    while (e) {
        if (e & 1) {
            MoObject *t = int_mul_objs(result, base);
            mo_decref(result);
            if (!t) {
                mo_decref(base);
                return NULL;
            }
            result = t;
        }
        e >>= 1;
        if (e) {
            MoObject *t = int_mul_objs(base, base);
            mo_decref(base);
            if (!t) {
                mo_decref(result);
                return NULL;
            }
            base = t;
        }
    }
    mo_decref(base);
    return result;
}

static MoObject *int_mod_obj(MoObject *a, MoObject *m) {
    MoObject *r = NULL;
    if (int_divmod_objs(a, m, NULL, &r, "integer modulo by zero") < 0) return NULL;
    return r;
}

MoObject *mo_int_pow3(MoObject *base, MoObject *exp, MoObject *mod) {
    if (!MO_INT_CHECK(base) || !MO_INT_CHECK(exp)) {
        mo_err_format(&mo_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", base->type->name,
                      exp->type->name);
        return NULL;
    }
    if (!mod || mod == mo_None) return int_pow(base, exp);
    if (!MO_INT_CHECK(mod)) {
        mo_err_set(&mo_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    if (mo_int_sign(mod) == 0) {
        mo_err_set(&mo_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    MoObject *b = NULL, *e = mo_newref(exp), *result = NULL;
    /* Work modulo |m| and fix the sign at the end, as CPython. */
    bool negmod = mo_int_sign(mod) < 0;
    MoObject *m = negmod ? mo_unaryop(mod, MO_NEG) : mo_newref(mod);
    if (!m) goto done;
    b = int_mod_obj(base, m);
    if (!b) goto done;
    if (mo_int_sign(e) < 0) {
        /* Modular inverse by the extended Euclidean algorithm. */
        MoObject *r0 = mo_newref(m), *r1 = mo_newref(b), *t0 = small_int(0), *t1 = small_int(1);
        while (mo_int_sign(r1) != 0) {
            MoObject *q = NULL, *r = NULL;
            if (int_divmod_objs(r0, r1, &q, &r, "integer division or modulo by zero") < 0) goto inv_fail;
            MoObject *qt = int_mul_objs(q, t1);
            mo_decref(q);
            if (!qt) {
                mo_decref(r);
                goto inv_fail;
            }
            MoObject *t2 = mo_binop(t0, qt, MO_SUB);
            mo_decref(qt);
            if (!t2) {
                mo_decref(r);
                goto inv_fail;
            }
            mo_decref(r0);
            r0 = r1;
            r1 = r;
            mo_decref(t0);
            t0 = t1;
            t1 = t2;
            continue;
        inv_fail:
            mo_decref(r0);
            mo_decref(r1);
            mo_decref(t0);
            mo_decref(t1);
            goto done;
        }
        int64_t g;
        bool one = int_small(r0, &g) && g == 1;
        mo_decref(r0);
        mo_decref(r1);
        mo_decref(t1);
        if (!one) {
            mo_decref(t0);
            mo_err_set(&mo_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        MO_SETREF(b, int_mod_obj(t0, m));
        mo_decref(t0);
        if (!b) goto done;
        MO_SETREF(e, mo_unaryop(e, MO_NEG));
        if (!e) goto done;
    }
    {
        View ve;
        view_of(e, &ve);
        result = small_int(1);
        size_t bl = view_bitlen(&ve);
        for (size_t i = bl; i-- > 0;) {
            MoObject *t = int_mul_objs(result, result);
            if (t) MO_SETREF(t, int_mod_obj(t, m));
            mo_decref(result);
            result = t;
            if (!result) goto done;
            if ((ve.d[i / 32] >> (i % 32)) & 1) {
                t = int_mul_objs(result, b);
                if (t) MO_SETREF(t, int_mod_obj(t, m));
                mo_decref(result);
                result = t;
                if (!result) goto done;
            }
        }
        MO_SETREF(result, int_mod_obj(result, m));
        if (result && negmod && mo_int_sign(result) != 0) MO_SETREF(result, mo_binop(result, m, MO_SUB));
    }
done:
    mo_xdecref(m);
    mo_xdecref(b);
    mo_xdecref(e);
    return result;
}

static MoObject *int_shift(MoObject *a, MoObject *b, bool left) {
    if (mo_int_sign(b) < 0) {
        mo_err_set(&mo_ValueError, "negative shift count");
        return NULL;
    }
    int64_t x = 0, k = 0;
    bool small_k = int_small(b, &k);
    if (int_small(a, &x) && x == 0) return small_int(0);
    if (!small_k) {
        if (left) {
            mo_err_set(&mo_OverflowError, "too many digits in integer");
            return NULL;
        }
        return small_int(mo_int_sign(a) < 0 ? -1 : 0);
    }
    if (int_small(a, &x)) {
        if (!left) return mo_int_from_i64(k >= 63 ? (x < 0 ? -1 : 0) : x >> k);
        if (k < 63) {
            int64_t r = (int64_t)((uint64_t)x << k);
            if ((r >> k) == x) return mo_int_from_i64(r);
        }
    }
    View va;
    view_of(a, &va);
    if (left && (uint64_t)k / 32 > (uint64_t)UINT32_MAX / 8) {
        mo_err_set(&mo_OverflowError, "too many digits in integer");
        return NULL;
    }
    return left ? big_lshift(&va, (uint64_t)k) : big_rshift(&va, (uint64_t)k);
}

static MoObject *int_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (!MO_INT_CHECK(a) || !MO_INT_CHECK(b)) return mo_newref(mo_NotImplemented);
    int64_t x = 0, y = 0, r = 0;
    bool small = int_small(a, &x) && int_small(b, &y);
    switch (op) {
    case MO_ADD:
    case MO_SUB: {
        if (small && !(op == MO_ADD ? __builtin_add_overflow(x, y, &r) : __builtin_sub_overflow(x, y, &r)))
            return mo_int_from_i64(r);
        View va, vb;
        view_of(a, &va);
        view_of(b, &vb);
        return big_addsub(&va, &vb, op == MO_SUB);
    }
    case MO_MUL: return int_mul_objs(a, b);
    case MO_TRUEDIV: return int_truediv(a, b);
    case MO_FLOORDIV: {
        MoObject *q = NULL;
        if (int_divmod_objs(a, b, &q, NULL, "integer division or modulo by zero") < 0) return NULL;
        return q;
    }
    case MO_MOD: return int_mod_obj(a, b);
    case MO_POW: return int_pow(a, b);
    case MO_LSHIFT: return int_shift(a, b, true);
    case MO_RSHIFT: return int_shift(a, b, false);
    case MO_AND:
    case MO_OR:
    case MO_XOR: {
        if (small) return mo_int_from_i64(op == MO_AND ? (x & y) : op == MO_OR ? (x | y) : (x ^ y));
        View va, vb;
        view_of(a, &va);
        view_of(b, &vb);
        return big_bitop(&va, &vb, op);
    }
    default: return mo_newref(mo_NotImplemented);
    }
}

/* divmod() of two ints: a new (q, r) tuple or NULL. */
MoObject *mo_int_divmod(MoObject *a, MoObject *b) {
    MoObject *q = NULL, *r = NULL;
    if (int_divmod_objs(a, b, &q, &r, "integer division or modulo by zero") < 0) return NULL;
    MoObject *t = mo_tuple_pack(2, q, r);
    mo_decref(q);
    mo_decref(r);
    return t;
}

/* Returns an exact int with o's value (o itself when it already is one): new reference. */
static MoObject *int_exact(MoObject *o) {
    if (o->type == &mo_int_type) return mo_newref(o);
    int64_t x = 0;
    if (int_small(o, &x)) return mo_int_from_i64(x);
    return int_from_digits(I(o)->sign, I(o)->d, I(o)->n);
}

static MoObject *int_unaryop(MoObject *a, MoUnaryOp op) {
    int64_t x = 0;
    if (op == MO_POS) return int_exact(a);
    if (int_small(a, &x) && x != INT64_MIN) return mo_int_from_i64(op == MO_NEG ? -x : ~x);
    View va;
    view_of(a, &va);
    if (op == MO_NEG) return int_from_digits(-va.sign, va.d, va.n);
    /* ~x == -(x + 1) */
    uint32_t one = 1;
    View vone = {.sign = 1, .n = 1, .d = &one};
    MoObject *t = big_addsub(&va, &vone, false);
    if (!t) return NULL;
    MoObject *r = int_unaryop(t, MO_NEG);
    mo_decref(t);
    return r;
}

static int int_truth(MoObject *o) { return mo_int_sign(o) != 0; }

static MoObject *int_repr(MoObject *o) { return mo_int_to_string(o, 10); }

/* ---- construction ------------------------------------------------------------------------ */

/* Copies the value of the exact int v into a fresh instance of the int subclass type. */
static MoObject *int_subtype_new(MoType *type, MoObject *v) {
    MoObject *o = mo_object_alloc_instance(type);
    if (!o) return NULL;
    MoInt *src = I(v), *dst = I(o);
    dst->small = src->small;
    if (src->n) {
        dst->d = mo_alloc(src->n * sizeof(uint32_t));
        if (!dst->d) {
            mo_decref(o);
            return NULL;
        }
        memcpy(dst->d, src->d, src->n * sizeof(uint32_t));
        dst->n = src->n;
        dst->sign = src->sign;
    }
    return o;
}

/* Looks a special method up on the type and binds it: new reference or NULL (no error). */
static MoObject *lookup_special(MoObject *o, const char *name) {
    MoObject *attr = mo_type_lookup(o->type, mo_str_intern(name));
    if (!attr || attr == mo_None) return NULL;
    if (attr->type->descr_get) return attr->type->descr_get(attr, o, o->type);
    return mo_newref(attr);
}

/* int(x, base) for a str, bytes or bytearray x (the caller checked the type). */
static MoObject *int_from_text_obj(MoObject *x, int base) {
    if (MO_STR_CHECK(x)) return int_parse(MO_STR_UTF8(x), MO_STR_NBYTES(x), base, x);
    if (mo_isinstance_type(x, &mo_bytes_type))
        return int_parse((const char *)MO_BYTES(x)->data, MO_BYTES(x)->len, base, x);
    /* bytearray: parse a bytes copy (its layout belongs to the types team); CPython's message shows
     * that copy too. */
    MoObject *b = mo_call1(MO(&mo_bytes_type), x);
    if (!b) return NULL;
    MoObject *r = mo_isinstance_type(b, &mo_bytes_type)
                      ? int_parse((const char *)MO_BYTES(b)->data, MO_BYTES(b)->len, base, b)
                      : NULL;
    if (!r && !mo_err_occurred()) mo_err_set(&mo_TypeError, "bytes() returned non-bytes");
    mo_decref(b);
    return r;
}

MoObject *mo_number_int(MoObject *x) {
    if (MO_INT_CHECK(x)) return int_exact(x);
    if (mo_isinstance_type(x, &mo_float_type)) return mo_int_from_double(MO_FLOAT_VALUE(x));
    if (MO_STR_CHECK(x) || mo_isinstance_type(x, &mo_bytes_type) || mo_isinstance_type(x, &mo_bytearray_type))
        return int_from_text_obj(x, 10);
    static const char *const names[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        MoObject *m = lookup_special(x, names[i]);
        if (!m) {
            if (mo_err_occurred()) return NULL;
            continue;
        }
        MoObject *r = mo_call0(m);
        mo_decref(m);
        if (!r) return NULL;
        if (!MO_INT_CHECK(r)) {
            if (i == 2) {
                MoObject *r2 = mo_number_index(r);
                mo_decref(r);
                return r2;
            }
            mo_err_format(&mo_TypeError, "%s returned non-int (type %T)", names[i], r);
            mo_decref(r);
            return NULL;
        }
        MO_SETREF(r, int_exact(r));
        return r;
    }
    mo_err_format(&mo_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  x->type->name);
    return NULL;
}

static MoObject *int_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *x = nargs > 0 ? args[0] : NULL, *base = nargs > 1 ? args[1] : NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    if (nargs > 2) {
        mo_err_format(&mo_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        MoObject *k = MO_TUPLE_ITEM(kwnames, i);
        if (mo_str_eq_cstr(k, "base") && !base) base = args[nargs + i];
        else {
            mo_err_format(&mo_TypeError, "'%U' is an invalid keyword argument for int()", k);
            return NULL;
        }
    }
    MoObject *v;
    if (!x) {
        if (base) {
            mo_err_set(&mo_TypeError, "int() missing string argument");
            return NULL;
        }
        v = small_int(0);
    } else if (base) {
        int64_t b;
        if (mo_index(base, &b) < 0) return NULL;
        if (b != 0 && (b < 2 || b > 36)) {
            mo_err_set(&mo_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (!MO_STR_CHECK(x) && !mo_isinstance_type(x, &mo_bytes_type) && !mo_isinstance_type(x, &mo_bytearray_type)) {
            mo_err_set(&mo_TypeError, "int() can't convert non-string with explicit base");
            return NULL;
        }
        v = int_from_text_obj(x, (int)b);
    } else {
        v = mo_number_int(x);
    }
    if (!v || type == &mo_int_type) return v;
    MoObject *r = int_subtype_new(type, v);
    mo_decref(v);
    return r;
}

static void int_dealloc(MoObject *o) {
    if (I(o)->n && I(o)->d != INLINE_DIGITS(o)) mo_free(I(o)->d);
    mo_object_free(o);
}

/* ---- methods ----------------------------------------------------------------------------- */

/* CPython's messages: slot wrappers (__int__, __float__, __abs__) say "expected 0 arguments",
 * ordinary methods name the type ("int.bit_length() takes no arguments (1 given)"). */
static bool no_args(const char *name, size_t nargs, MoObject *kwnames) {
    bool slot = !strcmp(name, "__int__") || !strcmp(name, "__float__") || !strcmp(name, "__abs__") ||
                !strcmp(name, "__index__");
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        if (slot) mo_err_format(&mo_TypeError, "wrapper %s() takes no keyword arguments", name);
        else mo_err_format(&mo_TypeError, "int.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs) {
        if (slot) mo_err_format(&mo_TypeError, "expected 0 arguments, got %zu", nargs);
        else mo_err_format(&mo_TypeError, "int.%s() takes no arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

static MoObject *int_bit_length(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("bit_length", nargs, kwnames)) return NULL;
    View v;
    view_of(self, &v);
    return mo_int_from_u64(view_bitlen(&v));
}

static MoObject *int_bit_count(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("bit_count", nargs, kwnames)) return NULL;
    View v;
    view_of(self, &v);
    uint64_t c = 0;
    for (size_t i = 0; i < v.n; i++) c += (uint64_t)__builtin_popcount(v.d[i]);
    return mo_int_from_u64(c);
}

static MoObject *int_self_exact(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__int__", nargs, kwnames)) return NULL;
    return int_exact(self);
}

#define INT_SELF_METHOD(FN, NAME)                                                                  \
    static MoObject *FN(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) { \
        (void)args;                                                                                \
        if (!no_args(NAME, nargs, kwnames)) return NULL;                                           \
        return int_exact(self);                                                                    \
    }
INT_SELF_METHOD(int_trunc_method, "__trunc__")
INT_SELF_METHOD(int_floor_method, "__floor__")
INT_SELF_METHOD(int_ceil_method, "__ceil__")

static MoObject *int_getnewargs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("__getnewargs__", nargs, kwnames)) return NULL;
    MoObject *v = int_exact(self);
    MoObject *t = v ? mo_tuple_pack(1, v) : NULL;
    mo_xdecref(v);
    return t;
}

static MoObject *int_float_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__float__", nargs, kwnames)) return NULL;
    bool ovf;
    double d = mo_int_as_double(self, &ovf);
    if (ovf) {
        mo_err_set(&mo_OverflowError, "int too large to convert to float");
        return NULL;
    }
    return mo_float_new(d);
}

static MoObject *int_round_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return mo_number_round(self, nargs ? args[0] : NULL);
}

static MoObject *int_format_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if ((kwnames && MO_TUPLE_LEN(kwnames)) || nargs != 1) {
        mo_err_format(&mo_TypeError, "int.__format__() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "__format__() argument must be str, not %s", args[0]->type->name);
        return NULL;
    }
    return mo_format_int(self, args[0]);
}

static MoObject *int_abs_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__abs__", nargs, kwnames)) return NULL;
    return mo_number_abs(self);
}

static MoObject *int_to_bytes(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    MoObject *outs[3] = {NULL, NULL, NULL};
    if (mo_parse_args("to_bytes", args, nargs, kwnames, names, 0, 0, outs, 3) < 0) return NULL;
    int64_t length = 1;
    if (outs[0] && mo_index(outs[0], &length) < 0) return NULL;
    if (length < 0) {
        mo_err_set(&mo_ValueError, "length argument must be non-negative");
        return NULL;
    }
    bool little = false;
    if (outs[1]) {
        if (MO_STR_CHECK(outs[1]) && mo_str_eq_cstr(outs[1], "little")) little = true;
        else if (!MO_STR_CHECK(outs[1]) || !mo_str_eq_cstr(outs[1], "big")) {
            mo_err_set(&mo_ValueError, "byteorder must be either 'little' or 'big'");
            return NULL;
        }
    }
    int sg = 0;
    if (outs[2] && (sg = mo_truth(outs[2])) < 0) return NULL;
    View v;
    view_of(self, &v);
    if (v.sign < 0 && !sg) {
        mo_err_set(&mo_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    if (!mo_mem_check((size_t)length)) return NULL;
    size_t n = (size_t)length;
    size_t words = n / 4 + 2;
    uint32_t *t = dalloc(words > v.n ? words : v.n + 1);
    if (!t) return NULL;
    size_t tn = words > v.n ? words : v.n + 1;
    to_twos(&v, t, tn);
    /* Fits if every bit from position 8n (minus one for the sign when signed) up is the sign. */
    bool ok = true;
    size_t from = n * 8 - (sg && n ? 1 : 0);
    uint32_t signbit = v.sign < 0 ? 1 : 0;
    if (sg && n == 0) ok = v.sign == 0;
    for (size_t bit = from; ok && bit < tn * 32; bit++)
        if (((t[bit / 32] >> (bit % 32)) & 1) != signbit) ok = false;
    if (!ok) {
        mo_free(t);
        mo_err_set(&mo_OverflowError, "int too big to convert");
        return NULL;
    }
    uint8_t *buf = mo_alloc(n + 1);
    if (!buf) {
        mo_free(t);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t byte = (uint8_t)(t[i / 4] >> ((i % 4) * 8));
        buf[little ? i : n - 1 - i] = byte;
    }
    mo_free(t);
    MoObject *r = mo_bytes_new(buf, n);
    mo_free(buf);
    return r;
}

static MoObject *int_from_bytes(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    MoObject *outs[3] = {NULL, NULL, NULL};
    if (mo_parse_args("from_bytes", args, nargs, kwnames, names, 1, 0, outs, 3) < 0) return NULL;
    if (!mo_isinstance_type(outs[0], &mo_bytes_type)) {
        mo_err_format(&mo_TypeError, "cannot convert '%s' object to bytes", outs[0]->type->name);
        return NULL;
    }
    bool little = false;
    if (outs[1]) {
        if (MO_STR_CHECK(outs[1]) && mo_str_eq_cstr(outs[1], "little")) little = true;
        else if (!MO_STR_CHECK(outs[1]) || !mo_str_eq_cstr(outs[1], "big")) {
            mo_err_set(&mo_ValueError, "byteorder must be either 'little' or 'big'");
            return NULL;
        }
    }
    int sg = 0;
    if (outs[2] && (sg = mo_truth(outs[2])) < 0) return NULL;
    size_t n = MO_BYTES(outs[0])->len;
    uint8_t *be = mo_alloc(n + 1);
    if (!be) return NULL;
    for (size_t i = 0; i < n; i++) be[i] = MO_BYTES(outs[0])->data[little ? n - 1 - i : i];
    bool neg = sg && n && (be[0] & 0x80);
    if (neg) {
        /* Two's complement negate to get the magnitude. */
        unsigned c = 1;
        for (size_t i = n; i-- > 0;) {
            c += (uint8_t)~be[i];
            be[i] = (uint8_t)c;
            c >>= 8;
        }
    }
    MoObject *r = mo_int_from_bytes_be(be, n, neg);
    mo_free(be);
    if (r && (MoType *)cls != &mo_int_type && mo_isinstance_type(cls, &mo_type_type)) MO_SETREF(r, mo_call1(cls, r));
    return r;
}

/* int.__pow__ as a method so that the three-argument form int.__pow__(b, e, m) works too. */
static MoObject *int_pow_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if ((kwnames && MO_TUPLE_LEN(kwnames)) || nargs < 1 || nargs > 2) {
        mo_err_format(&mo_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (nargs == 2 && args[1] != mo_None) {
        if (!MO_INT_CHECK(args[0]) || !MO_INT_CHECK(args[1])) return mo_newref(mo_NotImplemented);
        return mo_int_pow3(self, args[0], args[1]);
    }
    return int_binop(self, args[0], MO_POW, false);
}

static MoObject *int_get_self(MoObject *self) { return int_exact(self); }
static MoObject *int_get_zero(MoObject *self) { return small_int(0); }
static MoObject *int_get_one(MoObject *self) { return small_int(1); }

static MoObject *int_conjugate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("conjugate", nargs, kwnames)) return NULL;
    return int_exact(self);
}

static MoObject *int_as_integer_ratio(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("as_integer_ratio", nargs, kwnames)) return NULL;
    MoObject *v = int_exact(self);
    if (!v) return NULL;
    MoObject *t = mo_tuple_pack(2, v, small_int(1));
    mo_decref(v);
    return t;
}

static MoObject *int_is_integer(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("is_integer", nargs, kwnames)) return NULL;
    return mo_bool(true);
}

static const MoMethodDef int_methods[] = {
    {"bit_length", int_bit_length, MO_METH_INSTANCE, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, MO_METH_INSTANCE, "Number of ones in the binary representation of abs(self)."},
    {"conjugate", int_conjugate, MO_METH_INSTANCE, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio, MO_METH_INSTANCE, "Return integer ratio."},
    {"is_integer", int_is_integer, MO_METH_INSTANCE, "Returns True."},
    {"to_bytes", int_to_bytes, MO_METH_INSTANCE, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, MO_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"__pow__", int_pow_method, MO_METH_INSTANCE, "Return pow(self, value, mod)."},
    {"__index__", int_self_exact, MO_METH_INSTANCE, "Return self converted to an integer."},
    {"__int__", int_self_exact, MO_METH_INSTANCE, "int(self)"},
    {"__trunc__", int_trunc_method, MO_METH_INSTANCE, "Truncating an Integral returns itself."},
    {"__floor__", int_floor_method, MO_METH_INSTANCE, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil_method, MO_METH_INSTANCE, "Ceiling of an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, MO_METH_INSTANCE, NULL},
    {"__float__", int_float_method, MO_METH_INSTANCE, "float(self)"},
    {"__abs__", int_abs_method, MO_METH_INSTANCE, "abs(self)"},
    {"__round__", int_round_method, MO_METH_INSTANCE, "Rounding an Integral returns itself."},
    {"__format__", int_format_method, MO_METH_INSTANCE, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const MoGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

MoType mo_int_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "int",
    .size = sizeof(MoInt),
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .vnew = int_vnew,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .truth = int_truth,
    .binop = int_binop,
    .unaryop = int_unaryop,
    .methods = int_methods,
    .getsets = int_getsets,
};

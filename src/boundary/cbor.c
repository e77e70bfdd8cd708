/*
 * cbor.c: encoder and strict decoder for the boundary's CBOR subset (see cbor.h, DESIGN.md 2).
 *
 * The decoder reads bytes the host controls, so it trusts nothing: every head is bounds-checked
 * before it is read, every length is compared with the bytes left before anything is allocated
 * (an array of n items needs at least n more bytes, a map of n pairs 2n), nesting is bounded by
 * MOAT_CBOR_MAX_DEPTH (which also bounds the decoder's own C recursion), and a failure anywhere
 * releases what was built so far. Containers count as nesting levels; tags do not, because every
 * tag Moat accepts wraps exactly one array or byte string.
 *
 * Containers are built by appending (never by pre-sizing with NULL slots), so a collection that runs
 * in the middle of decoding, or a failure half-way, never sees a half-initialised object.
 */
#include "cbor.h"

#include <string.h>

#include "../config.h"
#include "../core/state.h"

/* ---- buffer and writers ---------------------------------------------------------------------- */

void mo_cbor_buf_init(MoCborBuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void mo_cbor_buf_free(MoCborBuf *b)
{
    mo_free(b->data);
    mo_cbor_buf_init(b);
}

uint8_t *mo_cbor_buf_take(MoCborBuf *b, size_t *len)
{
    uint8_t *d = b->data;
    *len = b->len;
    mo_cbor_buf_init(b);
    return d;
}

static int buf_reserve(MoCborBuf *b, size_t n)
{
    if (b->cap - b->len >= n) return 0;
    if (n > SIZE_MAX / 2 - b->len) {
        mo_err_nomemory();
        return -1;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap - b->len < n) cap *= 2;
    uint8_t *d = (uint8_t *)mo_realloc(b->data, cap);
    if (!d) return -1;
    b->data = d;
    b->cap = cap;
    return 0;
}

int mo_cbor_put_raw(MoCborBuf *b, const uint8_t *p, size_t n)
{
    if (buf_reserve(b, n) < 0) return -1;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}

/* Writes a head with the shortest argument encoding. */
static int put_head(MoCborBuf *b, unsigned major, uint64_t v)
{
    uint8_t h[9];
    size_t n;
    uint8_t m = (uint8_t)(major << 5);
    if (v < 24) {
        h[0] = m | (uint8_t)v;
        n = 1;
    } else if (v <= 0xff) {
        h[0] = m | 24;
        h[1] = (uint8_t)v;
        n = 2;
    } else if (v <= 0xffff) {
        h[0] = m | 25;
        h[1] = (uint8_t)(v >> 8);
        h[2] = (uint8_t)v;
        n = 3;
    } else if (v <= 0xffffffffu) {
        h[0] = m | 26;
        for (int i = 0; i < 4; i++) h[1 + i] = (uint8_t)(v >> (24 - 8 * i));
        n = 5;
    } else {
        h[0] = m | 27;
        for (int i = 0; i < 8; i++) h[1 + i] = (uint8_t)(v >> (56 - 8 * i));
        n = 9;
    }
    return mo_cbor_put_raw(b, h, n);
}

int mo_cbor_put_uint(MoCborBuf *b, uint64_t v) { return put_head(b, 0, v); }

int mo_cbor_put_negint(MoCborBuf *b, uint64_t n) { return put_head(b, 1, n); }

int mo_cbor_put_int(MoCborBuf *b, int64_t v)
{
    if (v >= 0) return put_head(b, 0, (uint64_t)v);
    return put_head(b, 1, (uint64_t)(-(v + 1)));
}

int mo_cbor_put_text(MoCborBuf *b, const char *s, size_t n)
{
    if (put_head(b, 3, n) < 0) return -1;
    return mo_cbor_put_raw(b, (const uint8_t *)s, n);
}

int mo_cbor_put_cstr(MoCborBuf *b, const char *s) { return mo_cbor_put_text(b, s, strlen(s)); }

int mo_cbor_put_bytes(MoCborBuf *b, const uint8_t *p, size_t n)
{
    if (put_head(b, 2, n) < 0) return -1;
    return mo_cbor_put_raw(b, p, n);
}

int mo_cbor_put_array(MoCborBuf *b, size_t n) { return put_head(b, 4, n); }

int mo_cbor_put_map(MoCborBuf *b, size_t n) { return put_head(b, 5, n); }

int mo_cbor_put_tag(MoCborBuf *b, uint64_t tag) { return put_head(b, 6, tag); }

int mo_cbor_put_null(MoCborBuf *b)
{
    uint8_t c = 0xf6;
    return mo_cbor_put_raw(b, &c, 1);
}

int mo_cbor_put_bool(MoCborBuf *b, bool v)
{
    uint8_t c = v ? 0xf5 : 0xf4;
    return mo_cbor_put_raw(b, &c, 1);
}

int mo_cbor_put_float64(MoCborBuf *b, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint8_t h[9];
    h[0] = 0xfb;
    for (int i = 0; i < 8; i++) h[1 + i] = (uint8_t)(bits >> (56 - 8 * i));
    return mo_cbor_put_raw(b, h, 9);
}

/* ---- encoding Python values ----------------------------------------------------------------- */

static int encode_value(MoCborBuf *b, MoObject *v, int depth);

/* Encodes an int that does not fit in int64: major 0/1 when the CBOR argument still fits in 64
 * bits, else a bignum tag with the shortest big-endian magnitude. */
static int encode_big_int(MoCborBuf *b, MoObject *v)
{
    uint8_t small[24];
    uint8_t *mag = small;
    bool neg = false;
    size_t need = mo_int_to_bytes_be(v, small, sizeof small, &neg);
    if (need > sizeof small) {
        mag = (uint8_t *)mo_alloc(need);
        if (!mag) return -1;
        size_t again = mo_int_to_bytes_be(v, mag, need, &neg);
        if (again != need) {
            mo_free(mag);
            mo_err_set(&mo_SystemError, "int changed size while being encoded");
            return -1;
        }
    }
    size_t len = need;
    if (neg) {
        /* CBOR stores -1 - n: subtract one from the magnitude. */
        for (size_t i = len; i-- > 0;) {
            if (mag[i]--) break;
        }
    }
    size_t start = 0;
    while (start < len && mag[start] == 0) start++;
    int rc;
    if (len - start <= 8) {
        uint64_t x = 0;
        for (size_t i = start; i < len; i++) x = (x << 8) | mag[i];
        rc = put_head(b, neg ? 1 : 0, x);
    } else {
        rc = mo_cbor_put_tag(b, neg ? MO_CBOR_TAG_NEG_BIGNUM : MO_CBOR_TAG_POS_BIGNUM);
        if (rc == 0) rc = mo_cbor_put_bytes(b, mag + start, len - start);
    }
    if (mag != small) mo_free(mag);
    return rc;
}

static int encode_iterable_items(MoCborBuf *b, MoObject *v, size_t n, int depth)
{
    if (mo_cbor_put_array(b, n) < 0) return -1;
    MoObject *it = mo_iter(v);
    if (!it) return -1;
    size_t count = 0;
    for (;;) {
        MoObject *item = mo_next(it);
        if (!item) break;
        int rc = count < n ? encode_value(b, item, depth) : 0;
        mo_decref(item);
        count++;
        if (rc < 0) {
            mo_decref(it);
            return -1;
        }
    }
    mo_decref(it);
    if (mo_err_occurred()) return -1;
    if (count != n) {
        mo_err_set(&mo_RuntimeError, "set changed size during iteration");
        return -1;
    }
    return 0;
}

static int encode_value(MoCborBuf *b, MoObject *v, int depth)
{
    MoType *t = MO_TYPE(v);
    if (v == mo_None) return mo_cbor_put_null(b);
    if (v == mo_True || v == mo_False) return mo_cbor_put_bool(b, v == mo_True);
    if (mo_isinstance_type(v, &mo_int_type)) {
        if (mo_int_fits_i64(v)) {
            int64_t x;
            if (mo_int_as_i64(v, &x) < 0) return -1;
            return mo_cbor_put_int(b, x);
        }
        return encode_big_int(b, v);
    }
    if (mo_isinstance_type(v, &mo_float_type)) return mo_cbor_put_float64(b, MO_FLOAT_VALUE(v));
    if (mo_isinstance_type(v, &mo_str_type)) {
        /* str may hold lone surrogates (stored as generalized UTF-8); CBOR text must be UTF-8. */
        if (!MO_STR(v)->ascii && !mo_cbor_utf8_valid((const uint8_t *)MO_STR_UTF8(v), MO_STR_NBYTES(v))) {
            mo_err_set(&mo_ValueError, "cannot send a str containing a lone surrogate to the host");
            return -1;
        }
        return mo_cbor_put_text(b, MO_STR_UTF8(v), MO_STR_NBYTES(v));
    }
    if (mo_isinstance_type(v, &mo_bytes_type)) return mo_cbor_put_bytes(b, MO_BYTES(v)->data, MO_BYTES(v)->len);

    bool is_list = mo_isinstance_type(v, &mo_list_type);
    bool is_tuple = !is_list && mo_isinstance_type(v, &mo_tuple_type);
    bool is_dict = !is_list && !is_tuple && mo_isinstance_type(v, &mo_dict_type);
    bool is_set = !is_list && !is_tuple && !is_dict && mo_isinstance_type(v, &mo_set_type);
    bool is_fset = !is_list && !is_tuple && !is_dict && !is_set && mo_isinstance_type(v, &mo_frozenset_type);
    if (!(is_list || is_tuple || is_dict || is_set || is_fset)) {
        mo_err_format(&mo_TypeError, "cannot send a '%s' object to the host", t->name);
        return -1;
    }
    if (depth >= MOAT_CBOR_MAX_DEPTH) {
        mo_err_format(&mo_ValueError, "value nested too deeply (or cyclic) to send to the host: more than %d levels",
                      (int)MOAT_CBOR_MAX_DEPTH);
        return -1;
    }
    depth++;
    if (is_list) {
        /* Re-read the length each step: nothing here runs Python code, but stay in bounds anyway. */
        size_t n = MO_LIST_LEN(v);
        if (mo_cbor_put_array(b, n) < 0) return -1;
        for (size_t i = 0; i < n; i++) {
            if (i >= MO_LIST_LEN(v)) {
                mo_err_set(&mo_RuntimeError, "list changed size during iteration");
                return -1;
            }
            if (encode_value(b, MO_LIST_ITEM(v, i), depth) < 0) return -1;
        }
        return 0;
    }
    if (is_tuple) {
        size_t n = MO_TUPLE_LEN(v);
        if (mo_cbor_put_tag(b, MO_CBOR_TAG_TUPLE) < 0 || mo_cbor_put_array(b, n) < 0) return -1;
        for (size_t i = 0; i < n; i++) {
            if (encode_value(b, MO_TUPLE_ITEM(v, i), depth) < 0) return -1;
        }
        return 0;
    }
    if (is_dict) {
        size_t n = mo_dict_len(v);
        if (mo_cbor_put_map(b, n) < 0) return -1;
        size_t pos = 0, count = 0;
        MoObject *key, *value;
        while (mo_dict_next(v, &pos, &key, &value)) {
            if (count++ >= n) break;
            if (encode_value(b, key, depth) < 0 || encode_value(b, value, depth) < 0) return -1;
        }
        if (count != n) {
            mo_err_set(&mo_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
        return 0;
    }
    if (mo_cbor_put_tag(b, is_set ? MO_CBOR_TAG_SET : MO_CBOR_TAG_FROZENSET) < 0) return -1;
    return encode_iterable_items(b, v, mo_set_len(v), depth);
}

int mo_cbor_encode_value(MoCborBuf *b, MoObject *v) { return encode_value(b, v, 0); }

/* ---- decoding ----------------------------------------------------------------------------------- */

bool mo_cbor_utf8_valid(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        uint32_t cp, min;
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
            cp = c & 0x1f;
            min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            cp = c & 0x0f;
            min = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (n - i < len) return false;
        for (size_t k = 1; k < len; k++) {
            uint8_t cc = s[i + k];
            if ((cc & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        i += len;
    }
    return true;
}

typedef struct Dec {
    const uint8_t *p, *end;
    int depth;
} Dec;

static MoObject *malformed(const char *why)
{
    mo_err_format(&mo_ValueError, "malformed CBOR from host: %s", why);
    return NULL;
}

/* Reads a head: *major, *ai and the argument *val. Returns false (with ValueError) if malformed. */
static bool read_head(Dec *d, unsigned *major, unsigned *ai, uint64_t *val)
{
    if (d->p >= d->end) {
        malformed("truncated");
        return false;
    }
    uint8_t ib = *d->p++;
    *major = ib >> 5;
    *ai = ib & 31;
    size_t extra;
    if (*ai < 24) {
        *val = *ai;
        return true;
    } else if (*ai == 24) {
        extra = 1;
    } else if (*ai == 25) {
        extra = 2;
    } else if (*ai == 26) {
        extra = 4;
    } else if (*ai == 27) {
        extra = 8;
    } else if (*ai == 31) {
        malformed(*major == 7 ? "unexpected break" : "indefinite length");
        return false;
    } else {
        malformed("reserved additional information value");
        return false;
    }
    if ((size_t)(d->end - d->p) < extra) {
        malformed("truncated");
        return false;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < extra; i++) v = (v << 8) | d->p[i];
    d->p += extra;
    *val = v;
    return true;
}

static size_t left(Dec *d) { return (size_t)(d->end - d->p); }

static MoObject *decode_item(Dec *d);

/* n is -1 - value: the value is -(n + 1), which needs 65 bits when n == UINT64_MAX. */
static MoObject *decode_negative(uint64_t n)
{
    if (n <= (uint64_t)INT64_MAX) return mo_int_from_i64(-1 - (int64_t)n);
    uint8_t mag[9];
    uint64_t m = n + 1; /* wraps to 0 only for UINT64_MAX */
    mag[0] = m == 0 ? 1 : 0;
    for (int i = 0; i < 8; i++) mag[1 + i] = (uint8_t)(m >> (56 - 8 * i));
    return mo_int_from_bytes_be(mag, 9, true);
}

static MoObject *decode_bignum(Dec *d, bool negative)
{
    unsigned major, ai;
    uint64_t len;
    if (!read_head(d, &major, &ai, &len)) return NULL;
    if (major != 2) return malformed("bignum tag must wrap a byte string");
    if (len > left(d)) return malformed("truncated");
    const uint8_t *mag = d->p;
    d->p += len;
    if (!negative) return mo_int_from_bytes_be(mag, (size_t)len, false);
    /* value = -1 - n = -(n + 1): add one to the magnitude. */
    uint8_t *m = (uint8_t *)mo_alloc((size_t)len + 1);
    if (!m) return NULL;
    m[0] = 0;
    memcpy(m + 1, mag, (size_t)len);
    for (size_t i = (size_t)len + 1; i-- > 0;) {
        if (++m[i] != 0) break;
    }
    MoObject *r = mo_int_from_bytes_be(m, (size_t)len + 1, true);
    mo_free(m);
    return r;
}

/* Decodes an array's items into a new list. */
static MoObject *decode_array_items(Dec *d, uint64_t n)
{
    if (n > left(d)) return malformed("truncated");
    if (++d->depth > MOAT_CBOR_MAX_DEPTH) return malformed("nesting too deep");
    MoObject *list = mo_list_new(0);
    if (!list) return NULL;
    for (uint64_t i = 0; i < n; i++) {
        MoObject *item = decode_item(d);
        if (!item || mo_list_append(list, item) < 0) {
            mo_xdecref(item);
            mo_decref(list);
            return NULL;
        }
        mo_decref(item);
    }
    d->depth--;
    return list;
}

static MoObject *decode_array_tag(Dec *d, uint64_t tag)
{
    unsigned major, ai;
    uint64_t n;
    if (!read_head(d, &major, &ai, &n)) return NULL;
    if (major != 4) {
        return malformed(tag == MO_CBOR_TAG_TUPLE ? "tag 40001 must wrap an array"
                                                  : "set tag must wrap an array");
    }
    MoObject *list = decode_array_items(d, n);
    if (!list) return NULL;
    MoObject *r;
    if (tag == MO_CBOR_TAG_TUPLE) {
        r = mo_list_as_tuple(list);
    } else {
        r = mo_set_new(list, tag == MO_CBOR_TAG_FROZENSET);
        if (!r && mo_err_matches(&mo_TypeError)) {
            mo_err_clear();
            malformed("set element is unhashable");
        }
    }
    mo_decref(list);
    return r;
}

static MoObject *decode_map(Dec *d, uint64_t n)
{
    if (n > left(d) / 2) return malformed("truncated");
    if (++d->depth > MOAT_CBOR_MAX_DEPTH) return malformed("nesting too deep");
    MoObject *dict = mo_dict_new();
    if (!dict) return NULL;
    for (uint64_t i = 0; i < n; i++) {
        MoObject *key = decode_item(d);
        if (!key) goto fail;
        MoObject *value = decode_item(d);
        if (!value) {
            mo_decref(key);
            goto fail;
        }
        int rc = mo_dict_set(dict, key, value);
        mo_decref(key);
        mo_decref(value);
        if (rc < 0) {
            if (mo_err_matches(&mo_TypeError)) {
                mo_err_clear();
                malformed("map key is unhashable");
            }
            goto fail;
        }
    }
    d->depth--;
    return dict;
fail:
    mo_decref(dict);
    return NULL;
}

static MoObject *decode_item(Dec *d)
{
    unsigned major, ai;
    uint64_t val;
    if (!read_head(d, &major, &ai, &val)) return NULL;
    switch (major) {
    case 0:
        return mo_int_from_u64(val);
    case 1:
        return decode_negative(val);
    case 2: {
        if (val > left(d)) return malformed("truncated");
        MoObject *r = mo_bytes_new(d->p, (size_t)val);
        d->p += val;
        return r;
    }
    case 3: {
        if (val > left(d)) return malformed("truncated");
        if (!mo_cbor_utf8_valid(d->p, (size_t)val)) return malformed("invalid UTF-8 in text string");
        MoObject *r = mo_str_from_utf8((const char *)d->p, (size_t)val);
        d->p += val;
        return r;
    }
    case 4:
        return decode_array_items(d, val);
    case 5:
        return decode_map(d, val);
    case 6:
        if (val == MO_CBOR_TAG_POS_BIGNUM || val == MO_CBOR_TAG_NEG_BIGNUM)
            return decode_bignum(d, val == MO_CBOR_TAG_NEG_BIGNUM);
        if (val == MO_CBOR_TAG_TUPLE || val == MO_CBOR_TAG_SET || val == MO_CBOR_TAG_FROZENSET)
            return decode_array_tag(d, val);
        mo_err_format(&mo_ValueError, "malformed CBOR from host: unknown tag %llu", (unsigned long long)val);
        return NULL;
    default: /* 7 */
        if (ai == 20) return mo_bool(false);
        if (ai == 21) return mo_bool(true);
        if (ai == 22) return mo_none();
        if (ai == 23) return malformed("undefined is not a Python value");
        if (ai == 25) return malformed("half-precision float");
        if (ai == 26) return malformed("single-precision float");
        if (ai == 27) {
            double x;
            memcpy(&x, &val, sizeof x);
            return mo_float_new(x);
        }
        return malformed("unsupported simple value");
    }
}

MoObject *mo_cbor_decode(const uint8_t *p, size_t n)
{
    if (n > MOAT_CBOR_MAX_BYTES) return malformed("message too large");
    if (n == 0 || !p) return malformed("empty message");
    Dec d = {p, p + n, 0};
    MoObject *r = decode_item(&d);
    if (!r) return NULL;
    if (d.p != d.end) {
        mo_decref(r);
        return malformed("trailing bytes");
    }
    return r;
}

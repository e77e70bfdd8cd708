/*
 * dtoa.c: conversions between doubles and decimal text, and the hash of a double.
 *
 * This is the one file where the C library's snprintf and strtod are allowed (as pure string
 * functions). Both are correctly rounded in glibc and in Emscripten's musl, so:
 *
 *  - repr(x) (the shortest text that reads back as x) is found by formatting with "%.*e" at 1 to
 *    17 significant digits and keeping the fewest that strtod maps back to x (a binary search,
 *    except at powers of two, see decimal_digits); the digits and
 *    exponent are then laid out with CPython's repr rules (positional notation when the decimal
 *    exponent is in [-4, 16), scientific otherwise, always with a '.0' or an exponent so the text
 *    reads as a float);
 *  - 'e', 'f' and 'g' are printf's own conversions, with inf/nan spelled as Python does;
 *  - parsing validates the syntax by hand first (strtod alone would accept hex floats, "infinity"
 *    prefixes and leading spaces) and then lets strtod round.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"

/* Writes the special spelling of a non-finite v, returns its length (0 if v is finite). */
static size_t special(double v, char *buf, size_t cap) {
    const char *s;
    if (isnan(v)) s = "nan";
    else if (isinf(v)) s = v < 0 ? "-inf" : "inf";
    else return 0;
    size_t n = strlen(s);
    if (n + 1 > cap) return 0;
    memcpy(buf, s, n + 1);
    return n;
}

/* A bounded writer into the caller's buffer. */
typedef struct Out {
    char *buf;
    size_t cap, len;
    bool overflow;
} Out;

static void put(Out *o, const char *s, size_t n) {
    if (o->len + n + 1 > o->cap) {
        o->overflow = true;
        return;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static void putc_(Out *o, char c) { put(o, &c, 1); }

static void put_zeros(Out *o, long n) {
    for (long i = 0; i < n && !o->overflow; i++) putc_(o, '0');
}

/* tmp holds "d.ddde[+-]x" from "%.*e"; tries the string one unit higher in the last digit and
 * keeps it in tmp (same format) if it reads back as v. */
static bool next_up_digits(char *tmp, size_t cap, double v) {
    char dg[24];
    int n = 0;
    const char *p = tmp;
    for (; *p && *p != 'e' && n < 20; p++)
        if (*p >= '0' && *p <= '9') dg[n++] = *p;
    int e = atoi(p + 1), i = n - 1;
    while (i >= 0 && dg[i] == '9') dg[i--] = '0';
    if (i < 0) {
        dg[0] = '1';
        e++;
    } else {
        dg[i]++;
    }
    char cand[48];
    int k = 0;
    cand[k++] = dg[0];
    if (n > 1) {
        cand[k++] = '.';
        for (int j = 1; j < n; j++) cand[k++] = dg[j];
    }
    snprintf(cand + k, sizeof cand - (size_t)k, "e%+03d", e);
    if (strtod(cand, NULL) != v || strlen(cand) + 1 > cap) return false;
    memcpy(tmp, cand, strlen(cand) + 1);
    return true;
}

/* Decimal digits of finite |v| rounded to prec significant digits (prec 0: the shortest round-trip
 * digits). Returns the digits (NUL terminated, trailing zeros kept unless shortest) in stackbuf if
 * they fit, else in a new mo_alloc block the caller frees; *decpt is the position of the decimal
 * point relative to the first digit (value = 0.d1d2... * 10^decpt). NULL on allocation failure
 * (never for prec 0 with a 64-byte stackbuf). */
static char *decimal_digits(double v, int prec, int *ndigits, int *decpt, char *stackbuf, size_t stackcap) {
    v = fabs(v);
    size_t cap = (size_t)(prec > 17 ? prec : 17) + 32;
    char *tmp = cap <= stackcap ? stackbuf : mo_alloc(cap);
    if (!tmp) return NULL;
    if (prec == 0) {
        /* A power of two has a rounding interval twice as wide above as below, so the shortest
         * string may be the p-digit neighbour above the correctly rounded one. */
        int e2;
        bool pow2 = frexp(v, &e2) == 0.5;
        if (pow2) {
            for (int p = 1; p <= 17; p++) {
                snprintf(tmp, cap, "%.*e", p - 1, v);
                if (p == 17 || strtod(tmp, NULL) == v) break;
                if (next_up_digits(tmp, cap, v)) break;
            }
        } else {
            /* Elsewhere the rounding interval is symmetric, and the correctly rounded p+1 digits
             * are never farther from v than the p digits (those are p+1 digits too), so "reads
             * back as v" holds from some p on: a binary search finds that p in at most 5 tries
             * of the 17 a linear search may take. */
            int lo = 1, hi = 17, in_tmp = 0; /* in_tmp: the precision tmp holds */
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                snprintf(tmp, cap, "%.*e", mid - 1, v);
                in_tmp = mid;
                if (strtod(tmp, NULL) == v) hi = mid;
                else lo = mid + 1;
            }
            if (in_tmp != lo) snprintf(tmp, cap, "%.*e", lo - 1, v);
        }
    } else {
        snprintf(tmp, cap, "%.*e", prec - 1, v);
    }
    /* tmp is "d.ddde[+-]xx": squeeze out the point in place. */
    int n = 0;
    char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') tmp[n++] = *p;
    int e = atoi(p + 1);
    tmp[n] = 0;
    if (prec == 0)
        while (n > 1 && tmp[n - 1] == '0') tmp[--n] = 0;
    *ndigits = n;
    *decpt = v == 0 ? 1 : e + 1;
    return tmp;
}

/* Lays out digits d[0..n) with decimal point position decpt, in positional or exponent form. */
static void layout(Out *o, bool neg, const char *d, int n, int decpt, bool use_exp, bool alt, bool add_dot0) {
    if (neg) putc_(o, '-');
    if (use_exp) {
        putc_(o, d[0]);
        if (n > 1 || alt) putc_(o, '.');
        if (n > 1) put(o, d + 1, (size_t)n - 1);
        int e = decpt - 1;
        char ebuf[16];
        int k = snprintf(ebuf, sizeof ebuf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        put(o, ebuf, (size_t)k);
    } else if (decpt <= 0) {
        put(o, "0.", 2);
        put_zeros(o, -decpt);
        put(o, d, (size_t)n);
    } else if (decpt >= n) {
        put(o, d, (size_t)n);
        put_zeros(o, decpt - n);
        if (add_dot0) put(o, ".0", 2);
        else if (alt) putc_(o, '.');
    } else {
        put(o, d, (size_t)decpt);
        putc_(o, '.');
        put(o, d + decpt, (size_t)(n - decpt));
    }
}

static size_t repr_double(double v, bool alt, char *buf, size_t cap) {
    size_t k = special(v, buf, cap);
    if (k) return k;
    Out o = {buf, cap, 0, false};
    if (v == 0) {
        put(&o, signbit(v) ? "-0.0" : "0.0", signbit(v) ? 4 : 3);
        return o.overflow ? 0 : o.len;
    }
    int n, decpt;
    char sb[64];
    char *d = decimal_digits(v, 0, &n, &decpt, sb, sizeof sb);
    layout(&o, v < 0, d, n, decpt, decpt <= -4 || decpt > 16, alt, true);
    return o.overflow ? 0 : o.len;
}

size_t mo_dtoa_ex(double v, char code, int precision, bool alt, char *buf, size_t cap) {
    if (code == 'r') return repr_double(v, alt, buf, cap);
    if (cap) buf[0] = 0;
    if (!isfinite(v)) return special(v, buf, cap);
    if (precision < 0) precision = 6;
    if (code == 'e' || code == 'f') {
        char fmt[8] = {'%', '#', '.', '*', code, 0};
        if (!alt) memmove(fmt + 1, fmt + 2, 4);
        int n = snprintf(buf, cap, fmt, precision, v);
        if (n < 0 || (size_t)n >= cap) return 0;
        return (size_t)n;
    }
    if (code != 'g' && code != 'p') return 0;
    /* 'g' as printf's %g (alt keeps trailing zeros); 'p' is format()'s empty type with a precision:
     * like 'g' but an integral result keeps ".0" and the exponent form starts one digit earlier. */
    if (precision == 0) precision = 1;
    int n, decpt;
    char sb[64];
    char *d = decimal_digits(v, precision, &n, &decpt, sb, sizeof sb);
    if (!d) return 0;
    if (!alt)
        while (n > 1 && d[n - 1] == '0') n--;
    if (v == 0) decpt = 1;
    bool use_exp = decpt <= -4 || decpt > (code == 'p' ? precision - 1 : precision);
    Out o = {buf, cap, 0, false};
    layout(&o, signbit(v) != 0, d, n, decpt, use_exp, alt, code == 'p');
    if (d != sb) mo_free(d);
    return o.overflow ? 0 : o.len;
}

size_t mo_dtoa(double v, char code, int precision, char *buf, size_t cap) {
    return mo_dtoa_ex(v, code, precision, false, buf, cap);
}

/* Validates the decimal float syntax digits[.digits][(e|E)[+-]digits] (at least one digit in the
 * mantissa). */
static bool valid_decimal(const char *s, size_t n) {
    size_t i = 0, mant = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++, mant++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, mant++;
    }
    if (mant == 0) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t ed = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, ed++;
        if (ed == 0) return false;
    }
    return i == n;
}

/* strtod on a length-delimited buffer. */
static double strtod_n(const char *s, size_t n, bool *ok) {
    char small[128];
    char *tmp = small;
    if (n + 1 > sizeof small) {
        tmp = mo_alloc(n + 1);
        if (!tmp) {
            mo_err_clear();
            *ok = false;
            return 0;
        }
    }
    memcpy(tmp, s, n);
    tmp[n] = 0;
    double d = strtod(tmp, NULL);
    if (tmp != small) mo_free(tmp);
    *ok = true;
    return d;
}

bool mo_parse_double(const char *s, size_t len, double *out) {
    if (!valid_decimal(s, len)) return false;
    bool ok;
    *out = strtod_n(s, len, &ok);
    return ok;
}

static bool ieq(const char *s, size_t n, const char *word) {
    size_t w = strlen(word);
    if (n != w) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 32) != word[i]) return false;
    return true;
}

bool mo_strtod(const char *s, size_t n, double *out) {
    bool neg = false;
    if (n && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        n--;
    }
    double v;
    if (ieq(s, n, "inf") || ieq(s, n, "infinity")) v = HUGE_VAL;
    else if (ieq(s, n, "nan")) v = NAN;
    else if (!mo_parse_double(s, n, &v)) return false;
    *out = neg ? -v : v;
    return true;
}

static bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f'); }

int mo_strtod_hex(const char *s, size_t n, double *out) {
    while (n && (*s == ' ' || (*s >= '\t' && *s <= '\r'))) s++, n--;
    while (n && (s[n - 1] == ' ' || (s[n - 1] >= '\t' && s[n - 1] <= '\r'))) n--;
    if (mo_strtod(s, n, out) && (isinf(*out) || isnan(*out))) return 0;
    /* Validate [sign] [0x] hexdigits [. hexdigits] [p [sign] digits], then let strtod round. */
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    size_t body = i;
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 32) == 'x') i += 2;
    size_t mant = 0;
    while (i < n && is_hex(s[i])) i++, mant++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_hex(s[i])) i++, mant++;
    }
    if (mant == 0) return -1;
    if (i < n && (s[i] | 32) == 'p') {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t ed = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, ed++;
        if (ed == 0) return -1;
    }
    if (i != n) return -1;
    char *tmp = mo_alloc(n + 4);
    if (!tmp) return -2;
    size_t k = 0;
    if (body) tmp[k++] = s[0];
    bool prefixed = n - body >= 2 && s[body] == '0' && (s[body + 1] | 32) == 'x';
    if (!prefixed) {
        tmp[k++] = '0';
        tmp[k++] = 'x';
    }
    memcpy(tmp + k, s + body, n - body);
    tmp[k + n - body] = 0;
    *out = strtod(tmp, NULL);
    mo_free(tmp);
    return isinf(*out) ? 1 : 0;
}

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t mo_hash_double(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? 314159 : -314159;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t r = (int64_t)x * sign;
    if (r == -1) r = -2;
    return r;
}

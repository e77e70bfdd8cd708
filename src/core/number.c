/*
 * number.c: the numeric builtins' semantics shared by int and float (as_double, abs, divmod,
 * round), with CPython's fallbacks to __float__/__index__/__abs__/__round__ for other objects.
 *
 * round(float, n) must round the exact binary value correctly (round(2.675, 2) == 2.67 because
 * 2.675 is really 2.67499999...): the value is printed with n decimals by mo_dtoa (printf's
 * correctly rounded %f, ties to even on exact ties) and read back, which is what CPython's dtoa
 * based implementation amounts to.
 */
#include <math.h>
#include <string.h>

#include "object.h"
#include "../objects/typesutil.h"

/* Looks a special method up on the type and binds it: new reference or NULL (no error). */
static MoObject *lookup_special(MoObject *o, const char *name) {
    MoObject *attr = mo_type_lookup(o->type, mo_str_intern(name));
    if (!attr || attr == mo_None) return NULL;
    if (attr->type->descr_get) return attr->type->descr_get(attr, o, o->type);
    return mo_newref(attr);
}

int mo_number_as_double(MoObject *o, double *out) {
    if (mo_isinstance_type(o, &mo_float_type)) {
        *out = MO_FLOAT_VALUE(o);
        return 0;
    }
    if (MO_INT_CHECK(o)) {
        bool ovf;
        *out = mo_int_as_double(o, &ovf);
        if (ovf) {
            mo_err_set(&mo_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    MoObject *m = lookup_special(o, "__float__");
    if (!m && !mo_err_occurred()) m = lookup_special(o, "__index__");
    if (!m) {
        if (!mo_err_occurred()) mo_err_format(&mo_TypeError, "must be real number, not %s", o->type->name);
        return -1;
    }
    MoObject *r = mo_call0(m);
    mo_decref(m);
    if (!r) return -1;
    int rc = 0;
    if (mo_isinstance_type(r, &mo_float_type) || MO_INT_CHECK(r)) {
        rc = mo_number_as_double(r, out);
    } else {
        mo_err_format(&mo_TypeError, "%s.__float__ returned non-float (type %T)", o->type->name, r);
        rc = -1;
    }
    mo_decref(r);
    return rc;
}

MoObject *mo_number_abs(MoObject *o) {
    if (MO_INT_CHECK(o)) return mo_unaryop(o, mo_int_sign(o) < 0 ? MO_NEG : MO_POS);
    if (mo_isinstance_type(o, &mo_float_type)) return mo_float_new(fabs(MO_FLOAT_VALUE(o)));
    MoObject *m = lookup_special(o, "__abs__");
    if (!m) {
        if (!mo_err_occurred()) mo_err_format(&mo_TypeError, "bad operand type for abs(): '%s'", o->type->name);
        return NULL;
    }
    MoObject *r = mo_call0(m);
    mo_decref(m);
    return r;
}

MoObject *mo_number_divmod(MoObject *a, MoObject *b) {
    if (MO_INT_CHECK(a) && MO_INT_CHECK(b)) return mo_int_divmod(a, b);
    bool af = mo_isinstance_type(a, &mo_float_type), bf = mo_isinstance_type(b, &mo_float_type);
    if ((af || MO_INT_CHECK(a)) && (bf || MO_INT_CHECK(b))) return mo_float_divmod(a, b);
    return mo_newref(mo_NotImplemented);
}

/* round(int, ndigits) for ndigits < 0: round half to even at 10**-ndigits. */
static MoObject *round_int(MoObject *x, int64_t nd) {
    if (nd >= 0) return mo_unaryop(x, MO_POS);
    MoObject *ten = mo_int_from_i64(10), *e = mo_int_from_i64(-nd);
    MoObject *p = ten && e ? mo_binop(ten, e, MO_POW) : NULL;
    mo_xdecref(ten);
    mo_xdecref(e);
    if (!p) return NULL;
    MoObject *qr = mo_int_divmod(x, p), *res = NULL;
    if (qr) {
        MoObject *q = MO_TUPLE_ITEM(qr, 0), *r = MO_TUPLE_ITEM(qr, 1);
        MoObject *two = mo_int_from_i64(2);
        MoObject *r2 = two ? mo_binop(r, two, MO_MUL) : NULL;
        int c = r2 ? mo_richcompare_bool(r2, p, MO_GT) : -1;
        int eq = r2 ? mo_richcompare_bool(r2, p, MO_EQ) : -1;
        MoObject *odd = two ? mo_binop(q, two, MO_MOD) : NULL;
        if (c >= 0 && eq >= 0 && odd) {
            bool up = c || (eq && mo_int_sign(odd) != 0);
            MoObject *one = mo_int_from_i64(1);
            MoObject *q2 = up ? mo_binop(q, one, MO_ADD) : mo_newref(q);
            mo_decref(one);
            if (q2) {
                res = mo_binop(q2, p, MO_MUL);
                mo_decref(q2);
            }
        }
        mo_xdecref(two);
        mo_xdecref(r2);
        mo_xdecref(odd);
        mo_decref(qr);
    }
    mo_decref(p);
    return res;
}

static double round_half_even(double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}

/* round(float, ndigits): a float correctly rounded to ndigits decimal places. */
static MoObject *round_float(double x, int64_t nd) {
    if (!isfinite(x) || x == 0.0 || nd > 323) return mo_float_new(x);
    if (nd < -308) return mo_float_new(0.0 * x);
    double r;
    if (nd >= 0) {
        size_t cap = 400 + (size_t)nd;
        char *buf = mo_alloc(cap);
        if (!buf) return NULL;
        size_t n = mo_dtoa(x, 'f', (int)nd, buf, cap);
        bool ok = n && mo_strtod(buf, n, &r);
        mo_free(buf);
        if (!ok) r = x;
    } else {
        double p = pow(10.0, (double)-nd);
        r = round_half_even(x / p) * p;
        if (isinf(r)) {
            mo_err_set(&mo_OverflowError, "rounded value too large to represent");
            return NULL;
        }
    }
    if (r == 0) r = copysign(0.0, x);
    return mo_float_new(r);
}

MoObject *mo_number_round(MoObject *x, MoObject *ndigits) {
    if (ndigits == mo_None) ndigits = NULL;
    bool isf = mo_isinstance_type(x, &mo_float_type);
    if (MO_INT_CHECK(x) || isf) {
        if (!ndigits) {
            if (!isf) return mo_unaryop(x, MO_POS);
            return mo_int_from_double(round_half_even(MO_FLOAT_VALUE(x)));
        }
        int64_t nd;
        MoObject *ni = mo_number_index(ndigits);
        if (!ni) return NULL;
        if (mo_int_as_i64(ni, &nd) < 0) {
            /* Enormous ndigits: as CPython, treat as +/- infinity. */
            mo_err_clear();
            nd = mo_int_sign(ni) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        }
        mo_decref(ni);
        if (isf) return round_float(MO_FLOAT_VALUE(x), nd);
        if (nd < -100000) return mo_int_from_i64(0);
        return round_int(x, nd);
    }
    MoObject *m = lookup_special(x, "__round__");
    if (!m) {
        if (!mo_err_occurred()) mo_err_format(&mo_TypeError, "type %s doesn't define __round__ method", x->type->name);
        return NULL;
    }
    MoObject *r = ndigits ? mo_call1(m, ndigits) : mo_call0(m);
    mo_decref(m);
    return r;
}

char *mo_number_ascii_text(const char *s, size_t n, size_t *outn) {
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) return NULL;
    char *out = mo_alloc(n + 1);
    if (!out) {
        mo_err_clear();
        return NULL;
    }
    size_t k = 0;
    for (i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[k++] = (char)c;
            i++;
            continue;
        }
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + len > n) len = n - i;
        uint32_t cp = len == 2 ? c & 0x1Fu : len == 3 ? c & 0x0Fu : c & 0x07u;
        for (size_t j = 1; j < len; j++) cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3Fu);
        if (ty_uni_isspace(cp)) {
            out[k++] = ' ';
        } else if (ty_uni_isdecimal(cp)) {
            /* Decimal digits come in aligned runs of ten starting at the digit zero. */
            uint32_t start = cp;
            while (start > 0 && ty_uni_isdecimal(start - 1) && cp - start < 100) start--;
            out[k++] = (char)('0' + (cp - start) % 10);
        } else {
            memcpy(out + k, s + i, len);
            k += len;
        }
        i += len;
    }
    out[k] = 0;
    *outn = k;
    return out;
}

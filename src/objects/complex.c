/*
 * complex.c: Python's complex (two IEEE doubles), as CPython 3.11 has it.
 *
 * The binop slot receives the operands in source order; an int or float operand becomes
 * (x + 0j) first and the complex formulas are applied as written (so (inf+0j) * 2 is (inf+nanj),
 * as in CPython). Division is Smith's algorithm; ** with a small integral exponent multiplies by
 * repeated squaring, anything else goes through polar form. Only == and != are defined.
 */
#include <math.h>
#include <string.h>

#include "../core/object.h"

typedef struct Cx {
    double re, im;
} Cx;

MoObject *mo_complex_new(double real, double imag) {
    MoComplex *c = (MoComplex *)mo_object_new(&mo_complex_type);
    if (!c) return NULL;
    c->real = real;
    c->imag = imag;
    return MO(c);
}

static Cx cx_of(MoObject *o) { return (Cx){((MoComplex *)o)->real, ((MoComplex *)o)->imag}; }

/* A new complex object (new reference) or NULL. */
static MoObject *cx_new(Cx z) { return mo_complex_new(z.re, z.im); }

/* ---- repr ---------------------------------------------------------------------------------- */

/* Appends repr(x) without the ".0" float repr adds to integral values, with a '+' when
 * force_sign and x is not negative. */
static bool append_part(MoStrBuf *b, double x, bool force_sign) {
    char buf[64];
    size_t n = mo_dtoa(x, 'r', 0, buf, sizeof buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
    if (force_sign && buf[0] != '-' && !mo_strbuf_append(b, "+", 1)) return false;
    return mo_strbuf_append(b, buf, n);
}

static MoObject *complex_repr(MoObject *o) {
    Cx z = cx_of(o);
    MoStrBuf b;
    mo_strbuf_init(&b);
    if (z.re == 0.0 && !signbit(z.re)) {
        append_part(&b, z.im, false);
        mo_strbuf_append(&b, "j", 1);
    } else {
        mo_strbuf_append(&b, "(", 1);
        append_part(&b, z.re, false);
        append_part(&b, z.im, true);
        mo_strbuf_append(&b, "j)", 2);
    }
    return mo_strbuf_finish(&b);
}

/* ---- hash, comparison, truth --------------------------------------------------------------- */

static int complex_hash(MoObject *o, int64_t *out) {
    Cx z = cx_of(o);
    int64_t hr, hi;
    /* A NaN part hashes by the identity of the complex object, as CPython 3.10+. */
    if (isnan(z.re)) mo_object_identity_hash(o, &hr);
    else hr = mo_hash_double(z.re);
    if (isnan(z.im)) mo_object_identity_hash(o, &hi);
    else hi = mo_hash_double(z.im);
    uint64_t h = (uint64_t)hr + 1000003u * (uint64_t)hi;
    int64_t r = (int64_t)h;
    *out = r == -1 ? -2 : r;
    return 0;
}

static MoObject *complex_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if ((op != MO_EQ && op != MO_NE) || !MO_COMPLEX_CHECK(a)) return mo_newref(mo_NotImplemented);
    Cx x = cx_of(a);
    bool equal;
    if (MO_INT_CHECK(b)) {
        if (x.im != 0.0) {
            equal = false;
        } else {
            int c = mo_int_compare_double(b, x.re);
            equal = c == 0;
        }
    } else if (mo_isinstance_type(b, &mo_float_type)) {
        equal = x.re == MO_FLOAT_VALUE(b) && x.im == 0.0;
    } else if (MO_COMPLEX_CHECK(b)) {
        Cx y = cx_of(b);
        equal = x.re == y.re && x.im == y.im;
    } else {
        return mo_newref(mo_NotImplemented);
    }
    return mo_bool(op == MO_EQ ? equal : !equal);
}

static int complex_truth(MoObject *o) {
    Cx z = cx_of(o);
    return z.re != 0.0 || z.im != 0.0;
}

/* ---- arithmetic ---------------------------------------------------------------------------- */

/* Converts an operand to a complex: 1 ok, 0 not a number (NotImplemented), -1 error. */
static int operand(MoObject *o, Cx *out) {
    if (MO_COMPLEX_CHECK(o)) {
        *out = cx_of(o);
        return 1;
    }
    if (mo_isinstance_type(o, &mo_float_type)) {
        *out = (Cx){MO_FLOAT_VALUE(o), 0.0};
        return 1;
    }
    if (MO_INT_CHECK(o)) {
        bool ovf;
        double d = mo_int_as_double(o, &ovf);
        if (ovf) {
            mo_err_set(&mo_OverflowError, "int too large to convert to float");
            return -1;
        }
        *out = (Cx){d, 0.0};
        return 1;
    }
    return 0;
}

static Cx cx_mul(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* Smith's algorithm; *zero set when b == 0. */
static Cx cx_div(Cx a, Cx b, bool *zero) {
    double abr = fabs(b.re), abi = fabs(b.im);
    Cx r;
    *zero = false;
    if (abr >= abi) {
        if (abr == 0.0) {
            *zero = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN; /* a NaN in b */
    }
    return r;
}

/* a ** b through polar form; *dom set for 0 ** (negative or complex). */
static Cx cx_pow(Cx a, Cx b, bool *dom) {
    if (b.re == 0.0 && b.im == 0.0) return (Cx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *dom = true;
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

static Cx cx_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cx_mul(r, p);
        p = cx_mul(p, p);
    }
    return r;
}

MoObject *mo_complex_pow_values(double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, p;
    bool dom = false, rng;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n > 0) {
            p = cx_powu(a, n);
        } else {
            p = cx_div((Cx){1.0, 0.0}, cx_powu(a, -n), &dom);
        }
    } else {
        p = cx_pow(a, b, &dom);
    }
    /* CPython's Py_ADJUST_ERANGE2: an infinite part is an overflow, anything else is not. */
    rng = isinf(p.re) || isinf(p.im);
    if (dom) {
        mo_err_set(&mo_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (rng) {
        mo_err_set(&mo_OverflowError, "complex exponentiation");
        return NULL;
    }
    return cx_new(p);
}

static MoObject *complex_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    (void)inplace;
    if (op != MO_ADD && op != MO_SUB && op != MO_MUL && op != MO_TRUEDIV && op != MO_POW)
        return mo_newref(mo_NotImplemented);
    Cx x, y;
    int ra = operand(a, &x);
    if (ra <= 0) return ra < 0 ? NULL : mo_newref(mo_NotImplemented);
    int rb = operand(b, &y);
    if (rb <= 0) return rb < 0 ? NULL : mo_newref(mo_NotImplemented);
    switch (op) {
    case MO_ADD: return cx_new((Cx){x.re + y.re, x.im + y.im});
    case MO_SUB: return cx_new((Cx){x.re - y.re, x.im - y.im});
    case MO_MUL: return cx_new(cx_mul(x, y));
    case MO_TRUEDIV: {
        bool zero;
        Cx r = cx_div(x, y, &zero);
        if (zero) {
            mo_err_set(&mo_ZeroDivisionError, "complex division by zero");
            return NULL;
        }
        return cx_new(r);
    }
    default: return mo_complex_pow_values(x.re, x.im, y.re, y.im);
    }
}

static MoObject *complex_unaryop(MoObject *a, MoUnaryOp op) {
    Cx z = cx_of(a);
    if (op == MO_NEG) return mo_complex_new(-z.re, -z.im);
    if (op == MO_POS) return MO_CHECK_EXACT(a, mo_complex_type) ? mo_newref(a) : cx_new(z);
    return mo_newref(mo_NotImplemented);
}

/* ---- construction -------------------------------------------------------------------------- */

/* Python's Py_ISSPACE: ASCII whitespace only (Unicode spaces were mapped to ' ' before). */
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool word_at(const char *s, size_t n, size_t i, const char *w) {
    size_t k = strlen(w);
    if (n - i < k) return false;
    for (size_t j = 0; j < k; j++)
        if ((s[i + j] | 0x20) != w[j]) return false;
    return true;
}

/* The length of the longest float literal (what float() accepts, without spaces) at s[0..n),
 * 0 if there is none; its value goes to *out. */
static size_t scan_float(const char *s, size_t n, double *out) {
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (word_at(s, n, i, "infinity")) i += 8;
    else if (word_at(s, n, i, "inf") || word_at(s, n, i, "nan")) i += 3;
    else {
        size_t digits = 0;
        while (i < n && is_digit(s[i])) i++, digits++;
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && is_digit(s[i])) i++, digits++;
        }
        if (digits == 0) return 0;
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            size_t j = i + 1;
            if (j < n && (s[j] == '+' || s[j] == '-')) j++;
            if (j < n && is_digit(s[j])) {
                while (j < n && is_digit(s[j])) j++;
                i = j;
            }
        }
    }
    if (!mo_strtod(s, i, out)) return 0;
    return i;
}

/* Parses the ASCII text of complex(str) (CPython's accepted forms, incl. "(1+2j)", "j", "-j",
 * "1+j"): true with *z set, or false for a malformed string. */
static bool parse_complex_ascii(const char *s, size_t n, Cx *z) {
    size_t i = 0;
    double x = 0.0, y = 0.0, v;
    while (i < n && is_space(s[i])) i++;
    bool bracket = false;
    if (i < n && s[i] == '(') {
        bracket = true;
        i++;
        while (i < n && is_space(s[i])) i++;
    }
    size_t k = scan_float(s + i, n - i, &v);
    if (k) {
        i += k;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = v;
            size_t k2 = scan_float(s + i, n - i, &y);
            if (k2) {
                i += k2;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return false;
            i++;
        } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = v;
        } else {
            x = v;
        }
    } else {
        y = 1.0;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        }
        if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return false;
        i++;
    }
    while (i < n && is_space(s[i])) i++;
    if (bracket) {
        if (!(i < n && s[i] == ')')) return false;
        i++;
        while (i < n && is_space(s[i])) i++;
    }
    if (i != n) return false;
    z->re = x;
    z->im = y;
    return true;
}

/* complex(str) into *z: drops underscores that sit between two digits (any other is an error),
 * maps Unicode digits and spaces to ASCII, then parses. 0, or -1 with ValueError. */
static int complex_from_string(MoObject *str, Cx *z) {
    const char *s0 = MO_STR_UTF8(str);
    size_t n0 = MO_STR_NBYTES(str), n;
    char *t = mo_number_ascii_text(s0, n0, &n);
    const char *s = t ? t : s0;
    if (!t) n = n0;
    char *buf = mo_alloc(n + 1);
    if (!buf) {
        if (t) mo_free(t);
        return -1;
    }
    size_t k = 0;
    bool underscores_ok = true;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (!(i > 0 && is_digit(s[i - 1]) && i + 1 < n && is_digit(s[i + 1]))) underscores_ok = false;
            continue;
        }
        buf[k++] = s[i];
    }
    bool ok = underscores_ok && parse_complex_ascii(buf, k, z);
    mo_free(buf);
    if (t) mo_free(t);
    if (!underscores_ok) {
        mo_err_format(&mo_ValueError, "could not convert string to complex: %R", str);
        return -1;
    }
    if (!ok) {
        mo_err_set(&mo_ValueError, "complex() arg is a malformed string");
        return -1;
    }
    return 0;
}

/* o.__complex__() checked to be a complex: new reference, or NULL (with an exception on error,
 * without one when there is no such method). */
static MoObject *try_complex_method(MoObject *o) {
    MoObject *m = mo_lookup_special(o, "__complex__");
    if (!m) return NULL;
    MoObject *r = mo_call0(m);
    mo_decref(m);
    if (r && !MO_COMPLEX_CHECK(r)) {
        mo_err_format(&mo_TypeError, "__complex__ returned non-complex (type %T)", r);
        mo_decref(r);
        return NULL;
    }
    return r;
}

/* Whether complex() accepts o as a number: a complex, int, float, or an object with __float__ or
 * __index__ (CPython's nb_float/nb_index test). */
static bool is_number(MoObject *o) {
    if (MO_COMPLEX_CHECK(o) || MO_INT_CHECK(o) || mo_isinstance_type(o, &mo_float_type)) return true;
    MoObject *key = mo_str_intern("__float__");
    if (key && mo_type_lookup(o->type, key)) return true;
    key = mo_str_intern("__index__");
    return key && mo_type_lookup(o->type, key);
}

static int real_part(MoObject *o, double *out) {
    MoObject *f = mo_number_float(o);
    if (!f) return -1;
    *out = MO_FLOAT_VALUE(f);
    mo_decref(f);
    return 0;
}

int mo_complex_as_parts(MoObject *o, double *real, double *imag) {
    if (MO_COMPLEX_CHECK(o)) {
        *real = ((MoComplex *)o)->real;
        *imag = ((MoComplex *)o)->imag;
        return 0;
    }
    MoObject *c = try_complex_method(o);
    if (c) {
        *real = ((MoComplex *)c)->real;
        *imag = ((MoComplex *)c)->imag;
        mo_decref(c);
        return 0;
    }
    if (mo_err_occurred()) return -1;
    *imag = 0.0;
    return mo_number_as_double(o, real);
}

static MoObject *complex_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"real", "imag"};
    MoObject *o[2];
    if (mo_parse_args("complex", args, nargs, kwnames, names, 0, 0, o, 2) < 0) return NULL;
    MoObject *r = o[0], *i = o[1];
    Cx z = {0.0, 0.0};
    if (r && MO_CHECK_EXACT(r, mo_complex_type) && !i && type == &mo_complex_type) return mo_newref(r);
    if (r && MO_STR_CHECK(r)) {
        if (i) {
            mo_err_set(&mo_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        if (complex_from_string(r, &z) < 0) return NULL;
    } else {
        if (i && MO_STR_CHECK(i)) {
            mo_err_set(&mo_TypeError, "complex() second arg can't be a string");
            return NULL;
        }
        MoObject *own = NULL;
        if (r) {
            own = try_complex_method(r);
            if (!own && mo_err_occurred()) return NULL;
            if (own) r = own;
            if (!is_number(r)) {
                mo_err_format(&mo_TypeError, "complex() first argument must be a string or a number, not '%s'",
                              r->type->name);
                mo_xdecref(own);
                return NULL;
            }
        }
        if (i && !is_number(i)) {
            mo_err_format(&mo_TypeError, "complex() second argument must be a number, not '%s'", i->type->name);
            mo_xdecref(own);
            return NULL;
        }
        Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
        bool cr_complex = false, ci_complex = false;
        if (r && MO_COMPLEX_CHECK(r)) {
            cr = cx_of(r);
            cr_complex = true;
        } else if (r && real_part(r, &cr.re) < 0) {
            mo_xdecref(own);
            return NULL;
        }
        mo_xdecref(own);
        if (!i) {
            ci.re = cr.im;
        } else if (MO_COMPLEX_CHECK(i)) {
            ci = cx_of(i);
            ci_complex = true;
        } else if (real_part(i, &ci.re) < 0) {
            return NULL;
        }
        if (ci_complex) cr.re -= ci.im;
        if (cr_complex && i) ci.re += cr.im;
        z = (Cx){cr.re, ci.re};
    }
    if (type == &mo_complex_type) return cx_new(z);
    MoObject *obj = mo_object_alloc_instance(type);
    if (obj) {
        ((MoComplex *)obj)->real = z.re;
        ((MoComplex *)obj)->imag = z.im;
    }
    return obj;
}

static void complex_dealloc(MoObject *o) { mo_object_free(o); }

/* ---- methods ------------------------------------------------------------------------------- */

/* CPython's messages: slot wrappers (__int__, __float__, __abs__) say "expected 0 arguments",
 * ordinary methods name the type ("complex.bit_length() takes no arguments (1 given)"). */
static bool no_args(const char *name, size_t nargs, MoObject *kwnames) {
    bool slot = !strcmp(name, "__int__") || !strcmp(name, "__float__") || !strcmp(name, "__abs__");
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        if (slot) mo_err_format(&mo_TypeError, "wrapper %s() takes no keyword arguments", name);
        else mo_err_format(&mo_TypeError, "complex.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs) {
        if (slot) mo_err_format(&mo_TypeError, "expected 0 arguments, got %zu", nargs);
        else mo_err_format(&mo_TypeError, "complex.%s() takes no arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

static MoObject *complex_conjugate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("conjugate", nargs, kwnames)) return NULL;
    Cx z = cx_of(self);
    return mo_complex_new(z.re, -z.im);
}

static MoObject *complex_complex(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("__complex__", nargs, kwnames)) return NULL;
    return MO_CHECK_EXACT(self, mo_complex_type) ? mo_newref(self) : cx_new(cx_of(self));
}

static MoObject *complex_getnewargs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("__getnewargs__", nargs, kwnames)) return NULL;
    Cx z = cx_of(self);
    MoObject *a = mo_float_new(z.re), *b = mo_float_new(z.im);
    MoObject *t = a && b ? mo_tuple_pack(2, a, b) : NULL;
    mo_xdecref(a);
    mo_xdecref(b);
    return t;
}

static MoObject *complex_abs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("__abs__", nargs, kwnames)) return NULL;
    Cx z = cx_of(self);
    double r;
    if (isinf(z.re)) r = fabs(z.re);
    else if (isinf(z.im)) r = fabs(z.im);
    else if (isnan(z.re) || isnan(z.im)) r = NAN;
    else {
        r = hypot(z.re, z.im);
        if (!isfinite(r)) {
            mo_err_set(&mo_OverflowError, "absolute value too large");
            return NULL;
        }
    }
    return mo_float_new(r);
}

static MoObject *complex_format(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if ((kwnames && MO_TUPLE_LEN(kwnames)) || nargs != 1) {
        mo_err_format(&mo_TypeError, "complex.__format__() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "__format__() argument must be str, not %s", args[0]->type->name);
        return NULL;
    }
    return mo_format_complex(self, args[0]);
}

static MoObject *complex_get_real(MoObject *self) { return mo_float_new(((MoComplex *)self)->real); }
static MoObject *complex_get_imag(MoObject *self) { return mo_float_new(((MoComplex *)self)->imag); }

static const MoMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, MO_METH_INSTANCE, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex, MO_METH_INSTANCE, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, MO_METH_INSTANCE, NULL},
    {"__abs__", complex_abs, MO_METH_INSTANCE, "abs(self)"},
    {"__format__", complex_format, MO_METH_INSTANCE, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const MoGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

MoType mo_complex_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "complex",
    .size = sizeof(MoComplex),
    .flags = MO_TPFLAG_BASETYPE,
    .dealloc = complex_dealloc,
    .vnew = complex_vnew,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .truth = complex_truth,
    .binop = complex_binop,
    .unaryop = complex_unaryop,
    .methods = complex_methods,
    .getsets = complex_getsets,
};

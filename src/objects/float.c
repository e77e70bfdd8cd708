/*
 * float.c: Python's float (an IEEE double).
 *
 * The binop slot receives the operands in source order and handles float op float, float op int
 * and int op float (an int operand is converted exactly or raises OverflowError "int too large to
 * convert to float", as CPython). Floor division and modulo follow CPython's float_divmod so the
 * remainder takes the divisor's sign and divmod(x, y)[0] * y + divmod(x, y)[1] stays close to x.
 * Comparisons with ints are exact (mo_int_compare_double), so 2**53 + 1 != 2.0**53.
 */
#include <math.h>
#include <string.h>

#include "../core/object.h"

MoObject *mo_float_new(double v) {
    MoFloat *f = (MoFloat *)mo_object_new(&mo_float_type);
    if (!f) return NULL;
    f->value = v;
    return MO(f);
}

MoObject *mo_float_repr_double(double v) {
    char buf[64];
    size_t n = mo_dtoa(v, 'r', 0, buf, sizeof buf); /* at most 24 bytes: never 0 */
    return mo_str_from_utf8(buf, n);
}

static MoObject *float_repr(MoObject *o) { return mo_float_repr_double(MO_FLOAT_VALUE(o)); }

static int float_hash(MoObject *o, int64_t *out) {
    double v = MO_FLOAT_VALUE(o);
    if (isnan(v)) return mo_object_identity_hash(o, out);
    *out = mo_hash_double(v);
    return 0;
}

/* Converts a float or int operand to a double: 1 ok, 0 not a number (NotImplemented), -1 error. */
static int operand(MoObject *o, double *out) {
    if (mo_isinstance_type(o, &mo_float_type)) {
        *out = MO_FLOAT_VALUE(o);
        return 1;
    }
    if (MO_INT_CHECK(o)) {
        bool ovf;
        *out = mo_int_as_double(o, &ovf);
        if (ovf) {
            mo_err_set(&mo_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 1;
    }
    return 0;
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

static MoObject *float_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!mo_isinstance_type(a, &mo_float_type)) return mo_newref(mo_NotImplemented);
    double x = MO_FLOAT_VALUE(a);
    if (mo_isinstance_type(b, &mo_float_type)) {
        double y = MO_FLOAT_VALUE(b);
        switch (op) {
        case MO_LT: return mo_bool(x < y);
        case MO_LE: return mo_bool(x <= y);
        case MO_EQ: return mo_bool(x == y);
        case MO_NE: return mo_bool(x != y);
        case MO_GT: return mo_bool(x > y);
        case MO_GE: return mo_bool(x >= y);
        }
    }
    if (MO_INT_CHECK(b)) {
        int c = mo_int_compare_double(b, x);
        if (c == 2) return mo_bool(op == MO_NE);
        return mo_bool(cmp_result(-c, op));
    }
    return mo_newref(mo_NotImplemented);
}

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

MoObject *mo_float_pow_values(double iv, double iw) {
    if (iw == 0) return mo_float_new(1.0);
    if (isnan(iv)) return mo_float_new(iv);
    if (isnan(iw)) return mo_float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return mo_float_new(1.0);
        if ((iw > 0) == (iv > 1.0)) return mo_float_new(fabs(iw));
        return mo_float_new(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iv > 0) return mo_float_new(iw > 0 ? iv : 0.0);
        return mo_float_new(iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
    }
    if (iv == 0.0) {
        if (iw < 0) {
            mo_err_set(&mo_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return mo_float_new(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0) {
        if (iw != floor(iw)) return mo_complex_pow_values(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return mo_float_new(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) {
        mo_err_set(&mo_OverflowError, "(34, 'Numerical result out of range')");
        return NULL;
    }
    return mo_float_new(negate ? -r : r);
}

/* CPython's float_divmod: floor quotient and remainder with the divisor's sign. */
static void float_divmod_values(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static MoObject *float_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    double x, y;
    int ra = operand(a, &x);
    if (ra <= 0) return ra < 0 ? NULL : mo_newref(mo_NotImplemented);
    int rb = operand(b, &y);
    if (rb <= 0) return rb < 0 ? NULL : mo_newref(mo_NotImplemented);
    switch (op) {
    case MO_ADD: return mo_float_new(x + y);
    case MO_SUB: return mo_float_new(x - y);
    case MO_MUL: return mo_float_new(x * y);
    case MO_TRUEDIV:
        if (y == 0) {
            mo_err_set(&mo_ZeroDivisionError, "float division by zero");
            return NULL;
        }
        return mo_float_new(x / y);
    case MO_FLOORDIV:
    case MO_MOD: {
        if (y == 0) {
            mo_err_set(&mo_ZeroDivisionError, op == MO_MOD ? "float modulo" : "float floor division by zero");
            return NULL;
        }
        double fd, m;
        float_divmod_values(x, y, &fd, &m);
        return mo_float_new(op == MO_MOD ? m : fd);
    }
    case MO_POW: return mo_float_pow_values(x, y);
    default: return mo_newref(mo_NotImplemented);
    }
}

/* divmod() when at least one operand is a float: new tuple, NULL, or NotImplemented. */
MoObject *mo_float_divmod(MoObject *a, MoObject *b) {
    double x, y;
    int ra = operand(a, &x);
    if (ra <= 0) return ra < 0 ? NULL : mo_newref(mo_NotImplemented);
    int rb = operand(b, &y);
    if (rb <= 0) return rb < 0 ? NULL : mo_newref(mo_NotImplemented);
    if (y == 0) {
        mo_err_set(&mo_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double fd, m;
    float_divmod_values(x, y, &fd, &m);
    MoObject *q = mo_float_new(fd), *r = mo_float_new(m);
    MoObject *t = q && r ? mo_tuple_pack(2, q, r) : NULL;
    mo_xdecref(q);
    mo_xdecref(r);
    return t;
}

static MoObject *float_unaryop(MoObject *a, MoUnaryOp op) {
    double x = MO_FLOAT_VALUE(a);
    if (op == MO_NEG) return mo_float_new(-x);
    if (op == MO_POS) return MO_CHECK_EXACT(a, mo_float_type) ? mo_newref(a) : mo_float_new(x);
    return mo_newref(mo_NotImplemented);
}

static int float_truth(MoObject *o) { return MO_FLOAT_VALUE(o) != 0.0; }

/* Python's Py_ISSPACE: ASCII whitespace only (Unicode spaces were mapped to ' ' before). */
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* float(text); orig (may be NULL: the text as a str) is what the error message shows. */
static MoObject *float_parse_ascii(const char *s0, size_t len0, MoObject *orig);

static MoObject *float_parse(const char *s0, size_t len0, MoObject *orig) {
    if (orig && !MO_STR_CHECK(orig)) return float_parse_ascii(s0, len0, orig);
    size_t n;
    char *t = mo_number_ascii_text(s0, len0, &n);
    if (!t) return float_parse_ascii(s0, len0, orig);
    MoObject *str = orig ? mo_newref(orig) : mo_str_decode_utf8(s0, len0);
    MoObject *r = str ? float_parse_ascii(t, n, str) : NULL;
    mo_xdecref(str);
    mo_free(t);
    return r;
}

static MoObject *float_parse_ascii(const char *s0, size_t len0, MoObject *orig) {
    const char *s = s0, *e = s0 + len0;
    while (s < e && is_space(*s)) s++;
    while (e > s && is_space(e[-1])) e--;
    size_t n = (size_t)(e - s);
    char small[128] = {0};
    char *buf = n < sizeof small ? small : mo_alloc(n + 1);
    if (!buf) return NULL;
    /* Underscores are allowed only between two digits; drop them. */
    size_t k = 0;
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            bool prev = i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
            bool next = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9';
            if (!prev || !next) ok = false;
            continue;
        }
        buf[k++] = s[i];
    }
    double v = 0;
    if (ok) ok = mo_strtod(buf, k, &v);
    if (buf != small) mo_free(buf);
    if (ok) return mo_float_new(v);
    MoObject *str = orig ? mo_newref(orig) : mo_str_decode_utf8(s0, len0);
    if (!str) return NULL;
    mo_err_format(&mo_ValueError, "could not convert string to float: %R", str);
    mo_decref(str);
    return NULL;
}

MoObject *mo_float_from_string(const char *s, size_t len) { return float_parse(s, len, NULL); }

/* Looks a special method up on the type and binds it: new reference or NULL (no error). */
static MoObject *lookup_special(MoObject *o, const char *name) {
    MoObject *attr = mo_type_lookup(o->type, mo_str_intern(name));
    if (!attr || attr == mo_None) return NULL;
    if (attr->type->descr_get) return attr->type->descr_get(attr, o, o->type);
    return mo_newref(attr);
}

MoObject *mo_number_float(MoObject *x) {
    if (MO_CHECK_EXACT(x, mo_float_type)) return mo_newref(x);
    if (mo_isinstance_type(x, &mo_float_type)) return mo_float_new(MO_FLOAT_VALUE(x));
    if (MO_INT_CHECK(x)) {
        double d = 0;
        if (operand(x, &d) < 0) return NULL;
        return mo_float_new(d);
    }
    if (MO_STR_CHECK(x)) return float_parse(MO_STR_UTF8(x), MO_STR_NBYTES(x), x);
    if (mo_isinstance_type(x, &mo_bytes_type))
        return float_parse((const char *)MO_BYTES(x)->data, MO_BYTES(x)->len, x);
    if (mo_isinstance_type(x, &mo_bytearray_type)) {
        /* Parse a bytes copy (bytearray's layout belongs to the types team). */
        MoObject *b = mo_call1(MO(&mo_bytes_type), x);
        if (!b) return NULL;
        MoObject *r = mo_isinstance_type(b, &mo_bytes_type)
                          ? float_parse((const char *)MO_BYTES(b)->data, MO_BYTES(b)->len, x)
                          : NULL;
        if (!r && !mo_err_occurred()) mo_err_set(&mo_TypeError, "bytes() returned non-bytes");
        mo_decref(b);
        return r;
    }
    MoObject *m = lookup_special(x, "__float__");
    if (m) {
        MoObject *r = mo_call0(m);
        mo_decref(m);
        if (r && !mo_isinstance_type(r, &mo_float_type)) {
            mo_err_format(&mo_TypeError, "%s.__float__ returned non-float (type %T)", x->type->name, r);
            mo_decref(r);
            return NULL;
        }
        if (r && !MO_CHECK_EXACT(r, mo_float_type)) MO_SETREF(r, mo_float_new(MO_FLOAT_VALUE(r)));
        return r;
    }
    if (mo_err_occurred()) return NULL;
    m = lookup_special(x, "__index__");
    if (m) {
        MoObject *i = mo_call0(m);
        mo_decref(m);
        if (!i) return NULL;
        if (!MO_INT_CHECK(i)) {
            mo_err_format(&mo_TypeError, "__index__ returned non-int (type %T)", i);
            mo_decref(i);
            return NULL;
        }
        MoObject *r = mo_number_float(i);
        mo_decref(i);
        return r;
    }
    if (mo_err_occurred()) return NULL;
    mo_err_format(&mo_TypeError, "float() argument must be a string or a real number, not '%s'", x->type->name);
    return NULL;
}

static MoObject *float_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_set(&mo_TypeError, "float() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "float expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    MoObject *v = nargs ? mo_number_float(args[0]) : mo_float_new(0.0);
    if (!v || type == &mo_float_type) return v;
    MoObject *o = mo_object_alloc_instance(type);
    if (o) ((MoFloat *)o)->value = MO_FLOAT_VALUE(v);
    mo_decref(v);
    return o;
}

static void float_dealloc(MoObject *o) { mo_object_free(o); }

/* ---- methods ----------------------------------------------------------------------------- */

/* CPython's messages: slot wrappers (__int__, __float__, __abs__) say "expected 0 arguments",
 * ordinary methods name the type ("float.bit_length() takes no arguments (1 given)"). */
static bool no_args(const char *name, size_t nargs, MoObject *kwnames) {
    bool slot = !strcmp(name, "__int__") || !strcmp(name, "__float__") || !strcmp(name, "__abs__");
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        if (slot) mo_err_format(&mo_TypeError, "wrapper %s() takes no keyword arguments", name);
        else mo_err_format(&mo_TypeError, "float.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs) {
        if (slot) mo_err_format(&mo_TypeError, "expected 0 arguments, got %zu", nargs);
        else mo_err_format(&mo_TypeError, "float.%s() takes no arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

static MoObject *float_is_integer(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("is_integer", nargs, kwnames)) return NULL;
    double x = MO_FLOAT_VALUE(self);
    return mo_bool(isfinite(x) && floor(x) == x);
}

static MoObject *float_to_int(double x) { return mo_int_from_double(x); }

static MoObject *float_trunc(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__trunc__", nargs, kwnames)) return NULL;
    return float_to_int(MO_FLOAT_VALUE(self));
}

static MoObject *float_int(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("__int__", nargs, kwnames)) return NULL;
    return float_to_int(MO_FLOAT_VALUE(self));
}

static MoObject *float_floor(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__floor__", nargs, kwnames)) return NULL;
    return float_to_int(floor(MO_FLOAT_VALUE(self)));
}

static MoObject *float_ceil(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__ceil__", nargs, kwnames)) return NULL;
    return float_to_int(ceil(MO_FLOAT_VALUE(self)));
}

static MoObject *float_float(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__float__", nargs, kwnames)) return NULL;
    return mo_number_float(self);
}

static MoObject *float_abs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("__abs__", nargs, kwnames)) return NULL;
    return mo_float_new(fabs(MO_FLOAT_VALUE(self)));
}

static MoObject *float_round(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return mo_number_round(self, nargs ? args[0] : NULL);
}

static MoObject *float_format(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if ((kwnames && MO_TUPLE_LEN(kwnames)) || nargs != 1) {
        mo_err_format(&mo_TypeError, "float.__format__() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "__format__() argument must be str, not %s", args[0]->type->name);
        return NULL;
    }
    return mo_format_float(self, args[0]);
}

static MoObject *float_conjugate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("conjugate", nargs, kwnames)) return NULL;
    return mo_number_float(self);
}

static MoObject *float_as_integer_ratio(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("as_integer_ratio", nargs, kwnames)) return NULL;
    double x = MO_FLOAT_VALUE(self);
    if (isinf(x)) {
        mo_err_set(&mo_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        mo_err_set(&mo_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    MoObject *num = mo_int_from_double(m), *den = mo_int_from_i64(1), *sh = mo_int_from_i64(e < 0 ? -e : e);
    MoObject *r = NULL;
    if (num && den && sh) {
        if (e > 0) MO_SETREF(num, mo_binop(num, sh, MO_LSHIFT));
        else MO_SETREF(den, mo_binop(den, sh, MO_LSHIFT));
        if (num && den) r = mo_tuple_pack(2, num, den);
    }
    mo_xdecref(num);
    mo_xdecref(den);
    mo_xdecref(sh);
    return r;
}

/* float.hex(), CPython's algorithm: 13 hex digits after the point, subnormals as 0x0.xxxp-1022. */
static MoObject *float_hex(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!no_args("hex", nargs, kwnames)) return NULL;
    double x = MO_FLOAT_VALUE(self);
    if (isnan(x) || isinf(x)) return mo_float_repr_double(x);
    if (x == 0) return mo_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    static const char hexd[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[32];
    size_t k = 0;
    buf[k++] = hexd[(int)m];
    m -= (int)m;
    buf[k++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        buf[k++] = hexd[(int)m];
        m -= (int)m;
    }
    buf[k] = 0;
    return mo_format("%s0x%sp%c%d", x < 0 ? "-" : "", buf, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static MoObject *float_fromhex(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if ((kwnames && MO_TUPLE_LEN(kwnames)) || nargs != 1) {
        if (kwnames && MO_TUPLE_LEN(kwnames)) mo_err_set(&mo_TypeError, "float.fromhex() takes no keyword arguments");
        else mo_err_format(&mo_TypeError, "float.fromhex() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "fromhex() argument must be str, not %s", args[0]->type->name);
        return NULL;
    }
    double v = 0;
    int rc = mo_strtod_hex(MO_STR_UTF8(args[0]), MO_STR_NBYTES(args[0]), &v);
    if (rc == -2) return NULL;
    if (rc == -1) {
        mo_err_set(&mo_ValueError, "invalid hexadecimal floating-point string");
        return NULL;
    }
    if (rc == 1) {
        mo_err_set(&mo_OverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    MoObject *r = mo_float_new(v);
    if (r && (MoType *)cls != &mo_float_type && mo_isinstance_type(cls, &mo_type_type)) MO_SETREF(r, mo_call1(cls, r));
    return r;
}

static MoObject *float_getnewargs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)args;
    if (!no_args("__getnewargs__", nargs, kwnames)) return NULL;
    MoObject *v = mo_float_new(MO_FLOAT_VALUE(self));
    MoObject *t = v ? mo_tuple_pack(1, v) : NULL;
    mo_xdecref(v);
    return t;
}

static MoObject *float_get_real(MoObject *self) { return mo_number_float(self); }
static MoObject *float_get_imag(MoObject *self) { return mo_float_new(0.0); }

static const MoMethodDef float_methods[] = {
    {"is_integer", float_is_integer, MO_METH_INSTANCE, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, MO_METH_INSTANCE, "Return integer ratio."},
    {"fromhex", float_fromhex, MO_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex, MO_METH_INSTANCE, "Return a hexadecimal representation of a floating-point number."},
    {"conjugate", float_conjugate, MO_METH_INSTANCE, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, MO_METH_INSTANCE, "Return the Integral closest to x between 0 and x."},
    {"__int__", float_int, MO_METH_INSTANCE, "int(self)"},
    {"__floor__", float_floor, MO_METH_INSTANCE, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, MO_METH_INSTANCE, "Return the ceiling as an Integral."},
    {"__float__", float_float, MO_METH_INSTANCE, "float(self)"},
    {"__abs__", float_abs, MO_METH_INSTANCE, "abs(self)"},
    {"__round__", float_round, MO_METH_INSTANCE, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", float_format, MO_METH_INSTANCE, "Formats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const MoGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

MoType mo_float_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "float",
    .size = sizeof(MoFloat),
    .flags = MO_TPFLAG_BASETYPE,
    .dealloc = float_dealloc,
    .vnew = float_vnew,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .truth = float_truth,
    .binop = float_binop,
    .unaryop = float_unaryop,
    .methods = float_methods,
    .getsets = float_getsets,
};

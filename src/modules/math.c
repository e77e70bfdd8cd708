/*
 * math.c: the C half of the math module (the integer functions -- factorial, gcd, lcm, isqrt,
 * comb, perm, prod -- and fsum are Python in src/modules/py/math.py, where their loops count
 * against the instruction limit).
 *
 * Error rules follow CPython's math_1/math_2: a NaN result from a non-NaN argument is
 * "math domain error" (ValueError); an infinite result from finite arguments is "math range error"
 * (OverflowError) for functions that can overflow and a domain error for the others (poles).
 */
#include <math.h>
#include <string.h>

#include "modules.h"

static int no_kwargs(const char *name, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int check_one(const char *name, size_t nargs, MoObject *kwnames) {
    if (no_kwargs(name, kwnames) < 0) return -1;
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

static int check_n(const char *name, size_t nargs, MoObject *kwnames, size_t n) {
    if (no_kwargs(name, kwnames) < 0) return -1;
    if (nargs != n) {
        mo_err_format(&mo_TypeError, "%s expected %zu argument%s, got %zu", name, n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static MoObject *domain_error(void) {
    mo_err_set(&mo_ValueError, "math domain error");
    return NULL;
}

static MoObject *range_error(void) {
    mo_err_set(&mo_OverflowError, "math range error");
    return NULL;
}

/* Applies a one-argument libm function with CPython's error rules. */
static MoObject *math_1(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames, double (*fn)(double),
                        bool can_overflow) {
    if (check_one(name, nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return mo_float_new(r);
}

static double m_degrees(double x) { return x * (180.0 / 3.141592653589793238462643383279502884); }
static double m_radians(double x) { return x * (3.141592653589793238462643383279502884 / 180.0); }

/* CPython's gamma: poles at 0 and the negative integers are domain errors, large results overflow. */
static MoObject *math_gamma(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("gamma", nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return mo_float_new(x);
    if (isinf(x)) {
        if (x < 0) return domain_error();
        return mo_float_new(x);
    }
    if (x == 0.0 || (x < 0 && x == floor(x))) return domain_error();
    double r = tgamma(x);
    if (isinf(r)) return range_error();
    return mo_float_new(r);
}

static MoObject *math_lgamma(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("lgamma", nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return mo_float_new(x);
    if (isinf(x)) return mo_float_new(INFINITY);
    if (x <= 0 && x == floor(x)) return domain_error();
    double r = lgamma(x);
    if (isinf(r)) return range_error();
    return mo_float_new(r);
}

#define MATH1(cname, fn, ovf) \
    static MoObject *math_##cname(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) { \
        return math_1(#cname, args, nargs, kwnames, fn, ovf); \
    }
MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)
MATH1(degrees, m_degrees, true)
MATH1(radians, m_radians, false)

/* ceil/floor/trunc: ints pass through, floats become ints, other objects use __ceil__ & co. */
static MoObject *rounding(const char *name, const char *dunder, MoObject *const *args, size_t nargs, MoObject *kwnames,
                          double (*fn)(double)) {
    if (check_one(name, nargs, kwnames) < 0) return NULL;
    MoObject *x = args[0];
    if (MO_CHECK_EXACT(x, mo_int_type)) return mo_newref(x);
    if (MO_CHECK_EXACT(x, mo_float_type)) return mo_int_from_double(fn(MO_FLOAT_VALUE(x)));
    MoObject *m = mo_lookup_special(x, dunder);
    if (m) {
        MoObject *r = mo_call0(m);
        mo_decref(m);
        return r;
    }
    if (mo_err_occurred()) return NULL;
    if (fn == trunc) {
        mo_err_format(&mo_TypeError, "type %s doesn't define __trunc__ method", MO_TYPE(x)->name);
        return NULL;
    }
    double d;
    if (mo_number_as_double(x, &d) < 0) return NULL;
    return mo_int_from_double(fn(d));
}

static MoObject *math_ceil(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return rounding("ceil", "__ceil__", args, nargs, kwnames, ceil);
}
static MoObject *math_floor(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return rounding("floor", "__floor__", args, nargs, kwnames, floor);
}
static MoObject *math_trunc(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return rounding("trunc", "__trunc__", args, nargs, kwnames, trunc);
}

static int two_doubles(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames, double *x, double *y) {
    if (check_n(name, nargs, kwnames, 2) < 0) return -1;
    if (mo_number_as_double(args[0], x) < 0 || mo_number_as_double(args[1], y) < 0) return -1;
    return 0;
}

static MoObject *math_atan2(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double y, x;
    if (two_doubles("atan2", args, nargs, kwnames, &y, &x) < 0) return NULL;
    return mo_float_new(atan2(y, x));
}

static MoObject *math_copysign(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double x, y;
    if (two_doubles("copysign", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return mo_float_new(copysign(x, y));
}

static MoObject *math_fmod(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double x, y;
    if (two_doubles("fmod", args, nargs, kwnames, &x, &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return mo_float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return mo_float_new(r);
}

static MoObject *math_remainder(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double x, y;
    if (two_doubles("remainder", args, nargs, kwnames, &x, &y) < 0) return NULL;
    if (isnan(x)) return mo_float_new(x);
    if (isnan(y)) return mo_float_new(y);
    if (isinf(x) || y == 0.0) return domain_error();
    if (isinf(y)) return mo_float_new(x);
    return mo_float_new(remainder(x, y));
}

static MoObject *math_pow(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double x, y;
    if (two_doubles("pow", args, nargs, kwnames, &x, &y) < 0) return NULL;
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        /* C99 Annex F gives CPython's answers for the special values. */
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else r = pow(x, y);
        return mo_float_new(r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error();
    if (isinf(r)) {
        if (x == 0.0) return domain_error();
        return range_error();
    }
    return mo_float_new(r);
}

static MoObject *math_ldexp(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_n("ldexp", nargs, kwnames, 2) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    if (!MO_INT_CHECK(args[1])) {
        mo_err_set(&mo_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int64_t e;
    if (mo_int_as_i64(args[1], &e) < 0) {
        mo_err_clear();
        e = mo_int_sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    if (x == 0.0 || !isfinite(x)) return mo_float_new(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return mo_float_new(r);
}

static MoObject *math_frexp(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("frexp", nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    MoObject *a = mo_float_new(m), *b = mo_int_from_i64(e);
    MoObject *t = a && b ? mo_tuple_pack(2, a, b) : NULL;
    mo_xdecref(a);
    mo_xdecref(b);
    return t;
}

static MoObject *math_modf(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("modf", nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    MoObject *a = mo_float_new(fp), *b = mo_float_new(ip);
    MoObject *t = a && b ? mo_tuple_pack(2, a, b) : NULL;
    mo_xdecref(a);
    mo_xdecref(b);
    return t;
}

static MoObject *bool_of(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames, int kind) {
    if (check_one(name, nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    return mo_bool(kind == 0 ? isfinite(x) : kind == 1 ? isinf(x) : isnan(x));
}
static MoObject *math_isfinite(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return bool_of("isfinite", args, nargs, kwnames, 0);
}
static MoObject *math_isinf(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return bool_of("isinf", args, nargs, kwnames, 1);
}
static MoObject *math_isnan(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return bool_of("isnan", args, nargs, kwnames, 2);
}

static MoObject *math_isclose(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MoObject *o[4];
    if (nargs > 2) {
        mo_err_format(&mo_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (mo_parse_args("isclose", args, nargs, kwnames, names, 2, 0, o, 4) < 0) return NULL;
    double a, b, rel = 1e-09, abst = 0.0;
    if (mo_number_as_double(o[0], &a) < 0 || mo_number_as_double(o[1], &b) < 0) return NULL;
    if (o[2] && mo_number_as_double(o[2], &rel) < 0) return NULL;
    if (o[3] && mo_number_as_double(o[3], &abst) < 0) return NULL;
    if (rel < 0.0 || abst < 0.0) {
        mo_err_set(&mo_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b) return mo_bool(true);
    if (isinf(a) || isinf(b)) return mo_bool(false);
    double diff = fabs(b - a);
    return mo_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abst));
}

/* log of an int too large for a double: log(top bits) + shifted bits * log(2). */
static int int_log(MoObject *x, double *out) {
    bool ovf;
    double d = mo_int_as_double(x, &ovf);
    if (!ovf) {
        *out = log(d);
        return 0;
    }
    uint8_t small[16];
    bool neg;
    size_t need = mo_int_to_bytes_be(x, small, sizeof small, &neg);
    uint8_t *buf = need <= sizeof small ? small : mo_alloc(need);
    if (!buf) return -1;
    if (buf != small) mo_int_to_bytes_be(x, buf, need, &neg);
    double top = 0.0;
    size_t take = need < 8 ? need : 8;
    for (size_t i = 0; i < take; i++) top = top * 256.0 + buf[i];
    if (buf != small) mo_free(buf);
    *out = log(top) + (double)(need - take) * 8.0 * log(2.0);
    return 0;
}

/* log of a number for log/log2/log10: 0 or -1 (ValueError for x <= 0). */
static int log_of(MoObject *x, double (*fn)(double), double *out) {
    if (MO_INT_CHECK(x)) {
        if (mo_int_sign(x) <= 0) {
            domain_error();
            return -1;
        }
        bool ovf;
        double d = mo_int_as_double(x, &ovf);
        if (!ovf) {
            *out = fn(d);
            return 0;
        }
        double l;
        if (int_log(x, &l) < 0) return -1;
        *out = fn == log ? l : fn == log2 ? l / log(2.0) : l / log(10.0);
        return 0;
    }
    double d;
    if (mo_number_as_double(x, &d) < 0) return -1;
    if (isnan(d) || (isinf(d) && d > 0)) {
        *out = d;
        return 0;
    }
    if (d <= 0.0) {
        domain_error();
        return -1;
    }
    *out = fn(d);
    return 0;
}

static MoObject *math_log(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (no_kwargs("log", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 2) {
        mo_err_format(&mo_TypeError, "log expected %s, got %zu", nargs < 1 ? "at least 1 argument" : "at most 2 arguments",
                      nargs);
        return NULL;
    }
    double num;
    if (log_of(args[0], log, &num) < 0) return NULL;
    if (nargs == 1) return mo_float_new(num);
    double den;
    if (log_of(args[1], log, &den) < 0) return NULL;
    if (den == 0.0) {
        mo_err_set(&mo_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return mo_float_new(num / den);
}

static MoObject *math_log2(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("log2", nargs, kwnames) < 0) return NULL;
    double r;
    return log_of(args[0], log2, &r) < 0 ? NULL : mo_float_new(r);
}

static MoObject *math_log10(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("log10", nargs, kwnames) < 0) return NULL;
    double r;
    return log_of(args[0], log10, &r) < 0 ? NULL : mo_float_new(r);
}

static MoObject *math_log1p(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return math_1("log1p", args, nargs, kwnames, log1p, false);
}

/* Euclidean norm of n coordinates, scaled against overflow (NaN/inf rules as CPython). */
static double vector_norm(const double *v, size_t n) {
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(v[i]);
        if (isnan(x)) found_nan = true;
        else if (x > max) max = x;
    }
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    if (n == 2) return hypot(v[0], v[1]);
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] / max;
        double y = x * x - comp;
        double t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    return max * sqrt(sum);
}

static MoObject *math_hypot(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (no_kwargs("hypot", kwnames) < 0) return NULL;
    double small[16] = {0};
    double *v = nargs <= 16 ? small : mo_alloc(nargs * sizeof(double));
    if (!v) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (mo_number_as_double(args[i], &v[i]) < 0) {
            if (v != small) mo_free(v);
            return NULL;
        }
    }
    double r = vector_norm(v, nargs);
    if (v != small) mo_free(v);
    return mo_float_new(r);
}

static MoObject *math_dist(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_n("dist", nargs, kwnames, 2) < 0) return NULL;
    MoObject *p = NULL, *q = NULL;
    if (!mo_isinstance_type(args[0], &mo_tuple_type) && !mo_isinstance_type(args[0], &mo_list_type)) {
        mo_err_format(&mo_TypeError, "dist() argument 1 must be tuple, not %T", args[0]);
        return NULL;
    }
    if (!mo_isinstance_type(args[1], &mo_tuple_type) && !mo_isinstance_type(args[1], &mo_list_type)) {
        mo_err_format(&mo_TypeError, "dist() argument 2 must be tuple, not %T", args[1]);
        return NULL;
    }
    p = mo_sequence_tuple(args[0]);
    q = p ? mo_sequence_tuple(args[1]) : NULL;
    MoObject *res = NULL;
    double *v = NULL;
    if (!q) goto done;
    size_t n = MO_TUPLE_LEN(p);
    if (n != MO_TUPLE_LEN(q)) {
        mo_err_set(&mo_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = mo_alloc((n ? n : 1) * sizeof(double));
    if (!v) goto done;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (mo_number_as_double(MO_TUPLE_ITEM(p, i), &a) < 0 || mo_number_as_double(MO_TUPLE_ITEM(q, i), &b) < 0)
            goto done;
        v[i] = a - b;
    }
    res = mo_float_new(vector_norm(v, n));
done:
    mo_free(v);
    mo_xdecref(p);
    mo_xdecref(q);
    return res;
}

static MoObject *math_nextafter(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return mo_float_new(nextafter(x, y));
}

static MoObject *math_ulp(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_one("ulp", nargs, kwnames) < 0) return NULL;
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return mo_float_new(x);
    x = fabs(x);
    if (isinf(x)) return mo_float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return mo_float_new(x - x2);
    }
    return mo_float_new(x2 - x);
}

/* Helpers for math.py: exact float conversion with CPython's TypeError, and __index__. */
static MoObject *math_as_double(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    double x;
    if (mo_number_as_double(args[0], &x) < 0) return NULL;
    return mo_float_new(x);
}

static MoObject *math_as_index(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return mo_number_index(args[0]);
}

/* The bit length of a non-negative int, for isqrt's starting guess. */
static MoObject *math_bit_length(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    bool neg;
    uint8_t small[16];
    size_t need = mo_int_to_bytes_be(args[0], small, sizeof small, &neg);
    uint8_t *buf = need <= sizeof small ? small : mo_alloc(need);
    if (!buf) return NULL;
    if (buf != small) mo_int_to_bytes_be(args[0], buf, need, &neg);
    size_t i = 0;
    while (i < need && buf[i] == 0) i++;
    int64_t bits = 0;
    if (i < need) {
        int top = 0;
        for (unsigned v = buf[i]; v; v >>= 1) top++;
        bits = (int64_t)(need - i - 1) * 8 + top;
    }
    if (buf != small) mo_free(buf);
    return mo_int_from_i64(bits);
}

static const MoMethodDef math_functions[] = {
    {"acos", math_acos, MO_METH_STATIC, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, MO_METH_STATIC, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, MO_METH_STATIC, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, MO_METH_STATIC, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, MO_METH_STATIC, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, MO_METH_STATIC, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, MO_METH_STATIC, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, MO_METH_STATIC, "Return the cube root of x."},
    {"ceil", math_ceil, MO_METH_STATIC, "Return the ceiling of x as an Integral."},
    {"copysign", math_copysign, MO_METH_STATIC, "Return a float with the magnitude of x but the sign of y."},
    {"cos", math_cos, MO_METH_STATIC, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, MO_METH_STATIC, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, MO_METH_STATIC, "Convert angle x from radians to degrees."},
    {"dist", math_dist, MO_METH_STATIC, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, MO_METH_STATIC, "Error function at x."},
    {"erfc", math_erfc, MO_METH_STATIC, "Complementary error function at x."},
    {"exp", math_exp, MO_METH_STATIC, "Return e raised to the power of x."},
    {"exp2", math_exp2, MO_METH_STATIC, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, MO_METH_STATIC, "Return exp(x)-1."},
    {"fabs", math_fabs, MO_METH_STATIC, "Return the absolute value of the float x."},
    {"floor", math_floor, MO_METH_STATIC, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, MO_METH_STATIC, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, MO_METH_STATIC, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"gamma", math_gamma, MO_METH_STATIC, "Gamma function at x."},
    {"hypot", math_hypot, MO_METH_STATIC, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, MO_METH_STATIC, "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, MO_METH_STATIC, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", math_isinf, MO_METH_STATIC, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, MO_METH_STATIC, "Return True if x is a NaN (not a number)."},
    {"ldexp", math_ldexp, MO_METH_STATIC, "Return x * (2**i)."},
    {"lgamma", math_lgamma, MO_METH_STATIC, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, MO_METH_STATIC, "log(x, [base=math.e])"},
    {"log10", math_log10, MO_METH_STATIC, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, MO_METH_STATIC, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, MO_METH_STATIC, "Return the base 2 logarithm of x."},
    {"modf", math_modf, MO_METH_STATIC, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, MO_METH_STATIC, "Return the next floating-point value after x towards y."},
    {"pow", math_pow, MO_METH_STATIC, "Return x**y (x to the power of y)."},
    {"radians", math_radians, MO_METH_STATIC, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, MO_METH_STATIC, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, MO_METH_STATIC, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, MO_METH_STATIC, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, MO_METH_STATIC, "Return the square root of x."},
    {"tan", math_tan, MO_METH_STATIC, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, MO_METH_STATIC, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, MO_METH_STATIC, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, MO_METH_STATIC, "Return the value of the least significant bit of the float x."},
    {"_as_double", math_as_double, MO_METH_STATIC, "float(x) with math's TypeError (for math.py)."},
    {"_as_index", math_as_index, MO_METH_STATIC, "x.__index__() (for math.py)."},
    {"_bit_length", math_bit_length, MO_METH_STATIC, "bit length of an int (for math.py)."},
    {NULL, NULL, 0, NULL},
};

int mo_module_math_init(MoObject *module, MoObject *dict) {
    if (mo_module_add_functions(module, dict, math_functions) < 0) return -1;
    static const struct { const char *name; double v; } consts[] = {
        {"pi", 3.141592653589793}, {"e", 2.718281828459045}, {"tau", 6.283185307179586},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        MoObject *f = mo_float_new(consts[i].v);
        int r = f ? mo_dict_set_str(dict, consts[i].name, f) : -1;
        mo_xdecref(f);
        if (r < 0) return -1;
    }
    MoObject *inf = mo_float_new(INFINITY), *nan = mo_float_new(NAN);
    int r = inf && nan ? 0 : -1;
    if (r == 0) r = mo_dict_set_str(dict, "inf", inf);
    if (r == 0) r = mo_dict_set_str(dict, "nan", nan);
    mo_xdecref(inf);
    mo_xdecref(nan);
    return r;
}

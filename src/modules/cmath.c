/*
 * cmath.c: the cmath module (complex math) as CPython 3.11 has it.
 *
 * Finite arguments use the classic numerically careful formulas (Kahan's for the inverse
 * functions, with rescaling near overflow and underflow). Infinite and NaN parts get the values
 * of C99 Annex G, written out per function, with CPython's choices where Annex G leaves a sign
 * unspecified. Errors follow CPython: a domain error (ValueError "math domain error") for the
 * poles and for an infinite imaginary part where Annex G raises "invalid", a range error
 * (OverflowError "math range error") when finite arguments overflow.
 *
 * cos/sin/tan and asin/atan are computed from cosh/sinh/tanh and asinh/atanh of i*z, as
 * CPython does, so they share those special values and errors. Results of the transcendental
 * functions can differ from CPython's in the last bit where the platform libm does.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "modules.h"

typedef struct Cx {
    double re, im;
} Cx;

typedef enum { OK, EDOM_, ERANGE_ } Err;

#define LARGE_DOUBLE (DBL_MAX / 4.)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(DBL_MAX / 4) */
#define LOG_LARGE_DOUBLE 708.3964185322641       /* log(DBL_MAX / 4) */
#define SQRT_DBL_MIN 1.4916681462400413e-154     /* sqrt(DBL_MIN) */
#define PI 3.141592653589793
#define LN2 0.6931471805599453
#define E_ 2.718281828459045
#define LN10 2.302585092994046

static bool finite2(Cx z) { return isfinite(z.re) && isfinite(z.im); }

/* ---- the functions on C values --------------------------------------------------------------- */

static Cx c_sqrt(Cx z, Err *err) {
    (void)err;
    if (!finite2(z)) {
        if (isinf(z.im)) return (Cx){INFINITY, z.im};
        if (isnan(z.re)) return (Cx){NAN, NAN};
        if (isnan(z.im)) {
            if (z.re == INFINITY) return (Cx){INFINITY, NAN};
            if (z.re == -INFINITY) return (Cx){NAN, INFINITY};
            return (Cx){NAN, NAN};
        }
        if (z.re > 0) return (Cx){INFINITY, copysign(0.0, z.im)};
        return (Cx){0.0, copysign(INFINITY, z.im)};
    }
    if (z.re == 0.0 && z.im == 0.0) return (Cx){0.0, z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* hypot would be subnormal: scale up by 2**53, then down by 2**-27 after the root. */
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) return (Cx){s, copysign(d, z.im)};
    return (Cx){d, copysign(s, z.im)};
}

static Cx c_exp(Cx z, Err *err) {
    if (!finite2(z)) {
        Cx r;
        if (isnan(z.re)) r = (Cx){NAN, z.im == 0.0 ? z.im : NAN};
        else if (z.re == INFINITY) {
            if (z.im == 0.0) r = (Cx){INFINITY, z.im};
            else if (isfinite(z.im)) r = (Cx){copysign(INFINITY, cos(z.im)), copysign(INFINITY, sin(z.im))};
            else r = (Cx){INFINITY, NAN};
        } else if (z.re == -INFINITY) {
            if (isfinite(z.im)) r = (Cx){copysign(0.0, cos(z.im)), copysign(0.0, sin(z.im))};
            else r = (Cx){0.0, 0.0};
        } else {
            r = (Cx){NAN, NAN};
        }
        if (isinf(z.im) && (isfinite(z.re) || z.re == INFINITY)) *err = EDOM_;
        return r;
    }
    Cx r;
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.0);
        r = (Cx){l * cos(z.im) * E_, l * sin(z.im) * E_};
    } else {
        double l = exp(z.re);
        r = (Cx){l * cos(z.im), l * sin(z.im)};
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE_;
    return r;
}

static Cx c_log(Cx z, Err *err) {
    if (!finite2(z)) {
        if (isinf(z.re) || isinf(z.im))
            return (Cx){INFINITY, isnan(z.re) || isnan(z.im) ? NAN : atan2(z.im, z.re)};
        return (Cx){NAN, NAN};
    }
    double ax = fabs(z.re), ay = fabs(z.im), real;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        real = log(hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            real = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
        } else {
            *err = EDOM_;
            return (Cx){-INFINITY, atan2(z.im, z.re)};
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            /* Near |z| = 1, log1p keeps the small real part accurate. */
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            real = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            real = log(h);
        }
    }
    return (Cx){real, atan2(z.im, z.re)};
}

static Cx c_cosh(Cx z, Err *err) {
    if (!finite2(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im)) {
            if (z.im == 0.0) r = (Cx){INFINITY, copysign(0.0, z.re) * z.im};
            else
                r = (Cx){copysign(INFINITY, cos(z.im)), copysign(INFINITY, sin(z.im)) * copysign(1.0, z.re)};
        } else if (isinf(z.re)) {
            r = (Cx){INFINITY, NAN};
        } else if (isnan(z.re)) {
            r = (Cx){NAN, z.im == 0.0 ? 0.0 : NAN};
        } else if (z.re == 0.0) {
            r = (Cx){NAN, 0.0};
        } else {
            r = (Cx){NAN, NAN};
        }
        if (isinf(z.im) && !isnan(z.re)) *err = EDOM_;
        return r;
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1.0, z.re);
        r = (Cx){cos(z.im) * cosh(x1) * E_, sin(z.im) * sinh(x1) * E_};
    } else {
        r = (Cx){cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re)};
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE_;
    return r;
}

static Cx c_sinh(Cx z, Err *err) {
    if (!finite2(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im)) {
            if (z.im == 0.0) r = (Cx){z.re, z.im};
            else
                r = (Cx){copysign(INFINITY, cos(z.im)) * copysign(1.0, z.re), copysign(INFINITY, sin(z.im))};
        } else if (isinf(z.re)) {
            r = (Cx){INFINITY, NAN};
        } else if (isnan(z.re)) {
            r = (Cx){NAN, z.im == 0.0 ? z.im : NAN};
        } else if (z.re == 0.0) {
            r = (Cx){0.0, NAN};
        } else {
            r = (Cx){NAN, NAN};
        }
        if (isinf(z.im) && !isnan(z.re)) *err = EDOM_;
        return r;
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1.0, z.re);
        r = (Cx){cos(z.im) * sinh(x1) * E_, sin(z.im) * cosh(x1) * E_};
    } else {
        r = (Cx){cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re)};
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE_;
    return r;
}

static Cx c_tanh(Cx z, Err *err) {
    if (!finite2(z)) {
        Cx r;
        if (isinf(z.re)) {
            r = (Cx){copysign(1.0, z.re), isfinite(z.im) ? copysign(0.0, sin(2.0 * z.im)) : 0.0};
        } else if (isnan(z.re)) {
            r = (Cx){NAN, z.im == 0.0 ? z.im : NAN};
        } else {
            r = (Cx){NAN, NAN};
        }
        if (isinf(z.im) && isfinite(z.re)) *err = EDOM_;
        return r;
    }
    if (fabs(z.re) > SQRT_LARGE_DOUBLE) {
        return (Cx){copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re))};
    }
    double tx = tanh(z.re), ty = tan(z.im), cx = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return (Cx){tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

static Cx c_asinh(Cx z, Err *err) {
    (void)err;
    if (!finite2(z)) {
        if (isnan(z.re)) {
            if (isinf(z.im)) return (Cx){INFINITY, NAN};
            return (Cx){NAN, z.im == 0.0 ? z.im : NAN};
        }
        if (isinf(z.re)) {
            if (isnan(z.im)) return (Cx){z.re, NAN};
            if (isinf(z.im)) return (Cx){z.re, copysign(PI / 4, z.im)};
            return (Cx){z.re, copysign(0.0, z.im)};
        }
        if (isinf(z.im)) return (Cx){copysign(INFINITY, z.re), copysign(PI / 2, z.im)};
        return (Cx){NAN, NAN};
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * LN2;
        if (z.im >= 0.0) return (Cx){copysign(l, z.re), atan2(z.im, fabs(z.re))};
        return (Cx){copysign(l, -z.re), atan2(z.im, fabs(z.re))};
    }
    Err e = OK;
    Cx s1 = c_sqrt((Cx){1.0 + z.im, -z.re}, &e), s2 = c_sqrt((Cx){1.0 - z.im, z.re}, &e);
    return (Cx){asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

static Cx c_acos(Cx z, Err *err) {
    (void)err;
    if (!finite2(z)) {
        if (isnan(z.re)) {
            if (isinf(z.im)) return (Cx){NAN, -z.im};
            return (Cx){NAN, NAN};
        }
        if (isnan(z.im)) {
            if (isinf(z.re)) return (Cx){NAN, INFINITY};
            if (z.re == 0.0) return (Cx){PI / 2, NAN};
            return (Cx){NAN, NAN};
        }
        return (Cx){atan2(fabs(z.im), z.re), -copysign(INFINITY, z.im)};
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * LN2;
        return (Cx){atan2(fabs(z.im), z.re), z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im)};
    }
    Err e = OK;
    Cx s1 = c_sqrt((Cx){1.0 - z.re, -z.im}, &e), s2 = c_sqrt((Cx){1.0 + z.re, z.im}, &e);
    return (Cx){2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re)};
}

static Cx c_acosh(Cx z, Err *err) {
    (void)err;
    if (!finite2(z)) {
        if (isinf(z.re) || isinf(z.im))
            return (Cx){INFINITY, isnan(z.re) || isnan(z.im) ? NAN : atan2(z.im, z.re)};
        return (Cx){NAN, NAN};
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        return (Cx){log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * LN2, atan2(z.im, z.re)};
    }
    Err e = OK;
    Cx s1 = c_sqrt((Cx){z.re - 1.0, z.im}, &e), s2 = c_sqrt((Cx){z.re + 1.0, z.im}, &e);
    return (Cx){asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re)};
}

static Cx c_atanh(Cx z, Err *err) {
    if (!finite2(z)) {
        if (isinf(z.re)) return (Cx){copysign(0.0, z.re), isnan(z.im) ? NAN : copysign(PI / 2, z.im)};
        if (isinf(z.im)) return (Cx){isnan(z.re) ? 0.0 : copysign(0.0, z.re), copysign(PI / 2, z.im)};
        if (z.re == 0.0) return (Cx){z.re, NAN};
        return (Cx){NAN, NAN};
    }
    if (z.re < 0.0) {
        Cx r = c_atanh((Cx){-z.re, -z.im}, err);
        return (Cx){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2.0, z.im / 2.0);
        return (Cx){z.re / 4.0 / h / h, -copysign(PI / 2, -z.im)};
    }
    if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            *err = EDOM_;
            return (Cx){INFINITY, z.im};
        }
        return (Cx){-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.im)};
    }
    return (Cx){log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
                -atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0};
}

/* The circular functions through the hyperbolic ones of i*z. */
static Cx c_cos(Cx z, Err *err) { return c_cosh((Cx){-z.im, z.re}, err); }

static Cx c_sin(Cx z, Err *err) {
    Cx r = c_sinh((Cx){-z.im, z.re}, err);
    return (Cx){r.im, -r.re};
}

static Cx c_tan(Cx z, Err *err) {
    Cx r = c_tanh((Cx){-z.im, z.re}, err);
    return (Cx){r.im, -r.re};
}

static Cx c_asin(Cx z, Err *err) {
    Cx r = c_asinh((Cx){-z.im, z.re}, err);
    return (Cx){r.im, -r.re};
}

static Cx c_atan(Cx z, Err *err) {
    Cx r = c_atanh((Cx){-z.im, z.re}, err);
    return (Cx){r.im, -r.re};
}

static Cx c_log10(Cx z, Err *err) {
    Cx r = c_log(z, err);
    return (Cx){r.re / LN10, r.im / LN10};
}

/* |z| with C99's rules (an infinite part wins over a NaN); *err ERANGE_ on overflow. */
static double c_abs(Cx z, Err *err) {
    if (isinf(z.re)) return fabs(z.re);
    if (isinf(z.im)) return fabs(z.im);
    if (isnan(z.re) || isnan(z.im)) return NAN;
    double r = hypot(z.re, z.im);
    if (!isfinite(r)) *err = ERANGE_;
    return r;
}

/* Smith's division as complex.__truediv__ (its zero division is a domain error here). */
static Cx c_quot(Cx a, Cx b, Err *err) {
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            *err = EDOM_;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN};
}

/* ---- Python wrappers ----------------------------------------------------------------------- */

static MoObject *math_error(Err e) {
    if (e == EDOM_) mo_err_set(&mo_ValueError, "math domain error");
    else mo_err_set(&mo_OverflowError, "math range error");
    return NULL;
}

static int one_arg(const char *name, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "cmath.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "cmath.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

static int arg_cx(MoObject *o, Cx *z) { return mo_complex_as_parts(o, &z->re, &z->im); }

static MoObject *apply(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames,
                       Cx (*fn)(Cx, Err *)) {
    Cx z;
    if (one_arg(name, nargs, kwnames) < 0 || arg_cx(args[0], &z) < 0) return NULL;
    Err e = OK;
    Cx r = fn(z, &e);
    if (e != OK) return math_error(e);
    return mo_complex_new(r.re, r.im);
}

#define CMATH_1(NAME)                                                                                      \
    static MoObject *cmath_##NAME(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) { \
        (void)self;                                                                                        \
        return apply(#NAME, args, nargs, kwnames, c_##NAME);                                               \
    }

CMATH_1(sqrt)
CMATH_1(exp)
CMATH_1(log10)
CMATH_1(sin)
CMATH_1(cos)
CMATH_1(tan)
CMATH_1(asin)
CMATH_1(acos)
CMATH_1(atan)
CMATH_1(sinh)
CMATH_1(cosh)
CMATH_1(tanh)
CMATH_1(asinh)
CMATH_1(acosh)
CMATH_1(atanh)

static int count_check(const char *name, size_t nargs, MoObject *kwnames, size_t lo, size_t hi) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < lo) {
        mo_err_format(&mo_TypeError, "%s expected %s%zu argument%s, got %zu", name, lo == hi ? "" : "at least ", lo,
                      lo == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > hi) {
        mo_err_format(&mo_TypeError, "%s expected %s%zu argument%s, got %zu", name, lo == hi ? "" : "at most ", hi,
                      hi == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static MoObject *cmath_log(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    if (count_check("log", nargs, kwnames, 1, 2) < 0) return NULL;
    Cx x, y;
    if (arg_cx(args[0], &x) < 0 || (nargs == 2 && arg_cx(args[1], &y) < 0)) return NULL;
    Err e = OK;
    x = c_log(x, &e);
    if (nargs == 2) {
        /* As CPython, where each log resets errno: only log(base) and the division can fail. */
        e = OK;
        y = c_log(y, &e);
        x = c_quot(x, y, &e);
    }
    if (e != OK) return math_error(e);
    return mo_complex_new(x.re, x.im);
}

static double c_phase(Cx z) { return isnan(z.re) || isnan(z.im) ? NAN : atan2(z.im, z.re); }

static MoObject *cmath_phase(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    Cx z;
    if (one_arg("phase", nargs, kwnames) < 0 || arg_cx(args[0], &z) < 0) return NULL;
    double phi = c_phase(z);
    /* CPython on glibc: atan2 underflowing to zero sets ERANGE, which phase() alone reports. */
    if (phi == 0.0 && z.im != 0.0 && finite2(z)) return math_error(ERANGE_);
    return mo_float_new(phi);
}

static MoObject *cmath_polar(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    Cx z;
    if (one_arg("polar", nargs, kwnames) < 0 || arg_cx(args[0], &z) < 0) return NULL;
    Err e = OK;
    double r = c_abs(z, &e);
    if (e != OK) return math_error(e);
    MoObject *a = mo_float_new(r), *b = mo_float_new(c_phase(z));
    MoObject *t = a && b ? mo_tuple_pack(2, a, b) : NULL;
    mo_xdecref(a);
    mo_xdecref(b);
    return t;
}

static MoObject *cmath_rect(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    if (count_check("rect", nargs, kwnames, 2, 2) < 0) return NULL;
    double r, phi;
    if (mo_number_as_double(args[0], &r) < 0 || mo_number_as_double(args[1], &phi) < 0) return NULL;
    Cx z;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            double s = r > 0 ? 1.0 : -1.0;
            z = (Cx){s * copysign(INFINITY, cos(phi)), s * copysign(INFINITY, sin(phi))};
        } else if (isinf(r) && isfinite(phi)) {
            z = (Cx){r, copysign(0.0, r) * phi};
        } else if (isinf(r)) {
            z = (Cx){INFINITY, NAN};
        } else if (r == 0.0) {
            z = (Cx){0.0, 0.0};
        } else if (isnan(r)) {
            z = (Cx){NAN, phi == 0.0 ? 0.0 : NAN};
        } else {
            z = (Cx){NAN, NAN};
        }
        if (r != 0.0 && !isnan(r) && isinf(phi)) return math_error(EDOM_);
    } else if (phi == 0.0) {
        z = (Cx){r, r * phi};
    } else {
        z = (Cx){r * cos(phi), r * sin(phi)};
    }
    return mo_complex_new(z.re, z.im);
}

static MoObject *cmath_isfinite(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    Cx z;
    if (one_arg("isfinite", nargs, kwnames) < 0 || arg_cx(args[0], &z) < 0) return NULL;
    return mo_bool(finite2(z));
}

static MoObject *cmath_isinf(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    Cx z;
    if (one_arg("isinf", nargs, kwnames) < 0 || arg_cx(args[0], &z) < 0) return NULL;
    return mo_bool(isinf(z.re) || isinf(z.im));
}

static MoObject *cmath_isnan(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    Cx z;
    if (one_arg("isnan", nargs, kwnames) < 0 || arg_cx(args[0], &z) < 0) return NULL;
    return mo_bool(isnan(z.re) || isnan(z.im));
}

static MoObject *cmath_isclose(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MoObject *o[4];
    if (nargs > 2) {
        mo_err_format(&mo_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (mo_parse_args("isclose", args, nargs, kwnames, names, 2, 0, o, 4) < 0) return NULL;
    Cx a, b;
    double rel = 1e-09, abst = 0.0;
    if (arg_cx(o[0], &a) < 0 || arg_cx(o[1], &b) < 0) return NULL;
    if (o[2] && mo_number_as_double(o[2], &rel) < 0) return NULL;
    if (o[3] && mo_number_as_double(o[3], &abst) < 0) return NULL;
    if (rel < 0.0 || abst < 0.0) {
        mo_err_set(&mo_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a.re == b.re && a.im == b.im) return mo_bool(true);
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) return mo_bool(false);
    Err e = OK;
    double diff = c_abs((Cx){a.re - b.re, a.im - b.im}, &e);
    return mo_bool(diff <= rel * c_abs(b, &e) || diff <= rel * c_abs(a, &e) || diff <= abst);
}

static const MoMethodDef cmath_functions[] = {
    {"acos", cmath_acos, MO_METH_STATIC, "Return the arc cosine of z."},
    {"acosh", cmath_acosh, MO_METH_STATIC, "Return the inverse hyperbolic cosine of z."},
    {"asin", cmath_asin, MO_METH_STATIC, "Return the arc sine of z."},
    {"asinh", cmath_asinh, MO_METH_STATIC, "Return the inverse hyperbolic sine of z."},
    {"atan", cmath_atan, MO_METH_STATIC, "Return the arc tangent of z."},
    {"atanh", cmath_atanh, MO_METH_STATIC, "Return the inverse hyperbolic tangent of z."},
    {"cos", cmath_cos, MO_METH_STATIC, "Return the cosine of z."},
    {"cosh", cmath_cosh, MO_METH_STATIC, "Return the hyperbolic cosine of z."},
    {"exp", cmath_exp, MO_METH_STATIC, "Return the exponential value e**z."},
    {"isclose", cmath_isclose, MO_METH_STATIC, "Determine whether two complex numbers are close in value."},
    {"isfinite", cmath_isfinite, MO_METH_STATIC, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", cmath_isinf, MO_METH_STATIC, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", cmath_isnan, MO_METH_STATIC, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", cmath_log, MO_METH_STATIC, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", cmath_log10, MO_METH_STATIC, "Return the base-10 logarithm of z."},
    {"phase", cmath_phase, MO_METH_STATIC, "Return argument, also known as the phase angle, of a complex."},
    {"polar", cmath_polar, MO_METH_STATIC, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", cmath_rect, MO_METH_STATIC, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", cmath_sin, MO_METH_STATIC, "Return the sine of z."},
    {"sinh", cmath_sinh, MO_METH_STATIC, "Return the hyperbolic sine of z."},
    {"sqrt", cmath_sqrt, MO_METH_STATIC, "Return the square root of z."},
    {"tan", cmath_tan, MO_METH_STATIC, "Return the tangent of z."},
    {"tanh", cmath_tanh, MO_METH_STATIC, "Return the hyperbolic tangent of z."},
    {NULL, NULL, 0, NULL},
};

static int set_value(MoObject *dict, const char *name, MoObject *v) {
    int r = v ? mo_dict_set_str(dict, name, v) : -1;
    mo_xdecref(v);
    return r;
}

int mo_module_cmath_init(MoObject *module, MoObject *dict) {
    if (mo_module_add_functions(module, dict, cmath_functions) < 0) return -1;
    if (set_value(dict, "pi", mo_float_new(PI)) < 0 || set_value(dict, "e", mo_float_new(E_)) < 0 ||
        set_value(dict, "tau", mo_float_new(2 * PI)) < 0 || set_value(dict, "inf", mo_float_new(INFINITY)) < 0 ||
        set_value(dict, "nan", mo_float_new(NAN)) < 0 || set_value(dict, "infj", mo_complex_new(0.0, INFINITY)) < 0 ||
        set_value(dict, "nanj", mo_complex_new(0.0, NAN)) < 0)
        return -1;
    return 0;
}

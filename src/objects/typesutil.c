/*
 * typesutil.c: argument-checking helpers with CPython's exact messages, index conversion, and the
 * repr recursion guard shared by the container types.
 *
 * The repr guard is a fixed-size stack, not a per-run heap set: a repr can only nest as deep as
 * MOAT_MAX_C_RECURSION (mo_enter_recursion is taken for each level), every level is popped on the
 * way out (errors are return values, nothing unwinds past us), and a fixed static array cannot
 * dangle across runs the way a pointer into a finished run's heap could.
 */
#include "typesutil.h"

#include <string.h>

#include "../config.h"

int ty_nokw(const char *qualname, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames) > 0) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    return 0;
}

int ty_noargs(const char *qualname, size_t nargs, MoObject *kwnames) {
    if (ty_nokw(qualname, kwnames) < 0) return -1;
    if (nargs) {
        mo_err_format(&mo_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

int ty_onearg(const char *qualname, size_t nargs, MoObject *kwnames) {
    if (ty_nokw(qualname, kwnames) < 0) return -1;
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

int ty_clinic(const char *name, const char *qualname, size_t nargs, MoObject *kwnames, size_t min, size_t max) {
    if (qualname && ty_nokw(qualname, kwnames) < 0) return -1;
    if (nargs < min || nargs > max) {
        if (min == max)
            mo_err_format(&mo_TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
        else if (nargs < min)
            mo_err_format(&mo_TypeError, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
        else
            mo_err_format(&mo_TypeError, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int ty_oldargs(const char *name, const char *qualname, size_t nargs, MoObject *kwnames, size_t min, size_t max) {
    if (qualname && ty_nokw(qualname, kwnames) < 0) return -1;
    if (nargs < min || nargs > max) {
        const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
        size_t n = nargs < min ? min : max;
        mo_err_format(&mo_TypeError, "%s() takes %s %zu argument%s (%zu given)", name, how, n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int ty_kwparse(const char *fname, MoObject *const *args, size_t nargs, MoObject *kwnames,
               const char *const *names, size_t nparams, size_t maxpos, size_t nrequired, MoObject **out) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nparams; i++) out[i] = NULL;
    if (nargs > maxpos) {
        if (maxpos == 0)
            mo_err_format(&mo_TypeError, "%s() takes no positional arguments", fname);
        else
            mo_err_format(&mo_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, maxpos,
                          maxpos == nparams ? "" : "positional ", maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs + nkw > nparams) {
        mo_err_format(&mo_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nparams,
                      nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        MoObject *kn = MO_TUPLE_ITEM(kwnames, k);
        size_t j;
        for (j = 0; j < nparams; j++)
            if (mo_str_eq_cstr(kn, names[j])) break;
        if (j == nparams) {
            mo_err_format(&mo_TypeError, "'%U' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
        if (out[j]) {
            mo_err_format(&mo_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (!out[i]) {
            if (i < nargs || i < maxpos)
                mo_err_format(&mo_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
            else
                mo_err_format(&mo_TypeError, "%s() missing required keyword-only argument '%s'", fname, names[i]);
            return -1;
        }
    }
    return 0;
}

static bool has_index(MoObject *o) {
    if (MO_INT_CHECK(o)) return true;
    return mo_type_lookup(MO_TYPE(o), mo_str_intern("__index__")) != NULL;
}

int ty_as_ssize(MoObject *o, int64_t *out) {
    if (!has_index(o)) {
        mo_err_format(&mo_TypeError, "'%s' object cannot be interpreted as an integer", MO_TYPE(o)->name);
        return -1;
    }
    if (MO_INT_CHECK(o) && !mo_int_fits_i64(o)) {
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (mo_index(o, out) < 0) {
        if (mo_err_matches(&mo_OverflowError)) {
            mo_err_clear();
            mo_err_format(&mo_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    return 0;
}

int mo_slice_index_clamped(MoObject *o, int64_t *out) {
    if (o == mo_None) return 1;
    if (!has_index(o)) {
        mo_err_set(&mo_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (MO_INT_CHECK(o) && !mo_int_fits_i64(o)) {
        *out = mo_int_sign(o) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    if (mo_index(o, out) < 0) {
        if (!mo_err_matches(&mo_OverflowError)) return -1;
        mo_err_clear();
        *out = INT64_MAX;
    }
    return 0;
}

int ty_index_notnone(MoObject *o, int64_t *out) {
    if (o == mo_None || !has_index(o)) {
        mo_err_set(&mo_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    return mo_slice_index_clamped(o, out) < 0 ? -1 : 0;
}

int ty_opt_index(MoObject *o, int64_t *out, int64_t dflt) {
    if (!o || o == mo_None) { *out = dflt; return 0; }
    int r = mo_slice_index_clamped(o, out);
    return r < 0 ? -1 : 0;
}

void ty_adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

int mo_seq_index(int64_t i, size_t len, const char *what, size_t *out) {
    if (i < 0) i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        mo_err_format(&mo_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static MoObject *repr_stack[MOAT_MAX_C_RECURSION + 16];
static size_t repr_depth;

int mo_repr_enter(MoObject *o) {
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o) return 1;
    if (repr_depth >= sizeof repr_stack / sizeof repr_stack[0]) {
        mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void mo_repr_leave(MoObject *o) {
    /* Normally o is on top; search anyway so a mismatched leave cannot corrupt the stack. */
    for (size_t i = repr_depth; i > 0; i--) {
        if (repr_stack[i - 1] == o) {
            memmove(&repr_stack[i - 1], &repr_stack[i], (repr_depth - i) * sizeof repr_stack[0]);
            repr_depth--;
            return;
        }
    }
}

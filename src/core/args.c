/*
 * args.c: argument parsing for builtins (mo_parse_args).
 *
 * Builtins receive vectorcall arguments (positional array plus keyword names). mo_parse_args maps
 * them onto a fixed parameter list, the way CPython's Argument Clinic does for functions such as
 * round(number, ndigits=None) or str.split(sep=None, maxsplit=-1), and reports errors with the
 * messages of CPython 3.11's _PyArg_UnpackKeywords, because the conformance tests compare the
 * last traceback line character for character.
 */
#include <string.h>

#include "object.h"

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

int mo_parse_args(const char *fname, MoObject *const *args, size_t nargs, MoObject *kwnames,
                  const char *const *names, size_t nrequired, size_t npos_only, MoObject **outs, size_t nouts) {
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nouts; i++) outs[i] = NULL;
    if (nargs + nkw > nouts) {
        mo_err_format(&mo_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nouts,
                      nargs == 0 ? "keyword " : "", plural(nouts), nargs + nkw);
        return -1;
    }
    size_t minposonly = npos_only < nrequired ? npos_only : nrequired;
    if (nargs < minposonly) {
        mo_err_format(&mo_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                      minposonly < nouts ? "at least" : "exactly", minposonly, plural(minposonly), nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) outs[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        MoObject *kw = MO_TUPLE_ITEM(kwnames, k);
        size_t idx = nouts;
        for (size_t i = npos_only; i < nouts; i++)
            if (mo_str_eq_cstr(kw, names[i])) {
                idx = i;
                break;
            }
        if (idx == nouts) {
            mo_err_format(&mo_TypeError, "'%U' is an invalid keyword argument for %s()", kw, fname);
            return -1;
        }
        if (outs[idx]) {
            mo_err_format(&mo_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
                          names[idx], idx + 1);
            return -1;
        }
        outs[idx] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++)
        if (!outs[i]) {
            mo_err_format(&mo_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
            return -1;
        }
    return 0;
}

/*
 * frame.c: frame allocation and argument binding.
 *
 * Binding follows CPython's rules and error messages (Python/ceval.c, initialize_locals): copy
 * positionals, collect extras into *args, match keywords by name against the positional-or-keyword
 * and keyword-only parameters (positional-only names go to **kwargs, or are reported), then fill
 * defaults and report what is still missing.
 */
#include <string.h>

#include "../objects/function.h"
#include "vm.h"

MoFrame *mo_frame_new(MoCode *code, MoObject *func, MoObject *globals, MoObject *builtins, MoObject *locals) {
    size_t nslots = MO_CODE_NLOCALSPLUS(code) + code->stacksize;
    MoFrame *f = mo_alloc(sizeof(MoFrame) + nslots * sizeof(MoObject *));
    if (!f) return NULL;
    memset(f, 0, sizeof(MoFrame) + MO_CODE_NLOCALSPLUS(code) * sizeof(MoObject *));
    f->code = (MoCode *)mo_newref(MO(code));
    f->func = func ? mo_newref(func) : NULL;
    f->globals = mo_newref(globals);
    f->builtins = mo_newref(builtins);
    f->locals = locals ? mo_newref(locals) : NULL;
    f->sp = f->localsplus + MO_CODE_NLOCALSPLUS(code);
    return f;
}

void mo_frame_free(MoFrame *f) {
    if (!f) return;
    size_t n = MO_CODE_NLOCALSPLUS(f->code);
    MoObject **base = f->localsplus + n;
    while (f->sp > base) {
        MoObject *v = *--f->sp;
        mo_xdecref(v);
    }
    for (size_t i = 0; i < n; i++) MO_CLEAR(f->localsplus[i]);
    MO_CLEAR(f->locals);
    MO_CLEAR(f->init_instance);
    MO_CLEAR(f->drain);
    MO_CLEAR(f->ret_obj);
    MO_CLEAR(f->ret_name);
    MO_CLEAR(f->func);
    MO_CLEAR(f->globals);
    MO_CLEAR(f->builtins);
    MoObject *code = MO(f->code);
    f->code = NULL;
    mo_decref(code);
    mo_free(f);
}

int mo_frame_traverse(MoFrame *f, MoVisit visit, void *arg) {
    if (!f) return 0;
    size_t n = MO_CODE_NLOCALSPLUS(f->code);
    for (size_t i = 0; i < n; i++) {
        if (f->localsplus[i]) {
            int r = visit(f->localsplus[i], arg);
            if (r) return r;
        }
    }
    for (MoObject **p = f->localsplus + n; p < f->sp; p++) {
        if (*p) {
            int r = visit(*p, arg);
            if (r) return r;
        }
    }
    MoObject *refs[] = {MO(f->code), f->func,          f->globals, f->builtins, f->locals,
                        f->init_instance, f->drain, f->ret_obj, f->ret_name};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

/* Appends "'a', 'b' and 'c'" style name lists as CPython's format_missing does. */
static MoObject *join_names(MoObject **names, size_t n) {
    MoStrBuf b;
    mo_strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        MoObject *r = mo_repr(names[i]);
        if (!r) {
            mo_strbuf_free(&b);
            return NULL;
        }
        if (i > 0) {
            if (n == 2) mo_strbuf_append_cstr(&b, " and ");
            else if (i + 1 == n) mo_strbuf_append_cstr(&b, ", and ");
            else mo_strbuf_append_cstr(&b, ", ");
        }
        mo_strbuf_append_obj(&b, r);
        mo_decref(r);
    }
    return mo_strbuf_finish(&b);
}

static void missing_error(MoFunction *fn, MoFrame *f, size_t start, size_t end, bool kwonly, size_t defcount_pos) {
    MoCode *co = f->code;
    MoObject *names[64];
    size_t n = 0;
    for (size_t i = start; i < end && n < 64; i++) {
        if (f->localsplus[i]) continue;
        if (!kwonly && i >= end - defcount_pos) continue;
        if (kwonly && fn->kwdefaults && mo_dict_get(fn->kwdefaults, MO_TUPLE_ITEM(co->localnames, i))) continue;
        names[n++] = MO_TUPLE_ITEM(co->localnames, i);
    }
    if (!n) return;
    MoObject *list = join_names(names, n);
    if (!list) return;
    mo_err_format(&mo_TypeError, "%U() missing %zu required %s argument%s: %U", fn->qualname, n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
    mo_decref(list);
}

static void too_many_positional(MoFunction *fn, MoFrame *f, size_t given) {
    MoCode *co = f->code;
    size_t argcount = co->argcount;
    size_t ndefaults = fn->defaults ? MO_TUPLE_LEN(fn->defaults) : 0;
    size_t kwonly_given = 0;
    for (size_t i = argcount; i < argcount + co->kwonlyargcount; i++)
        if (f->localsplus[i]) kwonly_given++;
    MoObject *sig;
    bool plural;
    if (ndefaults) {
        sig = mo_format("from %zu to %zu", argcount - ndefaults, argcount);
        plural = true;
    } else {
        sig = mo_format("%zu", argcount);
        plural = argcount != 1;
    }
    if (!sig) return;
    if (kwonly_given) {
        mo_err_format(&mo_TypeError,
                      "%U() takes %U positional argument%s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                      fn->qualname, sig, plural ? "s" : "", given, given == 1 ? "" : "s", kwonly_given,
                      kwonly_given == 1 ? "" : "s");
    } else {
        mo_err_format(&mo_TypeError, "%U() takes %U positional argument%s but %zu %s given", fn->qualname, sig,
                      plural ? "s" : "", given, given == 1 ? "was" : "were");
    }
    mo_decref(sig);
}

MoFrame *mo_frame_for_call(MoObject *func, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoFunction *fn = MO_FUNCTION(func);
    MoCode *co = MO_CODE(fn->code);
    MoFrame *f = mo_frame_new(co, func, fn->globals, fn->builtins, NULL);
    if (!f) return NULL;
    MoObject **lp = f->localsplus;
    size_t argcount = co->argcount;
    size_t total_params = argcount + co->kwonlyargcount;
    MoObject *kwdict = NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    size_t slot = total_params;
    if (co->flags & MO_CO_VARARGS) slot++;
    if (co->flags & MO_CO_VARKEYWORDS) {
        kwdict = mo_dict_new();
        if (!kwdict) goto fail;
        lp[slot] = kwdict;
    }
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; i++) lp[i] = mo_newref(args[i]);
    if (co->flags & MO_CO_VARARGS) {
        MoObject *t = nargs > argcount ? mo_tuple_from_array(args + argcount, nargs - argcount) : mo_tuple_new(0);
        if (!t) goto fail;
        lp[total_params] = t;
    }
    for (size_t k = 0; k < nkw; k++) {
        MoObject *name = MO_TUPLE_ITEM(kwnames, k);
        MoObject *value = args[nargs + k];
        size_t j;
        bool found = false;
        for (j = co->posonlyargcount; j < total_params; j++) {
            MoObject *pn = MO_TUPLE_ITEM(co->localnames, j);
            if (pn == name || mo_str_eq(pn, name)) {
                found = true;
                break;
            }
        }
        if (found) {
            if (lp[j]) {
                mo_err_format(&mo_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, name);
                goto fail;
            }
            lp[j] = mo_newref(value);
            continue;
        }
        if (kwdict) {
            if (mo_dict_set(kwdict, name, value) < 0) goto fail;
            continue;
        }
        for (j = 0; j < co->posonlyargcount; j++) {
            if (mo_str_eq(MO_TUPLE_ITEM(co->localnames, j), name)) {
                mo_err_format(&mo_TypeError,
                              "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                              fn->qualname, name);
                goto fail;
            }
        }
        mo_err_format(&mo_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
        goto fail;
    }
    if (nargs > argcount && !(co->flags & MO_CO_VARARGS)) {
        too_many_positional(fn, f, nargs);
        goto fail;
    }
    if (nargs < argcount) {
        size_t ndef = fn->defaults ? MO_TUPLE_LEN(fn->defaults) : 0;
        size_t m = argcount - ndef;
        bool missing = false;
        for (size_t i = nargs; i < m; i++)
            if (!lp[i]) missing = true;
        if (missing) {
            missing_error(fn, f, 0, argcount, false, ndef);
            goto fail;
        }
        for (size_t i = m > nargs ? m : nargs; i < argcount; i++) {
            if (!lp[i]) lp[i] = mo_newref(MO_TUPLE_ITEM(fn->defaults, i - m));
        }
    }
    if (co->kwonlyargcount) {
        bool missing = false;
        for (size_t i = argcount; i < total_params; i++) {
            if (lp[i]) continue;
            MoObject *d = fn->kwdefaults ? mo_dict_get(fn->kwdefaults, MO_TUPLE_ITEM(co->localnames, i)) : NULL;
            if (d) lp[i] = mo_newref(d);
            else missing = true;
        }
        if (missing) {
            missing_error(fn, f, argcount, total_params, true, 0);
            goto fail;
        }
    }
    /* Cells and free variables. */
    for (uint32_t i = 0; i < co->ncells; i++) {
        MoObject *init = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) init = lp[co->cell2arg[i]];
        MoObject *cell = mo_cell_new(init);
        if (!cell) goto fail;
        lp[co->nlocals + i] = cell;
    }
    if (co->nfrees) {
        if (!fn->closure || MO_TUPLE_LEN(fn->closure) != co->nfrees) {
            mo_err_set(&mo_SystemError, "function closure does not match its code");
            goto fail;
        }
        for (uint32_t i = 0; i < co->nfrees; i++)
            lp[co->nlocals + co->ncells + i] = mo_newref(MO_TUPLE_ITEM(fn->closure, i));
    }
    return f;
fail:
    mo_frame_free(f);
    return NULL;
}

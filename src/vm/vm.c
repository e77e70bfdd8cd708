/*
 * vm.c: the interpreter loop.
 *
 * run() executes frames until the frame it was entered with (the "entry" frame) returns, yields,
 * lets an exception escape, or -- only in the outermost invocation -- calls an external function,
 * in which case it returns MO_VM_PAUSED with the whole frame chain left intact on the heap; the API
 * answers the call later through mo_vm_resume, which re-enters run() at the paused frame.
 *
 * Python-to-Python calls (CALL on a function, a bound method of a function, a comprehension)
 * push a frame and continue in the same C activation, so Python recursion costs no C stack. More
 * kinds of frame run in the same activation, so that host calls inside them can pause: a class's
 * Python __init__ called by CALL on the class (init_instance), a generator resumed by FOR_ITER /
 * SEND (its yield hands control back to the resuming instruction), a generator passed to
 * sum()/list()/str.join() & co., which CALL drains into a list first (drain), and the Python
 * functions an instruction would reach through a C slot: __getitem__/__setitem__/__delitem__,
 * __contains__, property accessors, __get__, __getattr__, __enter__/__exit__, __iter__/__next__,
 * __call__, class bodies and module bodies, and a generator or coroutine resumed by CALL on its
 * send() or throw() method (asyncio's loop drives tasks so: MO_RET_GEN_SEND). Such a frame's ret_mode
 * (MoRetMode) says how its result finishes the instruction (frame_return) and what an escaping
 * exception does (unwind: StopIteration ends a FOR_ITER, AttributeError falls back to
 * __getattr__...). Calls made by C code (mo_call on a function: __eq__ during a sort, __hash__,
 * close()...) run a nested loop through mo_vm_call_function, guarded by mo_enter_recursion; such
 * nested loops may not pause.
 *
 * Builtins that would call Python from C ("pausable builtins", below) run in this loop too when
 * their Python part may make a host call: FOR_ITER on a map/filter/zip/enumerate object whose
 * function is Python (or a host function) or whose input is a generator computes each item with a
 * frame (map's function itself, MO_RET_NEXT; or a *_step helper; MO_RET_ENUM packs enumerate's
 * pair); CALL of sorted/min/max/list.sort with such a key and of any/all/next over such an
 * iterator runs the bytecode helper of the same name from the module _moat_inline
 * (src/modules/py/_moat_inline.py, its frames hidden from tracebacks by MO_CO_HIDDEN); next(gen)
 * resumes the generator inline with MO_RET_NEXT_CALL on its frame; the drain also takes these
 * iterators (a map of a Python function runs its frames back to back, MO_RET_DRAIN_MAP; others
 * go through the helper generator `iterate`) and serves `f(*it)` and `[*it]` (CALL_FUNCTION_EX,
 * LIST_EXTEND). Whether an object needs this is decided once and cached in it (pausable_iter);
 * plain lists, builtin functions and C iterators keep the C paths.
 *
 * Exceptions: `error` handles a freshly raised exception (sets __context__ from the exception being
 * handled, adds a traceback entry for the frame), `propagate` handles one coming out of a callee
 * frame (traceback entry only), and `unwind` (used by RERAISE and bare raise) looks up the
 * exception table of the current frame; without a handler the frame is dropped and the search
 * continues in its caller. When a host-protecting limit has fired (mo_vm->limit_hit), unwinding
 * skips every handler so Python code can neither catch nor delay the stop.
 *
 * The instruction budget is counted per instruction, and the clock is read every
 * MOAT_CLOCK_CHECK_INTERVAL instructions; only time spent inside start/resume slices counts.
 */
#include "vm.h"

#include <string.h>

#include "../compile/opcodes.h"
#include "../config.h"
#include "../modules/modules.h"
#include "../objects/function.h"

/* ---- small helpers ------------------------------------------------------------------------ */

static MoVMFrames *VF(void) { return mo_vm->frames; }

static double clock_now(void) {
    if (mo_vm->clock) return mo_vm->clock(mo_vm->clock_ctx);
    return 0.0;
}

/* Checks the time budget; fires the limit when exhausted. Returns -1 if fired. */
static int check_time(void) {
    if (mo_vm->limits.time_ms <= 0) return 0;
    double used = mo_vm->time_used_ms + (clock_now() - mo_vm->slice_start_ms);
    if (used > (double)mo_vm->limits.time_ms) {
        mo_limit_fire(MO_LIMIT_TIME, "time limit exceeded");
        return -1;
    }
    return 0;
}

static int link_frame(MoFrame *f, MoFrame *back) {
    MoVMFrames *vf = VF();
    if (vf->depth >= mo_vm->limits.recursion_depth) {
        mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    f->back = back;
    f->on_chain = true;
    vf->top = f;
    vf->depth++;
    return 0;
}

static void unlink_frame(MoFrame *f) {
    MoVMFrames *vf = VF();
    if (!f->on_chain) return;
    f->on_chain = false;
    vf->top = f->back;
    vf->depth--;
}

/* Frees a frame that finished, unless a generator owns it. */
static void release_frame(MoFrame *f) {
    if (!f->gen) mo_frame_free(f);
}


/* Sets exc.__context__ to the exception being handled, breaking any cycle (CPython's rule). */
static void set_context(MoObject *exc, bool force) {
    MoVMFrames *vf = VF();
    MoObject *handled = vf->exc_info;
    if (!handled || handled == exc || !MO_EXC_CHECK(exc) || !MO_EXC_CHECK(handled)) return;
    if (!force && MO_EXC(exc)->context) return;
    /* Cut exc out of handled's context chain to avoid a cycle. */
    MoObject *o = handled;
    int guard = 0;
    while (o && guard++ < 10000) {
        MoObject *ctx = MO_EXC(o)->context;
        if (ctx == exc) {
            MO_EXC(o)->context = NULL;
            mo_decref(ctx);
            break;
        }
        o = ctx;
    }
    MO_SETREF(MO_EXC(exc)->context, mo_newref(handled));
}

/* Sets the `.name` attribute of the NameError just raised, as CPython does (the traceback's
 * "Did you mean" suggestion reads it); the NameError stays the current exception. */
static void set_name_attr(MoObject *name) {
    MoObject *exc = mo_err_fetch();
    if (!exc) return;
    if (mo_setattr(exc, mo_str_intern("name"), name) < 0) mo_err_clear();
    mo_err_restore(exc);
}

static void name_error(MoObject *name) {
    mo_err_format(&mo_NameError, "name '%U' is not defined", name);
    set_name_attr(name);
}

/* CPython sets `.name` only on exact NameErrors, so an UnboundLocalError keeps name None. */
static void unbound_local_error(MoObject *name) {
    mo_err_format(&mo_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                  name);
}

/* ---- function calls ------------------------------------------------------------------------ */

MoObject *mo_vm_call_function(MoObject *func, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!mo_vm || !mo_vm->frames) {
        mo_err_set(&mo_RuntimeError, "no interpreter is running");
        return NULL;
    }
    MoFrame *f = mo_frame_for_call(func, args, nargs, kwnames);
    if (!f) return NULL;
    if (MO_CODE(MO_FUNCTION(func)->code)->flags & MO_CO_ASYNC_GENERATOR) return mo_async_gen_new(f);
    if (MO_CODE(MO_FUNCTION(func)->code)->flags & MO_CO_COROUTINE) return mo_coroutine_new(f);
    if (MO_CODE(MO_FUNCTION(func)->code)->flags & MO_CO_GENERATOR) {
        extern MoObject *mo_generator_new(MoFrame *f);
        return mo_generator_new(f);
    }
    return mo_vm_run(f, false);
}

int mo_vm_run_class_body(MoObject *func, MoObject *ns) {
    MoFrame *f = mo_frame_for_call(func, NULL, 0, NULL);
    if (!f) return -1;
    f->locals = mo_newref(ns);
    MoObject *r = mo_vm_run(f, false);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

/* Converts a CALL_FUNCTION_EX (args tuple, kwargs dict) into vectorcall form. The returned buffer
 * holds new references (positional values, then keyword values); *kwnames_out a new tuple or NULL. */
static MoObject **explode_call(MoObject *callable, MoObject *argtuple, MoObject *kwargs, size_t *nargs_out,
                               MoObject **kwnames_out, size_t *total_out) {
    size_t np = MO_TUPLE_LEN(argtuple);
    size_t nk = kwargs ? mo_dict_len(kwargs) : 0;
    MoObject **buf = mo_alloc((np + nk + 1) * sizeof(MoObject *));
    if (!buf) return NULL;
    MoObject *names = NULL;
    if (nk) {
        names = mo_tuple_new(nk);
        if (!names) {
            mo_free(buf);
            return NULL;
        }
    }
    for (size_t i = 0; i < np; i++) buf[i] = mo_newref(MO_TUPLE_ITEM(argtuple, i));
    size_t pos = 0, k = 0;
    MoObject *key, *value;
    while (nk && mo_dict_next(kwargs, &pos, &key, &value) && k < nk) {
        if (!MO_STR_CHECK(key)) {
            mo_err_set(&mo_TypeError, "keywords must be strings");
            for (size_t i = 0; i < np + k; i++) mo_decref(buf[i]);
            mo_free(buf);
            for (size_t i = 0; i < k; i++) MO_CLEAR(MO_TUPLE(names)->items[i]);
            /* Fill the rest so the tuple can be released safely. */
            for (size_t i = k; i < nk; i++) MO_TUPLE_SET(names, i, mo_none());
            mo_decref(names);
            return NULL;
        }
        MO_TUPLE_SET(names, k, mo_newref(key));
        buf[np + k] = mo_newref(value);
        k++;
    }
    for (size_t i = k; i < nk; i++) {
        /* The dict shrank while iterating (cannot happen here); keep the tuple valid. */
        MO_TUPLE_SET(names, i, mo_none());
        buf[np + i] = mo_none();
    }
    *nargs_out = np;
    *kwnames_out = names;
    *total_out = np + nk;
    return buf;
}

/* Describes a callable for call errors as CPython's _PyObject_FunctionStr does: "mod.qual()" or,
 * for builtins, "qual()". New str reference; NULL (exception cleared) if even str() fails. */
static MoObject *call_desc(MoObject *callable) {
    if (!callable) return mo_str_from_cstr("function");
    MoObject *saved = mo_err_fetch();
    MoObject *r = NULL;
    MoObject *qual = mo_getattr_str(callable, "__qualname__");
    if (!qual || !MO_STR_CHECK(qual)) {
        mo_err_clear();
        r = mo_str(callable);
    } else {
        MoObject *mod = mo_getattr_str(callable, "__module__");
        if (!mod) mo_err_clear();
        if (mod && MO_STR_CHECK(mod) && !mo_str_eq_cstr(mod, "builtins")) r = mo_format("%U.%U()", mod, qual);
        else r = mo_format("%U()", qual);
        mo_xdecref(mod);
    }
    mo_xdecref(qual);
    if (!r) mo_err_clear();
    if (saved) mo_err_restore(saved);
    return r;
}

/* ---- host calls ------------------------------------------------------------------------- */

/* Declared in api.c: encodes the pending call into the run's result: 0 or -1 (TypeError for an
 * argument that cannot be sent). */
int mo_api_prepare_call(MoObject *name, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* ---- build_class ------------------------------------------------------------------------ */

/* A class body's namespace comes from the metaclass's __prepare__ and may be any mapping; exact
 * dicts take the fast path. Returns a new reference, or NULL without an exception if absent. */
static MoObject *ns_lookup(MoObject *ns, MoObject *name) {
    if (MO_TYPE(ns) == &mo_dict_type) {
        MoObject *v = mo_dict_get(ns, name);
        return v ? mo_newref(v) : NULL;
    }
    MoObject *v = mo_getitem(ns, name);
    if (!v && mo_err_matches(&mo_KeyError)) mo_err_clear();
    return v;
}

/* ns[name] = v for a class namespace (see ns_lookup). */
static int ns_store(MoObject *ns, MoObject *name, MoObject *v) {
    return MO_TYPE(ns) == &mo_dict_type ? mo_dict_set(ns, name, v) : mo_setitem(ns, name, v);
}

/* del ns[name]; returns 0, -1 with an exception, or 1 (no exception) when the name is absent. */
static int ns_delete(MoObject *ns, MoObject *name) {
    if (MO_TYPE(ns) == &mo_dict_type) {
        if (!mo_dict_get(ns, name)) return mo_err_occurred() ? -1 : 1;
        return mo_dict_del(ns, name);
    }
    if (mo_delitem(ns, name) == 0) return 0;
    if (!mo_err_matches(&mo_KeyError)) return -1;
    mo_err_clear();
    return 1;
}

/* PEP 560: a base that is not a class but has __mro_entries__ is replaced by what that returns.
 * Returns a new reference to the resolved bases (the same tuple when nothing changed). */
static MoObject *resolve_bases(MoObject *bases) {
    MoObject *res = mo_list_new(0);
    if (!res) return NULL;
    bool changed = false;
    for (size_t i = 0; i < MO_TUPLE_LEN(bases); i++) {
        MoObject *b = MO_TUPLE_ITEM(bases, i);
        MoObject *entries = NULL;
        if (!mo_isinstance_type(b, &mo_type_type)) {
            MoObject *meth = mo_getattr(b, mo_str_intern("__mro_entries__"));
            if (meth) {
                MoObject *arg = bases;
                entries = mo_call(meth, &arg, 1, NULL);
                mo_decref(meth);
                if (!entries) goto fail;
                if (!mo_isinstance_type(entries, &mo_tuple_type)) {
                    mo_decref(entries);
                    mo_err_set(&mo_TypeError, "__mro_entries__ must return a tuple");
                    goto fail;
                }
                changed = true;
            } else if (mo_err_matches(&mo_AttributeError)) {
                mo_err_clear();
            } else {
                goto fail;
            }
        }
        int r = 0;
        if (entries) {
            for (size_t j = 0; r == 0 && j < MO_TUPLE_LEN(entries); j++) r = mo_list_append(res, MO_TUPLE_ITEM(entries, j));
            mo_decref(entries);
        } else {
            r = mo_list_append(res, b);
        }
        if (r < 0) goto fail;
    }
    if (!changed) {
        mo_decref(res);
        return mo_newref(bases);
    }
    MoObject *t = mo_sequence_tuple(res);
    mo_decref(res);
    return t;
fail:
    mo_decref(res);
    return NULL;
}

/* What the class statement does after its body ran (state from build_class_prepare: func, name,
 * bases, orig_bases, meta, ns, kwrest or None, the keyword values): picks up __classcell__ and
 * calls the metaclass. New reference or NULL. */
static MoObject *build_class_finish(MoObject *state) {
    MoObject *name = MO_TUPLE_ITEM(state, 1), *bases = MO_TUPLE_ITEM(state, 2), *meta = MO_TUPLE_ITEM(state, 4);
    MoObject *ns = MO_TUPLE_ITEM(state, 5), *kwrest = MO_TUPLE_ITEM(state, 6), *kwvals = MO_TUPLE_ITEM(state, 7);
    if (kwrest == mo_None) kwrest = NULL;
    MoObject *targs[3 + 64];
    size_t nrest = MO_TUPLE_LEN(kwvals);
    for (size_t i = 0; i < nrest && i < 64; i++) targs[3 + i] = MO_TUPLE_ITEM(kwvals, i);
    MoObject *cell = ns_lookup(ns, mo_str_intern("__classcell__"));
    if (cell && ns_delete(ns, mo_str_intern("__classcell__")) < 0) mo_err_clear();
    if (!cell) mo_err_clear();
    targs[0] = name;
    targs[1] = bases;
    targs[2] = ns;
    MoObject *cls = mo_call(meta, targs, 3, kwrest);
    if (cls && cell && MO_TYPE(cell) == &mo_cell_type) {
        MO_SETREF(MO_CELL(cell)->ref, mo_newref(cls));
    }
    mo_xdecref(cell);
    return cls;
}

/* __build_class__ up to running the body: resolves bases and the metaclass and prepares the
 * namespace. Returns the state tuple build_class_finish takes (new reference) or NULL. */
static MoObject *build_class_prepare(MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs < 2) {
        mo_err_set(&mo_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    MoObject *func = args[0], *name = args[1];
    if (MO_TYPE(func) != &mo_function_type) {
        mo_err_set(&mo_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!MO_STR_CHECK(name)) {
        mo_err_set(&mo_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    MoObject *orig_bases = mo_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases) return NULL;
    MoObject *bases = resolve_bases(orig_bases);
    if (!bases) {
        mo_decref(orig_bases);
        return NULL;
    }
    /* `metaclass=` picks the metaclass; other keywords go to it (type forwards them to
     * __init_subclass__). */
    MoObject *meta = NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    MoObject *targs[3 + 64];
    MoObject *kwrest = NULL;
    size_t nrest = 0;
    if (nkw > 64) {
        mo_err_set(&mo_TypeError, "too many keyword arguments in class statement");
        mo_decref(bases);
        mo_decref(orig_bases);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        if (mo_str_eq_cstr(MO_TUPLE_ITEM(kwnames, i), "metaclass")) meta = args[nargs + i];
        else targs[3 + nrest++] = args[nargs + i];
    }
    if (nrest) {
        kwrest = mo_tuple_new(nrest);
        if (!kwrest) {
            mo_decref(bases);
            mo_decref(orig_bases);
            return NULL;
        }
        for (size_t i = 0, k = 0; i < nkw; i++)
            if (!mo_str_eq_cstr(MO_TUPLE_ITEM(kwnames, i), "metaclass"))
                MO_TUPLE_SET(kwrest, k++, mo_newref(MO_TUPLE_ITEM(kwnames, i)));
    }
    if (!meta) meta = MO_TUPLE_LEN(bases) ? MO(MO_TYPE(MO_TUPLE_ITEM(bases, 0))) : MO(&mo_type_type);
    if (mo_isinstance_type(meta, &mo_type_type)) {
        /* CPython's _PyType_CalculateMetaclass: the most derived of meta and the bases' types. */
        MoType *winner = (MoType *)meta;
        for (size_t i = 0; i < MO_TUPLE_LEN(bases); i++) {
            MoType *bt = MO_TYPE(MO_TUPLE_ITEM(bases, i));
            if (mo_type_is_subtype(winner, bt)) continue;
            if (mo_type_is_subtype(bt, winner)) {
                winner = bt;
                continue;
            }
            mo_err_set(&mo_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                      "subclass of the metaclasses of all its bases");
            mo_decref(bases);
            mo_decref(orig_bases);
            mo_xdecref(kwrest);
            return NULL;
        }
        meta = MO(winner);
    }
    /* The namespace: metaclass.__prepare__(name, bases, **kwds) when the metaclass has one. */
    MoObject *ns = NULL;
    MoObject *prep = mo_getattr(meta, mo_str_intern("__prepare__"));
    if (prep) {
        MoObject *pargs[2 + 64];
        pargs[0] = name;
        pargs[1] = bases;
        for (size_t i = 0; i < nrest; i++) pargs[2 + i] = targs[3 + i];
        ns = mo_call(prep, pargs, 2, kwrest);
        mo_decref(prep);
        if (ns && !mo_type_lookup(MO_TYPE(ns), mo_str_intern("__getitem__"))) {
            mo_err_format(&mo_TypeError, "%s.__prepare__() must return a mapping, not %s",
                          mo_isinstance_type(meta, &mo_type_type) ? ((MoType *)meta)->name : "<metaclass>",
                          MO_TYPE(ns)->name);
            MO_CLEAR(ns);
        }
    } else if (mo_err_matches(&mo_AttributeError)) {
        mo_err_clear();
        ns = mo_dict_new();
    }
    if (!ns) {
        mo_decref(bases);
        mo_decref(orig_bases);
        mo_xdecref(kwrest);
        return NULL;
    }
    MoObject *state = NULL;
    int ok = 0;
    if (bases != orig_bases) ok = ns_store(ns, mo_str_intern("__orig_bases__"), orig_bases);
    MoObject *kwvals = ok == 0 ? mo_tuple_from_array(targs + 3, nrest) : NULL;
    if (kwvals)
        state = mo_tuple_pack(8, func, name, bases, orig_bases, meta, ns, kwrest ? kwrest : mo_None, kwvals);
    mo_xdecref(kwvals);
    mo_decref(ns);
    mo_decref(bases);
    mo_decref(orig_bases);
    mo_xdecref(kwrest);
    return state;
}

static MoObject *build_class(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    MoObject *state = build_class_prepare(args, nargs, kwnames);
    if (!state) return NULL;
    MoObject *cls = NULL;
    if (mo_vm_run_class_body(MO_TUPLE_ITEM(state, 0), MO_TUPLE_ITEM(state, 5)) == 0) cls = build_class_finish(state);
    mo_decref(state);
    return cls;
}

static const MoMethodDef build_class_def = {"__build_class__", build_class, MO_METH_STATIC,
                                            "internal: creates a class from its body"};

/* ---- unpacking -------------------------------------------------------------------------------- */

static int unpack_iterable(MoObject *seq, size_t before, size_t after, bool has_star, MoObject **out_top) {
    /* Pushes onto out_top (which grows upward) in reverse order so the first item ends on top. */
    MoObject *it = NULL;
    size_t n = before + after;
    if ((MO_CHECK_EXACT(seq, mo_tuple_type) || MO_CHECK_EXACT(seq, mo_list_type)) && !has_star) {
        size_t len = MO_CHECK_EXACT(seq, mo_tuple_type) ? MO_TUPLE_LEN(seq) : MO_LIST_LEN(seq);
        if (len == n) {
            MoObject **items = MO_CHECK_EXACT(seq, mo_tuple_type) ? MO_TUPLE(seq)->items : MO_LIST(seq)->items;
            for (size_t i = 0; i < n; i++) out_top[n - 1 - i] = mo_newref(items[i]);
            return 0;
        }
        if (len < n) {
            mo_err_format(&mo_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, len);
        } else {
            mo_err_format(&mo_ValueError, "too many values to unpack (expected %zu)", n);
        }
        return -1;
    }
    it = mo_iter(seq);
    if (!it) {
        if (mo_err_matches(&mo_TypeError) && !MO_TYPE(seq)->iter) {
            mo_err_format(&mo_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return -1;
    }
    size_t total = before + after + (has_star ? 1 : 0);
    MoObject **tmp = mo_alloc((before + 1) * sizeof(MoObject *));
    if (!tmp) {
        mo_decref(it);
        return -1;
    }
    size_t got = 0;
    for (; got < before; got++) {
        MoObject *v = mo_next(it);
        if (!v) {
            if (!mo_err_occurred()) {
                if (has_star)
                    mo_err_format(&mo_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                                  before + after, got);
                else
                    mo_err_format(&mo_ValueError, "not enough values to unpack (expected %zu, got %zu)", before, got);
            }
            goto fail;
        }
        tmp[got] = v;
    }
    if (!has_star) {
        MoObject *extra = mo_next(it);
        if (extra) {
            mo_decref(extra);
            mo_err_format(&mo_ValueError, "too many values to unpack (expected %zu)", before);
            goto fail;
        }
        if (mo_err_occurred()) goto fail;
        for (size_t i = 0; i < before; i++) out_top[before - 1 - i] = tmp[i];
        mo_free(tmp);
        mo_decref(it);
        return 0;
    }
    {
        MoObject *rest = mo_sequence_list(it);
        if (!rest) goto fail;
        size_t rlen = MO_LIST_LEN(rest);
        if (rlen < after) {
            mo_err_format(&mo_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                          before + after, before + rlen);
            mo_decref(rest);
            goto fail;
        }
        /* Layout (top first): before items, star list, after items. */
        for (size_t i = 0; i < after; i++) {
            out_top[i] = mo_newref(MO_LIST_ITEM(rest, rlen - 1 - i));
        }
        MoObject *star = mo_list_from_array(MO_LIST(rest)->items, rlen - after);
        mo_decref(rest);
        if (!star) {
            for (size_t i = 0; i < after; i++) mo_decref(out_top[i]);
            goto fail;
        }
        out_top[after] = star;
        for (size_t i = 0; i < before; i++) out_top[total - 1 - i] = tmp[i];
        mo_free(tmp);
        mo_decref(it);
        return 0;
    }
fail:
    for (size_t i = 0; i < got; i++) mo_decref(tmp[i]);
    mo_free(tmp);
    mo_decref(it);
    return -1;
}

/* ---- match statements ------------------------------------------------------------------------ */

/* A private sentinel for dict.get's default in MATCH_KEYS (immortal, never visible). */
static MoObject mo_match_dummy = {MO_IMMORTAL_REFCNT, &mo_object_type};

/* Classes whose single positional sub-pattern matches the subject itself (CPython's
 * Py_TPFLAGS_MATCH_SELF, inherited by subclasses). */
static bool match_self_type(MoType *t) {
    MoType *const selfs[] = {&mo_bool_type, &mo_bytearray_type, &mo_bytes_type, &mo_dict_type, &mo_float_type,
                             &mo_frozenset_type, &mo_int_type, &mo_list_type, &mo_set_type, &mo_str_type,
                             &mo_tuple_type};
    for (size_t i = 0; i < sizeof selfs / sizeof selfs[0]; i++)
        if (mo_type_is_subtype(t, selfs[i])) return true;
    return false;
}

/* CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, which decide what `case [...]` and
 * `case {...}` accept: list, tuple, range and dict (and their subclasses) here, plus Python classes
 * that set `__abc_tpflags__` to one of these bits in their body (as CPython's collections.abc
 * Sequence/Mapping and collections.deque do) or inherit from such a class. */
#define MATCH_TPFLAG_SEQUENCE (1 << 5)
#define MATCH_TPFLAG_MAPPING (1 << 6)

static int match_collection_kind(MoObject *o) {
    if (mo_isinstance_type(o, &mo_list_type) || mo_isinstance_type(o, &mo_tuple_type) ||
        mo_isinstance_type(o, &mo_range_type))
        return MATCH_TPFLAG_SEQUENCE;
    if (MO_DICT_CHECK(o)) return MATCH_TPFLAG_MAPPING;
    MoObject *mro = MO_TYPE(o)->mro;
    if (!mro) return 0;
    for (size_t i = 0; i < MO_TUPLE_LEN(mro); i++) {
        MoType *t = (MoType *)MO_TUPLE_ITEM(mro, i);
        if (!(t->flags & MO_TPFLAG_HEAPTYPE) || !t->dict) continue;
        MoObject *f = mo_dict_get_str(t->dict, "__abc_tpflags__");
        if (f && MO_INT_CHECK(f)) {
            int64_t v;
            if (mo_int_as_i64(f, &v) < 0) {
                mo_err_clear();
                return 0;
            }
            return (int)(v & (MATCH_TPFLAG_SEQUENCE | MATCH_TPFLAG_MAPPING));
        }
    }
    return 0;
}

/* isinstance(subj, cls) for class patterns (CPython's PyObject_IsInstance): the exact type
 * matches at once, otherwise a metaclass __instancecheck__ written in Python decides, as for
 * builtins.isinstance: 1, 0 or -1. */
static int match_isinstance(MoObject *subj, MoObject *cls) {
    if (MO_TYPE(subj) == (MoType *)cls) return 1;
    if (MO_TYPE(cls)->flags & MO_TPFLAG_HEAPTYPE) {
        MoObject *hook = mo_lookup_special(cls, "__instancecheck__");
        if (hook && MO_TYPE(hook) != &mo_builtin_function_type) {
            MoObject *r = mo_call1(hook, subj);
            mo_decref(hook);
            if (!r) return -1;
            int t = mo_truth(r);
            mo_decref(r);
            return t;
        }
        mo_xdecref(hook);
        if (mo_err_occurred()) return -1;
    }
    return mo_isinstance_type(subj, (MoType *)cls);
}

/* CPython's `seen` set of match_class: TypeError (-1) if name is among the first npos names of
 * margs (NULL: none) or the first nkw of kwnames, else 0. */
static int match_seen(MoType *t, MoObject *margs, size_t npos, MoObject *kwnames, size_t nkw, MoObject *name) {
    bool dup = false;
    for (size_t i = 0; !dup && margs && i < npos; i++) dup = mo_str_eq(MO_TUPLE_ITEM(margs, i), name);
    for (size_t i = 0; !dup && i < nkw; i++) dup = mo_str_eq(MO_TUPLE_ITEM(kwnames, i), name);
    if (!dup) return 0;
    mo_err_format(&mo_TypeError, "%s() got multiple sub-patterns for attribute %R", t->name, name);
    return -1;
}

/* getattr for patterns: 1 with *out, 0 if the attribute is missing (no match), -1 on error. */
static int match_getattr(MoObject *o, MoObject *name, MoObject **out) {
    *out = mo_getattr(o, name);
    if (*out) return 1;
    if (!mo_err_matches(&mo_AttributeError)) return -1;
    mo_err_clear();
    return 0;
}

/* The MATCH_KEYS instruction (CPython's match_keys): a tuple of subj's values for keys, looked up
 * with subj.get(key, dummy) (so a dict subclass's get is honoured and __missing__ is not), None
 * if one is missing, NULL on error (ValueError for a key given twice). New reference. */
static MoObject *match_keys(MoObject *subj, MoObject *keys) {
    size_t n = MO_TUPLE_LEN(keys);
    MoObject *vals = mo_tuple_new(n);
    if (!vals) return NULL;
    for (size_t i = 0; i < n; i++) MO_TUPLE_SET(vals, i, mo_none());
    MoObject *seen = mo_set_new(NULL, false);
    MoObject *get = NULL;
    if (!seen) goto fail;
    if (!MO_CHECK_EXACT(subj, mo_dict_type) && !(get = mo_getattr_str(subj, "get"))) goto fail;
    for (size_t i = 0; i < n; i++) {
        MoObject *key = MO_TUPLE_ITEM(keys, i);
        int dup = mo_set_contains(seen, key);
        if (dup < 0) goto fail;
        if (dup) {
            mo_err_format(&mo_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        if (mo_set_add(seen, key) < 0) goto fail;
        MoObject *v;
        if (get) {
            MoObject *a[2] = {key, MO(&mo_match_dummy)};
            v = mo_call(get, a, 2, NULL);
            if (!v) goto fail;
            if (v == MO(&mo_match_dummy)) {
                mo_decref(v);
                v = NULL;
            }
        } else {
            v = mo_dict_get(subj, key);
            if (!v && mo_err_occurred()) goto fail;
            mo_xincref(v);
        }
        if (!v) {
            mo_decref(vals);
            mo_decref(seen);
            mo_xdecref(get);
            return mo_none();
        }
        MO_SETREF(MO_TUPLE(vals)->items[i], v);
    }
    mo_decref(seen);
    mo_xdecref(get);
    return vals;
fail:
    mo_decref(vals);
    mo_xdecref(seen);
    mo_xdecref(get);
    return NULL;
}

/* The MATCH_CLASS instruction (CPython's match_class): a tuple of the npos positional then the
 * keyword attributes of subj, None if subj does not match, NULL on error. New reference. */
static MoObject *match_class(MoObject *subj, MoObject *cls, size_t npos, MoObject *kwnames) {
    if (!mo_isinstance_type(cls, &mo_type_type)) {
        mo_err_set(&mo_TypeError, "called match pattern must be a type");
        return NULL;
    }
    MoType *t = (MoType *)cls;
    int inst = match_isinstance(subj, cls);
    if (inst <= 0) return inst < 0 ? NULL : mo_none();
    size_t nkw = MO_TUPLE_LEN(kwnames);
    MoObject *res = mo_tuple_new(npos + nkw);
    if (!res) return NULL;
    for (size_t i = 0; i < npos + nkw; i++) MO_TUPLE_SET(res, i, mo_none());
    MoObject *margs = NULL; /* __match_args__ when the positional names were read from it */
    if (npos) {
        margs = mo_getattr_str(cls, "__match_args__");
        bool self_match = false;
        if (!margs) {
            if (!mo_err_matches(&mo_AttributeError)) goto fail;
            mo_err_clear();
            self_match = match_self_type(t);
        } else if (!MO_CHECK_EXACT(margs, mo_tuple_type)) {
            mo_err_format(&mo_TypeError, "%s.__match_args__ must be a tuple (got %T)", t->name, margs);
            goto fail;
        }
        size_t allowed = margs ? MO_TUPLE_LEN(margs) : self_match ? 1 : 0;
        if (npos > allowed) {
            mo_err_format(&mo_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)", t->name, allowed,
                          allowed == 1 ? "" : "s", npos);
            goto fail;
        }
        for (size_t i = 0; i < npos; i++) {
            MoObject *v;
            if (!margs) {
                v = mo_newref(subj);
            } else {
                MoObject *name = MO_TUPLE_ITEM(margs, i);
                if (!MO_CHECK_EXACT(name, mo_str_type)) {
                    mo_err_format(&mo_TypeError, "__match_args__ elements must be strings (got %T)", name);
                    goto fail;
                }
                int r = match_seen(t, margs, i, kwnames, 0, name);
                if (r == 0) r = match_getattr(subj, name, &v);
                if (r < 0) goto fail;
                if (r == 0) goto nomatch;
            }
            MO_SETREF(MO_TUPLE(res)->items[i], v);
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        MoObject *v = NULL, *name = MO_TUPLE_ITEM(kwnames, i);
        int r = match_seen(t, margs, margs ? npos : 0, kwnames, i, name);
        if (r == 0) r = match_getattr(subj, name, &v);
        if (r < 0) goto fail;
        if (r == 0) goto nomatch;
        MO_SETREF(MO_TUPLE(res)->items[npos + i], v);
    }
    mo_xdecref(margs);
    return res;
nomatch:
    mo_xdecref(margs);
    mo_decref(res);
    return mo_none();
fail:
    mo_xdecref(margs);
    mo_decref(res);
    return NULL;
}

/* ---- exception helpers ------------------------------------------------------------------------ */

static int check_exc_class(MoObject *t) {
    if (MO_TYPE(t) == &mo_type_type || mo_isinstance_type(t, &mo_type_type)) {
        if (mo_type_is_subtype((MoType *)t, &mo_BaseException)) return 0;
    }
    mo_err_set(&mo_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static int exc_matches(MoObject *exc, MoObject *t) {
    if (MO_CHECK_EXACT(t, mo_tuple_type)) {
        for (size_t i = 0; i < MO_TUPLE_LEN(t); i++)
            if (check_exc_class(MO_TUPLE_ITEM(t, i)) < 0) return -1;
        for (size_t i = 0; i < MO_TUPLE_LEN(t); i++)
            if (mo_isinstance_type(exc, (MoType *)MO_TUPLE_ITEM(t, i))) return 1;
        return 0;
    }
    if (check_exc_class(t) < 0) return -1;
    return mo_isinstance_type(exc, (MoType *)t) ? 1 : 0;
}

/* Turns the operand of `raise` into an exception instance: new reference or NULL. */
static MoObject *make_exception(MoObject *o, bool is_cause) {
    if (mo_isinstance_type(o, &mo_type_type) && mo_type_is_subtype((MoType *)o, &mo_BaseException)) {
        MoObject *inst = mo_call0(o);
        if (!inst) return NULL;
        if (!MO_EXC_CHECK(inst)) {
            mo_err_format(&mo_TypeError, "calling %R should have returned an instance of BaseException, not %T", o,
                          inst);
            mo_decref(inst);
            return NULL;
        }
        return inst;
    }
    if (MO_EXC_CHECK(o)) return mo_newref(o);
    if (is_cause) mo_err_set(&mo_TypeError, "exception causes must derive from BaseException");
    else mo_err_set(&mo_TypeError, "exceptions must derive from BaseException");
    return NULL;
}

/* ---- generators (generator.c uses these) --------------------------------------------------- */

/* Why run() returned. */
enum { WHY_RETURN = 0, WHY_YIELD = 1, WHY_PAUSE = 2, WHY_ERROR = 3 };

static MoObject *run(MoFrame *f, bool throw_exc, bool outermost, int *why);

MoObject *mo_vm_run_generator_frame(MoFrame *f, MoObject *send, bool throw_exc, int *why) {
    if (!mo_enter_recursion("")) {
        *why = WHY_ERROR;
        return NULL;
    }
    if (link_frame(f, VF()->top) < 0) {
        mo_leave_recursion();
        *why = WHY_ERROR;
        return NULL;
    }
    f->entry = true;
    if (!throw_exc && send) *f->sp++ = mo_newref(send);
    MoObject *r = run(f, throw_exc, false, why);
    mo_leave_recursion();
    return r;
}

MoObject *mo_vm_run(MoFrame *f, bool throw_exc) {
    if (!mo_vm->frames) {
        /* Created on first use; mo_alloc_release_all frees it with the rest of the run. */
        mo_vm->frames = mo_calloc(sizeof(MoVMFrames));
        if (!mo_vm->frames) {
            release_frame(f);
            return NULL;
        }
    }
    MoVMFrames *vf = VF();
    bool outermost = vf->top == NULL;
    /* CPython 3.11 checks the depth when its evaluation loop is entered, with the bare message. */
    if (!outermost && !mo_enter_recursion("")) {
        release_frame(f);
        return NULL;
    }
    if (link_frame(f, vf->top) < 0) {
        if (!outermost) mo_leave_recursion();
        release_frame(f);
        return NULL;
    }
    f->entry = true;
    int why;
    MoObject *r = run(f, throw_exc, outermost, &why);
    if (!outermost) mo_leave_recursion();
    if (why == WHY_PAUSE) return MO_VM_PAUSED;
    return r;
}

MoObject *mo_vm_resume(MoObject *value) {
    MoVMFrames *vf = VF();
    MoFrame *f = vf ? vf->top : NULL;
    if (!f || !vf->pending) {
        mo_xdecref(value);
        mo_err_set(&mo_RuntimeError, "no paused frame");
        return NULL;
    }
    vf->pending = false;
    int why;
    MoObject *r;
    if (value) {
        *f->sp++ = value;
        r = run(f, false, true, &why);
    } else {
        r = run(f, true, true, &why);
    }
    if (why == WHY_PAUSE) return MO_VM_PAUSED;
    return r;
}

void mo_vm_frames_clear(void) {
    MoVMFrames *vf = VF();
    if (!vf) return;
    vf->clearing = true;
    while (vf->top) {
        MoFrame *f = vf->top;
        /* A module whose body never finished must not stay cached for a later feed. */
        if (f->ret_mode == MO_RET_IMPORT) mo_import_abandon(f->ret_name);
        unlink_frame(f);
        release_frame(f);
    }
    MO_CLEAR(vf->exc_info);
    vf->pending = false;
    vf->clearing = false;
}

/* For CALL on a class whose instances are set up by a Python __init__: allocates the instance
 * and makes the frame of __init__(instance, *args, **kw) to run in the current loop (so host
 * calls inside __init__ can pause the run, and the depth counts as Python recursion, as in
 * CPython). 1 with *out (its init_instance set), 0 when the class needs the ordinary call, -1
 * with an exception. */
static int init_frame_for_call(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kwnames,
                               MoFrame **out) {
    MoObject *init = NULL;
    MoObject *inst = mo_type_prepare_init(cls, args, nargs, kwnames, &init);
    if (!inst) return mo_err_occurred() ? -1 : 0;
    size_t total = nargs + (kwnames ? MO_TUPLE_LEN(kwnames) : 0);
    MoObject *small[16];
    MoObject **iargs = total + 1 <= 16 ? small : mo_alloc((total + 1) * sizeof(MoObject *));
    if (!iargs) {
        mo_decref(inst);
        return -1;
    }
    iargs[0] = inst;
    memcpy(iargs + 1, args, total * sizeof(MoObject *));
    MoFrame *nf = mo_frame_for_call(init, iargs, nargs + 1, kwnames);
    if (iargs != small) mo_free(iargs);
    if (!nf) {
        mo_decref(inst);
        return -1;
    }
    nf->init_instance = inst;
    *out = nf;
    return 1;
}

/* Whether CALL may drain its first argument, a generator (or another iterator whose items need
 * Python code, wrapped in a generator: pausable_iter, start_drain), inline before calling: the
 * callable must be one of the builtins that consume their whole iterable before doing anything
 * else (so collecting the items first cannot be observed), taken from the frame's builtins (a
 * shadowed name does not qualify), or str.join. This lets `sum(f(x) for x in xs)` and
 * `", ".join(g(x) for x in xs)` make host calls; any()/all() stop early and are not drained. */
static bool pausable_iter(MoObject *it, int depth);
static bool pausable_lazy_iter(MoObject *o);

static bool can_drain(MoFrame *f, MoObject *callable, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs < 1) return false;
    /* Most calls are ruled out by the type of the argument alone (pausable_iter's first tests). */
    MoType *t = MO_TYPE(args[0]);
    if (t != &mo_generator_type && !(t->flags & MO_TPFLAG_HEAPTYPE) && t != &mo_map_type && t != &mo_filter_type &&
        t != &mo_zip_type && t != &mo_enumerate_type)
        return false;
    bool ok = false;
    if (callable == MO(&mo_list_type) || callable == MO(&mo_tuple_type) || callable == MO(&mo_set_type) ||
        callable == MO(&mo_frozenset_type)) {
        ok = nargs == 1;
    } else if (callable == MO(&mo_dict_type)) {
        ok = nargs == 1 && !kwnames;
    } else if (MO_TYPE(callable) == &mo_builtin_function_type) {
        MoBuiltinFunction *bf = (MoBuiltinFunction *)callable;
        if (bf->self) {
            ok = MO_CHECK_EXACT(bf->self, mo_str_type) && nargs == 1 && strcmp(bf->def->name, "join") == 0;
        } else {
            /* min(a, b) compares its arguments: only the one-iterable forms qualify. */
            static const char *const names[] = {"sum", "sorted", "min", "max", NULL};
            for (size_t i = 0; names[i] && !ok; i++)
                if (strcmp(bf->def->name, names[i]) == 0)
                    ok = (i == 0 || nargs == 1) && mo_dict_get_str(f->builtins, names[i]) == callable;
        }
    }
    return ok && pausable_iter(args[0], 0);
}

/* Prepares the inline resumption of a generator by FOR_ITER / SEND: the generator's frame runs
 * in the current loop like a called function, so it can pause for a host call; its YIELD_VALUE
 * and return hand control back to the resuming instruction. Same results as
 * mo_generator_inline_enter; the recursion limit is checked first so linking cannot fail. */
static int enter_generator(MoObject *gen, MoObject *value, MoFrame **out) {
    if (VF()->depth >= mo_vm->limits.recursion_depth) {
        mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return mo_generator_inline_enter(gen, value, out);
}

/* ---- dunders run as inline frames ------------------------------------------------------------ */

/* Names the loop looks up for inline dunders, interned at start-up (immortal) by
 * mo_vm_types_ready. */
static MoObject *s_getitem, *s_setitem, *s_delitem, *s_contains, *s_iter, *s_next, *s_enter, *s_exit, *s_call, *s_get;

/* Whether fn can run as an inline frame: a plain Python function. Calling a generator or
 * coroutine function only creates an object, which mo_call does without running Python code. */
static bool inline_callable(MoObject *fn) {
    return fn && MO_TYPE(fn) == &mo_function_type &&
           !(MO_CODE(MO_FUNCTION(fn)->code)->flags & (MO_CO_GENERATOR | MO_CO_COROUTINE | MO_CO_ASYNC_GENERATOR));
}

/* The dunder `name` of o's class when o's slot s dispatches to it (type.c) and it can run inline:
 * calling it directly is then exactly what the slot would do. Borrowed or NULL. */
static MoObject *inline_dunder(MoObject *o, MoPySlot s, MoObject *name) {
    MoType *t = MO_TYPE(o);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE) || !mo_type_slot_is_python(t, s)) return NULL;
    MoObject *fn = mo_type_lookup(t, name);
    return inline_callable(fn) ? fn : NULL;
}

/* The accessor (0 fget, 1 fset, 2 fdel) of the property that attribute `name` of o resolves to,
 * when o's class uses generic attribute access (a property is a data descriptor, so it wins over
 * the instance dict) and the accessor can run inline: borrowed or NULL. *descr receives what the
 * class lookup found (borrowed, may be NULL). */
static MoObject *inline_property(MoObject *o, MoObject *name, int which, MoObject **descr) {
    MoType *t = MO_TYPE(o);
    MoObject *d = mo_type_lookup(t, name);
    *descr = d;
    if (!d || MO_TYPE(d) != &mo_property_type) return NULL;
    MoProperty *p = (MoProperty *)d;
    MoObject *fn = which == 0 ? p->fget : which == 1 ? p->fset : p->fdel;
    return inline_callable(fn) ? fn : NULL;
}

/* Links a frame running fn(*args) (borrowed) above *fp and makes it *fp; the instruction that
 * called this finishes when the frame returns, as `mode` says (obj and name, borrowed, may be
 * NULL: kept for MO_RET_ATTR). The caller has saved its frame's stack pointer. 0, or -1 with an
 * exception (argument mismatch, recursion limit) and *fp unchanged. */
static int call_inline(MoFrame **fp, MoObject *fn, MoObject *const *args, size_t nargs, MoRetMode mode,
                       MoObject *obj, MoObject *name) {
    MoFrame *nf = mo_frame_for_call(fn, args, nargs, NULL);
    if (!nf) return -1;
    if (link_frame(nf, *fp) < 0) {
        mo_frame_free(nf);
        return -1;
    }
    nf->ret_mode = (uint8_t)mode;
    if (obj) nf->ret_obj = mo_newref(obj);
    if (name) nf->ret_name = mo_newref(name);
    *fp = nf;
    return 0;
}

static MoObject *s_cmp[6];
static const MoCompareOp cmp_swapped[] = {MO_GT, MO_GE, MO_EQ, MO_NE, MO_LT, MO_LE};

/* For COMPARE_OP a op b: a's Python dunder for op when CPython's order calls it first (a's class
 * dispatches comparisons to Python, and b's class is not a subclass of it that would go first) and
 * it can run inline: borrowed or NULL. For != with object's default __ne__, that is a's __eq__
 * (*ne_from_eq set: object.__ne__ inverts it). */
static MoObject *inline_compare(MoObject *a, MoObject *b, MoCompareOp op, bool *ne_from_eq) {
    MoType *ta = MO_TYPE(a), *tb = MO_TYPE(b);
    *ne_from_eq = false;
    if (!(ta->flags & MO_TPFLAG_HEAPTYPE) || !mo_type_slot_is_python(ta, MO_PYSLOT_RICHCOMPARE)) return NULL;
    if (ta != tb && tb->richcompare && mo_type_is_subtype(tb, ta)) return NULL;
    MoObject *fn = mo_type_lookup(ta, s_cmp[op]);
    if (op == MO_NE && fn && fn == mo_type_lookup(&mo_object_type, s_cmp[MO_NE])) {
        fn = mo_type_lookup(ta, s_cmp[MO_EQ]);
        *ne_from_eq = true;
    }
    return inline_callable(fn) ? fn : NULL;
}

/* The rest of a op b after a's method returned NotImplemented, as mo_richcompare goes on: b's
 * reflected method, then identity for == / !=, else TypeError. New reference or NULL. */
static MoObject *compare_after_left(MoObject *a, MoObject *b, MoCompareOp op) {
    static const char *const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
    MoType *tb = MO_TYPE(b);
    if (tb->richcompare) {
        MoObject *r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    if (op == MO_EQ) return mo_bool(a == b);
    if (op == MO_NE) return mo_bool(a != b);
    mo_err_format(&mo_TypeError, "'%s' not supported between instances of '%s' and '%s'", symbols[op],
                  MO_TYPE(a)->name, tb->name);
    return NULL;
}

/* Links the frame of a module body (mo_import_prepare) above *fp and makes it *fp; mname (stolen)
 * is the module's name. When the body returns, the import instruction runs again. 0, or -1 with
 * an exception (the module is then dropped from the cache). */
static int link_import_body(MoFrame **fp, MoFrame *body, MoObject *mname) {
    body->ret_mode = MO_RET_IMPORT;
    body->ret_name = mname;
    if (link_frame(body, *fp) < 0) {
        mo_import_abandon(mname);
        mo_frame_free(body);
        return -1;
    }
    *fp = body;
    return 0;
}

/* As CPython's PyObject_GetAttr: an AttributeError leaving an attribute read of o.name gets
 * .name/.obj unless already set (the traceback's "Did you mean" reads them). */
static void attribute_error_context(MoObject *o, MoObject *name) {
    if (!o || !name || !mo_err_matches(&mo_AttributeError)) return;
    MoObject *e = mo_err_fetch();
    MoException *x = MO_EXC(e);
    if (!x->dict) x->dict = mo_dict_new();
    if (x->dict) {
        MoObject *n = mo_dict_get_str(x->dict, "name");
        if ((!n || n == mo_None) &&
            (mo_dict_set_str(x->dict, "name", name) < 0 || mo_dict_set_str(x->dict, "obj", o) < 0))
            mo_err_clear();
    }
    mo_err_restore(e);
}

/* The ordinary attribute lookup of a class with a Python __getattr__ (see mo_type_getattr_hook):
 * what type.c's dispatcher does before falling back to __getattr__. */
static MoObject *getattr_before_hook(MoObject *o, MoObject *name) {
    MoType *solid = MO_TYPE(o);
    while (solid->flags & MO_TPFLAG_HEAPTYPE) solid = solid->base;
    return solid->getattr ? solid->getattr(o, name) : mo_generic_getattr(o, name);
}

/* An attribute read for LOAD_ATTR / LOAD_METHOD (o and name borrowed; o already off the stack and
 * the frame saved): 1 with *out (new reference), 0 when a property getter or __getattr__ was
 * linked as an inline frame (*fp updated; its result will be pushed), -1 with an exception. */
static int load_attr(MoFrame **fp, MoObject *o, MoObject *name, MoObject **out) {
    MoType *t = MO_TYPE(o);
    MoObject *hook = NULL;
    if (!(t->flags & MO_TPFLAG_HEAPTYPE) ||
        (t->getattr && t->getattr != mo_generic_getattr && !inline_callable(hook = mo_type_getattr_hook(t)))) {
        *out = mo_getattr(o, name);
        return *out ? 1 : -1;
    }
    MoObject *d;
    MoObject *fget = inline_property(o, name, 0, &d);
    if (fget) return call_inline(fp, fget, &o, 1, hook ? MO_RET_ATTR_HOOK : MO_RET_ATTR, o, name);
    MoObject *get = d ? inline_dunder(d, MO_PYSLOT_DESCR_GET, s_get) : NULL;
    if (get) {
        /* A descriptor class with a Python __get__ (functools.cached_property & co.): a data
         * descriptor wins over the instance dict, a non-data one only when the dict lacks name. */
        if (!MO_TYPE(d)->descr_set) {
            MoObject *idict = mo_instance_dict(o);
            MoObject *v = idict ? mo_dict_get(idict, name) : NULL;
            if (v) {
                *out = mo_newref(v);
                return 1;
            }
            if (mo_err_occurred()) return -1;
        }
        MoObject *args[3] = {d, o, MO(t)};
        return call_inline(fp, get, args, 3, hook ? MO_RET_ATTR_HOOK : MO_RET_ATTR, o, name);
    }
    if (!hook) {
        if (!d) {
            /* The common case, an instance attribute: skip mo_getattr's second class lookup. */
            MoObject *idict = mo_instance_dict(o);
            MoObject *v = idict ? mo_dict_get(idict, name) : NULL;
            if (v) {
                *out = mo_newref(v);
                return 1;
            }
            if (mo_err_occurred()) return -1;
        }
        *out = mo_getattr(o, name);
        return *out ? 1 : -1;
    }
    *out = getattr_before_hook(o, name);
    if (*out) return 1;
    if (!mo_err_matches(&mo_AttributeError)) return -1;
    mo_err_clear();
    MoObject *args[2] = {o, name};
    return call_inline(fp, hook, args, 2, MO_RET_ATTR, o, name);
}

/* ---- pausable builtins ------------------------------------------------------------------------ */

/* The builtins that call Python code from C (map's function, a sort key, the generator any()
 * reads) would run it in a nested loop that cannot pause for a host call. In the outermost loop
 * the VM runs bytecode instead, from the helper module _moat_inline (src/modules/py): FOR_ITER
 * on a map/filter/zip/enumerate object computes the item with a *_step helper run inline
 * (MO_RET_NEXT / MO_RET_ENUM), CALL of sorted/min/max/list.sort with a Python or host key
 * function and of any/all over such an iterator runs the helper of that name instead, and the
 * drain (can_drain, start_drain) wraps such an iterator in the helper generator `iterate`. Only
 * objects whose items need Python code take these paths ("pausable": pausable_iter), so plain
 * lists and builtin functions keep the C fast paths. The helper's code objects are marked
 * MO_CO_HIDDEN, so their frames leave no traceback line. */

/* Marks code and the code objects nested in it (its comprehensions) MO_CO_HIDDEN; the helpers
 * nest one or two levels, and depth bounds the recursion whatever a program puts in the module. */
static void hide_code(MoObject *code, int depth) {
    MoCode *c = MO_CODE(code);
    c->flags |= MO_CO_HIDDEN;
    if (depth > 8) return;
    for (size_t i = 0; i < MO_TUPLE_LEN(c->consts); i++) {
        MoObject *k = MO_TUPLE_ITEM(c->consts, i);
        if (MO_TYPE(k) == &mo_code_type) hide_code(k, depth + 1);
    }
}

/* _moat_inline._sort_keys(list, keys, reverse): list.sort with keys the helper computed inline
 * (mo_list_sort_keys), so only the key calls run as bytecode. */
static MoObject *inline_sort_keys(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    (void)self;
    if (nargs != 3 || kwnames) {
        mo_err_set(&mo_TypeError, "_sort_keys() takes a list, its keys and the reverse flag");
        return NULL;
    }
    int rev = mo_truth(args[2]);
    if (rev < 0 || mo_list_sort_keys(args[0], args[1], rev != 0) < 0) return NULL;
    return mo_none();
}

static const MoMethodDef inline_c_defs[] = {
    {"_sort_keys", inline_sort_keys, MO_METH_STATIC, "Sorts a list by keys computed beforehand."},
    {NULL, NULL, 0, NULL},
};

/* The helpers' names, interned at start-up (immortal) by mo_vm_types_ready. */
enum { H_ITERATE, H_NEXT_STEP, H_MAP1_STEP, H_MAP_STEP, H_FILTER_STEP, H_ZIP_STEP, H_ANY, H_ALL, H_MIN, H_MAX,
       H_SORT, H_SORTED, H_NEXT, H_COUNT };
static const char *const helper_names[H_COUNT] = {"iterate", "next_step", "map1_step", "map_step", "filter_step",
                                                  "zip_step", "any", "all", "min", "max", "sort", "sorted", "next"};
static MoObject *s_helper[H_COUNT], *s_helper_module;

/* The helper function h of _moat_inline (borrowed: the module holds it), importing the module
 * on first use (and adding its C part); NULL with an exception if that fails. */
static MoObject *inline_helper(int h) {
    MoObject *mod = mo_vm->modules ? mo_dict_get(mo_vm->modules, s_helper_module) : NULL;
    if (!mod) {
        if (mo_err_occurred()) return NULL;
        MoObject *m = mo_import_name(s_helper_module, NULL, 0);
        if (!m) return NULL;
        int r = mo_module_add_functions(m, mo_module_dict(m), inline_c_defs);
        mo_decref(m);
        if (r < 0) return NULL;
        mod = mo_dict_get(mo_vm->modules, s_helper_module);
        if (!mod) {
            if (!mo_err_occurred()) mo_err_set(&mo_SystemError, "_moat_inline vanished");
            return NULL;
        }
    }
    MoObject *dict = mo_module_dict(mod);
    MoObject *fn = dict ? mo_dict_get(dict, s_helper[h]) : NULL;
    if (!fn || MO_TYPE(fn) != &mo_function_type) {
        if (!mo_err_occurred()) mo_err_format(&mo_SystemError, "_moat_inline.%s is missing", helper_names[h]);
        return NULL;
    }
    /* The program may import the module itself before the VM does: hide on every first look. */
    if (!(MO_CODE(MO_FUNCTION(fn)->code)->flags & MO_CO_HIDDEN)) {
        size_t pos = 0;
        MoObject *k, *v;
        while (mo_dict_next(dict, &pos, &k, &v))
            if (MO_TYPE(v) == &mo_function_type) hide_code(MO_FUNCTION(v)->code, 0);
        if (!mo_dict_get_str(dict, "_sort_keys") && mo_module_add_functions(mod, dict, inline_c_defs) < 0) return NULL;
    }
    return fn;
}

/* Whether type t is exactly map, filter, zip or enumerate. */
#define IS_LAZY_ITER_TYPE(t) ((t) == &mo_map_type || (t) == &mo_filter_type || (t) == &mo_zip_type || (t) == &mo_enumerate_type)

/* The bits of MoLazyIterParts.pausable. */
#define PAUSABLE_DECIDED 0x80
#define PAUSABLE_FN 0x01
#define PAUSABLE_INNER 0x02

/* Whether calling fn may run Python code or a host call: a Python function, a host function, a
 * bound method of either, a class defined in Python, an instance with a Python __call__. */
static bool pausable_callable(MoObject *fn) {
    MoType *t = MO_TYPE(fn);
    if (t == &mo_function_type || t == &mo_extfunc_type) return true;
    if (t == &mo_method_type) {
        MoType *ft = MO_TYPE(MO_METHOD(fn)->func);
        return ft == &mo_function_type || ft == &mo_extfunc_type;
    }
    if (mo_isinstance_type(fn, &mo_type_type)) return (((MoType *)fn)->flags & MO_TPFLAG_HEAPTYPE) != 0;
    return inline_dunder(fn, MO_PYSLOT_CALL, s_call) != NULL;
}

/* Whether taking an item from iterator it may run Python code: a generator, an instance with a
 * Python __next__, or a map/filter/zip/enumerate object whose function is pausable_callable or
 * whose iterators are pausable (decided once per object and cached in it: its parts never
 * change). A strict zip keeps the C path (its length checks are not in the helper). */
static bool pausable_iter(MoObject *it, int depth) {
    MoType *t = MO_TYPE(it);
    if (t == &mo_generator_type) return true;
    if (t->flags & MO_TPFLAG_HEAPTYPE) return inline_dunder(it, MO_PYSLOT_ITERNEXT, s_next) != NULL;
    if (t != &mo_map_type && t != &mo_filter_type && t != &mo_zip_type && t != &mo_enumerate_type) return false;
    MoLazyIterParts p;
    mo_lazy_iter_parts(it, &p);
    if (!*p.pausable) {
        /* PAUSABLE_DECIDED, plus whether the function and whether an inner iterator needs Python. */
        bool fn = false, inner = false;
        if (p.its && !p.strict && depth <= MOAT_PAUSABLE_ITER_DEPTH) {
            fn = p.func && p.func != mo_None && pausable_callable(p.func);
            if (p.kind == MO_LAZY_MAP || p.kind == MO_LAZY_ZIP) {
                for (size_t i = 0; i < MO_TUPLE_LEN(p.its) && !inner; i++)
                    inner = pausable_iter(MO_TUPLE_ITEM(p.its, i), depth + 1);
            } else {
                inner = pausable_iter(p.its, depth + 1);
            }
        }
        *p.pausable = PAUSABLE_DECIDED | (fn ? PAUSABLE_FN : 0) | (inner ? PAUSABLE_INNER : 0);
    }
    return (*p.pausable & (PAUSABLE_FN | PAUSABLE_INNER)) != 0;
}

static bool pausable_lazy_iter(MoObject *o) {
    MoType *t = MO_TYPE(o);
    return (t == &mo_map_type || t == &mo_filter_type || t == &mo_zip_type || t == &mo_enumerate_type) &&
           pausable_iter(o, 0);
}

/* FOR_ITER on a pausable map/filter/zip/enumerate object (left on the stack): links the frame
 * computing the next item above *fp (a *_step helper, or map's function itself when its inputs
 * are plain iterators). 1 if linked, 2 if the object is exhausted, 0 if it takes the C path, -1
 * with an exception. */
static int lazy_iter_step(MoFrame **fp, MoObject *it) {
    if (!pausable_lazy_iter(it)) return 0;
    MoLazyIterParts p;
    mo_lazy_iter_parts(it, &p);
    /* An exhausted zip (or an object the collector cleared) has nothing left for Python to do. */
    if (!p.its || (p.kind == MO_LAZY_MAP && !p.func) || (p.kind == MO_LAZY_FILTER && !p.func)) return 0;
    MoObject *fn;
    MoObject *args[2];
    size_t nargs = 2;
    MoRetMode mode = MO_RET_NEXT;
    switch (p.kind) {
    case MO_LAZY_MAP:
        if (*p.pausable == (PAUSABLE_DECIDED | PAUSABLE_FN) && inline_callable(p.func)) {
            /* A Python function over plain iterators: take the items here and run the function
             * itself as the inline frame; a StopIteration it raises ends the loop, as in CPython. */
            size_t n = MO_TUPLE_LEN(p.its);
            MoObject *small[8];
            MoObject **argv = n <= 8 ? small : mo_alloc(n * sizeof(MoObject *));
            if (!argv) return -1;
            size_t got = 0;
            for (; got < n; got++) {
                argv[got] = mo_next(MO_TUPLE_ITEM(p.its, got));
                if (!argv[got]) break;
            }
            int st = got < n ? (mo_err_occurred() ? -1 : 2) : call_inline(fp, p.func, argv, n, MO_RET_NEXT, NULL, NULL);
            for (size_t i = 0; i < got; i++) mo_decref(argv[i]);
            if (argv != small) mo_free(argv);
            return st < 0 ? -1 : st == 2 ? 2 : 1;
        }
        if (MO_TUPLE_LEN(p.its) == 1) {
            fn = inline_helper(H_MAP1_STEP);
            args[1] = MO_TUPLE_ITEM(p.its, 0);
        } else {
            fn = inline_helper(H_MAP_STEP);
            args[1] = p.its;
        }
        args[0] = p.func;
        break;
    case MO_LAZY_FILTER:
        fn = inline_helper(H_FILTER_STEP);
        args[0] = p.func;
        args[1] = p.its;
        break;
    case MO_LAZY_ZIP:
        fn = inline_helper(H_ZIP_STEP);
        args[0] = p.its;
        nargs = 1;
        break;
    default:
        fn = inline_helper(H_NEXT_STEP);
        args[0] = p.its;
        nargs = 1;
        mode = MO_RET_ENUM;
        break;
    }
    if (!fn) return -1;
    if (call_inline(fp, fn, args, nargs, mode, mode == MO_RET_ENUM ? it : NULL, NULL) < 0) return -1;
    return 1;
}

/* The value of keyword `name` among a CALL's keyword arguments (borrowed, NULL if absent);
 * *others counts the keywords not in allowed (a NULL-terminated list). */
static MoObject *call_kwarg(MoObject *const *args, size_t nargs, MoObject *kwnames, const char *name,
                            const char *const *allowed, size_t *others) {
    MoObject *found = NULL;
    *others = 0;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        const char *k = MO_STR_UTF8(MO_TUPLE_ITEM(kwnames, i));
        if (strcmp(k, name) == 0) found = args[nargs + i];
        bool ok = false;
        for (size_t j = 0; allowed[j]; j++) ok = ok || strcmp(k, allowed[j]) == 0;
        if (!ok) (*others)++;
    }
    return found;
}

/* The method tables of the builtins pausable_builtin and is_next_of_generator look for, found in
 * the builtins module on first use (static data, the same for every VM). */
static const char *const candidate_names[] = {"sorted", "min", "max", "any", "all", "next"};
static const MoMethodDef *candidate_defs[6];

/* A cheap first test for CALL: whether callable may be one of those builtins or list.sort. */
static inline bool pausable_candidate(MoFrame *f, MoObject *callable) {
    if (MO_TYPE(callable) != &mo_builtin_function_type) return false;
    MoBuiltinFunction *bf = (MoBuiltinFunction *)callable;
    if (bf->self) return MO_CHECK_EXACT(bf->self, mo_list_type) && bf->def->name[0] == 's';
    if (!candidate_defs[0]) {
        for (size_t i = 0; i < 6; i++) {
            MoObject *b = mo_dict_get_str(f->builtins, candidate_names[i]);
            if (!b || MO_TYPE(b) != &mo_builtin_function_type) {
                mo_err_clear();
                return false;
            }
            candidate_defs[i] = ((MoBuiltinFunction *)b)->def;
        }
    }
    const MoMethodDef *d = bf->def;
    for (size_t i = 0; i < 6; i++)
        if (d == candidate_defs[i]) return true;
    return false;
}

/* For CALL: the _moat_inline helper to run instead of callable (borrowed; *self_out receives
 * the object to pass first, borrowed, or NULL), or NULL to call callable itself (with an
 * exception set if the helper could not be loaded). See "pausable builtins" above. */
static MoObject *pausable_builtin(MoFrame *f, MoObject *callable, MoObject *const *args, size_t nargs,
                                  MoObject *kwnames, MoObject **self_out) {
    *self_out = NULL;
    if (MO_TYPE(callable) != &mo_builtin_function_type) return NULL;
    MoBuiltinFunction *bf = (MoBuiltinFunction *)callable;
    const char *name = bf->def->name;
    static const char *const sort_kw[] = {"key", "reverse", NULL};
    static const char *const minmax_kw[] = {"key", "default", NULL};
    size_t others;
    if (bf->self) {
        if (!MO_CHECK_EXACT(bf->self, mo_list_type) || strcmp(name, "sort") != 0 || nargs != 0) return NULL;
        MoObject *key = call_kwarg(args, nargs, kwnames, "key", sort_kw, &others);
        if (others || !key || !pausable_callable(key)) return NULL;
        *self_out = bf->self;
        return inline_helper(H_SORT);
    }
    bool want = false;
    if (strcmp(name, "sorted") == 0) {
        MoObject *key = call_kwarg(args, nargs, kwnames, "key", sort_kw, &others);
        want = nargs == 1 && !others && key && pausable_callable(key);
    } else if (strcmp(name, "min") == 0 || strcmp(name, "max") == 0) {
        MoObject *key = call_kwarg(args, nargs, kwnames, "key", minmax_kw, &others);
        want = nargs >= 1 && !others && key && pausable_callable(key);
    } else if (strcmp(name, "any") == 0 || strcmp(name, "all") == 0) {
        want = nargs == 1 && !kwnames && pausable_iter(args[0], 0);
    } else if (strcmp(name, "next") == 0) {
        /* A generator is resumed by CALL itself (next_generator). */
        want = (nargs == 1 || nargs == 2) && !kwnames && MO_TYPE(args[0]) != &mo_generator_type &&
               pausable_iter(args[0], 0);
    }
    if (!want || mo_dict_get_str(f->builtins, name) != callable) return NULL;
    for (int h = 0; h < H_COUNT; h++)
        if (strcmp(helper_names[h], name) == 0) return inline_helper(h);
    return NULL;
}

/* Sets StopIteration(value) (value stolen; None gives a StopIteration without arguments, as
 * CPython's next() raises for a generator that returned None). */
static void raise_stop_iteration(MoObject *value) {
    MoObject *args = value == mo_None ? mo_tuple_new(0) : mo_tuple_pack(1, value);
    mo_decref(value);
    MoObject *exc = args ? mo_exception_new(&mo_StopIteration, args) : NULL;
    mo_xdecref(args);
    if (exc) {
        mo_err_set_object(exc);
        mo_decref(exc);
    }
}

/* Whether CALL's callable is the builtin next() called as next(generator[, default]). */
static bool is_next_of_generator(MoFrame *f, MoObject *callable, MoObject *const *args, size_t nargs,
                                 MoObject *kwnames) {
    if (MO_TYPE(callable) != &mo_builtin_function_type || kwnames || nargs < 1 || nargs > 2 ||
        MO_TYPE(args[0]) != &mo_generator_type)
        return false;
    MoBuiltinFunction *bf = (MoBuiltinFunction *)callable;
    return !bf->self && strcmp(bf->def->name, "next") == 0 && mo_dict_get_str(f->builtins, "next") == callable;
}

/* Links a frame running map m's function (a plain Python function over iterators that need no
 * Python code) on m's next items, above *fp, in mode MO_RET_DRAIN_MAP appending to list. 1 if
 * linked, 0 if m is exhausted, -1 with an exception (*fp unchanged). */
static int drain_map_next(MoFrame **fp, MoObject *m, MoObject *list) {
    MoLazyIterParts p;
    mo_lazy_iter_parts(m, &p);
    if (!p.its || !p.func) return 0;
    size_t n = MO_TUPLE_LEN(p.its);
    MoObject *small[8];
    MoObject **argv = n <= 8 ? small : mo_alloc(n * sizeof(MoObject *));
    if (!argv) return -1;
    size_t got = 0;
    for (; got < n; got++) {
        argv[got] = mo_next(MO_TUPLE_ITEM(p.its, got));
        if (!argv[got]) break;
    }
    int st = got < n ? (mo_err_occurred() ? -1 : 0)
                     : (call_inline(fp, p.func, argv, n, MO_RET_DRAIN_MAP, m, list) < 0 ? -1 : 1);
    for (size_t i = 0; i < got; i++) mo_decref(argv[i]);
    if (argv != small) mo_free(argv);
    return st;
}

/* The drain of a map object whose items need only its (plain Python) function: the function's
 * frames run one after the other, each appending its result (MO_RET_DRAIN_MAP), with no
 * generator in between. Same contract as start_drain; 0 if *slot is not such a map. */
static int start_drain_map(MoFrame **fp, MoObject **slot) {
    MoObject *m = *slot;
    MoLazyIterParts p;
    if (!mo_lazy_iter_parts(m, &p) || p.kind != MO_LAZY_MAP || !p.its || !p.func || !pausable_iter(m, 0) ||
        *p.pausable != (PAUSABLE_DECIDED | PAUSABLE_FN) || !inline_callable(p.func))
        return 0;
    MoObject *list = mo_list_new(0);
    if (!list) return -1;
    MoFrame *f = *fp;
    int st = drain_map_next(fp, m, list);
    if (st < 0) {
        mo_decref(list);
        return -1;
    }
    *slot = list;
    mo_decref(m);
    f->ip = f->lasti;
    return 1;
}

/* Starts draining *slot, a stack slot of *fp holding a generator or another pausable_iter
 * (wrapped in the helper generator `iterate` first), into a list that takes the slot's place;
 * the instruction at lasti runs again once the generator is exhausted (frame_return). The
 * caller has saved the frame's stack pointer; on return *fp is the frame to run. 0, or -1 with
 * an exception (the slot then still holds a valid reference). */
static int start_drain(MoFrame **fp, MoObject **slot) {
    MoFrame *f = *fp;
    MoObject *gen = *slot;
    if (MO_TYPE(gen) != &mo_generator_type) {
        MoObject *fn = inline_helper(H_ITERATE);
        MoObject *w = fn ? mo_call(fn, &gen, 1, NULL) : NULL;
        if (!w) return -1;
        *slot = w;
        mo_decref(gen);
        gen = w;
    }
    MoObject *list = mo_list_new(0);
    if (!list) return -1;
    MoFrame *gf;
    int st = enter_generator(gen, mo_None, &gf);
    if (st < 0) {
        mo_decref(list);
        return -1;
    }
    *slot = list;
    f->drain = gen;
    f->drain_list = list;
    f->ip = f->lasti;
    if (st == 0) {
        MO_CLEAR(f->drain);
        return 0;
    }
    link_frame(gf, f);
    *fp = gf;
    return 0;
}

/* Starts the drain of *slot: start_drain_map when it applies, else start_drain. 0 or -1. */
static int begin_drain(MoFrame **fp, MoObject **slot) {
    int st = start_drain_map(fp, slot);
    if (st == 0) st = start_drain(fp, slot);
    return st < 0 ? -1 : 0;
}

/* A host call cannot pause a nested loop (its C caller is on the C stack): say which construct
 * the call is inside, so the program can be restructured. */
static void nested_host_call_error(MoFrame *f, MoObject *name) {
    MoFrame *e = f;
    while (e && !e->entry) e = e->back;
    const char *where = "a function called from C code (a key function, a dunder method, __init__, ...)";
    if (e && (e->code->flags & MO_CO_COROUTINE))
        where = "a synchronous function called by a coroutine (make it async and await it)";
    else if (e && e->gen) where = "a generator or generator expression";
    else if (e && (e->code->flags & MO_CO_CLASSBODY)) where = "a class body";
    mo_err_format(&mo_RuntimeError, "host function '%U' cannot be called from inside %s", name, where);
}

/* ---- introspection for builtins ---------------------------------------------------------------- */

MoObject *mo_vm_current_function_name(void) {
    MoVMFrames *vf = mo_vm ? VF() : NULL;
    if (!vf || !vf->top) return NULL;
    return vf->top->code->name;
}

int mo_vm_super_args(MoObject **cls, MoObject **self) {
    MoVMFrames *vf = mo_vm ? VF() : NULL;
    MoFrame *f = vf ? vf->top : NULL;
    if (!f || !f->func) {
        mo_err_set(&mo_RuntimeError, "super(): no arguments");
        return -1;
    }
    MoCode *co = f->code;
    if (co->argcount == 0) {
        mo_err_set(&mo_RuntimeError, "super(): no arguments");
        return -1;
    }
    /* The first argument, or the cell it moved into when a nested scope captures it. */
    MoObject *first = f->localsplus[0];
    for (uint32_t i = 0; co->cell2arg && i < co->ncells; i++) {
        if (co->cell2arg[i] == 0) {
            first = MO_CELL(f->localsplus[co->nlocals + i])->ref;
            break;
        }
    }
    if (!first) {
        mo_err_set(&mo_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (uint32_t i = 0; i < co->nfrees; i++) {
        uint32_t idx = co->nlocals + co->ncells + i;
        if (!mo_str_eq_cstr(MO_TUPLE_ITEM(co->localnames, idx), "__class__")) continue;
        MoObject *c = MO_CELL(f->localsplus[idx])->ref;
        if (!c) {
            mo_err_set(&mo_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!mo_isinstance_type(c, &mo_type_type)) {
            mo_err_format(&mo_RuntimeError, "super(): __class__ is not a type (%T)", c);
            return -1;
        }
        *cls = c;
        *self = first;
        return 0;
    }
    mo_err_set(&mo_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

MoObject *mo_vm_globals(void) {
    MoVMFrames *vf = mo_vm ? VF() : NULL;
    MoFrame *f = vf ? vf->top : NULL;
    if (f) return mo_newref(f->globals);
    return mo_vm && mo_vm->globals ? mo_newref(mo_vm->globals) : mo_dict_new();
}

MoObject *mo_vm_locals(void) {
    MoVMFrames *vf = mo_vm ? VF() : NULL;
    MoFrame *f = vf ? vf->top : NULL;
    if (!f) {
        mo_err_set(&mo_RuntimeError, "no Python frame is running");
        return NULL;
    }
    if (f->locals) return mo_newref(f->locals);
    MoCode *co = f->code;
    if (!(co->flags & MO_CO_OPTIMIZED)) return mo_newref(f->globals);
    MoObject *d = mo_dict_new();
    if (!d) return NULL;
    uint32_t n = MO_CODE_NLOCALSPLUS(co);
    for (uint32_t i = 0; i < n; i++) {
        MoObject *v = f->localsplus[i];
        if (v && i >= co->nlocals) v = MO_CELL(v)->ref;
        if (!v) continue;
        /* A parameter captured by a closure lives in its cell; the slot's copy may be stale. */
        if (i < co->nlocals && co->cell2arg) {
            bool in_cell = false;
            for (uint32_t k = 0; k < co->ncells && !in_cell; k++) in_cell = co->cell2arg[k] == (int32_t)i;
            if (in_cell) continue;
        }
        MoObject *name = MO_TUPLE_ITEM(co->localnames, i);
        if (mo_str_eq_cstr(name, ".0")) continue;
        if (mo_dict_set(d, name, v) < 0) {
            mo_decref(d);
            return NULL;
        }
    }
    return d;
}

int mo_vm_types_ready(void) {
    /* Intern, while still at start-up (immortal), the names the loop looks up on every use. */
    static const char *const names[] = {"__enter__", "__exit__", "keys", "__getitem__", "__classcell__",
                                        "__name__", "__module__", "__qualname__", "__doc__", "__class__",
                                        "send", "<module>", "<lambda>", ".0", NULL};
    for (size_t i = 0; names[i]; i++)
        if (!mo_str_intern(names[i])) return -1;
    s_getitem = mo_str_intern("__getitem__");
    s_helper_module = mo_str_intern("_moat_inline");
    for (int h = 0; h < H_COUNT; h++) s_helper[h] = mo_str_intern(helper_names[h]);
    s_setitem = mo_str_intern("__setitem__");
    s_delitem = mo_str_intern("__delitem__");
    s_contains = mo_str_intern("__contains__");
    s_iter = mo_str_intern("__iter__");
    s_next = mo_str_intern("__next__");
    s_enter = mo_str_intern("__enter__");
    s_exit = mo_str_intern("__exit__");
    s_call = mo_str_intern("__call__");
    s_get = mo_str_intern("__get__");
    static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; i++)
        if (!(s_cmp[i] = mo_str_intern(cmp_names[i]))) return -1;
    return s_getitem && s_setitem && s_delitem && s_contains && s_iter && s_next && s_enter && s_exit && s_call && s_get
               ? 0
               : -1;
}

/* ---- the loop --------------------------------------------------------------------------------- */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))

extern MoObject *mo_generator_new(MoFrame *f);
extern int mo_generator_send_ex(MoObject *gen, MoObject *value, MoObject **result);

static MoObject *run(MoFrame *f, bool throw_exc, bool outermost, int *why) {
    MoVMFrames *vf = VF();
    MoObject **sp;
    MoCode *co;
    MoObject **consts, **names, **lp;
    uint32_t *code;
    bool force_context = false;
    MoObject *retval = NULL;

#define LOAD_FRAME()                                     \
    do {                                                 \
        co = f->code;                                    \
        sp = f->sp;                                      \
        code = co->code;                                 \
        consts = MO_TUPLE(co->consts)->items;            \
        names = MO_TUPLE(co->names)->items;              \
        lp = f->localsplus;                              \
    } while (0)
#define SAVE_FRAME() (f->sp = sp)

    LOAD_FRAME();
    *why = WHY_RETURN;
    if (throw_exc) goto error;

    for (;;) {
        /* The counter runs even without an instruction budget: it also paces the clock reads. */
        ++mo_vm->instr_count;
        if (mo_vm->limits.instructions > 0 && mo_vm->instr_count > mo_vm->limits.instructions) {
            SAVE_FRAME();
            mo_limit_fire(MO_LIMIT_INSTRUCTIONS, "instruction limit exceeded");
            goto error;
        }
        if ((mo_vm->instr_count & (MOAT_CLOCK_CHECK_INTERVAL - 1)) == 0 && check_time() < 0) {
            SAVE_FRAME();
            goto error;
        }
        if (f->ip >= co->ncode) {
            mo_err_set(&mo_SystemError, "instruction pointer out of range");
            goto error;
        }
        uint32_t word = code[f->ip];
        f->lasti = f->ip++;
        uint32_t oparg = MO_ARG(word);
        switch (MO_OP(word)) {
        case MO_OP_NOP:
        case MO_OP_RETURN_CONST_NONE:
            break;
        case MO_OP_SETUP_ANNOTATIONS: {
            MoObject *ns = f->locals ? f->locals : f->globals;
            MoObject *key = mo_str_intern("__annotations__");
            MoObject *v = ns_lookup(ns, key);
            if (!v) {
                if (mo_err_occurred()) goto error;
                MoObject *d = mo_dict_new();
                int r = d ? ns_store(ns, key, d) : -1;
                mo_xdecref(d);
                if (r < 0) goto error;
            }
            mo_xdecref(v);
            break;
        }
        case MO_OP_POP_TOP: {
            MoObject *v = POP();
            mo_xdecref(v);
            break;
        }
        case MO_OP_COPY: {
            MoObject *v = PEEK(oparg);
            mo_xincref(v);
            PUSH(v);
            break;
        }
        case MO_OP_SWAP: {
            MoObject *t = TOP();
            SET_TOP(PEEK(oparg));
            PEEK(oparg) = t;
            break;
        }
        case MO_OP_PUSH_NULL:
            PUSH(NULL);
            break;
        case MO_OP_LOAD_CONST:
            PUSH(mo_newref(consts[oparg]));
            break;
        case MO_OP_LOAD_FAST: {
            MoObject *v = lp[oparg];
            if (!v) {
                unbound_local_error(MO_TUPLE_ITEM(co->localnames, oparg));
                goto error;
            }
            PUSH(mo_newref(v));
            break;
        }
        case MO_OP_STORE_FAST: {
            MoObject *v = POP();
            MO_SETREF(lp[oparg], v);
            break;
        }
        case MO_OP_DELETE_FAST:
            if (!lp[oparg]) {
                unbound_local_error(MO_TUPLE_ITEM(co->localnames, oparg));
                goto error;
            }
            MO_CLEAR(lp[oparg]);
            break;
        case MO_OP_LOAD_GLOBAL: {
            MoObject *name = names[oparg];
            MoObject *v = mo_dict_get(f->globals, name);
            if (!v) {
                if (mo_err_occurred()) goto error;
                v = mo_dict_get(f->builtins, name);
                if (!v) {
                    if (!mo_err_occurred()) name_error(name);
                    goto error;
                }
            }
            PUSH(mo_newref(v));
            break;
        }
        case MO_OP_STORE_GLOBAL: {
            MoObject *v = POP();
            int r = mo_dict_set(f->globals, names[oparg], v);
            mo_decref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_DELETE_GLOBAL: {
            MoObject *name = names[oparg];
            MoObject *v = mo_dict_get(f->globals, name);
            if (!v) {
                if (!mo_err_occurred()) name_error(name);
                goto error;
            }
            if (mo_dict_del(f->globals, name) < 0) goto error;
            break;
        }
        case MO_OP_LOAD_NAME: {
            MoObject *name = names[oparg];
            MoObject *v = NULL;
            if (f->locals) {
                v = ns_lookup(f->locals, name);
                if (v) {
                    PUSH(v);
                    break;
                }
                if (mo_err_occurred()) goto error;
            }
            if (!v) v = mo_dict_get(f->globals, name);
            if (!v && !mo_err_occurred()) v = mo_dict_get(f->builtins, name);
            if (!v) {
                if (!mo_err_occurred()) name_error(name);
                goto error;
            }
            PUSH(mo_newref(v));
            break;
        }
        case MO_OP_STORE_NAME: {
            MoObject *v = POP();
            int r = f->locals ? ns_store(f->locals, names[oparg], v) : mo_dict_set(f->globals, names[oparg], v);
            mo_decref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_DELETE_NAME: {
            MoObject *name = names[oparg];
            int r = ns_delete(f->locals ? f->locals : f->globals, name);
            if (r == 1) name_error(name);
            if (r != 0) goto error;
            break;
        }
        case MO_OP_LOAD_CLASSDEREF: {
            MoObject *name = MO_TUPLE_ITEM(co->localnames, oparg);
            if (f->locals) {
                MoObject *v = ns_lookup(f->locals, name);
                if (v) {
                    PUSH(v);
                    break;
                }
                if (mo_err_occurred()) goto error;
            }
        }
            /* fall through */
        case MO_OP_LOAD_DEREF: {
            MoObject *cell = lp[oparg];
            MoObject *v = cell ? MO_CELL(cell)->ref : NULL;
            if (!v) {
                MoObject *name = MO_TUPLE_ITEM(co->localnames, oparg);
                if (oparg < co->nlocals + co->ncells)
                    unbound_local_error(name);
                else
                    mo_err_format(&mo_NameError,
                                  "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                                  name);
                goto error;
            }
            PUSH(mo_newref(v));
            break;
        }
        case MO_OP_STORE_DEREF: {
            MoObject *v = POP();
            MoObject *cell = lp[oparg];
            MO_SETREF(MO_CELL(cell)->ref, v);
            break;
        }
        case MO_OP_DELETE_DEREF: {
            MoObject *cell = lp[oparg];
            if (!MO_CELL(cell)->ref) {
                unbound_local_error(MO_TUPLE_ITEM(co->localnames, oparg));
                goto error;
            }
            MO_CLEAR(MO_CELL(cell)->ref);
            break;
        }
        case MO_OP_LOAD_CLOSURE:
            PUSH(mo_newref(lp[oparg]));
            break;
        case MO_OP_LOAD_ATTR: {
            MoObject *o = TOP();
            if (!(MO_TYPE(o)->flags & MO_TPFLAG_HEAPTYPE)) {
                MoObject *v = mo_getattr(o, names[oparg]);
                if (!v) goto error;
                SET_TOP(v);
                mo_decref(o);
                break;
            }
            sp--;
            SAVE_FRAME();
            MoObject *v;
            int st = load_attr(&f, o, names[oparg], &v);
            mo_decref(o);
            if (st < 0) goto error;
            if (st == 0) {
                LOAD_FRAME();
                break;
            }
            PUSH(v);
            break;
        }
        case MO_OP_STORE_ATTR:
        case MO_OP_DELETE_ATTR: {
            bool del = MO_OP(word) == MO_OP_DELETE_ATTR;
            MoObject *o = POP();
            MoObject *v = del ? NULL : POP();
            MoType *t = MO_TYPE(o);
            if ((t->flags & MO_TPFLAG_HEAPTYPE) && (!t->setattr || t->setattr == mo_generic_setattr)) {
                MoObject *d;
                MoObject *fn = inline_property(o, names[oparg], del ? 2 : 1, &d);
                if (fn) {
                    MoObject *args[2] = {o, v};
                    SAVE_FRAME();
                    int st = call_inline(&f, fn, args, del ? 1 : 2, MO_RET_DISCARD, NULL, NULL);
                    mo_decref(o);
                    mo_xdecref(v);
                    if (st < 0) goto error;
                    LOAD_FRAME();
                    break;
                }
                MoObject *idict = !d && !del ? mo_instance_dict(o) : NULL;
                if (idict) {
                    /* No class attribute: what mo_generic_setattr would do, without its second
                     * class lookup. */
                    int r = mo_dict_set(idict, names[oparg], v);
                    mo_decref(o);
                    mo_decref(v);
                    if (r < 0) goto error;
                    break;
                }
            }
            int r = mo_setattr(o, names[oparg], v);
            mo_decref(o);
            mo_xdecref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_LOAD_METHOD: {
            MoObject *o = TOP();
            MoObject *name = names[oparg];
            MoType *t = MO_TYPE(o);
            if (!t->getattr || t->getattr == mo_generic_getattr) {
                MoObject *meth = mo_type_lookup(t, name);
                if (meth && MO_TYPE(meth) == &mo_function_type) {
                    MoObject *idict = mo_instance_dict(o);
                    MoObject *shadow = idict ? mo_dict_get(idict, name) : NULL;
                    if (!shadow && !mo_err_occurred()) {
                        SET_TOP(mo_newref(meth));
                        PUSH(o);
                        break;
                    }
                    if (mo_err_occurred()) goto error;
                }
            }
            SET_TOP(NULL);
            SAVE_FRAME();
            MoObject *v;
            int st = load_attr(&f, o, name, &v);
            mo_decref(o);
            if (st < 0) goto error;
            if (st == 0) {
                LOAD_FRAME();
                break;
            }
            PUSH(v);
            break;
        }
        case MO_OP_BINARY_SUBSCR: {
            MoObject *fn = inline_dunder(PEEK(2), MO_PYSLOT_GETITEM, s_getitem);
            if (fn) {
                MoObject *args[2] = {PEEK(2), TOP()};
                sp -= 2;
                SAVE_FRAME();
                int st = call_inline(&f, fn, args, 2, MO_RET_PUSH, NULL, NULL);
                mo_decref(args[0]);
                mo_decref(args[1]);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *key = POP();
            MoObject *o = TOP();
            MoObject *v = mo_getitem(o, key);
            mo_decref(key);
            if (!v) goto error;
            SET_TOP(v);
            mo_decref(o);
            break;
        }
        case MO_OP_STORE_SUBSCR: {
            MoObject *fn = inline_dunder(PEEK(2), MO_PYSLOT_SETITEM, s_setitem);
            if (fn) {
                MoObject *args[3] = {PEEK(2), TOP(), PEEK(3)};
                sp -= 3;
                SAVE_FRAME();
                int st = call_inline(&f, fn, args, 3, MO_RET_DISCARD, NULL, NULL);
                for (int i = 0; i < 3; i++) mo_decref(args[i]);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *key = POP();
            MoObject *o = POP();
            MoObject *v = POP();
            int r = mo_setitem(o, key, v);
            mo_decref(key);
            mo_decref(o);
            mo_decref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_DELETE_SUBSCR: {
            MoObject *fn = inline_dunder(PEEK(2), MO_PYSLOT_SETITEM, s_delitem);
            if (fn) {
                MoObject *args[2] = {PEEK(2), TOP()};
                sp -= 2;
                SAVE_FRAME();
                int st = call_inline(&f, fn, args, 2, MO_RET_DISCARD, NULL, NULL);
                mo_decref(args[0]);
                mo_decref(args[1]);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *key = POP();
            MoObject *o = POP();
            int r = mo_delitem(o, key);
            mo_decref(key);
            mo_decref(o);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_BUILD_SLICE: {
            MoObject *step = oparg == 3 ? POP() : NULL;
            MoObject *stop = POP();
            MoObject *start = POP();
            MoObject *s = mo_slice_new(start, stop, step);
            mo_decref(start);
            mo_decref(stop);
            mo_xdecref(step);
            if (!s) goto error;
            PUSH(s);
            break;
        }
        case MO_OP_BINARY_OP: {
            MoObject *b = POP();
            MoObject *a = TOP();
            MoObject *r = oparg >= MO_BINOP_COUNT ? mo_inplace_binop(a, b, (MoBinOp)(oparg - MO_BINOP_COUNT))
                                                  : mo_binop(a, b, (MoBinOp)oparg);
            mo_decref(b);
            if (!r) goto error;
            SET_TOP(r);
            mo_decref(a);
            break;
        }
        case MO_OP_UNARY_OP: {
            MoObject *a = TOP();
            MoObject *r = mo_unaryop(a, (MoUnaryOp)oparg);
            if (!r) goto error;
            SET_TOP(r);
            mo_decref(a);
            break;
        }
        case MO_OP_UNARY_NOT: {
            MoObject *a = TOP();
            int t = mo_truth(a);
            if (t < 0) goto error;
            SET_TOP(mo_bool(!t));
            mo_decref(a);
            break;
        }
        case MO_OP_COMPARE_OP: {
            bool ne_from_eq;
            MoObject *fn = inline_compare(PEEK(2), TOP(), (MoCompareOp)oparg, &ne_from_eq);
            if (fn) {
                MoObject *args[2] = {PEEK(2), TOP()};
                sp -= 2;
                SAVE_FRAME();
                int st = call_inline(&f, fn, args, 2, ne_from_eq ? MO_RET_COMPARE_NE : MO_RET_COMPARE, args[0], args[1]);
                mo_decref(args[0]);
                mo_decref(args[1]);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *b = POP();
            MoObject *a = TOP();
            MoObject *r = mo_richcompare(a, b, (MoCompareOp)oparg);
            mo_decref(b);
            if (!r) goto error;
            SET_TOP(r);
            mo_decref(a);
            break;
        }
        case MO_OP_IS_OP: {
            MoObject *b = POP();
            MoObject *a = TOP();
            bool r = (a == b) != (oparg != 0);
            SET_TOP(mo_bool(r));
            mo_decref(a);
            mo_decref(b);
            break;
        }
        case MO_OP_CONTAINS_OP: {
            MoObject *fn = inline_dunder(TOP(), MO_PYSLOT_CONTAINS, s_contains);
            if (fn) {
                MoObject *args[2] = {TOP(), PEEK(2)};
                sp -= 2;
                SAVE_FRAME();
                int st = call_inline(&f, fn, args, 2, oparg ? MO_RET_NOT : MO_RET_TRUTH, NULL, NULL);
                mo_decref(args[0]);
                mo_decref(args[1]);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *container = POP();
            MoObject *item = TOP();
            int r = mo_contains(container, item);
            mo_decref(container);
            if (r < 0) goto error;
            SET_TOP(mo_bool((r != 0) != (oparg != 0)));
            mo_decref(item);
            break;
        }
        case MO_OP_JUMP:
            f->ip = oparg;
            break;
        case MO_OP_POP_JUMP_IF_FALSE:
        case MO_OP_POP_JUMP_IF_TRUE: {
            MoObject *v = POP();
            int t;
            if (v == mo_True) t = 1;
            else if (v == mo_False || v == mo_None) t = 0;
            else {
                t = mo_truth(v);
                if (t < 0) {
                    mo_decref(v);
                    goto error;
                }
            }
            mo_decref(v);
            if ((MO_OP(word) == MO_OP_POP_JUMP_IF_TRUE) == (t != 0)) f->ip = oparg;
            break;
        }
        case MO_OP_JUMP_IF_FALSE_OR_POP:
        case MO_OP_JUMP_IF_TRUE_OR_POP: {
            MoObject *v = TOP();
            int t = mo_truth(v);
            if (t < 0) goto error;
            if ((MO_OP(word) == MO_OP_JUMP_IF_TRUE_OR_POP) == (t != 0)) {
                f->ip = oparg;
            } else {
                sp--;
                mo_decref(v);
            }
            break;
        }
        case MO_OP_GET_ITER: {
            MoObject *fn = inline_dunder(TOP(), MO_PYSLOT_ITER, s_iter);
            if (fn) {
                MoObject *o = POP();
                SAVE_FRAME();
                int st = call_inline(&f, fn, &o, 1, MO_RET_ITER, NULL, NULL);
                mo_decref(o);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *o = TOP();
            MoObject *it = mo_iter(o);
            if (!it) goto error;
            SET_TOP(it);
            mo_decref(o);
            break;
        }
        case MO_OP_FOR_ITER: {
            MoObject *it = TOP();
            SAVE_FRAME();
            if (MO_TYPE(it) == &mo_generator_type) {
                /* Run the generator's frame in this loop (enter_generator). */
                MoFrame *gf;
                int st = enter_generator(it, mo_None, &gf);
                if (st < 0) goto error;
                if (st > 0) {
                    link_frame(gf, f);
                    f = gf;
                    LOAD_FRAME();
                    break;
                }
                sp--;
                mo_decref(it);
                f->ip = oparg;
                break;
            }
            MoObject *fn = inline_dunder(it, MO_PYSLOT_ITERNEXT, s_next);
            if (fn) {
                /* The iterator stays on the stack; a StopIteration leaving __next__ ends the loop
                 * (unwind). */
                if (call_inline(&f, fn, &it, 1, MO_RET_NEXT, NULL, NULL) < 0) goto error;
                LOAD_FRAME();
                break;
            }
            if (outermost && IS_LAZY_ITER_TYPE(MO_TYPE(it))) {
                /* A map/filter/zip/enumerate whose item needs Python code: a helper frame computes
                 * it (lazy_iter_step), so host calls there pause. */
                int st = lazy_iter_step(&f, it);
                if (st < 0) goto error;
                if (st == 1) {
                    LOAD_FRAME();
                    break;
                }
                if (st == 2) {
                    sp--;
                    mo_decref(it);
                    f->ip = oparg;
                    break;
                }
            }
            MoObject *v = mo_next(it);
            if (v) {
                PUSH(v);
                break;
            }
            if (mo_err_occurred()) {
                if (!mo_err_matches(&mo_StopIteration)) goto error;
                mo_err_clear();
            }
            sp--;
            mo_decref(it);
            f->ip = oparg;
            break;
        }
        case MO_OP_BUILD_TUPLE: {
            MoObject *t = mo_tuple_new(oparg);
            if (!t) goto error;
            for (uint32_t i = oparg; i > 0; i--) MO_TUPLE_SET(t, i - 1, POP());
            PUSH(t);
            break;
        }
        case MO_OP_BUILD_LIST: {
            MoObject *l = mo_list_new(oparg);
            if (!l) goto error;
            for (uint32_t i = oparg; i > 0; i--) MO_LIST_SET(l, i - 1, POP());
            PUSH(l);
            break;
        }
        case MO_OP_BUILD_SET: {
            MoObject *s = mo_set_new(NULL, false);
            if (!s) goto error;
            int err = 0;
            for (uint32_t i = oparg; i > 0; i--) {
                if (!err && mo_set_add(s, PEEK(i)) < 0) err = 1;
            }
            for (uint32_t i = 0; i < oparg; i++) mo_decref(POP());
            if (err) {
                mo_decref(s);
                goto error;
            }
            PUSH(s);
            break;
        }
        case MO_OP_BUILD_MAP: {
            MoObject *d = mo_dict_new();
            if (!d) goto error;
            int err = 0;
            for (uint32_t i = oparg; i > 0; i--) {
                if (!err && mo_dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) err = 1;
            }
            for (uint32_t i = 0; i < 2 * oparg; i++) mo_decref(POP());
            if (err) {
                mo_decref(d);
                goto error;
            }
            PUSH(d);
            break;
        }
        case MO_OP_BUILD_STRING: {
            MoStrBuf b;
            mo_strbuf_init(&b);
            for (uint32_t i = oparg; i > 0; i--) mo_strbuf_append_obj(&b, PEEK(i));
            for (uint32_t i = 0; i < oparg; i++) mo_decref(POP());
            MoObject *s = mo_strbuf_finish(&b);
            if (!s) goto error;
            PUSH(s);
            break;
        }
        case MO_OP_LIST_APPEND: {
            MoObject *v = POP();
            int r = mo_list_append(PEEK(oparg), v);
            mo_decref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_SET_ADD: {
            MoObject *v = POP();
            int r = mo_set_add(PEEK(oparg), v);
            mo_decref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_MAP_ADD: {
            MoObject *v = POP();
            MoObject *k = POP();
            int r = mo_dict_set(PEEK(oparg), k, v);
            mo_decref(k);
            mo_decref(v);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_LIST_EXTEND: {
            if (outermost && pausable_iter(TOP(), 0)) {
                /* [*g] and f(a, *g): run the generator in this loop first (start_drain). */
                SAVE_FRAME();
                if (begin_drain(&f, sp - 1) < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *it = POP();
            int r = mo_list_extend(PEEK(oparg), it);
            if (r < 0 && mo_err_matches(&mo_TypeError) && !MO_TYPE(it)->iter && !mo_type_lookup(MO_TYPE(it), mo_str_intern("__getitem__"))) {
                mo_err_format(&mo_TypeError, "Value after * must be an iterable, not %T", it);
            }
            mo_decref(it);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_SET_UPDATE: {
            MoObject *itb = POP();
            int r = mo_set_update(PEEK(oparg), itb);
            mo_decref(itb);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_DICT_UPDATE: {
            MoObject *o = POP();
            int r;
            if (MO_DICT_CHECK(o)) {
                r = mo_dict_merge(PEEK(oparg), o, 1);
            } else if (!mo_type_lookup(MO_TYPE(o), mo_str_intern("keys"))) {
                mo_err_format(&mo_TypeError, "'%T' object is not a mapping", o);
                r = -1;
            } else {
                r = mo_dict_merge(PEEK(oparg), o, 1);
            }
            mo_decref(o);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_DICT_MERGE: {
            MoObject *o = POP();
            MoObject *callable = PEEK(oparg + 2);
            int r;
            if (!MO_DICT_CHECK(o) && !mo_type_lookup(MO_TYPE(o), mo_str_intern("keys"))) {
                MoObject *desc = call_desc(callable);
                if (desc) {
                    mo_err_format(&mo_TypeError, "%U argument after ** must be a mapping, not %T", desc, o);
                    mo_decref(desc);
                }
                r = -1;
            } else {
                r = mo_dict_merge(PEEK(oparg), o, 2);
                if (r < 0 && mo_err_matches(&mo_KeyError)) {
                    MoObject *exc = mo_err_fetch();
                    MoObject *key = MO_EXC(exc)->args && MO_TUPLE_LEN(MO_EXC(exc)->args) ? MO_TUPLE_ITEM(MO_EXC(exc)->args, 0) : mo_None;
                    MoObject *desc = call_desc(callable);
                    if (desc) {
                        mo_err_format(&mo_TypeError, "%U got multiple values for keyword argument '%S'", desc, key);
                        mo_decref(desc);
                    }
                    mo_decref(exc);
                }
            }
            mo_decref(o);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_LIST_TO_TUPLE: {
            MoObject *l = TOP();
            MoObject *t = mo_list_as_tuple(l);
            if (!t) goto error;
            SET_TOP(t);
            mo_decref(l);
            break;
        }
        case MO_OP_UNPACK_SEQUENCE: {
            MoObject *seq = POP();
            int r = unpack_iterable(seq, oparg, 0, false, sp);
            mo_decref(seq);
            if (r < 0) goto error;
            sp += oparg;
            break;
        }
        case MO_OP_UNPACK_EX: {
            size_t before = oparg & 0xff, after = oparg >> 8;
            MoObject *seq = POP();
            int r = unpack_iterable(seq, before, after, true, sp);
            mo_decref(seq);
            if (r < 0) goto error;
            sp += before + after + 1;
            break;
        }
        case MO_OP_FORMAT_VALUE: {
            MoObject *spec = (oparg & MO_FMT_HAS_SPEC) ? POP() : NULL;
            MoObject *v = POP();
            MoObject *conv = NULL;
            switch (oparg & MO_FMT_CONV_MASK) {
            case MO_FMT_STR: conv = mo_str(v); break;
            case MO_FMT_REPR: conv = mo_repr(v); break;
            case MO_FMT_ASCII: conv = mo_ascii(v); break;
            default: conv = mo_newref(v); break;
            }
            mo_decref(v);
            if (!conv) {
                mo_xdecref(spec);
                goto error;
            }
            MoObject *r;
            if (MO_CHECK_EXACT(conv, mo_str_type) && (!spec || MO_STR_NBYTES(spec) == 0)) {
                r = mo_newref(conv);
            } else {
                MoObject *empty = spec ? NULL : mo_str_from_utf8("", 0);
                r = (spec || empty) ? mo_object_format(conv, spec ? spec : empty) : NULL;
                mo_xdecref(empty);
            }
            mo_decref(conv);
            mo_xdecref(spec);
            if (!r) goto error;
            PUSH(r);
            break;
        }
        case MO_OP_KW_NAMES:
            f->kwnames = consts[oparg];
            break;
        case MO_OP_CALL: {
            MoObject *kwnames = f->kwnames;
            f->kwnames = NULL;
            size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
            MoObject **base = sp - oparg - 2;
            if (!base[0] && MO_TYPE(base[1]) == &mo_method_type) {
                /* Unpack a bound method so Python methods take the inline path below. */
                MoObject *m = base[1];
                base[0] = mo_newref(MO_METHOD(m)->func);
                base[1] = mo_newref(MO_METHOD(m)->self);
                mo_decref(m);
            }
            MoObject *callable;
            MoObject **args;
            size_t nargs;
            if (base[0]) {
                callable = base[0];
                args = base + 1;
                nargs = oparg + 1 - nkw;
            } else {
                callable = base[1];
                args = base + 2;
                nargs = oparg - nkw;
            }
            MoObject *ifn = NULL, *iself = NULL;
            bool candidate = outermost && pausable_candidate(f, callable);
            if (candidate) {
                ifn = pausable_builtin(f, callable, args, nargs, kwnames, &iself);
                if (!ifn && mo_err_occurred()) goto call_cleanup_error;
            }
            if (!ifn && candidate && is_next_of_generator(f, callable, args, nargs, kwnames)) {
                /* next(gen[, default]): resume the generator in this loop; its yield is this
                 * CALL's result (MO_RET_NEXT_CALL on its frame; the frame holds the generator and
                 * the default while it runs, as the CALL's operands are gone). */
                MoObject *gen = mo_newref(args[0]);
                MoObject *dflt = nargs == 2 ? mo_newref(args[1]) : NULL;
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                SAVE_FRAME();
                MoFrame *gf;
                int st = enter_generator(gen, mo_None, &gf);
                if (st <= 0) {
                    mo_decref(gen);
                    if (st < 0) {
                        mo_xdecref(dflt);
                        goto error;
                    }
                    if (dflt) {
                        PUSH(dflt);
                        break;
                    }
                    raise_stop_iteration(mo_none());
                    goto error;
                }
                gf->ret_mode = MO_RET_NEXT_CALL;
                gf->ret_obj = dflt;
                gf->ret_name = gen;
                link_frame(gf, f);
                f = gf;
                LOAD_FRAME();
                break;
            }
            if (!ifn && outermost && can_drain(f, callable, args, nargs, kwnames)) {
                /* Run the generator argument to completion in this loop, collecting its items in
                 * a list that takes its place; then this CALL runs again on the list. */
                SAVE_FRAME();
                MoFrame *cf = f;
                if (begin_drain(&f, &args[0]) < 0) goto call_cleanup_error;
                cf->kwnames = kwnames;
                LOAD_FRAME();
                break;
            }
            if (MO_TYPE(callable) == &mo_function_type &&
                !(MO_CODE(MO_FUNCTION(callable)->code)->flags & MO_CO_GENERATOR)) {
                MoFrame *nf = mo_frame_for_call(callable, args, nargs, kwnames);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                if (!nf) goto error;
                SAVE_FRAME();
                if (link_frame(nf, f) < 0) {
                    mo_frame_free(nf);
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                break;
            }
            if (MO_TYPE(callable) == &mo_builtin_function_type &&
                ((MoBuiltinFunction *)callable)->def == &build_class_def) {
                /* A class statement: its body runs inline (host calls there pause), then the
                 * metaclass is called when it returns (MO_RET_CLASS). */
                SAVE_FRAME();
                MoObject *state = build_class_prepare(args, nargs, kwnames);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                if (!state) goto error;
                MoFrame *nf = mo_frame_for_call(MO_TUPLE_ITEM(state, 0), NULL, 0, NULL);
                if (!nf) {
                    mo_decref(state);
                    goto error;
                }
                nf->locals = mo_newref(MO_TUPLE_ITEM(state, 5));
                nf->ret_mode = MO_RET_CLASS;
                nf->ret_obj = state;
                SAVE_FRAME();
                if (link_frame(nf, f) < 0) {
                    mo_frame_free(nf);
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                break;
            }
            MoObject *sgen = !ifn && nkw == 0 && nargs == 1 ? mo_generator_inline_send_target(callable, args[0]) : NULL;
            if (sgen) {
                /* gen.send(v) / coro.send(v), as asyncio's loop drives its tasks: the generator's
                 * frame runs in this loop, so a host call made by a plain function a coroutine
                 * calls can pause the run. The generator stays on the stack (owned) until its
                 * frame yields or returns (MO_RET_GEN_SEND). */
                MoFrame *gf;
                SAVE_FRAME();
                int st = enter_generator(sgen, args[0], &gf);
                if (st <= 0) {
                    if (st == 0) mo_err_set(&mo_SystemError, "send() target finished");
                    goto call_cleanup_error;
                }
                mo_incref(sgen);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                PUSH(sgen);
                SAVE_FRAME();
                gf->ret_mode = MO_RET_GEN_SEND;
                link_frame(gf, f);
                f = gf;
                LOAD_FRAME();
                break;
            }
            int64_t tdepth = 0;
            MoObject *tgen = !ifn && nkw == 0 ? mo_generator_inline_throw_target(callable, args, nargs, &tdepth) : NULL;
            if (tgen && vf->depth + tdepth < mo_vm->limits.recursion_depth) {
                /* gen.throw(exc) / coro.throw(exc) (asyncio cancels tasks so): the generator and
                 * the generators it awaits are linked as if SEND had resumed each, and exc is
                 * raised in the innermost one, so host calls in handlers and `finally` blocks
                 * can pause the run. The outermost frame finishes this CALL (MO_RET_GEN_SEND). */
                MoObject *exc = mo_newref(args[0]);
                mo_incref(tgen);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                PUSH(tgen);
                SAVE_FRAME();
                MoObject *g = tgen;
                MoFrame *parent = f;
                for (bool first = true; g; first = false) {
                    MoFrame *gf;
                    g = mo_generator_inline_enter_throw(g, &gf);
                    if (first) gf->ret_mode = MO_RET_GEN_SEND;
                    link_frame(gf, parent);
                    parent = gf;
                }
                f = parent;
                LOAD_FRAME();
                mo_err_restore(exc);
                goto error;
            }
            if (ifn) {
                /* A pausable builtin: its _moat_inline helper runs instead (iself: list.sort's list). */
            } else if (MO_TYPE(callable) == &mo_method_type && inline_callable(MO_METHOD(callable)->func)) {
                /* A bound method in the callable slot with its own arguments above it (the
                 * normal exit of `with` calls __exit__ so). */
                ifn = MO_METHOD(callable)->func;
                iself = MO_METHOD(callable)->self;
            } else if ((ifn = inline_dunder(callable, MO_PYSLOT_CALL, s_call))) {
                /* An instance of a class with a Python __call__. */
                iself = callable;
            }
            if (ifn) {
                /* Prepend self (if any) and run the function inline. */
                size_t total = nargs + nkw;
                size_t pre = iself ? 1 : 0;
                MoObject *small[8];
                MoObject **margs = total + 1 <= 8 ? small : mo_alloc((total + 1) * sizeof(MoObject *));
                if (!margs) goto call_cleanup_error;
                margs[0] = iself;
                memcpy(margs + pre, args, total * sizeof(MoObject *));
                MoFrame *nf = mo_frame_for_call(ifn, margs, nargs + pre, kwnames);
                if (margs != small) mo_free(margs);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                if (!nf) goto error;
                SAVE_FRAME();
                if (link_frame(nf, f) < 0) {
                    mo_frame_free(nf);
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                break;
            }
            if (mo_isinstance_type(callable, &mo_type_type)) {
                MoFrame *nf;
                SAVE_FRAME();
                int st = init_frame_for_call(callable, args, nargs, kwnames, &nf);
                if (st < 0) goto call_cleanup_error;
                if (st > 0) {
                    while (sp > base) {
                        MoObject *v = POP();
                        mo_xdecref(v);
                    }
                    SAVE_FRAME();
                    if (link_frame(nf, f) < 0) {
                        mo_frame_free(nf);
                        goto error;
                    }
                    f = nf;
                    LOAD_FRAME();
                    break;
                }
            }
            if (MO_TYPE(callable) == &mo_extfunc_type && (co->flags & (MO_CO_COROUTINE | MO_CO_ASYNC_SCOPE))) {
                /* In a coroutine (or a comprehension written in one: MO_CO_ASYNC_SCOPE) a host call
                 * is an awaitable; asyncio batches them (coroutine.c). */
                SAVE_FRAME();
                MoObject *r = mo_host_call_new(((MoExtFunc *)callable)->name, args, nargs, kwnames);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                if (!r) goto error;
                PUSH(r);
                break;
            }
            if (MO_TYPE(callable) == &mo_extfunc_type || MO_TYPE(callable) == &mo_host_wait_type) {
                bool batch = MO_TYPE(callable) == &mo_host_wait_type;
                MoObject *name = batch ? mo_str_intern("asyncio") : ((MoExtFunc *)callable)->name;
                if (!outermost) {
                    nested_host_call_error(f, name);
                    goto call_cleanup_error;
                }
                if (batch) {
                    if (mo_host_wait_prepare(args, nargs, kwnames) < 0) goto call_cleanup_error;
                } else {
                    if (mo_vm->limits.host_calls > 0 && mo_vm->host_calls_used >= mo_vm->limits.host_calls) {
                        mo_limit_fire(MO_LIMIT_HOST_CALLS, "host call limit exceeded");
                        goto call_cleanup_error;
                    }
                    if (mo_api_prepare_call(name, args, nargs, kwnames) < 0) goto call_cleanup_error;
                    mo_vm->host_calls_used++;
                }
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                SAVE_FRAME();
                vf->pending = true;
                mo_vm->time_used_ms += clock_now() - mo_vm->slice_start_ms;
                *why = WHY_PAUSE;
                return NULL;
            }
            {
                SAVE_FRAME();
                MoObject *r = mo_call(callable, args, nargs, kwnames);
                while (sp > base) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                if (!r) goto error;
                PUSH(r);
                break;
            }
        call_cleanup_error:
            while (sp > base) {
                MoObject *v = POP();
                mo_xdecref(v);
            }
            goto error;
        }
        case MO_OP_CALL_FUNCTION_EX: {
            MoObject **star = sp - 1 - (oparg & 1);
            if (outermost && pausable_iter(*star, 0)) {
                /* f(*g): run the generator in this loop first (start_drain). */
                SAVE_FRAME();
                if (begin_drain(&f, star) < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *kwargs = (oparg & 1) ? POP() : NULL;
            MoObject *argt = POP();
            MoObject *callable = POP();
            MoObject *null = POP();
            mo_xdecref(null);
            size_t nargs = 0, total = 0;
            MoObject *kwnames = NULL;
            MoObject **buf = NULL;
            if (!MO_CHECK_EXACT(argt, mo_tuple_type)) {
                /* f(*x) passes x itself (the compiler builds no list for a lone starred argument). */
                MoObject *t = mo_sequence_tuple(argt);
                if (!t && mo_err_matches(&mo_TypeError) && !MO_TYPE(argt)->iter &&
                    !mo_type_lookup(MO_TYPE(argt), mo_str_intern("__getitem__"))) {
                    MoObject *desc = call_desc(callable);
                    if (desc) {
                        mo_err_format(&mo_TypeError, "%U argument after * must be an iterable, not %T", desc, argt);
                        mo_decref(desc);
                    }
                }
                mo_decref(argt);
                argt = t;
            }
            if (argt) buf = explode_call(callable, argt, kwargs, &nargs, &kwnames, &total);
            mo_xdecref(argt);
            mo_xdecref(kwargs);
            if (!buf) {
                mo_decref(callable);
                goto error;
            }
            MoObject *r = NULL;
            bool ok = true;
            MoObject *callfn = MO_TYPE(callable) == &mo_method_type ? NULL : inline_dunder(callable, MO_PYSLOT_CALL, s_call);
            if ((MO_TYPE(callable) == &mo_method_type && MO_TYPE(MO_METHOD(callable)->func) == &mo_function_type) ||
                callfn) {
                /* Prepend self (or the instance with a Python __call__) so the inline path applies. */
                MoObject **nb = mo_alloc((total + 1) * sizeof(MoObject *));
                if (nb) {
                    nb[0] = mo_newref(callfn ? callable : MO_METHOD(callable)->self);
                    memcpy(nb + 1, buf, total * sizeof(MoObject *));
                    mo_free(buf);
                    buf = nb;
                    total++;
                    nargs++;
                    MoObject *fn = mo_newref(callfn ? callfn : MO_METHOD(callable)->func);
                    mo_decref(callable);
                    callable = fn;
                } else {
                    ok = false;
                }
            }
            if (ok && MO_TYPE(callable) == &mo_function_type &&
                !(MO_CODE(MO_FUNCTION(callable)->code)->flags & MO_CO_GENERATOR)) {
                MoFrame *nf = mo_frame_for_call(callable, buf, nargs, kwnames);
                for (size_t i = 0; i < total; i++) mo_decref(buf[i]);
                mo_free(buf);
                mo_xdecref(kwnames);
                mo_decref(callable);
                if (!nf) goto error;
                SAVE_FRAME();
                if (link_frame(nf, f) < 0) {
                    mo_frame_free(nf);
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                break;
            }
            if (ok && mo_isinstance_type(callable, &mo_type_type)) {
                MoFrame *nf;
                SAVE_FRAME();
                int st = init_frame_for_call(callable, buf, nargs, kwnames, &nf);
                if (st != 0) {
                    for (size_t i = 0; i < total; i++) mo_decref(buf[i]);
                    mo_free(buf);
                    mo_xdecref(kwnames);
                    mo_decref(callable);
                    if (st < 0) goto error;
                    if (link_frame(nf, f) < 0) {
                        mo_frame_free(nf);
                        goto error;
                    }
                    f = nf;
                    LOAD_FRAME();
                    break;
                }
            }
            if (ok && MO_TYPE(callable) == &mo_extfunc_type && (co->flags & (MO_CO_COROUTINE | MO_CO_ASYNC_SCOPE))) {
                SAVE_FRAME();
                r = mo_host_call_new(((MoExtFunc *)callable)->name, buf, nargs, kwnames);
                ok = false;
            }
            if (ok && MO_TYPE(callable) == &mo_extfunc_type) {
                MoObject *name = ((MoExtFunc *)callable)->name;
                int st = 0;
                if (!outermost) {
                    nested_host_call_error(f, name);
                    st = -1;
                } else if (mo_vm->limits.host_calls > 0 && mo_vm->host_calls_used >= mo_vm->limits.host_calls) {
                    mo_limit_fire(MO_LIMIT_HOST_CALLS, "host call limit exceeded");
                    st = -1;
                } else if (mo_api_prepare_call(name, buf, nargs, kwnames) < 0) {
                    st = -1;
                }
                for (size_t i = 0; i < total; i++) mo_decref(buf[i]);
                mo_free(buf);
                mo_xdecref(kwnames);
                mo_decref(callable);
                if (st < 0) goto error;
                mo_vm->host_calls_used++;
                SAVE_FRAME();
                vf->pending = true;
                mo_vm->time_used_ms += clock_now() - mo_vm->slice_start_ms;
                *why = WHY_PAUSE;
                return NULL;
            }
            if (ok) {
                SAVE_FRAME();
                r = mo_call(callable, buf, nargs, kwnames);
            }
            for (size_t i = 0; i < total; i++) mo_decref(buf[i]);
            mo_free(buf);
            mo_xdecref(kwnames);
            mo_decref(callable);
            if (!r) goto error;
            PUSH(r);
            break;
        }
        case MO_OP_MAKE_FUNCTION: {
            MoObject *codeobj = POP();
            MoObject *closure = (oparg & MO_MKFN_CLOSURE) ? POP() : NULL;
            MoObject *annotations = (oparg & MO_MKFN_ANNOTATIONS) ? POP() : NULL;
            MoObject *kwdefaults = (oparg & MO_MKFN_KWDEFAULTS) ? POP() : NULL;
            MoObject *defaults = (oparg & MO_MKFN_DEFAULTS) ? POP() : NULL;
            MoObject *fn = mo_function_new(codeobj, f->globals, f->builtins);
            mo_decref(codeobj);
            if (!fn) {
                mo_xdecref(closure);
                mo_xdecref(annotations);
                mo_xdecref(kwdefaults);
                mo_xdecref(defaults);
                goto error;
            }
            MoFunction *func = MO_FUNCTION(fn);
            func->closure = closure;
            func->annotations = annotations;
            func->kwdefaults = kwdefaults;
            func->defaults = defaults;
            MoCode *fc = MO_CODE(func->code);
            if ((fc->flags & MO_CO_HAS_DOC) && MO_TUPLE_LEN(fc->consts)) func->doc = mo_newref(MO_TUPLE_ITEM(fc->consts, 0));
            PUSH(fn);
            break;
        }
        case MO_OP_RETURN_VALUE:
            retval = POP();
            SAVE_FRAME();
            goto frame_return;
        case MO_OP_RAISE_VARARGS: {
            MoObject *cause = oparg == 2 ? POP() : NULL;
            MoObject *exc = oparg >= 1 ? POP() : NULL;
            if (!exc) {
                if (!vf->exc_info) {
                    mo_err_set(&mo_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                mo_err_set_object(vf->exc_info);
                SAVE_FRAME();
                goto unwind;
            }
            MoObject *inst = make_exception(exc, false);
            mo_decref(exc);
            if (!inst) {
                mo_xdecref(cause);
                goto error;
            }
            if (cause) {
                MoObject *c = NULL;
                if (cause != mo_None) {
                    c = make_exception(cause, true);
                    if (!c) {
                        mo_decref(cause);
                        mo_decref(inst);
                        goto error;
                    }
                }
                mo_decref(cause);
                MO_SETREF(MO_EXC(inst)->cause, c);
                MO_EXC(inst)->suppress_context = true;
            }
            mo_err_restore(inst);
            force_context = true;
            goto error;
        }
        case MO_OP_RERAISE: {
            MoObject *exc = POP();
            mo_err_restore(exc);
            SAVE_FRAME();
            goto unwind;
        }
        case MO_OP_PUSH_EXC_INFO: {
            MoObject *exc = POP();
            MoObject *prev = vf->exc_info;
            PUSH(prev ? prev : mo_none());
            vf->exc_info = mo_newref(exc);
            PUSH(exc);
            break;
        }
        case MO_OP_POP_EXCEPT: {
            MoObject *prev = POP();
            MoObject *old = vf->exc_info;
            if (prev == mo_None) {
                mo_decref(prev);
                prev = NULL;
            }
            vf->exc_info = prev;
            mo_xdecref(old);
            break;
        }
        case MO_OP_CHECK_EXC_MATCH: {
            MoObject *t = TOP();
            int r = exc_matches(PEEK(2), t);
            if (r < 0) goto error;
            SET_TOP(mo_bool(r));
            mo_decref(t);
            break;
        }
        case MO_OP_LOAD_ASSERTION_ERROR:
            PUSH(mo_newref(MO(&mo_AssertionError)));
            break;
        case MO_OP_LOAD_BUILD_CLASS: {
            MoObject *bc = mo_builtin_function_new(&build_class_def, NULL);
            if (!bc) goto error;
            PUSH(bc);
            break;
        }
        case MO_OP_IMPORT_NAME: {
            SAVE_FRAME();
            {
                /* A module body to run first goes inline (so it can make host calls); the
                 * IMPORT_NAME runs again when it returns. */
                int64_t plv = 0;
                MoFrame *body;
                MoObject *mname;
                if (mo_int_as_i64(PEEK(2), &plv) < 0) goto error;
                int st = mo_import_prepare(names[oparg], plv, &body, &mname);
                if (st < 0) goto error;
                if (st > 0) {
                    if (link_import_body(&f, body, mname) < 0) goto error;
                    LOAD_FRAME();
                    break;
                }
            }
            MoObject *fromlist = POP();
            MoObject *level = TOP();
            int64_t lv = 0;
            MoObject *m = NULL;
            SAVE_FRAME();
            if (mo_int_as_i64(level, &lv) == 0) m = mo_import_name(names[oparg], fromlist, lv);
            mo_decref(fromlist);
            if (!m) goto error;
            SET_TOP(m);
            mo_decref(level);
            break;
        }
        case MO_OP_IMPORT_FROM: {
            SAVE_FRAME();
            {
                MoFrame *body;
                MoObject *mname;
                int st = mo_import_prepare_from(TOP(), names[oparg], &body, &mname);
                if (st < 0) goto error;
                if (st > 0) {
                    if (link_import_body(&f, body, mname) < 0) goto error;
                    LOAD_FRAME();
                    break;
                }
            }
            MoObject *v = mo_import_from(TOP(), names[oparg]);
            if (!v) goto error;
            PUSH(v);
            break;
        }
        case MO_OP_IMPORT_STAR: {
            MoObject *m = POP();
            SAVE_FRAME();
            int r = mo_import_star(m, f->locals ? f->locals : f->globals);
            mo_decref(m);
            if (r < 0) goto error;
            break;
        }
        case MO_OP_LOAD_LOCALS:
            PUSH(mo_newref(f->locals ? f->locals : f->globals));
            break;
        case MO_OP_YIELD_VALUE: {
            if (f->gen && !f->entry && f->back->drain == f->gen) {
                /* Drained by the caller's CALL: collect the value and go on as if resumed. */
                MoObject *v = POP();
                int r = mo_list_append(f->back->drain_list, v);
                mo_decref(v);
                if (r < 0) goto error;
                PUSH(mo_none());
                break;
            }
            if (f->gen && !f->entry) {
                /* An inline-resumed generator: hand the value to the FOR_ITER / SEND below (or
                 * make it the result of next(), MO_RET_NEXT_CALL). */
                retval = POP();
                SAVE_FRAME();
                MoFrame *caller = f->back;
                MoObject *gen = f->gen;
                bool by_send = f->ret_mode == MO_RET_GEN_SEND;
                if (by_send) f->ret_mode = MO_RET_PUSH;
                MoObject *held = NULL;
                if (f->ret_mode == MO_RET_NEXT_CALL) {
                    f->ret_mode = MO_RET_PUSH;
                    MO_CLEAR(f->ret_obj);
                    held = f->ret_name;
                    f->ret_name = NULL;
                }
                unlink_frame(f);
                mo_generator_inline_suspend(gen);
                f = caller;
                LOAD_FRAME();
                if (by_send) {
                    /* The yielded value is send()'s result: it replaces the generator kept on the
                     * stack (dropped last: it may own the frame just left). */
                    MoObject *g = POP();
                    PUSH(retval);
                    retval = NULL;
                    mo_decref(g);
                    break;
                }
                PUSH(retval);
                retval = NULL;
                mo_xdecref(held);
                break;
            }
            if (!f->gen) {
                mo_err_set(&mo_SystemError, "yield outside a generator frame");
                goto error;
            }
            retval = POP();
            SAVE_FRAME();
            unlink_frame(f);
            *why = WHY_YIELD;
            return retval;
        }
        case MO_OP_GET_YIELD_FROM_ITER: {
            MoObject *o = TOP();
            MoObject *fn = MO_TYPE(o) != &mo_generator_type ? inline_dunder(o, MO_PYSLOT_ITER, s_iter) : NULL;
            if (fn) {
                sp--;
                SAVE_FRAME();
                int st = call_inline(&f, fn, &o, 1, MO_RET_ITER, NULL, NULL);
                mo_decref(o);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            if (MO_TYPE(o) != &mo_generator_type) {
                MoObject *it = mo_iter(o);
                if (!it) goto error;
                SET_TOP(it);
                mo_decref(o);
            }
            break;
        }
        case MO_OP_GET_AWAITABLE:
        case MO_OP_GET_AITER: {
            MoObject *o = TOP();
            SAVE_FRAME();
            MoObject *it = MO_OP(word) == MO_OP_GET_AWAITABLE ? mo_coro_get_awaitable_iter(o) : mo_coro_get_aiter(o);
            if (!it) goto error;
            SET_TOP(it);
            mo_decref(o);
            break;
        }
        case MO_OP_ASYNC_GEN_WRAP: {
            MoObject *w = mo_async_gen_wrap(TOP());
            if (!w) goto error;
            mo_decref(TOP());
            SET_TOP(w);
            break;
        }
        case MO_OP_GET_ANEXT: {
            SAVE_FRAME();
            MoObject *it = mo_coro_get_anext(TOP());
            if (!it) goto error;
            PUSH(it);
            break;
        }
        case MO_OP_BEFORE_ASYNC_WITH: {
            MoObject *mgr = TOP();
            MoObject *exitf, *it;
            SAVE_FRAME();
            if (mo_coro_before_async_with(mgr, &exitf, &it) < 0) goto error;
            SET_TOP(exitf);
            mo_decref(mgr);
            PUSH(it);
            break;
        }
        case MO_OP_SEND: {
            MoObject *v = POP();
            MoObject *it = TOP();
            MoObject *res = NULL;
            int st;
            SAVE_FRAME();
            if (MO_TYPE(it) == &mo_generator_type) {
                MoFrame *gf;
                st = enter_generator(it, v, &gf);
                mo_decref(v);
                if (st < 0) goto error;
                if (st > 0) {
                    link_frame(gf, f);
                    f = gf;
                    LOAD_FRAME();
                    break;
                }
                /* Already finished: `yield from` evaluates to None. */
                sp--;
                mo_decref(it);
                PUSH(mo_none());
                f->ip = oparg;
                break;
            } else if (v == mo_None && (res = inline_dunder(it, MO_PYSLOT_ITERNEXT, s_next))) {
                /* `yield from` an iterator with a Python __next__: its value is yielded, a
                 * StopIteration ends the delegation (unwind). */
                mo_decref(v);
                if (call_inline(&f, res, &it, 1, MO_RET_SEND, NULL, NULL) < 0) goto error;
                LOAD_FRAME();
                break;
            } else if (v == mo_None) {
                res = mo_next(it);
                if (res) st = 0;
                else if (!mo_err_occurred()) {
                    st = 1;
                    res = mo_none();
                } else if (mo_err_matches(&mo_StopIteration)) {
                    MoObject *e = mo_err_fetch();
                    MoObject *a = MO_EXC(e)->args;
                    res = mo_newref(a && MO_TUPLE_LEN(a) ? MO_TUPLE_ITEM(a, 0) : mo_None);
                    mo_decref(e);
                    st = 1;
                } else {
                    st = -1;
                }
            } else {
                res = mo_call_method(it, "send", &v, 1);
                if (res) st = 0;
                else if (mo_err_matches(&mo_StopIteration)) {
                    MoObject *e = mo_err_fetch();
                    MoObject *a = MO_EXC(e)->args;
                    res = mo_newref(a && MO_TUPLE_LEN(a) ? MO_TUPLE_ITEM(a, 0) : mo_None);
                    mo_decref(e);
                    st = 1;
                } else {
                    st = -1;
                }
            }
            mo_decref(v);
            if (st < 0) goto error;
            if (st == 0) {
                PUSH(res);
            } else {
                sp--;
                mo_decref(it);
                PUSH(res);
                f->ip = oparg;
            }
            break;
        }
        case MO_OP_BEFORE_WITH: {
            MoObject *mgr = TOP();
            MoObject *enter = mo_type_lookup(MO_TYPE(mgr), mo_str_intern("__enter__"));
            MoObject *exitm = enter ? mo_type_lookup(MO_TYPE(mgr), mo_str_intern("__exit__")) : NULL;
            if (!enter || !exitm) {
                mo_err_format(&mo_TypeError, "'%T' object does not support the context manager protocol%s", mgr,
                              enter ? " (missed __exit__ method)" : "");
                goto error;
            }
            MoObject *exit_bound = mo_getattr(mgr, mo_str_intern("__exit__"));
            if (!exit_bound) goto error;
            if (inline_callable(enter)) {
                /* CPython looks __enter__ up on the type; run it inline with mgr as self. */
                sp--;
                PUSH(exit_bound);
                SAVE_FRAME();
                int st = call_inline(&f, enter, &mgr, 1, MO_RET_PUSH, NULL, NULL);
                mo_decref(mgr);
                if (st < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *enter_bound = mo_getattr(mgr, mo_str_intern("__enter__"));
            if (!enter_bound) {
                mo_decref(exit_bound);
                goto error;
            }
            SAVE_FRAME();
            MoObject *res = mo_call0(enter_bound);
            mo_decref(enter_bound);
            if (!res) {
                mo_decref(exit_bound);
                goto error;
            }
            SET_TOP(exit_bound);
            mo_decref(mgr);
            PUSH(res);
            break;
        }
        case MO_OP_WITH_EXCEPT_START: {
            MoObject *exc = TOP();
            MoObject *exitf = PEEK(3);
            MoObject *tb = MO_EXC_CHECK(exc) && MO_EXC(exc)->traceback ? MO_EXC(exc)->traceback : mo_None;
            MoObject *args[3] = {MO(MO_TYPE(exc)), exc, tb};
            SAVE_FRAME();
            if (MO_TYPE(exitf) == &mo_method_type && inline_callable(MO_METHOD(exitf)->func)) {
                MoObject *margs[4] = {MO_METHOD(exitf)->self, args[0], args[1], args[2]};
                if (call_inline(&f, MO_METHOD(exitf)->func, margs, 4, MO_RET_PUSH, NULL, NULL) < 0) goto error;
                LOAD_FRAME();
                break;
            }
            MoObject *res = mo_call(exitf, args, 3, NULL);
            if (!res) goto error;
            PUSH(res);
            break;
        }
        case MO_OP_MATCH_SEQUENCE: {
            bool seq = match_collection_kind(TOP()) == MATCH_TPFLAG_SEQUENCE;
            PUSH(mo_bool(seq));
            break;
        }
        case MO_OP_MATCH_MAPPING: {
            bool map = match_collection_kind(TOP()) == MATCH_TPFLAG_MAPPING;
            PUSH(mo_bool(map));
            break;
        }
        case MO_OP_GET_LEN: {
            size_t n;
            if (mo_length(TOP(), &n) < 0) goto error;
            MoObject *v = mo_int_from_u64(n);
            if (!v) goto error;
            PUSH(v);
            break;
        }
        case MO_OP_MATCH_KEYS: {
            MoObject *keys = TOP(), *subj = PEEK(2);
            SAVE_FRAME();
            MoObject *vals = match_keys(subj, keys);
            if (!vals) goto error;
            PUSH(vals);
            break;
        }
        case MO_OP_MATCH_CLASS: {
            MoObject *kwn = POP();
            MoObject *cls = POP();
            SAVE_FRAME();
            MoObject *subj = TOP();
            MoObject *res = match_class(subj, cls, oparg, kwn);
            mo_decref(kwn);
            mo_decref(cls);
            if (!res) goto error;
            SET_TOP(res);
            mo_decref(subj);
            break;
        }
        case MO_OP_COPY_DICT_WITHOUT_KEYS: {
            /* CPython: rest = {}; rest.update(subject); del rest[key] for each key. */
            MoObject *keys = TOP(), *subj = PEEK(2);
            SAVE_FRAME();
            MoObject *rest = mo_dict_new();
            if (!rest) goto error;
            if (mo_dict_update(rest, subj) < 0) {
                mo_decref(rest);
                goto error;
            }
            for (size_t i = 0; i < MO_TUPLE_LEN(keys); i++) {
                if (mo_dict_del(rest, MO_TUPLE_ITEM(keys, i)) < 0) {
                    mo_decref(rest);
                    goto error;
                }
            }
            SET_TOP(rest);
            mo_decref(keys);
            break;
        }
        default:
            mo_err_format(&mo_SystemError, "unknown opcode %d", (int)MO_OP(word));
            goto error;
        }
#ifdef MOAT_DEBUG
        if (sp > lp + MO_CODE_NLOCALSPLUS(co) + co->stacksize || sp < lp + MO_CODE_NLOCALSPLUS(co)) {
            mo_err_format(&mo_SystemError, "value stack out of bounds after %s", mo_op_name((int)MO_OP(word)));
            goto error;
        }
#endif
        continue;

    frame_return:
        /* retval is owned; the frame's stack is empty. */
        if (f->entry) {
            unlink_frame(f);
            MoFrame *done = f;
            if (done->gen) {
                done->ip = done->code->ncode; /* finished */
            }
            release_frame(done);
            *why = WHY_RETURN;
            return retval;
        }
        if (f->gen && f->ret_mode == MO_RET_NEXT_CALL) {
            /* A generator resumed by next() returned: the default, or StopIteration(value). */
            MoFrame *caller = f->back;
            MoObject *gen = f->ret_name, *dflt = f->ret_obj;
            f->ret_name = f->ret_obj = NULL;
            f->ret_mode = MO_RET_PUSH;
            unlink_frame(f);
            mo_generator_inline_finish(f->gen, false);
            f = caller;
            LOAD_FRAME();
            mo_decref(gen);
            if (dflt) {
                mo_decref(retval);
                retval = NULL;
                PUSH(dflt);
                continue;
            }
            raise_stop_iteration(retval);
            retval = NULL;
            goto error;
        }
        if (f->gen) {
            /* An inline-resumed generator returned: finish the FOR_ITER (exhausted: drop the
             * iterator and jump) or the SEND (its result is the return value) that resumed it. */
            MoFrame *caller = f->back;
            MoObject *gen = f->gen;
            bool by_send = f->ret_mode == MO_RET_GEN_SEND;
            f->ret_mode = MO_RET_PUSH;
            unlink_frame(f);
            mo_generator_inline_finish(gen, false);
            f = caller;
            LOAD_FRAME();
            if (by_send) {
                /* send() on a generator that returns raises StopIteration(value) at the CALL. */
                MoObject *g = POP();
                mo_decref(g);
                MoObject *sargs = retval == mo_None ? mo_tuple_new(0) : mo_tuple_pack(1, retval);
                mo_decref(retval);
                retval = NULL;
                MoObject *e = sargs ? mo_exception_new(&mo_StopIteration, sargs) : NULL;
                mo_xdecref(sargs);
                if (e) mo_err_restore(e);
                goto error;
            }
            if (f->drain == gen) {
                /* Drained: the CALL at lasti (ip points at it again) now runs on the list. */
                MO_CLEAR(f->drain);
                mo_decref(retval);
                retval = NULL;
                continue;
            }
            uint32_t w = code[f->lasti];
            MoObject *it = POP();
            mo_decref(it);
            if (MO_OP(w) == MO_OP_SEND) PUSH(retval);
            else mo_decref(retval);
            retval = NULL;
            f->ip = MO_ARG(w);
            continue;
        }
        if (f->init_instance) {
            /* An inline __init__ returned: the CALL's result is the instance. */
            MoFrame *caller = f->back;
            MoObject *inst = f->init_instance;
            f->init_instance = NULL;
            unlink_frame(f);
            release_frame(f);
            f = caller;
            LOAD_FRAME();
            if (retval != mo_None) {
                mo_err_format(&mo_TypeError, "__init__() should return None, not '%T'", retval);
                mo_decref(retval);
                mo_decref(inst);
                retval = NULL;
                goto error;
            }
            mo_decref(retval);
            retval = NULL;
            PUSH(inst);
            continue;
        }
        {
            MoFrame *caller = f->back;
            MoRetMode mode = (MoRetMode)f->ret_mode;
            MoObject *cstate = mode == MO_RET_CLASS ? f->ret_obj : NULL;
            if (cstate) f->ret_obj = NULL;
            MoObject *enumobj = NULL, *dlist = NULL;
            if (mode == MO_RET_ENUM || mode == MO_RET_DRAIN_MAP) {
                enumobj = f->ret_obj;
                dlist = f->ret_name;
                f->ret_obj = f->ret_name = NULL;
            }
            MoObject *lhs = NULL, *rhs = NULL;
            if (mode == MO_RET_COMPARE || mode == MO_RET_COMPARE_NE) {
                lhs = f->ret_obj;
                rhs = f->ret_name;
                f->ret_obj = f->ret_name = NULL;
            }
            /* A body that took its module out of the cache would be run again by the retried
             * IMPORT_NAME: fail as CPython's sys.modules.pop(name) does instead. */
            MoObject *gone = mode == MO_RET_IMPORT && !mo_modules_lookup_cached(MO_STR_UTF8(f->ret_name))
                                 ? mo_newref(f->ret_name)
                                 : NULL;
            unlink_frame(f);
            release_frame(f);
            f = caller;
            LOAD_FRAME();
            MoObject *v = retval;
            retval = NULL;
            switch (mode) {
            case MO_RET_DISCARD:
                mo_decref(v);
                break;
            case MO_RET_COMPARE:
            case MO_RET_COMPARE_NE: {
                MoObject *r = v;
                if (r == mo_NotImplemented) {
                    mo_decref(r);
                    r = compare_after_left(lhs, rhs, (MoCompareOp)MO_ARG(code[f->lasti]));
                } else if (mode == MO_RET_COMPARE_NE) {
                    /* object.__ne__: the inverse of what __eq__ said. */
                    int t = mo_truth(r);
                    mo_decref(r);
                    r = t < 0 ? NULL : mo_bool(!t);
                }
                mo_decref(lhs);
                mo_decref(rhs);
                if (!r) goto error;
                PUSH(r);
                break;
            }
            case MO_RET_CLASS: {
                MoObject *cls = build_class_finish(cstate);
                mo_decref(cstate);
                mo_decref(v);
                if (!cls) goto error;
                PUSH(cls);
                break;
            }
            case MO_RET_TRUTH:
            case MO_RET_NOT: {
                int t = mo_truth(v);
                mo_decref(v);
                if (t < 0) goto error;
                PUSH(mo_bool((t != 0) != (mode == MO_RET_NOT)));
                break;
            }
            case MO_RET_DRAIN_MAP: {
                /* enumobj is the map. Exhausted: the CALL at lasti (ip points at it) runs again. */
                int r = mo_list_append(dlist, v);
                mo_decref(v);
                int st = r < 0 ? -1 : drain_map_next(&f, enumobj, dlist);
                mo_decref(enumobj);
                mo_decref(dlist);
                if (st < 0) {
                    f->kwnames = NULL;
                    f->ip = f->lasti + 1;
                    goto error;
                }
                if (st > 0) LOAD_FRAME();
                break;
            }
            case MO_RET_ENUM: {
                MoObject *pair = mo_enumerate_pair(enumobj, v);
                mo_decref(enumobj);
                if (!pair) goto error;
                PUSH(pair);
                break;
            }
            case MO_RET_ITER:
                if (!MO_TYPE(v)->iternext) {
                    mo_err_format(&mo_TypeError, "iter() returned non-iterator of type '%T'", v);
                    mo_decref(v);
                    goto error;
                }
                PUSH(v);
                break;
            case MO_RET_IMPORT:
                /* The module body ran: the IMPORT_NAME finishes the import now. */
                mo_decref(v);
                if (gone) {
                    MoObject *ka = mo_tuple_pack(1, gone);
                    MoObject *exc = ka ? mo_exception_new(&mo_KeyError, ka) : NULL;
                    mo_xdecref(ka);
                    mo_decref(gone);
                    if (exc) {
                        mo_err_set_object(exc);
                        mo_decref(exc);
                    }
                    goto error;
                }
                f->ip = f->lasti;
                break;
            default:
                PUSH(v);
                break;
            }
            continue;
        }

    error:
        /* A fresh exception raised by the instruction at f->lasti. */
        SAVE_FRAME();
        if (!mo_err_occurred()) mo_err_set(&mo_SystemError, "error return without exception set");
        if (mo_vm->limit_hit == MO_LIMIT_NONE) {
            set_context(mo_vm->exc, force_context);
            mo_traceback_here(mo_vm->exc, f);
        }
        force_context = false;
    unwind:
        f->kwnames = NULL;
        if (mo_vm->limit_hit == MO_LIMIT_NONE) {
            const MoExcEntry *h = mo_code_find_handler(co, f->lasti);
            if (h) {
                MoObject **target = f->localsplus + MO_CODE_NLOCALSPLUS(co) + h->depth;
                while (sp > target) {
                    MoObject *v = POP();
                    mo_xdecref(v);
                }
                MoObject *exc = mo_err_fetch();
                PUSH(exc);
                f->ip = h->handler;
                continue;
            }
        }
        /* No handler here: drop the frame. */
        while (sp > f->localsplus + MO_CODE_NLOCALSPLUS(co)) {
            MoObject *v = POP();
            mo_xdecref(v);
        }
        SAVE_FRAME();
        if (f->entry) {
            unlink_frame(f);
            if (f->gen) f->ip = f->code->ncode;
            release_frame(f);
            *why = WHY_ERROR;
            return NULL;
        }
        {
            MoFrame *caller = f->back;
            MoObject *gen = f->gen;
            MoRetMode mode = (MoRetMode)f->ret_mode;
            bool limited = mo_vm->limit_hit != MO_LIMIT_NONE;
            if (mode == MO_RET_ATTR) attribute_error_context(f->ret_obj, f->ret_name);
            else if (mode == MO_RET_IMPORT) mo_import_abandon(f->ret_name);
            MoObject *robj = f->ret_obj, *rname = f->ret_name;
            f->ret_obj = f->ret_name = NULL;
            unlink_frame(f);
            if (gen) mo_generator_inline_finish(gen, true);
            else release_frame(f);
            f = caller;
            LOAD_FRAME();
            if (mode == MO_RET_ATTR_HOOK && !limited && mo_err_matches(&mo_AttributeError)) {
                /* A property getter raised AttributeError: fall back to __getattr__ as type.c's
                 * dispatcher does. */
                mo_err_clear();
                MoObject *hook = mo_type_getattr_hook(MO_TYPE(robj));
                MoObject *args[2] = {robj, rname};
                int st = hook ? call_inline(&f, hook, args, 2, MO_RET_ATTR, robj, rname) : -1;
                if (!hook) mo_err_set(&mo_SystemError, "__getattr__ disappeared");
                mo_decref(robj);
                mo_decref(rname);
                if (st < 0) goto error;
                LOAD_FRAME();
                continue;
            }
            mo_xdecref(robj);
            mo_xdecref(rname);
            if (mode == MO_RET_DRAIN_MAP) {
                if (mo_vm->limit_hit == MO_LIMIT_NONE && mo_err_matches(&mo_StopIteration)) {
                    /* A StopIteration from map's function ends the map for its C consumers. */
                    mo_err_clear();
                    continue;
                }
                /* The exception leaves the draining CALL (its arguments go with the stack). */
                f->kwnames = NULL;
                f->ip = f->lasti + 1;
            }
            if ((mode == MO_RET_NEXT || mode == MO_RET_ENUM) && mo_vm->limit_hit == MO_LIMIT_NONE &&
                mo_err_matches(&mo_StopIteration)) {
                /* __next__ raised StopIteration: the FOR_ITER loop ends. */
                mo_err_clear();
                MoObject *it = POP();
                mo_decref(it);
                f->ip = MO_ARG(code[f->lasti]);
                continue;
            }
            if (mode == MO_RET_SEND && mo_vm->limit_hit == MO_LIMIT_NONE && mo_err_matches(&mo_StopIteration)) {
                /* The delegated-to iterator is exhausted: `yield from` evaluates to its value. */
                MoObject *e = mo_err_fetch();
                MoObject *a = MO_EXC_CHECK(e) ? MO_EXC(e)->args : NULL;
                MoObject *val = mo_newref(a && MO_TUPLE_LEN(a) ? MO_TUPLE_ITEM(a, 0) : mo_None);
                mo_decref(e);
                MoObject *it = POP();
                mo_decref(it);
                PUSH(val);
                f->ip = MO_ARG(code[f->lasti]);
                continue;
            }
            if (gen && f->drain == gen) {
                /* The exception leaves the draining CALL (its arguments go with the stack). */
                MO_CLEAR(f->drain);
                f->kwnames = NULL;
                f->ip = f->lasti + 1;
            }
            if (mo_vm->limit_hit == MO_LIMIT_NONE) mo_traceback_here(mo_vm->exc, f);
            goto unwind;
        }
    }
}

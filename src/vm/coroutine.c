/*
 * coroutine.c: coroutines (async def), the await protocol, and host calls made by coroutines.
 *
 * A coroutine is a thin wrapper around a generator: calling an `async def` function makes a
 * generator over the function's frame (the compiler marks the code GENERATOR|COROUTINE), and
 * mo_coroutine_new hides it behind an object of type `coroutine` that is awaitable but not
 * iterable. `await x` compiles to GET_AWAITABLE and the SEND/YIELD_VALUE loop of `yield from`;
 * for a coroutine GET_AWAITABLE hands the inner generator to SEND, so awaiting runs inline in the
 * VM loop exactly like `yield from` does.
 *
 * Host calls (issue 5). A host function called from a coroutine frame does not pause the run:
 * the VM makes a `_HostCall` (mo_host_call_new), an awaitable whose first step yields itself up
 * the chain of awaits to whoever drives the coroutine -- normally asyncio's event loop
 * (src/modules/py/asyncio.py). When every task is blocked on host calls, the loop calls the
 * private `_wait(calls)` object (type mo_host_wait_type): the VM treats that CALL like a host
 * call but api.c puts ALL the calls into one CALL step (mo_api_prepare_calls) and resumes the VM
 * with a list of (ok, value-or-exception) pairs, which the loop stores into the _HostCall objects
 * before resuming the tasks. Awaiting a _HostCall the second time then returns the value or
 * raises the exception. From synchronous code a host function still pauses and returns its
 * value directly (vm.c); that includes a plain function a coroutine calls, because the loop's
 * `coro.send(None)` runs the coroutine's frame in the VM loop itself (MO_RET_GEN_SEND), so the
 * whole chain down to the host call can pause; so does coro.throw(exc) when everything the
 * coroutine awaits is a coroutine or generator (task cancellation).
 */
#include "../objects/function.h"
#include "../compile/code.h"
#include "vm.h"

/* generator.c (vm) */
MoObject *mo_generator_new(MoFrame *f);

/* Types are readied on first use (like import.c's module type): they are static, so their dicts
 * must be immortal, hence mo_vm is NULL while readying. */
static int ready_types(void) {
    static MoType *const types[] = {&mo_coroutine_type,          &mo_host_call_type,      &mo_host_wait_type,
                                    &mo_async_gen_type,          &mo_async_gen_asend_type, &mo_async_gen_wrapped_type,
                                    NULL};
    for (size_t i = 0; types[i]; i++) {
        if (types[i]->mro) continue;
        MoVM *saved = mo_vm;
        mo_vm = NULL;
        int r = mo_type_ready(types[i]);
        mo_vm = saved;
        if (r < 0) {
            mo_err_set(&mo_SystemError, "cannot ready the coroutine types");
            return -1;
        }
    }
    return 0;
}

/* ---- coroutine -------------------------------------------------------------------------------- */

typedef struct MoCoroutine {
    MO_HEAD;
    MoObject *gen;      /* the generator running the frame (owned) */
    MoObject *name;     /* str */
    MoObject *qualname; /* str */
} MoCoroutine;

#define CORO(o) ((MoCoroutine *)(o))

MoObject *mo_coroutine_new(MoFrame *f) {
    if (ready_types() < 0) {
        mo_frame_free(f);
        return NULL;
    }
    MoObject *name = f->func ? MO_FUNCTION(f->func)->name : f->code->name;
    MoObject *qualname = f->func ? MO_FUNCTION(f->func)->qualname : f->code->qualname;
    mo_incref(name);
    mo_incref(qualname);
    MoObject *gen = mo_generator_new(f);
    if (!gen) {
        mo_decref(name);
        mo_decref(qualname);
        return NULL;
    }
    MoCoroutine *c = (MoCoroutine *)mo_gc_new(&mo_coroutine_type, sizeof(MoCoroutine));
    if (!c) {
        mo_decref(gen);
        mo_decref(name);
        mo_decref(qualname);
        return NULL;
    }
    c->gen = gen;
    c->name = name;
    c->qualname = qualname;
    mo_gc_track(MO(c));
    return MO(c);
}

MoObject *mo_coroutine_generator(MoObject *coro) { return CORO(coro)->gen; }

static int coro_check_reuse(MoCoroutine *c) {
    if (mo_generator_finished(c->gen)) {
        mo_err_set(&mo_RuntimeError, "cannot reuse already awaited coroutine");
        return -1;
    }
    return 0;
}

/* The generator's own messages become the coroutine's wording. */
static MoObject *coro_fix_error(MoObject *r) {
    static const char *const from[] = {"generator raised StopIteration", "generator already executing",
                                       "can't send non-None value to a just-started generator", NULL};
    static const char *const to[] = {"coroutine raised StopIteration", "coroutine already executing",
                                     "can't send non-None value to a just-started coroutine"};
    if (!r && (mo_err_matches(&mo_RuntimeError) || mo_err_matches(&mo_ValueError) || mo_err_matches(&mo_TypeError))) {
        MoObject *e = mo_err_fetch();
        MoObject *a = MO_EXC_CHECK(e) ? MO_EXC(e)->args : NULL;
        for (size_t i = 0; from[i] && a && MO_TUPLE_LEN(a) == 1 && MO_STR_CHECK(MO_TUPLE_ITEM(a, 0)); i++) {
            if (!mo_str_eq_cstr(MO_TUPLE_ITEM(a, 0), from[i])) continue;
            MoObject *na = mo_tuple_pack(1, mo_str_intern(to[i]));
            if (na) MO_SETREF(MO_EXC(e)->args, na);
            break;
        }
        mo_err_restore(e);
    }
    return r;
}

static MoObject *coro_send(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "coroutine.send() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (coro_check_reuse(CORO(self)) < 0) return NULL;
    return coro_fix_error(mo_call_method(CORO(self)->gen, "send", args, nargs));
}

static MoObject *coro_throw(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (coro_check_reuse(CORO(self)) < 0) return NULL;
    return coro_fix_error(mo_call_method(CORO(self)->gen, "throw", args, nargs));
}

static MoObject *coro_close(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return mo_call_method(CORO(self)->gen, "close", NULL, 0);
}

static MoObject *coro_await(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (coro_check_reuse(CORO(self)) < 0) return NULL;
    return mo_newref(CORO(self)->gen);
}

static int coro_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoCoroutine *c = CORO(self);
    if (c->gen) {
        int r = visit(c->gen, arg);
        if (r) return r;
    }
    if (c->name) {
        int r = visit(c->name, arg);
        if (r) return r;
    }
    return c->qualname ? visit(c->qualname, arg) : 0;
}

static void coro_clear(MoObject *self) { MO_CLEAR(CORO(self)->gen); }

static void coro_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    MO_CLEAR(CORO(self)->gen);
    MO_CLEAR(CORO(self)->name);
    MO_CLEAR(CORO(self)->qualname);
    mo_object_free(self);
}

static MoObject *coro_repr(MoObject *self) {
    return mo_format("<coroutine object %U at %p>", CORO(self)->qualname, (void *)self);
}

static MoObject *coro_get_name(MoObject *self) { return mo_newref(CORO(self)->name); }
static MoObject *coro_get_qualname(MoObject *self) { return mo_newref(CORO(self)->qualname); }
static MoObject *coro_get_running(MoObject *self) {
    return CORO(self)->gen ? mo_getattr(CORO(self)->gen, mo_str_intern("gi_running")) : mo_bool(false);
}

/* cr_code, cr_suspended, cr_await: the wrapped generator's gi_* (None once it is gone). */
static MoObject *coro_gen_attr(MoObject *self, const char *name) {
    return CORO(self)->gen ? mo_getattr(CORO(self)->gen, mo_str_intern(name)) : mo_none();
}
static MoObject *coro_get_code(MoObject *self) { return coro_gen_attr(self, "gi_code"); }
static MoObject *coro_get_suspended(MoObject *self) { return coro_gen_attr(self, "gi_suspended"); }
static MoObject *coro_get_await(MoObject *self) { return coro_gen_attr(self, "gi_yieldfrom"); }

static const MoGetSetDef coro_getsets[] = {
    {"__name__", coro_get_name, NULL, "name"},
    {"__qualname__", coro_get_qualname, NULL, "qualified name"},
    {"cr_running", coro_get_running, NULL, "whether the coroutine is running"},
    {"cr_code", coro_get_code, NULL, "the code object"},
    {"cr_suspended", coro_get_suspended, NULL, "whether paused at an await"},
    {"cr_await", coro_get_await, NULL, "the awaitable being awaited, or None"},
    {NULL, NULL, NULL, NULL},
};

static const MoMethodDef coro_methods[] = {
    {"send", coro_send, MO_METH_INSTANCE, "send a value into the coroutine"},
    {"throw", coro_throw, MO_METH_INSTANCE, "raise an exception inside the coroutine"},
    {"close", coro_close, MO_METH_INSTANCE, "close the coroutine"},
    {"__await__", coro_await, MO_METH_INSTANCE, "an iterator to be used in await expression"},
    {NULL, NULL, 0, NULL},
};

static MoObject *coro_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_set(&mo_TypeError, "cannot create 'coroutine' instances");
    return NULL;
}

MoType mo_coroutine_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "coroutine",
    .size = sizeof(MoCoroutine),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = coro_dealloc,
    .traverse = coro_traverse,
    .clear = coro_clear,
    .vnew = coro_vnew,
    .repr = coro_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* ---- the await protocol (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH) ------------ */

MoObject *mo_coro_get_awaitable_iter(MoObject *o) {
    if (MO_TYPE(o) == &mo_coroutine_type) {
        if (coro_check_reuse(CORO(o)) < 0) return NULL;
        return mo_newref(CORO(o)->gen);
    }
    MoObject *meth = mo_lookup_special(o, "__await__");
    if (!meth) {
        if (!mo_err_occurred())
            mo_err_format(&mo_TypeError, "object %s can't be used in 'await' expression", MO_TYPE(o)->name);
        return NULL;
    }
    MoObject *it = mo_call0(meth);
    mo_decref(meth);
    if (!it) return NULL;
    if (MO_TYPE(it) == &mo_coroutine_type) {
        mo_decref(it);
        mo_err_set(&mo_TypeError, "__await__() returned a coroutine");
        return NULL;
    }
    if (!MO_TYPE(it)->iternext) {
        mo_err_format(&mo_TypeError, "__await__() returned non-iterator of type '%s'", MO_TYPE(it)->name);
        mo_decref(it);
        return NULL;
    }
    return it;
}

MoObject *mo_coro_get_aiter(MoObject *o) {
    MoObject *meth = mo_lookup_special(o, "__aiter__");
    if (!meth) {
        if (!mo_err_occurred())
            mo_err_format(&mo_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                          MO_TYPE(o)->name);
        return NULL;
    }
    MoObject *it = mo_call0(meth);
    mo_decref(meth);
    if (!it) return NULL;
    MoObject *anext = mo_type_lookup(MO_TYPE(it), mo_str_intern("__anext__"));
    if (!anext) {
        mo_err_format(&mo_TypeError,
                      "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                      MO_TYPE(it)->name);
        mo_decref(it);
        return NULL;
    }
    return it;
}

MoObject *mo_coro_get_anext(MoObject *aiter) {
    MoObject *meth = mo_lookup_special(aiter, "__anext__");
    if (!meth) {
        if (!mo_err_occurred())
            mo_err_format(&mo_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                          MO_TYPE(aiter)->name);
        return NULL;
    }
    MoObject *aw = mo_call0(meth);
    mo_decref(meth);
    if (!aw) return NULL;
    MoObject *it = mo_coro_get_awaitable_iter(aw);
    if (!it && mo_err_matches(&mo_TypeError)) {
        mo_err_clear();
        mo_err_format(&mo_TypeError, "'async for' received an invalid object from __anext__: %s", MO_TYPE(aw)->name);
    }
    mo_decref(aw);
    return it;
}

int mo_coro_before_async_with(MoObject *mgr, MoObject **exit_out, MoObject **iter_out) {
    MoObject *enter = mo_type_lookup(MO_TYPE(mgr), mo_str_intern("__aenter__"));
    MoObject *exitm = enter ? mo_type_lookup(MO_TYPE(mgr), mo_str_intern("__aexit__")) : NULL;
    if (!enter || !exitm) {
        mo_err_format(&mo_TypeError, "'%s' object does not support the asynchronous context manager protocol%s",
                      MO_TYPE(mgr)->name, enter ? " (missed __aexit__ method)" : "");
        return -1;
    }
    MoObject *exit_bound = mo_getattr(mgr, mo_str_intern("__aexit__"));
    if (!exit_bound) return -1;
    MoObject *enter_bound = mo_getattr(mgr, mo_str_intern("__aenter__"));
    MoObject *aw = enter_bound ? mo_call0(enter_bound) : NULL;
    mo_xdecref(enter_bound);
    MoObject *it = aw ? mo_coro_get_awaitable_iter(aw) : NULL;
    if (!it && aw && mo_err_matches(&mo_TypeError)) {
        mo_err_clear();
        mo_err_format(&mo_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s",
                      MO_TYPE(aw)->name);
    }
    mo_xdecref(aw);
    if (!it) {
        mo_decref(exit_bound);
        return -1;
    }
    *exit_out = exit_bound;
    *iter_out = it;
    return 0;
}

/* ---- host calls made by coroutines ------------------------------------------------------------ */

typedef struct MoHostCallObj {
    MO_HEAD;
    MoObject *name;   /* str */
    MoObject *args;   /* tuple */
    MoObject *kwargs; /* dict */
    MoObject *result; /* the answer once resolved: the value, or the exception when failed */
    bool yielded;     /* the first step (handing the call to the loop) happened */
    bool failed;
} MoHostCallObj;

#define HCALL(o) ((MoHostCallObj *)(o))

MoObject *mo_host_call_new(MoObject *name, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ready_types() < 0) return NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    MoObject *t = mo_tuple_new(nargs);
    if (!t) return NULL;
    for (size_t i = 0; i < nargs; i++) MO_TUPLE(t)->items[i] = mo_newref(args[i]);
    MoObject *kw = mo_dict_new();
    if (!kw) {
        mo_decref(t);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        if (mo_dict_set(kw, MO_TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0) {
            mo_decref(t);
            mo_decref(kw);
            return NULL;
        }
    }
    MoHostCallObj *h = (MoHostCallObj *)mo_gc_new(&mo_host_call_type, sizeof(MoHostCallObj));
    if (!h) {
        mo_decref(t);
        mo_decref(kw);
        return NULL;
    }
    h->name = mo_newref(name);
    h->args = t;
    h->kwargs = kw;
    h->result = NULL;
    h->yielded = false;
    h->failed = false;
    mo_gc_track(MO(h));
    return MO(h);
}

/* Awaiting: the first step yields the call itself to the loop; once resolved, the next step
 * returns the value (StopIteration) or raises the host's exception. */
static MoObject *hcall_iternext(MoObject *self) {
    MoHostCallObj *h = HCALL(self);
    if (!h->yielded || !h->result) {
        h->yielded = true;
        return mo_newref(self);
    }
    if (h->failed) {
        mo_err_restore(mo_newref(h->result));
        return NULL;
    }
    MoObject *a = mo_tuple_pack(1, h->result);
    if (!a) return NULL;
    MoObject *e = mo_exception_new(&mo_StopIteration, a);
    mo_decref(a);
    if (e) mo_err_restore(e);
    return NULL;
}

static MoObject *hcall_self(MoObject *self) { return mo_newref(self); }

static MoObject *hcall_await(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return mo_newref(self);
}

/* _resolve(ok, value): stores the host's answer (value, or an exception instance when not ok). */
static MoObject *hcall_resolve(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 2) {
        mo_err_set(&mo_TypeError, "_resolve() takes 2 arguments");
        return NULL;
    }
    int ok = mo_truth(args[0]);
    if (ok < 0) return NULL;
    if (!ok && !MO_EXC_CHECK(args[1])) {
        mo_err_set(&mo_TypeError, "_resolve(False, e) needs an exception instance");
        return NULL;
    }
    MO_SETREF(HCALL(self)->result, mo_newref(args[1]));
    HCALL(self)->failed = !ok;
    return mo_none();
}

static MoObject *hcall_get_name(MoObject *self) { return mo_newref(HCALL(self)->name); }
static MoObject *hcall_get_args(MoObject *self) { return mo_newref(HCALL(self)->args); }
static MoObject *hcall_get_kwargs(MoObject *self) { return mo_newref(HCALL(self)->kwargs); }
static MoObject *hcall_get_done(MoObject *self) { return mo_bool(HCALL(self)->result != NULL); }

static const MoGetSetDef hcall_getsets[] = {
    {"name", hcall_get_name, NULL, "the host function's name"},
    {"args", hcall_get_args, NULL, "positional arguments"},
    {"kwargs", hcall_get_kwargs, NULL, "keyword arguments"},
    {"done", hcall_get_done, NULL, "whether the host answered"},
    {NULL, NULL, NULL, NULL},
};

static const MoMethodDef hcall_methods[] = {
    {"__await__", hcall_await, MO_METH_INSTANCE, "the call's await iterator"},
    {"_resolve", hcall_resolve, MO_METH_INSTANCE, "store the host's answer"},
    {NULL, NULL, 0, NULL},
};

static int hcall_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoHostCallObj *h = HCALL(self);
    MoObject *refs[] = {h->name, h->args, h->kwargs, h->result};
    for (size_t i = 0; i < 4; i++) {
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static void hcall_clear(MoObject *self) {
    MO_CLEAR(HCALL(self)->args);
    MO_CLEAR(HCALL(self)->kwargs);
    MO_CLEAR(HCALL(self)->result);
}

static void hcall_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    MO_CLEAR(HCALL(self)->name);
    hcall_clear(self);
    mo_object_free(self);
}

static MoObject *hcall_repr(MoObject *self) { return mo_format("<host call %U>", HCALL(self)->name); }

static MoObject *hcall_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_set(&mo_TypeError, "cannot create '_HostCall' instances");
    return NULL;
}

MoType mo_host_call_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "_HostCall",
    .size = sizeof(MoHostCallObj),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = hcall_dealloc,
    .traverse = hcall_traverse,
    .clear = hcall_clear,
    .vnew = hcall_vnew,
    .repr = hcall_repr,
    .iter = hcall_self,
    .iternext = hcall_iternext,
    .methods = hcall_methods,
    .getsets = hcall_getsets,
};

/* ---- the batch wait: asyncio's `_wait(calls)` ---------------------------------------------------- */

int mo_host_wait_prepare(MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames)) || MO_TYPE(args[0]) != &mo_list_type || MO_LIST_LEN(args[0]) == 0) {
        mo_err_set(&mo_TypeError, "_wait() takes a non-empty list of host calls");
        return -1;
    }
    MoObject *list = args[0];
    size_t n = MO_LIST_LEN(list);
    for (size_t i = 0; i < n; i++) {
        if (MO_TYPE(MO_LIST_ITEM(list, i)) != &mo_host_call_type) {
            mo_err_set(&mo_TypeError, "_wait() takes a non-empty list of host calls");
            return -1;
        }
    }
    if (mo_vm->limits.host_calls > 0 && mo_vm->host_calls_used + (int64_t)n > mo_vm->limits.host_calls) {
        mo_limit_fire(MO_LIMIT_HOST_CALLS, "host call limit exceeded");
        return -1;
    }
    MoObject **names = mo_alloc(3 * n * sizeof(MoObject *));
    if (!names) {
        mo_err_nomemory();
        return -1;
    }
    MoObject **targs = names + n, **kws = names + 2 * n;
    for (size_t i = 0; i < n; i++) {
        MoHostCallObj *h = HCALL(MO_LIST_ITEM(list, i));
        names[i] = h->name;
        targs[i] = h->args;
        kws[i] = h->kwargs;
    }
    int r = mo_api_prepare_calls(n, names, targs, kws);
    mo_free(names);
    if (r < 0) return -1;
    mo_vm->host_calls_used += (int64_t)n;
    return 0;
}

/* Reached only when something other than the VM's CALL calls the object (a C caller such as
 * map()); the VM handles a direct CALL itself, pausing the run. */
static MoObject *wait_call(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_set(&mo_RuntimeError, "host function 'asyncio' cannot be called from inside a function called from C code");
    return NULL;
}

static MoObject *wait_repr(MoObject *self) { return mo_str_from_cstr("<asyncio host wait>"); }

MoType mo_host_wait_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "_HostWait",
    .size = sizeof(MoObject),
    .base = &mo_object_type,
    .repr = wait_repr,
    .call = wait_call,
};

/* ---- module asyncio (C part; the loop is src/modules/py/asyncio.py) ---------------------------- */

int mo_module_asyncio_init(MoObject *module, MoObject *dict) {
    if (ready_types() < 0) return -1;
    MoObject *w = mo_object_new(&mo_host_wait_type);
    if (!w) return -1;
    int r = mo_dict_set_str(dict, "_wait", w);
    mo_decref(w);
    if (r == 0) r = mo_dict_set_str(dict, "_HostCall", MO(&mo_host_call_type));
    if (r == 0) r = mo_dict_set_str(dict, "_CoroutineType", MO(&mo_coroutine_type));
    return r;
}

/* ---- async generators ---------------------------------------------------------------------------
 * An async generator is, like a coroutine, a wrapper around a generator over the frame. Its
 * `yield v` compiles to ASYNC_GEN_WRAP + YIELD_VALUE, so the generator yields a wrapped value;
 * everything else the generator yields comes from an await inside it and must travel on to the
 * event loop. __anext__/asend/athrow/aclose return an awaitable (type async_generator_asend) that
 * steps the generator: a wrapped value ends the await with that value (StopIteration), the
 * generator returning ends it with StopAsyncIteration, any other yield is passed up. */

typedef struct MoWrapped {
    MO_HEAD;
    MoObject *value;
} MoWrapped;

static int wrapped_traverse(MoObject *self, MoVisit visit, void *arg) {
    return ((MoWrapped *)self)->value ? visit(((MoWrapped *)self)->value, arg) : 0;
}

static void wrapped_clear(MoObject *self) { MO_CLEAR(((MoWrapped *)self)->value); }

static void wrapped_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    wrapped_clear(self);
    mo_object_free(self);
}

MoType mo_async_gen_wrapped_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "async_generator_wrapped_value",
    .size = sizeof(MoWrapped),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = wrapped_dealloc,
    .traverse = wrapped_traverse,
    .clear = wrapped_clear,
};

MoObject *mo_async_gen_wrap(MoObject *value) {
    if (ready_types() < 0) return NULL;
    MoWrapped *w = (MoWrapped *)mo_gc_new(&mo_async_gen_wrapped_type, sizeof(MoWrapped));
    if (!w) return NULL;
    w->value = mo_newref(value);
    mo_gc_track(MO(w));
    return MO(w);
}

MoObject *mo_async_gen_new(MoFrame *f) {
    MoObject *c = mo_coroutine_new(f);
    if (!c) return NULL;
    /* Same layout as a coroutine; only the type differs. */
    c->type = &mo_async_gen_type;
    return c;
}

enum { AS_SEND = 0, AS_THROW = 1, AS_CLOSE = 2 };

typedef struct MoASend {
    MO_HEAD;
    MoObject *agen;  /* the async generator (owned) */
    MoObject *value; /* asend: the value to send first; athrow: the exception instance */
    int mode;
    int state; /* 0 not started, 1 running, 2 finished */
} MoASend;

#define ASEND(o) ((MoASend *)(o))

static MoObject *asend_new(MoObject *agen, MoObject *value, int mode) {
    MoASend *a = (MoASend *)mo_gc_new(&mo_async_gen_asend_type, sizeof(MoASend));
    if (!a) return NULL;
    a->agen = mo_newref(agen);
    a->value = value ? mo_newref(value) : NULL;
    a->mode = mode;
    a->state = 0;
    mo_gc_track(MO(a));
    return MO(a);
}

static MoObject *stop_with(MoObject *value) {
    MoObject *args = mo_tuple_pack(1, value);
    MoObject *e = args ? mo_exception_new(&mo_StopIteration, args) : NULL;
    mo_xdecref(args);
    if (e) mo_err_restore(e);
    return NULL;
}

/* Interprets what one step of the generator gave: r (new reference, a yielded value) or NULL with
 * the generator's exception (StopIteration: it returned). */
static MoObject *asend_result(MoASend *a, MoObject *r) {
    if (r) {
        if (MO_TYPE(r) == &mo_async_gen_wrapped_type) {
            a->state = 2;
            if (a->mode == AS_CLOSE) {
                mo_decref(r);
                mo_err_set(&mo_RuntimeError, "async generator ignored GeneratorExit");
                return NULL;
            }
            MoObject *v = mo_newref(((MoWrapped *)r)->value);
            mo_decref(r);
            stop_with(v);
            mo_decref(v);
            return NULL;
        }
        return r; /* an await inside the generator: on to the loop */
    }
    a->state = 2;
    if (a->mode == AS_CLOSE) {
        if (mo_err_matches(&mo_StopIteration) || mo_err_matches(&mo_GeneratorExit) ||
            mo_err_matches(&mo_StopAsyncIteration)) {
            mo_err_clear();
            return stop_with(mo_None);
        }
        return NULL;
    }
    if (mo_err_matches(&mo_StopIteration)) {
        mo_err_clear();
        mo_err_set(&mo_StopAsyncIteration, NULL);
    }
    return NULL;
}

static MoObject *asend_step(MoASend *a, MoObject *send, MoObject *throw_args) {
    if (a->state == 2) {
        mo_err_set(&mo_RuntimeError, a->mode == AS_SEND ? "cannot reuse already awaited __anext__()/asend()"
                                                        : "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    MoObject *gen = CORO(a->agen)->gen;
    MoObject *r;
    if (a->state == 0 && a->mode != AS_SEND) {
        a->state = 1;
        if (mo_generator_finished(gen)) {
            a->state = 2;
            if (a->mode == AS_CLOSE) return stop_with(mo_None);
            mo_err_restore(mo_newref(a->value));
            return NULL;
        }
        MoObject *arg = a->value;
        r = mo_call_method(gen, "throw", &arg, 1);
    } else if (throw_args) {
        a->state = 1;
        r = mo_call_method(gen, "throw", MO_TUPLE(throw_args)->items, MO_TUPLE_LEN(throw_args));
    } else {
        MoObject *v = send;
        if (a->state == 0) {
            a->state = 1;
            if (v == mo_None && a->value) v = a->value;
            if (mo_generator_finished(gen)) {
                a->state = 2;
                mo_err_set(&mo_StopAsyncIteration, NULL);
                return NULL;
            }
        }
        r = mo_call_method(gen, "send", &v, 1);
    }
    return asend_result(a, r);
}

static MoObject *asend_iternext(MoObject *self) { return asend_step(ASEND(self), mo_None, NULL); }

static MoObject *asend_send(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) {
        mo_err_set(&mo_TypeError, "send() takes exactly one argument");
        return NULL;
    }
    return asend_step(ASEND(self), args[0], NULL);
}

static MoObject *asend_throw(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *t = mo_tuple_new(nargs);
    if (!t) return NULL;
    for (size_t i = 0; i < nargs; i++) MO_TUPLE(t)->items[i] = mo_newref(args[i]);
    MoObject *r = asend_step(ASEND(self), NULL, t);
    mo_decref(t);
    return r;
}

static MoObject *asend_close(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    ASEND(self)->state = 2;
    return mo_none();
}

static MoObject *asend_await(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return mo_newref(self);
}

static int asend_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoASend *a = ASEND(self);
    if (a->agen) {
        int r = visit(a->agen, arg);
        if (r) return r;
    }
    return a->value ? visit(a->value, arg) : 0;
}

static void asend_clear(MoObject *self) {
    MO_CLEAR(ASEND(self)->agen);
    MO_CLEAR(ASEND(self)->value);
}

static void asend_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    asend_clear(self);
    mo_object_free(self);
}

static const MoMethodDef asend_methods[] = {
    {"send", asend_send, MO_METH_INSTANCE, "send a value"},
    {"throw", asend_throw, MO_METH_INSTANCE, "raise an exception"},
    {"close", asend_close, MO_METH_INSTANCE, "close"},
    {"__await__", asend_await, MO_METH_INSTANCE, "the await iterator"},
    {NULL, NULL, 0, NULL},
};

static MoObject *asend_iter(MoObject *self) { return mo_newref(self); }

MoType mo_async_gen_asend_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "async_generator_asend",
    .size = sizeof(MoASend),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .clear = asend_clear,
    .iter = asend_iter,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

static MoObject *agen_aiter(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return mo_newref(self);
}

static MoObject *agen_anext(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return asend_new(self, NULL, AS_SEND);
}

static MoObject *agen_asend(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) {
        mo_err_set(&mo_TypeError, "asend() takes exactly one argument");
        return NULL;
    }
    return asend_new(self, args[0], AS_SEND);
}

static MoObject *agen_athrow(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs < 1) {
        mo_err_set(&mo_TypeError, "athrow expected at least 1 argument, got 0");
        return NULL;
    }
    MoObject *t = args[0];
    MoObject *exc;
    if (mo_isinstance_type(t, &mo_type_type) && mo_type_is_subtype((MoType *)t, &mo_BaseException)) {
        exc = nargs >= 2 && args[1] != mo_None ? (MO_EXC_CHECK(args[1]) ? mo_newref(args[1]) : mo_call1(t, args[1]))
                                              : mo_call0(t);
        if (!exc) return NULL;
    } else if (MO_EXC_CHECK(t)) {
        exc = mo_newref(t);
    } else {
        mo_err_format(&mo_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                      MO_TYPE(t)->name);
        return NULL;
    }
    MoObject *a = asend_new(self, exc, AS_THROW);
    mo_decref(exc);
    return a;
}

static MoObject *agen_aclose(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *exc = mo_exception_new(&mo_GeneratorExit, NULL);
    if (!exc) return NULL;
    MoObject *a = asend_new(self, exc, AS_CLOSE);
    mo_decref(exc);
    return a;
}

static MoObject *agen_repr(MoObject *self) {
    return mo_format("<async_generator object %U at %p>", CORO(self)->qualname, (void *)self);
}

static const MoMethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, MO_METH_INSTANCE, "return self"},
    {"__anext__", agen_anext, MO_METH_INSTANCE, "an awaitable of the next value"},
    {"asend", agen_asend, MO_METH_INSTANCE, "send a value, return an awaitable"},
    {"athrow", agen_athrow, MO_METH_INSTANCE, "raise an exception inside, return an awaitable"},
    {"aclose", agen_aclose, MO_METH_INSTANCE, "close, return an awaitable"},
    {NULL, NULL, 0, NULL},
};

static const MoGetSetDef agen_getsets[] = {
    {"__name__", coro_get_name, NULL, "name"},
    {"__qualname__", coro_get_qualname, NULL, "qualified name"},
    {"ag_running", coro_get_running, NULL, "whether the generator is running"},
    {NULL, NULL, NULL, NULL},
};

static MoObject *agen_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_set(&mo_TypeError, "cannot create 'async_generator' instances");
    return NULL;
}

MoType mo_async_gen_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "async_generator",
    .size = sizeof(MoCoroutine),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = coro_dealloc,
    .traverse = coro_traverse,
    .clear = coro_clear,
    .vnew = agen_vnew,
    .repr = agen_repr,
    .methods = agen_methods,
    .getsets = agen_getsets,
};

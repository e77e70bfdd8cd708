/*
 * generator.c: generator objects.
 *
 * A generator owns a suspended frame (frames already live on the heap). Resuming it runs the frame
 * as the entry frame of a nested loop (mo_vm_run_generator_frame) until it yields, returns or
 * raises. The generator keeps its own "exception being handled" across suspensions, swapped with
 * the VM's on every resume, so an except block that yields does not leak into the caller.
 */
#include <string.h>

#include "../compile/opcodes.h"
#include "../objects/function.h"
#include "vm.h"

typedef struct MoGenerator {
    MO_HEAD;
    MoFrame *frame;      /* owned; NULL once finished */
    MoObject *name;      /* str */
    MoObject *qualname;  /* str */
    MoObject *exc_state; /* the generator's handled exception while suspended, or NULL */
    MoObject *code;      /* owned: the code object (gi_code outlives the frame) */
    bool running;
} MoGenerator;

#define GEN(o) ((MoGenerator *)(o))

enum { WHY_RETURN = 0, WHY_YIELD = 1, WHY_PAUSE = 2, WHY_ERROR = 3 };

MoObject *mo_vm_run_generator_frame(MoFrame *f, MoObject *send, bool throw_exc, int *why);

MoObject *mo_generator_new(MoFrame *f) {
    MoGenerator *g = (MoGenerator *)mo_gc_new(&mo_generator_type, sizeof(MoGenerator));
    if (!g) {
        mo_frame_free(f);
        return NULL;
    }
    g->frame = f;
    f->gen = MO(g);
    MoFunction *fn = f->func ? MO_FUNCTION(f->func) : NULL;
    g->name = mo_newref(fn ? fn->name : f->code->name);
    g->qualname = mo_newref(fn ? fn->qualname : f->code->qualname);
    g->code = mo_newref(MO(f->code));
    mo_gc_track(MO(g));
    return MO(g);
}

static void gen_drop_frame(MoGenerator *g) {
    MoFrame *f = g->frame;
    if (!f) return;
    g->frame = NULL;
    f->gen = NULL;
    mo_frame_free(f);
}

static bool gen_finished(MoGenerator *g) { return !g->frame || g->frame->ip >= g->frame->code->ncode; }

bool mo_generator_finished(MoObject *gen) { return gen_finished(GEN(gen)); }

/* Resumes the generator: 0 yielded (*result), 1 returned (*result), -1 error. If throw_exc the
 * current exception is raised inside the generator. */
static int gen_resume(MoGenerator *g, MoObject *value, bool throw_exc, MoObject **result) {
    *result = NULL;
    if (g->running) {
        if (throw_exc) mo_err_clear();
        mo_err_set(&mo_ValueError, "generator already executing");
        return -1;
    }
    if (gen_finished(g)) {
        gen_drop_frame(g);
        if (throw_exc) return -1;
        *result = mo_none();
        return 1;
    }
    MoFrame *f = g->frame;
    bool started = f->ip > 0;
    if (!started && !throw_exc && value && value != mo_None) {
        mo_err_set(&mo_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    MoVMFrames *vf = mo_vm->frames;
    MoObject *outer = vf->exc_info;
    vf->exc_info = g->exc_state;
    g->exc_state = NULL;
    g->running = true;
    mo_incref(MO(g));
    int why;
    MoObject *r = mo_vm_run_generator_frame(f, started ? (value ? value : mo_None) : NULL, throw_exc, &why);
    g->running = false;
    g->exc_state = vf->exc_info;
    vf->exc_info = outer;
    int status;
    if (why == WHY_YIELD) {
        *result = r;
        status = 0;
    } else if (why == WHY_RETURN) {
        gen_drop_frame(g);
        MO_CLEAR(g->exc_state);
        *result = r;
        status = 1;
    } else {
        gen_drop_frame(g);
        MO_CLEAR(g->exc_state);
        if (mo_err_matches(&mo_StopIteration) && mo_vm->limit_hit == MO_LIMIT_NONE) {
            MoObject *inner = mo_err_fetch();
            mo_err_set(&mo_RuntimeError, "generator raised StopIteration");
            MoObject *outer_exc = mo_vm->exc;
            if (outer_exc && MO_EXC_CHECK(outer_exc)) {
                MO_SETREF(MO_EXC(outer_exc)->cause, mo_newref(inner));
                MO_SETREF(MO_EXC(outer_exc)->context, inner);
                MO_EXC(outer_exc)->suppress_context = true;
            } else {
                mo_decref(inner);
            }
        }
        status = -1;
    }
    mo_decref(MO(g));
    return status;
}

/* ---- inline resumption by the loop ----------------------------------------------------------
 * FOR_ITER and SEND resume a generator by linking its frame above the current one in the same
 * loop, so a generator driven by a for loop or `yield from` may pause the run for a host call.
 * The handled-exception state is swapped symmetrically on entry and exit: while the generator
 * runs, g->exc_state holds its caller's. */

static void gen_swap_exc(MoGenerator *g) {
    MoVMFrames *vf = mo_vm->frames;
    MoObject *t = vf->exc_info;
    vf->exc_info = g->exc_state;
    g->exc_state = t;
}

int mo_generator_inline_enter(MoObject *gen, MoObject *value, MoFrame **out) {
    MoGenerator *g = GEN(gen);
    if (g->running) {
        mo_err_set(&mo_ValueError, "generator already executing");
        return -1;
    }
    if (gen_finished(g)) {
        gen_drop_frame(g);
        return 0;
    }
    MoFrame *f = g->frame;
    bool started = f->ip > 0;
    if (!started && value != mo_None) {
        mo_err_set(&mo_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (started) *f->sp++ = mo_newref(value);
    g->running = true;
    f->entry = false;
    f->ret_mode = MO_RET_PUSH;
    gen_swap_exc(g);
    *out = f;
    return 1;
}

void mo_generator_inline_suspend(MoObject *gen) {
    MoGenerator *g = GEN(gen);
    g->running = false;
    gen_swap_exc(g);
}

void mo_generator_inline_finish(MoObject *gen, bool error) {
    MoGenerator *g = GEN(gen);
    g->running = false;
    gen_swap_exc(g);
    MO_CLEAR(g->exc_state);
    gen_drop_frame(g);
    if (error && mo_vm->limit_hit == MO_LIMIT_NONE && mo_err_matches(&mo_StopIteration)) {
        MoObject *inner = mo_err_fetch();
        bool coro = MO_CODE(g->code)->flags & MO_CO_COROUTINE;
        mo_err_set(&mo_RuntimeError, coro ? "coroutine raised StopIteration" : "generator raised StopIteration");
        MoObject *outer_exc = mo_vm->exc;
        if (outer_exc && MO_EXC_CHECK(outer_exc)) {
            MO_SETREF(MO_EXC(outer_exc)->cause, mo_newref(inner));
            MO_SETREF(MO_EXC(outer_exc)->context, inner);
            MO_EXC(outer_exc)->suppress_context = true;
        } else {
            mo_decref(inner);
        }
    }
}

MoObject *mo_generator_inline_send_target(MoObject *callable, MoObject *value) {
    if (MO_TYPE(callable) != &mo_builtin_function_type) return NULL;
    MoBuiltinFunction *bf = (MoBuiltinFunction *)callable;
    if (!bf->self || strcmp(bf->def->name, "send") != 0) return NULL;
    MoObject *gen = NULL;
    if (MO_TYPE(bf->self) == &mo_generator_type) gen = bf->self;
    else if (MO_TYPE(bf->self) == &mo_coroutine_type) gen = mo_coroutine_generator(bf->self);
    if (!gen) return NULL;
    MoGenerator *g = GEN(gen);
    if (g->running || gen_finished(g)) return NULL;
    if (g->frame->ip == 0 && value != mo_None) return NULL;
    return gen;
}

/* The generator a throw() would reach through bound method callable, or NULL. */
static MoGenerator *throw_receiver(MoObject *callable) {
    if (MO_TYPE(callable) != &mo_builtin_function_type) return NULL;
    MoBuiltinFunction *bf = (MoBuiltinFunction *)callable;
    if (!bf->self || strcmp(bf->def->name, "throw") != 0) return NULL;
    if (MO_TYPE(bf->self) == &mo_generator_type) return GEN(bf->self);
    if (MO_TYPE(bf->self) == &mo_coroutine_type) return GEN(mo_coroutine_generator(bf->self));
    return NULL;
}

static MoObject *gen_delegate(MoGenerator *g);

MoObject *mo_generator_inline_throw_target(MoObject *callable, MoObject *const *args, size_t nargs,
                                           int64_t *depth_out) {
    if (nargs != 1 || !MO_EXC_CHECK(args[0]) || mo_isinstance_type(args[0], &mo_GeneratorExit)) return NULL;
    MoGenerator *g = throw_receiver(callable);
    MoGenerator *first = g;
    int64_t depth = 0;
    while (g) {
        if (g->running || gen_finished(g) || g->frame->ip == 0) return NULL;
        depth++;
        MoObject *d = gen_delegate(g);
        if (!d) break;
        /* Other delegates (a Python __await__ iterator, a _HostCall) take the nested path. */
        if (MO_TYPE(d) != &mo_generator_type) return NULL;
        g = GEN(d);
    }
    *depth_out = depth;
    return first ? MO(first) : NULL;
}

MoObject *mo_generator_inline_enter_throw(MoObject *gen, MoFrame **out) {
    MoGenerator *g = GEN(gen);
    MoObject *d = gen_delegate(g);
    MoFrame *f = g->frame;
    if (d) {
        /* Suspended at the YIELD_VALUE of a SEND loop: resume as SEND would have left it (the
         * delegate on the stack, SEND the instruction being executed), so the delegate's yield,
         * return or exception finishes that SEND (vm.c). */
        f->ip -= 1;
        f->lasti = f->ip - 1;
    }
    g->running = true;
    f->entry = false;
    f->ret_mode = MO_RET_PUSH;
    gen_swap_exc(g);
    *out = f;
    return d;
}

int mo_generator_send_ex(MoObject *gen, MoObject *value, MoObject **result) {
    return gen_resume(GEN(gen), value, false, result);
}

/* Raises StopIteration carrying a generator's return value (stolen); returns NULL. */
static MoObject *stop_iteration_with(MoObject *value) {
    MoObject *args = value == mo_None ? mo_tuple_new(0) : mo_tuple_pack(1, value);
    mo_decref(value);
    if (!args) return NULL;
    MoObject *e = mo_exception_new(&mo_StopIteration, args);
    mo_decref(args);
    if (e) mo_err_restore(e);
    return NULL;
}

static MoObject *gen_iternext(MoObject *self) {
    MoObject *r;
    int st = gen_resume(GEN(self), mo_None, false, &r);
    if (st == 0) return r;
    if (st == 1) {
        /* Exhausted: NULL without an exception (mo_next's protocol). The return value only
         * matters to `yield from`, which resumes generators through mo_generator_send_ex. */
        mo_decref(r);
        return NULL;
    }
    return NULL;
}

static MoObject *gen_iter(MoObject *self) { return mo_newref(self); }

static MoObject *gen_send(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    MoObject *r;
    int st = gen_resume(GEN(self), args[0], false, &r);
    if (st == 0) return r;
    if (st == 1) return stop_iteration_with(r);
    return NULL;
}

/* The iterator a suspended generator delegates to (`yield from`, `await`), borrowed, or NULL. The
 * frame then stopped at the YIELD_VALUE of a SEND loop, with the sub-iterator on top of its stack. */
static MoObject *gen_delegate(MoGenerator *g) {
    MoFrame *f = g->frame;
    if (!f || g->running || f->ip < 2 || f->ip >= f->code->ncode) return NULL;
    const uint32_t *code = f->code->code;
    if (MO_OP(code[f->ip - 1]) != MO_OP_YIELD_VALUE || MO_OP(code[f->ip - 2]) != MO_OP_SEND) return NULL;
    return f->sp[-1];
}

/* Closes a delegate as CPython's gen_close_iter: its close() if it has one. 0 or -1. */
static int close_delegate(MoObject *yf) {
    MoObject *meth = mo_getattr(yf, mo_str_intern("close"));
    if (!meth) {
        if (!mo_err_matches(&mo_AttributeError)) return -1;
        mo_err_clear();
        return 0;
    }
    MoObject *r = mo_call0(meth);
    mo_decref(meth);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

/* The delegate has finished (the exception set is its StopIteration or its error): drop it from
 * the frame and leave the SEND loop, then resume the generator with the delegate's return value or
 * raise the error at that point, as CPython's gen_throw does. */
static int gen_leave_delegation(MoGenerator *g, MoObject **result) {
    MoFrame *f = g->frame;
    MoObject *yf = *--f->sp;
    mo_decref(yf);
    f->ip = MO_ARG(f->code->code[f->ip - 2]);
    if (mo_err_matches(&mo_StopIteration)) {
        MoObject *e = mo_err_fetch();
        MoObject *a = MO_EXC(e)->args;
        MoObject *value = mo_newref(a && MO_TUPLE_LEN(a) ? MO_TUPLE_ITEM(a, 0) : mo_None);
        mo_decref(e);
        int st = gen_resume(g, value, false, result);
        mo_decref(value);
        return st;
    }
    return gen_resume(g, NULL, true, result);
}

/* gen.throw(exc) for a generator suspended in `yield from`/`await`: the exception goes to the
 * delegate first (GeneratorExit closes it). Returns as gen_resume, or 2 when the generator itself
 * must raise exc (no delegate, or the delegate has no throw()). Steals exc. */
static int gen_throw_delegate(MoGenerator *g, MoObject *exc, MoObject **result) {
    MoObject *yf = gen_delegate(g);
    if (!yf) return 2;
    mo_incref(yf);
    int st;
    if (mo_isinstance_type(exc, &mo_GeneratorExit)) {
        g->running = true;
        int err = close_delegate(yf);
        g->running = false;
        mo_decref(yf);
        if (err == 0) return 2;
        mo_decref(exc);
        return gen_resume(g, NULL, true, result);
    }
    MoObject *meth = mo_getattr(yf, mo_str_intern("throw"));
    if (!meth) {
        mo_decref(yf);
        if (!mo_err_matches(&mo_AttributeError)) {
            mo_decref(exc);
            return gen_resume(g, NULL, true, result);
        }
        mo_err_clear();
        return 2;
    }
    g->running = true;
    MoObject *r = mo_call1(meth, exc);
    g->running = false;
    mo_decref(meth);
    mo_decref(exc);
    mo_decref(yf);
    if (r) {
        *result = r;
        return 0;
    }
    st = gen_leave_delegation(g, result);
    return st;
}

static MoObject *gen_throw(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (nargs < 1 || nargs > 3) {
        mo_err_set(&mo_TypeError, "throw expected at least 1 argument");
        return NULL;
    }
    MoObject *t = args[0];
    MoObject *exc;
    if (mo_isinstance_type(t, &mo_type_type) && mo_type_is_subtype((MoType *)t, &mo_BaseException)) {
        if (nargs >= 2 && args[1] != mo_None) {
            if (MO_EXC_CHECK(args[1])) exc = mo_newref(args[1]);
            else exc = mo_call1(t, args[1]);
        } else {
            exc = mo_call0(t);
        }
        if (!exc) return NULL;
    } else if (MO_EXC_CHECK(t)) {
        if (nargs >= 2 && args[1] != mo_None) {
            mo_err_set(&mo_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = mo_newref(t);
    } else {
        mo_err_format(&mo_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T", t);
        return NULL;
    }
    MoObject *r = NULL;
    int st = gen_throw_delegate(GEN(self), mo_newref(exc), &r);
    if (st == 2) {
        mo_err_restore(exc);
        st = gen_resume(GEN(self), NULL, true, &r);
    } else {
        mo_decref(exc);
    }
    if (st == 0) return r;
    if (st == 1) return stop_iteration_with(r);
    return NULL;
}

static MoObject *gen_close(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoGenerator *g = GEN(self);
    if (gen_finished(g) || g->frame->ip == 0) {
        gen_drop_frame(g);
        return mo_none();
    }
    MoObject *yf = gen_delegate(g);
    int err = 0;
    if (yf) {
        mo_incref(yf);
        g->running = true;
        err = close_delegate(yf);
        g->running = false;
        mo_decref(yf);
    }
    if (err == 0) {
        MoObject *exc = mo_exception_new(&mo_GeneratorExit, NULL);
        if (!exc) return NULL;
        mo_err_restore(exc);
    }
    MoObject *r;
    int st = gen_resume(g, NULL, true, &r);
    if (st == 0) {
        mo_decref(r);
        mo_err_set(&mo_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (st == 1) {
        mo_decref(r);
        return mo_none();
    }
    if (mo_err_matches(&mo_GeneratorExit) || mo_err_matches(&mo_StopIteration)) {
        mo_err_clear();
        return mo_none();
    }
    return NULL;
}

static int gen_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoGenerator *g = GEN(self);
    if (g->frame && !g->running) {
        int r = mo_frame_traverse(g->frame, visit, arg);
        if (r) return r;
    }
    if (g->exc_state) {
        int r = visit(g->exc_state, arg);
        if (r) return r;
    }
    if (g->name) {
        int r = visit(g->name, arg);
        if (r) return r;
    }
    if (g->code) {
        int r = visit(g->code, arg);
        if (r) return r;
    }
    return g->qualname ? visit(g->qualname, arg) : 0;
}

static void gen_clear(MoObject *self) {
    MoGenerator *g = GEN(self);
    if (!g->running) gen_drop_frame(g);
    MO_CLEAR(g->exc_state);
}

/* Whether dropping the last reference must close the generator first, as CPython's finalizer
 * does: only a started, suspended generator whose yield sits inside a try/with block can run
 * code on close, and only while the run is in a normal state (not collecting cycles, not tearing
 * the frames down, no limit hit). */
static bool gen_needs_finalize(MoGenerator *g) {
    MoFrame *f = g->frame;
    if (!f || g->running || f->ip == 0 || gen_finished(g)) return false;
    if (!mo_vm || !mo_vm->frames || mo_vm->frames->clearing || mo_vm->gc_collecting) return false;
    if (mo_vm->limit_hit != MO_LIMIT_NONE) return false;
    return mo_code_find_handler(f->code, f->lasti) != NULL;
}

static void gen_dealloc(MoObject *self) {
    MoGenerator *g = GEN(self);
    mo_gc_untrack(self);
    if (gen_needs_finalize(g)) {
        /* Resurrect for the duration of close(); errors are ignored as CPython's "Exception
         * ignored in" (which prints to stderr; we stay silent). */
        self->refcnt = 1;
        MoObject *saved = mo_err_fetch();
        MoObject *r = gen_close(self, NULL, 0, NULL);
        if (r) mo_decref(r);
        else mo_err_clear();
        if (saved) mo_err_restore(saved);
        if (--self->refcnt != 0) {
            mo_gc_track(self);
            return;
        }
    }
    gen_drop_frame(g);
    MO_CLEAR(g->exc_state);
    MO_CLEAR(g->name);
    MO_CLEAR(g->qualname);
    MO_CLEAR(g->code);
    mo_object_free(self);
}

static MoObject *gen_repr(MoObject *self) {
    return mo_format("<generator object %U at %p>", GEN(self)->qualname, (void *)self);
}

static MoObject *gen_get_name(MoObject *self) { return mo_newref(GEN(self)->name); }
static MoObject *gen_get_qualname(MoObject *self) { return mo_newref(GEN(self)->qualname); }
static MoObject *gen_get_running(MoObject *self) { return mo_bool(GEN(self)->running); }
static MoObject *gen_get_code(MoObject *self) { return mo_newref(GEN(self)->code); }
/* Paused at a yield (CPython's FRAME_SUSPENDED): started, not running, not finished. */
static MoObject *gen_get_suspended(MoObject *self) {
    MoGenerator *g = GEN(self);
    return mo_bool(!g->running && !gen_finished(g) && g->frame->ip > 0);
}
static MoObject *gen_get_yieldfrom(MoObject *self) {
    MoObject *yf = gen_delegate(GEN(self));
    return yf ? mo_newref(yf) : mo_none();
}

static const MoGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL, "name"},
    {"__qualname__", gen_get_qualname, NULL, "qualified name"},
    {"gi_running", gen_get_running, NULL, "running"},
    {"gi_code", gen_get_code, NULL, "the code object"},
    {"gi_suspended", gen_get_suspended, NULL, "whether paused at a yield"},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, "the iterator `yield from` delegates to, or None"},
    {NULL, NULL, NULL, NULL},
};

static const MoMethodDef gen_methods[] = {
    {"send", gen_send, MO_METH_INSTANCE, "send a value into the generator"},
    {"throw", gen_throw, MO_METH_INSTANCE, "raise an exception inside the generator"},
    {"close", gen_close, MO_METH_INSTANCE, "close the generator"},
    {NULL, NULL, 0, NULL},
};

static MoObject *gen_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    mo_err_set(&mo_TypeError, "cannot create 'generator' instances");
    return NULL;
}

MoType mo_generator_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "generator",
    .size = sizeof(MoGenerator),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .vnew = gen_vnew,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/*
 * errors.c: the current exception.
 *
 * The current exception is an exception instance owned by mo_vm->exc (or, before any run exists,
 * by a process-wide slot used only during start-up). Raising builds the instance eagerly; that
 * keeps one representation everywhere and makes fetch/restore trivial.
 *
 * MemoryError must be raisable when the accounted heap is exhausted, so it never allocates: the
 * runtime creates one immortal MemoryError instance at start-up and mo_err_nomemory raises it.
 * Because that instance outlives every run, the fields a run may attach to it (traceback, context,
 * cause, notes, dict) are reset to NULL *without* releasing them each time it is raised: what they
 * pointed to belongs to the run's heap, which may already be gone, and leaking into a live run's
 * heap is harmless because the run's allocator releases everything at the end.
 */
#include <string.h>

#include "object.h"
#include "state.h"

static MoObject *boot_exc;

static MoObject **exc_slot(void) { return mo_vm ? &mo_vm->exc : &boot_exc; }

/* The immortal MemoryError instance; created by mo_errors_init. */
static MoException *memory_error_inst;

int mo_errors_init(void) {
    if (memory_error_inst) return 0;
    MoObject *e = mo_exception_new(&mo_MemoryError, NULL);
    if (!e) return -1;
    e->refcnt = MO_IMMORTAL_REFCNT;
    memory_error_inst = MO_EXC(e);
    return 0;
}

void mo_err_restore(MoObject *exc) {
    MoObject **slot = exc_slot();
    MoObject *old = *slot;
    *slot = exc;
    mo_xdecref(old);
}

void mo_err_set_object(MoObject *exc) {
    mo_incref(exc);
    mo_err_restore(exc);
}

static void set_with_message(MoType *type, MoObject *msg) {
    /* Building the exception can itself fail with something other than MemoryError (at the C
     * recursion limit, RecursionError); that error then wins, as it does in CPython. */
    MoObject *old = mo_err_fetch();
    MoObject *args = msg ? mo_tuple_pack(1, msg) : mo_tuple_new(0);
    MoObject *exc = args ? mo_exception_new(type, args) : NULL;
    mo_xdecref(args);
    mo_xdecref(old);
    if (!exc) {
        if (!mo_err_occurred()) mo_err_nomemory();
        return;
    }
    mo_err_restore(exc);
}

void mo_err_set(MoType *type, const char *msg) {
    if (type == &mo_MemoryError && (!msg || !*msg)) {
        mo_err_nomemory();
        return;
    }
    MoObject *m = msg ? mo_str_from_cstr(msg) : NULL;
    if (msg && !m) {
        mo_err_nomemory();
        return;
    }
    set_with_message(type, m);
    mo_xdecref(m);
}

void mo_err_format(MoType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    MoObject *m = mo_vformat(fmt, ap);
    va_end(ap);
    if (!m) {
        /* mo_vformat failed: keep its exception (MemoryError or a repr error). */
        if (!mo_err_occurred()) mo_err_nomemory();
        return;
    }
    set_with_message(type, m);
    mo_decref(m);
}

bool mo_err_occurred(void) { return *exc_slot() != NULL; }

bool mo_err_matches(MoType *type) {
    MoObject *e = *exc_slot();
    return e && mo_type_is_subtype(e->type, type);
}

MoObject *mo_err_fetch(void) {
    MoObject **slot = exc_slot();
    MoObject *e = *slot;
    *slot = NULL;
    return e;
}

void mo_err_clear(void) { mo_err_restore(NULL); }

MoObject *mo_err_nomemory(void) {
    MoException *e = memory_error_inst;
    if (!e) return NULL; /* start-up failure before the runtime existed: nothing better to do */
    /* Under a memory budget, a request too big to even compute (size overflow, more than the
     * address space) is "over budget" like any other: the host's limit fires, on every build
     * (wasm32 hits these paths where a native build would simply exceed the budget).
     * mo_limit_fire marks the limit first and comes back here for the exception. */
    if (mo_vm && mo_vm->limits.memory_bytes > 0 && mo_vm->limit_hit == MO_LIMIT_NONE) {
        char msg[80] = "memory limit of ";
        size_t n = strlen(msg);
        char digits[24];
        size_t nd = 0;
        uint64_t v = (uint64_t)mo_vm->limits.memory_bytes;
        do {
            digits[nd++] = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        while (nd) msg[n++] = digits[--nd];
        memcpy(msg + n, " bytes exceeded", sizeof " bytes exceeded");
        mo_limit_fire(MO_LIMIT_MEMORY, msg);
        return NULL;
    }
    e->traceback = NULL;
    e->cause = NULL;
    e->context = NULL;
    e->notes = NULL;
    e->dict = NULL;
    e->suppress_context = false;
    mo_err_set_object(MO(e));
    return NULL;
}

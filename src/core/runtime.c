/*
 * runtime.c: process-wide start-up (readying every static type once) and the per-run plumbing
 * every part of the core shares: the current interpreter (mo_vm), the C recursion guard, program
 * output with its budget, and how a host-protecting limit stops the run.
 *
 * Start-up runs with mo_vm == NULL, so every object it creates (type dicts, interned method names,
 * the MemoryError instance) is immortal and shared by all interpreters of the process. The order
 * matters only in that `object` and `type` come first (every other type inherits from them) and
 * that the exception classes get their class-specific slots (mo_exceptions_setup) before they are
 * readied, because mo_type_ready copies a base's slots into its subclasses.
 *
 * A limit that protects the host (instructions, time, memory, output, host calls) is reported by
 * setting mo_vm->limit_hit and raising an ordinary exception: C code then unwinds along its usual
 * error paths, and the VM, seeing limit_hit, skips every handler. The message that the host sees
 * is kept apart from the exception (api.c reads it), so a program cannot alter it.
 */
#include <string.h>

#include "../config.h"
#include "../vm/vm.h"
#include "object.h"
#include "state.h"

MoVM *mo_vm;

/* Defined by core (exceptions.c, abstract.c, builtins.c) without a header declaration. */
extern void mo_exceptions_setup(void);
extern MoType *const mo_exception_types[];
extern MoType mo_seqiter_type, mo_calliter_type;

/* Declared in api.c: where the limit message of the current run is kept. */
char *mo_api_limit_message_buf(size_t *cap);

static bool runtime_ready;

int mo_runtime_init(void) {
    if (runtime_ready) return 0;
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    int rc = -1;
    static MoType *const core_types[] = {
        &mo_object_type, &mo_type_type, &mo_none_type, &mo_notimpl_type, &mo_ellipsis_type, &mo_bool_type,
        &mo_int_type, &mo_float_type, &mo_str_type, &mo_bytes_type, &mo_list_type, &mo_tuple_type,
        &mo_dict_type, &mo_range_type, &mo_slice_type, &mo_builtin_function_type, &mo_method_descr_type,
        &mo_getset_descr_type, &mo_wrapper_descr_type, &mo_method_wrapper_type, &mo_seqiter_type, &mo_super_type,
        &mo_calliter_type, &mo_complex_type, NULL,
    };
    for (size_t i = 0; core_types[i]; i++)
        if (mo_type_ready(core_types[i]) < 0) goto done;
    mo_exceptions_setup();
    for (size_t i = 0; mo_exception_types[i]; i++)
        if (mo_type_ready(mo_exception_types[i]) < 0) goto done;
    for (size_t i = 0; mo_types_static_types[i]; i++)
        if (mo_type_ready(mo_types_static_types[i]) < 0) goto done;
    for (size_t i = 0; mo_vm_static_types[i]; i++)
        if (mo_type_ready(mo_vm_static_types[i]) < 0) goto done;
    if (mo_vm_types_ready() < 0) goto done;
    if (mo_modules_init() < 0) goto done;
    if (mo_types_init() < 0) goto done;
    if (mo_errors_init() < 0) goto done;
    runtime_ready = true;
    rc = 0;
done:
    mo_vm = saved;
    return rc;
}

/* ---- C recursion ------------------------------------------------------------------------------ */

/* Start-up code has no MoVM; it never recurses deeply, but keep the guard meaningful anyway. */
static int boot_depth;

/* What each level on the current chain cost, indexed by the depth it reached, so that leaving
 * takes off what entering added. Only one run at a time per thread can be inside nested C levels
 * (nested loops cannot pause), hence one array per thread. */
static _Thread_local unsigned char level_cost[MOAT_MAX_C_RECURSION + 1];

bool mo_enter_recursion(const char *where) {
    int *depth = mo_vm ? &mo_vm->c_depth : &boot_depth;
    /* where == "" is the VM entering a nested evaluation loop (CPython's bare message). */
    int cost = where && !where[0] ? MOAT_C_RECURSION_LOOP_COST : 1;
    if (*depth + cost > MOAT_MAX_C_RECURSION) {
        mo_err_format(&mo_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return false;
    }
    *depth += cost;
    level_cost[*depth] = (unsigned char)cost;
    return true;
}

void mo_leave_recursion(void) {
    int *depth = mo_vm ? &mo_vm->c_depth : &boot_depth;
    if (*depth <= 0) return;
    int cost = level_cost[*depth];
    if (cost < 1 || cost > *depth) cost = 1;
    *depth -= cost;
}

/* ---- limits and output -------------------------------------------------------------------------- */

void mo_limit_fire(MoLimitKind kind, const char *message) {
    if (!mo_vm) {
        mo_err_set(kind == MO_LIMIT_MEMORY ? &mo_MemoryError : &mo_RuntimeError, message);
        return;
    }
    if (mo_vm->limit_hit == MO_LIMIT_NONE || mo_vm->limit_hit == kind) {
        /* The first limit wins; alloc.c marks limit_hit itself before calling us. */
        size_t cap;
        char *buf = mo_api_limit_message_buf(&cap);
        if (buf && !buf[0] && message) {
            size_t n = strlen(message);
            if (n >= cap) n = cap - 1;
            memcpy(buf, message, n);
            buf[n] = 0;
        }
        if (mo_vm->limit_hit == MO_LIMIT_NONE) mo_vm->limit_hit = kind;
    }
    /* Memory: never allocate for the exception itself (the reserve is for unwinding). */
    if (kind == MO_LIMIT_MEMORY) mo_err_nomemory();
    else mo_err_set(&mo_RuntimeError, message);
}

/* Formats an unsigned decimal into buf (no stdio in src/): returns the length. */
static size_t fmt_u64(char *buf, uint64_t v) {
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    return n;
}

int mo_write_output(int stream, const char *bytes, size_t len) {
    if (!mo_vm) return 0;
    if (mo_vm->limit_hit != MO_LIMIT_NONE) {
        mo_limit_fire(mo_vm->limit_hit, "run stopped by a limit");
        return -1;
    }
    int64_t limit = mo_vm->limits.output_bytes;
    size_t allowed = len;
    bool over = false;
    if (limit > 0) {
        int64_t left = limit - mo_vm->output_used;
        if (left < 0) left = 0;
        if ((uint64_t)len > (uint64_t)left) {
            allowed = (size_t)left;
            over = true;
        }
    }
    if (allowed && mo_vm->writer) mo_vm->writer(mo_vm->writer_ctx, stream, bytes, allowed);
    mo_vm->output_used += (int64_t)allowed;
    if (over) {
        char msg[80];
        static const char pre[] = "output limit of ";
        static const char post[] = " bytes exceeded";
        size_t n = 0;
        memcpy(msg, pre, sizeof pre - 1);
        n += sizeof pre - 1;
        n += fmt_u64(msg + n, (uint64_t)limit);
        memcpy(msg + n, post, sizeof post);
        mo_limit_fire(MO_LIMIT_OUTPUT, msg);
        return -1;
    }
    return 0;
}

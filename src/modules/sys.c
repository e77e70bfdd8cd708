/*
 * sys.c: the C half of the sys module: output streams go through the run's writer (and its output
 * limit), sys.modules is the run's module cache itself, and the recursion limit is the host's.
 */
#include "../core/state.h"
#include "modules.h"

static MoObject *sys_write(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 2 || !MO_STR_CHECK(args[1])) {
        mo_err_set(&mo_TypeError, "_write(stream, str)");
        return NULL;
    }
    int64_t stream;
    if (mo_int_as_i64(args[0], &stream) < 0) return NULL;
    if (mo_write_output(stream == 2 ? 2 : 1, MO_STR_UTF8(args[1]), MO_STR_NBYTES(args[1])) < 0) return NULL;
    return mo_int_from_u64(mo_str_len(args[1]));
}

static MoObject *sys_modules(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *c = mo_modules_cache();
    return c ? mo_newref(c) : NULL;
}

static MoObject *sys_getrecursionlimit(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "sys.getrecursionlimit() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return mo_int_from_i64(mo_vm ? mo_vm->limits.recursion_depth : 1000);
}

static const MoMethodDef sys_functions[] = {
    {"_write", sys_write, MO_METH_STATIC, "Writes a str to stream 1 (stdout) or 2 (stderr)."},
    {"_modules", sys_modules, MO_METH_STATIC, "The run's module cache."},
    {"getrecursionlimit", sys_getrecursionlimit, MO_METH_STATIC, "Return the current value of the recursion limit."},
    {NULL, NULL, 0, NULL},
};

int mo_module_sys_init(MoObject *module, MoObject *dict) { return mo_module_add_functions(module, dict, sys_functions); }

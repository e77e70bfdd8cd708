/*
 * traceback.c: the C half of the traceback module: the text CPython would print for an exception
 * (runtime's formatter, chained causes/contexts included) and the exception being handled.
 */
#include "../vm/vm.h"
#include "modules.h"

static MoObject *tb_format(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || !MO_EXC_CHECK(args[0])) {
        mo_err_set(&mo_TypeError, "_format() takes one exception");
        return NULL;
    }
    return mo_traceback_format(args[0]);
}

static MoObject *tb_current(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *e = mo_vm && mo_vm->frames ? mo_vm->frames->exc_info : NULL;
    return mo_newref(e ? e : mo_None);
}

static const MoMethodDef tb_functions[] = {
    {"_format", tb_format, MO_METH_STATIC, "The text CPython prints for an uncaught exception."},
    {"_current", tb_current, MO_METH_STATIC, "The exception being handled, or None."},
    {NULL, NULL, 0, NULL},
};

int mo_module_traceback_init(MoObject *module, MoObject *dict) {
    return mo_module_add_functions(module, dict, tb_functions);
}

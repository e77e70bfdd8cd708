/*
 * io.c: the C part of the io module (the rest is src/modules/py/io.py).
 *
 * Besides `_host` (reserved host calls, as every host module gets), io needs one thing Python
 * cannot see: how many references a file object has. CPython writes a file's buffer when the last
 * reference goes away (`open('x', 'w').write(s)` is on disk at once); Moat has no finalizers, so
 * io keeps unflushed files in a list and, before the next file operation, writes and closes those
 * that nothing but that list refers to any more. `_refs(obj)` is that count.
 */
#include "../objects/function.h"
#include "modules.h"

/* _refs(obj): a new reference to an int, the reference count of obj (borrowed argument). */
static MoObject *io_refs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_set(&mo_TypeError, "_refs() takes one argument");
        return NULL;
    }
    return mo_int_from_i64((int64_t)args[0]->refcnt);
}

static const MoMethodDef io_defs[] = {
    {"_refs", io_refs, MO_METH_STATIC, "Returns the reference count of an object."},
    {NULL, NULL, 0, NULL},
};

int mo_module_io_init(MoObject *module, MoObject *dict) {
    if (mo_module_moat_host_init(module, dict) < 0) return -1;
    return mo_module_add_functions(module, dict, io_defs);
}

/*
 * registry.c: which built-in modules exist and how their C parts are set up.
 *
 * A name is importable if it has an entry here (C part) or an embedded source (src/modules/py/).
 * Modules that touch the host (time, random, os, io, datetime) get a private `_host(name)` function in
 * their dict that makes an external function object: calling that object pauses the run with a
 * host call named e.g. "time.time", which the host answers (docs/modules.md lists the names).
 */
#include <string.h>

#include "../objects/function.h"
#include "modules.h"

/* The reserved host-call names a module may create; anything else is refused, so a program that
 * reaches a module's `_host` cannot call arbitrary host functions through it. */
static const char *const host_names[] = {
    "time.time", "time.monotonic", "time.sleep", "random.seed", "os.getenv", "os.environ",
    "fs.read", "fs.write", "fs.stat", "fs.listdir", "fs.mkdir", "fs.unlink", "fs.rmdir", "fs.rename", NULL,
};

static MoObject *host_function(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1 || (kwnames && MO_TUPLE_LEN(kwnames)) || !MO_STR_CHECK(args[0])) {
        mo_err_set(&mo_TypeError, "_host() takes one str argument");
        return NULL;
    }
    for (size_t i = 0; host_names[i]; i++)
        if (mo_str_eq_cstr(args[0], host_names[i])) return mo_extfunc_new(args[0]);
    mo_err_format(&mo_ValueError, "%R is not a reserved host function name", args[0]);
    return NULL;
}

static const MoMethodDef host_defs[] = {
    {"_host", host_function, MO_METH_STATIC, "Creates the external function for a reserved host call name."},
    {NULL, NULL, 0, NULL},
};

int mo_module_moat_host_init(MoObject *module, MoObject *dict) { return mo_module_add_functions(module, dict, host_defs); }

static const MoBuiltinModule builtin_modules[] = {
    {"math", mo_module_math_init},
    {"cmath", mo_module_cmath_init},
    {"time", mo_module_moat_host_init},
    {"random", mo_module_random_init},
    {"os", mo_module_moat_host_init},
    {"io", mo_module_io_init},
    {"sys", mo_module_sys_init},
    {"traceback", mo_module_traceback_init},
    {"asyncio", mo_module_asyncio_init},
    {"hashlib", mo_module_hashlib_init},
    {"json", mo_module_json_init},
    {NULL, NULL},
};

const MoBuiltinModule *mo_builtin_module_find(const char *name) {
    for (size_t i = 0; builtin_modules[i].name; i++)
        if (strcmp(builtin_modules[i].name, name) == 0) return &builtin_modules[i];
    return NULL;
}

const MoEmbeddedSource *mo_embedded_source_find(const char *name) {
    for (size_t i = 0; mo_embedded_sources[i].name; i++)
        if (strcmp(mo_embedded_sources[i].name, name) == 0) return &mo_embedded_sources[i];
    return NULL;
}

int mo_module_add_functions(MoObject *module, MoObject *dict, const MoMethodDef *defs) {
    for (size_t i = 0; defs[i].name; i++) {
        /* Bound to nothing, so repr says "<built-in function sqrt>" as CPython does. */
        MoObject *f = mo_builtin_function_new(&defs[i], NULL);
        int r = f ? mo_dict_set_str(dict, defs[i].name, f) : -1;
        mo_xdecref(f);
        if (r < 0) return -1;
    }
    return 0;
}

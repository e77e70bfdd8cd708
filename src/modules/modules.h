/*
 * modules.h: the registry of built-in modules (owner: modules; docs/modules.md).
 *
 * A built-in module is a name with an optional C initialiser and/or an embedded Python source.
 * The import system (src/vm/import.c) creates the module object, runs the C initialiser on its
 * dict, then compiles and runs the embedded source (if any) in the same dict.
 */
#ifndef MOAT_MODULES_H
#define MOAT_MODULES_H

#include "../core/object.h"

/* A module implemented (at least partly) in C. init fills the module's dict: 0 or -1. */
typedef struct MoBuiltinModule {
    const char *name;
    int (*init)(MoObject *module, MoObject *dict);
} MoBuiltinModule;

/* A Python source embedded at build time from src/modules/py/NAME.py (generated C file). */
typedef struct MoEmbeddedSource {
    const char *name;
    const char *text; /* NUL-terminated UTF-8 */
    size_t len;
} MoEmbeddedSource;

/* The generated table of embedded sources, terminated by an entry with name NULL. */
extern const MoEmbeddedSource mo_embedded_sources[];

/* Finds the C part of built-in module `name`, or NULL. */
const MoBuiltinModule *mo_builtin_module_find(const char *name);

/* Finds the embedded Python source of module `name`, or NULL. */
const MoEmbeddedSource *mo_embedded_source_find(const char *name);

/* Adds every function of defs (terminated by a NULL name) to dict as builtin functions bound to
 * module: 0 or -1. */
int mo_module_add_functions(MoObject *module, MoObject *dict, const MoMethodDef *defs);

/* The C initialisers of the modules written in C. */
int mo_module_math_init(MoObject *module, MoObject *dict);
int mo_module_moat_host_init(MoObject *module, MoObject *dict);
/* Sets up the random module's C part: `_host` and the Mersenne Twister type (random.c). */
int mo_module_random_init(MoObject *module, MoObject *dict);
/* The C part of io: `_host` plus `_refs` (an object's reference count, for flushing dropped files). */
int mo_module_io_init(MoObject *module, MoObject *dict);
int mo_module_sys_init(MoObject *module, MoObject *dict);
int mo_module_traceback_init(MoObject *module, MoObject *dict);
/* The C part of hashlib: the hash type, the constructors, new and pbkdf2_hmac (hashlib.c). */
int mo_module_hashlib_init(MoObject *module, MoObject *dict);
/* The C part of json: the scanner `_scan` and the encoder `_encode` that py/json.py calls (json.c). */
int mo_module_json_init(MoObject *module, MoObject *dict);

/* The run's module cache (borrowed dict), created on first use; NULL with an exception. */
MoObject *mo_modules_cache(void);

/* Puts the running program's module into the cache as '__main__': a module object whose
 * namespace is globals itself (borrowed), so sys.modules['__main__'] and `import __main__` see
 * the program's globals. 0, or -1 with an exception. */
int mo_modules_add_main(MoObject *globals);

#endif

/*
 * import.c: module objects and the import system (owner: modules; docs/modules.md).
 *
 * There is no file system: every importable module is built in (src/modules/registry.c) or made
 * by the host (external functions declared with dotted names, "tools.fetch", form module "tools").
 * A built-in module is made by an optional C initialiser that fills its dict and/or an embedded
 * Python source (src/modules/py/NAME.py, turned into a C array at build time) that is compiled and
 * run in the module's dict on first import, in the same sandbox and under the same limits as the
 * program.
 *
 * The per-run module cache (CPython's sys.modules) is MoVM.modules, created on the first import;
 * it belongs to the run like everything else, so it is never shared between runs. A module is put
 * into the cache before its body runs (as CPython does, so circular imports see the partly built
 * module) and removed again if the body fails.
 */
#include <string.h>

#include "../compile/compiler.h"
#include "../modules/modules.h"
#include "../objects/function.h"
#include "../parse/parser.h"
#include "vm.h"

typedef struct MoModule {
    MO_HEAD;
    MoObject *dict;
} MoModule;

/* ---- the module type -------------------------------------------------------------------------- */

static int module_traverse(MoObject *self, MoVisit visit, void *arg) {
    MoModule *m = (MoModule *)self;
    return m->dict ? visit(m->dict, arg) : 0;
}

static void module_clear(MoObject *self) { MO_CLEAR(((MoModule *)self)->dict); }

static void module_dealloc(MoObject *self) {
    mo_gc_untrack(self);
    MO_CLEAR(((MoModule *)self)->dict);
    mo_object_free(self);
}

static MoObject *module_name(MoObject *self) {
    MoModule *m = (MoModule *)self;
    MoObject *n = m->dict ? mo_dict_get_str(m->dict, "__name__") : NULL;
    return n && MO_STR_CHECK(n) ? n : NULL;
}

static MoObject *module_repr(MoObject *self) {
    MoModule *m = (MoModule *)self;
    MoObject *name = module_name(self);
    if (!name) return mo_format("<module '?'>");
    MoObject *origin = m->dict ? mo_dict_get_str(m->dict, "__moat_origin__") : NULL;
    if (origin && MO_STR_CHECK(origin)) return mo_format("<module %R (%U)>", name, origin);
    return mo_format("<module %R>", name);
}

static MoObject *module_getattr(MoObject *self, MoObject *name) {
    MoObject *r = mo_generic_getattr(self, name);
    if (r || !mo_err_matches(&mo_AttributeError)) return r;
    mo_err_clear();
    MoObject *mn = module_name(self);
    if (mn) mo_err_format(&mo_AttributeError, "module '%U' has no attribute '%U'", mn, name);
    else mo_err_format(&mo_AttributeError, "module has no attribute '%U'", name);
    return NULL;
}

static MoObject *module_get_dict(MoObject *self) {
    MoModule *m = (MoModule *)self;
    if (!m->dict) {
        m->dict = mo_dict_new();
        if (!m->dict) return NULL;
    }
    return mo_newref(m->dict);
}

static const MoGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, "The module's namespace."},
    {NULL, NULL, NULL, NULL},
};

static MoObject *module_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"name", "doc"};
    MoObject *o[2];
    if (mo_parse_args("module", args, nargs, kwnames, names, 1, 0, o, 2) < 0) return NULL;
    if (!MO_STR_CHECK(o[0])) {
        mo_err_format(&mo_TypeError, "module.__init__() argument 'name' must be str, not %T", o[0]);
        return NULL;
    }
    MoObject *m = mo_module_new(o[0]);
    if (m && o[1] && mo_dict_set_str(((MoModule *)m)->dict, "__doc__", o[1]) < 0) MO_CLEAR(m);
    return m;
}

MoType mo_module_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "module",
    .size = sizeof(MoModule),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .vnew = module_vnew,
    .repr = module_repr,
    .getattr = module_getattr,
    .getsets = module_getsets,
    .dict_offset = offsetof(MoModule, dict),
};

int mo_modules_init(void) {
    if (mo_module_type.mro) return 0;
    /* Type dicts must be immortal: ready the type as process start-up code would. */
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    int r = mo_type_ready(&mo_module_type);
    mo_vm = saved;
    return r;
}

MoObject *mo_module_new(MoObject *name) {
    if (mo_modules_init() < 0) return NULL;
    MoModule *m = (MoModule *)mo_gc_new(&mo_module_type, sizeof(MoModule));
    if (!m) return NULL;
    m->dict = mo_dict_new();
    if (!m->dict || mo_dict_set_str(m->dict, "__name__", name) < 0 || mo_dict_set_str(m->dict, "__doc__", mo_None) < 0 ||
        mo_dict_set_str(m->dict, "__package__", mo_str_intern("")) < 0 ||
        mo_dict_set_str(m->dict, "__loader__", mo_None) < 0 || mo_dict_set_str(m->dict, "__spec__", mo_None) < 0) {
        mo_decref(MO(m));
        return NULL;
    }
    mo_gc_track(MO(m));
    return MO(m);
}

MoObject *mo_module_dict(MoObject *module) { return ((MoModule *)module)->dict; }

bool mo_module_check(MoObject *o) { return mo_isinstance_type(o, &mo_module_type); }

/* ---- the cache -------------------------------------------------------------------------------- */

/* Returns the run's module cache (borrowed), creating it on first use; NULL with an exception. */
static MoObject *module_cache(void) {
    if (!mo_vm) {
        mo_err_set(&mo_RuntimeError, "import needs a running interpreter");
        return NULL;
    }
    if (!mo_vm->modules) mo_vm->modules = mo_dict_new();
    return mo_vm->modules;
}

/* ---- loading ---------------------------------------------------------------------------------- */

/* Compiles an embedded source into a frame for running it in dict: the frame, or NULL with an
 * exception. */
static MoFrame *embedded_frame(const char *name, const MoEmbeddedSource *src, MoObject *dict) {
    char filename[96];
    size_t nl = strlen(name);
    if (nl > 80) nl = 80;
    memcpy(filename, "<frozen ", 8);
    memcpy(filename + 8, name, nl);
    filename[8 + nl] = '>';
    filename[9 + nl] = 0;
    MoArena *arena = mo_arena_new();
    if (!arena) return NULL;
    MoAstMod *mod = mo_parse(arena, src->text, src->len, filename, MO_PARSE_FILE);
    MoCode *code = mod ? mo_compile(mod, filename, src->text, src->len, false) : NULL;
    MoObject *exc = code ? NULL : mo_err_fetch();
    mo_arena_free(arena);
    if (!code) {
        mo_err_restore(exc);
        return NULL;
    }
    MoFrame *f = mo_frame_new(code, NULL, dict, mo_vm->builtins, NULL);
    mo_decref(MO(code));
    return f;
}

/* Compiles and runs an embedded source in dict (nested loop): 0 or -1. */
static int run_embedded(const char *name, const MoEmbeddedSource *src, MoObject *dict) {
    MoFrame *f = embedded_frame(name, src, dict);
    if (!f) return -1;
    MoObject *r = mo_vm_run(f, false);
    if (r == MO_VM_PAUSED) {
        mo_err_format(&mo_RuntimeError, "host functions cannot be called while module '%s' is imported", name);
        return -1;
    }
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

/* True if the host declared a function NAME.x (or NAME.sub.x): NAME is then a host module, whose
 * attributes are the external functions declared under it (`functions: ["tools.fetch"]` makes
 * `from tools import fetch` work). */
static bool host_module_exists(const char *name) {
    if (!mo_vm || !mo_vm->host_functions) return false;
    size_t n = strlen(name), pos = 0;
    MoObject *k, *v;
    while (mo_dict_next(mo_vm->host_functions, &pos, &k, &v)) {
        if (MO_STR_CHECK(k) && MO_STR_NBYTES(k) > n + 1 && memcmp(MO_STR_UTF8(k), name, n) == 0 &&
            MO_STR_UTF8(k)[n] == '.')
            return true;
    }
    return false;
}

/* Fills a host module's dict with the external functions declared directly under it: 0 or -1. */
static int host_module_fill(const char *name, MoObject *dict) {
    size_t n = strlen(name), pos = 0;
    MoObject *k, *v;
    while (mo_dict_next(mo_vm->host_functions, &pos, &k, &v)) {
        if (!MO_STR_CHECK(k) || MO_STR_NBYTES(k) <= n + 1 || memcmp(MO_STR_UTF8(k), name, n) != 0 ||
            MO_STR_UTF8(k)[n] != '.')
            continue;
        const char *attr = MO_STR_UTF8(k) + n + 1;
        size_t alen = MO_STR_NBYTES(k) - n - 1;
        if (memchr(attr, '.', alen)) continue;
        MoObject *an = mo_str_from_utf8(attr, alen);
        int r = an ? mo_dict_set(dict, an, v) : -1;
        mo_xdecref(an);
        if (r < 0) return -1;
    }
    return 0;
}

/* True if `name` can be imported: a built-in module (C or embedded source) or a host module. */
static bool module_exists(const char *name) {
    return mo_builtin_module_find(name) || mo_embedded_source_find(name) || host_module_exists(name);
}

/* Imports one module by its full dotted name (no parents handled here): new reference or NULL. */
static MoObject *import_one(MoObject *fullname) {
    MoObject *cache = module_cache();
    if (!cache) return NULL;
    MoObject *m = mo_dict_get(cache, fullname);
    if (m) return mo_newref(m);
    if (mo_err_occurred()) return NULL;
    const char *name = MO_STR_UTF8(fullname);
    const MoBuiltinModule *def = mo_builtin_module_find(name);
    const MoEmbeddedSource *src = mo_embedded_source_find(name);
    bool host = !def && !src && host_module_exists(name);
    if (!def && !src && !host) {
        MoObject *msg = mo_format("No module named %R", fullname);
        if (!msg) return NULL;
        MoObject *args = mo_tuple_pack(1, msg);
        mo_decref(msg);
        MoObject *exc = args ? mo_exception_new(&mo_ModuleNotFoundError, args) : NULL;
        mo_xdecref(args);
        if (!exc) return NULL;
        if (mo_setattr(exc, mo_str_intern("name"), fullname) < 0) mo_err_clear();
        mo_err_set_object(exc);
        mo_decref(exc);
        return NULL;
    }
    if (!mo_enter_recursion(" while importing a module")) return NULL;
    m = mo_module_new(fullname);
    if (!m) goto fail;
    MoObject *dict = mo_module_dict(m);
    if (mo_dict_set_str(dict, "__moat_origin__", mo_str_intern(host ? "host" : def ? "built-in" : "frozen")) < 0)
        goto fail;
    if (mo_dict_set(cache, fullname, m) < 0) goto fail;
    if ((def && def->init && def->init(m, dict) < 0) || (src && run_embedded(name, src, dict) < 0) ||
        (host && host_module_fill(name, dict) < 0)) {
        MoObject *exc = mo_err_fetch();
        if (mo_dict_get(cache, fullname) && mo_dict_del(cache, fullname) < 0) mo_err_clear();
        mo_err_restore(exc);
        goto fail;
    }
    mo_leave_recursion();
    /* A module may replace itself in the cache (CPython allows it); honour that. */
    MoObject *final = mo_dict_get(cache, fullname);
    if (final && final != m) {
        mo_decref(m);
        return mo_newref(final);
    }
    return m;
fail:
    mo_xdecref(m);
    mo_leave_recursion();
    return NULL;
}

void mo_import_abandon(MoObject *fullname) {
    MoObject *exc = mo_err_fetch();
    MoObject *cache = mo_vm ? mo_vm->modules : NULL;
    if (cache && fullname && mo_dict_get(cache, fullname) && mo_dict_del(cache, fullname) < 0) mo_err_clear();
    if (mo_err_occurred()) mo_err_clear();
    if (exc) mo_err_restore(exc);
}

int mo_import_prepare(MoObject *name, int64_t level, MoFrame **body, MoObject **fullname) {
    *body = NULL;
    *fullname = NULL;
    if (level != 0 || !MO_STR_CHECK(name) || MO_STR_NBYTES(name) == 0) return 0;
    MoObject *cache = module_cache();
    if (!cache) return -1;
    const char *u8 = MO_STR_UTF8(name);
    size_t n = MO_STR_NBYTES(name), start = 0;
    for (;;) {
        const char *dot = memchr(u8 + start, '.', n - start);
        size_t end = dot ? (size_t)(dot - u8) : n;
        MoObject *full = mo_str_from_utf8(u8, end);
        if (!full) return -1;
        if (!mo_dict_get(cache, full)) {
            if (mo_err_occurred() || !module_exists(MO_STR_UTF8(full))) {
                /* A missing module: mo_import_name raises the right error. */
                mo_decref(full);
                return mo_err_occurred() ? -1 : 0;
            }
            const char *cname = MO_STR_UTF8(full);
            const MoEmbeddedSource *src = mo_embedded_source_find(cname);
            if (!src) {
                /* No Python body (C or host module): import it right away. */
                MoObject *m = import_one(full);
                mo_decref(full);
                if (!m) return -1;
                mo_decref(m);
            } else {
                const MoBuiltinModule *def = mo_builtin_module_find(cname);
                MoObject *m = mo_module_new(full);
                MoObject *dict = m ? mo_module_dict(m) : NULL;
                MoFrame *f = NULL;
                if (!dict || mo_dict_set_str(dict, "__moat_origin__", mo_str_intern(def ? "built-in" : "frozen")) < 0 ||
                    mo_dict_set(cache, full, m) < 0) {
                    mo_xdecref(m);
                    mo_decref(full);
                    return -1;
                }
                if ((def && def->init && def->init(m, dict) < 0) || !(f = embedded_frame(cname, src, dict))) {
                    mo_import_abandon(full);
                    mo_decref(m);
                    mo_decref(full);
                    return -1;
                }
                /* The cache keeps the module alive while its body runs. */
                mo_decref(m);
                *body = f;
                *fullname = full;
                return 1;
            }
        } else {
            mo_decref(full);
        }
        if (!dot) return 0;
        start = end + 1;
    }
}

int mo_import_prepare_from(MoObject *module, MoObject *name, MoFrame **body, MoObject **fullname) {
    *body = NULL;
    *fullname = NULL;
    if (!mo_module_check(module) || !MO_STR_CHECK(name)) return 0;
    MoObject *dict = mo_module_dict(module);
    MoObject *mn = module_name(module);
    if (!dict || !mn || mo_dict_get(dict, name)) return 0;
    if (mo_err_occurred()) return -1;
    MoObject *full = mo_format("%U.%U", mn, name);
    if (!full) return -1;
    int st = 0;
    if (mo_embedded_source_find(MO_STR_UTF8(full)) && !mo_modules_lookup_cached(MO_STR_UTF8(full)))
        st = mo_import_prepare(full, 0, body, fullname);
    mo_decref(full);
    return st;
}

MoObject *mo_import_name(MoObject *name, MoObject *fromlist, int64_t level) {
    if (!MO_STR_CHECK(name)) {
        mo_err_format(&mo_TypeError, "module name must be str, not %T", name);
        return NULL;
    }
    if (level < 0) {
        mo_err_set(&mo_ValueError, "level must be >= 0");
        return NULL;
    }
    if (level > 0) {
        mo_err_set(&mo_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *u8 = MO_STR_UTF8(name);
    size_t n = MO_STR_NBYTES(name);
    if (n == 0) {
        mo_err_set(&mo_ValueError, "Empty module name");
        return NULL;
    }
    MoObject *top = NULL, *parent = NULL, *mod = NULL;
    size_t start = 0;
    while (start <= n) {
        const char *dot = memchr(u8 + start, '.', n - start);
        size_t end = dot ? (size_t)(dot - u8) : n;
        MoObject *full = mo_str_from_utf8(u8, end);
        if (!full) goto fail;
        if (parent && !mo_dict_get(module_cache(), full)) {
            /* Only registered dotted names exist: a missing child means the parent is no package. */
            if (!module_exists(MO_STR_UTF8(full))) {
                MoObject *pn = mo_str_from_utf8(u8, start - 1);
                if (pn) mo_err_format(&mo_ModuleNotFoundError, "No module named %R; %R is not a package", full, pn);
                mo_xdecref(pn);
                mo_decref(full);
                goto fail;
            }
        }
        mod = import_one(full);
        if (!mod) {
            mo_decref(full);
            goto fail;
        }
        if (parent) {
            MoObject *child = mo_str_from_utf8(u8 + start, end - start);
            int r = child ? mo_setattr(parent, child, mod) : -1;
            mo_xdecref(child);
            if (r < 0) {
                mo_decref(full);
                goto fail;
            }
        }
        mo_decref(full);
        if (!top) top = mo_newref(mod);
        mo_xdecref(parent);
        parent = mod;
        mod = NULL;
        if (!dot) break;
        start = end + 1;
    }
    int want_leaf = 0;
    if (fromlist && fromlist != mo_None) {
        want_leaf = mo_truth(fromlist);
        if (want_leaf < 0) goto fail;
    }
    if (want_leaf) {
        mo_decref(top);
        return parent;
    }
    mo_decref(parent);
    return top;
fail:
    mo_xdecref(top);
    mo_xdecref(parent);
    return NULL;
}

MoObject *mo_import_from(MoObject *module, MoObject *name) {
    MoObject *r = mo_getattr(module, name);
    if (r || !mo_err_matches(&mo_AttributeError)) return r;
    mo_err_clear();
    MoObject *mn = mo_module_check(module) ? module_name(module) : NULL;
    if (mn) {
        /* `from os import path`: a registered submodule not imported yet. */
        MoObject *full = mo_format("%U.%U", mn, name);
        if (!full) return NULL;
        if (module_exists(MO_STR_UTF8(full))) {
            MoObject *sub = mo_import_name(full, mo_True, 0);
            mo_decref(full);
            if (!sub) return NULL;
            mo_decref(sub);
            return mo_getattr(module, name);
        }
        mo_decref(full);
        mo_err_format(&mo_ImportError, "cannot import name %R from %R (unknown location)", name, mn);
    } else {
        mo_err_format(&mo_ImportError, "cannot import name %R from '<unknown module name>' (unknown location)", name);
    }
    return NULL;
}

int mo_import_star(MoObject *module, MoObject *ns) {
    MoObject *all = mo_getattr(module, mo_str_intern("__all__"));
    MoObject *names;
    bool skip_private = false;
    if (all) {
        names = mo_sequence_list(all);
        mo_decref(all);
        if (!names) return -1;
    } else {
        if (!mo_err_matches(&mo_AttributeError)) return -1;
        mo_err_clear();
        MoObject *d = mo_getattr(module, mo_str_intern("__dict__"));
        if (!d) {
            if (mo_err_matches(&mo_AttributeError)) {
                mo_err_clear();
                mo_err_set(&mo_ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return -1;
        }
        names = MO_DICT_CHECK(d) ? mo_dict_keys_list(d) : mo_sequence_list(d);
        mo_decref(d);
        if (!names) return -1;
        skip_private = true;
    }
    for (size_t i = 0; i < MO_LIST_LEN(names); i++) {
        MoObject *k = MO_LIST_ITEM(names, i);
        if (!MO_STR_CHECK(k)) {
            mo_err_format(&mo_TypeError, "%s in %U.%s must be str, not %T", skip_private ? "Key" : "Item",
                          module_name(module) ? module_name(module) : mo_str_intern("?"),
                          skip_private ? "__dict__" : "__all__", k);
            mo_decref(names);
            return -1;
        }
        if (skip_private && MO_STR_NBYTES(k) && MO_STR_UTF8(k)[0] == '_') continue;
        MoObject *v = mo_getattr(module, k);
        int r = v ? mo_setitem(ns, k, v) : -1;
        mo_xdecref(v);
        if (r < 0) {
            mo_decref(names);
            return -1;
        }
    }
    mo_decref(names);
    return 0;
}

MoObject *mo_builtin_import(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    MoObject *o[5];
    if (mo_parse_args("__import__", args, nargs, kwnames, names, 1, 0, o, 5) < 0) return NULL;
    if (!MO_STR_CHECK(o[0])) {
        mo_err_format(&mo_TypeError, "__import__() argument 1 must be str, not %T", o[0]);
        return NULL;
    }
    int64_t level = 0;
    if (o[4]) {
        if (!MO_INT_CHECK(o[4])) {
            mo_err_format(&mo_TypeError, "'%T' object cannot be interpreted as an integer", o[4]);
            return NULL;
        }
        if (mo_int_as_i64(o[4], &level) < 0) return NULL;
    }
    return mo_import_name(o[0], o[3], level);
}

MoObject *mo_modules_cache(void) { return module_cache(); }

int mo_modules_add_main(MoObject *globals) {
    MoObject *cache = module_cache();
    if (!cache || mo_modules_init() < 0) return -1;
    MoModule *m = (MoModule *)mo_gc_new(&mo_module_type, sizeof(MoModule));
    if (!m) return -1;
    m->dict = mo_newref(globals);
    mo_gc_track(MO(m));
    int r = mo_dict_set_str(cache, "__main__", MO(m));
    mo_decref(MO(m));
    return r;
}

MoObject *mo_modules_lookup_cached(const char *name) {
    return mo_vm && mo_vm->modules ? mo_dict_get_str(mo_vm->modules, name) : NULL;
}

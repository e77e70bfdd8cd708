/*
 * builtins.c: the builtins module's namespace (mo_builtins_fill) and the builtin functions that
 * are not methods of a type: print, len, isinstance, min/max, sorted, iter/next, getattr, ...
 *
 * Every function takes vectorcall arguments and reports errors with CPython 3.11's exact messages
 * (the conformance suite compares the last traceback line). Functions implemented in CPython with
 * Argument Clinic use mo_parse_args; the older ones (METH_VARARGS with PyArg_UnpackTuple) check
 * counts with their own "X expected at most N arguments, got M" messages, reproduced by
 * check_count below.
 *
 * Builtin *types* (int, str, list, enumerate, zip, property, ...) are bound as type objects: their
 * vnew is the constructor. `super` and the callable iterator of iter(f, sentinel) are defined here.
 *
 * open() is a small Python function that calls io.open (files are host calls, docs/modules.md).
 * There is no stdin in the sandbox: input() writes its prompt and raises EOFError exactly as
 * CPython does when stdin is at end of file.
 */
#include <string.h>

#include "../core/object.h"
#include "../core/state.h"
#include "../compile/compiler.h"
#include "../objects/function.h"
#include "../parse/parser.h"
#include "vm.h"

/* ---- argument helpers -------------------------------------------------------------------------- */

static bool has_kw(MoObject *kwnames) { return kwnames && MO_TUPLE_LEN(kwnames) > 0; }

static int no_kw(const char *name, MoObject *kwnames) {
    if (has_kw(kwnames)) {
        mo_err_format(&mo_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* METH_O functions: "len() takes exactly one argument (0 given)". */
static int one_arg(const char *name, size_t nargs, MoObject *kwnames) {
    if (no_kw(name, kwnames) < 0) return -1;
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* PyArg_UnpackTuple-style count check: "divmod expected 2 arguments, got 1". */
static int check_count(const char *name, size_t nargs, MoObject *kwnames, size_t min, size_t max) {
    if (no_kw(name, kwnames) < 0) return -1;
    if (nargs < min || nargs > max) {
        size_t want = nargs < min ? min : max;
        const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
        mo_err_format(&mo_TypeError, "%s expected %s%zu argument%s, got %zu", name, how, want, want == 1 ? "" : "s",
                      nargs);
        return -1;
    }
    return 0;
}

/* ---- output ------------------------------------------------------------------------------------ */

static int write_piece(MoObject *file, MoStrBuf *buf, MoObject *s) {
    if (!file) return mo_strbuf_append_obj(buf, s) ? 0 : -1;
    MoObject *r = mo_call_method(file, "write", &s, 1);
    if (!r) return -1;
    mo_decref(r);
    return 0;
}

static MoObject *builtin_print(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        MoObject *k = MO_TUPLE_ITEM(kwnames, i), *v = args[nargs + i];
        if (mo_str_eq_cstr(k, "sep")) sep = v;
        else if (mo_str_eq_cstr(k, "end")) end = v;
        else if (mo_str_eq_cstr(k, "file")) file = v;
        else if (mo_str_eq_cstr(k, "flush")) flush = v;
        else {
            mo_err_format(&mo_TypeError, "'%U' is an invalid keyword argument for print()", k);
            return NULL;
        }
    }
    if (sep == mo_None) sep = NULL;
    if (end == mo_None) end = NULL;
    if (file == mo_None) file = NULL;
    if (sep && !MO_STR_CHECK(sep)) {
        mo_err_format(&mo_TypeError, "sep must be None or a string, not %T", sep);
        return NULL;
    }
    if (end && !MO_STR_CHECK(end)) {
        mo_err_format(&mo_TypeError, "end must be None or a string, not %T", end);
        return NULL;
    }
    MoStrBuf buf;
    mo_strbuf_init(&buf);
    MoObject *space = NULL, *newline = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (!sep && !space && !(space = mo_str_from_cstr(" "))) goto fail;
            if (write_piece(file, &buf, sep ? sep : space) < 0) goto fail;
        }
        MoObject *s = mo_str(args[i]);
        if (!s) goto fail;
        int r = write_piece(file, &buf, s);
        mo_decref(s);
        if (r < 0) goto fail;
    }
    if (!end && !(newline = mo_str_from_cstr("\n"))) goto fail;
    if (write_piece(file, &buf, end ? end : newline) < 0) goto fail;
    if (file && flush) {
        int t = mo_truth(flush);
        if (t < 0) goto fail;
        if (t) {
            MoObject *r = mo_call_method(file, "flush", NULL, 0);
            if (!r) goto fail;
            mo_decref(r);
        }
    }
    mo_xdecref(space);
    mo_xdecref(newline);
    if (!file) {
        if (buf.failed) {
            mo_strbuf_free(&buf);
            return NULL;
        }
        int r = buf.len ? mo_write_output(1, buf.data, buf.len) : 0;
        mo_strbuf_free(&buf);
        if (r < 0) return NULL;
    }
    return mo_none();
fail:
    mo_xdecref(space);
    mo_xdecref(newline);
    mo_strbuf_free(&buf);
    return NULL;
}

static MoObject *builtin_input(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("input", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs == 1) {
        MoObject *s = mo_str(args[0]);
        if (!s) return NULL;
        int r = mo_write_output(1, MO_STR_UTF8(s), MO_STR_NBYTES(s));
        mo_decref(s);
        if (r < 0) return NULL;
    }
    /* The sandbox has no stdin: behave as CPython does at end of input. */
    mo_err_set(&mo_EOFError, "EOF when reading a line");
    return NULL;
}

/* open() is a Python function, not a C builtin: its file operations are host calls, which can pause
 * the run only from frames the outermost VM loop runs directly, and a C builtin could reach io.open
 * only through a nested loop. The stub imports io when first called (so a run that never opens a
 * file never loads io) and its call to io.open is an ordinary inline Python call. */
static const char open_stub_src[] =
    "def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):\n"
    "    import io\n"
    "    return io.open(file, mode, buffering, encoding, errors, newline, closefd, opener)\n";

/* Compiles the stub and stores its function as dict["open"]: 0, or -1 with an exception. Only the
 * def's code object is used (the module code never runs), so the defaults are set here. */
static int install_open(MoObject *dict) {
    MoArena *arena = mo_arena_new();
    if (!arena) return -1;
    MoAstMod *mod = mo_parse(arena, open_stub_src, sizeof open_stub_src - 1, "<frozen builtins>", MO_PARSE_FILE);
    MoCode *code = mod ? mo_compile(mod, "<frozen builtins>", open_stub_src, sizeof open_stub_src - 1, false) : NULL;
    MoObject *exc = code ? NULL : mo_err_fetch();
    mo_arena_free(arena);
    if (!code) {
        mo_err_restore(exc);
        return -1;
    }
    MoObject *fcode = NULL;
    for (size_t i = 0; i < MO_TUPLE_LEN(code->consts); i++)
        if (MO_TYPE(MO_TUPLE_ITEM(code->consts, i)) == &mo_code_type) fcode = MO_TUPLE_ITEM(code->consts, i);
    /* __name__ first: the function takes its __module__ from its globals ('io', as CPython's). */
    MoObject *globals = fcode ? mo_dict_new() : NULL;
    MoObject *modname = globals ? mo_str_intern("io") : NULL;
    MoObject *func = modname && mo_dict_set_str(globals, "__name__", modname) == 0
                         ? mo_function_new(fcode, globals, dict) : NULL;
    MoObject *defaults = NULL;
    MoObject *r_mode = func ? mo_str_intern("r") : NULL;
    if (r_mode) {
        MoObject *minus_one = mo_int_from_i64(-1);
        defaults = minus_one ? mo_tuple_pack(7, r_mode, minus_one, mo_None, mo_None, mo_None, mo_True, mo_None) : NULL;
        mo_xdecref(minus_one);
    }
    int r = -1;
    if (defaults) {
        MO_FUNCTION(func)->defaults = defaults;
        defaults = NULL;
        r = mo_dict_set_str(dict, "open", func);
    }
    if (!fcode && !mo_err_occurred()) mo_err_set(&mo_SystemError, "open() stub has no function");
    mo_xdecref(defaults);
    mo_xdecref(func);
    mo_xdecref(globals);
    mo_decref(MO(code));
    return r;
}

static MoObject *builtin_exit(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("exit", nargs, kwnames, 0, 1) < 0) return NULL;
    /* site.Quitter raises SystemExit(code) with code None by default. */
    MoObject *t = nargs ? mo_tuple_from_array(args, nargs) : mo_tuple_pack(1, mo_None);
    if (!t) return NULL;
    MoObject *e = mo_exception_new(&mo_SystemExit, t);
    mo_decref(t);
    if (!e) return NULL;
    mo_err_restore(e);
    return NULL;
}

/* ---- simple one-argument builtins ---------------------------------------------------------------- */

static MoObject *builtin_len(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("len", nargs, kwnames) < 0) return NULL;
    size_t n;
    if (mo_length(args[0], &n) < 0) return NULL;
    return mo_int_from_u64(n);
}

static MoObject *builtin_repr(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("repr", nargs, kwnames) < 0) return NULL;
    return mo_repr(args[0]);
}

static MoObject *builtin_ascii(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("ascii", nargs, kwnames) < 0) return NULL;
    return mo_ascii(args[0]);
}

static MoObject *builtin_abs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("abs", nargs, kwnames) < 0) return NULL;
    return mo_number_abs(args[0]);
}

static MoObject *builtin_callable(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("callable", nargs, kwnames) < 0) return NULL;
    return mo_bool(mo_callable(args[0]));
}

static MoObject *builtin_hash(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("hash", nargs, kwnames) < 0) return NULL;
    int64_t h;
    if (mo_hash(args[0], &h) < 0) return NULL;
    return mo_int_from_i64(h);
}

static MoObject *builtin_id(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("id", nargs, kwnames) < 0) return NULL;
    return mo_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static MoObject *prefixed(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames, int base) {
    if (one_arg(name, nargs, kwnames) < 0) return NULL;
    MoObject *i = mo_number_index(args[0]);
    if (!i) return NULL;
    MoObject *r = mo_int_to_prefixed(i, base);
    mo_decref(i);
    return r;
}

static MoObject *builtin_hex(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return prefixed("hex", args, nargs, kwnames, 16);
}

static MoObject *builtin_oct(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return prefixed("oct", args, nargs, kwnames, 8);
}

static MoObject *builtin_bin(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return prefixed("bin", args, nargs, kwnames, 2);
}

static MoObject *builtin_chr(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("chr", nargs, kwnames) < 0) return NULL;
    MoObject *i = mo_number_index(args[0]);
    if (!i) return NULL;
    int64_t v;
    int r = mo_int_as_i64(i, &v);
    mo_decref(i);
    if (r < 0 || v < INT32_MIN || v > INT32_MAX) {
        mo_err_clear();
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        mo_err_set(&mo_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return mo_str_from_codepoint((uint32_t)v);
}

static MoObject *builtin_ord(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (one_arg("ord", nargs, kwnames) < 0) return NULL;
    MoObject *c = args[0];
    if (MO_STR_CHECK(c)) {
        size_t n = MO_STR(c)->len;
        if (n != 1) {
            mo_err_format(&mo_TypeError, "ord() expected a character, but string of length %zu found", n);
            return NULL;
        }
        const unsigned char *u = (const unsigned char *)MO_STR_UTF8(c);
        uint32_t cp = u[0];
        if (cp >= 0xF0) cp = ((cp & 7u) << 18) | ((u[1] & 63u) << 12) | ((u[2] & 63u) << 6) | (u[3] & 63u);
        else if (cp >= 0xE0) cp = ((cp & 15u) << 12) | ((u[1] & 63u) << 6) | (u[2] & 63u);
        else if (cp >= 0xC0) cp = ((cp & 31u) << 6) | (u[1] & 63u);
        return mo_int_from_i64(cp);
    }
    if (mo_isinstance_type(c, &mo_bytes_type)) {
        MoBytes *b = MO_BYTES(c);
        if (b->len != 1) {
            mo_err_format(&mo_TypeError, "ord() expected a character, but string of length %zu found", b->len);
            return NULL;
        }
        return mo_int_from_i64(b->data[0]);
    }
    if (mo_isinstance_type(c, &mo_bytearray_type)) {
        size_t n = 0;
        if (mo_length(c, &n) < 0) return NULL;
        if (n != 1) {
            mo_err_format(&mo_TypeError, "ord() expected a character, but string of length %zu found", n);
            return NULL;
        }
        MoObject *zero = mo_int_from_i64(0);
        if (!zero) return NULL;
        MoObject *r = mo_getitem(c, zero);
        mo_decref(zero);
        return r;
    }
    mo_err_format(&mo_TypeError, "ord() expected string of length 1, but %T found", c);
    return NULL;
}

/* ---- numbers ------------------------------------------------------------------------------------ */

static MoObject *builtin_divmod(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("divmod", nargs, kwnames, 2, 2) < 0) return NULL;
    MoObject *a = args[0], *b = args[1];
    MoObject *r = mo_number_divmod(a, b);
    if (r != mo_NotImplemented) return r;
    mo_decref(r);
    /* User classes: __divmod__, then the reflected __rdivmod__. */
    MoObject *m = mo_lookup_special(a, "__divmod__");
    if (m) {
        r = mo_call1(m, b);
        mo_decref(m);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    } else if (mo_err_occurred()) {
        return NULL;
    }
    if (b->type != a->type) {
        m = mo_lookup_special(b, "__rdivmod__");
        if (m) {
            r = mo_call1(m, a);
            mo_decref(m);
            if (r != mo_NotImplemented) return r;
            mo_decref(r);
        } else if (mo_err_occurred()) {
            return NULL;
        }
    }
    mo_err_format(&mo_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a->type->name,
                  b->type->name);
    return NULL;
}

static MoObject *builtin_pow(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"base", "exp", "mod"};
    MoObject *o[3];
    if (mo_parse_args("pow", args, nargs, kwnames, names, 2, 0, o, 3) < 0) return NULL;
    if (!o[2] || o[2] == mo_None) return mo_binop(o[0], o[1], MO_POW);
    if (MO_INT_CHECK(o[0]) && MO_INT_CHECK(o[1]) && MO_INT_CHECK(o[2])) return mo_int_pow3(o[0], o[1], o[2]);
    /* CPython's ternary power tries only the base's __pow__(exp, mod) (never __rpow__); float's
     * slot then rejects any modulus, everything else is unsupported. */
    if (o[0]->type->flags & MO_TPFLAG_HEAPTYPE) {
        MoObject *m = mo_lookup_special(o[0], "__pow__");
        if (!m && mo_err_occurred()) return NULL;
        if (m && MO_TYPE(m) != &mo_builtin_function_type) {
            MoObject *r = mo_call(m, o + 1, 2, NULL);
            mo_decref(m);
            if (r != mo_NotImplemented) return r;
            mo_decref(r);
        } else {
            mo_xdecref(m);
        }
    }
    if (MO_COMPLEX_CHECK(o[0]) || MO_COMPLEX_CHECK(o[1]) || MO_COMPLEX_CHECK(o[2])) {
        /* The first float or complex operand's power slot decides: float's TypeError below,
         * complex's ValueError (int's slot declines). */
        for (int k = 0; k < 3 && !mo_isinstance_type(o[k], &mo_float_type); k++) {
            if (MO_COMPLEX_CHECK(o[k])) {
                mo_err_set(&mo_ValueError, "complex modulo");
                return NULL;
            }
        }
    }
    bool a_num = MO_INT_CHECK(o[0]) || mo_isinstance_type(o[0], &mo_float_type);
    bool b_num = MO_INT_CHECK(o[1]) || mo_isinstance_type(o[1], &mo_float_type);
    bool any_float = mo_isinstance_type(o[0], &mo_float_type) || mo_isinstance_type(o[1], &mo_float_type) ||
                     mo_isinstance_type(o[2], &mo_float_type);
    if (a_num && b_num && any_float) {
        mo_err_set(&mo_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    mo_err_format(&mo_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", o[0]->type->name,
                  o[1]->type->name, o[2]->type->name);
    return NULL;
}

static MoObject *builtin_round(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"number", "ndigits"};
    MoObject *o[2];
    if (mo_parse_args("round", args, nargs, kwnames, names, 1, 0, o, 2) < 0) return NULL;
    MoObject *nd = o[1] == mo_None ? NULL : o[1];
    if (MO_INT_CHECK(o[0]) || MO_CHECK_EXACT(o[0], mo_float_type) || mo_isinstance_type(o[0], &mo_float_type)) {
        MoObject *m = (o[0]->type->flags & MO_TPFLAG_HEAPTYPE) ? mo_lookup_special(o[0], "__round__") : NULL;
        if (!m || MO_TYPE(m) == &mo_builtin_function_type) {
            mo_xdecref(m);
            return mo_number_round(o[0], nd);
        }
        MoObject *r = nd ? mo_call1(m, nd) : mo_call0(m);
        mo_decref(m);
        return r;
    }
    MoObject *m = mo_lookup_special(o[0], "__round__");
    if (!m) {
        if (!mo_err_occurred()) mo_err_format(&mo_TypeError, "type %s doesn't define __round__ method", o[0]->type->name);
        return NULL;
    }
    MoObject *r = nd ? mo_call1(m, nd) : mo_call0(m);
    mo_decref(m);
    return r;
}

static MoObject *builtin_sum(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    MoObject *o[2];
    if (mo_parse_args("sum", args, nargs, kwnames, names, 1, 1, o, 2) < 0) return NULL;
    MoObject *start = o[1];
    if (start) {
        if (MO_STR_CHECK(start)) {
            mo_err_set(&mo_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
            return NULL;
        }
        if (mo_isinstance_type(start, &mo_bytes_type)) {
            mo_err_set(&mo_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
            return NULL;
        }
        if (mo_isinstance_type(start, &mo_bytearray_type)) {
            mo_err_set(&mo_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
            return NULL;
        }
    }
    MoObject *it = mo_iter(o[0]);
    if (!it) return NULL;
    MoObject *acc = start ? mo_newref(start) : mo_int_from_i64(0);
    if (!acc) {
        mo_decref(it);
        return NULL;
    }
    MoObject *x;
    while ((x = mo_next(it))) {
        MoObject *r = mo_binop(acc, x, MO_ADD);
        mo_decref(x);
        mo_decref(acc);
        acc = r;
        if (!acc) break;
    }
    mo_decref(it);
    if (!acc) return NULL;
    if (mo_err_occurred()) {
        mo_decref(acc);
        return NULL;
    }
    return acc;
}

/* ---- iteration ------------------------------------------------------------------------------------ */

static MoObject *any_all(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames, bool want) {
    if (one_arg(name, nargs, kwnames) < 0) return NULL;
    MoObject *it = mo_iter(args[0]);
    if (!it) return NULL;
    MoObject *x;
    while ((x = mo_next(it))) {
        int t = mo_truth(x);
        mo_decref(x);
        if (t < 0) {
            mo_decref(it);
            return NULL;
        }
        if ((t != 0) == want) {
            mo_decref(it);
            return mo_bool(want);
        }
    }
    mo_decref(it);
    if (mo_err_occurred()) return NULL;
    return mo_bool(!want);
}

static MoObject *builtin_any(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return any_all("any", args, nargs, kwnames, true);
}

static MoObject *builtin_all(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return any_all("all", args, nargs, kwnames, false);
}

static MoObject *min_max(const char *name, MoObject *const *args, size_t nargs, MoObject *kwnames, MoCompareOp op) {
    MoObject *key = NULL, *dflt = NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        MoObject *k = MO_TUPLE_ITEM(kwnames, i);
        if (mo_str_eq_cstr(k, "key")) key = args[nargs + i];
        else if (mo_str_eq_cstr(k, "default")) dflt = args[nargs + i];
        else {
            if (nkw > 2) {
                mo_err_format(&mo_TypeError, "%s() takes at most 2 keyword arguments (%zu given)", name, nkw);
                return NULL;
            }
            mo_err_format(&mo_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
            return NULL;
        }
    }
    if (nargs == 0) {
        mo_err_format(&mo_TypeError, "%s expected at least 1 argument, got 0", name);
        return NULL;
    }
    if (nargs > 1 && dflt) {
        mo_err_format(&mo_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        return NULL;
    }
    if (key == mo_None) key = NULL;
    MoObject *it;
    if (nargs == 1) {
        it = mo_iter(args[0]);
    } else {
        MoObject *t = mo_tuple_from_array(args, nargs);
        if (!t) return NULL;
        it = mo_iter(t);
        mo_decref(t);
    }
    if (!it) return NULL;
    MoObject *best = NULL, *bestkey = NULL, *x;
    while ((x = mo_next(it))) {
        MoObject *kx = key ? mo_call1(key, x) : mo_newref(x);
        if (!kx) {
            mo_decref(x);
            goto fail;
        }
        if (!best) {
            best = x;
            bestkey = kx;
            continue;
        }
        int c = mo_richcompare_bool(kx, bestkey, op);
        if (c < 0) {
            mo_decref(x);
            mo_decref(kx);
            goto fail;
        }
        if (c) {
            MO_SETREF(best, x);
            MO_SETREF(bestkey, kx);
        } else {
            mo_decref(x);
            mo_decref(kx);
        }
    }
    if (mo_err_occurred()) goto fail;
    mo_decref(it);
    mo_xdecref(bestkey);
    if (!best) {
        if (dflt) return mo_newref(dflt);
        mo_err_format(&mo_ValueError, "%s() arg is an empty sequence", name);
        return NULL;
    }
    return best;
fail:
    mo_decref(it);
    mo_xdecref(best);
    mo_xdecref(bestkey);
    return NULL;
}

static MoObject *builtin_min(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return min_max("min", args, nargs, kwnames, MO_LT);
}

static MoObject *builtin_max(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return min_max("max", args, nargs, kwnames, MO_GT);
}

static MoObject *builtin_sorted(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return NULL;
    }
    MoObject *key = NULL, *rev = NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        MoObject *k = MO_TUPLE_ITEM(kwnames, i);
        if (mo_str_eq_cstr(k, "key")) key = args[nargs + i];
        else if (mo_str_eq_cstr(k, "reverse")) rev = args[nargs + i];
        else {
            mo_err_format(&mo_TypeError, "'%U' is an invalid keyword argument for sort()", k);
            return NULL;
        }
    }
    int reverse = 0;
    if (rev) {
        if (MO_CHECK_EXACT(rev, mo_float_type)) {
            mo_err_set(&mo_TypeError, "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        /* Argument Clinic's bool(accept={int}) reads a C int. */
        int64_t v;
        if (MO_INT_CHECK(rev) && !mo_int_fits_i64(rev)) {
            mo_err_set(&mo_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        if (mo_index(rev, &v) < 0) return NULL;
        if (v > INT32_MAX || v < INT32_MIN) {
            mo_err_set(&mo_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        reverse = v != 0;
    }
    MoObject *list = mo_sequence_list(args[0]);
    if (!list) return NULL;
    if (mo_list_sort(list, key == mo_None ? NULL : key, reverse) < 0) {
        mo_decref(list);
        return NULL;
    }
    return list;
}

/* The iterator of iter(callable, sentinel). */
typedef struct MoCallIter {
    MO_HEAD;
    MoObject *func, *sentinel; /* both NULL once exhausted */
} MoCallIter;

static void calliter_dealloc(MoObject *o) {
    MoCallIter *c = (MoCallIter *)o;
    mo_gc_untrack(o);
    MO_CLEAR(c->func);
    MO_CLEAR(c->sentinel);
    mo_object_free(o);
}

static int calliter_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoCallIter *c = (MoCallIter *)o;
    if (c->func && visit(c->func, arg)) return 1;
    if (c->sentinel && visit(c->sentinel, arg)) return 1;
    return 0;
}

static void calliter_clear(MoObject *o) {
    MoCallIter *c = (MoCallIter *)o;
    MO_CLEAR(c->func);
    MO_CLEAR(c->sentinel);
}

static MoObject *calliter_iter(MoObject *o) { return mo_newref(o); }

static MoObject *calliter_next(MoObject *o) {
    MoCallIter *c = (MoCallIter *)o;
    if (!c->func) return NULL;
    MoObject *r = mo_call0(c->func);
    if (!r) {
        if (mo_err_matches(&mo_StopIteration)) {
            mo_err_clear();
            calliter_clear(o);
        }
        return NULL;
    }
    int eq = mo_richcompare_bool(r, c->sentinel, MO_EQ);
    if (eq != 0) {
        mo_decref(r);
        if (eq > 0) calliter_clear(o);
        return NULL;
    }
    return r;
}

MoType mo_calliter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "callable_iterator",
    .size = sizeof(MoCallIter),
    .flags = MO_TPFLAG_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .iter = calliter_iter,
    .iternext = calliter_next,
};

static MoObject *builtin_iter(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("iter", nargs, kwnames, 1, 2) < 0) return NULL;
    if (nargs == 1) return mo_iter(args[0]);
    if (!mo_callable(args[0])) {
        mo_err_set(&mo_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    MoCallIter *c = (MoCallIter *)mo_gc_new(&mo_calliter_type, sizeof(MoCallIter));
    if (!c) return NULL;
    c->func = mo_newref(args[0]);
    c->sentinel = mo_newref(args[1]);
    mo_gc_track(MO(c));
    return MO(c);
}

/* Resumes generator gen with value: 0 with *result the yielded value, 1 with *result its return
 * value (new references), -1 with an exception set (generator.c). */
extern int mo_generator_send_ex(MoObject *gen, MoObject *value, MoObject **result);

static MoObject *builtin_next(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("next", nargs, kwnames, 1, 2) < 0) return NULL;
    MoObject *it = args[0];
    if (!it->type->iternext) {
        mo_err_format(&mo_TypeError, "'%s' object is not an iterator", it->type->name);
        return NULL;
    }
    MoObject *r;
    if (it->type == &mo_generator_type) {
        /* The iternext slot drops a generator's return value; next() must carry it in the
         * StopIteration it raises. */
        int st = mo_generator_send_ex(it, mo_None, &r);
        if (st == 0) return r;
        if (st < 0) {
            if (nargs < 2 || !mo_err_matches(&mo_StopIteration)) return NULL;
            mo_err_clear();
            return mo_newref(args[1]);
        }
        if (nargs == 2) {
            mo_decref(r);
            return mo_newref(args[1]);
        }
        MoObject *targs = r == mo_None ? mo_tuple_new(0) : mo_tuple_pack(1, r);
        mo_decref(r);
        if (!targs) return NULL;
        MoObject *e = mo_exception_new(&mo_StopIteration, targs);
        mo_decref(targs);
        if (e) mo_err_restore(e);
        return NULL;
    }
    r = it->type->iternext(it);
    if (r) return r;
    if (mo_err_occurred()) {
        if (nargs < 2 || !mo_err_matches(&mo_StopIteration)) return NULL;
        mo_err_clear();
    }
    if (nargs == 2) return mo_newref(args[1]);
    mo_err_set(&mo_StopIteration, NULL);
    return NULL;
}

/* ---- types and attributes ----------------------------------------------------------------------- */

/* Checks cls against a class or a (nested) tuple of classes: 1, 0 or -1. */
static int class_check(MoObject *x, MoObject *cls, bool instance, int depth) {
    if (mo_isinstance_type(cls, &mo_tuple_type)) {
        if (depth > 200) {
            mo_err_set(&mo_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        for (size_t i = 0; i < MO_TUPLE_LEN(cls); i++) {
            int r = class_check(x, MO_TUPLE_ITEM(cls, i), instance, depth + 1);
            if (r) return r;
        }
        return 0;
    }
    MoObject *members = mo_union_args(cls);
    if (members) {
        for (size_t i = 0; i < MO_TUPLE_LEN(members); i++)
            if (MO_TUPLE_ITEM(members, i)->type == &mo_generic_alias_type) {
                mo_err_format(&mo_TypeError, "%s() argument 2 cannot be a parameterized generic",
                              instance ? "isinstance" : "issubclass");
                return -1;
            }
        return class_check(x, members, instance, depth + 1);
    }
    if (!mo_isinstance_type(cls, &mo_type_type)) {
        if (instance)
            mo_err_set(&mo_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        else
            mo_err_set(&mo_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    /* A metaclass's __instancecheck__/__subclasscheck__ written in Python decides (ABC-style). */
    if (instance && x->type == (MoType *)cls) return 1;
    if (cls->type->flags & MO_TPFLAG_HEAPTYPE) {
        MoObject *hook = mo_lookup_special(cls, instance ? "__instancecheck__" : "__subclasscheck__");
        if (hook && MO_TYPE(hook) != &mo_builtin_function_type) {
            MoObject *r = mo_call1(hook, x);
            mo_decref(hook);
            if (!r) return -1;
            int t = mo_truth(r);
            mo_decref(r);
            return t;
        }
        mo_xdecref(hook);
        if (mo_err_occurred()) return -1;
    }
    if (instance) return mo_isinstance_type(x, (MoType *)cls);
    return mo_type_is_subtype((MoType *)x, (MoType *)cls);
}

static MoObject *builtin_isinstance(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("isinstance", nargs, kwnames, 2, 2) < 0) return NULL;
    int r = class_check(args[0], args[1], true, 0);
    return r < 0 ? NULL : mo_bool(r);
}

static MoObject *builtin_issubclass(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("issubclass", nargs, kwnames, 2, 2) < 0) return NULL;
    if (!mo_isinstance_type(args[0], &mo_type_type)) {
        mo_err_set(&mo_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    int r = class_check(args[0], args[1], false, 0);
    return r < 0 ? NULL : mo_bool(r);
}

static MoObject *builtin_getattr(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("getattr", nargs, kwnames, 2, 3) < 0) return NULL;
    MoObject *r = mo_getattr(args[0], args[1]);
    if (!r && nargs == 3 && mo_err_matches(&mo_AttributeError)) {
        mo_err_clear();
        return mo_newref(args[2]);
    }
    return r;
}

static MoObject *builtin_hasattr(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("hasattr", nargs, kwnames, 2, 2) < 0) return NULL;
    MoObject *r = mo_getattr(args[0], args[1]);
    if (r) {
        mo_decref(r);
        return mo_bool(true);
    }
    if (mo_err_matches(&mo_AttributeError)) {
        mo_err_clear();
        return mo_bool(false);
    }
    return NULL;
}

static MoObject *builtin_setattr(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("setattr", nargs, kwnames, 3, 3) < 0) return NULL;
    if (mo_setattr(args[0], args[1], args[2]) < 0) return NULL;
    return mo_none();
}

static MoObject *builtin_delattr(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("delattr", nargs, kwnames, 2, 2) < 0) return NULL;
    if (mo_setattr(args[0], args[1], NULL) < 0) return NULL;
    return mo_none();
}

static MoObject *builtin_format(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"value", "format_spec"};
    MoObject *o[2];
    if (mo_parse_args("format", args, nargs, kwnames, names, 1, 2, o, 2) < 0) return NULL;
    if (o[1] && !MO_STR_CHECK(o[1])) {
        mo_err_format(&mo_TypeError, "format() argument 2 must be str, not %T", o[1]);
        return NULL;
    }
    if (o[1]) return mo_object_format(o[0], o[1]);
    MoObject *empty = mo_str_from_cstr("");
    if (!empty) return NULL;
    MoObject *r = mo_object_format(o[0], empty);
    mo_decref(empty);
    return r;
}

static MoObject *builtin_globals(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("globals", nargs, kwnames, 0, 0) < 0) return NULL;
    return mo_vm_globals();
}

/* The caller's locals: the namespace of a module or class body, a snapshot in a function (as
 * CPython 3.11: writing to it does not change the function's variables). */
static MoObject *current_locals(void) {
    if (!mo_vm || !mo_vm->frames) return mo_vm && mo_vm->globals ? mo_newref(mo_vm->globals) : mo_dict_new();
    return mo_vm_locals();
}

static MoObject *builtin_locals(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("locals", nargs, kwnames, 0, 0) < 0) return NULL;
    return current_locals();
}

static MoObject *builtin_vars(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("vars", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs == 0) return builtin_locals(self, args, 0, NULL);
    MoObject *d = mo_getattr_str(args[0], "__dict__");
    if (!d && mo_err_matches(&mo_AttributeError)) {
        mo_err_clear();
        mo_err_set(&mo_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static int add_keys(MoObject *set, MoObject *dict) {
    size_t pos = 0;
    MoObject *k, *v;
    while (mo_dict_next(dict, &pos, &k, &v))
        if (mo_dict_set(set, k, mo_None) < 0) return -1;
    return 0;
}

static MoObject *builtin_dir(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (check_count("dir", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs == 0) {
        MoObject *loc = current_locals();
        MoObject *list = loc ? mo_dict_keys_list(loc) : NULL;
        mo_xdecref(loc);
        if (list && mo_list_sort(list, NULL, false) < 0) MO_CLEAR(list);
        return list;
    }
    return mo_dir(args[0]);
}

/* A class lists its own and its ancestors' attributes (CPython's type.__dir__); anything else
 * answers through __dir__ (object.__dir__: instance dict plus class attributes). */
MoObject *mo_dir(MoObject *obj) {
    MoObject *list;
    if (mo_isinstance_type(obj, &mo_type_type)) {
        MoObject *names = mo_dict_new();
        if (!names) return NULL;
        MoObject *mro = ((MoType *)obj)->mro;
        for (size_t i = 0; mro && i < MO_TUPLE_LEN(mro); i++) {
            MoType *k = (MoType *)MO_TUPLE_ITEM(mro, i);
            if (k->dict && add_keys(names, k->dict) < 0) {
                mo_decref(names);
                return NULL;
            }
        }
        list = mo_dict_keys_list(names);
        mo_decref(names);
    } else {
        MoObject *m = mo_lookup_special(obj, "__dir__");
        if (!m) {
            if (!mo_err_occurred()) mo_err_set(&mo_TypeError, "object does not provide __dir__");
            return NULL;
        }
        MoObject *r = mo_call0(m);
        mo_decref(m);
        if (!r) return NULL;
        list = mo_sequence_list(r);
        mo_decref(r);
    }
    if (!list) return NULL;
    if (mo_list_sort(list, NULL, false) < 0) {
        mo_decref(list);
        return NULL;
    }
    return list;
}

/* ---- eval / exec / compile ---------------------------------------------------------------------- */

/* compile() modes. */
enum { MODE_EXEC, MODE_EVAL, MODE_SINGLE };

/* Marks a code object compiled in 'single' mode: running it prints the value of its expression
 * statement (CPython's PRINT_EXPR). A bit no MO_CO_* flag uses; co_flags is not exposed. */
#define CODE_INTERACTIVE 0x40000000u

/* The text of a str or bytes source (borrowed from src): 0, or -1 with SyntaxError/TypeError. A
 * bytes source must be UTF-8, and no source may contain NUL bytes (as CPython). `what` names the
 * accepted types in the TypeError. */
static int source_text(const char *fname, const char *what, MoObject *src, const char **text, size_t *len) {
    if (MO_STR_CHECK(src)) {
        *text = MO_STR_UTF8(src);
        *len = MO_STR_NBYTES(src);
    } else if (mo_isinstance_type(src, &mo_bytes_type)) {
        *text = (const char *)MO_BYTES(src)->data;
        *len = MO_BYTES(src)->len;
        if (!mo_utf8_valid(*text, *len)) {
            mo_err_set(&mo_SyntaxError, "source code string cannot contain invalid UTF-8");
            return -1;
        }
    } else {
        mo_err_format(&mo_TypeError, "%s() arg 1 must be a %s", fname, what);
        return -1;
    }
    if (memchr(*text, 0, *len)) {
        mo_err_set(&mo_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

/* Raises CPython's SyntaxError for a 'single' source holding more than one statement, located
 * at the end of the first one. Returns NULL. */
static MoCode *multiple_statements(const MoAstStmt *first, const char *filename, const char *text, size_t len) {
    const char *line = text, *end = text + len;
    for (int n = 1; n < first->end_lineno && line < end; n++) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        if (!nl) break;
        line = nl + 1;
    }
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    size_t linelen = nl ? (size_t)(nl - line) + 1 : (size_t)(end - line);
    MoObject *fn = mo_str_from_cstr(filename);
    MoObject *src = fn ? mo_str_from_utf8(line, linelen) : NULL;
    MoObject *ln = mo_int_from_i64(first->end_lineno), *col = mo_int_from_i64(first->end_col_offset + 1);
    MoObject *loc = fn && src && ln && col ? mo_tuple_pack(6, fn, ln, col, src, ln, col) : NULL;
    mo_xdecref(fn);
    mo_xdecref(src);
    mo_xdecref(ln);
    mo_xdecref(col);
    if (!loc) return NULL;
    MoObject *msg = mo_str_from_cstr("multiple statements found while compiling a single statement");
    MoObject *args = msg ? mo_tuple_pack(2, msg, loc) : NULL;
    mo_xdecref(msg);
    mo_decref(loc);
    if (!args) return NULL;
    MoObject *e = mo_exception_new(&mo_SyntaxError, args);
    mo_decref(args);
    if (e) mo_err_restore(e);
    return NULL;
}

/* Parses and compiles source text (borrowed) as filename in a compile() mode: a new reference,
 * or NULL with SyntaxError/MemoryError. */
static MoCode *compile_text(const char *text, size_t len, const char *filename, int mode) {
    /* The parser wants a NUL-terminated copy (bytes objects need not have one). */
    char *copy = mo_alloc(len + 1);
    if (!copy) return NULL;
    memcpy(copy, text, len);
    copy[len] = 0;
    MoArena *arena = mo_arena_new();
    if (!arena) {
        mo_free(copy);
        mo_err_nomemory();
        return NULL;
    }
    MoAstMod *mod = mo_parse(arena, copy, len, filename, mode == MODE_EVAL ? MO_PARSE_EVAL : MO_PARSE_FILE);
    MoCode *code = NULL;
    if (mod && mode == MODE_SINGLE && mod->v.Module.body.len > 1)
        multiple_statements(mod->v.Module.body.items[0], filename, copy, len);
    else if (mod)
        code = mo_compile(mod, filename, copy, len, mode == MODE_SINGLE);
    /* Only an expression statement's value is displayed; keep_last_value also returns the value
     * of a last expression statement nested in a compound statement, which 'single' must not
     * print, so the flag is set only for a lone expression statement. */
    if (code && mode == MODE_SINGLE && mod->v.Module.body.len == 1 &&
        mod->v.Module.body.items[0]->kind == MO_STMT_Expr)
        code->flags |= CODE_INTERACTIVE;
    MoObject *exc = code ? NULL : mo_err_fetch();
    mo_arena_free(arena);
    mo_free(copy);
    if (!code) {
        mo_err_restore(exc);
        return NULL;
    }
    return code;
}

static MoObject *run_code(MoCode *code, bool is_eval, MoObject *globals, MoObject *locals);

/* eval/exec: compiles and runs source text (or runs a code object) in a nested loop. Without
 * explicit globals the module's globals and the caller's locals are used (in a function, a
 * snapshot of its locals). */
static MoObject *eval_exec(const char *fname, bool is_eval, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"source", "globals", "locals"};
    MoObject *o[3];
    if (mo_parse_args(fname, args, nargs, kwnames, names, 1, 1, o, 3) < 0) return NULL;
    MoObject *src = o[0], *globals = o[1] == mo_None ? NULL : o[1], *locals = o[2] == mo_None ? NULL : o[2];
    const char *text = NULL;
    size_t len = 0;
    if (MO_TYPE(src) == &mo_code_type) {
        MoCode *c = MO_CODE(src);
        if (c->nfrees) {
            if (is_eval) mo_err_set(&mo_TypeError, "code object passed to eval() may not contain free variables");
            else mo_err_format(&mo_TypeError, "code object requires a closure of exactly length %u", c->nfrees);
            return NULL;
        }
        /* Code of a generator or coroutine function needs the machinery that calling the function
         * sets up; running its body as plain code would misbehave, so it is refused (CPython runs
         * it and returns the generator's first yielded value, a corner no program relies on). */
        if (c->flags & (MO_CO_GENERATOR | MO_CO_COROUTINE | MO_CO_ASYNC_GENERATOR | MO_CO_VARARGS |
                        MO_CO_VARKEYWORDS) ||
            c->argcount || c->kwonlyargcount) {
            mo_err_format(&mo_TypeError, "%s() cannot run the code object of a function with parameters or "
                                         "of a generator", fname);
            return NULL;
        }
    } else if (source_text(fname, "string, bytes or code object", src, &text, &len) < 0) {
        return NULL;
    }
    if (globals && !MO_DICT_CHECK(globals)) {
        mo_err_format(&mo_TypeError, is_eval ? "globals must be a dict"
                                             : "exec() globals must be a dict, not %T", globals);
        return NULL;
    }
    if (locals && !MO_DICT_CHECK(locals)) {
        mo_err_format(&mo_TypeError, "locals must be a mapping");
        return NULL;
    }
    MoCode *code;
    if (text) {
        if (is_eval)
            while (len && (*text == ' ' || *text == '\t')) text++, len--;
        code = compile_text(text, len, "<string>", is_eval ? MODE_EVAL : MODE_EXEC);
        if (!code) return NULL;
    } else {
        code = MO_CODE(mo_newref(src));
    }
    MoObject *caller_locals = NULL;
    if (!globals) {
        if (!mo_vm || !mo_vm->globals) {
            mo_decref(MO(code));
            mo_err_set(&mo_RuntimeError, "no interpreter is running");
            return NULL;
        }
        globals = mo_vm->globals;
        if (!locals) {
            caller_locals = current_locals();
            if (!caller_locals) {
                mo_decref(MO(code));
                return NULL;
            }
            locals = caller_locals;
        }
    }
    MoObject *r = run_code(code, is_eval, globals, locals);
    mo_xdecref(caller_locals);
    return r;
}

/* Runs code (stolen) in the namespaces (both borrowed): new reference or NULL. */
static MoObject *run_code(MoCode *code, bool is_eval, MoObject *globals, MoObject *locals) {
    bool interactive = code->flags & CODE_INTERACTIVE;
    /* Top-level code reads and writes names as globals (the compiler emits global ops at module
     * level), so separate locals are layered over a copy of the globals, and what the code binds
     * is copied back into locals afterwards. */
    MoObject *ns = globals;
    if (locals && locals != globals) {
        ns = mo_dict_copy(globals);
        if (!ns || mo_dict_merge(ns, locals, 1) < 0) {
            mo_xdecref(ns);
            mo_decref(MO(code));
            return NULL;
        }
    } else {
        mo_incref(ns);
    }
    /* A dict the program put under "__builtins__" is what names fall back to, as in CPython
     * ({"__builtins__": {}} hides len & co). Unlike CPython, exec never stores the run's own
     * builtins there: the sandbox hands out no builtins object (docs/security.md). */
    MoObject *builtins = mo_dict_get_str(globals, "__builtins__");
    if (!builtins || !MO_DICT_CHECK(builtins)) builtins = mo_vm->builtins;
    MoFrame *f = mo_frame_new(code, NULL, ns, builtins, NULL);
    mo_decref(MO(code));
    MoObject *r = f ? mo_vm_run(f, false) : NULL;
    if (r == MO_VM_PAUSED) {
        mo_err_set(&mo_RuntimeError, "host functions cannot be called from eval() or exec()");
        r = NULL;
    }
    if (r && ns != globals) {
        size_t pos = 0;
        MoObject *k, *v;
        while (mo_dict_next(ns, &pos, &k, &v)) {
            MoObject *g = mo_dict_get(globals, k);
            if (g == v && !mo_dict_get(locals, k)) continue;
            if (mo_dict_set(locals, k, v) < 0) {
                MO_CLEAR(r);
                break;
            }
        }
    }
    mo_decref(ns);
    if (r && interactive) {
        /* sys.displayhook: the repr of a non-None value on stdout (builtins._ is not set: the
         * sandbox's builtins are not writable). */
        if (r != mo_None) {
            MoObject *rep = mo_repr(r);
            MoObject *p = rep ? builtin_print(NULL, &rep, 1, NULL) : NULL;
            mo_xdecref(rep);
            mo_xdecref(p);
            if (!p) MO_CLEAR(r);
        }
        if (r) MO_SETREF(r, mo_none());
    }
    if (!r || is_eval) return r;
    mo_decref(r);
    return mo_none();
}

static MoObject *builtin_eval(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return eval_exec("eval", true, args, nargs, kwnames);
}

static MoObject *builtin_exec(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    return eval_exec("exec", false, args, nargs, kwnames);
}

/* CPython 3.11's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_SOURCE_IS_UTF8 | PyCF_DONT_IMPLY_DEDENT |
 * PyCF_ONLY_AST | PyCF_IGNORE_COOKIE | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT |
 * PyCF_ALLOW_INCOMPLETE_INPUT: the flags compile() recognises. */
#define COMPILE_KNOWN_FLAGS 0x3ffff10u

static MoObject *builtin_compile(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    MoObject *o[6];
    if (mo_parse_args("compile", args, nargs, kwnames, names, 3, 0, o, 6) < 0) return NULL;
    MoObject *fn = o[1];
    if (!MO_STR_CHECK(fn) && !mo_isinstance_type(fn, &mo_bytes_type)) {
        MoObject *m = mo_lookup_special(fn, "__fspath__");
        if (!m) {
            if (!mo_err_occurred())
                mo_err_format(&mo_TypeError, "expected str, bytes or os.PathLike object, not %T", fn);
            return NULL;
        }
        fn = mo_call0(m);
        mo_decref(m);
        if (!fn) return NULL;
        if (!MO_STR_CHECK(fn) && !mo_isinstance_type(fn, &mo_bytes_type)) {
            mo_err_format(&mo_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o[1], fn);
            mo_decref(fn);
            return NULL;
        }
    } else {
        mo_incref(fn);
    }
    MoObject *fname = fn;
    if (!MO_STR_CHECK(fn)) {
        fname = mo_str_from_utf8((const char *)MO_BYTES(fn)->data, MO_BYTES(fn)->len);
        mo_decref(fn);
        if (!fname) return NULL;
    }
    MoObject *r = NULL;
    int mode;
    int64_t flags = 0, optimize = -1;
    const char *text;
    size_t len;
    if (!MO_STR_CHECK(o[2])) {
        mo_err_format(&mo_TypeError, "compile() argument 'mode' must be str, not %T", o[2]);
        goto done;
    }
    if (mo_str_eq_cstr(o[2], "exec")) mode = MODE_EXEC;
    else if (mo_str_eq_cstr(o[2], "eval")) mode = MODE_EVAL;
    else if (mo_str_eq_cstr(o[2], "single")) mode = MODE_SINGLE;
    else {
        mo_err_set(&mo_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        goto done;
    }
    if (o[3] && mo_index(o[3], &flags) < 0) goto done;
    if (o[4]) {
        int64_t di;
        if (mo_index(o[4], &di) < 0) goto done;
    }
    if (o[5] && mo_index(o[5], &optimize) < 0) goto done;
    if (flags & ~(int64_t)COMPILE_KNOWN_FLAGS) {
        mo_err_set(&mo_ValueError, "compile(): unrecognised flags");
        goto done;
    }
    if (optimize < -1 || optimize > 2) {
        mo_err_set(&mo_ValueError, "compile(): invalid optimize value");
        goto done;
    }
    if (flags) {
        mo_err_set(&mo_ValueError, "compile(): flags other than 0 are not supported");
        goto done;
    }
    if (source_text("compile", "string, bytes or AST object", o[0], &text, &len) < 0) goto done;
    r = MO(compile_text(text, len, MO_STR_UTF8(fname), mode));
done:
    mo_decref(fname);
    return r;
}

/* ---- super -------------------------------------------------------------------------------------- */

typedef struct MoSuper {
    MO_HEAD;
    MoObject *type;     /* the class after which the MRO search starts */
    MoObject *obj;      /* the instance (or class) bound, or NULL */
    MoObject *obj_type; /* the class whose MRO is searched, or NULL */
} MoSuper;

static void super_clear(MoObject *o) {
    MoSuper *s = (MoSuper *)o;
    MO_CLEAR(s->type);
    MO_CLEAR(s->obj);
    MO_CLEAR(s->obj_type);
}

static void super_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    super_clear(o);
    mo_object_free(o);
}

static int super_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoSuper *s = (MoSuper *)o;
    MoObject *refs[] = {s->type, s->obj, s->obj_type};
    for (size_t i = 0; i < 3; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return 0;
}

static MoObject *super_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (no_kw("super", kwnames) < 0) return NULL;
    if (nargs > 2) {
        mo_err_format(&mo_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
        return NULL;
    }
    MoObject *cls, *obj = NULL;
    if (nargs == 0) {
        if (mo_vm_super_args(&cls, &obj) < 0) return NULL;
    } else {
        cls = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!mo_isinstance_type(cls, &mo_type_type)) {
        mo_err_format(&mo_TypeError, "super() argument 1 must be a type, not %T", cls);
        return NULL;
    }
    if (obj == mo_None && nargs == 2) obj = NULL;
    MoObject *obj_type = NULL;
    if (obj) {
        if (mo_isinstance_type(obj, &mo_type_type) && mo_type_is_subtype((MoType *)obj, (MoType *)cls))
            obj_type = obj;
        else if (mo_isinstance_type(obj, (MoType *)cls))
            obj_type = MO(obj->type);
        else {
            mo_err_set(&mo_TypeError, "super(type, obj): obj must be an instance or subtype of type");
            return NULL;
        }
    }
    MoSuper *s = (MoSuper *)mo_gc_new(type, type->size);
    if (!s) return NULL;
    s->type = mo_newref(cls);
    s->obj = obj ? mo_newref(obj) : NULL;
    s->obj_type = obj_type ? mo_newref(obj_type) : NULL;
    mo_gc_track(MO(s));
    return MO(s);
}

static MoObject *super_getattr(MoObject *o, MoObject *name) {
    MoSuper *s = (MoSuper *)o;
    if (s->obj_type && !mo_str_eq_cstr(name, "__class__")) {
        MoObject *mro = ((MoType *)s->obj_type)->mro;
        size_t n = mro ? MO_TUPLE_LEN(mro) : 0, i = 0;
        while (i < n && MO_TUPLE_ITEM(mro, i) != s->type) i++;
        for (i++; i < n; i++) {
            MoType *k = (MoType *)MO_TUPLE_ITEM(mro, i);
            if (!k->dict) continue;
            MoObject *r = mo_dict_get(k->dict, name);
            if (!r) {
                if (mo_err_occurred()) return NULL;
                continue;
            }
            if (r->type->descr_get)
                return r->type->descr_get(r, s->obj == s->obj_type ? NULL : s->obj, (MoType *)s->obj_type);
            return mo_newref(r);
        }
    }
    return mo_generic_getattr(o, name);
}

static MoObject *super_repr(MoObject *o) {
    MoSuper *s = (MoSuper *)o;
    if (s->obj_type)
        return mo_format("<super: <class '%s'>, <%s object>>", ((MoType *)s->type)->name, ((MoType *)s->obj_type)->name);
    return mo_format("<super: <class '%s'>, NULL>", ((MoType *)s->type)->name);
}

static MoObject *super_get_thisclass(MoObject *o) { return mo_newref(((MoSuper *)o)->type); }
static MoObject *super_get_self(MoObject *o) {
    MoSuper *s = (MoSuper *)o;
    return s->obj ? mo_newref(s->obj) : mo_none();
}
static MoObject *super_get_self_class(MoObject *o) {
    MoSuper *s = (MoSuper *)o;
    return s->obj_type ? mo_newref(s->obj_type) : mo_none();
}

static const MoGetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()"},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, NULL, "the type of the instance invoking super(); may be None"},
    {NULL, NULL, NULL, NULL},
};

MoType mo_super_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "super",
    .size = sizeof(MoSuper),
    .flags = MO_TPFLAG_GC | MO_TPFLAG_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .clear = super_clear,
    .vnew = super_vnew,
    .repr = super_repr,
    .getattr = super_getattr,
    .getsets = super_getsets,
};

/* ---- the table ----------------------------------------------------------------------------------- */

static const MoMethodDef builtin_defs[] = {
    {"print", builtin_print, MO_METH_STATIC, "Prints the values to a stream, or to stdout by default."},
    {"input", builtin_input, MO_METH_STATIC, "Read a string from standard input."},
    {"exit", builtin_exit, MO_METH_STATIC, "Raise SystemExit."},
    {"quit", builtin_exit, MO_METH_STATIC, "Raise SystemExit."},
    {"len", builtin_len, MO_METH_STATIC, "Return the number of items in a container."},
    {"repr", builtin_repr, MO_METH_STATIC, "Return the canonical string representation of the object."},
    {"ascii", builtin_ascii, MO_METH_STATIC, "Return an ASCII-only representation of an object."},
    {"abs", builtin_abs, MO_METH_STATIC, "Return the absolute value of the argument."},
    {"callable", builtin_callable, MO_METH_STATIC, "Return whether the object is callable."},
    {"hash", builtin_hash, MO_METH_STATIC, "Return the hash value for the given object."},
    {"id", builtin_id, MO_METH_STATIC, "Return the identity of an object."},
    {"hex", builtin_hex, MO_METH_STATIC, "Return the hexadecimal representation of an integer."},
    {"oct", builtin_oct, MO_METH_STATIC, "Return the octal representation of an integer."},
    {"bin", builtin_bin, MO_METH_STATIC, "Return the binary representation of an integer."},
    {"chr", builtin_chr, MO_METH_STATIC, "Return a Unicode string of one character with ordinal i."},
    {"ord", builtin_ord, MO_METH_STATIC, "Return the Unicode code point for a one-character string."},
    {"divmod", builtin_divmod, MO_METH_STATIC, "Return the tuple (x//y, x%y)."},
    {"pow", builtin_pow, MO_METH_STATIC, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3."},
    {"round", builtin_round, MO_METH_STATIC, "Round a number to a given precision in decimal digits."},
    {"sum", builtin_sum, MO_METH_STATIC, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."},
    {"any", builtin_any, MO_METH_STATIC, "Return True if bool(x) is True for any x in the iterable."},
    {"all", builtin_all, MO_METH_STATIC, "Return True if bool(x) is True for all values x in the iterable."},
    {"min", builtin_min, MO_METH_STATIC, "Return the smallest item."},
    {"max", builtin_max, MO_METH_STATIC, "Return the largest item."},
    {"sorted", builtin_sorted, MO_METH_STATIC, "Return a new list containing all items from the iterable in ascending order."},
    {"iter", builtin_iter, MO_METH_STATIC, "Get an iterator from an object."},
    {"next", builtin_next, MO_METH_STATIC, "Return the next item from the iterator."},
    {"isinstance", builtin_isinstance, MO_METH_STATIC, "Return whether an object is an instance of a class."},
    {"issubclass", builtin_issubclass, MO_METH_STATIC, "Return whether 'cls' is derived from another class."},
    {"getattr", builtin_getattr, MO_METH_STATIC, "Get a named attribute from an object."},
    {"hasattr", builtin_hasattr, MO_METH_STATIC, "Return whether the object has an attribute with the given name."},
    {"setattr", builtin_setattr, MO_METH_STATIC, "Sets the named attribute on the given object to the specified value."},
    {"delattr", builtin_delattr, MO_METH_STATIC, "Deletes the named attribute from the given object."},
    {"format", builtin_format, MO_METH_STATIC, "Return type(value).__format__(value, format_spec)."},
    {"globals", builtin_globals, MO_METH_STATIC, "Return the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, MO_METH_STATIC, "Return a dictionary containing the current scope's local variables."},
    {"vars", builtin_vars, MO_METH_STATIC, "Show vars."},
    {"dir", builtin_dir, MO_METH_STATIC, "Show attributes of an object."},
    {"__import__", mo_builtin_import, MO_METH_STATIC, "Import a module."},
    {"compile", builtin_compile, MO_METH_STATIC, "Compile source into a code object."},
    {"eval", builtin_eval, MO_METH_STATIC, "Evaluate the given source in the context of globals and locals."},
    {"exec", builtin_exec, MO_METH_STATIC, "Execute the given source in the context of globals and locals."},
    {NULL, NULL, 0, NULL},
};

/* Readies a type defined here if the runtime has not (start-up objects must be immortal, so this
 * runs with no interpreter selected). */
static int ready_immortal(MoType *t) {
    if (t->mro) return 0;
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    int r = mo_type_ready(t);
    mo_vm = saved;
    return r;
}

extern MoType *const mo_exception_types[];
extern MoType mo_member_descr_type; /* type.c: __slots__ members */

int mo_builtins_fill(MoObject *dict) {
    if (ready_immortal(&mo_super_type) < 0 || ready_immortal(&mo_calliter_type) < 0 ||
        ready_immortal(&mo_generic_alias_type) < 0 || ready_immortal(&mo_member_descr_type) < 0 ||
        ready_immortal(&mo_union_type) < 0 || ready_immortal(&mo_mappingproxy_type) < 0 ||
        mo_exception_group_ready() < 0)
        return -1;
    for (const MoMethodDef *d = builtin_defs; d->name; d++) {
        MoObject *f = mo_builtin_function_new(d, NULL);
        if (!f) return -1;
        int r = mo_dict_set_str(dict, d->name, f);
        mo_decref(f);
        if (r < 0) return -1;
    }
    static const struct {
        const char *name;
        MoType *type;
    } types[] = {
        {"object", &mo_object_type},
        {"type", &mo_type_type},
        {"int", &mo_int_type},
        {"float", &mo_float_type},
        {"complex", &mo_complex_type},
        {"bool", &mo_bool_type},
        {"str", &mo_str_type},
        {"bytes", &mo_bytes_type},
        {"bytearray", &mo_bytearray_type},
        {"list", &mo_list_type},
        {"tuple", &mo_tuple_type},
        {"dict", &mo_dict_type},
        {"set", &mo_set_type},
        {"frozenset", &mo_frozenset_type},
        {"range", &mo_range_type},
        {"slice", &mo_slice_type},
        {"enumerate", &mo_enumerate_type},
        {"zip", &mo_zip_type},
        {"map", &mo_map_type},
        {"filter", &mo_filter_type},
        {"reversed", &mo_reversed_type},
        {"property", &mo_property_type},
        {"classmethod", &mo_classmethod_type},
        {"staticmethod", &mo_staticmethod_type},
        {"super", &mo_super_type},
        {NULL, NULL},
    };
    for (size_t i = 0; types[i].name; i++)
        if (mo_dict_set_str(dict, types[i].name, MO(types[i].type)) < 0) return -1;
    for (size_t i = 0; mo_exception_types[i]; i++)
        if (mo_dict_set_str(dict, mo_exception_types[i]->name, MO(mo_exception_types[i])) < 0) return -1;
    if (mo_dict_set_str(dict, "EnvironmentError", MO(&mo_OSError)) < 0) return -1;
    if (mo_dict_set_str(dict, "IOError", MO(&mo_OSError)) < 0) return -1;
    if (mo_dict_set_str(dict, "NotImplemented", mo_NotImplemented) < 0) return -1;
    if (mo_dict_set_str(dict, "Ellipsis", mo_Ellipsis) < 0) return -1;
    if (mo_dict_set_str(dict, "None", mo_None) < 0) return -1;
    if (mo_dict_set_str(dict, "True", mo_True) < 0) return -1;
    if (mo_dict_set_str(dict, "False", mo_False) < 0) return -1;
    if (install_open(dict) < 0) return -1;
    MoObject *name = mo_str_from_cstr("builtins");
    if (!name) return -1;
    int r = mo_dict_set_str(dict, "__name__", name);
    mo_decref(name);
    return r;
}

/*
 * Unit tests of the symbol table (src/compile/symtable.c): scope kinds, name classification for
 * closures, globals, nonlocal, class bodies and the implicit __class__ cell, comprehensions and
 * walrus targets, and the scope-related SyntaxErrors. Every expectation was checked against
 * CPython 3.11's `symtable` module and compile().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/symtable.h"
#include "core/object.h"
#include "core/state.h"
#include "parse/parser.h"

static int passed, failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) passed++;                                                          \
        else {                                                                       \
            failed++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

static MoVM vm;
static MoArena *arena;
static MoSymTable *table;
static const char *source;

static void setup(void) {
    if (mo_runtime_init() < 0) {
        fprintf(stderr, "mo_runtime_init failed\n");
        exit(2);
    }
    memset(&vm, 0, sizeof vm);
    vm.limits.memory_bytes = 512 << 20;
    vm.gc_head.next = vm.gc_head.prev = &vm.gc_head;
    mo_vm = &vm;
}

static void release(void) {
    mo_symtable_free(table);
    mo_arena_free(arena);
    table = NULL;
    arena = NULL;
}

/* Parses and builds the table of src; returns the module scope or NULL (error left set). */
static MoSymScope *build(const char *src) {
    release();
    source = src;
    arena = mo_arena_new();
    if (!arena) return NULL;
    MoAstMod *mod = mo_parse(arena, src, strlen(src), "t.py", MO_PARSE_FILE);
    if (!mod) {
        fprintf(stderr, "parse failed: %s\n", src);
        return NULL;
    }
    table = mo_symtable_build(mod, "t.py", src, strlen(src));
    return table ? mo_symtable_top(table) : NULL;
}

/* Finds the direct child scope named `name` (the n-th one with that name, from 0). */
static MoSymScope *child(MoSymScope *s, const char *name, int n) {
    if (!s) return NULL;
    for (size_t i = 0; i < s->nchildren; i++)
        if (mo_str_eq_cstr(s->children[i]->name, name) && n-- == 0) return s->children[i];
    return NULL;
}

static MoSymKind kind(MoSymScope *s, const char *name) {
    if (!s) return (MoSymKind)-1;
    return mo_symscope_kind(s, mo_str_intern(name));
}

/* Builds src expecting a SyntaxError with message msg at (lineno, 1-based offset). */
static bool raises(const char *src, const char *msg, long lineno, long offset) {
    MoSymScope *top = build(src);
    if (top) {
        fprintf(stderr, "no error for: %s\n", src);
        return false;
    }
    MoObject *e = mo_err_fetch();
    bool ok = e && MO_TYPE(e) == &mo_SyntaxError;
    MoTuple *args = ok ? (MoTuple *)((MoException *)e)->args : NULL;
    ok = ok && args && args->len == 2 && mo_str_eq_cstr(args->items[0], msg);
    if (ok) {
        MoTuple *loc = (MoTuple *)args->items[1];
        int64_t l = 0, c = 0;
        ok = mo_int_as_i64(loc->items[1], &l) == 0 && mo_int_as_i64(loc->items[2], &c) == 0 && l == lineno &&
             c == offset;
    }
    if (!ok) {
        MoObject *s = e ? mo_exception_str(e) : NULL;
        fprintf(stderr, "wrong error for: %s\n  got %s: %s\n  want %s (%ld, %ld)\n", src, e ? MO_TYPE(e)->name : "-",
                s ? MO_STR_UTF8(s) : "?", msg, lineno, offset);
        mo_xdecref(s);
        mo_err_clear();
    }
    mo_xdecref(e);
    return ok;
}

static void test_closures(void) {
    MoSymScope *top = build("x = 1\n"
                            "def f(a, b=x):\n"
                            "    c = a\n"
                            "    def g():\n"
                            "        nonlocal c\n"
                            "        c = 2\n"
                            "        def h():\n"
                            "            return a + c + x + len\n"
                            "        return h\n"
                            "    return g\n");
    CHECK(top && top->kind == MO_SCOPE_MODULE);
    CHECK(kind(top, "x") == MO_SYM_LOCAL);
    CHECK(kind(top, "f") == MO_SYM_LOCAL);
    MoSymScope *f = child(top, "f", 0), *g = child(f, "g", 0), *h = child(g, "h", 0);
    CHECK(f && g && h);
    CHECK(f && f->kind == MO_SCOPE_FUNCTION && f->nparams == 2 && f->lineno == 2);
    CHECK(f && mo_str_eq_cstr(f->symbols[0].name, "a") && mo_str_eq_cstr(f->symbols[1].name, "b"));
    CHECK(kind(f, "a") == MO_SYM_CELL);
    CHECK(kind(f, "b") == MO_SYM_LOCAL);
    CHECK(kind(f, "c") == MO_SYM_CELL);
    CHECK(kind(f, "g") == MO_SYM_LOCAL);
    CHECK(kind(f, "x") == MO_SYM_NONE); /* the default is evaluated in the module */
    CHECK(kind(g, "c") == MO_SYM_FREE);
    CHECK(kind(g, "a") == MO_SYM_FREE); /* passed through to h */
    CHECK(kind(g, "h") == MO_SYM_LOCAL);
    CHECK(kind(h, "a") == MO_SYM_FREE);
    CHECK(kind(h, "c") == MO_SYM_FREE);
    CHECK(kind(h, "x") == MO_SYM_GLOBAL_IMPLICIT);
    CHECK(kind(h, "len") == MO_SYM_GLOBAL_IMPLICIT);
    CHECK(f && f->child_free && g && g->child_free && h && !h->child_free);
    CHECK(mo_symtable_lookup(table, f ? f->node : NULL) == f);
    CHECK(mo_symtable_lookup(table, top ? top->node : NULL) == top);
}

static void test_globals(void) {
    MoSymScope *top = build("def f():\n"
                            "    global g\n"
                            "    g = 1\n"
                            "    def h():\n"
                            "        return g\n"
                            "def k():\n"
                            "    g = 2\n"
                            "    def m():\n"
                            "        global g\n"
                            "        def n():\n"
                            "            return g\n");
    MoSymScope *f = child(top, "f", 0), *h = child(f, "h", 0), *k = child(top, "k", 0);
    MoSymScope *m = child(k, "m", 0), *n = child(m, "n", 0);
    CHECK(kind(top, "g") == MO_SYM_GLOBAL_EXPLICIT);
    CHECK(kind(f, "g") == MO_SYM_GLOBAL_EXPLICIT);
    CHECK(kind(h, "g") == MO_SYM_GLOBAL_IMPLICIT);
    CHECK(kind(k, "g") == MO_SYM_LOCAL); /* not a cell: the nested global shadows it */
    CHECK(kind(m, "g") == MO_SYM_GLOBAL_EXPLICIT);
    CHECK(kind(n, "g") == MO_SYM_GLOBAL_IMPLICIT);
}

static void test_classes(void) {
    MoSymScope *top = build("class A(Base):\n"
                            "    x = 1\n"
                            "    def f(self):\n"
                            "        return x\n"
                            "    def g(self):\n"
                            "        return super().g()\n"
                            "class B:\n"
                            "    def f(self):\n"
                            "        return __class__\n"
                            "class C:\n"
                            "    def f(self):\n"
                            "        return 1\n"
                            "def outer():\n"
                            "    v = 1\n"
                            "    class D:\n"
                            "        def m(self):\n"
                            "            return v\n"
                            "    return D\n");
    MoSymScope *a = child(top, "A", 0), *af = child(a, "f", 0), *ag = child(a, "g", 0);
    CHECK(a && a->kind == MO_SCOPE_CLASS);
    CHECK(kind(a, "x") == MO_SYM_LOCAL);
    CHECK(kind(a, "__class__") == MO_SYM_NONE);
    CHECK(a && a->needs_class_closure);
    CHECK(kind(af, "x") == MO_SYM_GLOBAL_IMPLICIT); /* class names are invisible to methods */
    CHECK(kind(ag, "__class__") == MO_SYM_FREE);
    CHECK(kind(ag, "super") == MO_SYM_GLOBAL_IMPLICIT);
    CHECK(kind(top, "Base") == MO_SYM_GLOBAL_IMPLICIT);
    MoSymScope *b = child(top, "B", 0);
    CHECK(b && b->needs_class_closure);
    CHECK(kind(child(b, "f", 0), "__class__") == MO_SYM_FREE);
    MoSymScope *c = child(top, "C", 0);
    CHECK(c && !c->needs_class_closure);
    MoSymScope *outer = child(top, "outer", 0), *d = child(outer, "D", 0), *dm = child(d, "m", 0);
    CHECK(kind(outer, "v") == MO_SYM_CELL);
    CHECK(kind(d, "v") == MO_SYM_FREE); /* the class passes the cell on */
    CHECK(kind(dm, "v") == MO_SYM_FREE);
    CHECK(d && !d->needs_class_closure);
}

static void test_comprehensions(void) {
    MoSymScope *top = build("def f(xs):\n"
                            "    y = 2\n"
                            "    a = [x * y for x in xs if (last := x)]\n"
                            "    b = {k: v for k, v in xs}\n"
                            "    c = {s for s in xs}\n"
                            "    d = (g for g in xs)\n"
                            "    return last\n"
                            "z = [w := i for i in range(3)]\n"
                            "l = lambda q, *r, **s: q\n");
    MoSymScope *f = child(top, "f", 0);
    MoSymScope *lc = child(f, "<listcomp>", 0), *dc = child(f, "<dictcomp>", 0), *sc = child(f, "<setcomp>", 0);
    MoSymScope *ge = child(f, "<genexpr>", 0);
    CHECK(lc && lc->kind == MO_SCOPE_COMPREHENSION && lc->nparams == 1 && !lc->is_generator);
    CHECK(lc && mo_str_eq_cstr(lc->symbols[0].name, ".0"));
    CHECK(kind(lc, "x") == MO_SYM_LOCAL);
    CHECK(kind(lc, "y") == MO_SYM_FREE);
    CHECK(kind(lc, "xs") == MO_SYM_NONE); /* the outermost iterable is evaluated in f */
    CHECK(kind(lc, "last") == MO_SYM_FREE);
    CHECK(kind(f, "last") == MO_SYM_CELL);
    CHECK(kind(f, "y") == MO_SYM_CELL);
    CHECK(kind(f, "xs") == MO_SYM_LOCAL);
    CHECK(kind(dc, "k") == MO_SYM_LOCAL && kind(dc, "v") == MO_SYM_LOCAL);
    CHECK(kind(sc, "s") == MO_SYM_LOCAL);
    CHECK(ge && ge->is_generator);
    MoSymScope *mlc = child(top, "<listcomp>", 0);
    CHECK(kind(mlc, "w") == MO_SYM_GLOBAL_EXPLICIT);
    CHECK(kind(top, "w") == MO_SYM_GLOBAL_EXPLICIT);
    CHECK(kind(mlc, "range") == MO_SYM_NONE);
    CHECK(kind(top, "range") == MO_SYM_GLOBAL_IMPLICIT);
    MoSymScope *lam = child(top, "<lambda>", 0);
    CHECK(lam && lam->kind == MO_SCOPE_FUNCTION && lam->nparams == 3 && lam->has_varargs && lam->has_varkeywords);
}

static void test_other_bindings(void) {
    MoSymScope *top = build("def f():\n"
                            "    import os.path, sys as system\n"
                            "    from m import a as b, c\n"
                            "    try:\n"
                            "        pass\n"
                            "    except E as exc:\n"
                            "        pass\n"
                            "    with open() as (p, q):\n"
                            "        pass\n"
                            "    for i, *j in []:\n"
                            "        del i\n"
                            "    match q:\n"
                            "        case [1, *rest] | {'k': rest, **others}: pass\n"
                            "        case Point(x=px) as pt: pass\n"
                            "    t: int\n"
                            "    yield\n");
    MoSymScope *f = child(top, "f", 0);
    static const char *const locals[] = {"os", "system", "b", "c", "exc", "p", "q", "i", "j",
                                         "rest", "others", "px", "pt", "t"};
    for (size_t i = 0; i < sizeof locals / sizeof locals[0]; i++) CHECK(kind(f, locals[i]) == MO_SYM_LOCAL);
    CHECK(kind(f, "E") == MO_SYM_GLOBAL_IMPLICIT && kind(f, "Point") == MO_SYM_GLOBAL_IMPLICIT);
    CHECK(kind(f, "path") == MO_SYM_NONE);
    CHECK(f && f->is_generator && !f->is_coroutine);
    top = build("async def f():\n    await g()\n");
    f = child(top, "f", 0);
    CHECK(f && f->is_coroutine);
}

static void test_errors(void) {
    CHECK(raises("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5));
    CHECK(raises("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1));
    CHECK(raises("class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5));
    CHECK(raises("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5));
    CHECK(raises("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5));
    CHECK(raises("x = 1\nglobal x\n", "name 'x' is assigned to before global declaration", 2, 1));
    CHECK(raises("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5));
    CHECK(raises("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5));
    CHECK(raises("def f():\n    x: int = 1\n    global x\n", "annotated name 'x' can't be global", 3, 5));
    CHECK(raises("def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
                 "name 'x' is used prior to nonlocal declaration", 5, 9));
    CHECK(raises("def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5));
    CHECK(raises("def f(a, b, a): pass\n", "duplicate argument 'a' in function definition", 1, 13));
    CHECK(raises("lambda a, *a: 0\n", "duplicate argument 'a' in function definition", 1, 12));
    CHECK(raises("def f():\n    from m import *\n", "import * only allowed at module level", 2, 19));
    CHECK(raises("class C:\n    [y := 1 for x in z]\n",
                 "assignment expression within a comprehension cannot be used in a class body", 2, 6));
    CHECK(raises("[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1,
                 2));
    CHECK(raises("[i for i in (j := y)]\n", "assignment expression cannot be used in a comprehension iterable expression",
                 1, 14));
    CHECK(raises("[(x := 1) for y in z for x in w]\n",
                 "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3));
    CHECK(raises("[i for i in range(3) if (j := i) for j in range(3)]\n",
                 "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38));
    CHECK(raises("def f():\n    return [(yield) for i in y]\n", "'yield' inside list comprehension", 2, 14));
    CHECK(raises("def f():\n    return ((yield) for i in y)\n", "'yield' inside generator expression", 2, 14));
    CHECK(raises("x = yield 1\n", "'yield' outside function", 1, 5));
    CHECK(raises("class C:\n    yield\n", "'yield' outside function", 2, 5));
    CHECK(raises("await x\n", "'await' outside function", 1, 1));
    CHECK(raises("def f():\n    await x\n", "'await' outside async function", 2, 5));
    CHECK(raises("f(a=1, b=2, a=3)\n", "keyword argument repeated: a", 1, 13));
    CHECK(raises("from __future__ import braces\n", "not a chance", 1, 1));
    /* A scope error anywhere wins over a deferred 'yield' outside function, as in CPython. */
    CHECK(raises("yield\ndef f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 3, 5));
}

/* Deep but legal nesting works; absurd nesting is an error, not a crash. */
static void test_depth(void) {
    static char src[200000];
    size_t n = 0;
    memcpy(src, "x = ", 4);
    n = 4;
    for (int i = 0; i < 900; i++) src[n++] = '-';
    src[n++] = '1';
    src[n++] = '\n';
    src[n] = 0;
    CHECK(build(src) != NULL);
    n = 5;
    memcpy(src, "x = 1", 5);
    for (int i = 0; i < 30000; i++) {
        memcpy(src + n, " + 1", 4);
        n += 4;
    }
    src[n] = 0;
    CHECK(build(src) == NULL && mo_err_occurred());
    mo_err_clear();
}

int main(void) {
    setup();
    test_closures();
    test_globals();
    test_classes();
    test_comprehensions();
    test_other_bindings();
    test_errors();
    test_depth();
    release();
    printf("test_symtable: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

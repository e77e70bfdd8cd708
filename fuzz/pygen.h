/* pygen.h: a grammar-aware generator of Python programs for fuzz_gen. The fuzzer's bytes are the
 * generator's choices (each byte picks one alternative; once the bytes run out every choice is 0,
 * which is always the simplest, non-recursive alternative), so libFuzzer's mutations become
 * program mutations and almost every input reaches the VM instead of stopping at a SyntaxError.
 *
 * What it keeps valid: names are read only where they are bound (a fixed prelude binds the module
 * names, functions bind their locals first), break/continue only in loops, return/yield only in
 * functions, await only in async functions, no yield or await inside lambdas and comprehensions,
 * irrefutable match cases only last, f-strings without nested quotes or backslashes, and every
 * loop is bounded. What it does not keep valid (on purpose: those end as exceptions at run time):
 * types (1 + "a"), arities of calls, hash/repr/len results of user dunders, recursion depth.
 *
 * Features it combines: functions with defaults, closures with nonlocal, lambdas, classes with
 * __eq__/__hash__/__lt__/__repr__/__len__/__iter__/__getitem__/__add__/__bool__/__call__, property,
 * staticmethod, classmethod and super(), generators (yield, yield from, send), try/except/else/
 * finally and raise ... from, with, comprehensions and generator expressions, list.sort(key=...)
 * whose key mutates the list, dict and set mutation during iteration, recursion, big ints, str
 * methods, f-strings, match, async def/await with asyncio.run, and calls of the host function
 * `host`. */
#ifndef MOAT_FUZZ_PYGEN_H
#define MOAT_FUZZ_PYGEN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PG_OUT_CAP 32768
#define PG_MAX_NAMES 64
#define PG_MAX_FUNCS 32
#define PG_MAX_STMTS 80
#define PG_MAX_EXPR_DEPTH 4
#define PG_MAX_BLOCK_DEPTH 5

/* Steers around open findings so that a long run is not stopped by a known bug over and over.
 * None is open now (the last, break/continue/return inside `finally`, is fixed: see
 * fuzz/regressions/fuzz_gen-finally-continue-hang.py); build with -DPG_AVOID_OPEN_FINDINGS=1 to
 * steer around that construct again. */
#ifndef PG_AVOID_OPEN_FINDINGS
#define PG_AVOID_OPEN_FINDINGS 0
#endif

typedef struct PgFunc {
    char name[16];
    int nparams; /* positional parameters a call must pass (defaults not counted) */
    int kind;    /* 0 plain, 1 generator, 2 async, 3 class (call = instantiate with one arg) */
    int kwname;  /* >= 0: the function has a keyword parameter q<kwname> with a default */
} PgFunc;

typedef struct PgGen {
    const uint8_t *d;
    size_t n, i;
    char out[PG_OUT_CAP];
    size_t len;
    int overflow;
    int indent;
    /* Readable names (a stack: scopes push, leaving a scope pops back to its mark). */
    const char *names[PG_MAX_NAMES];
    char name_store[PG_MAX_NAMES][16];
    int nnames;
    PgFunc funcs[PG_MAX_FUNCS];
    int nfuncs;
    int in_func, in_async, in_gen, in_loop, in_fstr, in_lambda;
    int has_global; /* the current function declared `global gv` */
    int no_jump;    /* inside except*: no break/continue/return */
    int block_depth;
    int stmts;
    int uid;
} PgGen;

static unsigned pg_pick(PgGen *g, unsigned n)
{
    if (n <= 1 || g->i >= g->n) return 0;
    return g->d[g->i++] % n;
}

static void pg_emit(PgGen *g, const char *fmt, ...)
{
    if (g->overflow) return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(g->out + g->len, PG_OUT_CAP - g->len, fmt, ap);
    va_end(ap);
    if (k < 0 || (size_t)k >= PG_OUT_CAP - g->len) {
        g->overflow = 1;
        return;
    }
    g->len += (size_t)k;
}

static void pg_line(PgGen *g)
{
    pg_emit(g, "\n");
    for (int i = 0; i < g->indent; i++) pg_emit(g, "    ");
}

static void pg_push_name(PgGen *g, const char *fmt, int k)
{
    if (g->nnames >= PG_MAX_NAMES) return;
    snprintf(g->name_store[g->nnames], 16, fmt, k);
    g->names[g->nnames] = g->name_store[g->nnames];
    g->nnames++;
}

static void pg_push_str(PgGen *g, const char *name)
{
    if (g->nnames >= PG_MAX_NAMES) return;
    snprintf(g->name_store[g->nnames], 16, "%s", name);
    g->names[g->nnames] = g->name_store[g->nnames];
    g->nnames++;
}

static void pg_add_func(PgGen *g, const char *name, int nparams, int kind, int kwname)
{
    if (g->nfuncs >= PG_MAX_FUNCS) return;
    PgFunc *f = &g->funcs[g->nfuncs++];
    f->kwname = kwname;
    snprintf(f->name, sizeof f->name, "%s", name);
    f->nparams = nparams;
    f->kind = kind;
}

/* Module names bound by the prelude (see pg_generate). */
static const char *const pg_globals[] = {"a", "b", "n", "s", "t", "L", "D", "S", "F", "x", "y", "r", "k0"};
#define PG_NGLOBALS (sizeof pg_globals / sizeof pg_globals[0])

static void pg_expr(PgGen *g, int depth);
static void pg_block(PgGen *g, int nstmts);

static void pg_string_lit(PgGen *g)
{
    static const char *const words[] = {"", "a", "abc", "Hello World", "x,y,z", "  pad  ", "abab", "123",
                                        "\u00e9t\u00e9", "A-b_C"};
    const char *q = g->in_fstr ? "'" : "\"";
    pg_emit(g, "%s%s%s", q, words[pg_pick(g, 10)], q);
}

static void pg_atom(PgGen *g)
{
    switch (pg_pick(g, 12)) {
    case 0: pg_emit(g, "%d", (int)pg_pick(g, 8)); break;
    case 1: pg_emit(g, "%s", g->names[pg_pick(g, (unsigned)g->nnames)]); break;
    case 2: pg_string_lit(g); break;
    case 3: {
        static const char *const bigs[] = {"10 ** 40", "-(2 ** 64)", "(1 << 100) - 1", "123456789012345678901234567890",
                                           "-1", "2 ** 63", "0x7fffffffffffffff", "(-7) // 2"};
        pg_emit(g, "(%s)", bigs[pg_pick(g, 8)]);
        break;
    }
    case 4: {
        static const char *const k[] = {"None", "True", "False", "1.5", "-0.0", "float('inf')", "()", "[]", "{}", "b'xy'"};
        pg_emit(g, "%s", k[pg_pick(g, 10)]);
        break;
    }
    case 5: pg_emit(g, "%s", g->names[pg_pick(g, (unsigned)g->nnames)]); break;
    case 6: pg_emit(g, "C(%d)", (int)pg_pick(g, 5)); break;
    case 7: pg_emit(g, "[%d, %d, %d]", (int)pg_pick(g, 9), (int)pg_pick(g, 9), (int)pg_pick(g, 9)); break;
    case 8: pg_emit(g, "{%d: 'v', 'k': %d}", (int)pg_pick(g, 5), (int)pg_pick(g, 5)); break;
    case 9: pg_emit(g, "{%d, %d}", (int)pg_pick(g, 5), (int)pg_pick(g, 9)); break;
    case 10: pg_emit(g, "(%d, 's')", (int)pg_pick(g, 5)); break;
    default: pg_emit(g, "range(%d)", (int)pg_pick(g, 9)); break;
    }
}

/* A call of a generated function or class, with the arity it was defined with. */
static void pg_call_func(PgGen *g, int depth)
{
    if (g->nfuncs == 0) {
        pg_atom(g);
        return;
    }
    PgFunc *f = &g->funcs[pg_pick(g, (unsigned)g->nfuncs)];
    if (f->kind == 2 && (!g->in_async || g->in_lambda)) {
        /* An async function outside a coroutine: run it to completion (not inside one: a running
         * event loop refuses a nested asyncio.run). */
        if (g->in_func || g->in_async) {
            pg_atom(g);
            return;
        }
        pg_emit(g, "asyncio.run(");
    } else if (f->kind == 2) {
        pg_emit(g, "(await ");
    } else if (f->kind == 1) {
        pg_emit(g, "list(");
    }
    pg_emit(g, "%s(", f->name);
    int np = f->nparams + (pg_pick(g, 8) == 0 ? 1 : 0); /* sometimes a wrong arity */
    for (int i = 0; i < np; i++) {
        if (i) pg_emit(g, ", ");
        pg_expr(g, depth + 1);
    }
    if (f->kwname >= 0 && pg_pick(g, 2)) {
        pg_emit(g, "%sq%d=", np ? ", " : "", f->kwname);
        pg_expr(g, depth + 1);
    } else if (pg_pick(g, 10) == 0) {
        pg_emit(g, "%s*", np ? ", " : "");
        pg_expr(g, depth + 1);
    }
    pg_emit(g, ")");
    if (f->kind == 1 || f->kind == 2) pg_emit(g, ")");
}

static void pg_lambda(PgGen *g, int depth)
{
    int mark = g->nnames;
    int saved_l = g->in_lambda;
    int k = g->uid++;
    pg_emit(g, "(lambda l%d: ", k);
    pg_push_name(g, "l%d", k);
    g->in_lambda = 1;
    pg_expr(g, depth + 1);
    g->in_lambda = saved_l;
    g->nnames = mark;
    pg_emit(g, ")");
}

static void pg_comprehension(PgGen *g, int depth)
{
    int mark = g->nnames;
    int saved_l = g->in_lambda;
    int k = g->uid++;
    unsigned kind = pg_pick(g, 4);
    static const char *const open[] = {"[", "{", "(", "{"};
    static const char *const close[] = {"]", "}", ")", "}"};
    pg_emit(g, "%s", open[kind]);
    /* The iterable is evaluated in the enclosing scope, before the target exists. */
    g->in_lambda = 1; /* no yield/await inside */
    pg_push_name(g, "i%d", k);
    if (kind == 3) {
        pg_emit(g, "i%d: ", k);
    }
    pg_expr(g, depth + 1);
    g->nnames = mark;
    pg_emit(g, " for i%d in ", k);
    pg_expr(g, depth + 1);
    if (pg_pick(g, 3) == 0) {
        pg_push_name(g, "i%d", k);
        pg_emit(g, " if ");
        pg_expr(g, depth + 1);
        g->nnames = mark;
    }
    pg_emit(g, "%s", close[kind]);
    g->in_lambda = saved_l;
}

static void pg_fstring(PgGen *g, int depth)
{
    if (g->in_fstr) {
        pg_atom(g);
        return;
    }
    static const char *const specs[] = {"", "!r", ":>8", ":x", ":.3", "!s:^7", ":,", ":08.2f"};
    g->in_fstr = 1;
    pg_emit(g, "f\"<");
    int parts = 1 + (int)pg_pick(g, 3);
    for (int i = 0; i < parts; i++) {
        pg_emit(g, "{ "); /* "{{" would be an escaped brace */
        pg_expr(g, depth + 1);
        pg_emit(g, "%s} ", specs[pg_pick(g, 8)]);
    }
    pg_emit(g, ">\"");
    g->in_fstr = 0;
}

static void pg_expr(PgGen *g, int depth)
{
    /* Deeper levels are more and more often atoms, so that fewer expressions are type errors. */
    if (depth >= PG_MAX_EXPR_DEPTH || g->overflow || (depth >= 1 && pg_pick(g, (unsigned)(5 - depth)) == 0)) {
        pg_atom(g);
        return;
    }
    switch (pg_pick(g, 25)) {
    case 0: pg_atom(g); break;
    case 1: {
        static const char *const ops[] = {"+", "-", "*", "//", "%", "**", "&", "|", "^", "<<", ">>", "and", "or",
                                          "==", "!=", "<", ">=", "in", "not in", "is", "/", "@"};
        pg_emit(g, "(");
        pg_expr(g, depth + 1);
        pg_emit(g, " %s ", ops[pg_pick(g, 22)]);
        pg_expr(g, depth + 1);
        pg_emit(g, ")");
        break;
    }
    case 2: {
        static const char *const un[] = {"-", "not ", "~", "+"};
        pg_emit(g, "(%s", un[pg_pick(g, 4)]);
        pg_expr(g, depth + 1);
        pg_emit(g, ")");
        break;
    }
    case 3: {
        static const char *const f1[] = {"len", "str", "repr", "sorted", "list", "tuple", "set", "min", "max", "sum",
                                         "abs", "hash", "bool", "int", "iter", "enumerate", "reversed", "any", "all",
                                         "frozenset", "dict", "type", "id", "callable", "ascii", "bin", "chr", "ord",
                                         "divmod", "round", "next", "float"};
        unsigned k = pg_pick(g, 32);
        pg_emit(g, "%s(", f1[k]);
        pg_expr(g, depth + 1);
        if (k == 24 || k == 25 || (k == 30 && pg_pick(g, 2))) {
            pg_emit(g, ", ");
            pg_expr(g, depth + 1);
        }
        pg_emit(g, ")");
        break;
    }
    case 4: {
        static const char *const sm[] = {"upper()", "lower()", "split()", "split(',')", "strip()", "title()",
                                         "replace('a', 'bb')", "find('b')", "startswith('a')", "center(9, '*')",
                                         "join(['p', 'q'])", "encode()", "count('a')", "zfill(6)", "partition(',')",
                                         "format(1, 2)", "isdigit()", "swapcase()", "casefold()", "rsplit(None, 1)",
                                         "splitlines()", "expandtabs()", "ljust(5)", "removeprefix('a')"};
        pg_emit(g, "(");
        pg_expr(g, depth + 1);
        pg_emit(g, ").%s", sm[pg_pick(g, 24)]);
        break;
    }
    case 5: {
        static const char *const lm[] = {"append", "pop", "index", "count", "insert", "remove", "extend", "copy",
                                         "get", "setdefault", "keys", "values", "items", "add", "discard",
                                         "union", "update", "clear", "reverse", "__len__"};
        unsigned k = pg_pick(g, 20);
        pg_emit(g, "%s.%s(", g->names[pg_pick(g, (unsigned)g->nnames)], lm[k]);
        if (k < 17 && k != 7 && k != 10 && k != 11 && k != 12) pg_expr(g, depth + 1);
        if (k == 4) {
            pg_emit(g, ", ");
            pg_expr(g, depth + 1);
        }
        pg_emit(g, ")");
        break;
    }
    case 6:
        pg_emit(g, "(");
        pg_expr(g, depth + 1);
        pg_emit(g, ")[");
        if (pg_pick(g, 2)) pg_emit(g, "%d", (int)pg_pick(g, 4) - 1);
        else pg_expr(g, depth + 1);
        pg_emit(g, "]");
        break;
    case 7:
        pg_emit(g, "(");
        pg_expr(g, depth + 1);
        pg_emit(g, ")[");
        if (pg_pick(g, 2)) pg_expr(g, depth + 1);
        pg_emit(g, ":");
        if (pg_pick(g, 2)) pg_expr(g, depth + 1);
        if (pg_pick(g, 2)) {
            pg_emit(g, ":");
            pg_expr(g, depth + 1);
        }
        pg_emit(g, "]");
        break;
    case 8: pg_fstring(g, depth); break;
    case 9: pg_lambda(g, depth); break;
    case 10:
        pg_emit(g, "(");
        pg_expr(g, depth + 1);
        pg_emit(g, " if ");
        pg_expr(g, depth + 1);
        pg_emit(g, " else ");
        pg_expr(g, depth + 1);
        pg_emit(g, ")");
        break;
    case 11: pg_comprehension(g, depth); break;
    case 12: case 13: pg_call_func(g, depth); break;
    case 14:
        pg_emit(g, "host(");
        pg_expr(g, depth + 1);
        pg_emit(g, ")");
        break;
    case 15: {
        static const char *const attrs[] = {"v", "__class__.__name__", "real", "imag", "__len__", "pr", "sm(1)",
                                            "cm(2)", "m(3)", "__dict__"};
        pg_emit(g, "(");
        pg_expr(g, depth + 1);
        pg_emit(g, ").%s", attrs[pg_pick(g, 10)]);
        break;
    }
    case 16:
        pg_emit(g, "sorted(");
        pg_expr(g, depth + 1);
        pg_emit(g, ", key=");
        pg_lambda(g, depth);
        pg_emit(g, pg_pick(g, 2) ? ", reverse=True)" : ")");
        break;
    case 17:
        if (g->in_async && !g->in_lambda) {
            pg_emit(g, "(await co(");
            pg_expr(g, depth + 1);
            pg_emit(g, "))");
        } else {
            pg_emit(g, "(");
            pg_expr(g, depth + 1);
            pg_emit(g, ", ");
            pg_expr(g, depth + 1);
            pg_emit(g, ")");
        }
        break;
    case 18: {
        static const char *const tys[] = {"int", "str", "list", "C", "tuple", "dict", "Exception", "object"};
        pg_emit(g, "isinstance(");
        pg_expr(g, depth + 1);
        pg_emit(g, ", %s)", tys[pg_pick(g, 8)]);
        break;
    }
    case 19:
        pg_emit(g, "[");
        pg_expr(g, depth + 1);
        pg_emit(g, ", *");
        pg_expr(g, depth + 1);
        pg_emit(g, "]");
        break;
    case 20:
        pg_emit(g, "{");
        pg_expr(g, depth + 1);
        pg_emit(g, ": ");
        pg_expr(g, depth + 1);
        pg_emit(g, ", **");
        pg_expr(g, depth + 1);
        pg_emit(g, "}");
        break;
    case 21:
        pg_emit(g, "rec(");
        pg_expr(g, depth + 1);
        pg_emit(g, ")");
        break;
    case 22:
        /* An assignment expression: not in lambdas, defaults or comprehensions (their iterables
         * refuse it, and it cannot rebind an iteration variable). */
        if (g->in_lambda || g->in_fstr) {
            pg_atom(g);
        } else {
            pg_emit(g, "(%s := ", g->in_func ? "v1" : "y");
            pg_expr(g, depth + 1);
            pg_emit(g, ")");
        }
        break;
    case 23:
        if (g->in_async && !g->in_lambda) {
            pg_emit(g, "[q async for q in agen(");
            int saved_l = g->in_lambda;
            g->in_lambda = 1; /* a comprehension's iterable: no assignment expressions */
            pg_expr(g, depth + 1);
            g->in_lambda = saved_l;
            pg_emit(g, ")]");
        } else {
            static const char *const mf[] = {"gcd", "isqrt", "factorial", "comb", "floor", "log2", "fsum", "copysign"};
            unsigned k = pg_pick(g, 8);
            pg_emit(g, "math.%s(", mf[k]);
            pg_expr(g, depth + 1);
            if (k == 0 || k == 3 || k == 7) {
                pg_emit(g, ", ");
                pg_expr(g, depth + 1);
            }
            pg_emit(g, ")");
        }
        break;
    default: {
        static const char *const calls[] = {"C(v=%d).v", "(K0(%d) == K0(%d))", "divmod(n, %d + 1)", "str(n ** %d)[:9]",
                                            "dict(a=%d, b=%d)", "max([3, 1, 2], key=(lambda q: -q * %d))"};
        unsigned k = pg_pick(g, 6);
        pg_emit(g, calls[k], (int)pg_pick(g, 9), (int)pg_pick(g, 9));
        break;
    }
    }
}

/* An assignment target that is bound in the current scope: a module name at module level, a
 * local (v0..v2, bound at the top of every function) inside functions. */
static void pg_target(PgGen *g)
{
    if (g->in_func) {
        unsigned k = pg_pick(g, g->has_global ? 4 : 3);
        if (k == 3) pg_emit(g, "gv");
        else pg_emit(g, "v%d", (int)k);
    } else {
        static const char *const tg[] = {"x", "y", "r", "a", "s", "t", "b", "k0"};
        pg_emit(g, "%s", tg[pg_pick(g, 8)]);
    }
}

/* A function definition (kind: 0 plain, 1 generator, 2 async); nested ones are closures. */
static void pg_funcdef(PgGen *g, int kind)
{
    int k = g->uid++;
    char name[16];
    snprintf(name, sizeof name, "%s%d", kind == 1 ? "gf" : kind == 2 ? "af" : "f", k);
    int np = (int)pg_pick(g, 3);
    int outer_func = g->in_func;
    if (pg_pick(g, 5) == 0) {
        pg_emit(g, pg_pick(g, 2) ? "@deco" : "@deco2(%d)", (int)pg_pick(g, 5));
        pg_line(g);
    }
    pg_emit(g, "%sdef %s(", kind == 2 ? "async " : "", name);
    for (int i = 0; i < np; i++) pg_emit(g, "%sp%d_%d", i ? ", " : "", k, i);
    int has_default = pg_pick(g, 3) == 0;
    if (has_default) {
        pg_emit(g, "%sq%d=", np ? ", " : "", k);
        int saved_l = g->in_lambda;
        g->in_lambda = 1; /* no await in defaults */
        pg_expr(g, 2);
        g->in_lambda = saved_l;
    }
    if (pg_pick(g, 4) == 0) pg_emit(g, "%s*rest%d", (np || has_default) ? ", " : "", k);
    pg_emit(g, "):");
    /* A function's name is readable after its definition in the enclosing scope, and inside its
     * own body (recursion). */
    pg_add_func(g, name, np, kind, has_default ? k : -1);
    int mark = g->nnames, fmark = g->nfuncs;
    int saved[7] = {g->in_func, g->in_async, g->in_gen, g->in_loop, g->in_lambda, g->has_global, g->no_jump};
    g->indent++;
    g->block_depth++;
    for (int i = 0; i < np; i++) {
        char nm[16];
        snprintf(nm, sizeof nm, "p%d_%d", k, i);
        pg_push_str(g, nm);
    }
    if (has_default) pg_push_name(g, "q%d", k);
    pg_line(g);
    if (outer_func && pg_pick(g, 2)) {
        pg_emit(g, "nonlocal v0");
        pg_line(g);
        pg_emit(g, "v1 = v2 = v0");
    } else {
        pg_emit(g, "v0 = v1 = v2 = %d", (int)pg_pick(g, 5));
    }
    g->has_global = pg_pick(g, 4) == 0;
    if (g->has_global) {
        pg_line(g);
        pg_emit(g, "global gv");
    }
    g->no_jump = 0;
    for (int i = 0; i < 3; i++) pg_push_name(g, "v%d", i);
    g->in_func = 1;
    g->in_async = kind == 2;
    g->in_gen = kind == 1;
    g->in_loop = 0;
    g->in_lambda = 0;
    pg_block(g, 1 + (int)pg_pick(g, 4));
    if (kind == 1) {
        pg_line(g);
        pg_emit(g, "yield v0");
    }
    pg_line(g);
    pg_emit(g, "return ");
    pg_expr(g, 1);
    g->indent--;
    g->block_depth--;
    g->in_func = saved[0], g->in_async = saved[1], g->in_gen = saved[2], g->in_loop = saved[3],
    g->in_lambda = saved[4], g->has_global = saved[5], g->no_jump = saved[6];
    g->nnames = mark;
    if (outer_func) g->nfuncs = fmark; /* a nested function is not visible outside its parent */
}

static void pg_method(PgGen *g, const char *deco, const char *header, const char *ret_default)
{
    int mark = g->nnames, fmark = g->nfuncs;
    int saved_gl = g->has_global, saved_nj = g->no_jump;
    g->has_global = g->no_jump = 0;
    if (deco) {
        pg_line(g);
        pg_emit(g, "%s", deco);
    }
    int saved[5] = {g->in_func, g->in_async, g->in_gen, g->in_loop, g->in_lambda};
    pg_line(g);
    pg_emit(g, "%s", header);
    g->indent++;
    g->block_depth++;
    pg_push_str(g, "self");
    if (strstr(header, ", o)")) pg_push_str(g, "o");
    pg_line(g);
    pg_emit(g, "v0 = v1 = v2 = self.v");
    for (int i = 0; i < 3; i++) pg_push_name(g, "v%d", i);
    g->in_func = 1;
    g->in_async = g->in_gen = g->in_loop = g->in_lambda = 0;
    if (pg_pick(g, 2)) pg_block(g, 1 + (int)pg_pick(g, 2));
    pg_line(g);
    if (ret_default && pg_pick(g, 4)) {
        pg_emit(g, "return %s", ret_default);
    } else {
        pg_emit(g, "return ");
        pg_expr(g, 2);
    }
    g->indent--;
    g->block_depth--;
    g->in_func = saved[0], g->in_async = saved[1], g->in_gen = saved[2], g->in_loop = saved[3],
    g->in_lambda = saved[4];
    g->nnames = mark;
    g->nfuncs = fmark;
    g->has_global = saved_gl, g->no_jump = saved_nj;
}

static void pg_classdef(PgGen *g)
{
    int k = g->uid++;
    static const char *const bases[] = {"C", "object", "Exception", "int", "list", "dict"};
    char name[16];
    snprintf(name, sizeof name, "K%d", k);
    pg_emit(g, "class %s(%s):", name, bases[pg_pick(g, 6)]);
    g->indent++;
    g->block_depth++;
    pg_line(g);
    pg_emit(g, "z = ");
    pg_expr(g, 2);
    pg_line(g);
    pg_emit(g, "def __init__(self, v=0):");
    pg_line(g);
    pg_emit(g, "    self.v = v");
    unsigned mask = pg_pick(g, 256) | (unsigned)pg_pick(g, 256) << 8;
    if (mask & 1) pg_method(g, NULL, "def __eq__(self, o):", "isinstance(o, C) and self.v == o.v");
    if (mask & 2) pg_method(g, NULL, "def __hash__(self):", "hash(self.v)");
    if (mask & 4) pg_method(g, NULL, "def __lt__(self, o):", "self.v < getattr(o, 'v', 0)");
    if (mask & 8) pg_method(g, NULL, "def __repr__(self):", "f'K({self.v!r})'");
    if (mask & 16) pg_method(g, NULL, "def __len__(self):", "3");
    if (mask & 32) pg_method(g, NULL, "def __getitem__(self, o):", "o");
    if (mask & 64) pg_method(g, NULL, "def __add__(self, o):", "self.v");
    if (mask & 128) pg_method(g, NULL, "def __bool__(self):", "self.v > 0");
    if (mask & 256) pg_method(g, NULL, "def __call__(self, o):", "o");
    if (mask & 512) pg_method(g, NULL, "def __contains__(self, o):", "True");
    if (mask & 1024) pg_method(g, NULL, "def m(self, o):", "super().__repr__()");
    if (mask & 2048) pg_method(g, "@property", "def pr(self):", "self.v");
    if (mask & 4096) {
        pg_line(g);
        pg_emit(g, "def __iter__(self):");
        pg_line(g);
        pg_emit(g, "    yield from range(self.v if isinstance(self.v, int) and self.v < 9 else 2)");
    }
    if (mask & 8192) {
        pg_line(g);
        pg_emit(g, "@staticmethod");
        pg_line(g);
        pg_emit(g, "def sm(o):");
        pg_line(g);
        pg_emit(g, "    return [o, o]");
        pg_line(g);
        pg_emit(g, "@classmethod");
        pg_line(g);
        pg_emit(g, "def cm(cls, o):");
        pg_line(g);
        pg_emit(g, "    return cls.__name__ * 2");
    }
    if (mask & 16384) pg_method(g, NULL, "def __lt__(self, o):", "L.sort() or True");
    if (mask & 32768) pg_method(g, NULL, "def __eq__(self, o):", "D.clear() or False");
    unsigned more = pg_pick(g, 256);
    if (more & 1) pg_method(g, NULL, "def __str__(self):", "'K' + str(self.v)");
    if (more & 2) pg_method(g, NULL, "def __index__(self):", "3");
    if (more & 4) pg_method(g, NULL, "def __neg__(self):", "-1");
    if (more & 8) pg_method(g, NULL, "def __radd__(self, o):", "o");
    if (more & 16) pg_method(g, NULL, "def __getattr__(self, o):", "len(o)");
    if (more & 32) pg_method(g, NULL, "def __setitem__(self, o, w=None):", "None");
    if (more & 64) pg_method(g, NULL, "def __format__(self, o):", "o or 'F'");
    if (more & 128) pg_method(g, NULL, "def __hash__(self):", "L.append(1) or 7");
    g->indent--;
    g->block_depth--;
    pg_add_func(g, name, 1, 3, -1);
}

static void pg_stmt(PgGen *g)
{
    if (g->overflow || g->stmts >= PG_MAX_STMTS) {
        pg_emit(g, "pass");
        return;
    }
    g->stmts++;
    int deep = g->block_depth >= PG_MAX_BLOCK_DEPTH;
    unsigned c = pg_pick(g, 32);
    if (deep && c >= 8) c = c % 8;
    switch (c) {
    case 0:
        pg_emit(g, "print(");
        pg_expr(g, 0);
        pg_emit(g, ")");
        break;
    case 1:
        pg_target(g);
        pg_emit(g, " = ");
        pg_expr(g, 0);
        break;
    case 2: {
        static const char *const aug[] = {"+=", "-=", "*=", "|=", "//=", "%=", "<<=", "&="};
        pg_target(g);
        pg_emit(g, " %s ", aug[pg_pick(g, 8)]);
        pg_expr(g, 1);
        break;
    }
    case 3:
        pg_emit(g, "%s[", pg_pick(g, 2) ? "L" : "D");
        pg_expr(g, 1);
        pg_emit(g, "] = ");
        pg_expr(g, 1);
        break;
    case 4:
        if (g->in_loop && !g->no_jump) pg_emit(g, pg_pick(g, 2) ? "break" : "continue");
        else pg_expr(g, 0);
        break;
    case 5:
        if (g->in_gen && !g->in_lambda) {
            switch (pg_pick(g, 3)) {
            case 0: pg_emit(g, "yield "); pg_expr(g, 1); break;
            case 1: pg_target(g); pg_emit(g, " = yield "); pg_expr(g, 1); break;
            default: pg_emit(g, "yield from "); pg_expr(g, 1); break;
            }
        } else {
            pg_expr(g, 0);
        }
        break;
    case 6: {
        static const char *const ex[] = {"ValueError", "TypeError", "KeyError", "RuntimeError", "Exception", "StopIteration"};
        pg_emit(g, "raise %s(", ex[pg_pick(g, 6)]);
        pg_expr(g, 2);
        pg_emit(g, ")");
        if (pg_pick(g, 2)) {
            pg_emit(g, " from ");
            pg_emit(g, pg_pick(g, 2) ? "None" : "KeyError(1)");
        }
        break;
    }
    case 7:
        pg_emit(g, "del %s[", pg_pick(g, 2) ? "L" : "D");
        pg_expr(g, 2);
        pg_emit(g, "]");
        break;
    case 8: case 9:
        pg_emit(g, "if ");
        pg_expr(g, 1);
        pg_emit(g, ":");
        g->indent++, g->block_depth++;
        pg_block(g, 1 + (int)pg_pick(g, 3));
        g->indent--, g->block_depth--;
        if (pg_pick(g, 2)) {
            pg_line(g);
            pg_emit(g, "else:");
            g->indent++, g->block_depth++;
            pg_block(g, 1 + (int)pg_pick(g, 2));
            g->indent--, g->block_depth--;
        }
        break;
    case 10: {
        int saved = g->in_loop;
        pg_emit(g, "for ");
        pg_target(g);
        pg_emit(g, " in ");
        pg_expr(g, 1);
        pg_emit(g, ":");
        g->in_loop = 1;
        g->indent++, g->block_depth++;
        pg_block(g, 1 + (int)pg_pick(g, 3));
        g->indent--, g->block_depth--;
        g->in_loop = saved;
        break;
    }
    case 11: {
        int saved = g->in_loop;
        int k = g->uid++;
        pg_emit(g, "w%d = 0", k);
        pg_line(g);
        pg_emit(g, "while w%d < %d:", k, 1 + (int)pg_pick(g, 6));
        g->indent++, g->block_depth++;
        pg_line(g);
        pg_emit(g, "w%d += 1", k);
        g->in_loop = 1;
        pg_block(g, 1 + (int)pg_pick(g, 3));
        g->indent--, g->block_depth--;
        g->in_loop = saved;
        break;
    }
    case 12: {
        pg_emit(g, "try:");
        g->indent++, g->block_depth++;
        pg_block(g, 1 + (int)pg_pick(g, 3));
        g->indent--;
        unsigned shape = pg_pick(g, 4);
        if (shape != 3) {
            static const char *const ex[] = {"Exception as e", "(ValueError, TypeError)", "KeyError", "BaseException",
                                             "ZeroDivisionError as e", "RuntimeError"};
            pg_line(g);
            pg_emit(g, "except %s:", ex[pg_pick(g, 6)]);
            g->indent++;
            pg_block(g, 1 + (int)pg_pick(g, 2));
            g->indent--;
            if (shape == 1) {
                pg_line(g);
                pg_emit(g, "else:");
                g->indent++;
                pg_block(g, 1);
                g->indent--;
            }
        }
        if (shape >= 2) {
            pg_line(g);
            pg_emit(g, "finally:");
            g->indent++;
#if PG_AVOID_OPEN_FINDINGS
            int saved_nj = g->no_jump;
            g->no_jump = 1;
#endif
            pg_block(g, 1 + (int)pg_pick(g, 2));
#if PG_AVOID_OPEN_FINDINGS
            g->no_jump = saved_nj;
#endif
            g->indent--;
        }
        g->block_depth--;
        break;
    }
    case 13:
        pg_emit(g, "with Ctx(");
        pg_expr(g, 2);
        pg_emit(g, ") as ");
        pg_target(g);
        pg_emit(g, ":");
        g->indent++, g->block_depth++;
        pg_block(g, 1 + (int)pg_pick(g, 3));
        g->indent--, g->block_depth--;
        break;
    case 14: case 15: {
        unsigned kind = pg_pick(g, 3);
        if (kind == 2 && g->in_func) kind = 0; /* async functions only at module level */
        pg_funcdef(g, (int)kind);
        break;
    }
    case 16:
        if (g->in_func) pg_funcdef(g, 0);
        else pg_classdef(g);
        break;
    case 17: {
        /* list.sort with a key that mutates the list being sorted */
        static const char *const keys[] = {
            "lambda q: (L.append(q) if len(L) < 40 else None, q)[1]",
            "lambda q: L.clear() or q",
            "lambda q: (L.pop() if L else 0, str(q))[1]",
            "lambda q: -q if isinstance(q, int) else 0",
            "lambda q: L.sort() or q",
            "lambda q: (L.__setitem__(slice(None), [1, 2]), q)[1]",
            "repr",
            "lambda q: C(q)",
        };
        pg_emit(g, "L.sort(key=%s%s)", keys[pg_pick(g, 8)], pg_pick(g, 2) ? ", reverse=True" : "");
        break;
    }
    case 18: {
        /* mutation during iteration */
        static const char *const mut[] = {
            "for q in D:\n%*sD[str(q) + 'x'] = 1",
            "for q in D:\n%*sdel D[q]",
            "for q in S:\n%*sS.add(len(S) + 100)",
            "for q in S:\n%*sS.discard(q)",
            "for q in L:\n%*sL.append(q) if len(L) < 30 else L.clear()",
            "for q in D.items():\n%*sD.pop(q[0], None)",
            "for q in D.keys():\n%*sD.update({len(D): 1})",
            "for q in iter(L):\n%*sdel L[:1]",
        };
        pg_emit(g, mut[pg_pick(g, 8)], 4 * (g->indent + 1), "");
        break;
    }
    case 19: {
        /* match over a generated subject */
        pg_emit(g, "match ");
        pg_expr(g, 1);
        pg_emit(g, ":");
        g->indent++, g->block_depth++;
        static const char *const pats[] = {"1 | 2 | 'a'", "[mp0, *mp1]", "{'k': mp0, **mp1}", "C(v=mp0)",
                                           "str() as mp0", "(mp0, mp1)", "int(mp0) if mp0 > 1", "None",
                                           "[1, [mp0, _], *_]", "K0() | C()"};
        int ncase = 1 + (int)pg_pick(g, 4);
        for (int i = 0; i < ncase; i++) {
            pg_line(g);
            unsigned p = pg_pick(g, 10);
            pg_emit(g, "case %s:", pats[p]);
            int mark = g->nnames;
            if (strstr(pats[p], "mp0")) pg_push_str(g, "mp0");
            if (strstr(pats[p], "mp1")) pg_push_str(g, "mp1");
            g->indent++;
            pg_block(g, 1);
            g->indent--;
            g->nnames = mark;
        }
        if (pg_pick(g, 2)) {
            pg_line(g);
            pg_emit(g, "case _:");
            g->indent++;
            pg_block(g, 1);
            g->indent--;
        }
        g->indent--, g->block_depth--;
        break;
    }
    case 20:
        if (g->in_func && !g->no_jump) {
            pg_emit(g, "return ");
            pg_expr(g, 1);
        } else {
            pg_emit(g, "print(rec(");
            pg_expr(g, 2);
            pg_emit(g, "))");
        }
        break;
    case 21:
        pg_emit(g, "assert ");
        pg_expr(g, 1);
        pg_emit(g, ", ");
        pg_string_lit(g);
        break;
    case 22:
        pg_emit(g, "print(host(");
        pg_expr(g, 1);
        pg_emit(g, "), ");
        pg_fstring(g, 1);
        pg_emit(g, ")");
        break;
    case 23: {
        /* driving a generator by hand */
        int k = g->uid++;
        pg_emit(g, "gg%d = (q * 2 for q in ", k);
        int saved_l = g->in_lambda;
        g->in_lambda = 1; /* a comprehension's iterable: no assignment expressions */
        pg_expr(g, 2);
        g->in_lambda = saved_l;
        pg_emit(g, ")");
        pg_line(g);
        pg_emit(g, "print(next(gg%d, None), list(gg%d))", k, k);
        break;
    }
    case 24:
        pg_emit(g, "print(sorted([C(3), C(1), C(2)], key=lambda q: q.v), %s)",
                pg_pick(g, 2) ? "sorted(set([C(1), C(1)]), key=repr)" : "C(1) == C(1)");
        break;
    case 25:
        pg_emit(g, "print(%s)", pg_pick(g, 2) ? "n * n - n // 3 + n ** 3 % 1000003" : "str(2 ** 200)[:20]");
        break;
    case 26:
        pg_emit(g, "print(repr(s), s.split('l'), '-'.join(map(str, L)), f'{a!r:>6}{b:03d}')");
        break;
    case 27:
        if (g->in_async && !g->in_lambda) {
            switch (pg_pick(g, 3)) {
            case 0: pg_emit(g, "await asyncio.sleep(0)"); break;
            case 1: {
                int saved = g->in_loop;
                pg_emit(g, "async for v0 in agen(");
                pg_expr(g, 2);
                pg_emit(g, "):");
                g->in_loop = 1;
                g->indent++, g->block_depth++;
                pg_block(g, 1 + (int)pg_pick(g, 2));
                g->indent--, g->block_depth--;
                g->in_loop = saved;
                break;
            }
            default:
                pg_emit(g, "async with ACtx(");
                pg_expr(g, 2);
                pg_emit(g, ") as v1:");
                g->indent++, g->block_depth++;
                pg_block(g, 1 + (int)pg_pick(g, 2));
                g->indent--, g->block_depth--;
                break;
            }
        } else {
            pg_expr(g, 0);
        }
        break;
    case 28: {
        /* unpacking assignments */
        static const char *const fm[] = {"%s, *%s = ", "%s, %s = ", "[%s, %s] = ", "*%s, %s = "};
        char t1[8], t2[8];
        if (g->in_func) {
            snprintf(t1, sizeof t1, "v%d", (int)pg_pick(g, 3));
            snprintf(t2, sizeof t2, "v%d", (int)pg_pick(g, 3));
        } else {
            static const char *const tg[] = {"x", "y", "r", "a", "b"};
            snprintf(t1, sizeof t1, "%s", tg[pg_pick(g, 5)]);
            snprintf(t2, sizeof t2, "%s", tg[pg_pick(g, 5)]);
        }
        if (strcmp(t1, t2) == 0) snprintf(t2, sizeof t2, "%s", g->in_func ? (strcmp(t1, "v2") ? "v2" : "v0") : (strcmp(t1, "r") ? "r" : "x"));
        pg_emit(g, fm[pg_pick(g, 4)], t1, t2);
        pg_expr(g, 1);
        break;
    }
    case 29: {
        /* Exception groups (Moat has no except* yet: handled with except ExceptionGroup). */
        static const char *const grp[] = {"[ValueError(1), TypeError(2)]", "[KeyError(3)]",
                                          "[ValueError(4), ExceptionGroup('in', [TypeError(5)])]"};
        static const char *const use[] = {"eg.split(ValueError)", "eg.subgroup(TypeError)", "len(eg.exceptions)",
                                          "eg.derive([RuntimeError(6)])"};
        pg_emit(g, "try:");
        g->indent++, g->block_depth++;
        pg_line(g);
        if (pg_pick(g, 3)) pg_emit(g, "raise ExceptionGroup('g', %s)", grp[pg_pick(g, 3)]);
        else pg_stmt(g);
        g->indent--;
        pg_line(g);
        pg_emit(g, "except ExceptionGroup as eg:");
        g->indent++;
        pg_line(g);
        pg_emit(g, "print(repr(eg), %s)", use[pg_pick(g, 4)]);
        if (pg_pick(g, 2)) pg_block(g, 1);
        g->indent--;
        g->block_depth--;
        break;
    }
    case 30:
        if (g->in_func) pg_emit(g, "del v%d", (int)pg_pick(g, 3));
        else pg_emit(g, "import math");
        break;
    default:
        pg_expr(g, 0);
        break;
    }
}

static void pg_block(PgGen *g, int nstmts)
{
    for (int i = 0; i < nstmts; i++) {
        pg_line(g);
        pg_stmt(g);
    }
}

static const char pg_prelude[] =
    "a = 1\nb = 2\nn = 10 ** 20\ns = 'hello, world'\nt = (1, 2, 3)\nL = [3, 1, 2]\n"
    "D = {'x': 1, 2: 'y'}\nS = {1, 2}\nF = frozenset({3})\nx = 0\ny = None\nr = []\nk0 = 'k'\n"
    "class C:\n"
    "    def __init__(self, v=0):\n        self.v = v\n"
    "    def __eq__(self, o):\n        return isinstance(o, C) and self.v == o.v\n"
    "    def __hash__(self):\n        return hash(self.v)\n"
    "    def __lt__(self, o):\n        return self.v < o.v\n"
    "    def __repr__(self):\n        return f'C({self.v!r})'\n"
    "class K0(C):\n    pass\n"
    "class Ctx:\n"
    "    def __init__(self, v=None):\n        self.v = v\n"
    "    def __enter__(self):\n        return self.v\n"
    "    def __exit__(self, *exc):\n        return isinstance(self.v, int) and self.v > 2\n"
    "def rec(k):\n    return 0 if not isinstance(k, int) or k <= 0 else 1 + rec(k - 1)\n"
    "async def co(v):\n    return v\n"
    "gv = 0\n"
    "def deco(fn):\n    def w(*args, **kw):\n        return fn(*args, **kw)\n    return w\n"
    "def deco2(k):\n    return lambda fn: fn\n"
    "class ACtx:\n"
    "    def __init__(self, v=None):\n        self.v = v\n"
    "    async def __aenter__(self):\n        return self.v\n"
    "    async def __aexit__(self, *exc):\n        return False\n"
    "async def agen(k):\n"
    "    for q in range(k if isinstance(k, int) and 0 <= k < 9 else 3):\n        yield q\n";

/* Writes a program chosen by data[0..size) into g->out (NUL-terminated) and returns its length. */
static size_t pg_generate(PgGen *g, const uint8_t *data, size_t size)
{
    memset(g, 0, sizeof *g);
    g->d = data;
    g->n = size;
    for (size_t i = 0; i < PG_NGLOBALS; i++) g->names[g->nnames++] = pg_globals[i];
    int top = 4 + (int)pg_pick(g, 12);
    char body[PG_OUT_CAP];
    /* Generate the body first: the prelude imports asyncio only if the body uses it. */
    for (int i = 0; i < top && !g->overflow; i++) {
        if (pg_pick(g, 8) != 0) {
            /* Most top-level statements are guarded, so one exception does not end the program. */
            pg_emit(g, "try:");
            g->indent++;
            pg_block(g, 1 + (int)pg_pick(g, 2));
            g->indent--;
            pg_line(g);
            pg_emit(g, "except Exception as e:");
            pg_line(g);
            pg_emit(g, "    print(type(e).__name__)");
            pg_line(g);
        } else {
            pg_stmt(g);
            pg_line(g);
        }
        if (g->i >= g->n && i >= 3) break;
    }
    size_t blen = g->overflow ? 0 : g->len;
    memcpy(body, g->out, blen);
    g->len = 0;
    g->overflow = 0;
    /* asyncio is imported whenever the body names it (asyncio.run of an async function). */
    body[blen] = 0;
    if (strstr(body, "asyncio")) pg_emit(g, "import asyncio\n");
    if (strstr(body, "math.")) pg_emit(g, "import math\n");
    pg_emit(g, "%s", pg_prelude);
    if (blen + g->len + 1 < PG_OUT_CAP) {
        memcpy(g->out + g->len, body, blen);
        g->len += blen;
    }
    g->out[g->len] = 0;
    return g->len;
}

#endif

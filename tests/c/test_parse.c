/*
 * Unit tests of the lexer and parser (src/parse/): every statement kind parses, a few trees match
 * CPython's ast.dump exactly, common mistakes give CPython 3.11's SyntaxError message and position,
 * and hostile input (NUL bytes, invalid UTF-8, oversized source, deep nesting) ends in an error,
 * never a crash or a hang. Expected dumps and errors were produced with CPython 3.11.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/symtable.h"
#include "config.h"
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

/* The outcome of parsing (and building the symbol table of) a source: an AST dump or the error. */
typedef struct Outcome {
    char text[4096];   /* ast.dump() or the error message */
    char type[32];     /* "" on success, else the exception type name */
    long lineno, offset;
} Outcome;

static void copy_text(char *dst, size_t cap, const char *s, size_t n) {
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static void fetch_error(Outcome *o) {
    MoObject *e = mo_err_fetch();
    if (!e) {
        snprintf(o->type, sizeof o->type, "(none)");
        return;
    }
    snprintf(o->type, sizeof o->type, "%s", MO_TYPE(e)->name);
    MoTuple *args = (MoTuple *)((MoException *)e)->args;
    o->lineno = o->offset = -1;
    if (args && args->len >= 1 && MO_TYPE(args->items[0]) == &mo_str_type)
        copy_text(o->text, sizeof o->text, MO_STR_UTF8(args->items[0]), MO_STR_NBYTES(args->items[0]));
    if (args && args->len == 2 && MO_TYPE(args->items[1]) == &mo_tuple_type) {
        MoTuple *loc = (MoTuple *)args->items[1];
        int64_t v;
        if (loc->len >= 3 && MO_TYPE(loc->items[1]) == &mo_int_type && mo_int_as_i64(loc->items[1], &v) == 0)
            o->lineno = (long)v;
        if (loc->len >= 3 && MO_TYPE(loc->items[2]) == &mo_int_type && mo_int_as_i64(loc->items[2], &v) == 0)
            o->offset = (long)v;
    }
    mo_decref(e);
}

static Outcome run_n(const char *src, size_t len, int mode) {
    Outcome o;
    memset(&o, 0, sizeof o);
    MoArena *arena = mo_arena_new();
    if (!arena) {
        fetch_error(&o);
        return o;
    }
    MoAstMod *mod = mo_parse(arena, src, len, "t.py", mode);
    MoSymTable *st = mod ? mo_symtable_build(mod, "t.py", src, len) : NULL;
    if (st) {
        MoStrBuf b;
        mo_strbuf_init(&b);
        if (mo_ast_dump(&b, mod)) copy_text(o.text, sizeof o.text, b.data, b.len);
        mo_strbuf_free(&b);
    } else {
        fetch_error(&o);
    }
    mo_symtable_free(st);
    mo_arena_free(arena);
    return o;
}

static Outcome run(const char *src) { return run_n(src, strlen(src), MO_PARSE_FILE); }

/* ---- every statement kind parses -------------------------------------------------------------- */

static const char *const statements[] = {
    "pass", "break_ = 1", "x = y = 1", "x += 1", "x: int", "x: int = 1", "(x): int = 1", "a.b: int",
    "del a, b[0], c.d", "assert x", "assert x, 'm'", "raise", "raise E", "raise E from c",
    "import a", "import a.b.c as d, e", "from a import b", "from . import b", "from ..a.b import (c as d, e,)",
    "from a import *", "global g\ng = 1", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "while a:\n    break\nelse:\n    pass",
    "for i, *j in x:\n    continue\nelse:\n    pass", "with a as b, c as (d, e):\n    pass",
    "with (a as b, c):\n    pass", "with (a, b):\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nfinally:\n    pass", "try:\n    pass\nexcept* E:\n    pass",
    "def f(a, /, b, *, c): return a", "def f(*args, **kw): yield", "def f(): yield from g()",
    "def f(a: int = 1, *b: str, c: 'x' = 2, **d: float) -> None: pass", "@dec\n@dec2(1)\ndef f(): pass",
    "class C: pass", "class C(A, B, metaclass=M, **kw):\n    def m(self): return super().m()",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n    return [i async for i in y]",
    "match x:\n    case 1 | 2: pass\n    case [a, *b]: pass\n    case {'k': v, **r}: pass\n    case C(1, y=2) as z: pass\n    case _: pass",
    "match = 1\ncase = 2\n_ = match + case", "match(x)", "print(match, case)",
    "lambda: 0", "lambda a, b=1, *c, d, e=2, **f: a", "lambda *, a: a", "lambda a, /: a",
    "x = [i for i in y if i if not i for j in i]", "x = {k: v for k, v in d.items()}", "x = {s for s in t}",
    "x = (g for g in h)", "f(g for g in h)", "f(*a, *b, c=1, **d, e=2)",
    "x = a if b else c", "x = not a and b or c", "x = a < b <= c != d is not e in f not in g",
    "x = -a ** -b", "x = ~a + b - c * d / e // f % g @ h", "x = a << b >> c & d | e ^ f",
    "x = a[1:2:3], a[:], a[::], a[1:, :2], a[...]", "x = a[*b]", "x = *a, *b", "*a, b = c",
    "[a, b] = c", "(a, b) = c", "a.b.c = d[e][f]", "x = (y := 1)", "if (n := len(a)) > 10: pass",
    "x = f'{a}{b!r}{c:>{w}}{d=}{e!s:^10}{{}}'", "x = rf'\\d{a}' F'{a:{b}.{c}}'", "x = 'a' 'b' \"c\"",
    "x = b'a' b'b'", "x = u'x'", "x = '''a\nb'''", "x = r'\\n'", "x = '\\N{BULLET} \\x41 \\u00e9 \\U0001F600'",
    "x = 1_000 + 0x_ff + 0o17 + 0b1_0 + 1.5e-3 + .5 + 5. + 1_0.0_1", "x = None, True, False, ...",
    "def f():\n    x = yield", "async def f():\n    x = await y", "del (a), [b]", "x = [\n    1,\n    2,\n]", "x = 1 + \\\n    2",
    "if a: pass\nelif b: pass", "while 1: pass", "x = 1; y = 2;", "for x in 1, 2: pass", "return_ = 0",
    "x = {**a, 'b': 1, **c}", "x = {*a, *b}", "x = [*a, *b]", "print(*args, sep='', **kw)",
    "# only a comment\n", "", "\n\n\n", "x = 1 # comment", "if x:\n    # comment\n    pass\n# trailing",
    "class A:\n\n    x = 1\n\n    def f(self):\n\n        return x\n",
};

static void test_statements(void) {
    for (size_t i = 0; i < sizeof statements / sizeof statements[0]; i++) {
        Outcome o = run(statements[i]);
        if (o.type[0]) fprintf(stderr, "statement %zu failed: %s: %s\n%s\n", i, o.type, o.text, statements[i]);
        CHECK(o.type[0] == 0);
    }
}

/* ---- exact trees ---------------------------------------------------------------------------------- */

static const struct { const char *src, *dump; } trees[] = {
    {"x = 1 + 2 * 3",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))], type_ignores=[])"},
    {"def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"async def g():\n    async with a as b, c:\n        await b\n    async for i in x:\n        pass",
     "Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Expr(value=Await(value=Name(id='b', ctx=Load())))]), AsyncFor(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], decorator_list=[])], type_ignores=[])"},
    {"match p:\n    case [1, *rest] | {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=_) as pt:\n        pass\n    case None | True | -1 | 1.5 | 'a' | a.b:\n        pass",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), guard=Name(id='v', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), name='pt'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=Constant(value=1.5)), MatchValue(value=Constant(value='a')), MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))]), body=[Pass()])])], type_ignores=[])"},
    {"try:\n    pass\nexcept* ValueError as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"f'{x!r:>{w}.{p}f} and {y=}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')])), Constant(value=' and y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"x[1:2, ::3, ...] = *a, b",
     "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"from ..m import (a as b, c)\nimport d.e as f, g",
     "Module(body=[ImportFrom(module='m', names=[alias(name='a', asname='b'), alias(name='c')], level=2), Import(names=[alias(name='d.e', asname='f'), alias(name='g')])], type_ignores=[])"},
    {"lambda x, *, y=1: (z := x + y)",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[arg(arg='y')], kw_defaults=[Constant(value=1)], defaults=[]), body=NamedExpr(target=Name(id='z', ctx=Store()), value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', ctx=Load())))))], type_ignores=[])"},
    {"[i for i in range(3) if i for j in i]; {k: v for k, v in d}; {s for s in t}; (g for g in h)",
     "Module(body=[Expr(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[Name(id='i', ctx=Load())], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='i', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='s', ctx=Load()), generators=[comprehension(target=Name(id='s', ctx=Store()), iter=Name(id='t', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='g', ctx=Load()), generators=[comprehension(target=Name(id='g', ctx=Store()), iter=Name(id='h', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"with (open(a) as f, open(b) as g):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"@d1\n@d2(x)\nclass C(B, metaclass=M):\n    'doc'\n    x: int = 1",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Expr(value=Constant(value='doc')), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], decorator_list=[Name(id='d1', ctx=Load()), Call(func=Name(id='d2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])])], type_ignores=[])"},
    {"global a, b\ndel a, b[0], c.d\nassert x, 'msg'\nraise E from None",
     "Module(body=[Global(names=['a', 'b']), Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())]), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None))], type_ignores=[])"},
    {"x = a[*b]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
};

static void test_trees(void) {
    for (size_t i = 0; i < sizeof trees / sizeof trees[0]; i++) {
        Outcome o = run(trees[i].src);
        if (strcmp(o.text, trees[i].dump) != 0)
            fprintf(stderr, "tree %zu differs:\n  got  %s %s\n  want %s\n", i, o.type, o.text, trees[i].dump);
        CHECK(strcmp(o.text, trees[i].dump) == 0);
    }
    /* eval mode */
    Outcome o = run_n("  a + 1\n", 8, MO_PARSE_EVAL);
    CHECK(strcmp(o.text, "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))") == 0);
    o = run_n("x = 1", 5, MO_PARSE_EVAL);
    CHECK(strcmp(o.type, "SyntaxError") == 0);
}

/* ---- node positions (ast.dump(tree, include_attributes=True)) ----------------------------------- */

static const struct { const char *src, *dump; } positioned[] = {
    {"(a) // b",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=FloorDiv(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"},
    {"x = vals[0] / (vals[1] - 2.5)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Subscript(value=Name(id='vals', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), op=Div(), right=BinOp(left=Subscript(value=Name(id='vals', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=19), slice=Constant(value=1, lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=22), op=Sub(), right=Constant(value=2.5, lineno=1, col_offset=25, end_lineno=1, end_col_offset=28), lineno=1, col_offset=15, end_lineno=1, end_col_offset=28), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])"},
    {"f(a=(1), *(b), **(c))",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=13)], keywords=[keyword(arg='a', value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), keyword(value=Name(id='c', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=15, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"y = -(x) + (not (x)) + (await (z))",
     "Module(body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), op=Add(), right=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=19), lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), op=Add(), right=Await(value=Name(id='z', ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), lineno=1, col_offset=24, end_lineno=1, end_col_offset=33), lineno=1, col_offset=4, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], type_ignores=[])"},
    {"(a).b(c)[d]",
     "Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), slice=Name(id='d', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"(a), b = c",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"q = lambda: (x)",
     "Module(body=[Assign(targets=[Name(id='q', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"if (a) < (b) and (c) or (d) if (e) else (f):\n    pass",
     "Module(body=[If(test=IfExp(test=Name(id='e', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), body=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ops=[Lt()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=12), Name(id='c', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=20), Name(id='d', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=27), orelse=Name(id='f', ctx=Load(), lineno=1, col_offset=41, end_lineno=1, end_col_offset=42), lineno=1, col_offset=3, end_lineno=1, end_col_offset=43), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {"for (i) in (x): (i)",
     "Module(body=[For(target=Name(id='i', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), body=[Expr(value=Name(id='i', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=16, end_lineno=1, end_col_offset=19)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"try:\n    pass\nexcept (E) as e:\n    pass",
     "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"},
    {"def f(a, *b, c: (int) = (1)) -> (str):\n    return (yield (a)) ** (-(b))",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], vararg=arg(arg='b', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), kwonlyargs=[arg(arg='c', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), lineno=1, col_offset=13, end_lineno=1, end_col_offset=21)], kw_defaults=[Constant(value=1, lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], defaults=[]), body=[Return(value=BinOp(left=Yield(value=Name(id='a', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), lineno=2, col_offset=12, end_lineno=2, end_col_offset=21), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load(), lineno=2, col_offset=29, end_lineno=2, end_col_offset=30), lineno=2, col_offset=27, end_lineno=2, end_col_offset=31), lineno=2, col_offset=11, end_lineno=2, end_col_offset=32), lineno=2, col_offset=4, end_lineno=2, end_col_offset=32)], decorator_list=[], returns=Name(id='str', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=2, end_col_offset=32)], type_ignores=[])"},
    {"x = [(i) for (i) in (y) if (i)]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), ifs=[Name(id='i', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)], type_ignores=[])"},
    {"{(a): (b), **(c)}",
     "Module(body=[Expr(value=Dict(keys=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), None], values=[Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"import a.b as c\nfrom . import (d)",
     "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), ImportFrom(names=[alias(name='d', lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], level=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=17)], type_ignores=[])"},
    {"x = f'{a!r:>{(w)}}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
};

static void test_positions(void) {
    for (size_t i = 0; i < sizeof positioned / sizeof positioned[0]; i++) {
        const char *src = positioned[i].src;
        MoArena *arena = mo_arena_new();
        MoAstMod *mod = arena ? mo_parse(arena, src, strlen(src), "t.py", MO_PARSE_FILE) : NULL;
        MoStrBuf b;
        mo_strbuf_init(&b);
        bool ok = mod && mo_ast_dump_positions(&b, mod) && b.len == strlen(positioned[i].dump) &&
                  memcmp(b.data, positioned[i].dump, b.len) == 0;
        if (!ok) {
            if (!mod) mo_err_clear();
            fprintf(stderr, "positions %zu differ:\n  got  %.*s\n  want %s\n", i, (int)b.len, b.data ? b.data : "",
                    positioned[i].dump);
        }
        CHECK(ok);
        mo_strbuf_free(&b);
        mo_arena_free(arena);
    }
}

/* ---- CPython's messages and positions for common mistakes --------------------------------------- */

static const struct {
    const char *src, *type, *msg;
    long lineno, offset; /* offset 0: not compared */
} errors[] = {
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5},
    {"def f()\n    pass\n", "SyntaxError", "expected ':'", 1, 8},
    {"x = (1, 2\n", "SyntaxError", "'(' was never closed", 1, 5},
    {"print('hi'\n", "SyntaxError", "'(' was never closed", 1, 6},
    {"x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6},
    {"foo(}\n", "SyntaxError", "closing parenthesis '}' does not match opening parenthesis '('", 1, 5},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
    {"def f():\n    x = 1\n      y = 2\n", "IndentationError", "unexpected indent", 3, 6},
    {"  x = 1\n", "IndentationError", "unexpected indent", 1, 2},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"x = '''abc\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"a b\n", "SyntaxError", "invalid syntax", 1, 3},
    {"x = = 1\n", "SyntaxError", "invalid syntax", 1, 5},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"None = 1\n", "SyntaxError", "cannot assign to None", 1, 1},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5},
    {"x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6},
    {"f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9},
    {"f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 0},
    {"x = $\n", "SyntaxError", "invalid syntax", 1, 5},
    {"try:\n  pass\nexcept A, B:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8},
    {"def f(x, x): pass\n", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10},
    {"def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
    {"(x := 1) = 2\n", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2},
    {"def f():\n    yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 2, 5},
    {"for x in range(3):\n  pass\n else:\n  pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 7},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8},
    {"class C:\n    def f(self):\n        pass\n   x = 1\n", "IndentationError", "unindent does not match any outer indentation level", 4, 9},
    {"def f():\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2, 5},
    {"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1},
    {"def f():\n    print(x)\n    global x\n", "SyntaxError", "name 'x' is used prior to global declaration", 3, 5},
    {"[x := 1 for x in y]\n", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2},
    {"def f():\n    from m import *\n", "SyntaxError", "import * only allowed at module level", 2, 19},
    {"class C:\n    [y := 1 for x in z]\n", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 6},
    {"x = [(yield) for i in y]\n", "SyntaxError", "'yield' inside list comprehension", 1, 7},
    {"if True:\n    x = (\n", "SyntaxError", "'(' was never closed", 2, 9},
    {"while True\n    pass\n", "SyntaxError", "expected ':'", 1, 11},
    {"with open(f) as g\n    pass\n", "SyntaxError", "expected ':'", 1, 18},
    {"x = {'a': 1, 'b' 2}\n", "SyntaxError", "':' expected after dictionary key", 1, 16},
    {"print(f'{x')\n", "SyntaxError", "f-string: expecting '}'", 1, 12},
    {"class C(:\n    pass\n", "SyntaxError", "invalid syntax", 1, 9},
    {"(", "SyntaxError", "'(' was never closed", 1, 1},
    {"x = [1, 2, 3\nprint(x)\n", "SyntaxError", "'[' was never closed", 1, 5},
    {"del a + b\n", "SyntaxError", "cannot delete expression", 1, 5},
    {"[x for x y]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8},
    {"print(x for x in y z)\n", "SyntaxError", "invalid syntax", 1, 20},
    {"def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 9},
    {"if x:\n    if y:\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 2, 10},
    {"f(a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1, 8},
    {"def f():\n    yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 2, 5},
    {"f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
    {"{**a for a in b}\n", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2},
    {"print(*a for a in b)\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 7},
    {"def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7},
    {"del *a\n", "SyntaxError", "cannot delete starred", 1, 5},
    {"(a, b) := 1\n", "SyntaxError", "cannot use assignment expressions with tuple", 1, 1},
    {"x = {'a': 1, 'b' 2}\n", "SyntaxError", "':' expected after dictionary key", 1, 16},
    {"f'{a!r=}'\n", "SyntaxError", "f-string: expecting '}'", 1, 10},
    {"with open(f) as g\n    pass\n", "SyntaxError", "expected ':'", 1, 18},
    {"match(x)\nmatch x\n", "SyntaxError", "expected ':'", 2, 8},
    {"x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6},
    {"x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5},
    {"if 1:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3},
    {"s = '''abc\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"x = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8},
    {"class A(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11},
    {"from __future__ import braces\n", "SyntaxError", "not a chance", 1, 1},
    {"\xe2\x80\x8b" "x = 1\n", "SyntaxError", "invalid non-printable character U+200B", 1, 1},
    {"print(\xe2\x80\x98" "hello\xe2\x80\x99" ")\n", "SyntaxError", "invalid character '\xe2\x80\x98" "' (U+2018)", 1, 7},
    {"x = 1\x1b" "\n", "SyntaxError", "invalid non-printable character U+001B", 1, 6},
    {"x = a\xc2\xa0" "\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6},
    {"x = 1\xe2\x82\xac" "\n", "SyntaxError", "invalid character '\xe2\x82\xac" "' (U+20AC)", 1, 6},
};

static void test_errors(void) {
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        Outcome o = run(errors[i].src);
        bool ok = strcmp(o.type, errors[i].type) == 0 && strcmp(o.text, errors[i].msg) == 0 &&
                  o.lineno == errors[i].lineno && (errors[i].offset == 0 || o.offset == errors[i].offset);
        if (!ok)
            fprintf(stderr, "error case %zu: %s\n  got  %s: %s (%ld, %ld)\n  want %s: %s (%ld, %ld)\n", i, errors[i].src,
                    o.type, o.text, o.lineno, o.offset, errors[i].type, errors[i].msg, errors[i].lineno,
                    errors[i].offset);
        CHECK(ok);
    }
}

/* ---- hostile input ------------------------------------------------------------------------------- */

/* Builds prefix + unit*n + suffix in a malloc'd buffer. */
static char *repeat(const char *prefix, const char *unit, size_t n, const char *suffix, size_t *len) {
    size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
    char *s = malloc(pl + ul * n + sl + 1);
    if (!s) exit(2);
    memcpy(s, prefix, pl);
    for (size_t i = 0; i < n; i++) memcpy(s + pl + i * ul, unit, ul);
    memcpy(s + pl + ul * n, suffix, sl + 1);
    *len = pl + ul * n + sl;
    return s;
}

static bool is_error(const Outcome *o, const char *type, const char *msg_prefix) {
    return strcmp(o->type, type) == 0 && strncmp(o->text, msg_prefix, strlen(msg_prefix)) == 0;
}

static void test_hostile(void) {
    Outcome o = run_n("x = 1\0\n", 7, MO_PARSE_FILE);
    CHECK(is_error(&o, "SyntaxError", "source code cannot contain null bytes"));
    o = run_n("x = '\xff'\n", 9, MO_PARSE_FILE);
    CHECK(is_error(&o, "SyntaxError", "Non-UTF-8 code starting with '\\xff' in file t.py on line 1"));
    o = run_n("x = 1\n# \xed\xa0\x80\n", 11, MO_PARSE_FILE); /* an encoded surrogate is not UTF-8 */
    CHECK(is_error(&o, "SyntaxError", "Non-UTF-8 code starting with '\\xed' in file t.py on line 2"));
    o = run_n("x = '\xc3'", 7, MO_PARSE_FILE); /* truncated sequence at the end */
    CHECK(is_error(&o, "SyntaxError", "Non-UTF-8 code"));
    o = run("\xef\xbb\xbfx = 1\n"); /* a BOM is allowed */
    CHECK(o.type[0] == 0);

    size_t len;
    char *s = repeat("", "#", (size_t)MOAT_MAX_SOURCE_BYTES + 1, "", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(is_error(&o, "SyntaxError", "source code is too large"));
    free(s);

    s = repeat("x = ", "(", 10000, "", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(is_error(&o, "SyntaxError", "too many nested parentheses"));
    free(s);
    s = repeat("x = ", "[{(", 4000, "", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(is_error(&o, "SyntaxError", "too many nested parentheses"));
    free(s);
    s = repeat("f'", "{a:", 10000, "'", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(o.type[0] != 0);
    free(s);

    /* Deep nesting without brackets: every form must stop cleanly. */
    static const char *const units[] = {"-", "not ", "lambda: ", "a if b else ", "await ", "*", "x.", "yield "};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        s = repeat("x = ", units[i], 100000, "1\n", &len);
        o = run_n(s, len, MO_PARSE_FILE);
        if (!o.type[0]) fprintf(stderr, "deep '%s' did not fail\n", units[i]);
        CHECK(o.type[0] != 0);
        free(s);
    }
    /* Long flat chains parse iteratively; the symbol table bounds its recursion. */
    s = repeat("x = 1", " + 1", 200000, "\n", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(strcmp(o.type, "RecursionError") == 0);
    free(s);
    s = repeat("x = a", "(1)", 100000, "\n", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(strcmp(o.type, "RecursionError") == 0);
    free(s);
    s = repeat("x = 0", " + 1", 1000, "\n", &len);
    o = run_n(s, len, MO_PARSE_FILE);
    CHECK(o.type[0] == 0);
    free(s);

    /* Indentation deeper than the limit. */
    char *deep = malloc(200 * 210);
    size_t n = 0;
    for (int i = 0; i < 150; i++) {
        for (int k = 0; k < i; k++) deep[n++] = ' ';
        memcpy(deep + n, "if x:\n", 6);
        n += 6;
    }
    for (int k = 0; k < 150; k++) deep[n++] = ' ';
    memcpy(deep + n, "pass\n", 5);
    n += 5;
    o = run_n(deep, n, MO_PARSE_FILE);
    CHECK(is_error(&o, "IndentationError", "too many levels of indentation"));
    free(deep);

    /* Truncations of a valid program at every byte: never a crash, always a result. */
    const char *prog = "def f(a, *b, **c):\n    return [x async for x in f'{a!r:{b}}' if (y := x)]\n"
                       "class C(B):\n    match a:\n        case {'k': [1, *r]} if r: pass\n"
                       "s = '''abc\\\n'''\nt = b'\\x00' rb\"\\d\"\n";
    size_t plen = strlen(prog);
    for (size_t cut = 0; cut <= plen; cut++) {
        o = run_n(prog, cut, MO_PARSE_FILE);
        CHECK(o.type[0] == 0 || strstr(o.type, "Error") != NULL);
    }

    /* Memory is returned: parsing the same program again does not grow the heap. */
    run(prog);
    size_t before = vm.mem_used;
    for (int i = 0; i < 3; i++) run(prog);
    CHECK(vm.mem_used == before);
}

int main(void) {
    setup();
    test_statements();
    test_trees();
    test_positions();
    test_errors();
    test_hostile();
    printf("test_parse: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

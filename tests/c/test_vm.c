/*
 * End-to-end tests of the compiler and the VM through the public API (moat.h): each case runs a
 * small program and checks the status, the output seen by the writer callback and, where it
 * matters, the CBOR result. Host calls are answered with hand-encoded CBOR responses.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moat.h"

static int passed, failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) passed++;                                                          \
        else {                                                                       \
            failed++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

/* ---- output capture ---------------------------------------------------------------------------- */

typedef struct Capture {
    char out[8192];
    size_t nout;
    char err[8192];
    size_t nerr;
} Capture;

static void writer(void *ctx, int stream, const char *bytes, size_t len) {
    Capture *c = ctx;
    char *buf = stream == 1 ? c->out : c->err;
    size_t *n = stream == 1 ? &c->nout : &c->nerr;
    size_t room = sizeof c->out - 1 - *n;
    if (len > room) len = room;
    memcpy(buf + *n, bytes, len);
    *n += len;
    buf[*n] = 0;
}

/* A clock that advances 1 ms per read, so a time limit fires after a known number of reads. */
static double fake_clock(void *ctx) {
    double *t = ctx;
    *t += 1.0;
    return *t;
}

/* ---- a tiny CBOR writer for configs and responses ------------------------------------------- */

typedef struct Buf {
    uint8_t d[1024];
    size_t n;
} Buf;

static void head(Buf *b, unsigned major, uint64_t v) {
    if (v < 24) {
        b->d[b->n++] = (uint8_t)(major << 5 | v);
    } else if (v <= 0xff) {
        b->d[b->n++] = (uint8_t)(major << 5 | 24);
        b->d[b->n++] = (uint8_t)v;
    } else {
        b->d[b->n++] = (uint8_t)(major << 5 | 26);
        for (int i = 3; i >= 0; i--) b->d[b->n++] = (uint8_t)(v >> (8 * i));
    }
}

static void text(Buf *b, const char *s) {
    size_t n = strlen(s);
    head(b, 3, n);
    memcpy(b->d + b->n, s, n);
    b->n += n;
}

/* Finds the unsigned integer following the text key `key` anywhere in a CBOR result. */
static int find_uint_after(const uint8_t *r, size_t len, const char *key, uint64_t *out) {
    size_t k = strlen(key);
    for (size_t i = 0; i + 1 + k < len; i++) {
        if (r[i] == (uint8_t)(0x60 | k) && memcmp(r + i + 1, key, k) == 0) {
            size_t j = i + 1 + k;
            unsigned ai = r[j] & 31;
            if ((r[j] >> 5) != 0) return -1;
            if (ai < 24) *out = ai;
            else if (ai == 24 && j + 1 < len) *out = r[j + 1];
            else return -1;
            return 0;
        }
    }
    return -1;
}

static bool contains(const uint8_t *r, size_t len, const char *s) {
    size_t k = strlen(s);
    for (size_t i = 0; i + k <= len; i++)
        if (memcmp(r + i, s, k) == 0) return true;
    return false;
}

/* ---- running programs ----------------------------------------------------------------------- */

static MoatStatus run(Moat *m, Capture *cap, const Buf *cfg, const char *src) {
    memset(cap, 0, sizeof *cap);
    moat_set_writer(m, writer, cap);
    return moat_start(m, cfg ? cfg->d : NULL, cfg ? cfg->n : 0, src, strlen(src));
}

/* Runs src in a fresh interpreter and checks that it finishes with exactly `expected` on stdout. */
static void expect_output(const char *src, const char *expected) {
    Moat *m = moat_new();
    Capture cap;
    MoatStatus st = run(m, &cap, NULL, src);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, expected) == 0);
    if (st != MOAT_DONE || strcmp(cap.out, expected) != 0) {
        fprintf(stderr, "--- program:\n%s\n--- expected:\n%s--- got (status %d):\n%s--- stderr:\n%s\n", src, expected,
                (int)st, cap.out, cap.err);
    }
    moat_free(m);
}

/* Runs src and checks that it ends with an uncaught exception whose result mentions `type`. */
static void expect_error(const char *src, const char *type, const char *out) {
    Moat *m = moat_new();
    Capture cap;
    MoatStatus st = run(m, &cap, NULL, src);
    size_t len = 0;
    const uint8_t *r = moat_result(m, &len);
    CHECK(st == MOAT_ERROR);
    CHECK(r && contains(r, len, type));
    CHECK(strcmp(cap.out, out) == 0);
    if (st != MOAT_ERROR || !r || !contains(r, len, type) || strcmp(cap.out, out) != 0)
        fprintf(stderr, "--- program:\n%s\n--- status %d, stdout:\n%s\n", src, (int)st, cap.out);
    moat_free(m);
}

static void test_language(void) {
    expect_output("print(1 + 2)\n", "3\n");
    expect_output("a, *b, c = [1, 2, 3, 4]\nprint(a, b, c)\n", "1 [2, 3] 4\n");
    expect_output("l = [1, 2]\nl[0] += 5\nprint(l)\n", "[6, 2]\n");
    expect_output("i = 0\nwhile i < 10:\n    i += 1\n    if i == 3:\n        break\nelse:\n    print('no')\nprint(i)\n",
                  "3\n");
    expect_output("for i in range(3):\n    pass\nelse:\n    print('else', i)\n", "else 2\n");
    expect_output("print(1 < 2 < 3, 1 < 3 < 2, 0 or 'x', 1 and 0)\n", "True False x 0\n");
    expect_output("def f(a, b=2, *args, c, **kw):\n    return a, b, args, c, kw\nprint(f(1, 3, 4, c=5, d=6))\n",
                  "(1, 3, (4,), 5, {'d': 6})\n");
    expect_output("def f(*a, **k):\n    return a, k\nprint(f(*[1, 2], **{'x': 3}))\n", "((1, 2), {'x': 3})\n");
    expect_output("def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
                  "    return inc\nf = mk()\nf()\nprint(f())\n",
                  "2\n");
    expect_output("print([x * x for x in range(4) if x != 2], {k: 1 for k in 'ab'})\n", "[0, 1, 9] {'a': 1, 'b': 1}\n");
    expect_output("def g():\n    yield 1\n    r = yield from h()\n    yield r\ndef h():\n    yield 2\n    return 3\n"
                  "print(list(g()))\n",
                  "[1, 2, 3]\n");
    expect_output("def f():\n    for i in range(3):\n        try:\n            if i == 1:\n                continue\n"
                  "            if i == 2:\n                return 'r'\n        finally:\n            print('fin', i)\nprint(f())\n",
                  "fin 0\nfin 1\nfin 2\nr\n");
    expect_output("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nelse:\n    print('no')\n"
                  "finally:\n    print('fin')\n",
                  "caught division by zero\nfin\n");
    expect_output("class A:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n"
                  "class B(A):\n    def get(self):\n        return super().get() + 1\nprint(B(1).get())\n",
                  "2\n");
    expect_output("class CM:\n    def __enter__(self):\n        return 'in'\n    def __exit__(self, *a):\n"
                  "        print('exit', a[0].__name__)\n        return True\nwith CM() as v:\n    print(v)\n"
                  "    raise ValueError\nprint('after')\n",
                  "in\nexit ValueError\nafter\n");
    expect_output("x = 3.14159\nprint(f'{x:.2f}|{\"s\"!r}|{7:>3}')\n", "3.14|'s'|  7\n");
    expect_output("def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(e)\n",
                  "maximum recursion depth exceeded\n");
    expect_output("try:\n    import no_such_mod.sub\nexcept ImportError as e:\n    print(type(e).__name__, e)\n",
                  "ModuleNotFoundError No module named 'no_such_mod'\n");
}

static void test_errors(void) {
    expect_error("print('a')\n1 / 0\nprint('b')\n", "ZeroDivisionError", "a\n");
    expect_error("def f():\n    raise KeyError('k')\nf()\n", "KeyError", "");
    expect_error("import no_such_mod\n", "ModuleNotFoundError", "");
    expect_error("try:\n    raise ValueError\nexcept ValueError:\n    raise\n", "ValueError", "");
    expect_error("x = (\n", "SyntaxError", "");

    /* The traceback names the right lines. */
    Moat *m = moat_new();
    Capture cap;
    MoatStatus st = run(m, &cap, NULL, "def f():\n    return 1 / 0\n\nf()\n");
    size_t len = 0;
    const uint8_t *r = moat_result(m, &len);
    CHECK(st == MOAT_ERROR);
    CHECK(r && contains(r, len, "line 4, in <module>"));
    CHECK(r && contains(r, len, "line 2, in f"));
    moat_free(m);
}

static void test_host_calls(void) {
    Moat *m = moat_new();
    Capture cap;
    Buf cfg = {{0}, 0};
    head(&cfg, 5, 1);
    text(&cfg, "functions");
    head(&cfg, 4, 1);
    text(&cfg, "f");
    MoatStatus st = run(m, &cap, &cfg,
                        "print('before')\ndef g():\n    return f(1, k=2) + 1\nprint(g())\n"
                        "try:\n    f()\nexcept ValueError as e:\n    print('host error', e)\n'end'\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(cap.out, "before\n") == 0);
    size_t len = 0;
    const uint8_t *r = moat_result(m, &len);
    uint64_t id = 99;
    CHECK(r && find_uint_after(r, len, "id", &id) == 0);
    CHECK(r && contains(r, len, "kwargs"));

    /* {id: {"value": 41}} */
    Buf resp = {{0}, 0};
    head(&resp, 5, 1);
    head(&resp, 0, id);
    head(&resp, 5, 1);
    text(&resp, "value");
    head(&resp, 0, 41);
    st = moat_resume(m, resp.d, resp.n);
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(cap.out, "before\n42\n") == 0);

    /* {id: {"error": {"type": "ValueError", "message": "bad"}}} */
    r = moat_result(m, &len);
    CHECK(r && find_uint_after(r, len, "id", &id) == 0);
    resp.n = 0;
    head(&resp, 5, 1);
    head(&resp, 0, id);
    head(&resp, 5, 1);
    text(&resp, "error");
    head(&resp, 5, 2);
    text(&resp, "type");
    text(&resp, "ValueError");
    text(&resp, "message");
    text(&resp, "bad");
    st = moat_resume(m, resp.d, resp.n);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, "before\n42\nhost error bad\n") == 0);
    r = moat_result(m, &len);
    CHECK(r && contains(r, len, "end"));
    moat_free(m);

    /* A generator driven by a for loop runs in the outermost loop, so it may pause too. */
    m = moat_new();
    st = run(m, &cap, &cfg, "def gen():\n    for i in range(2):\n        yield f(i)\nfor v in gen():\n    print(v)\n");
    for (int i = 0; i < 2; i++) {
        CHECK(st == MOAT_CALL);
        r = moat_result(m, &len);
        CHECK(r && find_uint_after(r, len, "id", &id) == 0);
        resp.n = 0;
        head(&resp, 5, 1);
        head(&resp, 0, id);
        head(&resp, 5, 1);
        text(&resp, "value");
        head(&resp, 0, 10 + (uint64_t)i);
        st = moat_resume(m, resp.d, resp.n);
    }
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, "10\n11\n") == 0);
    moat_free(m);

    /* sum()/join()/list() drain a generator argument in the outermost loop first. */
    m = moat_new();
    st = run(m, &cap, &cfg, "print(sum(f(x) for x in range(2)))\n");
    for (int i = 0; i < 2; i++) {
        CHECK(st == MOAT_CALL);
        r = moat_result(m, &len);
        CHECK(r && find_uint_after(r, len, "id", &id) == 0);
        resp.n = 0;
        head(&resp, 5, 1);
        head(&resp, 0, id);
        head(&resp, 5, 1);
        text(&resp, "value");
        head(&resp, 0, 20 + (uint64_t)i);
        st = moat_resume(m, resp.d, resp.n);
    }
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, "41\n") == 0);
    moat_free(m);

    /* A class's __init__ runs in the outermost loop too. */
    m = moat_new();
    st = run(m, &cap, &cfg, "class C:\n    def __init__(self):\n        self.v = f()\nprint(C().v)\n");
    CHECK(st == MOAT_CALL);
    r = moat_result(m, &len);
    CHECK(r && find_uint_after(r, len, "id", &id) == 0);
    resp.n = 0;
    head(&resp, 5, 1);
    head(&resp, 0, id);
    head(&resp, 5, 1);
    text(&resp, "value");
    head(&resp, 0, 7);
    st = moat_resume(m, resp.d, resp.n);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, "7\n") == 0);
    moat_free(m);

    /* A host function cannot pause inside a nested (C-called) loop: it raises RuntimeError. Sort
     * keys, generators consumed by any() and gen.send() run inline now (vm.c, "pausable builtins",
     * MO_RET_GEN_SEND); __lt__ called by the sort and __hash__ still run nested. */
    m = moat_new();
    st = run(m, &cap, &cfg, "class K:\n    def __lt__(self, o):\n        return f()\n"
                            "try:\n    sorted([K(), K()])\nexcept RuntimeError:\n    print('nested')\n"
                            "class H:\n    def __hash__(self):\n        return f()\n"
                            "try:\n    hash(H())\nexcept RuntimeError:\n    print('nested hash')\n");
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, "nested\nnested hash\n") == 0);
    moat_free(m);
}

static void test_limits(void) {
    /* Instruction limit: not catchable, no handler or finally body runs. */
    Moat *m = moat_new();
    Capture cap;
    Buf cfg = {{0}, 0};
    head(&cfg, 5, 1);
    text(&cfg, "limits");
    head(&cfg, 5, 1);
    text(&cfg, "instructions");
    head(&cfg, 0, 5000);
    MoatStatus st = run(m, &cap, &cfg,
                        "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n"
                        "finally:\n    print('finally')\n");
    CHECK(st == MOAT_LIMIT);
    CHECK(cap.nout == 0);
    size_t len = 0;
    const uint8_t *r = moat_result(m, &len);
    CHECK(r && contains(r, len, "instructions"));
    moat_free(m);

    /* Time limit with a clock that advances on every read. */
    m = moat_new();
    double t = 0;
    moat_set_clock(m, fake_clock, &t);
    cfg.n = 0;
    head(&cfg, 5, 1);
    text(&cfg, "limits");
    head(&cfg, 5, 1);
    text(&cfg, "time_ms");
    head(&cfg, 0, 50);
    st = run(m, &cap, &cfg, "while True:\n    pass\n");
    CHECK(st == MOAT_LIMIT);
    r = moat_result(m, &len);
    CHECK(r && contains(r, len, "time"));
    moat_free(m);

    /* Recursion depth is an ordinary, catchable RecursionError. */
    m = moat_new();
    cfg.n = 0;
    head(&cfg, 5, 1);
    text(&cfg, "limits");
    head(&cfg, 5, 1);
    text(&cfg, "recursion_depth");
    head(&cfg, 0, 50);
    st = run(m, &cap, &cfg, "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('caught')\n");
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(cap.out, "caught\n") == 0);
    moat_free(m);
}

int main(void) {
    test_language();
    test_errors();
    test_host_calls();
    test_limits();
    printf("test_vm: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

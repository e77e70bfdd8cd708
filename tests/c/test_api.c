/*
 * test_api.c: the public API of moat.h end to end (DESIGN.md sections 1 and 2): host calls and
 * resumes, DONE/ERROR/LIMIT/FATAL results byte for byte, CPython 3.11's traceback text (with its
 * caret lines), config inputs, and many runs in one process.
 */
#include <time.h>

#include "test_api_util.h"

#include "core/state.h"

static const char *const FETCH[] = {"fetch"};

static void test_call_and_resume(void) {
    Moat *m = moat_new();
    CHECK(m != NULL);
    Buf cfg;
    config_with(&cfg, NULL, 0, FETCH, 1);
    MoatStatus st = run_src(m, &cfg, "x = fetch(2, k=3)\nx + 1\n");
    CHECK(st == MOAT_CALL);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "calls");
    b_head(&want, 4, 1);
    b_head(&want, 5, 4);
    b_text(&want, "id");
    b_int(&want, 1);
    b_text(&want, "name");
    b_text(&want, "fetch");
    b_text(&want, "args");
    b_head(&want, 4, 1);
    b_int(&want, 2);
    b_text(&want, "kwargs");
    b_head(&want, 5, 1);
    b_text(&want, "k");
    b_int(&want, 3);
    CHECK(result_is(m, &want));

    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_int(&resp, 40);
    st = moat_resume(m, resp.data, resp.len);
    CHECK(st == MOAT_DONE);
    want.len = 0;
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_int(&want, 41);
    CHECK(result_is(m, &want));

    /* Nothing is pending any more. */
    st = moat_resume(m, resp.data, resp.len);
    CHECK(st == MOAT_FATAL);
    CHECK(strstr(result_text(m, "message"), "no pending call") != NULL);
    moat_free(m);
}

static void test_two_calls(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, FETCH, 1);
    MoatStatus st = run_src(m, &cfg, "a = fetch('x')\nb = fetch('y')\na + b\n");
    CHECK(st == MOAT_CALL);
    for (int id = 1; id <= 2 && st == MOAT_CALL; id++) {
        size_t len;
        const uint8_t *r = moat_result(m, &len);
        const uint8_t *calls = map_get(r, r + len, "calls", NULL);
        CHECK(calls && *calls == 0x81);
        const uint8_t *idp = calls ? map_get(calls + 1, r + len, "id", NULL) : NULL;
        CHECK(idp && *idp == id);
        Buf resp = {.len = 0};
        b_head(&resp, 5, 1);
        b_int(&resp, id);
        b_head(&resp, 5, 1);
        b_text(&resp, "value");
        b_text(&resp, id == 1 ? "ab" : "cd");
        st = moat_resume(m, resp.data, resp.len);
    }
    CHECK(st == MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "abcd");
    CHECK(result_is(m, &want));
    moat_free(m);
}

static void test_resume_with_error(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, FETCH, 1);
    CHECK(run_src(m, &cfg, "x = fetch(2)\n") == MOAT_CALL);
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "error");
    b_head(&resp, 5, 2);
    b_text(&resp, "type");
    b_text(&resp, "ValueError");
    b_text(&resp, "message");
    b_text(&resp, "nope");
    CHECK(moat_resume(m, resp.data, resp.len) == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "ValueError") == 0);
    CHECK(strcmp(result_text(m, "message"), "nope") == 0);
    CHECK(strcmp(result_text(m, "traceback"), "Traceback (most recent call last):\n"
                                              "  File \"main.py\", line 1, in <module>\n"
                                              "    x = fetch(2)\n"
                                              "        ^^^^^^^^\n"
                                              "ValueError: nope\n") == 0);

    /* A type that is not an exception class becomes RuntimeError; the program can catch it. */
    CHECK(run_src(m, &cfg, "try:\n    fetch()\nexcept RuntimeError as e:\n    r = str(e)\nr\n") == MOAT_CALL);
    resp.len = 0;
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "error");
    b_head(&resp, 5, 2);
    b_text(&resp, "type");
    b_text(&resp, "int");
    b_text(&resp, "message");
    b_text(&resp, "boom");
    CHECK(moat_resume(m, resp.data, resp.len) == MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "boom");
    CHECK(result_is(m, &want));
    moat_free(m);
}

static void test_error_results(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, NULL, 0);
    CHECK(run_src(m, &cfg, "def f(n):\n    return 10 / n\n\nf(0)\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "ZeroDivisionError") == 0);
    CHECK(strcmp(result_text(m, "message"), "division by zero") == 0);
    CHECK(strcmp(result_text(m, "traceback"), "Traceback (most recent call last):\n"
                                              "  File \"main.py\", line 4, in <module>\n"
                                              "    f(0)\n"
                                              "  File \"main.py\", line 2, in f\n"
                                              "    return 10 / n\n"
                                              "           ~~~^~~\n"
                                              "ZeroDivisionError: division by zero\n") == 0);
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    const uint8_t *fend;
    const uint8_t *frames = map_get(r, r + len, "frames", &fend);
    CHECK(frames && *frames == 0x82);
    if (frames && *frames == 0x82) {
        const uint8_t *second = skip(frames + 1, fend);
        CHECK(strcmp(text_at(map_get(second, fend, "name", NULL), fend), "f") == 0);
        const uint8_t *line = map_get(second, fend, "line", NULL);
        CHECK(line && *line == 2);
    }

    /* SyntaxError: no frames, CPython's location block. */
    CHECK(run_src(m, &cfg, "if x\n  pass\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "SyntaxError") == 0);
    CHECK(strcmp(result_text(m, "traceback"), "  File \"main.py\", line 1\n"
                                              "    if x\n"
                                              "        ^\n"
                                              "SyntaxError: expected ':'\n") == 0);
    r = moat_result(m, &len);
    frames = map_get(r, r + len, "frames", NULL);
    CHECK(frames && *frames == 0x80);

    /* Source checks made before parsing, with CPython's messages for a file. */
    CHECK(moat_start(m, cfg.data, cfg.len, "x = 1\ny = 2\0 + 3\n", 16) == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "traceback"), "  File \"main.py\", line 2\n"
                                              "    y = 2\n"
                                              "SyntaxError: source code cannot contain null bytes\n") == 0);
    CHECK(run_src(m, &cfg, "x = 1\n\xff = 2\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "traceback"),
                 "SyntaxError: Non-UTF-8 code starting with '\\xff' in file main.py on line 2, but no encoding "
                 "declared; see https://peps.python.org/pep-0263/ for details\n") == 0);

    /* Chained exceptions print oldest first with CPython's linking sentences. */
    CHECK(run_src(m, &cfg, "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n") ==
          MOAT_ERROR);
    CHECK(strcmp(result_text(m, "traceback"),
                 "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 2, in <module>\n"
                 "    {}['k']\n"
                 "    ~~^^^^^\n"
                 "KeyError: 'k'\n"
                 "\n"
                 "The above exception was the direct cause of the following exception:\n"
                 "\n"
                 "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 4, in <module>\n"
                 "    raise ValueError('v') from e\n"
                 "ValueError: v\n") == 0);
    CHECK(run_src(m, &cfg, "try:\n    {}['k']\nexcept KeyError:\n    x = undefined_name\n") == MOAT_ERROR);
    CHECK(strstr(result_text(m, "traceback"),
                 "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n"
                 "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n"
                 "    x = undefined_name\n        ^^^^^^^^^^^^^^\nNameError: name 'undefined_name' is not defined\n") != NULL);

    /* An uncaught SystemExit reports CPython's exit status and prints what CPython prints. */
    CHECK(run_src(m, &cfg, "exit(3)\n") == MOAT_ERROR);
    r = moat_result(m, &len);
    const uint8_t *code = map_get(r, r + len, "exit_code", NULL);
    CHECK(code && *code == 3);
    CHECK(strcmp(result_text(m, "traceback"), "") == 0);
    CHECK(run_src(m, &cfg, "raise SystemExit('bye')\n") == MOAT_ERROR);
    r = moat_result(m, &len);
    code = map_get(r, r + len, "exit_code", NULL);
    CHECK(code && *code == 1);
    CHECK(strcmp(result_text(m, "traceback"), "bye\n") == 0);
    CHECK(run_src(m, &cfg, "1/0\n") == MOAT_ERROR);
    r = moat_result(m, &len);
    CHECK(map_get(r, r + len, "exit_code", NULL) == NULL);

    /* The last expression's value must cross the boundary; a function cannot. */
    CHECK(run_src(m, &cfg, "def f():\n    pass\nf\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "TypeError") == 0);

    /* With config "result": false the last value is discarded, as when CPython runs a file. */
    Buf script = {.len = 0};
    b_head(&script, 5, 1);
    b_text(&script, "result");
    b_head(&script, 7, 20);
    CHECK(run_src(m, &script, "def f():\n    pass\nf\n") == MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_head(&want, 7, 22);
    CHECK(result_is(m, &want));
    moat_free(m);
}

static void test_limit_and_fatal(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, "instructions", 1000, NULL, 0);
    CHECK(run_src(m, &cfg, "while True:\n    try:\n        pass\n    finally:\n        pass\n") == MOAT_LIMIT);
    Buf want = {.len = 0};
    b_head(&want, 5, 2);
    b_text(&want, "kind");
    b_text(&want, "instructions");
    b_text(&want, "message");
    b_text(&want, "instruction limit exceeded");
    CHECK(result_is(m, &want));

    /* Misuse: resume before any call, bad configs. */
    Moat *m2 = moat_new();
    CHECK(moat_resume(m2, want.data, want.len) == MOAT_FATAL);
    CHECK(strstr(result_text(m2, "message"), "no pending call") != NULL);
    const uint8_t not_a_map[] = {0x01};
    CHECK(moat_start(m2, not_a_map, 1, "1", 1) == MOAT_FATAL);
    const uint8_t truncated[] = {0xa1, 0x66, 'l'};
    CHECK(moat_start(m2, truncated, 3, "1", 1) == MOAT_FATAL);
    config_with(&cfg, "instructions", -5, NULL, 0);
    CHECK(run_src(m2, &cfg, "1") == MOAT_FATAL);
    moat_free(m2);
    moat_free(m);
    moat_free(NULL);
}

static void test_inputs(void) {
    Moat *m = moat_new();
    Buf cfg = {.len = 0};
    b_head(&cfg, 5, 1);
    b_text(&cfg, "inputs");
    b_head(&cfg, 5, 2);
    b_text(&cfg, "n");
    b_int(&cfg, 5);
    b_text(&cfg, "s");
    b_text(&cfg, "ab");
    CHECK(run_src(m, &cfg, "s * n") == MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "ababababab");
    CHECK(result_is(m, &want));
    /* Defaults: NULL config, no trailing expression gives None; __name__ is '__main__'. */
    CHECK(moat_start(m, NULL, 0, "x = __name__", 12) == MOAT_DONE);
    want.len = 0;
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_head(&want, 7, 22);
    CHECK(result_is(m, &want));
    CHECK(moat_start(m, NULL, 0, "__name__", 8) == MOAT_DONE);
    want.len = 0;
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "__main__");
    CHECK(result_is(m, &want));
    moat_free(m);
}

static void test_many_runs(void) {
    for (int i = 0; i < 300; i++) {
        Moat *m = moat_new();
        CHECK(m != NULL);
        if (!m) return;
        Buf cfg;
        config_with(&cfg, NULL, 0, FETCH, 1);
        MoatStatus st = run_src(m, &cfg, "d = {}\nfor i in range(50):\n    d[i] = [i] * 3\nlen(d) + fetch(1)\n");
        CHECK(st == MOAT_CALL);
        if (i % 2) {
            Buf resp = {.len = 0};
            b_head(&resp, 5, 1);
            b_int(&resp, 1);
            b_head(&resp, 5, 1);
            b_text(&resp, "value");
            b_int(&resp, i);
            st = moat_resume(m, resp.data, resp.len);
            CHECK(st == MOAT_DONE);
            Buf want = {.len = 0};
            b_head(&want, 5, 1);
            b_text(&want, "value");
            b_int(&want, 50 + i);
            if (!result_is(m, &want)) failures++;
        }
        /* Even runs are abandoned while paused: moat_free must release the paused frames too. */
        moat_free(m);
        if (failures) return;
    }
}

/* Two interpreters interleaved: nothing of one run may leak into process-wide state the other
 * uses (the second is freed while the first is still paused). */
static void test_interleaved(void) {
    Moat *a = moat_new(), *b = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, FETCH, 1);
    CHECK(run_src(a, &cfg, "names = ['x%d' % i for i in range(100)]\nv = fetch(len(names))\n"
                           "str(v) + names[-1] + 'abc'.upper()\n") == MOAT_CALL);
    CHECK(run_src(b, &cfg, "t = {str(i): [i, (i, 'k')] for i in range(200)}\n"
                           "s = sorted(t, key=lambda k: -int(k))\n"
                           "'ABC'.lower() + s[0] + fetch(1)\n") == MOAT_CALL);
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_text(&resp, "!");
    CHECK(moat_resume(b, resp.data, resp.len) == MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "abc199!");
    CHECK(result_is(b, &want));
    moat_free(b);
    resp.len = 0;
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_int(&resp, 7);
    CHECK(moat_resume(a, resp.data, resp.len) == MOAT_DONE);
    want.len = 0;
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "7x99ABC");
    CHECK(result_is(a, &want));
    moat_free(a);
}


/* ---- sessions (moat_feed) ------------------------------------------------------------------- */

static MoatStatus feed(Moat *m, const char *src) { return moat_feed(m, src, strlen(src)); }

/* True if the last result is {"value": v} with v a CBOR int. */
static int value_is_int(Moat *m, int64_t v) {
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_int(&want, v);
    return result_is(m, &want);
}

static int value_is_text(Moat *m, const char *v) {
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, v);
    return result_is(m, &want);
}

static int value_is_none(Moat *m) {
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_head(&want, 7, 22);
    return result_is(m, &want);
}

static void answer(Moat *m, int64_t id, int64_t value, MoatStatus expect) {
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, id);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_int(&resp, value);
    CHECK(moat_resume(m, resp.data, resp.len) == expect);
}

static void test_session_basics(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, FETCH, 1);
    /* Feeding needs a finished run. */
    CHECK(feed(m, "1") == MOAT_FATAL);
    CHECK(strstr(result_text(m, "message"), "moat_start") != NULL);
    CHECK(run_src(m, &cfg, "x = 1") == MOAT_DONE);
    CHECK(value_is_none(m));
    CHECK(feed(m, "x += 1\nx") == MOAT_DONE);
    CHECK(value_is_int(m, 2));
    CHECK(feed(m, "def f(a):\n    return a * x\n") == MOAT_DONE);
    CHECK(value_is_none(m));
    CHECK(feed(m, "f(3)") == MOAT_DONE);
    CHECK(value_is_int(m, 6));
    /* Classes, imported modules and __name__ carry over. */
    CHECK(feed(m, "import math\nclass P:\n    def __init__(self, v):\n        self.v = v\n") == MOAT_DONE);
    CHECK(feed(m, "p = P(math.floor(7.5))\n__name__ + str(p.v)") == MOAT_DONE);
    CHECK(value_is_text(m, "__main__7"));
    CHECK(feed(m, "import math as m2\nm2 is math") == MOAT_DONE);
    {
        Buf want = {.len = 0};
        b_head(&want, 5, 1);
        b_text(&want, "value");
        b_head(&want, 7, 21);
        CHECK(result_is(m, &want));
    }
    /* Host functions stay callable; a feed can pause and resume like a run. */
    CHECK(feed(m, "y = fetch(x)\ny + 1") == MOAT_CALL);
    /* Feeding while a call is pending is refused and leaves the call pending. */
    CHECK(feed(m, "x") == MOAT_FATAL);
    CHECK(strstr(result_text(m, "message"), "waiting") != NULL);
    answer(m, 1, 41, MOAT_DONE);
    CHECK(value_is_int(m, 42));
    CHECK(feed(m, "fetch(0) + fetch(1)") == MOAT_CALL);
    answer(m, 2, 5, MOAT_CALL);
    answer(m, 3, 6, MOAT_DONE);
    CHECK(value_is_int(m, 11));
    /* A NULL source is refused without ending the session. */
    CHECK(moat_feed(m, NULL, 3) == MOAT_FATAL);
    CHECK(strcmp(result_text(m, "message"), "source is NULL") == 0);
    /* An empty feed is fine; a BOM is skipped. */
    CHECK(feed(m, "") == MOAT_DONE);
    CHECK(value_is_none(m));
    CHECK(feed(m, "\xef\xbb\xbfy") == MOAT_DONE);
    CHECK(value_is_int(m, 41));
    /* moat_start begins a new run: nothing of the session is left. */
    CHECK(run_src(m, &cfg, "'x' in globals()") == MOAT_DONE);
    {
        Buf want = {.len = 0};
        b_head(&want, 5, 1);
        b_text(&want, "value");
        b_head(&want, 7, 20);
        CHECK(result_is(m, &want));
    }
    moat_free(m);
}

static void test_session_errors(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, FETCH, 1);
    /* A run that failed still holds its globals: the session goes on. */
    CHECK(run_src(m, &cfg, "a = 10\n1 / 0\n") == MOAT_ERROR);
    CHECK(feed(m, "a") == MOAT_DONE);
    CHECK(value_is_int(m, 10));
    CHECK(feed(m, "def g(n):\n    return 100 // n\n") == MOAT_DONE);
    CHECK(feed(m, "b = 5\ng(0)") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "ZeroDivisionError") == 0);
    /* Each feed is its own pseudo-file: the frames say which feed the code came from. */
    CHECK(strcmp(result_text(m, "traceback"), "Traceback (most recent call last):\n"
                                              "  File \"<feed-3>\", line 2, in <module>\n"
                                              "  File \"<feed-2>\", line 2, in g\n"
                                              "ZeroDivisionError: integer division or modulo by zero\n") == 0);
    /* What ran before the error stays done. */
    CHECK(feed(m, "b + g(4)") == MOAT_DONE);
    CHECK(value_is_int(m, 30));
    /* SyntaxError: nothing of the feed runs; the session is intact. */
    CHECK(feed(m, "b = 99\ndef (:\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "SyntaxError") == 0);
    CHECK(strstr(result_text(m, "message"), "<feed-5>") != NULL);
    CHECK(feed(m, "b") == MOAT_DONE);
    CHECK(value_is_int(m, 5));
    /* Suggestions look at the session's globals. */
    CHECK(feed(m, "counter = 1") == MOAT_DONE);
    CHECK(feed(m, "countr") == MOAT_ERROR);
    CHECK(strstr(result_text(m, "traceback"), "Did you mean: 'counter'?") != NULL);
    /* An uncaught SystemExit ends the feed, not the session. */
    CHECK(feed(m, "raise SystemExit(3)") == MOAT_ERROR);
    CHECK(feed(m, "counter + 1") == MOAT_DONE);
    CHECK(value_is_int(m, 2));
    /* A host error answer raises in the feed; the next feed is fine. */
    CHECK(feed(m, "fetch()") == MOAT_CALL);
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "error");
    b_head(&resp, 5, 1);
    b_text(&resp, "type");
    b_text(&resp, "KeyError");
    CHECK(moat_resume(m, resp.data, resp.len) == MOAT_ERROR);
    CHECK(feed(m, "counter") == MOAT_DONE);
    CHECK(value_is_int(m, 1));
    /* A failed start (bad config) cannot be fed. */
    const uint8_t not_a_map[] = {0x01};
    CHECK(moat_start(m, not_a_map, 1, "1", 1) == MOAT_FATAL);
    CHECK(feed(m, "1") == MOAT_FATAL);
    /* Nor one stopped by the memory limit while its config was being read (no host functions
     * bound yet): a session must not go on half set up. */
    Buf big = {.len = 0};
    b_head(&big, 5, 2);
    b_text(&big, "limits");
    b_head(&big, 5, 1);
    b_text(&big, "memory_bytes");
    b_int(&big, 1);
    b_text(&big, "inputs");
    b_head(&big, 5, 1);
    b_text(&big, "blob");
    b_head(&big, 2, 3000);
    for (int i = 0; i < 3000; i++) b_raw(&big, "x", 1);
    MoatStatus st = moat_start(m, big.data, big.len, "1", 1);
    CHECK(st == MOAT_LIMIT || st == MOAT_FATAL);
    CHECK(feed(m, "1") == MOAT_FATAL);
    /* A start refused for its source size has its globals: it can be fed. */
    config_with(&cfg, NULL, 0, FETCH, 1);
    char *huge = malloc((size_t)2 << 20);
    if (huge) {
        memset(huge, ' ', (size_t)2 << 20);
        CHECK(moat_start(m, cfg.data, cfg.len, huge, (size_t)2 << 20) == MOAT_LIMIT);
        CHECK(strcmp(result_text(m, "kind"), "source") == 0);
        free(huge);
        CHECK(feed(m, "fetch") == MOAT_ERROR); /* unencodable value: the host function is bound */
        CHECK(strcmp(result_text(m, "type"), "TypeError") == 0);
    }
    moat_free(m);
}

static double fake_now;
static double step_clock(void *ctx) { return fake_now += *(double *)ctx; }

static void test_session_limits(void) {
    Moat *m = moat_new();
    Buf cfg;
    /* Instructions are counted per feed: ten feeds of ~30% of the budget each all finish. */
    config_with(&cfg, "instructions", 20000, FETCH, 1);
    CHECK(run_src(m, &cfg, "t = 0") == MOAT_DONE);
    for (int i = 0; i < 10; i++) {
        CHECK(feed(m, "for i in range(600):\n    t += i\n") == MOAT_DONE);
    }
    CHECK(feed(m, "t") == MOAT_DONE);
    CHECK(value_is_int(m, 10 * 179700));
    CHECK(feed(m, "while True:\n    t += 1\n") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "instructions") == 0);
    CHECK(strcmp(result_text(m, "message"), "instruction limit exceeded") == 0);
    /* After a limit the session goes on, with what the stopped feed had done. */
    CHECK(feed(m, "t > 10 * 179700") == MOAT_DONE);
    {
        Buf want = {.len = 0};
        b_head(&want, 5, 1);
        b_text(&want, "value");
        b_head(&want, 7, 21);
        CHECK(result_is(m, &want));
    }

    /* Host calls per feed. */
    config_with(&cfg, "host_calls", 1, FETCH, 1);
    CHECK(run_src(m, &cfg, "fetch(1)") == MOAT_CALL);
    answer(m, 1, 1, MOAT_DONE);
    CHECK(feed(m, "fetch(2)") == MOAT_CALL);
    answer(m, 2, 2, MOAT_DONE);
    CHECK(feed(m, "fetch(3) + fetch(4)") == MOAT_CALL);
    answer(m, 3, 3, MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "host_calls") == 0);
    CHECK(feed(m, "fetch(5)") == MOAT_CALL);
    answer(m, 4, 5, MOAT_DONE);
    CHECK(value_is_int(m, 5));

    /* Output per feed. */
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    config_with(&cfg, "output_bytes", 100, NULL, 0);
    CHECK(run_src(m, &cfg, "print('a' * 59)") == MOAT_DONE);
    CHECK(feed(m, "print('b' * 59)") == MOAT_DONE);
    CHECK(feed(m, "print('c' * 59)\nprint('d' * 59)") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "output") == 0);
    CHECK(feed(m, "print('e' * 59)") == MOAT_DONE);
    CHECK(out.len == 60 * 4 + 40);
    moat_set_writer(m, NULL, NULL);

    /* Time per feed: the host's wait between feeds does not count; a slow feed stops alone. */
    double step = 0;
    moat_set_clock(m, step_clock, &step);
    config_with(&cfg, "time_ms", 50, NULL, 0);
    CHECK(run_src(m, &cfg, "n = 0") == MOAT_DONE);
    fake_now += 100000; /* the host waited 100 s */
    CHECK(feed(m, "n += 1\nn") == MOAT_DONE);
    CHECK(value_is_int(m, 1));
    step = 1; /* every clock reading now advances 1 ms */
    CHECK(feed(m, "while True:\n    n += 1\n") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "time") == 0);
    step = 0;
    CHECK(feed(m, "n > 1") == MOAT_DONE);
    moat_set_clock(m, NULL, NULL);

    /* Memory is the session's total: what the globals keep counts against later feeds. */
    config_with(&cfg, "memory_bytes", 8 << 20, NULL, 0);
    CHECK(run_src(m, &cfg, "a = 'x' * (3 << 20)") == MOAT_DONE);
    CHECK(feed(m, "b = 'y' * (3 << 20)") == MOAT_DONE);
    CHECK(feed(m, "c = 'z' * (3 << 20)") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "memory") == 0);
    CHECK(feed(m, "del a, b\nc = 'z' * (3 << 20)\nlen(c)") == MOAT_DONE);
    CHECK(value_is_int(m, 3 << 20));
    moat_free(m);
}

static double now_ms(void) {
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The cost of a feed must not grow with the number of earlier feeds: 1,000 feeds, each defining a
 * function, growing a list and a dict by one and calling into earlier definitions. The medians of
 * the first and last 100 feeds are compared (medians: the machine is shared, single feeds stall). */
static void test_session_flat_cost(void) {
    Moat *m = moat_new();
    CHECK(run_src(m, NULL, "items = []\nindex = {}\ndef add(v):\n    items.append(v)\n    index[v] = str(v)\n    return len(items)\n") == MOAT_DONE);
    static double times[1000];
    char src[256];
    int ok = 1;
    for (int i = 1; i <= 1000; i++) {
        snprintf(src, sizeof src, "def f%d(x):\n    return x + %d\nvar%d = f%d(add(%d))\nsum(range(200)) + var%d", i, i, i, i, i, i);
        double t0 = now_ms();
        MoatStatus st = feed(m, src);
        times[i - 1] = now_ms() - t0;
        if (st != MOAT_DONE || !value_is_int(m, 19900 + i + i)) ok = 0;
    }
    CHECK(ok);
    CHECK(feed(m, "len(items) + len(index) + var1000") == MOAT_DONE);
    CHECK(value_is_int(m, 4000));
    double sum_first = 0, sum_last = 0;
    for (int i = 0; i < 100; i++) {
        sum_first += times[i];
        sum_last += times[900 + i];
    }
    qsort(times, 100, sizeof times[0], cmp_double);
    qsort(times + 900, 100, sizeof times[0], cmp_double);
    double first = times[50], last = times[950];
    printf("test_api: session feeds: median first 100 %.4f ms, last 100 %.4f ms, ratio %.2f (sums %.2f / %.2f ms)\n",
           first, last, first > 0 ? last / first : 0.0, sum_first, sum_last);
    /* Generous: a cost linear in the number of feeds would make this ratio ~10 or more. */
    CHECK(first <= 0 || last / first < 4.0);
    moat_free(m);
}

/* Feeds that leave nothing new behind leave the heap as it was: nothing accumulates per feed
 * (sources, code, frames, results, tracebacks of failed feeds). */
static void test_session_no_growth(void) {
    Moat *m = moat_new();
    CHECK(run_src(m, NULL, "n = 0\ndef bump(k):\n    global n\n    n += k\n    return n\n") == MOAT_DONE);
    const MoVM *vm = (const MoVM *)m; /* api.c: the MoVM is the Moat's first member */
    size_t base = 0;
    for (int i = 1; i <= 1100; i++) {
        MoatStatus st = feed(m, i % 3 == 0 ? "bump(1)\n[str(j) for j in range(20)]\n" : i % 3 == 1 ? "bump(1) + undefined_name" : "bump(");
        if (st != (i % 3 == 0 ? MOAT_DONE : MOAT_ERROR)) {
            CHECK(!"unexpected status");
            break;
        }
        if (i == 100) base = vm->mem_used;
    }
    size_t after = vm->mem_used;
    printf("test_api: session heap after 100 feeds %zu bytes, after 1100 feeds %zu bytes\n", base, after);
    CHECK(after <= base + 16 * 1024);
    CHECK(feed(m, "n") == MOAT_DONE);
    CHECK(value_is_int(m, 733));
    moat_free(m);
}

int main(void) {
    test_call_and_resume();
    test_two_calls();
    test_resume_with_error();
    test_error_results();
    test_limit_and_fatal();
    test_inputs();
    test_many_runs();
    test_interleaved();
    test_session_basics();
    test_session_errors();
    test_session_limits();
    test_session_flat_cost();
    test_session_no_growth();
    if (failures) {
        fprintf(stderr, "test_api: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_api: ok\n");
    return 0;
}

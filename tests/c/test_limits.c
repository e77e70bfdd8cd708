/*
 * test_limits.c: every limit of config.h through the public API. Host-protecting limits end the
 * run with MOAT_LIMIT and cannot be caught by the program; Python-level limits raise the exception
 * CPython raises.
 */
#include "test_api_util.h"

#include "config.h"
#include "core/alloc.h"
#include "core/state.h"

static MoatStatus run_limited(Moat *m, const char *limit, int64_t value, const char *src) {
    Buf cfg;
    config_with(&cfg, limit, value, NULL, 0);
    return run_src(m, &cfg, src);
}

static void expect_limit(const char *limit, int64_t value, const char *src, const char *kind) {
    Moat *m = moat_new();
    MoatStatus st = run_limited(m, limit, value, src);
    CHECK(st == MOAT_LIMIT);
    if (st != MOAT_LIMIT || strcmp(result_text(m, "kind"), kind) != 0) {
        fprintf(stderr, "  limit %s: status %d kind '%s' message '%s'\n", limit, (int)st, result_text(m, "kind"),
                result_text(m, "message"));
        failures++;
    }
    moat_free(m);
}

static void test_instructions(void) {
    expect_limit("instructions", 5000, "while True:\n    pass\n", "instructions");
    /* Handlers never run once a host-protecting limit fired. */
    expect_limit("instructions", 5000,
                 "try:\n    while True:\n        pass\nexcept BaseException:\n    pass\nfinally:\n    x = 1\nx\n",
                 "instructions");
    /* Enough budget: the same kind of loop finishes. */
    Moat *m = moat_new();
    CHECK(run_limited(m, "instructions", 1000000, "n = 0\nwhile n < 1000:\n    n += 1\nn\n") == MOAT_DONE);
    moat_free(m);
}

static double fake_now;

static double fake_clock(void *ctx) {
    fake_now += 1.0;
    return fake_now;
}

static void test_time(void) {
    Moat *m = moat_new();
    moat_set_clock(m, fake_clock, NULL);
    CHECK(run_limited(m, "time_ms", 20, "while True:\n    pass\n") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "time") == 0);
    moat_free(m);

    /* Time spent waiting for the host does not count. */
    m = moat_new();
    moat_set_clock(m, fake_clock, NULL);
    static const char *const fns[] = {"wait"};
    Buf cfg;
    config_with(&cfg, "time_ms", 1000, fns, 1);
    CHECK(run_src(m, &cfg, "wait()\n1\n") == MOAT_CALL);
    fake_now += 1e9;
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, 1);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_head(&resp, 7, 22);
    CHECK(moat_resume(m, resp.data, resp.len) == MOAT_DONE);
    moat_free(m);
}

static void test_memory(void) {
    expect_limit("memory_bytes", 4 * 1024 * 1024, "x = []\nwhile True:\n    x.append([0] * 100)\n", "memory");
    /* MemoryError from the limit cannot be caught either. */
    expect_limit("memory_bytes", 4 * 1024 * 1024,
                 "x = []\ntry:\n    while True:\n        x.append([0] * 100)\nexcept MemoryError:\n    pass\n", "memory");
    /* One huge request is refused before it is made. */
    expect_limit("memory_bytes", 4 * 1024 * 1024, "x = [0] * 10000000\n", "memory");
}

static void test_output(void) {
    Moat *m = moat_new();
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    CHECK(run_limited(m, "output_bytes", 25, "while True:\n    print('0123456789')\n") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "output") == 0);
    /* Output up to the budget arrives, nothing after it. */
    CHECK(out.len == 25);
    CHECK(strcmp(out.text, "0123456789\n0123456789\n012") == 0);
    moat_free(m);
}

static void test_host_calls(void) {
    Moat *m = moat_new();
    static const char *const fns[] = {"f"};
    Buf cfg;
    config_with(&cfg, "host_calls", 2, fns, 1);
    MoatStatus st = run_src(m, &cfg, "while True:\n    f()\n");
    int calls = 0;
    while (st == MOAT_CALL && calls < 10) {
        calls++;
        Buf resp = {.len = 0};
        b_head(&resp, 5, 1);
        b_int(&resp, calls);
        b_head(&resp, 5, 1);
        b_text(&resp, "value");
        b_int(&resp, 0);
        st = moat_resume(m, resp.data, resp.len);
    }
    CHECK(calls == 2);
    CHECK(st == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "host_calls") == 0);
    moat_free(m);
}

static void test_source(void) {
    size_t n = MOAT_MAX_SOURCE_BYTES + 1;
    char *src = malloc(n);
    CHECK(src != NULL);
    if (!src) return;
    memset(src, '\n', n);
    Moat *m = moat_new();
    CHECK(moat_start(m, NULL, 0, src, n) == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "source") == 0);
    /* Exactly at the limit is accepted. */
    CHECK(moat_start(m, NULL, 0, src, n - 1) == MOAT_DONE);
    moat_free(m);
    free(src);
}

static void test_recursion(void) {
    /* Python recursion: RecursionError, catchable, as CPython. */
    Moat *m = moat_new();
    CHECK(run_limited(m, NULL, 0, "def f(n):\n    return f(n + 1)\nf(0)\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "RecursionError") == 0);
    CHECK(strstr(result_text(m, "traceback"), "  [Previous line repeated ") != NULL);
    CHECK(run_limited(m, "recursion_depth", 50,
                      "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    r = 'caught'\nr\n") ==
          MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_text(&want, "caught");
    CHECK(result_is(m, &want));
    /* Depth 50 allows about 50 frames, not 100. */
    CHECK(run_limited(m, "recursion_depth", 50, "def f(n):\n    return 0 if n == 0 else f(n - 1)\nf(100)\n") ==
          MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "RecursionError") == 0);

    /* C recursion (repr of deeply nested data) is bounded: RecursionError, not a crash. */
    CHECK(run_limited(m, NULL, 0, "x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)\n") == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "RecursionError") == 0);
    moat_free(m);
}

/* A bare MoVM (not inside a Moat, as unit tests and fuzzers make them) that hits a limit: the limit
 * message must not be written behind it (api.c only writes into Moats it created). */
static void test_bare_vm_limit(void) {
    static struct {
        MoVM vm;
        unsigned char canary[512];
    } bare;
    memset(&bare, 0, sizeof bare);
    /* Zeros: an unhardened mo_limit_fire writes a message only over an empty (zero) one. */
    bare.vm.gc_head.next = bare.vm.gc_head.prev = &bare.vm.gc_head;
    bare.vm.limits.memory_bytes = 64 * 1024;
    Moat *keep = moat_new(); /* readies the runtime; a live Moat elsewhere must not confuse the check */
    MoVM *saved = mo_vm;
    mo_vm = &bare.vm;
    void *p = mo_alloc(1 << 20);
    CHECK(p == NULL);
    CHECK(bare.vm.limit_hit == MO_LIMIT_MEMORY);
    mo_limit_fire(MO_LIMIT_TIME, "time limit exceeded");
    CHECK(bare.vm.limit_hit == MO_LIMIT_MEMORY);
    mo_err_clear();
    mo_alloc_release_all(&bare.vm);
    mo_vm = saved;
    int intact = 1;
    for (size_t i = 0; i < sizeof bare.canary; i++)
        if (bare.canary[i] != 0) intact = 0;
    CHECK(intact);
    moat_free(keep);
}

int main(void) {
    test_instructions();
    test_time();
    test_memory();
    test_output();
    test_host_calls();
    test_source();
    test_recursion();
    test_bare_vm_limit();
    if (failures) {
        fprintf(stderr, "test_limits: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_limits: ok\n");
    return 0;
}

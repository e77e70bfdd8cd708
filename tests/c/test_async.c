/*
 * test_async.c: host calls made by coroutines, through the public API (src/moat.h).
 *
 * A host function called from a coroutine returns an awaitable; asyncio's loop hands every call
 * its tasks wait on to the host in ONE CALL step ({"calls": [several]}, DESIGN.md section 2) and
 * resumes the tasks with the answers of one response map.
 */
#include "test_api_util.h"

typedef struct Call {
    uint64_t id;
    char name[64];
    int64_t arg0; /* first positional argument if it is a small non-negative int, else -1 */
} Call;

static int read_uint(const uint8_t *p, const uint8_t *end, uint64_t *out) {
    if (!p || p >= end || (*p >> 5) != 0) return -1;
    unsigned ai = *p & 31;
    if (ai < 24) {
        *out = ai;
        return 0;
    }
    if (ai > 27) return -1;
    size_t k = (size_t)1 << (ai - 24);
    if ((size_t)(end - p) < 1 + k) return -1;
    uint64_t v = 0;
    for (size_t i = 0; i < k; i++) v = v << 8 | p[1 + i];
    *out = v;
    return 0;
}

/* Decodes the calls of the last CALL result: their number, or -1 when malformed. */
static int read_calls(Moat *m, Call *calls, int max) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    const uint8_t *end = r + len;
    const uint8_t *p = map_get(r, end, "calls", NULL);
    if (!p || (*p >> 5) != 4 || (*p & 31) >= 24) return -1;
    int n = *p & 31;
    if (n > max) return -1;
    p++;
    for (int i = 0; i < n; i++) {
        const uint8_t *next = skip(p, end);
        if (!next) return -1;
        if (read_uint(map_get(p, next, "id", NULL), next, &calls[i].id) < 0) return -1;
        snprintf(calls[i].name, sizeof calls[i].name, "%s", text_at(map_get(p, next, "name", NULL), next));
        const uint8_t *args = map_get(p, next, "args", NULL);
        uint64_t a0;
        calls[i].arg0 = -1;
        if (args && (*args >> 5) == 4 && (*args & 31) > 0 && read_uint(args + 1, next, &a0) == 0) calls[i].arg0 = (int64_t)a0;
        p = next;
    }
    return n;
}

static void answer_value(Buf *b, uint64_t id, int64_t v) {
    b_head(b, 0, id);
    b_head(b, 5, 1);
    b_text(b, "value");
    b_int(b, v);
}

static void answer_error(Buf *b, uint64_t id, const char *type, const char *msg) {
    b_head(b, 0, id);
    b_head(b, 5, 1);
    b_text(b, "error");
    b_head(b, 5, 2);
    b_text(b, "type");
    b_text(b, type);
    b_text(b, "message");
    b_text(b, msg);
}

static const char *const tool_fn[] = {"tool"};

/* gather of two host calls: one step with both calls; the answers come back in order. */
static void test_gather_one_step(void) {
    Moat *m = moat_new();
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    Buf cfg;
    config_with(&cfg, NULL, 0, tool_fn, 1);
    MoatStatus st = run_src(m, &cfg,
                            "import asyncio\n"
                            "async def main():\n"
                            "    r = await asyncio.gather(tool(1), tool(2))\n"
                            "    print(r)\n"
                            "    try:\n"
                            "        await tool(3)\n"
                            "    except ValueError as e:\n"
                            "        print('ValueError', e)\n"
                            "    return sum(r)\n"
                            "asyncio.run(main())\n");
    CHECK(st == MOAT_CALL);
    Call calls[4];
    int n = read_calls(m, calls, 4);
    CHECK(n == 2);
    if (n == 2) {
        CHECK(strcmp(calls[0].name, "tool") == 0 && strcmp(calls[1].name, "tool") == 0);
        CHECK(calls[0].arg0 == 1 && calls[1].arg0 == 2);
        CHECK(calls[1].id == calls[0].id + 1);
        Buf resp = {.len = 0};
        b_head(&resp, 5, 2);
        answer_value(&resp, calls[1].id, 20); /* any order in the map */
        answer_value(&resp, calls[0].id, 10);
        st = moat_resume(m, resp.data, resp.len);
        CHECK(st == MOAT_CALL);
        n = read_calls(m, calls, 4);
        CHECK(n == 1 && calls[0].arg0 == 3);
        if (n == 1) {
            resp.len = 0;
            b_head(&resp, 5, 1);
            answer_error(&resp, calls[0].id, "ValueError", "no three");
            st = moat_resume(m, resp.data, resp.len);
            CHECK(st == MOAT_DONE);
        }
    }
    CHECK(strcmp(out.text, "[10, 20]\nValueError no three\n") == 0);
    if (strcmp(out.text, "[10, 20]\nValueError no three\n") != 0) fprintf(stderr, "  output: %s\n", out.text);
    moat_free(m);
}

static const char *const partial_src = "import asyncio\n"
                                        "async def main():\n"
                                        "    print(await asyncio.gather(tool(5), tool(6), tool(7), return_exceptions=True))\n"
                                        "asyncio.run(main())\n";

/* A batched step needs an answer for every call (a partial response is FATAL, as a response
 * without the pending id is for a single call); errors arrive as exception instances. */
static void test_partial_answer_fatal(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, tool_fn, 1);
    MoatStatus st = run_src(m, &cfg, partial_src);
    CHECK(st == MOAT_CALL);
    Call calls[4];
    int n = read_calls(m, calls, 4);
    CHECK(n == 3);
    if (n == 3) {
        Buf resp = {.len = 0};
        b_head(&resp, 5, 2);
        answer_value(&resp, calls[0].id, 50);
        answer_value(&resp, calls[2].id, 70);
        st = moat_resume(m, resp.data, resp.len);
        CHECK(st == MOAT_FATAL);
        CHECK(strstr(result_text(m, "message"), "no answer for call") != NULL);
    }
    moat_free(m);

    m = moat_new();
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    st = run_src(m, &cfg, partial_src);
    n = read_calls(m, calls, 4);
    CHECK(st == MOAT_CALL && n == 3);
    if (n == 3) {
        Buf resp = {.len = 0};
        b_head(&resp, 5, 3);
        answer_value(&resp, calls[0].id, 50);
        answer_error(&resp, calls[1].id, "KeyError", "k");
        answer_value(&resp, calls[2].id, 70);
        st = moat_resume(m, resp.data, resp.len);
        CHECK(st == MOAT_DONE);
    }
    CHECK(strcmp(out.text, "[50, KeyError('k'), 70]\n") == 0);
    if (strcmp(out.text, "[50, KeyError('k'), 70]\n") != 0) fprintf(stderr, "  output: %s\n", out.text);
    moat_free(m);
}

/* Tasks that wait on host calls at different depths: each step carries what every blocked task
 * waits on; synchronous code outside coroutines keeps making single calls. */
static void test_steps_follow_tasks(void) {
    Moat *m = moat_new();
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    Buf cfg;
    config_with(&cfg, NULL, 0, tool_fn, 1);
    MoatStatus st = run_src(m, &cfg,
                            "import asyncio\n"
                            "async def two():\n"
                            "    a = await tool(1)\n"
                            "    b = await tool(2)\n"
                            "    return a + b\n"
                            "async def one():\n"
                            "    return await tool(3)\n"
                            "async def main():\n"
                            "    return await asyncio.gather(two(), one())\n"
                            "print(tool(0))\n"
                            "print(asyncio.run(main()))\n");
    int sizes[4] = {0};
    int steps = 0;
    while (st == MOAT_CALL && steps < 4) {
        Call calls[4];
        int n = read_calls(m, calls, 4);
        sizes[steps++] = n;
        if (n < 1) break;
        Buf resp = {.len = 0};
        b_head(&resp, 5, (uint64_t)n);
        for (int i = 0; i < n; i++) answer_value(&resp, calls[i].id, calls[i].arg0 * 10);
        st = moat_resume(m, resp.data, resp.len);
    }
    CHECK(st == MOAT_DONE);
    CHECK(steps == 3 && sizes[0] == 1 && sizes[1] == 2 && sizes[2] == 1);
    CHECK(strcmp(out.text, "0\n[30, 30]\n") == 0);
    if (strcmp(out.text, "0\n[30, 30]\n") != 0) fprintf(stderr, "  output: %s\n", out.text);
    moat_free(m);
}

/* Host calls inside async generators and async comprehensions are awaitables too: two tasks each
 * draining `[await tool(x) async for x in gen()]` wait on one call per task in each step. */
static void test_async_gen_and_comprehension(void) {
    Moat *m = moat_new();
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    Buf cfg;
    config_with(&cfg, NULL, 0, tool_fn, 1);
    MoatStatus st = run_src(m, &cfg,
                            "import asyncio\n"
                            "async def gen(base):\n"
                            "    for i in range(2):\n"
                            "        yield await tool(base + i)\n"
                            "async def collect(base):\n"
                            "    return [await tool(x) async for x in gen(base)]\n"
                            "async def main():\n"
                            "    return await asyncio.gather(collect(1), collect(5))\n"
                            "print(asyncio.run(main()))\n");
    int sizes[8] = {0};
    int steps = 0;
    while (st == MOAT_CALL && steps < 8) {
        Call calls[4];
        int n = read_calls(m, calls, 4);
        sizes[steps++] = n;
        if (n < 1) break;
        Buf resp = {.len = 0};
        b_head(&resp, 5, (uint64_t)n);
        for (int i = 0; i < n; i++) answer_value(&resp, calls[i].id, calls[i].arg0 + 1);
        st = moat_resume(m, resp.data, resp.len);
    }
    CHECK(st == MOAT_DONE);
    CHECK(steps == 4 && sizes[0] == 2 && sizes[1] == 2 && sizes[2] == 2 && sizes[3] == 2);
    /* gen yields tool(i) = i + 1, collect maps it through tool again: i + 2. */
    CHECK(strcmp(out.text, "[[3, 4], [7, 8]]\n") == 0);
    if (strcmp(out.text, "[[3, 4], [7, 8]]\n") != 0) fprintf(stderr, "  output: %s\n", out.text);
    moat_free(m);
}

/* The host-call limit counts every call of a batched step. */
static void test_host_call_limit(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, "host_calls", 2, tool_fn, 1);
    MoatStatus st = run_src(m, &cfg,
                            "import asyncio\n"
                            "async def main():\n"
                            "    return await asyncio.gather(tool(1), tool(2), tool(3))\n"
                            "asyncio.run(main())\n");
    CHECK(st == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "host_calls") == 0);
    moat_free(m);
}

int main(void) {
    test_gather_one_step();
    test_partial_answer_fatal();
    test_steps_follow_tasks();
    test_host_call_limit();
    test_async_gen_and_comprehension();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_async: ok\n");
    return 0;
}

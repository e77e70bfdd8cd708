/*
 * test_modules.c: the import system through the public API (docs/modules.md): modules are built
 * per run and never shared between runs, limits apply to module code, and the host-touching
 * modules pause the run with their reserved host-call names.
 */
#include "test_api_util.h"

/* Runs src with default config and returns the collected stdout (static buffer). */
static MoatStatus run_out(Moat *m, Output *out, const Buf *cfg, const char *src) {
    out->len = 0;
    out->text[0] = 0;
    moat_set_writer(m, collect, out);
    return run_src(m, cfg, src);
}

/* A response {id: {"value": <one CBOR item in item/n>}}. */
static MoatStatus resume_value(Moat *m, uint64_t id, const Buf *item) {
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    b_int(&resp, (int64_t)id);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_raw(&resp, item->data, item->len);
    return moat_resume(m, resp.data, resp.len);
}

static const char *call_name(Moat *m) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    const uint8_t *calls = r ? map_get(r, r + len, "calls", NULL) : NULL;
    if (!calls || *calls != 0x81) return "";
    return text_at(map_get(calls + 1, r + len, "name", NULL), r + len);
}

static void test_not_shared_between_runs(void) {
    Output out;
    Moat *m = moat_new();
    MoatStatus st = run_out(m, &out, NULL, "import math\nmath.marker = 1\nimport math as again\nprint(again.marker)\n");
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "1\n") == 0);
    moat_free(m);
    m = moat_new();
    st = run_out(m, &out, NULL, "import math\nprint(hasattr(math, 'marker'))\n");
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "False\n") == 0);
    moat_free(m);
}

static void test_errors(void) {
    Moat *m = moat_new();
    MoatStatus st = run_src(m, NULL, "import no_such_thing\n");
    CHECK(st == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "ModuleNotFoundError") == 0);
    CHECK(strcmp(result_text(m, "message"), "No module named 'no_such_thing'") == 0);
    moat_free(m);
    m = moat_new();
    st = run_src(m, NULL, "from json import nope\n");
    CHECK(st == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "message"), "cannot import name 'nope' from 'json' (unknown location)") == 0);
    moat_free(m);
}

static void test_limits_apply_to_module_code(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, "instructions", 20000, NULL, 0);
    MoatStatus st = run_src(m, &cfg, "import math\nmath.factorial(100000)\n");
    CHECK(st == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "instructions") == 0);
    moat_free(m);
    /* A catastrophic regular expression is bounded by the same budget (re runs as bytecode). */
    m = moat_new();
    config_with(&cfg, "instructions", 2000000, NULL, 0);
    st = run_src(m, &cfg, "import re\nre.search('(a+)+$', 'a' * 40 + 'b')\n");
    CHECK(st == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "instructions") == 0);
    moat_free(m);
    /* Importing a large module needs instructions too: a tiny budget stops it. */
    m = moat_new();
    config_with(&cfg, "instructions", 50, NULL, 0);
    st = run_src(m, &cfg, "import json\n");
    CHECK(st == MOAT_LIMIT);
    moat_free(m);
}

static void test_time_host_call(void) {
    Output out;
    Moat *m = moat_new();
    MoatStatus st = run_out(m, &out, NULL, "import time\nt = time.time()\nprint(t + 1, type(t).__name__)\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(call_name(m), "time.time") == 0);
    Buf v = {.len = 0};
    b_int(&v, 41);
    st = resume_value(m, 1, &v);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "42.0 float\n") == 0);
    moat_free(m);
}

static void test_datetime_now_host_call(void) {
    Output out;
    Moat *m = moat_new();
    MoatStatus st = run_out(m, &out, NULL, "from datetime import datetime\nprint(datetime.now())\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(call_name(m), "time.time") == 0);
    Buf v = {.len = 0};
    b_int(&v, 1700000000);
    st = resume_value(m, 1, &v);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "2023-11-14 22:13:20\n") == 0);
    moat_free(m);
}

static void test_random_seed_host_call(void) {
    Output out;
    Moat *m = moat_new();
    MoatStatus st = run_out(m, &out, NULL, "import random\nprint(random.random())\nprint(random.random())\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(call_name(m), "random.seed") == 0);
    Buf v = {.len = 0};
    b_int(&v, 42);
    st = resume_value(m, 1, &v);
    /* One seed per run: the second number needs no host call; both are CPython's for seed 42. */
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "0.6394267984578837\n0.025010755222666936\n") == 0);
    moat_free(m);
}

static void test_os_getenv_host_call(void) {
    Output out;
    Moat *m = moat_new();
    MoatStatus st = run_out(m, &out, NULL, "import os\nprint(os.getenv('HOME', 'none'))\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(call_name(m), "os.getenv") == 0);
    Buf v = {.len = 0};
    b_head(&v, 7, 22); /* null: unset */
    st = resume_value(m, 1, &v);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "none\n") == 0);
    moat_free(m);
}

static void test_uuid4_uses_the_seed_host_call(void) {
    Output out;
    Moat *m = moat_new();
    MoatStatus st = run_out(m, &out, NULL, "import uuid\nu = uuid.uuid4()\nprint(u.version, u == uuid.UUID(str(u)))\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(call_name(m), "random.seed") == 0);
    Buf v = {.len = 0};
    b_int(&v, 7);
    st = resume_value(m, 1, &v);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "4 True\n") == 0);
    moat_free(m);
}

/* Imports under small memory limits end in MOAT_LIMIT (or succeed), never in a crash or FATAL. */
static void test_memory_limit_during_import(void) {
    static const int64_t limits[] = {200000, 400000, 800000, 1600000, 3200000};
    for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++) {
        Moat *m = moat_new();
        Buf cfg;
        config_with(&cfg, "memory_bytes", limits[i], NULL, 0);
        MoatStatus st = run_src(m, &cfg, "import json, re, collections, dataclasses, datetime\n"
                                         "json.dumps(re.findall(r'\\w+', 'a b c'))\n");
        CHECK(st == MOAT_LIMIT || st == MOAT_DONE);
        if (st == MOAT_LIMIT) CHECK(strcmp(result_text(m, "kind"), "memory") == 0);
        moat_free(m);
    }
}

static void test_host_module(void) {
    static const char *const FUNCS[] = {"tools.fetch", "tools.search", "tools.db.query"};
    Output out;
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, NULL, 0, FUNCS, 3);
    MoatStatus st = run_out(m, &out, &cfg,
                            "import tools\nfrom tools import fetch as f\nimport tools.db\n"
                            "print(tools, sorted(n for n in dir(tools) if not n.startswith('_')))\n"
                            "print(f is tools.fetch, tools.db.query is not None)\n"
                            "try:\n    from tools import nope\nexcept ImportError as e:\n    print(e)\n"
                            "print(f(1, k=2))\n");
    CHECK(st == MOAT_CALL);
    CHECK(strcmp(call_name(m), "tools.fetch") == 0);
    Buf v = {.len = 0};
    b_text(&v, "fetched");
    st = resume_value(m, 1, &v);
    CHECK(st == MOAT_DONE);
    CHECK(strcmp(out.text, "<module 'tools' (host)> ['db', 'fetch', 'search']\nTrue True\n"
                           "cannot import name 'nope' from 'tools' (unknown location)\nfetched\n") == 0);
    if (st == MOAT_DONE && strstr(out.text, "fetched") == NULL) fprintf(stderr, "  output: %s\n", out.text);
    moat_free(m);
}

static void test_many_runs(void) {
    for (int i = 0; i < 20; i++) {
        Output out;
        Moat *m = moat_new();
        MoatStatus st = run_out(m, &out, NULL,
                                "import collections, itertools, functools, json\n"
                                "print(json.dumps(collections.Counter('aab').most_common(1)))\n");
        CHECK(st == MOAT_DONE);
        CHECK(strcmp(out.text, "[[\"a\", 2]]\n") == 0);
        moat_free(m);
    }
}

int main(void) {
    test_not_shared_between_runs();
    test_errors();
    test_limits_apply_to_module_code();
    test_time_host_call();
    test_random_seed_host_call();
    test_datetime_now_host_call();
    test_os_getenv_host_call();
    test_uuid4_uses_the_seed_host_call();
    test_memory_limit_during_import();
    test_host_module();
    test_many_runs();
    if (failures) {
        fprintf(stderr, "test_modules: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_modules: ok\n");
    return 0;
}

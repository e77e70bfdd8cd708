/*
 * test_vm_inline.c: dunders, class bodies and module bodies run as inline frames of the VM loop
 * (vm.h MoRetMode), so a host call inside them is an ordinary pause of the run (moat_start returns
 * MOAT_CALL and moat_resume continues inside the dunder), and a module whose body was stopped by a
 * limit does not stay in the module cache of a session.
 */
#include "test_api_util.h"

static const char *const FETCH[] = {"fetch"};

/* The id and first int argument of the only call in the last CALL result, or -1. */
static int64_t only_call(Moat *m, int64_t *arg0) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    if (!r) return -1;
    const uint8_t *end = r + len;
    const uint8_t *calls = map_get(r, end, "calls", NULL);
    if (!calls || calls >= end || *calls != (4 << 5 | 1)) return -1;
    const uint8_t *call = calls + 1;
    const uint8_t *id = map_get(call, end, "id", NULL);
    const uint8_t *args = map_get(call, end, "args", NULL);
    if (!id || !args || *id >= 24 || *args != (4 << 5 | 1) || args[1] >= 24) return -1;
    *arg0 = args[1];
    return *id;
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

static int value_is_int(Moat *m, int64_t v) {
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_int(&want, v);
    return result_is(m, &want);
}

/* Each program pauses once per fetch(n) inside a construct the VM runs inline; the host answers
 * n + 1 and the program's value is checked. */
static void test_pause_inside(void) {
    static const struct {
        const char *src;
        int ncalls;
        int64_t value;
    } cases[] = {
        {"class T:\n    def __getitem__(self, k):\n        return fetch(k) * 10\nT()[4] + 1\n", 1, 51},
        {"class T:\n    def __contains__(self, k):\n        return fetch(k) - 1\n(3 in T()) + (0 in T())\n", 2, 1},
        {"class T:\n    @property\n    def p(self):\n        return fetch(1)\n    def __getattr__(self, n):\n"
         "        return fetch(2)\nT().p + T().q\n",
         2, 5},
        {"class S:\n    def __enter__(self):\n        return fetch(5)\n    def __exit__(self, *a):\n"
         "        fetch(6)\nwith S() as v:\n    r = v\nr\n",
         2, 6},
        {"class I:\n    n = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n"
         "        self.n += 1\n        if self.n > 3:\n            raise StopIteration\n        return fetch(self.n)\n"
         "sum([x for x in I()])\n",
         3, 9},
        {"class C:\n    X = fetch(7)\nC.X\n", 1, 8},
        {"class F:\n    def __call__(self, x):\n        return fetch(x)\nF()(9)\n", 1, 10},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Moat *m = moat_new();
        Buf cfg;
        config_with(&cfg, NULL, 0, FETCH, 1);
        MoatStatus st = run_src(m, &cfg, cases[i].src);
        for (int k = 0; k < cases[i].ncalls; k++) {
            CHECK(st == MOAT_CALL);
            if (st != MOAT_CALL) {
                fprintf(stderr, "  case %zu, call %d: status %d (%s)\n", i, k, (int)st, result_text(m, "type"));
                break;
            }
            int64_t arg = -1;
            int64_t id = only_call(m, &arg);
            CHECK(id > 0);
            Buf resp = {.len = 0};
            b_head(&resp, 5, 1);
            b_int(&resp, id);
            b_head(&resp, 5, 1);
            b_text(&resp, "value");
            b_int(&resp, arg + 1);
            st = moat_resume(m, resp.data, resp.len);
        }
        CHECK(st == MOAT_DONE);
        if (st == MOAT_DONE && !value_is_int(m, cases[i].value)) fprintf(stderr, "  case %zu\n", i);
        moat_free(m);
    }
}

/* A module body stopped by a limit is dropped from the cache: the next feed imports it afresh
 * (and is stopped again) instead of seeing a half-built module. */
static void test_import_limit_in_session(void) {
    Moat *m = moat_new();
    Buf cfg;
    config_with(&cfg, "instructions", 3000, FETCH, 1);
    CHECK(run_src(m, &cfg, "import sys") == MOAT_DONE);
    CHECK(moat_feed(m, "import datetime", 15) == MOAT_LIMIT);
    const char *probe = "'datetime' in sys.modules";
    CHECK(moat_feed(m, probe, strlen(probe)) == MOAT_DONE);
    Buf want = {.len = 0};
    b_head(&want, 5, 1);
    b_text(&want, "value");
    b_head(&want, 7, 20); /* false */
    CHECK(result_is(m, &want));
    CHECK(moat_feed(m, "import datetime", 15) == MOAT_LIMIT);
    moat_free(m);

    /* With room to finish, a host call right after the import works in the same feed. */
    m = moat_new();
    config_with(&cfg, NULL, 0, FETCH, 1);
    CHECK(run_src(m, &cfg, "import json\nlen(json.dumps([fetch(1)]))") == MOAT_CALL);
    int64_t arg = -1;
    int64_t id = only_call(m, &arg);
    CHECK(id > 0 && arg == 1);
    answer(m, id, 12345, MOAT_DONE);
    CHECK(value_is_int(m, 7));
    moat_free(m);
}

int main(void) {
    test_pause_inside();
    test_import_limit_in_session();
    if (failures) {
        fprintf(stderr, "test_vm_inline: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_vm_inline: ok\n");
    return 0;
}

/*
 * test_gc_cycles.c: garbage cycles of every container type are reclaimed (issue 4, "Memory and the
 * collector"): for each kind, a real run creates 100,000 unreachable cycles and the run's memory
 * (mo_vm->mem_used) must come back to exactly where it was before.
 *
 * How: the program calls a host function probe(phase) before and after each batch. At each pause
 * this test (the host) makes the paused run current, runs a full collection and reads mem_used:
 * at the "before" probe that is the baseline (and mem_peak is reset to it); at the "after" probe
 * mem_used must equal the baseline, and mem_peak must have risen well above it, which shows the
 * cycles were really allocated (so the test cannot pass by building nothing). The batch runs in a
 * function so that no local of the loop survives it; both probes are made from the same place so
 * the pending-call bookkeeping is the same at both. A warm-up batch of 1,000 before the baseline
 * lets one-time allocations (caches, interned names, table growth) happen first: what remains
 * after 100,000 more cycles is a leak of at least one byte per cycle, i.e. 100 KB or more.
 */
#include "test_api_util.h"

#include "core/object.h"
#include "core/state.h"

#define N_CYCLES 100000

/* One Python function per container kind; each call leaves exactly one new garbage cycle. */
static const char *const PROGRAM =
    "class Node:\n"
    "    def m(self):\n"
    "        return self\n"
    "def k_list():\n"
    "    a = []\n"
    "    a.append(a)\n"
    "def k_dict():\n"
    "    d = {}\n"
    "    d['d'] = d\n"
    "def k_tuple():\n"
    "    t = ([],)\n"
    "    t[0].append(t)\n"
    "def k_set():\n"
    "    n = Node()\n"
    "    n.s = {n}\n"
    "def k_frozenset():\n"
    "    n = Node()\n"
    "    n.f = frozenset([n])\n"
    "def k_instance():\n"
    "    n = Node()\n"
    "    n.me = n\n"
    "def k_class():\n"
    "    class C:\n"
    "        pass\n"
    "    C.me = C\n"
    "def k_function_cell():\n"
    "    def f():\n"
    "        return f\n"
    "def k_bound_method():\n"
    "    n = Node()\n"
    "    n.bm = n.m\n"
    "def k_generator_frame():\n"
    "    def g():\n"
    "        me = yield\n"
    "        yield me\n"
    "    it = g()\n"
    "    next(it)\n"
    "    it.send(it)\n"
    "def k_exception_traceback():\n"
    "    try:\n"
    "        raise ValueError('x')\n"
    "    except ValueError as e:\n"
    "        err = e\n"
    "    err.me = err\n"
    "def k_list_iterator():\n"
    "    a = []\n"
    "    a.append(iter(a))\n"
    "def k_dict_view():\n"
    "    d = {}\n"
    "    d[1] = d.values()\n"
    "def k_slice():\n"
    "    a = []\n"
    "    a.append(slice(a, None))\n"
    "def k_staticmethod_property():\n"
    "    class C:\n"
    "        pass\n"
    "    C.s = staticmethod(lambda: C)\n"
    "    C.p = property(lambda self: C)\n"
    "def k_map_zip_enumerate():\n"
    "    a = []\n"
    "    a.append(map(len, a))\n"
    "    a.append(zip(a, a))\n"
    "    a.append(enumerate(a))\n"
    "def k_super():\n"
    "    class C:\n"
    "        def f(self):\n"
    "            return super()\n"
    "    c = C()\n"
    "    c.s = c.f()\n"
    "def k_bytearray_holder():\n"
    "    n = Node()\n"
    "    n.items = [bytearray(8), n]\n"
    "KINDS = [k_list, k_dict, k_tuple, k_set, k_frozenset, k_instance, k_function_cell,\n"
    "         k_bound_method, k_generator_frame, k_exception_traceback, k_list_iterator,\n"
    "         k_dict_view, k_slice, k_map_zip_enumerate, k_bytearray_holder,\n"
    "         k_class, k_staticmethod_property, k_super]\n"
    "def batch(make, n):\n"
    "    for _ in range(n):\n"
    "        make()\n"
    "for make in KINDS:\n"
    "    for phase in (0, 1):\n"
    "        if phase == 0:\n"
    "            batch(make, 1000)\n"
    "        probe(make.__name__)\n"
    "        if phase == 0:\n"
    "            batch(make, N)\n";

#define NKINDS 18

/* Answers one pending probe call (whatever its id) with None. */
static MoatStatus answer(Moat *m) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    const uint8_t *calls = map_get(r, r + len, "calls", NULL);
    CHECK(calls && *calls == 0x81); /* one call at a time */
    const uint8_t *idp = calls ? map_get(calls + 1, r + len, "id", NULL) : NULL;
    /* The id is a CBOR unsigned int of any width: copy its bytes as they are. */
    const uint8_t *idend = idp ? skip(idp, r + len) : NULL;
    CHECK(idp && idend && (*idp >> 5) == 0);
    Buf resp = {.len = 0};
    b_head(&resp, 5, 1);
    if (idp && idend) b_raw(&resp, idp, (size_t)(idend - idp));
    else b_int(&resp, 0);
    b_head(&resp, 5, 1);
    b_text(&resp, "value");
    b_head(&resp, 7, 22);
    return moat_resume(m, resp.data, resp.len);
}

/* Collects garbage in the paused run and returns its memory in use. */
static size_t collect_and_measure(Moat *m, size_t *peak, bool reset_peak) {
    MoVM *saved = mo_vm;
    MoVM *vm = (MoVM *)m; /* the MoVM is the Moat's first member (api.c) */
    mo_vm = vm;
    mo_gc_collect();
    mo_gc_collect();
    size_t used = vm->mem_used;
    if (reset_peak) vm->mem_peak = used;
    if (peak) *peak = vm->mem_peak;
    mo_vm = saved;
    return used;
}

static const char *probe_name(Moat *m) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    const uint8_t *calls = map_get(r, r + len, "calls", NULL);
    const uint8_t *args = calls ? map_get(calls + 1, r + len, "args", NULL) : NULL;
    return args && *args == 0x81 ? text_at(args + 1, r + len) : NULL;
}

int main(void) {
    Moat *m = moat_new();
    if (!m) {
        fprintf(stderr, "moat_new failed\n");
        return 1;
    }
    static char src[8192];
    snprintf(src, sizeof src, "N = %d\n%s", N_CYCLES, PROGRAM);
    static const char *const PROBE[] = {"probe"};
    Buf cfg;
    config_with(&cfg, "instructions", 1000000000LL, PROBE, 1);
    MoatStatus st = run_src(m, &cfg, src);
    int kinds = 0;
    while (st == MOAT_CALL) {
        const char *name = probe_name(m);
        char kind[64] = "?";
        if (name) {
            size_t n = strlen(name);
            if (n > sizeof kind - 1) n = sizeof kind - 1;
            memcpy(kind, name, n);
            kind[n] = 0;
        }
        size_t peak;
        size_t base = collect_and_measure(m, &peak, true);
        st = answer(m);
        if (st != MOAT_CALL) break;
        size_t after = collect_and_measure(m, &peak, false);
        fflush(stderr);
        printf("%-26s baseline %9zu  peak %9zu  after %9zu  (%+lld)\n", kind, base, peak, after,
               (long long)after - (long long)base);
        fflush(stdout);
        CHECK(after == base);
        if (after != base) fprintf(stderr, "  %s: %lld bytes not reclaimed after %d cycles\n", kind,
                                   (long long)after - (long long)base, N_CYCLES);
        /* Each cycle is at least two blocks of ~48 bytes; the collector runs every ~700 tracked
         * allocations, so the peak must exceed the baseline by at least a few KiB. */
        CHECK(peak > base + 4096);
        kinds++;
        st = answer(m);
    }
    if (st != MOAT_DONE) {
        size_t len;
        const uint8_t *r = moat_result(m, &len);
        fprintf(stderr, "run ended with status %d:", (int)st);
        fprintf(stderr, " %s", text_at(map_get(r, r + len, "type", NULL), r + len));
        fprintf(stderr, " %s", text_at(map_get(r, r + len, "kind", NULL), r + len));
        fprintf(stderr, " %s\n", text_at(map_get(r, r + len, "message", NULL), r + len));
    }
    CHECK(st == MOAT_DONE);
    CHECK(kinds == NKINDS);
    moat_free(m);
    printf("test_gc_cycles: %d kinds x %d cycles, %d failure(s)\n", kinds, N_CYCLES, failures);
    return failures ? 1 : 0;
}

/* Unit tests of the accounted allocator (src/core/alloc.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"
#include "moat.h"

static int passed, failed;

#define CHECK(cond)                                                             \
    do {                                                                        \
        if (cond) passed++;                                                     \
        else {                                                                  \
            failed++;                                                           \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                       \
    } while (0)

/* A fresh run state inside a real interpreter: limit handling (mo_limit_fire) reaches the Moat
 * around mo_vm (api.c keeps the limit message there), so a bare MoVM would not do. */
static MoVM *new_vm(int64_t limit)
{
    MoVM *vm = (MoVM *)moat_new(); /* the MoVM is the Moat's first member (api.c) */
    if (!vm) {
        fprintf(stderr, "moat_new failed\n");
        exit(1);
    }
    memset(vm, 0, sizeof *vm);
    vm->limits.memory_bytes = limit;
    vm->gc_head.next = vm->gc_head.prev = &vm->gc_head;
    mo_vm = vm;
    return vm;
}

/* Releases the interpreter made by new_vm and everything its run still holds. */
static void end_vm(MoVM *vm)
{
    mo_vm = NULL;
    moat_free((Moat *)vm);
}

static void test_basic(void)
{
    MoVM *vm = new_vm(1 << 20);
    char *p = mo_alloc(100);
    CHECK(p != NULL);
    CHECK(vm->mem_used == 100 + mo_alloc_overhead());
    memset(p, 'x', 100);
    char *q = mo_calloc(50);
    CHECK(q != NULL);
    int zero = 1;
    for (int i = 0; i < 50; i++) zero &= q[i] == 0;
    CHECK(zero);
    CHECK(mo_alloc_live_blocks(vm) == 2);
    p = mo_realloc(p, 5000);
    CHECK(p != NULL);
    int same = 1;
    for (int i = 0; i < 100; i++) same &= p[i] == 'x';
    CHECK(same);
    CHECK(mo_alloc_live_blocks(vm) == 2);
    CHECK(vm->mem_used == 5000 + 50 + 2 * mo_alloc_overhead());
    p = mo_realloc(p, 10);
    CHECK(p != NULL && p[9] == 'x');
    mo_free(p);
    mo_free(q);
    mo_free(NULL);
    CHECK(vm->mem_used == 0);
    CHECK(mo_alloc_live_blocks(vm) == 0);
    CHECK(vm->mem_peak >= 5000);
    end_vm(vm);
}

static void test_many(void)
{
    MoVM *vm = new_vm(64 << 20);
    enum { N = 20000 };
    static void *ptrs[N];
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < N; i++) {
            size_t n = (size_t)((i * 7919 + round * 31) % 3000);
            ptrs[i] = mo_alloc(n);
            CHECK(ptrs[i] != NULL);
            memset(ptrs[i], i & 0xff, n);
        }
        for (int i = 0; i < N; i += 2) mo_free(ptrs[i]);
        for (int i = 1; i < N; i += 2) ptrs[i] = mo_realloc(ptrs[i], 100);
        for (int i = 1; i < N; i += 2) mo_free(ptrs[i]);
    }
    CHECK(vm->mem_used == 0);
    CHECK(mo_alloc_live_blocks(vm) == 0);
    end_vm(vm);
}

static void test_limit(void)
{
    MoVM *vm = new_vm(100000);
    void *a = mo_alloc(50000);
    CHECK(a != NULL);
    CHECK(mo_mem_check(1000));
    CHECK(!mo_err_occurred());
    void *b = mo_alloc(60000);
    CHECK(b == NULL);
    CHECK(vm->limit_hit == MO_LIMIT_MEMORY);
    CHECK(mo_err_occurred());
    mo_err_clear();
    /* After the limit fired, a small reserve remains for unwinding. */
    void *c = mo_alloc(1000);
    CHECK(c != NULL);
    void *d = mo_alloc(MO_ALLOC_RESERVE_BYTES * 2);
    CHECK(d == NULL);
    CHECK(mo_err_occurred());
    mo_err_clear();
    /* Growing with realloc counts too. */
    vm->limit_hit = MO_LIMIT_NONE;
    void *e = mo_realloc(a, 200000);
    CHECK(e == NULL);
    CHECK(vm->limit_hit == MO_LIMIT_MEMORY);
    mo_err_clear();
    vm->limit_hit = MO_LIMIT_NONE;
    CHECK(!mo_mem_check(1000000));
    CHECK(vm->limit_hit == MO_LIMIT_MEMORY);
    mo_err_clear();
    /* Absurd sizes fail cleanly. */
    vm->limit_hit = MO_LIMIT_NONE;
    CHECK(mo_alloc((size_t)-1) == NULL);
    mo_err_clear();
    /* Everything still listed is released at once. */
    CHECK(mo_alloc_live_blocks(vm) == 2);
    mo_alloc_release_all(vm);
    CHECK(vm->mem_used == 0);
    CHECK(mo_alloc_live_blocks(vm) == 0);
    end_vm(vm);
}

static void test_release_all(void)
{
    MoVM *vm = new_vm(0);
    for (int i = 0; i < 1000; i++) CHECK(mo_alloc((size_t)i * 3) != NULL);
    CHECK(mo_alloc_live_blocks(vm) == 1000);
    mo_alloc_release_all(vm);
    CHECK(vm->mem_used == 0);
    CHECK(mo_alloc_live_blocks(vm) == 0);
    end_vm(vm);
}

static void test_immortal(void)
{
    mo_vm = NULL;
    void *p = mo_alloc(64);
    CHECK(p != NULL);
    MoVM *vm = new_vm(1 << 20);
    CHECK(vm->mem_used == 0);
    void *q = mo_alloc(64);
    /* Freeing an immortal block during a run does not touch the run's counters. */
    mo_free(p);
    CHECK(vm->mem_used == 64 + mo_alloc_overhead());
    mo_free(q);
    CHECK(vm->mem_used == 0);
    end_vm(vm);
}

static MoType plain_type = {.ob = {MO_IMMORTAL_REFCNT, NULL}, .name = "plain", .size = sizeof(MoObject) + 16};

static void test_objects(void)
{
    MoVM *vm = new_vm(1 << 20);
    MoObject *o = mo_object_new(&plain_type);
    CHECK(o && o->refcnt == 1 && o->type == &plain_type);
    MoObject *big = mo_object_new_size(&plain_type, 1000);
    CHECK(big && ((unsigned char *)big)[999] == 0);
    mo_object_free(o);
    mo_object_free(big);
    CHECK(vm->mem_used == 0);
    end_vm(vm);
}

int main(void)
{
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "runtime init failed\n");
        return 1;
    }
    test_basic();
    test_many();
    test_limit();
    test_release_all();
    test_immortal();
    test_objects();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

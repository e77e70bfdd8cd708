/* Unit tests of the cycle collector (src/core/gc.c) with a scratch container type. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/object.h"
#include "config.h"
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

/* A container with two references. */
typedef struct Node {
    MO_HEAD;
    MoObject *a, *b;
    int id;
} Node;

static long deallocs;

static int node_traverse(MoObject *self, MoVisit visit, void *arg)
{
    Node *n = (Node *)self;
    if (n->a && visit(n->a, arg)) return 1;
    if (n->b && visit(n->b, arg)) return 1;
    return 0;
}

static void node_clear(MoObject *self)
{
    Node *n = (Node *)self;
    MO_CLEAR(n->a);
    MO_CLEAR(n->b);
}

static void node_dealloc(MoObject *self)
{
    mo_gc_untrack(self);
    node_clear(self);
    deallocs++;
    mo_object_free(self);
}

static MoType node_type = {
    .ob = {MO_IMMORTAL_REFCNT, NULL},
    .name = "node",
    .size = sizeof(Node),
    .flags = MO_TPFLAG_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
};

/* A plain (untracked) leaf object. */
static void leaf_dealloc(MoObject *self)
{
    deallocs++;
    mo_object_free(self);
}

static MoType leaf_type = {
    .ob = {MO_IMMORTAL_REFCNT, NULL},
    .name = "leaf",
    .size = sizeof(MoObject) + 8,
    .dealloc = leaf_dealloc,
};

static Node *node_new(void)
{
    Node *n = (Node *)mo_gc_new(&node_type, sizeof(Node));
    if (n) mo_gc_track(MO(n));
    return n;
}

/* Stores a new reference to v in *slot. */
static void set(MoObject **slot, void *v)
{
    mo_incref(MO(v));
    MO_SETREF(*slot, MO(v));
}

static MoVM *vm;

/* A run state inside a real interpreter (mo_limit_fire reaches the Moat around mo_vm). */
static void reset_vm(void)
{
    vm = (MoVM *)moat_new(); /* the MoVM is the Moat's first member (api.c) */
    if (!vm) {
        fprintf(stderr, "moat_new failed\n");
        exit(1);
    }
    memset(vm, 0, sizeof *vm);
    vm->limits.memory_bytes = 512 << 20;
    vm->gc_head.next = vm->gc_head.prev = &vm->gc_head;
    mo_vm = vm;
}

static void test_two_cycle(void)
{
    size_t base = vm->mem_used;
    deallocs = 0;
    Node *a = node_new(), *b = node_new();
    set(&a->a, b);
    set(&b->a, a);
    mo_decref(MO(a));
    mo_decref(MO(b));
    CHECK(deallocs == 0);
    CHECK(mo_gc_collect() == 2);
    CHECK(deallocs == 2);
    CHECK(vm->mem_used == base);
}

static void test_self_cycle(void)
{
    size_t base = vm->mem_used;
    deallocs = 0;
    Node *a = node_new();
    set(&a->a, a);
    set(&a->b, a);
    MoObject *leaf = mo_object_new(&leaf_type);
    a->id = 7;
    a->b = leaf; /* replaces one self reference by the leaf (steals) */
    mo_decref(MO(a));
    mo_decref(MO(a));
    CHECK(deallocs == 0);
    CHECK(mo_gc_collect() == 1);
    CHECK(deallocs == 2);
    CHECK(vm->mem_used == base);
}

static void test_long_ring(void)
{
    size_t base = vm->mem_used;
    deallocs = 0;
    enum { N = 20000 };
    vm->gc_disabled = true;
    Node *first = node_new(), *prev = first;
    for (int i = 1; i < N; i++) {
        Node *n = node_new();
        set(&prev->a, n);
        mo_decref(MO(n));
        prev = n;
    }
    set(&prev->a, first);
    mo_decref(MO(first));
    vm->gc_disabled = false;
    CHECK(deallocs == 0);
    CHECK(mo_gc_collect() == N);
    CHECK(deallocs == N);
    CHECK(vm->mem_used == base);
}

static void test_reachable_from_outside(void)
{
    size_t base = vm->mem_used;
    deallocs = 0;
    /* x is tracked before y, and only y is held from outside: the scan first moves x to the
     * unreachable list and must bring it back when it traverses y. */
    Node *x = node_new(), *y = node_new(), *z = node_new();
    set(&y->a, x);
    set(&x->a, y);
    set(&x->b, z);
    set(&z->a, z);
    mo_decref(MO(x));
    mo_decref(MO(z));
    CHECK(mo_gc_collect() == 0);
    CHECK(deallocs == 0);
    CHECK(y->a == MO(x) && x->a == MO(y) && x->b == MO(z) && z->a == MO(z));
    /* A second, unrelated garbage cycle is still found while they survive. */
    Node *g = node_new();
    set(&g->a, g);
    mo_decref(MO(g));
    CHECK(mo_gc_collect() == 1);
    CHECK(deallocs == 1);
    /* Dropping the outside reference makes all three garbage. */
    mo_decref(MO(y));
    CHECK(mo_gc_collect() == 3);
    CHECK(deallocs == 4);
    CHECK(vm->mem_used == base);
}

static void test_untracked_holder(void)
{
    /* A tracked object referenced only by an untracked container is reachable from outside. */
    size_t base = vm->mem_used;
    deallocs = 0;
    Node *holder = (Node *)mo_gc_new(&node_type, sizeof(Node)); /* never tracked */
    Node *a = node_new();
    set(&a->a, a);
    holder->a = MO(a);
    CHECK(mo_gc_collect() == 0);
    CHECK(deallocs == 0);
    mo_decref(MO(holder));
    CHECK(deallocs == 1);
    CHECK(mo_gc_collect() == 1);
    CHECK(deallocs == 2);
    CHECK(vm->mem_used == base);
}

static void test_many_cycles(void)
{
    size_t base = vm->mem_used;
    deallocs = 0;
    enum { N = 100000 };
    vm->mem_peak = vm->mem_used;
    for (int i = 0; i < N; i++) {
        Node *a = node_new(), *b = node_new();
        set(&a->a, b);
        set(&b->a, a);
        mo_decref(MO(a));
        mo_decref(MO(b));
    }
    /* Automatic collections kept the heap small all along. */
    CHECK(vm->mem_peak - base < (size_t)4 * MOAT_GC_THRESHOLD * (sizeof(Node) + sizeof(MoGCHead) + mo_alloc_overhead()));
    mo_gc_collect();
    CHECK(deallocs == 2 * N);
    CHECK(vm->mem_used == base);
}

static void test_tracking(void)
{
    size_t base = vm->mem_used;
    Node *a = node_new();
    CHECK(vm->gc_head.next != &vm->gc_head);
    mo_gc_untrack(MO(a));
    mo_gc_untrack(MO(a)); /* harmless twice */
    CHECK(vm->gc_head.next == &vm->gc_head);
    MoObject *r = mo_gc_resize(MO(a), sizeof(Node) + 1000);
    CHECK(r != NULL);
    a = (Node *)r;
    mo_gc_track(MO(a));
    mo_decref(MO(a));
    CHECK(vm->gc_head.next == &vm->gc_head);
    CHECK(vm->mem_used == base);
}

static void test_deep_chain(void)
{
    /* A chain a million deep is freed by refcounting without deep C recursion. */
    size_t base = vm->mem_used;
    deallocs = 0;
    enum { N = 1000000 };
    vm->gc_disabled = true;
    Node *head = node_new();
    for (int i = 1; i < N; i++) {
        Node *n = node_new();
        n->a = MO(head); /* steals */
        head = n;
    }
    vm->gc_disabled = false;
    mo_decref(MO(head));
    CHECK(deallocs == N);
    CHECK(vm->mem_used == base);
}

/* A static, immortal instance of a GC type (as every static type is an instance of type) has no
 * GC header: the collector must not read or write the memory in front of it. */
static struct {
    MoGCHead guard; /* where a header would be: must stay untouched */
    Node node;
} static_node = {{NULL, NULL, 5}, {.ob = {MO_IMMORTAL_REFCNT, &node_type}}};

static void test_immortal_gc_instance(void)
{
    size_t base = vm->mem_used;
    deallocs = 0;
    Node *a = node_new();
    set(&a->a, &static_node.node);
    set(&a->b, a);
    mo_decref(MO(a));
    CHECK(mo_gc_collect() == 1);
    CHECK(deallocs == 1);
    CHECK(static_node.guard.gc_refs == 5 && static_node.guard.next == NULL && static_node.guard.prev == NULL);
    CHECK(vm->mem_used == base);
}

static void test_release_all(void)
{
    /* A run stopped half-way: garbage cycles and live objects are released at once. */
    for (int i = 0; i < 1000; i++) {
        Node *a = node_new();
        set(&a->a, a);
    }
    mo_alloc_release_all(vm);
    CHECK(vm->mem_used == 0);
    CHECK(vm->gc_head.next == &vm->gc_head);
}

int main(void)
{
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "runtime init failed\n");
        return 1;
    }
    reset_vm();
    test_two_cycle();
    test_self_cycle();
    test_long_ring();
    test_reachable_from_outside();
    test_untracked_holder();
    test_many_cycles();
    test_tracking();
    test_deep_chain();
    test_immortal_gc_instance();
    test_release_all();
    mo_vm = NULL;
    moat_free((Moat *)vm);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

/* The collector's tuple untracking (src/core/gc.c, tuple_untrackable): a tuple of atomic values
 * leaves the tracked list at a collection; a tuple holding a container, or still being filled,
 * stays; and cycles through tuples are still reclaimed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"
#include "moat.h"

static int passed, failed;

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (cond) passed++;                                                             \
        else {                                                                          \
            failed++;                                                                   \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
        }                                                                               \
    } while (0)

static bool tracked(MoObject *o) { return ((MoGCHead *)o - 1)->gc_refs != MO_GC_UNTRACKED; }

/* A new tuple holding the given items (each reference is stolen). */
static MoObject *tuple_of(size_t n, MoObject **items)
{
    MoObject *t = mo_tuple_new(n);
    if (!t) exit(1);
    for (size_t i = 0; i < n; i++) MO_TUPLE_SET(t, i, items[i]);
    return t;
}

int main(void)
{
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "mo_runtime_init failed\n");
        return 1;
    }
    Moat *m = moat_new();
    if (!m) return 1;
    MoVM *vm = (MoVM *)m; /* the MoVM is the Moat's first member (api.c) */
    MoVM *saved = mo_vm;
    mo_vm = vm;
    size_t base = vm->mem_used;

    /* Atomic items: ints, a str, a float, None, True (immortal) -> untracked by a collection. */
    MoObject *atoms[] = {mo_int_from_i64(1), mo_str_from_cstr("x"), mo_float_new(2.5), mo_none(), mo_bool(true)};
    MoObject *t_atomic = tuple_of(5, atoms);
    /* A list item -> stays tracked. */
    MoObject *inner[] = {mo_int_from_i64(3), mo_list_new(0)};
    MoObject *t_list = tuple_of(2, inner);
    /* Still being filled (a NULL item) -> stays tracked. */
    MoObject *t_partial = mo_tuple_new(2);
    MO_TUPLE_SET(t_partial, 0, mo_int_from_i64(4));
    /* A tuple holding a tracked tuple -> stays (its item may be part of a cycle). */
    MoObject *nested[] = {mo_newref(t_list)};
    MoObject *t_nested = tuple_of(1, nested);

    CHECK(tracked(t_atomic) && tracked(t_list) && tracked(t_partial) && tracked(t_nested));
    mo_gc_collect();
    CHECK(!tracked(t_atomic));
    CHECK(tracked(t_list));
    CHECK(tracked(t_partial));
    CHECK(tracked(t_nested));
    /* Untracked tuples still die by reference counting. */
    mo_decref(t_atomic);
    mo_decref(t_nested);
    MO_TUPLE_SET(t_partial, 1, mo_int_from_i64(5));
    mo_decref(t_partial);

    /* A cycle through a tuple: list -> tuple -> list is reclaimed; the atomic tuple the list also
     * holds is untracked by the same collection and freed with it. */
    MoObject *lst = mo_list_new(0);
    MoObject *cyc_items[] = {mo_newref(lst)};
    MoObject *t_cyc = tuple_of(1, cyc_items);
    MoObject *atoms2[] = {mo_int_from_i64(7), mo_int_from_i64(8)};
    MoObject *t_row = tuple_of(2, atoms2);
    CHECK(mo_list_append(lst, t_cyc) == 0 && mo_list_append(lst, t_row) == 0);
    mo_decref(t_cyc);
    mo_decref(t_row);
    mo_decref(lst);
    mo_decref(t_list);
    CHECK(mo_gc_collect() >= 2);
    CHECK(vm->mem_used == base);

    mo_vm = saved;
    moat_free(m);
    printf("test_gc_untrack: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

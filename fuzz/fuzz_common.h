/* fuzz_common.h: a fresh, bounded interpreter state per fuzz input, released completely after it
 * (mo_alloc_release_all), so one input can never affect the next and leaks cannot pile up. */
#ifndef MOAT_FUZZ_COMMON_H
#define MOAT_FUZZ_COMMON_H

#include <string.h>

#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"

static MoVM fuzz_vm;

/* Initialises the process once and makes a fresh run state current. */
static void fuzz_begin(int64_t memory_bytes)
{
    static int initialised;
    if (!initialised) {
        if (mo_runtime_init() != 0) __builtin_trap();
        initialised = 1;
    }
    memset(&fuzz_vm, 0, sizeof fuzz_vm);
    fuzz_vm.limits.memory_bytes = memory_bytes;
    fuzz_vm.limits.recursion_depth = 1000;
    fuzz_vm.limits.instructions = 100000;
    fuzz_vm.limits.output_bytes = 1 << 20;
    fuzz_vm.limits.host_calls = 100;
    fuzz_vm.limits.time_ms = 10000;
    fuzz_vm.gc_head.next = fuzz_vm.gc_head.prev = &fuzz_vm.gc_head;
    mo_vm = &fuzz_vm;
}

/* Drops the run's state and everything it allocated. */
static void fuzz_end(void)
{
    mo_err_clear();
    mo_gc_collect();
    mo_alloc_release_all(&fuzz_vm);
    mo_vm = NULL;
}

#endif

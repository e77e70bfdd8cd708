/* fuzz_common.h: a fresh, bounded interpreter state per fuzz input, released completely after it
 * (moat_free releases every block of the run), so one input can never affect the next and leaks
 * cannot pile up. The state lives inside a real Moat because limit handling (mo_limit_fire)
 * reaches the Moat around mo_vm. */
#ifndef MOAT_FUZZ_COMMON_H
#define MOAT_FUZZ_COMMON_H

#include <string.h>

#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"
#include "moat.h"

static Moat *fuzz_moat;

/* Creates a fresh interpreter with tight limits and makes its run state current. */
static void fuzz_begin(int64_t memory_bytes)
{
    fuzz_moat = moat_new();
    if (!fuzz_moat) __builtin_trap();
    MoVM *vm = (MoVM *)fuzz_moat; /* the MoVM is the Moat's first member (api.c) */
    vm->limits.memory_bytes = memory_bytes;
    vm->limits.recursion_depth = 1000;
    vm->limits.instructions = 100000;
    vm->limits.output_bytes = 1 << 20;
    vm->limits.host_calls = 100;
    vm->limits.time_ms = 10000;
    mo_vm = vm;
}

/* Drops the run's state and everything it allocated. */
static void fuzz_end(void)
{
    mo_err_clear();
    mo_gc_collect();
    mo_vm = NULL;
    moat_free(fuzz_moat);
    fuzz_moat = NULL;
}

#endif

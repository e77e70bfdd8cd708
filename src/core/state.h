/*
 * state.h: the per-run interpreter state (MoVM), reached through the global mo_vm.
 *
 * Everything a run owns hangs off one MoVM: the accounted heap's counters, the collector's list,
 * the current exception, the limits and their counters, the output writer and clock, the interned
 * strings, and the VM's frame stack. The public handle `Moat` (moat.h) wraps a MoVM; every public
 * entry point sets mo_vm before doing anything, so several interpreters can exist in one process
 * (one at a time per thread). When mo_vm is NULL (process start-up), allocations are immortal.
 */
#ifndef MOAT_STATE_H
#define MOAT_STATE_H

#include "../moat.h"
#include "object.h"

/* Which host-protecting limit stopped the run (MoVM.limit_hit). */
typedef enum MoLimitKind {
    MO_LIMIT_NONE = 0,
    MO_LIMIT_INSTRUCTIONS,
    MO_LIMIT_TIME,
    MO_LIMIT_MEMORY,
    MO_LIMIT_OUTPUT,
    MO_LIMIT_HOST_CALLS,
    MO_LIMIT_SOURCE
} MoLimitKind;

/* The limits of one run; defaults come from config.h. */
typedef struct MoLimits {
    int64_t instructions;
    int64_t time_ms;
    int64_t memory_bytes;
    int64_t recursion_depth;
    int64_t output_bytes;
    int64_t host_calls;
} MoLimits;

typedef struct MoVMFrames MoVMFrames; /* owned by vm.c */

/* The state of one interpreter. */
typedef struct MoVM {
    /* alloc.c: bytes currently allocated by this run, and the ceiling. */
    size_t mem_used;
    size_t mem_peak;
    void *alloc_list;         /* every live block, so moat_free can release all (alloc.c) */

    /* gc.c: the list of tracked containers (a circular list with this sentinel). */
    MoGCHead gc_head;
    size_t gc_pending;        /* tracked allocations since the last collection */
    bool gc_collecting;
    uint32_t gc_stress_every; /* GC-stress builds only: collect on every Nth tracked allocation (0 = 1) */
    uint32_t gc_stress_count; /* GC-stress builds only: tracked allocations since the last collection */
    bool gc_disabled;

    /* errors.c: the current exception (owned), or NULL. */
    MoObject *exc;

    /* Limits and counters. limit_hit is set when a host-protecting limit fires; from then on
     * the VM unwinds without running handlers and the run ends with MOAT_LIMIT. */
    MoLimits limits;
    MoLimitKind limit_hit;
    int64_t instr_count;
    double time_used_ms;      /* VM time consumed before the current slice */
    double slice_start_ms;    /* clock at the start of the current start/resume slice */
    int64_t output_used;
    int64_t host_calls_used;
    int c_depth;              /* current C recursion depth (MOAT_MAX_C_RECURSION) */

    /* Output and clock. */
    MoatWriter writer;
    void *writer_ctx;
    MoatClock clock;
    void *clock_ctx;

    /* Interned strings created during this run (str.c): dict str -> str. */
    MoObject *interned;

    /* The run: globals, builtins, host function names, frames (vm.c). */
    MoObject *globals;
    MoObject *builtins;
    MoObject *host_functions; /* dict name -> external function object */
    MoObject *modules;        /* dict name -> module imported in this run (import.c); NULL until the first import */
    MoVMFrames *frames;
    const char *filename;     /* owned copy */
    const char *source;       /* owned copy of the source, for tracebacks */
    size_t source_len;

    /* The CBOR result of the last status (api.c). */
    uint8_t *result;
    size_t result_len;
} MoVM;

/* The interpreter currently running on this thread (NULL outside a run). */
extern MoVM *mo_vm;

/* Enters a C recursion level; returns false with RecursionError set past MOAT_MAX_C_RECURSION. A
 * nested VM loop (where == "") costs MOAT_C_RECURSION_LOOP_COST levels: its wasm frames are large. */
bool mo_enter_recursion(const char *where);

/* Leaves a C recursion level entered with mo_enter_recursion. */
void mo_leave_recursion(void);

/* Writes program output through the writer, counting it against the output limit: 0 or -1
 * (limit hit: MO_LIMIT_OUTPUT set and an exception raised). */
int mo_write_output(int stream, const char *bytes, size_t len);

/* Marks a host-protecting limit as hit and raises an exception so C code unwinds. */
void mo_limit_fire(MoLimitKind kind, const char *message);

#endif
